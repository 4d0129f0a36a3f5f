//! The HTML policy for content. Content comes from many hands and is published on a school's
//! domain, so raw HTML in Markdown goes through an allowlist sanitiser (ammonia) that keeps what
//! curricula use (tables, `details`, `figure`, images with alt text, `kbd`, `abbr`, ...) and drops
//! scripts, event handlers, forms, frames and dangerous URLs. Every other string reaches pages
//! through the templates' escaping.
//!
//! The sanitiser runs only on documents that contain raw HTML (most contain none, and Markdown
//! itself produces no script), and `check` warns at each place where something was removed.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// URL schemes a link or image may use; anything else (`javascript:`, `vbscript:`, `data:`,
/// `file:`) is dropped.
pub const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Tags authors may write, on top of what Markdown produces.
const TAGS: &[&str] = &[
    "a",
    "abbr",
    "article",
    "aside",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "input",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "section",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
    "wbr",
    "math",
    "mi",
    "mn",
    "mo",
    "ms",
    "mtext",
    "mrow",
    "msub",
    "msup",
    "msubsup",
    "mfrac",
    "msqrt",
    "mroot",
    "mover",
    "munder",
    "munderover",
    "mtable",
    "mtr",
    "mtd",
    "mspace",
    "mpadded",
    "mphantom",
    "semantics",
    "annotation",
    "mstyle",
    "menclose",
];

/// Attributes allowed on every tag: identity, language and accessibility.
const GENERIC_ATTRIBUTES: &[&str] = &["id", "class", "lang", "dir", "title", "role", "tabindex", "hidden"];

/// Tags whose content goes too when they are removed (not only the tag).
const DROP_WITH_CONTENT: &[&str] = &["script", "style", "iframe", "object", "embed", "template", "noscript", "svg"];

fn policy() -> &'static ammonia::Builder<'static> {
    static POLICY: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    POLICY.get_or_init(|| {
        let mut tag_attributes: HashMap<&str, HashSet<&str>> = HashMap::new();
        let mut allow = |tag: &'static str, attrs: &[&'static str]| {
            tag_attributes.entry(tag).or_default().extend(attrs.iter().copied());
        };
        allow("a", &["href", "hreflang", "rel"]);
        allow("img", &["src", "alt", "width", "height", "loading"]);
        allow("td", &["colspan", "rowspan", "headers", "align"]);
        allow("th", &["colspan", "rowspan", "headers", "scope", "abbr", "align"]);
        allow("col", &["span"]);
        allow("colgroup", &["span"]);
        allow("ol", &["start", "reversed", "type"]);
        allow("li", &["value"]);
        allow("details", &["open"]);
        allow("time", &["datetime"]);
        allow("abbr", &["title"]);
        allow("q", &["cite"]);
        allow("blockquote", &["cite"]);
        allow("del", &["cite", "datetime"]);
        allow("ins", &["cite", "datetime"]);
        // Task list items (`- [x]`) are disabled checkboxes; no other input survives.
        allow("input", &["type", "checked", "disabled"]);
        allow("math", &["display", "xmlns"]);
        allow("annotation", &["encoding"]);
        for tag in ["mi", "mo", "mn", "mtd", "mstyle", "menclose", "mspace", "mpadded"] {
            allow(
                tag,
                &[
                    "mathvariant",
                    "stretchy",
                    "fence",
                    "separator",
                    "lspace",
                    "rspace",
                    "notation",
                    "width",
                    "height",
                    "depth",
                    "columnspan",
                    "rowspan",
                    "displaystyle",
                    "scriptlevel",
                ],
            );
        }
        let mut builder = ammonia::Builder::empty();
        builder
            .tags(TAGS.iter().copied().collect())
            .clean_content_tags(DROP_WITH_CONTENT.iter().copied().collect())
            .generic_attributes(GENERIC_ATTRIBUTES.iter().copied().collect())
            .generic_attribute_prefixes(["aria-", "data-"].into_iter().collect())
            .tag_attributes(tag_attributes)
            .url_schemes(ALLOWED_SCHEMES.iter().copied().collect())
            .url_relative(ammonia::UrlRelative::PassThrough)
            .set_tag_attribute_value("input", "disabled", "")
            .link_rel(None)
            .strip_comments(true);
        builder
    })
}

/// The HTML with everything outside the policy removed.
pub fn clean(html: &str) -> String {
    policy().clean(html).to_string()
}

/// Whether a URL written in content is safe to put in `href`/`src`: relative, or one of the
/// allowed schemes.
pub fn is_safe_url(url: &str) -> bool {
    match scheme(url) {
        Some(s) => ALLOWED_SCHEMES.iter().any(|a| a.eq_ignore_ascii_case(&s)),
        None => true,
    }
}

/// The scheme of a URL as a browser reads it (control characters and spaces inside the scheme
/// are ignored by browsers: `java\tscript:` is `javascript:`).
pub fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url.trim().chars().filter(|c| !c.is_ascii_control() && *c != ' ').collect();
    let (scheme, _) = cleaned.split_once(':')?;
    let valid = !scheme.is_empty()
        && scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    // `a/b:c` is a relative path with a colon, not a scheme.
    valid.then(|| scheme.to_ascii_lowercase())
}

/// What the sanitiser would remove from a fragment of raw HTML, for `check`'s warnings: each item
/// is (byte offset in the fragment, description). A lightweight scan; `clean` is what protects.
pub fn removals(fragment: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let bytes = fragment.as_bytes();
    let mut i = 0;
    while let Some(rel) = fragment[i..].find('<') {
        let start = i + rel;
        i = start + 1;
        let rest = &fragment[start + 1..];
        let closing = rest.starts_with('/');
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            if rest.starts_with("!--") {
                // Comments are dropped quietly: they were never shown.
                continue;
            }
            continue;
        }
        let end = tag_end(bytes, start).unwrap_or(fragment.len());
        let tag = &fragment[start..end];
        i = end;
        if closing {
            continue;
        }
        if !TAGS.contains(&name.as_str()) {
            found.push((start, format!("the `<{name}>` element")));
            continue;
        }
        for (offset, attr, value) in attributes(tag) {
            let lower = attr.to_ascii_lowercase();
            let allowed = GENERIC_ATTRIBUTES.contains(&lower.as_str())
                || lower.starts_with("aria-")
                || lower.starts_with("data-")
                || allowed_on(&name, &lower);
            if lower.starts_with("on") {
                found.push((start + offset, format!("the event handler `{attr}` on `<{name}>`")));
            } else if !allowed {
                found.push((start + offset, format!("the attribute `{attr}` on `<{name}>`")));
            } else if matches!(lower.as_str(), "href" | "src" | "cite") && !is_safe_url(&value) {
                let s = scheme(&value).unwrap_or_default();
                found.push((start + offset, format!("the `{s}:` URL in `{attr}` on `<{name}>`")));
            } else if name == "input" && lower == "type" && !value.eq_ignore_ascii_case("checkbox") {
                found.push((start + offset, "an `<input>` that is not a task-list checkbox".to_string()));
            }
        }
    }
    found
}

fn allowed_on(tag: &str, attr: &str) -> bool {
    // Mirrors `policy()`; kept as a function so the scan needs no builder.
    let list: &[&str] = match tag {
        "a" => &["href", "hreflang", "rel"],
        "img" => &["src", "alt", "width", "height", "loading"],
        "td" => &["colspan", "rowspan", "headers", "align"],
        "th" => &["colspan", "rowspan", "headers", "scope", "abbr", "align"],
        "col" | "colgroup" => &["span"],
        "ol" => &["start", "reversed", "type"],
        "li" => &["value"],
        "details" => &["open"],
        "time" => &["datetime"],
        "q" | "blockquote" => &["cite"],
        "del" | "ins" => &["cite", "datetime"],
        "input" => &["type", "checked", "disabled"],
        "math" => &["display", "xmlns"],
        "annotation" => &["encoding"],
        _ => &[],
    };
    list.contains(&attr)
}

/// End (exclusive) of the tag that starts at `start`, respecting quoted attribute values.
fn tag_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate().skip(start + 1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// (offset in the tag, name, value) of each attribute of a start tag.
fn attributes(tag: &str) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = tag.char_indices().collect();
    let mut k = 1;
    // Skip the tag name.
    while k < chars.len() && !chars[k].1.is_whitespace() && chars[k].1 != '>' && chars[k].1 != '/' {
        k += 1;
    }
    while k < chars.len() {
        while k < chars.len() && (chars[k].1.is_whitespace() || chars[k].1 == '/') {
            k += 1;
        }
        if k >= chars.len() || chars[k].1 == '>' {
            break;
        }
        let name_start = k;
        while k < chars.len() && !chars[k].1.is_whitespace() && !matches!(chars[k].1, '=' | '>' | '/') {
            k += 1;
        }
        let name: String = chars[name_start..k].iter().map(|c| c.1).collect();
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let mut value = String::new();
        if k < chars.len() && chars[k].1 == '=' {
            k += 1;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            if k < chars.len() && matches!(chars[k].1, '"' | '\'') {
                let q = chars[k].1;
                k += 1;
                while k < chars.len() && chars[k].1 != q {
                    value.push(chars[k].1);
                    k += 1;
                }
                k += 1;
            } else {
                while k < chars.len() && !chars[k].1.is_whitespace() && chars[k].1 != '>' {
                    value.push(chars[k].1);
                    k += 1;
                }
            }
        }
        if !name.is_empty() {
            out.push((chars[name_start].0, name, decode_entities(&value)));
        }
    }
    out
}

/// Enough entity decoding to see a scheme hidden as `&#106;avascript:`.
fn decode_entities(value: &str) -> String {
    if !value.contains('&') {
        return value.to_string();
    }
    let mut out = String::new();
    let mut rest = value;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let entity = &after[..e];
            let code = if let Some(hex) = entity.strip_prefix("#x").or_else(|| entity.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok()
            } else if let Some(dec) = entity.strip_prefix('#') {
                dec.parse().ok()
            } else {
                match entity {
                    "colon" => Some(':' as u32),
                    "Tab" => Some('\t' as u32),
                    "NewLine" => Some('\n' as u32),
                    _ => None,
                }
            };
            code.and_then(char::from_u32).map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_handlers_and_dangerous_urls_go() {
        let dirty = r#"<p onclick="x()">a<script>alert(1)</script><img src=x onerror=alert(1) alt="i"><a href="javascript:alert(1)">l</a><a href="JaVa&#x09;Script:alert(1)">m</a><svg onload=alert(1)><circle/></svg><iframe src="https://e.example"></iframe><form><input name=q></form></p>"#;
        let clean = clean(dirty);
        for bad in ["script", "onerror", "onclick", "javascript", "JaVa", "svg", "iframe", "form", "alert"] {
            assert!(!clean.to_lowercase().contains(&bad.to_lowercase()), "{bad} in {clean}");
        }
        assert!(clean.contains(r#"<img src="x" alt="i">"#), "{clean}");
    }

    #[test]
    fn what_curricula_use_stays() {
        let html = r#"<details open><summary>More</summary><p>Text <kbd>Ctrl</kbd> H<sub>2</sub>O <abbr title="United Nations">UN</abbr></p></details><figure id="f1"><img src="../static/a.svg" alt="A"><figcaption>Cap</figcaption></figure><table><tr><th scope="col">A</th></tr><tr><td colspan="2">b</td></tr></table><a href="https://un.org" hreflang="en">UN</a>"#;
        // The serializer normalises (`open=""`, an explicit `<tbody>`); nothing is lost.
        let normalised = html
            .replace("<details open>", "<details open=\"\">")
            .replace("<table><tr>", "<table><tbody><tr>")
            .replace("</table>", "</tbody></table>");
        assert_eq!(clean(html), normalised);
    }

    #[test]
    fn reports_what_would_be_removed() {
        let found: Vec<String> =
            removals(r#"<p onclick="x()">a<script>b</script><a href="&#106;avascript:y" title="t">l</a><form>"#)
                .into_iter()
                .map(|(_, d)| d)
                .collect();
        assert_eq!(
            found,
            [
                "the event handler `onclick` on `<p>`",
                "the `<script>` element",
                "the `javascript:` URL in `href` on `<a>`",
                "the `<form>` element",
            ]
        );
        assert!(removals("<p class=\"x\">fine</p><!-- note -->").is_empty());
    }

    #[test]
    fn recognises_schemes_as_browsers_do() {
        assert!(!is_safe_url("javascript:alert(1)"));
        assert!(!is_safe_url(" java\tscript:alert(1)"));
        assert!(!is_safe_url("data:text/html,x"));
        assert!(is_safe_url("https://un.org"));
        assert!(is_safe_url("../static/a.png"));
        assert!(is_safe_url("#part"));
        assert!(is_safe_url("a/b:c"));
    }
}
