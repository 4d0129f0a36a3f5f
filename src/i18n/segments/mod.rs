//! A content file cut into the pieces a translator translates one by one ("segments"): each
//! heading, paragraph, list item and table cell of a Markdown body, and each string of its front
//! matter or of a data file (quiz prompts, options, feedback, worksheet labels, ...). Every
//! segment has a positional key (to align a translation with its source), a context that stays
//! the same when the file changes elsewhere, its text with inline Markdown as placeholders, and
//! the bytes it occupies in the file, so that a translation is written back in place.

pub mod inline;
pub mod markdown;
pub mod yaml;

use std::ops::Range;

use crate::content::Kind;
use crate::source::SourceFile;

pub use inline::{Inline, Mark, MarkKind};

#[derive(Debug, Clone)]
pub struct Segment {
    /// Where it is: `body/3/p2` (third section, second paragraph), `questions/0/prompt`.
    /// Translations are aligned with their source by this key.
    pub key: String,
    /// What it is, independent of what comes before it: `body/context/p`,
    /// `questions/envisioning-tools/prompt`. With a hash of the text, it names the entry in
    /// translators' files.
    pub context: String,
    /// `heading`, `paragraph`, `list item`, `table cell`, `field`.
    pub what: &'static str,
    pub inline: Inline,
    /// The bytes of the file that hold the text.
    pub span: Range<usize>,
    /// 1-based line in the file.
    pub line: usize,
    pub writer: Writer,
}

/// How a new text is written in place of a segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Writer {
    /// A Markdown block: re-wrapped when the original was, continuation lines with `prefix`;
    /// `column` is where the block starts on its first line.
    Markdown { wrap: bool, prefix: String, column: usize },
    /// A YAML scalar in its style; `lead` and `trail` are whitespace around the text in the value.
    Yaml { style: yaml::YamlStyle, lead: String, trail: String },
}

impl Segment {
    /// The file bytes for a new text of this segment (Markdown already restored).
    pub fn render(&self, markdown: &str) -> String {
        match &self.writer {
            Writer::Markdown { wrap, prefix, column } => markdown::write(markdown, *wrap, prefix, *column),
            Writer::Yaml { style, lead, trail } => yaml::write(&format!("{lead}{markdown}{trail}"), style),
        }
    }
}

/// The segments of a content file of `kind` (front matter first, then the body); `None` for a
/// YAML file that is part of another item (a course's agenda).
pub fn segments(kind: Option<Kind>, file: &SourceFile) -> Vec<Segment> {
    let deck = match kind {
        Some(Kind::Deck) => true,
        Some(Kind::Course | Kind::Chapter | Kind::Setup | Kind::Case | Kind::Term) => false,
        Some(Kind::Quiz | Kind::Worksheet | Kind::Assessment | Kind::Framework | Kind::Delivery) | None => {
            return yaml::segments(&file.text, 0, 1, "");
        }
    };
    let Ok(split) = crate::source::split_front_matter(file, &file.text) else { return Vec::new() };
    let base = file.text.as_ptr() as usize;
    let yaml_offset = split.yaml.as_ptr() as usize - base;
    let body_offset = split.body.as_ptr() as usize - base;
    let mut out = yaml::segments(split.yaml, yaml_offset, split.yaml_line, "meta");
    out.extend(markdown::segments(split.body, body_offset, split.body_line, deck));
    out
}

/// Replaces byte ranges of `text` (sorted, not overlapping).
pub fn patch(text: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(text.len() + 64);
    let mut pos = 0;
    for (range, new) in edits {
        if range.start < pos {
            continue;
        }
        out.push_str(&text[pos..range.start]);
        out.push_str(&new);
        pos = range.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// Eight hex digits of the SHA-256 of a segment's text: part of its entry's name, so that an
/// entry names one text and an edited text is a new entry.
pub fn text_hash(text: &str) -> String {
    crate::source::content_hash(text)[..8].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_front_matter_then_body_and_patches_in_place() {
        let file = SourceFile {
            path: "curriculum/cases/x.md".into(),
            text: "---\nid: x\ntitle: \"A case\"\nregion: Africa\nthemes: [youth, data]\n---\n\n## Context\n\nSome **text**\nhere.\n".into(),
        };
        let segs = segments(Some(Kind::Case), &file);
        let keys: Vec<&str> = segs.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, ["meta/title", "meta/themes/0", "meta/themes/1", "body/1/h1", "body/1/p1"]);
        let edits = vec![
            (segs[0].span.clone(), segs[0].render("Une « étude »: cas")),
            (segs[4].span.clone(), segs[4].render("Du **texte** ici.")),
        ];
        let patched = patch(&file.text, edits);
        assert_eq!(
            patched,
            "---\nid: x\ntitle: \"Une « étude »: cas\"\nregion: Africa\nthemes: [youth, data]\n---\n\n## Context\n\nDu **texte** ici.\n"
        );
    }
}
