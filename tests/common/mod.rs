//! Helpers shared by the integration tests: run the binary, read built pages, check links.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn bin() -> Command {
    Command::new(exe())
}

/// The binary under test: COURSEBOOK_BIN (relative to the repository root) when set, as for the
/// browser tests (e.g. a copy, when a shared target folder may be rebuilt by another checkout
/// while the tests run), else the one cargo built for these tests.
pub fn exe() -> PathBuf {
    match std::env::var_os("COURSEBOOK_BIN") {
        Some(path) => repo_root().join(path),
        None => PathBuf::from(env!("CARGO_BIN_EXE_coursebook")),
    }
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A program that checks an output as its real users' software reads it (a parser, a
/// validator): a clear failure, never a skip, when it is missing.
pub fn tool(name: &str, package: &str) -> Command {
    let found = Command::new(name).arg("--version").output();
    assert!(
        found.is_ok_and(|o| o.status.success()),
        "`{name}` is missing: install the Debian package `{package}` (tests/setup.sh does), then cargo test again"
    );
    Command::new(name)
}

/// The standard output of a poppler tool (`pdftotext`, `pdfinfo`, `pdftoppm` ...), which must
/// succeed; a clear failure when poppler-utils is missing (these tools have no `--version`).
pub fn poppler(name: &str, args: &[&str]) -> String {
    let o = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {name} ({e}): install poppler-utils (tests/setup.sh does)"));
    assert!(o.status.success(), "{name}: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Forgets that a translation was reviewed: its line leaves `locales/<locale>/translation-record.yaml`.
pub fn forget_review(root: &Path, locale: &str, relative: &str) {
    let record = root.join("locales").join(locale).join("translation-record.yaml");
    let kept: String = (std::fs::read_to_string(&record).unwrap().lines())
        .filter(|l| !l.contains(relative))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&record, kept).unwrap();
}

/// Runs git in `dir` as a test user, on a `main` branch; fails the test when git fails.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let o = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main"])
        .args(args)
        .output()
        .expect("`git` is missing: install the Debian package `git`");
    assert!(o.status.success(), "git {args:?}: {}", stderr(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).env("NO_COLOR", "1").output().expect("run coursebook")
}

pub fn build(root: &Path, out: &Path) -> Output {
    run(&["build", "--root", root.to_str().unwrap(), "--out", out.to_str().unwrap()])
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn read(out: &Path, page: &str) -> String {
    std::fs::read_to_string(out.join(page)).unwrap_or_else(|e| panic!("read {page}: {e}"))
}

/// Copies a directory tree (for tests that modify a fixture).
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// All files under `dir` with their bytes, keyed by relative path.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect()
}

/// Values of `attr=` in (possibly minified) HTML: quoted or unquoted.
pub fn attribute_values(html: &str, attr: &str) -> Vec<String> {
    let mut values = Vec::new();
    let needle = format!(" {attr}=");
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        let value = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
            _ => rest.split([' ', '>']).next().unwrap_or(""),
        };
        values.push(value.replace("&amp;", "&"));
    }
    values
}

/// Every internal `href`/`src` in every HTML page under `out` must point at an existing file,
/// and every `#fragment` at an existing id. Returns the broken links.
pub fn broken_links(out: &Path) -> Vec<String> {
    let pages: Vec<PathBuf> = walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.into_path())
        .collect();
    let mut ids: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
    for p in &pages {
        let html = std::fs::read_to_string(p).unwrap();
        ids.insert(p.clone(), attribute_values(&html, "id").into_iter().collect());
    }
    let mut broken = Vec::new();
    for p in &pages {
        if p.ends_with("404.html") {
            continue; // served at any depth; its links are checked by hand
        }
        let html = std::fs::read_to_string(p).unwrap();
        let mut links = attribute_values(&html, "href");
        links.extend(attribute_values(&html, "src"));
        for link in links {
            if link.contains("://") || link.starts_with("mailto:") || link.starts_with("data:") {
                continue;
            }
            let (path, fragment) = match link.split_once('#') {
                Some((p, f)) => (p.to_string(), Some(f.to_string())),
                None => (link.clone(), None),
            };
            let target = if path.is_empty() { p.clone() } else { normalize(&p.parent().unwrap().join(&path)) };
            if !target.is_file() {
                broken.push(format!("{}: {link} (no file)", p.strip_prefix(out).unwrap().display()));
                continue;
            }
            if let Some(f) = fragment {
                let known = ids.get(&target).is_some_and(|s| s.contains(&f));
                if !known {
                    broken.push(format!("{}: {link} (no anchor)", p.strip_prefix(out).unwrap().display()));
                }
            }
        }
    }
    broken
}

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}
