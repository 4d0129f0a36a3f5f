//! Numbered and labelled things in a document, the targets of links other than headings:
//!
//! - figures, tables and exercises (lesson blocks: `::: figure {#fig-growth} Caption`),
//! - display equations, labelled after the closing `$$` (`$$ ... $$ {#eq-growth}`), on the
//!   line under it, or on a math fence (```` ```math {#eq-growth} ````),
//! - paragraphs whose last line is a label (`{#key-claim}`), and any other lesson block with
//!   an anchor (`::: discussion {#talk}`).
//!
//! Figures, tables and exercises are numbered per kind in the order they appear, and so are
//! labelled equations: "3.1", "3.2" in chapter 3, or "1", "2" with no chapter number. A link
//! with no text to one reads "Figure 3.1" in the reader's language. Anchors share the page
//! with the headings' and must be unique on it.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};

use crate::diagnostic::Diagnostic;
use crate::source::lines::LineIndex;
use crate::text::blocks::{BlockKind, Marker, MarkerProblem};
use crate::text::markdown::Heading;

/// A UI string with arguments, in the reader's language (`Resolver::format`).
pub type FormatString<'f> = dyn Fn(&str, &[(&str, &str)]) -> String + 'f;

/// What a labelled or numbered thing is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Block(BlockKind),
    Equation,
    Paragraph,
}

/// A figure, table, exercise or other lesson block, a display equation, or a labelled
/// paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub kind: ItemKind,
    /// The anchor, written (`{#id}`) or, in a translation, its source's.
    pub id: Option<String>,
    /// "3.2" for numbered kinds (equations only when labelled).
    pub number: Option<String>,
    /// A block's title (an exercise's, a figure's caption on its marker line).
    pub title: Option<String>,
    /// 1-based line in the file.
    pub line: usize,
}

impl Item {
    /// The UI string that names this kind with its number (`ref-figure`: "Figure { $number }").
    pub fn number_key(&self) -> Option<&'static str> {
        match self.kind {
            ItemKind::Block(kind) => kind.numbered(),
            ItemKind::Equation => self.id.as_ref().map(|_| "ref-equation"),
            ItemKind::Paragraph => None,
        }
    }

    /// How a link with no text names it: "Figure 3.1" (through `format`, the UI strings), else
    /// its title; a paragraph has neither.
    pub fn link_text(&self, format: &FormatString<'_>) -> Option<String> {
        match (self.number_key(), &self.number) {
            (Some(key), Some(number)) => Some(format(key, &[("number", number)])),
            _ => self.title.clone(),
        }
    }

    /// The kind as a reader names it in a message ("figure", "equation").
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            ItemKind::Block(kind) => kind.name(),
            ItemKind::Equation => "equation",
            ItemKind::Paragraph => "paragraph",
        }
    }
}

/// Whether `id` can be an anchor: letters (any script), digits, `-`, `_`, `.` and `:`.
pub fn check_id(id: &str) -> Result<(), (String, String)> {
    if !id.is_empty() && id.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':')) {
        return Ok(());
    }
    Err((
        format!("`{{#{id}}}` is not a valid label"),
        "a label is letters, digits and hyphens after `#`, e.g. `{#fig-growth}`".to_string(),
    ))
}

/// The anchor of a line that is only a label (`{#id}`), checked.
fn label_line(line: &str) -> Option<Result<&str, (String, String)>> {
    let inner = line.trim().strip_prefix("{#")?.strip_suffix('}')?;
    Some(check_id(inner).map(|()| inner))
}

/// Items found by [`collect`]: in document order, with the index of the event each stands
/// for (a block marker's, a paragraph's start, the math's).
pub(crate) struct Collected {
    pub items: Vec<Item>,
    pub at_event: HashMap<usize, usize>,
    pub problems: Vec<MarkerProblem>,
}

/// Finds the items of a parsed document, takes label text out of its events (a label is not
/// shown), and numbers them: `number_prefix` is the chapter's number; `fixed` gives a
/// translation the anchors of its source's items (by position) where it writes none.
pub(crate) fn collect(
    source: &str,
    events: &mut [(Event<'_>, Range<usize>)],
    blocks: &HashMap<usize, Marker>,
    lines: &LineIndex<'_>,
    number_prefix: Option<&str>,
    fixed: Option<&[Option<String>]>,
    headings: &[Heading],
) -> Collected {
    let mut found: Vec<(Item, usize, usize)> = Vec::new();
    let mut problems = Vec::new();
    let item = |found: &mut Vec<(Item, usize, usize)>, kind, id, title, offset: usize, event: usize| {
        let line = lines.position(offset).0;
        found.push((Item { kind, id, number: None, title, line }, offset, event));
    };
    // Equations labelled by the line under them, by the index of their math event.
    let mut labelled_math: HashMap<usize, String> = HashMap::new();
    // A figure whose marker gives no title, waiting for its caption's first paragraph.
    let mut untitled_figure: Option<usize> = None;
    let mut i = 0;
    while i < events.len() {
        if let Some(marker) = blocks.get(&i) {
            untitled_figure = None;
            if let Some((kind, title)) = &marker.open {
                if *kind == BlockKind::Figure && title.is_none() {
                    untitled_figure = Some(found.len());
                }
                item(&mut found, ItemKind::Block(*kind), marker.id.clone(), title.clone(), marker.range.start, i);
            }
            i += 1;
            continue;
        }
        let range = events[i].1.clone();
        match &events[i].0 {
            Event::Start(Tag::Paragraph) => {
                let end = (i..events.len()).find(|&j| matches!(events[j].0, Event::End(TagEnd::Paragraph)));
                let end = end.unwrap_or(events.len());
                if let Some(figure) = untitled_figure {
                    let caption = plain_text(&events[i + 1..end]);
                    if !caption.is_empty() {
                        found[figure].0.title = Some(caption);
                        untitled_figure = None;
                    }
                }
                let text = source[range.clone()].trim_end();
                let Some(last_start) = text.rfind('\n').map(|n| n + 1) else {
                    match label_line(text) {
                        Some(Ok(id)) => problems.push((
                            range.start,
                            format!("the label `{{#{id}}}` stands alone, so it labels nothing"),
                            "put it on the line right under the paragraph or equation it labels, with no blank line between"
                                .to_string(),
                        )),
                        Some(Err((message, hint))) => problems.push((range.start, message, hint)),
                        None => {}
                    }
                    i += 1;
                    continue;
                };
                match label_line(&text[last_start..]) {
                    None => {}
                    Some(Err((message, hint))) => problems.push((range.start + last_start, message, hint)),
                    Some(Ok(id)) => {
                        let id = id.to_string();
                        // Everything from the end of the line above is the label: not shown.
                        let cut = range.start + text[..last_start - 1].trim_end().len();
                        for (event, at) in &mut events[i + 1..end] {
                            if at.start >= cut {
                                *event = Event::Text("".into());
                            }
                        }
                        let content: Vec<usize> = (i + 1..end)
                            .filter(|&k| match &events[k].0 {
                                Event::Text(t) => !t.trim().is_empty(),
                                Event::SoftBreak | Event::HardBreak => false,
                                _ => true,
                            })
                            .collect();
                        match content.as_slice() {
                            [only] if matches!(events[*only].0, Event::DisplayMath(_)) => {
                                labelled_math.insert(*only, id);
                            }
                            _ => item(&mut found, ItemKind::Paragraph, Some(id), None, range.start, i),
                        }
                    }
                }
            }
            Event::DisplayMath(_) => {
                let mut id = labelled_math.remove(&i);
                // `$$ ... $$ {#eq-x}`: the rest of the closing line is the label.
                let line_end = source[range.end..].find('\n').map_or(source.len(), |n| range.end + n);
                match label_line(&source[range.end..line_end]) {
                    Some(Ok(written)) if id.is_none() => {
                        id = Some(written.to_string());
                        for (event, _) in events[i + 1..].iter_mut().take_while(|(_, at)| at.start < line_end) {
                            if !matches!(event, Event::End(_)) {
                                *event = Event::Text("".into());
                            }
                        }
                    }
                    Some(Err((message, hint))) => problems.push((range.end, message, hint)),
                    _ => {}
                }
                item(&mut found, ItemKind::Equation, id, None, range.start, i);
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let mut words = info.splitn(2, char::is_whitespace);
                if words.next() == Some("math") {
                    let rest = words.next().unwrap_or("").trim();
                    let id = match label_line(rest) {
                        Some(Ok(id)) => Some(id.to_string()),
                        Some(Err((message, hint))) => {
                            problems.push((range.start, message, hint));
                            None
                        }
                        None => None,
                    };
                    item(&mut found, ItemKind::Equation, id, None, range.start, i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut counters: HashMap<&'static str, usize> = HashMap::new();
    let mut taken: HashMap<String, usize> = headings.iter().map(|h| (h.id.clone(), h.line)).collect();
    let mut items = Vec::with_capacity(found.len());
    let mut at_event = HashMap::new();
    for (k, (mut item, offset, event)) in found.into_iter().enumerate() {
        if item.id.is_none() {
            item.id = fixed.and_then(|f| f.get(k)).cloned().flatten();
        }
        if let Some(key) = item.number_key() {
            let n = counters.entry(key).or_insert(0);
            *n += 1;
            item.number = Some(match number_prefix {
                Some(prefix) => format!("{prefix}.{n}"),
                None => n.to_string(),
            });
        }
        if let Some(id) = &item.id {
            if let Some(line) = taken.get(id) {
                problems.push((
                    offset,
                    format!("the anchor `#{id}` is already used on this page, at line {line}"),
                    "give this label another id: every anchor of a page must be unique".to_string(),
                ));
            } else {
                taken.insert(id.clone(), item.line);
            }
        }
        at_event.insert(event, items.len());
        items.push(item);
    }
    Collected { items, at_event, problems }
}

/// The text of a paragraph's events outside images (a figure's image is not its caption).
fn plain_text(events: &[(Event<'_>, Range<usize>)]) -> String {
    let mut text = String::new();
    let mut in_image = 0usize;
    for (event, _) in events {
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) if in_image == 0 => text.push_str(t),
            Event::SoftBreak | Event::HardBreak if in_image == 0 => text.push(' '),
            _ => {}
        }
    }
    text.trim().to_string()
}

/// The anchors a translation's items take from its source's (by position among items of their
/// kind, for those that write none), and the source's labels the translation lacks: errors in
/// the translated `file` (whose body starts at `body_line`), since links to them would break.
pub fn translated_ids(
    source: &[Item],
    translated: &[Item],
    (file, body_line): (&str, usize),
    source_path: &str,
) -> (Vec<Option<String>>, Vec<Diagnostic>) {
    fn positions(items: &[Item]) -> Vec<(ItemKind, usize)> {
        let mut seen: HashMap<ItemKind, usize> = HashMap::new();
        items
            .iter()
            .map(|item| {
                let n = seen.entry(item.kind).or_insert(0);
                *n += 1;
                (item.kind, *n)
            })
            .collect()
    }
    let written: HashSet<&str> = translated.iter().filter_map(|item| item.id.as_deref()).collect();
    let counterpart: HashMap<(ItemKind, usize), usize> =
        positions(translated).into_iter().enumerate().map(|(j, at)| (at, j)).collect();
    let mut ids = vec![None; translated.len()];
    let mut problems = Vec::new();
    for (item, at) in source.iter().zip(positions(source)) {
        let Some(id) = item.id.as_deref().filter(|id| !written.contains(id)) else { continue };
        let kind = item.kind_name();
        // Paragraphs are not counted: translations split and join them.
        match counterpart.get(&at).filter(|_| item.kind != ItemKind::Paragraph) {
            Some(&j) if translated[j].id.is_none() => ids[j] = Some(id.to_string()),
            Some(&j) => problems.push(
                Diagnostic::error(
                    file,
                    translated[j].line,
                    1,
                    format!(
                        "this {kind} is labelled `#{}`, but the source's (line {} of {source_path}) is `#{id}`",
                        translated[j].id.as_deref().unwrap_or_default(),
                        item.line
                    ),
                )
                .with_hint(format!("keep the source's label, `{{#{id}}}`: links from other pages use it")),
            ),
            None => problems.push(
                Diagnostic::error(
                    file,
                    body_line,
                    1,
                    format!("the translation has no {kind} labelled `#{id}` (line {} of {source_path})", item.line),
                )
                .with_hint(if item.kind == ItemKind::Paragraph {
                    format!("end the paragraph that translates it with a line `{{#{id}}}`")
                } else {
                    format!("translate the {kind} too, with its label `{{#{id}}}`: links from other pages use it")
                }),
            ),
        }
    }
    (ids, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(source: &str, prefix: Option<&str>) -> Vec<Item> {
        let options = crate::text::markdown::ParseOptions { number_prefix: prefix, ..Default::default() };
        crate::text::markdown::parse_with(source, 1, options).items
    }

    #[test]
    fn each_kind_is_numbered_on_its_own_and_only_labelled_equations_count() {
        let found = items(
            "::: figure {#fig-a} A\n![a](a.svg)\n:::\n\n::: exercise Two\nx\n:::\n\n$$\nx\n$$\n\n\
             $$\ny\n$$ {#eq-y}\n\n::: figure\n![b](b.svg)\n\nThe caption *here*.\n:::\n\nText.\n{#para}\n",
            Some("3"),
        );
        type Summary<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);
        let summary: Vec<Summary<'_>> =
            found.iter().map(|i| (i.kind_name(), i.id.as_deref(), i.number.as_deref(), i.title.as_deref())).collect();
        assert_eq!(
            summary,
            vec![
                ("figure", Some("fig-a"), Some("3.1"), Some("A")),
                ("exercise", None, Some("3.1"), Some("Two")),
                ("equation", None, None, None),
                ("equation", Some("eq-y"), Some("3.1"), None),
                ("figure", None, Some("3.2"), Some("The caption here.")),
                ("paragraph", Some("para"), None, None),
            ]
        );
        assert_eq!(items("::: figure {#f}\n![a](a.svg)\n:::\n", None)[0].number.as_deref(), Some("1"));
    }

    #[test]
    fn a_translation_takes_its_sources_labels_by_position_and_must_keep_them() {
        let source = items("::: figure {#fig-a} A\n![a](a.svg)\n:::\n\nKey.\n{#key}\n", None);
        let translated = items("::: figure Una\n![a](a.svg)\n:::\n\nClave.\n{#key}\n", None);
        let (ids, problems) = translated_ids(&source, &translated, ("es/x.md", 3), "x.md");
        assert_eq!(ids, vec![Some("fig-a".to_string()), None]);
        assert!(problems.is_empty(), "{problems:?}");
        let without = items("::: figure Una\n![a](a.svg)\n:::\n\nClave.\n", None);
        let (_, problems) = translated_ids(&source, &without, ("es/x.md", 3), "x.md");
        let messages: Vec<String> = problems.iter().map(|p| format!("{}:{}: {}", p.file, p.line, p.message)).collect();
        assert_eq!(messages, vec!["es/x.md:3: the translation has no paragraph labelled `#key` (line 5 of x.md)"]);
    }

    #[test]
    fn ids_are_letters_digits_and_a_few_marks() {
        assert!(check_id("fig-growth").is_ok());
        assert!(check_id("fig:growth_2.b").is_ok());
        assert!(check_id("المعادلة-١").is_ok());
        assert!(check_id("").is_err());
        assert!(check_id("two words").is_err());
        assert!(check_id("a\"b").is_err());
    }
}
