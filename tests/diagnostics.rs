//! One invalid fixture per error class: the exact diagnostics (file:line:column and message),
//! the exit code, and that nothing is written.

mod common;
use common::*;

/// `file:line:column: message` of every error `check --format json` reports.
fn diagnostics(name: &str) -> Vec<String> {
    let o = run(&["check", "--root", fixture(&format!("invalid/{name}")).to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "check exits 1 on errors");
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            format!("{}:{}:{}: {}", d["file"].as_str().unwrap(), d["line"], d["column"], d["message"].as_str().unwrap())
        })
        .collect()
}

fn hints(name: &str) -> Vec<String> {
    let o = run(&["check", "--root", fixture(&format!("invalid/{name}")).to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| d["hint"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn bad_yaml_points_at_the_line_in_the_file() {
    assert_eq!(
        diagnostics("bad-yaml"),
        ["curriculum/courses/c/chapters/one.md:3:11: invalid YAML: `: ` inside a value, where YAML expects a new key"]
    );
    assert_eq!(hints("bad-yaml"), ["put the value in quotes: `title: \"One: with a colon\"`"]);
}

#[test]
fn unknown_field_is_an_error_with_a_suggestion() {
    assert_eq!(diagnostics("unknown-field"), ["curriculum/courses/c/chapters/one.md:4:1: unknown field `sumary`"]);
    assert_eq!(hints("unknown-field"), ["did you mean `summary`?"]);
}

#[test]
fn wrong_type_is_an_error() {
    assert_eq!(diagnostics("wrong-type"), ["curriculum/courses/c/chapters/one.md:4:13: objectives: expected a list (lines starting with `- `), found `learn things`"]);
}

#[test]
fn dangling_references_are_all_reported() {
    assert_eq!(
        diagnostics("dangling-reference"),
        [
            "curriculum/courses/c/chapters/one.md:4:9: unknown case id `no-such-case` in `cases`",
            "curriculum/courses/c/chapters/one.md:9:5: unknown case id `missing-case` in link `case:missing-case`",
            "curriculum/courses/c/chapters/one.md:9:39: unknown term id `nope` in link `term:nope`",
        ]
    );
}

#[test]
fn duplicate_ids_name_both_files() {
    assert_eq!(
        diagnostics("duplicate-id"),
        ["curriculum/cases/b.md:2:5: duplicate case id `same-id`, also used by curriculum/cases/a.md"]
    );
}

#[test]
fn missing_chapter_file_points_at_the_course_list() {
    assert_eq!(
        diagnostics("missing-file"),
        ["curriculum/courses/c/course.md:6:5: chapter file `chapters/two.md` does not exist"]
    );
}

#[test]
fn quiz_validation_errors() {
    assert_eq!(
        diagnostics("bad-quiz"),
        [
            "curriculum/quizzes/q.yaml:7:5: question `a` has no correct option",
            "curriculum/quizzes/q.yaml:10:5: duplicate question id `a`",
            "curriculum/quizzes/q.yaml:13:5: the answer of numeric question `a` is not a number",
        ]
    );
}

#[test]
fn build_prints_source_lines_and_exits_1_without_writing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(&fixture("invalid/dangling-reference"), &out);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("curriculum/courses/c/chapters/one.md:9:39"), "{err}");
    assert!(
        err.contains("See [the case](case:missing-case) and [term](term:nope)."),
        "the source line is shown: {err}"
    );
    assert!(err.contains("3 errors, 0 warnings"), "{err}");
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn a_folder_without_curriculum_is_explained() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(&["build", "--root", tmp.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let said = stderr(&o);
    assert!(said.contains("no curriculum folder here") && said.contains("coursebook init DIR"), "{said}");
    assert!(said.contains("1 error, 0 warnings") && !said.contains("site.yaml"), "one mistake, one error: {said}");
}

#[test]
fn never_panics_on_odd_input() {
    // Empty files, binary junk, front matter that is not a mapping: errors, never a crash.
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    copy_tree(&fixture("valid"), root);
    let chapters = root.join("curriculum/courses/demo/chapters");
    std::fs::write(chapters.join("one.md"), "").unwrap();
    std::fs::write(chapters.join("two.md"), b"---\n\xff\xfe\n---\n").unwrap();
    std::fs::write(root.join("curriculum/cases/alpha-case.md"), "---\n- a list\n---\n").unwrap();
    std::fs::write(root.join("curriculum/quizzes/one-quiz.yaml"), "&a [*a]").unwrap();
    let o = run(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn assessment_validation_errors() {
    assert_eq!(
        diagnostics("bad-assessment"),
        [
            "curriculum/assessments/a.yaml:7:10: `expected.items` says 3 but the assessment has 2",
            "curriculum/assessments/a.yaml:16:19: item `D1.1` uses `{unit}` but no edition defines `unit`",
            "curriculum/assessments/a.yaml:17:19: duplicate code `D1.1`",
        ]
    );
}

#[test]
fn deck_errors_point_at_the_slide_line() {
    assert_eq!(
        diagnostics("bad-deck"),
        [
            "curriculum/decks/d.md:7:14: unknown slide layout `two-column`",
            "curriculum/decks/d.md:14:1: image `../../static/none.png` has no alt text",
            "curriculum/decks/d.md:14:1: image `../../static/none.png` not found",
        ]
    );
    assert!(hints("bad-deck")[0].starts_with("did you mean `two-columns`?"));
}
