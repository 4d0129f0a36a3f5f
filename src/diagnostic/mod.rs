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
        // A problem with no file (a command's argument) is just `error: ...`.
        if !self.file.is_empty() {
            write!(f, "{}", self.file)?;
            if self.line > 0 {
                write!(f, ":{}", self.line)?;
                if self.column > 0 {
                    write!(f, ":{}", self.column)?;
                }
            }
            write!(f, ": ")?;
        }
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{label}: {}", self.message)?;
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
    // The same problem found in several locales (a fallback page is rendered in each) is one
    // problem, even when its hint lists what that locale's page offers.
    diagnostics.dedup_by(|a, b| a.sort_key() == b.sort_key());
}

pub fn count_errors(diagnostics: &[Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.is_error()).count()
}

/// At most this many problems are printed for a terminal (as clang's `-ferror-limit`): a
/// generated file with a mistake on every line must not bury the first one. The summary and
/// `check --format json` still count and list them all.
pub const SHOWN_PROBLEMS: usize = 200;

/// Characters of a source line shown around the column (before + after).
const EXCERPT_BEFORE: usize = 80;
const EXCERPT_AFTER: usize = 120;

/// Renders problems for a terminal: each with its source line (cut to a window around the
/// column) and a caret; beyond [`SHOWN_PROBLEMS`], a line saying how many more there are.
pub fn render_human(diagnostics: &[Diagnostic], root: &Path, color: bool) -> String {
    use codespan_reporting::diagnostic as cs;
    use codespan_reporting::term;

    let mut texts: BTreeMap<&str, Option<String>> = BTreeMap::new();
    let config = term::Config::default();
    let mut out: Vec<u8> = Vec::new();
    for d in diagnostics.iter().take(SHOWN_PROBLEMS) {
        let mut rendered = cs::Diagnostic::new(match d.severity {
            Severity::Error => cs::Severity::Error,
            Severity::Warning => cs::Severity::Warning,
        })
        .with_message(&d.message);
        // Lossily: a file that is not UTF-8 still shows the line where it stops being UTF-8.
        let text = texts.entry(d.file.as_str()).or_insert_with(|| {
            std::fs::read(root.join(&d.file)).ok().map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        });
        let excerpt = text.as_deref().filter(|_| d.line > 0).and_then(|text| Excerpt::new(text, d));
        match &excerpt {
            Some(excerpt) => rendered = rendered.with_labels(vec![cs::Label::primary((), excerpt.label.clone())]),
            None if d.file.is_empty() => {}
            None => rendered = rendered.with_notes(vec![format!("in {}", d.file)]),
        }
        if let Some(hint) = &d.hint {
            rendered.notes.push(format!("help: {hint}"));
        }
        let files = excerpt.unwrap_or_else(|| Excerpt::empty(d));
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
    if diagnostics.len() > SHOWN_PROBLEMS {
        let more = diagnostics.len() - SHOWN_PROBLEMS;
        out.extend_from_slice(
            format!(
                "... and {more} more problem{} not shown (`coursebook check --format json` lists them all)\n\n",
                if more == 1 { "" } else { "s" }
            )
            .as_bytes(),
        );
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The one source line a problem points at, cut to a window around its column, presented to
/// codespan as a file whose only line has the real line number and whose columns count from
/// the real start of the line.
struct Excerpt<'a> {
    name: &'a str,
    line_number: usize,
    text: String,
    /// Characters of the real line left out before `text` (less the `…` marker's one).
    skipped: usize,
    label: std::ops::Range<usize>,
}

impl<'a> Excerpt<'a> {
    fn new(text: &str, d: &'a Diagnostic) -> Option<Self> {
        // Lines end as the file's do (LF, CRLF or an old Mac's lone CR); a byte-order mark is
        // not a character of the first line.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let normalized;
        let text = if text.contains('\r') {
            normalized = text.replace("\r\n", "\n").replace('\r', "\n");
            normalized.as_str()
        } else {
            text
        };
        let line = text.split('\n').nth(d.line - 1)?;
        let chars = line.chars().count();
        let column = d.column.clamp(1, chars.max(1));
        let from = if d.column == 0 { 0 } else { column.saturating_sub(EXCERPT_BEFORE + 1) };
        let to = (from + EXCERPT_BEFORE + EXCERPT_AFTER).min(chars);
        let mut window: String = line.chars().skip(from).take(to - from).collect();
        let mut skipped = from;
        if from > 0 {
            window.insert(0, '…');
            skipped -= 1;
        }
        let label = if d.column == 0 || chars == 0 {
            0..window.len()
        } else {
            let start = window.char_indices().nth(column - 1 - skipped).map(|(i, _)| i).unwrap_or(window.len());
            let width = window[start..].chars().next().map(char::len_utf8).unwrap_or(0);
            start..start + width
        };
        if to < chars {
            window.push('…');
        }
        Some(Excerpt { name: &d.file, line_number: d.line, text: window, skipped, label })
    }

    fn empty(d: &'a Diagnostic) -> Self {
        Excerpt { name: &d.file, line_number: d.line.max(1), text: String::new(), skipped: 0, label: 0..0 }
    }
}

impl<'a> codespan_reporting::files::Files<'a> for Excerpt<'_> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(self.name)
    }
    fn source(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(&self.text)
    }
    fn line_index(&'a self, (): (), _byte_index: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(0)
    }
    fn line_number(&'a self, (): (), _line_index: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(self.line_number)
    }
    fn column_number(
        &'a self,
        (): (),
        _line_index: usize,
        byte_index: usize,
    ) -> Result<usize, codespan_reporting::files::Error> {
        let within = self.text.get(..byte_index).map(|s| s.chars().count()).unwrap_or(0);
        Ok(self.skipped + within + 1)
    }
    fn line_range(
        &'a self,
        (): (),
        _line_index: usize,
    ) -> Result<std::ops::Range<usize>, codespan_reporting::files::Error> {
        Ok(0..self.text.len())
    }
}

/// JSON for editors and CI: `{"version": 1, "errors": n, "warnings": n, "diagnostics": [...]}`
/// (the schema is documented in the README; fields are only ever added under one version).
pub fn render_json(diagnostics: &[Diagnostic]) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        version: u32,
        errors: usize,
        warnings: usize,
        diagnostics: &'a [Diagnostic],
    }
    let errors = count_errors(diagnostics);
    let report = Report { version: 1, errors, warnings: diagnostics.len() - errors, diagnostics };
    serde_json::to_string_pretty(&report).unwrap_or_default()
}

/// Path of `path` relative to `root`, with `/` separators, for messages.
pub fn display_path(root: &Path, path: &Path) -> String {
    let relative: PathBuf = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// The candidate closest to a misspelt `word`, if one is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let candidates: Vec<&'a str> = candidates.into_iter().collect();
    let close = (candidates.iter())
        .map(|c| (strsim::damerau_levenshtein(word, c), *c))
        .filter(|(distance, c)| *distance > 0 && *distance <= (word.len().max(c.len()) / 3).max(1))
        .min()
        .map(|(_, c)| c);
    // Else a shortened word (`multi` for `multiple`), when only one candidate starts with it.
    close.or_else(|| {
        let mut longer = candidates.iter().filter(|c| word.len() >= 3 && c.len() > word.len() && c.starts_with(word));
        match (longer.next(), longer.next()) {
            (Some(only), None) => Some(*only),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn suggests_close_words_only() {
        assert_eq!(super::suggest("sumary", ["summary", "title"]), Some("summary"));
        assert_eq!(super::suggest("xyz", ["summary", "title"]), None);
        assert_eq!(super::suggest("multi", ["single", "multiple", "numeric"]), Some("multiple"));
        assert_eq!(super::suggest("true", ["true_false", "true_or_not"]), None, "two start with it");
        assert_eq!(super::suggest("nu", ["numeric"]), None, "too short to guess from");
    }
}
