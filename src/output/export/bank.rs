//! What a question bank holds: the quizzes of the selected courses, each in a category named
//! after its course, chapter and quiz, and a warning (file:line of the question) for every
//! question a format cannot carry.

use crate::content::quiz::{Question, Quiz};
use crate::content::{Course, Curriculum};
use crate::diagnostic::Diagnostic;
use crate::path;

use super::text::BankText;

/// One quiz of a bank with the category path it goes into (course, chapter, quiz).
pub struct BankQuiz<'c> {
    pub category: Vec<String>,
    pub quiz: &'c Quiz,
}

/// The quizzes of `courses` in course and chapter order: each chapter's `quiz` and
/// `reflections`, then the quizzes its text links (`quiz:ID`). A quiz used by several chapters is
/// exported once, under the first. With `all_courses`, quizzes no chapter uses follow, in a
/// category named after the site.
pub fn quizzes<'c>(
    cur: &'c Curriculum,
    courses: &[&'c Course],
    all_courses: bool,
    text: &BankText,
) -> Vec<BankQuiz<'c>> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for course in courses {
        for (i, ch) in course.chapters.iter().enumerate() {
            let linked = ch.body.split("(quiz:").skip(1).filter_map(|rest| rest.split([')', '#']).next());
            let ids: Vec<&str> =
                ch.meta.quiz.iter().chain(&ch.meta.reflections).map(String::as_str).chain(linked).collect();
            for id in ids {
                let Some(quiz) = cur.quizzes.iter().find(|q| q.id == id) else { continue };
                if !seen.insert(quiz.id.as_str()) {
                    continue;
                }
                let number = &course.numbers[i];
                let chapter = if number.contains('.') {
                    format!("{number} {}", text.plain(&ch.meta.title))
                } else {
                    format!("{number}. {}", text.plain(&ch.meta.title))
                };
                out.push(BankQuiz {
                    category: vec![text.plain(&course.doc.meta.title), chapter, text.plain(&quiz.title)],
                    quiz,
                });
            }
        }
    }
    if all_courses {
        for quiz in cur.quizzes.iter().filter(|q| !seen.contains(q.id.as_str())) {
            out.push(BankQuiz { category: vec![text.plain(&cur.site.title), text.plain(&quiz.title)], quiz });
        }
    }
    out
}

/// A warning at the question: it is left out of the bank, and why.
pub fn left_out(quiz: &Quiz, index: usize, format: &str, reason: &str, hint: &str) -> Diagnostic {
    let pos = quiz.tree.pos(path!["questions", index]);
    let q: &Question = &quiz.questions[index];
    Diagnostic::warning(
        &quiz.path,
        pos.line,
        pos.column,
        format!("question `{}` ({}) is not in the {format} export: {reason}", q.id, q.kind.name()),
    )
    .with_hint(hint)
}

/// Moodle's grade list (question/engine/lib.php, `question_bank::fraction_options_full`) has
/// 100/n % for n = 1..=10 and a few others; an import form rejects any other weight.
pub fn share_of_hundred(n: usize) -> Option<String> {
    match n {
        1..=10 => Some(percent(100.0 / n as f64)),
        _ => None,
    }
}

/// A percentage as Moodle writes it: up to five decimals, no trailing zeros.
pub fn percent(value: f64) -> String {
    let text = format!("{value:.5}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.to_string()
    }
}

/// A number without a needless `.0` (`20`, `2.5`).
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_match_moodles_grade_list() {
        assert_eq!(share_of_hundred(1).as_deref(), Some("100"));
        assert_eq!(share_of_hundred(3).as_deref(), Some("33.33333"));
        assert_eq!(share_of_hundred(7).as_deref(), Some("14.28571"));
        assert_eq!(share_of_hundred(11), None);
        assert_eq!(number(20.0), "20");
        assert_eq!(number(2.5), "2.5");
    }
}
