//! Durations that must add up: a chapter's teaching and exercise time make its duration; a
//! course's chapters make the course's duration; a deck takes as long as its chapter; the
//! agenda gives each module as much time as the module says it takes. A facilitator plans a day
//! from these figures, so a mismatch is reported at the figure that disagrees (a course's total as
//! a warning, so that a newly added chapter does not stop the build).

use std::collections::BTreeMap;

use crate::content::{Curriculum, Duration};
use crate::diagnostic::Diagnostic;
use crate::path;

pub fn check_durations(cur: &Curriculum) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for course in &cur.courses {
        for ch in &course.chapters {
            let meta = &ch.meta;
            if let (Some(total), Some(teaching), Some(exercises)) = (meta.duration, meta.teaching, meta.exercises) {
                if teaching.0 + exercises.0 != total.0 {
                    let at = ch.tree.pos(path!["duration"]);
                    problems.push(
                        Diagnostic::error(
                            &ch.path,
                            at.line,
                            at.column,
                            format!(
                                "the duration ({total}) is not teaching ({teaching}) plus exercises ({exercises}) = {}",
                                Duration(teaching.0 + exercises.0)
                            ),
                        )
                        .with_hint("make `teaching` and `exercises` add up to `duration`"),
                    );
                }
            }
        }
        let meta = &course.doc.meta;
        let durations: Option<Vec<u32>> = course.chapters.iter().map(|c| c.meta.duration.map(|d| d.0)).collect();
        if let (Some(total), Some(durations)) = (meta.duration, durations) {
            let sum: u32 = durations.iter().sum();
            // (Only when every listed chapter loaded: a failed one was reported already.)
            let all_loaded = course.chapters.len() == meta.chapters.len();
            if sum != total.0 && !course.chapters.is_empty() && all_loaded {
                let at = course.doc.tree.pos(path!["duration"]);
                // A warning: adding a chapter (`coursebook new chapter`) must not break the build.
                problems.push(
                    Diagnostic::warning(
                        &course.doc.path,
                        at.line,
                        at.column,
                        format!(
                            "the course's duration ({total}) is not the sum of its {} chapters' durations ({})",
                            course.chapters.len(),
                            Duration(sum)
                        ),
                    )
                    .with_hint(format!(
                        "if the chapters' durations are right, write `duration: {}`; else correct the chapter that is \
                         wrong",
                        Duration(sum).written()
                    )),
                );
            }
        }
        if let Some(agenda) = &course.agenda {
            // Minutes the agenda gives each module, over all its parts.
            let mut scheduled: BTreeMap<&str, (u32, usize, usize)> = BTreeMap::new();
            for (d, day) in agenda.days.iter().enumerate() {
                for (s, session) in day.sessions.iter().enumerate() {
                    for (i, item) in session.items.iter().enumerate() {
                        if let (Some(module), Some(start), Some(end)) = (&item.module, item.start, item.end) {
                            let entry = scheduled.entry(module.as_str()).or_insert((0, 0, 0));
                            entry.0 += u32::from(end.0.saturating_sub(start.0));
                            if entry.1 == 0 && entry.2 == 0 {
                                let at = agenda.tree.pos(path!["days", d, "sessions", s, "items", i]);
                                (entry.1, entry.2) = (at.line, at.column);
                            }
                        }
                    }
                }
            }
            for (module, (minutes, line, column)) in scheduled {
                let Some(ch) = course.chapters.iter().find(|c| c.meta.id == module) else { continue };
                let Some(duration) = ch.meta.duration else { continue };
                if duration.0 != minutes {
                    problems.push(
                        Diagnostic::error(
                            &agenda.path,
                            line,
                            column,
                            format!(
                                "the agenda gives module `{module}` {}, but the module says it takes {duration}",
                                Duration(minutes)
                            ),
                        )
                        .with_hint(format!("make the times here match, or correct `duration` in {}", ch.path)),
                    );
                }
            }
        }
    }
    for deck in &cur.decks {
        let (Some(chapter), Some(duration)) = (&deck.meta.chapter, deck.meta.duration) else { continue };
        let Some(ch) = cur.courses.iter().flat_map(|c| &c.chapters).find(|c| &c.meta.id == chapter) else { continue };
        if let Some(expected) = ch.meta.duration {
            if expected.0 != duration.0 {
                let at = deck.tree.pos(path!["duration"]);
                problems.push(
                    Diagnostic::error(
                        &deck.path,
                        at.line,
                        at.column,
                        format!("the deck's duration ({duration}) differs from its chapter's ({expected})"),
                    )
                    .with_hint(format!("use the chapter's duration, or correct it in {}", ch.path)),
                );
            }
        }
    }
    problems
}
