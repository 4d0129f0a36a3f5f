//! Reading content files: UTF-8 text with a byte-order mark dropped and every line ending kept
//! countable, front matter split from the body, YAML with positions (`yaml`), and the hashes
//! translations record of their source.

pub mod lines;
pub mod yaml;

use std::path::{Path, PathBuf};

use crate::diagnostic::{display_path, Diagnostic};

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
    // The first line that looks like a closing line but is not one (`----`, `--`, an em dash
    // from autocorrect), and the first that looks like the text: where the hint points.
    let (mut near_miss, mut text_starts) = (None, None);
    for (line, l) in (2..).zip(text[yaml_start..].split_inclusive('\n')) {
        let trimmed = l.trim_end();
        if near_miss.is_none() && looks_like_a_closing_line(trimmed) {
            near_miss = Some((line, trimmed));
        }
        if text_starts.is_none() && looks_like_text(trimmed) {
            text_starts = Some(line);
        }
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
    if let Some((line, written)) = near_miss {
        return Err(Diagnostic::error(&file.path, line, 1, format!("`{written}` does not close the front matter"))
            .with_hint("write the line as exactly `---` (three hyphens, nothing else)"));
    }
    let hint = match text_starts {
        Some(line) => format!(
            "end the YAML metadata with a line containing only `---`: add it before line {line}, where the text \
             seems to begin"
        ),
        None => "end the YAML metadata with a line containing only `---`".to_string(),
    };
    Err(Diagnostic::error(&file.path, 1, 1, "front matter is not closed").with_hint(hint))
}

/// A line meant to close the front matter that does not: `---` indented, or other dashes
/// (`----`, `--`, the em dash an editor's autocorrect makes of `---`).
fn looks_like_a_closing_line(line: &str) -> bool {
    let all_dashes = !line.is_empty() && line.chars().all(|c| matches!(c, '-' | '–' | '—'));
    let indented = line.trim_start() == "---" && line != "---";
    // A lone `-` is an empty list item.
    indented || (all_dashes && line != "---" && line != "-")
}

/// A line that is Markdown, not YAML: a `##` heading, or words at the start of a line with no
/// `key:` in them.
fn looks_like_text(line: &str) -> bool {
    let starts_flush = line.starts_with(|c: char| !c.is_whitespace());
    let markup = line.starts_with("##") || line.starts_with("> ") || line.starts_with("* ");
    let prose = starts_flush && !line.starts_with(['#', '-', '[', '{', '"', '\'', '|', '>']) && !line.contains(':');
    markup || prose
}

/// A short, stable fingerprint of a file's text (the first 16 hex digits of its SHA-256).
/// The `id:` a content file declares, read from its text without parsing it (a file that fails
/// to load, an older version from git): the first top-level `id:` line of its front matter or
/// data, without quotes or a trailing comment.
pub fn declared_id(text: &str) -> Option<String> {
    text.trim_start_matches('\u{feff}')
        .lines()
        .skip_while(|l| l.trim() == "---")
        .take_while(|l| l.trim() != "---")
        .find_map(|l| l.strip_prefix("id:"))
        .map(|v| v.split(" #").next().unwrap_or(v).trim().trim_matches(['"', '\'']).to_string())
        .filter(|v| !v.is_empty())
}

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

/// The file without its `source_hash:` line (the record file keeps the state now).
pub fn remove_source_hash(text: &str, markdown: bool) -> String {
    let (without, old) = take_source_hash(text, markdown);
    if old.is_none() {
        return text.to_string();
    }
    // `take_source_hash` left the line empty; drop it.
    let mut out = String::with_capacity(text.len());
    let mut dropped = false;
    for (a, b) in text.split_inclusive('\n').zip(without.split_inclusive('\n')) {
        if !dropped && a != b {
            dropped = true;
            continue;
        }
        out.push_str(b);
    }
    out
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

/// Reads a content file as text. A UTF-8 byte-order mark (what many Windows editors write) is
/// dropped, and a lone CR (old Mac line ends) becomes LF, so lines count the same everywhere.
pub fn read_file(root: &Path, path: &Path) -> Result<SourceFile, Diagnostic> {
    let display = display_path(root, path);
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok(SourceFile { path: display, text: normalize_text(text) }),
            Err(e) => Err(not_utf8(display, e)),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(Diagnostic::error(display, 0, 0, "missing file")
                .with_hint("create the file, or fix the reference to it"))
        }
        Err(e) => Err(Diagnostic::error(display, 0, 0, format!("cannot read the file: {e}"))),
    }
}

/// Where a file stops being UTF-8, and what it seems to be instead: the usual causes are an
/// editor that saved UTF-16 (Windows Notepad's "Unicode") or a legacy 8-bit encoding.
fn not_utf8(display: String, e: std::string::FromUtf8Error) -> Diagnostic {
    let valid = e.utf8_error().valid_up_to();
    let bytes = e.into_bytes();
    let byte = bytes[valid];
    let save = "save the file with UTF-8 encoding (in most editors: Save As, then Encoding)";
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        // No line to show: every other byte is zero.
        return Diagnostic::error(display, 0, 0, "the file is in UTF-16, not UTF-8").with_hint(save);
    }
    let (line, column) = line_col(&String::from_utf8_lossy(&bytes[..valid]), valid, 1);
    // Windows-1252 as Word and older editors write it: from 0xA0 on it is Latin-1 (the byte is
    // the code point); below, the punctuation that text pasted from Word is full of.
    let windows_1252 = match byte {
        0xA0.. => Some(char::from(byte)),
        0x80 => Some('€'),
        0x85 => Some('…'),
        0x91 => Some('‘'),
        0x92 => Some('’'),
        0x93 => Some('“'),
        0x94 => Some('”'),
        0x96 => Some('–'),
        0x97 => Some('—'),
        _ => None,
    };
    let hint = match windows_1252 {
        Some(c) => format!("{save}: it seems to be in Windows-1252 or Latin-1, where this byte is `{c}`"),
        None => save.to_string(),
    };
    Diagnostic::error(display, line, column, format!("the file is not valid UTF-8: byte 0x{byte:02X} here"))
        .with_hint(hint)
}

pub(crate) fn normalize_text(mut text: String) -> String {
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    if text.contains('\r') {
        // CRLF stays (LF ends the line); a lone CR becomes LF: same length, same offsets.
        let bytes: Vec<u8> = text
            .as_bytes()
            .iter()
            .enumerate()
            .map(|(i, &b)| if b == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n') { b'\n' } else { b })
            .collect();
        text = String::from_utf8(bytes).unwrap_or(text);
    }
    text
}

/// Files with one of `extensions` under `dir`, sorted, skipping hidden files and editor backups.
pub fn files_under(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.into_path())
        .filter(|p| p.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.contains(&e)))
        .collect();
    files.sort();
    files
}

/// Symbolic links under the project's source folders. None is followed (content names files
/// inside the project, never elsewhere on the disk): one that leads outside the project is an
/// error, one inside a warning.
pub fn symbolic_links(root: &Path) -> Vec<Diagnostic> {
    let root_real = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut problems = Vec::new();
    for dir in ["curriculum", "locales", "static", "themes"] {
        for entry in walkdir::WalkDir::new(root.join(dir)).sort_by_file_name().into_iter().filter_map(Result::ok) {
            if !entry.path_is_symlink() {
                continue;
            }
            let shown = display_path(root, entry.path());
            let inside = entry.path().canonicalize().is_ok_and(|target| target.starts_with(&root_real));
            problems.push(if inside {
                Diagnostic::warning(shown, 0, 0, "symbolic links are not followed; this one is ignored")
                    .with_hint("copy the file or folder here instead of linking it")
            } else {
                Diagnostic::error(shown, 0, 0, "this symbolic link leads outside the project and is refused")
                    .with_hint("content may use only files inside the project; copy what you need into it")
            });
        }
    }
    problems
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
    fn an_unclosed_front_matter_is_reported_where_it_was_meant_to_end() {
        // Not quite `---`: reported at that line.
        for (text, line, written) in [
            ("---\nid: x\n----\n\nBody\n", 3, "----"),
            ("---\nid: x\n—\n\nBody\n", 3, "—"),
            ("---\nid: x\n  ---\nBody\n", 3, "  ---"),
        ] {
            let e = split_front_matter(&file(text), text).unwrap_err();
            assert_eq!(
                (e.line, e.message.as_str()),
                (line, format!("`{written}` does not close the front matter").as_str())
            );
        }
        // Missing: the hint names the line where the text seems to begin.
        for (text, line) in [
            ("---\nid: x\ntitle: T\n\n## Section\n\nText.\n", 5),
            ("---\nid: x\n# a YAML comment\ntags:\n  - a\n\nThe text begins here.\n", 7),
        ] {
            let e = split_front_matter(&file(text), text).unwrap_err();
            assert_eq!((e.line, e.message.as_str()), (1, "front matter is not closed"));
            let hint = e.hint.unwrap();
            assert!(hint.contains(&format!("before line {line},")), "{hint}");
        }
    }

    #[test]
    fn source_hash_round_trip_keeps_line_numbers() {
        let md = "---\nid: a\nsource_hash: 1234\ntitle: T\n---\nsource_hash: body\n";
        let (text, hash) = take_source_hash(md, true);
        assert_eq!(hash.as_deref(), Some("1234"));
        assert_eq!(text, "---\nid: a\n\ntitle: T\n---\nsource_hash: body\n");
        assert_eq!(
            remove_source_hash(md, true),
            "---
id: a
title: T
---
source_hash: body
"
        );
        assert_eq!(recorded_source_hash(md, true).as_deref(), Some("1234"));
        assert_eq!(recorded_source_hash("---\nid: a\n---\nsource_hash: body\n", true), None, "not in the body");
        assert_eq!(recorded_source_hash("id: q\nsource_hash: 'ab'\n", false).as_deref(), Some("ab"));
    }

    #[test]
    fn drops_the_byte_order_mark_and_lone_carriage_returns() {
        assert_eq!(normalize_text("\u{feff}---\r\nid: a\r\n".into()), "---\r\nid: a\r\n");
        assert_eq!(normalize_text("a\rb\r\nc\r".into()), "a\nb\r\nc\n");
    }
}
