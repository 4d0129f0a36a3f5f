//! Reading content files: splitting front matter from the body and parsing YAML into typed
//! structures with errors that point at the line in the file (not in the front-matter block).

use serde::de::DeserializeOwned;

use crate::diagnostic::Diagnostic;

/// A content file as read from disk. `path` is relative to the site root, with `/` separators.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// The parts of a Markdown file with front matter.
#[derive(Debug, Clone, Copy)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// 1-based line in the file of the first YAML line.
    pub yaml_line: usize,
    pub body: &'a str,
    /// 1-based line in the file of the first body line.
    pub body_line: usize,
}

/// Splits `---\n yaml \n---\n body`. A file without front matter is an error: every content file
/// carries metadata.
pub fn split_front_matter<'a>(file: &SourceFile, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line_end = text.find('\n').map(|i| i + 1).unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "---" {
        return Err(Diagnostic::error(&file.path, 1, 1, "missing front matter")
            .with_hint("start the file with a line `---`, the YAML metadata, and another line `---`"));
    }
    let yaml_start = first_line_end;
    let mut offset = yaml_start;
    for (line, l) in (2..).zip(text[yaml_start..].split_inclusive('\n')) {
        let trimmed = l.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let body_start = offset + l.len();
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_line: 2,
                body: &text[body_start..],
                body_line: line + 1,
            });
        }
        offset += l.len();
    }
    Err(Diagnostic::error(&file.path, 1, 1, "front matter is not closed")
        .with_hint("end the YAML metadata with a line containing only `---`"))
}

/// Parses YAML that starts at `first_line` of `file` into `T`. Unknown fields, wrong types and
/// syntax errors come back as a diagnostic at the offending line and column.
pub fn parse_yaml<T: DeserializeOwned>(file: &str, yaml: &str, first_line: usize) -> Result<T, Diagnostic> {
    // An empty document is an empty mapping, so that missing required fields are named.
    let input = if yaml.trim().is_empty() { "{}" } else { yaml };
    serde_yaml::from_str(input).map_err(|err| yaml_diagnostic(file, &err, first_line))
}

fn yaml_diagnostic(file: &str, err: &serde_yaml::Error, first_line: usize) -> Diagnostic {
    let (line, column) =
        err.location().map(|loc| (loc.line() + first_line - 1, loc.column())).unwrap_or((first_line, 0));
    let full = err.to_string();
    // serde_yaml appends " at line L column C"; the diagnostic carries the position itself.
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    };
    let hint = unknown_field_suggestion(&message).or_else(|| yaml_hint(&message));
    let d = Diagnostic::error(file, line, column, message);
    match hint {
        Some(h) => d.with_hint(h),
        None => d,
    }
}

/// "did you mean `summary`?" for serde's "unknown field `sumary`, expected one of `id`, ...".
fn unknown_field_suggestion(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, expected) = rest.split_once('`')?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    crate::diagnostic::suggest(field, candidates).map(|s| format!("did you mean `{s}`?"))
}

fn yaml_hint(message: &str) -> Option<String> {
    if message.contains("unknown field") {
        Some("check the spelling; the fields this file type accepts are listed above and in the README under \"Writing content\"".into())
    } else if message.contains("missing field") {
        Some("add the field to the front matter; see the README under \"Writing content\"".into())
    } else if message.contains("invalid type") {
        Some("change the value to the expected type (quote text that YAML could read as a number or date)".into())
    } else if message.contains("unknown variant") {
        Some("use one of the allowed values listed above".into())
    } else if message.contains("mapping values are not allowed") || message.contains("did not find expected") {
        Some("quote the value if it contains `: ` or `#`, and check the indentation".into())
    } else {
        None
    }
}

/// Finds where `key` (optionally its `value`) appears in a YAML block that starts at
/// `first_line`, for problems found after parsing (e.g. an unknown id). Falls back to the first
/// line of the block. Returns 1-based (line, column).
pub fn locate(yaml: &str, first_line: usize, key: &str, value: Option<&str>) -> (usize, usize) {
    locate_from(yaml, first_line, first_line, key, value)
}

/// Like [`locate`], but searches from file line `from_line` on (e.g. inside one list entry).
pub fn locate_from(yaml: &str, first_line: usize, from_line: usize, key: &str, value: Option<&str>) -> (usize, usize) {
    let lines: Vec<&str> = yaml.lines().collect();
    let key_pattern = format!("{key}:");
    let skip = from_line.saturating_sub(first_line);
    let key_line = lines.iter().enumerate().skip(skip).find_map(|(i, l)| {
        let t = l.trim_start().trim_start_matches("- ");
        t.starts_with(&key_pattern).then_some(i)
    });
    let Some(start) = key_line else {
        return (first_line, 1);
    };
    if let Some(value) = value {
        for (i, l) in lines.iter().enumerate().skip(start) {
            if let Some(col) = find_token(l, value) {
                return (first_line + i, col);
            }
        }
    }
    let indent = lines[start].len() - lines[start].trim_start().len();
    (first_line + start, indent + 1)
}

/// Line and column of the `index`-th entry (0-based) of the block list under `key`, e.g. the
/// third question under `questions:`. Falls back to the key's line.
pub fn locate_item(yaml: &str, first_line: usize, key: &str, index: usize) -> (usize, usize) {
    let key_pattern = format!("{key}:");
    let lines: Vec<&str> = yaml.lines().collect();
    let Some(start) = lines.iter().position(|l| l.trim_start().starts_with(&key_pattern)) else {
        return (first_line, 1);
    };
    let mut item_indent = None;
    let mut seen = 0;
    for (i, l) in lines.iter().enumerate().skip(start + 1) {
        let trimmed = l.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = l.len() - trimmed.len();
        if !trimmed.starts_with("- ") && trimmed != "-" {
            if item_indent.is_none_or(|ii| indent <= ii) && item_indent.is_some() {
                break;
            }
            continue;
        }
        let ii = *item_indent.get_or_insert(indent);
        if indent == ii {
            if seen == index {
                return (first_line + i, indent + 3);
            }
            seen += 1;
        }
    }
    let indent = lines[start].len() - lines[start].trim_start().len();
    (first_line + start, indent + 1)
}

/// 1-based character column of `token` in `line`, as a whole word (not inside a longer id).
fn find_token(line: &str, token: &str) -> Option<usize> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '_' || c == '.';
    let mut from = 0;
    while let Some(i) = line[from..].find(token) {
        let at = from + i;
        let before = line[..at].chars().next_back();
        let after = line[at + token.len()..].chars().next();
        if !before.is_some_and(is_word) && !after.is_some_and(is_word) {
            return Some(line[..at].chars().count() + 1);
        }
        from = at + token.len().max(1);
    }
    None
}

/// A short, stable fingerprint of a file's text (the first 16 hex digits of its SHA-256).
pub fn content_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Takes the top-level `source_hash: ...` line out of a translated file's metadata, leaving an
/// empty line so that line numbers stay right. Returns the text and the recorded hash.
pub fn take_source_hash(text: &str, markdown: bool) -> (String, Option<String>) {
    let mut out = String::with_capacity(text.len());
    let mut hash = None;
    let mut fences = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if markdown && trimmed == "---" {
            fences += 1;
        }
        let in_metadata = !markdown || fences == 1;
        if hash.is_none() && in_metadata {
            if let Some(value) = trimmed.strip_prefix("source_hash:") {
                hash = Some(value.trim().trim_matches(['"', '\'']).to_string());
                out.push_str(if line.ends_with('\n') { "\n" } else { "" });
                continue;
            }
        }
        out.push_str(line);
    }
    (out, hash)
}

/// The `source_hash` a translated file records, read without copying the file (status reports
/// read it for every file of every locale).
pub fn recorded_source_hash(text: &str, markdown: bool) -> Option<String> {
    let mut fences = 0;
    for line in text.lines() {
        let trimmed = line.trim_end();
        if markdown && trimmed == "---" {
            fences += 1;
            if fences == 2 {
                return None;
            }
        }
        if !markdown || fences == 1 {
            if let Some(value) = trimmed.strip_prefix("source_hash:") {
                return Some(value.trim().trim_matches(['"', '\'']).to_string());
            }
        }
    }
    None
}

/// Writes `source_hash: <hash>` into a translated file's metadata (replacing an old one).
pub fn set_source_hash(text: &str, markdown: bool, hash: &str) -> String {
    let (without, old) = take_source_hash(text, markdown);
    let line = format!("source_hash: {hash}\n");
    if old.is_some() {
        // Put it back where it was: the emptied line.
        let mut out = String::with_capacity(text.len());
        let mut done = false;
        for (a, b) in text.split_inclusive('\n').zip(without.split_inclusive('\n')) {
            if !done && a != b {
                out.push_str(&line);
                done = true;
            } else {
                out.push_str(b);
            }
        }
        return out;
    }
    if markdown {
        match text.split_once('\n') {
            Some((first, rest)) => format!("{first}\n{line}{rest}"),
            None => format!("{text}\n{line}"),
        }
    } else {
        format!("{line}{text}")
    }
}

/// 1-based (line, column) of byte `offset` in `text`, where `text` starts at `first_line`.
pub fn line_col(text: &str, offset: usize, first_line: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = first_line + before.matches('\n').count();
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile { path: "a.md".into(), text: text.into() }
    }

    #[test]
    fn splits_front_matter_and_reports_body_line() {
        let f = file("---\nid: x\ntitle: T\n---\n\nHello\n");
        let s = split_front_matter(&f, &f.text).unwrap();
        assert_eq!(s.yaml, "id: x\ntitle: T\n");
        assert_eq!(s.body, "\nHello\n");
        assert_eq!(s.body_line, 5);
    }

    #[test]
    fn missing_or_unclosed_front_matter_is_an_error() {
        let f = file("# Title\n");
        assert_eq!(split_front_matter(&f, &f.text).unwrap_err().message, "missing front matter");
        let f = file("---\nid: x\n");
        assert_eq!(split_front_matter(&f, &f.text).unwrap_err().message, "front matter is not closed");
    }

    #[test]
    fn yaml_errors_point_into_the_file() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct M {
            id: String,
        }
        let err = parse_yaml::<M>("a.md", "id: x\ntitel: y\n", 2).unwrap_err();
        assert_eq!((err.line, err.column), (3, 1));
        assert!(err.message.starts_with("unknown field `titel`"), "{}", err.message);
    }

    #[test]
    fn source_hash_round_trip_keeps_line_numbers() {
        let md = "---\nid: a\nsource_hash: 1234\ntitle: T\n---\nsource_hash: body\n";
        let (text, hash) = take_source_hash(md, true);
        assert_eq!(hash.as_deref(), Some("1234"));
        assert_eq!(text, "---\nid: a\n\ntitle: T\n---\nsource_hash: body\n");
        assert_eq!(
            set_source_hash(md, true, "abcd"),
            "---\nid: a\nsource_hash: abcd\ntitle: T\n---\nsource_hash: body\n"
        );
        assert_eq!(set_source_hash("---\nid: a\n---\n", true, "ff"), "---\nsource_hash: ff\nid: a\n---\n");
        assert_eq!(set_source_hash("id: q\n", false, "ff"), "source_hash: ff\nid: q\n");
        assert_eq!(recorded_source_hash(md, true).as_deref(), Some("1234"));
        assert_eq!(recorded_source_hash("---\nid: a\n---\nsource_hash: body\n", true), None, "not in the body");
        assert_eq!(recorded_source_hash("id: q\nsource_hash: 'ab'\n", false).as_deref(), Some("ab"));
    }

    #[test]
    fn locates_values() {
        let yaml = "id: a\ncases:\n  - one\n  - two\nsee: [x, two-b, two]\n";
        assert_eq!(locate(yaml, 2, "cases", Some("two")), (5, 5));
        assert_eq!(locate(yaml, 2, "see", Some("two")), (6, 17));
        assert_eq!(locate(yaml, 2, "missing", None), (2, 1));
        let list =
            "title: x\nquestions:\n  - id: a\n    type: single\n  - id: a\n    options:\n      - text: y\nafter: 1\n";
        assert_eq!(locate_item(list, 1, "questions", 0), (3, 5));
        assert_eq!(locate_item(list, 1, "questions", 1), (5, 5));
    }
}
