//! Reference frameworks as data (e.g. principles with their strategies), written once and shown
//! wherever a page links them on a line of their own.

use serde::{Deserialize, Serialize};

use crate::content::structure::Plain;
use crate::content::{Citation, Origin, Structure};
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
    fn structure_diff(&self, t: &Self, d: &mut crate::content::structure::Differ) {
        use crate::path;
        use crate::source::yaml::Seg;
        d.field(path!["id"], "`id`", &t.id, &self.id);
        // Item codes, level by level, at their place in the file.
        fn items(d: &mut crate::content::structure::Differ, at: Vec<Seg<'static>>, here: &[Item], there: &[Item]) {
            let mut list = at.clone();
            list.push(Seg::Key("items"));
            if !d.count(&list, "item", here.len(), there.len()) {
                return;
            }
            for (i, (h, s)) in here.iter().zip(there).enumerate() {
                let mut item = list.clone();
                item.push(Seg::Index(i));
                let mut code = item.clone();
                code.push(Seg::Key("code"));
                d.field(&code, &format!("the code of item {} ({})", i + 1, s.title.plain()), &h.code, &s.code);
                items(d, item, &h.items, &s.items);
            }
        }
        if d.count(path!["groups"], "group", t.groups.len(), self.groups.len()) {
            for (g, (h, s)) in t.groups.iter().zip(&self.groups).enumerate() {
                items(d, vec![Seg::Key("groups"), Seg::Index(g)], &h.items, &s.items);
            }
        }
        items(d, Vec::new(), &t.items, &self.items);
    }
}
