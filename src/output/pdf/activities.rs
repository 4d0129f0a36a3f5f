//! Activities in the PDF: quizzes as questions (their answers go to the answer key), worksheets
//! and self-assessments as blank forms, frameworks as lists.

use std::fmt::Write;

use super::book::Writer;
use super::markup::{string, text};
use crate::content::assessment::Assessment;
use crate::content::framework::{Framework, Item};
use crate::content::quiz::{Question, QuestionKind, Quiz};
use crate::content::worksheet::{BlockKind, Worksheet};
use crate::content::Kind;
use crate::output::print::plan::anchor;
use crate::output::site::activity::shuffled;
use crate::text::markdown::Edition;

impl Writer<'_> {
    pub(super) fn quiz(&self, quiz: &Quiz, level: u8) -> String {
        let graded = quiz.questions.iter().any(|q| q.kind.is_graded());
        let label = if graded { "activity-quiz" } else { "activity-reflections" };
        let mut out = self.activity_heading(Kind::Quiz, &quiz.id, label, &quiz.title, level);
        if let Some(intro) = &quiz.intro {
            let _ = writeln!(out, "{}\n", self.inline(intro, &quiz.path));
        }
        if graded {
            let total: u32 = quiz.questions.iter().map(Question::points).sum();
            let _ = writeln!(
                out,
                "#meta[{} · {}]\n",
                text(&self.site.strings.count("quiz-pass-mark", quiz.pass_mark as i64)),
                text(&self.site.strings.count("points-total", total as i64))
            );
        }
        let questions: Vec<String> = quiz.questions.iter().map(|q| format!("[{}]", self.question(quiz, q))).collect();
        let _ = writeln!(out, "#enum(tight: false, spacing: 1.2em, {},)\n", questions.join(", "));
        out
    }

    fn question(&self, quiz: &Quiz, q: &Question) -> String {
        let inline = |t: &str| self.inline(t, &quiz.path);
        let points = if q.kind.is_graded() {
            format!("[{}]", text(&self.site.strings.count("points", q.points() as i64)))
        } else {
            "none".into()
        };
        let seed = format!("{}/{}", quiz.id, q.id);
        let body = match q.kind {
            QuestionKind::Single | QuestionKind::Multiple => {
                let multiple = q.kind == QuestionKind::Multiple;
                let options: Vec<String> = q.options.iter().map(|o| format!("[{}]", inline(&o.text))).collect();
                let hint = if multiple { format!("#hint[{}]\n", text(&self.s("select-all"))) } else { String::new() };
                format!("{hint}#choices(multiple: {multiple}, {},)", options.join(", "))
            }
            QuestionKind::TrueFalse => {
                format!("#choices([{}], [{}])", text(&self.s("true")), text(&self.s("false")))
            }
            QuestionKind::ShortText | QuestionKind::Numeric => "#write-lines(1)".into(),
            QuestionKind::Ordering => {
                let items: Vec<String> =
                    shuffled(q.items.len(), &seed).iter().map(|&i| format!("[{}]", inline(&q.items[i]))).collect();
                format!("#hint[{}]\n#order-items({},)", text(&self.s("ordering-hint")), items.join(", "))
            }
            QuestionKind::Matching => {
                let lefts: Vec<String> = q.pairs.iter().map(|p| format!("[{}]", inline(&p.left))).collect();
                let rights: Vec<String> = shuffled(q.pairs.len(), &seed)
                    .iter()
                    .map(|&i| format!("[{}]", inline(&q.pairs[i].right)))
                    .collect();
                format!(
                    "#hint[{}]\n#matching(({},), ({},))",
                    text(&self.s("matching-hint")),
                    lefts.join(", "),
                    rights.join(", ")
                )
            }
            QuestionKind::Reflection => "#write-lines(5)".into(),
        };
        format!("#question([{}], points: {points})[{body}]", inline(&q.prompt))
    }

    /// The answers of a quiz for the answer key; `None` when it has nothing to say.
    pub(super) fn answer_key(&self, quiz: &Quiz) -> Option<String> {
        let facilitator = self.edition == Edition::Facilitator;
        let has = quiz.questions.iter().any(|q| {
            q.kind.is_graded()
                || q.explanation.is_some()
                || q.guidance.is_some()
                || (facilitator && q.model_answer.is_some())
        });
        if !has {
            return None;
        }
        let inline = |t: &str| self.inline(t, &quiz.path);
        let quiz_anchor = anchor(Kind::Quiz, &quiz.id);
        let title = self.link_or_text(&quiz_anchor, &text(&quiz.title));
        let mut out = format!("#section({}, level: 2)[{title}]\n\n", self.define(&format!("answers-{}", quiz.id)));
        let items: Vec<String> = quiz
            .questions
            .iter()
            .map(|q| {
                let seed = format!("{}/{}", quiz.id, q.id);
                let mut item = match q.kind {
                    QuestionKind::Single | QuestionKind::Multiple => {
                        let correct: Vec<String> = q
                            .options
                            .iter()
                            .filter(|o| o.correct)
                            .map(|o| format!("#strong[{}]", inline(&o.text)))
                            .collect();
                        correct.join("; ")
                    }
                    QuestionKind::TrueFalse => {
                        let key = if q.bool_answer() == Some(true) { "true" } else { "false" };
                        format!("#strong[{}]", text(&self.s(key)))
                    }
                    QuestionKind::ShortText => format!("#strong[{}]", text(&q.accept.join(" / "))),
                    QuestionKind::Numeric => {
                        let value = q.number_answer().map(number).unwrap_or_default();
                        let tolerance = q.tolerance.filter(|t| *t > 0.0).map(|t| format!(" (± {})", number(t)));
                        format!("#strong[{}]", text(&format!("{value}{}", tolerance.unwrap_or_default())))
                    }
                    QuestionKind::Ordering => {
                        let items: Vec<String> = q.items.iter().map(|i| format!("[{}]", inline(i))).collect();
                        format!("#enum({},)", items.join(", "))
                    }
                    QuestionKind::Matching => {
                        let order = shuffled(q.pairs.len(), &seed);
                        let pairs: Vec<String> = q
                            .pairs
                            .iter()
                            .enumerate()
                            .map(|(i, p)| {
                                let shown = order.iter().position(|&o| o == i).unwrap_or(0);
                                let letter = char::from(b'A' + (shown % 26) as u8);
                                format!("[{} → #strong[{letter}] {}]", inline(&p.left), inline(&p.right))
                            })
                            .collect();
                        format!("#enum({},)", pairs.join(", "))
                    }
                    QuestionKind::Reflection => format!("#emph[{}]", text(&self.s("answer-open"))),
                };
                if let Some(e) = &q.explanation {
                    let _ = write!(item, "#parbreak()#meta[{}]", inline(e));
                }
                if let Some(g) = &q.guidance {
                    let _ = write!(item, "#parbreak()#meta[{}]", inline(g));
                }
                // Model answers are for facilitators only.
                if let Some(m) = q.model_answer.as_ref().filter(|_| facilitator) {
                    let _ =
                        write!(item, "#parbreak()#model-answer([{}])[{}]", text(&self.s("model-answer")), inline(m));
                }
                format!("[{item}]")
            })
            .collect();
        let _ = writeln!(out, "#enum(tight: false, {},)\n", items.join(", "));
        Some(out)
    }

    pub(super) fn worksheet(&self, sheet: &Worksheet, level: u8) -> String {
        let mut out = self.activity_heading(Kind::Worksheet, &sheet.id, "activity-worksheet", &sheet.title, level);
        let inline = |t: &str| self.inline(t, &sheet.path);
        if let Some(intro) = &sheet.intro {
            let _ = writeln!(out, "{}\n", inline(intro));
        }
        for b in &sheet.blocks {
            let help = b.help.as_ref().map_or("none".to_string(), |h| format!("[{}]", inline(h)));
            let label = text(&b.label);
            let _ = match b.kind {
                BlockKind::Field => {
                    writeln!(out, "#field([{label}], help: {help}, lines: {})\n", if b.multiline { 5 } else { 1 })
                }
                BlockKind::Table => {
                    let columns: Vec<String> = b
                        .columns
                        .iter()
                        .map(|c| match &c.prompt {
                            Some(p) => {
                                format!("[{}#linebreak()#text(weight: \"regular\")[{}]]", text(&c.label), text(p))
                            }
                            None => format!("[{}]", text(&c.label)),
                        })
                        .collect();
                    writeln!(
                        out,
                        "#sheet-table([{label}], help: {help}, columns: ({},), rows: {})\n",
                        columns.join(", "),
                        b.rows.unwrap_or(3).clamp(1, 40)
                    )
                }
                BlockKind::Rating => {
                    let scale: Vec<String> = if b.scale.is_empty() {
                        (1..=5).map(|n| self.s(&format!("rating-agree-{n}"))).collect()
                    } else {
                        b.scale.clone()
                    };
                    let scale: Vec<String> =
                        scale.iter().enumerate().map(|(i, s)| format!("[{} {}]", i + 1, text(s))).collect();
                    let items: Vec<String> = b.items.iter().map(|i| format!("[{}]", text(&i.label))).collect();
                    writeln!(
                        out,
                        "#rating-table([{label}], help: {help}, scale: ({},), items: ({},))\n",
                        scale.join(", "),
                        items.join(", ")
                    )
                }
            };
            if let Some(m) = b.model_answer.as_ref().filter(|_| self.edition == Edition::Facilitator) {
                let _ = writeln!(out, "#model-answer([{}])[{}]\n", text(&self.s("model-answer")), inline(m));
            }
        }
        out
    }

    pub(super) fn assessment(&self, a: &Assessment, level: u8) -> String {
        let mut out = self.activity_heading(Kind::Assessment, &a.id, "activity-assessment", &a.title, level);
        // Placeholders take the first edition's values, as the page shows first.
        let edition = a.editions.first();
        let fill = |t: &str| -> String {
            let mut t = t.to_string();
            if let Some(e) = edition {
                for (name, value) in &e.values {
                    t = t.replace(&format!("{{{name}}}"), value);
                }
            }
            t
        };
        if let Some(intro) = &a.intro {
            let _ = writeln!(out, "{}\n", self.inline(&fill(intro), &a.path));
        }
        let _ = writeln!(out, "#meta[{}]\n", text(&self.site.strings.count("assessment-items", a.item_count() as i64)));
        let legend: Vec<String> = a
            .scale
            .iter()
            .map(|p| {
                let label = match &p.description {
                    Some(d) => format!("{}: {d}", p.label),
                    None => p.label.clone(),
                };
                format!("[#strong[{}]], [{}]", p.value, text(&label))
            })
            .collect();
        let _ = writeln!(
            out,
            "#minor-heading(3)[{}]\n#table(columns: (auto, 1fr), stroke: none, {},)\n",
            text(&self.s("assessment-scale")),
            legend.join(", ")
        );
        let scale: Vec<String> = a.scale.iter().map(|p| format!("[{}]", p.value)).collect();
        for d in &a.dimensions {
            let _ = writeln!(out, "#minor-heading({})[{} {}]\n", level + 1, text(&d.code), text(&fill(&d.title)));
            if let Some(desc) = &d.description {
                let _ = writeln!(out, "{}\n", self.inline(&fill(desc), &a.path));
            }
            for s in &d.subdimensions {
                let items: Vec<String> = s
                    .items
                    .iter()
                    .map(|i| {
                        let drafted = if i.drafted {
                            format!(" #emph[{}]", text(&self.s("drafted-item")))
                        } else {
                            String::new()
                        };
                        format!("[#strong[{}] {}{drafted}]", text(&i.code), text(&fill(&i.text)))
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "#rating-table([{} {}], scale: ({},), items: ({},))\n",
                    text(&s.code),
                    text(&fill(&s.title)),
                    scale.join(", "),
                    items.join(", ")
                );
            }
        }
        out
    }

    pub(super) fn framework(&self, f: &Framework, level: u8) -> String {
        let mut out = self.activity_heading(Kind::Framework, &f.id, "activity-framework", &f.title, level);
        if let Some(intro) = &f.intro {
            let _ = writeln!(out, "{}\n", self.inline(intro, &f.path));
        }
        for g in &f.groups {
            let _ = writeln!(out, "#minor-heading({})[{}]\n", level + 1, text(&g.title));
            if let Some(d) = &g.description {
                let _ = writeln!(out, "{}\n", self.inline(d, &f.path));
            }
            out.push_str(&self.framework_items(f, &g.items));
        }
        if !f.items.is_empty() {
            out.push_str(&self.framework_items(f, &f.items));
        }
        if let Some(source) = &f.source {
            let _ = writeln!(out, "#meta[{}: #emph[{}]]\n", text(&self.s("source")), text(&source.title));
        }
        out
    }

    fn framework_items(&self, f: &Framework, items: &[Item]) -> String {
        let list: Vec<String> = items
            .iter()
            .map(|i| {
                let code = i.code.as_ref().map_or("none".to_string(), |c| string(c));
                let description =
                    i.description.as_ref().map_or("none".to_string(), |d| format!("[{}]", self.inline(d, &f.path)));
                let children = if i.items.is_empty() { String::new() } else { self.framework_items(f, &i.items) };
                format!("[#framework-item(code: {code}, [{}], {description}){children}]", text(&i.title))
            })
            .collect();
        format!("#list({},)\n\n", list.join(", "))
    }
}

/// A number as written in an answer: no trailing `.0`.
fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}
