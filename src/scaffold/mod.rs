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
    /// A course's workshop agenda, laid out from its chapters (ID: the course)
    Agenda,
    /// A course's setup page: what to prepare before the first session (ID: the course)
    Setup,
    /// An event that runs a course, on given dates (--course: the course; default the first)
    #[value(alias = "event")]
    Delivery,
    /// A reference framework (principles, pillars, steps) that pages show where they link it
    Framework,
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
            // Chapter ids are unique across the site's courses (`chapter:ID` links name them).
            if let Some(other) = chapter_with_id(&curriculum, id).filter(|other| *other != path) {
                return Err(Diagnostic::error(
                    crate::diagnostic::display_path(root, &other),
                    0,
                    0,
                    format!("a chapter with the id `{id}` exists already; nothing was written"),
                )
                .with_hint(
                    "chapter ids are unique across courses: choose another id, e.g. one that starts with the course's",
                ));
            }
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
        Kind::Framework => (curriculum.join("frameworks").join(format!("{id}.yaml")), framework_template(id)),
        Kind::Setup => {
            let dir = course_folder(root, &curriculum, id)?;
            (dir.join(crate::content::setup::SETUP_FILE), setup_template())
        }
        Kind::Agenda => {
            let dir = course_folder(root, &curriculum, id)?;
            let path = dir.join("agenda.yaml");
            // Only when there is none: the chapters are read for nothing otherwise.
            let text = if path.exists() {
                String::new()
            } else {
                let (chapters, strings) = course_plan(root, id)?;
                agenda_template(id, &chapters, &strings)
            };
            (path, text)
        }
        Kind::Delivery => {
            let course = match course {
                Some(c) => c.to_string(),
                None => first_course(&curriculum)?,
            };
            course_folder(root, &curriculum, &course)?;
            (curriculum.join("deliveries").join(format!("{id}.yaml")), delivery_template(id, &course))
        }
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

/// The chapter file of any course whose `id:` is `id`.
fn chapter_with_id(curriculum: &Path, id: &str) -> Option<std::path::PathBuf> {
    let courses = std::fs::read_dir(curriculum.join("courses")).ok()?;
    courses.flatten().find_map(|course| {
        let chapters = std::fs::read_dir(course.path().join("chapters")).ok()?;
        chapters.flatten().map(|e| e.path()).find(|path| {
            path.extension().is_some_and(|x| x == "md")
                && std::fs::read_to_string(path)
                    .is_ok_and(|text| crate::source::declared_id(&text).as_deref() == Some(id))
        })
    })
}

/// The folder of course `course`, which must exist.
fn course_folder(root: &Path, curriculum: &Path, course: &str) -> Result<PathBuf, Diagnostic> {
    let dir = curriculum.join("courses").join(course);
    if !dir.join("course.md").is_file() {
        return Err(Diagnostic::error(
            crate::diagnostic::display_path(root, &dir.join("course.md")),
            0,
            0,
            format!("no course `{course}`"),
        )
        .with_hint("name an existing course folder (its id), e.g. one listed under `courses:` in site.yaml"));
    }
    Ok(dir)
}

/// A chapter of a course, as a first agenda places it: its id and its duration in minutes.
type Module = (String, Option<u32>);

/// What a first agenda is made from: the id and duration of each chapter of course `course`,
/// in order, as the build reads them, and the UI strings of the site's language (for "Day 1").
/// The course's own files must load: an agenda made from half a course would be wrong.
fn course_plan(root: &Path, course: &str) -> Result<(Vec<Module>, crate::i18n::Strings), Diagnostic> {
    let (curriculum, problems) = crate::pipeline::load::load(root);
    let folder = format!("curriculum/courses/{course}/");
    if let Some(first) = problems.iter().find(|p| p.is_error() && p.file.starts_with(&folder)) {
        return Err(Diagnostic::error(
            first.file.clone(),
            first.line,
            first.column,
            format!("the course's files have errors ({}); nothing was written", first.message),
        )
        .with_hint("the agenda is made from the course's chapters: fix them first (`coursebook check`)"));
    }
    let not_listed = || {
        Diagnostic::error("curriculum/site.yaml", 0, 0, format!("course `{course}` is not in the site"))
            .with_hint(format!("add `- {course}` under `courses:` in site.yaml"))
    };
    let cur = curriculum.ok_or_else(not_listed)?;
    let chapters = (cur.courses.iter().find(|c| c.doc.path.starts_with(&folder)))
        .map(|c| c.chapters.iter().map(|ch| (ch.meta.id.clone(), ch.meta.duration.map(|d| d.minutes()))).collect())
        .ok_or_else(not_listed)?;
    let theme = crate::theme::Theme::load(root, &cur.site.theme)?;
    let chain = crate::i18n::fallback_chain(&cur.site.default_locale, &cur.site);
    let overrides = (chain.iter())
        .filter_map(|code| {
            let path =
                root.join(crate::i18n::translate::LOCALES_DIR).join(code).join(crate::i18n::translate::STRINGS_FILE);
            let file = crate::source::read_file(root, &path).ok()?;
            Some((code.clone(), (file.path, file.text)))
        })
        .collect();
    let (strings, _) = crate::i18n::Strings::load(&theme, &chain, &overrides);
    Ok((chapters, strings))
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

fn setup_template() -> String {
    r#"---
title: Before the first session   # the page's heading
summary: What to install, download or prepare, and how long it takes.   # optional lead paragraph
editorial_note: null              # how inconsistencies in the sources were resolved, or null
---

What participants need before the course starts. Links are checked as in a chapter, e.g.
`[the first chapter](chapter:ID)` or a file in `static/`. With several `##` sections (one per
operating system, say) the page lists them first.

## Software

- ...

## Data and documents

- ...
"#
    .to_string()
}

fn framework_template(id: &str) -> String {
    format!(
        r#"# A reference framework (principles, pillars, steps...), written once: a chapter, module or
# deck shows it where a link alone in a paragraph points to it, [Title](framework:{id}).
id: {id}
title: New framework
source:                   # where the framework comes from
  title: Title of the source
  publisher: null
  year: null
  url: null
intro: null               # optional Markdown shown above the items
groups: []                # optional grouping level, each with title, description and items, e.g.
                          #   - title: Effectiveness
                          #     items: [...]
items:                    # items without a group
  - code: "1"             # optional: shown before the title
    title: First item
    description: null     # optional Markdown
    items: []             # optional children (e.g. a principle's strategies), in the same form
  - code: "2"
    title: Second item
    description: null
    items: []
"#
    )
}

fn delivery_template(id: &str, course: &str) -> String {
    format!(
        r#"# One event that runs course `{course}`: its dates, place and programme, with its own page.
# Without `sessions`, the programme is the course's agenda (agenda.yaml), day by day.
id: {id}
title: New event
course: {course}              # the course delivered (its id)
mode: in-person               # in-person | online | hybrid
dates: null                   # e.g. {{ start: 2027-03-15, end: 2027-03-19 }}, or null
venue: null                   # e.g. Nairobi, Kenya
language: null                # e.g. English
audience: null                # who takes part, in a sentence
timezones: []                 # online events: the time zones to show, e.g. [Africa/Nairobi, UTC]
organisers: []                # e.g. [UN DESA]
intro: null                   # optional Markdown
objectives: []                # what participants can do afterwards (Markdown)
outcomes: []                  # what the event is expected to produce (Markdown)
notes: []                     # short visible notes, e.g. which source is followed where they differ
days: []                      # optional: which agenda days run on which dates, e.g.
                              #   - {{ day: 1, date: 2027-03-15 }}
sessions: []                  # optional: a programme of its own, in agenda.yaml's form, e.g.
                              #   - name: Opening
                              #     date: 2027-03-15
                              #     items:
                              #       - {{ title: Opening remarks, type: welcome }}
source: null                  # where the facts come from: {{ title: ..., publisher: ..., year: ... }}
editorial_note: null          # how inconsistencies in the sources were resolved, or null
"#
    )
}

/// A teaching day's sessions: a morning and an afternoon of three hours each (six hours, as a
/// duration's `1d` counts), with an hour between them.
const SESSIONS: [(&str, u16, u16); 2] = [("agenda-morning", 9 * 60, 12 * 60), ("agenda-afternoon", 13 * 60, 16 * 60)];

/// Minutes a chapter without a duration takes in a first agenda.
const UNTIMED_MINUTES: u16 = 60;

/// A first agenda: the course's chapters in order, each in the first session with room for it,
/// with times from their durations. A chapter without a duration, or longer than a session, is
/// placed without times.
fn agenda_template(course: &str, chapters: &[Module], strings: &crate::i18n::Strings) -> String {
    struct Placed<'c> {
        id: &'c str,
        times: Option<(u16, u16)>,
        part: Option<usize>,
        untimed: bool,
    }
    let mut days: Vec<[Vec<Placed>; 2]> = vec![Default::default()];
    let (mut session, mut at) = (0, SESSIONS[0].1);
    fn next_session<T: Default>(session: &mut usize, at: &mut u16, days: &mut Vec<[T; 2]>) {
        *session += 1;
        if *session == SESSIONS.len() {
            *session = 0;
            days.push(Default::default());
        }
        *at = SESSIONS[*session].1;
    }
    for (id, duration) in chapters {
        let mut left = duration.map_or(UNTIMED_MINUTES, |d| d.min(5 * 24 * 60) as u16);
        // A chapter starts in a session with room for it (or in an empty one).
        if at > SESSIONS[session].1 && at + left > SESSIONS[session].2 {
            next_session(&mut session, &mut at, &mut days);
        }
        // One that is longer than a session goes on in the next ones, as parts 1, 2...
        let parts = left.div_ceil(SESSIONS[session].2 - SESSIONS[session].1).max(1);
        let mut part = 0;
        loop {
            part += 1;
            let end = SESSIONS[session].2;
            let taken = left.min(end - at);
            let placed = Placed {
                id,
                times: duration.is_some().then_some((at, at + taken)),
                part: (parts > 1 && duration.is_some()).then_some(part),
                untimed: duration.is_none(),
            };
            days.last_mut().expect("a day")[session].push(placed);
            (at, left) = (at + taken, left - taken);
            if left == 0 || duration.is_none() {
                break;
            }
            next_session(&mut session, &mut at, &mut days);
        }
    }
    let time = |t: u16| format!("\"{:02}:{:02}\"", t / 60, t % 60);
    let mut out = format!(
        r#"# The workshop agenda of course `{course}`: its days, their sessions and the modules (chapters)
# taught in each. Written by `coursebook new agenda` from the course's chapters and their
# durations, in teaching days of two sessions; move items, rename sessions and add breaks as the
# workshop is planned.
#
# With this file the course is taught as a workshop: its chapters are numbered as modules by day
# ("2.3": the third module of day 2), the course page shows the week's grid and each day has a
# page. A translation of the file goes in locales/<code>/courses/{course}/agenda.yaml.
#
# An item is one of {{ module: ID }} (a chapter of the course, by its id), {{ title: ... }} (anything
# else on the programme, e.g. Adjourn) or {{ break: ... }} (e.g. Lunch break), and may have:
#   type:        welcome | lecture | plenary | group-exercise | case-study | wrap-up | evaluation |
#                panel | discussion
#   start, end:  "HH:MM", inside its session, in order, not overlapping (checked)
#   part:        1, 2... for a module taught over several sessions
#   speakers:    [Name, ...]
days:
"#
    );
    let mut first = true;
    for (d, sessions) in days.iter().enumerate() {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("n", d + 1);
        let title = yaml_scalar(&strings.format("day-n", Some(&args)));
        push_line(&mut out, &format!("  - title: {title}"), first.then_some("shown as the day's heading"));
        push_line(&mut out, "    theme: null", first.then_some("optional: the day's theme, in a sentence"));
        out.push_str("    sessions:\n");
        for (s, items) in sessions.iter().enumerate() {
            if items.is_empty() && !(d == 0 && s == 0) {
                continue;
            }
            let (key, start, end) = SESSIONS[s];
            let name = yaml_scalar(&strings.get(key));
            push_line(&mut out, &format!("      - name: {name}"), first.then_some("shown as the session's heading"));
            push_line(
                &mut out,
                &format!("        start: {}", time(start)),
                first.then_some("\"HH:MM\": required for a session"),
            );
            out.push_str(&format!("        end: {}\n", time(end)));
            if items.is_empty() {
                out.push_str("        items: []\n");
            } else {
                out.push_str("        items:\n");
            }
            for item in items {
                let part = item.part.map(|p| format!(", part: {p}")).unwrap_or_default();
                let times =
                    item.times.map(|(s, e)| format!(", start: {}, end: {}", time(s), time(e))).unwrap_or_default();
                let note = item.untimed.then_some("no duration: placed as one hour, without times");
                push_line(
                    &mut out,
                    &format!("          - {{ module: {}, type: lecture{part}{times} }}", item.id),
                    note,
                );
            }
            first = false;
        }
    }
    out
}

/// Appends `line` and, when there is one, a comment, in the column of the other templates'.
fn push_line(out: &mut String, line: &str, comment: Option<&str>) {
    out.push_str(line);
    if let Some(comment) = comment {
        let pad = 42usize.saturating_sub(line.chars().count()).max(1);
        out.push_str(&" ".repeat(pad));
        out.push_str("# ");
        out.push_str(comment);
    }
    out.push('\n');
}

/// `text` as a YAML value: plain when it reads back the same, quoted otherwise.
fn yaml_scalar(text: &str) -> String {
    crate::i18n::segments::yaml::write(text, &crate::i18n::segments::yaml::YamlStyle::Plain { flow: false })
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
        (
            "curriculum/site.yaml",
            "title: My course site\ndescription: Training courses.\ndefault_locale: en\ncourses:\n  - my-course\n\
             # Your school's colour and logo (a file under static/); the README lists every setting.\n\
             # brand:\n#   color: \"#7a1f2b\"\n#   logo: img/logo.svg\n"
                .to_string(),
        ),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(locale: &str) -> crate::i18n::Strings {
        let theme = crate::theme::Theme::load(Path::new("/nonexistent"), "default").expect("the embedded theme");
        crate::i18n::Strings::load(&theme, &[locale.to_string(), "en".to_string()], &Default::default()).0
    }

    fn items(yaml: &str) -> Vec<&str> {
        yaml.lines().filter(|l| l.contains("- title:") || l.contains("- name:")).collect()
    }

    #[test]
    fn a_first_agenda_fills_sessions_in_order_and_splits_long_chapters() {
        let chapters = [
            ("a".to_string(), Some(45)),
            ("b".to_string(), Some(150)),
            ("c".to_string(), None),
            ("d".to_string(), Some(400)),
        ];
        let yaml = agenda_template("demo", &chapters, &strings("en"));
        assert_eq!(
            items(&yaml).iter().map(|l| l.split('#').next().unwrap().trim_end()).collect::<Vec<_>>(),
            [
                "  - title: Day 1",
                "      - name: Morning session",
                "      - name: Afternoon session",
                "  - title: Day 2",
                "      - name: Morning session",
                "      - name: Afternoon session",
                "  - title: Day 3",
                "      - name: Morning session",
                "      - name: Afternoon session",
            ]
        );
        let agenda: crate::content::agenda::Agenda = serde_yaml::from_str(&yaml).expect("the agenda reads back");
        type Placed = (String, Option<u8>, Option<String>, Option<String>);
        let placed: Vec<Placed> = (agenda.days.iter())
            .flat_map(|d| d.sessions.iter().flat_map(|s| &s.items))
            .map(|i| (i.module.clone().unwrap(), i.part, i.start.map(|t| t.to_string()), i.end.map(|t| t.to_string())))
            .collect();
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            placed,
            [
                ("a".into(), None, some("09:00"), some("09:45")),
                // 2 h 30 min do not fit in the 2 h 15 min left: the afternoon.
                ("b".into(), None, some("13:00"), some("15:30")),
                // No duration: one hour, without times (30 minutes were left: the next day).
                ("c".into(), None, None, None),
                // 6 h 40 min: from the start of the next session, in three parts.
                ("d".into(), Some(1), some("13:00"), some("16:00")),
                ("d".into(), Some(2), some("09:00"), some("12:00")),
                ("d".into(), Some(3), some("13:00"), some("13:40")),
            ]
        );
        assert_eq!(agenda.days.len(), 3);
        assert!(
            yaml.contains("- { module: c, type: lecture }") && yaml.contains("# no duration: placed as one hour"),
            "{yaml}"
        );
        let problems = crate::content::agenda::validate_agenda(&agenda, &["a", "b", "c", "d"]);
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn a_first_agenda_is_in_the_site_language() {
        let yaml = agenda_template("demo", &[("a".to_string(), Some(60))], &strings("fr"));
        assert!(yaml.contains("  - title: Jour 1 "), "{yaml}");
        assert!(yaml.contains("      - name: Séance du matin "), "{yaml}");
        let yaml = agenda_template("demo", &[("a".to_string(), Some(60))], &strings("zh-Hans"));
        assert!(yaml.contains("  - title: 第 1 天 "), "{yaml}");
    }
}
