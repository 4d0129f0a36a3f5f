//! Self-assessments (`assessments/<id>.yaml`): dimensions → sub-dimensions → coded items,
//! answered on a scale defined per instrument, with editions that fill text variables.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::content::structure::Plain;
use crate::content::{Origin, Structure};
use crate::diagnostic::Diagnostic;
use crate::path;
use crate::source::yaml::{Pos, Tree};

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
    pub tree: Tree,
    #[serde(skip)]
    pub origin: Origin,
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
    let tree = &a.tree;
    let err = |pos: Pos, message: String, hint: &str| {
        Diagnostic::error(&a.path, pos.line, pos.column, message).with_hint(hint)
    };
    if a.scale.len() < 2 {
        problems.push(err(
            tree.key_pos(path!["scale"]),
            "the scale needs at least two points".into(),
            "list the scale's values and labels under `scale:`",
        ));
    }
    let mut values = HashSet::new();
    for (i, p) in a.scale.iter().enumerate() {
        if !values.insert(p.value) {
            problems.push(err(
                tree.pos(path!["scale", i, "value"]),
                format!("scale value {} appears twice", p.value),
                "give every scale point its own value",
            ));
        }
    }
    // Every code with its path, in file order; the second of two equal codes is the duplicate.
    let mut codes: HashSet<&str> = HashSet::new();
    for (di, d) in a.dimensions.iter().enumerate() {
        let mut all = vec![(d.code.as_str(), tree.pos(path!["dimensions", di, "code"]))];
        for (si, s) in d.subdimensions.iter().enumerate() {
            all.push((s.code.as_str(), tree.pos(path!["dimensions", di, "subdimensions", si, "code"])));
            for (ii, item) in s.items.iter().enumerate() {
                let at = tree.pos(path!["dimensions", di, "subdimensions", si, "items", ii, "code"]);
                all.push((item.code.as_str(), at));
            }
        }
        for (code, at) in all {
            if !codes.insert(code) {
                problems.push(err(
                    at,
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
                tree.pos(path!["editions", i]),
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
    for (di, d) in a.dimensions.iter().enumerate() {
        for (si, s) in d.subdimensions.iter().enumerate() {
            for (ii, item) in s.items.iter().enumerate() {
                for name in placeholders(&item.text) {
                    if !declared_names.contains(&name) {
                        problems.push(err(
                            tree.pos(path!["dimensions", di, "subdimensions", si, "items", ii, "text"]),
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
                    problems.push(err(
                        tree.pos(path!["expected", key]),
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

impl Structure for Assessment {
    fn structure_diff(&self, t: &Self, d: &mut crate::content::structure::Differ) {
        use crate::path;
        d.field(path!["id"], "`id`", &t.id, &self.id);
        let scale = |a: &Assessment| a.scale.iter().map(|p| p.value).collect::<Vec<_>>();
        d.field(path!["scale"], "the values of the scale", &scale(t), &scale(self));
        let editions = |a: &Assessment| a.editions.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        if d.ids(path!["editions"], "edition", &editions(t), &editions(self)) {
            for (i, (h, s)) in t.editions.iter().zip(&self.editions).enumerate() {
                let keys = |e: &Edition| e.values.keys().cloned().collect::<Vec<_>>();
                d.ids(
                    path!["editions", i, "values"],
                    &format!("value of edition {}", s.id.plain()),
                    &keys(h),
                    &keys(s),
                );
            }
        }
        let dims = |a: &Assessment| a.dimensions.iter().map(|x| x.code.clone()).collect::<Vec<_>>();
        if !d.ids(path!["dimensions"], "dimension", &dims(t), &dims(self)) {
            return;
        }
        for (i, (h, s)) in t.dimensions.iter().zip(&self.dimensions).enumerate() {
            let subs = |x: &Dimension| x.subdimensions.iter().map(|y| y.code.clone()).collect::<Vec<_>>();
            let noun = format!("sub-dimension of {}", s.code.plain());
            if !d.ids(path!["dimensions", i, "subdimensions"], &noun, &subs(h), &subs(s)) {
                continue;
            }
            for (j, (hs, ss)) in h.subdimensions.iter().zip(&s.subdimensions).enumerate() {
                let codes = |x: &SubDimension| x.items.iter().map(|y| y.code.clone()).collect::<Vec<_>>();
                let at = path!["dimensions", i, "subdimensions", j, "items"];
                d.ids(at, &format!("statement of {}", ss.code.plain()), &codes(hs), &codes(ss));
            }
        }
    }
}
