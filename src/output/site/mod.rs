//! Rendering: turns the loaded curriculum and the theme into output files (path + bytes).
//! Invariant: rendering never reads the file system; everything it needs is passed in.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Mutex;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::content::assessment::Assessment;
use crate::content::quiz::{Question, QuestionKind, Quiz};
use crate::content::worksheet::{BlockKind, Worksheet};
use crate::content::{Case, Curriculum, Duration, Kind};
use crate::diagnostic::Diagnostic;
use crate::i18n::translate::LocaleStatus;
use crate::i18n::{direction, Strings};
use crate::pipeline::resolve::{urls, KnownAnchors, ParsedDocs, SiteIndex};
use crate::text::markdown::{self, escape, RenderContext};
use crate::theme::compact::compact_template;
use crate::theme::Theme;

pub(crate) mod activity;
mod agenda;
mod calendar;
pub(crate) mod case;
pub(crate) mod chapter;
pub(crate) mod course;
mod csp;
pub(crate) mod deck;
mod event;
mod figures;
pub(crate) mod glossary;
mod guide;
mod home;
pub(crate) mod page;
mod search;
mod setup;
mod sitemap;
mod templates;
#[cfg(feature = "pdf")]
pub(crate) use templates::local_date;

use case::CaseCard;
use page::Link;
use page::PageResolver;
pub(crate) use templates::template_error;
pub use templates::{compile_templates, json_len, minify, push_script_json_ordered, push_script_json_str, script_json};
use templates::{ListFilter, LocalDateFilter, TranslateFn};

/// One file of the finished site, path relative to the output root.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Where rendered files go, as each is finished (from several threads at once).
pub trait Sink: Sync {
    /// Takes a finished file. Returns it when the caller keeps the site in memory (`check`,
    /// `serve`, exports); a build writes it into its staging folder and returns `None`, so that
    /// memory does not grow with the number of pages.
    fn put(&self, file: OutputFile) -> Option<OutputFile>;

    /// Takes a file given as parts in order: a page too large to hold whole (a long course's
    /// print book). Every part is taken from `parts`, even by a sink that keeps nothing, since
    /// producing them reports the page's problems. By default the parts are joined and [`put`].
    ///
    /// [`put`]: Sink::put
    fn put_parts(&self, path: &str, parts: &mut dyn Iterator<Item = Vec<u8>>) -> Option<OutputFile> {
        let bytes = parts.fold(Vec::new(), |mut all, part| {
            all.extend_from_slice(&part);
            all
        });
        self.put(OutputFile { path: path.to_string(), bytes })
    }
}

/// Keeps every file in memory.
pub struct Keep;

impl Sink for Keep {
    fn put(&self, file: OutputFile) -> Option<OutputFile> {
        Some(file)
    }
}

/// One locale of the site: its curriculum as that locale shows it, and its UI strings.
pub struct LocaleSite {
    pub locale: String,
    /// The language's name in itself ("Français"), for the language switcher.
    pub name: String,
    pub cur: Curriculum,
    pub strings: Strings,
}

/// Everything rendering needs, loaded beforehand (rendering never reads the file system).
pub struct SiteInput<'a> {
    /// The default (source) locale first.
    pub locales: &'a [LocaleSite],
    pub statuses: &'a [LocaleStatus],
    pub theme: &'a Theme,
    pub tera: &'a Tera,
    pub static_files: &'a BTreeSet<String>,
    /// Counts rendered pages, for a progress bar (hidden when not on a terminal).
    pub progress: Option<&'a indicatif::ProgressBar>,
    /// Render only these pages, with what the previous render knew about the others.
    pub scope: Option<(&'a Scope, &'a Previous)>,
    /// Learner or facilitator edition.
    pub edition: crate::text::markdown::Edition,
    /// Where files go as they are rendered.
    pub sink: &'a dyn Sink,
}

/// What rendering the site produced.
pub struct SiteOutput {
    /// The files the sink returned (all of them with [`Keep`]), sorted by path.
    pub files: Vec<OutputFile>,
    pub problems: Vec<Diagnostic>,
    /// Case references of every chapter per locale, for a later scoped render.
    pub references: References,
    /// Per locale (in `locales` order), the headings and labels of the documents parsed, for
    /// a later scoped render.
    pub anchors: Vec<KnownAnchors>,
}

/// Renders every page of the site in every locale, plus the shared files.
pub fn render_site(input: &SiteInput<'_>) -> SiteOutput {
    let emitter = Emitter { sink: input.sink, paths: Mutex::new(Vec::new()) };
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut references = References::new();
    let mut anchors = Vec::new();
    for (i, site) in input.locales.iter().enumerate() {
        let indexed = input.scope.is_none() && site.cur.site.search;
        let mut docs = match input.scope {
            // Only what the scope shows is parsed; the index takes the rest from the last build.
            Some((_, previous)) => ParsedDocs::lazy(&site.cur, previous.anchors.get(i)),
            // The search index parses every document, and hands over their anchors.
            None if indexed => ParsedDocs::lazy(&site.cur, None),
            None => ParsedDocs::parse(&site.cur),
        };
        // The search index reads every document: a scoped render (serve) keeps the last one.
        if indexed {
            let sources = crate::output::search::records::Sources {
                cur: &site.cur,
                docs: &docs,
                strings: &site.strings,
                locale: &site.locale,
                shown: crate::text::markdown::Shown {
                    edition: input.edition,
                    learner_solutions: site.cur.site.learner_solutions,
                },
            };
            let mut emit = |f| files.extend(emitter.emit(f));
            let mut index = crate::output::search::IndexWriter::new(&site.locale, &mut emit);
            let outlines = sources.each_record(&mut |r| index.add(r));
            index.finish(&site.strings);
            docs.complete(outlines);
        }
        // After the search index, which does not need it: the two are never held at once.
        let index = SiteIndex::build(&site.cur, &docs, &site.locale, input.static_files);
        let mut tera = input.tera.clone();
        tera.register_function("t", TranslateFn(site.strings.clone()));
        tera.register_filter("local_date", LocalDateFilter(site.strings.clone()));
        tera.register_filter("list", ListFilter(site.strings.clone()));
        let renderer = Renderer {
            index: &index,
            strings: &site.strings,
            tera: &tera,
            docs: &docs,
            theme: input.theme,
            input,
            emitter: &emitter,
            site,
            sections: site.cur.site.navigation.sections(&site.cur),
            nav_entries: page::NavEntries::default(),
            brand: page::BrandView::new(&site.cur.site.brand),
        };
        let (f, p, r) = renderer.render_all(i == 0);
        files.extend(f);
        problems.extend(p);
        problems.extend(renderer.nav_entries.take_problem());
        references.insert(site.locale.clone(), r);
        anchors.push(docs.anchors());
    }
    if input.scope.is_some() {
        // A scoped render returns only the pages it rendered.
        return SiteOutput { files, problems, references, anchors };
    }
    let base_url = input.locales.first().and_then(|l| l.cur.site.base_url.clone());
    let mut paths = std::mem::take(&mut *emitter.paths.lock().unwrap_or_else(|e| e.into_inner()));
    paths.sort_unstable();
    let sitemap =
        OutputFile { path: "sitemap.xml".into(), bytes: sitemap::sitemap(&paths, base_url.as_deref()).into_bytes() };
    files.extend(emitter.emit(sitemap));
    // The search script and its stemmers only when some locale has search.
    let searched = input.locales.iter().any(|l| l.cur.site.search);
    for (path, bytes) in input.theme.under("assets") {
        if !searched && (path == "search.js" || path.starts_with("search/")) {
            continue;
        }
        files.extend(emitter.emit(OutputFile { path: format!("assets/{path}"), bytes: bytes.to_vec() }));
    }
    // The brand's colours, linked after site.css by every page.
    if let Some(palette) = input.locales.first().and_then(|l| l.cur.site.brand.palette()) {
        files.extend(emitter.emit(OutputFile { path: "assets/brand.css".into(), bytes: palette.css().into_bytes() }));
    }
    // Where browsers and feed readers look for an icon when a page names none.
    if let Some(icon) = input.theme.files.get("assets/favicon.ico") {
        files.extend(emitter.emit(OutputFile { path: "favicon.ico".into(), bytes: icon.clone() }));
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    SiteOutput { files, problems, references, anchors }
}

/// Hands files to the sink, remembering their paths (for the sitemap).
struct Emitter<'a> {
    sink: &'a dyn Sink,
    paths: Mutex<Vec<String>>,
}

impl Emitter<'_> {
    fn emit(&self, file: OutputFile) -> Option<OutputFile> {
        self.paths.lock().unwrap_or_else(|e| e.into_inner()).push(file.path.clone());
        self.sink.put(file)
    }

    fn emit_parts(&self, path: &str, parts: &mut dyn Iterator<Item = Vec<u8>>) -> Option<OutputFile> {
        self.paths.lock().unwrap_or_else(|e| e.into_inner()).push(path.to_string());
        self.sink.put_parts(path, parts)
    }
}

pub(crate) struct Renderer<'a> {
    pub(crate) index: &'a SiteIndex<'a>,
    pub(crate) strings: &'a Strings,
    pub(crate) tera: &'a Tera,
    pub(crate) docs: &'a ParsedDocs<'a>,
    pub(crate) theme: &'a Theme,
    pub(crate) input: &'a SiteInput<'a>,
    emitter: &'a Emitter<'a>,
    pub(crate) site: &'a LocaleSite,
    /// The optional site-wide sections this site has (`navigation:` in site.yaml).
    pub(crate) sections: crate::content::site_config::Sections,
    pub(crate) nav_entries: page::NavEntries,
    /// The site's brand as pages show it (made once: its colours are derived, not read).
    pub(crate) brand: page::BrandView,
}

impl<'a> Renderer<'a> {
    pub(crate) fn locale(&self) -> &str {
        &self.index.locale
    }

    pub(crate) fn tick(&self) {
        if let Some(p) = self.input.progress {
            p.inc(1);
        }
    }

    /// Every page of this locale; the shared root pages too when `is_default`.
    fn render_all(&self, is_default: bool) -> (Vec<OutputFile>, Vec<Diagnostic>, Vec<Reference>) {
        if let Some((scope, previous)) = self.input.scope {
            let references = previous.references.get(&self.site.locale).map(Vec::as_slice).unwrap_or(&[]);
            return self.render_scope(scope, references);
        }
        let cur = self.index.cur;
        let mut jobs: Vec<Job> = vec![Job::Home, Job::Manifest];
        if self.sections.case_library {
            jobs.push(Job::Cases);
        }
        // The glossary page holds the terms that links point to, even when the header does not
        // link it.
        if self.sections.glossary || !cur.terms.is_empty() {
            jobs.push(Job::Glossary);
        }
        if cur.site.search {
            jobs.push(Job::Search);
        }
        if self.input.locales.len() > 1 {
            jobs.push(Job::Status);
        }
        if is_default {
            jobs.extend([Job::NotFound, Job::Root]);
        }
        for (ci, course) in cur.courses.iter().enumerate() {
            jobs.push(Job::Course(ci));
            // The print job renders the chapter pages too, from the parses it prints them from.
            jobs.push(Job::Print { course: ci, with_chapter_pages: true });
            if course.setup.is_some() {
                jobs.push(Job::Setup(ci));
            }
            if self.input.edition == crate::text::markdown::Edition::Facilitator {
                jobs.push(Job::FacilitatorGuide(ci));
            }
            if figures::has_figures(self, ci) {
                jobs.push(Job::Figures(ci));
            }
            let days = course.agenda.as_ref().map_or(0, |a| a.days.len());
            jobs.extend((0..days).map(|d| Job::Day(ci, d)));
        }
        jobs.extend((0..cur.quizzes.len()).map(Job::Quiz));
        jobs.extend((0..cur.worksheets.len()).map(Job::Worksheet));
        jobs.extend((0..cur.assessments.len()).map(Job::Assessment));
        jobs.extend((0..cur.frameworks.len()).map(Job::Framework));
        jobs.extend((0..cur.decks.len()).map(Job::Deck));
        jobs.extend((0..cur.deliveries.len()).map(Job::Event));
        jobs.extend((0..cur.decks.len()).map(Job::DeckHandout));

        if let Some(p) = self.input.progress {
            let chapters: usize = cur.courses.iter().map(|c| c.chapters.len()).sum();
            p.inc_length((jobs.len() + chapters + cur.cases.len()) as u64);
        }
        // Chapters first: their links tell case pages where each case is used.
        let results: Vec<(Vec<OutputFile>, Vec<Diagnostic>, Vec<Reference>)> =
            jobs.par_iter().map(|job| self.render_job(job)).inspect(|_| self.tick()).collect();
        let mut files = Vec::new();
        let mut problems = Vec::new();
        let mut references: Vec<Reference> = Vec::new();
        for (file, p, refs) in results {
            files.extend(file);
            problems.extend(p);
            references.extend(refs);
        }
        let used_in = case::case_usage(self, &references);
        // Chapters that failed to load may use the case: only a complete curriculum can tell.
        if is_default && cur.is_complete() {
            for case in cur.cases.iter().filter(|c| !used_in.contains_key(&c.meta.id)) {
                problems.push(
                    Diagnostic::warning(&case.path, 1, 1, format!("no chapter uses case study `{}`", case.meta.id))
                        .with_hint("add its id to a chapter's `cases:` list, or link it from a chapter with `case:ID`"),
                );
            }
        }
        let cases: Vec<(Option<OutputFile>, Vec<Diagnostic>)> = (0..cur.cases.len())
            .into_par_iter()
            .map(|i| case::render_case(self, i, &used_in))
            .map(|(file, p)| (file.and_then(|f| self.emitter.emit(f)), p))
            .inspect(|_| self.tick())
            .collect();
        for (file, p) in cases {
            files.extend(file);
            problems.extend(p);
        }
        (files, problems, references)
    }

    /// Re-renders only the pages in `scope`: the edited chapters, cases and decks, the cases
    /// those chapters cite (their "used in" lists may change), decks showing an edited case, and
    /// the glossary when a term changed.
    fn render_scope(
        &self,
        scope: &Scope,
        previous: &[Reference],
    ) -> (Vec<OutputFile>, Vec<Diagnostic>, Vec<Reference>) {
        let cur = self.index.cur;
        let books_only = scope.books == Books::Only;
        let mut jobs = Vec::new();
        for (ci, course) in cur.courses.iter().enumerate() {
            let (mut sections_changed, mut figures_changed) = (false, false);
            for (i, ch) in course.chapters.iter().enumerate() {
                if scope.chapters.contains(&ch.meta.id) && !books_only {
                    jobs.push(Job::Chapter(ci, i));
                    sections_changed |= self.docs.chapter_headings_changed(ci, i);
                    figures_changed |= self.docs.chapter_items_changed(ci, i);
                }
            }
            // The course page's syllabus lists every chapter's sections, and links the list of
            // figures when there are figures.
            if sections_changed || figures_changed {
                jobs.push(Job::Course(ci));
            }
            // The print book shows every chapter, case and term of the course.
            let in_book = |c: &crate::content::Chapter| {
                scope.chapters.contains(&c.meta.id)
                    || scope.cases.iter().any(|id| c.meta.cases.contains(id) || c.body.contains(&format!("case:{id}")))
            };
            if scope.books != Books::Without && (scope.glossary || course.chapters.iter().any(in_book)) {
                jobs.push(Job::Print { course: ci, with_chapter_pages: false });
            }
            if figures_changed && figures::has_figures(self, ci) {
                jobs.push(Job::Figures(ci));
            }
        }
        if books_only {
            let results: Vec<_> = jobs.par_iter().map(|job| self.render_job(job)).collect();
            let (files, problems): (Vec<_>, Vec<_>) = results.into_iter().map(|(f, p, _)| (f, p)).unzip();
            return (files.concat(), problems.concat(), previous.to_vec());
        }
        let mut decks: BTreeSet<&str> = scope.decks.iter().map(String::as_str).collect();
        for (i, d) in cur.decks.iter().enumerate() {
            if scope.cases.iter().any(|c| d.body.contains(&format!("case:{c}"))) {
                decks.insert(&d.meta.id);
            }
            if decks.contains(d.meta.id.as_str()) {
                jobs.extend([Job::Deck(i), Job::DeckHandout(i)]);
            }
        }
        if scope.glossary {
            jobs.push(Job::Glossary);
        }
        if scope.status && self.input.locales.len() > 1 {
            jobs.push(Job::Status);
        }
        let results: Vec<(Vec<OutputFile>, Vec<Diagnostic>, Vec<Reference>)> =
            jobs.par_iter().map(|job| self.render_job(job)).collect();
        let mut files = Vec::new();
        let mut problems = Vec::new();
        let mut fresh = Vec::new();
        for (file, p, refs) in results {
            files.extend(file);
            problems.extend(p);
            fresh.extend(refs);
        }
        // The other chapters' references are as they were.
        let mut references: Vec<Reference> =
            previous.iter().filter(|r| !scope.chapters.contains(&r.chapter)).cloned().collect();
        let mut cases: BTreeSet<&str> = scope.cases.iter().map(String::as_str).collect();
        for r in previous.iter().chain(&fresh).filter(|r| scope.chapters.contains(&r.chapter)) {
            cases.insert(&r.case);
        }
        references.extend(fresh.iter().cloned());
        let used_in = case::case_usage(self, &references);
        let rendered: Vec<(Option<OutputFile>, Vec<Diagnostic>)> = cur
            .cases
            .par_iter()
            .enumerate()
            .filter(|(_, c)| cases.contains(c.meta.id.as_str()))
            .map(|(i, _)| case::render_case(self, i, &used_in))
            .map(|(file, p)| (file.and_then(|f| self.emitter.emit(f)), p))
            .collect();
        for (file, p) in rendered {
            files.extend(file);
            problems.extend(p);
        }
        (files, problems, references)
    }

    /// Renders one page (the print job: and the chapter pages) and hands it to the sink; returns
    /// what the sink gives back.
    fn render_job(&self, job: &Job) -> (Vec<OutputFile>, Vec<Diagnostic>, Vec<Reference>) {
        let mut problems = Vec::new();
        let mut references = Vec::new();
        let file = match *job {
            Job::Home => home::render_home(self, &mut problems),
            Job::Status => home::render_status(self, &mut problems),
            Job::Root => home::render_root(self, &mut problems),
            Job::NotFound => home::render_404(self, &mut problems),
            Job::Manifest => home::render_manifest(self, &mut problems),
            Job::Cases => case::render_case_index(self, &mut problems),
            Job::Glossary => glossary::render_glossary(self, &mut problems),
            Job::Search => search::render_search(self, &mut problems),
            // These two emit themselves part by part as they are rendered (`emit_framed`): a long
            // course's syllabus and book are never held whole.
            Job::Course(ci) => {
                return (course::render_course(self, ci, &mut problems).into_iter().collect(), problems, references)
            }
            Job::Print { course, with_chapter_pages } => {
                let mut pages = with_chapter_pages.then(crate::output::print::ChapterPages::default);
                let book = crate::output::print::render_print(self, course, pages.as_mut(), &mut problems);
                let mut files: Vec<OutputFile> = book.into_iter().collect();
                if let Some(pages) = pages {
                    files.extend(pages.files);
                    problems.extend(pages.problems);
                    references.extend(pages.references);
                }
                return (files, problems, references);
            }
            Job::FacilitatorGuide(ci) => guide::render_guide(self, ci, &mut problems),
            Job::Figures(ci) => figures::render_figures(self, ci, &mut problems),
            Job::Setup(ci) => setup::render_setup(self, ci, &mut problems),
            Job::Chapter(ci, i) => chapter::render_chapter(self, ci, i, &mut problems, &mut references),
            Job::Quiz(i) => activity::render_activity_page(
                self,
                activity::ActivityRef::Quiz(&self.index.cur.quizzes[i]),
                &mut problems,
            ),
            Job::Worksheet(i) => activity::render_activity_page(
                self,
                activity::ActivityRef::Worksheet(&self.index.cur.worksheets[i]),
                &mut problems,
            ),
            Job::Framework(i) => activity::render_activity_page(
                self,
                activity::ActivityRef::Framework(&self.index.cur.frameworks[i]),
                &mut problems,
            ),
            Job::Deck(i) => deck::render_deck(self, i, false, &mut problems),
            Job::DeckHandout(i) => deck::render_deck(self, i, true, &mut problems),
            Job::Day(ci, d) => agenda::render_day(self, ci, d, &mut problems),
            // The page and its calendar file.
            Job::Event(i) => {
                let files = event::render_event(self, i, &mut problems);
                return (files.into_iter().filter_map(|f| self.emitter.emit(f)).collect(), problems, references);
            }
            Job::Assessment(i) => activity::render_activity_page(
                self,
                activity::ActivityRef::Assessment(&self.index.cur.assessments[i]),
                &mut problems,
            ),
        };
        (file.and_then(|f| self.emitter.emit(f)).into_iter().collect(), problems, references)
    }

    /// Hands a finished page to the sink.
    pub(crate) fn emit_file(&self, file: OutputFile) -> Option<OutputFile> {
        self.emitter.emit(file)
    }

    /// Hands a page given in parts to the sink (see [`Sink::put_parts`]).
    pub(crate) fn emit_parts(&self, path: &str, parts: &mut dyn Iterator<Item = Vec<u8>>) -> Option<OutputFile> {
        self.emitter.emit_parts(path, parts)
    }
}

enum Job {
    Home,
    Status,
    Root,
    NotFound,
    Manifest,
    Cases,
    Glossary,
    Search,
    Course(usize),
    /// A course's print book, and in a full build its chapter pages (see `render_print`).
    Print {
        course: usize,
        with_chapter_pages: bool,
    },
    /// The facilitator edition's guide to a course.
    FacilitatorGuide(usize),
    /// The list of a course's figures.
    Figures(usize),
    /// A course's setup page.
    Setup(usize),
    Chapter(usize, usize),
    Quiz(usize),
    Worksheet(usize),
    Assessment(usize),
    Framework(usize),
    Deck(usize),
    DeckHandout(usize),
    Day(usize, usize),
    Event(usize),
}

/// A chapter's use of a case: from its `cases:` list or a link in a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub case: String,
    pub chapter: String,
    /// Number of the section that links the case, if it is linked from the text.
    pub number: Option<String>,
}

/// The pages to re-render after an edit that changed only the text of some documents (not their
/// metadata): everything else on the site is unchanged, so `serve` keeps its previous output.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub chapters: BTreeSet<String>,
    pub cases: BTreeSet<String>,
    pub decks: BTreeSet<String>,
    pub glossary: bool,
    /// The translation status page (its word counts follow the source text).
    pub status: bool,
    /// Which of the scope's pages: the print books are the slowest (each holds its whole
    /// course), so `serve` publishes the rest first and renders them after.
    pub books: Books,
}

/// The print books of a [`Scope`]: rendered with its other pages, left out, or alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Books {
    #[default]
    With,
    Without,
    Only,
}

/// Case references of every chapter, per locale.
pub type References = BTreeMap<String, Vec<Reference>>;

/// What a scoped render needs from the last render: the chapters' case references and the
/// documents' headings and labels, per locale.
#[derive(Debug, Clone, Default)]
pub struct Previous {
    pub references: References,
    pub anchors: Vec<KnownAnchors>,
}
