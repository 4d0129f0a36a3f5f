//! YAML with positions. The parser's events (saphyr-parser) become a [`Tree`] in which every key
//! and value knows its line and column; typed values are deserialized from that tree with serde.
//!
//! Why not `serde_yaml::from_str`: it stops at the first problem, and keeps no positions for
//! values, so checks made after parsing (an unknown id in a list, a duplicate code) had to search
//! the text. Here every unknown field of a file is reported at its key, a value of the wrong type
//! at the value, and later checks ask the tree where a path is (`tree.pos(path!["cases", 2])`).
//! Scalars follow `serde_yaml`'s rules (YAML 1.2 core schema; a plain scalar read as text is its
//! text), and `serde_yaml::Value` stays the type of free-form values.

use std::collections::{BTreeMap, HashMap};

use saphyr_parser::{Event, Parser, ScalarStyle};
use serde::de::DeserializeOwned;

mod de;

use de::{Ctx, De};

mod syntax;

use crate::diagnostic::Diagnostic;

/// A 1-based line and column (in characters) in a file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// One step of a path into a YAML document: a mapping key or a list index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

impl<'a> From<&'a str> for Seg<'a> {
    fn from(key: &'a str) -> Self {
        Seg::Key(key)
    }
}

impl<'a> From<&'a String> for Seg<'a> {
    fn from(key: &'a String) -> Self {
        Seg::Key(key)
    }
}

impl From<usize> for Seg<'_> {
    fn from(index: usize) -> Self {
        Seg::Index(index)
    }
}

/// `path!["questions", 3, "options"]`: a path into a YAML document.
#[macro_export]
macro_rules! path {
    ($($seg:expr),* $(,)?) => { &[$($crate::source::yaml::Seg::from($seg)),*][..] };
}

/// How a scalar is written: plain scalars may be numbers or booleans; the others are text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Quoted,
    /// `|` or `>`: the text starts on the next line.
    Block,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Scalar(String, Style),
    Seq(Vec<Node>),
    /// Entries in file order; a duplicate key keeps its first entry (the second is reported).
    Map(Vec<(Node, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub pos: Pos,
    /// Unique within its tree; lets deserialization skip a node that failed.
    id: usize,
    pub value: Value,
}

impl Node {
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(s, _) => Some(s),
            _ => None,
        }
    }

    pub fn get(&self, seg: Seg<'_>) -> Option<&Node> {
        match (&self.value, seg) {
            (Value::Map(entries), Seg::Key(key)) => entries.iter().find(|(k, _)| k.as_str() == Some(key)).map(|e| &e.1),
            (Value::Seq(items), Seg::Index(i)) => items.get(i),
            _ => None,
        }
    }

    fn key_node(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|(k, _)| k.as_str() == Some(key)).map(|e| &e.0),
            _ => None,
        }
    }
}

/// A parsed YAML document with the position of everything in it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tree {
    pub root: Option<Node>,
    /// Where the document starts (the file's first line for a data file, the line after `---`
    /// for front matter): what paths that lead nowhere fall back to.
    pub start: Pos,
}

impl Tree {
    pub fn get(&self, path: &[Seg<'_>]) -> Option<&Node> {
        let mut node = self.root.as_ref()?;
        for seg in path {
            node = node.get(*seg)?;
        }
        Some(node)
    }

    /// Where the value at `path` is written; the nearest existing ancestor's position when the
    /// path leads nowhere (a missing field is reported at the mapping that lacks it).
    pub fn pos(&self, path: &[Seg<'_>]) -> Pos {
        let Some(mut node) = self.root.as_ref() else { return self.start };
        for seg in path {
            match node.get(*seg) {
                Some(next) => node = next,
                None => break,
            }
        }
        node.pos
    }

    /// Where the key at the end of `path` is written (`title:`), or as [`Tree::pos`].
    pub fn key_pos(&self, path: &[Seg<'_>]) -> Pos {
        if let Some((Seg::Key(key), parent)) = path.split_last() {
            if let Some(k) = self.get(parent).and_then(|p| p.key_node(key)) {
                return k.pos;
            }
        }
        self.pos(path)
    }

    /// The first scalar whose text is `text`, for problems found in a text after parsing.
    pub fn find_scalar(&self, text: &str) -> Option<&Node> {
        fn walk<'a>(node: &'a Node, text: &str) -> Option<&'a Node> {
            match &node.value {
                Value::Scalar(s, _) => (s == text).then_some(node),
                Value::Seq(items) => items.iter().find_map(|i| walk(i, text)),
                Value::Map(entries) => entries.iter().find_map(|(_, v)| walk(v, text)),
            }
        }
        self.root.as_ref().and_then(|r| walk(r, text))
    }

    /// Where a scalar equal to `text` is written under `path` (a list item, or the value
    /// itself): for problems with one entry of a list such as `cases: [a, b]`.
    pub fn find(&self, path: &[Seg<'_>], text: &str) -> Pos {
        match self.get(path) {
            Some(node) => match &node.value {
                Value::Seq(items) => items.iter().find(|i| i.as_str() == Some(text)).map_or(node.pos, |i| i.pos),
                _ => node.pos,
            },
            None => self.key_pos(path),
        }
    }
}

/// Every scalar value of a `key:` anywhere under `node`, with its position, in file order.
pub fn values_of_key<'a>(node: &'a Node, key: &str) -> Vec<(&'a str, Pos)> {
    let mut out = Vec::new();
    fn walk<'a>(node: &'a Node, key: &str, out: &mut Vec<(&'a str, Pos)>) {
        match &node.value {
            Value::Map(entries) => {
                for (k, v) in entries {
                    if let (Some(k), Some(text)) = (k.as_str(), v.as_str()) {
                        if k == key {
                            out.push((text, v.pos));
                        }
                    }
                    walk(v, key, out);
                }
            }
            Value::Seq(items) => items.iter().for_each(|i| walk(i, key, out)),
            Value::Scalar(..) => {}
        }
    }
    walk(node, key, &mut out);
    out
}

/// Parses `text` (a data file, or front matter whose first line is line `first_line` of its
/// file) into `T`. All problems come back together, each at its position.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str, first_line: usize) -> Result<(T, Tree), Vec<Diagnostic>> {
    let (tree, mut problems) = match build_tree(file, text, first_line) {
        Ok(built) => built,
        Err(d) => return Err(vec![d]),
    };
    let empty = Node { pos: tree.start, id: usize::MAX, value: Value::Map(Vec::new()) };
    let root = match &tree.root {
        // An empty document is an empty mapping, so that missing required fields are named.
        None => &empty,
        Some(Node { value: Value::Scalar(s, Style::Plain), .. }) if is_null(s) => &empty,
        Some(root) => root,
    };
    let ctx = Ctx::default();
    *ctx.file.borrow_mut() = file.to_string();
    // A field that fails is reported and skipped, and the file is read again, so that one run
    // reports every problem of the file, not only the first.
    let mut found: BTreeMap<Pos, Diagnostic> = BTreeMap::new();
    for _ in 0..64 {
        match T::deserialize(De { node: root, ctx: &ctx }) {
            Ok(value) => {
                found.extend(ctx.unknown.take());
                problems.extend(found.into_values());
                return if problems.is_empty() { Ok((value, tree)) } else { Err(problems) };
            }
            Err(e) => {
                let node = e.node;
                let suppressed = e.missing_field.as_ref().is_some_and(|f| ctx.skipped_key(node, f));
                if !suppressed {
                    let pos = e.pos.unwrap_or(tree.start);
                    let message = match &e.field {
                        Some(field) => format!("{field}: {}", e.message),
                        None => e.message.clone(),
                    };
                    found.entry(pos).or_insert_with(|| match &e.hint {
                        Some(hint) => Diagnostic::error(file, pos.line, pos.column, &message).with_hint(&**hint),
                        None => error_diagnostic(file, pos, &message),
                    });
                }
                if node == usize::MAX || node == root.id || !ctx.skip.borrow_mut().insert(node) {
                    break;
                }
            }
        }
    }
    found.extend(ctx.unknown.take());
    problems.extend(found.into_values());
    Err(problems)
}

fn error_diagnostic(file: &str, pos: Pos, message: &str) -> Diagnostic {
    let hint = if message.starts_with("missing field") {
        Some("add the field; the README lists every field of each file type under \"Writing content\"".to_string())
    } else if message.contains("expected a list") {
        Some("write each entry on its own line, starting with `- `".into())
    } else if message.contains("expected a mapping") {
        Some("write `key: value` lines, indented under this one".into())
    } else if let Some((expected, found)) =
        message.split_once(": expected ").and_then(|(_, r)| r.split_once(", found "))
    {
        Some(type_hint(expected, found))
    } else if let Some(i) = message.find("unknown value `") {
        unknown_suggestion(&message[i..], "unknown value `")
            .or_else(|| Some("use one of the allowed values listed".into()))
    } else {
        None
    };
    let d = Diagnostic::error(file, pos.line, pos.column, message);
    match hint {
        Some(h) => d.with_hint(h),
        None => d,
    }
}

/// How to write a value of the type a field expects, for what was `found` (as the message quotes
/// it: `` `yes` ``, "the number 2.5").
pub(crate) fn type_hint(expected: &str, found: &str) -> String {
    let value = found.strip_prefix('`').and_then(|f| f.strip_suffix('`'));
    match (expected, value) {
        ("`true` or `false`", Some(v))
            if matches!(v.to_lowercase().as_str(), "yes" | "no" | "on" | "off" | "y" | "n") =>
        {
            let meant = matches!(v.to_lowercase().as_str(), "yes" | "on" | "y");
            format!("write `{meant}` (`{v}` is read as text here, not as a yes-or-no value)")
        }
        ("`true` or `false`", _) => "write `true` or `false`".into(),
        ("a whole number" | "a number", Some(v)) if v.trim_end().ends_with('%') => {
            format!("write the number without `%`: `{}`", v.trim_end().trim_end_matches('%').trim_end())
        }
        ("a whole number", _) if found.starts_with("the number ") => "write a whole number, without decimals".into(),
        ("a whole number" | "a number", _) => format!("write {expected}, in digits"),
        _ => "change the value to the expected type (quote text that YAML could read as a number or date)".into(),
    }
}

/// "did you mean `summary`?" for "unknown field `sumary`, expected one of `id`, ...".
fn unknown_suggestion(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?;
    let (word, expected) = rest.split_once('`')?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    crate::diagnostic::suggest(word, candidates).map(|s| format!("did you mean `{s}`?"))
}

fn is_null(s: &str) -> bool {
    matches!(s, "" | "~" | "null" | "Null" | "NULL")
}

/// Builds the tree from the parser's events. Duplicate keys are reported (and dropped); a syntax
/// error ends parsing and is the only problem reported.
fn build_tree(file: &str, text: &str, first_line: usize) -> Result<(Tree, Vec<Diagnostic>), Diagnostic> {
    // A lone CR is a line break in YAML as in every editor; the parser counts lines by LF.
    let normalized;
    let text = if text.contains('\r') {
        normalized = text.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        text
    };
    let at = |line: usize, col: usize| Pos { line: line + first_line - 1, column: col + 1 };
    let mut problems = Vec::new();
    let mut anchors: HashMap<usize, Node> = HashMap::new();
    // Open collections: (node, anchor id, pending key for maps).
    let mut stack: Vec<(Node, usize, Option<Node>)> = Vec::new();
    let mut root = None;
    let mut next_id = 0usize;
    let mut new_id = || {
        next_id += 1;
        next_id
    };
    let mut done = false;
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| {
            let m = e.marker();
            // Back in the text's coordinates, where the explanation looks.
            let open: Vec<syntax::At> = (stack.iter())
                .map(|(node, ..)| syntax::At {
                    line: (node.pos.line + 1).saturating_sub(first_line),
                    col: node.pos.column.saturating_sub(1),
                })
                .collect();
            let explained = syntax::explain(text, e.info(), syntax::At { line: m.line(), col: m.col() }, &open);
            let pos = at(explained.at.line, explained.at.col);
            Diagnostic::error(file, pos.line, pos.column, format!("invalid YAML: {}", explained.message))
                .with_hint(explained.hint)
        })?;
        let pos = at(span.start.line(), span.start.col());
        let node = match event {
            Event::DocumentStart(_) if done => {
                problems.push(
                    Diagnostic::error(file, pos.line, pos.column, "a second YAML document in one file")
                        .with_hint("remove the `---` line and what follows, or move it to its own file"),
                );
                break;
            }
            Event::DocumentEnd => {
                done = true;
                continue;
            }
            Event::Scalar(value, style, anchor, _) => {
                let style = match style {
                    ScalarStyle::Plain => Style::Plain,
                    ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => Style::Quoted,
                    _ => Style::Block,
                };
                let node = Node { pos, id: new_id(), value: Value::Scalar(value.into_owned(), style) };
                if anchor > 0 {
                    anchors.insert(anchor, node.clone());
                }
                node
            }
            Event::Alias(anchor) => match anchors.get(&anchor) {
                Some(node) => Node { id: new_id(), ..node.clone() },
                None => Node { pos, id: new_id(), value: Value::Scalar(String::new(), Style::Plain) },
            },
            Event::SequenceStart(anchor, _) => {
                stack.push((Node { pos, id: new_id(), value: Value::Seq(Vec::new()) }, anchor, None));
                continue;
            }
            Event::MappingStart(anchor, _) => {
                stack.push((Node { pos, id: new_id(), value: Value::Map(Vec::new()) }, anchor, None));
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some((node, anchor, _)) = stack.pop() else { continue };
                if anchor > 0 {
                    anchors.insert(anchor, node.clone());
                }
                node
            }
            _ => continue,
        };
        match stack.last_mut() {
            None => root = Some(node),
            Some((parent, _, pending)) => match &mut parent.value {
                Value::Seq(items) => items.push(node),
                Value::Map(entries) => match pending.take() {
                    None => *pending = Some(node),
                    Some(key) => {
                        let first = entries.iter().find(|(k, _)| k.value == key.value && key.as_str().is_some());
                        match first {
                            Some((first, _)) => problems.push(
                                Diagnostic::error(
                                    file,
                                    key.pos.line,
                                    key.pos.column,
                                    format!(
                                        "duplicate key `{}` (it is also on line {}); the first one is used",
                                        key.as_str().unwrap_or_default(),
                                        first.pos.line
                                    ),
                                )
                                .with_hint("remove one of the two, or merge their values"),
                            ),
                            None => entries.push((key, node)),
                        }
                    }
                },
                Value::Scalar(..) => {}
            },
        }
    }
    let start = Pos { line: first_line, column: 1 };
    Ok((Tree { root, start }, problems))
}

impl Tree {
    /// The file position of 1-based (`line`, `column`, in characters) inside the text of the
    /// scalar `node`, found by walking the scalar as it is written in `yaml` (the text this tree
    /// was parsed from): exact through indentation, folded lines (`>-`), quotes and simple
    /// escapes. Where the walk cannot follow the text (an escape such as `\u00e9`), the
    /// estimate of [`Node::position_in`].
    pub fn position_in(&self, yaml: &str, node: &Node, line: usize, column: usize) -> Pos {
        self.walk_to(yaml, node, line, column).unwrap_or_else(|| node.position_in(line, column))
    }

    fn walk_to(&self, yaml: &str, node: &Node, line: usize, column: usize) -> Option<Pos> {
        let Value::Scalar(value, style) = &node.value else { return None };
        // The character of the value that (line, column) names.
        let mut target = 0;
        for (i, text) in value.split('\n').enumerate() {
            if i + 1 == line.max(1) {
                target += column.max(1) - 1;
                break;
            }
            target += text.chars().count() + 1;
        }
        // The scalar as written: from its first character (for `|` and `>`, the next line).
        let first = node.pos.line.checked_sub(self.start.line)?;
        let mut lines = yaml.split_inclusive('\n').skip(first);
        let (mut at_line, mut at_column) = (node.pos.line, node.pos.column);
        let mut raw: Vec<char> = lines.next()?.chars().skip(node.pos.column - 1).collect();
        // A block scalar's text starts on the line after its `|` or `>` (its position may be
        // either).
        if *style == Style::Block && matches!(raw.first(), Some('|' | '>')) {
            raw = lines.next()?.chars().collect();
            (at_line, at_column) = (at_line + 1, 1);
        }
        let mut raw = raw.into_iter();
        let mut next_raw = move || -> Option<(char, Pos)> {
            loop {
                if let Some(c) = raw.next() {
                    let pos = Pos { line: at_line, column: at_column };
                    at_column += 1;
                    return Some((c, pos));
                }
                raw = lines.next()?.chars().collect::<Vec<_>>().into_iter();
                (at_line, at_column) = (at_line + 1, 1);
            }
        };
        let mut pending = next_raw();
        for (i, wanted) in value.chars().enumerate() {
            // Skip what the value does not hold (indentation, line ends folded away, quotes,
            // escape backslashes) until the raw text has the wanted character, or a line end
            // that folding made a space.
            let pos = loop {
                let (c, pos) = pending?;
                if c == wanted || (wanted == ' ' && c == '\n') {
                    break pos;
                }
                if !matches!(c, ' ' | '\t' | '\r' | '\n' | '\\' | '"' | '\'') {
                    return None;
                }
                pending = next_raw();
            };
            if i == target {
                return Some(pos);
            }
            pending = next_raw();
        }
        // Just past the end of the text.
        pending.map(|(_, pos)| pos)
    }
}

impl Node {
    /// An estimate of the file position of 1-based (`line`, `column`) inside this scalar's
    /// text: exact for single-line scalars; for multi-line ones the line is right and the column
    /// approximate. [`Tree::position_in`] is exact when the file's text is at hand.
    pub fn position_in(&self, line: usize, column: usize) -> Pos {
        match &self.value {
            Value::Scalar(_, Style::Block) => Pos { line: self.pos.line + line, column },
            Value::Scalar(_, style) if line <= 1 => {
                let quote = usize::from(*style == Style::Quoted);
                Pos { line: self.pos.line, column: self.pos.column + quote + column.saturating_sub(1) }
            }
            _ => Pos { line: self.pos.line + line - 1, column },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    /// Problems in a text are found in the text as YAML gives it (folded, unquoted, unescaped)
    /// and reported where they are written in the file.
    #[test]
    fn positions_inside_a_scalar_are_found_where_the_file_has_them() {
        let yaml = "id: x\nfolded: >-\n  First line of text\n  then [a link](case:nope) here.\n\n  New paragraph é [b](case:b).\nliteral: |\n    one\n    two [c](case:c)\nquoted: \"It's \\\"said\\\" and\n  folded [d](case:d)\"\nplain: word [e](case:e)\n  and [f](case:f)\n";
        let (_, tree): (std::collections::BTreeMap<String, String>, Tree) = parse("x.yaml", yaml, 1).unwrap();
        let at = |key: &str, needle: &str| {
            let node = tree.get(&[Seg::Key(key)]).unwrap();
            let value = node.as_str().unwrap();
            let offset = value.find(needle).unwrap_or_else(|| panic!("{needle} in {value:?}"));
            let before = &value[..offset];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
            let pos = tree.position_in(yaml, node, line, column);
            (pos.line, pos.column)
        };
        assert_eq!(at("folded", "[a link]"), (4, 8));
        assert_eq!(at("folded", "[b]"), (6, 19));
        assert_eq!(at("literal", "[c]"), (9, 9));
        assert_eq!(at("quoted", "[d]"), (11, 10));
        assert_eq!(at("plain", "[f]"), (13, 7));
        // The line of the text is kept when the walk cannot follow an escape.
        let escaped = "a: \"caf\\u00e9 [x](case:x)\"\n";
        let (_, tree): (std::collections::BTreeMap<String, String>, Tree) = parse("x.yaml", escaped, 1).unwrap();
        let node = tree.get(&[Seg::Key("a")]).unwrap();
        assert_eq!(tree.position_in(escaped, node, 1, 6).line, 1);
    }

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        id: String,
        #[serde(default)]
        year: Option<u16>,
        #[serde(default)]
        items: Vec<Item>,
        #[serde(default)]
        kind: Option<Kind>,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Item {
        text: String,
        #[serde(default)]
        correct: bool,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        Single,
        Multiple,
    }

    fn problems(yaml: &str) -> Vec<String> {
        match parse::<Doc>("f.yaml", yaml, 1) {
            Ok(_) => Vec::new(),
            Err(p) => p.iter().map(|d| format!("{}:{} {}", d.line, d.column, d.message)).collect(),
        }
    }

    #[test]
    fn reads_typed_values_and_keeps_positions() {
        let (doc, tree) =
            parse::<Doc>("f", "id: 2030\nyear: 2013\nitems:\n  - text: a\n    correct: true\n", 1).unwrap();
        assert_eq!(doc.id, "2030", "a plain scalar read as text is its text");
        assert_eq!(doc.year, Some(2013));
        assert!(doc.items[0].correct);
        assert_eq!(tree.pos(path!["items", 0, "correct"]), Pos { line: 5, column: 14 });
        assert_eq!(tree.key_pos(path!["items", 0, "correct"]), Pos { line: 5, column: 5 });
        assert_eq!(tree.pos(path!["items", 7]), Pos { line: 4, column: 3 }, "falls back to the nearest ancestor");
    }

    #[test]
    fn reports_every_unknown_field_and_every_bad_value() {
        let yaml = "id: x\nsumary: s\nyear: soon\nitems:\n  - text: a\n    corect: true\n  - text: b\n    correct: maybe\nkind: singel\n";
        assert_eq!(
            problems(yaml),
            vec![
                "2:1 unknown field `sumary`",
                "3:7 year: expected a whole number, found `soon`",
                "6:5 unknown field `corect`",
                "8:14 correct: expected `true` or `false`, found `maybe`",
                "9:7 kind: unknown value `singel`, expected `single` or `multiple`",
            ]
        );
    }

    #[test]
    fn missing_fields_are_reported_at_the_mapping() {
        assert_eq!(problems("year: 2020\n"), vec!["1:1 missing field `id`"]);
        assert_eq!(problems(""), vec!["1:1 missing field `id`"]);
    }

    #[test]
    fn positions_are_right_for_every_line_ending() {
        for nl in ["\n", "\r\n", "\r"] {
            let yaml = format!("id: x{nl}{nl}year: later{nl}");
            assert_eq!(problems(&yaml), vec!["3:7 year: expected a whole number, found `later`"], "{nl:?}");
        }
    }

    #[test]
    fn text_with_a_colon_is_reported_at_the_colon_with_the_text_quoted() {
        #[derive(Deserialize, Debug)]
        #[allow(dead_code)]
        struct Notes {
            notes: Vec<String>,
        }
        let yaml = "notes:\n  - Handouts: Stage 1, then 2\n  - Say \"hi\": once\n  - fine\n";
        let p = parse::<Notes>("f.yaml", yaml, 1).unwrap_err();
        let shown: Vec<String> =
            p.iter().map(|d| format!("{}:{} {}", d.line, d.column, d.hint.clone().unwrap_or_default())).collect();
        assert_eq!(
            shown,
            [
                "2:13 put the whole text in quotes: \"Handouts: Stage 1, then 2\"",
                "3:13 put the whole text in quotes: 'Say \"hi\": once'",
            ]
        );
        assert!(p[0].message.contains("`key: value`"), "{}", p[0].message);
    }

    #[test]
    fn duplicate_keys_are_reported_at_the_second() {
        assert_eq!(
            problems("id: a\nyear: 1\nid: b\n"),
            vec!["3:1 duplicate key `id` (it is also on line 1); the first one is used"]
        );
    }

    #[test]
    fn syntax_errors_point_into_the_file() {
        let p = parse::<Doc>("f", "id: a\n  year: [1\n", 10).unwrap_err();
        assert_eq!(p.len(), 1);
        assert!(p[0].line >= 11, "{:?}", p[0]);
        assert!(p[0].message.starts_with("invalid YAML"), "{}", p[0].message);
    }

    #[test]
    fn finds_list_entries() {
        let (_, tree) = parse::<serde_yaml::Value>("f", "cases: [a, bb, c]\nmore:\n  - x\n  - y\n", 2).unwrap();
        assert_eq!(tree.find(path!["cases"], "bb"), Pos { line: 2, column: 12 });
        assert_eq!(tree.find(path!["more"], "y"), Pos { line: 5, column: 5 });
    }
}
