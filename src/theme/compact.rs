//! Whitespace compaction of templates, done once when the theme's templates are compiled.
//!
//! Why here and not on every page: minifying each rendered page (minify-html) was 38 % of a
//! large build's CPU (benches/RESULTS.md), yet almost everything it removed was the
//! templates' indentation. Compacting the templates once gives nearly the same output for
//! free; `minify: true` in site.yaml still runs the full minifier on every page.
//!
//! Rules, applied to template text outside Tera tags and outside `<pre>`, `<textarea>`,
//! `<script>` and `<style>` (whose whitespace matters):
//! * a run of whitespace without a line break is kept as it is;
//! * a run with a line break between two tags is dropped when either tag is block-level
//!   (whitespace there never renders), otherwise it becomes one space;
//! * any other run with a line break becomes one space.
//!
//! A run of whitespace renders as one space wherever it does render, so none of this changes
//! what a page shows.

/// Elements around which whitespace never renders (block boxes, table parts, metadata).
const BLOCK_ELEMENTS: &[&str] = &[
    "!doctype",
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "col",
    "colgroup",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "legend",
    "li",
    "link",
    "main",
    "meta",
    "nav",
    "noscript",
    "ol",
    "optgroup",
    "option",
    "p",
    "pre",
    "script",
    "section",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
];

/// Elements whose content is copied untouched.
const RAW_ELEMENTS: &[&str] = &["pre", "textarea", "script", "style"];

/// The template with its insignificant whitespace removed.
pub fn compact_template(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut rest = src;
    while !rest.is_empty() {
        // Tera tags are copied whole: whitespace inside them is Tera's business.
        if let Some(close) = tera_tag_end(rest) {
            let end = rest[2..].find(close).map_or(rest.len(), |i| i + 2 + close.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        if let Some(name) = raw_element_at(rest) {
            let closing = format!("</{name}");
            let end = find_ignore_case(rest, &closing).unwrap_or(rest.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        let ch = rest.chars().next().unwrap_or(' ');
        if ch.is_ascii_whitespace() {
            let len = rest.find(|c: char| !c.is_ascii_whitespace()).unwrap_or(rest.len());
            let run = &rest[..len];
            rest = &rest[len..];
            if !run.contains('\n') {
                out.push_str(run);
            } else if !droppable(&out, rest) {
                out.push(' ');
            }
            continue;
        }
        out.push(ch);
        rest = &rest[ch.len_utf8()..];
    }
    out
}

/// The closing delimiter when `text` starts with a Tera tag (`{{`, `{%`, `{#`).
fn tera_tag_end(text: &str) -> Option<&'static str> {
    match text.as_bytes() {
        [b'{', b'{', ..] => Some("}}"),
        [b'{', b'%', ..] => Some("%}"),
        [b'{', b'#', ..] => Some("#}"),
        _ => None,
    }
}

/// The name of a raw element when `text` starts with its opening tag.
fn raw_element_at(text: &str) -> Option<&'static str> {
    let name = opening_tag_name(text)?;
    RAW_ELEMENTS.iter().copied().find(|raw| raw.eq_ignore_ascii_case(name))
}

/// `div` for `<div class=…>`; `None` for closing tags, comments and text.
fn opening_tag_name(text: &str) -> Option<&str> {
    let name = tag_name(text.strip_prefix('<')?);
    (!name.is_empty()).then_some(name)
}

/// What borders a run of whitespace.
#[derive(PartialEq)]
enum Side<'a> {
    /// The start or end of the template.
    Edge,
    /// An HTML tag with this name.
    Tag(&'a str),
    /// A Tera statement or comment (`{% … %}`, `{# … #}`), which outputs no text itself.
    Statement,
    /// Text or a Tera expression.
    Text,
}

/// Whether a run of whitespace with a line break between `before` and `after` never renders:
/// it touches a block-level tag or a template edge, and nothing on either side is text.
fn droppable(before: &str, after: &str) -> bool {
    let left = if before.is_empty() {
        Side::Edge
    } else if before.ends_with("%}") || before.ends_with("#}") {
        Side::Statement
    } else if before.ends_with('>') {
        let tag = before.rfind('<').map_or("", |i| before[i + 1..].trim_start_matches('/'));
        Side::Tag(tag_name(tag))
    } else {
        Side::Text
    };
    let right = if after.is_empty() {
        Side::Edge
    } else if after.starts_with("{%") || after.starts_with("{#") {
        Side::Statement
    } else if let Some(tag) = after.strip_prefix('<') {
        Side::Tag(tag_name(tag.trim_start_matches('/')))
    } else {
        Side::Text
    };
    let anchored = |side: &Side| match side {
        Side::Edge => true,
        Side::Tag(name) => is_block(name),
        _ => false,
    };
    left != Side::Text && right != Side::Text && (anchored(&left) || anchored(&right))
}

fn tag_name(tag: &str) -> &str {
    // Custom elements have hyphens (`<pre-view>` is not `<pre>`).
    let end = tag.find(|c: char| !(c.is_ascii_alphanumeric() || c == '!' || c == '-')).unwrap_or(tag.len());
    &tag[..end]
}

fn is_block(name: &str) -> bool {
    BLOCK_ELEMENTS.iter().any(|b| b.eq_ignore_ascii_case(name))
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack.as_bytes().windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::compact_template;

    #[test]
    fn drops_indentation_between_blocks_and_keeps_a_space_between_inline_elements() {
        let src =
            "<ul>\n  <li><a href=\"x\">A</a></li>\n  <li>B</li>\n</ul>\n<p>one\n   two <em>x</em>\n  <em>y</em></p>\n";
        assert_eq!(
            compact_template(src),
            "<ul><li><a href=\"x\">A</a></li><li>B</li></ul><p>one two <em>x</em> <em>y</em></p>"
        );
    }

    #[test]
    fn leaves_tera_tags_and_raw_elements_alone() {
        let src = "<div>\n  {% if a %}\n  <span>{{ t(key=\"k\",\n  n=1) }}</span>\n{% endif %}\n</div>\n<pre>\n  keep\n</pre>\n<script>\nlet a = 1\nlet b = 2\n</script>";
        assert_eq!(
            compact_template(src),
            "<div>{% if a %} <span>{{ t(key=\"k\",\n  n=1) }}</span> {% endif %}</div><pre>\n  keep\n</pre><script>\nlet a = 1\nlet b = 2\n</script>"
        );
    }

    #[test]
    fn keeps_whitespace_without_line_breaks() {
        assert_eq!(compact_template("<b>a</b>  <i>b</i>"), "<b>a</b>  <i>b</i>");
    }

    #[test]
    fn a_custom_element_is_not_the_raw_element_its_name_starts_with() {
        assert_eq!(compact_template("<pre-view>\n  <p>x</p>\n</pre-view>"), "<pre-view><p>x</p></pre-view>");
    }
}
