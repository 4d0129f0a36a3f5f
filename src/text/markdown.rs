//! Markdown to HTML: GitHub-flavoured Markdown, alerts as callouts, numbered sections with
//! anchors, highlighted code, and id links (`case:...`) resolved through a [`Resolver`].
//!
//! Parsing and rendering are separate steps so that every page's headings (anchors) are known
//! before any page's links are checked.

use std::collections::HashMap;
use std::ops::Range;

use pulldown_cmark::{
    BlockQuoteKind, CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd,
};

use crate::content::Kind;
use crate::diagnostic::Diagnostic;
use crate::source::lines::LineIndex;
use crate::text::labels::{self, Item};
use crate::text::links::{self, LinkResolution};
use crate::text::numbered::{self, FigureParagraph, OpenBlock};
use crate::text::{blocks, highlight, sanitize};

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
        | Options::ENABLE_MATH
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
    /// Generated section number for `##` headings of numbered documents ("1.2").
    pub number: Option<String>,
    /// Inside a lesson block or a callout: part of that block, not a section of the document.
    pub in_block: bool,
    /// 1-based line in the file.
    pub line: usize,
    /// Whether the anchor was written in the text (`## Title {#anchor}`).
    pub explicit: bool,
}

/// A parsed document: its events (with source offsets) and its headings with final ids.
pub struct Parsed<'a> {
    source: &'a str,
    first_line: usize,
    events: Vec<(Event<'a>, Range<usize>)>,
    pub headings: Vec<Heading>,
    /// Figures, tables, exercises, equations and labelled paragraphs, in order (see `labels`).
    pub items: Vec<Item>,
    /// The index in `items` of the item an event stands for.
    item_at: HashMap<usize, usize>,
    /// Lesson block markers, by the index of the event that stands for them.
    blocks: HashMap<usize, blocks::Marker>,
    /// Problems with block markers and labels (offset, message, hint), reported when rendered.
    problems: Vec<blocks::MarkerProblem>,
    /// What [`Parsed::prefix_ids`] put before every anchor: a `#fragment` link of the document
    /// still names the anchor as written.
    pub id_prefix: String,
}

/// How a document is parsed: what numbers it gives, and for a translation, its source's
/// anchors.
#[derive(Debug, Default, Clone, Copy)]
pub struct ParseOptions<'o> {
    /// With "3", `##` headings are numbered 3.1, 3.2 ...
    pub section_prefix: Option<&'o str>,
    /// With "3", figures, tables, exercises and labelled equations are numbered 3.1, 3.2 ...
    /// (each kind apart); without, 1, 2 ...
    pub number_prefix: Option<&'o str>,
    /// Anchors for the headings, by position (`None`: made from the text): a translation keeps
    /// its source's. An anchor written in the text (`{#id}`) always wins.
    pub heading_ids: Option<&'o [Option<String>]>,
    /// Anchors for the items (figures, equations ...) that write none, by position: a
    /// translation's, from its source.
    pub label_ids: Option<&'o [Option<String>]>,
}

impl<'o> ParseOptions<'o> {
    /// The source's anchors a translated document keeps (none for a source).
    pub fn anchors_of(origin: &'o crate::content::Origin) -> ParseOptions<'o> {
        ParseOptions {
            heading_ids: origin.anchor_ids.as_deref(),
            label_ids: origin.label_ids.as_deref(),
            ..ParseOptions::default()
        }
    }
}

/// Which edition of the course a page belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Edition {
    /// For learners: no facilitator notes, solutions collapsed, no answer keys.
    #[default]
    Learner,
    /// For facilitators: notes shown, solutions open, answer keys and model answers.
    Facilitator,
}

impl Edition {
    /// The start of the name of a file made of `course` in this edition (`capacities`,
    /// `capacities-facilitator`): the two editions' PDFs, offline copies and packages can sit
    /// side by side.
    pub fn file_stem(self, course: &str) -> String {
        match self {
            Edition::Learner => course.to_string(),
            Edition::Facilitator => format!("{course}-facilitator"),
        }
    }
}

/// What one edition shows of the lesson blocks: the learner edition leaves out notes for
/// facilitators, and solutions unless the site puts them in (`learner_solutions`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Shown {
    pub edition: Edition,
    pub learner_solutions: bool,
}

impl Shown {
    /// Whether a block of this kind is left out, with everything inside it.
    pub fn hides(self, kind: blocks::BlockKind) -> bool {
        self.edition == Edition::Learner
            && (kind.facilitator_only() || (kind == blocks::BlockKind::Solution && !self.learner_solutions))
    }
}

/// Parses `source` (a body that starts at line `first_line` of its file). With
/// `section_prefix` ("1"), `##` headings are numbered "1.1", "1.2", ...
pub fn parse<'a>(source: &'a str, first_line: usize, section_prefix: Option<&str>) -> Parsed<'a> {
    parse_with(source, first_line, ParseOptions { section_prefix, ..ParseOptions::default() })
}

/// Like [`parse`], with numbers and anchors as `options` say.
pub fn parse_with<'a>(source: &'a str, first_line: usize, how: ParseOptions<'_>) -> Parsed<'a> {
    let ParseOptions { section_prefix, number_prefix, heading_ids: fixed_ids, label_ids } = how;
    // Lesson blocks (`::: kind`) are parsed as thematic breaks of the same length (see `blocks`).
    let (markers, mut problems) = if memchr::memmem::find(source.as_bytes(), b":::").is_some() {
        blocks::find_markers(source)
    } else {
        (Vec::new(), Vec::new())
    };
    let mut events: Vec<(Event<'a>, Range<usize>)> = if markers.is_empty() {
        Parser::new_ext(source, options()).into_offset_iter().collect()
    } else {
        let masked = blocks::mask(source, &markers);
        Parser::new_ext(&masked, options()).into_offset_iter().map(|(e, r)| (e.into_static(), r)).collect()
    };
    let mut block_events = HashMap::new();
    if !markers.is_empty() {
        let mut pending = markers.into_iter().peekable();
        for (i, (event, range)) in events.iter().enumerate() {
            if matches!(event, Event::Rule) && pending.peek().is_some_and(|m| m.range.start == range.start) {
                block_events.insert(i, pending.next().expect("peeked"));
            }
        }
    }
    let mut headings = Vec::new();
    let lines = LineIndex::new(source, first_line);
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut section = 0;
    // Depth of lesson blocks and callouts: their headings belong to them, not to the document.
    let mut depth = 0usize;
    let mut i = 0;
    while i < events.len() {
        if let Some(marker) = block_events.get(&i) {
            if marker.open.is_some() {
                depth += 1;
            } else {
                depth = depth.saturating_sub(1);
            }
        }
        match &events[i].0 {
            Event::Start(Tag::BlockQuote(_)) => depth += 1,
            Event::End(TagEnd::BlockQuote(_)) => depth = depth.saturating_sub(1),
            _ => {}
        }
        if let Event::Start(Tag::Heading { level, id, .. }) = &events[i].0 {
            let level = *level;
            let explicit = id.as_ref().map(|s| s.to_string());
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j].0 {
                    text.push_str(t);
                }
                j += 1;
            }
            let is_explicit = explicit.is_some();
            let id = match (explicit, fixed_ids.and_then(|ids| ids.get(headings.len())).cloned().flatten()) {
                (Some(written), _) => unique_id(written, &mut used),
                (None, Some(fixed)) => fixed,
                (None, None) => unique_id(slugify(&text), &mut used),
            };
            let line = lines.position(events[i].1.start).0;
            let in_block = depth > 0;
            let number = match (level, section_prefix) {
                (HeadingLevel::H2, Some(prefix)) if !in_block => {
                    section += 1;
                    Some(format!("{prefix}.{section}"))
                }
                _ => None,
            };
            if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[i].0 {
                *slot = Some(CowStr::from(id.clone()));
            }
            headings.push(Heading {
                level: level as u8,
                id,
                text: text.trim().to_string(),
                number,
                in_block,
                line,
                explicit: is_explicit,
            });
            i = j;
        }
        i += 1;
    }
    let collected = labels::collect(source, &mut events, &block_events, &lines, number_prefix, label_ids, &headings);
    problems.extend(collected.problems);
    Parsed {
        source,
        first_line,
        events,
        headings,
        items: collected.items,
        item_at: collected.at_event,
        blocks: block_events,
        problems,
        id_prefix: String::new(),
    }
}

/// A document as outputs other than HTML read it (the PDF): its events, with headings and
/// lesson blocks as pieces of their own.
#[cfg_attr(not(feature = "pdf"), allow(dead_code))]
#[derive(Debug, Clone, Copy)]
pub enum Piece<'p, 'a> {
    Event(&'p Event<'a>),
    /// The start of a heading, with its final anchor and section number.
    Heading(HeadingLevel, &'p Heading),
    /// The opening of a lesson block, with its title when the marker gives one.
    BlockStart(blocks::BlockKind, Option<&'p str>),
    BlockEnd,
}

impl<'a> Parsed<'a> {
    /// The document's pieces for `edition`: the blocks it leaves out are not there at all.
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))]
    pub fn pieces(&self, edition: Edition, learner_solutions: bool) -> Vec<Piece<'_, 'a>> {
        let mut out = Vec::with_capacity(self.events.len());
        let mut heading = 0;
        // Depth inside a left-out block (0: outside).
        let mut hidden = 0usize;
        for (i, (event, _)) in self.events.iter().enumerate() {
            if let Event::Start(Tag::Heading { level, .. }) = event {
                heading += 1;
                if hidden == 0 {
                    out.push(Piece::Heading(*level, &self.headings[heading - 1]));
                }
                continue;
            }
            match self.blocks.get(&i).map(|m| &m.open) {
                Some(Some((kind, title))) => {
                    if hidden > 0 || (Shown { edition, learner_solutions }).hides(*kind) {
                        hidden += 1;
                    } else {
                        out.push(Piece::BlockStart(*kind, title.as_deref()));
                    }
                }
                Some(None) if hidden > 0 => hidden -= 1,
                Some(None) => out.push(Piece::BlockEnd),
                None if hidden > 0 => {}
                None => out.push(Piece::Event(event)),
            }
        }
        out
    }

    /// Every `kind:id` link of the document in reading order, and whether it embeds its target
    /// (a link alone in its paragraph, to a kind that can be embedded).
    pub fn id_links(&self) -> Vec<(Kind, String, bool)> {
        let mut links = Vec::new();
        for (i, (event, _)) in self.events.iter().enumerate() {
            let Event::Start(Tag::Link { dest_url, link_type, .. }) = event else { continue };
            let Some((kind, rest)) = dest_url.split_once(':').and_then(|(n, r)| Some((Kind::from_name(n)?, r))) else {
                continue;
            };
            if !kind.linkable() {
                continue;
            }
            let id = rest.split_once('#').map_or(rest, |(id, _)| id);
            let alone = *link_type != LinkType::Autolink
                && kind.embeddable()
                && matches!(self.events.get(i.wrapping_sub(1)), Some((Event::Start(Tag::Paragraph), _)))
                && {
                    let mut j = i + 1;
                    while j < self.events.len() && !matches!(self.events[j].0, Event::End(TagEnd::Link)) {
                        j += 1;
                    }
                    matches!(self.events.get(j + 1), Some((Event::End(TagEnd::Paragraph), _)))
                };
            links.push((kind, id.to_string(), alone));
        }
        links
    }

    /// Prefixes every heading anchor and label, for documents shown several to a page (slides).
    pub fn prefix_ids(&mut self, prefix: &str) {
        for h in &mut self.headings {
            h.id = format!("{prefix}{}", h.id);
        }
        for id in self.items.iter_mut().filter_map(|item| item.id.as_mut()) {
            *id = format!("{prefix}{id}");
        }
        for (event, _) in &mut self.events {
            if let Event::Start(Tag::Heading { id: Some(id), .. }) = event {
                *id = CowStr::from(format!("{prefix}{id}"));
            }
        }
        self.id_prefix.insert_str(0, prefix);
    }
}

/// The plain text of a parsed document, cut at its headings: the text before the first heading,
/// then the text under each heading (up to the next heading), as `(heading index, text)`. For
/// the search index: no markup, no HTML, and block boundaries kept as line breaks. Blocks the
/// edition leaves out of the page (`shown`) are left out of the text too.
pub fn plain_sections(parsed: &Parsed<'_>, shown: Shown) -> Vec<(Option<usize>, String)> {
    let mut sections: Vec<(Option<usize>, String)> = vec![(None, String::new())];
    let mut heading = 0;
    let mut in_heading = false;
    let mut in_code = false;
    // Lesson blocks open at this point: text inside one the edition hides is not on the page,
    // so search must not find it.
    let mut open_blocks: Vec<blocks::BlockKind> = Vec::new();
    for (index, (event, _)) in parsed.events.iter().enumerate() {
        if let Some(marker) = parsed.blocks.get(&index) {
            match &marker.open {
                Some((kind, _)) => open_blocks.push(*kind),
                None => {
                    open_blocks.pop();
                }
            }
            continue;
        }
        if open_blocks.iter().any(|k| shown.hides(*k)) {
            continue;
        }
        let text = &mut sections.last_mut().expect("one section at least").1;
        match event {
            Event::Start(Tag::Heading { .. }) => {
                in_heading = true;
                sections.push((Some(heading), String::new()));
                heading += 1;
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Text(t) | Event::Code(t) if !in_heading => {
                if in_code {
                    text.push('\n');
                }
                text.push_str(t);
            }
            Event::SoftBreak | Event::HardBreak if !in_heading => text.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell | TagEnd::TableRow)
                if !text.ends_with('\n') && !text.is_empty() =>
            {
                text.push('\n')
            }
            _ => {}
        }
    }
    for (_, text) in &mut sections {
        let trimmed = text.trim_end();
        text.truncate(trimmed.len());
    }
    sections
}

fn unique_id(base: String, used: &mut HashMap<String, usize>) -> String {
    let count = used.entry(base.clone()).or_insert(0);
    *count += 1;
    if *count == 1 {
        base
    } else {
        format!("{base}-{}", *count - 1)
    }
}

/// A URL-safe anchor from heading text; keeps letters of every script (Arabic, Chinese, ...).
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_') && !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        "section".into()
    } else {
        slug
    }
}

/// Where a resolved link goes.
#[derive(Clone, Copy)]
pub struct Target<'a> {
    /// Path from the site root (e.g. `en/cases/x.html`), or a fragment-only URL for the page itself.
    pub url: &'a str,
    pub title: &'a str,
    /// The language of `title` (a locale code; empty when unknown).
    pub lang: &'a str,
    /// Anchor ids on the target page, to check `#fragment`s; `None` skips the check.
    pub anchors: Option<&'a [String]>,
    /// Section headings by anchor, for a link to a section written with no text.
    pub sections: &'a [(String, String)],
    /// The page's labelled figures, equations, exercises ..., for a link to one written with
    /// no text ("Figure 3.1").
    pub items: &'a [Item],
}

/// What rendering needs to know about the rest of the site. Implemented by the site index, so
/// that rendering itself never touches the file system.
pub trait Resolver {
    fn resolve<'s>(&'s self, kind: Kind, id: &'s str) -> Option<Target<'s>>;
    /// Resolves a relative file reference (an image or a linked `.md`) from the document at
    /// `from` (a root-relative path). Returns the root-relative output path when the file exists.
    fn file(&self, from: &str, relative: &str) -> Option<String>;
    /// HTML that embeds the activity in place.
    fn embed(&self, kind: Kind, id: &str, to_root: &str) -> Option<String>;
    /// Localized UI string (callout titles, table labels).
    fn label(&self, key: &str) -> String;
    /// Localized UI string with arguments ("Figure { $number }").
    fn format(&self, key: &str, args: &[(&str, &str)]) -> String;
    /// The existing id closest to a misspelt one, for "did you mean" hints.
    fn suggest(&self, _kind: Kind, _id: &str) -> Option<String> {
        None
    }
    /// Whether a missing item is explained by an error reported elsewhere (its file failed to
    /// load, or its `id:` repeats another's): links to it are not reported again (one mistake,
    /// one error).
    fn failed_to_load(&self, _kind: Kind, _id: &str) -> bool {
        false
    }
    /// The anchors of the page at `url` (root-relative), when the site knows them; same-page
    /// links (`#id`) are checked against them.
    fn page_anchors(&self, _url: &str) -> Option<Vec<String>> {
        None
    }
    /// The item whose page is at `url` (root-relative), when the site knows it: a link to its
    /// file by path is then the same as a `kind:id` link.
    fn item_at(&self, _url: &str) -> Option<(Kind, String)> {
        None
    }
    /// The item whose source file `relative` (from the document at `from`) is, for a link to a
    /// file that has no page of its own (an activity's YAML): its error says how to link it.
    fn item_in_file(&self, _from: &str, _relative: &str) -> Option<(Kind, String)> {
        None
    }
    /// Where a link goes when its target is part of the same document rather than a page of its
    /// own (the print book shows every chapter on one page): `page` is the target's root-relative
    /// URL (empty for a `#fragment` link within the document being rendered). `None` keeps the
    /// site's relative URL.
    fn in_document(&self, _page: &str, _fragment: Option<&str>) -> Option<String> {
        None
    }
}

/// Per-document settings for rendering.
pub struct RenderContext<'r> {
    pub resolver: &'r dyn Resolver,
    /// Root-relative path of the source file, for diagnostics and relative file references.
    pub source_path: &'r str,
    /// Prefix from the output page to the site root (`../../`).
    pub to_root: &'r str,
    /// Root-relative path of the output page (for fragment-only links to itself).
    pub page_url: &'r str,
    /// In slides, stand-alone links to cases and key messages pull their content in.
    pub in_deck: bool,
    /// Facilitator blocks (and solutions, unless `learner_solutions`) are left out of the
    /// learner edition.
    pub edition: Edition,
    pub learner_solutions: bool,
}

pub struct Rendered {
    pub html: String,
    pub problems: Vec<Diagnostic>,
    /// `kind:id` references found in the text, with their section anchor (for back-links).
    pub references: Vec<(Kind, String, Option<String>)>,
    /// The facilitator blocks' HTML (facilitator edition), for the facilitator guide.
    pub notes: Vec<String>,
}

/// Headings that break a page's outline (line, message, hint), which screen readers and the
/// contents follow: a `#` heading beside the page's title (its only level-1 heading), and a
/// level skipped on the way down. Headings inside lesson blocks belong to the block.
fn heading_problems(headings: &[Heading]) -> Vec<(usize, String, String)> {
    let mut found = Vec::new();
    let mut above = 1;
    for h in headings.iter().filter(|h| !h.in_block) {
        if h.level == 1 {
            found.push((
                h.line,
                "a level-1 heading (`#`) in the text: the page's title is its only level-1 heading".to_string(),
                format!("start sections at `##`: `## {}`", h.text),
            ));
        } else if h.level > above + 1 {
            let marks = "#".repeat(usize::from(above) + 1);
            found.push((
                h.line,
                format!("the heading goes from level {above} to level {}, skipping a level", h.level),
                format!("use `{marks}` here (`{marks} {}`), or add the missing heading above it", h.text),
            ));
        }
        above = h.level;
    }
    found
}

/// Footnotes that show wrong (offset in the source, message, hint): a reference without a
/// definition is left as text (`[^note]`) by the parser, and a definition nothing refers to is
/// a numbered note no text points to; an editor would see neither as an error.
fn footnote_problems(parsed: &Parsed<'_>) -> Vec<(usize, String, String)> {
    let events = &parsed.events;
    let mut defined: Vec<(&str, usize)> = Vec::new();
    let mut referenced = std::collections::HashSet::new();
    for (event, range) in events {
        match event {
            Event::Start(Tag::FootnoteDefinition(label)) => defined.push((label, range.start)),
            Event::FootnoteReference(label) => {
                referenced.insert(label.to_lowercase());
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    let mut k = 0;
    while k < events.len() {
        if !matches!(events[k].0, Event::Text(_)) {
            k += 1;
            continue;
        }
        // A run of text: the parser cuts it at brackets and other marks.
        let start = events[k].1.start;
        while k + 1 < events.len() && matches!(events[k + 1].0, Event::Text(_)) {
            k += 1;
        }
        let text = parsed.source.get(start..events[k].1.end).unwrap_or("");
        for (at, _) in text.match_indices("[^") {
            let label = text[at + 2..].split(']').next().unwrap_or("");
            let whole = text[at + 2..].contains(']');
            let escaped = text[..at].ends_with('\\');
            let is_label = whole && !escaped && !label.is_empty() && !label.contains(char::is_whitespace);
            if is_label && !defined.iter().any(|(d, _)| d.to_lowercase() == label.to_lowercase()) {
                found.push((
                    start + at,
                    format!("footnote `[^{label}]` has no definition: it is shown as text"),
                    format!("add a line `[^{label}]: the note's text` after the paragraph, or remove the reference"),
                ));
            }
        }
        k += 1;
    }
    for (label, offset) in defined.into_iter().filter(|(label, _)| !referenced.contains(&label.to_lowercase())) {
        found.push((
            offset,
            format!("footnote `[^{label}]` is defined but nothing refers to it"),
            format!("put `[^{label}]` where the note belongs in the text, or remove the definition"),
        ));
    }
    found
}

/// Renders a parsed document to HTML, resolving id links and embedding activities.
pub fn render(parsed: &Parsed<'_>, ctx: &RenderContext<'_>) -> Rendered {
    let mut out: Vec<Event<'_>> = Vec::with_capacity(parsed.events.len());
    let mut problems = Vec::new();
    let mut references = Vec::new();
    let mut current_section: Option<String> = None;
    let headings = &parsed.headings;
    let mut heading_index = 0;
    let events = &parsed.events;
    let lines = LineIndex::new(parsed.source, parsed.first_line);
    let at = |range: &Range<usize>| lines.position(range.start);
    // Raw HTML from the author goes through the sanitiser; documents without any (most) are
    // safe by construction and skip it. Embedded activities are ours and must not be touched by
    // it, so they wait outside as placeholders.
    let raw_html = events.iter().any(|(e, _)| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
    let mut embeds: Vec<String> = Vec::new();
    for (offset, message, hint) in &parsed.problems {
        let (line, column) = at(&(*offset..*offset));
        problems.push(Diagnostic::error(ctx.source_path, line, column, message.clone()).with_hint(hint.clone()));
    }
    // Slides have headings of their own kind (a slide's title); pages start below their title.
    if !ctx.in_deck {
        for (line, message, hint) in heading_problems(&parsed.headings) {
            problems.push(Diagnostic::warning(ctx.source_path, line, 1, message).with_hint(hint));
        }
    }
    if memchr::memmem::find(parsed.source.as_bytes(), b"[^").is_some() {
        for (offset, message, hint) in footnote_problems(parsed) {
            let (line, column) = at(&(offset..offset));
            problems.push(Diagnostic::warning(ctx.source_path, line, column, message).with_hint(hint));
        }
    }
    // Open lesson blocks: their closing tags, captions, and where a facilitator block began in
    // `out` (its events are also collected as a note).
    let mut open_blocks: Vec<OpenBlock> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    // What ends the paragraph being rendered, when it is not `</p>` (a figure's image, a
    // caption, a formula on its own).
    let mut paragraph_end: Option<String> = None;
    let item = |i: usize| parsed.item_at.get(&i).map(|&k| &parsed.items[k]);
    let mut table_names: HashMap<String, usize> = HashMap::new();
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        if let Some(marker) = parsed.blocks.get(&i) {
            match &marker.open {
                Some((kind, _))
                    if Shown { edition: ctx.edition, learner_solutions: ctx.learner_solutions }.hides(*kind) =>
                {
                    // Not a byte of it reaches the learner edition: skip to the matching close.
                    let mut depth = 0;
                    while i < events.len() {
                        match parsed.blocks.get(&i).map(|m| m.open.is_some()) {
                            Some(true) => depth += 1,
                            Some(false) => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            None => {}
                        }
                        i += 1;
                    }
                }
                Some((kind, title)) => {
                    let (html, mut block) = numbered::open(*kind, title.as_deref(), item(i), ctx, at(range));
                    out.push(Event::Html(html.into()));
                    block.note_start = kind.facilitator_only().then_some(out.len());
                    open_blocks.push(block);
                }
                None => {
                    if let Some(block) = open_blocks.pop() {
                        if let Some(start) = block.note_start {
                            let mut note = String::new();
                            pulldown_cmark::html::push_html(&mut note, out[start..].iter().cloned());
                            notes.push(if raw_html { sanitize::clean(&note) } else { note });
                        }
                        out.push(Event::Html(numbered::close(block, ctx, &mut problems).into()));
                    }
                }
            }
            i += 1;
            continue;
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let heading = &headings[heading_index];
                heading_index += 1;
                if *level == HeadingLevel::H2 {
                    current_section = Some(heading.id.clone());
                }
                out.push(event.clone());
                if let Some(number) = &heading.number {
                    out.push(Event::Html(format!("<span class=\"secnum\">{number}</span> ").into()));
                }
            }
            Event::Start(Tag::Paragraph) => {
                if let Some((html, next)) = embedded_activity(events, i, ctx, &mut problems, &at) {
                    if raw_html {
                        out.push(Event::Html(format!("<span data-cb-embed=\"{}\"></span>", embeds.len()).into()));
                        embeds.push(html);
                    } else {
                        out.push(Event::Html(html.into()));
                    }
                    i = next;
                    continue;
                }
                let image_only = paragraph_holds(events, i, |e| matches!(e, Event::Start(Tag::Image { .. })));
                match numbered::figure_paragraph(open_blocks.last_mut(), image_only, ctx) {
                    FigureParagraph::Image => paragraph_end = Some(String::new()),
                    FigureParagraph::CaptionStart { start, end } => {
                        out.push(Event::Html(start.into()));
                        paragraph_end = Some(end);
                    }
                    // A formula on its own is a block, not a paragraph.
                    FigureParagraph::Plain if paragraph_holds(events, i, |e| matches!(e, Event::DisplayMath(_))) => {
                        paragraph_end = Some(String::new())
                    }
                    FigureParagraph::Plain => match item(i).and_then(|item| item.id.as_deref()) {
                        Some(id) => out.push(Event::Html(format!(r#"<p id="{}">"#, escape(id)).into())),
                        None => out.push(event.clone()),
                    },
                }
            }
            Event::End(TagEnd::Paragraph) => match paragraph_end.take() {
                Some(end) => out.push(Event::Html(end.into())),
                None => out.push(event.clone()),
            },
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let empty_text = matches!(events.get(i + 1), Some((Event::End(TagEnd::Link), _)));
                match links::resolve_link(dest_url, ctx, parsed, empty_text, at(range)) {
                    LinkResolution::Unchanged => out.push(event.clone()),
                    LinkResolution::Resolved { href, text: target_title, reference } => {
                        if let Some((kind, id)) = reference {
                            references.push((kind, id, current_section.clone()));
                        }
                        out.push(Event::Start(Tag::Link {
                            link_type: *link_type,
                            dest_url: href.into(),
                            title: title.clone(),
                            id: id.clone(),
                        }));
                        if empty_text {
                            out.push(Event::Text(target_title.into()));
                        }
                    }
                    LinkResolution::Broken(d) => {
                        problems.extend(d);
                        out.push(Event::Start(Tag::Link {
                            link_type: *link_type,
                            dest_url: "#".into(),
                            title: title.clone(),
                            id: id.clone(),
                        }));
                    }
                }
            }
            Event::InlineMath(tex) | Event::DisplayMath(tex) => {
                let display = matches!(event, Event::DisplayMath(_));
                out.push(Event::Html(math_html(tex, display, item(i), ctx, at(range), &mut problems).into()));
            }
            Event::TaskListMarker(done) => {
                // A list item's box is read with its state; the item's text follows it.
                let (checked, state) = if *done { (" checked", "task-done") } else { ("", "task-open") };
                out.push(Event::Html(
                    format!(
                        r#"<input type="checkbox" disabled{checked} aria-label="{}"> "#,
                        escape(&ctx.resolver.label(state))
                    )
                    .into(),
                ));
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                let (line, column) = at(range);
                let mut alt = String::new();
                let mut j = i + 1;
                while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Image)) {
                    if let Event::Text(t) = &events[j].0 {
                        alt.push_str(t);
                    }
                    j += 1;
                }
                if alt.trim().is_empty() {
                    problems.push(
                        Diagnostic::error(ctx.source_path, line, column, format!("image `{dest_url}` has no alt text"))
                            .with_hint("describe the image between the brackets: ![what the image shows](path)"),
                    );
                }
                let href = if !sanitize::is_safe_url(dest_url) {
                    let scheme = sanitize::scheme(dest_url).unwrap_or_default();
                    problems.push(
                        Diagnostic::warning(
                            ctx.source_path,
                            line,
                            column,
                            format!("a `{scheme}:` URL was removed from this image"),
                        )
                        .with_hint("put the image under `static/` and give its path relative to this file"),
                    );
                    String::new()
                } else if links::is_external(dest_url) {
                    dest_url.to_string()
                } else {
                    let (path, _) = links::split_fragment(dest_url);
                    match ctx.resolver.file(ctx.source_path, path) {
                        Some(url) => format!("{}{}", ctx.to_root, url),
                        None => {
                            problems.push(
                                Diagnostic::error(
                                    ctx.source_path,
                                    line,
                                    column,
                                    format!("image `{dest_url}` not found"),
                                )
                                .with_hint("put the file under `static/` and give its path relative to this file"),
                            );
                            dest_url.to_string()
                        }
                    }
                };
                out.push(Event::Start(Tag::Image {
                    link_type: *link_type,
                    dest_url: href.into(),
                    title: title.clone(),
                    id: id.clone(),
                }));
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                let (class, key) = alert(*kind);
                out.push(Event::Html(
                    format!(
                        "<aside class=\"callout callout-{class}\" role=\"note\"><p class=\"callout-title\">{}</p>",
                        escape(&ctx.resolver.label(key))
                    )
                    .into(),
                ));
            }
            // Alerts cannot nest, so the matching end is the next alert end.
            Event::End(TagEnd::BlockQuote(Some(_))) => out.push(Event::Html("</aside>".into())),
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info.split_whitespace().next().unwrap_or("").to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                let mut code = String::new();
                let mut j = i + 1;
                while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::CodeBlock)) {
                    if let Event::Text(t) = &events[j].0 {
                        code.push_str(t);
                    }
                    j += 1;
                }
                let html = match lang.as_str() {
                    // GitHub's syntax for display math.
                    "math" => {
                        let (line, _) = at(range);
                        math_html(&code, true, item(i), ctx, (line + 1, 1), &mut problems)
                    }
                    // What the code before it printed: shown apart, never run.
                    "output" => format!(
                        r#"<div class="code-output" role="group" aria-label="{label}"><p class="code-output-label" aria-hidden="true">{label}</p><pre><samp>{}</samp></pre></div>"#,
                        escape(code.trim_end_matches('\n')),
                        label = escape(&ctx.resolver.label("code-output"))
                    ),
                    _ => {
                        if !highlight::is_known(&lang) {
                            let (line, column) = at(range);
                            problems.push(
                                Diagnostic::warning(
                                    ctx.source_path,
                                    line,
                                    column,
                                    format!("unknown code language `{lang}`: the block is shown without highlighting"),
                                )
                                .with_hint(highlight::language_hint(&lang)),
                            );
                        }
                        highlight::code_block(&code, &highlight::language_of(&lang))
                    }
                };
                out.push(Event::Html(html.into()));
                i = j + 1;
                continue;
            }
            Event::Start(Tag::Table(_)) => {
                // A table in a `::: table` block is named by its caption ("Table 3.1: ..."),
                // another by its first column headings.
                let caption = numbered::table_caption(open_blocks.last_mut(), ctx);
                let mut name = caption
                    .as_ref()
                    .map_or_else(|| table_label(events, i, &ctx.resolver.label("table")), |(name, _)| name.clone());
                // Regions of a page need names of their own: a second table with the same
                // headings is "Table: A, B (2)".
                let seen = table_names.entry(name.clone()).or_insert(0);
                *seen += 1;
                if *seen > 1 {
                    name = format!("{name} ({seen})");
                }
                out.push(Event::Html(
                    format!(
                        "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">",
                        escape(&name)
                    )
                    .into(),
                ));
                out.push(event.clone());
                if let Some((_, html)) = caption {
                    out.push(Event::Html(html.into()));
                }
            }
            Event::End(TagEnd::Table) => {
                out.push(event.clone());
                out.push(Event::Html("</div>".into()));
            }
            Event::Html(fragment) | Event::InlineHtml(fragment) => {
                for (offset, what) in sanitize::removals(fragment) {
                    let (line, column) = at(&(range.start + offset..range.end));
                    problems.push(
                        Diagnostic::warning(
                            ctx.source_path,
                            line,
                            column,
                            format!("{what} was removed from this HTML"),
                        )
                        .with_hint(
                            "content may not run scripts or load active content; write it in Markdown, or remove it",
                        ),
                    );
                }
                out.push(event.clone());
            }
            _ => out.push(event.clone()),
        }
        i += 1;
    }
    let mut html = String::with_capacity(parsed.source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    if events.iter().any(|(e, _)| matches!(e, Event::Start(Tag::Table(_)))) {
        html = empty_header_cells_as_data(&html);
    }
    if raw_html {
        html = sanitize::clean(&html);
        for (n, embed) in embeds.iter().enumerate() {
            html = html.replacen(&format!("<span data-cb-embed=\"{n}\"></span>"), embed, 1);
        }
    }
    Rendered { html, problems, references, notes }
}

/// The name of a table's scrolling region: "Table" and its first column headings, so that the
/// regions of a page with several tables can be told apart.
fn table_label(events: &[(Event<'_>, Range<usize>)], start: usize, table: &str) -> String {
    const SHOWN: usize = 3;
    let mut cells: Vec<String> = Vec::new();
    for (event, _) in &events[start + 1..] {
        match event {
            Event::End(TagEnd::TableHead) => break,
            Event::Start(Tag::TableCell) => cells.push(String::new()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(cell) = cells.last_mut() {
                    cell.push_str(t);
                }
            }
            _ => {}
        }
    }
    let named: Vec<&str> = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
    if named.is_empty() {
        return table.to_string();
    }
    let more = if named.len() > SHOWN { ", …" } else { "" };
    format!("{table}: {}{more}", named[..named.len().min(SHOWN)].join(", "))
}

/// A header cell without text (the corner of a table whose rows have headings too) is written
/// as a data cell: an empty `<th>` names nothing for a screen reader.
fn empty_header_cells_as_data(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    // memchr's search: `str::find` over every page with a table was 1.8 % of a build.
    let header_end = memchr::memmem::Finder::new("></th>");
    while let Some(end) = header_end.find(rest.as_bytes()) {
        let before = &rest[..end];
        let cell = before.rfind("<th").filter(|&at| {
            let attributes = &before[at + 3..];
            !attributes.contains('>') && (attributes.is_empty() || attributes.starts_with(' '))
        });
        match cell {
            Some(at) => {
                out.push_str(&before[..at]);
                out.push_str("<td");
                out.push_str(&before[at + 3..]);
                out.push_str("></td>");
            }
            None => {
                out.push_str(before);
                out.push_str("></th>");
            }
        }
        rest = &rest[end + "></th>".len()..];
    }
    out.push_str(rest);
    out
}

/// A GitHub-style alert's name (its CSS class) and the UI string of its label.
pub(crate) fn alert(kind: BlockQuoteKind) -> (&'static str, &'static str) {
    match kind {
        BlockQuoteKind::Note => ("note", "callout-note"),
        BlockQuoteKind::Tip => ("tip", "callout-tip"),
        BlockQuoteKind::Important => ("important", "callout-important"),
        BlockQuoteKind::Warning => ("warning", "callout-warning"),
        BlockQuoteKind::Caution => ("caution", "callout-caution"),
    }
}

/// A paragraph that holds nothing but a link to an activity embeds that activity.
fn embedded_activity(
    events: &[(Event<'_>, Range<usize>)],
    start: usize,
    ctx: &RenderContext<'_>,
    problems: &mut Vec<Diagnostic>,
    at: &dyn Fn(&Range<usize>) -> (usize, usize),
) -> Option<(String, usize)> {
    let (Event::Start(Tag::Link { dest_url, link_type, .. }), range) = events.get(start + 1)? else {
        return None;
    };
    if *link_type == LinkType::Autolink {
        return None;
    }
    let (name, rest) = dest_url.split_once(':')?;
    let kind = Kind::from_name(name)?;
    let embeddable = kind.embeddable() || (ctx.in_deck && kind.embeddable_in_deck());
    if !embeddable {
        return None;
    }
    let mut j = start + 2;
    while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Link)) {
        j += 1;
    }
    if !matches!(events.get(j + 1), Some((Event::End(TagEnd::Paragraph), _))) {
        return None;
    }
    let id = rest.split_once('#').map_or(rest, |(id, _)| id);
    match ctx.resolver.embed(kind, rest, ctx.to_root) {
        Some(html) => Some((html, j + 2)),
        // Nothing to pull in (a chapter's section other than its key messages): an ordinary
        // link, whose anchor is checked as any link's.
        None if ctx.resolver.resolve(kind, id).is_some() => None,
        None => {
            let (line, column) = at(range);
            problems.extend(links::unknown_id(ctx, line, column, kind, id));
            Some((String::new(), j + 2))
        }
    }
}

/// Whether the paragraph starting at event `start` holds at least one event that is `wanted`
/// and nothing else but line breaks and blank text.
fn paragraph_holds(events: &[(Event<'_>, Range<usize>)], start: usize, wanted: fn(&Event<'_>) -> bool) -> bool {
    let mut found = false;
    let mut depth = 0usize;
    for (event, _) in &events[start + 1..] {
        match event {
            Event::End(TagEnd::Paragraph) => return found,
            // The image's alt text is inside it.
            Event::Start(Tag::Image { .. }) if wanted(event) => {
                found = true;
                depth += 1;
            }
            Event::End(TagEnd::Image) => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            e if wanted(e) => found = true,
            Event::SoftBreak | Event::HardBreak => {}
            Event::Text(t) if t.trim().is_empty() => {}
            _ => return false,
        }
    }
    found
}

/// MathML for a formula at `(line, column)`, numbered when it is a labelled equation; invalid
/// TeX is reported and shown as source.
fn math_html(
    tex: &str,
    display: bool,
    item: Option<&Item>,
    ctx: &RenderContext<'_>,
    (line, column): (usize, usize),
    problems: &mut Vec<Diagnostic>,
) -> String {
    match crate::text::math::to_mathml(tex, display) {
        Ok(mathml) if display => numbered::equation(&mathml, item),
        Ok(mathml) => mathml,
        Err(message) => {
            problems.push(
                Diagnostic::error(ctx.source_path, line, column, format!("invalid TeX: {message}"))
                    .with_hint("check the formula's braces and commands; write a literal dollar sign as \\$"),
            );
            crate::text::math::fallback(tex, display)
        }
    }
}

/// Renders inline Markdown (a quiz prompt, an option) without the surrounding `<p>`.
pub fn render_inline(text: &str, ctx: &RenderContext<'_>) -> Rendered {
    let parsed = parse(text, 1, None);
    let mut rendered = render(&parsed, ctx);
    let trimmed = rendered.html.trim();
    if let Some(inner) = trimmed.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
        if !inner.contains("<p>") {
            rendered.html = inner.to_string();
        }
    }
    rendered
}

/// Minimal HTML escaping for text placed into markup built here.
pub fn escape(text: &str) -> String {
    // Most template values (titles, URLs, numbers) need no escaping: copy them in one go.
    if !text.bytes().any(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A site with one case, `known`, with one section, `context`.
    struct NoSite {
        anchors: Vec<String>,
        sections: Vec<(String, String)>,
    }
    impl Resolver for NoSite {
        fn resolve<'s>(&'s self, kind: Kind, id: &'s str) -> Option<Target<'s>> {
            (kind == Kind::Case && id == "known").then(|| Target {
                url: "en/cases/known.html",
                title: "Known case",
                lang: "en",
                anchors: Some(&self.anchors),
                sections: &self.sections,
                items: &[],
            })
        }
        fn file(&self, _from: &str, relative: &str) -> Option<String> {
            (relative == "../static/a.svg").then(|| "static/a.svg".into())
        }
        fn embed(&self, _kind: Kind, _id: &str, _to_root: &str) -> Option<String> {
            None
        }
        fn label(&self, key: &str) -> String {
            key.to_string()
        }
        fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
            let args: Vec<String> = args.iter().map(|(name, value)| format!("{name}={value}")).collect();
            format!("{key}({})", args.join(","))
        }
    }

    fn html(md: &str) -> (String, Vec<Diagnostic>) {
        let parsed = parse(md, 1, Some("3"));
        let site = NoSite { anchors: vec!["context".into()], sections: vec![("context".into(), "Context".into())] };
        let ctx = RenderContext {
            resolver: &site,
            source_path: "c/x.md",
            to_root: "../",
            page_url: "en/x.html",
            in_deck: false,
            edition: Edition::Learner,
            learner_solutions: false,
        };
        let r = render(&parsed, &ctx);
        (r.html, r.problems)
    }

    #[test]
    fn numbers_sections_and_makes_unique_anchors() {
        let (h, _) = html("## Key definitions\n\ntext\n\n## Key definitions\n\n### Sub\n");
        assert!(h.contains("<h2 id=\"key-definitions\"><span class=\"secnum\">3.1</span> Key definitions</h2>"), "{h}");
        assert!(h.contains("id=\"key-definitions-1\"><span class=\"secnum\">3.2</span>"), "{h}");
        assert!(h.contains("<h3 id=\"sub\">Sub</h3>"), "{h}");
    }

    #[test]
    fn resolves_id_links_and_fills_empty_text() {
        let (h, p) = html("See [](case:known#context), [](case:known) and [x](case:missing).\n");
        assert!(h.contains("<a href=\"../en/cases/known.html#context\">Context</a>"), "a section by its heading: {h}");
        assert!(h.contains("<a href=\"../en/cases/known.html\">Known case</a>"), "a page by its title: {h}");
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].line, p[0].column), (1, 48));
        assert_eq!(p[0].message, "unknown case id `missing` in link `case:missing`");
    }

    #[test]
    fn checks_anchors_images_and_alt_text() {
        let (_, p) = html("[a](case:known#nope)\n\n![](../static/a.svg)\n\n![x](missing.png)\n");
        let messages: Vec<_> = p.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            vec![
                "`case:known` has no section or label `#nope`",
                "image `../static/a.svg` has no alt text",
                "image `missing.png` not found"
            ]
        );
    }

    #[test]
    fn tables_are_named_by_their_headings_and_empty_corners_are_data_cells() {
        let (out, _) = html("| | Before | After |\n|---|:-:|---|\n| Cost | high | low |\n\n| A | B | C | D |\n|---|---|---|---|\n| 1 | 2 | 3 | 4 |\n");
        assert!(out.contains("aria-label=\"table: Before, After\""), "{out}");
        assert!(out.contains("aria-label=\"table: A, B, C, …\""), "{out}");
        assert!(out.contains("<thead><tr><td></td><th style=\"text-align: center\">Before</th>"), "{out}");
        assert!(!out.contains("<th></th>") && !out.contains("\"></th>"), "{out}");
        // A page's regions have names of their own.
        let (out, _) = html("| A | B |\n|---|---|\n| 1 | 2 |\n\n| A | B |\n|---|---|\n| 3 | 4 |\n");
        assert!(out.contains("aria-label=\"table: A, B\"") && out.contains("aria-label=\"table: A, B (2)\""), "{out}");
    }

    #[test]
    fn alerts_become_callouts() {
        let (h, _) = html("> [!WARNING]\n> Mind the gap.\n");
        assert!(
            h.contains(
                "<aside class=\"callout callout-warning\" role=\"note\"><p class=\"callout-title\">callout-warning</p>"
            ),
            "{h}"
        );
        assert!(h.contains("Mind the gap."), "{h}");
    }

    #[test]
    fn plain_sections_cut_the_text_at_headings() {
        let parsed = parse(
            "Intro *text*.\n\n## One\n\nFirst [link](x) and `code`.\n\n- a\n- b\n\n### Two\n\n<b>raw</b> end\n",
            1,
            None,
        );
        let sections = plain_sections(&parsed, Shown::default());
        assert_eq!(
            sections,
            vec![
                (None, "Intro text.".to_string()),
                (Some(0), "First link and code.\na\nb".to_string()),
                (Some(1), "raw end".to_string()),
            ]
        );
    }

    #[test]
    fn plain_sections_leave_out_what_the_edition_hides() {
        let source = "Task.\n\n::: solution\nSOLVED\n:::\n\n::: facilitator\nNOTE\n:::\n\n::: hint\nHINT\n:::\n";
        let parsed = parse(source, 1, None);
        let text =
            |edition, learner_solutions| plain_sections(&parsed, Shown { edition, learner_solutions })[0].1.clone();
        assert_eq!(text(Edition::Learner, false), "Task.\nHINT");
        assert_eq!(text(Edition::Learner, true), "Task.\nSOLVED\nHINT");
        assert_eq!(text(Edition::Facilitator, false), "Task.\nSOLVED\nNOTE\nHINT");
    }

    #[test]
    fn slugs_keep_non_latin_letters() {
        assert_eq!(slugify("Définitions clés"), "définitions-clés");
        assert_eq!(slugify("التعاريف الرئيسية"), "التعاريف-الرئيسية");
        assert_eq!(slugify("数字政府"), "数字政府");
        assert_eq!(slugify("?!"), "section");
    }
}
