//! The command line: parses arguments (clap) and maps results to output and exit codes.
//! Exit codes: 0 success, 1 content errors (or warnings with --deny-warnings), 2 usage or I/O.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};

use crate::build;
use crate::diagnostic::{count_errors, render_human, render_json, Diagnostic};

#[derive(Parser, Debug)]
#[command(
    name = "coursebook",
    version,
    about = "Build a localized static course website from a Markdown + YAML curriculum"
)]
#[command(after_help = "Exit codes: 0 success, 1 content errors, 2 usage or I/O errors.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Build the site from curriculum/, themes/, locales/ and static/
    Build {
        /// Folder that contains curriculum/ (default: the current folder)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (default: ROOT/public)
        #[arg(long)]
        out: Option<PathBuf>,
        /// Print only errors
        #[arg(long, short)]
        quiet: bool,
    },
    /// Report every problem a build would find, without writing anything
    Check {
        /// Folder that contains curriculum/ (default: the current folder)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Exit with 1 on warnings too
        #[arg(long)]
        deny_warnings: bool,
    },
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(2),
            };
        }
    };
    run(cli)
}

fn color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build { root, out, quiet } => {
            if let Some(code) = require_root(&root) {
                return code;
            }
            let out = out.unwrap_or_else(|| root.join("public"));
            let started = Instant::now();
            match build::build(&root, &out) {
                Ok(report) => {
                    if !report.warnings.is_empty() && !quiet {
                        eprint!("{}", render_human(&report.warnings, &root, color()));
                    }
                    if !quiet {
                        eprintln!(
                            "Built {} pages ({} files) into {} in {} ms",
                            report.pages,
                            report.files,
                            report.out.display(),
                            started.elapsed().as_millis()
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    eprint!("{}", render_human(&problems, &root, color()));
                    summarize(&problems, true);
                    ExitCode::from(if count_errors(&problems) > 0 { 1 } else { 2 })
                }
            }
        }
        Command::Check {
            root,
            format,
            deny_warnings,
        } => {
            if let Some(code) = require_root(&root) {
                return code;
            }
            let rendered = build::render(&root);
            let problems = rendered.problems;
            match format {
                Format::Json => println!("{}", render_json(&problems)),
                Format::Human => {
                    eprint!("{}", render_human(&problems, &root, color()));
                    summarize(&problems, false);
                }
            }
            let errors = count_errors(&problems);
            if errors > 0 || (deny_warnings && !problems.is_empty()) {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

fn require_root(root: &std::path::Path) -> Option<ExitCode> {
    if root.is_dir() {
        None
    } else {
        eprintln!(
            "error: `{}` is not a folder (pass the folder that contains curriculum/ with --root)",
            root.display()
        );
        Some(ExitCode::from(2))
    }
}

fn summarize(problems: &[Diagnostic], build_failed: bool) {
    let errors = count_errors(problems);
    let warnings = problems.len() - errors;
    if problems.is_empty() {
        eprintln!("No problems found.");
        return;
    }
    let mut line = format!(
        "{errors} error{}, {warnings} warning{}",
        plural(errors),
        plural(warnings)
    );
    if build_failed && errors > 0 {
        line.push_str("; nothing was written, the previous site is unchanged");
    }
    eprintln!("{line}");
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
