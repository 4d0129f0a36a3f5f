//! The fast path for text edits: when an edit changes only the text of chapters, cases,
//! glossary terms or decks (front matter and, where translations are involved, headings
//! unchanged), the edited files are read and patched into every locale's copy of the kept site,
//! and only the pages showing them are re-rendered.

use std::path::{Path, PathBuf};

use crate::content::TranslationState;
use crate::diagnostic::Diagnostic;
use crate::i18n::translate::LocaleFiles;
use crate::pipeline;

/// An edit that changed only the text of a document, not its front matter.
pub struct TextEdit {
    /// Root-relative path of the edited file.
    path: String,
    /// The new hash of an edited source file; `None` for a translation file (its recorded source
    /// hash, hence its state, is unchanged).
    hash: Option<String>,
    body: String,
    body_line: usize,
    /// For a translation file: its locale, the source path it mirrors and its new text (to keep
    /// the translation files that status reports read up to date).
    translation: Option<(String, String, String)>,
}

/// The edits in `changed` when each one changes only the text of a chapter, case, glossary term
/// or deck, in the source curriculum or in a translation: then nothing but the pages showing
/// that text can change. `None` when the edits need a full build: front matter (for a
/// translation, a legacy `source_hash:` line too), new or deleted files, the review record
/// (`translation-record.yaml`), templates, configuration, or headings of a translated document or
/// of a translation (a translation's headings are matched to its source's, which only a full
/// build does).
pub fn text_edits(root: &Path, changed: &[PathBuf], prepared: &pipeline::Prepared) -> Option<Vec<TextEdit>> {
    let (source, translations) = prepared.sites.split_first()?;
    let cur = &source.cur;
    let document = |path: &str| documents(cur).find(|d| d.path == path).map(|d| (d.yaml, d.body));
    let translated =
        |path: &str| translations.iter().any(|site| documents(&site.cur).any(|d| is_translation_of(d.origin, path)));
    // A translation file (locales/<code>/…): the document that shows it, in its own locale.
    let translation = |path: &str| {
        translations.iter().find_map(|site| {
            documents(&site.cur)
                .find(|d| d.path == path && d.origin.lang == site.locale)
                .map(|d| (d.yaml, d.body, d.origin))
        })
    };
    // Watchers report absolute paths; the root may have been given relative.
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut edits = Vec::new();
    for path in changed.iter().filter(|p| !p.is_dir()) {
        let relative = crate::diagnostic::display_path(&root, path);
        let source = document(&relative);
        let translated_doc = if source.is_none() { translation(&relative) } else { None };
        // A temporary file an editor saved through and renamed away (sed -i, vim's 4913).
        if !path.exists() && source.is_none() && translated_doc.is_none() {
            continue;
        }
        // Read as a build reads it (byte-order mark dropped, lone CRs made LF), or rebuilt in full.
        let text = crate::source::read_file(&root, path).ok()?.text;
        if let Some((yaml, body)) = source {
            let file = crate::source::SourceFile { path: relative.clone(), text };
            let split = crate::source::split_front_matter(&file, &file.text).ok()?;
            if split.yaml != yaml || (translated(&relative) && heading_lines(split.body).ne(heading_lines(body))) {
                return None;
            }
            edits.push(TextEdit {
                hash: Some(crate::source::content_hash(&file.text)),
                body: split.body.to_string(),
                body_line: split.body_line,
                path: relative,
                translation: None,
            });
        } else {
            // A translator's edit: same front matter, same `source_hash:` line (if any), same headings.
            let (yaml, body, origin) = translated_doc?;
            let source_path = origin.source_path.clone()?;
            let previous = prepared
                .locale_files
                .iter()
                .find(|f| f.locale == origin.lang)
                .and_then(|f| f.files.get(&source_path))?;
            let (stripped, recorded) = crate::source::take_source_hash(&text, true);
            let file = crate::source::SourceFile { path: relative.clone(), text: stripped };
            let split = crate::source::split_front_matter(&file, &file.text).ok()?;
            if split.yaml != yaml
                || recorded != crate::source::recorded_source_hash(&previous.text, true)
                || heading_lines(split.body).ne(heading_lines(body))
            {
                return None;
            }
            edits.push(TextEdit {
                hash: None,
                body: split.body.to_string(),
                body_line: split.body_line,
                path: relative,
                translation: Some((origin.lang.clone(), source_path, text)),
            });
        }
    }
    (!edits.is_empty()).then_some(edits)
}

/// Every document that a text edit can touch.
fn documents(cur: &crate::content::Curriculum) -> impl Iterator<Item = Text<'_>> {
    fn text<M>(d: &crate::content::Document<M>) -> Text<'_> {
        Text { path: &d.path, yaml: &d.yaml, body: &d.body, origin: &d.origin }
    }
    (cur.courses.iter().flat_map(|c| &c.chapters).map(text))
        .chain(cur.cases.iter().map(text))
        .chain(cur.terms.iter().map(text))
        .chain(cur.decks.iter().map(text))
}

/// The parts of a document that a text edit compares.
struct Text<'a> {
    path: &'a str,
    yaml: &'a str,
    body: &'a str,
    origin: &'a crate::content::Origin,
}

/// A translation of `path` (fallback copies name their source too, but show its text).
fn is_translation_of(origin: &crate::content::Origin, path: &str) -> bool {
    origin.source_path.as_deref() == Some(path)
        && matches!(origin.state, TranslationState::Current | TranslationState::Outdated)
}

/// Lines that may be headings (conservative: includes `#` lines inside code blocks).
fn heading_lines(body: &str) -> impl Iterator<Item = &str> {
    body.lines().map(str::trim_end).filter(|l| l.starts_with('#'))
}

/// Applies text edits to every locale's copy of the documents: untranslated locales show the
/// source text; a translation keeps its text and becomes current or outdated against the new
/// source. Returns the pages to re-render, with problems found in the new text.
pub fn apply_edits(
    prepared: &mut pipeline::Prepared,
    edits: &[TextEdit],
) -> (crate::output::site::Scope, Vec<Diagnostic>) {
    fn update<M>(doc: &mut crate::content::Document<M>, edit: &TextEdit, files: &[LocaleFiles]) -> bool {
        if doc.path == edit.path {
            doc.body.clone_from(&edit.body);
            doc.body_line = edit.body_line;
            if edit.hash.is_none() {
                return true;
            }
        } else if edit.hash.is_none() {
            return false;
        } else if is_translation_of(&doc.origin, &edit.path) {
            // The translation used is that of the locale the text is in (pt text on a pt-BR page).
            // As the build decides: the locale's review record, else a legacy `source_hash:` line.
            let recorded = files.iter().find(|f| f.locale == doc.origin.lang).and_then(|f| f.recorded_hash(&edit.path));
            doc.origin.state =
                if recorded == edit.hash { TranslationState::Current } else { TranslationState::Outdated };
        } else {
            return false;
        }
        if let Some(hash) = &edit.hash {
            doc.origin.hash.clone_from(hash);
        }
        true
    }
    let mut scope = crate::output::site::Scope::default();
    let mut problems = Vec::new();
    let files = &prepared.locale_files;
    for (i, site) in prepared.sites.iter_mut().enumerate() {
        let cur = &mut site.cur;
        for edit in edits {
            for ch in cur.courses.iter_mut().flat_map(|c| &mut c.chapters) {
                if update(ch, edit, files) {
                    scope.chapters.insert(ch.meta.id.clone());
                }
            }
            for case in &mut cur.cases {
                if update(case, edit, files) {
                    scope.cases.insert(case.meta.id.clone());
                }
            }
            for term in &mut cur.terms {
                scope.glossary |= update(term, edit, files);
            }
            for deck in &mut cur.decks {
                if update(deck, edit, files) {
                    if i == 0 {
                        problems.extend(crate::content::deck::split_slides(&deck.path, &deck.body, deck.body_line).1);
                    }
                    scope.decks.insert(deck.meta.id.clone());
                }
            }
        }
    }
    for edit in edits {
        if let Some((locale, source_path, text)) = &edit.translation {
            let files = prepared.locale_files.iter_mut().find(|f| &f.locale == locale);
            if let Some(file) = files.and_then(|f| f.files.get_mut(source_path)) {
                file.text.clone_from(text);
            }
        }
    }
    if prepared.sites.len() > 1 {
        // Word counts and hashes of the source changed: the status pages follow.
        let source = &prepared.sites[0].cur;
        prepared.statuses = crate::i18n::translate::statuses(source, prepared.locale_files.iter().skip(1));
        scope.status = true;
    }
    (scope, problems)
}
