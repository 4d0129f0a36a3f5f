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
    /// The title's language and direction when the locale shows the source's title.
    title_lang: Option<&'a str>,
    title_dir: &'static str,
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
            title_lang: Some(l.cur.site.text_lang.title.as_str()).filter(|t| !t.is_empty() && *t != l.locale),
            title_dir: direction(&l.cur.site.text_lang.title),
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

/// The page hosts serve for any missing address, at any depth: its links cannot be relative to
/// where it is shown. Its script finds the site's root (see 404.html); without scripts the home
/// link goes to the configured `base_url`'s path, or is relative to the site's root.
pub(super) fn render_404(r: &Renderer<'_>, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    use base64::Engine;
    let url = "404.html";
    let page = r.page(url, &r.strings.get("not-found-title"), Vec::new(), None, None);
    let home = urls::home(r.locale());
    let base_path = r.index.cur.site.base_url.as_deref().and_then(base_path);
    let mut context = Context::new();
    let brand_css = r.index.cur.site.brand.palette().map(|p| p.css()).unwrap_or_default();
    context.insert("css", &format!("{}{brand_css}", r.theme.text("assets/site.css").unwrap_or("")));
    context.insert("locales", &r.input.locales.iter().map(|l| l.locale.as_str()).collect::<Vec<_>>());
    context.insert("home", &home);
    context.insert("base_path", &base_path.clone().unwrap_or_default());
    context.insert("home_href", &format!("{}{home}", base_path.unwrap_or_default()));
    // Inline, so that the icon shows at any depth without a request.
    let icon = r
        .theme
        .files
        .get("assets/favicon.svg")
        .map(|svg| format!("data:image/svg+xml;base64,{}", base64::engine::general_purpose::STANDARD.encode(svg)));
    context.insert("favicon", &icon);
    r.emit("404.html", url, page, context, problems)
}

/// The path part of `base_url`, with slashes at both ends ("https://x.org/course" → "/course/");
/// none for a relative path.
fn base_path(base_url: &str) -> Option<String> {
    let path = match base_url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |at| &rest[at..]),
        None => base_url,
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path.starts_with('/').then(|| if path.ends_with('/') { path.to_string() } else { format!("{path}/") })
}

/// What a locale's web app manifest says (theme colours and icons are in the template).
#[derive(Serialize)]
struct ManifestView<'a> {
    /// The header's colour: the theme's, or the brand's.
    theme_color: String,
    name: &'a str,
    short_name: &'a str,
    description: Option<&'a str>,
    lang: &'a str,
    dir: &'static str,
    to_root: String,
}

/// `<locale>/manifest.webmanifest`: name, icons and colours for "add to home screen" (no service
/// worker: the site works offline from a folder, not as an installed app).
pub(super) fn render_manifest(r: &Renderer<'_>, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let locale = r.locale();
    let path = format!("{locale}/manifest.webmanifest");
    let site = &r.index.cur.site;
    let view = ManifestView {
        theme_color: r.brand.theme_color.clone(),
        name: &site.title,
        short_name: site.short_title.as_deref().unwrap_or(&site.title),
        description: site.description.as_deref(),
        lang: locale,
        dir: direction(locale),
        to_root: urls::to_root(&path),
    };
    let mut context = Context::new();
    context.insert("manifest", &view);
    match r.tera.render("manifest.webmanifest", &context) {
        Ok(json) => Some(OutputFile { path, bytes: json.into_bytes() }),
        Err(e) => {
            problems.push(template_error(r.theme, &e));
            None
        }
    }
}

pub(super) fn render_home(r: &Renderer<'_>, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
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
        /// Language of the course's texts when they are not the page's.
        lang: Option<String>,
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
            lang: r.lang_of(&c.doc.origin),
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
