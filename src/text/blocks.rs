//! Lesson blocks written as fenced divs, the convention of Pandoc, MyST and most lesson
//! repositories:
//!
//! ```text
//! ::: exercise {#ex-bottleneck} Find the bottleneck
//! What slows the service down?
//!
//! ::: solution
//! The hand-over between the two offices.
//! :::
//! :::
//! ```
//!
//! A marker may give the block an anchor, `{#id}`, before or after its title (or Pandoc's
//! `::: {.exercise #ex-bottleneck}`); exercises, figures and tables are numbered (see `labels`).
//!
//! pulldown-cmark has no such blocks, so each marker line is masked as a thematic break of the
//! same length before parsing (a `***` line interrupts a paragraph and keeps every offset, so
//! positions stay exact) and the renderer turns those breaks back into blocks.

use std::ops::Range;

/// The kinds of block a lesson may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// An image with a caption, numbered ("Figure 3.1").
    Figure,
    /// A Markdown table with a caption, numbered ("Table 3.1").
    Table,
}

impl BlockKind {
    pub const ALL: [BlockKind; 12] = [
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
        BlockKind::Figure,
        BlockKind::Table,
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
            BlockKind::Figure => "figure",
            BlockKind::Table => "table",
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
            BlockKind::Figure => "ref-figure",
            BlockKind::Table => "ref-table",
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

    /// Blocks numbered per chapter ("Exercise 2.3"): the UI string that names them, with
    /// `$number`.
    pub fn numbered(self) -> Option<&'static str> {
        match self {
            BlockKind::Exercise => Some("ref-exercise"),
            BlockKind::Figure => Some("ref-figure"),
            BlockKind::Table => Some("ref-table"),
            _ => None,
        }
    }
}

/// A marker line: an opening `::: kind {#id} [title]` or a closing `:::`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// Byte range of the line (without its line break).
    pub range: Range<usize>,
    pub open: Option<(BlockKind, Option<String>)>,
    /// The anchor written on an opening marker (`{#id}`).
    pub id: Option<String>,
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
            markers.push(Marker { range, open: None, id: None });
            continue;
        }
        // `::: exercise {#id} Title`, `::: exercise Title {#id}` and Pandoc's `::: {.exercise #id}`.
        let rest_at = start + indent + colons + (trimmed[colons..].len() - trimmed[colons..].trim_start().len());
        let (name, title, id) = parse_opening(rest, rest_at, &mut problems);
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
        markers.push(Marker { range, open: Some((kind, title)), id });
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

/// The parts of an opening marker after its colons (`rest`, at byte `base` of the source):
/// kind name, title, anchor. A malformed anchor is reported and left out.
fn parse_opening(
    rest: &str,
    base: usize,
    problems: &mut Vec<MarkerProblem>,
) -> (String, Option<String>, Option<String>) {
    let mut attributes = |inner: &str, at: usize| -> (Option<String>, Option<String>) {
        let (mut class, mut id) = (None, None);
        let mut offset = at;
        for word in inner.split(' ') {
            if let Some(written) = word.strip_prefix('#') {
                match crate::text::labels::check_id(written) {
                    Ok(()) => {
                        id.get_or_insert_with(|| written.to_string());
                    }
                    Err((message, hint)) => problems.push((base + offset, message, hint)),
                }
            } else if let Some(name) = word.strip_prefix('.') {
                class.get_or_insert_with(|| name.to_string());
            }
            offset += word.len() + 1;
        }
        (class, id)
    };
    let (name, mut id, after) = match rest.strip_prefix('{') {
        Some(inner) => {
            let close = inner.find('}').unwrap_or(inner.len());
            let (class, id) = attributes(&inner[..close], 1);
            (class.unwrap_or_default(), id, (close + 2).min(rest.len()))
        }
        None => {
            let name_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let after_name = &rest[name_len..];
            let skipped = name_len + (after_name.len() - after_name.trim_start().len());
            match rest[skipped..].strip_prefix('{') {
                Some(inner) => {
                    let close = inner.find('}').unwrap_or(inner.len());
                    let (_, id) = attributes(&inner[..close], skipped + 1);
                    (rest[..name_len].to_string(), id, (skipped + close + 2).min(rest.len()))
                }
                None => (rest[..name_len].to_string(), None, skipped),
            }
        }
    };
    let mut title = rest[after..].trim().to_string();
    // A trailing `{#id}` after the title.
    if id.is_none() && title.ends_with('}') {
        if let Some(open) = title.rfind('{') {
            let inner = title[open + 1..title.len() - 1].to_string();
            if inner.starts_with('#') {
                let at = rest.len() - (title.len() - open) + 1;
                id = attributes(&inner, at).1;
                title = title[..open].trim_end().to_string();
            }
        }
    }
    (name, Some(title).filter(|t| !t.is_empty()), id)
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
