//! Lesson blocks written as fenced divs, the convention of Pandoc, MyST and most lesson
//! repositories:
//!
//! ```text
//! ::: exercise Find the bottleneck
//! What slows the service down?
//!
//! ::: solution
//! The hand-over between the two offices.
//! :::
//! :::
//! ```
//!
//! pulldown-cmark has no such blocks, so each marker line is masked as a thematic break of the
//! same length before parsing (a `***` line interrupts a paragraph and keeps every offset, so
//! positions stay exact) and the renderer turns those breaks back into blocks.

use std::ops::Range;

/// The kinds of block a lesson may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Exercise,
    Solution,
    Hint,
    Facilitator,
    Callout,
    Keypoints,
    Objectives,
    Prerequisites,
    Discussion,
    Checklist,
}

impl BlockKind {
    pub const ALL: [BlockKind; 10] = [
        BlockKind::Exercise,
        BlockKind::Solution,
        BlockKind::Hint,
        BlockKind::Facilitator,
        BlockKind::Callout,
        BlockKind::Keypoints,
        BlockKind::Objectives,
        BlockKind::Prerequisites,
        BlockKind::Discussion,
        BlockKind::Checklist,
    ];

    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Exercise => "exercise",
            BlockKind::Solution => "solution",
            BlockKind::Hint => "hint",
            BlockKind::Facilitator => "facilitator",
            BlockKind::Callout => "callout",
            BlockKind::Keypoints => "keypoints",
            BlockKind::Objectives => "objectives",
            BlockKind::Prerequisites => "prerequisites",
            BlockKind::Discussion => "discussion",
            BlockKind::Checklist => "checklist",
        }
    }

    /// The kind named in a marker; the names other lesson tools use are accepted too.
    pub fn from_name(name: &str) -> Option<BlockKind> {
        let name = name.to_ascii_lowercase();
        let alias = match name.as_str() {
            "challenge" => "exercise",
            "instructor" | "instructor-note" | "facilitator-note" => "facilitator",
            "key-points" | "keypoint" => "keypoints",
            "prereq" | "prerequisite" => "prerequisites",
            "note" => "callout",
            other => other,
        };
        BlockKind::ALL.into_iter().find(|k| k.name() == alias)
    }

    /// The UI string that titles the block when its marker gives no title.
    pub fn label_key(self) -> &'static str {
        match self {
            BlockKind::Exercise => "block-exercise",
            BlockKind::Solution => "block-solution",
            BlockKind::Hint => "block-hint",
            BlockKind::Facilitator => "block-facilitator",
            BlockKind::Callout => "block-callout",
            BlockKind::Keypoints => "block-keypoints",
            BlockKind::Objectives => "block-objectives",
            BlockKind::Prerequisites => "block-prerequisites",
            BlockKind::Discussion => "block-discussion",
            BlockKind::Checklist => "block-checklist",
        }
    }

    /// Shown collapsed, opened by the reader (open in the facilitator edition).
    pub fn collapsible(self) -> bool {
        matches!(self, BlockKind::Solution | BlockKind::Hint)
    }

    /// Left out of the learner edition entirely.
    pub fn facilitator_only(self) -> bool {
        self == BlockKind::Facilitator
    }
}

/// A marker line: an opening `::: kind [title]` or a closing `:::`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// Byte range of the line (without its line break).
    pub range: Range<usize>,
    pub open: Option<(BlockKind, Option<String>)>,
}

/// A problem with a marker: byte offset, message, hint.
pub type MarkerProblem = (usize, String, String);

/// The marker lines of `source` (outside fenced code), and the problems with them: unknown
/// kinds, blocks never closed, closings without an opening.
pub fn find_markers(source: &str) -> (Vec<Marker>, Vec<MarkerProblem>) {
    let mut markers = Vec::new();
    let mut problems = Vec::new();
    let mut fence: Option<(char, usize)> = None;
    let mut open: Vec<usize> = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let indent = content.len() - content.trim_start_matches(' ').len();
        let trimmed = content.trim();
        // Fenced code: markers inside are code.
        let fence_char = trimmed.chars().next().filter(|c| *c == '`' || *c == '~');
        if let Some(c) = fence_char {
            let run = trimmed.chars().take_while(|x| *x == c).count();
            if run >= 3 && indent <= 3 {
                match fence {
                    None => fence = Some((c, run)),
                    Some((fc, fr)) if fc == c && run >= fr && trimmed.chars().all(|x| x == c) => fence = None,
                    _ => {}
                }
                continue;
            }
        }
        if fence.is_some() || indent > 3 || !trimmed.starts_with(":::") {
            continue;
        }
        let colons = trimmed.chars().take_while(|c| *c == ':').count();
        let rest = trimmed[colons..].trim();
        let range = start..start + content.len();
        if rest.is_empty() {
            if open.pop().is_none() {
                problems.push((
                    start,
                    "this `:::` closes no block".to_string(),
                    "remove it, or open a block before it with a line like `::: exercise`".to_string(),
                ));
                continue;
            }
            markers.push(Marker { range, open: None });
            continue;
        }
        // `::: {.exercise}` (Pandoc attribute form) and `::: exercise Title`.
        let (name, title) = match rest.strip_prefix('{') {
            Some(attrs) => {
                let inner = attrs.split('}').next().unwrap_or("");
                (inner.trim().trim_start_matches('.').split_whitespace().next().unwrap_or("").to_string(), None)
            }
            None => {
                let mut parts = rest.splitn(2, char::is_whitespace);
                let name = parts.next().unwrap_or("").to_string();
                (name, parts.next().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()))
            }
        };
        let kind = BlockKind::from_name(&name).unwrap_or_else(|| {
            let names: Vec<&str> = BlockKind::ALL.iter().map(|k| k.name()).collect();
            let hint = match crate::diagnostic::suggest(&name, names.iter().copied()) {
                Some(close) => format!("did you mean `{close}`?"),
                None => {
                    format!("use one of: {}", names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", "))
                }
            };
            problems.push((start + indent + colons + 1, format!("unknown block kind `{name}`"), hint));
            // Still a block (shown as a plain callout), so its closing `:::` is not reported too.
            BlockKind::Callout
        });
        open.push(markers.len());
        markers.push(Marker { range, open: Some((kind, title)) });
    }
    for index in open {
        let (kind, _) = markers[index].open.clone().unwrap_or((BlockKind::Callout, None));
        problems.push((
            markers[index].range.start,
            format!("this `{}` block is never closed", kind.name()),
            "end it with a line `:::`".to_string(),
        ));
    }
    // Unclosed openings are dropped: their content renders as ordinary text.
    let unclosed: Vec<usize> = {
        let mut depth: Vec<usize> = Vec::new();
        for (i, m) in markers.iter().enumerate() {
            match m.open {
                Some(_) => depth.push(i),
                None => {
                    depth.pop();
                }
            }
        }
        depth
    };
    let markers = markers.into_iter().enumerate().filter(|(i, _)| !unclosed.contains(i)).map(|(_, m)| m).collect();
    (markers, problems)
}

/// `source` with each marker line replaced by a thematic break of the same byte length.
pub fn mask(source: &str, markers: &[Marker]) -> String {
    let mut bytes = source.as_bytes().to_vec();
    for m in markers {
        for b in &mut bytes[m.range.clone()] {
            *b = b'*';
        }
        // A thematic break needs three characters; `:::` has exactly three.
    }
    // Only ASCII replaced whole lines: still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| source.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_blocks_and_ignores_code() {
        let src = "::: exercise Find it\nText\n::: solution\nAnswer\n:::\n:::\n\n```\n::: hint\n```\n";
        let (markers, problems) = find_markers(src);
        assert!(problems.is_empty(), "{problems:?}");
        let kinds: Vec<_> = markers.iter().map(|m| m.open.as_ref().map(|(k, t)| (k.name(), t.clone()))).collect();
        assert_eq!(kinds, [Some(("exercise", Some("Find it".into()))), Some(("solution", None)), None, None]);
        let masked = mask(src, &markers);
        assert_eq!(masked.len(), src.len());
        assert!(masked.starts_with("********************\nText\n************\n"), "{masked}");
        assert!(masked.contains("```\n::: hint\n```"), "code untouched");
    }

    #[test]
    fn reports_unknown_unclosed_and_stray_markers() {
        let (markers, problems) = find_markers("::: puzzle\nx\n:::\n\n::: hint\nopen\n");
        let messages: Vec<&str> = problems.iter().map(|p| p.1.as_str()).collect();
        assert_eq!(messages, ["unknown block kind `puzzle`", "this `hint` block is never closed"]);
        assert_eq!(markers.len(), 2, "the unknown block still opens and closes");
    }

    #[test]
    fn accepts_other_tools_names() {
        assert_eq!(BlockKind::from_name("challenge"), Some(BlockKind::Exercise));
        assert_eq!(BlockKind::from_name("instructor"), Some(BlockKind::Facilitator));
        let (markers, _) = find_markers("::: {.challenge}\nx\n:::\n");
        assert_eq!(markers[0].open, Some((BlockKind::Exercise, None)));
    }
}
