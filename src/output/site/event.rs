//! Event (delivery) pages and the event lists.

use super::*;

pub(super) fn events_view(r: &Renderer<'_>, to_root: &str) -> Vec<serde_json::Value> {
    r.index
        .cur
        .deliveries
        .iter()
        .map(|d| {
            serde_json::json!({
                "title": d.title,
                "url": format!("{to_root}{}", urls::event(r.locale(), &d.id)),
                "mode": r.strings.get(d.mode.key()),
                "dates": d.dates,
                "venue": d.venue,
                "lang": r.lang_of(&d.origin),
            })
        })
        .collect()
}

pub(super) fn render_event(r: &Renderer<'_>, i: usize, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let d = &r.index.cur.deliveries[i];
    let url = urls::event(r.locale(), &d.id);
    let to_root = urls::to_root(&url);
    let course = r.index.cur.courses.iter().find(|c| c.doc.meta.id == d.course);
    // The event's own programme, or the course agenda's days on the event's dates.
    let days: Vec<serde_json::Value> = if !d.sessions.is_empty() {
        vec![serde_json::json!({"title": null, "sessions": agenda::sessions_view(r, course, &d.sessions, &to_root)})]
    } else if let Some((course, agenda)) = course.and_then(|c| c.agenda.as_ref().map(|a| (c, a))) {
        let picked: Vec<(usize, Option<&str>)> = if d.days.is_empty() {
            (1..=agenda.days.len()).map(|n| (n, None)).collect()
        } else {
            d.days.iter().map(|x| (x.day, Some(x.date.as_str()))).collect()
        };
        picked
            .into_iter()
            .filter_map(|(n, date)| {
                let day = agenda.days.get(n.checked_sub(1)?)?;
                Some(serde_json::json!({
                    "title": day.title, "theme": day.theme, "date": date,
                    "url": format!("{to_root}{}", urls::day(r.locale(), &course.doc.meta.id, n)),
                    "sessions": agenda::sessions_view(r, Some(course), &day.sessions, &to_root),
                }))
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut context = Context::new();
    context.insert("event", &serde_json::json!({
        "title": d.title,
        "mode": r.strings.get(d.mode.key()),
        "dates": d.dates,
        "venue": d.venue,
        "language": d.language,
        "audience": d.audience,
        "timezones": d.timezones,
        "organisers": d.organisers,
        "intro": d.intro.as_ref().map(|t| r.inline(t, &d.path, &url, problems)),
        "objectives": d.objectives.iter().map(|t| r.inline(t, &d.path, &url, problems)).collect::<Vec<_>>(),
        "outcomes": d.outcomes.iter().map(|t| r.inline(t, &d.path, &url, problems)).collect::<Vec<_>>(),
        "notes": d.notes.iter().map(|t| r.inline(t, &d.path, &url, problems)).collect::<Vec<_>>(),
        "source": d.source,
        "editorial_note": d.editorial_note,
        "course": course.map(|c| serde_json::json!({"title": c.doc.meta.title, "url": format!("{to_root}{}", urls::course(r.locale(), &c.doc.meta.id))})),
        "days": days,
    }));
    let mut page = r.page(&url, &d.title, vec![r.home_crumb(&url)], None, None);
    r.mark_origin(&mut page, &d.origin);
    r.emit("event.html", &url, page, context, problems)
}
