//! Chapter (and module) pages.

use super::*;

#[derive(Serialize)]
struct ChapterView<'a> {
    /// The chapter's id: the browser remembers, under it, that the chapter was read to its end.
    id: &'a str,
    number: &'a str,
    is_module: bool,
    schedule: Vec<agenda::ScheduleEntry>,
    title: &'a str,
    summary: Option<String>,
    duration: Option<String>,
    teaching: Option<String>,
    exercises: Option<String>,
    questions: Vec<String>,
    objectives: Vec<String>,
    key_messages: Vec<String>,
    key_messages_number: Option<String>,
    body: &'a str,
    toc: Vec<Link>,
    cases: Vec<CaseCard>,
    activities: Vec<course::Activity>,
    decks: Vec<Link>,
    prev: Option<Link>,
    next: Option<Link>,
    editorial_note: &'a Option<String>,
    written_for_this_edition: bool,
    sources: &'a [crate::content::Citation],
    /// Facilitator edition only: what the room needs and what to prepare.
    materials: Vec<String>,
    preparation: Vec<String>,
    /// Facilitator edition only: the course's facilitator guide.
    guide_url: Option<String>,
}

/// Facilitator-only lists: empty in the learner edition.
pub(super) fn facilitator_lists_for<'a>(r: &Renderer<'_>, list: &'a [String]) -> &'a [String] {
    if r.input.edition == crate::text::markdown::Edition::Facilitator {
        list
    } else {
        &[]
    }
}

pub(crate) fn render_chapter(
    r: &Renderer<'_>,
    ci: usize,
    i: usize,
    problems: &mut Vec<Diagnostic>,
    references: &mut Vec<Reference>,
) -> Option<OutputFile> {
    render_chapter_from(r, ci, i, &r.docs.chapter(ci, i), problems, references)
}

/// [`render_chapter`] from a parse of the chapter the caller has (the print book renders each
/// chapter's page from the parse it prints the chapter from).
pub(crate) fn render_chapter_from(
    r: &Renderer<'_>,
    ci: usize,
    i: usize,
    parsed: &crate::text::markdown::Parsed<'_>,
    problems: &mut Vec<Diagnostic>,
    references: &mut Vec<Reference>,
) -> Option<OutputFile> {
    let locale = r.locale();
    let course = &r.index.cur.courses[ci];
    let ch = &course.chapters[i];
    let meta = &ch.meta;
    let url = urls::chapter(locale, &course.doc.meta.id, &meta.id);
    let to_root = urls::to_root(&url);
    let rendered = r.block(parsed, &ch.path, &url, problems);
    for (kind, id, section) in rendered.references {
        if kind == Kind::Case {
            let number = section
                .as_ref()
                .and_then(|s| r.docs.chapter_headings(ci, i).iter().find(|h| &h.id == s))
                .and_then(|h| h.number.clone());
            references.push(Reference { case: id, chapter: meta.id.clone(), number });
        }
    }
    for case in &meta.cases {
        references.push(Reference { case: case.clone(), chapter: meta.id.clone(), number: None });
    }
    let neighbour = |j: usize| {
        course.chapters.get(j).map(|c| Link {
            url: format!("{to_root}{}", urls::chapter(locale, &course.doc.meta.id, &c.meta.id)),
            title: c.meta.title.clone(),
            number: Some(course.numbers[j].clone()),
            current: false,
            lang: r.lang_of(&c.origin),
        })
    };
    let cases: Vec<CaseCard> = meta
        .cases
        .iter()
        .filter_map(|id| r.index.cur.cases.iter().find(|c| &c.meta.id == id))
        .map(|c| case::case_card(r, c, &to_root))
        .collect();
    let toc = course::sections(r, ci, i, "");
    let key_messages: Vec<String> = meta.key_messages.iter().map(|k| r.inline(k, &ch.path, &url, problems)).collect();
    let mut context = Context::new();
    context.insert(
        "chapter",
        &ChapterView {
            id: &meta.id,
            number: &course.numbers[i],
            is_module: course.agenda.is_some(),
            schedule: agenda::schedule_of(r, course, &meta.id),
            title: &meta.title,
            summary: meta.summary.as_ref().map(|s| r.inline(s, &ch.path, &url, problems)),
            duration: r.duration(meta.duration),
            teaching: r.duration(meta.teaching),
            exercises: r.duration(meta.exercises),
            questions: meta.questions.iter().map(|q| r.inline(q, &ch.path, &url, problems)).collect(),
            objectives: meta.objectives.iter().map(|o| r.inline(o, &ch.path, &url, problems)).collect(),
            key_messages_number: toc.last().filter(|_| !meta.key_messages.is_empty()).and_then(|l| l.number.clone()),
            key_messages,
            body: &rendered.html,
            toc,
            cases,
            activities: course::activities_of(r, ch, &to_root),
            decks: deck::decks_of(r, &meta.id, &to_root),
            prev: i.checked_sub(1).and_then(neighbour),
            next: neighbour(i + 1),
            editorial_note: &meta.editorial_note,
            written_for_this_edition: meta.written_for_this_edition,
            sources: &meta.sources,
            materials: facilitator_lists_for(r, &meta.materials)
                .iter()
                .map(|t| r.inline(t, &ch.path, &url, problems))
                .collect(),
            preparation: facilitator_lists_for(r, &meta.preparation)
                .iter()
                .map(|t| r.inline(t, &ch.path, &url, problems))
                .collect(),
            guide_url: (r.input.edition == crate::text::markdown::Edition::Facilitator)
                .then(|| format!("{to_root}{}", urls::facilitator_guide(locale, &course.doc.meta.id))),
        },
    );
    context.insert("course", &agenda::course_link(r, course, &to_root));
    let crumbs = vec![
        r.home_crumb(&url),
        Link {
            url: format!("{to_root}{}", urls::course(locale, &course.doc.meta.id)),
            title: course.doc.meta.title.clone(),
            number: None,
            current: false,
            lang: r.lang_of(&course.doc.origin),
        },
    ];
    let mut page = r.page(&url, &meta.title, crumbs, Some(ci), Some(&meta.id));
    r.mark_origin(&mut page, &ch.origin);
    page.description = meta.summary.clone();
    page.needs_activity = rendered.html.contains("data-activity=");
    page.needs_assessment = rendered.html.contains("data-activity=\"assessment\"");
    r.emit("chapter.html", &url, page, context, problems)
}

/// A chapter's key messages as a list, for a slide.
pub(crate) fn key_messages_html(r: &Renderer<'_>, chapter_id: &str, to_root: &str) -> Option<String> {
    let pos = r.index.chapter_pos.get(chapter_id)?;
    let course = &r.index.cur.courses[pos.course];
    let ch = &course.chapters[pos.chapter];
    if ch.meta.key_messages.is_empty() {
        return None;
    }
    let page = urls::chapter(r.locale(), &course.doc.meta.id, chapter_id);
    let mut problems = Vec::new();
    let items: Vec<String> = ch.meta.key_messages.iter().map(|k| r.inline(k, &ch.path, &page, &mut problems)).collect();
    let mut context = Context::new();
    context.insert("items", &items);
    context.insert("url", &format!("{to_root}{page}"));
    context.insert("chapter_title", &ch.meta.title);
    context.insert("lang", &r.lang_of(&ch.origin));
    r.tera.render("partials/key-messages.html", &context).ok()
}
