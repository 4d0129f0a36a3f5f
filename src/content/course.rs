//! Courses: `courses/<folder>/course.md` lists the chapters in order; a workshop also has an
//! `agenda.yaml`; a course may have a setup page (`setup.md`).

use serde::Deserialize;

use crate::content::{Chapter, Document, Duration, Kind, Meta, Structure};

/// Front matter of `courses/<course>/course.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseMeta {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub audience: Vec<String>,
    #[serde(default)]
    pub objectives: Vec<String>,
    #[serde(default)]
    pub duration: Option<Duration>,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub editorial_note: Option<String>,
    /// Chapter files, relative to the course folder, in order (a translation may leave it out).
    #[serde(default)]
    pub chapters: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Course {
    pub doc: Document<CourseMeta>,
    /// Chapters in the order `course.md` lists them.
    pub chapters: Vec<Chapter>,
    /// The display number of each chapter: its position ("3"), or for a workshop taught from an
    /// agenda, day and position in the day ("2.3").
    pub numbers: Vec<String>,
    /// The workshop agenda (`agenda.yaml`), if the course has one.
    pub agenda: Option<crate::content::agenda::Agenda>,
    /// What to install, download or prepare before the first session (`setup.md`), if any.
    pub setup: Option<crate::content::Setup>,
}

impl Course {
    /// How long the course takes: its own `duration`, else the sum of its chapters' (none when
    /// neither is given).
    pub fn duration(&self) -> Option<Duration> {
        let total: u32 = self.chapters.iter().filter_map(|c| c.meta.duration).map(Duration::minutes).sum();
        self.doc.meta.duration.or((total > 0).then_some(Duration(total)))
    }
}

impl Meta for CourseMeta {
    const KIND: Kind = Kind::Course;
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.title
    }
}

impl Structure for CourseMeta {
    fn structure_diff(&self, t: &Self, d: &mut crate::content::structure::Differ) {
        d.field(crate::path!["id"], "`id`", &t.id, &self.id);
    }
    /// A translated course follows its source's chapters: a chapter added to the source shows
    /// in every locale (translated, or as a fallback) without editing the translations.
    fn keep_structure_of(&mut self, s: &Self) {
        self.duration = s.duration;
        self.chapters = s.chapters.clone();
    }
    fn structure_notes(&self, t: &Self, d: &mut crate::content::structure::Differ) {
        if !t.chapters.is_empty() {
            d.field(crate::path!["chapters"], "`chapters`", &t.chapters, &self.chapters);
        }
    }
}
