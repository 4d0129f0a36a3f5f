//! How lesson blocks and numbered things look: a block's opening with its anchor and number
//! ("Exercise 2.3: Find the bottleneck"), figures (`<figure>` with the image, then a
//! `<figcaption>` "Figure 3.1: ..."), tables with a `<caption>` "Table 3.1: ...", and numbered
//! equations. The numbers themselves are given when parsing (`labels`).

use crate::diagnostic::Diagnostic;
use crate::text::blocks::BlockKind;
use crate::text::labels::Item;
use crate::text::markdown::{escape, Edition, RenderContext};

/// A lesson block being rendered.
pub(crate) struct OpenBlock {
    close: &'static str,
    /// Where a facilitator block began in the output (its events are also a note).
    pub(crate) note_start: Option<usize>,
    caption: Option<Caption>,
}

/// The caption of a figure or table block: "Figure 3.1", the marker's title, and how far the
/// block has come.
struct Caption {
    kind: BlockKind,
    /// "Figure 3.1", as text.
    label: String,
    /// The title on the block's marker line, as written.
    title: Option<String>,
    /// A figure's caption has begun (after its image).
    open: bool,
    /// The image (figure) or table was found.
    found: bool,
    at: (usize, usize),
}

/// What a paragraph in a figure is.
pub(crate) enum FigureParagraph {
    /// Not in a figure, or in its caption: an ordinary paragraph.
    Plain,
    /// The figure's image: shown without a paragraph around it.
    Image,
    /// The first paragraph of the caption, which runs on from "Figure 3.1: ".
    CaptionStart { start: String, end: String },
}

/// "Figure 3.1" for a numbered item, in the reader's language.
fn number_text(item: Option<&Item>, ctx: &RenderContext<'_>) -> Option<String> {
    let item = item?;
    let (key, number) = (item.number_key()?, item.number.as_ref()?);
    Some(ctx.resolver.format(key, &[("number", number)]))
}

/// The number label as HTML.
fn label_html(label: &str) -> String {
    format!(r#"<span class="number-label">{}</span>"#, escape(label))
}

const LABEL: &str = "\u{E000}";
const TITLE: &str = "\u{E001}";

/// The text before and after a title that follows a number label ("Figure 3.1: " and ""), in
/// the reader's language (`numbered-title`: "{ $label }: { $title }"), with [`LABEL`] standing
/// for the label.
fn titled_parts(ctx: &RenderContext<'_>) -> (String, String) {
    let pattern = ctx.resolver.format("numbered-title", &[("label", LABEL), ("title", TITLE)]);
    match pattern.split_once(TITLE) {
        Some((before, after)) if pattern.contains(LABEL) => (before.to_string(), after.to_string()),
        _ => (format!("{LABEL}: "), String::new()),
    }
}

/// [`titled_parts`] as HTML, around a title.
fn titled(ctx: &RenderContext<'_>, label: &str) -> (String, String) {
    let (before, after) = titled_parts(ctx);
    let html = label_html(label);
    (escape(&before).replace(LABEL, &html), escape(&after).replace(LABEL, &html))
}

fn id_attribute(item: Option<&Item>) -> String {
    match item.and_then(|item| item.id.as_deref()) {
        Some(id) => format!(r#" id="{}""#, escape(id)),
        None => String::new(),
    }
}

/// The opening HTML of a lesson block (at `at`, line and column), and its state.
pub(crate) fn open(
    kind: BlockKind,
    title: Option<&str>,
    item: Option<&Item>,
    ctx: &RenderContext<'_>,
    at: (usize, usize),
) -> (String, OpenBlock) {
    let id = id_attribute(item);
    let name = kind.name();
    let number = number_text(item, ctx);
    let plain = |close| OpenBlock { close, note_start: None, caption: None };
    if matches!(kind, BlockKind::Figure | BlockKind::Table) {
        let label = number.unwrap_or_else(|| ctx.resolver.label(kind.label_key()));
        let caption = Caption { kind, label, title: title.map(str::to_string), open: false, found: false, at };
        let (html, close) = match kind {
            BlockKind::Figure => (format!(r#"<figure class="figure"{id}>"#), "</figure>"),
            _ => (format!(r#"<div class="table-block"{id}>"#), "</div>"),
        };
        return (html, OpenBlock { close, note_start: None, caption: Some(caption) });
    }
    let heading = match (number, title) {
        (Some(number), Some(title)) => {
            let (before, after) = titled(ctx, &number);
            format!("{before}{}{after}", escape(title))
        }
        (Some(number), None) => label_html(&number),
        (None, Some(title)) => escape(title),
        (None, None) => escape(&ctx.resolver.label(kind.label_key())),
    };
    if kind.collapsible() {
        let open = if ctx.edition == Edition::Facilitator { " open" } else { "" };
        (format!(r#"<details class="block block-{name}"{id}{open}><summary>{heading}</summary>"#), plain("</details>"))
    } else {
        (
            format!(r#"<aside class="block block-{name}" role="note"{id}><p class="block-title">{heading}</p>"#),
            plain("</aside>"),
        )
    }
}

/// What a paragraph of the block is, when the block is a figure; `image_only` when the
/// paragraph holds nothing but images.
pub(crate) fn figure_paragraph(
    block: Option<&mut OpenBlock>,
    image_only: bool,
    ctx: &RenderContext<'_>,
) -> FigureParagraph {
    let Some(caption) = block.and_then(|b| b.caption.as_mut()).filter(|c| c.kind == BlockKind::Figure) else {
        return FigureParagraph::Plain;
    };
    if caption.open {
        return FigureParagraph::Plain;
    }
    if image_only {
        caption.found = true;
        return FigureParagraph::Image;
    }
    caption.open = true;
    let (before, after) = titled(ctx, &caption.label);
    match &caption.title {
        // The title is the caption's first words; paragraphs follow as they are.
        Some(title) => FigureParagraph::CaptionStart {
            start: format!("<figcaption>{before}{}{after}<p>", escape(title)),
            end: "</p>".to_string(),
        },
        None => FigureParagraph::CaptionStart { start: format!("<figcaption>{before}"), end: after },
    }
}

/// At the start of a table in a table block: the wrapper's accessible name ("Table 3.1:
/// Spending by sector") and the table's `<caption>`, once.
pub(crate) fn table_caption(block: Option<&mut OpenBlock>, ctx: &RenderContext<'_>) -> Option<(String, String)> {
    let caption = block.and_then(|b| b.caption.as_mut()).filter(|c| c.kind == BlockKind::Table && !c.found)?;
    caption.found = true;
    let Some(title) = &caption.title else {
        return Some((caption.label.clone(), format!("<caption>{}</caption>", label_html(&caption.label))));
    };
    let (before, after) = titled(ctx, &caption.label);
    let html = format!("<caption>{before}{}{after}</caption>", escape(title));
    let (before, after) = titled_parts(ctx);
    let name = format!("{}{title}{}", before.replace(LABEL, &caption.label), after.replace(LABEL, &caption.label));
    Some((name, html))
}

/// The closing HTML of a block; a figure with no image or a table block with no table is
/// reported.
pub(crate) fn close(block: OpenBlock, ctx: &RenderContext<'_>, problems: &mut Vec<Diagnostic>) -> String {
    let Some(caption) = block.caption else {
        return block.close.to_string();
    };
    if !caption.found {
        let (line, column) = caption.at;
        let (message, hint) = match caption.kind {
            BlockKind::Figure => (
                "this figure holds no image",
                "put the image first in the block, in a paragraph of its own: `![what it shows](path)`; the caption follows it",
            ),
            _ => ("this table block holds no table", "put a Markdown table between the `::: table` line and its `:::`"),
        };
        problems.push(Diagnostic::error(ctx.source_path, line, column, message).with_hint(hint));
    }
    if caption.kind == BlockKind::Table {
        return block.close.to_string();
    }
    if caption.open {
        return format!("</figcaption>{}", block.close);
    }
    let text = match &caption.title {
        Some(title) => {
            let (before, after) = titled(ctx, &caption.label);
            format!("{before}{}{after}", escape(title))
        }
        None => label_html(&caption.label),
    };
    format!("<figcaption>{text}</figcaption>{}", block.close)
}

/// A display formula, numbered "(3.2)" and anchored when it is labelled.
pub(crate) fn equation(mathml: &str, item: Option<&Item>) -> String {
    match item.and_then(|item| Some((item.id.as_deref()?, item.number.as_deref()?))) {
        Some((id, number)) => format!(
            r#"<div class="math-display equation" id="{}">{mathml}<span class="equation-number">({})</span></div>"#,
            escape(id),
            escape(number)
        ),
        None => format!(r#"<div class="math-display">{mathml}</div>"#),
    }
}
