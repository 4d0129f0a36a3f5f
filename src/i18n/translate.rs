//! Translations: loading `locales/<code>/` files that mirror `curriculum/`, checking that each
//! keeps its source's structure, deciding which text every page shows in a locale (translation,
//! or the fallback chain's text with a visible notice), and the translation status report.

use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Serialize;

use crate::content::site_config::SiteTextLang;
use crate::content::*;
use crate::diagnostic::{display_path, suggest, Diagnostic};
use crate::pipeline::load::{parse_data, parse_document, CURRICULUM_DIR};
use crate::source::{files_under, read_file, take_source_hash, SourceFile};

pub const LOCALES_DIR: &str = "locales";
/// A locale folder's own UI strings (overrides and additions to the theme's).
pub const STRINGS_FILE: &str = "strings.ftl";
/// The locale's record of which source version each translation was reviewed against.
pub const RECORD_FILE: &str = "translation-record.yaml";
/// A locale folder's own files that mirror no source: notes for translators, the locale's
/// terminology list (checked by the test suite) and the review record.
pub const LOCALE_OWN_FILES: &[&str] = &["README.md", "terminology.yaml", RECORD_FILE];

/// The source path a translated file mirrors (`locales/fr/cases/a.md` → `curriculum/cases/a.md`);
/// other paths are returned unchanged.
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
    /// From `translation-record.yaml`: source path → hash of the source version the translation
    /// was reviewed against. It lives beside the translations, so regenerating a translated file
    /// (from a translation tool, say) does not lose it.
    pub record: BTreeMap<String, String>,
    /// `locales/<code>/site.yaml`: the site's texts in this language.
    pub site_text: Option<SiteText>,
}

/// The texts of `site.yaml` a locale translates: the site's title, short title and description
/// (everything else in site.yaml is configuration and stays in the source).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteText {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub short_title: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

impl LocaleFiles {
    /// The source version a translation was reviewed against: the record, else the
    /// `source_hash:` line written in the file by earlier versions.
    pub fn recorded_hash(&self, source_path: &str) -> Option<String> {
        self.record.get(source_path).cloned().or_else(|| {
            let file = self.files.get(source_path)?;
            crate::source::recorded_source_hash(&file.text, file.path.ends_with(".md"))
        })
    }
}

/// The source a translated file at the wrong path most likely translates: the same path in
/// another case, the same file name in a misspelt folder, or a misspelt name in the same folder.
fn likely_source<'s>(path: &str, sources: &[&'s str]) -> Option<&'s str> {
    let split = |p: &'s str| p.rsplit_once('/').unwrap_or(("", p));
    let (folder, name) = path.rsplit_once('/').unwrap_or(("", path));
    let named = sources.iter().copied().filter(|s| split(s).1 == name);
    // Names compared without their extension, so that a shortened one (`gamma.md` for
    // `gamma-case.md`) is found too.
    fn stem(name: &str) -> &str {
        name.rsplit_once('.').map_or(name, |(stem, _)| stem)
    }
    let in_folder: Vec<&str> = sources.iter().copied().filter(|s| split(s).0 == folder).collect();
    sources.iter().copied().find(|s| s.eq_ignore_ascii_case(path)).or_else(|| suggest(path, named)).or_else(|| {
        let close = suggest(stem(name), in_folder.iter().map(|s| stem(split(s).1)))?;
        in_folder.into_iter().find(|s| stem(split(s).1) == close)
    })
}

/// Reads `locales/<locale>/`. Content files that mirror no source file are reported (a source
/// that exists but failed to load was reported already).
pub fn read_locale(root: &Path, locale: &str, sources: &[&str]) -> (LocaleFiles, Vec<Diagnostic>) {
    let dir = root.join(LOCALES_DIR).join(locale);
    let mut problems = Vec::new();
    let mut files = BTreeMap::new();
    let mut site_text = None;
    // Read in parallel (thousands of files in a large translation), handled in order.
    let read: Vec<_> = (files_under(&dir, &["md", "yaml", "yml"]).into_par_iter())
        .map(|path| {
            let file = read_file(root, &path);
            (path, file)
        })
        .collect();
    for (path, file) in read {
        let relative = display_path(&dir, &path);
        let source = format!("{CURRICULUM_DIR}/{relative}");
        match file {
            Ok(file) if relative == "site.yaml" => {
                match crate::source::yaml::parse::<SiteText>(&file.path, &file.text, 1) {
                    Ok((text, _)) => site_text = Some(text),
                    Err(p) => problems.extend(p.into_iter().map(|d| {
                        if d.message.starts_with("unknown field") {
                            d.with_hint("a translated site.yaml holds `title`, `short_title` and `description` only; the rest of site.yaml is the same for every language")
                        } else {
                            d
                        }
                    })),
                }
            }
            Ok(file) => {
                if sources.contains(&source.as_str()) {
                    files.insert(source, file);
                } else if !LOCALE_OWN_FILES.contains(&relative.as_str()) && !root.join(&source).is_file() {
                    // The source it most likely translates (a name typed in another case, or
                    // misspelt), when that source has no translation yet.
                    let close = likely_source(&source, sources)
                        .map(|s| (s, s.strip_prefix(&format!("{CURRICULUM_DIR}/")).unwrap_or(s)))
                        .filter(|(_, mirrored)| !dir.join(mirrored).is_file());
                    let hint = match close {
                        Some((s, mirrored)) => {
                            format!("if it translates `{s}`, rename it to `{LOCALES_DIR}/{locale}/{mirrored}`")
                        }
                        None => "rename the file to mirror its source's path under curriculum/, or delete it".into(),
                    };
                    problems.push(
                        Diagnostic::warning(
                            &file.path,
                            0,
                            0,
                            format!("translated file has no source: there is no `{source}`"),
                        )
                        .with_hint(hint),
                    );
                }
            }
            Err(d) => problems.push(d),
        }
    }
    let mut record = BTreeMap::new();
    let record_path = dir.join(RECORD_FILE);
    if record_path.is_file() {
        match read_file(root, &record_path)
            .map_err(|d| vec![d])
            .and_then(|f| crate::source::yaml::parse::<BTreeMap<String, String>>(&f.path, &f.text, 1).map(|(r, _)| r))
        {
            Ok(r) => record = r.into_iter().map(|(path, hash)| (format!("{CURRICULUM_DIR}/{path}"), hash)).collect(),
            Err(p) => problems.extend(p),
        }
    }
    (LocaleFiles { locale: locale.to_string(), files, record, site_text }, problems)
}

/// The curriculum as a locale shows it: each document's translation from the first locale of
/// `chain` that has one, else the source text marked as a fallback.
pub fn localize(
    cur: &Curriculum,
    chain: &[&LocaleFiles],
    source_errors: &SourceErrors,
) -> (Curriculum, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let source_lang = cur.site.default_locale.clone();
    let mut out = cur.clone();
    // The site's title and description: from the nearest locale of the chain that translates
    // them, else the source's; each keeps the language it is in.
    out.site.text_lang = SiteTextLang { title: source_lang.clone(), description: source_lang.clone() };
    if let Some((title, lang)) = chain.iter().find_map(|l| Some((l.site_text.as_ref()?.title.clone()?, &l.locale))) {
        out.site.title = title;
        out.site.text_lang.title = lang.clone();
        // A source-language short title under a translated title would mix languages: the
        // home-screen name is then the translated title, unless the locale shortens it too.
        out.site.short_title = None;
    }
    if let Some(short) = chain.iter().find_map(|l| l.site_text.as_ref()?.short_title.clone()) {
        out.site.short_title = Some(short);
    }
    if let Some((description, lang)) =
        chain.iter().find_map(|l| Some((l.site_text.as_ref()?.description.clone()?, &l.locale)))
    {
        out.site.description = Some(description);
        out.site.text_lang.description = lang.clone();
    }
    // Each item apart (each translation is parsed and checked against its source), in
    // parallel; the problems in the items' order.
    let none = BTreeSet::new();
    let localized: Vec<Vec<Diagnostic>> = (out.entries_mut().into_par_iter())
        .map(|entry| {
            let found = chain.iter().find_map(|l| l.files.get(entry.path()).map(|f| (*l, f)));
            match found {
                Some((locale, file)) => {
                    let recorded = locale.recorded_hash(entry.path());
                    let errors = source_errors.get(entry.path()).unwrap_or(&none);
                    match entry.localize(file, &locale.locale, recorded, errors) {
                        Ok(mut warnings) => {
                            warnings.extend(crate::content::empty_title(&*entry));
                            warnings
                        }
                        // The translation cannot be used: the page shows the source.
                        Err(problems) => {
                            mark_fallback(entry.path().to_string(), entry.origin_mut(), &source_lang);
                            problems
                        }
                    }
                }
                None => {
                    mark_fallback(entry.path().to_string(), entry.origin_mut(), &source_lang);
                    Vec::new()
                }
            }
        })
        .collect();
    problems.extend(localized.into_iter().flatten());
    for course in &mut out.courses {
        let Some(agenda) = &mut course.agenda else { continue };
        let found = chain.iter().find_map(|l| l.files.get(&agenda.path).map(|f| (*l, f)));
        match found {
            Some((locale, file)) => {
                let recorded = locale.recorded_hash(&agenda.path);
                let errors = source_errors.get(&agenda.path).unwrap_or(&none);
                if let Err(p) = apply_agenda(agenda, file, &locale.locale, recorded, errors) {
                    mark_fallback(agenda.path.clone(), &mut agenda.origin, &source_lang);
                    problems.extend(p);
                }
            }
            None => mark_fallback(agenda.path.clone(), &mut agenda.origin, &source_lang),
        }
    }
    mark_copied_citations(&mut out, cur);
    out.terms.sort_by_key(|t| (t.meta.term.to_lowercase(), t.meta.id.clone()));
    (out, problems)
}

/// Marks an item of a locale as showing its source text (`path`), in the source's language.
fn mark_fallback(path: String, origin: &mut Origin, source_lang: &str) {
    origin.lang = source_lang.to_string();
    origin.state = TranslationState::Fallback;
    origin.source_path = Some(path);
}

/// A translation usually cites a work as its source does (a report keeps its title): such a
/// citation is in the source's language, whatever the translation's (`out` is `cur` localized,
/// its items in the same order).
fn mark_copied_citations(out: &mut Curriculum, cur: &Curriculum) {
    let source_lang = &cur.site.default_locale;
    let mark = |translated: &mut Citation, source: &Citation, lang: &str| {
        if lang != source_lang && translated.same_text(source) {
            translated.lang = source_lang.clone();
        }
    };
    for (case, source) in out.cases.iter_mut().zip(&cur.cases) {
        mark(&mut case.meta.source, &source.meta.source, &case.origin.lang);
    }
    for (course, source) in out.courses.iter_mut().zip(&cur.courses) {
        for (ch, source) in course.chapters.iter_mut().zip(&source.chapters) {
            for (citation, cited) in ch.meta.sources.iter_mut().zip(&source.meta.sources) {
                mark(citation, cited, &ch.origin.lang);
            }
        }
    }
}

/// The state of a translation: current when it records its source's present version, outdated
/// when it records an older one, not yet reviewed when it records none.
fn translated_origin(source: &Origin, source_path: &str, recorded: Option<String>, lang: &str) -> Origin {
    let state = match recorded {
        None => TranslationState::Unreviewed,
        Some(h) if h == source.hash => TranslationState::Current,
        Some(_) => TranslationState::Outdated,
    };
    Origin {
        lang: lang.to_string(),
        state,
        hash: source.hash.clone(),
        source_path: Some(source_path.to_string()),
        anchor_ids: None,
        label_ids: None,
    }
}

/// Whether a translation was made from an older version of its source: the hash recorded for it
/// (when it was last marked current) is not the source's.
fn is_outdated(recorded: Option<&str>, source: &Origin) -> bool {
    recorded.is_some_and(|hash| hash != source.hash)
}

/// A translation made from an older source is expected to differ from the source as it is now:
/// an author must be able to add a figure or a question without breaking every locale. Its
/// differences are then warnings, and the page shows the source until the translation catches
/// up. A current or unreviewed translation that differs is a translator's mistake: an error.
fn lagging(problems: Vec<Diagnostic>, outdated: bool) -> Vec<Diagnostic> {
    if !outdated {
        return problems;
    }
    problems
        .into_iter()
        .map(|mut d| {
            d.severity = crate::diagnostic::Severity::Warning;
            d.message.push_str(
                "; the source changed after this translation was marked current, so the page shows the source until the translation is updated",
            );
            d
        })
        .collect()
}

/// Lines of each source file where the source itself has an error (by path).
pub type SourceErrors = BTreeMap<String, BTreeSet<usize>>;

/// Structure checks: every difference of the translation (at `file`) from its source, reported
/// at its place in the translated file, quoting both values. Not where the source has an error
/// of its own at that place (a typo in the source's `chapter:` is reported there, not again as a
/// difference at the translation that has it right: one mistake, one error).
fn mismatch<S: crate::content::Structure + ?Sized>(
    (file, tree): (&str, &crate::source::yaml::Tree),
    (source_path, source_tree, source_errors): (&str, &crate::source::yaml::Tree, &BTreeSet<usize>),
    source: &S,
    translated: &S,
) -> Vec<Diagnostic> {
    let mut d = crate::content::structure::Differ::default();
    source.structure_diff(translated, &mut d);
    d.found
        .into_iter()
        .filter(|x| !source_errors.contains(&source_tree.pos(&x.at).line))
        .map(|x| {
            let at = tree.pos(&x.at);
            Diagnostic::error(
                file,
                at.line,
                at.column,
                format!(
                    "the translation differs from the source in {}: {} here, {} in {source_path}",
                    x.what, x.here, x.there
                ),
            )
            .with_hint("translate the text only; keep ids, lists, answers, codes and times exactly as in the source")
        })
        .collect()
}

/// Replaces a Markdown document with its translation in `file`, keeping the source's structure.
/// Headings are matched with the source's by their anchors (`{#id}`) and levels, in order; a
/// translation with more or fewer headings is used, with a warning naming them.
pub fn apply_document<M: Meta>(
    doc: &mut Document<M>,
    file: &SourceFile,
    lang: &str,
    record: Option<String>,
    source_errors: &BTreeSet<usize>,
) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    let (text, in_file) = take_source_hash(&file.text, true);
    let recorded = record.or(in_file);
    let outdated = is_outdated(recorded.as_deref(), &doc.origin);
    let stripped = SourceFile { path: file.path.clone(), text };
    let translated: Document<M> = parse_document(stripped)?;
    let parse = |body: &str, line| {
        let parsed = crate::text::markdown::parse(body, line, None);
        (parsed.headings, parsed.items)
    };
    let (source_headings, source_items) = parse(&doc.body, doc.body_line);
    let (translated_headings, translated_items) = parse(&translated.body, translated.body_line);
    let problems =
        mismatch((&file.path, &translated.tree), (&doc.path, &doc.tree, source_errors), &doc.meta, &translated.meta);
    if !problems.is_empty() {
        return Err(lagging(problems, outdated));
    }
    let mut warnings = Vec::new();
    let mut notes = crate::content::structure::Differ::default();
    doc.meta.structure_notes(&translated.meta, &mut notes);
    for x in notes.found {
        let at = translated.tree.key_pos(&x.at);
        warnings.push(
            Diagnostic::warning(
                &file.path,
                at.line,
                at.column,
                format!(
                    "the translation differs from the source in {}: {} here, {} in {}; the source's is used",
                    x.what, x.here, x.there, doc.path
                ),
            )
            .with_hint(format!("remove {} from the translation: it follows the source", x.what)),
        );
    }
    let (anchors, unmatched) = match_headings(&source_headings, &translated_headings);
    if let Some(note) = unmatched {
        warnings.push(heading_warning(&file.path, &doc.path, &source_headings, &translated_headings, note));
    }
    let (label_ids, missing_labels) = crate::text::labels::translated_ids(
        &source_items,
        &translated_items,
        (&file.path, translated.body_line),
        &doc.path,
    );
    if !missing_labels.is_empty() {
        // Links into the translation would break: the source is shown until it is fixed.
        warnings.extend(lagging(missing_labels, outdated));
        return Err(warnings);
    }
    let mut origin = translated_origin(&doc.origin, &doc.path, recorded, lang);
    origin.anchor_ids = Some(anchors);
    origin.label_ids = Some(label_ids);
    let mut meta = translated.meta;
    meta.keep_structure_of(&doc.meta);
    *doc = Document { meta, origin, ..translated };
    Ok(warnings)
}

/// Which heading the alignment could not pair first.
enum Unmatched {
    Translation(usize),
    Source(usize),
}

/// For each translated heading, the index of the source heading it translates (as the site
/// pairs them; `None`: a heading the source does not have).
pub fn pair_headings(
    source: &[crate::text::markdown::Heading],
    translated: &[crate::text::markdown::Heading],
) -> Vec<Option<usize>> {
    pairs_of_headings(source, translated).0
}

/// Pairs translated headings with source headings: by a written anchor when the translation
/// has one, otherwise by level in order (the longest common subsequence of levels). Returns the
/// anchor each translated heading takes (`None`: its own) and the first heading left unpaired.
fn match_headings(
    source: &[crate::text::markdown::Heading],
    translated: &[crate::text::markdown::Heading],
) -> (Vec<Option<String>>, Option<Unmatched>) {
    let (pairs, first) = pairs_of_headings(source, translated);
    (pairs.into_iter().map(|p| p.map(|i| source[i].id.clone())).collect(), first)
}

fn pairs_of_headings(
    source: &[crate::text::markdown::Heading],
    translated: &[crate::text::markdown::Heading],
) -> (Vec<Option<usize>>, Option<Unmatched>) {
    let (n, m) = (source.len(), translated.len());
    // A written anchor pairs more strongly than a level: the alignment keeps `{#id}` pairs.
    let score = |i: usize, j: usize| {
        let (s, t) = (&source[i], &translated[j]);
        match (t.explicit, t.id == s.id, t.level == s.level) {
            (true, true, _) => 3,
            (true, false, _) | (false, _, false) => 0,
            (false, same_id, true) => 2 + u32::from(s.explicit && same_id),
        }
    };
    // best[i][j]: the best total score of pairing source[i..] with translated[j..].
    let mut best = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let pair = match score(i, j) {
                0 => 0,
                s => best[i + 1][j + 1] + s,
            };
            best[i][j] = pair.max(best[i + 1][j]).max(best[i][j + 1]);
        }
    }
    let mut anchors = vec![None; m];
    let mut first_unmatched = None;
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        let s = score(i, j);
        if s > 0 && best[i][j] == best[i + 1][j + 1] + s {
            anchors[j] = Some(i);
            i += 1;
            j += 1;
        } else if best[i + 1][j] >= best[i][j + 1] {
            first_unmatched.get_or_insert(Unmatched::Source(i));
            i += 1;
        } else {
            first_unmatched.get_or_insert(Unmatched::Translation(j));
            j += 1;
        }
    }
    if i < n {
        first_unmatched.get_or_insert(Unmatched::Source(i));
    }
    if j < m {
        first_unmatched.get_or_insert(Unmatched::Translation(j));
    }
    (anchors, first_unmatched)
}

fn heading_warning(
    file: &str,
    source_file: &str,
    source: &[crate::text::markdown::Heading],
    translated: &[crate::text::markdown::Heading],
    first: Unmatched,
) -> Diagnostic {
    let hashes = |level: u8| "#".repeat(level as usize);
    let counts = format!("the translation has {} headings, its source {}", translated.len(), source.len());
    // A translated heading given an anchor of its own (`{#definitions-cles}`) is the usual cause.
    if let Some(t) = translated.iter().find(|t| t.explicit && !source.iter().any(|s| s.id == t.id)) {
        let hint = match first {
            Unmatched::Source(i) => format!(
                "write the source's anchor, `{{#{}}}` (`{} {}`, {source_file}:{}), or leave the anchor out: links from other pages use the source's anchors",
                source[i].id,
                hashes(source[i].level),
                source[i].text,
                source[i].line
            ),
            Unmatched::Translation(_) => {
                "use one of the source's anchors, or leave the anchor out: links from other pages use the source's anchors".to_string()
            }
        };
        return Diagnostic::warning(
            file,
            t.line,
            1,
            format!(
                "the anchor `#{}` of `{} {}` is not one of {source_file}'s, so the heading is paired with none of the source's",
                t.id,
                hashes(t.level),
                t.text
            ),
        )
        .with_hint(hint);
    }
    match first {
        Unmatched::Translation(j) => {
            let t = &translated[j];
            Diagnostic::warning(
                file,
                t.line,
                1,
                format!("{counts}: `{} {}` has no counterpart in {source_file}", hashes(t.level), t.text),
            )
            .with_hint("it gets an anchor of its own; keep the source's headings, or give matching ones the source's anchor with `{#id}`")
        }
        Unmatched::Source(i) => {
            let s = &source[i];
            let line = translated.get(i).or(translated.last()).map_or(1, |t| t.line);
            Diagnostic::warning(
                file,
                line,
                1,
                format!(
                    "{counts}: `{} {}` ({source_file}:{}) has no counterpart here",
                    hashes(s.level),
                    s.text,
                    s.line
                ),
            )
            .with_hint("links to that section land at the top of the translated page; translate the heading too")
        }
    }
}

/// Replaces a course's agenda with its translation in `file` (same days, sessions, times and
/// modules; translated titles).
fn apply_agenda(
    agenda: &mut crate::content::agenda::Agenda,
    file: &SourceFile,
    lang: &str,
    record: Option<String>,
    source_errors: &BTreeSet<usize>,
) -> Result<(), Vec<Diagnostic>> {
    let (text, in_file) = take_source_hash(&file.text, false);
    let recorded = record.or(in_file);
    let (mut translated, tree) = crate::source::yaml::parse::<crate::content::agenda::Agenda>(&file.path, &text, 1)?;
    translated.tree = tree;
    let problems =
        mismatch((&file.path, &translated.tree), (&agenda.path, &agenda.tree, source_errors), agenda, &translated);
    if !problems.is_empty() {
        return Err(lagging(problems, is_outdated(recorded.as_deref(), &agenda.origin)));
    }
    translated.origin = translated_origin(&agenda.origin, &agenda.path, recorded, lang);
    translated.path = file.path.clone();
    translated.yaml = text;
    *agenda = translated;
    Ok(())
}

/// Replaces a data file (quiz, worksheet, ...) with its translation in `file`.
pub fn apply_data<T: DataFile + Entry>(
    item: &mut T,
    file: &SourceFile,
    lang: &str,
    record: Option<String>,
    source_errors: &BTreeSet<usize>,
) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    let (text, in_file) = take_source_hash(&file.text, false);
    let recorded = record.or(in_file);
    let mut translated: T = parse_data(SourceFile { path: file.path.clone(), text })?;
    let problems =
        mismatch((&file.path, translated.tree()), (item.path(), item.tree(), source_errors), item, &translated);
    if !problems.is_empty() {
        return Err(lagging(problems, is_outdated(recorded.as_deref(), item.origin())));
    }
    *translated.origin_mut() = translated_origin(item.origin(), item.path(), recorded, lang);
    *item = translated;
    Ok(Vec::new())
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
        words: crate::content::word_count(&a.yaml),
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
    /// Translated but never marked current (counted as translated).
    pub unreviewed: usize,
    pub unreviewed_files: Vec<String>,
}

/// Translation coverage of each of `locales`: current, outdated and missing files and words
/// (the source is read once for all).
pub fn statuses<'a>(cur: &Curriculum, locales: impl IntoIterator<Item = &'a LocaleFiles>) -> Vec<LocaleStatus> {
    let locales: Vec<&LocaleFiles> = locales.into_iter().collect();
    if locales.is_empty() {
        // A site without translations: no words to count (3 % of such a build).
        return Vec::new();
    }
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
        unreviewed: 0,
        unreviewed_files: Vec::new(),
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
                let recorded = files.recorded_hash(info.path);
                if recorded.is_none() {
                    s.unreviewed += 1;
                    s.unreviewed_files.push(file.path.clone());
                }
                if recorded.is_none() || recorded.as_deref() == Some(info.hash) {
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
    if locale == cur.site.default_locale {
        return Err(vec![Diagnostic::error(
            "",
            0,
            0,
            format!("`{locale}` is the source language: there is no translation to mark"),
        )
        .with_hint("give the code of a translation, e.g. `fr`")]);
    }
    if !root.join(LOCALES_DIR).join(locale).is_dir() {
        let (codes, _) = crate::i18n::site_locales(root, &cur.site);
        let known: Vec<&str> = codes.iter().skip(1).map(String::as_str).collect();
        let hint = match known.is_empty() {
            true => "this site has no translations yet; `coursebook locale add CODE` starts one".to_string(),
            false => format!("the site's translations: {}", known.join(", ")),
        };
        return Err(vec![Diagnostic::error(
            "",
            0,
            0,
            format!("no locale `{locale}`: there is no folder locales/{locale}/"),
        )
        .with_hint(hint)]);
    }
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
    // The record lives beside the translations (a regenerated file keeps its state); a
    // `source_hash:` line that earlier versions wrote in the file is moved into it.
    let mut record: BTreeMap<String, String> = files.record.clone();
    let mut changed = Vec::new();
    for file in wanted {
        let source = mirrored_source(&file.path).into_owned();
        let Some(info) = sources.iter().find(|s| s.path == source) else {
            continue;
        };
        let markdown = file.path.ends_with(".md");
        let (_, in_file) = take_source_hash(&file.text, markdown);
        if files.recorded_hash(&source).as_deref() == Some(info.hash) && in_file.is_none() {
            continue;
        }
        if in_file.is_some() {
            let text = crate::source::remove_source_hash(&file.text, markdown);
            crate::pipeline::write::write_file_atomically(&root.join(&file.path), text.as_bytes())
                .map_err(|e| vec![Diagnostic::error(&file.path, 0, 0, format!("cannot write: {e}"))])?;
        }
        record.insert(source, info.hash.to_string());
        changed.push(file.path.clone());
    }
    if !changed.is_empty() {
        let path = root.join(LOCALES_DIR).join(locale).join(RECORD_FILE);
        let mut text = String::from(
            "# Which version of its source each translation was reviewed against, written by\n\
             # `coursebook locale mark-current`. A translation whose source changed since is shown\n\
             # as possibly out of date. Paths are relative to curriculum/.\n",
        );
        for (source, hash) in &record {
            let relative = source.strip_prefix(&format!("{CURRICULUM_DIR}/")).unwrap_or(source);
            text.push_str(&format!("{relative}: {hash}\n"));
        }
        crate::pipeline::write::write_file_atomically(&path, text.as_bytes())
            .map_err(|e| vec![Diagnostic::error(display_path(root, &path), 0, 0, format!("cannot write: {e}"))])?;
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
    if !crate::i18n::is_locale_code(code) {
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
    crate::pipeline::write::write_file_atomically(&strings, text.as_bytes())
        .map_err(|e| Diagnostic::error(display_path(root, &strings), 0, 0, format!("cannot write: {e}")))?;
    Ok(vec![display_path(root, &strings)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::markdown::Heading;

    fn heading(text: &str, id: &str, explicit: bool, line: usize) -> Heading {
        Heading { level: 2, id: id.into(), text: text.into(), number: None, in_block: false, line, explicit }
    }

    /// A translated heading given an anchor of its own is where the warning points, with the
    /// source's anchor to write (not "translate the heading too": it is translated).
    #[test]
    fn a_translated_heading_with_an_anchor_of_its_own_is_named_with_the_anchor_to_write() {
        let source = [heading("Key definitions", "key-definitions", false, 16), heading("Second", "second", false, 30)];
        let translated =
            [heading("Définitions clés", "definitions-cles", true, 17), heading("Deuxième", "second", false, 31)];
        let (_, first) = match_headings(&source, &translated);
        let d = heading_warning("fr/one.md", "one.md", &source, &translated, first.expect("a heading unpaired"));
        assert_eq!(d.line, 17);
        assert!(d.message.contains("the anchor `#definitions-cles` of `## Définitions clés` is not one of one.md's"));
        assert!(d.hint.as_deref().unwrap().starts_with("write the source's anchor, `{#key-definitions}`"));
    }
}
