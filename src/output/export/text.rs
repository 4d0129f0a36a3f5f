//! Quiz text (inline Markdown) for a question bank. A bank lives outside the site, so `kind:id`
//! links cannot be relative: they become absolute links to the published site when `site.yaml`
//! has a `base_url`, and plain text otherwise. Images (files of the site) become their alt text,
//! raw HTML is shown as text, and only http(s) and mailto links survive.

use std::collections::HashMap;

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd};

use crate::content::{Curriculum, Kind};
use crate::pipeline::resolve::urls;
use crate::text::markdown;

/// Turns quiz text into HTML or plain text for one locale of the site.
pub struct BankText {
    /// (kind, id) → (title, absolute URL when the site has a base URL).
    targets: HashMap<(Kind, String), (String, Option<String>)>,
}

impl BankText {
    pub fn new(cur: &Curriculum, locale: &str) -> BankText {
        let base = cur.site.base_url.as_deref().map(|b| if b.ends_with('/') { b.to_string() } else { format!("{b}/") });
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
        BankText { targets }
    }

    /// Inline Markdown as HTML, without a wrapping `<p>` when it is a single paragraph.
    pub fn html(&self, text: &str) -> String {
        let events = self.events(text);
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
        let trimmed = html.trim();
        match trimmed.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
            Some(inner) if !inner.contains("<p>") => inner.to_string(),
            _ => trimmed.to_string(),
        }
    }

    /// The text alone, for places that take no markup (a matching answer, a category name).
    pub fn plain(&self, text: &str) -> String {
        let mut out = String::new();
        for event in self.events(text) {
            match event {
                Event::Text(t) | Event::Code(t) => out.push_str(&t),
                Event::SoftBreak | Event::HardBreak => out.push(' '),
                Event::End(TagEnd::Paragraph) => out.push(' '),
                _ => {}
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn events<'t>(&self, text: &'t str) -> Vec<Event<'t>> {
        let mut out = Vec::new();
        // For each open link: whether its start tag was kept (its end tag must match).
        let mut links: Vec<bool> = Vec::new();
        let mut in_image = 0usize;
        let mut parser = Parser::new_ext(text, markdown::options()).peekable();
        while let Some(event) = parser.next() {
            match event {
                Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                    let empty = matches!(parser.peek(), Some(Event::End(TagEnd::Link)));
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
                // An image of the site cannot travel with the bank: keep what it shows in words.
                Event::Start(Tag::Image { .. }) => in_image += 1,
                Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
                Event::Text(t) if in_image > 0 => out.push(Event::Text(t)),
                _ if in_image > 0 => {}
                Event::Html(raw) | Event::InlineHtml(raw) => out.push(Event::Text(raw)),
                other => out.push(other),
            }
        }
        out
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
        BankText { targets }
    }

    #[test]
    fn id_links_become_absolute_or_plain_text() {
        let md = "See [capacity](term:capacity) and [](term:capacity), *now*.";
        assert_eq!(text(None).html(md), "See capacity and Capacity, <em>now</em>.");
        assert_eq!(
            text(Some("https://x.org/")).html(md),
            "See <a href=\"https://x.org/en/glossary.html#capacity\">capacity</a> and <a href=\"https://x.org/en/glossary.html#capacity\">Capacity</a>, <em>now</em>."
        );
    }

    #[test]
    fn images_raw_html_and_unsafe_links_are_text() {
        let t = text(None);
        assert_eq!(
            t.html("![a chart](../static/c.svg) <b onclick=x>hi</b>"),
            "a chart &lt;b onclick=x&gt;hi&lt;/b&gt;"
        );
        assert_eq!(t.html("[x](javascript:alert(1)) [y](https://a.org)"), "x <a href=\"https://a.org\">y</a>");
        assert_eq!(t.plain("*Goal* `4`\n(quality)"), "Goal 4 (quality)");
    }
}
