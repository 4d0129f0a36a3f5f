//! A course's setup page: `courses/<course>/setup.md`, what learners must install, download or
//! prepare before the first session. Its id is its course's (`setup:COURSE` links to it); it is
//! translated like a chapter (`locales/<code>/courses/<course>/setup.md`).

use serde::Deserialize;

use crate::content::{Document, Kind, Meta, Structure};

/// The file name of a course's setup page, in the course folder.
pub const SETUP_FILE: &str = "setup.md";

/// Front matter of `courses/<course>/setup.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetupMeta {
    /// The course's id, set when the course is loaded (the file does not name it).
    #[serde(skip)]
    pub course: String,
    pub title: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub editorial_note: Option<String>,
}

pub type Setup = Document<SetupMeta>;

impl Meta for SetupMeta {
    const KIND: Kind = Kind::Setup;
    fn id(&self) -> &str {
        &self.course
    }
    fn title(&self) -> &str {
        &self.title
    }
}

impl Structure for SetupMeta {
    fn structure_diff(&self, _translated: &Self, _d: &mut crate::content::structure::Differ) {}
    /// A translation belongs to the same course.
    fn keep_structure_of(&mut self, source: &Self) {
        self.course.clone_from(&source.course);
    }
}
