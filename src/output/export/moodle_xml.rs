//! Moodle XML (docs.moodle.org, "Moodle XML format"): every question type of a quiz maps to a
//! standard Moodle question type; HTML goes in CDATA sections.

use crate::content::quiz::{Question, QuestionKind, Quiz};
use crate::diagnostic::Diagnostic;

use super::bank::{self, BankQuiz};
use super::text::BankText;

/// The Moodle XML file of `quizzes`, and a warning for each question left out.
pub fn moodle_xml(quizzes: &[BankQuiz<'_>], text: &BankText, locale: &str) -> (String, Vec<Diagnostic>) {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<!-- Question bank exported by coursebook (locale: {}). Import: Question bank > Import > Moodle XML. -->\n<quiz>\n",
        escape(locale)
    ));
    let mut problems = Vec::new();
    for bq in quizzes {
        let path: Vec<String> = bq.category.iter().map(|c| c.replace('/', "//")).collect();
        out.push_str(&format!(
            "  <question type=\"category\">\n    <category><text>$course$/top/{}</text></category>\n",
            escape(&path.join("/"))
        ));
        if let Some(intro) = &bq.quiz.intro {
            out.push_str(&format!("    <info format=\"html\"><text>{}</text></info>\n", cdata(&text.html(intro))));
        }
        out.push_str("  </question>\n");
        for (index, q) in bq.quiz.questions.iter().enumerate() {
            match question(bq.quiz, q, text) {
                Ok(xml) => out.push_str(&xml),
                Err((reason, hint)) => problems.push(bank::left_out(bq.quiz, index, "Moodle XML", reason, hint)),
            }
        }
    }
    out.push_str("</quiz>\n");
    (out, problems)
}

fn question(quiz: &Quiz, q: &Question, text: &BankText) -> Result<String, (&'static str, &'static str)> {
    let html = |s: &str| cdata(&text.html(s));
    let feedback = |s: Option<&String>| {
        format!("<feedback format=\"html\"><text>{}</text></feedback>", s.map(|f| html(f)).unwrap_or_default())
    };
    let kind = match q.kind {
        QuestionKind::Single | QuestionKind::Multiple => "multichoice",
        QuestionKind::TrueFalse => "truefalse",
        QuestionKind::ShortText => "shortanswer",
        QuestionKind::Numeric => "numerical",
        QuestionKind::Matching => "match",
        QuestionKind::Ordering => "ordering",
        QuestionKind::Reflection => "essay",
    };
    let general = q.explanation.as_ref().or(q.guidance.as_ref()).map(|g| html(g)).unwrap_or_default();
    let mut x = format!(
        "  <question type=\"{kind}\">\n    <name><text>{}</text></name>\n    <questiontext format=\"html\"><text>{}</text></questiontext>\n    <generalfeedback format=\"html\"><text>{general}</text></generalfeedback>\n    <defaultgrade>{}</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n    <idnumber>{}</idnumber>\n",
        escape(&format!("{}/{}", quiz.id, q.id)),
        html(&q.prompt),
        q.points(),
        escape(&format!("{}/{}", quiz.id, q.id)),
    );
    match q.kind {
        QuestionKind::Single | QuestionKind::Multiple => {
            let single = q.kind == QuestionKind::Single;
            let correct = q.options.iter().filter(|o| o.correct).count();
            let wrong = q.options.len() - correct;
            let (right, wrong) = if single {
                ("100".to_string(), "0".to_string())
            } else {
                let right = bank::share_of_hundred(correct).ok_or((
                    "Moodle's grades have no share of 100% for more than 10 correct options",
                    "split the question, or keep at most 10 correct options",
                ))?;
                // Each wrong choice takes marks away, so that ticking everything is not full marks.
                let wrong = match wrong {
                    0 => "0".to_string(),
                    n => format!(
                        "-{}",
                        bank::share_of_hundred(n).ok_or((
                            "Moodle's grades have no share of 100% for more than 10 wrong options",
                            "keep at most 10 wrong options",
                        ))?
                    ),
                };
                (right, wrong)
            };
            x.push_str(&format!(
                "    <single>{single}</single>\n    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n"
            ));
            for o in &q.options {
                let fraction = if o.correct { &right } else { &wrong };
                x.push_str(&format!(
                    "    <answer fraction=\"{fraction}\" format=\"html\"><text>{}</text>{}</answer>\n",
                    html(&o.text),
                    feedback(o.feedback.as_ref())
                ));
            }
        }
        QuestionKind::TrueFalse => {
            let answer = q.bool_answer() == Some(true);
            for (value, label) in [(true, "true"), (false, "false")] {
                let fraction = if value == answer { 100 } else { 0 };
                x.push_str(&format!(
                    "    <answer fraction=\"{fraction}\" format=\"moodle_auto_format\"><text>{label}</text>{}</answer>\n",
                    feedback(None)
                ));
            }
        }
        QuestionKind::ShortText => {
            // The site compares answers ignoring case; so does Moodle with usecase 0. A `*` is
            // Moodle's wildcard: a literal one is written `\*`.
            x.push_str("    <usecase>0</usecase>\n");
            for a in q.accept.iter().filter(|a| !a.trim().is_empty()) {
                x.push_str(&format!(
                    "    <answer fraction=\"100\" format=\"moodle_auto_format\"><text>{}</text>{}</answer>\n",
                    escape(&a.trim().replace('*', "\\*")),
                    feedback(None)
                ));
            }
        }
        QuestionKind::Numeric => {
            x.push_str(&format!(
                "    <answer fraction=\"100\" format=\"moodle_auto_format\"><text>{}</text>{}<tolerance>{}</tolerance></answer>\n",
                bank::number(q.number_answer().unwrap_or_default()),
                feedback(None),
                bank::number(q.tolerance.unwrap_or(0.0))
            ));
            x.push_str("    <unitgradingtype>0</unitgradingtype>\n    <unitpenalty>0.1000000</unitpenalty>\n    <showunits>3</showunits>\n    <unitsleft>0</unitsleft>\n");
        }
        QuestionKind::Matching => {
            x.push_str("    <shuffleanswers>true</shuffleanswers>\n");
            for p in &q.pairs {
                x.push_str(&format!(
                    "    <subquestion format=\"html\"><text>{}</text><answer><text>{}</text></answer></subquestion>\n",
                    html(&p.left),
                    escape(&text.plain(&p.right))
                ));
            }
        }
        QuestionKind::Ordering => {
            // qtype_ordering (standard since Moodle 4.4): the answers in their correct order.
            x.push_str("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n    <selectcount>0</selectcount>\n    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n    <showgrading>SHOW</showgrading>\n    <numberingstyle>none</numberingstyle>\n");
            for (i, item) in q.items.iter().enumerate() {
                x.push_str(&format!(
                    "    <answer fraction=\"{}\" format=\"html\"><text>{}</text>{}</answer>\n",
                    i + 1,
                    html(item),
                    feedback(None)
                ));
            }
        }
        QuestionKind::Reflection => {
            x.push_str(&format!(
                "    <responseformat>editor</responseformat>\n    <responserequired>1</responserequired>\n    <responsefieldlines>10</responsefieldlines>\n    <attachments>0</attachments>\n    <attachmentsrequired>0</attachmentsrequired>\n    <graderinfo format=\"html\"><text>{}</text></graderinfo>\n    <responsetemplate format=\"html\"><text></text></responsetemplate>\n",
                q.model_answer.as_ref().map(|m| html(m)).unwrap_or_default()
            ));
        }
    }
    x.push_str("  </question>\n");
    Ok(x)
}

/// A CDATA section holding `text` (an HTML fragment); `]]>` inside is split across two sections.
pub fn cdata(text: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    format!("<![CDATA[{}]]>", text.replace("]]>", "]]]]><![CDATA[>"))
}

/// Escapes text for XML element content and attribute values.
pub fn escape(text: &str) -> String {
    crate::text::markdown::escape(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cdata_survives_its_terminator() {
        assert_eq!(cdata("a]]>b"), "<![CDATA[a]]]]><![CDATA[>b]]>");
        assert_eq!(cdata(""), "");
    }
}
