//! Problems found in a curriculum, each tied to a file, line and column.
//!
//! Every stage of the pipeline reports problems as [`Diagnostic`]s and keeps going, so that one
//! run lists all of them (ripgrep's `Partial` model). Rendering to the terminal (with the source
//! line and a caret) and to JSON lives here too, so every command prints problems the same way.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem: where it is, what is wrong, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root, with `/` separators.
    pub file: String,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based; 0 when the problem concerns the whole line or file.
    pub column: usize,
    pub message: String,
    /// What the editor should do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(file: impl Into<String>, line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, file: file.into(), line, column, message: message.into(), hint: None }
    }

    pub fn warning(file: impl Into<String>, line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(file, line, column, message) }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    fn sort_key(&self) -> (&str, usize, usize, Severity, &str) {
        (&self.file, self.line, self.column, self.severity, &self.message)
    }
}

/// `file:line:column: error: message` (the one-line form used in logs and tests).
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {label}: {}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}

/// Sorts problems by file and position and drops exact duplicates, so output is deterministic
/// whatever order parallel stages found them in.
pub fn normalize(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
}

pub fn count_errors(diagnostics: &[Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.is_error()).count()
}

/// Renders problems for a terminal: grouped by file, each with its source line and a caret.
pub fn render_human(diagnostics: &[Diagnostic], root: &Path, color: bool) -> String {
    use codespan_reporting::diagnostic as cs;
    use codespan_reporting::files::SimpleFiles;
    use codespan_reporting::term;

    let mut files = SimpleFiles::new();
    let mut ids: BTreeMap<&str, Option<usize>> = BTreeMap::new();
    for d in diagnostics {
        ids.entry(d.file.as_str()).or_insert_with(|| {
            std::fs::read_to_string(root.join(&d.file)).ok().map(|text| files.add(d.file.clone(), text))
        });
    }

    let config = term::Config::default();
    let mut out: Vec<u8> = Vec::new();
    for d in diagnostics {
        let mut rendered = cs::Diagnostic::new(match d.severity {
            Severity::Error => cs::Severity::Error,
            Severity::Warning => cs::Severity::Warning,
        })
        .with_message(&d.message);
        let file_id = ids.get(d.file.as_str()).copied().flatten();
        match (file_id, d.line) {
            (Some(id), line) if line > 0 => {
                let text = files.get(id).map(|f| f.source().as_str()).unwrap_or("");
                let span = span_at(text, d.line, d.column);
                rendered = rendered.with_labels(vec![cs::Label::primary(id, span)]);
            }
            _ => {
                rendered = rendered.with_notes(vec![format!("in {}", d.file)]);
            }
        }
        if let Some(hint) = &d.hint {
            rendered.notes.push(format!("help: {hint}"));
        }
        let result = if color {
            let mut writer = term::termcolor::Ansi::new(&mut out);
            term::emit_to_write_style(&mut writer, &config, &files, &rendered)
        } else {
            term::emit_to_io_write(&mut out, &config, &files, &rendered)
        };
        if result.is_err() {
            out.extend_from_slice(format!("{d}\n").as_bytes());
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Byte range of the character at `line:column` (1-based) in `text`, or of the whole line
/// when the column is unknown.
fn span_at(text: &str, line: usize, column: usize) -> std::ops::Range<usize> {
    let mut start = 0;
    for (index, l) in text.split_inclusive('\n').enumerate() {
        if index + 1 == line {
            let content = l.trim_end_matches(['\n', '\r']);
            if column == 0 {
                return start..start + content.len();
            }
            let offset = content.char_indices().nth(column - 1).map(|(i, _)| i).unwrap_or(content.len());
            let width = content[offset..].chars().next().map(char::len_utf8).unwrap_or(0);
            return start + offset..start + offset + width;
        }
        start += l.len();
    }
    text.len()..text.len()
}

/// JSON for CI: `{"errors": n, "warnings": n, "diagnostics": [...]}`.
pub fn render_json(diagnostics: &[Diagnostic]) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        errors: usize,
        warnings: usize,
        diagnostics: &'a [Diagnostic],
    }
    let errors = count_errors(diagnostics);
    let report = Report { errors, warnings: diagnostics.len() - errors, diagnostics };
    serde_json::to_string_pretty(&report).unwrap_or_default()
}

/// Path of `path` relative to `root`, with `/` separators, for messages.
pub fn display_path(root: &Path, path: &Path) -> String {
    let relative: PathBuf = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// The candidate closest to a misspelt `word`, if one is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(word, c), c))
        .filter(|(distance, c)| *distance > 0 && *distance <= (word.len().max(c.len()) / 3).max(1))
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn suggests_close_words_only() {
        assert_eq!(super::suggest("sumary", ["summary", "title"]), Some("summary"));
        assert_eq!(super::suggest("xyz", ["summary", "title"]), None);
    }
}
