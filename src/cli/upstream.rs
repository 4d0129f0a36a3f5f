//! `coursebook upstream status`: what changed upstream for a fork.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use super::Format;
use crate::i18n::upstream;

#[derive(Subcommand, Debug)]
pub enum UpstreamCommand {
    /// Compare the fork with its upstream branch since the fork departed from it (the merge
    /// base): content items changed, added or removed upstream, and the fork's translations,
    /// theme overrides and local edits they touch
    Status {
        /// Compare from this commit instead of the merge base
        #[arg(long)]
        since: Option<String>,
        /// The upstream branch (default: upstream/main, upstream/master, the branch's upstream,
        /// origin/main or origin/master, the first that exists)
        #[arg(long, value_name = "REMOTE/BRANCH")]
        upstream: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

pub fn run(command: UpstreamCommand) -> ExitCode {
    let UpstreamCommand::Status { since, upstream, format, root } = command;
    let report = match upstream::status(&root, upstream.as_deref(), since.as_deref()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {}\n  hint: {}", e.message, e.hint);
            return ExitCode::from(2);
        }
    };
    if format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
        return ExitCode::SUCCESS;
    }
    let short = |c: &str| c.chars().take(10).collect::<String>();
    println!(
        "{}: {} commit{} since the fork departed at {} (now at {}).",
        report.upstream,
        report.commits,
        if report.commits == 1 { "" } else { "s" },
        short(&report.base),
        short(&report.upstream_head)
    );
    if !report.changes.is_empty() {
        println!("\nChanged upstream:");
        for item in &report.changes {
            let what = match &item.id {
                Some(id) => format!("{} {id}", item.kind),
                None => item.kind.clone(),
            };
            let change = format!("{:?}", item.change).to_lowercase();
            let from = item.from.as_deref().map(|f| format!(" (from {f})")).unwrap_or_default();
            println!("  {change:<9} {what:<40} {}{from}", item.path);
        }
    }
    if !report.touched.is_empty() {
        println!("\nYour files these changes touch:");
        for t in &report.touched {
            println!("  {:<11} {}  ← {}", t.relation, t.path, t.upstream);
        }
    }
    println!("\nNext:");
    for (i, step) in report.next.iter().enumerate() {
        println!("  {}. {step}", i + 1);
    }
    ExitCode::SUCCESS
}
