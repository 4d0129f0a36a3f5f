//! Worksheets as data (`worksheets/<id>.yaml`): fillable fields and tables, saved in the browser
//! and exported.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::content::{show, Origin, Structure};
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
    /// A model answer for facilitators (shown only in the facilitator edition; never sent to
    /// learners' browsers with the worksheet's schema).
    #[serde(default, skip_serializing)]
    #[allow(dead_code)] // shown by the facilitator edition (next step of issue #20)
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
        match b.kind {
            BlockKind::Table if b.columns.is_empty() => {
                problems.push(
                    Diagnostic::error(&sheet.path, at.line, at.column, format!("table `{}` has no columns", b.id))
                        .with_hint("list the columns under `columns:`"),
                );
            }
            BlockKind::Field if !b.columns.is_empty() || b.rows.is_some() => {
                let key = if b.rows.is_some() { "rows" } else { "columns" };
                let p = tree.key_pos(path!["blocks", index, key]);
                problems.push(
                    Diagnostic::error(&sheet.path, p.line, p.column, format!("field `{}` cannot have `{key}`", b.id))
                        .with_hint("use `type: table` for a table"),
                );
            }
            _ => {}
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
    fn structure_diff(&self, t: &Self) -> Vec<(&'static str, String, String)> {
        let shape = |w: &Worksheet| {
            w.blocks
                .iter()
                .map(|b| {
                    format!(
                        "{}:{:?}:{:?}:{:?}",
                        b.id,
                        b.kind,
                        b.rows,
                        b.columns.iter().map(|c| &c.id).collect::<Vec<_>>()
                    )
                })
                .collect::<Vec<_>>()
        };
        vec![("id", show(&t.id), show(&self.id)), ("blocks", show(&shape(t)), show(&shape(self)))]
    }
}
