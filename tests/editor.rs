//! The editor's workflow: `check` diagnostics (snapshot) and exit codes, `new` and `init`
//! scaffolding that builds at once. (`serve` has its own tests, in `serve.rs`.)

mod common;
use common::*;

#[test]
fn check_reports_every_known_problem() {
    let o = run(&["check", "--root", fixture("check").to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let actual = String::from_utf8(o.stdout).unwrap();
    let snapshot = repo_root().join("tests/snapshots/check.json");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&snapshot, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&snapshot).expect("snapshot (run with UPDATE_SNAPSHOTS=1 to create it)");
    assert_eq!(actual, expected, "check output changed; review it and run with UPDATE_SNAPSHOTS=1 if intended");
}

#[test]
fn check_exit_codes() {
    let valid = fixture("valid");
    let o = run(&["check", "--root", valid.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("No problems found."));

    // Warnings only: 0, or 1 with --deny-warnings.
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&valid, tmp.path());
    std::fs::write(tmp.path().join("static/img/unused.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").unwrap();
    let root = tmp.path().to_str().unwrap();
    assert_eq!(run(&["check", "--root", root]).status.code(), Some(0));
    assert_eq!(run(&["check", "--root", root, "--deny-warnings"]).status.code(), Some(1));
    assert_eq!(run(&["check", "--root", root, "--format", "yaml"]).status.code(), Some(2), "usage errors exit 2");
}

#[test]
fn commands_find_the_project_from_a_subfolder_and_new_course_and_term_build() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    let deep = root.join("curriculum/cases");
    let in_deep = |args: &[&str]| bin().args(args).current_dir(&deep).env("NO_COLOR", "1").output().unwrap();
    for (kind, id) in [("course", "budgeting"), ("term", "open-data")] {
        let o = in_deep(&["new", kind, id]);
        assert!(o.status.success(), "{kind}: {}", stderr(&o));
    }
    let site = std::fs::read_to_string(root.join("curriculum/site.yaml")).unwrap();
    assert!(site.contains("  - demo\n  - budgeting\n"), "the course is listed in site.yaml: {site}");
    assert!(root.join("curriculum/courses/budgeting/chapters/budgeting-introduction.md").is_file());
    assert!(std::fs::read_to_string(root.join("curriculum/glossary/open-data.md"))
        .unwrap()
        .contains("term: Open data"));
    let o = in_deep(&["build", "--quiet"]);
    assert!(o.status.success(), "a build from a subfolder: {}", stderr(&o));
    assert!(root.join("public/en/budgeting/index.html").is_file(), "written to the project's public/");
    assert!(root.join("public/en/budgeting/budgeting-introduction.html").is_file());
    assert!(!deep.join("public").exists(), "nothing written in the subfolder");
    let o = in_deep(&["check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Twice is refused and changes nothing.
    let before = std::fs::read_to_string(root.join("curriculum/site.yaml")).unwrap();
    let o = in_deep(&["new", "course", "budgeting"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(root.join("curriculum/site.yaml")).unwrap(), before);
}

#[test]
fn new_files_build_and_are_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    let r = root.to_str().unwrap();
    for kind in ["chapter", "case", "quiz", "assessment", "worksheet", "deck"] {
        let o = run(&["new", kind, &format!("fresh-{kind}"), "--root", r]);
        assert!(o.status.success(), "{kind}: {}", stderr(&o));
    }
    let chapter = std::fs::read_to_string(root.join("curriculum/courses/demo/chapters/fresh-chapter.md")).unwrap();
    assert!(
        chapter.contains("key_messages:") && chapter.contains("# shown as the chapter's last numbered section"),
        "every field, commented"
    );
    let course = std::fs::read_to_string(root.join("curriculum/courses/demo/course.md")).unwrap();
    assert!(course.contains("  - chapters/fresh-chapter.md"), "the chapter is added to its course: {course}");

    let out = root.join("public");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.join("en/demo/fresh-chapter.html").is_file());
    assert!(out.join("en/decks/fresh-deck.html").is_file());

    let before = std::fs::read(root.join("curriculum/cases/fresh-case.md")).unwrap();
    let o = run(&["new", "case", "fresh-case", "--root", r]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already exists"));
    assert_eq!(std::fs::read(root.join("curriculum/cases/fresh-case.md")).unwrap(), before);

    // A course file saved on Windows (CRLF) with its own permissions: the chapter is added in
    // its line ends, the permissions stay, and no temporary file is left beside it.
    let course_md = root.join("curriculum/courses/demo/course.md");
    let crlf = std::fs::read_to_string(&course_md).unwrap().replace('\n', "\r\n");
    std::fs::write(&course_md, &crlf).unwrap();
    #[cfg(unix)]
    std::fs::set_permissions(&course_md, std::os::unix::fs::PermissionsExt::from_mode(0o640)).unwrap();
    let o = run(&["new", "chapter", "windows-chapter", "--root", r]);
    assert!(o.status.success(), "{}", stderr(&o));
    let course = std::fs::read_to_string(&course_md).unwrap();
    assert!(course.contains("  - chapters/windows-chapter.md\r\n"), "{course:?}");
    assert_eq!(course.matches('\n').count(), course.matches("\r\n").count(), "every line ends in CRLF: {course:?}");
    #[cfg(unix)]
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&course_md).unwrap().permissions()) & 0o777,
        0o640
    );
    let left: Vec<_> = std::fs::read_dir(root.join("curriculum/courses/demo"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");

    // A chapter id another course already has is refused: the site would not build.
    let o = run(&["new", "course", "second", "--root", r]);
    assert!(o.status.success(), "{}", stderr(&o));
    let second = std::fs::read_to_string(root.join("curriculum/courses/second/course.md")).unwrap();
    let o = run(&["new", "chapter", "fresh-chapter", "--course", "second", "--root", r]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("a chapter with the id `fresh-chapter` exists already"), "{}", stderr(&o));
    assert!(!root.join("curriculum/courses/second/chapters/fresh-chapter.md").exists());
    assert_eq!(std::fs::read_to_string(root.join("curriculum/courses/second/course.md")).unwrap(), second);

    // An id that would leave its folder is refused, with no stray file name before the message.
    let o = run(&["new", "chapter", "../escape", "--root", r]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).starts_with("error: `../escape` is not a valid id (hint: "), "{}", stderr(&o));
    assert!(!root.join("curriculum/courses/escape.md").exists());
}

#[test]
fn new_agenda_setup_event_and_framework_build_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    let r = root.to_str().unwrap();
    let kinds = [
        ["agenda", "demo"],
        ["setup", "demo"],
        ["delivery", "demo-week"],
        ["event", "launch"],
        ["framework", "pillars"],
    ];
    for args in kinds {
        let o = run(&["new", args[0], args[1], "--root", r]);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    }
    let agenda = std::fs::read_to_string(root.join("curriculum/courses/demo/agenda.yaml")).unwrap();
    // Both chapters (45 min each), in order, with times from their durations.
    assert!(agenda.contains("- { module: one, type: lecture, start: \"09:00\", end: \"09:45\" }"), "{agenda}");
    assert!(agenda.contains("- { module: two, type: lecture, start: \"09:45\", end: \"10:30\" }"), "{agenda}");
    let o = run(&["check", "--root", r, "--deny-warnings"]);
    assert!(o.status.success(), "new files have no problem: {}", stderr(&o));

    let out = root.join("public");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    let day = read(&out, "en/demo/day-1.html");
    assert!(day.contains("Morning session") && day.contains("en/demo/one.html\""), "the day's page lists its modules");
    assert!(read(&out, "en/demo/one.html").contains("Module 1.1"), "chapters are numbered as modules by day");
    assert!(read(&out, "en/demo/setup.html").contains("Before the first session"));
    assert!(read(&out, "en/demo/index.html").contains("setup.html"), "the course page links its setup page");
    assert!(read(&out, "en/events/demo-week.html").contains("New event"));
    assert!(out.join("en/events/launch.html").is_file(), "`event` names a delivery too");

    // Never over an existing file; an unknown course or one whose files have errors writes nothing.
    let o = run(&["new", "agenda", "demo", "--root", r]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already exists"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(root.join("curriculum/courses/demo/agenda.yaml")).unwrap(), agenda);
    let o = run(&["new", "agenda", "budget", "--root", r]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no course `budget`"), "{}", stderr(&o));
    let o = run(&["new", "delivery", "later", "--course", "budget", "--root", r]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!root.join("curriculum/deliveries/later.yaml").exists());
    std::fs::remove_file(root.join("curriculum/courses/demo/agenda.yaml")).unwrap();
    let two = root.join("curriculum/courses/demo/chapters/two.md");
    std::fs::write(&two, std::fs::read_to_string(&two).unwrap().replace("duration: 45min", "duration: soon")).unwrap();
    let o = run(&["new", "agenda", "demo", "--root", r]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("curriculum/courses/demo/chapters/two.md:4:")
            && stderr(&o).contains("the course's files have errors"),
        "{}",
        stderr(&o)
    );
    assert!(!root.join("curriculum/courses/demo/agenda.yaml").exists());
}

#[test]
fn init_creates_a_site_that_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new-site");
    let o = run(&["init", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["check", "--root", dir.to_str().unwrap(), "--deny-warnings"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = dir.join("public");
    assert!(build(&dir, &out).status.success());
    assert!(read(&out, "en/my-course/introduction.html").contains("Getting started"));
    // A course with no activities or decks yet shows no empty "Activities" or "Slide decks".
    let course = read(&out, "en/my-course/index.html");
    assert!(!course.contains("id=\"activities\"") && !course.contains("Slide decks"), "{course}");
    // It has no quizzes: there is no question bank to export, and saying "Wrote" would mislead.
    let gift = tmp.path().join("bank.gift");
    let o = run(&["export", "gift", "--root", dir.to_str().unwrap(), "-o", gift.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("has no quizzes, so there is no question bank to export"), "{}", stderr(&o));
    assert!(!gift.exists());
    assert_eq!(run(&["init", dir.to_str().unwrap()]).status.code(), Some(1), "refuses to overwrite");
}
