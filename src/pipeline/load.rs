//! Loading `curriculum/`: reads every content file, splits front matter, parses it into typed
//! structures. Problems are collected, not returned one at a time, so a run reports them all.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use crate::content::activity::{validate_assessment, validate_quiz, validate_worksheet, Assessment, Quiz, Worksheet};
use crate::content::*;
use crate::diagnostic::{display_path, Diagnostic};
use crate::source::{locate, parse_yaml, split_front_matter, SourceFile};

pub const CURRICULUM_DIR: &str = "curriculum";

/// Loads the curriculum under `root/curriculum`. Returns what could be loaded (`None` when the
/// site configuration itself is unusable) and every problem found on the way.
pub fn load(root: &Path) -> (Option<Curriculum>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let dir = root.join(CURRICULUM_DIR);
    let site_path = dir.join("site.yaml");
    let Some(site_file) = read(root, &site_path, &mut problems) else {
        if !dir.is_dir() {
            problems.push(
                Diagnostic::error(display_path(root, &dir), 0, 0, "no curriculum folder here")
                    .with_hint("run coursebook in the folder that contains `curriculum/`, or pass `--root DIR`"),
            );
        }
        return (None, problems);
    };
    let site: SiteConfig = match parse_yaml(&site_file.path, &site_file.text, 1) {
        Ok(site) => site,
        Err(d) => {
            problems.push(d);
            return (None, problems);
        }
    };

    let courses: Vec<Course> =
        site.courses.iter().filter_map(|folder| load_course(root, &dir, &site_file, folder, &mut problems)).collect();

    let (mut cases, p) = load_documents::<CaseMeta>(root, &dir.join("cases"), &["md"]);
    problems.extend(p);
    cases.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    let (mut terms, p) = load_documents::<TermMeta>(root, &dir.join("glossary"), &["md"]);
    problems.extend(p);
    terms.sort_by_key(|t| (t.meta.term.to_lowercase(), t.meta.id.clone()));

    let (quizzes, p) = load_data::<Quiz>(root, &dir.join("quizzes"));
    problems.extend(p);
    problems.extend(quizzes.par_iter().flat_map(validate_quiz).collect::<Vec<_>>());
    let (worksheets, p) = load_data::<Worksheet>(root, &dir.join("worksheets"));
    problems.extend(p);
    problems.extend(worksheets.iter().flat_map(validate_worksheet));
    let (mut decks, p) = load_documents::<crate::content::deck::DeckMeta>(root, &dir.join("decks"), &["md"]);
    problems.extend(p);
    decks.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    for d in &decks {
        problems.extend(crate::content::deck::split_slides(&d.path, &d.body, d.body_line).1);
    }
    let (assessments, p) = load_data::<Assessment>(root, &dir.join("assessments"));
    problems.extend(p);
    problems.extend(assessments.iter().flat_map(validate_assessment));

    let (frameworks, p) = load_data::<crate::content::framework::Framework>(root, &dir.join("frameworks"));
    problems.extend(p);
    problems.extend(frameworks.iter().flat_map(crate::content::framework::validate));
    let (deliveries, p) = load_data::<crate::content::agenda::Delivery>(root, &dir.join("deliveries"));
    problems.extend(p);
    let course_ids: Vec<&str> = courses.iter().map(|c| c.doc.meta.id.as_str()).collect();
    let days = |id: &str| {
        courses.iter().find(|c| c.doc.meta.id == id).and_then(|c| c.agenda.as_ref()).map_or(0, |a| a.days.len())
    };
    problems.extend(deliveries.iter().flat_map(|d| crate::content::agenda::validate_delivery(d, &course_ids, days)));
    let curriculum =
        Curriculum { site, courses, cases, terms, quizzes, worksheets, assessments, decks, frameworks, deliveries };
    (Some(curriculum), problems)
}

fn load_course(
    root: &Path,
    dir: &Path,
    site_file: &SourceFile,
    folder: &str,
    problems: &mut Vec<Diagnostic>,
) -> Option<Course> {
    let course_dir = dir.join("courses").join(folder);
    let course_path = course_dir.join("course.md");
    if !course_path.is_file() {
        let (line, column) = locate(&site_file.text, 1, "courses", Some(folder));
        problems.push(
            Diagnostic::error(
                &site_file.path,
                line,
                column,
                format!("course `{folder}` has no file `{}`", display_path(root, &course_path)),
            )
            .with_hint(format!("create `curriculum/courses/{folder}/course.md`, or remove `{folder}` from `courses`")),
        );
        return None;
    }
    let file = read(root, &course_path, problems)?;
    let doc = parse_document::<CourseMeta>(&file).map_err(|d| problems.push(d)).ok()?;

    let listed: Vec<(String, PathBuf)> = doc.meta.chapters.iter().map(|c| (c.clone(), course_dir.join(c))).collect();
    let mut chapters = Vec::new();
    for (name, path) in &listed {
        if !path.is_file() {
            let (line, column) = locate(&doc.yaml, doc.yaml_line, "chapters", Some(name));
            problems.push(
                Diagnostic::error(&doc.path, line, column, format!("chapter file `{name}` does not exist")).with_hint(
                    format!(
                        "create `{}`, or fix the path (it is relative to the course folder)",
                        display_path(root, path)
                    ),
                ),
            );
        }
    }
    let loaded: Vec<Result<Chapter, Diagnostic>> = listed
        .par_iter()
        .filter(|(_, p)| p.is_file())
        .map(|(_, p)| {
            let file = read_file(root, p)?;
            parse_document::<ChapterMeta>(&file)
        })
        .collect();
    for result in loaded {
        match result {
            Ok(ch) => chapters.push(ch),
            Err(d) => problems.push(d),
        }
    }

    // A chapter file nobody lists would silently never be published.
    let listed_paths: BTreeSet<PathBuf> = listed.iter().map(|(_, p)| normalize(p)).collect();
    for file in markdown_files(&course_dir.join("chapters"), &["md"]) {
        if !listed_paths.contains(&normalize(&file)) {
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
        match parse_yaml::<crate::content::agenda::Agenda>(&file.path, &file.text, 1) {
            Ok(mut agenda) => {
                agenda.path = file.path;
                agenda.yaml = file.text;
                let ids: Vec<&str> = chapters.iter().map(|c: &Chapter| c.meta.id.as_str()).collect();
                problems.extend(crate::content::agenda::validate_agenda(&agenda, &ids));
                Some(agenda)
            }
            Err(d) => {
                problems.push(d);
                None
            }
        }
    } else {
        None
    };
    let by_agenda = agenda.as_ref().map(crate::content::agenda::module_numbers).unwrap_or_default();
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
    Some(Course { doc, folder: folder.to_string(), chapters, numbers, agenda })
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
pub fn parse_document<M: DeserializeOwned>(file: &SourceFile) -> Result<Document<M>, Diagnostic> {
    let split = split_front_matter(file, &file.text)?;
    let meta = parse_yaml::<M>(&file.path, split.yaml, split.yaml_line)?;
    Ok(Document {
        meta,
        origin: Origin { hash: crate::source::content_hash(&file.text), ..Origin::default() },
        path: file.path.clone(),
        yaml: split.yaml.to_string(),
        yaml_line: split.yaml_line,
        body: split.body.to_string(),
        body_line: split.body_line,
    })
}

fn load_documents<M: DeserializeOwned + Send>(
    root: &Path,
    dir: &Path,
    extensions: &[&str],
) -> (Vec<Document<M>>, Vec<Diagnostic>) {
    let results: Vec<Result<Document<M>, Diagnostic>> =
        markdown_files(dir, extensions).par_iter().map(|p| parse_document::<M>(&read_file(root, p)?)).collect();
    split_results(results)
}

/// A pure-YAML content file that remembers where it came from, for later diagnostics.
pub trait DataFile: DeserializeOwned + Send + Clone {
    fn id(&self) -> &str;
    fn attach(&mut self, file: SourceFile);
}

/// Every data type has `id`, `path`, `yaml` and `origin` fields.
macro_rules! data_file {
    ($($ty:ty),*) => {$(
        impl DataFile for $ty {
            fn id(&self) -> &str {
                &self.id
            }
            fn attach(&mut self, file: SourceFile) {
                self.origin.hash = crate::source::content_hash(&file.text);
                self.path = file.path;
                self.yaml = file.text;
            }
        }
    )*};
}
data_file!(Quiz, Assessment, Worksheet, crate::content::framework::Framework, crate::content::agenda::Delivery);

/// Loads every YAML file under `dir` as a `T`, sorted by id.
fn load_data<T: DataFile>(root: &Path, dir: &Path) -> (Vec<T>, Vec<Diagnostic>) {
    let results: Vec<Result<T, Diagnostic>> = markdown_files(dir, &["yaml", "yml"])
        .par_iter()
        .map(|p| {
            let file = read_file(root, p)?;
            let mut value = parse_yaml::<T>(&file.path, &file.text, 1)?;
            value.attach(file);
            Ok(value)
        })
        .collect();
    let (mut values, problems) = split_results(results);
    values.sort_by(|a: &T, b: &T| a.id().cmp(b.id()));
    (values, problems)
}

fn split_results<T>(results: Vec<Result<T, Diagnostic>>) -> (Vec<T>, Vec<Diagnostic>) {
    let mut values = Vec::new();
    let mut problems = Vec::new();
    for r in results {
        match r {
            Ok(v) => values.push(v),
            Err(d) => problems.push(d),
        }
    }
    (values, problems)
}

/// Files with one of `extensions` under `dir`, sorted, skipping hidden files and editor backups.
pub fn markdown_files(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.into_path())
        .filter(|p| p.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.contains(&e)))
        .collect();
    files.sort();
    files
}

fn read(root: &Path, path: &Path, problems: &mut Vec<Diagnostic>) -> Option<SourceFile> {
    read_file(root, path).map_err(|d| problems.push(d)).ok()
}

pub fn read_file(root: &Path, path: &Path) -> Result<SourceFile, Diagnostic> {
    let display = display_path(root, path);
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok(SourceFile { path: display, text }),
            Err(e) => {
                let valid = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(&e.into_bytes()[..valid]).into_owned();
                let (line, column) = crate::source::line_col(&text, valid, 1);
                Err(Diagnostic::error(display, line, column, "the file is not valid UTF-8")
                    .with_hint("save the file with UTF-8 encoding"))
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(Diagnostic::error(display, 0, 0, "missing file")
                .with_hint("create the file, or fix the reference to it"))
        }
        Err(e) => Err(Diagnostic::error(display, 0, 0, format!("cannot read the file: {e}"))),
    }
}
