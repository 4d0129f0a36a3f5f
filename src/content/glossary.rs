//! Glossary terms: one file per term, shown together on the glossary page.

use serde::Deserialize;

use crate::content::{Document, Kind, Meta, Structure};

/// Front matter of a glossary term in `glossary/`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermMeta {
    pub id: String,
    pub term: String,
    #[serde(default)]
    pub see_also: Vec<String>,
}

pub type Term = Document<TermMeta>;

impl Meta for TermMeta {
    const KIND: Kind = Kind::Term;
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.term
    }
}

impl Structure for TermMeta {
    fn structure_diff(&self, t: &Self, d: &mut crate::content::structure::Differ) {
        d.field(crate::path!["id"], "`id`", &t.id, &self.id);
        d.field(crate::path!["see_also"], "`see_also`", &t.see_also, &self.see_also);
    }
}
