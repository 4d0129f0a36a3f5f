//! The command line: parses arguments (clap) and maps results to output and exit codes.
//! Exit codes: 0 success, 1 content errors (or warnings with --deny-warnings), 2 usage or I/O.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};

mod export;

use crate::diagnostic::{count_errors, render_human, render_json, Diagnostic};
use crate::pipeline;

mod i18n;
mod outputs;
mod upstream;

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
        /// Folder that contains curriculum/ (default: the current folder or the nearest one above it
        /// that contains curriculum/site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (default: ROOT/public, or ROOT/public-facilitator for the
        /// facilitator edition)
        #[arg(long)]
        out: Option<PathBuf>,
        /// Which edition: for learners, or for facilitators (with notes, solutions, answer
        /// keys, model answers and a facilitator guide per course)
        #[arg(long, value_enum, default_value_t = EditionArg::Learner)]
        edition: EditionArg,
        /// Print only errors
        #[arg(long, short)]
        quiet: bool,
        /// Print how long each phase took
        #[arg(long)]
        timings: bool,
    },
    /// Report every problem a build would find, without writing anything
    Check {
        /// Folder that contains curriculum/ (default: the current folder or the nearest one above it
        /// that contains curriculum/site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Exit with 1 on warnings too
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Translation coverage per locale: files and words translated, outdated and missing
    Status {
        /// The project folder (default: the current folder, or the nearest one above it with curriculum/)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Only this locale
        #[arg(long)]
        locale: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Manage translations
    #[command(subcommand)]
    Locale(LocaleCommand),
    /// Translators' files: export a locale to PO or XLIFF, import translations back
    #[command(subcommand)]
    I18n(i18n::I18nCommand),
    /// In a fork: what changed upstream since the fork departed, and what it touches here
    #[command(subcommand)]
    Upstream(upstream::UpstreamCommand),
    /// Build, serve on localhost and rebuild on every change, reloading open pages
    #[cfg(feature = "serve")]
    #[command(
        after_help = "The rendered files are kept in a folder of the server's own in the system's temporary folder, removed when it stops; nothing is written into the project unless --out is given. Ctrl+C or SIGTERM stops the server."
    )]
    Serve {
        /// The project folder (default: the current folder, or the nearest one above it with curriculum/)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Port to listen on (0 picks a free one)
        #[arg(long, short, default_value_t = 3000)]
        port: u16,
        /// Address to listen on; anything but 127.0.0.1 exposes the preview to your network
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in the default browser
        #[arg(long)]
        open: bool,
        /// Also write the site to this folder after every successful build (atomically, as
        /// `build` does; it must be outside the sources)
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Typeset a PDF of each course in each locale (Typst; no browser needed)
    #[cfg(feature = "pdf")]
    #[command(
        after_help = "Fonts come from the system's font folders and from --font-dir; when no font has a script \
the book needs (Arabic, Chinese, ...), the command names the font to install and writes no PDF."
    )]
    Pdf {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[command(flatten)]
        select: Selection,
        /// Where to write the PDFs, named COURSE-LOCALE.pdf (COURSE-facilitator-LOCALE.pdf for the
        /// facilitator edition; default: ROOT/pdf)
        #[arg(long, short = 'o')]
        out: Option<PathBuf>,
        #[command(flatten)]
        fonts: FontArgs,
        /// How slide decks are printed
        #[arg(long, value_enum, default_value_t)]
        handouts: crate::output::pdf::Handouts,
        /// Which edition: for learners, or for facilitators (with facilitator notes, solutions
        /// and model answers)
        #[arg(long, value_enum, default_value_t = EditionArg::Learner)]
        edition: EditionArg,
        /// Also write the Typst document of each PDF (COURSE-LOCALE.typ), e.g. to adapt a theme's pdf/book.typ
        #[arg(long)]
        keep_source: bool,
        /// Print only errors
        #[arg(long, short)]
        quiet: bool,
    },
    /// Typeset certificates of participation for an event: one page per participant
    #[cfg(feature = "pdf")]
    #[command(
        after_help = "The names file has one participant's name per line, as it should be printed (blank lines \
and lines starting with # are skipped). The certificates say the course, the event's dates and place, the course's \
duration and the organisers, in the site's strings for the locale; the theme's pdf/certificate.typ lays them out."
    )]
    Certificates {
        /// The event: the id of a file under curriculum/deliveries/
        event: String,
        /// A text file with one participant's name per line
        #[arg(long)]
        names: PathBuf,
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The language of the certificates (default: the site's default locale)
        #[arg(long)]
        locale: Option<String>,
        /// Where to write the PDF, named certificates-EVENT-LOCALE.pdf (default: ROOT/pdf)
        #[arg(long, short = 'o')]
        out: Option<PathBuf>,
        #[command(flatten)]
        fonts: FontArgs,
        /// Print only errors
        #[arg(long, short)]
        quiet: bool,
    },
    /// Write an offline copy of each course in each locale: a zip that works when unzipped, by opening index.html
    Pack {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[command(flatten)]
        select: Selection,
        /// Where to write the zips, named COURSE-LOCALE.zip (COURSE-facilitator-LOCALE.zip for the
        /// facilitator edition; default: ROOT/offline)
        #[arg(long, short = 'o')]
        out: Option<PathBuf>,
        /// Which edition: for learners, or for facilitators (with facilitator notes, solutions
        /// and model answers)
        #[arg(long, value_enum, default_value_t = EditionArg::Learner)]
        edition: EditionArg,
        /// Print only errors
        #[arg(long, short)]
        quiet: bool,
    },
    /// Create a content file with every field present and explained
    New {
        /// What to create
        #[arg(value_enum)]
        kind: crate::scaffold::Kind,
        /// Its id (lowercase letters, digits and hyphens); for an agenda or a setup page, the course's
        id: String,
        /// For a chapter: the course folder to add it to; for a delivery: the course it runs
        /// (default: the first course)
        #[arg(long)]
        course: Option<String>,
        /// The project folder (default: the current folder, or the nearest one above it with curriculum/)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Export for a learning platform: a course as a SCORM 1.2 package, quizzes as question banks
    #[command(
        after_help = "Examples:\n  coursebook export scorm --course capacities --locale fr -o capacities-fr.zip\n  coursebook export scorm --course capacities --edition facilitator\n  coursebook export gift --course capacities\n  coursebook export moodle-xml --locale all -o banks/\n\nSee README.md, \"Using the course in Moodle\"."
    )]
    Export {
        /// What to export
        #[arg(value_enum)]
        format: export::ExportFormat,
        /// The course (its id); a SCORM package needs one when the site has several, a question
        /// bank holds every course without it
        #[arg(long)]
        course: Option<String>,
        /// The locale (default: the site's default locale); `all` writes one file per locale, into
        /// the folder given by -o
        #[arg(long)]
        locale: Option<String>,
        /// The file to write (default: ROOT/exports/COURSE-LOCALE.EXT); never inside curriculum/,
        /// locales/, themes/ or static/
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Folder that contains curriculum/ (default: the current folder or the nearest one above it
        /// that contains curriculum/site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Which edition a SCORM package holds: for learners (the default), or for facilitators
        /// (notes, open solutions, answer keys and model answers)
        #[arg(long, value_enum)]
        edition: Option<EditionArg>,
        /// Print only errors
        #[arg(long, short)]
        quiet: bool,
    },
    /// Create a minimal curriculum in a new folder that builds and serves at once
    Init {
        /// The folder to create
        dir: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum LocaleCommand {
    /// Scaffold a new locale folder with UI strings ready for translation
    Add {
        /// BCP 47 code, e.g. fr, zh-Hans, pt-BR
        code: String,
        /// The project folder (default: the current folder, or the nearest one above it with curriculum/)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Record that translations are reviewed against the current source (clears "outdated")
    MarkCurrent {
        /// The locale, e.g. fr
        code: String,
        /// Translated files (under locales/CODE/) or their sources; all files when omitted
        files: Vec<String>,
        /// The project folder (default: the current folder, or the nearest one above it with curriculum/)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

/// The fonts a PDF may use (`pdf`, `certificates`).
#[cfg(feature = "pdf")]
#[derive(clap::Args, Debug)]
pub struct FontArgs {
    /// A folder of fonts to use besides the system's (repeat for more)
    #[arg(long)]
    font_dir: Vec<PathBuf>,
    /// Use only the fonts of --font-dir folders
    #[arg(long)]
    no_system_fonts: bool,
}

/// Which courses and locales a command makes files of (`pdf`, `pack`).
#[derive(clap::Args, Debug)]
pub struct Selection {
    /// Only this course (repeat for more; default: every course)
    #[arg(long)]
    course: Vec<String>,
    /// Only this locale (repeat for more; default: every locale)
    #[arg(long)]
    locale: Vec<String>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum EditionArg {
    Learner,
    Facilitator,
}

impl From<EditionArg> for crate::text::markdown::Edition {
    fn from(e: EditionArg) -> Self {
        match e {
            EditionArg::Learner => crate::text::markdown::Edition::Learner,
            EditionArg::Facilitator => crate::text::markdown::Edition::Facilitator,
        }
    }
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
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => ExitCode::SUCCESS,
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
    let mut command = cli.command;
    match &mut command {
        Command::Build { root, .. }
        | Command::Check { root, .. }
        | Command::Status { root, .. }
        | Command::New { root, .. }
        | Command::Export { root, .. }
        | Command::Pack { root, .. } => *root = find_root(root),
        #[cfg(feature = "pdf")]
        Command::Pdf { root, .. } | Command::Certificates { root, .. } => *root = find_root(root),
        #[cfg(feature = "serve")]
        Command::Serve { root, .. } => *root = find_root(root),
        Command::Locale(command) => match command {
            LocaleCommand::Add { root, .. } | LocaleCommand::MarkCurrent { root, .. } => *root = find_root(root),
        },
        Command::I18n(command) => {
            let root = command.root_mut();
            *root = find_root(root);
        }
        Command::Upstream(upstream::UpstreamCommand::Status { root, .. }) => *root = find_root(root),
        Command::Init { .. } => {}
    }
    match command {
        Command::Build { root, out, quiet, timings, edition } => {
            if let Some(code) = require_root(&root) {
                return code;
            }
            let out = out.unwrap_or_else(|| {
                root.join(if edition == EditionArg::Facilitator { "public-facilitator" } else { "public" })
            });
            let started = Instant::now();
            let options = pipeline::Options {
                progress: !quiet,
                timings: timings.then(Default::default),
                edition: edition.into(),
                ..Default::default()
            };
            let previous = out.is_dir();
            let result = pipeline::build_with(&root, &out, &options);
            if let Some(t) = &options.timings {
                for (phase, took) in t.lock().unwrap_or_else(|e| e.into_inner()).iter() {
                    eprintln!("{phase:>18}: {:>7.1} ms", took.as_secs_f64() * 1000.0);
                }
            }
            match result {
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
                Err(pipeline::BuildError::Content(problems)) => {
                    eprint!("{}", render_human(&problems, &root, color()));
                    summarize(&problems, Written::Nothing { previous });
                    ExitCode::from(1)
                }
                Err(error @ pipeline::BuildError::Output { written, .. }) => {
                    let problems = error.problems();
                    eprint!("{}", render_human(&problems, &root, color()));
                    summarize(&problems, if written { Written::Partly } else { Written::Nothing { previous } });
                    ExitCode::from(2)
                }
            }
        }
        Command::Check { root, format, deny_warnings } => {
            if let Some(code) = require_root(&root) {
                return code;
            }
            let rendered = pipeline::render(&root);
            let problems = rendered.problems;
            match format {
                Format::Json => println!("{}", render_json(&problems)),
                Format::Human => {
                    eprint!("{}", render_human(&problems, &root, color()));
                    summarize(&problems, Written::NotAsked);
                }
            }
            let errors = count_errors(&problems);
            if errors > 0 || (deny_warnings && !problems.is_empty()) {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Status { root, locale, format } => {
            if let Some(code) = require_root(&root) {
                return code;
            }
            status(&root, locale.as_deref(), format)
        }
        Command::Locale(command) => locale(command),
        Command::I18n(command) => i18n::run(command),
        Command::Upstream(command) => upstream::run(command),
        #[cfg(feature = "serve")]
        Command::Serve { root, port, bind, open, out } => {
            if let Some(code) = require_root(&root) {
                return code;
            }
            match crate::serve::serve(crate::serve::Options { root, bind, port, open, out }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(2)
                }
            }
        }
        #[cfg(feature = "pdf")]
        Command::Pdf { root, select, out, fonts, handouts, edition, keep_source, quiet } => {
            if let Some(code) = require_root(&root) {
                return code;
            }
            outputs::pdf(outputs::PdfArgs {
                root,
                courses: select.course,
                locales: select.locale,
                out,
                font_dirs: fonts.font_dir,
                system_fonts: !fonts.no_system_fonts,
                handouts,
                edition: edition.into(),
                keep_source,
                quiet,
            })
        }
        #[cfg(feature = "pdf")]
        Command::Certificates { event, names, root, locale, out, fonts, quiet } => {
            if let Some(code) = require_root(&root) {
                return code;
            }
            outputs::certificates(outputs::CertificateArgs {
                root,
                event,
                names,
                locale,
                out,
                font_dirs: fonts.font_dir,
                system_fonts: !fonts.no_system_fonts,
                quiet,
            })
        }
        Command::Pack { root, select, out, edition, quiet } => {
            if let Some(code) = require_root(&root) {
                return code;
            }
            outputs::pack(&root, &select.course, &select.locale, out, edition.into(), quiet)
        }
        Command::New { kind, id, course, root } => match crate::scaffold::new_file(&root, kind, &id, course.as_deref())
        {
            Ok(files) => {
                for f in files {
                    println!("wrote {f}");
                }
                ExitCode::SUCCESS
            }
            Err(d) => {
                eprintln!("{d}");
                ExitCode::from(1)
            }
        },
        Command::Export { format, course, locale, output, root, edition, quiet } => {
            if let Some(code) = require_root(&root) {
                return code;
            }
            export::run(&root, export::ExportArgs { format, course, locale, output, edition, quiet })
        }
        Command::Init { dir } => match crate::scaffold::init(&dir) {
            Ok(files) => {
                for f in files {
                    println!("wrote {}", f.display());
                }
                // A build without the `serve` feature has no preview server.
                let next = if cfg!(feature = "serve") { "serve" } else { "build" };
                println!("Next: coursebook {next} --root {}", dir.display());
                ExitCode::SUCCESS
            }
            Err(d) => {
                eprintln!("{d}");
                ExitCode::from(1)
            }
        },
    }
}

fn status(root: &std::path::Path, only: Option<&str>, format: Format) -> ExitCode {
    let (cur, problems) = crate::pipeline::load::load(root);
    let Some(cur) = cur else {
        eprint!("{}", render_human(&problems, root, color()));
        return ExitCode::from(1);
    };
    let theme = match crate::theme::Theme::load(root, &cur.site.theme) {
        Ok(t) => t,
        Err(d) => {
            eprint!("{}", render_human(&[d], root, color()));
            return ExitCode::from(1);
        }
    };
    let (_, files, _) = pipeline::localize(root, cur.clone(), &theme, &Default::default());
    if let Some(code) = only {
        if !files.iter().any(|f| f.locale == code) {
            eprintln!(
                "error: no locale `{code}` (locales: {})",
                files.iter().map(|f| f.locale.as_str()).collect::<Vec<_>>().join(", ")
            );
            return ExitCode::from(2);
        }
    }
    let chosen: Vec<_> = files.iter().skip(1).filter(|f| only.is_none_or(|c| c == f.locale)).collect();
    let statuses: Vec<LocaleReport> = crate::i18n::translate::statuses(&cur, chosen.iter().copied())
        .into_iter()
        .zip(&chosen)
        .map(|(files, locale)| LocaleReport {
            files,
            entries: crate::i18n::catalog::entry_status(&crate::i18n::catalog::catalogs(root, &cur, locale)),
        })
        .collect();
    match format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&StatusReport { source: &cur.site.default_locale, locales: &statuses })
                .unwrap_or_default()
        ),
        Format::Human => {
            if statuses.is_empty() {
                println!("No translations: add one with `coursebook locale add <code>`.");
            }
            for LocaleReport { files: s, entries } in &statuses {
                println!(
                    "{:<8} {:>5.1}% of words translated  files: {} translated, {} outdated, {} missing (of {})  words: {} / {} / {} (of {})",
                    s.locale, s.percent, s.translated, s.outdated, s.missing, s.files, s.words_translated, s.words_outdated, s.words_missing, s.words
                );
                println!(
                    "         entries: {} translated, {} outdated, {} missing (of {})",
                    entries.translated, entries.outdated, entries.missing, entries.entries
                );
                // Documents with a translated file that is not complete and current, and (for
                // one locale) the documents not translated at all.
                for d in &entries.documents {
                    let partial = d.state != crate::i18n::catalog::FileState::Missing && d.outdated + d.missing > 0;
                    let absent = only.is_some() && d.state == crate::i18n::catalog::FileState::Missing;
                    if partial || absent {
                        println!(
                            "         {}: {} translated, {} outdated, {} missing",
                            if absent { &d.source } else { &d.translation },
                            d.translated,
                            d.outdated,
                            d.missing
                        );
                    }
                }
                for f in &s.outdated_files {
                    println!("         outdated: {f}");
                }
                for f in &s.unreviewed_files {
                    println!("         not yet reviewed: {f}");
                }
            }
        }
    }
    ExitCode::SUCCESS
}

/// `status --format json`: per locale, files and words (`translate::LocaleStatus`) and entries.
#[derive(serde::Serialize)]
struct StatusReport<'a> {
    source: &'a str,
    locales: &'a [LocaleReport],
}

#[derive(serde::Serialize)]
struct LocaleReport {
    #[serde(flatten)]
    files: crate::i18n::translate::LocaleStatus,
    /// Per entry (paragraph, heading, list item, quiz string, ...): the same units as `i18n export`.
    entries: crate::i18n::catalog::EntryStatus,
}

fn locale(command: LocaleCommand) -> ExitCode {
    match command {
        LocaleCommand::Add { code, root } => {
            if !root.join(crate::pipeline::load::CURRICULUM_DIR).join("site.yaml").is_file() {
                eprintln!(
                    "error: `{}` has no curriculum/site.yaml (pass the site's folder with --root)",
                    root.display()
                );
                return ExitCode::from(2);
            }
            let theme = crate::theme::Theme::load(&root, "default").unwrap_or_default();
            let source = theme.text("strings/en.ftl").unwrap_or("");
            let has = theme.files.contains_key(&format!("strings/{code}.ftl"));
            match crate::i18n::translate::add_locale(&root, &code, source, has) {
                Ok(created) => {
                    for f in created {
                        println!("created {f}");
                    }
                    println!("The site now builds `{code}` too; untranslated pages and strings show the fallback language with a notice.");
                    println!(
                        "Translate content by copying files from curriculum/ to locales/{code}/ at the same paths."
                    );
                    ExitCode::SUCCESS
                }
                Err(d) => {
                    eprint!("{}", render_human(&[d], &root, color()));
                    ExitCode::from(1)
                }
            }
        }
        LocaleCommand::MarkCurrent { code, files, root } => {
            let (cur, problems) = crate::pipeline::load::load(&root);
            let Some(cur) = cur else {
                eprint!("{}", render_human(&problems, &root, color()));
                return ExitCode::from(1);
            };
            match crate::i18n::translate::mark_current(&root, &cur, &code, &files) {
                Ok(changed) => {
                    for f in &changed {
                        println!("marked current: {f}");
                    }
                    if changed.is_empty() {
                        println!("Nothing to mark: every selected translation is already current.");
                    }
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    eprint!("{}", render_human(&problems, &root, color()));
                    ExitCode::from(1)
                }
            }
        }
    }
}

/// The project root: `--root` when given; by default the current folder or, as `cargo` and
/// `git` do, the nearest folder above it that holds `curriculum/site.yaml`.
fn find_root(given: &std::path::Path) -> PathBuf {
    if given != std::path::Path::new(".") {
        return given.to_path_buf();
    }
    let Ok(here) = std::env::current_dir() else { return given.to_path_buf() };
    here.ancestors()
        .find(|dir| dir.join(crate::pipeline::load::CURRICULUM_DIR).join("site.yaml").is_file())
        .map_or_else(|| given.to_path_buf(), |dir| if dir == here { given.to_path_buf() } else { dir.to_path_buf() })
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

/// What a failed build left behind, so the summary tells the truth.
enum Written {
    /// A check: nothing was to be written.
    NotAsked,
    /// Nothing; `previous`: a site built before is still there, unchanged.
    Nothing { previous: bool },
    /// The new site is in place; something after that failed.
    Partly,
}

fn summarize(problems: &[Diagnostic], written: Written) {
    let errors = count_errors(problems);
    let warnings = problems.len() - errors;
    if problems.is_empty() {
        eprintln!("No problems found.");
        return;
    }
    let mut line = format!("{errors} error{}, {warnings} warning{}", plural(errors), plural(warnings));
    match written {
        Written::Nothing { previous: true } if errors > 0 => {
            line.push_str("; nothing was written, the previous site is unchanged")
        }
        Written::Nothing { previous: false } if errors > 0 => line.push_str("; nothing was written"),
        Written::Partly => line.push_str("; the new site was written"),
        _ => {}
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
