//! Loading `curriculum/`: reads every content file, splits front matter, parses it into typed
//! structures. Problems are collected, not returned one at a time, so a run reports them all.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::content::agenda::Agenda;
use crate::content::deck::DeckMeta;
use crate::content::*;
use crate::diagnostic::{display_path, Diagnostic};
use crate::path;
use crate::source::{files_under, read_file, split_front_matter, yaml, SourceFile};

pub const CURRICULUM_DIR: &str = "curriculum";

/// Loads the curriculum under `root/curriculum`. Returns what could be loaded (`None` when the
/// site configuration itself is unusable) and every problem found on the way.
pub fn load(root: &Path) -> (Option<Curriculum>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let dir = root.join(CURRICULUM_DIR);
    let site_path = dir.join("site.yaml");
    // Without the folder, that is the one problem (its site.yaml is missing too, of course).
    if !dir.is_dir() {
        problems.push(Diagnostic::error(display_path(root, &dir), 0, 0, "no curriculum folder here").with_hint(
            "run coursebook in the folder that contains `curriculum/`, pass `--root DIR`, or start a new course \
             with `coursebook init DIR`",
        ));
        return (None, problems);
    }
    let Some(site_file) = read(root, &site_path, &mut problems) else {
        return (None, problems);
    };
    let (site, site_tree) = match yaml::parse::<SiteConfig>(&site_file.path, &site_file.text, 1) {
        Ok(parsed) => parsed,
        Err(p) => {
            problems.extend(p);
            return (None, problems);
        }
    };
    problems.extend(site_config::validate(&site, &site_file.path, &site_tree));
    problems.extend(crate::content::brand::validate(&site.brand, &site_file.path, &site_tree, &root.join("static")));

    let mut failed_items = Vec::new();
    let courses: Vec<Course> = site
        .courses
        .iter()
        .enumerate()
        .filter_map(|(i, folder)| {
            load_course(root, &dir, (&site_file.path, &site_tree, i), folder, &mut problems, &mut failed_items)
        })
        .collect();

    let mut failed = BTreeSet::new();
    let mut note_failed = |kind: Kind, ids: Vec<String>| failed.extend(ids.into_iter().map(|id| (kind, id)));
    let (mut cases, p, f) = load_documents::<CaseMeta>(root, &dir.join("cases"));
    problems.extend(p);
    note_failed(Kind::Case, f);
    cases.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    let (mut terms, p, f) = load_documents::<TermMeta>(root, &dir.join("glossary"));
    problems.extend(p);
    note_failed(Kind::Term, f);
    terms.sort_by_key(|t| (t.meta.term.to_lowercase(), t.meta.id.clone()));

    let (quizzes, p, f) = load_data::<Quiz>(root, &dir.join("quizzes"));
    problems.extend(p);
    note_failed(Kind::Quiz, f);
    problems.extend(quizzes.par_iter().flat_map(quiz::validate_quiz).collect::<Vec<_>>());
    let (worksheets, p, f) = load_data::<Worksheet>(root, &dir.join("worksheets"));
    problems.extend(p);
    note_failed(Kind::Worksheet, f);
    problems.extend(worksheets.iter().flat_map(worksheet::validate_worksheet));
    let (mut decks, p, f) = load_documents::<DeckMeta>(root, &dir.join("decks"));
    problems.extend(p);
    note_failed(Kind::Deck, f);
    decks.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    for d in &decks {
        problems.extend(deck::split_slides(&d.path, &d.body, d.body_line).1);
    }
    let (assessments, p, f) = load_data::<Assessment>(root, &dir.join("assessments"));
    problems.extend(p);
    note_failed(Kind::Assessment, f);
    problems.extend(assessments.iter().flat_map(assessment::validate_assessment));

    let (frameworks, p, f) = load_data::<Framework>(root, &dir.join("frameworks"));
    problems.extend(p);
    note_failed(Kind::Framework, f);
    problems.extend(frameworks.iter().flat_map(framework::validate));
    let (deliveries, p, f) = load_data::<Delivery>(root, &dir.join("deliveries"));
    problems.extend(p);
    note_failed(Kind::Delivery, f);
    let course_ids: Vec<&str> = courses.iter().map(|c| c.doc.meta.id.as_str()).collect();
    let days = |id: &str| {
        courses.iter().find(|c| c.doc.meta.id == id).and_then(|c| c.agenda.as_ref()).map_or(0, |a| a.days.len())
    };
    problems.extend(deliveries.iter().flat_map(|d| delivery::validate_delivery(d, &course_ids, days)));
    failed.extend(failed_items);
    let mut curriculum = Curriculum {
        site,
        courses,
        cases,
        terms,
        quizzes,
        worksheets,
        assessments,
        decks,
        frameworks,
        deliveries,
        failed,
        meant_ids: Default::default(),
    };
    // A file whose `id:` repeats another's is reported once, there; links to the id its name
    // says it meant are not reported again.
    curriculum.meant_ids =
        (curriculum.duplicates().into_iter()).filter_map(|e| Some((e.kind(), curriculum.meant_id(e)?))).collect();
    problems.extend(curriculum.entries().into_iter().filter_map(crate::content::empty_title));
    (Some(curriculum), problems)
}

/// Loads `courses/<folder>/`; `listed` is where site.yaml lists the course (file, tree, index).
fn load_course(
    root: &Path,
    dir: &Path,
    listed: (&str, &yaml::Tree, usize),
    folder: &str,
    problems: &mut Vec<Diagnostic>,
    failed_items: &mut Vec<(Kind, String)>,
) -> Option<Course> {
    let (site_path, site_tree, index) = listed;
    let course_dir = dir.join("courses").join(folder);
    let course_path = course_dir.join("course.md");
    let listed_at = site_tree.pos(path!["courses", index]);
    if !inside(dir, &course_dir) {
        problems.push(
            Diagnostic::error(
                site_path,
                listed_at.line,
                listed_at.column,
                format!("course folder `{folder}` is outside curriculum/courses/"),
            )
            .with_hint("give the name of a folder under curriculum/courses/"),
        );
        return None;
    }
    if !course_path.is_file() {
        problems.push(
            Diagnostic::error(
                site_path,
                listed_at.line,
                listed_at.column,
                format!("course `{folder}` has no file `{}`", display_path(root, &course_path)),
            )
            .with_hint(format!("create `curriculum/courses/{folder}/course.md`, or remove `{folder}` from `courses`")),
        );
        return None;
    }
    let file = read(root, &course_path, problems)?;
    let Ok(doc) = parse_document::<CourseMeta>(file).map_err(|p| problems.extend(p)) else {
        failed_items.push((Kind::Course, folder.to_string()));
        return None;
    };
    if doc.meta.chapters.is_empty() {
        // Its chapter files are not read: links to them are not reported again.
        let unread = files_under(&course_dir.join("chapters"), &["md"]);
        failed_items.extend(unread.iter().map(|f| (Kind::Chapter, failed_id(f))));
        let at = doc.tree.key_pos(path!["chapters"]);
        problems.push(
            Diagnostic::error(&doc.path, at.line, at.column, "the course lists no chapters")
                .with_hint("list its chapter files under `chapters:`, e.g. `- chapters/introduction.md`"),
        );
    }

    let listed: Vec<(usize, &String, PathBuf)> =
        doc.meta.chapters.iter().enumerate().map(|(i, c)| (i, c, course_dir.join(c))).collect();
    let mut chapters = Vec::new();
    let mut readable = Vec::new();
    let mut seen: std::collections::HashMap<PathBuf, usize> = std::collections::HashMap::new();
    let mut listed_twice = false;
    for (i, name, path) in &listed {
        let at = doc.tree.pos(path!["chapters", *i]);
        if let Some(&line) = seen.get(&normalize(path)) {
            listed_twice = true;
            problems.push(
                Diagnostic::error(
                    &doc.path,
                    at.line,
                    at.column,
                    format!("chapter `{name}` is listed twice (also on line {line})"),
                )
                .with_hint("list each chapter file once; was another file meant here?"),
            );
            continue;
        }
        seen.insert(normalize(path), at.line);
        if !inside(&course_dir, path) {
            // Never read (or quote) a file outside the course: content names paths, not the disk.
            problems.push(
                Diagnostic::error(
                    &doc.path,
                    at.line,
                    at.column,
                    format!("chapter `{name}` is outside the course folder"),
                )
                .with_hint(format!("chapters live under curriculum/courses/{folder}/; give a path relative to it")),
            );
        } else if !path.is_file() {
            problems.push(
                Diagnostic::error(&doc.path, at.line, at.column, format!("chapter file `{name}` does not exist"))
                    .with_hint(format!(
                        "create `{}`, or fix the path (it is relative to the course folder)",
                        display_path(root, path)
                    )),
            );
        } else {
            readable.push(path);
        }
    }
    let loaded: Vec<FileResult<Chapter>> = readable
        .par_iter()
        .map(|p| {
            let result = read_file(root, p).map_err(|d| vec![d]).and_then(parse_document::<ChapterMeta>);
            (p.to_path_buf(), result)
        })
        .collect();
    let (loaded, p, failed) = split_results(loaded);
    chapters.extend(loaded);
    problems.extend(p);

    // A chapter file nobody lists would silently never be published (when the course lists
    // none, that one error says it).
    let listed_paths: BTreeSet<PathBuf> = listed.iter().map(|(_, _, p)| normalize(p)).collect();
    for file in files_under(&course_dir.join("chapters"), &["md"]) {
        if !listed.is_empty() && !listed_paths.contains(&normalize(&file)) {
            if listed_twice {
                // Most likely the file the repeated line meant: links to it are not reported
                // again.
                failed_items.push((Kind::Chapter, failed_id(&file)));
            }
            problems.push(
                Diagnostic::warning(
                    display_path(root, &file),
                    0,
                    0,
                    "this chapter is not listed in course.md, so it is not published",
                )
                .with_hint(format!("add it to `chapters:` in curriculum/courses/{folder}/course.md")),
            );
        }
    }
    let agenda_path = course_dir.join("agenda.yaml");
    let agenda = if agenda_path.is_file() {
        let file = read(root, &agenda_path, problems)?;
        match yaml::parse::<Agenda>(&file.path, &file.text, 1) {
            Ok((mut agenda, tree)) => {
                agenda.origin.hash = crate::source::content_hash(&file.text);
                agenda.path = file.path;
                agenda.yaml = file.text;
                agenda.tree = tree;
                // Chapters that failed to load were reported; the agenda naming them is not wrong.
                let ids: Vec<&str> = chapters
                    .iter()
                    .map(|c: &Chapter| c.meta.id.as_str())
                    .chain(failed.iter().map(String::as_str))
                    .collect();
                problems.extend(agenda::validate_agenda(&agenda, &ids));
                Some(agenda)
            }
            Err(p) => {
                problems.extend(p);
                None
            }
        }
    } else {
        None
    };
    failed_items.extend(failed.into_iter().map(|id| (Kind::Chapter, id)));
    let by_agenda = agenda.as_ref().map(agenda::module_numbers).unwrap_or_default();
    let numbers = chapters
        .iter()
        .enumerate()
        .map(|(i, c)| {
            by_agenda
                .iter()
                .find(|(id, _)| id == &c.meta.id)
                .map(|(_, n)| n.clone())
                .unwrap_or_else(|| (i + 1).to_string())
        })
        .collect();
    let setup = load_setup(root, &course_dir, &doc.meta.id, problems, failed_items);
    Some(Course { doc, chapters, numbers, agenda, setup })
}

/// The course's setup page, `setup.md` in its folder, when there is one.
fn load_setup(
    root: &Path,
    course_dir: &Path,
    course: &str,
    problems: &mut Vec<Diagnostic>,
    failed_items: &mut Vec<(Kind, String)>,
) -> Option<Setup> {
    let path = course_dir.join(setup::SETUP_FILE);
    if !path.is_file() {
        return None;
    }
    let file = read(root, &path, problems)?;
    match parse_document::<SetupMeta>(file) {
        Ok(mut setup) => {
            setup.meta.course = course.to_string();
            Some(setup)
        }
        Err(p) => {
            problems.extend(p);
            failed_items.push((Kind::Setup, course.to_string()));
            None
        }
    }
}

/// Whether `path` stays inside `dir` once `..` and symbolic links are resolved.
pub fn inside(dir: &Path, path: &Path) -> bool {
    let resolved = |p: &Path| p.canonicalize().unwrap_or_else(|_| normalize(p));
    resolved(path).starts_with(resolved(dir))
}

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Parses a Markdown file with front matter into a document.
pub fn parse_document<M: Meta>(file: SourceFile) -> Result<Document<M>, Vec<Diagnostic>> {
    let split = split_front_matter(&file, &file.text).map_err(|d| vec![d])?;
    let (meta, tree) = yaml::parse::<M>(&file.path, split.yaml, split.yaml_line)?;
    let (yaml, body_line) = (split.yaml.to_string(), split.body_line);
    let body_start = file.text.len() - split.body.len();
    let hash = crate::source::content_hash(&file.text);
    // The body keeps the file's buffer: the curriculum's text is the largest thing a build
    // holds, and a copy would double it while the files load.
    let SourceFile { path, mut text } = file;
    text.drain(..body_start);
    Ok(Document { meta, origin: Origin { hash, ..Origin::default() }, path, yaml, tree, body: text, body_line })
}

fn load_documents<M: Meta + Send>(root: &Path, dir: &Path) -> Loaded<Document<M>> {
    let results: Vec<FileResult<Document<M>>> = files_under(dir, &["md"])
        .into_par_iter()
        .map(|p| {
            let result = read_file(root, &p).map_err(|d| vec![d]).and_then(parse_document::<M>);
            (p, result)
        })
        .collect();
    split_results(results)
}

/// Parses a YAML data file into `T` with its path, text and positions attached.
pub fn parse_data<T: DataFile>(file: SourceFile) -> Result<T, Vec<Diagnostic>> {
    let (mut value, tree) = yaml::parse::<T>(&file.path, &file.text, 1)?;
    value.attach(file, tree);
    Ok(value)
}

/// Loads every YAML file under `dir` as a `T`, sorted by id.
fn load_data<T: DataFile>(root: &Path, dir: &Path) -> Loaded<T> {
    let results: Vec<FileResult<T>> = files_under(dir, &["yaml", "yml"])
        .into_par_iter()
        .map(|p| {
            let result = read_file(root, &p).map_err(|d| vec![d]).and_then(parse_data::<T>);
            (p, result)
        })
        .collect();
    let (mut values, problems, failed) = split_results(results);
    values.sort_by(|a: &T, b: &T| a.id().cmp(b.id()));
    (values, problems, failed)
}

/// What loading a folder gave: the items, the problems, and the ids of files that failed.
type Loaded<T> = (Vec<T>, Vec<Diagnostic>, Vec<String>);

/// The outcome of loading one file, with its path.
type FileResult<T> = (PathBuf, Result<T, Vec<Diagnostic>>);

fn split_results<T>(results: Vec<FileResult<T>>) -> Loaded<T> {
    let mut values = Vec::new();
    let mut problems = Vec::new();
    let mut failed = Vec::new();
    for (path, r) in results {
        match r {
            Ok(v) => values.push(v),
            Err(p) => {
                problems.extend(p);
                failed.push(failed_id(&path));
            }
        }
    }
    (values, problems, failed)
}

/// The id a file that failed to load would have had: its top-level `id:` if that line can be
/// read, else its file name. References to it are then not reported again.
fn failed_id(path: &Path) -> String {
    // Lossily: a file that failed for not being UTF-8 usually has a readable `id:`.
    let text = std::fs::read(path).map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default();
    crate::source::declared_id(&text)
        .unwrap_or_else(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default())
}

fn read(root: &Path, path: &Path, problems: &mut Vec<Diagnostic>) -> Option<SourceFile> {
    read_file(root, path).map_err(|d| problems.push(d)).ok()
}
