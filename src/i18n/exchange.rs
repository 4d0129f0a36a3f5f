//! `i18n export` and `i18n import`: a locale's translations out to translators' files (PO or
//! XLIFF, one per source document) and back into `locales/<code>/`.
//!
//! Import writes a translation in place, segment by segment, into the existing translated file
//! (or, for a document not translated yet, into a copy of its source): everything that is not a
//! translated text (ids, anchors, answers, codes, layout, comments) stays byte for byte, and an
//! entry whose translation did not change leaves its bytes alone, so exporting and importing
//! again changes no file. Rules:
//! - an empty or fuzzy entry changes nothing (an existing file keeps its text there);
//! - a document not translated yet is written only when every entry is translated, unless
//!   `partial` is asked for, and then the untranslated entries are listed;
//! - a result that fails the structure checks a build makes is not written;
//! - a file whose every entry is translated and reviewed (none fuzzy) is marked current
//!   (`locale mark-current`).

use std::collections::HashMap;
use std::path::Path;

use super::catalog::{DocCatalog, FileState, State};
use super::po::{self, Parsed};
use super::segments::{self, inline};
use super::translate::{self, LocaleFiles};
use crate::content::Curriculum;
use crate::diagnostic::Diagnostic;
use crate::source::SourceFile;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Po,
    Xliff,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Po => "po",
            Format::Xliff => "xlf",
        }
    }
}

/// The translators' file of each document: (path relative to the output folder, text).
pub fn export(catalogs: &[DocCatalog], locale: &str, source_locale: &str, format: Format) -> Vec<(String, String)> {
    catalogs
        .iter()
        .filter(|c| !c.units.is_empty())
        .map(|c| {
            let relative = c.source_path.strip_prefix("curriculum/").unwrap_or(&c.source_path);
            let stem = relative.rsplit_once('.').map_or(relative, |(s, _)| s);
            let text = match format {
                Format::Po => po::write(c, locale, source_locale),
                Format::Xliff => super::xliff::write(c, locale, source_locale),
            };
            (format!("{stem}.{}", format.extension()), text)
        })
        .collect()
}

/// Translations in the files of an earlier export under `out` that the new export (`files`)
/// would lose: entries translated there that are not in `locales/` yet. One diagnostic per file,
/// at its first such entry.
pub fn unimported(out: &Path, files: &[(String, String)]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (relative, text) in files {
        let path = out.join(relative);
        let Ok(old_text) = std::fs::read_to_string(&path) else { continue };
        let shown = path.display().to_string();
        let (Ok(old), Ok(new)) = (parse_as(relative, &shown, &old_text), parse_as(relative, &shown, text)) else {
            continue;
        };
        // Entries by their place in the document: the name without the hash of the source text
        // (`case:x#body/context/p`), which changes when the source does.
        let place = |context: &str| context.rsplit_once('@').map_or(context, |(at, _)| at).to_string();
        let new_by_place: HashMap<String, &po::Entry> = new.entries.iter().map(|e| (place(&e.context), e)).collect();
        let lost: Vec<&po::Entry> = old
            .entries
            .iter()
            .filter(|e| !e.target.is_empty())
            // Only a text the new file would not hold is lost: where the source changed since,
            // the new export still carries the imported translation (marked fuzzy).
            .filter(|e| new_by_place.get(&place(&e.context)).is_none_or(|n| n.target != e.target))
            .collect();
        if let Some(first) = lost.first() {
            problems.push(
                Diagnostic::error(
                    &shown,
                    first.line,
                    1,
                    format!(
                        "{} translation{} in this file {} not imported yet: exporting would replace {}",
                        lost.len(),
                        if lost.len() == 1 { "" } else { "s" },
                        if lost.len() == 1 { "is" } else { "are" },
                        if lost.len() == 1 { "it" } else { "them" }
                    ),
                )
                .with_hint("import the file first (`coursebook i18n import`), or pass --force to replace it"),
            );
        }
    }
    problems
}

fn parse_as(relative: &str, shown: &str, text: &str) -> Result<Parsed, Vec<Diagnostic>> {
    if relative.ends_with(".po") {
        po::parse(shown, text)
    } else {
        super::xliff::parse(shown, text)
    }
}

/// What an import did to one document.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub translated_path: String,
    /// Whether the file was written (its text changed).
    pub written: bool,
    /// Whether it was marked current after writing.
    pub marked_current: bool,
    /// Entries whose translation replaced the file's text.
    pub changed: usize,
    /// Entries without a translation in the translator's file.
    pub untranslated: usize,
    pub fuzzy: usize,
    /// Entries of the translator's file that no longer match the source (edited since export).
    pub obsolete: usize,
    /// A document not translated before with no translated entry in the translator's file
    /// either: nothing to do.
    pub not_started: bool,
    /// Why the document was not written, when it was not.
    pub skipped: Option<String>,
    /// Where the previous version of the file was copied.
    pub backup: Option<std::path::PathBuf>,
}

/// Reads a translator's file (PO or XLIFF by its extension).
pub fn read(path: &Path, shown: &str) -> Result<Parsed, Vec<Diagnostic>> {
    // As content files are read: a byte-order mark dropped, and a file that is not UTF-8 (a PO
    // file saved in Windows-1252) reported where it stops being UTF-8.
    let text = crate::source::read_file(Path::new(""), path)
        .map_err(|d| vec![Diagnostic { file: shown.to_string(), ..d }])?
        .text;
    match path.extension().and_then(|e| e.to_str()) {
        Some("po") | Some("pot") => po::parse(shown, &text),
        Some("xlf") | Some("xliff") => super::xliff::parse(shown, &text),
        _ => Err(vec![Diagnostic::error(shown, 0, 0, "not a PO (.po) or XLIFF (.xlf) file")]),
    }
}

/// Applies the entries of `parsed` to its document's translation in `locale` (`catalogs`: those
/// of `files`, computed once for all the files imported). Problems with
/// single entries are returned with the outcome; the file is written only when it changed and
/// passes the checks a build makes. An existing translation is copied into `backup` (a folder
/// named for this import) before it is rewritten.
pub fn import(
    root: &Path,
    cur: &Curriculum,
    files: &LocaleFiles,
    catalogs: &[DocCatalog],
    parsed: &Parsed,
    shown: &str,
    options: &ImportOptions,
) -> Result<(Outcome, Vec<Diagnostic>), Vec<Diagnostic>> {
    let Some(source_path) = parsed.source_path.as_deref() else {
        return Err(vec![Diagnostic::error(shown, 1, 1, "the file does not name its source document")
            .with_hint("import files exported by `coursebook i18n export` (PO header `X-Coursebook-Source`, XLIFF `<file original>`)")]);
    };
    if let Some(language) = &parsed.language {
        if language != &files.locale {
            return Err(vec![Diagnostic::error(
                shown,
                1,
                1,
                format!("this file translates into `{language}`, not `{}`", files.locale),
            )
            .with_hint(format!("import it with --locale {language}"))]);
        }
    }
    let Some(doc) = catalogs.iter().find(|d| d.source_path == source_path) else {
        return Err(vec![Diagnostic::error(shown, 1, 1, format!("there is no source document `{source_path}`"))
            .with_hint("the document was renamed or removed since the export; export again")]);
    };
    if doc.file_state == FileState::Broken {
        return Err(vec![Diagnostic::error(&doc.translated_path, 0, 0, "this translation does not pass the checks a build makes, so its entries cannot be matched; nothing was imported into it")
            .with_hint("run `coursebook check`, fix what it reports in this file, then import again")]);
    }
    let mut problems = doc.notes.clone();
    let mut outcome = Outcome { translated_path: doc.translated_path.clone(), ..Outcome::default() };
    let by_id: HashMap<&str, &po::Entry> = parsed.entries.iter().map(|e| (e.context.as_str(), e)).collect();
    let exists = doc.translated_text.is_some();
    let template = doc.translated_text.clone().unwrap_or_else(|| doc.source_text.clone());
    let mut edits = Vec::new();
    let mut reviewed = 0;
    // Entries the translator confirmed that were not current before (fuzzy or empty at export).
    let mut confirmed = 0;
    // Entries whose placeholders do not match the source's: the document is not written.
    let mut broken = 0;
    let known: std::collections::HashSet<&str> = doc.units.iter().map(|u| u.id.as_str()).collect();
    outcome.obsolete = parsed.entries.iter().filter(|e| !known.contains(e.context.as_str())).count();
    for unit in &doc.units {
        let Some(found) = by_id.get(unit.id.as_str()) else {
            outcome.untranslated += 1;
            continue;
        };
        if found.target.is_empty() {
            outcome.untranslated += 1;
            continue;
        }
        if found.fuzzy {
            outcome.fuzzy += 1;
            continue;
        }
        reviewed += 1;
        if unit.state != State::Translated {
            confirmed += 1;
        }
        // The translation as exported: nothing to write (a placeholder it lacks was already
        // missing in the file, which `check` reports).
        if unit.translated.is_some() && unit.target.as_deref() == Some(found.target.as_str()) {
            continue;
        }
        let (markdown, issues) = inline::restore(&found.target, &unit.marks);
        let added =
            inline::added_markdown(&found.target, &markdown, &unit.marks, &unit.source.inline, unit.source.what);
        if !issues.is_empty() || !added.is_empty() {
            broken += 1;
        }
        for issue in issues {
            problems.push(Diagnostic::error(shown, found.line, 1, issue).with_hint(
                "keep every placeholder of the source text in the translation, in pairs where they open and close; they stand for links, code and formatting",
            ));
        }
        for (problem, hint) in added {
            problems.push(Diagnostic::error(shown, found.line, 1, problem).with_hint(hint));
        }
        // The place to write: the aligned segment of the translation, or (for a new file) the
        // source's own segment in the copy of the source.
        let place = match (&unit.translated, exists) {
            (Some(t), _) => t,
            (None, false) => &unit.source,
            (None, true) => {
                problems.push(
                    Diagnostic::warning(
                        shown,
                        found.line,
                        1,
                        format!(
                            "this entry ({}:{}) has no place in {}: the section differs from the source's",
                            doc.source_path, unit.source.line, doc.translated_path
                        ),
                    )
                    .with_hint("make the section's headings and blocks match the source's, then import again"),
                );
                continue;
            }
        };
        let current = inline::restore(&place.inline.text, &place.inline.marks).0;
        if current != markdown {
            edits.push((place.span.clone(), place.render(&markdown)));
            outcome.changed += 1;
        }
    }
    if outcome.obsolete > 0 {
        problems.push(Diagnostic::warning(shown, 1, 1, format!(
            "{}: the source changed there since the export, so {} not imported",
            if outcome.obsolete == 1 { "1 entry no longer matches the source".to_string() } else { format!("{} entries no longer match the source", outcome.obsolete) },
            if outcome.obsolete == 1 { "it was" } else { "they were" }
        ))
        .with_hint(format!("export again (`coursebook i18n export --locale {}`): the new file keeps your translations where the source is unchanged", files.locale)));
    }
    if broken > 0 {
        outcome.skipped = Some(format!(
            "{broken} entr{} with broken placeholders or Markdown of their own; nothing was written",
            if broken == 1 { "y" } else { "ies" }
        ));
        return Ok((outcome, problems));
    }
    let complete = reviewed == doc.units.len();
    if !exists && reviewed == 0 {
        outcome.not_started = true;
        return Ok((outcome, problems));
    }
    if !exists && !complete && !options.partial {
        outcome.skipped = Some(format!(
            "{} of {} entries are not translated (or still fuzzy); a new file is written only when all are (or with --partial)",
            doc.units.len() - reviewed,
            doc.units.len()
        ));
        return Ok((outcome, problems));
    }
    let new_text = segments::patch(&template, edits);
    let unchanged = exists && new_text == template;
    // The record says a translation was reviewed against its source: written only when every
    // entry is translated and confirmed, and this import confirmed or changed something.
    let needs_mark =
        complete && (!exists || outcome.changed > 0 || confirmed > 0) && doc.file_state != FileState::Current;
    if unchanged && !needs_mark {
        return Ok((outcome, problems));
    }
    // The same checks a build makes: the result must parse and keep the source's structure.
    let candidate = SourceFile { path: doc.translated_path.clone(), text: new_text.clone() };
    let check = LocaleFiles {
        locale: files.locale.clone(),
        files: std::iter::once((source_path.to_string(), candidate)).collect(),
        record: Default::default(),
        site_text: None,
    };
    let (_, checked) = translate::localize(cur, &[&check], &Default::default());
    let errors: Vec<Diagnostic> = checked.into_iter().filter(|d| d.is_error()).collect();
    if !errors.is_empty() {
        outcome.skipped = Some("the result would not pass the checks a build makes; nothing was written".into());
        problems.extend(errors);
        return Ok((outcome, problems));
    }
    if !unchanged {
        let path = root.join(&doc.translated_path);
        if exists {
            let copy = options.backup.join(&doc.translated_path);
            let saved =
                copy.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::copy(&path, &copy));
            if let Err(e) = saved {
                return Err(vec![Diagnostic::error(
                    &doc.translated_path,
                    0,
                    0,
                    format!("not written: cannot keep a copy of it in {} first: {e}", options.backup.display()),
                )]);
            }
            outcome.backup = Some(copy);
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                vec![Diagnostic::error(&doc.translated_path, 0, 0, format!("cannot create its folder: {e}"))]
            })?;
        }
        crate::pipeline::write::write_file_atomically(&path, new_text.as_bytes())
            .map_err(|e| vec![Diagnostic::error(&doc.translated_path, 0, 0, format!("cannot write: {e}"))])?;
        outcome.written = true;
    }
    if needs_mark {
        translate::mark_current(root, cur, &files.locale, std::slice::from_ref(&doc.translated_path))?;
        outcome.marked_current = true;
    }
    if !complete && !exists {
        problems.push(Diagnostic::warning(&doc.translated_path, 0, 0, format!(
            "written with {} of {} entries still in the source language",
            doc.units.len() - reviewed,
            doc.units.len()
        ))
        .with_hint("translate the remaining entries and import again; `coursebook status` counts them as missing until then"));
    }
    Ok((outcome, problems))
}

/// How `import` may write.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Also write a document not translated before when some entries are not translated.
    pub partial: bool,
    /// Where existing translations are copied before they are rewritten.
    pub backup: std::path::PathBuf,
}
