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

use crate::content::TranslationState;
use crate::diagnostic::{count_errors, Diagnostic};
use crate::i18n::translate::LocaleFiles;
use crate::pipeline;

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
    /// The loaded site of the last build, kept so that a text edit re-reads one file only.
    prepared: Option<pipeline::Prepared>,
    /// What the last build knew about every page, for a scoped re-render.
    previous: crate::output::site::Previous,
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
            prepared: None,
            previous: Default::default(),
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

/// An edit that changed only the text of a document, not its front matter.
struct TextEdit {
    /// Root-relative path of the edited file.
    path: String,
    /// The new hash of an edited source file; `None` for a translation file (its recorded source
    /// hash, hence its state, is unchanged).
    hash: Option<String>,
    body: String,
    body_line: usize,
    /// For a translation file: its locale, the source path it mirrors and its new text (to keep
    /// the translation files that status reports read up to date).
    translation: Option<(String, String, String)>,
}

/// The edits in `changed` when each one changes only the text of a chapter, case, glossary term
/// or deck, in the source curriculum or in a translation: then nothing but the pages showing
/// that text can change. `None` when the edits need a full build: front matter (for a
/// translation, its recorded `source_hash` too), new or deleted files, templates, configuration,
/// or headings of a translated document or of a translation (translations must keep their
/// source's heading structure, which only a full build checks).
fn text_edits(root: &Path, changed: &[PathBuf], prepared: &pipeline::Prepared) -> Option<Vec<TextEdit>> {
    let (source, translations) = prepared.sites.split_first()?;
    let cur = &source.cur;
    let document = |path: &str| documents(cur).find(|d| d.path == path).map(|d| (d.yaml, d.body));
    let translated =
        |path: &str| translations.iter().any(|site| documents(&site.cur).any(|d| is_translation_of(d.origin, path)));
    // A translation file (locales/<code>/…): the document that shows it, in its own locale.
    let translation = |path: &str| {
        translations.iter().find_map(|site| {
            documents(&site.cur)
                .find(|d| d.path == path && d.origin.lang == site.locale)
                .map(|d| (d.yaml, d.body, d.origin))
        })
    };
    // Watchers report absolute paths; the root may have been given relative.
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut edits = Vec::new();
    for path in changed.iter().filter(|p| !p.is_dir()) {
        let relative = crate::diagnostic::display_path(&root, path);
        let source = document(&relative);
        let translated_doc = if source.is_none() { translation(&relative) } else { None };
        // A temporary file an editor saved through and renamed away (sed -i, vim's 4913).
        if !path.exists() && source.is_none() && translated_doc.is_none() {
            continue;
        }
        let text = std::fs::read_to_string(path).ok()?;
        if let Some((yaml, body)) = source {
            let file = crate::source::SourceFile { path: relative.clone(), text };
            let split = crate::source::split_front_matter(&file, &file.text).ok()?;
            if split.yaml != yaml || (translated(&relative) && heading_lines(split.body).ne(heading_lines(body))) {
                return None;
            }
            edits.push(TextEdit {
                hash: Some(crate::source::content_hash(&file.text)),
                body: split.body.to_string(),
                body_line: split.body_line,
                path: relative,
                translation: None,
            });
        } else {
            // A translator's edit: same front matter, same recorded source hash, same headings.
            let (yaml, body, origin) = translated_doc?;
            let source_path = origin.source_path.clone()?;
            let previous = prepared
                .locale_files
                .iter()
                .find(|f| f.locale == origin.lang)
                .and_then(|f| f.files.get(&source_path))?;
            let (stripped, recorded) = crate::source::take_source_hash(&text, true);
            let file = crate::source::SourceFile { path: relative.clone(), text: stripped };
            let split = crate::source::split_front_matter(&file, &file.text).ok()?;
            if split.yaml != yaml
                || recorded != crate::source::recorded_source_hash(&previous.text, true)
                || heading_lines(split.body).ne(heading_lines(body))
            {
                return None;
            }
            edits.push(TextEdit {
                hash: None,
                body: split.body.to_string(),
                body_line: split.body_line,
                path: relative,
                translation: Some((origin.lang.clone(), source_path, text)),
            });
        }
    }
    (!edits.is_empty()).then_some(edits)
}

/// Every document that a text edit can touch.
fn documents(cur: &crate::content::Curriculum) -> impl Iterator<Item = Text<'_>> {
    fn text<M>(d: &crate::content::Document<M>) -> Text<'_> {
        Text { path: &d.path, yaml: &d.yaml, body: &d.body, origin: &d.origin }
    }
    (cur.courses.iter().flat_map(|c| &c.chapters).map(text))
        .chain(cur.cases.iter().map(text))
        .chain(cur.terms.iter().map(text))
        .chain(cur.decks.iter().map(text))
}

/// The parts of a document that a text edit compares.
struct Text<'a> {
    path: &'a str,
    yaml: &'a str,
    body: &'a str,
    origin: &'a crate::content::Origin,
}

/// A translation of `path` (fallback copies name their source too, but show its text).
fn is_translation_of(origin: &crate::content::Origin, path: &str) -> bool {
    origin.source_path.as_deref() == Some(path)
        && matches!(origin.state, TranslationState::Current | TranslationState::Outdated)
}

/// Lines that may be headings (conservative: includes `#` lines inside code blocks).
fn heading_lines(body: &str) -> impl Iterator<Item = &str> {
    body.lines().map(str::trim_end).filter(|l| l.starts_with('#'))
}

/// Applies text edits to every locale's copy of the documents: untranslated locales show the
/// source text; a translation keeps its text and becomes current or outdated against the new
/// source. Returns the pages to re-render, with problems found in the new text.
fn apply_edits(prepared: &mut pipeline::Prepared, edits: &[TextEdit]) -> (crate::output::site::Scope, Vec<Diagnostic>) {
    fn update<M>(doc: &mut crate::content::Document<M>, edit: &TextEdit, files: &[LocaleFiles]) -> bool {
        if doc.path == edit.path {
            doc.body.clone_from(&edit.body);
            doc.body_line = edit.body_line;
            if edit.hash.is_none() {
                return true;
            }
        } else if edit.hash.is_none() {
            return false;
        } else if is_translation_of(&doc.origin, &edit.path) {
            // The translation used is that of the locale the text is in (pt text on a pt-BR page).
            let recorded = files
                .iter()
                .find(|f| f.locale == doc.origin.lang)
                .and_then(|f| f.files.get(&edit.path))
                .and_then(|file| crate::source::recorded_source_hash(&file.text, file.path.ends_with(".md")));
            doc.origin.state =
                if recorded == edit.hash { TranslationState::Current } else { TranslationState::Outdated };
        } else {
            return false;
        }
        if let Some(hash) = &edit.hash {
            doc.origin.hash.clone_from(hash);
        }
        true
    }
    let mut scope = crate::output::site::Scope::default();
    let mut problems = Vec::new();
    let files = &prepared.locale_files;
    for (i, site) in prepared.sites.iter_mut().enumerate() {
        let cur = &mut site.cur;
        for edit in edits {
            for ch in cur.courses.iter_mut().flat_map(|c| &mut c.chapters) {
                if update(ch, edit, files) {
                    scope.chapters.insert(ch.meta.id.clone());
                }
            }
            for case in &mut cur.cases {
                if update(case, edit, files) {
                    scope.cases.insert(case.meta.id.clone());
                }
            }
            for term in &mut cur.terms {
                scope.glossary |= update(term, edit, files);
            }
            for deck in &mut cur.decks {
                if update(deck, edit, files) {
                    if i == 0 {
                        problems.extend(crate::content::deck::split_slides(&deck.path, &deck.body, deck.body_line).1);
                    }
                    scope.decks.insert(deck.meta.id.clone());
                }
            }
        }
    }
    for edit in edits {
        if let Some((locale, source_path, text)) = &edit.translation {
            let files = prepared.locale_files.iter_mut().find(|f| &f.locale == locale);
            if let Some(file) = files.and_then(|f| f.files.get_mut(source_path)) {
                file.text.clone_from(text);
            }
        }
    }
    if prepared.sites.len() > 1 {
        // Word counts and hashes of the source changed: the status pages follow.
        let source = &prepared.sites[0].cur;
        prepared.statuses = crate::i18n::translate::statuses(source, prepared.locale_files.iter().skip(1));
        scope.status = true;
    }
    (scope, problems)
}

/// Re-renders after `changed` files changed (everything when `changed` is empty): just the
/// pages showing an edited text when that is all that changed, else the whole site. Writes the
/// files that changed, or keeps the last good site and records the errors for the overlay.
fn rebuild(root: &Path, state: &Shared, changed: &[PathBuf]) {
    let started = Instant::now();
    let (prepared, previous) = {
        let mut s = state.0.lock().unwrap_or_else(|e| e.into_inner());
        (s.prepared.take(), std::mem::take(&mut s.previous))
    };
    let edited = prepared.and_then(|mut prepared| {
        let edits = text_edits(root, changed, &prepared)?;
        let (scope, problems) = apply_edits(&mut prepared, &edits);
        Some((prepared, scope, problems))
    });
    let scoped = edited.is_some();
    let rendered = match edited {
        Some((prepared, scope, mut problems)) => {
            let mut options = pipeline::Options { scope: Some((scope, previous)), ..Default::default() };
            let mut rendered = pipeline::render_prepared(prepared, &options);
            // The new headings and labels join those of the documents not re-parsed.
            if let Some((_, mut previous)) = options.scope.take() {
                for (known, fresh) in previous.anchors.iter_mut().zip(std::mem::take(&mut rendered.previous.anchors)) {
                    known.extend(fresh);
                }
                rendered.previous.anchors = previous.anchors;
            }
            problems.append(&mut rendered.problems);
            crate::diagnostic::normalize(&mut problems);
            rendered.problems = problems;
            rendered
        }
        None => pipeline::render_with(root, &pipeline::Options::default()),
    };
    let mut s = state.0.lock().unwrap_or_else(|e| e.into_inner());
    s.prepared = rendered.prepared;
    s.previous = rendered.previous;
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
    if let Some(prepared) = s.prepared.as_ref().filter(|_| !scoped) {
        for path in &prepared.static_files {
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
