//! The content model: typed front matter of every file type, and the loaded curriculum.
//!
//! Field sets are closed (`deny_unknown_fields`): a misspelt field must not vanish silently.

pub mod activity;
pub mod agenda;
pub mod deck;
pub mod framework;

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::content::activity::{Assessment, Quiz, Worksheet};

/// `curriculum/site.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default = "default_locale")]
    pub default_locale: String,
    #[serde(default)]
    pub base_url: Option<String>,
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Locales to build, in the language switcher's order. Default: the default locale, then
    /// every folder under `locales/`.
    #[serde(default)]
    pub locales: Option<Vec<String>>,
    /// Extra fallbacks per locale, tried after its own parent locales (`pt-BR: [pt-PT]`).
    #[serde(default)]
    pub fallbacks: std::collections::BTreeMap<String, Vec<String>>,
    pub courses: Vec<String>,
    /// Run a full HTML minifier on every page. The templates are compacted either way; this
    /// saves a few more percent of bytes at a large cost in build time.
    #[serde(default)]
    pub minify: bool,
}

fn default_locale() -> String {
    "en".into()
}

fn default_theme() -> String {
    "default".into()
}

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
    pub chapters: Vec<String>,
}

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
    /// Questions the chapter answers (lesson metadata).
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub title: String,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default)]
    pub url: Option<String>,
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

/// Front matter of a glossary term in `glossary/`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermMeta {
    pub id: String,
    pub term: String,
    #[serde(default)]
    pub see_also: Vec<String>,
}

/// A teaching duration in minutes, written as `90min`, `3h`, `1h 30min` or `2d` (6 h a day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Duration(pub u32);

pub const MINUTES_PER_TEACHING_DAY: u32 = 6 * 60;

impl Duration {
    pub fn parse(text: &str) -> Result<Duration, String> {
        let mut total = 0u32;
        let mut any = false;
        for part in text.split_whitespace() {
            let digits_end = part.find(|c: char| !c.is_ascii_digit()).unwrap_or(part.len());
            let (number, unit) = part.split_at(digits_end);
            let value: u32 = number.parse().map_err(|_| Self::explain(text))?;
            let factor = match unit {
                "min" | "m" => 1,
                "h" => 60,
                "d" => MINUTES_PER_TEACHING_DAY,
                _ => return Err(Self::explain(text)),
            };
            total = total.saturating_add(value.saturating_mul(factor));
            any = true;
        }
        if !any {
            return Err(Self::explain(text));
        }
        Ok(Duration(total))
    }

    fn explain(text: &str) -> String {
        format!("invalid duration `{text}`: write it like `90min`, `3h`, `1h 30min` or `2d`")
    }

    pub fn minutes(self) -> u32 {
        self.0
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Minutes(u32),
            Text(String),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Minutes(m) => Ok(Duration(m)),
            Raw::Text(t) => Duration::parse(&t).map_err(serde::de::Error::custom),
        }
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (h, m) = (self.0 / 60, self.0 % 60);
        match (h, m) {
            (0, m) => write!(f, "{m} min"),
            (h, 0) => write!(f, "{h} h"),
            (h, m) => write!(f, "{h} h {m} min"),
        }
    }
}

/// A Markdown document with its position in its file, kept for rendering after loading.
#[derive(Debug, Clone)]
pub struct Document<M> {
    pub meta: M,
    /// Where the text comes from: source, translation or fallback.
    pub origin: Origin,
    /// Source path relative to the site root.
    pub path: String,
    /// The front matter text, for locating problems found after parsing.
    pub yaml: String,
    pub yaml_line: usize,
    pub body: String,
    pub body_line: usize,
}

/// The language and translation state of a piece of content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// Locale code of the text; empty until the loader sets it.
    pub lang: String,
    pub state: TranslationState,
    /// Hash of the file's text, which translations record to detect changes of their source.
    pub hash: String,
    /// For translations: the path of the source file they translate.
    pub source_path: Option<String>,
    /// For translations: the source's heading anchors, so that `#section` links work in every
    /// language (a translated heading would otherwise get a translated anchor).
    pub anchor_ids: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum TranslationState {
    /// The source text, in the site's default locale.
    #[default]
    Source,
    /// A translation that records the current hash of its source.
    Current,
    /// A translation whose source changed since (or that records no hash yet).
    Outdated,
    /// No translation: the text of the nearest locale in the fallback chain is shown.
    Fallback,
}

pub type Chapter = Document<ChapterMeta>;
pub type Case = Document<CaseMeta>;
pub type Term = Document<TermMeta>;

#[derive(Debug, Clone)]
pub struct Course {
    pub doc: Document<CourseMeta>,
    /// Folder name under `curriculum/courses/`.
    pub folder: String,
    /// Chapters in the order `course.md` lists them.
    pub chapters: Vec<Chapter>,
    /// The display number of each chapter: its position ("3"), or for a workshop taught from an
    /// agenda, day and position in the day ("2.3").
    pub numbers: Vec<String>,
    /// The workshop agenda (`agenda.yaml`), if the course has one.
    pub agenda: Option<crate::content::agenda::Agenda>,
}

/// Everything loaded from `curriculum/`, validated field by field but not yet cross-checked.
#[derive(Debug, Clone)]
pub struct Curriculum {
    pub site: SiteConfig,
    pub courses: Vec<Course>,
    /// Sorted by id.
    pub cases: Vec<Case>,
    /// Sorted by term (case-insensitive).
    pub terms: Vec<Term>,
    pub quizzes: Vec<Quiz>,
    pub worksheets: Vec<Worksheet>,
    pub assessments: Vec<Assessment>,
    /// Sorted by id.
    pub decks: Vec<crate::content::deck::Deck>,
    /// Sorted by id.
    pub frameworks: Vec<crate::content::framework::Framework>,
    /// Sorted by id.
    pub deliveries: Vec<crate::content::agenda::Delivery>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_durations() {
        assert_eq!(Duration::parse("90min").unwrap().minutes(), 90);
        assert_eq!(Duration::parse("1h 30min").unwrap().minutes(), 90);
        assert_eq!(Duration::parse("2d").unwrap().minutes(), 720);
        assert!(Duration::parse("3 hours").unwrap_err().contains("write it like"));
        assert_eq!(Duration(150).to_string(), "2 h 30 min");
    }
}
