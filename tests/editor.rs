//! The editor's workflow: `check` diagnostics (snapshot) and exit codes, `new` and `init`
//! scaffolding that builds at once, and `serve` with live reload, error overlay and safe paths.

mod common;
use common::*;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

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
    assert_eq!(run(&["init", dir.to_str().unwrap()]).status.code(), Some(1), "refuses to overwrite");
}

/// A running `coursebook serve` on a free port, stopped on drop.
struct Server {
    child: Child,
    port: u16,
    log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Server {
    /// The server's last "Rebuilt in …" line.
    fn last_rebuild(&self) -> String {
        self.log.lock().unwrap().iter().rev().find(|l| l.starts_with("Rebuilt")).cloned().unwrap_or_default()
    }
}

/// A server on a fresh copy of a fixture (edits must not touch the fixture itself).
fn serve_copy_of(fixture_name: &str) -> (tempfile::TempDir, std::path::PathBuf, Server) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture(fixture_name), &root);
    let server = start_server(&root);
    (tmp, root, server)
}

fn no_errors(status: &serde_json::Value) -> bool {
    status["errors"] == serde_json::json!([])
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_server(root: &std::path::Path) -> Server {
    let mut child = bin()
        .args(["serve", "--root", root.to_str().unwrap(), "--port", "0"])
        .env("NO_COLOR", "1")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    let port = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    // Keep draining stderr (so the server never blocks on a full pipe) into a log.
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = std::sync::Arc::clone(&log);
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            sink.lock().unwrap().push(line);
        }
    });
    Server { child, port, log }
}

/// A raw HTTP/1.0 GET (the path is sent as is, so traversal attempts reach the server intact).
fn get(port: u16, path: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let status = head.split_whitespace().nth(1).unwrap_or("0").parse().unwrap_or(0);
    (status, head.to_string(), body.to_string())
}

/// The server's current build status (version and errors).
fn status(port: u16) -> serde_json::Value {
    serde_json::from_str(&get(port, "/__coursebook/wait").2).unwrap()
}

/// Makes `edit`, then waits (long polling, as the page script does) for a build whose status
/// satisfies `done`; returns that status and how long it took from the edit.
fn after_edit(
    port: u16,
    edit: impl FnOnce(),
    done: impl Fn(&serde_json::Value) -> bool,
) -> (serde_json::Value, Duration) {
    let mut version = status(port)["version"].as_u64().unwrap();
    let started = Instant::now();
    edit();
    while started.elapsed() < Duration::from_secs(20) {
        let body = get(port, &format!("/__coursebook/wait?since={version}")).2;
        let status: serde_json::Value = serde_json::from_str(&body).unwrap();
        if done(&status) {
            return (status, started.elapsed());
        }
        version = status["version"].as_u64().unwrap();
    }
    panic!("no matching build within 20 s");
}

#[test]
fn serve_reloads_on_edit_and_shows_errors() {
    let (_tmp, root, server) = serve_copy_of("valid");
    let port = server.port;

    let (status, head, body) = get(port, "/en/demo/two.html");
    assert_eq!(status, 200);
    assert!(head.to_lowercase().contains("content-type: text/html; charset=utf-8"), "{head}");
    assert!(body.contains("Second chapter"));
    assert!(body.contains("/__coursebook/live.js"), "pages get the live-reload script");
    let (_, head, _) = get(port, "/assets/site.css");
    assert!(head.to_lowercase().contains("content-type: text/css"), "{head}");
    let (status, _, _) = get(port, "/");
    assert_eq!(status, 200);

    // An edit: the new text is served and the reload event arrives promptly.
    let chapter = root.join("curriculum/courses/demo/chapters/two.md");
    let original = std::fs::read_to_string(&chapter).unwrap();
    let edited = original.replace("Back to", "Return to");
    let clean = |s: &serde_json::Value| s["errors"] == serde_json::json!([]);
    let (event, took) = after_edit(port, || std::fs::write(&chapter, &edited).unwrap(), clean);
    assert_eq!(event["errors"], serde_json::json!([]), "{event}");
    assert!(took < Duration::from_secs(1), "the reload signal took {took:?}");
    assert!(get(port, "/en/demo/two.html").2.contains("Return to"));

    // A broken edit: the error event carries file:line, and the last good page stays served.
    let broken = edited.replace("title: Second chapter", "titel: Second chapter");
    // (A build may catch the file half-written; wait for the one that sees the whole edit.)
    let has_titel = |s: &serde_json::Value| s["errors"].to_string().contains("unknown field `titel`");
    let (event, _) = after_edit(port, || std::fs::write(&chapter, &broken).unwrap(), has_titel);
    let errors: Vec<&str> = event["errors"].as_array().unwrap().iter().filter_map(|e| e.as_str()).collect();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("curriculum/courses/demo/chapters/two.md:3:1: error: unknown field `titel`")),
        "{event}"
    );
    assert!(get(port, "/en/demo/two.html").2.contains("Return to"), "the last good site keeps being served");

    // Fixing the file clears the errors.
    let (event, _) = after_edit(port, || std::fs::write(&chapter, &edited).unwrap(), clean);
    assert_eq!(event["errors"], serde_json::json!([]), "fixing the file clears the errors");

    // Unknown paths get the 404 page; nothing outside the output is ever served.
    let (status, _, body) = get(port, "/en/no-such-page.html");
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"));
    for attack in [
        "/../Cargo.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/en/%2E%2E/%2E%2E/etc/passwd",
        "//etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "/en/..\\..\\etc\\passwd",
    ] {
        let (status, _, body) = get(port, attack);
        assert!(status == 404 || status == 403 || status == 400, "{attack}: {status}");
        assert!(!body.contains("root:"), "{attack} leaked a file");
    }
}

#[test]
fn serve_re_renders_only_what_an_edit_touches() {
    let (_tmp, root, server) = serve_copy_of("valid");
    let port = server.port;
    let clean = no_errors;
    let last_rebuild = || server.last_rebuild();

    // Text only: the chapter is re-rendered, and the case it now cites learns where it is used.
    let chapter = root.join("curriculum/courses/demo/chapters/one.md");
    let text = std::fs::read_to_string(&chapter).unwrap();
    assert!(!get(port, "/en/cases/beta-case.html").2.contains("First chapter"));
    let edited = text.replace("Smart \"quotes\"", "Smart \"quotes\", see [Beta](case:beta-case),");
    after_edit(
        port,
        || std::fs::write(&chapter, &edited).unwrap(),
        |s| clean(s) && get(port, "/en/demo/one.html").2.contains("see <a"),
    );
    std::thread::sleep(Duration::from_millis(100));
    let line = last_rebuild();
    assert!(line.contains("re-rendered") && line.contains("pages that show the edited text"), "{line}");
    assert!(get(port, "/en/cases/beta-case.html").2.contains("First chapter"), "the cited case lists the chapter");
    assert!(get(port, "/en/demo/one.html").2.contains("see <a href=\"../../en/cases/beta-case.html\">Beta</a>"));

    // A new section is text too, but the course page's syllabus lists it: that page follows.
    let edited = format!("{edited}\n## Extra practice\n\nOne more exercise.\n");
    after_edit(
        port,
        || std::fs::write(&chapter, &edited).unwrap(),
        |s| clean(s) && get(port, "/en/demo/index.html").2.contains("Extra practice"),
    );
    std::thread::sleep(Duration::from_millis(100));
    let line = last_rebuild();
    assert!(line.contains("re-rendered") && line.contains("demo/index.html"), "{line}");
    assert!(get(port, "/en/demo/one.html").2.contains("<h2 id=\"extra-practice\">"));
    assert_serves_what_a_build_writes(port, &root);

    // A title changes the navigation of every page: everything is re-rendered.
    let retitled = edited.replace("title: First chapter", "title: Opening chapter");
    after_edit(
        port,
        || std::fs::write(&chapter, &retitled).unwrap(),
        |s| clean(s) && get(port, "/en/demo/two.html").2.contains("Opening chapter"),
    );
    std::thread::sleep(Duration::from_millis(100));
    assert!(last_rebuild().contains("full rebuild"), "{}", last_rebuild());
}

#[test]
fn serve_text_edits_stay_fast_in_every_locale_and_translations_follow_their_source() {
    let (_tmp, root, server) = serve_copy_of("i18n");
    let port = server.port;
    let clean = no_errors;
    let last_rebuild = || server.last_rebuild();
    let status_before = get(port, "/fr/translation-status.html").2;

    // Chapter two has no translation: every locale shows the new source text at once, through the
    // fast path, and the status pages count its words.
    let two = root.join("curriculum/courses/demo/chapters/two.md");
    let text = std::fs::read_to_string(&two).unwrap();
    std::thread::sleep(Duration::from_millis(50));
    after_edit(
        port,
        || std::fs::write(&two, format!("{text}\nA freshly added sentence with several more words.\n")).unwrap(),
        |s| clean(s) && get(port, "/fr/demo/two.html").2.contains("A freshly added sentence"),
    );
    std::thread::sleep(Duration::from_millis(100));
    assert!(last_rebuild().contains("re-rendered"), "{}", last_rebuild());
    assert!(get(port, "/pt-BR/demo/two.html").2.contains("A freshly added sentence"), "every fallback locale");
    assert_ne!(get(port, "/fr/translation-status.html").2, status_before, "the status page follows");

    // Chapter one is translated into French: editing its source text outdates the translation,
    // which keeps its own text, still through the fast path.
    let one = root.join("curriculum/courses/demo/chapters/one.md");
    let text = std::fs::read_to_string(&one).unwrap();
    assert!(!get(port, "/fr/demo/one.html").2.contains("notice-outdated"));
    let edited = format!("{text}\nA new closing remark.\n");
    after_edit(
        port,
        || std::fs::write(&one, &edited).unwrap(),
        |s| clean(s) && get(port, "/fr/demo/one.html").2.contains("notice-outdated"),
    );
    std::thread::sleep(Duration::from_millis(100));
    assert!(last_rebuild().contains("re-rendered"), "{}", last_rebuild());
    assert!(!get(port, "/fr/demo/one.html").2.contains("A new closing remark"), "French keeps its translation");
    assert!(get(port, "/en/demo/one.html").2.contains("A new closing remark"));

    // A translator's edit of the Portuguese text shows in Portuguese and in Brazilian Portuguese,
    // which falls back to it.
    let pt = root.join("locales/pt/courses/demo/chapters/one.md");
    let pt_text = std::fs::read_to_string(&pt).unwrap();
    after_edit(
        port,
        || std::fs::write(&pt, format!("{pt_text}\nUma frase nova.\n")).unwrap(),
        |s| clean(s) && get(port, "/pt-BR/demo/one.html").2.contains("Uma frase nova."),
    );
    std::thread::sleep(Duration::from_millis(100));
    assert!(last_rebuild().contains("re-rendered"), "{}", last_rebuild());
    assert!(get(port, "/pt/demo/one.html").2.contains("Uma frase nova."));

    // What the fast path served is exactly what a full build of the edited sources writes.
    assert_serves_what_a_build_writes(port, &root);

    // Undoing the edit makes the translation current again.
    after_edit(
        port,
        || std::fs::write(&one, &text).unwrap(),
        |s| clean(s) && !get(port, "/fr/demo/one.html").2.contains("notice-outdated"),
    );

    // A new heading in a translated source: the translation keeps its own headings (matched to
    // the source's by identity) and says it is outdated; `check` names the French file.
    after_edit(
        port,
        || std::fs::write(&one, format!("{text}\n## A new section\n\nMore.\n")).unwrap(),
        |s| clean(s) && get(port, "/fr/demo/one.html").2.contains("notice-outdated"),
    );
    let check = bin().args(["check", "--root", root.to_str().unwrap()]).env("NO_COLOR", "1").output().unwrap();
    let report = String::from_utf8_lossy(&check.stderr);
    assert!(report.contains("locales/fr/courses/demo/chapters/one.md") && report.contains("headings"), "{report}");
}

/// Every page of a fresh build of `root` is served byte for byte (minus the live-reload tag).
fn assert_serves_what_a_build_writes(port: u16, root: &std::path::Path) {
    let out = root.parent().unwrap().join("fresh-build");
    let o = build(root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut pages = 0;
    for (path, bytes) in snapshot(&out) {
        if !path.ends_with(".html") {
            continue;
        }
        let served = get(port, &format!("/{path}")).2.replace("<script src=\"/__coursebook/live.js\"></script>", "");
        assert_eq!(served, String::from_utf8(bytes).unwrap(), "{path} differs from a full build");
        pages += 1;
    }
    assert!(pages > 10, "{pages} pages compared");
}
