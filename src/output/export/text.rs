//! Quiz text (inline Markdown) for a question bank. A bank lives outside the site, so `kind:id`
//! links cannot be relative: they become absolute links to the published site when `site.yaml`
//! has a `base_url`, and plain text otherwise. Images of the site's `static/` folder travel with
//! the bank (Moodle XML), link to the published site, or become their alt text ([`Images`]).
//! Formulas become `\(...\)` and `\[...\]`, which Moodle's MathJax filter typesets. Raw HTML
//! is shown as text, and only http(s) and mailto links survive.

use std::collections::{BTreeSet, HashMap};

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd};

use crate::content::{Curriculum, Kind};
use crate::i18n::translate::mirrored_source;
use crate::pipeline::resolve::{join_relative, urls};
use crate::text::markdown;

/// What a path segment of a URL escapes: all but the unreserved characters (as PHP's
/// `rawurlencode`, with which Moodle writes `@@PLUGINFILE@@` URLs).
const URL_SEGMENT: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// What becomes of an image of the site (a file under `static/`) in a bank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Images {
    /// The file travels with the bank: `@@PLUGINFILE@@/<path under static/>` (Moodle XML).
    Embed,
    /// An absolute link to the file on the published site (the site's `base_url`).
    Link(String),
    /// Its alt text (a bank that cannot carry files, of a site with no `base_url`).
    Alt,
}

/// A quiz text as HTML for a bank, with the site's files it shows and the images it lost.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct BankHtml {
    pub html: String,
    /// Root-relative paths (`static/...`) of the images to embed.
    pub files: Vec<String>,
    /// Images shown as their alt text: the image's path, byte offset in the text, and why.
    pub lost: Vec<(String, usize, LostImage)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LostImage {
    /// No file of `static/` at that path.
    NotFound,
    /// The bank cannot carry files and the site has no `base_url` to link them.
    NotCarried,
}

/// The path of an embedded file inside the question's file area: its path under `static/`.
pub fn embedded_name(static_path: &str) -> &str {
    static_path.strip_prefix(crate::pipeline::STATIC_DIR).map_or(static_path, |p| p.trim_start_matches('/'))
}

/// Turns quiz text into HTML or plain text for one locale of the site.
pub struct BankText {
    /// (kind, id) → (title, absolute URL when the site has a base URL).
    targets: HashMap<(Kind, String), (String, Option<String>)>,
    static_files: BTreeSet<String>,
    images: Images,
    /// The site's `base_url` with a trailing slash.
    base: Option<String>,
}

/// The site's `base_url` with a trailing slash.
pub fn base_url(cur: &Curriculum) -> Option<String> {
    cur.site.base_url.as_deref().map(|b| if b.ends_with('/') { b.to_string() } else { format!("{b}/") })
}

impl BankText {
    pub fn new(cur: &Curriculum, locale: &str, static_files: &BTreeSet<String>, images: Images) -> BankText {
        let base = base_url(cur);
        let mut targets = HashMap::new();
        for course in &cur.courses {
            for ch in &course.chapters {
                let url = urls::chapter(locale, &course.doc.meta.id, &ch.meta.id);
                targets.insert(
                    (Kind::Chapter, ch.meta.id.clone()),
                    (ch.meta.title.clone(), base.as_ref().map(|b| format!("{b}{url}"))),
                );
            }
        }
        for entry in cur.entries() {
            if let Some(url) = urls::item(locale, entry.kind(), entry.id()) {
                targets.insert(
                    (entry.kind(), entry.id().to_string()),
                    (entry.title().to_string(), base.as_ref().map(|b| format!("{b}{url}"))),
                );
            }
        }
        BankText { targets, static_files: static_files.clone(), images, base }
    }

    /// How a text that cannot carry files shows images: linked to the published site, or as
    /// their alt text.
    pub fn images_without_files(&self) -> Images {
        self.base.clone().map_or(Images::Alt, Images::Link)
    }

    /// Inline Markdown of the file `source` as HTML, without a wrapping `<p>` when it is a single
    /// paragraph.
    pub fn html(&self, text: &str, source: &str) -> BankHtml {
        self.html_with(text, source, &self.images)
    }

    /// As [`BankText::html`], with images shown as `images` says.
    pub fn html_with(&self, text: &str, source: &str, images: &Images) -> BankHtml {
        let mut out = BankHtml::default();
        let events = self.events(text, Some((source, images, &mut out)));
        pulldown_cmark::html::push_html(&mut out.html, events.into_iter());
        let trimmed = out.html.trim();
        out.html = match trimmed.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
            Some(inner) if !inner.contains("<p>") => inner.to_string(),
            _ => trimmed.to_string(),
        };
        out
    }

    /// The text alone, for places that take no markup (a matching answer, a category name).
    pub fn plain(&self, text: &str) -> String {
        let mut out = String::new();
        for event in self.events(text, None) {
            match event {
                Event::Text(t) | Event::Code(t) => out.push_str(&t),
                Event::SoftBreak | Event::HardBreak => out.push(' '),
                Event::End(TagEnd::Paragraph) => out.push(' '),
                _ => {}
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The events of `text` as a bank shows them. With `html` (the source file and what is
    /// learnt about its images), images of the site are kept as [`Images`] says; without, every
    /// image is its alt text.
    fn events<'t>(&self, text: &'t str, mut html: Option<(&str, &Images, &mut BankHtml)>) -> Vec<Event<'t>> {
        let mut out = Vec::new();
        // For each open link: whether its start tag was kept (its end tag must match).
        let mut links: Vec<bool> = Vec::new();
        // For each open image: whether it is kept as an image (else its alt text only).
        let mut images: Vec<bool> = Vec::new();
        let mut parser = Parser::new_ext(text, markdown::options()).into_offset_iter().peekable();
        while let Some((event, range)) = parser.next() {
            let in_alt_text = images.last().is_some_and(|kept| !kept);
            match event {
                Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                    let empty = matches!(parser.peek(), Some((Event::End(TagEnd::Link), _)));
                    let (href, target_title) = self.link(&dest_url);
                    match href {
                        Some(href) => {
                            out.push(Event::Start(Tag::Link { link_type, dest_url: href.into(), title, id }));
                            links.push(true);
                        }
                        None => links.push(false),
                    }
                    if empty {
                        out.push(Event::Text(target_title.unwrap_or_else(|| dest_url.to_string()).into()));
                    }
                }
                Event::End(TagEnd::Link) => {
                    if links.pop().unwrap_or(false) {
                        out.push(Event::End(TagEnd::Link));
                    }
                }
                Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                    let src = html
                        .as_mut()
                        .and_then(|(source, images, found)| self.image(&dest_url, range.start, source, images, found));
                    images.push(src.is_some());
                    if let Some(src) = src {
                        out.push(Event::Start(Tag::Image { link_type, dest_url: src.into(), title, id }));
                    }
                }
                Event::End(TagEnd::Image) => {
                    if images.pop().unwrap_or(false) {
                        out.push(Event::End(TagEnd::Image));
                    }
                }
                Event::Text(t) if !images.is_empty() => out.push(Event::Text(t)),
                _ if in_alt_text => {}
                // Moodle's MathJax filter typesets TeX between these delimiters.
                Event::InlineMath(tex) => out.push(Event::Text(format!("\\({tex}\\)").into())),
                Event::DisplayMath(tex) => out.push(Event::Text(format!("\\[{tex}\\]").into())),
                Event::Html(raw) | Event::InlineHtml(raw) => out.push(Event::Text(raw)),
                other => out.push(other),
            }
        }
        out
    }

    /// Where an image goes in the bank (None: its alt text, noted in `found`).
    fn image(&self, dest: &str, offset: usize, source: &str, images: &Images, found: &mut BankHtml) -> Option<String> {
        if let Some((scheme, _)) = dest.split_once(':') {
            let external = matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https");
            return external.then(|| dest.to_string());
        }
        let path = dest.split(['#', '?']).next().unwrap_or_default();
        let file = [source, &mirrored_source(source)]
            .into_iter()
            .filter_map(|from| join_relative(from, path))
            .find(|p| self.static_files.contains(p));
        let Some(file) = file else {
            found.lost.push((dest.to_string(), offset, LostImage::NotFound));
            return None;
        };
        let encoded = |p: &str| {
            p.split('/')
                .map(|s| percent_encoding::utf8_percent_encode(s, URL_SEGMENT).to_string())
                .collect::<Vec<_>>()
                .join("/")
        };
        match images {
            Images::Embed => {
                let src = format!("@@PLUGINFILE@@/{}", encoded(embedded_name(&file)));
                if !found.files.contains(&file) {
                    found.files.push(file);
                }
                Some(src)
            }
            Images::Link(base) => Some(format!("{base}{}", encoded(&file))),
            Images::Alt => {
                found.lost.push((dest.to_string(), offset, LostImage::NotCarried));
                None
            }
        }
    }

    /// Where a link goes in the bank (None: plain text), and the target's title for empty links.
    fn link(&self, dest: &CowStr<'_>) -> (Option<String>, Option<String>) {
        if let Some((scheme, rest)) = dest.split_once(':') {
            if let Some(kind) = Kind::from_name(scheme) {
                let (id, fragment) = rest.split_once('#').map_or((rest, None), |(i, f)| (i, Some(f)));
                return match self.targets.get(&(kind, id.to_string())) {
                    Some((title, url)) => {
                        let href = url.as_ref().map(|u| match fragment {
                            Some(f) if !u.contains('#') => format!("{u}#{f}"),
                            _ => u.clone(),
                        });
                        (href, Some(title.clone()))
                    }
                    None => (None, None),
                };
            }
            if matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https" | "mailto") {
                return (Some(dest.to_string()), None);
            }
        }
        (None, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(base: Option<&str>) -> BankText {
        let mut targets = HashMap::new();
        targets.insert(
            (Kind::Term, "capacity".to_string()),
            ("Capacity".to_string(), base.map(|b| format!("{b}en/glossary.html#capacity"))),
        );
        let static_files = ["static/img/a chart.svg".to_string()].into_iter().collect();
        BankText { targets, static_files, images: Images::Alt, base: base.map(str::to_string) }
    }

    const QUIZ: &str = "curriculum/quizzes/q.yaml";

    #[test]
    fn id_links_become_absolute_or_plain_text() {
        let md = "See [capacity](term:capacity) and [](term:capacity), *now*.";
        assert_eq!(text(None).html(md, QUIZ).html, "See capacity and Capacity, <em>now</em>.");
        assert_eq!(
            text(Some("https://x.org/")).html(md, QUIZ).html,
            "See <a href=\"https://x.org/en/glossary.html#capacity\">capacity</a> and <a href=\"https://x.org/en/glossary.html#capacity\">Capacity</a>, <em>now</em>."
        );
    }

    #[test]
    fn raw_html_and_unsafe_links_are_text() {
        let t = text(None);
        assert_eq!(t.html("<b onclick=x>hi</b>", QUIZ).html, "&lt;b onclick=x&gt;hi&lt;/b&gt;");
        assert_eq!(
            t.html("[x](javascript:alert(1)) [y](https://a.org)", QUIZ).html,
            "x <a href=\"https://a.org\">y</a>"
        );
        assert_eq!(t.plain("*Goal* `4`\n(quality)"), "Goal 4 (quality)");
    }

    #[test]
    fn images_travel_link_or_become_their_alt_text() {
        let md = "See ![a *chart*](../../static/img/a%20chart.svg) and ![gone](../../static/none.png).";
        let mut t = text(None);
        let alt = t.html(md, QUIZ);
        assert_eq!(alt.html, "See a chart and gone.");
        assert_eq!(
            alt.lost,
            [
                ("../../static/img/a%20chart.svg".to_string(), 4, LostImage::NotCarried),
                ("../../static/none.png".to_string(), 53, LostImage::NotFound)
            ]
        );
        t.images = Images::Embed;
        let embedded = t.html(md, QUIZ);
        assert_eq!(embedded.html, "See <img src=\"@@PLUGINFILE@@/img/a%20chart.svg\" alt=\"a chart\" /> and gone.");
        assert_eq!(embedded.files, ["static/img/a chart.svg"]);
        t.images = Images::Link("https://x.org/".into());
        // A translation's image path may be the one copied from its source.
        let linked = t.html(md, "locales/fr/quizzes/q.yaml");
        assert!(linked.html.contains("<img src=\"https://x.org/static/img/a%20chart.svg\" alt=\"a chart\" />"));
        assert!(linked.files.is_empty());
    }

    #[test]
    fn formulas_are_delimited_for_mathjax() {
        let t = text(None);
        assert_eq!(
            t.html("Solve $x^2 < 4$:\n\n$$\\frac{a}{b}$$", QUIZ).html,
            "<p>Solve \\(x^2 &lt; 4\\):</p>\n<p>\\[\\frac{a}{b}\\]</p>"
        );
        assert_eq!(t.plain("Costs $22 million"), "Costs $22 million");
    }
}
