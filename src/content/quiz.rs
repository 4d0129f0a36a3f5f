//! Quizzes as data (`quizzes/<id>.yaml`): graded questions of eight types and ungraded
//! reflection prompts, with feedback and explanations. Validation checks what typed parsing
//! cannot: answers that fit the question type, ids that are unique.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::content::structure::Plain;
use crate::content::{Origin, Structure};
use crate::diagnostic::Diagnostic;
use crate::path;
use crate::source::yaml::{Pos, Tree};

/// `quizzes/<id>.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub intro: Option<String>,
    #[serde(default = "default_pass_mark")]
    pub pass_mark: u32,
    pub questions: Vec<Question>,
    /// Source path relative to the site root (set by the loader).
    #[serde(skip_deserializing, skip_serializing)]
    pub path: String,
    #[serde(skip_deserializing, skip_serializing)]
    pub yaml: String,
    #[serde(skip)]
    pub tree: Tree,
    #[serde(skip)]
    pub origin: Origin,
}

fn default_pass_mark() -> u32 {
    70
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Single,
    Multiple,
    TrueFalse,
    ShortText,
    Numeric,
    Ordering,
    Matching,
    Reflection,
}

impl QuestionKind {
    pub fn name(self) -> &'static str {
        match self {
            QuestionKind::Single => "single",
            QuestionKind::Multiple => "multiple",
            QuestionKind::TrueFalse => "true_false",
            QuestionKind::ShortText => "short_text",
            QuestionKind::Numeric => "numeric",
            QuestionKind::Ordering => "ordering",
            QuestionKind::Matching => "matching",
            QuestionKind::Reflection => "reflection",
        }
    }

    pub fn is_graded(self) -> bool {
        self != QuestionKind::Reflection
    }
}

/// One question. The fields that apply depend on `type`; the others must be absent.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: QuestionKind,
    pub prompt: String,
    #[serde(default)]
    pub points: Option<u32>,
    #[serde(default)]
    pub options: Vec<Choice>,
    /// `true`/`false` for true_false, a number for numeric.
    #[serde(default)]
    pub answer: Option<serde_yaml::Value>,
    #[serde(default)]
    pub tolerance: Option<f64>,
    #[serde(default)]
    pub accept: Vec<String>,
    #[serde(default)]
    pub items: Vec<String>,
    #[serde(default)]
    pub pairs: Vec<Pair>,
    #[serde(default)]
    pub explanation: Option<String>,
    #[serde(default)]
    pub guidance: Option<String>,
    /// A model answer for facilitators (shown only in the facilitator edition).
    #[serde(default)]
    pub model_answer: Option<String>,
}

impl Question {
    pub fn points(&self) -> u32 {
        if self.kind.is_graded() {
            self.points.unwrap_or(1)
        } else {
            0
        }
    }

    pub fn bool_answer(&self) -> Option<bool> {
        self.answer.as_ref().and_then(|v| v.as_bool())
    }

    pub fn number_answer(&self) -> Option<f64> {
        self.answer.as_ref().and_then(|v| v.as_f64())
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub text: String,
    #[serde(default)]
    pub correct: bool,
    #[serde(default)]
    pub feedback: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    pub left: String,
    pub right: String,
}

/// Checks what typed parsing cannot: answers that fit the question type, ids that are unique.
pub fn validate_quiz(quiz: &Quiz) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let tree = &quiz.tree;
    let error = |pos: Pos, message: String, hint: &str| {
        Diagnostic::error(&quiz.path, pos.line, pos.column, message).with_hint(hint)
    };
    if quiz.pass_mark > 100 {
        problems.push(error(
            tree.pos(path!["pass_mark"]),
            format!("pass mark {} is more than 100%", quiz.pass_mark),
            "give the pass mark as a percentage between 0 and 100",
        ));
    }
    if quiz.questions.is_empty() {
        problems.push(error(
            tree.key_pos(path!["questions"]),
            "the quiz has no questions".into(),
            "add at least one question",
        ));
    }
    let mut seen = HashSet::new();
    for (index, q) in quiz.questions.iter().enumerate() {
        let at = tree.pos(path!["questions", index]);
        let field = |key: &str| tree.key_pos(path!["questions", index, key]);
        if !seen.insert(q.id.as_str()) {
            problems.push(error(
                at,
                format!("duplicate question id `{}`", q.id),
                "give every question of a quiz its own id",
            ));
        }
        let kind = q.kind.name();
        let mut not_applicable = |present: bool, key: &str| {
            if present {
                problems.push(error(
                    field(key),
                    format!("field `{key}` does not apply to a `{kind}` question"),
                    "remove the field, or change the question's `type`",
                ));
            }
        };
        use QuestionKind::*;
        let k = q.kind;
        not_applicable(!q.options.is_empty() && !matches!(k, Single | Multiple), "options");
        not_applicable(q.answer.is_some() && !matches!(k, TrueFalse | Numeric), "answer");
        not_applicable(q.tolerance.is_some() && k != Numeric, "tolerance");
        not_applicable(!q.accept.is_empty() && k != ShortText, "accept");
        not_applicable(!q.items.is_empty() && k != Ordering, "items");
        not_applicable(!q.pairs.is_empty() && k != Matching, "pairs");
        not_applicable(q.points.is_some() && k == Reflection, "points");
        match k {
            Single | Multiple => {
                let correct = q.options.iter().filter(|o| o.correct).count();
                if q.options.len() < 2 {
                    problems.push(error(
                        field("options"),
                        format!("question `{}` needs at least two options", q.id),
                        "list the options under `options:`",
                    ));
                } else if correct == 0 {
                    problems.push(error(
                        field("options"),
                        format!("question `{}` has no correct option", q.id),
                        "mark the right option(s) with `correct: true`",
                    ));
                } else if k == Single && correct > 1 {
                    problems.push(error(
                        field("options"),
                        format!("single-choice question `{}` has {correct} correct options", q.id),
                        "mark exactly one option `correct: true`, or use `type: multiple`",
                    ));
                }
            }
            TrueFalse => {
                if q.bool_answer().is_none() {
                    let hint = match q.answer.as_ref().and_then(|v| v.as_str()) {
                        Some(text) => crate::source::yaml::type_hint("`true` or `false`", &format!("`{text}`")),
                        None => "write the answer as true or false, without quotes".to_string(),
                    };
                    problems.push(error(
                        field("answer"),
                        format!("question `{}` needs `answer: true` or `answer: false`", q.id),
                        &hint,
                    ));
                }
            }
            Numeric => match &q.answer {
                Some(v) if v.as_f64().is_some() => {}
                Some(_) => problems.push(error(
                    field("answer"),
                    format!("the answer of numeric question `{}` is not a number", q.id),
                    "write the answer as a number, e.g. `answer: 149` or `answer: 2.5`",
                )),
                None => problems.push(error(
                    at,
                    format!("numeric question `{}` has no `answer`", q.id),
                    "add `answer:` with the expected number",
                )),
            },
            ShortText => {
                if q.accept.iter().all(|a| a.trim().is_empty()) {
                    problems.push(error(
                        at,
                        format!("short-text question `{}` has no accepted answers", q.id),
                        "list the accepted answers under `accept:`",
                    ));
                }
            }
            Ordering => {
                if q.items.len() < 2 {
                    problems.push(error(
                        at,
                        format!("ordering question `{}` needs at least two items", q.id),
                        "list the items, in the correct order, under `items:`",
                    ));
                }
            }
            Matching => {
                if q.pairs.len() < 2 {
                    problems.push(error(
                        at,
                        format!("matching question `{}` needs at least two pairs", q.id),
                        "list `left`/`right` pairs under `pairs:`",
                    ));
                }
            }
            Reflection => {}
        }
        if q.tolerance.is_some_and(|t| t < 0.0) {
            problems.push(error(
                field("tolerance"),
                format!("question `{}` has a negative tolerance", q.id),
                "use a tolerance of 0 or more",
            ));
        }
    }
    problems
}

impl Structure for Quiz {
    fn structure_diff(&self, t: &Self, d: &mut crate::content::structure::Differ) {
        use crate::path;
        d.field(path!["id"], "`id`", &t.id, &self.id);
        d.field(path!["pass_mark"], "`pass_mark`", &t.pass_mark, &self.pass_mark);
        let ids = |q: &Quiz| q.questions.iter().map(|x| x.id.clone()).collect::<Vec<_>>();
        if !d.ids(path!["questions"], "question", &ids(t), &ids(self)) {
            return;
        }
        for (i, (h, s)) in t.questions.iter().zip(&self.questions).enumerate() {
            let of = |what: &str| format!("{what} of question {} ({})", i + 1, s.id.plain());
            d.field(path!["questions", i, "type"], &of("the type"), h.kind.name(), s.kind.name());
            if d.count(path!["questions", i, "options"], &of("option"), h.options.len(), s.options.len()) {
                let correct = |q: &Question| {
                    q.options.iter().enumerate().filter(|(_, o)| o.correct).map(|(n, _)| n + 1).collect::<Vec<_>>()
                };
                d.field(
                    path!["questions", i, "options"],
                    &of("the correct options (by position)"),
                    &correct(h),
                    &correct(s),
                );
            }
            d.field(path!["questions", i, "answer"], &of("the answer"), &h.answer, &s.answer);
            d.field(path!["questions", i, "tolerance"], &of("the tolerance"), &h.tolerance, &s.tolerance);
            d.field(path!["questions", i, "points"], &of("the points"), &h.points, &s.points);
            d.count(path!["questions", i, "items"], &of("item"), h.items.len(), s.items.len());
            d.count(path!["questions", i, "pairs"], &of("pair"), h.pairs.len(), s.pairs.len());
            d.field(
                path!["questions", i, "accept"],
                &of("whether it has accepted answers"),
                &!h.accept.is_empty(),
                &!s.accept.is_empty(),
            );
        }
    }
}
