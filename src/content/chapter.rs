//! Chapters (and a workshop's modules): numbered sections, objectives, key messages, the cases
//! and activities they use.

use serde::Deserialize;

use crate::content::{Citation, Document, Duration, Kind, Meta, Structure};

/// Front matter of a chapter (or module) file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChapterMeta {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub duration: Option<Duration>,
    #[serde(default)]
    pub objectives: Vec<String>,
    #[serde(default)]
    pub key_messages: Vec<String>,
    #[serde(default)]
    pub cases: Vec<String>,
    #[serde(default)]
    pub quiz: Option<String>,
    #[serde(default)]
    pub reflections: Option<String>,
    #[serde(default)]
    pub worksheets: Vec<String>,
    #[serde(default)]
    pub assessments: Vec<String>,
    /// Questions the chapter answers.
    #[serde(default)]
    pub questions: Vec<String>,
    /// Of the duration: minutes of teaching and of exercises.
    #[serde(default)]
    pub teaching: Option<Duration>,
    #[serde(default)]
    pub exercises: Option<Duration>,
    /// What a facilitator needs in the room, and what to prepare beforehand.
    #[serde(default)]
    pub materials: Vec<String>,
    #[serde(default)]
    pub preparation: Vec<String>,
    /// Written for this edition rather than taken from the source toolkit (shown on the page).
    #[serde(default)]
    pub written_for_this_edition: bool,
    /// Public sources the text relies on (cited at the end of the page).
    #[serde(default)]
    pub sources: Vec<Citation>,
    #[serde(default)]
    pub editorial_note: Option<String>,
}

pub type Chapter = Document<ChapterMeta>;

impl Meta for ChapterMeta {
    const KIND: Kind = Kind::Chapter;
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.title
    }
}

impl Structure for ChapterMeta {
    fn structure_diff(&self, t: &Self, d: &mut crate::content::structure::Differ) {
        use crate::path;
        d.field(path!["id"], "`id`", &t.id, &self.id);
        d.field(path!["cases"], "`cases`", &t.cases, &self.cases);
        d.field(path!["quiz"], "`quiz`", &t.quiz, &self.quiz);
        d.field(path!["reflections"], "`reflections`", &t.reflections, &self.reflections);
        d.field(path!["worksheets"], "`worksheets`", &t.worksheets, &self.worksheets);
        d.field(path!["assessments"], "`assessments`", &t.assessments, &self.assessments);
    }
    fn keep_structure_of(&mut self, s: &Self) {
        self.duration = s.duration;
    }
}
