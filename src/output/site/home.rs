//! The site's front pages: the language choice at the root, each locale's home page, the 404
//! page and the translation status page.

use super::*;
use crate::i18n::translate::LocaleStatus;

/// A language on the root page's language choice.
#[derive(Serialize)]
struct LocaleChoice<'a> {
    code: &'a str,
    name: &'a str,
    url: String,
    dir: &'static str,
    title: &'a str,
}

#[derive(Serialize)]
struct LocaleProgress<'a> {
    status: &'a LocaleStatus,
    name: String,
}

pub(crate) fn render_root(r: &Renderer<'_>, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let url = "index.html";
    let page = r.page(url, &r.index.cur.site.title, Vec::new(), None, None);
    let locales: Vec<LocaleChoice> = r
        .input
        .locales
        .iter()
        .map(|l| LocaleChoice {
            code: &l.locale,
            name: &l.name,
            url: urls::home(&l.locale),
            dir: direction(&l.locale),
            title: &l.cur.site.title,
        })
        .collect();
    let mut context = Context::new();
    context.insert("target", &urls::home(r.locale()));
    context.insert("locales", &locales);
    r.emit("root.html", url, page, context, problems)
}

/// Translation progress of every locale, for translators.
pub(crate) fn render_status(r: &Renderer<'_>, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let url = format!("{}/translation-status.html", r.locale());
    let mut context = Context::new();
    let statuses: Vec<LocaleProgress> =
        r.input.statuses.iter().map(|s| LocaleProgress { status: s, name: r.name_of(&s.locale) }).collect();
    context.insert("statuses", &statuses);
    context.insert("source_name", &r.name_of(&r.input.locales[0].locale));
    let page = r.page(&url, &r.strings.get("translation-status"), vec![r.home_crumb(&url)], None, None);
    r.emit("status.html", &url, page, context, problems)
}

pub(crate) fn render_404(r: &Renderer<'_>, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let url = "404.html";
    let page = r.page(url, &r.strings.get("not-found-title"), Vec::new(), None, None);
    let mut context = Context::new();
    context.insert("css", &r.theme.text("assets/site.css").unwrap_or(""));
    context.insert("locales", &r.input.locales.iter().map(|l| l.locale.as_str()).collect::<Vec<_>>());
    r.emit("404.html", url, page, context, problems)
}

pub(crate) fn render_home(r: &Renderer<'_>, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let locale = r.locale();
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
    let cur = r.index.cur;
    let courses: Vec<CourseCard> = cur
        .courses
        .iter()
        .map(|c| CourseCard {
            title: c.doc.meta.title.clone(),
            url: format!("{to_root}{}", urls::course(locale, &c.doc.meta.id)),
            summary: c.doc.meta.summary.as_ref().map(|s| r.inline(s, &c.doc.path, &url, problems)),
            duration: r.duration(c.doc.meta.duration),
            chapters: c.chapters.len(),
            publisher: c.doc.meta.publisher.clone(),
        })
        .collect();
    let mut context = Context::new();
    context.insert("courses", &courses);
    context.insert("events", &event::events_view(r, &to_root));
    context.insert("case_count", &cur.cases.len());
    context.insert("term_count", &cur.terms.len());
    let mut page = r.page(&url, &cur.site.title, Vec::new(), None, None);
    page.description = cur.site.description.clone();
    r.emit("home.html", &url, page, context, problems)
}
