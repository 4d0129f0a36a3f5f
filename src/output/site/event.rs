//! Event (delivery) pages and the event lists.

use super::agenda::{course_link, day_view, sessions_view, DayView, TitleLink};
use super::*;
use crate::content::delivery::{Dates, Delivery};

/// An event in a list (home page, course page).
#[derive(Serialize)]
pub(crate) struct EventCard<'a> {
    title: &'a str,
    url: String,
    mode: String,
    dates: &'a Option<Dates>,
    venue: &'a Option<String>,
    lang: Option<String>,
}

#[derive(Serialize)]
struct EventView<'a> {
    title: &'a str,
    mode: String,
    dates: &'a Option<Dates>,
    venue: &'a Option<String>,
    language: &'a Option<String>,
    audience: &'a Option<String>,
    timezones: &'a [String],
    organisers: &'a [String],
    intro: Option<String>,
    objectives: Vec<String>,
    outcomes: Vec<String>,
    notes: Vec<String>,
    source: &'a Option<crate::content::Citation>,
    editorial_note: &'a Option<String>,
    course: Option<TitleLink>,
    days: Vec<DayView>,
}

pub(crate) fn event_card<'a>(r: &Renderer<'_>, d: &'a Delivery, to_root: &str) -> EventCard<'a> {
    EventCard {
        title: &d.title,
        url: format!("{to_root}{}", urls::event(r.locale(), &d.id)),
        mode: r.strings.get(d.mode.key()),
        dates: &d.dates,
        venue: &d.venue,
        lang: r.lang_of(&d.origin),
    }
}

pub(crate) fn events_view<'a>(r: &'a Renderer<'_>, to_root: &str) -> Vec<EventCard<'a>> {
    r.index.cur.deliveries.iter().map(|d| event_card(r, d, to_root)).collect()
}

pub(crate) fn render_event(r: &Renderer<'_>, i: usize, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let d = &r.index.cur.deliveries[i];
    let url = urls::event(r.locale(), &d.id);
    let to_root = urls::to_root(&url);
    let course = r.index.cur.courses.iter().find(|c| c.doc.meta.id == d.course);
    // The event's own programme, or the course agenda's days on the event's dates.
    let days: Vec<DayView> = if !d.sessions.is_empty() {
        vec![DayView {
            number: 1,
            title: String::new(),
            theme: None,
            url: None,
            date: None,
            sessions: sessions_view(r, course, &d.sessions, &to_root),
            prev: None,
            next: None,
        }]
    } else if let Some((course, agenda)) = course.and_then(|c| c.agenda.as_ref().map(|a| (c, a))) {
        let picked: Vec<(usize, Option<&str>)> = if d.days.is_empty() {
            (1..=agenda.days.len()).map(|n| (n, None)).collect()
        } else {
            d.days.iter().map(|x| (x.day, Some(x.date.as_str()))).collect()
        };
        picked
            .into_iter()
            .filter_map(|(n, date)| {
                let mut day = day_view(r, course, n, &to_root)?;
                day.date = date.map(str::to_string);
                Some(day)
            })
            .collect()
    } else {
        Vec::new()
    };
    let inline_all = |list: &[String], problems: &mut Vec<Diagnostic>| -> Vec<String> {
        list.iter().map(|t| r.inline(t, &d.path, &url, problems)).collect()
    };
    let view = EventView {
        title: &d.title,
        mode: r.strings.get(d.mode.key()),
        dates: &d.dates,
        venue: &d.venue,
        language: &d.language,
        audience: &d.audience,
        timezones: &d.timezones,
        organisers: &d.organisers,
        intro: d.intro.as_ref().map(|t| r.inline(t, &d.path, &url, problems)),
        objectives: inline_all(&d.objectives, problems),
        outcomes: inline_all(&d.outcomes, problems),
        notes: inline_all(&d.notes, problems),
        source: &d.source,
        editorial_note: &d.editorial_note,
        course: course.map(|c| course_link(r, c, &to_root)),
        days,
    };
    let mut context = Context::new();
    context.insert("event", &view);
    let mut page = r.page(&url, &d.title, vec![r.home_crumb(&url)], None, None);
    r.mark_origin(&mut page, &d.origin);
    r.emit("event.html", &url, page, context, problems)
}
