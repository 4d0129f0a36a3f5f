//! Workshop agendas (days → sessions → items) and deliveries (one event that runs a course on
//! given dates). The week grid, each day's agenda and event pages are generated from these.

use serde::{Deserialize, Deserializer, Serialize};

use crate::content::{Citation, Origin};
use crate::diagnostic::Diagnostic;
use crate::source::{locate, locate_from, locate_item};

/// `courses/<course>/agenda.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    pub days: Vec<Day>,
    #[serde(skip_deserializing, skip_serializing)]
    pub path: String,
    #[serde(skip_deserializing, skip_serializing)]
    pub yaml: String,
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

/// `deliveries/<id>.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Delivery {
    pub id: String,
    pub title: String,
    pub course: String,
    pub mode: Mode,
    #[serde(default)]
    pub dates: Option<Dates>,
    #[serde(default)]
    pub venue: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub audience: Option<String>,
    #[serde(default)]
    pub timezones: Vec<String>,
    #[serde(default)]
    pub organisers: Vec<String>,
    #[serde(default)]
    pub intro: Option<String>,
    /// What participants will be able to do afterwards.
    #[serde(default)]
    pub objectives: Vec<String>,
    /// What the event is expected to produce.
    #[serde(default)]
    pub outcomes: Vec<String>,
    /// Short visible notes, e.g. where sources disagree and which one is followed.
    #[serde(default)]
    pub notes: Vec<String>,
    /// Which agenda days run on which dates (default: every day, from the start date).
    #[serde(default)]
    pub days: Vec<DayDate>,
    /// An agenda of its own (events that do not follow the course's agenda).
    #[serde(default)]
    pub sessions: Vec<Session>,
    #[serde(default)]
    pub source: Option<Citation>,
    #[serde(default)]
    pub editorial_note: Option<String>,
    #[serde(skip_deserializing, skip_serializing)]
    pub path: String,
    #[serde(skip_deserializing, skip_serializing)]
    pub yaml: String,
    #[serde(skip)]
    pub origin: Origin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    InPerson,
    Online,
    Hybrid,
}

impl Mode {
    pub fn key(self) -> &'static str {
        match self {
            Mode::InPerson => "mode-in-person",
            Mode::Online => "mode-online",
            Mode::Hybrid => "mode-hybrid",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dates {
    pub start: String,
    #[serde(default)]
    pub end: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DayDate {
    pub day: usize,
    pub date: String,
}

fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 3
        && parts[0].len() == 4
        && parts[1].len() == 2
        && parts[2].len() == 2
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && (1..=12).contains(&parts[1].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&parts[2].parse::<u8>().unwrap_or(0))
}

/// Checks an agenda: every item names a module of the course (or is a title or a break), session
/// times are given, item times lie inside their session, in order and without overlap.
pub fn validate_agenda(agenda: &Agenda, modules: &[&str]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let yaml = agenda.yaml.as_str();
    for (d, day) in agenda.days.iter().enumerate() {
        let day_line = locate_item(yaml, 1, "days", d).0;
        for session in &day.sessions {
            let session_line = locate_from(yaml, 1, day_line, "name", Some(&session.name)).0;
            if session.start.is_none() || session.end.is_none() {
                problems.push(
                    Diagnostic::error(
                        &agenda.path,
                        session_line,
                        1,
                        format!("session `{}` of {} needs `start` and `end` times", session.name, day.title),
                    )
                    .with_hint("give the session's times, e.g. start: \"09:00\", end: \"12:00\""),
                );
            }
            problems.extend(check_session(&agenda.path, yaml, session_line, session, Some(modules)));
        }
    }
    problems
}

fn check_session(
    path: &str,
    yaml: &str,
    session_line: usize,
    session: &Session,
    modules: Option<&[&str]>,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    if let (Some(s), Some(e)) = (session.start, session.end) {
        if e <= s {
            problems.push(
                Diagnostic::error(
                    path,
                    session_line,
                    1,
                    format!("session `{}` ends ({e}) before it starts ({s})", session.name),
                )
                .with_hint("check the times"),
            );
        }
    }
    let mut previous_end: Option<Time> = None;
    let lines: Vec<&str> = yaml.lines().collect();
    let mut line = session_line;
    for item in &session.items {
        let label = item.module.as_deref().or(item.title.as_deref()).or(item.break_title.as_deref()).unwrap_or("?");
        // The item is on the first line after the previous one that mentions its label.
        let item_line = (line + 1..=lines.len()).find(|&n| lines[n - 1].contains(label)).unwrap_or(line);
        line = item_line;
        // `key:` on the item's line (flow style) or on a following line (block style).
        let at = |key: &str| {
            let needle = format!("{key}:");
            (item_line..=lines.len().min(item_line + 8))
                .find_map(|n| {
                    lines[n - 1].find(&needle).map(|c| (n, lines[n - 1][..c].chars().count() + needle.len() + 2))
                })
                .unwrap_or((item_line, 1))
        };
        let kinds =
            [item.module.is_some(), item.title.is_some(), item.break_title.is_some()].iter().filter(|b| **b).count();
        if kinds != 1 {
            problems.push(
                Diagnostic::error(
                    path,
                    item_line,
                    1,
                    "an agenda item needs exactly one of `module`, `title` or `break`",
                )
                .with_hint(
                    "write `module: ID` for a module page, `title: ...` for other items, `break: ...` for breaks",
                ),
            );
        }
        if let (Some(m), Some(modules)) = (&item.module, modules) {
            if !modules.contains(&m.as_str()) {
                let (l, c) = at("module");
                let hint = match crate::diagnostic::suggest(m, modules.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "use the `id` of one of the course's module pages".to_string(),
                };
                problems.push(Diagnostic::error(path, l, c, format!("unknown module `{m}`")).with_hint(hint));
            }
        }
        if let (Some(s), Some(e)) = (item.start, item.end) {
            if e <= s {
                let (l, c) = at("end");
                problems.push(
                    Diagnostic::error(path, l, c, format!("`{label}` ends ({e}) before it starts ({s})"))
                        .with_hint("check the times"),
                );
            }
        }
        if let (Some(s), Some(session_start)) = (item.start, session.start) {
            if s < session_start {
                let (l, c) = at("start");
                problems.push(
                    Diagnostic::error(
                        path,
                        l,
                        c,
                        format!("`{label}` starts at {s}, before its session starts ({session_start})"),
                    )
                    .with_hint("move the item into the session's time"),
                );
            }
        }
        if let (Some(e), Some(session_end)) = (item.end, session.end) {
            if e > session_end {
                let (l, c) = at("end");
                problems.push(
                    Diagnostic::error(
                        path,
                        l,
                        c,
                        format!("`{label}` ends at {e}, after its session ends ({session_end})"),
                    )
                    .with_hint("move the item into the session's time, or extend the session"),
                );
            }
        }
        if let (Some(s), Some(prev)) = (item.start, previous_end) {
            if s < prev {
                let (l, c) = at("start");
                problems.push(
                    Diagnostic::error(
                        path,
                        l,
                        c,
                        format!("`{label}` starts at {s}, before the previous item ends ({prev})"),
                    )
                    .with_hint("items must be in order and must not overlap"),
                );
            }
        }
        if item.end.is_some() {
            previous_end = item.end;
        }
    }
    problems
}

pub fn validate_delivery(
    delivery: &Delivery,
    courses: &[&str],
    days_in_course: impl Fn(&str) -> usize,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let yaml = delivery.yaml.as_str();
    if !courses.contains(&delivery.course.as_str()) {
        let (l, c) = locate(yaml, 1, "course", Some(&delivery.course));
        problems.push(
            Diagnostic::error(&delivery.path, l, c, format!("unknown course `{}`", delivery.course))
                .with_hint(format!("use one of: {}", courses.join(", "))),
        );
    }
    let mut dates: Vec<(&str, &str)> = Vec::new();
    if let Some(d) = &delivery.dates {
        dates.push(("start", &d.start));
        if let Some(e) = &d.end {
            dates.push(("end", e));
        }
    }
    dates.extend(delivery.days.iter().map(|d| ("date", d.date.as_str())));
    dates.extend(delivery.sessions.iter().filter_map(|s| s.date.as_deref()).map(|d| ("date", d)));
    for (key, date) in dates {
        if !is_date(date) {
            let (l, c) = locate(yaml, 1, key, Some(date));
            problems.push(
                Diagnostic::error(&delivery.path, l, c, format!("invalid date `{date}`"))
                    .with_hint("write dates as YYYY-MM-DD"),
            );
        }
    }
    let available = days_in_course(&delivery.course);
    for (i, d) in delivery.days.iter().enumerate() {
        if d.day == 0 || d.day > available {
            let (l, c) = locate_item(yaml, 1, "days", i);
            problems.push(
                Diagnostic::error(
                    &delivery.path,
                    l,
                    c,
                    format!("day {} is not in the course's agenda ({available} days)", d.day),
                )
                .with_hint("number days from 1"),
            );
        }
    }
    let session_start = locate(yaml, 1, "sessions", None).0;
    for s in &delivery.sessions {
        let line = locate_from(yaml, 1, session_start, "name", Some(&s.name)).0;
        problems.extend(check_session(&delivery.path, yaml, line, s, None));
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

    #[test]
    fn parses_times() {
        assert_eq!(Time::parse("09:30").unwrap(), Time(570));
        assert!(Time::parse("9:30").is_err());
        assert!(Time::parse("24:00").is_err());
    }

    #[test]
    fn checks_times_and_modules() {
        let yaml = "days:\n  - title: Day 1\n    sessions:\n      - name: Morning\n        start: \"09:00\"\n        end: \"12:00\"\n        items:\n          - { module: a, start: \"09:00\", end: \"10:00\" }\n          - { module: x, start: \"09:30\", end: \"12:30\" }\n";
        let mut agenda: Agenda = serde_yaml::from_str(yaml).unwrap();
        agenda.path = "agenda.yaml".into();
        agenda.yaml = yaml.into();
        let messages: Vec<String> = validate_agenda(&agenda, &["a", "b"])
            .iter()
            .map(|d| format!("{}:{} {}", d.line, d.column, d.message))
            .collect();
        assert_eq!(
            messages,
            [
                "9:23 unknown module `x`",
                "9:47 `x` ends at 12:30, after its session ends (12:00)",
                "9:33 `x` starts at 09:30, before the previous item ends (10:00)",
            ]
        );
    }

    #[test]
    fn numbers_modules_by_day() {
        let yaml = "days:\n  - title: D1\n    sessions:\n      - name: M\n        items: [{module: a}, {break: Lunch}, {module: b, part: 1}]\n      - name: A\n        items: [{module: b, part: 2}, {title: Adjourn}]\n  - title: D2\n    sessions:\n      - name: M\n        items: [{module: c}]\n";
        let agenda: Agenda = serde_yaml::from_str(yaml).unwrap();
        assert_eq!(
            module_numbers(&agenda),
            [("a".into(), "1.1".into()), ("b".into(), "1.2".into()), ("c".into(), "2.1".into())]
        );
    }
}
