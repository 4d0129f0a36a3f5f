// mimalloc instead of the system allocator: a build makes millions of short-lived strings, and
// glibc malloc spends ~15 % more CPU on them and keeps more memory (benches/RESULTS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
