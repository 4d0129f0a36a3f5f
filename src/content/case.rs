//! Case studies: a shared library referenced by id from any course, with metadata that the case
//! index filters by (country, region, level, SDGs, themes).

use serde::{Deserialize, Serialize};

use crate::content::{Citation, Document, Kind, Meta, Structure};

/// Front matter of a case study in `cases/`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CaseMeta {
    pub id: String,
    #[serde(default)]
    pub number: Option<String>,
    pub title: String,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub organisations: Vec<String>,
    pub region: Region,
    pub level: Level,
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default)]
    pub sdgs: Vec<u8>,
    #[serde(default)]
    pub themes: Vec<String>,
    pub source: Citation,
    #[serde(default)]
    pub editorial_note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Region {
    Africa,
    Americas,
    Asia,
    Europe,
    Oceania,
    Global,
}

impl Region {
    /// Key of the region's name in the UI strings.
    pub fn key(self) -> &'static str {
        match self {
            Region::Africa => "region-africa",
            Region::Americas => "region-americas",
            Region::Asia => "region-asia",
            Region::Europe => "region-europe",
            Region::Oceania => "region-oceania",
            Region::Global => "region-global",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Local,
    National,
    Regional,
    International,
}

impl Level {
    pub fn key(self) -> &'static str {
        match self {
            Level::Local => "level-local",
            Level::National => "level-national",
            Level::Regional => "level-regional",
            Level::International => "level-international",
        }
    }
}

pub type Case = Document<CaseMeta>;

impl Meta for CaseMeta {
    const KIND: Kind = Kind::Case;
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.title
    }
}

impl Structure for CaseMeta {
    fn structure_diff(&self, t: &Self, d: &mut crate::content::structure::Differ) {
        use crate::path;
        d.field(path!["id"], "`id`", &t.id, &self.id);
        d.field(path!["region"], "`region`", t.region.key(), self.region.key());
        d.field(path!["level"], "`level`", t.level.key(), self.level.key());
        d.field(path!["sdgs"], "`sdgs`", &t.sdgs, &self.sdgs);
        d.field(path!["year"], "`year`", &t.year, &self.year);
    }
    fn keep_structure_of(&mut self, s: &Self) {
        self.number = s.number.clone();
    }
}
