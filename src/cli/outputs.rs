//! `coursebook pdf` and `coursebook pack`: files made from the site for print and for offline
//! use, written into a folder of their own (never into the sources).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use super::{color, summarize, Written};
use crate::diagnostic::{count_errors, render_human, Diagnostic};
use crate::pipeline;
use crate::text::markdown::Edition;

/// Megabytes, for reports.
fn size(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

fn fail(root: &Path, problems: &[Diagnostic], code: u8) -> ExitCode {
    eprint!("{}", render_human(problems, root, color()));
    summarize(problems, Written::Nothing { previous: false });
    ExitCode::from(code)
}

/// Courses and locales asked for that the site does not have (a usage error).
fn unknown(prepared: &pipeline::Prepared, courses: &[String], locales: &[String]) -> Option<String> {
    let known_locales: Vec<&str> = prepared.sites.iter().map(|s| s.locale.as_str()).collect();
    let known_courses: Vec<&str> = prepared
        .sites
        .first()
        .map(|s| s.cur.courses.iter().map(|c| c.doc.meta.id.as_str()).collect())
        .unwrap_or_default();
    if let Some(l) = locales.iter().find(|l| !known_locales.contains(&l.as_str())) {
        return Some(format!("no locale `{l}` (locales: {})", known_locales.join(", ")));
    }
    if let Some(c) = courses.iter().find(|c| !known_courses.contains(&c.as_str())) {
        return Some(format!("no course `{c}` (courses: {})", known_courses.join(", ")));
    }
    None
}

/// The fonts of the system (unless `system` is false) and of `dirs`, each of which must be a folder.
#[cfg(feature = "pdf")]
fn load_fonts(dirs: &[PathBuf], system: bool) -> Result<crate::output::pdf::fonts::Fonts, ExitCode> {
    if let Some(dir) = dirs.iter().find(|d| !d.is_dir()) {
        eprintln!("error: --font-dir `{}` is not a folder", dir.display());
        return Err(ExitCode::from(2));
    }
    Ok(crate::output::pdf::fonts::Fonts::load(dirs, system))
}

/// What `pdf` is asked to do.
#[cfg(feature = "pdf")]
pub struct PdfArgs {
    pub root: PathBuf,
    pub courses: Vec<String>,
    pub locales: Vec<String>,
    pub out: Option<PathBuf>,
    pub font_dirs: Vec<PathBuf>,
    pub system_fonts: bool,
    pub handouts: crate::output::pdf::Handouts,
    pub edition: crate::text::markdown::Edition,
    pub keep_source: bool,
    pub quiet: bool,
}

#[cfg(feature = "pdf")]
pub fn pdf(args: PdfArgs) -> ExitCode {
    let root = &args.root;
    let out = args.out.clone().unwrap_or_else(|| root.join("pdf"));
    if let Some(problem) = pipeline::write::refuse_file_output(root, &out) {
        return fail(root, &[problem], 2);
    }
    let started = Instant::now();
    // The whole site is checked (a broken link fails here as it fails a build).
    let options = pipeline::Options { edition: args.edition, ..Default::default() };
    let rendered = pipeline::check_with(root, &options);
    if count_errors(&rendered.problems) > 0 {
        return fail(root, &rendered.problems, 1);
    }
    let Some(prepared) = rendered.prepared else { return fail(root, &rendered.problems, 1) };
    if let Some(message) = unknown(&prepared, &args.courses, &args.locales) {
        eprintln!("error: {message}");
        return ExitCode::from(2);
    }
    let fonts = match load_fonts(&args.font_dirs, args.system_fonts) {
        Ok(fonts) => fonts,
        Err(code) => return code,
    };
    let request = crate::output::pdf::Request {
        courses: args.courses.clone(),
        locales: args.locales.clone(),
        handouts: args.handouts,
        edition: args.edition,
    };
    let (made, problems) = crate::output::pdf::make(root, &prepared, &request, &fonts);
    let mut failed = problems;
    let mut written = 0;
    for m in &made {
        let name = crate::output::pdf::file_name(&args.edition.file_stem(&m.course), &m.locale);
        match pipeline::write::write_file(&out, &name, &m.bytes) {
            Ok(path) => {
                written += 1;
                if !args.quiet {
                    eprintln!(
                        "wrote {} ({} pages, {}) in {:.1} s",
                        path.display(),
                        m.pages,
                        size(m.bytes.len()),
                        m.took.as_secs_f64()
                    );
                }
            }
            Err(e) => failed.push(Diagnostic::error(
                out.join(&name).display().to_string(),
                0,
                0,
                format!("cannot write the PDF: {e}"),
            )),
        }
        if args.keep_source {
            let typ = name.replace(".pdf", ".typ");
            if let Err(e) = pipeline::write::write_file(&out, &typ, m.source.as_bytes()) {
                failed.push(Diagnostic::error(
                    out.join(&typ).display().to_string(),
                    0,
                    0,
                    format!("cannot write: {e}"),
                ));
            }
        }
    }
    if !failed.is_empty() {
        eprint!("{}", render_human(&failed, root, color()));
        eprintln!("{} PDF{} written, {} failed", written, if written == 1 { "" } else { "s" }, failed.len());
        return ExitCode::from(1);
    }
    if !args.quiet {
        eprintln!(
            "Made {written} PDF{} in {:.1} s",
            if written == 1 { "" } else { "s" },
            started.elapsed().as_secs_f64()
        );
    }
    ExitCode::SUCCESS
}

/// What `certificates` is asked to do.
#[cfg(feature = "pdf")]
pub struct CertificateArgs {
    pub root: PathBuf,
    pub event: String,
    pub names: PathBuf,
    pub locale: Option<String>,
    pub out: Option<PathBuf>,
    pub font_dirs: Vec<PathBuf>,
    pub system_fonts: bool,
    pub quiet: bool,
}

#[cfg(feature = "pdf")]
pub fn certificates(args: CertificateArgs) -> ExitCode {
    use crate::output::pdf::certificate;
    let root = &args.root;
    let out = args.out.clone().unwrap_or_else(|| root.join("pdf"));
    if let Some(problem) = pipeline::write::refuse_file_output(root, &out) {
        return fail(root, &[problem], 2);
    }
    let names_file = args.names.display().to_string();
    let text = match std::fs::read(&args.names) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => {
                eprintln!("error: {names_file} is not UTF-8 text: save it as UTF-8 (one name per line)");
                return ExitCode::from(2);
            }
        },
        Err(e) => {
            eprintln!("error: cannot read the names file {names_file}: {e}");
            return ExitCode::from(2);
        }
    };
    let names = match certificate::read_names(&names_file, &text) {
        Ok(names) => names,
        Err(problems) => return fail(root, &problems, 1),
    };
    let started = Instant::now();
    let rendered = pipeline::check_with(root, &pipeline::Options::default());
    if count_errors(&rendered.problems) > 0 {
        return fail(root, &rendered.problems, 1);
    }
    let Some(prepared) = rendered.prepared else { return fail(root, &rendered.problems, 1) };
    let locales: Vec<String> = args.locale.iter().cloned().collect();
    if let Some(message) = unknown(&prepared, &[], &locales) {
        eprintln!("error: {message}");
        return ExitCode::from(2);
    }
    let site = match &args.locale {
        Some(l) => prepared.sites.iter().find(|s| &s.locale == l),
        None => prepared.sites.first(),
    };
    let Some(site) = site else { return fail(root, &rendered.problems, 1) };
    let events: Vec<&str> = site.cur.deliveries.iter().map(|d| d.id.as_str()).collect();
    if !events.contains(&args.event.as_str()) {
        let hint = match crate::diagnostic::suggest(&args.event, events.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None if events.is_empty() => "add one under curriculum/deliveries/ (`coursebook new event ID`)".to_string(),
            None => format!("events: {}", events.join(", ")),
        };
        eprintln!("error: no event `{}`: {hint}", args.event);
        return ExitCode::from(2);
    }
    let fonts = match load_fonts(&args.font_dirs, args.system_fonts) {
        Ok(fonts) => fonts,
        Err(code) => return code,
    };
    let made = match certificate::make(site, &prepared.theme, &args.event, &names, &fonts) {
        Ok(made) => made,
        Err(problem) => return fail(root, &[problem], 1),
    };
    let name = certificate::file_name(&args.event, &site.locale);
    match pipeline::write::write_file(&out, &name, &made.bytes) {
        Ok(path) => {
            if !args.quiet {
                eprintln!(
                    "wrote {} ({} certificate{}, {}) in {:.1} s",
                    path.display(),
                    made.pages,
                    if made.pages == 1 { "" } else { "s" },
                    size(made.bytes.len()),
                    started.elapsed().as_secs_f64()
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", out.join(&name).display());
            ExitCode::from(2)
        }
    }
}

pub fn pack(
    root: &Path,
    courses: &[String],
    locales: &[String],
    out: Option<PathBuf>,
    edition: Edition,
    quiet: bool,
) -> ExitCode {
    let out = out.unwrap_or_else(|| root.join("offline"));
    if let Some(problem) = pipeline::write::refuse_file_output(root, &out) {
        return fail(root, &[problem], 2);
    }
    let started = Instant::now();
    let rendered = pipeline::render_with_pdfs(root, &pipeline::Options { edition, ..Default::default() });
    if count_errors(&rendered.problems) > 0 {
        return fail(root, &rendered.problems, 1);
    }
    let Some(prepared) = &rendered.prepared else { return fail(root, &rendered.problems, 1) };
    if let Some(message) = unknown(prepared, courses, locales) {
        eprintln!("error: {message}");
        return ExitCode::from(2);
    }
    let read = |path: &str| std::fs::read(root.join(path));
    let site = crate::output::pack::Site {
        files: &rendered.files,
        statics: &prepared.static_files,
        read_static: &read,
        sites: &prepared.sites,
    };
    let mut failed = Vec::new();
    let mut written = 0;
    for ls in prepared.sites.iter().filter(|s| locales.is_empty() || locales.contains(&s.locale)) {
        for course in ls.cur.courses.iter().filter(|c| courses.is_empty() || courses.contains(&c.doc.meta.id)) {
            let id = &course.doc.meta.id;
            let name = crate::output::pack::file_name(id, &ls.locale, edition);
            let result = crate::output::pack::pack(&site, id, &ls.locale, edition)
                .and_then(|p| pipeline::write::write_file(&out, &name, &p.bytes).map(|path| (p, path)));
            match result {
                Ok((p, path)) => {
                    written += 1;
                    if !quiet {
                        eprintln!("wrote {} ({} files, {})", path.display(), p.files, size(p.bytes.len()));
                    }
                }
                Err(e) => failed.push(Diagnostic::error(
                    out.join(&name).display().to_string(),
                    0,
                    0,
                    format!("cannot write the offline copy: {e}"),
                )),
            }
        }
    }
    if !failed.is_empty() {
        eprint!("{}", render_human(&failed, root, color()));
        return ExitCode::from(2);
    }
    if !quiet {
        eprintln!(
            "Made {written} offline cop{} in {:.1} s: unzip one and open index.html",
            if written == 1 { "y" } else { "ies" },
            started.elapsed().as_secs_f64()
        );
    }
    ExitCode::SUCCESS
}
