//! Slide decks and their printable handouts.

use super::*;

#[derive(Serialize)]
struct DeckView<'a> {
    id: &'a str,
    title: &'a str,
    duration: Option<String>,
    slides: Vec<SlideView<'a>>,
    chapter: Option<Link>,
}

#[derive(Serialize)]
struct SlideView<'a> {
    number: usize,
    total: usize,
    layout: &'a str,
    columns: Vec<String>,
    notes: Option<String>,
}

/// A deck as slides, or (`handout`) as a printable handout with the notes under each slide.
pub(crate) fn render_deck(
    r: &Renderer<'_>,
    i: usize,
    handout: bool,
    problems: &mut Vec<Diagnostic>,
) -> Option<OutputFile> {
    let deck = &r.index.cur.decks[i];
    let slides_url = urls::deck(r.locale(), &deck.meta.id);
    let url = if handout { slides_url.replace(".html", "-handout.html") } else { slides_url.clone() };
    let to_root = urls::to_root(&url);
    let (slides, _) = crate::content::deck::split_slides(&deck.path, &deck.body, deck.body_line);
    let resolver = PageResolver { r };
    let render_part = |part: &crate::content::deck::SlidePart, slide: usize, problems: &mut Vec<Diagnostic>| {
        let ctx = RenderContext {
            resolver: &resolver,
            source_path: &deck.path,
            to_root: &to_root,
            page_url: &url,
            in_deck: true,
            edition: r.input.edition,
            learner_solutions: r.site.cur.site.learner_solutions,
        };
        let mut parsed = markdown::parse(&part.text, part.line, None);
        // Headings repeat across slides ("Reflection"): keep anchors unique on the page.
        parsed.prefix_ids(&format!("s{slide}-"));
        let mut r = markdown::render(&parsed, &ctx);
        problems.append(&mut r.problems);
        r.html
    };
    let total = slides.len();
    let views: Vec<SlideView> = slides
        .iter()
        .enumerate()
        .map(|(n, slide)| {
            let columns: Vec<String> = slide.columns.iter().map(|c| render_part(c, n + 1, problems)).collect();
            let notes = slide.notes.as_ref().map(|part| render_part(part, n + 1, problems));
            SlideView { number: n + 1, total, layout: &slide.layout, columns, notes }
        })
        .collect();
    let chapter = deck.meta.chapter.as_deref().and_then(|id| {
        let pos = r.index.chapter_pos.get(id)?;
        let course = &r.index.cur.courses[pos.course];
        let ch = &course.chapters[pos.chapter];
        Some(Link {
            url: format!("{to_root}{}", urls::chapter(r.locale(), &course.doc.meta.id, id)),
            title: ch.meta.title.clone(),
            number: Some((pos.chapter + 1).to_string()),
            current: false,
            lang: r.lang_of(&ch.origin),
        })
    });
    let mut context = Context::new();
    let embeds = |marker: &str| views.iter().flat_map(|v| &v.columns).any(|c| c.contains(marker));
    let (embeds_activity, embeds_assessment) = (embeds("data-activity="), embeds("data-activity=\"assessment\""));
    context.insert("handout", &handout);
    context.insert("slides_url", &format!("{to_root}{slides_url}"));
    context.insert("handout_url", &format!("{to_root}{}", slides_url.replace(".html", "-handout.html")));
    context.insert(
        "deck",
        &DeckView {
            id: &deck.meta.id,
            title: &deck.meta.title,
            duration: r.duration(deck.meta.duration),
            slides: views,
            chapter: chapter.clone(),
        },
    );
    let mut crumbs = vec![r.home_crumb(&url)];
    if let Some(c) = &chapter {
        crumbs.push(c.clone());
    }
    let mut page = r.page(&url, &deck.meta.title, crumbs, None, None);
    r.mark_origin(&mut page, &deck.origin);
    page.needs_deck = !handout;
    // A slide may embed a quiz or worksheet: it needs their styles and script, as a chapter does.
    page.needs_activity = embeds_activity;
    page.needs_assessment = embeds_assessment;
    r.emit("deck.html", &url, page, context, problems)
}

/// Decks that belong to a chapter, as links from `to_root`.
pub(crate) fn decks_of(r: &Renderer<'_>, chapter_id: &str, to_root: &str) -> Vec<Link> {
    r.index
        .cur
        .decks
        .iter()
        .filter(|d| d.meta.chapter.as_deref() == Some(chapter_id))
        .map(|d| Link {
            url: format!("{to_root}{}", urls::deck(r.locale(), &d.meta.id)),
            title: d.meta.title.clone(),
            number: None,
            current: false,
            lang: r.lang_of(&d.origin),
        })
        .collect()
}
