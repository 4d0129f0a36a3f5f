//! A workshop's agenda: the week grid on the course page, day pages, a module's schedule.

use super::*;

/// Where a module sits in its course's agenda: day, session, type and part.
pub(super) fn schedule_of(r: &Renderer<'_>, course: &crate::content::Course, module: &str) -> Vec<serde_json::Value> {
    let Some(agenda) = &course.agenda else { return Vec::new() };
    let to_root = urls::to_root(&urls::chapter(r.locale(), &course.doc.meta.id, module));
    let mut out = Vec::new();
    for (d, day) in agenda.days.iter().enumerate() {
        for session in &day.sessions {
            for item in session.items.iter().filter(|i| i.module.as_deref() == Some(module)) {
                out.push(serde_json::json!({
                    "day": day.title,
                    "day_url": format!("{to_root}{}", urls::day(r.locale(), &course.doc.meta.id, d + 1)),
                    "session": session.name,
                    "kind": item.kind.map(|k| r.strings.get(k.key())),
                    "part": item.part,
                    "start": item.start.or(session.start),
                    "end": item.end.or(session.end),
                }));
            }
        }
    }
    out
}

/// Sessions with their items, for agenda tables (course grid, day pages, events).
pub(super) fn sessions_view(
    r: &Renderer<'_>,
    course: Option<&crate::content::Course>,
    sessions: &[crate::content::agenda::Session],
    to_root: &str,
) -> Vec<serde_json::Value> {
    sessions
        .iter()
        .map(|session| {
            let items: Vec<serde_json::Value> = session
                .items
                .iter()
                .map(|item| {
                    let module = course.zip(item.module.as_deref()).and_then(|(c, m)| {
                        let i = c.chapters.iter().position(|ch| ch.meta.id == m)?;
                        let ch = &c.chapters[i];
                        Some(serde_json::json!({
                            "url": format!("{to_root}{}", urls::chapter(r.locale(), &c.doc.meta.id, m)),
                            "title": ch.meta.title,
                            "number": c.numbers[i],
                            "lang": r.lang_of(&ch.origin),
                        }))
                    });
                    serde_json::json!({
                        "module": module,
                        "title": item.title.as_ref().or(item.break_title.as_ref()),
                        "is_break": item.break_title.is_some(),
                        "kind": item.kind.map(|k| r.strings.get(k.key())),
                        "part": item.part,
                        "start": item.start,
                        "end": item.end,
                        "speakers": item.speakers,
                    })
                })
                .collect();
            serde_json::json!({"name": session.name, "date": session.date, "start": session.start, "end": session.end, "items": items})
        })
        .collect()
}

pub(super) fn agenda_view(
    r: &Renderer<'_>,
    course: &crate::content::Course,
    to_root: &str,
) -> Option<serde_json::Value> {
    let agenda = course.agenda.as_ref()?;
    let days: Vec<serde_json::Value> = agenda
        .days
        .iter()
        .enumerate()
        .map(|(d, day)| {
            serde_json::json!({
                "number": d + 1,
                "title": day.title,
                "theme": day.theme,
                "url": format!("{to_root}{}", urls::day(r.locale(), &course.doc.meta.id, d + 1)),
                "sessions": sessions_view(r, Some(course), &day.sessions, to_root),
            })
        })
        .collect();
    // The week grid: one row per session name, in first-seen order.
    let mut rows: Vec<String> = Vec::new();
    for day in &agenda.days {
        for s in &day.sessions {
            if !rows.contains(&s.name) {
                rows.push(s.name.clone());
            }
        }
    }
    Some(serde_json::json!({"days": days, "rows": rows}))
}

pub(super) fn render_day(r: &Renderer<'_>, ci: usize, d: usize, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let course = &r.index.cur.courses[ci];
    let agenda = course.agenda.as_ref()?;
    let day = &agenda.days[d];
    let url = urls::day(r.locale(), &course.doc.meta.id, d + 1);
    let to_root = urls::to_root(&url);
    let mut context = Context::new();
    context.insert("course", &serde_json::json!({"title": course.doc.meta.title, "url": format!("{to_root}{}", urls::course(r.locale(), &course.doc.meta.id))}));
    context.insert("day", &serde_json::json!({
        "number": d + 1,
        "title": day.title,
        "theme": day.theme,
        "sessions": sessions_view(r, Some(course), &day.sessions, &to_root),
        "prev": d.checked_sub(1).map(|p| format!("{to_root}{}", urls::day(r.locale(), &course.doc.meta.id, p + 1))),
        "next": (d + 1 < agenda.days.len()).then(|| format!("{to_root}{}", urls::day(r.locale(), &course.doc.meta.id, d + 2))),
    }));
    let crumbs = vec![
        r.home_crumb(&url),
        Link {
            url: format!("{to_root}{}", urls::course(r.locale(), &course.doc.meta.id)),
            title: course.doc.meta.title.clone(),
            ..Link::default()
        },
    ];
    let page = r.page(&url, &day.title, crumbs, Some(ci), None);
    r.emit("day.html", &url, page, context, problems)
}
