//! `coursebook new` and `coursebook init`: files to start from, with every field present and
//! explained, so an editor never has to copy an old file.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// A course folder with its course page and a first chapter, listed in site.yaml
    Course,
    Chapter,
    Case,
    Quiz,
    Assessment,
    Worksheet,
    Deck,
    /// A glossary term
    Term,
}

/// Writes a new content file of `kind` with id `id`. Chapters are added to their course's list.
pub fn new_file(root: &Path, kind: Kind, id: &str, course: Option<&str>) -> Result<Vec<String>, Diagnostic> {
    if id.is_empty()
        || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        || id.starts_with('-')
    {
        return Err(Diagnostic::error("", 0, 0, format!("`{id}` is not a valid id"))
            .with_hint("use lowercase letters, digits and hyphens, e.g. `digital-divide`"));
    }
    let curriculum = root.join("curriculum");
    if !curriculum.join("site.yaml").is_file() {
        return Err(Diagnostic::error("curriculum/site.yaml", 0, 0, "no curriculum here")
            .with_hint("run this in a site folder (or pass --root), or create one with `coursebook init`"));
    }
    let mut touched = Vec::new();
    let (path, text) = match kind {
        Kind::Chapter => {
            let course = match course {
                Some(c) => c.to_string(),
                None => first_course(&curriculum)?,
            };
            let course_dir = curriculum.join("courses").join(&course);
            if !course_dir.join("course.md").is_file() {
                return Err(Diagnostic::error(
                    format!("curriculum/courses/{course}/course.md"),
                    0,
                    0,
                    format!("no course `{course}`"),
                )
                .with_hint("pass an existing course folder with --course"));
            }
            let relative = format!("chapters/{id}.md");
            let path = course_dir.join(&relative);
            if !path.exists() {
                append_to_list(&course_dir.join("course.md"), "chapters:", "---", &relative)?;
                touched.push(format!("curriculum/courses/{course}/course.md"));
            }
            (path, chapter_template(id))
        }
        Kind::Course => {
            let dir = curriculum.join("courses").join(id);
            let course_md = dir.join("course.md");
            if course_md.exists() {
                return Err(Diagnostic::error(
                    crate::diagnostic::display_path(root, &course_md),
                    0,
                    0,
                    "the course already exists; nothing was written",
                )
                .with_hint("choose another id, or edit the existing course"));
            }
            let first = dir.join("chapters").join(format!("{id}-introduction.md"));
            if first.exists() {
                return Err(Diagnostic::error(
                    crate::diagnostic::display_path(root, &first),
                    0,
                    0,
                    "the file already exists; nothing was written",
                )
                .with_hint("choose another id"));
            }
            append_to_list(&curriculum.join("site.yaml"), "courses:", "", id)?;
            touched.push("curriculum/site.yaml".to_string());
            write(&first, &chapter_template(&format!("{id}-introduction")))?;
            touched.push(crate::diagnostic::display_path(root, &first));
            (course_md, course_template(id))
        }
        Kind::Term => (curriculum.join("glossary").join(format!("{id}.md")), term_template(id)),
        Kind::Case => (curriculum.join("cases").join(format!("{id}.md")), case_template(id)),
        Kind::Quiz => (curriculum.join("quizzes").join(format!("{id}.yaml")), quiz_template(id)),
        Kind::Assessment => (curriculum.join("assessments").join(format!("{id}.yaml")), assessment_template(id)),
        Kind::Worksheet => (curriculum.join("worksheets").join(format!("{id}.yaml")), worksheet_template(id)),
        Kind::Deck => (curriculum.join("decks").join(format!("{id}.md")), deck_template(id)),
    };
    let shown = crate::diagnostic::display_path(root, &path);
    if path.exists() {
        return Err(Diagnostic::error(shown, 0, 0, "the file already exists; nothing was written")
            .with_hint("choose another id, or edit the existing file"));
    }
    write(&path, &text)?;
    touched.insert(0, shown);
    Ok(touched)
}

fn first_course(curriculum: &Path) -> Result<String, Diagnostic> {
    let text = std::fs::read_to_string(curriculum.join("site.yaml"))
        .map_err(|e| Diagnostic::error("curriculum/site.yaml", 0, 0, e.to_string()))?;
    #[derive(serde::Deserialize)]
    struct Courses {
        courses: Vec<String>,
    }
    let parsed: Courses =
        serde_yaml::from_str(&text).map_err(|e| Diagnostic::error("curriculum/site.yaml", 0, 0, e.to_string()))?;
    parsed.courses.into_iter().next().ok_or_else(|| {
        Diagnostic::error("curriculum/site.yaml", 0, 0, "the site has no courses").with_hint("add a course first")
    })
}

/// Appends `- item` to the list under the line starting with `key` (`chapters:` in a course's
/// front matter, `courses:` in site.yaml), keeping the file's indentation and everything else.
/// `stop` is a line the search must not pass (the end of front matter), or empty.
fn append_to_list(file: &Path, key: &str, stop: &str, item: &str) -> Result<(), Diagnostic> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Diagnostic::error(file.display().to_string(), 0, 0, e.to_string()))?;
    let lines: Vec<&str> = text.lines().collect();
    let searched = lines.iter().enumerate().skip(usize::from(!stop.is_empty()));
    let start = searched
        .take_while(|(_, l)| stop.is_empty() || l.trim_end() != stop)
        .find(|(_, l)| l.trim_start().starts_with(key))
        .map(|(i, _)| i);
    let Some(start) = start else {
        return Err(Diagnostic::error(file.display().to_string(), 0, 0, format!("the file has no `{key}` list"))
            .with_hint(format!("add `{key}` with its entries, then run this again")));
    };
    let mut insert_at = start + 1;
    let mut indent = "  ".to_string();
    while insert_at < lines.len() && lines[insert_at].trim_start().starts_with("- ") {
        indent = lines[insert_at][..lines[insert_at].len() - lines[insert_at].trim_start().len()].to_string();
        insert_at += 1;
    }
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    if lines[start].trim_end().ends_with("[]") {
        out[start] = lines[start].replace("[]", "").trim_end().to_string();
    }
    out.insert(insert_at, format!("{indent}- {item}"));
    // The file's own line ends (`lines()` drops a CR before each LF).
    let end = if text.contains("\r\n") { "\r\n" } else { "\n" };
    write(file, &(out.join(end) + end))
}

fn write(path: &Path, text: &str) -> Result<(), Diagnostic> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| {
            Diagnostic::error(parent.display().to_string(), 0, 0, format!("cannot create the folder: {e}"))
        })?;
    }
    crate::pipeline::write::write_file_atomically(path, text.as_bytes())
        .map_err(|e| Diagnostic::error(path.display().to_string(), 0, 0, format!("cannot write: {e}")))
}

fn course_template(id: &str) -> String {
    format!(
        r#"---
id: {id}
title: A new course                       # shown on the home page and the course page
summary: What the course is about, in one or two sentences.
audience:                                 # who it is for
  - Public servants
objectives:                               # what participants can do afterwards
  - Explain what the course covers
duration: 1h                              # the sum of the chapters' durations (checked)
publisher: Your school                    # optional
chapters:                                 # the chapter files, in order, relative to this folder
  - chapters/{id}-introduction.md
---

Why this course exists and how to use it. Link chapters by id, e.g. [the introduction](chapter:{id}-introduction).
"#
    )
}

fn term_template(id: &str) -> String {
    let term = id.replace('-', " ");
    let mut chars = term.chars();
    let term = chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default();
    format!(
        r#"---
id: {id}
term: {term}                              # as it appears in the glossary
see_also: []                              # ids of related terms, e.g. [capacity]
---

The definition, in Markdown: *emphasis*, lists, and links such as `[a chapter](chapter:ID)` or
`[another term](term:ID)`.
"#
    )
}

fn chapter_template(id: &str) -> String {
    format!(
        r#"---
id: {id}                  # unique among chapters; links to it are written chapter:{id}
title: New chapter        # shown in the navigation, the syllabus and the page title
summary: One or two sentences for the course page.
duration: 1h              # teaching time: 90min, 1h 30min, 2d ...
objectives:               # what a learner can do after the chapter
  - Explain ...
key_messages:             # shown as the chapter's last numbered section
  - ...
cases: []                 # ids of case studies in curriculum/cases/, e.g. [rwanda-inclusive-online-services]
quiz: null                # id of a quiz in curriculum/quizzes/ (or null)
reflections: null         # id of a reflection set (a quiz of reflection items), or null
worksheets: []            # ids of worksheets in curriculum/worksheets/
assessments: []           # ids of self-assessments in curriculum/assessments/
editorial_note: null      # how inconsistencies in the sources were resolved, or null
---

## First section

Each `##` heading is a numbered section. Link other pages by their id, for example
`[a case](case:ID)`, `[a term](term:ID)` or `[a chapter](chapter:ID)`.
"#
    )
}

fn case_template(id: &str) -> String {
    format!(
        r#"---
id: {id}
number: null              # the case's number in the source toolkit, e.g. "1.1", or null
title: "Country: what was done"
countries: []             # e.g. [Rwanda]
organisations: []         # e.g. [World Bank]
region: Africa            # Africa | Americas | Asia | Europe | Oceania | Global
level: national           # local | national | regional | international
year: null                # the year the case describes, or null
sdgs: []                  # SDG goal numbers 1-17, e.g. [4, 16]
themes: []                # short lowercase themes, e.g. [inclusion, digital skills]
source:
  title: Title of the source
  publisher: null
  year: null
  url: null
editorial_note: null      # how anomalies in the source were resolved, or null
---

## Context

## What was done

## Results

## Lesson for the learner
"#
    )
}

fn quiz_template(id: &str) -> String {
    format!(
        r#"id: {id}
title: New quiz
intro: null               # optional Markdown shown above the questions
pass_mark: 70             # percent of points needed to pass
questions:
  - id: q1                # unique within the quiz
    type: single          # single | multiple | true_false | short_text | numeric | ordering | matching | reflection
    points: 1
    prompt: Which option is right?
    options:
      - text: This one
        correct: true
        feedback: Yes.    # optional, shown when chosen
      - text: That one
        feedback: No, see section 1.1.
    explanation: Why the answer is right (Markdown; link the section).
  - id: q2
    type: true_false
    prompt: A statement to judge.
    answer: true
    explanation: "..."
  - id: q3
    type: reflection      # ungraded
    prompt: What does this mean for your organisation?
    guidance: null        # optional hints (Markdown)
"#
    )
}

fn assessment_template(id: &str) -> String {
    format!(
        r#"id: {id}
title: New self-assessment
intro: Rate each statement for your {{organisation}}.
scale:                    # the answer scale: values and labels
  - {{ value: 1, label: Not started }}
  - {{ value: 2, label: Started }}
  - {{ value: 3, label: Established }}
editions:                 # optional text variables per edition; the first is the default
  - id: ministry
    label: Ministry edition
    values: {{ organisation: ministry }}
expected:                 # optional counts the build checks
  dimensions: 1
  subdimensions: 1
  items: 1
dimensions:
  - code: D1
    title: First dimension
    subdimensions:
      - code: D1.1
        title: First sub-dimension
        items:
          - code: D1.1.1
            text: The {{organisation}} has ...
"#
    )
}

fn worksheet_template(id: &str) -> String {
    format!(
        r#"id: {id}
title: New worksheet
intro: null               # optional Markdown
blocks:
  - type: field
    id: organisation
    label: Organisation
    multiline: false
    help: null            # optional hint
  - type: table
    id: actions
    label: Actions
    rows: 3               # rows shown at first; learners can add more
    columns:
      - id: step
        label: Action step
        prompt: What will be done?
      - id: owner
        label: Responsibility
        prompt: Who leads it?
"#
    )
}

fn deck_template(id: &str) -> String {
    format!(
        r#"---
id: {id}
title: New deck
chapter: null             # id of the chapter the deck belongs to, or null
duration: 60min
---

<!-- layout: title -->
# New deck

Subtitle

Note:
What the facilitator says while this slide is shown.

---

## A content slide

- A point

Note:
Ask the participants ...
"#
    )
}

/// Creates a minimal curriculum in `dir` that builds and serves at once.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let site = dir.join("curriculum/site.yaml");
    if site.exists() {
        return Err(Diagnostic::error(
            site.display().to_string(),
            0,
            0,
            "a curriculum already exists here; nothing was written",
        )
        .with_hint("choose an empty folder"));
    }
    let files: Vec<(&str, String)> = vec![
        ("curriculum/site.yaml", "title: My course site\ndescription: Training courses.\ndefault_locale: en\ncourses:\n  - my-course\n".to_string()),
        (
            "curriculum/courses/my-course/course.md",
            "---\nid: my-course\ntitle: My course\nsummary: What this course is about.\naudience:\n  - Public servants\nobjectives:\n  - Understand the basics\nduration: 1h\nchapters:\n  - chapters/introduction.md\n---\n\nWhy this course exists and how to use it.\n".to_string(),
        ),
        (
            "curriculum/courses/my-course/chapters/introduction.md",
            "---\nid: introduction\ntitle: Introduction\nsummary: Where the course starts.\nduration: 1h\nobjectives:\n  - Explain [capacity](term:capacity)\nkey_messages:\n  - Start small and learn.\ncases: [example-case]\n---\n\n## Getting started\n\nRead [the example case](case:example-case).\n".to_string(),
        ),
        (
            "curriculum/cases/example-case.md",
            "---\nid: example-case\ntitle: \"Example: a first case\"\ncountries: [Exampleland]\nregion: Global\nlevel: national\nthemes: [example]\nsource:\n  title: Example report\n---\n\n## Context\n\nWhat the situation was.\n\n## Lesson for the learner\n\nWhat to take away.\n".to_string(),
        ),
        ("curriculum/glossary/capacity.md", "---\nid: capacity\nterm: Capacity\n---\n\nThe ability to manage one's affairs successfully.\n".to_string()),
        ("static/README.md", "Files here are copied into the site as they are (images, downloads).\n".to_string()),
        ("locales/README.md", "Add a translation with `coursebook locale add <code>`.\n".to_string()),
    ];
    let mut written = Vec::new();
    for (path, text) in files {
        let full = dir.join(path);
        write(&full, &text)?;
        written.push(full);
    }
    Ok(written)
}
