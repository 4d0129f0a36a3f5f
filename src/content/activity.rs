//! Interactive activities as data: quizzes (graded questions and ungraded reflections) and
//! worksheets (fillable fields and tables). Parsing and validation live here; HTML lives in the
//! theme's templates and `render`.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::source::{locate, locate_from, locate_item};

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
    pub origin: crate::content::Origin,
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

/// `worksheets/<id>.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Worksheet {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub intro: Option<String>,
    pub blocks: Vec<Block>,
    #[serde(skip_deserializing, skip_serializing)]
    pub path: String,
    #[serde(skip_deserializing, skip_serializing)]
    pub yaml: String,
    #[serde(skip)]
    pub origin: crate::content::Origin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Field,
    Table,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Block {
    #[serde(rename = "type")]
    pub kind: BlockKind,
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub help: Option<String>,
    #[serde(default)]
    pub multiline: bool,
    #[serde(default)]
    pub rows: Option<u32>,
    #[serde(default)]
    pub columns: Vec<Column>,
    /// A model answer for facilitators (shown only in the facilitator edition).
    #[serde(default)]
    pub model_answer: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub prompt: Option<String>,
}

/// Checks what typed parsing cannot: answers that fit the question type, ids that are unique.
pub fn validate_quiz(quiz: &Quiz) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let yaml = quiz.yaml.as_str();
    let error = |line_col: (usize, usize), message: String, hint: &str| {
        Diagnostic::error(&quiz.path, line_col.0, line_col.1, message).with_hint(hint)
    };
    if quiz.pass_mark > 100 {
        problems.push(error(
            locate(yaml, 1, "pass_mark", None),
            format!("pass mark {} is more than 100%", quiz.pass_mark),
            "give the pass mark as a percentage between 0 and 100",
        ));
    }
    if quiz.questions.is_empty() {
        problems.push(error(
            locate(yaml, 1, "questions", None),
            "the quiz has no questions".into(),
            "add at least one question",
        ));
    }
    let mut seen = HashSet::new();
    for (index, q) in quiz.questions.iter().enumerate() {
        let at = locate_item(yaml, 1, "questions", index);
        let field = |key: &str| locate_from(yaml, 1, at.0, key, None);
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
                    problems.push(error(
                        field("answer"),
                        format!("question `{}` needs `answer: true` or `answer: false`", q.id),
                        "write the answer as true or false, without quotes",
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

pub fn validate_worksheet(sheet: &Worksheet) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let yaml = sheet.yaml.as_str();
    let mut seen = HashSet::new();
    for (index, b) in sheet.blocks.iter().enumerate() {
        let at = locate_item(yaml, 1, "blocks", index);
        if !seen.insert(b.id.as_str()) {
            problems.push(
                Diagnostic::error(&sheet.path, at.0, at.1, format!("duplicate block id `{}`", b.id))
                    .with_hint("give every field and table its own id"),
            );
        }
        match b.kind {
            BlockKind::Table if b.columns.is_empty() => {
                problems.push(
                    Diagnostic::error(&sheet.path, at.0, at.1, format!("table `{}` has no columns", b.id))
                        .with_hint("list the columns under `columns:`"),
                );
            }
            BlockKind::Field if !b.columns.is_empty() || b.rows.is_some() => {
                let key = if b.rows.is_some() { "rows" } else { "columns" };
                let (l, c) = locate_from(yaml, 1, at.0, key, None);
                problems.push(
                    Diagnostic::error(&sheet.path, l, c, format!("field `{}` cannot have `{key}`", b.id))
                        .with_hint("use `type: table` for a table"),
                );
            }
            _ => {}
        }
        let mut columns = HashSet::new();
        for c in &b.columns {
            if !columns.insert(c.id.as_str()) {
                let (l, col) = locate_from(yaml, 1, at.0, "id", Some(&c.id));
                problems.push(
                    Diagnostic::error(
                        &sheet.path,
                        l,
                        col,
                        format!("duplicate column id `{}` in table `{}`", c.id, b.id),
                    )
                    .with_hint("give every column its own id"),
                );
            }
        }
    }
    problems
}

/// `assessments/<id>.yaml`: a self-assessment instrument of dimensions → sub-dimensions →
/// coded items, answered on a scale defined per instrument.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub intro: Option<String>,
    pub scale: Vec<ScalePoint>,
    /// Text variables per edition, e.g. `ministry: {organisation: ministry}`; item texts use
    /// `{organisation}`. The first edition is the default.
    #[serde(default)]
    pub editions: Vec<Edition>,
    /// Declared counts that the build verifies against the items.
    #[serde(default)]
    pub expected: Option<ExpectedCounts>,
    pub dimensions: Vec<Dimension>,
    #[serde(skip_deserializing, skip_serializing)]
    pub path: String,
    #[serde(skip_deserializing, skip_serializing)]
    pub yaml: String,
    #[serde(skip)]
    pub origin: crate::content::Origin,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ScalePoint {
    pub value: i32,
    pub label: String,
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Edition {
    pub id: String,
    pub label: String,
    pub values: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedCounts {
    #[serde(default)]
    pub dimensions: Option<usize>,
    #[serde(default)]
    pub subdimensions: Option<usize>,
    #[serde(default)]
    pub items: Option<usize>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub code: String,
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    pub subdimensions: Vec<SubDimension>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SubDimension {
    pub code: String,
    pub title: String,
    #[serde(default)]
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub code: String,
    pub text: String,
    /// Written for this edition, not taken from the instrument's official wording.
    #[serde(default)]
    pub drafted: bool,
}

impl Assessment {
    pub fn item_count(&self) -> usize {
        self.dimensions.iter().flat_map(|d| &d.subdimensions).map(|s| s.items.len()).sum()
    }

    pub fn subdimension_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.subdimensions.len()).sum()
    }
}

/// `{name}` placeholders in a text.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) if after[..end].chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') && end > 0 => {
                names.push(&after[..end]);
                rest = &after[end + 1..];
            }
            _ => rest = after,
        }
    }
    names
}

pub fn validate_assessment(a: &Assessment) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let yaml = a.yaml.as_str();
    let err = |(line, column): (usize, usize), message: String, hint: &str| {
        Diagnostic::error(&a.path, line, column, message).with_hint(hint)
    };
    if a.scale.len() < 2 {
        problems.push(err(
            locate(yaml, 1, "scale", None),
            "the scale needs at least two points".into(),
            "list the scale's values and labels under `scale:`",
        ));
    }
    let mut values = HashSet::new();
    for (i, p) in a.scale.iter().enumerate() {
        if !values.insert(p.value) {
            problems.push(err(
                locate_item(yaml, 1, "scale", i),
                format!("scale value {} appears twice", p.value),
                "give every scale point its own value",
            ));
        }
    }
    let mut codes: HashSet<&str> = HashSet::new();
    for d in &a.dimensions {
        for code in std::iter::once(d.code.as_str())
            .chain(d.subdimensions.iter().map(|s| s.code.as_str()))
            .chain(d.subdimensions.iter().flat_map(|s| s.items.iter().map(|i| i.code.as_str())))
        {
            if !codes.insert(code) {
                let (l, _) = locate(yaml, 1, "dimensions", None);
                let at = locate_from(yaml, 1, l, "code", Some(code));
                // The duplicate is the second occurrence: search again after the first.
                let second = locate_from(yaml, 1, at.0 + 1, "code", Some(code));
                problems.push(err(
                    second,
                    format!("duplicate code `{code}`"),
                    "codes identify items in saved answers and exports; make each one unique",
                ));
            }
        }
    }
    let declared_names: Vec<&str> =
        a.editions.first().map(|e| e.values.keys().map(String::as_str).collect()).unwrap_or_default();
    for (i, e) in a.editions.iter().enumerate() {
        let names: Vec<&str> = e.values.keys().map(String::as_str).collect();
        if names != declared_names {
            problems.push(err(
                locate_item(yaml, 1, "editions", i),
                format!(
                    "edition `{}` defines {} but the first edition defines {}",
                    e.id,
                    list(&names),
                    list(&declared_names)
                ),
                "give every edition the same variables",
            ));
        }
    }
    for d in &a.dimensions {
        for s in &d.subdimensions {
            for item in &s.items {
                for name in placeholders(&item.text) {
                    if !declared_names.contains(&name) {
                        let at = locate(yaml, 1, "code", Some(&item.code));
                        problems.push(err(
                            locate_from(yaml, 1, at.0, "text", None),
                            format!("item `{}` uses `{{{name}}}` but no edition defines `{name}`", item.code),
                            "define the variable under `editions:`, or write the text without braces",
                        ));
                    }
                }
            }
        }
    }
    if let Some(expected) = a.expected {
        let actual = [
            ("dimensions", expected.dimensions, a.dimensions.len()),
            ("subdimensions", expected.subdimensions, a.subdimension_count()),
            ("items", expected.items, a.item_count()),
        ];
        for (key, declared, found) in actual {
            if let Some(declared) = declared {
                if declared != found {
                    let (l, _) = locate(yaml, 1, "expected", None);
                    problems.push(err(
                        locate_from(yaml, 1, l, key, None),
                        format!("`expected.{key}` says {declared} but the assessment has {found}"),
                        "add the missing entries, or correct the declared count",
                    ));
                }
            }
        }
    }
    problems
}

fn list(names: &[&str]) -> String {
    if names.is_empty() {
        "no variables".into()
    } else {
        names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
    }
}
