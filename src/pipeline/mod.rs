//! The pipeline: load → check references → render → write atomically.

mod durations;
pub(crate) mod load;
pub(crate) mod resolve;
pub(crate) mod write;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::content::Curriculum;
use crate::diagnostic::{count_errors, display_path, normalize, Diagnostic};
use crate::i18n::translate::{self, LocaleFiles};
use crate::i18n::{self, Strings};
use crate::output::site::{self as render, Keep, LocaleSite, OutputFile, Sink, SiteInput};
use crate::theme::Theme;

pub const STATIC_DIR: &str = "static";

/// What a successful build produced.
#[derive(Debug)]
pub struct BuildReport {
    pub pages: usize,
    pub files: usize,
    pub out: PathBuf,
    /// Warnings (a build with errors does not succeed).
    pub warnings: Vec<Diagnostic>,
}

/// The rendered site, with every problem found; nothing written.
pub(crate) struct Rendered {
    /// The files the sink kept (every file with [`Keep`], none for a build or a check).
    pub files: Vec<OutputFile>,
    /// What a later scoped render of this site needs (case references, headings and labels).
    #[cfg_attr(not(feature = "serve"), allow(dead_code))] // kept for serve's next edit
    pub previous: render::Previous,
    pub problems: Vec<Diagnostic>,
    /// The loaded site this was rendered from (absent when loading failed, which is an error);
    /// its `static_files` are the files to copy.
    pub prepared: Option<Prepared>,
}

/// Everything rendering needs, loaded and checked: what `serve` keeps between edits so that
/// an edit of one document's text does not reload the whole curriculum.
pub(crate) struct Prepared {
    /// Every locale's curriculum and strings, the default locale first.
    pub sites: Vec<LocaleSite>,
    pub statuses: Vec<translate::LocaleStatus>,
    /// Each locale's translated files (the default locale's is empty), for recomputing statuses.
    #[cfg_attr(not(feature = "serve"), allow(dead_code))] // serve recomputes statuses from them
    pub locale_files: Vec<LocaleFiles>,
    pub theme: Theme,
    pub tera: tera::Tera,
    pub static_files: BTreeSet<String>,
}

/// Every problem a build of the site under `root` would find, sorted; nothing is written.
pub fn check(root: &Path) -> Vec<Diagnostic> {
    render(root).problems
}

/// Runs every check and renders the site without writing or keeping anything (`check`).
pub(crate) fn render(root: &Path) -> Rendered {
    render_into(root, &Options::default(), &Discard)
}

/// Drops every file: a check needs only the problems.
struct Discard;

impl Sink for Discard {
    fn put(&self, _file: OutputFile) -> Option<OutputFile> {
        None
    }

    fn put_parts(&self, _path: &str, parts: &mut dyn Iterator<Item = Vec<u8>>) -> Option<OutputFile> {
        parts.for_each(drop);
        None
    }
}

/// How a build reports on itself.
#[derive(Default)]
pub struct Options {
    /// Show a progress bar (drawn only on a terminal).
    pub progress: bool,
    /// Collect the time each phase took.
    pub timings: Option<std::sync::Mutex<Vec<(&'static str, std::time::Duration)>>>,
    /// Render only these pages, given what the previous render knew (`serve`).
    pub scope: Option<(render::Scope, render::Previous)>,
    /// Which edition to build: for learners (the default) or for facilitators.
    pub edition: crate::text::markdown::Edition,
}

impl Options {
    fn time(&self, phase: &'static str, started: std::time::Instant) {
        if let Some(t) = &self.timings {
            t.lock().unwrap_or_else(|e| e.into_inner()).push((phase, started.elapsed()));
        }
    }
}

/// [`render`] with progress and timings, plus the site's PDFs when it asks for them
/// (`pdf: true`): every file of a build, in memory (what an offline copy packs).
pub(crate) fn render_with_pdfs(root: &Path, options: &Options) -> Rendered {
    let mut rendered = render_into(root, options, &Keep);
    add_pdfs(root, options, &mut rendered, &Keep);
    rendered
}

/// [`render`] with options: every check, no file kept (what `pdf` needs before typesetting).
#[cfg(feature = "pdf")]
pub(crate) fn check_with(root: &Path, options: &Options) -> Rendered {
    render_into(root, options, &Discard)
}

/// [`render`] with progress and timings, handing each file to `sink` as it is rendered (`serve`
/// stores them).
pub(crate) fn render_into(root: &Path, options: &Options, sink: &dyn Sink) -> Rendered {
    let (prepared, mut problems) = prepare(root, options);
    let Some(prepared) = prepared else {
        normalize(&mut problems);
        return Rendered { files: Vec::new(), previous: Default::default(), problems, prepared: None };
    };
    let mut rendered = render_prepared_into(prepared, options, sink);
    problems.append(&mut rendered.problems);
    rendered.problems = problems;
    normalize(&mut rendered.problems);
    rendered
}

/// Loads, checks and localizes the site and compiles its templates. `None` when nothing can be
/// rendered (the problems say why).
pub(crate) fn prepare(root: &Path, options: &Options) -> (Option<Prepared>, Vec<Diagnostic>) {
    let started = std::time::Instant::now();
    let (curriculum, mut problems) = load::load(root);
    problems.extend(crate::source::symbolic_links(root));
    let static_files = list_static(root);
    options.time("load and validate", started);
    let Some(cur) = curriculum else {
        return (None, problems);
    };
    problems.extend(resolve::check_references(&cur));
    problems.extend(durations::check_durations(&cur));
    // Reported by `site_config::validate`: every locale's pages are made from this one's.
    if !i18n::is_locale_code(&cur.site.default_locale) {
        return (None, problems);
    }
    let theme = match Theme::load(root, &cur.site.theme) {
        Ok(theme) => theme,
        Err(d) => {
            problems.push(d);
            return (None, problems);
        }
    };
    let started = std::time::Instant::now();
    // Where the sources have errors: their translations are not also reported as differing there.
    let mut source_errors = translate::SourceErrors::new();
    for d in problems.iter().filter(|d| d.is_error()) {
        source_errors.entry(d.file.clone()).or_default().insert(d.line);
    }
    let (sites, locale_files, p) = localize(root, cur, &theme, &source_errors);
    problems.extend(p);
    options.time("translations", started);
    let statuses = translate::statuses(&sites[0].cur, locale_files.iter().skip(1));
    match render::compile_templates(&theme) {
        Err(p) => {
            problems.extend(p);
            (None, problems)
        }
        Ok(tera) => (Some(Prepared { sites, statuses, locale_files, theme, tera, static_files }), problems),
    }
}

/// Renders a prepared site (only `options.scope` when given), keeping every file in memory.
/// The problems are not sorted.
pub(crate) fn render_prepared(prepared: Prepared, options: &Options) -> Rendered {
    render_prepared_into(prepared, options, &Keep)
}

/// [`render_prepared`], handing each file to `sink` as it is rendered.
pub(crate) fn render_prepared_into(prepared: Prepared, options: &Options, sink: &dyn Sink) -> Rendered {
    let started = std::time::Instant::now();
    let bar = options.progress.then(|| {
        let bar = indicatif::ProgressBar::with_draw_target(Some(0), indicatif::ProgressDrawTarget::stderr());
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} rendering {pos}/{len} pages {wide_bar}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    // With items that failed to load, pages that use a file may be missing: no false alarms.
    let complete = prepared.sites.first().is_none_or(|site| site.cur.is_complete());
    let scan = (options.scope.is_none() && complete).then(|| StaticUse::new(&prepared.static_files, sink));
    let input = SiteInput {
        locales: &prepared.sites,
        statuses: &prepared.statuses,
        theme: &prepared.theme,
        tera: &prepared.tera,
        static_files: &prepared.static_files,
        progress: bar.as_ref(),
        scope: options.scope.as_ref().map(|(s, p)| (s, p)),
        edition: options.edition,
        sink: scan.as_ref().map_or(sink, |scan| scan as &dyn Sink),
    };
    let output = render::render_site(&input);
    let mut problems = output.problems;
    if let Some(scan) = scan {
        problems.extend(scan.unused());
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    options.time("render", started);
    Rendered {
        files: output.files,
        previous: render::Previous { references: output.references, anchors: output.anchors },
        problems,
        prepared: Some(prepared),
    }
}

/// Every locale of the site (the default first) with its curriculum as that locale shows it
/// and its UI strings, plus each locale's translated files (for the status report). Takes the
/// curriculum, which becomes the default locale's: one copy fewer held at once.
pub(crate) fn localize(
    root: &Path,
    cur: Curriculum,
    theme: &Theme,
    source_errors: &translate::SourceErrors,
) -> (Vec<LocaleSite>, Vec<LocaleFiles>, Vec<Diagnostic>) {
    let (codes, mut problems) = i18n::site_locales(root, &cur.site);
    let sources = translate::source_paths(&cur);
    let mut overrides: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut files: Vec<LocaleFiles> = Vec::new();
    for code in &codes {
        let strings_path = root.join(translate::LOCALES_DIR).join(code).join(translate::STRINGS_FILE);
        if strings_path.is_file() {
            match crate::source::read_file(root, &strings_path) {
                Ok(file) => {
                    overrides.insert(code.clone(), (file.path, file.text));
                }
                Err(problem) => problems.push(problem),
            }
        }
        let (f, p) = if code == &cur.site.default_locale {
            (LocaleFiles { locale: code.clone(), ..Default::default() }, Vec::new())
        } else {
            translate::read_locale(root, code, &sources)
        };
        problems.extend(p);
        files.push(f);
    }
    let mut source = cur;
    mark_source(&mut source);
    // Per locale: name, strings and curriculum (`None` for the default locale's, the source).
    let mut made = Vec::new();
    for code in &codes {
        let chain = i18n::fallback_chain(code, &source.site);
        let (strings, p) = Strings::load(theme, &chain, &overrides);
        problems.extend(p);
        let localized = if code == &source.site.default_locale {
            // Moved in once the other locales are made from it.
            None
        } else {
            let missing = i18n::missing_messages(theme, &source.site.default_locale, &strings);
            if !missing.is_empty() {
                let theme_file = format!("strings/{code}.ftl");
                let file = match overrides.get(code) {
                    Some((path, _)) => path.clone(),
                    None if theme.files.contains_key(&theme_file) => theme.origin(&theme_file),
                    None => format!("locales/{code}/{}", translate::STRINGS_FILE),
                };
                let shown: Vec<&str> = missing.iter().take(6).map(String::as_str).collect();
                let more = if missing.len() > 6 { ", ..." } else { "" };
                problems.push(
                    Diagnostic::warning(file, 0, 0, format!("{} UI strings are not translated into `{code}` and show in the fallback language: {}{more}", missing.len(), shown.join(", ")))
                        .with_hint("translate them in this file (Fluent syntax); the English originals are in themes/default/strings/en.ftl"),
                );
            }
            // Translations apply along the chain: pt-BR shows pt's translation before English.
            let chain_files: Vec<&LocaleFiles> =
                chain.iter().filter_map(|c| files.iter().find(|f| &f.locale == c)).collect();
            let (c, p) = translate::localize(&source, &chain_files, source_errors);
            problems.extend(p);
            Some(c)
        };
        let name = if strings.has_own("language-name") { strings.get("language-name") } else { code.clone() };
        made.push((code.clone(), name, localized, strings));
    }
    let mut source = Some(source);
    let sites = (made.into_iter())
        .filter_map(|(locale, name, localized, strings)| {
            Some(LocaleSite { locale, name, cur: localized.or_else(|| source.take())?, strings })
        })
        .collect();
    (sites, files, problems)
}

/// Marks every document of the source curriculum as source text in the default locale.
fn mark_source(cur: &mut Curriculum) {
    let lang = cur.site.default_locale.clone();
    let set = |o: &mut crate::content::Origin| o.lang = lang.clone();
    for course in &mut cur.courses {
        set(&mut course.doc.origin);
        course.chapters.iter_mut().for_each(|c| set(&mut c.origin));
    }
    cur.cases.iter_mut().for_each(|c| set(&mut c.origin));
    cur.terms.iter_mut().for_each(|c| set(&mut c.origin));
    cur.quizzes.iter_mut().for_each(|c| set(&mut c.origin));
    cur.worksheets.iter_mut().for_each(|c| set(&mut c.origin));
    cur.assessments.iter_mut().for_each(|c| set(&mut c.origin));
    cur.decks.iter_mut().for_each(|c| set(&mut c.origin));
    cur.frameworks.iter_mut().for_each(|c| set(&mut c.origin));
    cur.deliveries.iter_mut().for_each(|c| set(&mut c.origin));
}

/// Why a build did not produce a site.
#[derive(Debug)]
pub enum BuildError {
    /// Content problems (exit code 1): every problem of the run, warnings included. Nothing was
    /// written.
    Content(Vec<Diagnostic>),
    /// The output folder was refused, or writing failed (exit code 2). `written` says whether the
    /// new site is in place anyway (only its cleanup failed).
    Output { problem: Diagnostic, written: bool, warnings: Vec<Diagnostic> },
}

impl BuildError {
    /// Every problem to show.
    pub fn problems(&self) -> Vec<Diagnostic> {
        match self {
            BuildError::Content(p) => p.clone(),
            BuildError::Output { problem, warnings, .. } => {
                warnings.iter().cloned().chain(std::iter::once(problem.clone())).collect()
            }
        }
    }
}

/// Builds the site under `root` into `out`. On any error, nothing is written and the previous
/// output stays as it was.
pub fn build(root: &Path, out: &Path) -> Result<BuildReport, BuildError> {
    build_with(root, out, &Options::default())
}

/// [`build`] with progress and timings.
pub fn build_with(root: &Path, out: &Path, options: &Options) -> Result<BuildReport, BuildError> {
    // Checked before anything else: no setting or flag makes a build replace sources.
    if let Some(problem) = write::refuse_output(root, out) {
        return Err(BuildError::Output { problem, written: false, warnings: Vec::new() });
    }
    // Pages go into the staging folder as they are rendered; with errors it is removed again.
    let staging = write::Staging::new(out);
    let sink = write::StagingSink::new(&staging);
    let mut rendered = render_into(root, options, &sink);
    add_pdfs(root, options, &mut rendered, &sink);
    if count_errors(&rendered.problems) > 0 {
        return Err(BuildError::Content(rendered.problems));
    }
    let (written_files, pages) = sink.counts();
    let statics: Vec<(String, PathBuf)> =
        (rendered.prepared.iter()).flat_map(|p| &p.static_files).map(|p| (p.clone(), root.join(p))).collect();
    let files = written_files + statics.len();
    let started = std::time::Instant::now();
    let written = match sink.failure() {
        Some(e) => Err(write::WriteError::NothingWritten(e)),
        None => staging.finish(&statics),
    };
    options.time("write", started);
    let shown = out.display().to_string();
    match written {
        Ok(()) => Ok(BuildReport { pages, files, out: out.to_path_buf(), warnings: rendered.problems }),
        Err(write::WriteError::NothingWritten(e)) => Err(BuildError::Output {
            problem: Diagnostic::error(shown, 0, 0, format!("cannot write the site: {e}")).with_hint(
                "check that the output folder's parent exists and is writable; the previous site is unchanged",
            ),
            written: false,
            warnings: rendered.problems,
        }),
        Err(write::WriteError::Leftover(path, e)) => {
            let mut warnings = rendered.problems;
            warnings.push(
                Diagnostic::warning(
                    display_path(root, &path),
                    0,
                    0,
                    format!("the previous site could not be removed: {e}"),
                )
                .with_hint("the new site is in place; delete this folder by hand"),
            );
            Ok(BuildReport { pages, files, out: out.to_path_buf(), warnings })
        }
    }
}

/// The PDF of every course in every locale when the site asks for them (`pdf: true`), handed to
/// `sink` as files of the site next to each course page (after the pages: a site with errors
/// gets none).
fn add_pdfs(root: &Path, options: &Options, rendered: &mut Rendered, sink: &dyn Sink) {
    let wanted = rendered.prepared.as_ref().is_some_and(|p| p.sites.first().is_some_and(|s| s.cur.site.pdf));
    if !wanted || count_errors(&rendered.problems) > 0 {
        return;
    }
    // Without the feature, `pdf: true` is an error of site.yaml (see site_config).
    #[cfg(feature = "pdf")]
    if let Some(prepared) = &rendered.prepared {
        let started = std::time::Instant::now();
        let fonts = crate::output::pdf::fonts::Fonts::load(&[], true);
        let request = crate::output::pdf::Request { edition: options.edition, ..Default::default() };
        let (made, mut problems) = crate::output::pdf::make(root, prepared, &request, &fonts);
        for m in made {
            let file = OutputFile { path: crate::output::print::pdf_url(&m.locale, &m.course), bytes: m.bytes };
            rendered.files.extend(sink.put(file));
        }
        rendered.files.sort_by(|a, b| a.path.cmp(&b.path));
        rendered.problems.append(&mut problems);
        normalize(&mut rendered.problems);
        options.time("pdf", started);
    }
    #[cfg(not(feature = "pdf"))]
    let _ = (root, options, sink);
}

/// Finds the static files that no page refers to (often a leftover, or a typo in the referring
/// page), looking at each HTML and CSS file on its way to the sink.
struct StaticUse<'a> {
    sink: &'a dyn Sink,
    files: Vec<(&'a str, memchr::memmem::Finder<'a>)>,
    used: Vec<AtomicBool>,
}

impl<'a> StaticUse<'a> {
    fn new(statics: &'a BTreeSet<String>, sink: &'a dyn Sink) -> StaticUse<'a> {
        let files: Vec<_> = statics
            .iter()
            .filter(|path| !path.ends_with("README.md"))
            .map(|path| (path.as_str(), memchr::memmem::Finder::new(path.as_bytes())))
            .collect();
        let used = files.iter().map(|_| AtomicBool::new(false)).collect();
        StaticUse { sink, files, used }
    }

    fn unused(&self) -> Vec<Diagnostic> {
        (self.files.iter().zip(&self.used))
            .filter(|(_, used)| !used.load(Ordering::Relaxed))
            .map(|((path, _), _)| {
                Diagnostic::warning(*path, 0, 0, "no page uses this file")
                    .with_hint("link or embed it from a page, or delete it if it is not needed")
            })
            .collect()
    }
}

impl StaticUse<'_> {
    fn scan(&self, path: &str, bytes: &[u8]) {
        if path.ends_with(".html") || path.ends_with(".css") {
            for ((_, finder), used) in self.files.iter().zip(&self.used) {
                if !used.load(Ordering::Relaxed) && finder.find(bytes).is_some() {
                    used.store(true, Ordering::Relaxed);
                }
            }
        }
    }
}

impl Sink for StaticUse<'_> {
    fn put(&self, file: OutputFile) -> Option<OutputFile> {
        self.scan(&file.path, &file.bytes);
        self.sink.put(file)
    }

    fn put_parts(&self, path: &str, parts: &mut dyn Iterator<Item = Vec<u8>>) -> Option<OutputFile> {
        // Parts end between elements, so no link is split between two of them.
        let mut scanned = parts.inspect(|part| self.scan(path, part));
        self.sink.put_parts(path, &mut scanned)
    }
}

/// Root-relative paths of the files under `static/`, sorted.
fn list_static(root: &Path) -> BTreeSet<String> {
    let dir = root.join(STATIC_DIR);
    if !dir.is_dir() {
        return BTreeSet::new();
    }
    walkdir::WalkDir::new(&dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| display_path(root, e.path()))
        .collect()
}
