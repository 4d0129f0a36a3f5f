//! Building for `serve`: a full build first, then on every change either the text-edit fast
//! path (`incremental`) or a full build. A good build replaces the served files and tells open
//! pages to reload; a failed one keeps the last good site and sends its errors to the overlay.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use tokio::sync::watch;

use super::incremental::{apply_edits, text_edits};
use super::live::{BuildSummary, Status};
use super::site::Site;
use crate::diagnostic::{count_errors, display_path, render_human};
use crate::output::site::{Books, Previous, Scope};
use crate::pipeline;

/// How many changed paths a status names (the count is always complete).
const LISTED: usize = 100;

/// `--out`: where every good build is also written, atomically.
pub struct OutDir {
    pub path: PathBuf,
    /// Held while writing; `true` once the server stops, after which no write starts (so a stop
    /// never leaves a half-written staging folder behind).
    pub gate: Arc<Mutex<bool>>,
}

pub struct Builder {
    /// Canonical: watchers report canonical paths.
    root: PathBuf,
    /// The loaded site of the last build, kept so that a text edit re-reads one file only.
    prepared: Option<pipeline::Prepared>,
    /// What the last build knew about every page, for a scoped re-render.
    previous: Previous,
    site: Arc<RwLock<Site>>,
    status: watch::Sender<Status>,
    /// `true` while the print books an edit touched are being rendered.
    books: watch::Sender<bool>,
    out: Option<OutDir>,
}

impl Builder {
    pub fn new(
        root: PathBuf,
        site: Arc<RwLock<Site>>,
        status: watch::Sender<Status>,
        books: watch::Sender<bool>,
        out: Option<OutDir>,
    ) -> Self {
        Builder { root, prepared: None, previous: Previous::default(), site, status, books, out }
    }

    /// Builds after `changed` files changed (everything when it is empty): just the pages
    /// showing an edited text when that is all that changed, else the whole site.
    pub fn build(&mut self, changed: &[PathBuf]) {
        let started = Instant::now();
        let kept = if changed.is_empty() { None } else { self.prepared.take() };
        let previous = std::mem::take(&mut self.previous);
        let edited = kept.and_then(|mut prepared| {
            let edits = text_edits(&self.root, changed, &prepared)?;
            let (scope, problems) = apply_edits(&mut prepared, &edits);
            Some((prepared, scope, problems))
        });
        let scoped = edited.is_some();
        // The files are stored as they are rendered, beside the ones served.
        let build = self.site.write().unwrap_or_else(|e| e.into_inner()).next_build();
        // The print books an edit touches are rendered once the rest is published (see
        // `render_books`), unless `--out` must hold every page before pages reload.
        let mut books = None;
        let rendered = match edited {
            Some((prepared, mut scope, mut problems)) => {
                if self.out.is_none() {
                    books = Some(Scope { books: Books::Only, ..scope.clone() });
                    scope.books = Books::Without;
                }
                let mut rendered = render_scoped(prepared, scope, previous, &build);
                problems.append(&mut rendered.problems);
                crate::diagnostic::normalize(&mut problems);
                rendered.problems = problems;
                rendered
            }
            None => {
                // Drop the old site's anchors before building the new one: two at once would
                // double the peak memory of a large site.
                drop(previous);
                release_freed_memory();
                let _prompt = PromptRelease::start();
                pipeline::render_into(&self.root, &pipeline::Options::default(), &build)
            }
        };
        self.prepared = rendered.prepared;
        self.previous = rendered.previous;
        let sources: Vec<String> = changed.iter().take(LISTED).map(|p| display_path(&self.root, p)).collect();
        let kind = if scoped { "text" } else { "full" };

        let stored = build.failure();
        if count_errors(&rendered.problems) > 0 || stored.is_some() {
            let color = std::io::IsTerminal::is_terminal(&std::io::stderr()) && std::env::var_os("NO_COLOR").is_none();
            eprint!("{}", render_human(&rendered.problems, &self.root, color));
            let mut errors: Vec<String> =
                rendered.problems.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
            if let Some(stored) = stored {
                eprintln!("error: {stored}");
                errors.push(stored);
            }
            eprintln!("Build failed: still serving the last good site. Fix the problems above and save.");
            build.discard();
            self.fail(errors, BuildSummary { kind, rendered: 0, changed: 0, files: Vec::new(), sources });
            return;
        }

        let rendered_count = build.len();
        let no_statics = BTreeSet::new();
        let statics = self.prepared.as_ref().filter(|_| !scoped).map_or(&no_statics, |p| &p.static_files);
        let (changes, total) = {
            let mut site = self.site.write().unwrap_or_else(|e| e.into_inner());
            let changes = if scoped { site.merge(build) } else { Ok(site.install(build, statics)) };
            (changes, site.len())
        };
        let mut changes = match changes {
            Ok(changes) => changes,
            Err(e) => {
                let error = format!("cannot store the preview's files: {e}");
                eprintln!("error: {error}\nBuild failed: still serving the last good site.");
                self.fail(vec![error], BuildSummary { kind, rendered: 0, changed: 0, files: Vec::new(), sources });
                return;
            }
        };
        // Static files are served from `static/` itself: an edited one is new content too.
        if !scoped {
            let edited = changed.iter().map(|p| display_path(&self.root, p)).filter(|p| statics.contains(p));
            changes.written.extend(edited);
            changes.written.sort();
            changes.written.dedup();
        }
        let count = changes.written.len() + changes.removed.len();
        let files: Vec<String> = changes.written.iter().chain(&changes.removed).take(LISTED).cloned().collect();
        let summary = BuildSummary { kind, rendered: rendered_count, changed: count, files, sources };
        let first = self.status.borrow().version == 0;
        let elapsed = started.elapsed().as_millis();
        if count > 0 || first {
            // Before pages reload: whoever follows the builds finds the folder up to date.
            self.write_out();
        }
        if first {
            eprintln!("Built {total} files in {elapsed} ms");
        } else {
            let shown: Vec<&str> =
                changes.written.iter().filter(|p| p.ends_with(".html")).take(5).map(String::as_str).collect();
            let more = if count > shown.len() { format!(" and {} more", count - shown.len()) } else { String::new() };
            let what = if scoped {
                format!("re-rendered {rendered_count} pages that show the edited text")
            } else {
                "full rebuild".to_string()
            };
            let shown = if shown.is_empty() { String::new() } else { format!(" ({})", shown.join(", ")) };
            eprintln!("Rebuilt in {elapsed} ms ({what}): {count} files changed{shown}{more}");
        }
        release_freed_memory();
        if books.is_some() {
            // Before pages reload: a print book asked for waits until it is rendered.
            self.books.send_replace(true);
        }
        self.status.send_modify(|s| s.publish(Vec::new(), summary));
        if let Some(scope) = books {
            self.render_books(scope);
            self.books.send_replace(false);
        }
    }

    /// Renders the print books a text edit touched, after the edit's other pages are published
    /// (a book holds its whole course: 0.3 s of an edit at 5,000 pages, against 15 ms for the
    /// rest). An open book reloads with the other pages and waits for its new version.
    fn render_books(&mut self, scope: Scope) {
        let started = Instant::now();
        let Some(prepared) = self.prepared.take() else { return };
        let previous = std::mem::take(&mut self.previous);
        let build = self.site.write().unwrap_or_else(|e| e.into_inner()).next_build();
        let rendered = render_scoped(prepared, scope, previous, &build);
        self.prepared = rendered.prepared;
        self.previous = rendered.previous;
        // Its warnings are those of the chapters it prints, reported with them.
        let mut errors: Vec<String> =
            rendered.problems.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        if let Some(stored) = build.failure() {
            errors.push(stored);
        }
        let merged = if errors.is_empty() {
            self.site.write().unwrap_or_else(|e| e.into_inner()).merge(build).map_err(|e| e.to_string())
        } else {
            build.discard();
            Err(errors.join("\n"))
        };
        match merged {
            Ok(changes) => {
                let elapsed = started.elapsed().as_millis();
                let shown = changes.written.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
                if !changes.written.is_empty() {
                    eprintln!(
                        "Re-rendered the print books in {elapsed} ms: {} files changed ({shown})",
                        changes.written.len()
                    );
                }
            }
            Err(error) => {
                eprintln!("error: {error}\nThe print books could not be re-rendered: they show the last good version.");
                let summary =
                    BuildSummary { kind: "text", rendered: 0, changed: 0, files: Vec::new(), sources: Vec::new() };
                self.fail(vec![error], summary);
            }
        }
        release_freed_memory();
    }

    /// Reports a failed build; the next build is a full one (a text edit elsewhere must not hide
    /// these errors).
    fn fail(&mut self, errors: Vec<String>, summary: BuildSummary) {
        self.prepared = None;
        release_freed_memory();
        self.status.send_modify(|s| s.publish(errors, summary));
    }

    /// Writes the served site to `--out`, if asked, through the build's atomic writer.
    fn write_out(&self) {
        let Some(out) = &self.out else { return };
        let gate = out.gate.lock().unwrap_or_else(|e| e.into_inner());
        if *gate {
            return;
        }
        // Copied from where they are stored, as the static files are.
        let files = {
            let site = self.site.read().unwrap_or_else(|e| e.into_inner());
            let mut files = site.stored();
            files.extend(site.statics().map(|(p, from)| (p.clone(), from)));
            files
        };
        let none: &[crate::output::site::OutputFile] = &[];
        match pipeline::write::write_atomically(&out.path, none, &files) {
            Ok(()) => eprintln!("Wrote the site to {}", out.path.display()),
            Err(pipeline::write::WriteError::NothingWritten(e)) => {
                eprintln!("error: cannot write the site to {} (it is unchanged): {e}", out.path.display());
            }
            Err(pipeline::write::WriteError::Leftover(path, e)) => eprintln!(
                "warning: wrote the site to {}, but the previous one could not be removed ({e}): delete {} by hand",
                out.path.display(),
                path.display()
            ),
        }
        drop(gate);
    }
}

/// Renders the pages of `scope` from the last build's site and anchors; the new headings and
/// labels join those of the documents not re-parsed.
fn render_scoped(
    prepared: pipeline::Prepared,
    scope: Scope,
    previous: Previous,
    build: &super::site::Generation,
) -> pipeline::Rendered {
    let mut options = pipeline::Options { scope: Some((scope, previous)), ..Default::default() };
    let mut rendered = pipeline::render_prepared_into(prepared, &options, build);
    if let Some((_, mut previous)) = options.scope.take() {
        let fresh = std::mem::take(&mut rendered.previous.anchors);
        for (known, fresh) in previous.anchors.iter_mut().zip(fresh) {
            known.extend(fresh);
        }
        rendered.previous.anchors = previous.anchors;
    }
    rendered
}

/// Gives the memory a build freed back to the system. The allocator (mimalloc, see `main.rs`)
/// otherwise keeps freed pages for a while in the heap of each thread that used them (one per
/// rendering thread): a long session's resident memory would climb to the peak of its largest
/// builds, and the next full build would start from there.
fn release_freed_memory() {
    // Linked here too, for the library's own test binaries.
    use mimalloc as _;
    extern "C" {
        fn mi_collect(force: bool);
    }
    // SAFETY: mi_collect has no preconditions; it only frees unused pages of the allocator.
    let collect = || unsafe { mi_collect(true) };
    // Each thread's heap: this one's, and each rendering thread's.
    collect();
    rayon::broadcast(|_| collect());
}

/// While held, the allocator gives freed memory back to the system at once rather than after
/// a short delay: a full build in a server holding its last site stays within a build's peak
/// (about 15 % lower at 20,000 pages; benches/RESULTS.md), for about 10 % more time.
struct PromptRelease {
    /// The delay before: the default, or what `MIMALLOC_PURGE_DELAY` set.
    delay: std::ffi::c_long,
}

/// mimalloc's `mi_option_purge_delay` (milliseconds; 10 by default).
const PURGE_DELAY: std::ffi::c_int = 15;

extern "C" {
    fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

impl PromptRelease {
    fn start() -> PromptRelease {
        // SAFETY: reading and setting an option have no preconditions; options are atomic.
        let delay = unsafe { mi_option_get(PURGE_DELAY) };
        unsafe { mi_option_set(PURGE_DELAY, 0) };
        PromptRelease { delay }
    }
}

impl Drop for PromptRelease {
    fn drop(&mut self) {
        // SAFETY: as above.
        unsafe { mi_option_set(PURGE_DELAY, self.delay) };
    }
}

/// `--out` as `build` accepts it: not the project, nor inside its sources, nor a folder of other
/// files (a write replaces the whole folder). Returns the folder, absolute.
pub fn check_out_dir(root: &Path, out: &Path) -> Result<PathBuf, String> {
    if let Some(problem) = pipeline::write::refuse_output(root, out) {
        let hint = problem.hint.map(|h| format!(" ({h})")).unwrap_or_default();
        return Err(format!("--out: {}{hint}", problem.message));
    }
    Ok(std::path::absolute(out).unwrap_or_else(|_| out.to_path_buf()))
}
