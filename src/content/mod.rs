//! The content model: one module per content kind, each owning its typed front matter (closed
//! field sets: a misspelt field must not vanish), its validation, and what a translation must keep.
//! [`Kind`] lists the kinds once; [`Curriculum::entries`] visits every item of every kind.

pub mod agenda;
pub mod assessment;
pub mod brand;
pub mod case;
pub mod chapter;
pub mod course;
pub mod deck;
pub mod delivery;
pub mod framework;
pub mod glossary;
pub mod quiz;
pub mod setup;
pub mod site_config;
pub mod structure;
pub mod worksheet;

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::diagnostic::Diagnostic;
use crate::source::yaml::Tree;
use crate::source::SourceFile;

pub use assessment::Assessment;
pub use case::{Case, CaseMeta, Region};
pub use chapter::{Chapter, ChapterMeta};
pub use course::{Course, CourseMeta};
pub use deck::Deck;
pub use delivery::Delivery;
pub use framework::Framework;
pub use glossary::{Term, TermMeta};
pub use quiz::Quiz;
pub use setup::{Setup, SetupMeta};
pub use site_config::SiteConfig;
pub use worksheet::Worksheet;

/// Every kind of content item that has an id. Adding a kind: a module here, a variant here, a
/// field of [`Curriculum`]; the compiler points at every `match` that must learn it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Course,
    Chapter,
    Case,
    Term,
    Quiz,
    Worksheet,
    Assessment,
    Framework,
    Deck,
    Delivery,
    /// A course's setup page (its id is the course's).
    Setup,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Course,
        Kind::Chapter,
        Kind::Case,
        Kind::Term,
        Kind::Quiz,
        Kind::Worksheet,
        Kind::Assessment,
        Kind::Framework,
        Kind::Deck,
        Kind::Delivery,
        Kind::Setup,
    ];

    /// The kind's name in links (`case:ID`) and messages.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Course => "course",
            Kind::Chapter => "chapter",
            Kind::Case => "case",
            Kind::Term => "term",
            Kind::Quiz => "quiz",
            Kind::Worksheet => "worksheet",
            Kind::Assessment => "assessment",
            Kind::Framework => "framework",
            Kind::Deck => "deck",
            Kind::Delivery => "delivery",
            Kind::Setup => "setup",
        }
    }

    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Whether Markdown can link it as `kind:id`.
    pub fn linkable(self) -> bool {
        match self {
            Kind::Course | Kind::Chapter | Kind::Case | Kind::Term | Kind::Quiz => true,
            Kind::Worksheet | Kind::Assessment | Kind::Framework | Kind::Deck | Kind::Setup => true,
            Kind::Delivery => false,
        }
    }

    /// Whether a paragraph that holds only a link to it shows the item itself in place.
    pub fn embeddable(self) -> bool {
        match self {
            Kind::Quiz | Kind::Worksheet | Kind::Assessment | Kind::Framework => true,
            Kind::Course | Kind::Chapter | Kind::Case | Kind::Term | Kind::Deck | Kind::Delivery | Kind::Setup => false,
        }
    }

    /// What a slide can pull in by a link of its own: a case summary, a chapter's key messages.
    pub fn embeddable_in_deck(self) -> bool {
        matches!(self, Kind::Case | Kind::Chapter)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One item of content, whatever its kind (`Send`: the items of a locale are localized in
/// parallel).
pub trait Entry: Send {
    fn kind(&self) -> Kind;
    fn id(&self) -> &str;
    fn title(&self) -> &str;
    /// Source path relative to the site root.
    fn path(&self) -> &str;
    fn origin(&self) -> &Origin;
    fn origin_mut(&mut self) -> &mut Origin;
    /// Positions of its YAML (front matter, or the whole data file).
    fn tree(&self) -> &Tree;
    /// The YAML text its tree was parsed from.
    fn yaml(&self) -> &str;
    /// Words a translator translates.
    fn words(&self) -> usize;
    /// Replaces the text with the translation in `file`, keeping the source's structure;
    /// `recorded` is the source version the translation was reviewed against; `source_errors`
    /// the lines where the source itself has an error. Returns warnings (the translation is
    /// used) or errors (it is not: readers see the fallback).
    fn localize(
        &mut self,
        file: &SourceFile,
        lang: &str,
        recorded: Option<String>,
        source_errors: &BTreeSet<usize>,
    ) -> Result<Vec<Diagnostic>, Vec<Diagnostic>>;
}

/// Front matter of a Markdown content kind.
pub trait Meta: serde::de::DeserializeOwned + Structure + Send {
    const KIND: Kind;
    fn id(&self) -> &str;
    fn title(&self) -> &str;
}

/// An item whose title is empty (`title:` or `title: ""`): its page would have an empty heading
/// and browser tab, and links to it no text.
pub fn empty_title(e: &dyn Entry) -> Option<Diagnostic> {
    if !e.title().trim().is_empty() {
        return None;
    }
    let key = if e.kind() == Kind::Term { "term" } else { "title" };
    let at = e.tree().key_pos(&[crate::source::yaml::Seg::Key(key)]);
    Some(Diagnostic::error(e.path(), at.line, at.column, format!("the {} has an empty `{key}:`", e.kind())).with_hint(
        format!("write its {key}: it is the page's heading, the browser tab's name and the text of links to it"),
    ))
}

/// What a translation must keep from its source.
pub trait Structure {
    /// Notes in `d` every structural difference of `translated` from `self` (the source).
    fn structure_diff(&self, translated: &Self, d: &mut structure::Differ);
    /// Copies structural fields that a translation may leave out.
    fn keep_structure_of(&mut self, _source: &Self) {}
    /// Fields a translation should not change but may (the source's are used): warnings.
    fn structure_notes(&self, _translated: &Self, _d: &mut structure::Differ) {}
}

/// Words as `split_whitespace` counts them, a byte at a time where the text is ASCII (the
/// translation status counts every source file's words).
pub(crate) fn word_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut count, mut in_word, mut at) = (0, false, 0);
    while at < bytes.len() {
        let (space, width) = match bytes[at] {
            b if b.is_ascii() => (b.is_ascii_whitespace() || b == 0x0B, 1),
            _ => text[at..].chars().next().map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
        };
        count += usize::from(!space && !in_word);
        in_word = !space;
        at += width;
    }
    count
}

impl<M: Meta> Entry for Document<M> {
    fn kind(&self) -> Kind {
        M::KIND
    }
    fn id(&self) -> &str {
        self.meta.id()
    }
    fn title(&self) -> &str {
        self.meta.title()
    }
    fn path(&self) -> &str {
        &self.path
    }
    fn origin(&self) -> &Origin {
        &self.origin
    }
    fn origin_mut(&mut self) -> &mut Origin {
        &mut self.origin
    }
    fn tree(&self) -> &Tree {
        &self.tree
    }
    fn yaml(&self) -> &str {
        &self.yaml
    }
    fn words(&self) -> usize {
        word_count(&self.yaml) + word_count(&self.body)
    }
    fn localize(
        &mut self,
        file: &SourceFile,
        lang: &str,
        recorded: Option<String>,
        source_errors: &BTreeSet<usize>,
    ) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
        crate::i18n::translate::apply_document(self, file, lang, recorded, source_errors)
    }
}

/// A content kind stored as a YAML file of its own (quiz, worksheet, ...): it has `id`, `title`,
/// `path`, `yaml`, `tree` and `origin` fields.
pub trait DataFile: serde::de::DeserializeOwned + Structure + Send + Clone {
    fn id(&self) -> &str;
    /// Attaches what was read: path, text and positions.
    fn attach(&mut self, file: SourceFile, tree: Tree);
}

macro_rules! data_file {
    ($($ty:ty => $kind:expr),* $(,)?) => {$(
        impl DataFile for $ty {
            fn id(&self) -> &str {
                &self.id
            }
            fn attach(&mut self, file: SourceFile, tree: Tree) {
                self.origin.hash = crate::source::content_hash(&file.text);
                self.path = file.path;
                self.yaml = file.text;
                self.tree = tree;
            }
        }

        impl Entry for $ty {
            fn kind(&self) -> Kind {
                $kind
            }
            fn id(&self) -> &str {
                &self.id
            }
            fn title(&self) -> &str {
                &self.title
            }
            fn path(&self) -> &str {
                &self.path
            }
            fn origin(&self) -> &Origin {
                &self.origin
            }
            fn origin_mut(&mut self) -> &mut Origin {
                &mut self.origin
            }
            fn tree(&self) -> &Tree {
                &self.tree
            }
            fn yaml(&self) -> &str {
                &self.yaml
            }
            fn words(&self) -> usize {
                word_count(&self.yaml)
            }
            fn localize(&mut self, file: &SourceFile, lang: &str, recorded: Option<String>, source_errors: &BTreeSet<usize>) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
                crate::i18n::translate::apply_data(self, file, lang, recorded, source_errors)
            }
        }
    )*};
}
data_file!(
    Quiz => Kind::Quiz,
    Worksheet => Kind::Worksheet,
    Assessment => Kind::Assessment,
    Framework => Kind::Framework,
    Delivery => Kind::Delivery,
);

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
    /// Set by `i18n::translate::localize` when a translation cites the work as its source does
    /// (same title): the title and publisher are then in the source's language.
    #[serde(skip_deserializing)]
    pub lang: String,
}

impl Citation {
    /// Whether `other` names the same work in the same words.
    pub fn same_text(&self, other: &Citation) -> bool {
        self.title == other.title && self.publisher == other.publisher
    }
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

    /// As a duration is written in YAML (`45min`, `2h`, `1h 30min`), for hints.
    pub fn written(self) -> String {
        match (self.0 / 60, self.0 % 60) {
            (0, m) => format!("{m}min"),
            (h, 0) => format!("{h}h"),
            (h, m) => format!("{h}h {m}min"),
        }
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
            // `duration: 3` is as likely three hours as three minutes.
            Raw::Minutes(m) => Err(serde::de::Error::custom(format!(
                "`{m}` has no unit: write `{m}min` or `{m}h` (or `1h 30min`, `2d`)"
            ))),
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
    /// The front matter text (word counts, and `serve` compares it to see what an edit changed).
    pub yaml: String,
    /// Where every front-matter key and value is, for problems found after parsing.
    pub tree: Tree,
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
    pub anchor_ids: Option<Vec<Option<String>>>,
    /// For translations: the source's labels (`{#fig-x}`), by position among the figures,
    /// tables, exercises and equations, for those the translation does not write itself.
    pub label_ids: Option<Vec<Option<String>>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum TranslationState {
    /// The source text, in the site's default locale.
    #[default]
    Source,
    /// A translation that records the current hash of its source.
    Current,
    /// A translation whose source changed since it was last marked current.
    Outdated,
    /// A translation that was never marked current: counted as translated, shown without a
    /// notice, until it is reviewed (`locale mark-current`).
    Unreviewed,
    /// No translation: the text of the nearest locale in the fallback chain is shown.
    Fallback,
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
    pub decks: Vec<Deck>,
    /// Sorted by id.
    pub frameworks: Vec<Framework>,
    /// Sorted by id.
    pub deliveries: Vec<Delivery>,
    /// Items whose files exist but failed to load (already reported): references to them are
    /// not reported again.
    pub failed: std::collections::BTreeSet<(Kind, String)>,
    /// The ids that files repeating another's id most likely meant (their file names): the
    /// duplicate is reported, links to these ids are not.
    pub meant_ids: std::collections::BTreeSet<(Kind, String)>,
}

impl Curriculum {
    /// Whether a link to `id` that finds nothing is already explained by another error: the
    /// item's file failed to load, or its `id:` repeats another's.
    pub fn explains_missing(&self, kind: Kind, id: &str) -> bool {
        let key = (kind, id.to_string());
        self.failed.contains(&key) || self.meant_ids.contains(&key)
    }

    /// Whether everything listed loaded: only then can "nothing uses this" be told for sure.
    pub fn is_complete(&self) -> bool {
        self.failed.is_empty() && self.courses.iter().all(|c| !c.chapters.is_empty())
    }

    /// Items whose id an earlier item of the same kind already has.
    pub fn duplicates(&self) -> Vec<&dyn Entry> {
        let mut seen = std::collections::HashSet::new();
        self.entries().into_iter().filter(|e| !seen.insert((e.kind(), e.id()))).collect()
    }

    /// The id a duplicate item most likely meant: its file's name, when no item of its kind has
    /// that id. Files are named after their ids, and a copied file whose `id:` was not changed is
    /// the usual cause.
    pub fn meant_id(&self, duplicate: &dyn Entry) -> Option<String> {
        let stem = std::path::Path::new(duplicate.path()).file_stem()?.to_str()?;
        let taken = || self.entries().iter().any(|e| e.kind() == duplicate.kind() && e.id() == stem);
        let named_by_file = duplicate.kind() != Kind::Course && stem != duplicate.id();
        (named_by_file && crate::pipeline::resolve::is_valid_id(stem) && !taken()).then(|| stem.to_string())
    }

    /// Every item of every kind, in a fixed order (courses with their chapters first).
    pub fn entries(&self) -> Vec<&dyn Entry> {
        // Destructured without `..`: a new kind of content must be listed here.
        let Curriculum {
            site: _,
            failed: _,
            meant_ids: _,
            courses,
            cases,
            terms,
            quizzes,
            worksheets,
            assessments,
            decks,
            frameworks,
            deliveries,
        } = self;
        let mut out: Vec<&dyn Entry> = Vec::new();
        for course in courses {
            out.push(&course.doc);
            out.extend(course.setup.iter().map(|s| s as &dyn Entry));
            out.extend(course.chapters.iter().map(|c| c as &dyn Entry));
        }
        out.extend(cases.iter().map(|c| c as &dyn Entry));
        out.extend(terms.iter().map(|c| c as &dyn Entry));
        out.extend(quizzes.iter().map(|c| c as &dyn Entry));
        out.extend(worksheets.iter().map(|c| c as &dyn Entry));
        out.extend(assessments.iter().map(|c| c as &dyn Entry));
        out.extend(decks.iter().map(|c| c as &dyn Entry));
        out.extend(frameworks.iter().map(|c| c as &dyn Entry));
        out.extend(deliveries.iter().map(|c| c as &dyn Entry));
        out
    }

    /// [`Curriculum::entries`], mutable.
    pub fn entries_mut(&mut self) -> Vec<&mut dyn Entry> {
        let Curriculum {
            site: _,
            failed: _,
            meant_ids: _,
            courses,
            cases,
            terms,
            quizzes,
            worksheets,
            assessments,
            decks,
            frameworks,
            deliveries,
        } = self;
        let mut out: Vec<&mut dyn Entry> = Vec::new();
        for course in courses {
            out.push(&mut course.doc);
            out.extend(course.setup.iter_mut().map(|s| s as &mut dyn Entry));
            out.extend(course.chapters.iter_mut().map(|c| c as &mut dyn Entry));
        }
        out.extend(cases.iter_mut().map(|c| c as &mut dyn Entry));
        out.extend(terms.iter_mut().map(|c| c as &mut dyn Entry));
        out.extend(quizzes.iter_mut().map(|c| c as &mut dyn Entry));
        out.extend(worksheets.iter_mut().map(|c| c as &mut dyn Entry));
        out.extend(assessments.iter_mut().map(|c| c as &mut dyn Entry));
        out.extend(decks.iter_mut().map(|c| c as &mut dyn Entry));
        out.extend(frameworks.iter_mut().map(|c| c as &mut dyn Entry));
        out.extend(deliveries.iter_mut().map(|c| c as &mut dyn Entry));
        out
    }
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

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        let texts = [
            "",
            " ",
            "one",
            " two  words ",
            "tab\tnew\nline\r\nvt\x0bff\x0c end",
            "nbsp\u{a0}here\u{3000}ideographic\u{2003}em\u{85}nel\u{2028}ls",
            "数字政府 转型",
            "é\u{301} ّ x",
        ];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let files: Vec<String> = walkdir::WalkDir::new(root.join("locales"))
            .into_iter()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "md" || x == "yaml"))
            .map(|e| std::fs::read_to_string(e.path()).unwrap())
            .collect();
        assert!(files.len() > 100, "{} translated files", files.len());
        for text in texts.iter().copied().chain(files.iter().map(String::as_str)) {
            assert_eq!(super::word_count(text), text.split_whitespace().count(), "{text:?}");
        }
    }
}
