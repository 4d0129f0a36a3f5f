//! The parts every page shares: the chrome (navigation, breadcrumbs, language switcher,
//! translation notices), links resolved for the page, inline and block Markdown, durations.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use serde::Serialize;
use tera::Context;

use super::{activity, case, chapter, minify, template_error, OutputFile, Renderer};

/// Stands in a page's frame for the long list `variable`, which is written in its place (see
/// [`Renderer::emit_framed`]). No content can put it in the frame before the list: text is
/// escaped (no `<`) and raw HTML is sanitised (no comments).
pub(crate) fn list_marker(variable: &str) -> String {
    format!("<!--coursebook:{variable}-->")
}
use crate::content::{Duration, Kind, Origin, TranslationState};
use crate::diagnostic::Diagnostic;
use crate::i18n::direction;
use crate::pipeline::resolve::urls;
use crate::text::markdown::{self, RenderContext, Resolver, Target};

/// Resolves links for one page: the index plus this page's position, for relative URLs.
pub(crate) struct PageResolver<'r, 'a> {
    pub(crate) r: &'r Renderer<'a>,
}

impl Resolver for PageResolver<'_, '_> {
    fn resolve<'s>(&'s self, kind: Kind, id: &'s str) -> Option<Target<'s>> {
        self.r.index.target(kind, id)
    }
    /// A path in a translated file means what it says from that file; failing that, what it
    /// means from the source file (where a copied path was written).
    fn file(&self, from: &str, relative: &str) -> Option<String> {
        self.r
            .index
            .file(from, relative)
            .or_else(|| self.r.index.file(&crate::i18n::translate::mirrored_source(from), relative))
    }
    fn embed(&self, kind: Kind, target: &str, to_root: &str) -> Option<String> {
        let (id, fragment) = target.split_once('#').map_or((target, None), |(i, f)| (i, Some(f)));
        match kind {
            Kind::Case => case::case_summary_html(self.r, id, to_root),
            Kind::Chapter if fragment == Some("key-messages") => chapter::key_messages_html(self.r, id, to_root),
            Kind::Quiz | Kind::Worksheet | Kind::Assessment | Kind::Framework => {
                let activity = activity::ActivityRef::find(self.r.index.cur, kind, id)?;
                let page = urls::item(&self.r.index.locale, kind, id)?;
                activity::activity_html(self.r, activity, &page, true, &mut Vec::new())
            }
            Kind::Chapter | Kind::Course | Kind::Term | Kind::Deck | Kind::Delivery | Kind::Setup => None,
        }
    }
    fn label(&self, key: &str) -> String {
        self.r.strings.get(key)
    }
    fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.r.format(key, args)
    }
    fn suggest(&self, kind: Kind, id: &str) -> Option<String> {
        self.r.index.suggest(kind, id)
    }
    fn page_anchors(&self, url: &str) -> Option<Vec<String>> {
        self.r.index.anchors_at(url)
    }
    fn item_at(&self, url: &str) -> Option<(Kind, String)> {
        self.r.index.item_at(url).map(|(kind, id)| (kind, id.to_string()))
    }
    fn item_in_file(&self, from: &str, relative: &str) -> Option<(Kind, String)> {
        let source = crate::i18n::translate::mirrored_source(from);
        let item = self.r.index.item_in_file(from, relative).or_else(|| self.r.index.item_in_file(&source, relative));
        item.map(|(kind, id)| (kind, id.to_string()))
    }
    fn failed_to_load(&self, kind: Kind, id: &str) -> bool {
        self.r.index.cur.explains_missing(kind, id)
    }
}

#[derive(Serialize, Clone, Default)]
pub(crate) struct Link {
    pub(crate) url: String,
    pub(crate) title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) number: Option<String>,
    pub(crate) current: bool,
    /// Language of the title when it differs from the page's (an untranslated title).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) lang: Option<String>,
}

/// The same page in another locale, for the language switcher and `hreflang`.
#[derive(Serialize)]
pub(crate) struct Alternate {
    pub(crate) lang: String,
    pub(crate) name: String,
    pub(crate) url: String,
    pub(crate) current: bool,
    pub(crate) dir: &'static str,
}

/// A banner telling the reader that the page is not (or no longer) translated.
#[derive(Serialize)]
pub(crate) struct Notice {
    pub(crate) kind: &'static str,
    pub(crate) text: String,
    pub(crate) original_url: String,
    pub(crate) original_lang: String,
}

#[derive(Serialize)]
pub(crate) struct NavCourse {
    pub(crate) title: String,
    /// Language of the title when it is not the page's.
    pub(crate) lang: Option<String>,
    pub(crate) url: String,
    pub(crate) current: bool,
    /// The current course's chapters (a window of them in a long course), each rendered by
    /// `partials/nav-chapter.html` (see [`NavEntries`]); empty for the other courses.
    pub(crate) chapters_html: String,
    /// The course's setup page, listed before its chapters.
    pub(crate) setup: Option<Link>,
    /// The list is a window of a long course: chapters are left out before / after it.
    pub(crate) more_before: bool,
    pub(crate) more_after: bool,
}

/// Per course, per chapter: its sidebar entry as a link, then as the current page.
type NavSlots = Vec<Vec<OnceLock<[String; 2]>>>;

/// The sidebar's chapter entries, each rendered from `partials/nav-chapter.html` once per page
/// depth (links are relative) and state (current chapter or not), not on every page that lists
/// it: the window of 25 chapters was a quarter of a build's template work.
#[derive(Default)]
pub(crate) struct NavEntries {
    /// Per `to_root` (the page's depth).
    by_root: Mutex<HashMap<String, Arc<NavSlots>>>,
    /// The partial's error, reported once however many entries it failed.
    problem: Mutex<Option<Diagnostic>>,
}

impl NavEntries {
    /// The problem rendering the entries, if any.
    pub(crate) fn take_problem(&self) -> Option<Diagnostic> {
        self.problem.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}

/// Courses with more chapters than this list a window of chapters in the sidebar.
pub(crate) const NAV_FULL_LIMIT: usize = 60;
/// Chapters shown on each side of the current one in a windowed sidebar.
pub(crate) const NAV_WINDOW: usize = 12;

#[derive(Serialize)]
pub(crate) struct Page {
    pub(crate) lang: String,
    pub(crate) dir: &'static str,
    pub(crate) site_title: String,
    pub(crate) site_description: Option<String>,
    /// Languages of the site's title and description when they are not the page's (a locale
    /// that does not translate site.yaml shows the source's).
    pub(crate) site_title_lang: Option<String>,
    pub(crate) site_description_lang: Option<String>,
    pub(crate) title: String,
    pub(crate) description: Option<String>,
    pub(crate) to_root: String,
    pub(crate) home_url: String,
    /// Links to the site-wide sections that exist (`navigation:` in site.yaml).
    pub(crate) cases_url: Option<String>,
    pub(crate) glossary_url: Option<String>,
    pub(crate) sections: crate::content::site_config::Sections,
    /// What the site numbers (`numbering:` in site.yaml); with `none`, numbers are not shown.
    pub(crate) numbering: crate::content::site_config::Numbering,
    pub(crate) nav: Vec<NavCourse>,
    pub(crate) breadcrumbs: Vec<Link>,
    /// Scripts this page needs beyond the site script (e.g. activities).
    pub(crate) needs_activity: bool,
    pub(crate) needs_assessment: bool,
    pub(crate) needs_deck: bool,
    /// The search page runs the search script at once (other pages load it on focus).
    pub(crate) needs_search: bool,
    /// The header's search field, unless the site turned search off.
    pub(crate) search: Option<super::search::SearchLinks>,
    pub(crate) url: String,
    pub(crate) alternates: Vec<Alternate>,
    pub(crate) notice: Option<Notice>,
    /// Language and direction of the main content when it differs from the page's.
    pub(crate) content_lang: Option<String>,
    pub(crate) content_dir: Option<&'static str>,
    pub(crate) status_url: String,
    /// Learner or facilitator edition (the latter says so on every page).
    pub(crate) edition: crate::text::markdown::Edition,
    /// The site's brand: its stylesheet (`assets/brand.css`) when it sets a colour, its logo's
    /// URL, and the colour browsers tint their interface with.
    pub(crate) brand: BrandView,
}

#[derive(Serialize, Clone)]
pub(crate) struct BrandView {
    pub(crate) css: bool,
    pub(crate) logo: Option<String>,
    pub(crate) theme_color: String,
}

impl BrandView {
    /// The theme's own colour when the site sets none.
    const THEME_COLOR: &'static str = "#08437e";

    /// The brand of a page at the site's root.
    pub(crate) fn new(brand: &crate::content::brand::Brand) -> BrandView {
        let palette = brand.palette();
        BrandView {
            css: palette.is_some(),
            logo: brand.logo_path(),
            theme_color: palette.map_or_else(|| Self::THEME_COLOR.to_string(), |p| p.accent_dark.hex()),
        }
    }

    /// The same for a page `to_root` below the site's root.
    fn at(&self, to_root: &str) -> BrandView {
        BrandView { logo: self.logo.as_ref().map(|p| format!("{to_root}{p}")), ..self.clone() }
    }
}

impl Renderer<'_> {
    pub(crate) fn page(
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
                let chapters_html =
                    if current { self.nav_chapters(ci, window.clone(), here, &to_root) } else { String::new() };
                // The label is the theme's (translated), whatever the page's title.
                let setup = course.setup.as_ref().filter(|_| current).map(|_| {
                    let setup_url = urls::setup(locale, &course.doc.meta.id);
                    Link {
                        current: setup_url == url,
                        url: rel(setup_url),
                        title: self.strings.get("setup"),
                        number: None,
                        lang: None,
                    }
                });
                NavCourse {
                    title: course.doc.meta.title.clone(),
                    lang: self.lang_of(&course.doc.origin),
                    setup,
                    url: rel(urls::course(locale, &course.doc.meta.id)),
                    current,
                    more_before: current && window.start > 0,
                    more_after: current && window.end < course.chapters.len(),
                    chapters_html,
                }
            })
            .collect();
        Page {
            lang: locale.to_string(),
            dir: direction(locale),
            site_title: cur.site.title.clone(),
            site_description: cur.site.description.clone(),
            site_title_lang: self.lang_for(&cur.site.text_lang.title),
            site_description_lang: self.lang_for(&cur.site.text_lang.description),
            title: title.to_string(),
            description: None,
            home_url: rel(urls::home(locale)),
            cases_url: self.sections.case_library.then(|| rel(urls::cases(locale))),
            glossary_url: self.sections.glossary.then(|| rel(urls::glossary(locale))),
            sections: self.sections,
            numbering: cur.site.numbering,
            nav,
            breadcrumbs,
            needs_activity: false,
            needs_assessment: false,
            needs_deck: false,
            needs_search: false,
            search: cur.site.search.then(|| super::search::SearchLinks::new(locale, &to_root)),
            alternates: self.alternates(url, &to_root),
            notice: None,
            content_lang: None,
            content_dir: None,
            status_url: rel(format!("{locale}/translation-status.html")),
            edition: self.input.edition,
            brand: self.brand.at(&to_root),
            url: url.to_string(),
            to_root,
        }
    }

    /// The sidebar entries of course `ci`'s chapters in `window`, `here` marked as the current
    /// page, for a page `to_root` below the site's root (see [`NavEntries`]).
    fn nav_chapters(&self, ci: usize, window: std::ops::Range<usize>, here: Option<usize>, to_root: &str) -> String {
        let slots = self.nav_slots(to_root);
        let mut html = String::new();
        for i in window {
            let [link, current] = slots[ci][i].get_or_init(|| self.nav_chapter(ci, i, to_root));
            html.push_str(if here == Some(i) { current } else { link });
        }
        html
    }

    fn nav_slots(&self, to_root: &str) -> Arc<NavSlots> {
        let mut by_root = self.nav_entries.by_root.lock().unwrap_or_else(|e| e.into_inner());
        let slots = by_root.entry(to_root.to_string()).or_insert_with(|| {
            let courses = self.index.cur.courses.iter();
            Arc::new(courses.map(|c| c.chapters.iter().map(|_| OnceLock::new()).collect()).collect())
        });
        Arc::clone(slots)
    }

    /// Chapter `i` of course `ci` as a sidebar entry: as a link, and as the current page.
    fn nav_chapter(&self, ci: usize, i: usize, to_root: &str) -> [String; 2] {
        let course = &self.index.cur.courses[ci];
        let ch = &course.chapters[i];
        let mut entry = Link {
            url: format!("{to_root}{}", urls::chapter(self.locale(), &course.doc.meta.id, &ch.meta.id)),
            title: ch.meta.title.clone(),
            number: Some(course.numbers[i].clone()),
            current: false,
            lang: self.lang_of(&ch.origin),
        };
        let render = |entry: &Link| {
            let mut context = Context::new();
            context.insert("ch", entry);
            let mut problems = Vec::new();
            let html = self.render_template("partials/nav-chapter.html", &context, &mut problems);
            if let Some(problem) = problems.pop() {
                self.nav_entries.problem.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(problem);
            }
            // Tera renders into a buffer of 2 kB: kept as is, 40,000 entries would hold 80 MB.
            let mut html = html.unwrap_or_default();
            html.shrink_to_fit();
            html
        };
        let link = render(&entry);
        entry.current = true;
        [link, render(&entry)]
    }

    /// This page in every locale. Every page exists in every locale (untranslated ones show
    /// the fallback text), so the links always work.
    pub(crate) fn alternates(&self, url: &str, to_root: &str) -> Vec<Alternate> {
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

    /// A UI string with text arguments ("Figure { $number }").
    pub(crate) fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut fluent = fluent_bundle::FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, fluent_bundle::FluentValue::from(*value));
        }
        self.strings.format(key, Some(&fluent))
    }

    /// The language of a content item's text when it is not the page's: templates give such
    /// text its own `lang` (and `dir`), so that it is read in its language (WCAG 3.1.2).
    pub(crate) fn lang_of(&self, origin: &Origin) -> Option<String> {
        self.lang_for(&origin.lang)
    }

    /// `lang` when it is set and not the page's language.
    pub(crate) fn lang_for(&self, lang: &str) -> Option<String> {
        (!lang.is_empty() && lang != self.site.locale).then(|| lang.to_string())
    }

    pub(crate) fn name_of(&self, locale: &str) -> String {
        self.input
            .locales
            .iter()
            .find(|l| l.locale == locale)
            .map(|l| l.name.clone())
            .unwrap_or_else(|| locale.to_string())
    }

    /// Sets the notice and content language of a page whose main content has `origin`.
    pub(crate) fn mark_origin(&self, page: &mut Page, origin: &Origin) {
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

    pub(crate) fn emit(
        &self,
        template: &str,
        url: &str,
        page: Page,
        mut context: Context,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<OutputFile> {
        context.insert("page", &page);
        let html = self.render_bytes(template, &context, problems)?;
        Some(OutputFile { path: url.to_string(), bytes: self.finish_page(html) })
    }

    /// `template` rendered, or its error among `problems`.
    pub(crate) fn render_template(
        &self,
        template: &str,
        context: &Context,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<String> {
        self.tera.render(template, context).map_err(|e| problems.push(template_error(self.theme, &e))).ok()
    }

    /// [`Self::render_template`] as bytes: Tera writes `str`s, so they are UTF-8 without
    /// checking the whole page again (that check was 4 % of a build with accented text).
    pub(crate) fn render_bytes(
        &self,
        template: &str,
        context: &Context,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<Vec<u8>> {
        let mut bytes = Vec::new();
        match self.tera.render_to(template, context, &mut bytes) {
            Ok(()) => Some(bytes),
            Err(e) => {
                problems.push(template_error(self.theme, &e));
                None
            }
        }
    }

    /// Writes a page made of a frame and long lists: `frame` (rendered from `template`) holds
    /// [`list_marker`]`(variable)` where each list goes (the template shows it with
    /// `{{ variable | safe }}`), and each list's items are rendered and written one at a time,
    /// so that the syllabus of thousands of chapters or a print book of hundreds of megabytes is
    /// never held whole. With `minify: true` the page is joined first: the minifier needs all
    /// of it.
    pub(crate) fn emit_framed(
        &self,
        url: &str,
        template: &str,
        frame: Vec<u8>,
        lists: Vec<(&str, &mut dyn Iterator<Item = Vec<u8>>)>,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<OutputFile> {
        let has = |marker: &str| memchr::memmem::find(&frame, marker.as_bytes());
        let missing: Vec<&str> = lists.iter().map(|l| l.0).filter(|v| has(&list_marker(v)).is_none()).collect();
        for variable in &missing {
            let message =
                format!("{template} does not show the {variable}: add `{{{{ {variable} | safe }}}}` where they go");
            problems.push(template_error(self.theme, &tera::Error::msg(message)));
        }
        if !missing.is_empty() {
            return None;
        }
        // The security policy is computed on the frame: list items hold no inline script.
        let frame = if self.site.cur.site.minify { frame } else { self.finish_page(frame) };
        let mut lists: Vec<(usize, usize, &mut dyn Iterator<Item = Vec<u8>>)> = lists
            .into_iter()
            .filter_map(|(variable, items)| {
                let marker = list_marker(variable);
                memchr::memmem::find(&frame, marker.as_bytes()).map(|at| (at, marker.len(), items))
            })
            .collect();
        lists.sort_by_key(|l| l.0);
        let mut parts: Box<dyn Iterator<Item = Vec<u8>> + '_> = Box::new(std::iter::empty());
        let mut done = 0;
        for (at, len, items) in lists {
            let piece = frame[done..at].to_vec();
            parts = Box::new(parts.chain(std::iter::once(piece)).chain(items));
            done = at + len;
        }
        let mut parts = parts.chain(std::iter::once(frame[done..].to_vec()));
        if self.site.cur.site.minify {
            let html: Vec<u8> = parts.flatten().collect();
            return self.emit_file(OutputFile { path: url.to_string(), bytes: self.finish_page(html) });
        }
        self.emit_parts(url, &mut parts)
    }

    /// A rendered page as written: minified when the site asks for it, with its security policy.
    pub(crate) fn finish_page(&self, html: Vec<u8>) -> Vec<u8> {
        let html = if self.site.cur.site.minify { minify(&html) } else { html };
        super::csp::with_policy(html)
    }

    /// Inline Markdown (objectives, key messages, prompts) rendered for a page.
    pub(crate) fn inline(&self, text: &str, source: &str, url: &str, problems: &mut Vec<Diagnostic>) -> String {
        let resolver = PageResolver { r: self };
        let to_root = urls::to_root(url);
        let ctx = RenderContext {
            resolver: &resolver,
            source_path: source,
            to_root: &to_root,
            page_url: url,
            in_deck: false,
            edition: self.input.edition,
            learner_solutions: self.site.cur.site.learner_solutions,
        };
        let r = markdown::render_inline(text, &ctx);
        // A text from YAML is rendered out of its file: place its problems where it is written.
        let scalar = self.index.tree(source).and_then(|(tree, yaml)| Some((tree, yaml, tree.find_scalar(text)?)));
        problems.extend(r.problems.into_iter().map(|mut d| {
            if let Some((tree, yaml, node)) = scalar {
                let at = tree.position_in(yaml, node, d.line, d.column);
                (d.line, d.column) = (at.line, at.column);
            }
            d
        }));
        r.html
    }

    pub(crate) fn block(
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
            edition: self.input.edition,
            learner_solutions: self.site.cur.site.learner_solutions,
        };
        let mut r = markdown::render(parsed, &ctx);
        problems.append(&mut r.problems);
        r
    }

    pub(crate) fn home_crumb(&self, url: &str) -> Link {
        Link {
            url: format!("{}{}", urls::to_root(url), urls::home(self.locale())),
            title: self.strings.get("home"),
            number: None,
            current: false,
            lang: None,
        }
    }

    pub(crate) fn duration(&self, d: Option<Duration>) -> Option<String> {
        d.map(|d| format_duration(self.strings, d))
    }
}

/// A duration in words of the locale: "3 hours", "1 hour 30 minutes", "5 days".
pub(crate) fn format_duration(strings: &crate::i18n::Strings, d: Duration) -> String {
    let minutes = d.minutes();
    let day = crate::content::MINUTES_PER_TEACHING_DAY;
    let (h, m) = (minutes / 60, minutes % 60);
    if minutes >= 2 * day && minutes.is_multiple_of(day) {
        return strings.count("duration-days", (minutes / day) as i64);
    }
    match (h, m) {
        (0, m) => strings.count("duration-minutes", m as i64),
        (h, 0) => strings.count("duration-hours", h as i64),
        (h, m) => strings.format(
            "duration-hours-minutes",
            Some(&{
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("hours", strings.count("duration-hours", h as i64));
                args.set("minutes", strings.count("duration-minutes", m as i64));
                args
            }),
        ),
    }
}
