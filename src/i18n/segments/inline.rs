//! Inline Markdown as placeholders: what a translator's tool shows and protects. Links keep
//! their text and hide their target (`[text](case:x)` → `<link1>text</link1>`), emphasis
//! becomes paired tags (`**a**` → `<b2>a</b2>`), and what must not be translated (code spans,
//! raw HTML, footnote references, autolinks, line breaks) becomes an empty tag (`<code3/>`).
//! Each tag remembers the exact source text it stands for, so restoring an untouched text gives
//! back the same bytes.

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

/// One placeholder: its tag name (`link1`) and the Markdown it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub name: String,
    pub kind: MarkKind,
    /// Markdown before the enclosed text (`[`), or the whole construct for an empty tag.
    pub open: String,
    /// Markdown after the enclosed text (`](case:x)`); `None` for an empty tag.
    pub close: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    Bold,
    Italic,
    Strike,
    Link,
    Image,
    Code,
    Html,
    Break,
    Footnote,
    Other,
}

impl MarkKind {
    fn base(self) -> &'static str {
        match self {
            MarkKind::Bold => "b",
            MarkKind::Italic => "i",
            MarkKind::Strike => "s",
            MarkKind::Link => "link",
            MarkKind::Image => "img",
            MarkKind::Code => "code",
            MarkKind::Html => "html",
            MarkKind::Break => "br",
            MarkKind::Footnote => "fn",
            MarkKind::Other => "x",
        }
    }

    /// Whether a translation may leave the placeholder out (emphasis is a choice of style;
    /// a link, code or footnote is content).
    pub fn optional(self) -> bool {
        matches!(self, MarkKind::Bold | MarkKind::Italic | MarkKind::Strike | MarkKind::Break)
    }

    /// XLIFF 1.2 `ctype` of the placeholder.
    pub fn ctype(self) -> &'static str {
        match self {
            MarkKind::Bold => "bold",
            MarkKind::Italic => "italic",
            MarkKind::Strike => "x-strike",
            MarkKind::Link => "link",
            MarkKind::Image => "image",
            MarkKind::Code => "x-code",
            MarkKind::Html => "x-html",
            MarkKind::Break => "lb",
            MarkKind::Footnote => "x-footnote",
            MarkKind::Other => "x-markdown",
        }
    }
}

/// A text with its placeholders.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inline {
    pub text: String,
    pub marks: Vec<Mark>,
}

/// Replaces the inline Markdown of `markdown` (one paragraph's text, soft breaks already
/// joined) by placeholders.
pub fn extract(markdown: &str) -> Inline {
    let events: Vec<(Event<'_>, std::ops::Range<usize>)> =
        Parser::new_ext(markdown, crate::text::markdown::options()).into_offset_iter().collect();
    // Only a single paragraph is inline text; anything else (a value that looks like a list
    // item or a heading) stays as it is.
    let single_paragraph = matches!(events.first(), Some((Event::Start(Tag::Paragraph), _)))
        && matches!(events.last(), Some((Event::End(TagEnd::Paragraph), _)))
        && events.iter().filter(|(e, _)| matches!(e, Event::Start(Tag::Paragraph))).count() == 1;
    if !single_paragraph {
        return Inline { text: markdown.to_string(), marks: Vec::new() };
    }
    let mut out = Inline::default();
    let mut pos = 0;
    // Open paired placeholders: (index into marks, end of the construct).
    let mut open: Vec<(usize, usize)> = Vec::new();
    let inner = &events[1..events.len() - 1];
    let mut i = 0;
    while i < inner.len() {
        let (event, range) = &inner[i];
        let paired = match event {
            Event::Start(Tag::Strong) => Some(MarkKind::Bold),
            Event::Start(Tag::Emphasis) => Some(MarkKind::Italic),
            Event::Start(Tag::Strikethrough) => Some(MarkKind::Strike),
            Event::Start(Tag::Link { link_type, .. }) => match link_type {
                LinkType::Autolink | LinkType::Email => None,
                _ => Some(MarkKind::Link),
            },
            Event::Start(Tag::Image { .. }) => Some(MarkKind::Image),
            Event::Start(Tag::Superscript | Tag::Subscript) => Some(MarkKind::Other),
            _ => None,
        };
        let next_start = inner.get(i + 1).map(|(_, r)| r.start);
        let empty = matches!(inner.get(i + 1), Some((Event::End(_), _)));
        match event {
            Event::Start(_) if paired.is_some() && !empty && next_start.is_some() => {
                let kind = paired.unwrap_or(MarkKind::Other);
                let child = next_start.unwrap_or(range.end);
                out.text.push_str(&markdown[pos..range.start]);
                let name = format!("{}{}", kind.base(), out.marks.len() + 1);
                out.text.push_str(&format!("<{name}>"));
                out.marks.push(Mark { name, kind, open: markdown[range.start..child].to_string(), close: None });
                open.push((out.marks.len() - 1, range.end));
                pos = child;
            }
            Event::Start(_) => {
                // An autolink, an empty link or another construct with nothing to translate:
                // one empty placeholder for all of it.
                let kind = match event {
                    Event::Start(Tag::Link { .. }) => MarkKind::Link,
                    Event::Start(Tag::Image { .. }) => MarkKind::Image,
                    _ => MarkKind::Other,
                };
                atomic(&mut out, markdown, &mut pos, range.clone(), kind);
                // Skip to the matching end.
                let mut depth = 0;
                while i < inner.len() {
                    match inner[i].0 {
                        Event::Start(_) => depth += 1,
                        Event::End(_) => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 {
                        break;
                    }
                    i += 1;
                }
            }
            Event::End(_) => {
                if let Some((index, end)) = open.pop() {
                    out.text.push_str(&markdown[pos..pos]);
                    let end = end.max(pos);
                    out.marks[index].close = Some(markdown[pos..end].to_string());
                    out.text.push_str(&format!("</{}>", out.marks[index].name));
                    pos = end;
                }
            }
            Event::Code(_) => atomic(&mut out, markdown, &mut pos, range.clone(), MarkKind::Code),
            Event::InlineHtml(_) | Event::Html(_) => {
                atomic(&mut out, markdown, &mut pos, range.clone(), MarkKind::Html)
            }
            Event::FootnoteReference(_) => atomic(&mut out, markdown, &mut pos, range.clone(), MarkKind::Footnote),
            Event::HardBreak => atomic(&mut out, markdown, &mut pos, range.clone(), MarkKind::Break),
            Event::InlineMath(_) | Event::DisplayMath(_) => {
                atomic(&mut out, markdown, &mut pos, range.clone(), MarkKind::Other)
            }
            _ => {
                let end = range.end.max(pos);
                out.text.push_str(&markdown[pos..end]);
                pos = end;
            }
        }
        i += 1;
    }
    out.text.push_str(&markdown[pos..]);
    out
}

fn atomic(out: &mut Inline, markdown: &str, pos: &mut usize, range: std::ops::Range<usize>, kind: MarkKind) {
    let start = range.start.max(*pos);
    out.text.push_str(&markdown[*pos..start]);
    let name = format!("{}{}", kind.base(), out.marks.len() + 1);
    out.text.push_str(&format!("<{name}/>"));
    out.marks.push(Mark { name, kind, open: markdown[start..range.end].to_string(), close: None });
    *pos = range.end;
}

/// A placeholder tag found in a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagForm {
    Open,
    Close,
    Empty,
}

/// The placeholder tags in `text`, in order: (byte range, mark index, form). Tags that name no
/// mark of this text are left as text.
pub fn tags(text: &str, marks: &[Mark]) -> Vec<(std::ops::Range<usize>, usize, TagForm)> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(offset) = text[i..].find('<') {
        let start = i + offset;
        let Some(len) = text[start..].find('>') else { break };
        let inside = &text[start + 1..start + len];
        let (form, name) = if let Some(n) = inside.strip_prefix('/') {
            (TagForm::Close, n)
        } else if let Some(n) = inside.strip_suffix('/') {
            (TagForm::Empty, n)
        } else {
            (TagForm::Open, inside)
        };
        let index = marks.iter().position(|m| m.name == name);
        match index {
            Some(index) if (form == TagForm::Empty) == marks[index].close.is_none() => {
                found.push((start..start + len + 1, index, form));
                i = start + len + 1;
            }
            _ => i = start + 1,
        }
        if i >= bytes.len() {
            break;
        }
    }
    found
}

/// Puts the Markdown back in place of the placeholders of a translation. Returns the text and
/// the problems to report (a link or code span left out, a tag closed before it is opened).
pub fn restore(text: &str, marks: &[Mark]) -> (String, Vec<String>) {
    let mut out = String::with_capacity(text.len() + 32);
    let mut problems = Vec::new();
    let mut pos = 0;
    let mut seen = vec![(0usize, 0usize); marks.len()];
    let mut open: Vec<usize> = Vec::new();
    for (range, index, form) in tags(text, marks) {
        out.push_str(&text[pos..range.start]);
        let mark = &marks[index];
        match form {
            TagForm::Open => {
                seen[index].0 += 1;
                open.push(index);
                out.push_str(&mark.open);
            }
            TagForm::Close => {
                seen[index].1 += 1;
                if open.last() == Some(&index) {
                    open.pop();
                } else {
                    problems.push(format!("`</{}>` does not close the last opened placeholder", mark.name));
                }
                out.push_str(mark.close.as_deref().unwrap_or(""));
            }
            TagForm::Empty => {
                seen[index].0 += 1;
                out.push_str(&mark.open);
            }
        }
        pos = range.end;
    }
    out.push_str(&text[pos..]);
    for (mark, (opened, closed)) in marks.iter().zip(seen) {
        if mark.close.is_some() && opened != closed {
            problems.push(format!("`<{0}>` and `</{0}>` must come in pairs", mark.name));
        } else if opened == 0 && !mark.kind.optional() {
            problems.push(format!(
                "the placeholder `<{}{}>` is missing",
                mark.name,
                if mark.close.is_some() { "" } else { "/" }
            ));
        }
    }
    (out, problems)
}

/// Markdown a translation makes of its own, outside the source's placeholders: a link, emphasis
/// or code the source text does not have, a paragraph split in two or turned into a heading, a
/// table cell split by `|`, a heading given another anchor. A translator's text is text; the
/// source's placeholders carry its markup. `target` is the translation with placeholders
/// `marks`, `markdown` what [`restore`] made of it, `source` the source's text. Returns
/// (problem, hint).
pub fn added_markdown(
    target: &str,
    markdown: &str,
    marks: &[Mark],
    source: &Inline,
    what: &str,
) -> Vec<(String, String)> {
    let escape_hint = "write the text without Markdown, using the source's placeholders for links, emphasis and code; \
        to show a character such as `[`, `*`, `_` or `#` as it is, put a backslash before it (`\\[`)";
    let mut problems = Vec::new();
    if what == "table cell" {
        let bytes = target.as_bytes();
        if (0..bytes.len()).any(|i| bytes[i] == b'|' && (i == 0 || bytes[i - 1] != b'\\')) {
            problems.push((
                "`|` separates the cells of a table: this text would split its cell in two".to_string(),
                "write `\\|` for a vertical bar in the text".to_string(),
            ));
        }
    }
    if what == "heading" {
        let trimmed = target.trim_end();
        if trimmed.ends_with('}')
            && trimmed.rfind('{').is_some_and(|at| trimmed[at..].starts_with("{#") || trimmed[at..].starts_with("{."))
        {
            problems.push((
                "the translation gives the heading an anchor (`{#…}`) of its own".to_string(),
                "leave it out: a translated heading keeps its source's anchor, which links from other pages use"
                    .to_string(),
            ));
        }
    }
    if matches!(what, "heading" | "table cell") {
        // Their text is inline only: a line mark (`#`, `-`) means nothing there, a line end does.
        if markdown.trim().contains('\n') {
            problems.push((
                format!("a {what} is one line: the translation holds a line break"),
                "write it on one line".to_string(),
            ));
        }
    } else {
        let source_markdown = restore(&source.text, &source.marks).0;
        if is_one_paragraph(&source_markdown) && !is_one_paragraph(markdown) {
            problems.push((
                "the translation is not one paragraph, as its source is: it holds an empty line, or a line that starts a heading, list or quote (`#`, `-`, `>`, `1.`)".to_string(),
                "write it as one paragraph; a line may not start with such a mark (put a backslash before it: `\\#`)".to_string(),
            ));
            return problems;
        }
    }
    // Each construct of the result must stand for a placeholder the translation uses.
    let mut used: Vec<(&str, Option<&str>)> = tags(target, marks)
        .into_iter()
        .filter(|(_, _, form)| *form != TagForm::Close)
        .map(|(_, index, _)| (marks[index].open.as_str(), marks[index].close.as_deref()))
        .collect();
    for mark in extract(markdown).marks {
        match used.iter().position(|&(open, close)| open == mark.open && close == mark.close.as_deref()) {
            Some(i) => {
                used.swap_remove(i);
            }
            None => {
                let shown = match &mark.close {
                    Some(close) => format!("{}…{close}", mark.open),
                    None => mark.open.clone(),
                };
                let what = match mark.kind {
                    MarkKind::Link => "a link",
                    MarkKind::Image => "an image",
                    MarkKind::Bold | MarkKind::Italic | MarkKind::Strike => "emphasis",
                    MarkKind::Code => "code",
                    MarkKind::Html => "HTML",
                    _ => "Markdown",
                };
                problems
                    .push((format!("the translation makes {what} of its own (`{shown}`)"), escape_hint.to_string()));
            }
        }
    }
    problems
}

/// Whether `markdown` is a single paragraph (not a heading, list, quote or two paragraphs).
fn is_one_paragraph(markdown: &str) -> bool {
    let mut blocks = 0;
    for event in Parser::new_ext(markdown, crate::text::markdown::options()) {
        match event {
            Event::Start(Tag::Paragraph) => blocks += 1,
            Event::Start(
                Tag::Heading { .. }
                | Tag::List(_)
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::Table(_)
                | Tag::HtmlBlock
                | Tag::FootnoteDefinition(_),
            )
            | Event::Rule => return false,
            _ => {}
        }
    }
    blocks == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_hide_their_target_and_code_is_protected() {
        let md = "See [Chapter 4](chapter:envisioning) and **bold _words_** with `code` here.";
        let inline = extract(md);
        assert_eq!(inline.text, "See <link1>Chapter 4</link1> and <b2>bold <i3>words</i3></b2> with <code4/> here.");
        assert_eq!(inline.marks[0].close.as_deref(), Some("](chapter:envisioning)"));
        assert_eq!(restore(&inline.text, &inline.marks), (md.to_string(), vec![]));
        let (fr, problems) = restore("Voir <b2>des <i3>mots</i3></b2> et <code4/>.", &inline.marks);
        assert_eq!(fr, "Voir **des _mots_** et `code`.");
        assert_eq!(problems, vec!["the placeholder `<link1>` is missing"]);
    }

    #[test]
    fn markdown_a_translation_adds_is_found() {
        let source = extract("See [the guide](chapter:guide) and **this**.");
        let check = |target: &str, what: &str| {
            let (markdown, _) = restore(target, &source.marks);
            added_markdown(target, &markdown, &source.marks, &source, what)
                .into_iter()
                .map(|(m, _)| m)
                .collect::<Vec<_>>()
        };
        assert!(check("Voir <link1>le guide</link1> et <b2>ceci</b2>.", "paragraph").is_empty());
        assert!(check("Voir <link1>le guide</link1>, 50 % < 60 % et 2 * 3 * 4.", "paragraph").is_empty());
        assert_eq!(
            check("Voir <link1>le guide</link1> et [le glossaire](chapter:nope).", "paragraph"),
            ["the translation makes a link of its own (`[…](chapter:nope)`)"]
        );
        assert_eq!(
            check("Voir <link1>le guide</link1> et _ceci_.", "paragraph"),
            ["the translation makes emphasis of its own (`_…_`)"]
        );
        assert!(check("Voir <link1>le guide</link1>.\n\n## Nouveau", "paragraph")[0].contains("not one paragraph"));
        assert!(check("Voir <link1>le guide</link1> \\_ceci\\_.", "paragraph").is_empty(), "escaped marks are text");
        let cell = extract("Finance");
        let (md, _) = restore("Finances | Trésor", &cell.marks);
        assert!(added_markdown("Finances | Trésor", &md, &[], &cell, "table cell")[0].0.contains("`|` separates"));
        assert!(added_markdown("Finances \\| Trésor", "Finances \\| Trésor", &[], &cell, "table cell").is_empty());
        let heading = extract("Key definitions");
        assert!(added_markdown("Définitions {#autre}", "Définitions {#autre}", &[], &heading, "heading")[0]
            .0
            .contains("anchor"));
    }

    #[test]
    fn escapes_autolinks_and_images_round_trip() {
        for md in [
            "a \\* b &amp; <https://example.org> ![alt text](img.png \"t\") [^1] x<br>y",
            "[](case:x) and [ref][1] and 50% < 60%",
            "text with trailing hard break\\\nnext line",
        ] {
            let inline = extract(md);
            assert_eq!(restore(&inline.text, &inline.marks).0, md, "{inline:?}");
        }
        assert_eq!(extract("- a list").text, "- a list");
    }
}
