//! The site as `serve` holds it: the rendered files in a folder of the server's own under the
//! system's temporary folder (memory holds only their paths and tags, so that it does not grow
//! with the site), and the list of static files, read from `static/` when asked for. Maps URL
//! paths to files without ever reaching outside the site.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::Hasher;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use crate::output::site::{OutputFile, Sink};
use crate::pipeline::write::write_parts_to;

/// A rendered file, where it is stored, and its entity tag.
#[derive(Clone)]
pub struct Page {
    /// Its path in the site.
    pub path: String,
    /// Where it is stored.
    pub file: PathBuf,
    pub etag: String,
}

/// What a URL path points at.
pub enum Found {
    Page(Page),
    /// A file of `static/`, at this path on disk.
    Static(PathBuf),
    /// A folder asked for without its trailing slash: relative links need the slash.
    Redirect(String),
    Missing,
}

/// What a build changed in the served site.
#[derive(Default)]
pub struct Changed {
    /// New or changed files, sorted.
    pub written: Vec<String>,
    /// Files that are gone, sorted.
    pub removed: Vec<String>,
}

pub struct Site {
    /// Every rendered file's path and tag.
    pages: BTreeMap<String, String>,
    /// Root-relative paths of the static files (their output path is the same).
    statics: BTreeSet<String>,
    root: PathBuf,
    store: Arc<Store>,
    /// The store's folder of the files served.
    current: PathBuf,
    /// The folder served before the last full build: a request may still be reading from it.
    /// Removed at the next one.
    retired: Option<PathBuf>,
    builds: u64,
}

impl Site {
    /// An empty site, its files to be stored in a new folder under the temporary folder.
    pub fn new(root: &Path) -> io::Result<Self> {
        let store = Store::create()?;
        let current = store.dir.join("0");
        Ok(Site {
            pages: BTreeMap::new(),
            statics: BTreeSet::new(),
            root: root.to_path_buf(),
            store,
            current,
            retired: None,
            builds: 0,
        })
    }

    /// The folder where files are stored: removed with [`Store::close`] when the server stops.
    pub fn store(&self) -> Arc<Store> {
        Arc::clone(&self.store)
    }

    /// Where a build writes its files as they are rendered: a new folder, which
    /// [`Site::install`] (a full build) or [`Site::merge`] (a scoped one) then serves.
    pub fn next_build(&mut self) -> Generation {
        self.builds += 1;
        Generation {
            store: Arc::clone(&self.store),
            dir: self.store.dir.join(self.builds.to_string()),
            tags: Mutex::new(Vec::new()),
            failed: Mutex::new(None),
        }
    }

    /// Serves a full build's files instead of the last ones (files it did not render are gone)
    /// and `statics` as the static files. Unchanged files keep their tag.
    pub fn install(&mut self, build: Generation, statics: &BTreeSet<String>) -> Changed {
        let Generation { dir, tags, .. } = build;
        let pages: BTreeMap<String, String> =
            tags.into_inner().unwrap_or_else(|e| e.into_inner()).into_iter().collect();
        let mut changed = Changed {
            written: (pages.iter())
                .filter(|(path, tag)| self.pages.get(*path) != Some(tag))
                .map(|(path, _)| path.clone())
                .collect(),
            removed: self.pages.keys().filter(|p| !pages.contains_key(*p)).cloned().collect(),
        };
        changed.removed.extend(self.statics.difference(statics).cloned());
        changed.written.extend(statics.difference(&self.statics).cloned());
        changed.written.sort();
        changed.removed.sort();
        self.pages = pages;
        self.statics.clone_from(statics);
        if let Some(old) = self.retired.take() {
            self.store.remove(&old);
        }
        self.retired = Some(std::mem::replace(&mut self.current, dir));
        changed
    }

    /// Takes the files of a scoped build: each replaces the file of its path, if it differs
    /// (moved into the folder served: a request reads the old file or the new one).
    pub fn merge(&mut self, build: Generation) -> io::Result<Changed> {
        let mut changed = Changed::default();
        let tags = std::mem::take(&mut *build.tags.lock().unwrap_or_else(|e| e.into_inner()));
        let moved = tags.into_iter().try_for_each(|(path, tag)| -> io::Result<()> {
            if self.pages.get(&path) == Some(&tag) {
                return Ok(());
            }
            let target = self.current.join(&path);
            self.store.guarded(|| {
                if let Some(folder) = target.parent() {
                    std::fs::create_dir_all(folder)?;
                }
                std::fs::rename(build.dir.join(&path), &target)
            })?;
            changed.written.push(path.clone());
            self.pages.insert(path, tag);
            Ok(())
        });
        // What is left is unchanged (or, after a failure, not needed).
        build.discard();
        moved?;
        changed.written.sort();
        Ok(changed)
    }

    /// Every rendered file (site path, where it is stored): to write the site to `--out`.
    pub fn stored(&self) -> Vec<(String, PathBuf)> {
        self.pages.keys().map(|p| (p.clone(), self.current.join(p))).collect()
    }

    pub fn statics(&self) -> impl Iterator<Item = (&String, PathBuf)> {
        self.statics.iter().map(|p| (p, self.root.join(p)))
    }

    pub fn len(&self) -> usize {
        self.pages.len() + self.statics.len()
    }

    /// The file a URL path points at: `/` and `/en/` are their folder's `index.html`.
    pub fn lookup(&self, url_path: &str) -> Found {
        let Some(path) = resolve(url_path) else {
            return Found::Missing;
        };
        let index = if path.is_empty() || path.ends_with('/') { format!("{path}index.html") } else { path };
        if let Some(tag) = self.pages.get(&index) {
            let file = self.current.join(&index);
            return Found::Page(Page { path: index, file, etag: tag.clone() });
        }
        if self.statics.contains(&index) {
            return Found::Static(self.root.join(&index));
        }
        if self.pages.contains_key(&format!("{index}/index.html")) {
            // Built from the clean path: `//host` must not become a redirect to another site.
            return Found::Redirect(format!("/{index}/"));
        }
        Found::Missing
    }
}

/// What the name of a store starts with, followed by the server's process id.
const STORE_PREFIX: &str = "coursebook-serve-";

/// Removes the stores of servers that were killed (their process is gone).
fn remove_stale_stores(temp: &Path) {
    let Ok(entries) = std::fs::read_dir(temp) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix(STORE_PREFIX).and_then(|rest| rest.split('-').next()) else { continue };
        let Ok(pid) = pid.parse::<u32>() else { continue };
        if pid != std::process::id() && !crate::pipeline::write::process_alive(pid) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// The server's folder of rendered files (`coursebook-serve-<pid>-*` in the temporary folder).
pub struct Store {
    dir: PathBuf,
    /// Set when the server stops: from then on nothing is written, and the folder is gone.
    closed: RwLock<bool>,
}

impl Store {
    fn create() -> io::Result<Arc<Store>> {
        remove_stale_stores(&std::env::temp_dir());
        let prefix = format!("{STORE_PREFIX}{}-", std::process::id());
        let dir = tempfile::Builder::new().prefix(&prefix).tempdir()?.keep();
        Ok(Arc::new(Store { dir, closed: RwLock::new(false) }))
    }

    /// Runs `write` unless the store is closed; a close waits for writes under way.
    fn guarded(&self, write: impl FnOnce() -> io::Result<()>) -> io::Result<()> {
        let closed = self.closed.read().unwrap_or_else(|e| e.into_inner());
        if *closed {
            return Ok(());
        }
        write()
    }

    fn remove(&self, folder: &Path) {
        let _ = self.guarded(|| std::fs::remove_dir_all(folder));
    }

    /// Removes the folder, once the writes under way are done; nothing is written after.
    pub fn close(&self) {
        let mut closed = self.closed.write().unwrap_or_else(|e| e.into_inner());
        *closed = true;
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A build's files, written into a folder of their own as they are rendered, so that the last
/// good site is served until the build is known to be good.
pub struct Generation {
    store: Arc<Store>,
    dir: PathBuf,
    /// Each file's path and tag.
    tags: Mutex<Vec<(String, String)>>,
    /// The first write that failed (later files are not written).
    failed: Mutex<Option<io::Error>>,
}

impl Generation {
    /// Why the build's files could not all be stored, if so.
    pub fn failure(&self) -> Option<String> {
        let failed = self.failed.lock().unwrap_or_else(|e| e.into_inner());
        failed.as_ref().map(|e| format!("cannot store the preview's files in {}: {e}", self.dir.display()))
    }

    /// How many files are stored.
    pub fn len(&self) -> usize {
        self.tags.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// Removes what a failed build stored.
    pub fn discard(self) {
        self.store.remove(&self.dir);
    }

    fn store_file(&self, path: &str, parts: &mut dyn Iterator<Item = Vec<u8>>) {
        // Every part is taken, even after a failure (producing them reports the page's problems).
        if self.failed.lock().unwrap_or_else(|e| e.into_inner()).is_some() {
            parts.for_each(drop);
            return;
        }
        let mut tag = Tag::default();
        let target = self.dir.join(path);
        let written = self.store.guarded(|| write_parts_to(&target, &mut *parts, |part| tag.add(part)));
        // Taken by now, unless the store closed.
        parts.for_each(drop);
        match written {
            Ok(()) => self.tags.lock().unwrap_or_else(|e| e.into_inner()).push((path.to_string(), tag.finish())),
            Err(e) => {
                self.failed.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(e);
            }
        }
    }
}

impl Sink for Generation {
    fn put(&self, file: OutputFile) -> Option<OutputFile> {
        self.store_file(&file.path, &mut std::iter::once(file.bytes));
        None
    }

    fn put_parts(&self, path: &str, parts: &mut dyn Iterator<Item = Vec<u8>>) -> Option<OutputFile> {
        self.store_file(path, parts);
        None
    }
}

/// The tag of a file's content, taken in parts as it is written (the same for the same bytes
/// however they are cut).
#[derive(Default)]
struct Tag {
    hasher: DefaultHasher,
    len: usize,
}

impl Tag {
    fn add(&mut self, bytes: &[u8]) {
        self.hasher.write(bytes);
        self.len += bytes.len();
    }

    /// A weak tag (the body may be sent compressed) naming the content.
    fn finish(&self) -> String {
        format!("W/\"{:016x}{:x}\"", self.hasher.finish(), self.len)
    }
}

/// The site-relative path of a URL path (`folder/` for a folder), or `None` when it could leave
/// the site: `..` (also encoded as `%2e%2e`), absolute, Windows-style and NUL paths are refused.
pub fn resolve(url_path: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(url_path).decode_utf8().ok()?;
    if decoded.contains('\0') || decoded.contains('\\') {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => return None,
            p => {
                if Path::new(p).components().any(|c| !matches!(c, Component::Normal(_))) || p.contains(':') {
                    return None;
                }
                parts.push(p);
            }
        }
    }
    let mut path = parts.join("/");
    if decoded.ends_with('/') && !path.is_empty() {
        path.push('/');
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile { path: path.into(), bytes: text.as_bytes().to_vec() }
    }

    /// A full build of `files` installed in `site`.
    fn full(site: &mut Site, files: &[(&str, &str)], statics: &BTreeSet<String>) -> Changed {
        let build = site.next_build();
        for (path, text) in files {
            build.put(file(path, text));
        }
        assert!(build.failure().is_none());
        site.install(build, statics)
    }

    /// A scoped build of `files` merged into `site`.
    fn scoped(site: &mut Site, files: &[(&str, &str)]) -> Changed {
        let build = site.next_build();
        for (path, text) in files {
            build.put(file(path, text));
        }
        site.merge(build).unwrap()
    }

    fn stored(site: &Site, url: &str) -> (String, String) {
        let Found::Page(page) = site.lookup(url) else { panic!("{url} is not a page") };
        (std::fs::read_to_string(&page.file).unwrap(), page.etag)
    }

    #[test]
    fn never_resolves_outside_the_output() {
        let mut site = Site::new(Path::new("/site-root")).unwrap();
        full(&mut site, &[("index.html", "x"), ("en/index.html", "x")], &BTreeSet::new());
        assert!(matches!(site.lookup("/"), Found::Page(p) if p.path == "index.html"));
        assert!(matches!(site.lookup("/en/"), Found::Page(p) if p.path == "en/index.html"));
        assert!(matches!(site.lookup("/en"), Found::Redirect(to) if to == "/en/"));
        assert!(matches!(site.lookup("//en"), Found::Redirect(to) if to == "/en/"));
        for bad in [
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/en/%2E%2E/../secret.txt",
            "//etc/passwd",
            "/..%2fsecret.txt",
            "/en/..\\..\\secret.txt",
            "/C:/Windows/win.ini",
            "/en/index.html%00.txt",
        ] {
            assert!(matches!(site.lookup(bad), Found::Missing), "{bad}");
        }
        assert_eq!(resolve("/../secret.txt"), None);
        assert_eq!(resolve("/%2e%2e/secret.txt"), None);
        assert_eq!(resolve("/a/./b%20c.html").as_deref(), Some("a/b c.html"));
        site.store().close();
    }

    #[test]
    fn a_build_keeps_the_tags_of_unchanged_files_and_drops_what_is_gone() {
        let mut site = Site::new(Path::new("/site-root")).unwrap();
        let statics: BTreeSet<String> = ["static/a.svg".to_string()].into();
        let first = full(&mut site, &[("a.html", "a"), ("b.html", "b")], &statics);
        assert_eq!(first.written, ["a.html", "b.html", "static/a.svg"]);
        let (text, a) = stored(&site, "/a.html");
        assert_eq!(text, "a");
        assert!(matches!(site.lookup("/static/a.svg"), Found::Static(p) if p == Path::new("/site-root/static/a.svg")));

        let second = scoped(&mut site, &[("a.html", "a"), ("c.html", "c")]);
        assert_eq!(second.written, ["c.html"]);
        assert!(second.removed.is_empty());
        assert_eq!(stored(&site, "/a.html").1, a, "unchanged content keeps its tag");
        assert_eq!(stored(&site, "/c.html").0, "c");

        let edited = scoped(&mut site, &[("c.html", "C")]);
        assert_eq!(edited.written, ["c.html"]);
        assert_eq!(stored(&site, "/c.html").0, "C");

        let again = full(&mut site, &[("a.html", "A"), ("c.html", "C")], &BTreeSet::new());
        assert_eq!(again.written, ["a.html"]);
        assert_eq!(again.removed, ["b.html", "static/a.svg"]);
        let (text, changed) = stored(&site, "/a.html");
        assert_eq!(text, "A");
        assert_ne!(changed, a);
        assert!(matches!(site.lookup("/b.html"), Found::Missing));
        site.store().close();
    }

    #[test]
    fn files_are_stored_on_disk_until_the_store_closes() {
        let mut site = Site::new(Path::new("/site-root")).unwrap();
        full(&mut site, &[("en/one.html", "one")], &BTreeSet::new());
        let Found::Page(page) = site.lookup("/en/one.html") else { panic!("one.html") };
        // Parts are stored as the file they make, with the same tag.
        let build = site.next_build();
        build.put_parts("en/one.html", &mut ["o", "n", "e"].into_iter().map(|p| p.as_bytes().to_vec()));
        let changed = site.install(build, &BTreeSet::new());
        assert!(changed.written.is_empty(), "the same content in parts is unchanged");
        assert_eq!(stored(&site, "/en/one.html"), ("one".to_string(), page.etag.clone()));
        // The folder served two full builds ago is gone; the one before stays for readers.
        let folders = |site: &Site| std::fs::read_dir(&site.store().dir).unwrap().count();
        full(&mut site, &[("en/one.html", "one")], &BTreeSet::new());
        assert_eq!(folders(&site), 2);
        // A failed build leaves nothing.
        let failed = site.next_build();
        failed.put(file("en/two.html", "two"));
        failed.discard();
        assert_eq!(folders(&site), 2);
        let store = site.store();
        store.close();
        assert!(!store.dir.exists());
        // Nothing is written after.
        scoped(&mut site, &[("en/three.html", "3")]);
        assert!(!store.dir.exists());
    }
}
