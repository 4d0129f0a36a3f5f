//! The list of figures of a course: every numbered figure of its chapters with its number and
//! caption, linked to where it appears. Written only for courses that have figures; the course
//! page links it.

use super::*;
use crate::text::blocks::BlockKind;
use crate::text::labels::ItemKind;

#[derive(Serialize)]
struct FiguresView<'a> {
    title: &'a str,
    course_url: String,
    chapters: Vec<FigureChapter>,
}

#[derive(Serialize)]
struct FigureChapter {
    number: String,
    title: String,
    url: String,
    /// Language of the chapter's text when it differs from the page's (an untranslated chapter).
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
    figures: Vec<FigureEntry>,
}

#[derive(Serialize)]
struct FigureEntry {
    /// "Figure 3.1", in the page's language.
    label: String,
    caption: Option<String>,
    /// The figure itself when it has a label, else its chapter.
    url: String,
}

/// Whether a course has a figure to list (and so a figures page).
pub(super) fn has_figures(r: &Renderer<'_>, ci: usize) -> bool {
    (0..r.index.cur.courses[ci].chapters.len()).any(|i| r.docs.chapter_items(ci, i).iter().any(is_figure))
}

fn is_figure(item: &crate::text::labels::Item) -> bool {
    item.kind == ItemKind::Block(BlockKind::Figure)
}

pub(super) fn render_figures(r: &Renderer<'_>, ci: usize, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let locale = r.locale();
    let course = &r.index.cur.courses[ci];
    let url = urls::figures(locale, &course.doc.meta.id);
    let to_root = urls::to_root(&url);
    let mut chapters = Vec::new();
    for (i, ch) in course.chapters.iter().enumerate() {
        let ch_url = format!("{to_root}{}", urls::chapter(locale, &course.doc.meta.id, &ch.meta.id));
        let figures: Vec<FigureEntry> = r
            .docs
            .chapter_items(ci, i)
            .iter()
            .filter(|item| is_figure(item))
            .map(|item| FigureEntry {
                label: item.link_text(&|key, args| r.format(key, args)).unwrap_or_default(),
                caption: item.title.clone(),
                url: match &item.id {
                    Some(id) => format!("{ch_url}#{id}"),
                    None => ch_url.clone(),
                },
            })
            .collect();
        if figures.is_empty() {
            continue;
        }
        chapters.push(FigureChapter {
            number: course.numbers[i].clone(),
            title: ch.meta.title.clone(),
            url: ch_url,
            lang: r.lang_of(&ch.origin),
            figures,
        });
    }
    let view = FiguresView {
        title: &course.doc.meta.title,
        course_url: format!("{to_root}{}", urls::course(locale, &course.doc.meta.id)),
        chapters,
    };
    let mut context = Context::new();
    context.insert("figures", &view);
    let title = r.strings.get("list-of-figures");
    let crumbs = vec![r.home_crumb(&url), agenda::course_link(r, course, &to_root).into()];
    let page = r.page(&url, &title, crumbs, Some(ci), None);
    r.emit("figures.html", &url, page, context, problems)
}
