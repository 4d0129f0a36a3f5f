fn main() -> std::process::ExitCode {
    coursebook::cli::main()
}
