//! Markdown (pulldown-cmark events) to Typst markup.
//!
//! Content is untrusted, so nothing it holds may become Typst code. Every piece of text goes
//! through [`text`], which escapes every ASCII punctuation character with a backslash: without
//! punctuation, Typst markup has no syntax (no `#` for code, no `$` for math, no `<` for labels,
//! no `[`/`]` to leave a content block, no `=`/`-`/`+` list or heading markers, no `//`
//! comments), so escaped text can only ever be text. Values that must be code (URLs, paths, raw
//! code) become string literals through [`string`], which escapes `\` and `"`; labels are
//! spelled from a safe alphabet by [`label`].

use std::collections::HashMap;
use std::fmt::Write;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, LinkType, Tag, TagEnd};

use crate::content::Kind;
use crate::output::print::plan::sub_anchor;
use crate::text::markdown::{alert, Heading, Piece};

/// Text for Typst markup: it can only be text.
pub(crate) fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push_text(&mut out, s);
    out
}

pub(crate) fn push_text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

/// A Typst string literal.
pub(crate) fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Typst label (`<...>`) for an anchor: letters, digits and `-` stay, anything else is
/// spelled as `_hex_`, so every anchor has one label and no label can end early.
pub(crate) fn label(anchor: &str) -> String {
    format!("<{}>", label_name(anchor))
}

pub(crate) fn label_name(anchor: &str) -> String {
    let mut out = String::with_capacity(anchor.len() + 2);
    out.push_str("cb-");
    for c in anchor.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            out.push(c);
        } else {
            let _ = write!(out, "_{:x}_", c as u32);
        }
    }
    out
}

/// Where a link goes in the PDF.
pub(crate) enum LinkTo {
    /// A part of this document.
    Label(String),
    /// A web address (or a page of the site when its address is known).
    Url(String),
    /// Nowhere the PDF can reach: the text stays, without a link.
    Nothing,
}

/// What converting a document needs to know about the book.
pub(crate) trait Book {
    /// Where a link from the document goes (`part` is the document's anchor, for `#fragment`
    /// links), and the title of its target for links without text.
    fn link(&self, dest: &str, source: &str, part: &str) -> (LinkTo, Option<String>);
    /// The path of an image in the PDF's files, from its Markdown destination.
    fn image(&self, dest: &str, source: &str) -> Option<String>;
    /// Typst for an activity linked alone in its paragraph.
    fn embed(&self, kind: Kind, id: &str) -> Option<String>;
    /// A UI string.
    fn label(&self, key: &str) -> String;
    /// The label that marks the heading with `anchor` (recorded as defined).
    fn heading_label(&self, anchor: &str) -> String;
}

/// How a document's headings become Typst headings.
#[derive(Clone, Copy)]
pub(crate) struct Headings {
    /// The Typst level of a Markdown `##`; other levels keep their distance to it.
    pub level_of_h2: u8,
    /// Headings become styled text, not document headings (slides, glossary entries).
    pub as_text: bool,
    /// Whether headings appear in the contents and the PDF outline.
    pub outlined: bool,
}

/// Converts a parsed document's pieces (the blocks its edition leaves out are already gone);
/// heading anchors are `part--id`.
pub(crate) fn convert(events: &[Piece<'_, '_>], part: &str, source: &str, mode: Headings, book: &dyn Book) -> String {
    let footnotes = footnotes(events, part, source, mode, book);
    let mut c = Converter {
        out: String::new(),
        book,
        part,
        source,
        mode,
        heading: None,
        footnotes,
        tables: Vec::new(),
        lists: Vec::new(),
        link_ends: Vec::new(),
        image: None,
    };
    c.run(events);
    c.out
}

struct Table {
    in_head: bool,
    cells_in_row: usize,
}

struct Converter<'b, 'h> {
    out: String,
    book: &'b dyn Book,
    part: &'b str,
    source: &'b str,
    mode: Headings,
    /// The heading being written.
    heading: Option<&'h Heading>,
    footnotes: HashMap<String, String>,
    tables: Vec<Table>,
    /// For each open list: whether it is an enumeration.
    lists: Vec<bool>,
    /// What closes each open link.
    link_ends: Vec<&'static str>,
    /// The image being read: (path, alt text so far).
    image: Option<(Option<String>, String)>,
}

fn footnotes(
    events: &[Piece<'_, '_>],
    part: &str,
    source: &str,
    mode: Headings,
    book: &dyn Book,
) -> HashMap<String, String> {
    let mut map = HashMap::new();
    let mut i = 0;
    while i < events.len() {
        if let Piece::Event(Event::Start(Tag::FootnoteDefinition(name))) = events[i] {
            let start = i + 1;
            let mut depth = 0;
            let mut j = start;
            while j < events.len() {
                match events[j] {
                    Piece::Event(Event::Start(Tag::FootnoteDefinition(_))) => depth += 1,
                    Piece::Event(Event::End(TagEnd::FootnoteDefinition)) if depth == 0 => break,
                    Piece::Event(Event::End(TagEnd::FootnoteDefinition)) => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            let mut c = Converter {
                out: String::new(),
                book,
                part,
                source,
                mode: Headings { as_text: true, ..mode },
                heading: None,
                footnotes: HashMap::new(),
                tables: Vec::new(),
                lists: Vec::new(),
                link_ends: Vec::new(),
                image: None,
            };
            c.run(&events[start..j]);
            map.insert(name.to_string(), c.out.trim().to_string());
            i = j;
        }
        i += 1;
    }
    map
}

impl<'h> Converter<'_, 'h> {
    fn run(&mut self, events: &[Piece<'h, '_>]) {
        let mut i = 0;
        while i < events.len() {
            let event = match &events[i] {
                Piece::Event(event) => event,
                Piece::Heading(level, heading) => {
                    if self.image.is_none() {
                        self.start_heading(*level, heading);
                    }
                    i += 1;
                    continue;
                }
                Piece::BlockStart(kind, title) => {
                    self.block_break();
                    let title = title.map_or_else(|| self.book.label(kind.label_key()), str::to_string);
                    let _ = write!(self.out, "#lesson-block({}, [{}])[", string(kind.name()), text(&title));
                    i += 1;
                    continue;
                }
                Piece::BlockEnd => {
                    trim_end(&mut self.out);
                    self.out.push_str("]\n\n");
                    i += 1;
                    continue;
                }
            };
            if let Some((_, alt)) = &mut self.image {
                match event {
                    Event::End(TagEnd::Image) => self.end_image(),
                    Event::Text(t) | Event::Code(t) => alt.push_str(t),
                    _ => {}
                }
                i += 1;
                continue;
            }
            match event {
                Event::Start(Tag::FootnoteDefinition(_)) => {
                    // Shown where they are referenced.
                    let mut depth = 0;
                    while i < events.len() {
                        match events[i] {
                            Piece::Event(Event::Start(Tag::FootnoteDefinition(_))) => depth += 1,
                            Piece::Event(Event::End(TagEnd::FootnoteDefinition)) => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        i += 1;
                    }
                }
                Event::Start(Tag::Paragraph) => {
                    if let Some(next) = self.embedded(events, i) {
                        i = next;
                        continue;
                    }
                    self.block_break();
                }
                Event::End(TagEnd::Paragraph) => self.block_break(),
                // Heading starts are pieces of their own.
                Event::Start(Tag::Heading { .. }) => {}
                Event::End(TagEnd::Heading(_)) => self.end_heading(),
                Event::Start(Tag::BlockQuote(kind)) => {
                    self.block_break();
                    match kind {
                        Some(kind) => {
                            let (name, key) = alert(*kind);
                            let _ = write!(self.out, "#callout({}, {})[", string(name), string(&self.book.label(key)));
                        }
                        None => self.out.push_str("#quote(block: true)["),
                    }
                }
                Event::End(TagEnd::BlockQuote(_)) => self.out.push_str("]\n\n"),
                Event::Start(Tag::CodeBlock(kind)) => {
                    let lang = match kind {
                        CodeBlockKind::Fenced(info) => info.split_whitespace().next().unwrap_or(""),
                        CodeBlockKind::Indented => "",
                    };
                    let lang: String = lang.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                    let mut code = String::new();
                    i += 1;
                    while i < events.len() && !matches!(events[i], Piece::Event(Event::End(TagEnd::CodeBlock))) {
                        if let Piece::Event(Event::Text(t)) = events[i] {
                            code.push_str(t);
                        }
                        i += 1;
                    }
                    self.block_break();
                    let lang = if lang.is_empty() { "none".to_string() } else { string(&lang) };
                    let _ = writeln!(
                        self.out,
                        "#raw(block: true, lang: {lang}, {})\n",
                        string(code.trim_end_matches('\n'))
                    );
                }
                Event::Start(Tag::List(start)) => {
                    self.block_break();
                    self.lists.push(start.is_some());
                    match start {
                        Some(n) => {
                            let _ = write!(self.out, "#enum(start: {n}, tight: false, ");
                        }
                        None => self.out.push_str("#list(tight: false, "),
                    }
                }
                Event::End(TagEnd::List(_)) => {
                    self.lists.pop();
                    self.out.push_str(")\n\n");
                }
                Event::Start(Tag::Item) => self.out.push('['),
                Event::End(TagEnd::Item) => {
                    trim_end(&mut self.out);
                    self.out.push_str("], ");
                }
                Event::TaskListMarker(done) => {
                    self.out.push_str(if *done { "#checkbox(true) " } else { "#checkbox(false) " });
                }
                Event::Start(Tag::Table(alignments)) => {
                    self.block_break();
                    let align: Vec<&str> = alignments
                        .iter()
                        .map(|a| match a {
                            pulldown_cmark::Alignment::Center => "center",
                            pulldown_cmark::Alignment::Right => "end",
                            _ => "start",
                        })
                        .collect();
                    let _ = write!(
                        self.out,
                        "#table(columns: {}, align: ({},), ",
                        alignments.len().max(1),
                        if align.is_empty() { "start".to_string() } else { align.join(", ") }
                    );
                    self.tables.push(Table { in_head: false, cells_in_row: 0 });
                }
                Event::End(TagEnd::Table) => {
                    self.tables.pop();
                    self.out.push_str(")\n\n");
                }
                Event::Start(Tag::TableHead) => {
                    if let Some(t) = self.tables.last_mut() {
                        t.in_head = true;
                    }
                    self.out.push_str("table.header(");
                }
                Event::End(TagEnd::TableHead) => {
                    if let Some(t) = self.tables.last_mut() {
                        t.in_head = false;
                    }
                    self.out.push_str("), ");
                }
                Event::Start(Tag::TableRow) => {
                    if let Some(t) = self.tables.last_mut() {
                        t.cells_in_row = 0;
                    }
                }
                Event::End(TagEnd::TableRow) => {}
                Event::Start(Tag::TableCell) => {
                    let head = self.tables.last().is_some_and(|t| t.in_head);
                    self.out.push_str(if head { "[#strong[" } else { "[" });
                }
                Event::End(TagEnd::TableCell) => {
                    let head = self.tables.last().is_some_and(|t| t.in_head);
                    if let Some(t) = self.tables.last_mut() {
                        t.cells_in_row += 1;
                    }
                    self.out.push_str(if head { "]], " } else { "], " });
                }
                Event::Start(Tag::Emphasis) => self.out.push_str("#emph["),
                Event::Start(Tag::Strong) => self.out.push_str("#strong["),
                Event::Start(Tag::Strikethrough) => self.out.push_str("#strike["),
                Event::Start(Tag::Superscript) => self.out.push_str("#super["),
                Event::Start(Tag::Subscript) => self.out.push_str("#sub["),
                Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough)
                | Event::End(TagEnd::Superscript | TagEnd::Subscript) => self.out.push(']'),
                Event::Start(Tag::Link { dest_url, link_type, .. }) => {
                    let empty = matches!(events.get(i + 1), Some(Piece::Event(Event::End(TagEnd::Link))));
                    let (to, title) = if *link_type == LinkType::Email {
                        (LinkTo::Url(format!("mailto:{dest_url}")), None)
                    } else {
                        self.book.link(dest_url, self.source, self.part)
                    };
                    let end = match to {
                        LinkTo::Label(l) => {
                            let _ = write!(self.out, "#link({})[", label(&l));
                            "]"
                        }
                        LinkTo::Url(u) => {
                            let _ = write!(self.out, "#link({})[", string(&u));
                            "]"
                        }
                        LinkTo::Nothing => "",
                    };
                    if empty {
                        push_text(&mut self.out, title.as_deref().unwrap_or(dest_url));
                    }
                    self.link_ends.push(end);
                }
                Event::End(TagEnd::Link) => {
                    let end = self.link_ends.pop().unwrap_or("");
                    self.out.push_str(end);
                }
                Event::Start(Tag::Image { dest_url, .. }) => {
                    self.image = Some((self.book.image(dest_url, self.source), String::new()));
                }
                Event::End(TagEnd::Image) => {}
                Event::Text(t) => push_text(&mut self.out, t),
                Event::Code(t) => {
                    let _ = write!(self.out, "#raw({})", string(t));
                }
                Event::InlineMath(t) | Event::DisplayMath(t) => push_text(&mut self.out, t),
                Event::Html(html) | Event::InlineHtml(html) => push_text(&mut self.out, &html_text(html)),
                Event::FootnoteReference(name) => {
                    if let Some(body) = self.footnotes.get(name.as_ref()) {
                        let _ = write!(self.out, "#footnote[{body}]");
                    }
                }
                Event::SoftBreak => self.out.push(' '),
                Event::HardBreak => self.out.push_str("#linebreak()"),
                Event::Rule => {
                    self.block_break();
                    self.out.push_str("#line(length: 100%, stroke: 0.5pt + luma(150))\n\n");
                }
                Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => self.block_break(),
                Event::Start(Tag::DefinitionList) | Event::End(TagEnd::DefinitionList) => self.block_break(),
                Event::Start(Tag::DefinitionListTitle) => self.out.push_str("#strong["),
                Event::End(TagEnd::DefinitionListTitle) => self.out.push_str("]\n\n"),
                Event::Start(Tag::DefinitionListDefinition) => self.out.push_str("#pad(left: 1.5em)["),
                Event::End(TagEnd::DefinitionListDefinition) => self.out.push_str("]\n\n"),
                Event::Start(Tag::MetadataBlock(_)) => {
                    while i < events.len() && !matches!(events[i], Piece::Event(Event::End(TagEnd::MetadataBlock(_)))) {
                        i += 1;
                    }
                }
                Event::End(TagEnd::MetadataBlock(_)) | Event::End(TagEnd::CodeBlock) => {}
                Event::End(TagEnd::FootnoteDefinition) => {}
            }
            i += 1;
        }
    }

    /// A blank line, so that what follows starts a new paragraph (not inside a list item's or
    /// cell's content block, where it would end the item).
    fn block_break(&mut self) {
        let open_inline = self.out.ends_with('[') || self.out.ends_with("[#strong[");
        if !self.out.is_empty() && !open_inline && !self.out.ends_with("\n\n") {
            trim_end(&mut self.out);
            self.out.push_str("\n\n");
        }
    }

    fn start_heading(&mut self, level: HeadingLevel, h: &'h Heading) {
        self.heading = Some(h);
        self.block_break();
        let md = level as u8;
        let typst_level = (md as i16 - 2 + self.mode.level_of_h2 as i16).clamp(1, 6);
        // A heading inside a lesson block or a callout belongs to it, not to the contents.
        if self.mode.as_text || h.in_block {
            let _ = write!(self.out, "#minor-heading({typst_level})[");
        } else {
            let outlined = if self.mode.outlined { "true" } else { "false" };
            let _ = write!(self.out, "#heading(level: {typst_level}, outlined: {outlined}, bookmarked: {outlined})[");
        }
        if let Some(number) = h.number.as_deref() {
            push_text(&mut self.out, number);
            self.out.push_str("#h(0.6em)");
        }
    }

    fn end_heading(&mut self) {
        let h = self.heading.take();
        self.out.push(']');
        match h {
            Some(h) if !self.mode.as_text && !h.in_block => {
                let _ = write!(self.out, " {}", self.book.heading_label(&sub_anchor(self.part, &h.id)));
            }
            // A styled heading is not an element a link can reach: a marker beside it is.
            Some(h) if !self.mode.as_text => {
                let _ = write!(self.out, "#metadata(none) {}", self.book.heading_label(&sub_anchor(self.part, &h.id)));
            }
            _ => {}
        }
        self.out.push_str("\n\n");
    }

    fn end_image(&mut self) {
        let Some((path, alt)) = self.image.take() else { return };
        match path {
            Some(path) => {
                let _ = write!(self.out, "#figure-image({}, {})", string(&path), string(&alt));
            }
            None => push_text(&mut self.out, &alt),
        }
    }

    /// A paragraph that holds only a link to an activity shows the activity.
    fn embedded(&mut self, events: &[Piece<'_, '_>], start: usize) -> Option<usize> {
        let Some(Piece::Event(Event::Start(Tag::Link { dest_url, link_type, .. }))) = events.get(start + 1) else {
            return None;
        };
        if *link_type == LinkType::Autolink {
            return None;
        }
        let (name, id) = dest_url.split_once(':')?;
        let kind = Kind::from_name(name).filter(|k| k.embeddable())?;
        let mut j = start + 2;
        while j < events.len() && !matches!(events[j], Piece::Event(Event::End(TagEnd::Link))) {
            j += 1;
        }
        if !matches!(events.get(j + 1), Some(Piece::Event(Event::End(TagEnd::Paragraph)))) {
            return None;
        }
        self.block_break();
        if let Some(typst) = self.book.embed(kind, id) {
            self.out.push_str(&typst);
            self.out.push_str("\n\n");
        }
        Some(j + 2)
    }
}

fn trim_end(out: &mut String) {
    let trimmed = out.trim_end_matches([' ', '\n']).len();
    out.truncate(trimmed);
}

/// The text of a fragment of raw HTML (its tags dropped, common entities decoded): the PDF
/// shows what the reader would read.
fn html_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cannot_become_code() {
        let hostile = "#import \"x\": * $x$ <l> @r ] [ // c /* */ = h\n- l\n+ e\n/ t: d ~ \\u{41} `r` *b* _e_ 1. x";
        let t = text(hostile);
        // Every ASCII punctuation character is escaped: no syntax survives.
        let mut chars = t.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\' {
                assert!(chars.next().is_some_and(|n| n.is_ascii_punctuation()), "{t}");
            } else {
                assert!(!c.is_ascii_punctuation(), "unescaped {c:?} in {t}");
            }
        }
        assert!(!t.contains('\n'));
    }

    #[test]
    fn strings_and_labels_stay_closed() {
        assert_eq!(string("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
        assert_eq!(label("chapter-x--تعريف"), "<cb-chapter-x--_62a__639__631__64a__641_>");
        assert_eq!(label("a>b"), "<cb-a_3e_b>");
    }
}
