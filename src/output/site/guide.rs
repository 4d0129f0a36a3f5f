//! The facilitator guide of a course (facilitator edition only): the schedule with teaching and
//! exercise minutes, what to bring and prepare, and every chapter's facilitator notes.

use super::*;

#[derive(Serialize)]
struct GuideView<'a> {
    title: &'a str,
    course_url: String,
    duration: Option<String>,
    teaching: Option<String>,
    exercises: Option<String>,
    chapters: Vec<GuideChapter>,
    /// Every material with the chapters that need it, in course order.
    materials: Vec<Need>,
    preparation: Vec<Need>,
}

#[derive(Serialize)]
struct GuideChapter {
    number: String,
    title: String,
    url: String,
    duration: Option<String>,
    teaching: Option<String>,
    exercises: Option<String>,
    /// Day and session where the course is taught from an agenda.
    schedule: Vec<agenda::ScheduleEntry>,
    notes: Vec<String>,
}

#[derive(Serialize)]
struct Need {
    html: String,
    chapters: Vec<String>,
}

pub(super) fn render_guide(r: &Renderer<'_>, ci: usize, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let locale = r.locale();
    let course = &r.index.cur.courses[ci];
    let url = urls::facilitator_guide(locale, &course.doc.meta.id);
    let to_root = urls::to_root(&url);
    let mut materials: Vec<Need> = Vec::new();
    let mut preparation: Vec<Need> = Vec::new();
    let add = |list: &mut Vec<Need>, html: String, number: &str| match list.iter_mut().find(|n| n.html == html) {
        Some(need) => need.chapters.push(number.to_string()),
        None => list.push(Need { html, chapters: vec![number.to_string()] }),
    };
    let mut chapters = Vec::new();
    let (mut teaching, mut exercises, mut total) = (0, 0, 0);
    for (i, ch) in course.chapters.iter().enumerate() {
        let number = &course.numbers[i];
        let ch_url = urls::chapter(locale, &course.doc.meta.id, &ch.meta.id);
        for m in &ch.meta.materials {
            add(&mut materials, r.inline(m, &ch.path, &url, problems), number);
        }
        for p in &ch.meta.preparation {
            add(&mut preparation, r.inline(p, &ch.path, &url, problems), number);
        }
        // The chapter's facilitator blocks, rendered for this page.
        let rendered = r.block(&r.docs.chapter(ci, i), &ch.path, &url, &mut Vec::new());
        teaching += ch.meta.teaching.map_or(0, |d| d.minutes());
        exercises += ch.meta.exercises.map_or(0, |d| d.minutes());
        total += ch.meta.duration.map_or(0, |d| d.minutes());
        chapters.push(GuideChapter {
            number: number.clone(),
            title: ch.meta.title.clone(),
            url: format!("{to_root}{ch_url}"),
            duration: r.duration(ch.meta.duration),
            teaching: r.duration(ch.meta.teaching),
            exercises: r.duration(ch.meta.exercises),
            schedule: agenda::schedule_of(r, course, &ch.meta.id),
            notes: rendered.notes,
        });
    }
    let minutes = |m: u32| (m > 0).then_some(Duration(m));
    let view = GuideView {
        title: &course.doc.meta.title,
        course_url: format!("{to_root}{}", urls::course(locale, &course.doc.meta.id)),
        duration: r.duration(course.doc.meta.duration.or(minutes(total))),
        teaching: r.duration(minutes(teaching)),
        exercises: r.duration(minutes(exercises)),
        chapters,
        materials,
        preparation,
    };
    let mut context = Context::new();
    context.insert("guide", &view);
    let title = r.strings.get("facilitator-guide");
    let crumbs = vec![r.home_crumb(&url), agenda::course_link(r, course, &to_root).into()];
    let page = r.page(&url, &title, crumbs, Some(ci), None);
    r.emit("facilitator-guide.html", &url, page, context, problems)
}
