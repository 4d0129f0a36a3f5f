//! The course page: summary, objectives and the syllabus generated from its chapters.

use super::*;

#[derive(Serialize)]
struct CourseView<'a> {
    title: &'a str,
    summary: Option<String>,
    audience: Vec<String>,
    objectives: Vec<String>,
    duration: Option<String>,
    publisher: &'a Option<String>,
    editorial_note: &'a Option<String>,
    body: String,
    chapter_count: usize,
    section_count: usize,
    /// The print book, and the PDF when the site builds PDFs (relative to the course page).
    print_url: &'static str,
    pdf_url: Option<String>,
    /// The list of the course's figures, when it has figures.
    figures_url: Option<String>,
    /// The course's setup page, when it has one.
    setup_url: Option<String>,
}

pub(crate) fn activities_of(r: &Renderer<'_>, ch: &crate::content::Chapter, to_root: &str) -> Vec<Activity> {
    let mut list = Vec::new();
    let mut push = |kind: Kind, id: &str, label: &str| {
        if let Some(t) = r.index.target(kind, id) {
            list.push(Activity {
                kind: kind.name(),
                kind_label: r.strings.get(label),
                lang: r.lang_for(t.lang),
                title: t.title.to_string(),
                url: format!("{to_root}{}", t.url),
            });
        }
    };
    if let Some(q) = &ch.meta.quiz {
        push(Kind::Quiz, q, "activity-quiz");
    }
    if let Some(q) = &ch.meta.reflections {
        push(Kind::Quiz, q, "activity-reflections");
    }
    for w in &ch.meta.worksheets {
        push(Kind::Worksheet, w, "activity-worksheet");
    }
    for a in &ch.meta.assessments {
        push(Kind::Assessment, a, "activity-assessment");
    }
    list
}

pub(crate) fn render_course(r: &Renderer<'_>, ci: usize, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let locale = r.locale();
    let course = &r.index.cur.courses[ci];
    let meta = &course.doc.meta;
    let url = urls::course(locale, &meta.id);
    let to_root = urls::to_root(&url);
    let parsed = markdown::parse_with(
        &course.doc.body,
        course.doc.body_line,
        markdown::ParseOptions::anchors_of(&course.doc.origin),
    );
    let body = r.block(&parsed, &course.doc.path, &url, problems).html;
    // The page lists every chapter's activities and decks after the syllabus: few chapters
    // have any, so these lists are short; the syllabus itself is written entry by entry.
    let linked: Vec<(Vec<Activity>, Vec<Link>)> = course
        .chapters
        .iter()
        .map(|ch| (activities_of(r, ch, &to_root), deck::decks_of(r, &ch.meta.id, &to_root)))
        .collect();
    let activities: Vec<&Activity> = linked.iter().flat_map(|(a, _)| a).collect();
    let decks: Vec<&Link> = linked.iter().flat_map(|(_, d)| d).collect();
    let section_count = (0..course.chapters.len()).map(|i| sections_in(r, ci, i)).sum::<usize>();
    let mut context = Context::new();
    context.insert("syllabus", &super::page::list_marker("syllabus"));
    context.insert("activities", &activities);
    context.insert("decks", &decks);
    let inline_all = |list: &[String], problems: &mut Vec<Diagnostic>| -> Vec<String> {
        list.iter().map(|t| r.inline(t, &course.doc.path, &url, problems)).collect()
    };
    context.insert(
        "course",
        &CourseView {
            title: &meta.title,
            summary: meta.summary.as_ref().map(|s| r.inline(s, &course.doc.path, &url, problems)),
            audience: inline_all(&meta.audience, problems),
            objectives: inline_all(&meta.objectives, problems),
            duration: r.duration(course.duration()),
            publisher: &meta.publisher,
            editorial_note: &meta.editorial_note,
            body,
            chapter_count: course.chapters.len(),
            section_count,
            print_url: "print.html",
            pdf_url: r.index.cur.site.pdf.then(|| format!("{}-{locale}.pdf", meta.id)),
            figures_url: super::figures::has_figures(r, ci)
                .then(|| format!("{to_root}{}", urls::figures(locale, &meta.id))),
            setup_url: course.setup.as_ref().map(|_| format!("{to_root}{}", urls::setup(locale, &meta.id))),
        },
    );
    context.insert("agenda", &agenda::agenda_view(r, course, &to_root));
    context.insert(
        "events",
        &event::events_view(r, &to_root)
            .into_iter()
            .zip(&r.index.cur.deliveries)
            .filter(|(_, d)| d.course == meta.id)
            .map(|(e, _)| e)
            .collect::<Vec<_>>(),
    );
    let mut page = r.page(&url, &meta.title, vec![r.home_crumb(&url)], Some(ci), None);
    r.mark_origin(&mut page, &course.doc.origin);
    context.insert("page", &page);
    let frame = r.render_bytes("course.html", &context, problems)?;
    drop(context);
    let mut entry_context = Context::new();
    let mut entry_problems = Vec::new();
    let mut entries = course.chapters.iter().enumerate().zip(linked).map(|((i, ch), (activities, decks))| {
        let ch_url = format!("{to_root}{}", urls::chapter(locale, &meta.id, &ch.meta.id));
        let entry = SyllabusEntry {
            id: &ch.meta.id,
            quiz: ch.meta.quiz.as_deref().filter(|q| r.index.target(Kind::Quiz, q).is_some()),
            number: &course.numbers[i],
            title: &ch.meta.title,
            summary: ch.meta.summary.as_ref().map(|s| r.inline(s, &ch.path, &url, &mut entry_problems)),
            duration: r.duration(ch.meta.duration),
            sections: sections(r, ci, i, &ch_url),
            activities,
            decks,
            case_count: ch.meta.cases.len(),
            lang: r.lang_of(&ch.origin),
            url: ch_url,
        };
        debug_assert_eq!(entry.sections.len(), sections_in(r, ci, i));
        entry_context.insert("ch", &entry);
        r.render_bytes("partials/syllabus-entry.html", &entry_context, &mut entry_problems).unwrap_or_default()
    });
    let file = r.emit_framed(&url, "course.html", frame, vec![("syllabus", &mut entries)], problems);
    drop(entries);
    problems.append(&mut entry_problems);
    file
}

/// One chapter in the course page's syllabus (`partials/syllabus-entry.html`).
#[derive(Serialize)]
struct SyllabusEntry<'a> {
    /// The chapter's id and its quiz's, under which the browser keeps the learner's progress.
    id: &'a str,
    quiz: Option<&'a str>,
    number: &'a str,
    title: &'a str,
    url: String,
    summary: Option<String>,
    duration: Option<String>,
    sections: Vec<Link>,
    activities: Vec<Activity>,
    decks: Vec<Link>,
    case_count: usize,
    /// Language of the chapter's title and summary when they are not the page's.
    lang: Option<String>,
}

/// How many sections [`sections`] lists for a chapter (without making them).
fn sections_in(r: &Renderer<'_>, ci: usize, i: usize) -> usize {
    let ch = &r.index.cur.courses[ci].chapters[i];
    let headings = r.docs.chapter_headings(ci, i).iter().filter(|h| h.level == 2).count();
    headings + usize::from(!ch.meta.key_messages.is_empty())
}

/// The numbered sections of a chapter: its `##` headings, then key messages.
pub(crate) fn sections(r: &Renderer<'_>, ci: usize, i: usize, chapter_url: &str) -> Vec<Link> {
    let ch = &r.index.cur.courses[ci].chapters[i];
    let headings = r.docs.chapter_headings(ci, i);
    let mut sections: Vec<Link> = headings
        .iter()
        .filter(|h| h.level == 2)
        .map(|h| Link {
            url: format!("{chapter_url}#{}", h.id),
            title: h.text.clone(),
            number: h.number.clone(),
            current: false,
            lang: r.lang_of(&ch.origin),
        })
        .collect();
    if !ch.meta.key_messages.is_empty() {
        sections.push(Link {
            url: format!("{chapter_url}#key-messages"),
            title: r.strings.get("key-messages"),
            number: (r.index.cur.site.numbering == crate::content::site_config::Numbering::Sections)
                .then(|| format!("{}.{}", r.index.cur.courses[ci].numbers[i], sections.len() + 1)),
            current: false,
            lang: None,
        });
    }
    sections
}

#[derive(Serialize)]
pub(crate) struct Activity {
    pub(crate) kind: &'static str,
    pub(crate) kind_label: String,
    pub(crate) title: String,
    pub(crate) url: String,
    /// Language of the title when it is not the page's.
    pub(crate) lang: Option<String>,
}
