//! `coursebook export scorm|gift|moodle-xml`: a course as a SCORM 1.2 package, quizzes as
//! question banks. Files are written atomically (a temporary file renamed into place) and never
//! into the site's sources.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;

use super::{color, EditionArg};
use crate::diagnostic::{count_errors, render_human, Diagnostic};
use crate::output::export::{self, BankFormat, ExportError};
use crate::pipeline;
use crate::text::markdown::Edition;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A SCORM 1.2 package (zip) of one course: one SCO per chapter
    Scorm,
    /// The quizzes as a GIFT question bank (Moodle's text format)
    Gift,
    /// The quizzes as a Moodle XML question bank
    MoodleXml,
}

pub struct ExportArgs {
    pub format: ExportFormat,
    pub course: Option<String>,
    pub locale: Option<String>,
    pub output: Option<PathBuf>,
    pub edition: Option<EditionArg>,
    pub quiet: bool,
}

pub fn run(root: &Path, args: ExportArgs) -> ExitCode {
    let ExportArgs { format, course, locale, output, edition, quiet } = args;
    if edition.is_some() && format != ExportFormat::Scorm {
        return usage(
            "--edition applies to SCORM packages: a question bank is for teachers (model answers go to Moodle's information for graders, which students never see)",
        );
    }
    let edition: Edition = edition.unwrap_or(EditionArg::Learner).into();
    let Some(prepared) = prepare(root) else { return ExitCode::from(1) };
    let default_locale = prepared.sites[0].locale.clone();
    let locales: Vec<String> = match locale.as_deref() {
        None => vec![default_locale],
        Some("all") => prepared.sites.iter().map(|s| s.locale.clone()).collect(),
        Some(code) => vec![code.to_string()],
    };
    for code in &locales {
        if let Err(e) = export::find_locale(&prepared, code) {
            return failed(root, e);
        }
    }
    let exports = root.join("exports");
    let several = locales.len() > 1;
    // With several locales, -o names a folder; one file per locale goes into it.
    let out_path = |stem: &str, locale: &str, suffix: &str| match (&output, several) {
        (Some(o), false) => o.clone(),
        (Some(dir), true) => dir.join(format!("{stem}-{locale}{suffix}")),
        (None, _) => exports.join(format!("{stem}-{locale}{suffix}")),
    };
    match format {
        ExportFormat::Scorm => {
            let course = match course {
                Some(c) => c,
                None if prepared.sites[0].cur.courses.len() == 1 => {
                    prepared.sites[0].cur.courses[0].doc.meta.id.clone()
                }
                None => {
                    let ids: Vec<&str> = prepared.sites[0].cur.courses.iter().map(|c| c.doc.meta.id.as_str()).collect();
                    return usage(&format!("a SCORM package holds one course: pass --course ID ({})", ids.join(", ")));
                }
            };
            if let Err(e) = export::find_courses(&prepared.sites[0], Some(&course)) {
                return failed(root, e);
            }
            let stem = edition.file_stem(&course);
            let outs: Vec<PathBuf> = locales.iter().map(|l| out_path(&stem, l, "-scorm12.zip")).collect();
            for out in &outs {
                if let Err(message) = pipeline::write::check_export_path(root, out, "zip", &is_scorm_export) {
                    return usage(&message);
                }
            }
            // A package is rendered from its own prepared site (rendering consumes it).
            let mut prepared = Some(prepared);
            for (locale, out) in locales.iter().zip(&outs) {
                let Some(site) = prepared.take().or_else(|| prepare(root)) else { return ExitCode::from(1) };
                let package = match export::scorm_package(site, &course, locale, edition) {
                    Ok(p) => p,
                    Err(e) => return failed(root, e),
                };
                let bytes = match export::scorm::zip(&package, &|p: &str| std::fs::read(root.join(p))) {
                    Ok(b) => b,
                    Err(e) => return io_error(out, &e),
                };
                if let Err(e) = pipeline::write::write_file_atomically(out, &bytes) {
                    return io_error(out, &e);
                }
                if !quiet {
                    eprintln!(
                        "Wrote {} ({} files, {} chapters as SCOs, {} KB)",
                        out.display(),
                        package.files.len() + package.statics.len(),
                        chapter_count(&package),
                        bytes.len() / 1024
                    );
                }
            }
            ExitCode::SUCCESS
        }
        ExportFormat::Gift | ExportFormat::MoodleXml => {
            let bank = if format == ExportFormat::Gift { BankFormat::Gift } else { BankFormat::MoodleXml };
            let ext = bank.extension();
            let stem = course.clone().unwrap_or_else(|| "all-courses".into());
            let mut all_warnings = Vec::new();
            let mut banks = Vec::new();
            // Every bank is made before any is written: an error leaves no half-written set.
            for locale in &locales {
                let out = out_path(&stem, locale, &format!(".{ext}"));
                let ours = |p: &Path| is_bank_export(p, bank);
                if let Err(message) = pipeline::write::check_export_path(root, &out, ext, &ours) {
                    return usage(&message);
                }
                let read = |p: &str| std::fs::read(root.join(p));
                let (text, warnings) = match export::question_bank(&prepared, bank, course.as_deref(), locale, &read) {
                    Ok(r) => r,
                    Err(e) => return failed(root, e),
                };
                all_warnings.extend(warnings);
                banks.push((out, text));
            }
            for (out, text) in &banks {
                if let Err(e) = pipeline::write::write_file_atomically(out, text.as_bytes()) {
                    return io_error(out, &e);
                }
            }
            crate::diagnostic::normalize(&mut all_warnings);
            report(root, &all_warnings, quiet);
            if !quiet {
                for (out, _) in banks {
                    eprintln!("Wrote {}", out.display());
                }
            }
            ExitCode::SUCCESS
        }
    }
}

/// The prepared site, or `None` after reporting its errors.
fn prepare(root: &Path) -> Option<pipeline::Prepared> {
    let (prepared, problems) = pipeline::prepare(root, &pipeline::Options::default());
    let errors: Vec<Diagnostic> = problems.into_iter().filter(Diagnostic::is_error).collect();
    match prepared.filter(|_| errors.is_empty()) {
        Some(p) => Some(p),
        None => {
            eprint!("{}", render_human(&errors, root, color()));
            eprintln!("{} error(s); nothing was exported", count_errors(&errors));
            None
        }
    }
}

/// The first line of every question bank export (see `output::export`).
const BANK_MARK: &str = "Question bank exported by coursebook";

/// Whether `path` is a question bank an export wrote (it may be replaced).
fn is_bank_export(path: &Path, format: BankFormat) -> bool {
    use std::io::Read;
    let mut head = vec![0; 512];
    let Ok(n) = std::fs::File::open(path).and_then(|mut f| f.read(&mut head)) else { return false };
    let head = String::from_utf8_lossy(&head[..n]);
    match format {
        BankFormat::Gift => head.starts_with(&format!("// {BANK_MARK}")),
        BankFormat::MoodleXml => head.contains(&format!("<!-- {BANK_MARK}")),
    }
}

/// Whether `path` is a SCORM package an export wrote (it may be replaced).
fn is_scorm_export(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else { return false };
    let Ok(mut archive) = zip::ZipArchive::new(file) else { return false };
    let Ok(mut manifest) = archive.by_name("imsmanifest.xml") else { return false };
    let mut text = String::new();
    std::io::Read::read_to_string(&mut manifest, &mut text).is_ok()
        && text.contains("<manifest identifier=\"coursebook-")
}

fn chapter_count(package: &export::scorm::Package) -> usize {
    package
        .files
        .get("imsmanifest.xml")
        .map(|m| String::from_utf8_lossy(m).matches("adlcp:scormtype=\"sco\"").count())
        .unwrap_or(0)
}

fn report(root: &Path, warnings: &[Diagnostic], quiet: bool) {
    if !warnings.is_empty() && !quiet {
        eprint!("{}", render_human(warnings, root, color()));
        eprintln!("{} warning(s): the export lacks or changes what is named above", warnings.len());
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

fn io_error(out: &Path, e: &std::io::Error) -> ExitCode {
    eprintln!("error: cannot write {}: {e}", out.display());
    ExitCode::from(2)
}

fn failed(root: &Path, e: ExportError) -> ExitCode {
    match e {
        ExportError::Usage(message) => usage(&message),
        ExportError::Content(problems) => {
            eprint!("{}", render_human(&problems, root, color()));
            eprintln!("{} error(s); nothing was exported", count_errors(&problems));
            ExitCode::from(1)
        }
    }
}
