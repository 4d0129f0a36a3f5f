//! A locale's translations as translators' tools see them: for each source document, one
//! entry per segment with its source text, the existing translation (aligned with the source
//! by structure) and its state. Export (PO, XLIFF), import and the per-segment status report
//! all start from here.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::segments::{self, inline, Mark, Segment};
use super::translate::{LocaleFiles, LOCALES_DIR};
use crate::content::{Curriculum, Kind, TranslationState};
use crate::diagnostic::Diagnostic;
use crate::pipeline::load::CURRICULUM_DIR;
use crate::source::SourceFile;

/// Whether an entry has a translation and whether it is current.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Translated, and the translation records the current source.
    Translated,
    /// Translated, but the source changed since (PO: `#, fuzzy`).
    Outdated,
    /// No translation: the file or this part of it is not translated.
    Missing,
}

/// One entry: a segment of the source and its translation.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Stable name: `case:x#body/context/p@3fa1b2c4` (document, structural path, hash of the
    /// source text).
    pub id: String,
    pub source: Segment,
    /// The existing translation's segment, when one is aligned with this one.
    pub translated: Option<Segment>,
    /// The existing translation with the source's placeholder names.
    pub target: Option<String>,
    /// The source's placeholders and any the translation has besides.
    pub marks: Vec<Mark>,
    pub state: State,
    /// For an outdated entry, the source text its translation was made from, when the
    /// project's git history still has that version of the source (PO: `#| msgid`).
    pub previous: Option<String>,
}

/// One source document and its translation.
#[derive(Debug, Clone)]
pub struct DocCatalog {
    /// `curriculum/cases/x.md`
    pub source_path: String,
    /// `locales/fr/cases/x.md`
    pub translated_path: String,
    pub source_text: String,
    /// The translated file's text, when it exists.
    pub translated_text: Option<String>,
    pub units: Vec<Unit>,
    /// The translated file as a whole.
    pub file_state: FileState,
    /// Problems aligning the translation (sections whose structure differs from the source's).
    pub notes: Vec<Diagnostic>,
}

impl DocCatalog {
    pub fn count(&self, state: State) -> usize {
        self.units.iter().filter(|u| u.state == state).count()
    }
}

/// A document that translators translate: a content file, or a course's agenda.
#[derive(Debug, Clone, Copy)]
pub struct Doc<'a> {
    /// `None` for an agenda (a YAML file of its course).
    pub kind: Option<Kind>,
    /// The content id, or the course's id for its agenda.
    pub id: &'a str,
    /// `curriculum/...`
    pub path: &'a str,
}

impl Doc<'_> {
    /// `case`, `quiz`, ..., `agenda`: the first part of entry names.
    pub fn kind_name(&self) -> &'static str {
        self.kind.map_or("agenda", Kind::name)
    }
}

/// Every document of the curriculum a translator translates: content files, then agendas.
pub fn documents(cur: &Curriculum) -> Vec<Doc<'_>> {
    let mut docs: Vec<Doc<'_>> =
        cur.entries().into_iter().map(|e| Doc { kind: Some(e.kind()), id: e.id(), path: e.path() }).collect();
    docs.extend(cur.courses.iter().filter_map(|c| {
        c.agenda.as_ref().map(|a| Doc { kind: None, id: c.doc.meta.id.as_str(), path: a.path.as_str() })
    }));
    docs
}

/// The translation state of every document in `localized` (the curriculum as a locale shows it),
/// by source path.
fn states(localized: &Curriculum) -> HashMap<String, TranslationState> {
    let mut out: HashMap<String, TranslationState> = localized
        .entries()
        .into_iter()
        .map(|e| (e.origin().source_path.clone().unwrap_or_else(|| e.path().to_string()), e.origin().state.clone()))
        .collect();
    for course in &localized.courses {
        if let Some(a) = &course.agenda {
            out.insert(a.origin.source_path.clone().unwrap_or_else(|| a.path.clone()), a.origin.state.clone());
        }
    }
    out
}

/// The catalogs of every source document for `locale` (its own files only, not its fallbacks).
/// Translation states come from the locale's `translation-record.yaml`, as the site's do.
pub fn catalogs(root: &std::path::Path, cur: &Curriculum, files: &LocaleFiles) -> Vec<DocCatalog> {
    let (localized, _) = super::translate::localize(cur, &[files], &Default::default());
    let states = states(&localized);
    documents(cur)
        .into_iter()
        .map(|doc| {
            let file = files.files.get(doc.path);
            let state = match (file, states.get(doc.path)) {
                (Some(_), Some(TranslationState::Current)) => FileState::Current,
                (Some(_), Some(TranslationState::Unreviewed)) => FileState::Unreviewed,
                (Some(_), Some(TranslationState::Outdated)) => FileState::Outdated,
                // A translation that fails the structure checks is not used by the site either.
                (Some(_), _) => FileState::Broken,
                (None, _) => FileState::Missing,
            };
            // The source as the translation was made from it, to tell the entries that changed
            // since from those that did not.
            let earlier = (state == FileState::Outdated)
                .then(|| files.recorded_hash(doc.path))
                .flatten()
                .and_then(|hash| earlier_source(root, doc.path, &hash));
            catalog(doc, source_text(root, doc.path), &files.locale, file, state, earlier.as_ref())
        })
        .collect()
}

/// The version of the source file at `path` whose hash is `hash` (the one a translation was
/// reviewed against), from the project's git history; `None` without git or without that
/// version. Looks at the last 30 commits that changed the file (a process each).
fn earlier_source(root: &std::path::Path, path: &str, hash: &str) -> Option<SourceFile> {
    let git = |args: &[&str]| -> Option<Vec<u8>> {
        let out = std::process::Command::new("git").arg("-C").arg(root).args(args).output().ok()?;
        out.status.success().then_some(out.stdout)
    };
    let commits = String::from_utf8(git(&["log", "-n", "30", "--format=%H", "--", path])?).ok()?;
    commits.lines().find_map(|commit| {
        let text = String::from_utf8(git(&["show", &format!("{commit}:{path}")])?).ok()?;
        let text = crate::source::normalize_text(text);
        (crate::source::content_hash(&text) == hash).then(|| SourceFile { path: path.to_string(), text })
    })
}

/// The text of a source file as loaded.
fn source_text(root: &std::path::Path, path: &str) -> SourceFile {
    crate::source::read_file(root, &root.join(path))
        .unwrap_or_else(|_| SourceFile { path: path.to_string(), text: String::new() })
}

/// The state of a translated file as a whole (from the translation record).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileState {
    /// Reviewed against the current source.
    Current,
    /// Never marked current: the site shows it as translated.
    Unreviewed,
    /// Reviewed against an older version of its source.
    Outdated,
    /// It exists but fails the checks a build makes: the site does not use it.
    Broken,
    /// No translated file.
    Missing,
}

/// The catalog of one document. `source` is its source file's text; `translated` the
/// translation, with `state` its file's state; `earlier`, for an outdated translation, the
/// source it was made from, when known: its entries whose source text has not changed since are
/// then translated, not outdated.
pub fn catalog(
    doc: Doc<'_>,
    source: SourceFile,
    locale: &str,
    translated: Option<&SourceFile>,
    state: FileState,
    earlier: Option<&SourceFile>,
) -> DocCatalog {
    let relative = source.path.strip_prefix(&format!("{CURRICULUM_DIR}/")).unwrap_or(&source.path).to_string();
    let translated_path = format!("{LOCALES_DIR}/{locale}/{relative}");
    let source_segments = segments::segments(doc.kind, &source);
    let usable = translated.filter(|_| state != FileState::Broken);
    let mut translated_segments = usable.map(|f| segments::segments(doc.kind, f)).unwrap_or_default();
    if let Some(file) = usable {
        align_sections(doc.kind, &source, file, &mut translated_segments);
    }
    let (aligned, notes) = align(&source_segments, &translated_segments, &translated_path);
    // The earlier source's texts by place: (context, text) pairs it had.
    let earlier_segments = earlier.map(|f| segments::segments(doc.kind, f));
    let earlier_text = |context: &str| -> Option<Vec<&str>> {
        let segs = earlier_segments.as_ref()?;
        Some(segs.iter().filter(|s| s.context == context).map(|s| s.inline.text.as_str()).collect())
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    let units = source_segments
        .into_iter()
        .zip(aligned)
        .map(|(segment, found)| {
            let mut id = format!(
                "{}:{}#{}@{}",
                doc.kind_name(),
                doc.id,
                segment.context,
                segments::text_hash(&segment.inline.text)
            );
            let n = seen.entry(id.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                id = format!("{id}~{n}");
            }
            let translated = found.map(|i| translated_segments[i].clone());
            let (target, marks) = match &translated {
                // In a file reviewed against the current source, a text left as the source has
                // it (a name: "Smart Nation and Digital Government Group") is the reviewer's choice.
                Some(t) if state == FileState::Current || !untranslated(&segment, t) => {
                    let (text, marks) = rename_marks(&segment.inline.marks, &t.inline);
                    (Some(text), marks)
                }
                _ => (None, segment.inline.marks.clone()),
            };
            let before = earlier_text(&segment.context);
            let unchanged = before.as_ref().is_some_and(|texts| texts.contains(&segment.inline.text.as_str()));
            let unit_state = match (&target, state) {
                (None, _) => State::Missing,
                (Some(_), FileState::Outdated) if !unchanged => State::Outdated,
                (Some(_), _) => State::Translated,
            };
            let previous = (unit_state == State::Outdated)
                .then(|| before.and_then(|texts| texts.first().map(|t| t.to_string())))
                .flatten();
            Unit { id, source: segment, translated, target, marks, state: unit_state, previous }
        })
        .collect();
    DocCatalog {
        source_path: source.path.clone(),
        translated_path,
        source_text: source.text,
        translated_text: translated.map(|f| f.text.clone()),
        units,
        file_state: state,
        notes,
    }
}

/// A translated segment that is still the source's text: a sentence (three words or more)
/// left in the source language, as `i18n import --partial` leaves untranslated entries.
/// Short texts (names, numbers, codes) may rightly stay the same.
fn untranslated(source: &Segment, translated: &Segment) -> bool {
    source.inline.text == translated.inline.text
        && source.inline.text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() >= 3
}

/// Gives the translated Markdown sections the keys of the source sections they translate:
/// headings are paired as the site pairs them (by `{#id}` anchor, else by level in order), so a
/// translation with a heading more or less keeps its other sections aligned.
fn align_sections(kind: Option<Kind>, source: &SourceFile, translated: &SourceFile, segs: &mut [Segment]) {
    let headings = |file: &SourceFile| -> Option<Vec<crate::text::markdown::Heading>> {
        if !matches!(kind, Some(Kind::Course | Kind::Chapter | Kind::Setup | Kind::Case | Kind::Term)) {
            return None;
        }
        let split = crate::source::split_front_matter(file, &file.text).ok()?;
        Some(crate::text::markdown::parse(split.body, split.body_line, None).headings)
    };
    let (Some(source_headings), Some(translated_headings)) = (headings(source), headings(translated)) else {
        return;
    };
    let pairs = super::translate::pair_headings(&source_headings, &translated_headings);
    for seg in segs.iter_mut() {
        let Some(rest) = seg.key.strip_prefix("body/") else { continue };
        let Some((index, tail)) = rest.split_once('/') else { continue };
        let Ok(j) = index.parse::<usize>() else { continue };
        let section = match j {
            0 => Some(0),
            j => pairs.get(j - 1).copied().flatten().map(|i| i + 1),
        };
        seg.key = match section {
            Some(i) => format!("body/{i}/{tail}"),
            None => format!("body/extra{j}/{tail}"),
        };
    }
}

/// For each source segment, the translated segment at the same place. Markdown sections are
/// aligned whole: when a section of the translation has other blocks than its source's (two
/// paragraphs made one), none of its blocks is taken, since a wrong pairing is worse than none.
fn align(source: &[Segment], translated: &[Segment], path: &str) -> (Vec<Option<usize>>, Vec<Diagnostic>) {
    let section = |s: &Segment| match s.writer {
        segments::Writer::Markdown { .. } => s.key.rsplit_once('/').map(|(a, _)| a.to_string()).unwrap_or_default(),
        segments::Writer::Yaml { .. } => s.key.clone(),
    };
    fn shape(segs: &[Segment], section: impl Fn(&Segment) -> String) -> BTreeMap<String, Vec<&str>> {
        let mut map: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for s in segs {
            map.entry(section(s)).or_default().push(s.key.as_str());
        }
        map
    }
    let source_shape = shape(source, section);
    let translated_shape = shape(translated, section);
    let by_key: HashMap<&str, usize> = translated.iter().enumerate().map(|(i, s)| (s.key.as_str(), i)).collect();
    let mut notes = Vec::new();
    let mut reported = std::collections::HashSet::new();
    let aligned = source
        .iter()
        .map(|s| {
            let sec = section(s);
            let same = translated_shape.get(&sec).is_some_and(|t| Some(t) == source_shape.get(&sec));
            if !same && translated_shape.contains_key(&sec) && source_shape.contains_key(&sec) && reported.insert(sec.clone()) {
                let line = translated_shape[&sec].first().and_then(|k| by_key.get(k)).map(|&i| translated[i].line);
                notes.push(
                    Diagnostic::warning(path, line.unwrap_or(0), 0, format!(
                        "this section has {} blocks where its source has {}: its entries are not paired with the source's",
                        translated_shape[&sec].len(),
                        source_shape.get(&sec).map_or(0, Vec::len)
                    ))
                    .with_hint("give the section the same headings, paragraphs, list items and table cells as its source"),
                );
            }
            if same {
                by_key.get(s.key.as_str()).copied()
            } else {
                None
            }
        })
        .collect();
    (aligned, notes)
}

/// The translation's text with its placeholders named as the source's (`<link1>` for the same
/// link), and the placeholders: the source's, then any only the translation has.
fn rename_marks(source: &[Mark], translated: &inline::Inline) -> (String, Vec<Mark>) {
    let mut marks: Vec<Mark> = source.to_vec();
    let mut used = vec![false; source.len()];
    let mut names: Vec<String> = Vec::with_capacity(translated.marks.len());
    for t in &translated.marks {
        let found = source
            .iter()
            .enumerate()
            .position(|(i, s)| !used[i] && s.kind == t.kind && s.open == t.open && s.close == t.close);
        match found {
            Some(i) => {
                used[i] = true;
                names.push(source[i].name.clone());
            }
            None => {
                let base = t.name.trim_end_matches(|c: char| c.is_ascii_digit());
                let name = format!("{base}{}", marks.len() + 1);
                marks.push(Mark { name: name.clone(), ..t.clone() });
                names.push(name);
            }
        }
    }
    let mut text = String::with_capacity(translated.text.len());
    let mut pos = 0;
    for (range, index, form) in inline::tags(&translated.text, &translated.marks) {
        text.push_str(&translated.text[pos..range.start]);
        let name = &names[index];
        text.push_str(&match form {
            inline::TagForm::Open => format!("<{name}>"),
            inline::TagForm::Close => format!("</{name}>"),
            inline::TagForm::Empty => format!("<{name}/>"),
        });
        pos = range.end;
    }
    text.push_str(&translated.text[pos..]);
    (text, marks)
}

/// Per-entry counts of one document, for `status`.
#[derive(Debug, Clone, Serialize)]
pub struct FileSegments {
    /// The source file (`curriculum/...`).
    pub source: String,
    /// The translated file (`locales/<code>/...`), whether or not it exists.
    pub translation: String,
    /// The state of the file as a whole.
    pub state: FileState,
    pub translated: usize,
    pub outdated: usize,
    pub missing: usize,
}

/// Entries of a locale: translated, outdated and missing, in all and per document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EntryStatus {
    pub entries: usize,
    pub translated: usize,
    pub outdated: usize,
    pub missing: usize,
    pub documents: Vec<FileSegments>,
}

/// Per-entry counts of every document of a locale.
pub fn entry_status(catalogs: &[DocCatalog]) -> EntryStatus {
    let mut out = EntryStatus::default();
    for c in catalogs {
        let file = FileSegments {
            source: c.source_path.clone(),
            translation: c.translated_path.clone(),
            state: c.file_state,
            translated: c.count(State::Translated),
            outdated: c.count(State::Outdated),
            missing: c.count(State::Missing),
        };
        out.entries += c.units.len();
        out.translated += file.translated;
        out.outdated += file.outdated;
        out.missing += file.missing;
        out.documents.push(file);
    }
    out
}
