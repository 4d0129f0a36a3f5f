//! PDFs of the courses, typeset by Typst used as a library: no browser, no LaTeX. A book follows
//! the print book's plan (`output::print::plan`): cover, contents with page numbers, every
//! chapter with its activities, the cases, the glossary, the answer key and the slide decks as
//! handouts; the PDF has an outline (bookmarks), running headers, internal links, and is tagged
//! (PDF/UA-1). Text is shaped by Typst (Arabic joined and laid out right to left, Chinese broken
//! into lines by its own rules), each script in an installed font that has it.
//!
//! Rendering (`book`, `activities`, `markup`) never reads the file system; [`make`] loads the
//! images a book uses before typesetting it.

mod activities;
mod book;
pub mod certificate;
pub mod fonts;
mod markup;
mod world;

use std::path::Path;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::output::site::LocaleSite;
use crate::pipeline::resolve::{ParsedDocs, SiteIndex};
use crate::pipeline::Prepared;
use crate::text::markdown::Edition;
use fonts::Fonts;
use markup::string;

/// How slide decks are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Handouts {
    /// Two slides per page, each with its speaker notes beside it
    #[default]
    Notes,
    /// One slide per landscape page, without notes
    Slides,
}

/// Which PDFs to make, and how.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Course ids (all when empty).
    pub courses: Vec<String>,
    /// Locales (all when empty).
    pub locales: Vec<String>,
    pub handouts: Handouts,
    /// The facilitator edition adds facilitator notes, solutions and model answers.
    pub edition: Edition,
}

/// One PDF made.
pub struct Made {
    pub course: String,
    pub locale: String,
    pub bytes: Vec<u8>,
    /// The Typst document it was typeset from.
    pub source: String,
    pub pages: usize,
    pub took: Duration,
}

/// The file name of a course's PDF.
pub fn file_name(course: &str, locale: &str) -> String {
    format!("{course}-{locale}.pdf")
}

/// Makes the requested PDFs, in parallel. Each failure is a problem of its own; the others are
/// still made.
pub(crate) fn make(root: &Path, prepared: &Prepared, request: &Request, fonts: &Fonts) -> (Vec<Made>, Vec<Diagnostic>) {
    let Some(theme) = prepared.theme.text(THEME_PATH) else {
        return (
            Vec::new(),
            vec![Diagnostic::error(prepared.theme.origin(THEME_PATH), 0, 0, "the theme has no PDF layout")
                .with_hint("restore pdf/book.typ in your theme, or remove the overriding file")],
        );
    };
    let jobs: Vec<(usize, usize)> = prepared
        .sites
        .iter()
        .enumerate()
        .filter(|(_, s)| request.locales.is_empty() || request.locales.contains(&s.locale))
        .flat_map(|(li, s)| {
            s.cur
                .courses
                .iter()
                .enumerate()
                .filter(|(_, c)| request.courses.is_empty() || request.courses.contains(&c.doc.meta.id))
                .map(move |(ci, _)| (li, ci))
        })
        .collect();
    let results: Vec<Result<Made, Diagnostic>> = jobs
        .par_iter()
        .map(|&(li, ci)| {
            let site = &prepared.sites[li];
            let result = make_one(root, site, &prepared.static_files, ci, request, theme, &prepared.theme, fonts);
            // Typst memoizes across compilations; a book is not compiled twice.
            typst::comemo::evict(0);
            result
        })
        .collect();
    let mut made = Vec::new();
    let mut problems = Vec::new();
    for r in results {
        match r {
            Ok(m) => made.push(m),
            Err(d) => problems.push(d),
        }
    }
    (made, problems)
}

#[allow(clippy::too_many_arguments)]
fn make_one(
    root: &Path,
    site: &LocaleSite,
    static_files: &std::collections::BTreeSet<String>,
    ci: usize,
    request: &Request,
    theme_text: &str,
    theme: &crate::theme::Theme,
    fonts: &Fonts,
) -> Result<Made, Diagnostic> {
    let started = Instant::now();
    let course = &site.cur.courses[ci];
    let course_id = course.doc.meta.id.clone();
    let name = file_name(&course_id, &site.locale);
    let docs = ParsedDocs::parse(&site.cur);
    let index = SiteIndex::build(&site.cur, &docs, &site.locale, static_files);
    let mut writer = book::Writer::new(site, &index, &docs, ci, request.handouts, request.edition);
    let body = writer.body();
    let images: Vec<(String, Vec<u8>)> = writer
        .images
        .borrow()
        .iter()
        .filter_map(|path| std::fs::read(root.join(path)).ok().map(|bytes| (path.clone(), bytes)))
        .collect();
    let title = &course.doc.meta.title;
    let site_title = &site.cur.site.title;
    let strings_used: String = ["contents", "chapter-n", "speaker-notes", "slide-n-of"]
        .iter()
        .map(|k| site.strings.get(k))
        .collect::<Vec<_>>()
        .join(" ");
    let choice = fonts
        .choose(&site.locale, &format!("{title}{site_title}{strings_used}{body}0123456789.,:;()–—→·•…"))
        .map_err(|missing| {
            Diagnostic::error(name.clone(), 0, 0, format!("no installed font can typeset this PDF: {missing}"))
                .with_hint(format!(
                    "install the fonts named (e.g. `apt-get install fonts-noto-core fonts-noto-cjk`), or pass `--font-dir` with a folder that holds them ({} fonts found)",
                    fonts.count
                ))
        })?;
    let list = |families: &[String]| families.iter().map(|f| string(f)).collect::<Vec<_>>().join(", ");
    let (lang, region) = lang_region(&site.locale);
    let preamble = format!(
        "#import {}: *\n#show: book.with(title: {}, site: {}, lang: {}, region: {}, fonts: ({},), mono: ({},))\n",
        string(world::THEME),
        string(title),
        string(site_title),
        string(&lang),
        region.as_deref().map_or("none".to_string(), string),
        list(&choice.text),
        list(&choice.mono),
    );
    let source = format!("{preamble}{body}");
    let ident = format!("coursebook/{course_id}/{}", site.locale);
    let (bytes, pages) = typeset(site, theme, (THEME_PATH, theme_text), &source, images, &ident, &name, fonts)?;
    Ok(Made { course: course_id, locale: site.locale.clone(), bytes, source, pages, took: started.elapsed() })
}

/// The theme file that lays course books out.
const THEME_PATH: &str = "pdf/book.typ";

/// Typesets `source` (which imports the theme's layout file `theme`: its path and text) as a
/// tagged PDF (PDF/UA-1), with the site's brand colour as the theme's accent: its bytes and pages.
#[allow(clippy::too_many_arguments)]
fn typeset(
    site: &LocaleSite,
    theme: &crate::theme::Theme,
    (theme_path, theme_text): (&str, &str),
    source: &str,
    images: Vec<(String, Vec<u8>)>,
    ident: &str,
    name: &str,
    fonts: &Fonts,
) -> Result<(Vec<u8>, usize), Diagnostic> {
    // The theme's accent: the brand's colour when the site sets one.
    let inputs: Vec<(&str, String)> =
        site.cur.site.brand.palette().map(|p| ("accent", p.accent.hex())).into_iter().collect();
    let world = world::BookWorld::new(source.to_string(), theme_text.to_string(), images, &inputs, fonts)
        .ok_or_else(|| Diagnostic::error(name, 0, 0, "cannot set up the typesetter"))?;
    let compiled = typst::compile::<typst_layout::PagedDocument>(&world);
    let document = compiled.output.map_err(|errors| typst_error(&world, theme, theme_path, name, &errors[..]))?;
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom(ident.to_string()),
        creator: typst::foundations::Smart::Custom(Some(format!("coursebook {} (Typst)", env!("CARGO_PKG_VERSION")))),
        standards: typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1])
            .map_err(|e| Diagnostic::error(name, 0, 0, format!("PDF standard: {}", e.message())))?,
        ..typst_pdf::PdfOptions::default()
    };
    let bytes = typst_pdf::pdf(&document, &options)
        .map_err(|errors| typst_error(&world, theme, theme_path, name, &errors[..]))?;
    Ok((bytes, document.pages().len()))
}

/// A Typst error as a problem: in the theme's layout file (a layout to fix) or in the generated
/// document (a bug of coursebook: the content cannot cause it).
fn typst_error(
    world: &world::BookWorld<'_>,
    theme: &crate::theme::Theme,
    theme_path: &str,
    name: &str,
    errors: &[typst::diag::SourceDiagnostic],
) -> Diagnostic {
    use typst::WorldExt;
    let first = &errors[0];
    let mut message = first.message.to_string();
    for hint in &first.hints {
        message.push_str("; ");
        message.push_str(&hint.v);
    }
    let id = first.span.id();
    let range = world.range(first.span);
    let in_theme = id.is_some_and(|id| Some(id) == world::file_id(world::THEME));
    let (line, column) = match (id.and_then(|id| typst::World::source(world, id).ok()), range.clone()) {
        (Some(source), Some(range)) => {
            source.lines().byte_to_line_column(range.start).map(|(l, c)| (l + 1, c + 1)).unwrap_or((0, 0))
        }
        _ => (0, 0),
    };
    if in_theme {
        Diagnostic::error(theme.origin(theme_path), line, column, format!("PDF layout error ({name}): {message}"))
            .with_hint(format!("fix the theme's {theme_path}"))
    } else {
        let snippet: String = range
            .map(|r| world.main_source().text().get(r).unwrap_or("").chars().take(80).collect())
            .unwrap_or_default();
        Diagnostic::error(name, line, column, format!("the PDF could not be typeset: {message} (at `{snippet}`)"))
            .with_hint("this is a bug of coursebook; `coursebook pdf --keep-source` writes the Typst document beside the PDF for a report")
    }
}

/// Typst's `lang` and `region` for a locale (`zh-Hans` → `zh`, `pt-BR` → `pt`, `BR`).
pub(crate) fn lang_region(locale: &str) -> (String, Option<String>) {
    let mut parts = locale.split(['-', '_']);
    let lang = parts.next().unwrap_or("en").to_ascii_lowercase();
    let lang =
        if (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_alphabetic()) { lang } else { "en".into() };
    let region =
        parts.find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic())).map(|r| r.to_ascii_uppercase());
    (lang, region)
}
