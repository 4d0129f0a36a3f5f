//! Translations: loading `locales/<code>/` files that mirror `curriculum/`, checking that each
//! keeps its source's structure, deciding which text every page shows in a locale (translation,
//! or the fallback chain's text with a visible notice), and the translation status report.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::content::*;
use crate::diagnostic::{display_path, Diagnostic};
use crate::pipeline::load::{parse_data, parse_document, CURRICULUM_DIR};
use crate::source::{files_under, read_file, take_source_hash, SourceFile};

pub const LOCALES_DIR: &str = "locales";
/// A locale folder's own UI strings (overrides and additions to the theme's).
pub const STRINGS_FILE: &str = "strings.ftl";
/// A locale folder's own files that mirror no source: notes for translators and the locale's
/// terminology list (checked by the test suite).
pub const LOCALE_OWN_FILES: &[&str] = &["README.md", "terminology.yaml"];

/// The source path a translated file mirrors (`locales/fr/cases/a.md` → `curriculum/cases/a.md`);
/// other paths are returned unchanged. Relative links in a translation resolve from its source.
pub fn mirrored_source(path: &str) -> std::borrow::Cow<'_, str> {
    match path.strip_prefix("locales/").and_then(|rest| rest.split_once('/')) {
        Some((_, rest)) => std::borrow::Cow::Owned(format!("{CURRICULUM_DIR}/{rest}")),
        None => std::borrow::Cow::Borrowed(path),
    }
}

/// The translated files of one locale, by the path of their source (`curriculum/...`).
#[derive(Debug, Default)]
pub struct LocaleFiles {
    pub locale: String,
    pub files: BTreeMap<String, SourceFile>,
}

/// Reads `locales/<locale>/`. Content files that mirror no source file are reported.
pub fn read_locale(root: &Path, locale: &str, sources: &[&str]) -> (LocaleFiles, Vec<Diagnostic>) {
    let dir = root.join(LOCALES_DIR).join(locale);
    let mut problems = Vec::new();
    let mut files = BTreeMap::new();
    for path in files_under(&dir, &["md", "yaml", "yml"]) {
        let relative = display_path(&dir, &path);
        let source = format!("{CURRICULUM_DIR}/{relative}");
        match read_file(root, &path) {
            Ok(file) => {
                if sources.contains(&source.as_str()) {
                    files.insert(source, file);
                } else if !LOCALE_OWN_FILES.contains(&relative.as_str()) {
                    problems.push(
                        Diagnostic::warning(
                            &file.path,
                            0,
                            0,
                            format!("translated file has no source: there is no `{source}`"),
                        )
                        .with_hint("rename the file to mirror its source's path under curriculum/, or delete it"),
                    );
                }
            }
            Err(d) => problems.push(d),
        }
    }
    (LocaleFiles { locale: locale.to_string(), files }, problems)
}

/// The curriculum as a locale shows it: each document's translation from the first locale of
/// `chain` that has one, else the source text marked as a fallback.
pub fn localize(cur: &Curriculum, chain: &[&LocaleFiles]) -> (Curriculum, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let source_lang = cur.site.default_locale.clone();
    let mut out = cur.clone();
    for entry in out.entries_mut() {
        let found = chain.iter().find_map(|l| l.files.get(entry.path()).map(|f| (l.locale.as_str(), f)));
        match found {
            Some((lang, file)) => {
                if let Err(p) = entry.localize(file, lang) {
                    problems.extend(p);
                }
            }
            None => {
                let path = entry.path().to_string();
                let o = entry.origin_mut();
                o.lang = source_lang.clone();
                o.state = TranslationState::Fallback;
                o.source_path = Some(path);
            }
        }
    }
    for course in &mut out.courses {
        let Some(agenda) = &mut course.agenda else { continue };
        let found = chain.iter().find_map(|l| l.files.get(&agenda.path).map(|f| (l.locale.as_str(), f)));
        match found {
            Some((lang, file)) => match apply_agenda(agenda, file, lang) {
                Ok(()) => {}
                Err(p) => problems.extend(p),
            },
            None => {
                agenda.origin.lang = source_lang.clone();
                agenda.origin.state = TranslationState::Fallback;
                agenda.origin.source_path = Some(agenda.path.clone());
            }
        }
    }
    out.terms.sort_by_key(|t| (t.meta.term.to_lowercase(), t.meta.id.clone()));
    (out, problems)
}

fn translated_origin(source: &Origin, source_path: &str, recorded: Option<String>, lang: &str) -> Origin {
    let current = recorded.as_deref() == Some(source.hash.as_str());
    Origin {
        lang: lang.to_string(),
        state: if current { TranslationState::Current } else { TranslationState::Outdated },
        hash: source.hash.clone(),
        source_path: Some(source_path.to_string()),
        anchor_ids: None,
    }
}

/// Structure checks: each triple is (field, value in the translation, value in the source),
/// reported at the field in the translated file.
fn mismatch(
    file: &str,
    tree: &crate::source::yaml::Tree,
    source: &str,
    fields: Vec<(&str, String, String)>,
) -> Vec<Diagnostic> {
    fields
        .into_iter()
        .filter(|(_, t, s)| t != s)
        .map(|(field, t, s)| {
            let at = tree.key_pos(crate::path![field]);
            Diagnostic::error(
                file,
                at.line,
                at.column,
                format!("`{field}` differs from the source {source}: {t} here, {s} there"),
            )
            .with_hint("translate the text only; keep ids, lists, answers and codes exactly as in the source")
        })
        .collect()
}

/// Replaces a Markdown document with its translation in `file`, keeping the source's structure.
pub fn apply_document<M: Meta>(doc: &mut Document<M>, file: &SourceFile, lang: &str) -> Result<(), Vec<Diagnostic>> {
    let (text, recorded) = take_source_hash(&file.text, true);
    let stripped = SourceFile { path: file.path.clone(), text };
    let translated: Document<M> = parse_document(&stripped)?;
    let headings = |body: &str| crate::text::markdown::parse(body, 1, None).headings;
    let levels =
        |h: &[crate::text::markdown::Heading]| h.iter().map(|h| format!("h{}", h.level)).collect::<Vec<_>>().join(" ");
    let source_headings = headings(&doc.body);
    let mut fields = doc.meta.structure_diff(&translated.meta);
    fields.push(("headings", levels(&headings(&translated.body)), levels(&source_headings)));
    let problems = mismatch(&file.path, &translated.tree, &doc.path, fields);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut origin = translated_origin(&doc.origin, &doc.path, recorded, lang);
    origin.anchor_ids = Some(source_headings.into_iter().map(|h| h.id).collect());
    let mut meta = translated.meta;
    meta.keep_structure_of(&doc.meta);
    *doc = Document { meta, origin, ..translated };
    Ok(())
}

/// Replaces a course's agenda with its translation in `file` (same days, sessions, times and
/// modules; translated titles).
fn apply_agenda(
    agenda: &mut crate::content::agenda::Agenda,
    file: &SourceFile,
    lang: &str,
) -> Result<(), Vec<Diagnostic>> {
    let (text, recorded) = take_source_hash(&file.text, false);
    let (mut translated, tree) = crate::source::yaml::parse::<crate::content::agenda::Agenda>(&file.path, &text, 1)?;
    translated.tree = tree;
    let problems = mismatch(&file.path, &translated.tree, &agenda.path, agenda.structure_diff(&translated));
    if !problems.is_empty() {
        return Err(problems);
    }
    translated.origin = translated_origin(&agenda.origin, &agenda.path, recorded, lang);
    translated.path = file.path.clone();
    translated.yaml = text;
    *agenda = translated;
    Ok(())
}

/// Replaces a data file (quiz, worksheet, ...) with its translation in `file`.
pub fn apply_data<T: DataFile + Entry>(item: &mut T, file: &SourceFile, lang: &str) -> Result<(), Vec<Diagnostic>> {
    let (text, recorded) = take_source_hash(&file.text, false);
    let mut translated: T = parse_data(SourceFile { path: file.path.clone(), text })?;
    let problems = mismatch(&file.path, translated.tree(), item.path(), item.structure_diff(&translated));
    if !problems.is_empty() {
        return Err(problems);
    }
    *translated.origin_mut() = translated_origin(item.origin(), item.path(), recorded, lang);
    *item = translated;
    Ok(())
}

/// Paths of every source content file, for matching translations.
pub fn source_paths(cur: &Curriculum) -> Vec<&str> {
    let mut paths: Vec<&str> = cur.entries().into_iter().map(|e| e.path()).collect();
    paths.extend(agendas(cur).map(|a| a.path.as_str()));
    paths
}

/// The courses' agendas (part of their course, translated as files of their own).
fn agendas(cur: &Curriculum) -> impl Iterator<Item = &crate::content::agenda::Agenda> {
    cur.courses.iter().filter_map(|c| c.agenda.as_ref())
}

/// Source text of every content file with its hash, for the status report.
pub struct SourceInfo<'a> {
    pub path: &'a str,
    pub hash: &'a str,
    pub words: usize,
}

pub fn source_info(cur: &Curriculum) -> Vec<SourceInfo<'_>> {
    let mut out: Vec<SourceInfo<'_>> = cur
        .entries()
        .into_iter()
        .map(|e| SourceInfo { path: e.path(), hash: &e.origin().hash, words: e.words() })
        .collect();
    out.extend(agendas(cur).map(|a| SourceInfo {
        path: &a.path,
        hash: &a.origin.hash,
        words: a.yaml.split_whitespace().count(),
    }));
    out
}

#[derive(Debug, Clone, Serialize)]
pub struct LocaleStatus {
    pub locale: String,
    pub files: usize,
    pub translated: usize,
    pub outdated: usize,
    pub missing: usize,
    pub words: usize,
    pub words_translated: usize,
    pub words_outdated: usize,
    pub words_missing: usize,
    /// Percent of source words with a current translation.
    pub percent: f64,
    pub outdated_files: Vec<String>,
    pub missing_files: Vec<String>,
}

/// Translation coverage of each of `locales`: current, outdated and missing files and words
/// (the source is read once for all).
pub fn statuses<'a>(cur: &Curriculum, locales: impl IntoIterator<Item = &'a LocaleFiles>) -> Vec<LocaleStatus> {
    let sources = source_info(cur);
    locales.into_iter().map(|files| status_of(&sources, files)).collect()
}

fn status_of(sources: &[SourceInfo<'_>], files: &LocaleFiles) -> LocaleStatus {
    let mut s = LocaleStatus {
        locale: files.locale.clone(),
        files: 0,
        translated: 0,
        outdated: 0,
        missing: 0,
        words: 0,
        words_translated: 0,
        words_outdated: 0,
        words_missing: 0,
        percent: 0.0,
        outdated_files: Vec::new(),
        missing_files: Vec::new(),
    };
    for info in sources {
        s.files += 1;
        s.words += info.words;
        match files.files.get(info.path) {
            None => {
                s.missing += 1;
                s.words_missing += info.words;
                s.missing_files.push(info.path.to_string());
            }
            Some(file) => {
                let recorded = crate::source::recorded_source_hash(&file.text, file.path.ends_with(".md"));
                if recorded.as_deref() == Some(info.hash) {
                    s.translated += 1;
                    s.words_translated += info.words;
                } else {
                    s.outdated += 1;
                    s.words_outdated += info.words;
                    s.outdated_files.push(file.path.clone());
                }
            }
        }
    }
    s.percent = if s.words == 0 { 100.0 } else { (s.words_translated as f64 * 1000.0 / s.words as f64).round() / 10.0 };
    s
}

/// `locale mark-current`: records the current hash of each file's source in the translated
/// files of `locale` (all of them when `only` is empty). Returns the files changed.
pub fn mark_current(
    root: &Path,
    cur: &Curriculum,
    locale: &str,
    only: &[String],
) -> Result<Vec<String>, Vec<Diagnostic>> {
    let sources = source_info(cur);
    let paths: Vec<&str> = sources.iter().map(|s| s.path).collect();
    let (files, problems) = read_locale(root, locale, &paths);
    let errors: Vec<Diagnostic> = problems.into_iter().filter(|d| d.is_error()).collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut wanted: Vec<&SourceFile> = Vec::new();
    for arg in only {
        let normalized = arg.trim_start_matches("./").replace('\\', "/");
        match files.files.values().find(|f| f.path == normalized || mirrored_source(&f.path) == normalized) {
            Some(f) => wanted.push(f),
            None => {
                return Err(vec![Diagnostic::error(normalized, 0, 0, format!("not a translated file of `{locale}`"))
                    .with_hint(format!(
                        "give the path of a file under locales/{locale}/ (or of its source under curriculum/)"
                    ))])
            }
        }
    }
    if only.is_empty() {
        wanted = files.files.values().collect();
    }
    let mut changed = Vec::new();
    for file in wanted {
        let source = mirrored_source(&file.path).into_owned();
        let Some(info) = sources.iter().find(|s| s.path == source) else {
            continue;
        };
        let markdown = file.path.ends_with(".md");
        let (_, recorded) = take_source_hash(&file.text, markdown);
        if recorded.as_deref() == Some(info.hash) {
            continue;
        }
        let text = crate::source::set_source_hash(&file.text, markdown, info.hash);
        std::fs::write(root.join(&file.path), text)
            .map_err(|e| vec![Diagnostic::error(&file.path, 0, 0, format!("cannot write: {e}"))])?;
        changed.push(file.path.clone());
    }
    Ok(changed)
}

/// `locale add`: creates `locales/<code>/` with a strings file listing every UI message, each
/// commented out and marked untranslated, so the site builds at once (untranslated strings fall
/// back) and the translator sees exactly what to translate.
pub fn add_locale(
    root: &Path,
    code: &str,
    source_strings: &str,
    theme_has_locale: bool,
) -> Result<Vec<String>, Diagnostic> {
    if code.parse::<unic_langid::LanguageIdentifier>().is_err() || code.contains('_') {
        return Err(Diagnostic::error("locales", 0, 0, format!("`{code}` is not a BCP 47 language code"))
            .with_hint("use codes like `fr`, `zh-Hans` or `pt-BR`"));
    }
    let dir = root.join(LOCALES_DIR).join(code);
    let strings = dir.join(STRINGS_FILE);
    if strings.exists() {
        return Err(Diagnostic::error(display_path(root, &strings), 0, 0, "this locale already exists")
            .with_hint("edit its files, or choose another code"));
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| Diagnostic::error(display_path(root, &dir), 0, 0, format!("cannot create: {e}")))?;
    let mut text = format!("# UI strings for `{code}` (Fluent syntax: https://projectfluent.org/).\n");
    if theme_has_locale {
        text.push_str(
            "# The built-in theme already translates every UI string into this language.\n\
             # Add a message here (same id as in the theme's en.ftl) to override the built-in text.\n",
        );
    } else {
        text.push_str(
            "# Every message below is UNTRANSLATED: until you translate it, the site shows the fallback\n\
             # language. To translate one, remove the `# ` in front of its lines and translate the text.\n\
             # Keep `{ $name }` placeables and the plural variants (`[one]`, `*[other]`, ...) of your language.\n\n",
        );
        for line in source_strings.lines() {
            if line.trim().is_empty() {
                text.push('\n');
                continue;
            }
            if line.starts_with('#') {
                continue;
            }
            if line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
                text.push_str("# UNTRANSLATED\n");
            }
            text.push_str("# ");
            text.push_str(line);
            text.push('\n');
        }
    }
    std::fs::write(&strings, text)
        .map_err(|e| Diagnostic::error(display_path(root, &strings), 0, 0, format!("cannot write: {e}")))?;
    Ok(vec![display_path(root, &strings)])
}
