//! Slide decks: Markdown files whose slides are separated by `---` lines, with speaker notes
//! after a `Note:` line and an optional `<!-- layout: NAME -->` per slide.

use serde::{Deserialize, Serialize};

use crate::content::{Document, Duration, Kind, Meta, Structure};
use crate::diagnostic::Diagnostic;

/// Front matter of `decks/<id>.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeckMeta {
    pub id: String,
    pub title: String,
    /// The chapter the deck belongs to.
    #[serde(default)]
    pub chapter: Option<String>,
    #[serde(default)]
    pub duration: Option<Duration>,
}

pub type Deck = Document<DeckMeta>;

impl Meta for DeckMeta {
    const KIND: Kind = Kind::Deck;
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.title
    }
}

impl Structure for DeckMeta {
    fn structure_diff(&self, t: &Self, d: &mut crate::content::structure::Differ) {
        d.field(crate::path!["id"], "`id`", &t.id, &self.id);
        d.field(crate::path!["chapter"], "`chapter`", &t.chapter, &self.chapter);
    }
    fn keep_structure_of(&mut self, s: &Self) {
        self.duration = s.duration;
    }
}

pub const LAYOUTS: &[&str] = &["default", "title", "section", "two-columns", "image", "quote", "break"];

/// One slide's source text, split into its parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Slide {
    pub layout: String,
    /// Markdown of each column (one unless the layout is `two-columns`).
    pub columns: Vec<SlidePart>,
    pub notes: Option<SlidePart>,
    /// 1-based line in the file where the slide starts.
    pub line: usize,
}

/// A piece of Markdown and the file line it starts on (for diagnostics).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SlidePart {
    pub text: String,
    pub line: usize,
}

/// Splits a deck's body (starting at file line `first_line`) into slides.
pub fn split_slides(path: &str, body: &str, first_line: usize) -> (Vec<Slide>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let mut chunks: Vec<(usize, Vec<&str>)> = vec![(first_line, Vec::new())];
    let mut fence: Option<&str> = None;
    for (i, line) in body.lines().enumerate() {
        let trimmed = line.trim();
        if let Some(f) = fence {
            if trimmed.starts_with(f) {
                fence = None;
            }
        } else if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
        } else if trimmed == "---" {
            chunks.push((first_line + i + 1, Vec::new()));
            continue;
        }
        chunks.last_mut().unwrap().1.push(line);
    }
    let mut slides = Vec::new();
    for (start, lines) in chunks {
        if lines.iter().all(|l| l.trim().is_empty()) {
            continue;
        }
        let mut layout = "default".to_string();
        let mut body_lines: Vec<(usize, &str)> = Vec::new();
        let mut notes: Option<(usize, Vec<&str>)> = None;
        let mut seen_content = false;
        for (offset, line) in lines.iter().enumerate() {
            let number = start + offset;
            let trimmed = line.trim();
            if let Some(n) = notes.as_mut() {
                n.1.push(line);
                continue;
            }
            if let Some(("Note" | "Notes", "")) = notes_marker(trimmed) {
                notes = Some((number + 1, Vec::new()));
                continue;
            }
            // `Note: text` or `note:` looks like the start of speaker notes, but is shown on the
            // slide: the room would read what was meant for the facilitator.
            if notes_marker(trimmed).is_some_and(|(word, _)| matches!(word.to_lowercase().as_str(), "note" | "notes")) {
                let column = line.len() - line.trim_start().len() + 1;
                problems.push(
                    Diagnostic::warning(
                        path,
                        number,
                        column,
                        "this line is shown on the slide: speaker notes start after a line that holds only `Note:`",
                    )
                    .with_hint("put `Note:` on a line of its own with the notes below it; if the room should read it, write `**Note:**`"),
                );
            }
            if !seen_content {
                if let Some(name) = trimmed.strip_prefix("<!-- layout:").and_then(|r| r.strip_suffix("-->")) {
                    let name = name.trim();
                    if LAYOUTS.contains(&name) {
                        layout = name.to_string();
                    } else {
                        let column = line.find("layout:").map(|c| c + 9).unwrap_or(1);
                        let hint = match crate::diagnostic::suggest(name, LAYOUTS.iter().copied()) {
                            Some(s) => format!("did you mean `{s}`? Layouts: {}", LAYOUTS.join(", ")),
                            None => format!("use one of: {}", LAYOUTS.join(", ")),
                        };
                        problems.push(
                            Diagnostic::error(path, number, column, format!("unknown slide layout `{name}`"))
                                .with_hint(hint),
                        );
                    }
                    continue;
                }
            }
            if !trimmed.is_empty() {
                seen_content = true;
            }
            body_lines.push((number, line));
        }
        let mut columns =
            vec![SlidePart { text: String::new(), line: body_lines.first().map(|l| l.0).unwrap_or(start) }];
        for (number, line) in body_lines {
            if line.trim() == "<!-- column -->" {
                if layout != "two-columns" {
                    problems.push(
                        Diagnostic::error(path, number, 1, "a column break needs the two-columns layout")
                            .with_hint("start the slide with `<!-- layout: two-columns -->`"),
                    );
                }
                columns.push(SlidePart { text: String::new(), line: number + 1 });
                continue;
            }
            let part = columns.last_mut().unwrap();
            part.text.push_str(line);
            part.text.push('\n');
        }
        if layout == "two-columns" && columns.len() != 2 {
            problems.push(
                Diagnostic::error(
                    path,
                    start,
                    1,
                    format!(
                        "a two-columns slide needs exactly one `<!-- column -->` break, found {}",
                        columns.len() - 1
                    ),
                )
                .with_hint("separate the two columns with a line `<!-- column -->`"),
            );
        }
        slides.push(Slide {
            layout,
            columns,
            notes: notes.map(|(line, l)| SlidePart { text: l.join("\n"), line }).filter(|n| !n.text.trim().is_empty()),
            line: start,
        });
    }
    if slides.is_empty() {
        problems.push(
            Diagnostic::error(path, first_line, 1, "the deck has no slides")
                .with_hint("write slides separated by lines `---`"),
        );
    }
    (slides, problems)
}

/// A line that starts with a word and a colon (`Note:`), as (word, what follows). French writes
/// a space before the colon (`Note :`, often a no-break space): the same marker.
fn notes_marker(line: &str) -> Option<(&str, &str)> {
    let (word, rest) = line.split_once(':')?;
    let word = word.trim_end();
    (!word.is_empty() && !word.contains(char::is_whitespace)).then_some((word, rest.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_slides_notes_layouts_and_columns() {
        let body = "\n<!-- layout: title -->\n# Hello\n\nNote:\nSay hi.\n---\n## Two\n\n```\n---\n```\n---\n<!-- layout: two-columns -->\nLeft\n<!-- column -->\nRight\n";
        let (slides, problems) = split_slides("d.md", body, 5);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(slides.len(), 3);
        assert_eq!(slides[0].layout, "title");
        assert_eq!(slides[0].notes.as_ref().unwrap().text.trim(), "Say hi.");
        assert_eq!(slides[0].notes.as_ref().unwrap().line, 10);
        assert!(slides[1].columns[0].text.contains("```\n---\n```"), "a --- inside a code block is not a separator");
        assert_eq!(slides[2].columns.len(), 2);
        assert_eq!(slides[2].columns[1].text, "Right\n");
    }

    #[test]
    fn french_notes_markers_with_a_space_before_the_colon_start_notes() {
        for marker in ["Note :", "Note\u{a0}:", "Notes\u{202f}:"] {
            let body = format!("# Titre\n\n{marker}\nDites bonjour.\n");
            let (slides, problems) = split_slides("d.md", &body, 1);
            assert!(problems.is_empty(), "{marker}: {problems:?}");
            assert_eq!(slides[0].notes.as_ref().map(|n| n.text.trim()), Some("Dites bonjour."), "{marker}");
            assert!(!slides[0].columns[0].text.contains("bonjour"), "{marker}: the notes are not on the slide");
        }
        let (_, problems) = split_slides("d.md", "# Titre\n\nNote : dites bonjour.\n", 1);
        assert_eq!(problems.len(), 1, "notes on the marker's line are shown on the slide: {problems:?}");
    }

    #[test]
    fn reports_bad_layouts_with_their_line() {
        let (_, problems) = split_slides("d.md", "<!-- layout: two-column -->\nA\n", 7);
        assert_eq!(problems.len(), 1);
        assert_eq!(
            (problems[0].line, problems[0].column, problems[0].message.as_str()),
            (7, 14, "unknown slide layout `two-column`")
        );
        assert!(problems[0].hint.as_deref().unwrap().starts_with("did you mean `two-columns`?"));
    }
}
