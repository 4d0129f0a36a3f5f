//! Workshop agendas (`courses/<course>/agenda.yaml`: days → sessions → items). The week grid,
//! each day's page and the module numbers ("2.3") are generated from them.

use serde::{Deserialize, Deserializer, Serialize};

use crate::diagnostic::Diagnostic;
use crate::path;
use crate::source::yaml::{Pos, Seg, Tree};

/// `courses/<course>/agenda.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    pub days: Vec<Day>,
    #[serde(skip_deserializing, skip_serializing)]
    pub path: String,
    #[serde(skip)]
    pub tree: Tree,
    /// The file's text (word counts for the translation status).
    #[serde(skip)]
    pub yaml: String,
    #[serde(skip)]
    pub origin: crate::content::Origin,
}

impl crate::content::Structure for Agenda {
    /// A translated agenda keeps days, sessions, times, modules and item types; it translates
    /// titles, themes, session names and breaks.
    fn structure_diff(&self, t: &Self, d: &mut crate::content::structure::Differ) {
        if !d.count(path!["days"], "day", t.days.len(), self.days.len()) {
            return;
        }
        let time = |x: Option<Time>| x.map(|x| x.to_string());
        for (di, (hd, sd)) in t.days.iter().zip(&self.days).enumerate() {
            let day = format!("day {}", di + 1);
            if !d.count(
                path!["days", di, "sessions"],
                &format!("session of {day}"),
                hd.sessions.len(),
                sd.sessions.len(),
            ) {
                continue;
            }
            for (si, (hs, ss)) in hd.sessions.iter().zip(&sd.sessions).enumerate() {
                let session = format!("session {} of {day}", si + 1);
                d.field(
                    path!["days", di, "sessions", si, "date"],
                    &format!("the date of {session}"),
                    &hs.date,
                    &ss.date,
                );
                d.field(
                    path!["days", di, "sessions", si, "start"],
                    &format!("the start of {session}"),
                    &time(hs.start),
                    &time(ss.start),
                );
                d.field(
                    path!["days", di, "sessions", si, "end"],
                    &format!("the end of {session}"),
                    &time(hs.end),
                    &time(ss.end),
                );
                let at = path!["days", di, "sessions", si, "items"];
                if !d.count(at, &format!("item of {session}"), hs.items.len(), ss.items.len()) {
                    continue;
                }
                for (ii, (h, s)) in hs.items.iter().zip(&ss.items).enumerate() {
                    let of = |what: &str| format!("{what} of item {} of {session}", ii + 1);
                    let item = |key: &'static str| {
                        [
                            Seg::Key("days"),
                            Seg::Index(di),
                            Seg::Key("sessions"),
                            Seg::Index(si),
                            Seg::Key("items"),
                            Seg::Index(ii),
                            Seg::Key(key),
                        ]
                    };
                    d.field(&item("module"), &of("the module"), &h.module, &s.module);
                    d.field(&item("type"), &of("the type"), &h.kind.map(|k| k.key()), &s.kind.map(|k| k.key()));
                    d.field(&item("part"), &of("the part"), &h.part, &s.part);
                    d.field(&item("start"), &of("the start"), &time(h.start), &time(s.start));
                    d.field(&item("end"), &of("the end"), &time(h.end), &time(s.end));
                    d.field(
                        &item("break"),
                        &of("whether it is a break"),
                        &h.break_title.is_some(),
                        &s.break_title.is_some(),
                    );
                }
            }
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    pub title: String,
    #[serde(default)]
    pub theme: Option<String>,
    pub sessions: Vec<Session>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub name: String,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub start: Option<Time>,
    #[serde(default)]
    pub end: Option<Time>,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// A module page (a chapter id of the course).
    #[serde(default)]
    pub module: Option<String>,
    /// A free-standing item ("Opening remarks", "Adjourn").
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default, rename = "break")]
    pub break_title: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<ItemKind>,
    #[serde(default)]
    pub part: Option<u8>,
    #[serde(default)]
    pub start: Option<Time>,
    #[serde(default)]
    pub end: Option<Time>,
    #[serde(default)]
    pub speakers: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    Welcome,
    Lecture,
    Plenary,
    GroupExercise,
    CaseStudy,
    WrapUp,
    Evaluation,
    Panel,
    Discussion,
}

impl ItemKind {
    pub fn key(self) -> &'static str {
        match self {
            ItemKind::Welcome => "item-welcome",
            ItemKind::Lecture => "item-lecture",
            ItemKind::Plenary => "item-plenary",
            ItemKind::GroupExercise => "item-group-exercise",
            ItemKind::CaseStudy => "item-case-study",
            ItemKind::WrapUp => "item-wrap-up",
            ItemKind::Evaluation => "item-evaluation",
            ItemKind::Panel => "item-panel",
            ItemKind::Discussion => "item-discussion",
        }
    }
}

/// A time of day, `HH:MM`, in minutes after midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Time(pub u16);

impl Time {
    /// This time of day on `date`.
    pub fn on(self, date: jiff::civil::Date) -> jiff::civil::DateTime {
        date.at((self.0 / 60) as i8, (self.0 % 60) as i8, 0, 0)
    }

    pub fn parse(text: &str) -> Result<Time, String> {
        let err = || format!("invalid time `{text}`: write it as HH:MM, e.g. \"09:30\"");
        let (h, m) = text.split_once(':').ok_or_else(err)?;
        let (h, m): (u16, u16) = (h.parse().map_err(|_| err())?, m.parse().map_err(|_| err())?);
        if h > 23 || m > 59 || text.len() != 5 {
            return Err(err());
        }
        Ok(Time(h * 60 + m))
    }
}

impl std::fmt::Display for Time {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for Time {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Time::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// Checks an agenda: every item names a module of the course (or is a title or a break), session
/// times are given, sessions of a day do not overlap, item times lie inside their session, in
/// order and without overlap.
pub fn validate_agenda(agenda: &Agenda, modules: &[&str]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (d, day) in agenda.days.iter().enumerate() {
        let sessions: Vec<(Vec<Seg<'_>>, &Session)> = day
            .sessions
            .iter()
            .enumerate()
            .map(|(s, session)| (vec![Seg::from("days"), d.into(), "sessions".into(), s.into()], session))
            .collect();
        for (at, session) in &sessions {
            if session.start.is_none() || session.end.is_none() {
                let pos = agenda.tree.pos(at);
                problems.push(
                    Diagnostic::error(
                        &agenda.path,
                        pos.line,
                        pos.column,
                        format!("session `{}` of {} needs `start` and `end` times", session.name, day.title),
                    )
                    .with_hint("give the session's times, e.g. start: \"09:00\", end: \"12:00\""),
                );
            }
        }
        problems.extend(check_sessions_in_order(&agenda.path, &agenda.tree, &sessions));
        for (at, session) in &sessions {
            problems.extend(check_session(&agenda.path, &agenda.tree, at, session, Some(modules)));
        }
    }
    problems.extend(check_modules_scheduled(agenda, modules));
    problems
}

/// Every module of the course is scheduled, and once, unless it is split into parts
/// (`part: 1`, `part: 2`): a module written twice where another was meant leaves that other
/// one out of the workshop.
fn check_modules_scheduled(agenda: &Agenda, modules: &[&str]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut first: std::collections::HashMap<(&str, Option<u8>), Pos> = std::collections::HashMap::new();
    for (d, day) in agenda.days.iter().enumerate() {
        for (s, session) in day.sessions.iter().enumerate() {
            for (i, item) in session.items.iter().enumerate() {
                let Some(module) = item.module.as_deref().filter(|m| modules.contains(m)) else { continue };
                let at = agenda.tree.pos(&[
                    Seg::from("days"),
                    d.into(),
                    "sessions".into(),
                    s.into(),
                    "items".into(),
                    i.into(),
                    "module".into(),
                ]);
                if let Some(earlier) = first.insert((module, item.part), at) {
                    first.insert((module, item.part), earlier);
                    problems.push(
                        Diagnostic::error(
                            &agenda.path,
                            at.line,
                            at.column,
                            format!("module `{module}` is already scheduled on line {}", earlier.line),
                        )
                        .with_hint(match item.part {
                            None => "schedule another module here, or, to split a long module across sessions, give each piece `part: 1`, `part: 2`, ...".to_string(),
                            Some(p) => format!("part {p} of `{module}` is scheduled twice: number the parts 1, 2, ..."),
                        }),
                    );
                }
            }
        }
    }
    let scheduled: std::collections::HashSet<&str> = first.keys().map(|(m, _)| *m).collect();
    let missing: Vec<&str> = modules.iter().copied().filter(|m| !scheduled.contains(m)).collect();
    if !missing.is_empty() && !scheduled.is_empty() {
        let list: Vec<String> = missing.iter().map(|m| format!("`{m}`")).collect();
        problems.push(
            Diagnostic::warning(
                &agenda.path,
                agenda.tree.start.line,
                1,
                format!("the agenda does not schedule {} of the course's modules: {}", missing.len(), list.join(", ")),
            )
            .with_hint("add each to a session (`- module: ID`), or remove it from the course's `chapters:`"),
        );
    }
    problems
}

/// Sessions of one day (each with its path in `tree`) must be in order and must not overlap.
pub(crate) fn check_sessions_in_order(
    path: &str,
    tree: &Tree,
    sessions: &[(Vec<Seg<'_>>, &Session)],
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut previous: Option<(&Session, Time)> = None;
    for (at, session) in sessions {
        if let (Some((before, end)), Some(start)) = (previous, session.start) {
            if start < end {
                let p = tree.pos(&[at.as_slice(), path!["start"]].concat());
                problems.push(
                    Diagnostic::error(
                        path,
                        p.line,
                        p.column,
                        format!(
                            "session `{}` starts at {start}, before `{}` of the same day ends ({end})",
                            session.name, before.name
                        ),
                    )
                    .with_hint("sessions of a day must be in order and must not overlap"),
                );
            }
        }
        if let Some(end) = session.end {
            previous = Some((session, end));
        }
    }
    problems
}

/// Checks one session's times and items; `at` is the session's path in `tree`.
pub(crate) fn check_session(
    path: &str,
    tree: &Tree,
    at: &[Seg<'_>],
    session: &Session,
    modules: Option<&[&str]>,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let field = |parts: &[Seg<'_>]| tree.pos(&[at, parts].concat());
    if let (Some(s), Some(e)) = (session.start, session.end) {
        if e <= s {
            let p = field(path!["end"]);
            problems.push(
                Diagnostic::error(
                    path,
                    p.line,
                    p.column,
                    format!("session `{}` ends ({e}) before it starts ({s})", session.name),
                )
                .with_hint("check the times"),
            );
        }
    }
    let mut previous_end: Option<Time> = None;
    for (i, item) in session.items.iter().enumerate() {
        let label = item.module.as_deref().or(item.title.as_deref()).or(item.break_title.as_deref()).unwrap_or("?");
        let item_at = |key: &str| field(&[Seg::from("items"), Seg::from(i), Seg::from(key)]);
        let kinds =
            [item.module.is_some(), item.title.is_some(), item.break_title.is_some()].iter().filter(|b| **b).count();
        if kinds != 1 {
            let p = field(&[Seg::from("items"), Seg::from(i)]);
            problems.push(
                Diagnostic::error(
                    path,
                    p.line,
                    p.column,
                    "an agenda item needs exactly one of `module`, `title` or `break`",
                )
                .with_hint(
                    "write `module: ID` for a module page, `title: ...` for other items, `break: ...` for breaks",
                ),
            );
        }
        if let (Some(m), Some(modules)) = (&item.module, modules) {
            if !modules.contains(&m.as_str()) {
                let p = item_at("module");
                let hint = match crate::diagnostic::suggest(m, modules.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "use the `id` of one of the course's module pages".to_string(),
                };
                problems
                    .push(Diagnostic::error(path, p.line, p.column, format!("unknown module `{m}`")).with_hint(hint));
            }
        }
        let mut time_problem = |key: &str, message: String, hint: &str| {
            let p = item_at(key);
            problems.push(Diagnostic::error(path, p.line, p.column, message).with_hint(hint));
        };
        if let (Some(s), Some(e)) = (item.start, item.end) {
            if e <= s {
                time_problem("end", format!("`{label}` ends ({e}) before it starts ({s})"), "check the times");
            }
        }
        if let (Some(s), Some(session_start)) = (item.start, session.start) {
            if s < session_start {
                time_problem(
                    "start",
                    format!("`{label}` starts at {s}, before its session starts ({session_start})"),
                    "move the item into the session's time",
                );
            }
        }
        if let (Some(e), Some(session_end)) = (item.end, session.end) {
            if e > session_end {
                time_problem(
                    "end",
                    format!("`{label}` ends at {e}, after its session ends ({session_end})"),
                    "move the item into the session's time, or extend the session",
                );
            }
        }
        if let (Some(s), Some(prev)) = (item.start, previous_end) {
            if s < prev {
                time_problem(
                    "start",
                    format!("`{label}` starts at {s}, before the previous item ends ({prev})"),
                    "items must be in order and must not overlap",
                );
            }
        }
        if item.end.is_some() {
            previous_end = item.end;
        }
    }
    problems
}

/// Module numbers "D.N" for a course taught from an agenda: N counts the distinct modules of
/// day D in agenda order. Modules not on the agenda get no number.
pub fn module_numbers(agenda: &Agenda) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (d, day) in agenda.days.iter().enumerate() {
        let mut n = 0;
        for item in day.sessions.iter().flat_map(|s| &s.items) {
            if let Some(m) = &item.module {
                if !out.iter().any(|(id, _)| id == m) {
                    n += 1;
                    out.push((m.clone(), format!("{}.{}", d + 1, n)));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agenda(yaml: &str) -> Agenda {
        let (mut agenda, tree) = crate::source::yaml::parse::<Agenda>("agenda.yaml", yaml, 1).unwrap();
        agenda.path = "agenda.yaml".into();
        agenda.tree = tree;
        agenda
    }

    #[test]
    fn parses_times() {
        assert_eq!(Time::parse("09:30").unwrap(), Time(570));
        assert!(Time::parse("9:30").is_err());
        assert!(Time::parse("24:00").is_err());
    }

    #[test]
    fn a_module_scheduled_twice_is_an_error_unless_split_into_parts() {
        let yaml = "days:\n  - title: Day 1\n    sessions:\n      - name: Morning\n        start: \"09:00\"\n        end: \"12:00\"\n        items:\n          - { module: a, start: \"09:00\", end: \"10:00\" }\n          - { module: a, start: \"10:00\", end: \"11:00\" }\n          - { module: b, part: 1, start: \"11:00\", end: \"11:30\" }\n          - { module: b, part: 2, start: \"11:30\", end: \"12:00\" }\n";
        let messages: Vec<String> = validate_agenda(&agenda(yaml), &["a", "b", "c"])
            .iter()
            .map(|d| format!("{}:{} {}", d.line, d.column, d.message))
            .collect();
        assert_eq!(
            messages,
            [
                "9:23 module `a` is already scheduled on line 8",
                "1:1 the agenda does not schedule 1 of the course's modules: `c`",
            ]
        );
    }

    #[test]
    fn checks_times_and_modules() {
        let yaml = "days:\n  - title: Day 1\n    sessions:\n      - name: Morning\n        start: \"09:00\"\n        end: \"12:00\"\n        items:\n          - { module: a, start: \"09:00\", end: \"10:00\" }\n          - { module: x, start: \"09:30\", end: \"12:30\" }\n      - name: Late\n        start: \"11:00\"\n        end: \"13:00\"\n        items: []\n";
        let messages: Vec<String> = validate_agenda(&agenda(yaml), &["a", "b"])
            .iter()
            .map(|d| format!("{}:{} {}", d.line, d.column, d.message))
            .collect();
        assert_eq!(
            messages,
            [
                "11:16 session `Late` starts at 11:00, before `Morning` of the same day ends (12:00)",
                "9:23 unknown module `x`",
                "9:47 `x` ends at 12:30, after its session ends (12:00)",
                "9:33 `x` starts at 09:30, before the previous item ends (10:00)",
                "1:1 the agenda does not schedule 1 of the course's modules: `b`",
            ]
        );
    }

    #[test]
    fn numbers_modules_by_day() {
        let yaml = "days:\n  - title: D1\n    sessions:\n      - name: M\n        items: [{module: a}, {break: Lunch}, {module: b, part: 1}]\n      - name: A\n        items: [{module: b, part: 2}, {title: Adjourn}]\n  - title: D2\n    sessions:\n      - name: M\n        items: [{module: c}]\n";
        assert_eq!(
            module_numbers(&agenda(yaml)),
            [("a".into(), "1.1".into()), ("b".into(), "1.2".into()), ("c".into(), "2.1".into())]
        );
    }
}
