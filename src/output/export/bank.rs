//! What a question bank holds: the quizzes of the selected courses, each in a category named
//! after its course, chapter and quiz, and a warning (file:line of the question) for every
//! question a format cannot carry.

use crate::content::quiz::{Question, Quiz};
use crate::content::{Course, Curriculum};
use crate::diagnostic::Diagnostic;
use crate::path;

use super::text::{BankHtml, BankText, LostImage};

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

/// The texts of one question as HTML, with the files they show and the images they lost.
pub struct QuestionText<'a> {
    text: &'a BankText,
    quiz: &'a Quiz,
    /// Root-relative paths of the images the question's texts embed, in order.
    pub files: Vec<String>,
    /// (the text, the image's path, its offset in the text, why it is lost).
    lost: Vec<(String, String, usize, LostImage)>,
}

impl<'a> QuestionText<'a> {
    pub fn new(text: &'a BankText, quiz: &'a Quiz) -> Self {
        QuestionText { text, quiz, files: Vec::new(), lost: Vec::new() }
    }

    /// One text of the question (Markdown) as HTML.
    pub fn html(&mut self, markdown: &str) -> BankHtml {
        let html = self.text.html(markdown, &self.quiz.path);
        for f in &html.files {
            if !self.files.contains(f) {
                self.files.push(f.clone());
            }
        }
        self.lost.extend(html.lost.iter().map(|(dest, at, why)| (markdown.to_string(), dest.clone(), *at, *why)));
        html
    }

    /// A text that takes no markup (a matching answer).
    pub fn plain(&self, markdown: &str) -> String {
        self.text.plain(markdown)
    }

    /// One text as HTML for a place that carries no files (a category's description): its
    /// images link to the published site, or are their alt text.
    pub fn html_without_files(&mut self, markdown: &str) -> BankHtml {
        let html = self.text.html_with(markdown, &self.quiz.path, &self.text.images_without_files());
        self.lost.extend(html.lost.iter().map(|(dest, at, why)| (markdown.to_string(), dest.clone(), *at, *why)));
        html
    }

    /// A warning at each image the export shows as its alt text, at the image in the quiz file.
    /// `no_files` says why the place cannot carry files, and what to do instead.
    pub fn warnings(&self, format: &str, no_files: NoFiles) -> Vec<Diagnostic> {
        self.lost
            .iter()
            .map(|(markdown, dest, offset, why)| {
                let (line, column) = line_column(markdown, *offset);
                let pos = match self.quiz.tree.find_scalar(markdown) {
                    Some(node) => self.quiz.tree.position_in(&self.quiz.yaml, node, line, column),
                    None => self.quiz.tree.start,
                };
                let (message, hint) = match why {
                    LostImage::NotFound => (
                        format!("image `{dest}` not found: the {format} export shows its alt text"),
                        "put the file under `static/` and give its path relative to this file",
                    ),
                    LostImage::NotCarried => (
                        format!(
                            "image `{dest}` is not in the {format} export ({}, and site.yaml has no `base_url` to link it): its alt text is shown",
                            no_files.reason
                        ),
                        no_files.hint,
                    ),
                };
                Diagnostic::warning(&self.quiz.path, pos.line, pos.column, message).with_hint(hint)
            })
            .collect()
    }
}

/// Why a place of a bank cannot carry an image file, and what to do instead.
#[derive(Clone, Copy)]
pub struct NoFiles {
    pub reason: &'static str,
    pub hint: &'static str,
}

/// A GIFT file carries no files at all.
pub const GIFT_HAS_NO_FILES: NoFiles = NoFiles {
    reason: "GIFT cannot carry files",
    hint: "import the Moodle XML export (`coursebook export moodle-xml`), which carries the image, or set `base_url` in site.yaml to link the published one",
};

/// Moodle XML carries the files of questions, not of a category's description.
pub const CATEGORY_HAS_NO_FILES: NoFiles = NoFiles {
    reason: "a category's description (the quiz's `intro`) carries no files",
    hint: "set `base_url` in site.yaml to link the published image, or show the image in a question",
};

/// The 1-based line and column (in characters) of byte `offset` of `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
    (line, column)
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
