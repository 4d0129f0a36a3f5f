fn main() -> std::process::ExitCode {
    // Rust ignores SIGPIPE, which turns a closed pipe (`coursebook status | head`) into a panic
    // when printing; command-line tools end quietly instead.
    #[cfg(unix)]
    // SAFETY: called first in `main`, before any thread exists; SIG_DFL is always a valid action.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    coursebook::cli::main()
}
