//! `curriculum/site.yaml`: the site's title, locales, theme and courses.

use serde::Deserialize;

/// `curriculum/site.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    /// The name under an icon on a phone's home screen (the web app manifest's `short_name`);
    /// default: the title.
    #[serde(default)]
    pub short_title: Option<String>,
    #[serde(default = "default_locale")]
    pub default_locale: String,
    #[serde(default)]
    pub base_url: Option<String>,
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Locales to build, in the language switcher's order. Default: the default locale, then
    /// every folder under `locales/`.
    #[serde(default)]
    pub locales: Option<Vec<String>>,
    /// Extra fallbacks per locale, tried after its own parent locales (`pt-BR: [pt-PT]`).
    #[serde(default)]
    pub fallbacks: std::collections::BTreeMap<String, Vec<String>>,
    pub courses: Vec<String>,
    /// Run a full HTML minifier on every page. The templates are compacted either way; this
    /// saves a few more percent of bytes at a large cost in build time.
    #[serde(default)]
    pub minify: bool,
    /// Typeset a PDF of every course in every locale with each build, linked from the course
    /// page and the print book (`coursebook pdf` makes them on demand).
    #[serde(default)]
    pub pdf: bool,
    /// Put solutions (`::: solution`) in the learner edition too, collapsed, for self-study
    /// courses. By default they are only in the facilitator edition.
    #[serde(default)]
    pub learner_solutions: bool,
    /// Which of the site's optional parts exist (each defaults to "when there is content for it").
    #[serde(default)]
    pub navigation: Navigation,
    /// What is numbered: chapters and their sections (3.1, 3.2 ...), chapters only, or nothing.
    #[serde(default)]
    pub numbering: Numbering,
    /// The school's colour and logo.
    #[serde(default)]
    pub brand: super::brand::Brand,
    /// Build the search index and show the search field (`search: false` turns both off).
    #[serde(default = "default_true")]
    pub search: bool,
    /// The language each site text is in, as `i18n::translate::localize` picked it from a
    /// locale's fallback chain (empty: the source text, in `default_locale`).
    #[serde(skip)]
    pub text_lang: SiteTextLang,
}

/// The locale the shown title and description of a site come from: a page in another language
/// marks them with their own `lang` (WCAG 3.1.2, language of parts).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteTextLang {
    pub title: String,
    pub description: String,
}

fn default_true() -> bool {
    true
}

/// `numbering:` in site.yaml.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Numbering {
    /// Chapters and their `##` sections (the default).
    #[default]
    Sections,
    /// Chapters only; sections are not numbered.
    Chapters,
    /// Nothing is numbered on the pages.
    None,
}

/// `navigation:` in site.yaml: the site-wide sections a school can turn off (a course with no
/// case studies has no case library). Unset means "when the site has content for it".
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Navigation {
    /// The case library page and its link in the header.
    #[serde(default)]
    pub case_library: Option<bool>,
    /// The filter by Sustainable Development Goal on the case library.
    #[serde(default)]
    pub sdg_filters: Option<bool>,
    /// The glossary page and its link in the header.
    #[serde(default)]
    pub glossary: Option<bool>,
    /// The list of events (deliveries) on the home page.
    #[serde(default)]
    pub events: Option<bool>,
}

/// The sections a site has, once the defaults are settled against its content.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Sections {
    pub case_library: bool,
    pub sdg_filters: bool,
    pub glossary: bool,
    pub events: bool,
}

impl Navigation {
    pub fn sections(&self, cur: &crate::content::Curriculum) -> Sections {
        let case_library = self.case_library.unwrap_or(!cur.cases.is_empty());
        Sections {
            case_library,
            sdg_filters: case_library
                && self.sdg_filters.unwrap_or_else(|| cur.cases.iter().any(|c| !c.meta.sdgs.is_empty())),
            glossary: self.glossary.unwrap_or(!cur.terms.is_empty()),
            events: self.events.unwrap_or(!cur.deliveries.is_empty()),
        }
    }
}

fn default_locale() -> String {
    "en".into()
}

fn default_theme() -> String {
    "default".into()
}

/// A theme is named by a folder under `themes/`: a plain name, never a path.
pub fn is_theme_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Characters of a home-screen icon's name that phones show before cutting it.
const SHORT_TITLE_FITS: usize = 12;

/// Checks what typed parsing cannot: `base_url` is a web address or a path, never a script.
pub fn validate(site: &SiteConfig, file: &str, tree: &crate::source::yaml::Tree) -> Vec<crate::diagnostic::Diagnostic> {
    let mut problems = Vec::new();
    if let Some(url) = &site.base_url {
        let scheme = url.split_once(':').map(|(s, _)| s).filter(|s| !s.contains('/'));
        let ok = match scheme {
            Some(s) => s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https"),
            None => true,
        };
        if !ok {
            let at = tree.pos(crate::path!["base_url"]);
            problems.push(
                crate::diagnostic::Diagnostic::error(
                    file,
                    at.line,
                    at.column,
                    format!("`base_url` must be an http(s) address or a path, not `{url}`"),
                )
                .with_hint("write the address the site is published at, e.g. https://school.example/course/"),
            );
        }
    }
    if let Some(short) = site.short_title.as_deref().filter(|s| s.chars().count() > SHORT_TITLE_FITS) {
        let at = tree.pos(crate::path!["short_title"]);
        problems.push(
            crate::diagnostic::Diagnostic::warning(
                file,
                at.line,
                at.column,
                format!(
                    "`short_title` has {} characters: phones cut it after about {SHORT_TITLE_FITS}",
                    short.chars().count()
                ),
            )
            .with_hint("use a shorter name for the home-screen icon, e.g. an abbreviation of the title"),
        );
    }
    let codes = std::iter::once((crate::path!["default_locale"].to_vec(), &site.default_locale))
        .chain(site.locales.iter().flatten().enumerate().map(|(i, code)| (crate::path!["locales", i].to_vec(), code)));
    for (path, code) in codes {
        if !crate::i18n::is_locale_code(code) {
            let at = tree.pos(&path);
            problems.push(
                crate::diagnostic::Diagnostic::error(file, at.line, at.column, format!("`{code}` is not a BCP 47 language code"))
                    .with_hint("write codes like `en`, `fr`, `zh-Hans` or `pt-BR` (hyphens, not underscores), as the folders under locales/ are named"),
            );
        }
    }
    if !is_theme_name(&site.theme) {
        let at = tree.pos(crate::path!["theme"]);
        problems.push(
            crate::diagnostic::Diagnostic::error(
                file,
                at.line,
                at.column,
                format!("`{}` is not a theme name", site.theme),
            )
            .with_hint("give the name of a folder under themes/, e.g. `theme: myschool` for themes/myschool/"),
        );
    }
    if site.minify && !cfg!(feature = "minify") {
        let at = tree.key_pos(crate::path!["minify"]);
        problems.push(
            crate::diagnostic::Diagnostic::warning(file, at.line, at.column, "`minify: true` has no effect: this coursebook was built without the `minify` feature")
                .with_hint("pages are still compacted; for full minification install with `cargo install coursebook --features minify`, or remove the setting"),
        );
    }
    if site.pdf && !cfg!(feature = "pdf") {
        let at = tree.key_pos(crate::path!["pdf"]);
        problems.push(
            crate::diagnostic::Diagnostic::error(
                file,
                at.line,
                at.column,
                "`pdf: true` needs the `pdf` feature, which this coursebook was built without",
            )
            .with_hint("install with the default features (`cargo install coursebook`), or remove the setting"),
        );
    }
    problems
}
