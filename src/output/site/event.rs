//! Event (delivery) pages and the event lists.

use super::agenda::{course_link, day_view, sessions_view, DayView, SessionView, TitleLink};
use super::calendar::{Calendar, Entry, When};
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
    /// The event's zones, the first being the one its times are given in.
    zones: Vec<ZoneView>,
    organisers: &'a [String],
    intro: Option<String>,
    objectives: Vec<String>,
    outcomes: Vec<String>,
    notes: Vec<String>,
    source: &'a Option<crate::content::Citation>,
    editorial_note: &'a Option<String>,
    course: Option<TitleLink>,
    days: Vec<DayView>,
    /// The programme as a calendar file (relative to the page), when dates are known.
    calendar_url: Option<String>,
    /// Facilitator edition: the attendance sheets to print, and the command that makes the
    /// certificates of participation.
    attendance_url: Option<String>,
    certificates_command: Option<String>,
}

/// One day's attendance sheet: the day's title ("Day 2") and date, when known.
#[derive(Serialize)]
struct Sheet {
    title: Option<String>,
    date: Option<String>,
}

/// An event's attendance sheets: one to print per day of the event.
#[derive(Serialize)]
struct AttendanceView<'a> {
    title: &'a str,
    course: Option<&'a str>,
    venue: &'a Option<String>,
    organisers: &'a [String],
    /// A sheet per day of the event.
    sheets: Vec<Sheet>,
    /// Numbered blank rows on each sheet.
    rows: usize,
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

/// An event's page and, when its dates are known, its calendar file.
pub(crate) fn render_event(r: &Renderer<'_>, i: usize, problems: &mut Vec<Diagnostic>) -> Vec<OutputFile> {
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
    let mut days = days;
    place_in_time(d, &mut days);
    let calendar = calendar(r, d, &days);
    let facilitator = r.input.edition == crate::text::markdown::Edition::Facilitator;
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
        zones: zones_view(d),
        organisers: &d.organisers,
        intro: d.intro.as_ref().map(|t| r.inline(t, &d.path, &url, problems)),
        objectives: inline_all(&d.objectives, problems),
        outcomes: inline_all(&d.outcomes, problems),
        notes: inline_all(&d.notes, problems),
        source: &d.source,
        editorial_note: &d.editorial_note,
        course: course.map(|c| course_link(r, c, &to_root)),
        days,
        calendar_url: calendar.as_ref().map(|_| format!("{}.ics", d.id)),
        attendance_url: facilitator.then(|| format!("attendance/{}.html", d.id)),
        certificates_command: facilitator.then(|| format!("coursebook certificates {} --names participants.txt", d.id)),
    };
    // The programme's days when they are named (an agenda's), dated or not.
    let named_days: Vec<Sheet> = (view.days.iter().filter(|day| !day.title.is_empty()))
        .map(|day| Sheet { title: Some(day.title.clone()), date: day.date.clone() })
        .collect();
    let mut context = Context::new();
    context.insert("event", &view);
    let mut page = r.page(&url, &d.title, vec![r.home_crumb(&url)], None, None);
    r.mark_origin(&mut page, &d.origin);
    let attendance = facilitator.then(|| attendance(r, d, course, named_days, problems)).flatten();
    r.emit("event.html", &url, page, context, problems).into_iter().chain(calendar).chain(attendance).collect()
}

/// Rows on an attendance sheet: as many as fit on one A4 page in portrait.
const ATTENDANCE_ROWS: usize = 20;

/// The attendance sheets of event `d`: a page to print, one sheet per day (the programme's named
/// days, else every date from the event's start to its end, else one sheet).
fn attendance(
    r: &Renderer<'_>,
    d: &Delivery,
    course: Option<&crate::content::Course>,
    named_days: Vec<Sheet>,
    problems: &mut Vec<Diagnostic>,
) -> Option<OutputFile> {
    let url = urls::event_attendance(r.locale(), &d.id);
    let dates = d.dates.as_ref().and_then(|x| {
        let start = crate::content::delivery::parse_date(&x.start).ok()?;
        let end = x.end.as_deref().map_or(Ok(start), crate::content::delivery::parse_date).ok()?;
        Some((start, end))
    });
    let sheets: Vec<Sheet> = match dates {
        _ if !named_days.is_empty() => named_days,
        // A month at most: a longer event's dates are not a workshop's days.
        Some((start, end)) => (start.series(jiff::Span::new().days(1)).take_while(|day| *day <= end).take(31))
            .map(|day| Sheet { title: None, date: Some(day.to_string()) })
            .collect(),
        None => vec![Sheet { title: None, date: None }],
    };
    let view = AttendanceView {
        title: &d.title,
        course: course.map(|c| c.doc.meta.title.as_str()),
        venue: &d.venue,
        organisers: &d.organisers,
        sheets,
        rows: ATTENDANCE_ROWS,
    };
    let mut context = Context::new();
    context.insert("attendance", &view);
    let to_root = urls::to_root(&url);
    let event_crumb = Link {
        url: format!("{to_root}{}", urls::event(r.locale(), &d.id)),
        title: d.title.clone(),
        number: None,
        current: false,
        lang: r.lang_of(&d.origin),
    };
    let title = r.strings.get("attendance-title");
    let page = r.page(&url, &title, vec![r.home_crumb(&url), event_crumb], None, None);
    r.emit("attendance.html", &url, page, context, problems)
}

/// The event's programme as a calendar: an entry per session with a date and times (or a date
/// of its own), one per dated day with no such session, or else one for the event's dates.
fn calendar(r: &Renderer<'_>, d: &Delivery, days: &[DayView]) -> Option<OutputFile> {
    let zone = d.timezones.first().and_then(|z| jiff::tz::TimeZone::get(z).ok());
    let base = r.site.cur.site.base_url.as_deref().map(|b| b.trim_end_matches('/'));
    let host = (base.and_then(|b| b.split_once("://")).and_then(|(_, rest)| rest.split('/').next()))
        .filter(|h| !h.is_empty())
        .unwrap_or("coursebook");
    let title_of = |parts: &[&str]| parts.iter().filter(|t| !t.is_empty()).copied().collect::<Vec<_>>().join(" · ");
    let mut entries = Vec::new();
    for day in days {
        let before = entries.len();
        for (n, session) in day.sessions.iter().enumerate() {
            let Some(date) = session_date(d, day, session) else { continue };
            let at = |t: crate::content::agenda::Time| t.on(date);
            let when = match (session.start, session.end, &zone) {
                (Some(s), Some(e), Some(tz)) => {
                    match (at(s).to_zoned_datetime(tz.clone()), at(e).to_zoned_datetime(tz.clone())) {
                        (Ok(s), Ok(e)) => When::Utc { start: s.timestamp(), end: e.timestamp() },
                        _ => continue,
                    }
                }
                (Some(s), Some(e), None) => When::Floating { start: at(s), end: at(e) },
                // Untimed: a whole day when the session has a date of its own, else its day's.
                _ if session.date.is_some() => When::Days { first: date, last: date },
                _ => continue,
            };
            entries.push(Entry {
                uid: format!("{}-{}-{}@{host}", d.id, day.number, n + 1),
                summary: title_of(&[&d.title, &day.title, session.name()]),
                description: day
                    .theme
                    .iter()
                    .cloned()
                    .chain(session.item_lines(r.strings))
                    .collect::<Vec<_>>()
                    .join("\n"),
                when,
            });
        }
        let Some(date) = day.date.as_deref().and_then(|x| x.parse::<jiff::civil::Date>().ok()) else { continue };
        if entries.len() == before {
            let mut lines: Vec<String> = day.theme.iter().cloned().collect();
            for session in &day.sessions {
                lines.push(session.name().to_string());
                lines.extend(session.item_lines(r.strings).into_iter().map(|l| format!("  {l}")));
            }
            entries.push(Entry {
                uid: format!("{}-{}@{host}", d.id, day.number),
                summary: title_of(&[&d.title, &day.title]),
                description: lines.join("\n"),
                when: When::Days { first: date, last: date },
            });
        }
    }
    if entries.is_empty() {
        let dates = d.dates.as_ref()?;
        let first = dates.start.parse::<jiff::civil::Date>().ok()?;
        let last = dates.end.as_deref().and_then(|e| e.parse().ok()).unwrap_or(first);
        entries.push(Entry {
            uid: format!("{}@{host}", d.id),
            summary: d.title.clone(),
            description: String::new(),
            when: When::Days { first, last },
        });
    }
    let calendar = Calendar {
        name: &d.title,
        location: d.venue.as_deref(),
        url: base.map(|b| format!("{b}/{}", urls::event(r.locale(), &d.id))),
        entries,
    };
    Some(OutputFile { path: urls::event_calendar(r.locale(), &d.id), bytes: calendar.write().into_bytes() })
}

/// The date a session is held: its own, its day's, or the event's for a one-day event.
fn session_date(d: &Delivery, day: &DayView, session: &SessionView) -> Option<jiff::civil::Date> {
    let one_day = d.dates.as_ref().filter(|x| x.end.as_ref().is_none_or(|e| *e == x.start)).map(|x| x.start.as_str());
    session.date.as_deref().or(day.date.as_deref()).or(one_day)?.parse().ok()
}

/// A time zone as readers see it: "Seoul (UTC+09:00)".
#[derive(Serialize)]
struct ZoneView {
    id: String,
    label: String,
}

/// The city of an IANA zone name, for display: `America/Argentina/Buenos_Aires` → "Buenos Aires".
fn zone_city(id: &str) -> String {
    id.rsplit('/').next().unwrap_or(id).replace('_', " ")
}

fn zones_view(d: &Delivery) -> Vec<ZoneView> {
    let date = d.dates.as_ref().and_then(|x| x.start.parse::<jiff::civil::Date>().ok());
    d.timezones
        .iter()
        .map(|id| {
            // The offset on the event's first day (summer time included), when it has dates.
            let offset = jiff::tz::TimeZone::get(id)
                .ok()
                .zip(date)
                .and_then(|(tz, date)| date.at(12, 0, 0, 0).to_zoned_datetime(tz).ok())
                .map(|z| z.strftime("%:z").to_string());
            let label = match offset {
                Some(o) => format!("{} (UTC{o})", zone_city(id)),
                None => zone_city(id),
            };
            ZoneView { id: id.clone(), label }
        })
        .collect()
}

/// Gives each timed session of an event its instants in the event's zone and its times in the
/// event's other zones. A session's date is its own, its day's, or the event's for a one-day
/// event; sessions whose date is unknown keep their plain times.
fn place_in_time(d: &Delivery, days: &mut [DayView]) {
    let Some(zone) = d.timezones.first().and_then(|z| jiff::tz::TimeZone::get(z).ok()) else { return };
    let others: Vec<(String, jiff::tz::TimeZone)> =
        d.timezones.iter().skip(1).filter_map(|z| Some((zone_city(z), jiff::tz::TimeZone::get(z).ok()?))).collect();
    for day in days.iter_mut() {
        for s in 0..day.sessions.len() {
            let Some(date) = session_date(d, day, &day.sessions[s]) else { continue };
            let session = &mut day.sessions[s];
            let (Some(start), Some(end)) = (session.start, session.end) else { continue };
            let at = |t: crate::content::agenda::Time| t.on(date).to_zoned_datetime(zone.clone()).ok();
            let (Some(from), Some(to)) = (at(start), at(end)) else { continue };
            session.starts_at = Some(from.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string());
            session.ends_at = Some(to.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string());
            session.elsewhere = others
                .iter()
                .map(|(city, tz)| {
                    let (a, b) = (from.with_time_zone(tz.clone()), to.with_time_zone(tz.clone()));
                    let shifted = if a.date() != date { format!(" ({})", a.date()) } else { String::new() };
                    format!("{}–{} {city}{shifted}", a.strftime("%H:%M"), b.strftime("%H:%M"))
                })
                .collect();
        }
    }
}
