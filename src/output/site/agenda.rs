//! A workshop's agenda: the week grid on the course page, day pages, a module's schedule.

use super::*;
use crate::content::agenda::{Session, Time};
use crate::content::Course;

/// Where a module sits in its course's agenda.
#[derive(Serialize)]
pub(crate) struct ScheduleEntry {
    day: String,
    day_url: String,
    session: String,
    kind: Option<String>,
    part: Option<u8>,
    start: Option<Time>,
    end: Option<Time>,
}

#[derive(Serialize)]
pub(crate) struct SessionView {
    name: String,
    pub(super) date: Option<String>,
    pub(super) start: Option<Time>,
    pub(super) end: Option<Time>,
    items: Vec<ItemView>,
    /// On event pages: the session's start and end as instants (`2023-05-30T15:00:00+09:00`),
    /// for the reader's local time, and the same times in the event's other zones.
    pub(super) starts_at: Option<String>,
    pub(super) ends_at: Option<String>,
    pub(super) elsewhere: Vec<String>,
}

#[derive(Serialize)]
struct ItemView {
    module: Option<ModuleLink>,
    title: Option<String>,
    is_break: bool,
    kind: Option<String>,
    part: Option<u8>,
    start: Option<Time>,
    end: Option<Time>,
    speakers: Vec<String>,
}

#[derive(Serialize)]
struct ModuleLink {
    url: String,
    title: String,
    number: String,
    lang: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct AgendaView {
    days: Vec<DayView>,
    /// The week grid's rows: session names in first-seen order.
    rows: Vec<String>,
}

#[derive(Serialize)]
pub(crate) struct DayView {
    pub(crate) number: usize,
    pub(crate) title: String,
    pub(crate) theme: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) sessions: Vec<SessionView>,
    pub(crate) prev: Option<String>,
    pub(crate) next: Option<String>,
}

/// A page's link to another page, by title.
#[derive(Serialize)]
pub(crate) struct TitleLink {
    pub(crate) title: String,
    pub(crate) url: String,
    /// Language of the title when it is not the page's.
    pub(crate) lang: Option<String>,
}

pub(crate) fn course_link(r: &Renderer<'_>, course: &Course, to_root: &str) -> TitleLink {
    TitleLink {
        title: course.doc.meta.title.clone(),
        url: format!("{to_root}{}", urls::course(r.locale(), &course.doc.meta.id)),
        lang: r.lang_of(&course.doc.origin),
    }
}

/// Where a module sits in its course's agenda: day, session, type and part.
pub(crate) fn schedule_of(r: &Renderer<'_>, course: &Course, module: &str) -> Vec<ScheduleEntry> {
    let Some(agenda) = &course.agenda else { return Vec::new() };
    let to_root = urls::to_root(&urls::chapter(r.locale(), &course.doc.meta.id, module));
    let mut out = Vec::new();
    for (d, day) in agenda.days.iter().enumerate() {
        for session in &day.sessions {
            for item in session.items.iter().filter(|i| i.module.as_deref() == Some(module)) {
                out.push(ScheduleEntry {
                    day: day.title.clone(),
                    day_url: format!("{to_root}{}", urls::day(r.locale(), &course.doc.meta.id, d + 1)),
                    session: session.name.clone(),
                    kind: item.kind.map(|k| r.strings.get(k.key())),
                    part: item.part,
                    start: item.start.or(session.start),
                    end: item.end.or(session.end),
                });
            }
        }
    }
    out
}

impl SessionView {
    pub(super) fn name(&self) -> &str {
        &self.name
    }

    /// The session's items as lines of plain text ("09:00–09:45 1.1 Title (part 1) · Lecture"),
    /// for a calendar entry's description.
    pub(super) fn item_lines(&self, strings: &crate::i18n::Strings) -> Vec<String> {
        (self.items.iter())
            .map(|item| {
                let mut line = match (item.start, item.end) {
                    (Some(s), Some(e)) => format!("{s}–{e} "),
                    (Some(s), None) => format!("{s} "),
                    _ => String::new(),
                };
                match &item.module {
                    Some(m) => line.push_str(&format!("{} {}", m.number, m.title)),
                    None => line.push_str(item.title.as_deref().unwrap_or("")),
                }
                if let Some(part) = item.part {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("n", part);
                    line.push_str(&format!(" ({})", strings.format("part-n", Some(&args))));
                }
                if let Some(kind) = &item.kind {
                    line.push_str(&format!(" · {kind}"));
                }
                if !item.speakers.is_empty() {
                    line.push_str(&format!(" · {}", item.speakers.join(", ")));
                }
                line
            })
            .collect()
    }
}

/// Sessions with their items, for agenda tables (course grid, day pages, events).
pub(crate) fn sessions_view(
    r: &Renderer<'_>,
    course: Option<&Course>,
    sessions: &[Session],
    to_root: &str,
) -> Vec<SessionView> {
    sessions
        .iter()
        .map(|session| SessionView {
            name: session.name.clone(),
            date: session.date.clone(),
            start: session.start,
            end: session.end,
            starts_at: None,
            ends_at: None,
            elsewhere: Vec::new(),
            items: session
                .items
                .iter()
                .map(|item| ItemView {
                    module: course.zip(item.module.as_deref()).and_then(|(c, m)| {
                        let i = c.chapters.iter().position(|ch| ch.meta.id == m)?;
                        let ch = &c.chapters[i];
                        Some(ModuleLink {
                            url: format!("{to_root}{}", urls::chapter(r.locale(), &c.doc.meta.id, m)),
                            title: ch.meta.title.clone(),
                            number: c.numbers[i].clone(),
                            lang: r.lang_of(&ch.origin),
                        })
                    }),
                    title: item.title.clone().or_else(|| item.break_title.clone()),
                    is_break: item.break_title.is_some(),
                    kind: item.kind.map(|k| r.strings.get(k.key())),
                    part: item.part,
                    start: item.start,
                    end: item.end,
                    speakers: item.speakers.clone(),
                })
                .collect(),
        })
        .collect()
}

/// The agenda's day `n` (1-based) as a table, linked to its day page.
pub(crate) fn day_view(r: &Renderer<'_>, course: &Course, n: usize, to_root: &str) -> Option<DayView> {
    let agenda = course.agenda.as_ref()?;
    let day = agenda.days.get(n.checked_sub(1)?)?;
    let day_url = |n: usize| format!("{to_root}{}", urls::day(r.locale(), &course.doc.meta.id, n));
    Some(DayView {
        number: n,
        title: day.title.clone(),
        theme: day.theme.clone(),
        url: Some(day_url(n)),
        date: None,
        sessions: sessions_view(r, Some(course), &day.sessions, to_root),
        prev: (n > 1).then(|| day_url(n - 1)),
        next: (n < agenda.days.len()).then(|| day_url(n + 1)),
    })
}

pub(crate) fn agenda_view(r: &Renderer<'_>, course: &Course, to_root: &str) -> Option<AgendaView> {
    let agenda = course.agenda.as_ref()?;
    let days = (1..=agenda.days.len()).filter_map(|n| day_view(r, course, n, to_root)).collect();
    let mut rows: Vec<String> = Vec::new();
    for day in &agenda.days {
        for s in &day.sessions {
            if !rows.contains(&s.name) {
                rows.push(s.name.clone());
            }
        }
    }
    Some(AgendaView { days, rows })
}

pub(crate) fn render_day(r: &Renderer<'_>, ci: usize, d: usize, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let course = &r.index.cur.courses[ci];
    let url = urls::day(r.locale(), &course.doc.meta.id, d + 1);
    let to_root = urls::to_root(&url);
    let day = day_view(r, course, d + 1, &to_root)?;
    let mut context = Context::new();
    context.insert("course", &course_link(r, course, &to_root));
    let crumbs = vec![r.home_crumb(&url), course_link(r, course, &to_root).into()];
    let mut page = r.page(&url, &day.title, crumbs, Some(ci), None);
    if let Some(agenda) = &course.agenda {
        r.mark_origin(&mut page, &agenda.origin);
    }
    context.insert("day", &day);
    r.emit("day.html", &url, page, context, problems)
}

impl From<TitleLink> for Link {
    fn from(l: TitleLink) -> Link {
        Link { url: l.url, title: l.title, lang: l.lang, ..Link::default() }
    }
}
