//! `coursebook export scorm|gift|moodle-xml`: a course as a SCORM 1.2 package, quizzes as
//! question banks. Files are written atomically (a temporary file renamed into place) and never
//! into the site's sources.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;

use super::color;
use crate::diagnostic::{count_errors, render_human, Diagnostic};
use crate::output::export::{self, BankFormat, ExportError};
use crate::pipeline;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A SCORM 1.2 package (zip) of one course: one SCO per chapter
    Scorm,
    /// The quizzes as a GIFT question bank (Moodle's text format)
    Gift,
    /// The quizzes as a Moodle XML question bank
    MoodleXml,
}

pub fn run(
    root: &Path,
    format: ExportFormat,
    course: Option<String>,
    locale: Option<String>,
    output: Option<PathBuf>,
    quiet: bool,
) -> ExitCode {
    let (prepared, problems) = pipeline::prepare(root, &pipeline::Options::default());
    let errors: Vec<Diagnostic> = problems.into_iter().filter(Diagnostic::is_error).collect();
    let Some(prepared) = prepared.filter(|_| errors.is_empty()) else {
        eprint!("{}", render_human(&errors, root, color()));
        eprintln!("{} error(s); nothing was exported", count_errors(&errors));
        return ExitCode::from(1);
    };
    let default_locale = prepared.sites[0].locale.clone();
    let locales: Vec<String> = match locale.as_deref() {
        None => vec![default_locale],
        Some("all") if format != ExportFormat::Scorm => prepared.sites.iter().map(|s| s.locale.clone()).collect(),
        Some("all") => return usage("a SCORM package holds one locale: pass --locale CODE"),
        Some(code) => vec![code.to_string()],
    };
    let exports = root.join("exports");
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
            let locale = &locales[0];
            let out = output.unwrap_or_else(|| exports.join(format!("{course}-{locale}-scorm12.zip")));
            if let Err(message) = pipeline::write::check_export_path(root, &out, "zip") {
                return usage(&message);
            }
            let static_root = root.to_path_buf();
            let package = match export::scorm_package(prepared, &course, locale) {
                Ok(p) => p,
                Err(e) => return failed(root, e),
            };
            let bytes = match export::scorm::zip(&package, &|p: &str| std::fs::read(static_root.join(p))) {
                Ok(b) => b,
                Err(e) => return io_error(&out, &e),
            };
            if let Err(e) = pipeline::write::write_file_atomically(&out, &bytes) {
                return io_error(&out, &e);
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
            ExitCode::SUCCESS
        }
        ExportFormat::Gift | ExportFormat::MoodleXml => {
            let bank = if format == ExportFormat::Gift { BankFormat::Gift } else { BankFormat::MoodleXml };
            let ext = bank.extension();
            let stem = course.clone().unwrap_or_else(|| "all-courses".into());
            let several = locales.len() > 1;
            let mut all_warnings = Vec::new();
            let mut written = Vec::new();
            for locale in &locales {
                let out = match (&output, several) {
                    (Some(o), false) => o.clone(),
                    (Some(dir), true) => dir.join(format!("{stem}-{locale}.{ext}")),
                    (None, _) => exports.join(format!("{stem}-{locale}.{ext}")),
                };
                if let Err(message) = pipeline::write::check_export_path(root, &out, ext) {
                    return usage(&message);
                }
                let (text, warnings) = match export::question_bank(&prepared, bank, course.as_deref(), locale) {
                    Ok(r) => r,
                    Err(e) => return failed(root, e),
                };
                if let Err(e) = pipeline::write::write_file_atomically(&out, text.as_bytes()) {
                    return io_error(&out, &e);
                }
                all_warnings.extend(warnings);
                written.push(out);
            }
            crate::diagnostic::normalize(&mut all_warnings);
            report(root, &all_warnings, quiet);
            if !quiet {
                for out in written {
                    eprintln!("Wrote {}", out.display());
                }
            }
            ExitCode::SUCCESS
        }
    }
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
        eprintln!("{} warning(s): the questions named above are not in the export", warnings.len());
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
