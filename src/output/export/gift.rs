//! GIFT, Moodle's plain-text question format (docs.moodle.org, "GIFT format"). Every text is
//! HTML (`[html]`), with GIFT's special characters escaped.

use crate::content::quiz::{Question, QuestionKind, Quiz};
use crate::diagnostic::Diagnostic;

use crate::path;

use super::bank::{self, BankQuiz, QuestionText};
use super::text::BankText;

/// The GIFT file of `quizzes`, and a warning for each question left out or changed.
pub fn gift(quizzes: &[BankQuiz<'_>], text: &BankText, locale: &str) -> (String, Vec<Diagnostic>) {
    let mut out = format!(
        "// Question bank exported by coursebook (locale: {locale}). Import: Question bank > Import > GIFT.\n\n"
    );
    let mut problems = Vec::new();
    // Model answers: counted, and reported once (a curriculum may have dozens).
    let mut model_answers: Vec<(&Quiz, usize)> = Vec::new();
    for bq in quizzes {
        let path: Vec<String> = bq.category.iter().map(|c| c.replace('/', "//")).collect();
        out.push_str(&format!("$CATEGORY: $course$/top/{}\n\n", escape_category(&path.join("/"))));
        for (index, q) in bq.quiz.questions.iter().enumerate() {
            let mut texts = QuestionText::new(text, bq.quiz);
            match question(bq.quiz, q, &mut texts) {
                Ok(gift) => {
                    out.push_str(&gift);
                    out.push_str("\n\n");
                    problems.extend(texts.warnings("GIFT", bank::GIFT_HAS_NO_FILES));
                    if q.points() > 1 {
                        let at = bq.quiz.tree.pos(path!["questions", index, "points"]);
                        problems.push(
                            Diagnostic::warning(
                                &bq.quiz.path,
                                at.line,
                                at.column,
                                format!(
                                    "question `{}` is worth {} points here, but GIFT has no marks: Moodle imports it with 1 mark",
                                    q.id,
                                    q.points()
                                ),
                            )
                            .with_hint("set its default mark in Moodle after the import, or import the Moodle XML export, which keeps it"),
                        );
                    }
                    if q.model_answer.is_some() {
                        model_answers.push((bq.quiz, index));
                    }
                }
                Err((reason, hint)) => problems.push(bank::left_out(bq.quiz, index, "GIFT", reason, hint)),
            }
        }
    }
    if let Some(&(quiz, index)) = model_answers.first() {
        let at = quiz.tree.key_pos(path!["questions", index, "model_answer"]);
        let others = match model_answers.len() {
            1 => String::new(),
            n => format!(" (this one and {} more)", n - 1),
        };
        problems.push(
            Diagnostic::warning(
                &quiz.path,
                at.line,
                at.column,
                format!("model answers are not in the GIFT export{others}: GIFT has no information for graders"),
            )
            .with_hint(
                "import the Moodle XML export (`coursebook export moodle-xml`): it gives graders the model answers",
            ),
        );
    }
    (out, problems)
}

/// Category names are read up to the end of the line: only line breaks need care.
fn escape_category(name: &str) -> String {
    name.replace(['\n', '\r'], " ")
}

type Unmapped = (&'static str, &'static str);

fn question(quiz: &Quiz, q: &Question, texts: &mut QuestionText<'_>) -> Result<String, Unmapped> {
    let html = |texts: &mut QuestionText<'_>, s: &str| escape(&texts.html(s).html);
    let title = escape(&format!("{}/{}", quiz.id, q.id));
    let mut body = Vec::new();
    let general = q.explanation.as_deref().or(q.guidance.as_deref()).map(|g| html(texts, g));
    match q.kind {
        QuestionKind::Single | QuestionKind::Multiple => {
            let correct = q.options.iter().filter(|o| o.correct).count();
            let wrong = q.options.len() - correct;
            let (right_weight, wrong_weight) = if q.kind == QuestionKind::Single {
                (None, None)
            } else {
                let right = bank::share_of_hundred(correct).ok_or((
                    "Moodle's grades have no share of 100% for more than 10 correct options",
                    "split the question, or keep at most 10 correct options",
                ))?;
                // Each wrong choice takes marks away, so that ticking everything is not full marks.
                let wrong = match wrong {
                    0 => None,
                    n => Some(format!(
                        "-{}",
                        bank::share_of_hundred(n).ok_or((
                            "Moodle's grades have no share of 100% for more than 10 wrong options",
                            "keep at most 10 wrong options",
                        ))?
                    )),
                };
                (Some(right), wrong)
            };
            for o in &q.options {
                let mut line = match (q.kind, o.correct) {
                    (QuestionKind::Single, true) => "=".to_string(),
                    (QuestionKind::Single, false) => "~".to_string(),
                    (_, true) => format!("~%{}%", right_weight.as_deref().unwrap_or("100")),
                    (_, false) => format!("~%{}%", wrong_weight.as_deref().unwrap_or("0")),
                };
                line.push_str(&html(texts, &o.text));
                if let Some(f) = &o.feedback {
                    line.push('#');
                    line.push_str(&html(texts, f));
                }
                body.push(line);
            }
        }
        QuestionKind::TrueFalse => body.push(if q.bool_answer() == Some(true) { "TRUE" } else { "FALSE" }.into()),
        QuestionKind::ShortText => {
            for a in q.accept.iter().filter(|a| !a.trim().is_empty()) {
                body.push(format!("={}", escape(a.trim())));
            }
        }
        QuestionKind::Numeric => {
            let answer = q.number_answer().unwrap_or_default();
            body.push(format!("#{}:{}", bank::number(answer), bank::number(q.tolerance.unwrap_or(0.0))));
        }
        QuestionKind::Matching => {
            for p in &q.pairs {
                // `->` ends the left side; in HTML an escaped `>` reads the same.
                let left = html(texts, &p.left).replace("->", "-&gt;");
                body.push(format!("={left} -> {}", escape(&texts.plain(&p.right))));
            }
        }
        QuestionKind::Ordering => {
            return Err((
                "GIFT has no ordering question type",
                "import the Moodle XML export instead (`coursebook export moodle-xml`), which keeps it as an Ordering question",
            ))
        }
        // An essay: the learner writes, a teacher may read it; the site never grades it.
        QuestionKind::Reflection => {}
    }
    if let Some(g) = general {
        body.push(format!("####{g}"));
    }
    let answers = if body.is_empty() { String::new() } else { format!("\n{}\n", body.join("\n")) };
    Ok(format!("::{title}::[html]{}{{{answers}}}", html(texts, &q.prompt)))
}

/// Escapes GIFT's special characters (`~ = # { } :` and `\`); a line break is `\n`, so that no
/// text can end a question (a blank line) early.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(escape("a~b=c#d{e}f:g\\h\ni"), "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni");
    }
}
