//! Glossary terms: one file per term, shown together on the glossary page.

use serde::Deserialize;

use crate::content::{show, Document, Kind, Meta, Structure};

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
    fn structure_diff(&self, t: &Self) -> Vec<(&'static str, String, String)> {
        vec![("id", show(&t.id), show(&self.id)), ("see_also", show(&t.see_also), show(&self.see_also))]
    }
}
