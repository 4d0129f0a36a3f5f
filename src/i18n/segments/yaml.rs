//! Segments of YAML (a data file, or a document's front matter): every string a reader sees.
//! Ids, codes, answers, numbers, dates, references and citations of published sources are kept
//! from the source and are not segments. Each segment knows the bytes of its scalar, so a
//! translation is written back in place, in the scalar's own style where it can be.

use saphyr_parser::{Event, Parser, ScalarStyle};

use super::{inline, Segment, Writer};

/// Keys whose values a translation keeps as in the source (structure, references, citations).
const KEPT: &[&str] = &[
    "id",
    "type",
    "correct",
    "code",
    "number",
    "region",
    "level",
    "year",
    "sdgs",
    "url",
    "chapter",
    "chapters",
    "module",
    "cases",
    "quiz",
    "reflections",
    "worksheets",
    "assessments",
    "duration",
    "start",
    "end",
    "date",
    "dates",
    "course",
    "pass_mark",
    "tolerance",
    "answer",
    "points",
    "multiline",
    "rows",
    "value",
    "values",
    "source",
    "sources",
    "publisher",
    "source_hash",
    "see_also",
    "mode",
    "language",
    "timezones",
    "drafted",
    "written_for_this_edition",
    "image",
    "src",
    "layout",
    "theme",
    "locales",
    "default_locale",
];

/// How a scalar was written, to write its translation the same way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YamlStyle {
    Plain {
        flow: bool,
    },
    SingleQuoted,
    DoubleQuoted,
    /// `>`, `>-`, `|`, ...: the header and the indentation of the content lines.
    Block {
        header: String,
        indent: usize,
    },
}

enum Node {
    Scalar { value: String, style: ScalarStyle, start: usize, end: usize, flow: bool },
    Seq(Vec<Node>),
    Map(Vec<(String, Node)>),
    Other,
}

/// The segments of the YAML `text`, which starts at byte `offset` and line `first_line` of its
/// file; keys start with `prefix` (`meta` for front matter).
pub fn segments(text: &str, offset: usize, first_line: usize, prefix: &str) -> Vec<Segment> {
    let Some(root) = tree(text) else { return Vec::new() };
    let mut out = Vec::new();
    walk(text, &root, &mut vec![prefix.to_string()], &mut vec![prefix.to_string()], offset, first_line, &mut out);
    out
}

fn walk(
    text: &str,
    node: &Node,
    key: &mut Vec<String>,
    context: &mut Vec<String>,
    offset: usize,
    first_line: usize,
    out: &mut Vec<Segment>,
) {
    match node {
        Node::Map(entries) => {
            for (k, v) in entries {
                if KEPT.contains(&k.as_str()) {
                    continue;
                }
                key.push(k.clone());
                context.push(k.clone());
                walk(text, v, key, context, offset, first_line, out);
                key.pop();
                context.pop();
            }
        }
        Node::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                // Items with an id are named by it, so their entries survive reordering.
                let name = match item {
                    Node::Map(entries) => entries
                        .iter()
                        .find(|(k, _)| k == "id" || k == "code")
                        .and_then(|(_, v)| match v {
                            Node::Scalar { value, .. } => Some(value.clone()),
                            _ => None,
                        })
                        .unwrap_or_else(|| i.to_string()),
                    _ => i.to_string(),
                };
                key.push(i.to_string());
                context.push(name);
                walk(text, item, key, context, offset, first_line, out);
                key.pop();
                context.pop();
            }
        }
        Node::Scalar { value, style, start, end, flow } => {
            if value.trim().is_empty() || (*style == ScalarStyle::Plain && !is_text(value)) {
                return;
            }
            let trimmed = value.trim();
            let lead = value.len() - value.trim_start().len();
            let yaml_style = match style {
                ScalarStyle::Plain => YamlStyle::Plain { flow: *flow },
                ScalarStyle::SingleQuoted => YamlStyle::SingleQuoted,
                ScalarStyle::DoubleQuoted => YamlStyle::DoubleQuoted,
                _ => {
                    let header_end = text[*start..].find('\n').map(|i| start + i).unwrap_or(text.len());
                    let indent = text[header_end..*end]
                        .split('\n')
                        .find(|l| !l.trim().is_empty())
                        .map(|l| l.len() - l.trim_start().len())
                        .unwrap_or(2);
                    YamlStyle::Block { header: text[*start..header_end].trim_end().to_string(), indent }
                }
            };
            let line = first_line + text[..*start].matches('\n').count();
            out.push(Segment {
                key: key.join("/"),
                context: context.join("/"),
                what: "field",
                inline: inline::extract(trimmed),
                span: offset + start..offset + end,
                line,
                writer: Writer::Yaml {
                    style: yaml_style,
                    lead: value[..lead].to_string(),
                    trail: value[lead + trimmed.len()..].to_string(),
                },
            });
        }
        Node::Other => {}
    }
}

/// Whether a plain scalar is text (not a number, boolean, null or date).
fn is_text(value: &str) -> bool {
    matches!(serde_yaml::from_str::<serde_yaml::Value>(value), Ok(serde_yaml::Value::String(_)))
        && !value.chars().next().is_some_and(|c| c.is_ascii_digit() && value.len() == 10 && value.contains('-'))
}

/// The tree of `text` with byte ranges of scalars; `None` when it is not valid YAML (the
/// content checks report that).
fn tree(text: &str) -> Option<Node> {
    let mut events = Vec::new();
    for event in Parser::new_from_str(text) {
        let (event, span) = event.ok()?;
        events.push((event, span.start.index(), span.end.index()));
    }
    // Markers count characters; ranges here are bytes.
    let bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
    let byte = |chars: usize| bytes.get(chars).copied().unwrap_or(text.len());
    let mut i = 0;
    while i < events.len() && !matches!(events[i].0, Event::DocumentStart(_)) {
        i += 1;
    }
    i += 1;
    if i >= events.len() {
        return None;
    }
    Some(node(text, &events, &mut i, &byte, false))
}

type Events<'a> = [(Event<'a>, usize, usize)];

fn node(text: &str, events: &Events<'_>, i: &mut usize, byte: &dyn Fn(usize) -> usize, flow: bool) -> Node {
    let (event, start, end) = &events[*i];
    *i += 1;
    match event {
        Event::Scalar(value, style, ..) => {
            let start = byte(*start);
            let end = match style {
                ScalarStyle::Literal | ScalarStyle::Folded => block_end(text, start),
                ScalarStyle::SingleQuoted => quoted_end(text, start, '\''),
                ScalarStyle::DoubleQuoted => quoted_end(text, start, '"'),
                ScalarStyle::Plain => byte(*end),
            };
            Node::Scalar { value: value.to_string(), style: *style, start, end, flow }
        }
        Event::SequenceStart(..) => {
            let inner_flow = flow || text[byte(*start)..].starts_with('[');
            let mut items = Vec::new();
            while *i < events.len() && !matches!(events[*i].0, Event::SequenceEnd) {
                items.push(node(text, events, i, byte, inner_flow));
            }
            *i += 1;
            Node::Seq(items)
        }
        Event::MappingStart(..) => {
            let inner_flow = flow || text[byte(*start)..].starts_with('{');
            let mut entries = Vec::new();
            while *i < events.len() && !matches!(events[*i].0, Event::MappingEnd) {
                let key = match node(text, events, i, byte, inner_flow) {
                    Node::Scalar { value, .. } => value,
                    _ => String::new(),
                };
                if *i >= events.len() {
                    break;
                }
                let value = node(text, events, i, byte, inner_flow);
                entries.push((key, value));
            }
            *i += 1;
            Node::Map(entries)
        }
        _ => Node::Other,
    }
}

/// End of a quoted scalar that starts at `start` (its opening quote).
fn quoted_end(text: &str, start: usize, quote: char) -> usize {
    let mut chars = text[start + 1..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if quote == '"' && c == '\\' {
            chars.next();
        } else if c == quote {
            if quote == '\'' && chars.peek().is_some_and(|(_, n)| *n == '\'') {
                chars.next();
                continue;
            }
            return start + 1 + i + 1;
        }
    }
    text.len()
}

/// End of a block scalar whose header (`>-`) is at `start`: its last line indented at least as
/// much as its first, blank lines after it not included.
fn block_end(text: &str, start: usize) -> usize {
    let header_end = text[start..].find('\n').map(|i| start + i).unwrap_or(text.len());
    let mut end = header_end;
    let mut at = header_end + 1;
    let mut content_indent = None;
    while at < text.len() {
        let line_end = text[at..].find('\n').map(|i| at + i).unwrap_or(text.len());
        let line = &text[at..line_end];
        if !line.trim().is_empty() {
            let indent = line.len() - line.trim_start_matches(' ').len();
            if indent < *content_indent.get_or_insert(indent) {
                break;
            }
            end = line_end;
        }
        at = line_end + 1;
    }
    end
}

/// Writes `value` as a YAML scalar in `style` (the original's when it can hold the value).
pub fn write(value: &str, style: &YamlStyle) -> String {
    let double = || serde_json::to_string(value).unwrap_or_default();
    match style {
        YamlStyle::Plain { flow } if plain_safe(value, *flow) => value.to_string(),
        YamlStyle::Plain { .. } | YamlStyle::DoubleQuoted => double(),
        YamlStyle::SingleQuoted if !value.contains('\n') => format!("'{}'", value.replace('\'', "''")),
        YamlStyle::SingleQuoted => double(),
        YamlStyle::Block { header, indent } => {
            let pad = " ".repeat(*indent);
            let body = value.trim_end_matches('\n');
            let unsafe_text = body.starts_with([' ', '\t'])
                || body.lines().any(|l| l.ends_with([' ', '\t']) || l.starts_with([' ', '\t']))
                || body.contains('\t');
            if unsafe_text || body.is_empty() {
                return double();
            }
            let mut out = header.clone();
            if header.starts_with('>') {
                // Folded: a single newline is written as an empty line; lines are wrapped.
                if body.contains("  ") {
                    return double();
                }
                for (i, paragraph) in body.split('\n').enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    let wrapped = wrap_words(paragraph, 100usize.saturating_sub(*indent).max(40));
                    for line in wrapped {
                        out.push('\n');
                        out.push_str(&pad);
                        out.push_str(&line);
                    }
                }
            } else {
                for line in body.split('\n') {
                    out.push('\n');
                    if !line.is_empty() {
                        out.push_str(&pad);
                        out.push_str(line);
                    }
                }
            }
            out
        }
    }
}

fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let line = lines.last_mut().unwrap_or_else(|| unreachable!());
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

/// Whether `value` reads back as the same text when written without quotes.
fn plain_safe(value: &str, flow: bool) -> bool {
    let Some(first) = value.chars().next() else { return false };
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) || value.starts_with(' ') || value.ends_with(' ') {
        return false;
    }
    if value.contains(": ") || value.contains(" #") || value.ends_with(':') || value.contains(['\n', '\t', '\r']) {
        return false;
    }
    if flow && value.contains([',', '[', ']', '{', '}']) {
        return false;
    }
    matches!(serde_yaml::from_str::<serde_yaml::Value>(value), Ok(serde_yaml::Value::String(s)) if s == value)
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUIZ: &str = "id: q\ntitle: Chapter 4 quiz\nintro: >-\n  Check your grasp of [Chapter 4](chapter:x). Every\n  answer is here.\n\npass_mark: 70\nquestions:\n  - id: tools\n    type: multiple\n    prompt: 'It''s: here'\n    options:\n      - text: \"Scenario \\\"building\\\"\"\n        correct: true\n      - text: Forecasting\ntags: [one, two words]\n";

    #[test]
    fn strings_are_segments_and_structure_is_kept() {
        let segs = segments(QUIZ, 0, 1, "");
        let got: Vec<(&str, &str, &str)> =
            segs.iter().map(|s| (s.key.as_str(), s.context.as_str(), &QUIZ[s.span.clone()])).collect();
        assert_eq!(
            got,
            vec![
                ("/title", "/title", "Chapter 4 quiz"),
                ("/intro", "/intro", "Check your grasp of [Chapter 4](chapter:x). Every\n  answer is here."),
                ("/questions/0/prompt", "/questions/tools/prompt", "'It''s: here'"),
                ("/questions/0/options/0/text", "/questions/tools/options/0/text", "\"Scenario \\\"building\\\"\""),
                ("/questions/0/options/1/text", "/questions/tools/options/1/text", "Forecasting"),
                ("/tags/0", "/tags/0", "one"),
                ("/tags/1", "/tags/1", "two words"),
            ]
        );
        assert_eq!(segs[1].inline.text, "Check your grasp of <link1>Chapter 4</link1>. Every answer is here.");
        assert_eq!(segs[1].line, 4, "the line where the folded text starts");
    }

    #[test]
    fn written_values_read_back() {
        let styles = [
            YamlStyle::Plain { flow: false },
            YamlStyle::Plain { flow: true },
            YamlStyle::SingleQuoted,
            YamlStyle::DoubleQuoted,
            YamlStyle::Block { header: ">-".into(), indent: 2 },
            YamlStyle::Block { header: "|-".into(), indent: 4 },
        ];
        for value in ["plain text", "a: b, [c] #d", "l'été « x »", "two\nlines", "true", "- dash", &"long ".repeat(40)]
        {
            let value = value.trim_end();
            for style in &styles {
                let doc = format!("k: {}\n", write(value, style));
                let parsed: serde_yaml::Value = serde_yaml::from_str(&doc).unwrap_or_else(|e| panic!("{doc}: {e}"));
                assert_eq!(parsed["k"].as_str(), Some(value), "{style:?}\n{doc}");
            }
        }
    }
}
