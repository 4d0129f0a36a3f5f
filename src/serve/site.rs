//! The site as `serve` holds it: the rendered files in memory (never written to disk), and the
//! list of static files, read from `static/` when asked for. Maps URL paths to files without
//! ever reaching outside the site.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use crate::output::site::OutputFile;

/// A rendered file and its entity tag.
#[derive(Clone)]
pub struct Page {
    pub file: Arc<OutputFile>,
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

#[derive(Default)]
pub struct Site {
    pages: BTreeMap<String, Page>,
    /// Root-relative paths of the static files (their output path is the same).
    statics: BTreeSet<String>,
    root: PathBuf,
}

impl Site {
    pub fn new(root: &Path) -> Self {
        Site { root: root.to_path_buf(), ..Default::default() }
    }

    /// Takes the files of a build. A full build replaces the site (files it did not render are
    /// gone); a scoped one replaces just the files it rendered. Unchanged files keep their tag.
    pub fn update(&mut self, files: Vec<OutputFile>, statics: Option<&BTreeSet<String>>) -> Changed {
        let mut changed = Changed::default();
        if let Some(statics) = statics {
            let fresh: BTreeSet<&String> = files.iter().map(|f| &f.path).collect();
            changed.removed = self.pages.keys().filter(|p| !fresh.contains(p)).cloned().collect();
            for path in &changed.removed {
                self.pages.remove(path);
            }
            changed.removed.extend(self.statics.difference(statics).cloned());
            changed.written.extend(statics.difference(&self.statics).cloned());
            self.statics.clone_from(statics);
        }
        for file in files {
            if self.pages.get(&file.path).is_some_and(|page| page.file.bytes == file.bytes) {
                continue;
            }
            changed.written.push(file.path.clone());
            let etag = etag(&file.bytes);
            self.pages.insert(file.path.clone(), Page { file: Arc::new(file), etag });
        }
        changed.written.sort();
        changed.removed.sort();
        changed
    }

    /// Every rendered file (to write the site to `--out`).
    pub fn files(&self) -> Vec<Arc<OutputFile>> {
        self.pages.values().map(|p| Arc::clone(&p.file)).collect()
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
        if let Some(page) = self.pages.get(&index) {
            return Found::Page(page.clone());
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

/// A weak tag (the body may be sent compressed) naming the content.
pub fn etag(bytes: &[u8]) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    format!("W/\"{:016x}{:x}\"", hasher.finish(), bytes.len())
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

    #[test]
    fn never_resolves_outside_the_output() {
        let mut site = Site::new(Path::new("/site-root"));
        site.update(vec![file("index.html", "x"), file("en/index.html", "x")], Some(&BTreeSet::new()));
        assert!(matches!(site.lookup("/"), Found::Page(p) if p.file.path == "index.html"));
        assert!(matches!(site.lookup("/en/"), Found::Page(p) if p.file.path == "en/index.html"));
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
    }

    #[test]
    fn a_build_keeps_the_tags_of_unchanged_files_and_drops_what_is_gone() {
        let mut site = Site::new(Path::new("/site-root"));
        let statics: BTreeSet<String> = ["static/a.svg".to_string()].into();
        let first = site.update(vec![file("a.html", "a"), file("b.html", "b")], Some(&statics));
        assert_eq!(first.written, ["a.html", "b.html", "static/a.svg"]);
        let Found::Page(a) = site.lookup("/a.html") else { panic!("a.html") };
        assert!(matches!(site.lookup("/static/a.svg"), Found::Static(p) if p == Path::new("/site-root/static/a.svg")));

        let scoped = site.update(vec![file("a.html", "a"), file("c.html", "c")], None);
        assert_eq!(scoped.written, ["c.html"]);
        assert!(scoped.removed.is_empty());
        let Found::Page(same) = site.lookup("/a.html") else { panic!("a.html") };
        assert_eq!(same.etag, a.etag, "unchanged content keeps its tag");

        let full = site.update(vec![file("a.html", "A")], Some(&BTreeSet::new()));
        assert_eq!(full.written, ["a.html"]);
        assert_eq!(full.removed, ["b.html", "c.html", "static/a.svg"]);
        let Found::Page(changed) = site.lookup("/a.html") else { panic!("a.html") };
        assert_ne!(changed.etag, a.etag);
        assert!(matches!(site.lookup("/b.html"), Found::Missing));
    }
}
