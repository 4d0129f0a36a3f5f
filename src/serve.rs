//! `coursebook serve`: builds, serves the site on localhost, watches the sources, rebuilds on
//! change and tells open pages to reload (keeping their scroll position). A failed rebuild shows
//! its errors over the page while the last good site keeps being served.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::channel;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};
use tiny_http::{Header, Request, Response, Server};

use crate::build;
use crate::diagnostic::{count_errors, Diagnostic};

const LIVE_PREFIX: &str = "/__coursebook/";
const LIVE_JS: &str = include_str!("live.js");

pub struct Options {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
}

struct State {
    out: PathBuf,
    /// The files of the last good build, to write only what changed.
    files: BTreeMap<String, Vec<u8>>,
    errors: Vec<Diagnostic>,
    version: u64,
    metadata: Metadata,
    references: crate::render::References,
}

impl State {
    /// What open pages need to know: the build's version and its errors (for the overlay).
    fn status(&self) -> String {
        let errors: Vec<String> = self.errors.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        serde_json::json!({"version": self.version, "errors": errors}).to_string()
    }
}

/// The state, and a signal for pages waiting for the next build (long polling).
type Shared = Arc<(Mutex<State>, Condvar)>;

pub fn serve(options: Options) -> Result<(), String> {
    let out_dir = tempfile::Builder::new()
        .prefix("coursebook-serve-")
        .tempdir()
        .map_err(|e| format!("cannot create a temporary folder: {e}"))?;
    let state: Shared = Arc::new((
        Mutex::new(State {
            out: out_dir.path().join("site"),
            files: BTreeMap::new(),
            errors: Vec::new(),
            version: 0,
            metadata: Metadata::new(),
            references: Default::default(),
        }),
        Condvar::new(),
    ));
    rebuild(&options.root, &state, &[]);

    let server = Server::http((options.bind, options.port))
        .map_err(|e| format!("cannot listen on {}:{}: {e}", options.bind, options.port))?;
    let address = server.server_addr().to_ip().ok_or("the server has no IP address")?;
    let url = format!("http://{address}/");
    eprintln!("Serving {} at {url} (press Ctrl+C to stop)", options.root.display());
    if options.open {
        open_browser(&url);
    }

    let (tx, rx) = channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx).map_err(|e| format!("cannot watch files: {e}"))?;
    for dir in ["curriculum", "locales", "themes", "static"] {
        let path = options.root.join(dir);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| format!("cannot watch {}: {e}", path.display()))?;
        }
    }
    let watched_state = Arc::clone(&state);
    let root = options.root.clone();
    std::thread::spawn(move || {
        // Debounce: an editor's save is several events; rebuild once things are quiet.
        while let Ok(first) = rx.recv() {
            let mut changed: Vec<PathBuf> = Vec::new();
            let mut take = |event: notify::Result<notify::Event>| {
                if let Ok(e) = event {
                    if is_content_event(&e.kind) {
                        changed.extend(e.paths.into_iter().filter(|p| is_source_change(p)));
                    }
                }
            };
            take(first);
            while let Ok(more) = rx.recv_timeout(Duration::from_millis(120)) {
                take(more);
            }
            changed.sort();
            changed.dedup();
            if !changed.is_empty() {
                rebuild(&root, &watched_state, &changed);
            }
        }
    });

    let server = Arc::new(server);
    let workers: Vec<_> = (0..8)
        .map(|_| {
            let server = Arc::clone(&server);
            let state = Arc::clone(&state);
            std::thread::spawn(move || {
                while let Ok(request) = server.recv() {
                    let state = Arc::clone(&state);
                    // Waiting pages hold their request open: give each its own thread.
                    if request.url().starts_with(LIVE_PREFIX) && request.url().contains("wait") {
                        std::thread::spawn(move || respond(request, &state));
                    } else {
                        respond(request, &state);
                    }
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    drop(out_dir);
    Ok(())
}

/// Changes of content, not reads: reading the sources while building must not trigger a build.
fn is_content_event(kind: &EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode, ModifyKind};
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        _ => false,
    }
}

/// Editors save through temporary and backup files: ignore those.
fn is_source_change(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    !(name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".tmp"))
}

/// Renders the site in memory; writes the files that changed, or keeps the last good site and
/// records the errors for the overlay.
/// The front matter of every content document by path, from the last good build: an edit that
/// leaves it unchanged changes no title, list or link anywhere else.
type Metadata = BTreeMap<String, String>;

fn metadata(cur: &crate::model::Curriculum) -> Metadata {
    let mut m = Metadata::new();
    for c in &cur.courses {
        m.insert(c.doc.path.clone(), c.doc.yaml.clone());
        for ch in &c.chapters {
            m.insert(ch.path.clone(), ch.yaml.clone());
        }
    }
    m.extend(cur.cases.iter().map(|d| (d.path.clone(), d.yaml.clone())));
    m.extend(cur.terms.iter().map(|d| (d.path.clone(), d.yaml.clone())));
    m.extend(cur.decks.iter().map(|d| (d.path.clone(), d.yaml.clone())));
    m
}

/// What an edit of `changed` files needs re-rendered, or `None` when it needs a full build: only
/// the text of chapters, cases, terms or decks changed, not their front matter or anything else.
fn scope_of(
    root: &Path,
    changed: &[PathBuf],
    before: &Metadata,
    cur: &crate::model::Curriculum,
) -> Option<crate::render::Scope> {
    if before.is_empty() || changed.is_empty() {
        return None;
    }
    let after = metadata(cur);
    let mut scope = crate::render::Scope::default();
    // Watchers report absolute paths; the root may have been given relative.
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    for path in changed.iter().filter(|p| !p.is_dir()) {
        let relative = crate::diagnostic::display_path(&root, path);
        // A temporary file an editor saved through and renamed away (sed -i, vim's 4913).
        if !path.exists() && !before.contains_key(&relative) {
            continue;
        }
        let (Some(old), Some(new)) = (before.get(&relative), after.get(&relative)) else { return None };
        if old != new {
            return None;
        }
        if let Some(ch) = cur.courses.iter().flat_map(|c| &c.chapters).find(|c| c.path == relative) {
            scope.chapters.insert(ch.meta.id.clone());
        } else if let Some(case) = cur.cases.iter().find(|c| c.path == relative) {
            scope.cases.insert(case.meta.id.clone());
        } else if let Some(deck) = cur.decks.iter().find(|d| d.path == relative) {
            scope.decks.insert(deck.meta.id.clone());
        } else if cur.terms.iter().any(|t| t.path == relative) {
            scope.glossary = true;
        } else {
            // A course page's body: only its own page depends on it, but keep it simple.
            return None;
        }
    }
    Some(scope)
}

/// Renders the site in memory; writes the files that changed, or keeps the last good site and
/// records the errors for the overlay. After an edit of text only, renders just what shows it.
fn rebuild(root: &Path, state: &Shared, changed: &[PathBuf]) {
    let started = Instant::now();
    let (loaded, _) = crate::load::load(root);
    let scope = {
        let s = state.0.lock().unwrap_or_else(|e| e.into_inner());
        loaded
            .as_ref()
            .and_then(|cur| scope_of(root, changed, &s.metadata, cur))
            .map(|scope| (scope, s.references.clone()))
    };
    let scoped = scope.is_some();
    let options = build::Options { scope, ..Default::default() };
    let rendered = build::render_with(root, &options);
    let mut s = state.0.lock().unwrap_or_else(|e| e.into_inner());
    if count_errors(&rendered.problems) > 0 {
        eprint!(
            "{}",
            crate::diagnostic::render_human(
                &rendered.problems,
                root,
                std::io::IsTerminal::is_terminal(&std::io::stderr())
            )
        );
        eprintln!("Build failed: still serving the last good site. Fix the problems above and save.");
        s.errors = rendered.problems;
        s.version += 1;
        state.1.notify_all();
        return;
    }
    let mut files: BTreeMap<String, Vec<u8>> = rendered.files.into_iter().map(|f| (f.path, f.bytes)).collect();
    if !scoped {
        for path in &rendered.static_files {
            if let Ok(bytes) = std::fs::read(root.join(path)) {
                files.insert(path.clone(), bytes);
            }
        }
    }
    let mut written = Vec::new();
    for (path, bytes) in &files {
        if s.files.get(path) != Some(bytes) {
            let target = s.out.join(path);
            if let Some(parent) = target.parent() {
                let _ = std::fs::create_dir_all(parent);
            }
            if std::fs::write(&target, bytes).is_ok() {
                written.push(path.clone());
            }
        }
    }
    let rendered_count = files.len();
    let mut removed = Vec::new();
    if scoped {
        s.files.extend(files);
    } else {
        removed = s.files.keys().filter(|p| !files.contains_key(*p)).cloned().collect();
        for path in &removed {
            let _ = std::fs::remove_file(s.out.join(path));
        }
        s.files = files;
    }
    if let Some(cur) = &loaded {
        s.metadata = metadata(cur);
    }
    s.references = rendered.references;
    let first = s.version == 0;
    s.errors = rendered.problems;
    s.version += 1;
    let elapsed = started.elapsed().as_millis();
    if first {
        eprintln!("Built {} files in {elapsed} ms", s.files.len());
    } else {
        let shown: Vec<&str> = written.iter().filter(|p| p.ends_with(".html")).take(5).map(String::as_str).collect();
        let more = if written.len() > shown.len() {
            format!(" and {} more", written.len() - shown.len())
        } else {
            String::new()
        };
        let what = if scoped {
            format!("re-rendered {rendered_count} pages that show the edited text")
        } else {
            "full rebuild".to_string()
        };
        eprintln!(
            "Rebuilt in {elapsed} ms ({what}): {} files changed{}{more}",
            written.len() + removed.len(),
            if shown.is_empty() { String::new() } else { format!(" ({})", shown.join(", ")) }
        );
    }
    state.1.notify_all();
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
}

fn respond(request: Request, state: &Shared) {
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let path = path.to_string();
    if let Some(live) = path.strip_prefix(LIVE_PREFIX) {
        match live {
            "live.js" => {
                let _ = request.respond(
                    Response::from_string(LIVE_JS)
                        .with_header(header("Content-Type", "text/javascript; charset=utf-8"))
                        .with_header(header("Cache-Control", "no-store")),
                );
            }
            // Long polling: answers at once if the build differs from the page's, else when the
            // next build finishes (or after 25 s, so proxies never time out).
            "wait" => {
                let since: Option<u64> =
                    query.split('&').find_map(|kv| kv.strip_prefix("since=")).and_then(|v| v.parse().ok());
                let guard = state.0.lock().unwrap_or_else(|e| e.into_inner());
                let guard = match since {
                    Some(v) if v == guard.version => state
                        .1
                        .wait_timeout_while(guard, Duration::from_secs(25), |s| s.version == v)
                        .map(|(g, _)| g)
                        .unwrap_or_else(|e| e.into_inner().0),
                    _ => guard,
                };
                let body = guard.status();
                drop(guard);
                let _ = request.respond(
                    Response::from_string(body)
                        .with_header(header("Content-Type", "application/json"))
                        .with_header(header("Cache-Control", "no-store")),
                );
            }
            _ => not_found(request, state),
        }
        return;
    }
    let out = state.0.lock().unwrap_or_else(|e| e.into_inner()).out.clone();
    let Some(file) = resolve(&out, &path) else {
        return not_found(request, state);
    };
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(_) => return not_found(request, state),
    };
    let mime = mime_guess::from_path(&file).first_or_octet_stream();
    let content_type = if mime.type_() == "text"
        || mime.subtype() == "javascript"
        || mime.subtype() == "json"
        || mime.subtype() == "xml"
    {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    };
    let body = if mime.subtype() == "html" { inject_live_reload(bytes) } else { bytes };
    let _ = request.respond(
        Response::from_data(body)
            .with_header(header("Content-Type", &content_type))
            .with_header(header("Cache-Control", "no-store")),
    );
}

fn not_found(request: Request, state: &Shared) {
    let out = state.0.lock().unwrap_or_else(|e| e.into_inner()).out.clone();
    let body = std::fs::read(out.join("404.html"))
        .unwrap_or_else(|_| b"<!doctype html><title>Not found</title><h1>Not found</h1>".to_vec());
    let _ = request.respond(
        Response::from_data(inject_live_reload(body))
            .with_status_code(404)
            .with_header(header("Content-Type", "text/html; charset=utf-8")),
    );
}

/// Maps a URL path to a file inside `out`, never outside it: `..`, encoded `%2e%2e`, absolute
/// and Windows-style paths are refused.
pub fn resolve(out: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(url_path).decode_utf8().ok()?;
    if decoded.contains('\0') || decoded.contains('\\') {
        return None;
    }
    let mut relative = PathBuf::new();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => return None,
            p => {
                let component = Path::new(p);
                if component.components().any(|c| !matches!(c, Component::Normal(_))) {
                    return None;
                }
                relative.push(p);
            }
        }
    }
    let mut path = out.join(&relative);
    if path.is_dir() {
        path = path.join("index.html");
    }
    let canonical = path.canonicalize().ok()?;
    let root = out.canonicalize().ok()?;
    (canonical.starts_with(&root) && canonical.is_file()).then_some(canonical)
}

fn inject_live_reload(mut html: Vec<u8>) -> Vec<u8> {
    let tag = format!("<script src=\"{LIVE_PREFIX}live.js\"></script>");
    match find(&html, b"</body>") {
        Some(i) => {
            html.splice(i..i, tag.bytes());
            html
        }
        None => {
            html.extend_from_slice(tag.as_bytes());
            html
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(command).arg(url).spawn().is_err() {
        eprintln!("Could not open a browser; open {url} yourself.");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_resolves_outside_the_output() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        std::fs::create_dir_all(out.join("en")).unwrap();
        std::fs::write(out.join("index.html"), "x").unwrap();
        std::fs::write(out.join("en/index.html"), "x").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "x").unwrap();
        assert!(resolve(&out, "/").is_some());
        assert!(resolve(&out, "/en/").unwrap().ends_with("en/index.html"));
        for bad in [
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/en/%2E%2E/../secret.txt",
            "//etc/passwd",
            "/..%2fsecret.txt",
            "/en/..\\..\\secret.txt",
        ] {
            assert_eq!(resolve(&out, bad), None, "{bad}");
        }
    }
}
