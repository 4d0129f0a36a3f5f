//! Content from many hands cannot run script, and no command can lose a user's files.
//!
//! A corpus of bad inputs (hostile HTML in every content kind, dangerous `--out` folders, paths
//! that leave the project, bad URLs, killed builds), each with its expected exit code, message, and
//! what must be true of the sources and of the previous output afterwards. The browser side (no
//! script runs on pages built from hostile content, from `http://` and `file://`) is in
//! `tests/browser/untrusted.test.mjs`.

mod common;

use std::path::Path;

use common::*;
use scraper::{Html, Selector};

/// Every way a page could run content's script: event handler attributes, script URLs in
/// links, frames and forms, inline scripts that are not the theme's own.
fn active_content(out: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let all = Selector::parse("*").unwrap();
    for (path, bytes) in snapshot(out) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = Html::parse_document(&String::from_utf8_lossy(&bytes));
        for element in html.select(&all) {
            let name = element.value().name();
            for (attr, value) in element.value().attrs() {
                let lower = value.trim().to_ascii_lowercase().replace(['\t', '\n', '\r', ' '], "");
                if attr.starts_with("on") {
                    found.push(format!("{path}: <{name} {attr}=\"{value}\">"));
                }
                let url_attr = matches!(attr, "href" | "src" | "action" | "formaction" | "data" | "xlink:href");
                if url_attr && ["javascript:", "vbscript:", "data:text"].iter().any(|s| lower.starts_with(s)) {
                    found.push(format!("{path}: <{name} {attr}=\"{value}\">"));
                }
            }
            if matches!(name, "iframe" | "object" | "embed" | "frame" | "base") {
                found.push(format!("{path}: <{name}>"));
            }
            // The theme's search forms send the query to the site's own search page; any other
            // form with an action (a content form that survived) could post elsewhere.
            let action = element.value().attr("action");
            let own_search = action.is_some_and(|a| a.ends_with("search.html") && !a.contains(':'))
                && element.value().attr("role") == Some("search");
            if name == "form" && action.is_some() && !own_search {
                found.push(format!("{path}: <form action>"));
            }
            if name == "script" && element.value().attr("src").is_none() {
                let kind = element.value().attr("type").unwrap_or("text/javascript");
                let text: String = element.text().collect();
                if kind.contains("javascript") && text.contains("__pwned") {
                    found.push(format!("{path}: inline script {text}"));
                }
            }
        }
    }
    found
}

#[test]
fn the_hostile_fixture_builds_without_active_content_and_every_removal_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(&fixture("hostile"), &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(active_content(&out), Vec::<String>::new());
    // Every page carries the policy that forbids inline handlers and foreign script.
    for (path, bytes) in snapshot(&out) {
        if path.ends_with(".html") {
            let page = String::from_utf8_lossy(&bytes);
            assert!(
                page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"),
                "{path}"
            );
        }
    }
    let check = run(&["check", "--root", fixture("hostile").to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let removed: Vec<String> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["message"].as_str().unwrap().contains("was removed"))
        .map(|d| format!("{}:{}", d["file"].as_str().unwrap(), d["line"]))
        .collect();
    for expected in [
        "curriculum/courses/demo/chapters/one.md:19",
        "curriculum/courses/demo/chapters/one.md:27",
        "curriculum/courses/demo/course.md:14",
        "curriculum/decks/evil-deck.md:9",
        "curriculum/glossary/evil.md:6",
        "curriculum/quizzes/evil-quiz.yaml:7",
        "curriculum/quizzes/evil-quiz.yaml:11",
        "curriculum/worksheets/evil-sheet.yaml:8",
        "curriculum/deliveries/evil-event.yaml:6",
        "curriculum/frameworks/evil-framework.yaml:7",
        "curriculum/cases/evil-case.md:20",
    ] {
        assert!(removed.contains(&expected.to_string()), "no warning at {expected}: {removed:?}");
    }
}

/// Where a payload can be written: (file, how to put the payload in it), in each content kind.
const PLACES: &[(&str, &str, &str)] = &[
    ("chapter body", "curriculum/courses/demo/chapters/one.md", "append"),
    ("chapter objective", "curriculum/courses/demo/chapters/one.md", "objective"),
    ("case body", "curriculum/cases/alpha-case.md", "append"),
    ("glossary definition", "curriculum/glossary/capacity.md", "append"),
    ("course body", "curriculum/courses/demo/course.md", "append"),
    ("quiz prompt", "curriculum/quizzes/one-quiz.yaml", "prompt"),
];

/// Payloads, each with the words of the warning that reports it.
const PAYLOADS: &[(&str, &str)] = &[
    ("<script>window.__pwned=1</script>", "`<script>` element"),
    ("<img src=\"x\" onerror=\"window.__pwned=1\" alt=\"x\">", "event handler `onerror`"),
    ("<svg onload=\"window.__pwned=1\"></svg>", "`<svg>` element"),
    ("<a href=\"javascript:window.__pwned=1\">x</a>", "`javascript:` URL"),
    ("[x](javascript:window.__pwned=1)", "`javascript:` URL"),
    ("[x](vbscript:msgbox)", "`vbscript:` URL"),
    ("<iframe src=\"https://evil.example\"></iframe>", "`<iframe>` element"),
    ("<a href=\"&#106;avascript:window.__pwned=1\">x</a>", "`javascript:` URL"),
    ("[x](data:text/html,hi)", "`data:` URL"),
    ("<form action=\"https://evil.example\"><input name=\"p\"></form>", "`<form>` element"),
];

fn place_payload(root: &Path, file: &str, how: &str, payload: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let quoted = payload.replace('\\', "\\\\").replace('"', "\\\"");
    let changed = match how {
        "append" => format!("{text}\n\n{payload}\n"),
        "objective" => text.replacen("objectives:\n", &format!("objectives:\n  - \"{quoted}\"\n"), 1),
        "prompt" => text.replacen("prompt: What is *capacity*?", &format!("prompt: \"What {quoted}\""), 1),
        _ => unreachable!(),
    };
    assert_ne!(changed, text, "payload placed in {file}");
    std::fs::write(path, changed).unwrap();
}

#[test]
fn hostile_html_in_every_content_kind_is_removed_and_reported_at_its_file() {
    let tmp = tempfile::tempdir().unwrap();
    let mut cases = 0;
    for (place, file, how) in PLACES {
        for (payload, warning) in PAYLOADS {
            cases += 1;
            let root = tmp.path().join(format!("case-{cases}"));
            copy_tree(&fixture("valid"), &root);
            place_payload(&root, file, how, payload);
            let out = root.join("public");
            let o = build(&root, &out);
            let err = stderr(&o);
            assert!(o.status.success(), "{place} / {payload}: {err}");
            assert!(
                err.contains(warning) && err.contains(file),
                "{place} / {payload}: no warning naming {file}:\n{err}"
            );
            assert_eq!(active_content(&out), Vec::<String>::new(), "{place} / {payload}");
        }
    }
    assert!(cases >= 60, "{cases} cases");
}

/// Builds into `out` from a copy of the valid fixture; returns the sources' snapshot before.
fn project(tmp: &Path) -> std::path::PathBuf {
    let root = tmp.join("site");
    copy_tree(&fixture("valid"), &root);
    root
}

#[test]
fn no_output_folder_can_swallow_the_project_or_its_sources() {
    let tmp = tempfile::tempdir().unwrap();
    let root = project(tmp.path());
    std::fs::create_dir_all(root.join("locales/fr")).unwrap();
    std::fs::create_dir_all(root.join("themes/mine")).unwrap();
    std::fs::create_dir_all(root.join("notes")).unwrap();
    std::fs::write(root.join("notes/plan.txt"), "my notes").unwrap();
    std::fs::write(root.join("README.txt"), "a file").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&root, tmp.path().join("link-to-site")).unwrap();
    let before = snapshot(&root);
    let cases: Vec<(String, &str)> = vec![
        (root.display().to_string(), "contains the project"),
        (format!("{}/", root.display()), "contains the project"),
        (format!("{}/.", root.display()), "contains the project"),
        (tmp.path().display().to_string(), "contains the project"),
        (root.join("curriculum").display().to_string(), "inside `curriculum/`"),
        (root.join("curriculum/cases").display().to_string(), "inside `curriculum/`"),
        (root.join("locales").display().to_string(), "inside `locales/`"),
        (root.join("locales/fr").display().to_string(), "inside `locales/`"),
        (root.join("themes/mine").display().to_string(), "inside `themes/`"),
        (root.join("static").display().to_string(), "inside `static/`"),
        (root.join("static/site").display().to_string(), "inside `static/`"),
        (root.join("curriculum/../static/x").display().to_string(), "inside `static/`"),
        (root.join("notes").display().to_string(), "was not written by coursebook"),
        (root.join("README.txt").display().to_string(), "is not a folder"),
        #[cfg(unix)]
        (tmp.path().join("link-to-site").display().to_string(), "contains the project"),
    ];
    for (out, message) in &cases {
        let o = run(&["build", "--root", root.to_str().unwrap(), "--out", out]);
        assert_eq!(o.status.code(), Some(2), "--out {out}: {}", stderr(&o));
        assert!(stderr(&o).contains(message), "--out {out}: {}", stderr(&o));
        assert_eq!(snapshot(&root), before, "--out {out} changed the sources");
    }
    // The same from inside the project, with relative paths.
    for (out, message) in
        [(".", "contains the project"), ("..", "contains the project"), ("curriculum", "inside `curriculum/`")]
    {
        let o = bin().args(["build", "--out", out]).current_dir(&root).env("NO_COLOR", "1").output().unwrap();
        assert_eq!(o.status.code(), Some(2), "--out {out}: {}", stderr(&o));
        assert!(stderr(&o).contains(message), "--out {out}: {}", stderr(&o));
    }
    assert_eq!(snapshot(&root), before);
    // Its own output folder is fine, again and again, and does not grow.
    let out = root.join("public");
    assert!(build(&root, &out).status.success());
    let first = snapshot(&out);
    assert!(build(&root, &out).status.success());
    assert_eq!(snapshot(&out), first);
}

#[test]
fn content_cannot_reach_outside_the_project() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("secret.md"), "---\nid: secret\ntitle: TOP SECRET LINE\n---\n").unwrap();
    let cases: Vec<(&str, &str, &str, &str)> = vec![
        // (file, replace, with, expected message)
        (
            "curriculum/courses/demo/course.md",
            "  - chapters/two.md",
            "  - ../../../../secret.md",
            "is outside the course folder",
        ),
        (
            "curriculum/site.yaml",
            "courses:\n  - demo",
            "courses:\n  - demo\n  - ../../..",
            "outside curriculum/courses/",
        ),
        ("curriculum/site.yaml", "default_locale: en", "default_locale: en\ntheme: ../../..", "is not a theme name"),
        (
            "curriculum/site.yaml",
            "base_url: https://example.org/course/",
            "base_url: \"javascript:alert(1)\"",
            "must be an http(s) address or a path",
        ),
        (
            "curriculum/site.yaml",
            "base_url: https://example.org/course/",
            "base_url: \"data:text/html,x\"",
            "must be an http(s) address or a path",
        ),
        (
            "curriculum/cases/alpha-case.md",
            "url: https://example.org/alpha",
            "url: \"javascript:alert(1)\"",
            "must be a web address",
        ),
    ];
    for (n, (file, from, to, message)) in cases.iter().enumerate() {
        let root = tmp.path().join(format!("case-{n}/site"));
        copy_tree(&fixture("valid"), &root);
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        assert!(text.contains(from), "{file} has {from}");
        std::fs::write(root.join(file), text.replacen(from, to, 1)).unwrap();
        let out = root.join("public");
        let o = build(&root, &out);
        assert_eq!(o.status.code(), Some(1), "{message}: {}", stderr(&o));
        assert!(stderr(&o).contains(message), "{message}: {}", stderr(&o));
        assert!(!stderr(&o).contains("TOP SECRET"), "an outside file's content appeared in a message");
        assert!(!out.exists(), "nothing written");
    }
    #[cfg(unix)]
    {
        let root = tmp.path().join("links/site");
        copy_tree(&fixture("valid"), &root);
        std::os::unix::fs::symlink(tmp.path().join("secret.md"), root.join("curriculum/cases/leak.md")).unwrap();
        std::os::unix::fs::symlink("/etc", root.join("static/etc")).unwrap();
        let o = build(&root, &root.join("public"));
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("curriculum/cases/leak.md") && err.contains("leads outside the project"), "{err}");
        assert!(err.contains("static/etc"), "{err}");
        assert!(!err.contains("TOP SECRET"), "{err}");
    }
}

#[test]
fn io_failures_exit_2_and_say_truthfully_what_was_written() {
    let tmp = tempfile::tempdir().unwrap();
    let root = project(tmp.path());
    std::fs::write(tmp.path().join("blocker"), "a file where a folder should be").unwrap();
    let o = build(&root, &tmp.path().join("blocker/public"));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot write the site"), "{}", stderr(&o));
    assert!(stderr(&o).contains("nothing was written"), "{}", stderr(&o));
}

#[cfg(unix)]
#[test]
fn a_build_killed_at_any_moment_leaves_a_complete_site() {
    use std::time::Duration;
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    // A site big enough that writing takes a while: the shipped curriculum.
    copy_tree(&repo_root().join("curriculum"), &root.join("curriculum"));
    copy_tree(&repo_root().join("locales"), &root.join("locales"));
    copy_tree(&repo_root().join("static"), &root.join("static"));
    let out = root.join("public");
    assert!(build(&root, &out).status.success());
    let complete = snapshot(&out);
    let pages = complete.len();
    // Kill builds at spread-out moments (a pseudo-random sequence: reproducible).
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for round in 0..40 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let wait = Duration::from_micros(state % 1_500_000);
        let mut child = bin()
            .args(["build", "--quiet", "--root", root.to_str().unwrap(), "--out", out.to_str().unwrap()])
            .spawn()
            .unwrap();
        std::thread::sleep(wait);
        let _ = child.kill();
        let _ = child.wait();
        assert!(out.join(".coursebook-output").is_file(), "round {round}: no complete site after a kill");
        let now = snapshot(&out);
        assert_eq!(now.len(), pages, "round {round}: the site has {} files, a complete one {pages}", now.len());
        assert_eq!(now, complete, "round {round}: the site differs from a complete build");
    }
    // The next build removes what killed builds left behind.
    assert!(build(&root, &out).status.success());
    let leftovers: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public."))
        .collect();
    assert!(leftovers.is_empty(), "stale folders: {leftovers:?}");
}
