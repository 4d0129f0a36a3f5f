//! Moodle XML (docs.moodle.org, "Moodle XML format"): every question type of a quiz maps to a
//! standard Moodle question type; HTML goes in CDATA sections.

use std::collections::HashMap;

use base64::Engine;

use crate::content::quiz::{Question, QuestionKind, Quiz};
use crate::diagnostic::Diagnostic;
use crate::path;

use super::bank::{self, BankQuiz, QuestionText};
use super::text::{embedded_name, BankText};

/// Reads a file of the site (a root-relative path such as `static/img/a.png`).
pub type ReadFile<'r> = &'r dyn Fn(&str) -> std::io::Result<Vec<u8>>;

/// The Moodle XML file of `quizzes`, and a problem for each question left out or changed (an
/// image that cannot be read is an error).
pub fn moodle_xml(
    quizzes: &[BankQuiz<'_>],
    text: &BankText,
    locale: &str,
    read: ReadFile<'_>,
) -> (String, Vec<Diagnostic>) {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<!-- Question bank exported by coursebook (locale: {}). Import: Question bank > Import > Moodle XML. -->\n<quiz>\n",
        escape(locale)
    ));
    let mut problems = Vec::new();
    let mut files = Files { read, encoded: HashMap::new() };
    for bq in quizzes {
        let path: Vec<String> = bq.category.iter().map(|c| c.replace('/', "//")).collect();
        out.push_str(&format!(
            "  <question type=\"category\">\n    <category><text>$course$/top/{}</text></category>\n",
            escape(&path.join("/"))
        ));
        if let Some(intro) = &bq.quiz.intro {
            // A category's description carries no files: its images are links or alt text.
            let mut texts = QuestionText::new(text, bq.quiz);
            let html = texts.html_without_files(intro);
            out.push_str(&format!("    <info format=\"html\"><text>{}</text></info>\n", cdata(&html.html)));
            problems.extend(texts.warnings("Moodle XML", bank::CATEGORY_HAS_NO_FILES));
        }
        out.push_str("  </question>\n");
        for (index, q) in bq.quiz.questions.iter().enumerate() {
            let mut texts = QuestionText::new(text, bq.quiz);
            match question(bq.quiz, q, &mut Fields { texts: &mut texts, files: &mut files }) {
                Ok(xml) => {
                    out.push_str(&xml);
                    // Questions carry their images: only an image that is not found is reported.
                    problems.extend(texts.warnings("Moodle XML", bank::CATEGORY_HAS_NO_FILES));
                    for (file, error) in texts.files.iter().filter_map(|f| Some((f, files.error(f)?))) {
                        let at = bq.quiz.tree.pos(path!["questions", index]);
                        problems.push(
                            Diagnostic::error(
                                &bq.quiz.path,
                                at.line,
                                at.column,
                                format!("cannot read `{file}`, an image of question `{}`: {error}", q.id),
                            )
                            .with_hint("check that the file exists and can be read"),
                        );
                    }
                }
                Err((reason, hint)) => problems.push(bank::left_out(bq.quiz, index, "Moodle XML", reason, hint)),
            }
        }
    }
    out.push_str("</quiz>\n");
    (out, problems)
}

/// The site's files as Moodle XML `<file>` elements (base64), each read once.
struct Files<'r> {
    read: ReadFile<'r>,
    /// Root-relative path → base64 text, or why it could not be read.
    encoded: HashMap<String, Result<String, String>>,
}

impl Files<'_> {
    /// `<file>` elements for `paths`; a file path inside the question's file area is its path
    /// under `static/`, as `@@PLUGINFILE@@/...` in the text says.
    fn elements(&mut self, paths: &[String]) -> String {
        let mut out = String::new();
        for path in paths {
            let read = self.read;
            let encoded = self.encoded.entry(path.clone()).or_insert_with(|| {
                read(path)
                    .map(|bytes| base64::engine::general_purpose::STANDARD.encode(bytes))
                    .map_err(|e| e.to_string())
            });
            let Ok(data) = encoded else { continue };
            let name = embedded_name(path);
            let (folder, file) = name.rsplit_once('/').map_or(("/".to_string(), name), |(d, f)| (format!("/{d}/"), f));
            out.push_str(&format!(
                "<file name=\"{}\" path=\"{}\" encoding=\"base64\">{data}</file>",
                escape(file),
                escape(&folder)
            ));
        }
        out
    }

    fn error(&self, path: &str) -> Option<&String> {
        self.encoded.get(path).and_then(|r| r.as_ref().err())
    }
}

/// Writes the texts of one question: HTML in CDATA, followed by the files it shows.
struct Fields<'q, 'a, 'r> {
    texts: &'q mut QuestionText<'a>,
    files: &'q mut Files<'r>,
}

impl Fields<'_, '_, '_> {
    /// `<text>...</text>` and the `<file>` elements of `markdown` (nothing when absent).
    fn text(&mut self, markdown: Option<&str>) -> String {
        let Some(markdown) = markdown else { return "<text></text>".into() };
        let html = self.texts.html(markdown);
        format!("<text>{}</text>{}", cdata(&html.html), self.files.elements(&html.files))
    }

    fn feedback(&mut self, markdown: Option<&str>) -> String {
        format!("<feedback format=\"html\">{}</feedback>", self.text(markdown))
    }
}

fn question(quiz: &Quiz, q: &Question, f: &mut Fields<'_, '_, '_>) -> Result<String, (&'static str, &'static str)> {
    let kind = match q.kind {
        QuestionKind::Single | QuestionKind::Multiple => "multichoice",
        QuestionKind::TrueFalse => "truefalse",
        QuestionKind::ShortText => "shortanswer",
        QuestionKind::Numeric => "numerical",
        QuestionKind::Matching => "match",
        QuestionKind::Ordering => "ordering",
        QuestionKind::Reflection => "essay",
    };
    let general = f.text(q.explanation.as_deref().or(q.guidance.as_deref()));
    let name = escape(&format!("{}/{}", quiz.id, q.id));
    let mut x = format!(
        "  <question type=\"{kind}\">\n    <name><text>{name}</text></name>\n    <questiontext format=\"html\">{}</questiontext>\n    <generalfeedback format=\"html\">{general}</generalfeedback>\n    <defaultgrade>{}</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n    <idnumber>{name}</idnumber>\n",
        f.text(Some(&q.prompt)),
        q.points(),
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
                    "    <answer fraction=\"{fraction}\" format=\"html\">{}{}</answer>\n",
                    f.text(Some(&o.text)),
                    f.feedback(o.feedback.as_deref())
                ));
            }
        }
        QuestionKind::TrueFalse => {
            let answer = q.bool_answer() == Some(true);
            for (value, label) in [(true, "true"), (false, "false")] {
                let fraction = if value == answer { 100 } else { 0 };
                x.push_str(&format!(
                    "    <answer fraction=\"{fraction}\" format=\"moodle_auto_format\"><text>{label}</text>{}</answer>\n",
                    f.feedback(None)
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
                    f.feedback(None)
                ));
            }
        }
        QuestionKind::Numeric => {
            x.push_str(&format!(
                "    <answer fraction=\"100\" format=\"moodle_auto_format\"><text>{}</text>{}<tolerance>{}</tolerance></answer>\n",
                bank::number(q.number_answer().unwrap_or_default()),
                f.feedback(None),
                bank::number(q.tolerance.unwrap_or(0.0))
            ));
            x.push_str("    <unitgradingtype>0</unitgradingtype>\n    <unitpenalty>0.1000000</unitpenalty>\n    <showunits>3</showunits>\n    <unitsleft>0</unitsleft>\n");
        }
        QuestionKind::Matching => {
            x.push_str("    <shuffleanswers>true</shuffleanswers>\n");
            for p in &q.pairs {
                x.push_str(&format!(
                    "    <subquestion format=\"html\">{}<answer><text>{}</text></answer></subquestion>\n",
                    f.text(Some(&p.left)),
                    escape(&f.texts.plain(&p.right))
                ));
            }
        }
        QuestionKind::Ordering => {
            // qtype_ordering (standard since Moodle 4.4): the answers in their correct order.
            x.push_str("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n    <selectcount>0</selectcount>\n    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n    <showgrading>SHOW</showgrading>\n    <numberingstyle>none</numberingstyle>\n");
            for (i, item) in q.items.iter().enumerate() {
                x.push_str(&format!(
                    "    <answer fraction=\"{}\" format=\"html\">{}{}</answer>\n",
                    i + 1,
                    f.text(Some(item)),
                    f.feedback(None)
                ));
            }
        }
        QuestionKind::Reflection => {
            // The model answer is information for graders: Moodle never shows it to students.
            x.push_str(&format!(
                "    <responseformat>editor</responseformat>\n    <responserequired>1</responserequired>\n    <responsefieldlines>10</responsefieldlines>\n    <attachments>0</attachments>\n    <attachmentsrequired>0</attachmentsrequired>\n    <graderinfo format=\"html\">{}</graderinfo>\n    <responsetemplate format=\"html\"><text></text></responsetemplate>\n",
                f.text(q.model_answer.as_deref())
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
