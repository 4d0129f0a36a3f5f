//! Reference frameworks as data (e.g. principles with their strategies), written once and shown
//! wherever a page links them on a line of their own.

use serde::{Deserialize, Serialize};

use crate::content::{show, Citation, Origin, Structure};
use crate::diagnostic::Diagnostic;
use crate::source::yaml::{values_of_key, Tree};

/// `frameworks/<id>.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub source: Option<Citation>,
    #[serde(default)]
    pub intro: Option<String>,
    /// Optional grouping level (e.g. effectiveness, accountability, inclusiveness).
    #[serde(default)]
    pub groups: Vec<Group>,
    /// Items without a group.
    #[serde(default)]
    pub items: Vec<Item>,
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
pub struct Group {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    #[serde(default)]
    pub code: Option<String>,
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub items: Vec<Item>,
}

impl Framework {
    /// Every item, depth first, for counting and structure checks.
    pub fn all_items(&self) -> Vec<&Item> {
        fn walk<'a>(items: &'a [Item], out: &mut Vec<&'a Item>) {
            for i in items {
                out.push(i);
                walk(&i.items, out);
            }
        }
        let mut out = Vec::new();
        for g in &self.groups {
            walk(&g.items, &mut out);
        }
        walk(&self.items, &mut out);
        out
    }

    /// The shape a translation must keep: group and item counts and codes.
    pub fn shape(&self) -> String {
        fn walk(items: &[Item]) -> String {
            items
                .iter()
                .map(|i| format!("{}[{}]", i.code.as_deref().unwrap_or("-"), walk(&i.items)))
                .collect::<Vec<_>>()
                .join(",")
        }
        let groups: Vec<String> = self.groups.iter().map(|g| walk(&g.items)).collect();
        format!("{}|{}", groups.join(";"), walk(&self.items))
    }
}

pub fn validate(f: &Framework) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    if f.groups.is_empty() && f.items.is_empty() {
        problems.push(
            Diagnostic::error(&f.path, 1, 1, "the framework has no items")
                .with_hint("list its items under `items:` or `groups:`"),
        );
    }
    // Codes with their positions, in file order: the second of two equal codes is the duplicate.
    let mut codes = std::collections::HashSet::new();
    for (code, at) in f.tree.root.iter().flat_map(|root| values_of_key(root, "code")) {
        if !codes.insert(code) {
            problems.push(
                Diagnostic::error(&f.path, at.line, at.column, format!("duplicate code `{code}`"))
                    .with_hint("give every item its own code"),
            );
        }
    }
    problems
}

impl Structure for Framework {
    fn structure_diff(&self, t: &Self) -> Vec<(&'static str, String, String)> {
        vec![("id", show(&t.id), show(&self.id)), ("items", t.shape(), self.shape())]
    }
}
