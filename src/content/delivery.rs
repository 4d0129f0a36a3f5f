//! Deliveries (`deliveries/<id>.yaml`): one event that runs a course on given dates, in given
//! time zones, with its own programme or the course agenda's days.

use serde::{Deserialize, Serialize};

use crate::content::agenda::{check_session, check_sessions_in_order, Session};
use crate::content::{Citation, Origin, Structure};
use crate::diagnostic::Diagnostic;
use crate::path;
use crate::source::yaml::{Seg, Tree};

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
    pub tree: Tree,
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

/// A calendar date `YYYY-MM-DD` that exists (no 30 February).
pub fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    let shaped = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    match text.parse::<jiff::civil::Date>() {
        Ok(date) if shaped => Ok(date),
        Ok(_) => Err(format!("`{text}` is not written as YYYY-MM-DD")),
        Err(_) if shaped => Err(format!("`{text}` is not a date in the calendar")),
        Err(_) => Err(format!("`{text}` is not a date written as YYYY-MM-DD")),
    }
}

pub fn validate_delivery(
    delivery: &Delivery,
    courses: &[&str],
    days_in_course: impl Fn(&str) -> usize,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let tree = &delivery.tree;
    let mut error = |at: &[Seg<'_>], message: String, hint: String| {
        let p = tree.pos(at);
        problems.push(Diagnostic::error(&delivery.path, p.line, p.column, message).with_hint(hint));
    };
    if !courses.contains(&delivery.course.as_str()) {
        error(
            path!["course"],
            format!("unknown course `{}`", delivery.course),
            format!("use one of: {}", courses.join(", ")),
        );
    }
    let mut dates: Vec<(Vec<Seg<'_>>, &str)> = Vec::new();
    if let Some(d) = &delivery.dates {
        dates.push((vec!["dates".into(), "start".into()], &d.start));
        if let Some(e) = &d.end {
            dates.push((vec!["dates".into(), "end".into()], e));
        }
    }
    for (i, d) in delivery.days.iter().enumerate() {
        dates.push((vec!["days".into(), i.into(), "date".into()], &d.date));
    }
    for (i, s) in delivery.sessions.iter().enumerate() {
        if let Some(d) = &s.date {
            dates.push((vec!["sessions".into(), i.into(), "date".into()], d));
        }
    }
    let mut parsed = Vec::new();
    for (at, date) in &dates {
        match parse_date(date) {
            Ok(d) => parsed.push((at.clone(), d)),
            Err(message) => {
                error(at, format!("invalid date: {message}"), "write dates as YYYY-MM-DD, e.g. 2023-03-14".into())
            }
        }
    }
    let find = |key: &str| parsed.iter().find(|(at, _)| at.len() == 2 && at[1] == Seg::Key(key)).map(|(_, d)| *d);
    if let (Some(start), Some(end)) = (find("start"), find("end")) {
        if end < start {
            error(
                path!["dates", "end"],
                format!("the event ends ({end}) before it starts ({start})"),
                "check the dates".into(),
            );
        }
    }
    // A day or session dated outside the event's dates (a month typed wrong) would put it in
    // the calendar file on the wrong date.
    if let Some(start) = find("start") {
        let end = find("end").unwrap_or(start);
        if start <= end {
            for (at, date) in parsed.iter().filter(|(at, _)| at.len() == 3) {
                if *date < start || *date > end {
                    error(
                        at,
                        format!("{date} is outside the event's dates ({start} to {end})"),
                        "check the date, or the event's `dates:`".into(),
                    );
                }
            }
        }
    }
    for (i, zone) in delivery.timezones.iter().enumerate() {
        if jiff::tz::TimeZone::get(zone).is_err() {
            error(
                &[Seg::from("timezones"), Seg::from(i)],
                format!("unknown time zone `{zone}`"),
                "use an IANA time zone name, e.g. Europe/Istanbul, Asia/Seoul or UTC".into(),
            );
        }
    }
    let available = days_in_course(&delivery.course);
    for (i, d) in delivery.days.iter().enumerate() {
        if d.day == 0 || d.day > available {
            error(
                &[Seg::from("days"), Seg::from(i), Seg::from("day")],
                format!("day {} is not in the course's agenda ({available} days)", d.day),
                "number days from 1".into(),
            );
        }
    }
    // Sessions on the same date (or all, when no dates are given) must not overlap.
    let mut dates: Vec<Option<&String>> = delivery.sessions.iter().map(|s| s.date.as_ref()).collect();
    dates.dedup();
    for date in dates {
        let same_day: Vec<(Vec<Seg<'_>>, &Session)> = delivery
            .sessions
            .iter()
            .enumerate()
            .filter(|(_, s)| s.date.as_ref() == date)
            .map(|(i, s)| (vec![Seg::from("sessions"), Seg::from(i)], s))
            .collect();
        problems.extend(check_sessions_in_order(&delivery.path, tree, &same_day));
    }
    for (i, s) in delivery.sessions.iter().enumerate() {
        problems.extend(check_session(&delivery.path, tree, &[Seg::from("sessions"), Seg::from(i)], s, None));
    }
    problems
}

impl Structure for Delivery {
    fn structure_diff(&self, t: &Self, d: &mut crate::content::structure::Differ) {
        use crate::path;
        d.field(path!["id"], "`id`", &t.id, &self.id);
        d.field(path!["course"], "`course`", &t.course, &self.course);
        let start = |x: &Delivery| x.dates.as_ref().map(|r| r.start.clone());
        let end = |x: &Delivery| x.dates.as_ref().and_then(|r| r.end.clone());
        d.field(path!["dates", "start"], "the start date", &start(t), &start(self));
        d.field(path!["dates", "end"], "the end date", &end(t), &end(self));
        d.count(path!["sessions"], "session", t.sessions.len(), self.sessions.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist() {
        assert!(parse_date("2023-02-28").is_ok());
        assert_eq!(parse_date("2023-02-30").unwrap_err(), "`2023-02-30` is not a date in the calendar");
        assert!(parse_date("2023-2-3").is_err());
    }
}
