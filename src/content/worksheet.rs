//! Worksheets as data (`worksheets/<id>.yaml`): fillable fields and tables, saved in the browser
//! and exported.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::content::structure::Plain;
use crate::content::{Origin, Structure};
use crate::diagnostic::Diagnostic;
use crate::path;
use crate::source::yaml::Tree;

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
    pub tree: Tree,
    #[serde(skip)]
    pub origin: Origin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Field,
    Table,
    /// Statements rated on a scale (Likert items), e.g. in a course evaluation.
    Rating,
}

impl BlockKind {
    /// The name written in the file.
    pub fn key(self) -> &'static str {
        match self {
            BlockKind::Field => "field",
            BlockKind::Table => "table",
            BlockKind::Rating => "rating",
        }
    }
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
    /// For a rating: the scale's labels, lowest first (default: a five-point agreement scale in
    /// the reader's language).
    #[serde(default)]
    pub scale: Vec<String>,
    /// For a rating: the statements to rate.
    #[serde(default)]
    pub items: Vec<RatingItem>,
    /// A model answer for facilitators (shown only in the facilitator edition; never sent to
    /// learners' browsers with the worksheet's schema).
    #[serde(default, skip_serializing)]
    pub model_answer: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RatingItem {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub prompt: Option<String>,
}

impl BlockKind {
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Field => "field",
            BlockKind::Table => "table",
            BlockKind::Rating => "rating",
        }
    }
}

pub fn validate_worksheet(sheet: &Worksheet) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let tree = &sheet.tree;
    let mut seen = HashSet::new();
    for (index, b) in sheet.blocks.iter().enumerate() {
        let at = tree.pos(path!["blocks", index]);
        if !seen.insert(b.id.as_str()) {
            problems.push(
                Diagnostic::error(&sheet.path, at.line, at.column, format!("duplicate block id `{}`", b.id))
                    .with_hint("give every field and table its own id"),
            );
        }
        let misplaced = |key: &str| {
            let p = tree.key_pos(path!["blocks", index, key]);
            Diagnostic::error(&sheet.path, p.line, p.column, format!("a `{}` block cannot have `{key}`", b.kind.name()))
                .with_hint("remove the field, or change the block's `type`")
        };
        match b.kind {
            BlockKind::Table if b.columns.is_empty() => {
                problems.push(
                    Diagnostic::error(&sheet.path, at.line, at.column, format!("table `{}` has no columns", b.id))
                        .with_hint("list the columns under `columns:`"),
                );
            }
            BlockKind::Field if !b.columns.is_empty() || b.rows.is_some() => {
                problems.push(misplaced(if b.rows.is_some() { "rows" } else { "columns" }));
            }
            BlockKind::Rating => {
                if b.items.is_empty() {
                    problems.push(
                        Diagnostic::error(&sheet.path, at.line, at.column, format!("rating `{}` has no items", b.id))
                            .with_hint("list the statements to rate under `items:`, each with an `id` and a `label`"),
                    );
                }
                if b.scale.len() == 1 {
                    let p = tree.pos(path!["blocks", index, "scale"]);
                    problems.push(
                        Diagnostic::error(&sheet.path, p.line, p.column, format!("the scale of rating `{}` has one point", b.id))
                            .with_hint("give at least two labels, lowest first, or leave `scale` out for a five-point agreement scale"),
                    );
                }
                for key in ["rows", "columns", "multiline"] {
                    let present = match key {
                        "rows" => b.rows.is_some(),
                        "columns" => !b.columns.is_empty(),
                        _ => b.multiline,
                    };
                    if present {
                        problems.push(misplaced(key));
                    }
                }
                let mut ids = HashSet::new();
                for (ii, item) in b.items.iter().enumerate() {
                    if !ids.insert(item.id.as_str()) {
                        let p = tree.pos(path!["blocks", index, "items", ii, "id"]);
                        problems.push(
                            Diagnostic::error(
                                &sheet.path,
                                p.line,
                                p.column,
                                format!("duplicate item id `{}` in rating `{}`", item.id, b.id),
                            )
                            .with_hint("give every statement its own id"),
                        );
                    }
                }
            }
            _ => {}
        }
        if b.kind != BlockKind::Rating {
            for key in ["scale", "items"] {
                let present = if key == "scale" { !b.scale.is_empty() } else { !b.items.is_empty() };
                if present {
                    problems.push(misplaced(key));
                }
            }
        }
        let mut columns = HashSet::new();
        for (ci, c) in b.columns.iter().enumerate() {
            if !columns.insert(c.id.as_str()) {
                let p = tree.pos(path!["blocks", index, "columns", ci, "id"]);
                problems.push(
                    Diagnostic::error(
                        &sheet.path,
                        p.line,
                        p.column,
                        format!("duplicate column id `{}` in table `{}`", c.id, b.id),
                    )
                    .with_hint("give every column its own id"),
                );
            }
        }
    }
    problems
}

impl Structure for Worksheet {
    fn structure_diff(&self, t: &Self, d: &mut crate::content::structure::Differ) {
        use crate::path;
        d.field(path!["id"], "`id`", &t.id, &self.id);
        let ids = |w: &Worksheet| w.blocks.iter().map(|b| b.id.clone()).collect::<Vec<_>>();
        if !d.ids(path!["blocks"], "block", &ids(t), &ids(self)) {
            return;
        }
        for (i, (h, s)) in t.blocks.iter().zip(&self.blocks).enumerate() {
            let name = |what: &str| format!("{what} of block {}", s.id.plain());
            d.field(path!["blocks", i, "type"], &name("the type"), h.kind.key(), s.kind.key());
            d.field(path!["blocks", i, "rows"], &name("`rows`"), &h.rows, &s.rows);
            let columns = |b: &Block| b.columns.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
            d.ids(
                path!["blocks", i, "columns"],
                &format!("column of block {}", s.id.plain()),
                &columns(h),
                &columns(s),
            );
            let items = |b: &Block| b.items.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
            d.ids(path!["blocks", i, "items"], &format!("item of block {}", s.id.plain()), &items(h), &items(s));
            d.count(
                path!["blocks", i, "scale"],
                &format!("scale point of block {}", s.id.plain()),
                h.scale.len(),
                s.scale.len(),
            );
        }
    }
}
