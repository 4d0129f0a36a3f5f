//! Rendering: turns the loaded curriculum and the theme into output files (path + bytes).
//! Invariant: rendering never reads the file system; everything it needs is passed in.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::content::assessment::Assessment;
use crate::content::quiz::{Question, QuestionKind, Quiz};
use crate::content::worksheet::{BlockKind, Worksheet};
use crate::content::{Case, Curriculum, Duration, Origin, TranslationState};
use crate::diagnostic::Diagnostic;
use crate::i18n::translate::LocaleStatus;
use crate::i18n::{direction, Strings};
use crate::pipeline::resolve::{urls, KnownHeadings, ParsedDocs, SiteIndex};
use crate::text::markdown::{self, escape, RenderContext, Resolver, Target};
use crate::theme::compact::compact_template;
use crate::theme::Theme;

/// One file of the finished site, path relative to the output root.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Template names every theme provides.
const TEMPLATES: &[&str] = &[
    "home.html",
    "course.html",
    "chapter.html",
    "case.html",
    "cases.html",
    "glossary.html",
    "activity.html",
    "404.html",
    "root.html",
    "status.html",
    "deck.html",
    "day.html",
    "event.html",
];

/// Compiles the theme's templates once. A broken template is reported with its file.
pub fn compile_templates(theme: &Theme) -> Result<Tera, Vec<Diagnostic>> {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    // Tera's default also escapes `/` (as `&#x2F;`), which bloats every URL; inside quoted
    // attributes and text these five characters are all that need escaping.
    tera.set_escape_fn(escape);
    let sources: Vec<(String, String)> = theme
        .under("templates")
        .filter_map(|(name, bytes)| std::str::from_utf8(bytes).ok().map(|t| (name.to_string(), compact_template(t))))
        .collect();
    if let Err(e) = tera.add_raw_templates(sources) {
        return Err(vec![template_error(theme, &e)]);
    }
    let missing: Vec<Diagnostic> = TEMPLATES
        .iter()
        .filter(|t| !tera.get_template_names().any(|n| n == **t))
        .map(|t| {
            Diagnostic::error(format!("themes/default/templates/{t}"), 0, 0, "the theme has no such template")
                .with_hint("restore the template or remove the overriding theme folder")
        })
        .collect();
    if missing.is_empty() {
        Ok(tera)
    } else {
        Err(missing)
    }
}

fn template_error(theme: &Theme, e: &tera::Error) -> Diagnostic {
    use std::error::Error;
    let mut message = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    let file = message
        .split('\'')
        .nth(1)
        .filter(|n| theme.files.contains_key(&format!("templates/{n}")))
        .map(|n| theme.origin(&format!("templates/{n}")))
        .unwrap_or_else(|| "themes".into());
    Diagnostic::error(file, 0, 0, format!("template error: {message}"))
        .with_hint("fix the template in your theme override")
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
}

/// What rendering the site produced.
pub struct SiteOutput {
    pub files: Vec<OutputFile>,
    pub problems: Vec<Diagnostic>,
    /// Case references of every chapter per locale, for a later scoped render.
    pub references: References,
    /// Per locale (in `locales` order), the headings of the documents parsed, for a later
    /// scoped render.
    pub headings: Vec<KnownHeadings>,
}

/// Renders every page of the site in every locale, plus the shared files.
pub fn render_site(input: &SiteInput<'_>) -> SiteOutput {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut references = References::new();
    let mut headings = Vec::new();
    for (i, site) in input.locales.iter().enumerate() {
        let docs = match input.scope {
            // Only what the scope shows is parsed; the index takes the rest from the last build.
            Some((_, previous)) => ParsedDocs::lazy(&site.cur, previous.headings.get(i)),
            None => ParsedDocs::parse(&site.cur),
        };
        let index = SiteIndex::build(&site.cur, &docs, &site.locale, input.static_files);
        let mut tera = input.tera.clone();
        tera.register_function("t", TranslateFn(site.strings.clone()));
        let renderer = Renderer {
            index: &index,
            strings: &site.strings,
            tera: &tera,
            docs: &docs,
            theme: input.theme,
            input,
            site,
        };
        let (f, p, r) = renderer.render_all(i == 0);
        files.extend(f);
        problems.extend(p);
        references.insert(site.locale.clone(), r);
        headings.push(docs.headings());
    }
    if input.scope.is_some() {
        // A scoped render returns only the pages it rendered.
        return SiteOutput { files, problems, references, headings };
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let base_url = input.locales.first().and_then(|l| l.cur.site.base_url.clone());
    files.push(OutputFile { path: "sitemap.xml".into(), bytes: sitemap(&files, base_url.as_deref()).into_bytes() });
    for (path, bytes) in input.theme.under("assets") {
        files.push(OutputFile { path: format!("assets/{path}"), bytes: bytes.to_vec() });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    SiteOutput { files, problems, references, headings }
}

struct TranslateFn(Strings);

impl tera::Function for TranslateFn {
    /// `t(key="...")`, with optional arguments passed to the message: `t(key="x", count=3)`
    /// chooses the plural form; any other named argument fills the placeable of that name.
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args.get("key").and_then(|v| v.as_str()).ok_or_else(|| tera::Error::msg("t() needs key=\"...\""))?;
        let mut fluent_args = fluent_bundle::FluentArgs::new();
        let mut names: Vec<&String> = args.keys().filter(|k| k.as_str() != "key").collect();
        names.sort();
        for name in names {
            match &args[name] {
                tera::Value::Number(n) if n.is_i64() => fluent_args.set(name.as_str(), n.as_i64().unwrap_or(0)),
                tera::Value::Number(n) => fluent_args.set(name.as_str(), n.as_f64().unwrap_or(0.0)),
                other => fluent_args
                    .set(name.as_str(), other.as_str().map(str::to_string).unwrap_or_else(|| other.to_string())),
            }
        }
        Ok(tera::Value::String(self.0.format(key, Some(&fluent_args))))
    }
    fn is_safe(&self) -> bool {
        false
    }
}

struct Renderer<'a> {
    index: &'a SiteIndex<'a>,
    strings: &'a Strings,
    tera: &'a Tera,
    docs: &'a ParsedDocs<'a>,
    theme: &'a Theme,
    input: &'a SiteInput<'a>,
    site: &'a LocaleSite,
}

/// Resolves links for one page: the index plus this page's position, for relative URLs.
struct PageResolver<'r, 'a> {
    r: &'r Renderer<'a>,
}

impl Resolver for PageResolver<'_, '_> {
    fn resolve(&self, kind: &str, id: &str) -> Option<Target> {
        self.r.index.target(kind, id)
    }
    fn file(&self, from: &str, relative: &str) -> Option<String> {
        self.r.index.file(&crate::i18n::translate::mirrored_source(from), relative)
    }
    fn embed(&self, kind: &str, target: &str, to_root: &str) -> Option<String> {
        let (id, fragment) = target.split_once('#').map_or((target, None), |(i, f)| (i, Some(f)));
        match kind {
            "case" => return self.r.case_summary_html(id, to_root),
            "chapter" if fragment == Some("key-messages") => return self.r.key_messages_html(id, to_root),
            "chapter" => return None,
            _ => {}
        }
        let page = urls::activity(&self.r.index.locale, kind, id);
        let mut problems = Vec::new();
        let html = self.r.activity_html(kind, id, to_root, &page, true, &mut problems)?;
        Some(html)
    }
    fn label(&self, key: &str) -> String {
        self.r.strings.get(key)
    }
    fn suggest(&self, kind: &str, id: &str) -> Option<String> {
        self.r.index.suggest(kind, id)
    }
}

#[derive(Serialize, Clone, Default)]
struct Link {
    url: String,
    title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<String>,
    current: bool,
    /// Language of the title when it differs from the page's (an untranslated title).
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
}

/// The same page in another locale, for the language switcher and `hreflang`.
#[derive(Serialize)]
struct Alternate {
    lang: String,
    name: String,
    url: String,
    current: bool,
    dir: &'static str,
}

/// A banner telling the reader that the page is not (or no longer) translated.
#[derive(Serialize)]
struct Notice {
    kind: &'static str,
    text: String,
    original_url: String,
    original_lang: String,
}

#[derive(Serialize)]
struct NavCourse {
    title: String,
    url: String,
    current: bool,
    chapters: Vec<Link>,
    /// The list is a window of a long course: chapters are left out before / after it.
    more_before: bool,
    more_after: bool,
}

/// Courses with more chapters than this list a window of chapters in the sidebar.
const NAV_FULL_LIMIT: usize = 60;
/// Chapters shown on each side of the current one in a windowed sidebar.
const NAV_WINDOW: usize = 12;

#[derive(Serialize)]
struct Page {
    lang: String,
    dir: &'static str,
    site_title: String,
    site_description: Option<String>,
    title: String,
    description: Option<String>,
    to_root: String,
    home_url: String,
    cases_url: String,
    glossary_url: String,
    nav: Vec<NavCourse>,
    breadcrumbs: Vec<Link>,
    /// Scripts this page needs beyond the site script (e.g. activities).
    needs_activity: bool,
    needs_assessment: bool,
    needs_deck: bool,
    url: String,
    alternates: Vec<Alternate>,
    notice: Option<Notice>,
    /// Language and direction of the main content when it differs from the page's.
    content_lang: Option<String>,
    content_dir: Option<&'static str>,
    status_url: String,
}

impl<'a> Renderer<'a> {
    fn locale(&self) -> &str {
        &self.index.locale
    }

    fn tick(&self) {
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
        let mut jobs: Vec<Job> = vec![Job::Home, Job::Cases, Job::Glossary];
        if self.input.locales.len() > 1 {
            jobs.push(Job::Status);
        }
        if is_default {
            jobs.extend([Job::NotFound, Job::Root]);
        }
        for (ci, course) in cur.courses.iter().enumerate() {
            jobs.push(Job::Course(ci));
            let days = course.agenda.as_ref().map_or(0, |a| a.days.len());
            jobs.extend((0..days).map(|d| Job::Day(ci, d)));
            for i in 0..course.chapters.len() {
                jobs.push(Job::Chapter(ci, i));
            }
        }
        jobs.extend((0..cur.quizzes.len()).map(Job::Quiz));
        jobs.extend((0..cur.worksheets.len()).map(Job::Worksheet));
        jobs.extend((0..cur.assessments.len()).map(Job::Assessment));
        jobs.extend((0..cur.frameworks.len()).map(Job::Framework));
        jobs.extend((0..cur.decks.len()).map(Job::Deck));
        jobs.extend((0..cur.deliveries.len()).map(Job::Event));
        jobs.extend((0..cur.decks.len()).map(Job::DeckHandout));

        if let Some(p) = self.input.progress {
            p.inc_length((jobs.len() + cur.cases.len()) as u64);
        }
        // Chapters first: their links tell case pages where each case is used.
        let results: Vec<(Option<OutputFile>, Vec<Diagnostic>, Vec<Reference>)> =
            jobs.par_iter().map(|job| self.render_job(job)).inspect(|_| self.tick()).collect();
        let mut files = Vec::new();
        let mut problems = Vec::new();
        let mut references: Vec<Reference> = Vec::new();
        for (file, p, refs) in results {
            files.extend(file);
            problems.extend(p);
            references.extend(refs);
        }
        let used_in = self.case_usage(&references);
        if is_default {
            for case in cur.cases.iter().filter(|c| !used_in.contains_key(&c.meta.id)) {
                problems.push(
                    Diagnostic::warning(&case.path, 1, 1, format!("no chapter uses case study `{}`", case.meta.id))
                        .with_hint("add its id to a chapter's `cases:` list, or link it from a chapter with `case:ID`"),
                );
            }
        }
        let cases: Vec<(Option<OutputFile>, Vec<Diagnostic>)> = (0..cur.cases.len())
            .into_par_iter()
            .map(|i| self.render_case(i, &used_in))
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
        let mut jobs = Vec::new();
        for (ci, course) in cur.courses.iter().enumerate() {
            let mut sections_changed = false;
            for (i, ch) in course.chapters.iter().enumerate() {
                if scope.chapters.contains(&ch.meta.id) {
                    jobs.push(Job::Chapter(ci, i));
                    sections_changed |= self.docs.chapter_headings_changed(ci, i);
                }
            }
            // The course page's syllabus lists every chapter's sections.
            if sections_changed {
                jobs.push(Job::Course(ci));
            }
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
        let results: Vec<(Option<OutputFile>, Vec<Diagnostic>, Vec<Reference>)> =
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
        let used_in = self.case_usage(&references);
        let rendered: Vec<(Option<OutputFile>, Vec<Diagnostic>)> = cur
            .cases
            .par_iter()
            .enumerate()
            .filter(|(_, c)| cases.contains(c.meta.id.as_str()))
            .map(|(i, _)| self.render_case(i, &used_in))
            .collect();
        for (file, p) in rendered {
            files.extend(file);
            problems.extend(p);
        }
        (files, problems, references)
    }

    fn render_job(&self, job: &Job) -> (Option<OutputFile>, Vec<Diagnostic>, Vec<Reference>) {
        let mut problems = Vec::new();
        let mut references = Vec::new();
        let file = match *job {
            Job::Home => self.render_home(&mut problems),
            Job::Status => self.render_status(&mut problems),
            Job::Root => self.render_root(&mut problems),
            Job::NotFound => self.render_404(&mut problems),
            Job::Cases => self.render_case_index(&mut problems),
            Job::Glossary => self.render_glossary(&mut problems),
            Job::Course(ci) => self.render_course(ci, &mut problems),
            Job::Chapter(ci, i) => self.render_chapter(ci, i, &mut problems, &mut references),
            Job::Quiz(i) => self.render_activity_page("quiz", &self.index.cur.quizzes[i].id, &mut problems),
            Job::Worksheet(i) => {
                self.render_activity_page("worksheet", &self.index.cur.worksheets[i].id, &mut problems)
            }
            Job::Framework(i) => {
                self.render_activity_page("framework", &self.index.cur.frameworks[i].id, &mut problems)
            }
            Job::Deck(i) => self.render_deck(i, false, &mut problems),
            Job::DeckHandout(i) => self.render_deck(i, true, &mut problems),
            Job::Day(ci, d) => self.render_day(ci, d, &mut problems),
            Job::Event(i) => self.render_event(i, &mut problems),
            Job::Assessment(i) => {
                self.render_activity_page("assessment", &self.index.cur.assessments[i].id, &mut problems)
            }
        };
        (file, problems, references)
    }

    fn page(
        &self,
        url: &str,
        title: &str,
        breadcrumbs: Vec<Link>,
        current_course: Option<usize>,
        current_chapter: Option<&str>,
    ) -> Page {
        let locale = self.locale();
        let to_root = urls::to_root(url);
        let cur = self.index.cur;
        let rel = |u: String| format!("{to_root}{u}");
        let nav = cur
            .courses
            .iter()
            .enumerate()
            .map(|(ci, course)| {
                let current = current_course == Some(ci);
                // Only the current course lists its chapters; a long course lists those around
                // the current one (the course page has the full syllabus), so that a page's
                // size does not grow with the number of chapters: builds stay linear.
                // The index already maps chapter ids to positions: no scan per page.
                let here = current_chapter
                    .and_then(|id| self.index.chapter_pos.get(id))
                    .filter(|pos| pos.course == ci)
                    .map(|pos| pos.chapter);
                let window = if course.chapters.len() > NAV_FULL_LIMIT {
                    let centre = here.unwrap_or(0);
                    centre.saturating_sub(NAV_WINDOW)..(centre + NAV_WINDOW + 1).min(course.chapters.len())
                } else {
                    0..course.chapters.len()
                };
                let chapters = if current {
                    window
                        .clone()
                        .map(|i| {
                            let ch = &course.chapters[i];
                            Link {
                                url: rel(urls::chapter(locale, &course.doc.meta.id, &ch.meta.id)),
                                title: ch.meta.title.clone(),
                                number: Some(course.numbers[i].clone()),
                                current: here == Some(i),
                                lang: self.lang_of(&ch.origin),
                            }
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                NavCourse {
                    title: course.doc.meta.title.clone(),
                    url: rel(urls::course(locale, &course.doc.meta.id)),
                    current,
                    more_before: current && window.start > 0,
                    more_after: current && window.end < course.chapters.len(),
                    chapters,
                }
            })
            .collect();
        Page {
            lang: locale.to_string(),
            dir: direction(locale),
            site_title: cur.site.title.clone(),
            site_description: cur.site.description.clone(),
            title: title.to_string(),
            description: None,
            home_url: rel(urls::home(locale)),
            cases_url: rel(urls::cases(locale)),
            glossary_url: rel(urls::glossary(locale)),
            nav,
            breadcrumbs,
            needs_activity: false,
            needs_assessment: false,
            needs_deck: false,
            alternates: self.alternates(url, &to_root),
            notice: None,
            content_lang: None,
            content_dir: None,
            status_url: rel(format!("{locale}/translation-status.html")),
            url: url.to_string(),
            to_root,
        }
    }

    /// This page in every locale. Every page exists in every locale (untranslated ones show
    /// the fallback text), so the links always work.
    fn alternates(&self, url: &str, to_root: &str) -> Vec<Alternate> {
        let Some((_, rest)) = url.split_once('/') else {
            return Vec::new();
        };
        if self.input.locales.len() < 2 {
            return Vec::new();
        }
        self.input
            .locales
            .iter()
            .map(|l| Alternate {
                lang: l.locale.clone(),
                name: l.name.clone(),
                url: format!("{to_root}{}/{rest}", l.locale),
                current: l.locale == self.site.locale,
                dir: direction(&l.locale),
            })
            .collect()
    }

    /// The language of a text when it is not the page's (a fallback shows source text).
    fn lang_of(&self, origin: &Origin) -> Option<String> {
        (!origin.lang.is_empty() && origin.lang != self.site.locale).then(|| origin.lang.clone())
    }

    fn name_of(&self, locale: &str) -> String {
        self.input
            .locales
            .iter()
            .find(|l| l.locale == locale)
            .map(|l| l.name.clone())
            .unwrap_or_else(|| locale.to_string())
    }

    /// Sets the notice and content language of a page whose main content has `origin`.
    fn mark_origin(&self, page: &mut Page, origin: &Origin) {
        let original_lang =
            origin.source_path.as_ref().map(|_| self.input.locales[0].locale.clone()).unwrap_or_default();
        let original_url = page
            .url
            .split_once('/')
            .map(|(_, rest)| format!("{}{original_lang}/{rest}", page.to_root))
            .unwrap_or_default();
        let mut args = fluent_bundle::FluentArgs::new();
        // First-strong isolates keep an embedded left-to-right name from reordering RTL text.
        args.set("original", format!("\u{2068}{}\u{2069}", self.name_of(&original_lang)));
        match origin.state {
            TranslationState::Fallback if self.site.locale != origin.lang => {
                page.notice = Some(Notice {
                    kind: "fallback",
                    text: self.strings.format("notice-fallback", Some(&args)),
                    original_url,
                    original_lang,
                });
                page.content_lang = Some(origin.lang.clone());
                page.content_dir = Some(direction(&origin.lang));
            }
            TranslationState::Outdated => {
                page.notice = Some(Notice {
                    kind: "outdated",
                    text: self.strings.format("notice-outdated", Some(&args)),
                    original_url,
                    original_lang,
                });
            }
            _ => {}
        }
        // A translation borrowed from a parent locale (pt text on a pt-BR page) keeps its tag.
        if page.content_lang.is_none() && !origin.lang.is_empty() && origin.lang != self.site.locale {
            page.content_lang = Some(origin.lang.clone());
            page.content_dir = Some(direction(&origin.lang));
        }
    }

    fn emit(
        &self,
        template: &str,
        url: &str,
        page: Page,
        mut context: Context,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<OutputFile> {
        context.insert("page", &page);
        match self.tera.render(template, &context) {
            Ok(html) if self.site.cur.site.minify => {
                Some(OutputFile { path: url.to_string(), bytes: minify(html.as_bytes()) })
            }
            Ok(html) => Some(OutputFile { path: url.to_string(), bytes: html.into_bytes() }),
            Err(e) => {
                problems.push(template_error(self.theme, &e));
                None
            }
        }
    }

    /// Inline Markdown (objectives, key messages, prompts) rendered for a page.
    fn inline(&self, text: &str, source: &str, url: &str, problems: &mut Vec<Diagnostic>) -> String {
        let resolver = PageResolver { r: self };
        let to_root = urls::to_root(url);
        let ctx = RenderContext {
            resolver: &resolver,
            source_path: source,
            to_root: &to_root,
            page_url: url,
            in_deck: false,
        };
        let r = markdown::render_inline(text, &ctx);
        // Inline text of YAML data files is rendered out of context: point problems at the
        // place in the file where the offending link is written.
        let file_text = self.data_text(source);
        problems.extend(r.problems.into_iter().map(|d| match file_text {
            Some(file_text) => relocate(d, file_text),
            None => d,
        }));
        r.html
    }

    /// The text of a YAML data file (quiz, worksheet, ...) by its path.
    fn data_text(&self, path: &str) -> Option<&str> {
        if !(path.ends_with(".yaml") || path.ends_with(".yml")) {
            return None;
        }
        let cur = self.index.cur;
        cur.quizzes
            .iter()
            .map(|q| (&q.path, &q.yaml))
            .chain(cur.worksheets.iter().map(|w| (&w.path, &w.yaml)))
            .chain(cur.assessments.iter().map(|a| (&a.path, &a.yaml)))
            .chain(cur.frameworks.iter().map(|f| (&f.path, &f.yaml)))
            .chain(cur.deliveries.iter().map(|d| (&d.path, &d.yaml)))
            .find(|(p, _)| p.as_str() == path)
            .map(|(_, y)| y.as_str())
    }

    fn block(
        &self,
        parsed: &markdown::Parsed<'_>,
        source: &str,
        url: &str,
        problems: &mut Vec<Diagnostic>,
    ) -> markdown::Rendered {
        let resolver = PageResolver { r: self };
        let to_root = urls::to_root(url);
        let ctx = RenderContext {
            resolver: &resolver,
            source_path: source,
            to_root: &to_root,
            page_url: url,
            in_deck: false,
        };
        let mut r = markdown::render(parsed, &ctx);
        problems.append(&mut r.problems);
        r
    }

    fn home_crumb(&self, url: &str) -> Link {
        Link {
            url: format!("{}{}", urls::to_root(url), urls::home(self.locale())),
            title: self.strings.get("home"),
            number: None,
            current: false,
            lang: None,
        }
    }

    fn duration(&self, d: Option<Duration>) -> Option<String> {
        d.map(|d| {
            let minutes = d.minutes();
            let day = crate::content::MINUTES_PER_TEACHING_DAY;
            let (h, m) = (minutes / 60, minutes % 60);
            if minutes >= 2 * day && minutes % day == 0 {
                return self.strings.count("duration-days", (minutes / day) as i64);
            }
            match (h, m) {
                (0, m) => self.strings.count("duration-minutes", m as i64),
                (h, 0) => self.strings.count("duration-hours", h as i64),
                (h, m) => self.strings.format(
                    "duration-hours-minutes",
                    Some(&{
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("hours", self.strings.count("duration-hours", h as i64));
                        args.set("minutes", self.strings.count("duration-minutes", m as i64));
                        args
                    }),
                ),
            }
        })
    }

    fn render_root(&self, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
        let url = "index.html";
        let page = self.page(url, &self.index.cur.site.title, Vec::new(), None, None);
        let locales: Vec<serde_json::Value> = self
            .input
            .locales
            .iter()
            .map(|l| serde_json::json!({"code": l.locale, "name": l.name, "url": urls::home(&l.locale), "dir": direction(&l.locale), "title": l.cur.site.title}))
            .collect();
        let mut context = Context::new();
        context.insert("target", &urls::home(self.locale()));
        context.insert("locales", &locales);
        self.emit("root.html", url, page, context, problems)
    }

    /// Translation progress of every locale, for translators.
    fn render_status(&self, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
        let url = format!("{}/translation-status.html", self.locale());
        let mut context = Context::new();
        let statuses: Vec<serde_json::Value> = self
            .input
            .statuses
            .iter()
            .map(|s| serde_json::json!({"status": s, "name": self.name_of(&s.locale)}))
            .collect();
        context.insert("statuses", &statuses);
        context.insert("source_name", &self.name_of(&self.input.locales[0].locale));
        let page = self.page(&url, &self.strings.get("translation-status"), vec![self.home_crumb(&url)], None, None);
        self.emit("status.html", &url, page, context, problems)
    }

    fn render_404(&self, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
        let url = "404.html";
        let page = self.page(url, &self.strings.get("not-found-title"), Vec::new(), None, None);
        let mut context = Context::new();
        context.insert("css", &self.theme.text("assets/site.css").unwrap_or(""));
        context.insert("locales", &self.input.locales.iter().map(|l| l.locale.as_str()).collect::<Vec<_>>());
        self.emit("404.html", url, page, context, problems)
    }

    fn render_home(&self, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
        let locale = self.locale();
        let url = urls::home(locale);
        let to_root = urls::to_root(&url);
        #[derive(Serialize)]
        struct CourseCard {
            title: String,
            url: String,
            summary: Option<String>,
            duration: Option<String>,
            chapters: usize,
            publisher: Option<String>,
        }
        let cur = self.index.cur;
        let courses: Vec<CourseCard> = cur
            .courses
            .iter()
            .map(|c| CourseCard {
                title: c.doc.meta.title.clone(),
                url: format!("{to_root}{}", urls::course(locale, &c.doc.meta.id)),
                summary: c.doc.meta.summary.as_ref().map(|s| self.inline(s, &c.doc.path, &url, problems)),
                duration: self.duration(c.doc.meta.duration),
                chapters: c.chapters.len(),
                publisher: c.doc.meta.publisher.clone(),
            })
            .collect();
        let mut context = Context::new();
        context.insert("courses", &courses);
        context.insert("events", &self.events_view(&to_root));
        context.insert("case_count", &cur.cases.len());
        context.insert("term_count", &cur.terms.len());
        let mut page = self.page(&url, &cur.site.title, Vec::new(), None, None);
        page.description = cur.site.description.clone();
        self.emit("home.html", &url, page, context, problems)
    }

    fn activities_of(&self, ch: &crate::content::Chapter, to_root: &str) -> Vec<Activity> {
        let mut list = Vec::new();
        let mut push = |kind: &'static str, id: &str, label: &str| {
            if let Some(t) = self.index.target(kind, id) {
                list.push(Activity {
                    kind,
                    kind_label: self.strings.get(label),
                    title: t.title,
                    url: format!("{to_root}{}", t.url),
                });
            }
        };
        if let Some(q) = &ch.meta.quiz {
            push("quiz", q, "activity-quiz");
        }
        if let Some(q) = &ch.meta.reflections {
            push("quiz", q, "activity-reflections");
        }
        for w in &ch.meta.worksheets {
            push("worksheet", w, "activity-worksheet");
        }
        for a in &ch.meta.assessments {
            push("assessment", a, "activity-assessment");
        }
        list
    }

    fn render_course(&self, ci: usize, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
        let locale = self.locale();
        let course = &self.index.cur.courses[ci];
        let meta = &course.doc.meta;
        let url = urls::course(locale, &meta.id);
        let to_root = urls::to_root(&url);
        let parsed = markdown::parse_with_ids(
            &course.doc.body,
            course.doc.body_line,
            None,
            course.doc.origin.anchor_ids.as_deref(),
        );
        let body = self.block(&parsed, &course.doc.path, &url, problems).html;
        #[derive(Serialize)]
        struct SyllabusEntry {
            number: String,
            title: String,
            url: String,
            summary: Option<String>,
            duration: Option<String>,
            sections: Vec<Link>,
            activities: Vec<Activity>,
            decks: Vec<Link>,
            case_count: usize,
        }
        let syllabus: Vec<SyllabusEntry> = course
            .chapters
            .iter()
            .enumerate()
            .map(|(i, ch)| {
                let ch_url = format!("{to_root}{}", urls::chapter(locale, &meta.id, &ch.meta.id));
                SyllabusEntry {
                    number: course.numbers[i].clone(),
                    title: ch.meta.title.clone(),
                    summary: ch.meta.summary.as_ref().map(|s| self.inline(s, &ch.path, &url, problems)),
                    duration: self.duration(ch.meta.duration),
                    sections: self.sections(ci, i, &ch_url),
                    activities: self.activities_of(ch, &to_root),
                    decks: self.decks_of(&ch.meta.id, &to_root),
                    case_count: ch.meta.cases.len(),
                    url: ch_url,
                }
            })
            .collect();
        let total: u32 = course.chapters.iter().filter_map(|c| c.meta.duration).map(|d| d.minutes()).sum();
        let mut context = Context::new();
        context.insert("course", &serde_json::json!({
            "title": meta.title,
            "summary": meta.summary.as_ref().map(|s| self.inline(s, &course.doc.path, &url, problems)),
            "audience": meta.audience.iter().map(|a| self.inline(a, &course.doc.path, &url, problems)).collect::<Vec<_>>(),
            "objectives": meta.objectives.iter().map(|a| self.inline(a, &course.doc.path, &url, problems)).collect::<Vec<_>>(),
            "duration": self.duration(meta.duration.or((total > 0).then_some(Duration(total)))),
            "publisher": meta.publisher,
            "editorial_note": meta.editorial_note,
            "body": body,
            "section_count": syllabus.iter().map(|s| s.sections.len()).sum::<usize>(),
        }));
        context.insert("syllabus", &syllabus);
        context.insert("agenda", &self.agenda_view(course, &to_root));
        context.insert(
            "events",
            &self
                .events_view(&to_root)
                .into_iter()
                .zip(&self.index.cur.deliveries)
                .filter(|(_, d)| d.course == meta.id)
                .map(|(e, _)| e)
                .collect::<Vec<_>>(),
        );
        let mut page = self.page(&url, &meta.title, vec![self.home_crumb(&url)], Some(ci), None);
        self.mark_origin(&mut page, &course.doc.origin);
        self.emit("course.html", &url, page, context, problems)
    }

    /// The numbered sections of a chapter: its `##` headings, then key messages.
    fn sections(&self, ci: usize, i: usize, chapter_url: &str) -> Vec<Link> {
        let ch = &self.index.cur.courses[ci].chapters[i];
        let headings = self.docs.chapter_headings(ci, i);
        let mut sections: Vec<Link> = headings
            .iter()
            .filter(|h| h.level == 2)
            .map(|h| Link {
                url: format!("{chapter_url}#{}", h.id),
                title: h.text.clone(),
                number: h.number.clone(),
                current: false,
                lang: None,
            })
            .collect();
        if !ch.meta.key_messages.is_empty() {
            sections.push(Link {
                url: format!("{chapter_url}#key-messages"),
                title: self.strings.get("key-messages"),
                number: Some(format!("{}.{}", self.index.cur.courses[ci].numbers[i], sections.len() + 1)),
                current: false,
                lang: None,
            });
        }
        sections
    }

    fn render_chapter(
        &self,
        ci: usize,
        i: usize,
        problems: &mut Vec<Diagnostic>,
        references: &mut Vec<Reference>,
    ) -> Option<OutputFile> {
        let locale = self.locale();
        let course = &self.index.cur.courses[ci];
        let ch = &course.chapters[i];
        let meta = &ch.meta;
        let url = urls::chapter(locale, &course.doc.meta.id, &meta.id);
        let to_root = urls::to_root(&url);
        let rendered = self.block(self.docs.chapter(ci, i), &ch.path, &url, problems);
        for (kind, id, section) in rendered.references {
            if kind == "case" {
                let number = section
                    .as_ref()
                    .and_then(|s| self.docs.chapter(ci, i).headings.iter().find(|h| &h.id == s))
                    .and_then(|h| h.number.clone());
                references.push(Reference { case: id, chapter: meta.id.clone(), number });
            }
        }
        for case in &meta.cases {
            references.push(Reference { case: case.clone(), chapter: meta.id.clone(), number: None });
        }
        let neighbour = |j: usize| {
            course.chapters.get(j).map(|c| Link {
                url: format!("{to_root}{}", urls::chapter(locale, &course.doc.meta.id, &c.meta.id)),
                title: c.meta.title.clone(),
                number: Some(course.numbers[j].clone()),
                current: false,
                lang: None,
            })
        };
        let cases: Vec<CaseCard> = meta
            .cases
            .iter()
            .filter_map(|id| self.index.cur.cases.iter().find(|c| &c.meta.id == id))
            .map(|c| self.case_card(c, &to_root))
            .collect();
        let toc = self.sections(ci, i, "");
        let key_messages: Vec<String> =
            meta.key_messages.iter().map(|k| self.inline(k, &ch.path, &url, problems)).collect();
        let mut context = Context::new();
        context.insert("chapter", &serde_json::json!({
            "number": course.numbers[i],
            "is_module": course.agenda.is_some(),
            "schedule": self.schedule_of(course, &meta.id),
            "title": meta.title,
            "summary": meta.summary.as_ref().map(|s| self.inline(s, &ch.path, &url, problems)),
            "duration": self.duration(meta.duration),
            "objectives": meta.objectives.iter().map(|o| self.inline(o, &ch.path, &url, problems)).collect::<Vec<_>>(),
            "key_messages": key_messages,
            "key_messages_number": toc.last().filter(|_| !meta.key_messages.is_empty()).and_then(|l| l.number.clone()),
            "body": rendered.html,
            "toc": toc,
            "cases": cases,
            "activities": self.activities_of(ch, &to_root),
            "decks": self.decks_of(&meta.id, &to_root),
            "prev": i.checked_sub(1).and_then(neighbour),
            "next": neighbour(i + 1),
            "editorial_note": meta.editorial_note,
            "written_for_this_edition": meta.written_for_this_edition,
            "sources": meta.sources,
        }));
        context.insert(
            "course",
            &serde_json::json!({
                "title": course.doc.meta.title,
                "url": format!("{to_root}{}", urls::course(locale, &course.doc.meta.id)),
            }),
        );
        let crumbs = vec![
            self.home_crumb(&url),
            Link {
                url: format!("{to_root}{}", urls::course(locale, &course.doc.meta.id)),
                title: course.doc.meta.title.clone(),
                number: None,
                current: false,
                lang: None,
            },
        ];
        let mut page = self.page(&url, &meta.title, crumbs, Some(ci), Some(&meta.id));
        self.mark_origin(&mut page, &ch.origin);
        page.description = meta.summary.clone();
        page.needs_activity = rendered.html.contains("data-activity=");
        page.needs_assessment = rendered.html.contains("data-activity=\"assessment\"");
        self.emit("chapter.html", &url, page, context, problems)
    }

    fn case_card(&self, c: &Case, to_root: &str) -> CaseCard {
        CaseCard {
            id: c.meta.id.clone(),
            number: c.meta.number.clone(),
            title: c.meta.title.clone(),
            url: format!("{to_root}{}", urls::case(self.locale(), &c.meta.id)),
            countries: c.meta.countries.clone(),
            region: self.strings.get(c.meta.region.key()),
            region_key: c.meta.region.key().trim_start_matches("region-").to_string(),
            sdgs: c.meta.sdgs.clone(),
            themes: c.meta.themes.clone(),
            year: c.meta.year,
        }
    }

    /// For each case, the chapters (and sections) that use it, in course order.
    fn case_usage(&self, references: &[Reference]) -> HashMap<String, Vec<Link>> {
        // case → (course, chapter) → (link to the chapter, numbers of sections that cite it)
        type ByChapter = BTreeMap<(usize, usize), (Link, BTreeSet<String>)>;
        let mut usage: HashMap<String, ByChapter> = HashMap::new();
        for r in references {
            let Some(pos) = self.index.chapter_pos.get(r.chapter.as_str()) else {
                continue;
            };
            let course = &self.index.cur.courses[pos.course];
            let ch = &course.chapters[pos.chapter];
            let entry =
                usage.entry(r.case.clone()).or_default().entry((pos.course, pos.chapter)).or_insert_with(|| {
                    (
                        Link {
                            url: urls::chapter(self.locale(), &course.doc.meta.id, &ch.meta.id),
                            title: ch.meta.title.clone(),
                            number: Some(course.numbers[pos.chapter].clone()),
                            current: false,
                            lang: None,
                        },
                        BTreeSet::new(),
                    )
                });
            if let Some(n) = &r.number {
                entry.1.insert(n.clone());
            }
        }
        usage
            .into_iter()
            .map(|(case, chapters)| {
                let links = chapters
                    .into_values()
                    .map(|(mut link, sections)| {
                        if !sections.is_empty() {
                            link.number = Some(sections.into_iter().collect::<Vec<_>>().join(", "));
                        }
                        link
                    })
                    .collect();
                (case, links)
            })
            .collect()
    }

    fn render_case(&self, i: usize, used_in: &HashMap<String, Vec<Link>>) -> (Option<OutputFile>, Vec<Diagnostic>) {
        let mut problems = Vec::new();
        let c = &self.index.cur.cases[i];
        let url = urls::case(self.locale(), &c.meta.id);
        let to_root = urls::to_root(&url);
        let body = self.block(self.docs.case(i), &c.path, &url, &mut problems).html;
        let used: Vec<Link> = used_in
            .get(&c.meta.id)
            .map(|links| links.iter().map(|l| Link { url: format!("{to_root}{}", l.url), ..l.clone() }).collect())
            .unwrap_or_default();
        let mut context = Context::new();
        context.insert(
            "case",
            &serde_json::json!({
                "card": self.case_card(c, &to_root),
                "organisations": c.meta.organisations,
                "level": self.strings.get(c.meta.level.key()),
                "source": c.meta.source,
                "editorial_note": c.meta.editorial_note,
                "body": body,
                "used_in": used,
            }),
        );
        let crumbs = vec![
            self.home_crumb(&url),
            Link {
                url: format!("{to_root}{}", urls::cases(self.locale())),
                title: self.strings.get("case-library"),
                number: None,
                current: false,
                lang: None,
            },
        ];
        let mut page = self.page(&url, &c.meta.title, crumbs, None, None);
        self.mark_origin(&mut page, &c.origin);
        let file = self.emit("case.html", &url, page, context, &mut problems);
        (file, problems)
    }

    fn render_case_index(&self, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
        let url = urls::cases(self.locale());
        let to_root = urls::to_root(&url);
        let cur = self.index.cur;
        let mut by_region: BTreeMap<crate::content::Region, Vec<CaseCard>> = BTreeMap::new();
        let mut countries: BTreeMap<String, Vec<Link>> = BTreeMap::new();
        let mut sdgs: BTreeMap<u8, Vec<Link>> = BTreeMap::new();
        let mut themes: BTreeMap<String, Vec<Link>> = BTreeMap::new();
        for c in &cur.cases {
            let card = self.case_card(c, &to_root);
            let link = Link {
                url: card.url.clone(),
                title: card.title.clone(),
                number: card.number.clone(),
                current: false,
                lang: None,
            };
            for country in &c.meta.countries {
                countries.entry(country.clone()).or_default().push(link.clone());
            }
            for sdg in &c.meta.sdgs {
                sdgs.entry(*sdg).or_default().push(link.clone());
            }
            for theme in &c.meta.themes {
                themes.entry(theme.clone()).or_default().push(link.clone());
            }
            by_region.entry(c.meta.region).or_default().push(card);
        }
        let sort_cards = |cards: &mut Vec<CaseCard>| {
            cards.sort_by(|a, b| {
                natural_key(a.number.as_deref()).cmp(&natural_key(b.number.as_deref())).then(a.title.cmp(&b.title))
            })
        };
        let regions: Vec<serde_json::Value> = by_region
            .into_iter()
            .map(|(region, mut cards)| {
                sort_cards(&mut cards);
                serde_json::json!({"key": region.key().trim_start_matches("region-"), "name": self.strings.get(region.key()), "cases": cards})
            })
            .collect();
        let facet = |m: BTreeMap<String, Vec<Link>>| {
            m.into_iter().map(|(name, cases)| serde_json::json!({"name": name, "cases": cases})).collect::<Vec<_>>()
        };
        let mut context = Context::new();
        context.insert("regions", &regions);
        context.insert("countries", &facet(countries));
        context.insert("themes", &facet(themes));
        context.insert(
            "sdgs",
            &sdgs.into_iter().map(|(n, cases)| serde_json::json!({"name": n, "cases": cases})).collect::<Vec<_>>(),
        );
        context.insert("case_count", &cur.cases.len());
        let page = self.page(&url, &self.strings.get("case-library"), vec![self.home_crumb(&url)], None, None);
        self.emit("cases.html", &url, page, context, problems)
    }

    fn render_glossary(&self, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
        let url = urls::glossary(self.locale());
        let cur = self.index.cur;
        let terms: Vec<serde_json::Value> = cur
            .terms
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let html = self.block(self.docs.term(i), &t.path, &url, problems).html;
                let see_also: Vec<Link> = t
                    .meta
                    .see_also
                    .iter()
                    .filter_map(|id| self.index.target("term", id))
                    .map(|target| Link {
                        url: format!("#{}", target.url.rsplit('#').next().unwrap_or("")),
                        title: target.title,
                        number: None,
                        current: false,
                        lang: None,
                    })
                    .collect();
                let letter = t.meta.term.chars().next().map(|c| c.to_uppercase().to_string()).unwrap_or_default();
                serde_json::json!({"id": t.meta.id, "term": t.meta.term, "html": html, "see_also": see_also, "letter": letter})
            })
            .collect();
        let mut context = Context::new();
        context.insert("terms", &terms);
        let page = self.page(&url, &self.strings.get("glossary"), vec![self.home_crumb(&url)], None, None);
        self.emit("glossary.html", &url, page, context, problems)
    }

    fn render_activity_page(&self, kind: &str, id: &str, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
        let locale = self.locale();
        let url = urls::activity(locale, kind, id);
        let to_root = urls::to_root(&url);
        let html = self.activity_html(kind, id, &to_root, &url, false, problems)?;
        let title = self.index.target(kind, id).map(|t| t.title).unwrap_or_default();
        // The chapter that uses the activity, for the breadcrumb and a way back.
        let used_by =
            self.index.cur.courses.iter().flat_map(|c| c.chapters.iter().map(move |ch| (c, ch))).find(|(_, ch)| {
                ch.meta.quiz.as_deref() == Some(id)
                    || ch.meta.reflections.as_deref() == Some(id)
                    || ch.meta.worksheets.iter().any(|w| w == id)
                    || ch.meta.assessments.iter().any(|a| a == id)
            });
        let mut crumbs = vec![self.home_crumb(&url)];
        let mut course_index = None;
        if let Some((course, ch)) = used_by {
            course_index = self.index.cur.courses.iter().position(|c| c.doc.meta.id == course.doc.meta.id);
            crumbs.push(Link {
                url: format!("{to_root}{}", urls::course(locale, &course.doc.meta.id)),
                title: course.doc.meta.title.clone(),
                number: None,
                current: false,
                lang: None,
            });
            crumbs.push(Link {
                url: format!("{to_root}{}", urls::chapter(locale, &course.doc.meta.id, &ch.meta.id)),
                title: ch.meta.title.clone(),
                number: None,
                current: false,
                lang: None,
            });
        }
        let mut context = Context::new();
        context.insert("activity_html", &html);
        let mut page = self.page(&url, &title, crumbs, course_index, used_by.map(|(_, ch)| ch.meta.id.as_str()));
        page.needs_activity = true;
        page.needs_assessment = kind == "assessment";
        if let Some(origin) = self.activity_origin(kind, id) {
            self.mark_origin(&mut page, origin);
        }
        self.emit("activity.html", &url, page, context, problems)
    }

    fn activity_origin(&self, kind: &str, id: &str) -> Option<&Origin> {
        let cur = self.index.cur;
        match kind {
            "quiz" => cur.quizzes.iter().find(|q| q.id == id).map(|q| &q.origin),
            "worksheet" => cur.worksheets.iter().find(|w| w.id == id).map(|w| &w.origin),
            "framework" => cur.frameworks.iter().find(|f| f.id == id).map(|f| &f.origin),
            _ => cur.assessments.iter().find(|a| a.id == id).map(|a| &a.origin),
        }
    }

    /// The HTML of a quiz or worksheet, for its own page or embedded in a chapter.
    fn activity_html(
        &self,
        kind: &str,
        id: &str,
        to_root: &str,
        page_url: &str,
        embedded: bool,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<String> {
        let cur = self.index.cur;
        let mut context = Context::new();
        context.insert("embedded", &embedded);
        context.insert("locale", self.locale());
        let template = match kind {
            "quiz" => {
                let quiz = cur.quizzes.iter().find(|q| q.id == id)?;
                context.insert("quiz", &self.quiz_view(quiz, page_url, problems));
                "partials/quiz.html"
            }
            "framework" => {
                let framework = cur.frameworks.iter().find(|f| f.id == id)?;
                context.insert("framework", &self.framework_view(framework, page_url, problems));
                "partials/framework.html"
            }
            "worksheet" => {
                let sheet = cur.worksheets.iter().find(|w| w.id == id)?;
                context.insert("sheet", &self.worksheet_view(sheet, page_url, problems));
                "partials/worksheet.html"
            }
            _ => {
                let assessment = cur.assessments.iter().find(|a| a.id == id)?;
                context.insert("assessment", &self.assessment_view(assessment, page_url, problems));
                "partials/assessment.html"
            }
        };
        let _ = to_root;
        match self.tera.render(template, &context) {
            Ok(html) => Some(html),
            Err(e) => {
                problems.push(template_error(self.theme, &e));
                None
            }
        }
    }

    fn quiz_view(&self, quiz: &Quiz, url: &str, problems: &mut Vec<Diagnostic>) -> serde_json::Value {
        let inline = |text: &str, problems: &mut Vec<Diagnostic>| self.inline(text, &quiz.path, url, problems);
        let mut answers = Vec::new();
        let questions: Vec<serde_json::Value> = quiz
            .questions
            .iter()
            .map(|q| {
                let (view, answer) = self.question_view(quiz, q, &inline, problems);
                answers.push(answer);
                view
            })
            .collect();
        let graded = quiz.questions.iter().any(|q| q.kind.is_graded());
        let total: u32 = quiz.questions.iter().map(Question::points).sum();
        let key = serde_json::json!({"id": quiz.id, "passMark": quiz.pass_mark, "total": total, "questions": answers});
        serde_json::json!({
            "id": quiz.id,
            "title": quiz.title,
            "intro": quiz.intro.as_ref().map(|t| inline(t, problems)),
            "pass_mark": quiz.pass_mark,
            "graded": graded,
            "total": total,
            "questions": questions,
            "answer_key": script_json(&key),
        })
    }

    /// A question's view for the template, and its answer key for the browser script.
    fn question_view(
        &self,
        quiz: &Quiz,
        q: &Question,
        inline: &dyn Fn(&str, &mut Vec<Diagnostic>) -> String,
        problems: &mut Vec<Diagnostic>,
    ) -> (serde_json::Value, serde_json::Value) {
        let options: Vec<serde_json::Value> = q
            .options
            .iter()
            .map(|o| serde_json::json!({"html": inline(&o.text, problems), "correct": o.correct, "feedback": o.feedback.as_ref().map(|f| inline(f, problems))}))
            .collect();
        let seed = format!("{}/{}", quiz.id, q.id);
        let (shown_items, order): (Vec<String>, Vec<usize>) = {
            let order = shuffled(q.items.len(), &seed);
            (order.iter().map(|&i| inline(&q.items[i], problems)).collect(), order)
        };
        let rights_order = shuffled(q.pairs.len(), &seed);
        let view = serde_json::json!({
            "id": q.id,
            "type": q.kind.name(),
            "graded": q.kind.is_graded(),
            "points": q.points(),
            "prompt": inline(&q.prompt, problems),
            "options": options,
            "answer_bool": q.bool_answer(),
            "answer_number": q.number_answer(),
            "tolerance": q.tolerance,
            "accept": q.accept,
            "items_shown": shown_items,
            "items_correct": q.items.iter().map(|t| inline(t, problems)).collect::<Vec<_>>(),
            "pairs": q.pairs.iter().map(|p| serde_json::json!({"left": inline(&p.left, problems), "right": inline(&p.right, problems)})).collect::<Vec<_>>(),
            "rights_shown": rights_order.iter().map(|&i| inline(&q.pairs[i].right, problems)).collect::<Vec<_>>(),
            "explanation": q.explanation.as_ref().map(|t| inline(t, problems)),
            "guidance": q.guidance.as_ref().map(|t| inline(t, problems)),
        });
        let answer = match q.kind {
            QuestionKind::Single | QuestionKind::Multiple => serde_json::json!({
                "id": q.id, "type": q.kind.name(), "points": q.points(),
                "correct": q.options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| i).collect::<Vec<_>>(),
            }),
            QuestionKind::TrueFalse => {
                serde_json::json!({"id": q.id, "type": "true_false", "points": q.points(), "correct": q.bool_answer()})
            }
            QuestionKind::ShortText => {
                serde_json::json!({"id": q.id, "type": "short_text", "points": q.points(), "accept": q.accept})
            }
            QuestionKind::Numeric => {
                serde_json::json!({"id": q.id, "type": "numeric", "points": q.points(), "value": q.number_answer(), "tolerance": q.tolerance.unwrap_or(0.0)})
            }
            // Items are shown in `order`; the answer is the shown index of each correct position.
            QuestionKind::Ordering => {
                let mut shown_index = vec![0; order.len()];
                for (shown, &original) in order.iter().enumerate() {
                    shown_index[original] = shown;
                }
                serde_json::json!({"id": q.id, "type": "ordering", "points": q.points(), "order": shown_index})
            }
            QuestionKind::Matching => {
                let mut right_for_left = vec![0; rights_order.len()];
                for (shown, &original) in rights_order.iter().enumerate() {
                    right_for_left[original] = shown;
                }
                serde_json::json!({"id": q.id, "type": "matching", "points": q.points(), "pairs": right_for_left})
            }
            QuestionKind::Reflection => {
                serde_json::json!({"id": q.id, "type": "reflection", "points": 0})
            }
        };
        (view, answer)
    }

    fn worksheet_view(&self, sheet: &Worksheet, url: &str, problems: &mut Vec<Diagnostic>) -> serde_json::Value {
        let inline = |text: &str, problems: &mut Vec<Diagnostic>| self.inline(text, &sheet.path, url, problems);
        let blocks: Vec<serde_json::Value> = sheet
            .blocks
            .iter()
            .map(|b| {
                serde_json::json!({
                    "type": if b.kind == BlockKind::Table { "table" } else { "field" },
                    "id": b.id,
                    "label": b.label,
                    "help": b.help.as_ref().map(|h| inline(h, problems)),
                    "multiline": b.multiline,
                    "rows": b.rows.unwrap_or(3).max(1),
                    "columns": b.columns.iter().map(|c| serde_json::json!({"id": c.id, "label": c.label, "prompt": c.prompt})).collect::<Vec<_>>(),
                })
            })
            .collect();
        let schema = serde_json::json!({"id": sheet.id, "title": sheet.title, "blocks": sheet.blocks});
        serde_json::json!({
            "id": sheet.id,
            "title": sheet.title,
            "intro": sheet.intro.as_ref().map(|t| inline(t, problems)),
            "blocks": blocks,
            "schema": script_json(&schema),
        })
    }
}

impl Renderer<'_> {
    /// Where a module sits in its course's agenda: day, session, type and part.
    fn schedule_of(&self, course: &crate::content::Course, module: &str) -> Vec<serde_json::Value> {
        let Some(agenda) = &course.agenda else { return Vec::new() };
        let to_root = urls::to_root(&urls::chapter(self.locale(), &course.doc.meta.id, module));
        let mut out = Vec::new();
        for (d, day) in agenda.days.iter().enumerate() {
            for session in &day.sessions {
                for item in session.items.iter().filter(|i| i.module.as_deref() == Some(module)) {
                    out.push(serde_json::json!({
                        "day": day.title,
                        "day_url": format!("{to_root}{}", urls::day(self.locale(), &course.doc.meta.id, d + 1)),
                        "session": session.name,
                        "kind": item.kind.map(|k| self.strings.get(k.key())),
                        "part": item.part,
                        "start": item.start.or(session.start),
                        "end": item.end.or(session.end),
                    }));
                }
            }
        }
        out
    }

    /// Sessions with their items, for agenda tables (course grid, day pages, events).
    fn sessions_view(
        &self,
        course: Option<&crate::content::Course>,
        sessions: &[crate::content::agenda::Session],
        to_root: &str,
    ) -> Vec<serde_json::Value> {
        sessions
            .iter()
            .map(|session| {
                let items: Vec<serde_json::Value> = session
                    .items
                    .iter()
                    .map(|item| {
                        let module = course.zip(item.module.as_deref()).and_then(|(c, m)| {
                            let i = c.chapters.iter().position(|ch| ch.meta.id == m)?;
                            let ch = &c.chapters[i];
                            Some(serde_json::json!({
                                "url": format!("{to_root}{}", urls::chapter(self.locale(), &c.doc.meta.id, m)),
                                "title": ch.meta.title,
                                "number": c.numbers[i],
                                "lang": self.lang_of(&ch.origin),
                            }))
                        });
                        serde_json::json!({
                            "module": module,
                            "title": item.title.as_ref().or(item.break_title.as_ref()),
                            "is_break": item.break_title.is_some(),
                            "kind": item.kind.map(|k| self.strings.get(k.key())),
                            "part": item.part,
                            "start": item.start,
                            "end": item.end,
                            "speakers": item.speakers,
                        })
                    })
                    .collect();
                serde_json::json!({"name": session.name, "date": session.date, "start": session.start, "end": session.end, "items": items})
            })
            .collect()
    }

    fn agenda_view(&self, course: &crate::content::Course, to_root: &str) -> Option<serde_json::Value> {
        let agenda = course.agenda.as_ref()?;
        let days: Vec<serde_json::Value> = agenda
            .days
            .iter()
            .enumerate()
            .map(|(d, day)| {
                serde_json::json!({
                    "number": d + 1,
                    "title": day.title,
                    "theme": day.theme,
                    "url": format!("{to_root}{}", urls::day(self.locale(), &course.doc.meta.id, d + 1)),
                    "sessions": self.sessions_view(Some(course), &day.sessions, to_root),
                })
            })
            .collect();
        // The week grid: one row per session name, in first-seen order.
        let mut rows: Vec<String> = Vec::new();
        for day in &agenda.days {
            for s in &day.sessions {
                if !rows.contains(&s.name) {
                    rows.push(s.name.clone());
                }
            }
        }
        Some(serde_json::json!({"days": days, "rows": rows}))
    }

    fn render_day(&self, ci: usize, d: usize, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
        let course = &self.index.cur.courses[ci];
        let agenda = course.agenda.as_ref()?;
        let day = &agenda.days[d];
        let url = urls::day(self.locale(), &course.doc.meta.id, d + 1);
        let to_root = urls::to_root(&url);
        let mut context = Context::new();
        context.insert("course", &serde_json::json!({"title": course.doc.meta.title, "url": format!("{to_root}{}", urls::course(self.locale(), &course.doc.meta.id))}));
        context.insert("day", &serde_json::json!({
            "number": d + 1,
            "title": day.title,
            "theme": day.theme,
            "sessions": self.sessions_view(Some(course), &day.sessions, &to_root),
            "prev": d.checked_sub(1).map(|p| format!("{to_root}{}", urls::day(self.locale(), &course.doc.meta.id, p + 1))),
            "next": (d + 1 < agenda.days.len()).then(|| format!("{to_root}{}", urls::day(self.locale(), &course.doc.meta.id, d + 2))),
        }));
        let crumbs = vec![
            self.home_crumb(&url),
            Link {
                url: format!("{to_root}{}", urls::course(self.locale(), &course.doc.meta.id)),
                title: course.doc.meta.title.clone(),
                ..Link::default()
            },
        ];
        let page = self.page(&url, &day.title, crumbs, Some(ci), None);
        self.emit("day.html", &url, page, context, problems)
    }

    fn events_view(&self, to_root: &str) -> Vec<serde_json::Value> {
        self.index
            .cur
            .deliveries
            .iter()
            .map(|d| {
                serde_json::json!({
                    "title": d.title,
                    "url": format!("{to_root}{}", urls::event(self.locale(), &d.id)),
                    "mode": self.strings.get(d.mode.key()),
                    "dates": d.dates,
                    "venue": d.venue,
                    "lang": self.lang_of(&d.origin),
                })
            })
            .collect()
    }

    fn render_event(&self, i: usize, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
        let d = &self.index.cur.deliveries[i];
        let url = urls::event(self.locale(), &d.id);
        let to_root = urls::to_root(&url);
        let course = self.index.cur.courses.iter().find(|c| c.doc.meta.id == d.course);
        // The event's own programme, or the course agenda's days on the event's dates.
        let days: Vec<serde_json::Value> = if !d.sessions.is_empty() {
            vec![serde_json::json!({"title": null, "sessions": self.sessions_view(course, &d.sessions, &to_root)})]
        } else if let Some((course, agenda)) = course.and_then(|c| c.agenda.as_ref().map(|a| (c, a))) {
            let picked: Vec<(usize, Option<&str>)> = if d.days.is_empty() {
                (1..=agenda.days.len()).map(|n| (n, None)).collect()
            } else {
                d.days.iter().map(|x| (x.day, Some(x.date.as_str()))).collect()
            };
            picked
                .into_iter()
                .filter_map(|(n, date)| {
                    let day = agenda.days.get(n.checked_sub(1)?)?;
                    Some(serde_json::json!({
                        "title": day.title, "theme": day.theme, "date": date,
                        "url": format!("{to_root}{}", urls::day(self.locale(), &course.doc.meta.id, n)),
                        "sessions": self.sessions_view(Some(course), &day.sessions, &to_root),
                    }))
                })
                .collect()
        } else {
            Vec::new()
        };
        let mut context = Context::new();
        context.insert("event", &serde_json::json!({
            "title": d.title,
            "mode": self.strings.get(d.mode.key()),
            "dates": d.dates,
            "venue": d.venue,
            "language": d.language,
            "audience": d.audience,
            "timezones": d.timezones,
            "organisers": d.organisers,
            "intro": d.intro.as_ref().map(|t| self.inline(t, &d.path, &url, problems)),
            "objectives": d.objectives.iter().map(|t| self.inline(t, &d.path, &url, problems)).collect::<Vec<_>>(),
            "outcomes": d.outcomes.iter().map(|t| self.inline(t, &d.path, &url, problems)).collect::<Vec<_>>(),
            "notes": d.notes.iter().map(|t| self.inline(t, &d.path, &url, problems)).collect::<Vec<_>>(),
            "source": d.source,
            "editorial_note": d.editorial_note,
            "course": course.map(|c| serde_json::json!({"title": c.doc.meta.title, "url": format!("{to_root}{}", urls::course(self.locale(), &c.doc.meta.id))})),
            "days": days,
        }));
        let mut page = self.page(&url, &d.title, vec![self.home_crumb(&url)], None, None);
        self.mark_origin(&mut page, &d.origin);
        self.emit("event.html", &url, page, context, problems)
    }

    /// A case's title, place and lesson (its last section), for a slide.
    fn case_summary_html(&self, id: &str, to_root: &str) -> Option<String> {
        let case = self.index.cur.cases.iter().find(|c| c.meta.id == id)?;
        let url = format!("{to_root}{}", urls::case(self.locale(), id));
        let lesson = case.body.rfind("\n## ").map(|i| &case.body[i + 1..]).unwrap_or("");
        let (heading, text) = lesson.split_once('\n').unwrap_or(("", ""));
        let page = urls::case(self.locale(), id);
        let mut problems = Vec::new();
        let text_html = self.inline(text.trim(), &case.path, &page, &mut problems);
        let mut context = Context::new();
        context.insert("case", &self.case_card(case, to_root));
        context.insert("url", &url);
        context.insert("lesson_title", heading.trim_start_matches('#').trim());
        context.insert("lesson", &text_html);
        context.insert("lang", &self.lang_of(&case.origin));
        self.tera.render("partials/case-summary.html", &context).ok()
    }

    /// A chapter's key messages as a list, for a slide.
    fn key_messages_html(&self, chapter_id: &str, to_root: &str) -> Option<String> {
        let pos = self.index.chapter_pos.get(chapter_id)?;
        let course = &self.index.cur.courses[pos.course];
        let ch = &course.chapters[pos.chapter];
        if ch.meta.key_messages.is_empty() {
            return None;
        }
        let page = urls::chapter(self.locale(), &course.doc.meta.id, chapter_id);
        let mut problems = Vec::new();
        let items: Vec<String> =
            ch.meta.key_messages.iter().map(|k| self.inline(k, &ch.path, &page, &mut problems)).collect();
        let mut context = Context::new();
        context.insert("items", &items);
        context.insert("url", &format!("{to_root}{page}"));
        context.insert("chapter_title", &ch.meta.title);
        context.insert("lang", &self.lang_of(&ch.origin));
        self.tera.render("partials/key-messages.html", &context).ok()
    }

    fn framework_view(
        &self,
        f: &crate::content::framework::Framework,
        url: &str,
        problems: &mut Vec<Diagnostic>,
    ) -> serde_json::Value {
        fn items(
            r: &Renderer<'_>,
            f: &crate::content::framework::Framework,
            list: &[crate::content::framework::Item],
            url: &str,
            problems: &mut Vec<Diagnostic>,
        ) -> Vec<serde_json::Value> {
            list.iter()
                .map(|i| {
                    serde_json::json!({
                        "code": i.code,
                        "title": i.title,
                        "description": i.description.as_ref().map(|d| r.inline(d, &f.path, url, problems)),
                        "items": items(r, f, &i.items, url, problems),
                    })
                })
                .collect()
        }
        let groups: Vec<serde_json::Value> = f
            .groups
            .iter()
            .map(|g| {
                serde_json::json!({
                    "title": g.title,
                    "description": g.description.as_ref().map(|d| self.inline(d, &f.path, url, problems)),
                    "items": items(self, f, &g.items, url, problems),
                })
            })
            .collect();
        serde_json::json!({
            "id": f.id,
            "title": f.title,
            "intro": f.intro.as_ref().map(|t| self.inline(t, &f.path, url, problems)),
            "source": f.source,
            "groups": groups,
            "items": items(self, f, &f.items, url, problems),
            "count": f.all_items().len(),
        })
    }

    /// A deck as slides, or (`handout`) as a printable handout with the notes under each slide.
    fn render_deck(&self, i: usize, handout: bool, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
        let deck = &self.index.cur.decks[i];
        let slides_url = urls::deck(self.locale(), &deck.meta.id);
        let url = if handout { slides_url.replace(".html", "-handout.html") } else { slides_url.clone() };
        let to_root = urls::to_root(&url);
        let (slides, _) = crate::content::deck::split_slides(&deck.path, &deck.body, deck.body_line);
        let resolver = PageResolver { r: self };
        let render_part = |part: &crate::content::deck::SlidePart, slide: usize, problems: &mut Vec<Diagnostic>| {
            let ctx = RenderContext {
                resolver: &resolver,
                source_path: &deck.path,
                to_root: &to_root,
                page_url: &url,
                in_deck: true,
            };
            let mut parsed = markdown::parse(&part.text, part.line, None);
            // Headings repeat across slides ("Reflection"): keep anchors unique on the page.
            parsed.prefix_ids(&format!("s{slide}-"));
            let mut r = markdown::render(&parsed, &ctx);
            problems.append(&mut r.problems);
            r.html
        };
        let total = slides.len();
        let views: Vec<serde_json::Value> = slides
            .iter()
            .enumerate()
            .map(|(n, slide)| {
                let columns: Vec<String> = slide.columns.iter().map(|c| render_part(c, n + 1, problems)).collect();
                let notes = slide.notes.as_ref().map(|part| render_part(part, n + 1, problems));
                serde_json::json!({"number": n + 1, "total": total, "layout": slide.layout, "columns": columns, "notes": notes})
            })
            .collect();
        let chapter = deck.meta.chapter.as_deref().and_then(|id| {
            let pos = self.index.chapter_pos.get(id)?;
            let course = &self.index.cur.courses[pos.course];
            let ch = &course.chapters[pos.chapter];
            Some(Link {
                url: format!("{to_root}{}", urls::chapter(self.locale(), &course.doc.meta.id, id)),
                title: ch.meta.title.clone(),
                number: Some((pos.chapter + 1).to_string()),
                current: false,
                lang: self.lang_of(&ch.origin),
            })
        });
        let mut context = Context::new();
        context.insert("handout", &handout);
        context.insert("slides_url", &format!("{to_root}{slides_url}"));
        context.insert("handout_url", &format!("{to_root}{}", slides_url.replace(".html", "-handout.html")));
        context.insert(
            "deck",
            &serde_json::json!({
                "id": deck.meta.id,
                "title": deck.meta.title,
                "duration": self.duration(deck.meta.duration),
                "slides": views,
                "chapter": chapter,
            }),
        );
        let mut crumbs = vec![self.home_crumb(&url)];
        if let Some(c) = &chapter {
            crumbs.push(c.clone());
        }
        let mut page = self.page(&url, &deck.meta.title, crumbs, None, None);
        self.mark_origin(&mut page, &deck.origin);
        page.needs_deck = !handout;
        self.emit("deck.html", &url, page, context, problems)
    }

    /// Decks that belong to a chapter, as links from `to_root`.
    fn decks_of(&self, chapter_id: &str, to_root: &str) -> Vec<Link> {
        self.index
            .cur
            .decks
            .iter()
            .filter(|d| d.meta.chapter.as_deref() == Some(chapter_id))
            .map(|d| Link {
                url: format!("{to_root}{}", urls::deck(self.locale(), &d.meta.id)),
                title: d.meta.title.clone(),
                number: None,
                current: false,
                lang: self.lang_of(&d.origin),
            })
            .collect()
    }

    fn assessment_view(&self, a: &Assessment, url: &str, problems: &mut Vec<Diagnostic>) -> serde_json::Value {
        let edition = a.editions.first();
        // Variables become spans so the page can switch editions without a reload.
        let with_vars = |html: String| {
            let mut html = html;
            let names: Vec<&str> = edition.map(|e| e.values.keys().map(String::as_str).collect()).unwrap_or_default();
            for name in names {
                let value = edition.and_then(|e| e.values.get(name)).map(String::as_str).unwrap_or(name);
                html = html.replace(
                    &format!("{{{name}}}"),
                    &format!("<span data-var=\"{}\">{}</span>", escape(name), escape(value)),
                );
            }
            html
        };
        let item_html = |text: &str| with_vars(escape(text));
        let dimensions: Vec<serde_json::Value> = a
            .dimensions
            .iter()
            .map(|d| {
                serde_json::json!({
                    "code": d.code,
                    "title": d.title,
                    "description": d.description.as_ref().map(|t| self.inline(t, &a.path, url, problems)),
                    "subdimensions": d.subdimensions.iter().map(|s| serde_json::json!({
                        "code": s.code,
                        "title": s.title,
                        "items": s.items.iter().map(|i| serde_json::json!({"code": i.code, "html": item_html(&i.text), "drafted": i.drafted})).collect::<Vec<_>>(),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        let schema = serde_json::json!({
            "id": a.id,
            "title": a.title,
            "scale": a.scale,
            "editions": a.editions,
            "dimensions": a.dimensions.iter().map(|d| serde_json::json!({
                "code": d.code,
                "title": d.title,
                "subdimensions": d.subdimensions.iter().map(|s| serde_json::json!({
                    "code": s.code,
                    "title": s.title,
                    "items": s.items.iter().map(|i| &i.code).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        });
        serde_json::json!({
            "id": a.id,
            "title": a.title,
            "intro": a.intro.as_ref().map(|t| with_vars(self.inline(t, &a.path, url, problems))),
            "scale": a.scale,
            "editions": a.editions,
            "dimensions": dimensions,
            "item_count": a.item_count(),
            "schema": script_json(&schema),
        })
    }
}

enum Job {
    Home,
    Status,
    Root,
    NotFound,
    Cases,
    Glossary,
    Course(usize),
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
}

/// Case references of every chapter, per locale.
pub type References = BTreeMap<String, Vec<Reference>>;

/// What a scoped render needs from the last render: the chapters' case references and the
/// documents' headings, per locale.
#[derive(Debug, Clone, Default)]
pub struct Previous {
    pub references: References,
    pub headings: Vec<KnownHeadings>,
}

#[derive(Serialize)]
struct Activity {
    kind: &'static str,
    kind_label: String,
    title: String,
    url: String,
}

#[derive(Serialize)]
struct CaseCard {
    id: String,
    number: Option<String>,
    title: String,
    url: String,
    countries: Vec<String>,
    region: String,
    region_key: String,
    sdgs: Vec<u8>,
    themes: Vec<String>,
    year: Option<u16>,
}

/// Moves a diagnostic to where its first quoted `kind:target` token appears in `file_text`.
fn relocate(mut d: Diagnostic, file_text: &str) -> Diagnostic {
    let token = d.message.split('`').skip(1).step_by(2).find(|t| t.contains(':') || t.contains('.'));
    if let Some(offset) = token.and_then(|t| file_text.find(t)) {
        let (line, column) = crate::source::line_col(file_text, offset, 1);
        d.line = line;
        d.column = column;
    }
    d
}

/// "5.10" sorts after "5.9".
fn natural_key(number: Option<&str>) -> Vec<u32> {
    number
        .map(|n| n.split('.').map(|p| p.trim().parse().unwrap_or(u32::MAX)).collect())
        .unwrap_or_else(|| vec![u32::MAX])
}

/// A deterministic shuffle (the same for every build) that never leaves items in their
/// original order when there are at least two, so an ordering question is never pre-solved.
fn shuffled(n: usize, seed: &str) -> Vec<usize> {
    let mut state: u64 = 0xcbf29ce484222325;
    for b in seed.bytes() {
        state ^= b as u64;
        state = state.wrapping_mul(0x100000001b3);
    }
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = (state % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    if n >= 2 && order.iter().enumerate().all(|(i, &o)| i == o) {
        order.rotate_left(1);
    }
    order
}

/// JSON safe to place inside `<script type="application/json">`: no `<`, `>` or `&` can end
/// the script element or open a comment, whatever the quiz text says.
pub fn script_json<T: Serialize>(value: &T) -> String {
    let json = serde_json::to_string(value).unwrap_or_else(|_| "null".into());
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// Full minification of a rendered page (`minify: true` in site.yaml): on top of the compacted
/// templates, it also drops optional quotes and whitespace inside Markdown output.
pub fn minify(html: &[u8]) -> Vec<u8> {
    let cfg = minify_html::Cfg {
        keep_closing_tags: true,
        keep_html_and_head_opening_tags: true,
        minify_css: false,
        minify_js: false,
        ..minify_html::Cfg::default()
    };
    minify_html::minify(html, &cfg)
}

fn sitemap(files: &[OutputFile], base_url: Option<&str>) -> String {
    let base = base_url.map(|b| if b.ends_with('/') { b.to_string() } else { format!("{b}/") }).unwrap_or_default();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for f in files {
        if f.path.ends_with(".html") && f.path != "404.html" && f.path != "index.html" {
            xml.push_str(&format!("  <url><loc>{}{}</loc></url>\n", escape(&base), escape(&f.path)));
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_break_out() {
        let s = script_json(&serde_json::json!({"a": "</script><!-- & \"x\""}));
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'), "{s}");
    }

    #[test]
    fn shuffles_deterministically_and_never_identity() {
        assert_eq!(shuffled(4, "q"), shuffled(4, "q"));
        for seed in ["a", "b", "c", "d", "e"] {
            let s = shuffled(2, seed);
            assert_eq!(s, vec![1, 0]);
        }
    }

    #[test]
    fn orders_case_numbers_naturally() {
        assert!(natural_key(Some("5.9")) < natural_key(Some("5.10")));
    }
}
