// mimalloc instead of the system allocator: a build makes millions of short-lived strings, and
// glibc malloc spends ~15 % more CPU on them and keeps more memory (benches/RESULTS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc commits each arena whole on Linux; committed on demand instead, a 20,000-page
/// build's peak resident memory is ~30 MiB lower for the same CPU time (benches/RESULTS.md).
/// Options must be set before mimalloc initializes, which it does in a constructor of
/// priority 101: this one runs just before it.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array.00100")]
static CONFIGURE_ALLOCATOR: extern "C" fn() = configure_allocator;

#[cfg(target_os = "linux")]
extern "C" fn configure_allocator() {
    unsafe extern "C" {
        fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    }
    /// `mi_option_arena_eager_commit` in mimalloc v3's `mimalloc.h` (libmimalloc-sys's default).
    const ARENA_EAGER_COMMIT: std::ffi::c_int = 4;
    // SAFETY: sets a plain option value; mimalloc reads it when it makes its first arena.
    unsafe { mi_option_set(ARENA_EAGER_COMMIT, 0) };
}

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
