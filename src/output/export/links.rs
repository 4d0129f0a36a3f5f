//! The links of built pages: which files a page refers to, and the page with links to files
//! outside a package turned into plain text. The pages are the site's own output (double-quoted
//! attributes; `<`, `>` escaped in text and data), so a tag scanner is enough.

use std::ops::Range;

/// One attribute that holds a URL (`href`, `src`) in a tag.
struct UrlAttribute<'h> {
    tag: &'h str,
    /// The whole tag, `<` to `>`.
    tag_range: Range<usize>,
    /// The attribute, from its name to its closing quote, and its value.
    attribute_range: Range<usize>,
    value: &'h str,
}

fn url_attributes(html: &str) -> Vec<UrlAttribute<'_>> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(offset) = memchr::memchr(b'<', &bytes[i..]) {
        let start = i + offset;
        let name_end = start
            + 1
            + bytes[start + 1..].iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(bytes.len() - start - 1);
        let tag = &html[start + 1..name_end];
        if tag.is_empty() {
            i = start + 1;
            continue;
        }
        // Attributes, up to the `>` that is not inside a quoted value.
        let mut j = name_end;
        let mut end = bytes.len();
        let mut found = Vec::new();
        while j < bytes.len() {
            match bytes[j] {
                b'>' => {
                    end = j + 1;
                    break;
                }
                b'"' => {
                    let close = j + 1 + memchr::memchr(b'"', &bytes[j + 1..]).unwrap_or(bytes.len() - j - 1);
                    let before = html[name_end..j].trim_end();
                    let before = before.strip_suffix('=').map(str::trim_end);
                    if let Some(name) = before.and_then(|b| b.rsplit(|c: char| c.is_whitespace()).next()) {
                        if name.eq_ignore_ascii_case("href") || name.eq_ignore_ascii_case("src") {
                            let name_start = html[..j].rfind(name).unwrap_or(j);
                            found.push((name_start..close + 1, j + 1..close));
                        }
                    }
                    j = close + 1;
                }
                _ => j += 1,
            }
        }
        for (attribute_range, value) in found {
            out.push(UrlAttribute { tag, tag_range: start..end, attribute_range, value: &html[value] });
        }
        // Script and style content is not markup.
        let lower = tag.to_ascii_lowercase();
        i = if lower == "script" || lower == "style" {
            let close = format!("</{lower}");
            html[end..].find(&close).map_or(bytes.len(), |p| end + p)
        } else {
            end
        };
    }
    out
}

/// The root-relative path a URL on the page `page` points to; `None` for external URLs
/// (a scheme, `//host`), fragments of the page itself and empty URLs.
pub fn resolve(page: &str, url: &str) -> Option<String> {
    let url = url.split(['#', '?']).next().unwrap_or("");
    if url.is_empty() || url.starts_with("//") || url.starts_with('/') {
        return None;
    }
    if let Some((scheme, _)) = url.split_once(':') {
        if !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) {
            return None;
        }
    }
    let decoded = percent_encoding::percent_decode_str(url).decode_utf8_lossy();
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                // Above the package's root: outside of it.
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

/// The files `page` refers to (root-relative), in order of appearance.
pub fn references(page: &str, html: &str) -> Vec<String> {
    url_attributes(html).iter().filter_map(|a| resolve(page, a.value)).collect()
}

/// `html` with every link to a file for which `inside` is false made plain text: an `<a>` loses
/// its `href` (a placeholder link, shown as text), a `<link>` element is dropped.
pub fn cut_outside_links(page: &str, html: &str, inside: &dyn Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    let mut dropped_tag_end = 0;
    for a in url_attributes(html) {
        let Some(target) = resolve(page, a.value) else { continue };
        if inside(&target) || a.attribute_range.start < dropped_tag_end {
            continue;
        }
        if a.tag.eq_ignore_ascii_case("a") {
            // Also the space before the attribute.
            let start = html[..a.attribute_range.start].trim_end().len();
            out.push_str(&html[copied..start]);
            copied = a.attribute_range.end;
        } else if a.tag.eq_ignore_ascii_case("link") {
            out.push_str(&html[copied..a.tag_range.start]);
            copied = a.tag_range.end;
            // The line break after the dropped element too.
            if html[copied..].starts_with('\n') {
                copied += 1;
            }
            dropped_tag_end = a.tag_range.end;
        }
    }
    out.push_str(&html[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_urls_from_the_page() {
        assert_eq!(resolve("en/c/one.html", "../cases/a.html#x").as_deref(), Some("en/cases/a.html"));
        assert_eq!(resolve("en/c/one.html", "../../assets/site.css").as_deref(), Some("assets/site.css"));
        assert_eq!(resolve("en/c/one.html", "two.html?sco=1").as_deref(), Some("en/c/two.html"));
        assert_eq!(resolve("en/c/one.html", "caf%C3%A9.html").as_deref(), Some("en/c/café.html"));
        assert_eq!(resolve("en/c/one.html", "#top"), None);
        assert_eq!(resolve("en/c/one.html", "https://x.org/"), None);
        assert_eq!(resolve("en/c/one.html", "mailto:a@b.c"), None);
        assert_eq!(resolve("en/one.html", "../../x.html"), None);
    }

    #[test]
    fn finds_references_outside_scripts() {
        let html = r#"<link rel="stylesheet" href="../assets/site.css"><a class="x" href="b.html">b</a><script type="application/json">{"href":"z.html"}</script><img alt="i" src="../static/i.svg">"#;
        assert_eq!(references("en/a.html", html), vec!["assets/site.css", "en/b.html", "static/i.svg"]);
    }

    #[test]
    fn cuts_links_that_leave_the_package() {
        let html = "<link rel=\"alternate\" hreflang=\"fr\" href=\"../fr/a.html\">\n<p><a href=\"b.html\">in</a> <a class=\"k\" href=\"../fr/a.html\" hreflang=\"fr\">out</a> <a href=\"https://x.org\">web</a></p>";
        let inside = |p: &str| p.starts_with("en/");
        assert_eq!(
            cut_outside_links("en/a.html", html, &inside),
            "<p><a href=\"b.html\">in</a> <a class=\"k\" hreflang=\"fr\">out</a> <a href=\"https://x.org\">web</a></p>"
        );
    }
}
