//! Segments of a Markdown body: every heading, paragraph, list item and table cell, with its
//! place in the document (section and position) and the byte range of its text, so that a
//! translation can be written back in place without touching anything around it.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::{inline, Segment, Writer};

/// Width Markdown paragraphs are wrapped to when a translation replaces them.
const WRAP: usize = 100;

/// The segments of `body`, which starts at byte `offset` and line `first_line` of its file.
/// Decks are cut into slides (and speaker notes), other documents into sections at headings.
pub fn segments(body: &str, offset: usize, first_line: usize, deck: bool) -> Vec<Segment> {
    let mut out = Vec::new();
    if deck {
        for (n, (main, notes)) in slides(body).into_iter().enumerate() {
            let section = format!("slide{}", n + 1);
            blocks(body, main, &section, None, offset, first_line, &mut out);
            if let Some(notes) = notes {
                blocks(body, notes, &format!("{section}/notes"), None, offset, first_line, &mut out);
            }
        }
    } else {
        let ids: Vec<String> = crate::text::markdown::parse(body, 1, None).headings.into_iter().map(|h| h.id).collect();
        blocks(body, 0..body.len(), "body", Some(&ids), offset, first_line, &mut out);
    }
    out
}

/// Byte ranges of each slide's content and speaker notes (the rules of `content::deck`).
fn slides(body: &str) -> Vec<(Range<usize>, Option<Range<usize>>)> {
    let mut out = Vec::new();
    let mut start = 0;
    // (where the `Note:` line starts, where the notes' text starts)
    let mut notes: Option<(usize, usize)> = None;
    let mut fence: Option<&str> = None;
    let mut at = 0;
    let close = |start: usize, end: usize, notes: Option<(usize, usize)>| match notes {
        Some((marker, text)) => (start..marker, Some(text..end)),
        None => (start..end, None),
    };
    for line in body.split_inclusive('\n') {
        let trimmed = line.trim();
        let line_end = at + line.len();
        if let Some(f) = fence {
            if trimmed.starts_with(f) {
                fence = None;
            }
        } else if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
        } else if trimmed == "---" {
            out.push(close(start, at, notes.take()));
            start = line_end;
        } else if notes.is_none() && (trimmed == "Note:" || trimmed == "Notes:") {
            notes = Some((at, line_end));
        }
        at = line_end;
    }
    out.push(close(start, at, notes));
    out.retain(|(main, notes)| {
        !body[main.clone()].trim().is_empty() || notes.as_ref().is_some_and(|n| !body[n.clone()].trim().is_empty())
    });
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Leaf {
    Title,
    Heading,
    Paragraph { in_item: bool },
    Item,
    Cell,
    Other,
}

/// Segments of the Markdown in `body[range]`, each keyed by `section` (or, with `ids`, by the
/// heading it follows).
fn blocks(
    body: &str,
    range: Range<usize>,
    section: &str,
    ids: Option<&[String]>,
    offset: usize,
    first_line: usize,
    out: &mut Vec<Segment>,
) {
    // Lesson block markers (`::: exercise Title`) are parsed as thematic breaks, as the site
    // does; their titles are segments of their own.
    let (markers, _) = crate::text::blocks::find_markers(&body[range.clone()]);
    let masked = crate::text::blocks::mask(&body[range.clone()], &markers);
    let text = masked.as_str();
    let titles: std::collections::HashMap<usize, Range<usize>> = markers
        .iter()
        .filter_map(|m| {
            let (_, title) = m.open.as_ref()?;
            let title = title.as_deref()?;
            let line = body[range.start + m.range.start..range.start + m.range.end].trim_end();
            let start = m.range.start + line.len() - title.len();
            Some((m.range.start, start..start + title.len()))
        })
        .collect();
    let mut stack: Vec<Leaf> = Vec::new();
    let mut quote_depth = 0usize;
    let mut run: Option<Range<usize>> = None;
    let mut heading_index = 0usize;
    let mut counters: std::collections::HashMap<&'static str, usize> = Default::default();
    let current = |heading_index: usize| -> (String, String) {
        match ids {
            Some(ids) => {
                let id = if heading_index == 0 {
                    "top".to_string()
                } else {
                    ids.get(heading_index - 1).cloned().unwrap_or_else(|| format!("h{heading_index}"))
                };
                (format!("{section}/{heading_index}"), format!("{section}/{id}"))
            }
            None => (section.to_string(), section.to_string()),
        }
    };
    let mut flush = |run: &mut Option<Range<usize>>,
                     leaf: Option<Leaf>,
                     quote_depth: usize,
                     heading_index: usize,
                     counters: &mut std::collections::HashMap<&'static str, usize>| {
        let Some(r) = run.take() else { return };
        let (kind, what) = match leaf {
            Some(Leaf::Title) => ("title", "block title"),
            Some(Leaf::Heading) => ("h", "heading"),
            Some(Leaf::Paragraph { in_item: true }) => ("p", "list item paragraph"),
            Some(Leaf::Paragraph { in_item: false }) => ("p", "paragraph"),
            Some(Leaf::Item) => ("li", "list item"),
            Some(Leaf::Cell) => ("cell", "table cell"),
            _ => return,
        };
        let start = range.start + r.start;
        let end = range.start + r.end;
        let (joined, prefix) = join_lines(body, start..end, quote_depth);
        if joined.trim().is_empty() {
            return;
        }
        let n = counters.entry(kind).or_insert(0);
        *n += 1;
        let (key, context) = current(heading_index);
        let line = first_line + body[..start].matches('\n').count();
        let column = start - body[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let wrap = kind == "p" || kind == "li";
        out.push(Segment {
            key: format!("{key}/{kind}{n}"),
            context: format!("{context}/{kind}"),
            what,
            inline: inline::extract(&joined),
            span: offset + start..offset + end,
            line,
            writer: Writer::Markdown { wrap: wrap && body[start..end].contains('\n'), prefix, column },
        });
    };
    for (event, r) in Parser::new_ext(text, crate::text::markdown::options()).into_offset_iter() {
        let inline_event = matches!(
            event,
            Event::Text(_)
                | Event::Code(_)
                | Event::InlineHtml(_)
                | Event::FootnoteReference(_)
                | Event::SoftBreak
                | Event::HardBreak
                | Event::InlineMath(_)
                | Event::DisplayMath(_)
                | Event::Start(
                    Tag::Emphasis
                        | Tag::Strong
                        | Tag::Strikethrough
                        | Tag::Link { .. }
                        | Tag::Image { .. }
                        | Tag::Superscript
                        | Tag::Subscript
                )
                | Event::End(
                    TagEnd::Emphasis
                        | TagEnd::Strong
                        | TagEnd::Strikethrough
                        | TagEnd::Link
                        | TagEnd::Image
                        | TagEnd::Superscript
                        | TagEnd::Subscript
                )
        );
        let leaf = stack.last().copied();
        if inline_event {
            if matches!(leaf, Some(Leaf::Heading | Leaf::Paragraph { .. } | Leaf::Item | Leaf::Cell)) {
                run = Some(match run.take() {
                    Some(x) => x.start.min(r.start)..x.end.max(r.end),
                    None => r.clone(),
                });
            }
            continue;
        }
        flush(&mut run, leaf, quote_depth, heading_index, &mut counters);
        if let (Event::Rule, Some(title)) = (&event, titles.get(&r.start)) {
            let mut title_run = Some(title.clone());
            flush(&mut title_run, Some(Leaf::Title), quote_depth, heading_index, &mut counters);
        }
        match event {
            Event::Start(tag) => {
                let leaf = match tag {
                    Tag::Heading { .. } => {
                        heading_index += 1;
                        counters.clear();
                        Leaf::Heading
                    }
                    Tag::Paragraph => Leaf::Paragraph { in_item: stack.contains(&Leaf::Item) },
                    Tag::Item => Leaf::Item,
                    Tag::TableCell => Leaf::Cell,
                    Tag::BlockQuote(_) => {
                        quote_depth += 1;
                        Leaf::Other
                    }
                    _ => Leaf::Other,
                };
                stack.push(leaf);
            }
            Event::End(tag) => {
                if matches!(tag, TagEnd::BlockQuote(_)) {
                    quote_depth = quote_depth.saturating_sub(1);
                }
                stack.pop();
            }
            _ => {}
        }
    }
    let leaf = stack.last().copied();
    flush(&mut run, leaf, quote_depth, heading_index, &mut counters);
}

/// The text of a block written on several lines as one line: continuation lines lose their
/// indentation and blockquote markers, soft line breaks become spaces, hard ones stay. Also
/// returns the prefix continuation lines carry (for writing a translation back).
fn join_lines(body: &str, range: Range<usize>, quote_depth: usize) -> (String, String) {
    let raw = &body[range.clone()];
    let mut joined = String::with_capacity(raw.len());
    let mut prefix: Option<String> = None;
    let lines: Vec<&str> = raw.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        let mut content = *line;
        if i > 0 {
            let stripped = strip_prefix(line, quote_depth);
            if prefix.is_none() {
                prefix = Some(line[..line.len() - stripped.len()].to_string());
            }
            content = stripped;
        }
        if i + 1 < lines.len() {
            let hard = content.ends_with('\\') || content.ends_with("  ");
            if hard {
                joined.push_str(content);
                joined.push('\n');
            } else {
                joined.push_str(content.trim_end());
                joined.push(' ');
            }
        } else {
            joined.push_str(content);
        }
    }
    let prefix = prefix.unwrap_or_else(|| {
        // No continuation line: derive one from what precedes the block on its first line.
        let line_start = body[..range.start].rfind('\n').map(|i| i + 1).unwrap_or(0);
        body[line_start..range.start].chars().map(|c| if c == '>' { '>' } else { ' ' }).collect()
    });
    (joined, prefix)
}

fn strip_prefix(line: &str, quote_depth: usize) -> &str {
    let mut rest = line.trim_start();
    for _ in 0..quote_depth {
        match rest.strip_prefix('>') {
            Some(r) => rest = r.trim_start(),
            None => break,
        }
    }
    rest
}

/// Writes `text` (one line, hard breaks as `\n`) back as a block: wrapped when the original was
/// wrapped, continuation lines carrying `prefix`.
pub fn write(text: &str, wrap: bool, prefix: &str, column: usize) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(prefix);
        }
        if !wrap {
            out.push_str(line);
            continue;
        }
        let mut width = if i == 0 { column } else { prefix.chars().count() };
        let mut first = true;
        for word in line.split(' ') {
            let len = word.chars().count();
            // Never start a line with what would begin another block (a list item, a heading,
            // a quote, a table row, a setext underline).
            let safe_break = !starts_block(word);
            if !first && width + 1 + len > WRAP && safe_break {
                out.push('\n');
                out.push_str(prefix);
                width = prefix.chars().count();
            } else if !first {
                out.push(' ');
                width += 1;
            }
            out.push_str(word);
            width += len;
            first = false;
        }
    }
    out
}

fn starts_block(word: &str) -> bool {
    let first = word.chars().next();
    if matches!(first, Some('-' | '+' | '*' | '>' | '#' | '|' | '=' | '`' | '~' | '<')) || word.is_empty() {
        return true;
    }
    let digits = word.chars().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && matches!(word[digits..].chars().next(), Some('.' | ')'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_keyed_by_section_and_position() {
        let body = "Intro *text*\nwrapped.\n\n## Context\n\n- one\n- two [link](case:x)\n\n> [!NOTE]\n> A note\n> on two lines.\n\n| A | B |\n|---|---|\n| c | d |\n";
        let segs = segments(body, 0, 5, false);
        let keys: Vec<(&str, &str, &str)> =
            segs.iter().map(|s| (s.key.as_str(), s.context.as_str(), s.inline.text.as_str())).collect();
        assert_eq!(
            keys,
            vec![
                ("body/0/p1", "body/top/p", "Intro <i1>text</i1> wrapped."),
                ("body/1/h1", "body/context/h", "Context"),
                ("body/1/li1", "body/context/li", "one"),
                ("body/1/li2", "body/context/li", "two <link1>link</link1>"),
                ("body/1/p1", "body/context/p", "A note on two lines."),
                ("body/1/cell1", "body/context/cell", "A"),
                ("body/1/cell2", "body/context/cell", "B"),
                ("body/1/cell3", "body/context/cell", "c"),
                ("body/1/cell4", "body/context/cell", "d"),
            ]
        );
        assert_eq!(segs[0].line, 5);
        assert_eq!(segs[4].line, 14);
        assert_eq!(&body[segs[4].span.clone()], "A note\n> on two lines.");
        let Writer::Markdown { prefix, .. } = &segs[4].writer else { panic!() };
        assert_eq!(prefix, "> ");
    }

    #[test]
    fn decks_are_cut_into_slides_and_notes() {
        let body = "\n<!-- layout: title -->\n# Title\n\nSub\n\nNote:\nSay hello.\n\n---\n\n## Two\n\n- a\n";
        let segs = segments(body, 0, 1, true);
        let keys: Vec<(&str, &str)> = segs.iter().map(|s| (s.key.as_str(), s.inline.text.as_str())).collect();
        assert_eq!(
            keys,
            vec![
                ("slide1/h1", "Title"),
                ("slide1/p1", "Sub"),
                ("slide1/notes/p1", "Say hello."),
                ("slide2/h1", "Two"),
                ("slide2/li1", "a"),
            ]
        );
    }

    #[test]
    fn wrapping_never_starts_a_block() {
        let text = format!("{} - not a list item", "word ".repeat(19).trim_end());
        let written = write(&text, true, "  ", 2);
        assert!(written.lines().all(|l| !l.trim_start().starts_with("- ")), "{written}");
        assert_eq!(write("a\\\nb", false, "> ", 2), "a\\\n> b");
    }
}
