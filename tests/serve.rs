//! `coursebook serve`: the stored site with correct HTTP, live reload (events and the
//! status endpoint), the text-edit fast path (pages byte for byte as a full build writes them),
//! editors' ways of saving, a clean stop, a busy port, `--bind` and `--out`.
//!
//! Every wait is for an event (the server's status endpoint answers when the next build is
//! done) with a generous timeout; nothing here measures time.
#![cfg(feature = "serve")]

mod common;
use common::*;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

/// How long any wait for the server may take before the test fails (builds on a loaded machine).
const PATIENCE: Duration = Duration::from_secs(60);

/// A running `coursebook serve`, killed on drop.
struct Server {
    child: Child,
    port: u16,
    log: Arc<Mutex<Vec<String>>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        // As a user stops it, so that it removes its files from the temporary folder.
        if self.child.try_wait().is_ok_and(|status| status.is_none()) {
            self.signal("TERM");
        }
    }
}

impl Server {
    /// Starts `coursebook serve --root ROOT --port 0 ARGS` and waits until it serves.
    fn start(root: &Path, args: &[&str], env: &[(&str, &Path)]) -> Server {
        let mut command = bin();
        command.args(["serve", "--root", root.to_str().unwrap(), "--port", "0"]).args(args).env("NO_COLOR", "1");
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command.stderr(Stdio::piped()).stdout(Stdio::null()).spawn().unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let log = Arc::new(Mutex::new(Vec::new()));
        let port = loop {
            let line = lines.next().unwrap_or_else(|| panic!("serve stopped: {:?}", log.lock().unwrap())).unwrap();
            log.lock().unwrap().push(line.clone());
            if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
                break rest.split('/').next().unwrap().parse().unwrap();
            }
        };
        // Keep draining stderr (so the server never blocks on a full pipe) into the log.
        let sink = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        Server { child, port, log }
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }

    /// Waits until the log has a line containing `text` (stderr is read by another thread).
    fn wait_for_log(&self, text: &str) {
        let started = Instant::now();
        while !self.log().contains(text) {
            assert!(started.elapsed() < PATIENCE, "no `{text}` in the log within {PATIENCE:?}: {}", self.log());
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends a signal (`TERM`, `INT`) and waits for the process to end.
    fn stop_with(&mut self, signal: &str) -> std::process::ExitStatus {
        let status = self.signal(signal);
        assert!(status.code().is_some(), "serve did not stop after SIG{signal} (killed after {PATIENCE:?})");
        status
    }

    /// Sends a signal and waits for the process to end (killed if it does not in time).
    fn signal(&mut self, signal: &str) -> std::process::ExitStatus {
        let _ = std::process::Command::new("kill").args([&format!("-{signal}"), &self.child.id().to_string()]).status();
        // The exit is the event; a watchdog ends the wait if it never comes.
        let pid = self.child.id();
        let (exited, watchdog) = std::sync::mpsc::channel::<()>();
        std::thread::spawn(move || {
            if watchdog.recv_timeout(PATIENCE).is_err() {
                let _ = std::process::Command::new("kill").args(["-KILL", &pid.to_string()]).status();
            }
        });
        let status = self.child.wait().unwrap();
        let _ = exited.send(());
        status
    }
}

/// A server on a fresh copy of a fixture (edits must not touch the fixture itself).
fn serve_copy_of(fixture_name: &str) -> (tempfile::TempDir, PathBuf, Server) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture(fixture_name), &root);
    let server = Server::start(&root, &[], &[]);
    (tmp, root, server)
}

/// An HTTP response, read off the wire.
#[derive(Debug)]
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Reads one response from a connection: by `Content-Length`, chunked, or up to the close.
fn read_response(reader: &mut impl BufRead, head_request: bool) -> Response {
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    let status = line.split_whitespace().nth(1).unwrap_or_else(|| panic!("no status line: {line:?}")).parse().unwrap();
    let mut headers = Vec::new();
    loop {
        line.clear();
        reader.read_line(&mut line).unwrap();
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            break;
        }
        let (name, value) = trimmed.split_once(':').unwrap();
        headers.push((name.to_string(), value.trim().to_string()));
    }
    let mut response = Response { status, headers, body: Vec::new() };
    if head_request || status == 304 {
        return response;
    }
    if let Some(length) = response.header("content-length") {
        response.body = vec![0; length.parse().unwrap()];
        reader.read_exact(&mut response.body).unwrap();
    } else if response.header("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
        loop {
            line.clear();
            reader.read_line(&mut line).unwrap();
            let size = usize::from_str_radix(line.trim(), 16).unwrap();
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk).unwrap();
            if size == 0 {
                break;
            }
            response.body.extend_from_slice(&chunk[..size]);
        }
    } else {
        reader.read_to_end(&mut response.body).unwrap();
    }
    response
}

fn connect(port: u16) -> TcpStream {
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream
}

/// One request (the raw head is sent as is, so traversal attempts reach the server intact).
fn request(port: u16, head: &str) -> Response {
    let mut stream = connect(port);
    write!(stream, "{head}\r\n\r\n").unwrap();
    read_response(&mut BufReader::new(stream), head.starts_with("HEAD "))
}

/// A plain HTTP/1.0 GET: status, head and body.
fn get(port: u16, path: &str) -> (u16, String, String) {
    let r = request(port, &format!("GET {path} HTTP/1.0\r\nHost: localhost"));
    let head = r.headers.iter().map(|(n, v)| format!("{n}: {v}")).collect::<Vec<_>>().join("\r\n");
    (r.status, head, r.text())
}

fn page(port: u16, path: &str) -> String {
    get(port, path).2
}

/// The server's build status: version, errors, what the last build did.
fn status(port: u16) -> Value {
    serde_json::from_str(&page(port, "/__coursebook/status")).unwrap()
}

fn no_errors(status: &Value) -> bool {
    status["errors"] == serde_json::json!([])
}

/// Makes `edit`, then waits (long polling, as scripts may) for a build whose status satisfies
/// `done`; returns that status.
fn after_edit(port: u16, edit: impl FnOnce(), done: impl Fn(&Value) -> bool) -> Value {
    let mut version = status(port)["version"].as_u64().unwrap();
    edit();
    let started = Instant::now();
    while started.elapsed() < PATIENCE {
        let status: Value =
            serde_json::from_str(&page(port, &format!("/__coursebook/status?since={version}"))).unwrap();
        if status["version"].as_u64() != Some(version) && done(&status) {
            return status;
        }
        version = status["version"].as_u64().unwrap();
    }
    panic!("no matching build within {PATIENCE:?}; last status {}", status(port));
}

fn sources(status: &Value) -> Vec<String> {
    status["build"]["sources"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
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
    assert!(head.to_lowercase().contains("content-type: text/css; charset=utf-8"), "{head}");
    assert_eq!(get(port, "/").0, 200);

    // An edit: the new text is served once the build is announced.
    let chapter = root.join("curriculum/courses/demo/chapters/two.md");
    let original = std::fs::read_to_string(&chapter).unwrap();
    let edited = original.replace("Back to", "Return to");
    let event = after_edit(port, || std::fs::write(&chapter, &edited).unwrap(), no_errors);
    assert_eq!(event["errors"], serde_json::json!([]), "{event}");
    assert!(page(port, "/en/demo/two.html").contains("Return to"));

    // A broken edit: the error carries file:line, and the last good page stays served.
    let broken = edited.replace("title: Second chapter", "titel: Second chapter");
    // (A build may catch the file half-written; wait for the one that sees the whole edit.)
    let has_titel = |s: &Value| s["errors"].to_string().contains("unknown field `titel`");
    let event = after_edit(port, || std::fs::write(&chapter, &broken).unwrap(), has_titel);
    let errors: Vec<&str> = event["errors"].as_array().unwrap().iter().filter_map(|e| e.as_str()).collect();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("curriculum/courses/demo/chapters/two.md:3:1: error: unknown field `titel`")),
        "{event}"
    );
    assert!(page(port, "/en/demo/two.html").contains("Return to"), "the last good site keeps being served");

    // Fixing the file clears the errors.
    let event = after_edit(port, || std::fs::write(&chapter, &edited).unwrap(), no_errors);
    assert_eq!(event["errors"], serde_json::json!([]), "fixing the file clears the errors");

    // Unknown paths get the site's own 404 page; nothing outside the output is ever served.
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
        "/static/..%2f..%2fcurriculum/site.yaml",
        "/curriculum/site.yaml",
    ] {
        let (status, _, body) = get(port, attack);
        assert!(status == 404 || status == 403 || status == 400, "{attack}: {status}");
        // What /etc/passwd, Cargo.toml or site.yaml would show (the 404 page's own text may say "root").
        assert!(
            !body.contains("root:x:0") && !body.contains("[package]") && !body.contains("default_locale"),
            "{attack} leaked a file"
        );
    }
}

#[test]
fn serve_speaks_http_correctly() {
    let (_tmp, _root, server) = serve_copy_of("valid");
    let port = server.port;
    let full = request(port, "GET /en/demo/one.html HTTP/1.1\r\nHost: localhost\r\nConnection: close");
    assert_eq!(full.status, 200);
    assert_eq!(full.header("content-type"), Some("text/html; charset=utf-8"));
    assert_eq!(full.header("cache-control"), Some("no-cache"));

    // HEAD: the same head, no body.
    let head = request(port, "HEAD /en/demo/one.html HTTP/1.1\r\nHost: localhost\r\nConnection: close");
    assert_eq!(head.status, 200);
    assert_eq!(head.header("content-type"), full.header("content-type"));
    assert_eq!(head.header("etag"), full.header("etag"));

    // Other methods: 405 with the methods that work.
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let r = request(
            port,
            &format!(
                "{method} /en/demo/one.html HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close"
            ),
        );
        assert_eq!(r.status, 405, "{method}");
        assert_eq!(r.header("allow"), Some("GET, HEAD"), "{method}");
    }
    let r = request(
        port,
        "POST /__coursebook/status HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close",
    );
    assert_eq!(r.status, 405);
    assert!(r.header("allow").is_some_and(|a| a.contains("GET")), "{r:?}");

    // Entity tags: a page the browser has is not sent again.
    let tag = full.header("etag").expect("an ETag").to_string();
    let again = request(
        port,
        &format!("GET /en/demo/one.html HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: {tag}\r\nConnection: close"),
    );
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    assert_eq!(again.header("etag"), Some(tag.as_str()));
    let other = request(
        port,
        "GET /en/demo/one.html HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: \"other\"\r\nConnection: close",
    );
    assert_eq!(other.status, 200);
    let svg = request(port, "GET /static/img/square.svg HTTP/1.1\r\nHost: localhost\r\nConnection: close");
    assert_eq!(svg.status, 200);
    assert_eq!(svg.header("content-type"), Some("image/svg+xml; charset=utf-8"));
    let svg_tag = svg.header("etag").expect("static files are tagged too");
    let svg_again = request(
        port,
        &format!(
            "GET /static/img/square.svg HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: {svg_tag}\r\nConnection: close"
        ),
    );
    assert_eq!(svg_again.status, 304);

    // Compression: text is sent gzipped to clients that accept it, and unpacks to the same page.
    let zipped = request(
        port,
        "GET /en/demo/one.html HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\nConnection: close",
    );
    assert_eq!(zipped.header("content-encoding"), Some("gzip"));
    assert!(zipped.body.len() < full.body.len());
    let mut unpacked = Vec::new();
    flate2::read::GzDecoder::new(zipped.body.as_slice()).read_to_end(&mut unpacked).unwrap();
    assert_eq!(unpacked, full.body);

    // Keep-alive, HTTP/1.1 and HTTP/1.0: several requests on one connection.
    for (version, keep_alive) in [("HTTP/1.1", ""), ("HTTP/1.0", "\r\nConnection: keep-alive")] {
        let mut stream = connect(port);
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        for path in ["/en/demo/one.html", "/assets/site.css", "/en/no-such-page.html", "/en/demo/two.html"] {
            write!(stream, "GET {path} {version}\r\nHost: localhost{keep_alive}\r\n\r\n").unwrap();
            let r = read_response(&mut reader, false);
            assert!(r.status == 200 || r.status == 404, "{version} {path}: {}", r.status);
            assert!(!r.body.is_empty(), "{version} {path}");
            if version == "HTTP/1.0" {
                assert!(r.header("content-length").is_some(), "HTTP/1.0 keep-alive needs a length: {r:?}");
            }
        }
    }

    // The 404 is the site's own page, for HEAD too.
    let missing = request(port, "GET /en/demo/none.html HTTP/1.1\r\nHost: localhost\r\nConnection: close");
    assert_eq!(missing.status, 404);
    assert_eq!(missing.header("content-type"), Some("text/html; charset=utf-8"));
    assert!(missing.text().contains("Page not found") && missing.text().contains("/__coursebook/live.js"));
    assert_eq!(request(port, "HEAD /en/demo/none.html HTTP/1.1\r\nHost: localhost\r\nConnection: close").status, 404);

    // A folder without its slash is redirected (relative links need it), never off the site.
    let folder = request(port, "GET /en HTTP/1.1\r\nHost: localhost\r\nConnection: close");
    assert_eq!((folder.status, folder.header("location")), (307, Some("/en/")));
    let sneaky = request(port, "GET //en HTTP/1.1\r\nHost: localhost\r\nConnection: close");
    assert_eq!(sneaky.header("location"), Some("/en/"));

    // Another site's name resolving to 127.0.0.1 (DNS rebinding) cannot read the preview.
    let rebound =
        request(port, &format!("GET /en/demo/one.html HTTP/1.1\r\nHost: attacker.example:{port}\r\nConnection: close"));
    assert_eq!(rebound.status, 403);
    assert!(rebound.text().contains("--bind"), "{}", rebound.text());
    let events = request(port, "GET /__coursebook/status HTTP/1.1\r\nHost: attacker.example\r\nConnection: close");
    assert_eq!(events.status, 403);
}

#[test]
fn serve_survives_clients_that_hang_up() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    // Larger than the socket buffers: the server is still writing when the client leaves.
    std::fs::write(root.join("static/img/large.bin"), vec![7u8; 16 << 20]).unwrap();
    let server = Server::start(&root, &[], &[]);
    for (path, encoding) in [
        ("/static/img/large.bin", ""),
        ("/static/img/large.bin", "Accept-Encoding: gzip\r\n"),
        ("/__coursebook/events", ""),
        ("/en/demo/one.html", ""),
    ] {
        for read_first in [false, true] {
            let mut stream = connect(server.port);
            write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\n{encoding}\r\n").unwrap();
            if read_first {
                let _ = stream.read(&mut [0u8; 512]);
            }
            drop(stream);
        }
    }
    // Still serving, and still the same process.
    assert_eq!(get(server.port, "/en/demo/one.html").0, 200, "{}", server.log());
    assert!(!server.log().contains("panicked"), "{}", server.log());
}

#[test]
fn serve_sends_large_pages_and_files_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    // Above the size read whole (1 MiB): sent in chunks as read from disk.
    let binary: Vec<u8> = (0..3u32 << 20).map(|i| (i * 31 % 251) as u8).collect();
    std::fs::write(root.join("static/img/large.bin"), &binary).unwrap();
    let chapter = root.join("curriculum/courses/demo/chapters/one.md");
    let mut text = std::fs::read_to_string(&chapter).unwrap();
    for i in 0..20_000 {
        text.push_str(&format!("\nParagraph {i} of a very long chapter, with some words to make it longer.\n"));
    }
    std::fs::write(&chapter, text).unwrap();
    let server = Server::start(&root, &[], &[]);

    let file = request(server.port, "GET /static/img/large.bin HTTP/1.1\r\nHost: localhost\r\nConnection: close");
    assert_eq!(file.status, 200);
    assert!(file.body == binary, "the static file arrives whole ({} of {} bytes)", file.body.len(), binary.len());
    let plain = page(server.port, "/en/demo/one.html");
    assert!(plain.len() > 1 << 20, "{} bytes", plain.len());
    // The live-reload script once, before the end of the body.
    assert_eq!(plain.matches("/__coursebook/live.js").count(), 1);
    assert!(
        plain.ends_with("<script src=\"/__coursebook/live.js\"></script></body></html>"),
        "{}",
        &plain[plain.len() - 200..]
    );
    let zipped = request(
        server.port,
        "GET /en/demo/one.html HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\nConnection: close",
    );
    assert_eq!(zipped.header("content-encoding"), Some("gzip"));
    let mut unzipped = String::new();
    flate2::read::GzDecoder::new(zipped.body.as_slice()).read_to_string(&mut unzipped).unwrap();
    assert_eq!(unzipped, plain);
    // Every page, the long chapter and the print book among them, as a build writes it.
    assert_serves_what_a_build_writes(server.port, &root);
}

#[test]
fn serve_sends_build_events() {
    let (_tmp, root, server) = serve_copy_of("valid");
    let port = server.port;
    let mut stream = connect(port);
    write!(stream, "GET /__coursebook/events HTTP/1.0\r\nHost: localhost\r\n\r\n").unwrap();
    let mut reader = BufReader::new(stream);
    let mut next_event = || -> Value {
        let mut line = String::new();
        loop {
            line.clear();
            assert!(reader.read_line(&mut line).unwrap() > 0, "the event stream ended");
            if let Some(data) = line.strip_prefix("data:") {
                return serde_json::from_str(data.trim()).unwrap();
            }
        }
    };
    let first = next_event();
    assert!(first["version"].as_u64().unwrap() >= 1 && no_errors(&first), "{first}");
    let chapter = root.join("curriculum/courses/demo/chapters/one.md");
    let text = std::fs::read_to_string(&chapter).unwrap();
    std::fs::write(&chapter, format!("{text}\nAn announced sentence.\n")).unwrap();
    let next = next_event();
    assert_eq!(next["server"], first["server"]);
    assert!(next["version"].as_u64() > first["version"].as_u64(), "{next}");
    assert!(page(port, "/en/demo/one.html").contains("An announced sentence."));
}

#[test]
fn serve_re_renders_only_what_an_edit_touches() {
    let (_tmp, root, server) = serve_copy_of("valid");
    let port = server.port;

    // Text only: the chapter is re-rendered, and the case it now cites learns where it is used.
    let chapter = root.join("curriculum/courses/demo/chapters/one.md");
    let text = std::fs::read_to_string(&chapter).unwrap();
    assert!(!page(port, "/en/cases/beta-case.html").contains("First chapter"));
    let edited = text.replace("Smart \"quotes\"", "Smart \"quotes\", see [Beta](case:beta-case),");
    let event = after_edit(port, || std::fs::write(&chapter, &edited).unwrap(), no_errors);
    assert_eq!(event["build"]["kind"], "text", "{event}");
    assert_eq!(sources(&event), ["curriculum/courses/demo/chapters/one.md"]);
    assert!(page(port, "/en/cases/beta-case.html").contains("First chapter"), "the cited case lists the chapter");
    assert!(page(port, "/en/demo/one.html").contains("see <a href=\"../../en/cases/beta-case.html\">Beta</a>"));
    // The print book holds the whole course: it is rendered once the rest is out, and a request
    // for it meanwhile waits for the new version.
    assert!(!event["build"]["files"].to_string().contains("print.html"), "{event}");
    let book = page(port, "/en/demo/print.html");
    assert!(book.contains("see <a href=\"#case-beta-case\">Beta</a>"), "{book}");
    server.wait_for_log("Re-rendered the print books in");

    // A new section is text too, but the course page's syllabus lists it: that page follows.
    let edited = format!("{edited}\n## Extra practice\n\nOne more exercise.\n");
    let event = after_edit(port, || std::fs::write(&chapter, &edited).unwrap(), no_errors);
    assert_eq!(event["build"]["kind"], "text", "{event}");
    assert!(event["build"]["files"].to_string().contains("en/demo/index.html"), "{event}");
    assert!(page(port, "/en/demo/index.html").contains("Extra practice"));
    assert!(page(port, "/en/demo/one.html").contains("<h2 id=\"extra-practice\">"));
    assert_serves_what_a_build_writes(port, &root);

    // A title changes the navigation of every page: everything is re-rendered.
    let retitled = edited.replace("title: First chapter", "title: Opening chapter");
    let event = after_edit(port, || std::fs::write(&chapter, &retitled).unwrap(), no_errors);
    assert_eq!(event["build"]["kind"], "full", "{event}");
    assert!(page(port, "/en/demo/two.html").contains("Opening chapter"));
    assert!(server.log().contains("full rebuild"), "{}", server.log());
}

#[test]
fn serve_text_edits_take_the_fast_path_in_every_locale_and_translations_follow_their_source() {
    let (_tmp, root, server) = serve_copy_of("i18n");
    let port = server.port;
    let status_before = page(port, "/fr/translation-status.html");

    // Chapter two has no translation: every locale shows the new source text at once, through the
    // fast path, and the status pages count its words.
    let two = root.join("curriculum/courses/demo/chapters/two.md");
    let text = std::fs::read_to_string(&two).unwrap();
    let event = after_edit(
        port,
        || std::fs::write(&two, format!("{text}\nA freshly added sentence with several more words.\n")).unwrap(),
        no_errors,
    );
    assert_eq!(event["build"]["kind"], "text", "{event}");
    assert!(page(port, "/fr/demo/two.html").contains("A freshly added sentence"));
    assert!(page(port, "/pt-BR/demo/two.html").contains("A freshly added sentence"), "every fallback locale");
    assert_ne!(page(port, "/fr/translation-status.html"), status_before, "the status page follows");

    // Chapter one is translated into French: editing its source text outdates the translation,
    // which keeps its own text, still through the fast path.
    let one = root.join("curriculum/courses/demo/chapters/one.md");
    let text = std::fs::read_to_string(&one).unwrap();
    assert!(!page(port, "/fr/demo/one.html").contains("notice-outdated"));
    let edited = format!("{text}\nA new closing remark.\n");
    let event = after_edit(port, || std::fs::write(&one, &edited).unwrap(), no_errors);
    assert_eq!(event["build"]["kind"], "text", "{event}");
    assert!(page(port, "/fr/demo/one.html").contains("notice-outdated"));
    assert!(!page(port, "/fr/demo/one.html").contains("A new closing remark"), "French keeps its translation");
    assert!(page(port, "/en/demo/one.html").contains("A new closing remark"));

    // A translator's edit of the Portuguese text shows in Portuguese and in Brazilian Portuguese,
    // which falls back to it.
    let pt = root.join("locales/pt/courses/demo/chapters/one.md");
    let pt_text = std::fs::read_to_string(&pt).unwrap();
    let event = after_edit(port, || std::fs::write(&pt, format!("{pt_text}\nUma frase nova.\n")).unwrap(), no_errors);
    assert_eq!(event["build"]["kind"], "text", "{event}");
    assert!(page(port, "/pt-BR/demo/one.html").contains("Uma frase nova."));
    assert!(page(port, "/pt/demo/one.html").contains("Uma frase nova."));

    // What the fast path served is exactly what a full build of the edited sources writes.
    assert_serves_what_a_build_writes(port, &root);

    // Undoing the edit makes the translation current again.
    after_edit(port, || std::fs::write(&one, &text).unwrap(), no_errors);
    assert!(!page(port, "/fr/demo/one.html").contains("notice-outdated"));

    // A new heading in a translated source: a full build matches the translation's headings to
    // the source's; the translation keeps its own and says it is outdated, and `check` names it.
    let event = after_edit(
        port,
        || std::fs::write(&one, format!("{text}\n## A new section\n\nMore.\n")).unwrap(),
        |s| no_errors(s) && s["build"]["kind"] == "full",
    );
    assert!(sources(&event).contains(&"curriculum/courses/demo/chapters/one.md".to_string()), "{event}");
    assert!(page(port, "/fr/demo/one.html").contains("notice-outdated"));
    assert!(page(port, "/en/demo/one.html").contains("A new section"));
    let check = run(&["check", "--root", root.to_str().unwrap()]);
    let report = stderr(&check);
    assert!(report.contains("locales/fr/courses/demo/chapters/one.md") && report.contains("headings"), "{report}");
    assert_serves_what_a_build_writes(port, &root);
}

/// Whether a translation is current is decided as the build decides: by the locale's review
/// record (`translation-record.yaml`), which `locale mark-current` writes.
#[test]
fn serve_reads_the_translation_record_as_the_build_does() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    // The French review moves into the record (the file's own `source_hash:` line goes).
    let o = run(&["locale", "mark-current", "fr", "--root", root.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let record = std::fs::read_to_string(root.join("locales/fr/translation-record.yaml")).unwrap();
    assert!(record.contains("courses/demo/chapters/one.md: "), "{record}");
    let french = root.join("locales/fr/courses/demo/chapters/one.md");
    assert!(!std::fs::read_to_string(&french).unwrap().contains("source_hash"));

    let server = Server::start(&root, &[], &[]);
    let port = server.port;
    let outdated = |port| page(port, "/fr/demo/one.html").contains("notice-outdated");
    assert!(!outdated(port), "the record says the translation is current");

    // A source edit through the fast path outdates the translation; undoing it makes it current
    // again, as the record still names that version.
    let one = root.join("curriculum/courses/demo/chapters/one.md");
    let text = std::fs::read_to_string(&one).unwrap();
    let event = after_edit(port, || std::fs::write(&one, format!("{text}\nA later remark.\n")).unwrap(), no_errors);
    assert_eq!(event["build"]["kind"], "text", "{event}");
    assert!(outdated(port));
    let event = after_edit(port, || std::fs::write(&one, &text).unwrap(), no_errors);
    assert_eq!(event["build"]["kind"], "text", "{event}");
    assert!(!outdated(port), "current again: the record names this version of the source");
    assert_serves_what_a_build_writes(port, &root);

    // A translator's edit keeps the state the record gives.
    let french_text = std::fs::read_to_string(&french).unwrap();
    let event = after_edit(
        port,
        || std::fs::write(&french, format!("{french_text}\nUne phrase de plus.\n")).unwrap(),
        no_errors,
    );
    assert_eq!(event["build"]["kind"], "text", "{event}");
    assert!(page(port, "/fr/demo/one.html").contains("Une phrase de plus."));
    assert!(!outdated(port));

    // Reviewing while the server runs: `mark-current` rewrites the record, the pages follow.
    after_edit(port, || std::fs::write(&one, format!("{text}\nReviewed later.\n")).unwrap(), no_errors);
    assert!(outdated(port));
    let event = after_edit(
        port,
        || {
            let o = run(&["locale", "mark-current", "fr", "--root", root.to_str().unwrap()]);
            assert!(o.status.success(), "{}", stderr(&o));
        },
        |s| no_errors(s) && !page(port, "/fr/demo/one.html").contains("notice-outdated"),
    );
    assert_eq!(event["build"]["kind"], "full", "the record is not text: {event}");
    assert_serves_what_a_build_writes(port, &root);
}

/// Every page of a fresh build of `root` is served byte for byte (minus the live-reload tag).
fn assert_serves_what_a_build_writes(port: u16, root: &Path) {
    let out = root.parent().unwrap().join("fresh-build");
    let o = build(root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut pages = 0;
    for (path, bytes) in snapshot(&out) {
        if !path.ends_with(".html") {
            continue;
        }
        let served = page(port, &format!("/{path}")).replace("<script src=\"/__coursebook/live.js\"></script>", "");
        assert_eq!(served, String::from_utf8(bytes).unwrap(), "{path} differs from a full build");
        pages += 1;
    }
    assert!(pages > 10, "{pages} pages compared");
}

#[test]
fn serve_follows_the_ways_editors_save() {
    let (_tmp, root, server) = serve_copy_of("valid");
    let port = server.port;
    let chapters = root.join("curriculum/courses/demo/chapters");
    let two = chapters.join("two.md");
    let text = std::fs::read_to_string(&two).unwrap();

    // Save by rename: write a temporary file, rename it over the original.
    let temp = chapters.join(".two.md.tmp-4821");
    let event = after_edit(
        port,
        || {
            std::fs::write(&temp, text.replace("Back to", "Renamed over")).unwrap();
            std::fs::rename(&temp, &two).unwrap();
        },
        no_errors,
    );
    assert_eq!(event["build"]["kind"], "text", "{event}");
    assert_eq!(sources(&event), ["curriculum/courses/demo/chapters/two.md"]);
    assert!(page(port, "/en/demo/two.html").contains("Renamed over"));

    // Swap, backup and probe files beside the file are not edits: only the real save builds,
    // once.
    let before = status(port)["version"].as_u64().unwrap();
    let event = after_edit(
        port,
        || {
            for name in [".two.md.swp", "two.md~", "#two.md#", ".#two.md", "two.md.kate-swp", "4913"] {
                std::fs::write(chapters.join(name), "not content").unwrap();
            }
            std::fs::remove_file(chapters.join("4913")).unwrap();
            std::fs::remove_file(chapters.join(".two.md.swp")).unwrap();
            // vim's save: the original becomes the backup, the new text a new file.
            std::fs::rename(&two, chapters.join("two.md~")).unwrap();
            std::fs::write(&two, text.replace("Back to", "Saved by vim")).unwrap();
            std::fs::remove_file(chapters.join("two.md~")).unwrap();
        },
        |s| no_errors(s) && page(port, "/en/demo/two.html").contains("Saved by vim"),
    );
    assert_eq!(event["version"].as_u64(), Some(before + 1), "one build: {event}");
    assert_eq!(sources(&event), ["curriculum/courses/demo/chapters/two.md"], "{event}");

    // Saved with a byte-order mark (as older Windows editors do): still a text edit, read as a
    // build reads it.
    let notepad = format!("\u{feff}{}\nSaved by Notepad.\n", text.replace("Back to", "Saved by vim"));
    let event = after_edit(port, || std::fs::write(&two, &notepad).unwrap(), no_errors);
    assert_eq!(event["build"]["kind"], "text", "{event}");
    assert!(page(port, "/en/demo/two.html").contains("Saved by Notepad"));
    assert_serves_what_a_build_writes(port, &root);

    // A file deleted, then created again.
    let case = root.join("curriculum/cases/alpha-case.md");
    let case_text = std::fs::read_to_string(&case).unwrap();
    let event = after_edit(port, || std::fs::remove_file(&case).unwrap(), |s| !no_errors(s));
    assert!(event["errors"].to_string().contains("alpha-case"), "the chapter's link to it breaks: {event}");
    let recreated = case_text.replace("Start small.", "Start small, and again.");
    let event = after_edit(port, || std::fs::write(&case, recreated).unwrap(), no_errors);
    assert_eq!(event["build"]["kind"], "full");
    assert!(page(port, "/en/cases/alpha-case.html").contains("Start small, and again."));

    // A folder renamed: its files are where they now are, and edits inside it are followed.
    let course = root.join("curriculum/courses/demo");
    let renamed = root.join("curriculum/courses/demo-renamed");
    let site_yaml = root.join("curriculum/site.yaml");
    let config = std::fs::read_to_string(&site_yaml).unwrap().replace("  - demo", "  - demo-renamed");
    after_edit(
        port,
        || {
            std::fs::rename(&course, &renamed).unwrap();
            std::fs::write(&site_yaml, &config).unwrap();
        },
        no_errors,
    );
    assert!(page(port, "/en/demo/two.html").contains("Saved by vim"));
    let moved = renamed.join("chapters/two.md");
    after_edit(
        port,
        || std::fs::write(&moved, text.replace("Back to", "Edited after the move")).unwrap(),
        |s| no_errors(s) && page(port, "/en/demo/two.html").contains("Edited after the move"),
    );

    // A burst: 100 new glossary terms at once (a checkout, a script) are one build.
    let glossary = root.join("curriculum/glossary");
    let staging = root.join("staging");
    std::fs::create_dir(&staging).unwrap();
    for i in 0..100 {
        let term = format!("---\nid: burst-{i:03}\nterm: Burst term {i:03}\n---\n\nDefinition {i}.\n");
        std::fs::write(staging.join(format!("burst-{i:03}.md")), term).unwrap();
    }
    let before = status(port)["version"].as_u64().unwrap();
    let event = after_edit(
        port,
        || {
            for i in 0..100 {
                let name = format!("burst-{i:03}.md");
                std::fs::rename(staging.join(&name), glossary.join(&name)).unwrap();
            }
        },
        |s| no_errors(s) && page(port, "/en/glossary.html").contains("Burst term 099"),
    );
    assert_eq!(event["version"].as_u64(), Some(before + 1), "one build for the burst: {event}");
    assert_eq!(sources(&event).len(), 100, "{event}");
    let glossary_page = page(port, "/en/glossary.html");
    assert!((0..100).all(|i| glossary_page.contains(&format!("Burst term {i:03}"))));
}

#[test]
fn serve_stops_cleanly_and_leaves_nothing_behind() {
    for signal in ["TERM", "INT"] {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        copy_tree(&fixture("valid"), &root);
        let temp_dir = tmp.path().join("tmp");
        std::fs::create_dir(&temp_dir).unwrap();
        // What a server that was killed left: removed by the next one. (No process has that id.)
        let killed = temp_dir.join("coursebook-serve-999999999-AbCdEf");
        std::fs::create_dir_all(killed.join("1/en")).unwrap();
        std::fs::write(killed.join("1/en/index.html"), "old").unwrap();
        let before = snapshot(&root);
        let mut server = Server::start(&root, &[], &[("TMPDIR", &temp_dir)]);
        assert!(!killed.exists(), "the store of a killed server is removed");
        // An open event stream must not hold the stop up.
        let mut events = connect(server.port);
        write!(events, "GET /__coursebook/events HTTP/1.0\r\nHost: localhost\r\n\r\n").unwrap();
        let mut reader = BufReader::new(events);
        let mut line = String::new();
        while !line.starts_with("data:") {
            line.clear();
            reader.read_line(&mut line).unwrap();
        }
        assert_eq!(get(server.port, "/en/demo/one.html").0, 200);
        // The rendered files are kept there, not in memory.
        let stores: Vec<_> = std::fs::read_dir(&temp_dir).unwrap().map(|e| e.unwrap().path()).collect();
        assert!(
            matches!(stores.as_slice(), [store] if store.file_name().unwrap().to_string_lossy().starts_with("coursebook-serve-")),
            "{stores:?}"
        );
        let stored: Vec<_> = walkdir::WalkDir::new(&stores[0]).into_iter().map(|e| e.unwrap()).collect();
        assert!(stored.iter().any(|e| e.path().ends_with("en/demo/one.html")), "{stored:?}");

        let exit = server.stop_with(signal);
        assert!(exit.success(), "SIG{signal}: {exit:?}\n{}", server.log());
        let mut rest = Vec::new();
        assert!(reader.read_to_end(&mut rest).is_ok(), "the event stream ends");
        let left: Vec<_> = std::fs::read_dir(&temp_dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert!(left.is_empty(), "SIG{signal} left {left:?} in the temporary folder");
        assert_eq!(snapshot(&root), before, "serve wrote into the site's folder");
    }
}

#[test]
fn serve_on_a_busy_port_says_so() {
    let (_tmp, root, server) = serve_copy_of("valid");
    let o = run(&["serve", "--root", root.to_str().unwrap(), "--port", &server.port.to_string()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let message = stderr(&o);
    assert!(message.contains(&format!("port {} on 127.0.0.1 is already in use", server.port)), "{message}");
    assert!(message.contains("--port"), "{message}");
}

#[test]
fn serve_warns_when_the_network_can_see_the_site() {
    let (_tmp, root, local) = serve_copy_of("valid");
    assert!(!local.log().contains("warning"), "{}", local.log());
    let open = Server::start(&root, &["--bind", "0.0.0.0"], &[]);
    assert!(open.log().contains("visible to other machines on your network"), "{}", open.log());
    assert_eq!(get(open.port, "/en/demo/one.html").0, 200);
    // Reached from the network, under the machine's name.
    let named = request(open.port, "GET /en/demo/one.html HTTP/1.1\r\nHost: workshop-laptop.lan\r\nConnection: close");
    assert_eq!(named.status, 200);
}

#[test]
fn serve_writes_to_out_only_when_asked() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    let out = tmp.path().join("preview");

    // Never into the sources.
    for bad in [root.join("curriculum/public"), root.join("static"), root.clone(), tmp.path().to_path_buf()] {
        let o = run(&["serve", "--root", root.to_str().unwrap(), "--port", "0", "--out", bad.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{}: {}", bad.display(), stderr(&o));
        assert!(stderr(&o).contains("--out"), "{}", stderr(&o));
    }
    assert!(root.join("curriculum/site.yaml").is_file() && root.join("static/img/square.svg").is_file());

    let server = Server::start(&root, &["--out", out.to_str().unwrap()], &[]);
    let port = server.port;
    let expected = tmp.path().join("expected");
    assert!(build(&root, &expected).status.success());
    assert!(server.log().contains("Wrote the site to "), "{}", server.log());
    assert_eq!(snapshot(&out), snapshot(&expected), "--out holds what `build` writes");

    // A build is written before it is announced.
    let chapter = root.join("curriculum/courses/demo/chapters/one.md");
    let text = std::fs::read_to_string(&chapter).unwrap();
    after_edit(port, || std::fs::write(&chapter, format!("{text}\nWritten out too.\n")).unwrap(), no_errors);
    assert!(read(&out, "en/demo/one.html").contains("Written out too."));
    let staging: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".preview"))
        .collect();
    assert!(staging.is_empty(), "{staging:?}");
}
