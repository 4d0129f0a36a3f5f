//! A course's setup page: what learners install, download or prepare before the first session,
//! in the course's chrome (its sidebar, a breadcrumb back to the course).

use super::*;

#[derive(Serialize)]
struct SetupView<'a> {
    title: &'a str,
    summary: Option<String>,
    editorial_note: &'a Option<String>,
    /// Its `##` sections, when there are several (one per operating system, say).
    toc: Vec<Link>,
    body: String,
}

pub(super) fn render_setup(r: &Renderer<'_>, ci: usize, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let course = &r.index.cur.courses[ci];
    let setup = course.setup.as_ref()?;
    let url = urls::setup(r.locale(), &course.doc.meta.id);
    let to_root = urls::to_root(&url);
    let parsed = markdown::parse_with(&setup.body, setup.body_line, markdown::ParseOptions::anchors_of(&setup.origin));
    let toc: Vec<Link> = parsed
        .headings
        .iter()
        .filter(|h| h.level == 2)
        .map(|h| Link { url: format!("#{}", h.id), title: h.text.clone(), ..Link::default() })
        .collect();
    let body = r.block(&parsed, &setup.path, &url, problems).html;
    let mut context = Context::new();
    context.insert(
        "setup",
        &SetupView {
            title: &setup.meta.title,
            summary: setup.meta.summary.as_ref().map(|s| r.inline(s, &setup.path, &url, problems)),
            editorial_note: &setup.meta.editorial_note,
            toc,
            body,
        },
    );
    context.insert("course", &agenda::course_link(r, course, &to_root));
    let crumbs = vec![r.home_crumb(&url), agenda::course_link(r, course, &to_root).into()];
    let mut page = r.page(&url, &setup.meta.title, crumbs, Some(ci), None);
    r.mark_origin(&mut page, &setup.origin);
    page.description = setup.meta.summary.clone();
    r.emit("setup.html", &url, page, context, problems)
}
