//! Writing a site: into a fresh folder beside the output, then swapped in with one atomic
//! exchange, so readers and a failed or killed build never see a half-written site and never
//! lose the last good one. The output folder is checked first: no flag can make a build replace
//! the project or its sources.
//!
//! The swap is `renameat2(RENAME_EXCHANGE)` on Linux and `renameatx_np(RENAME_SWAP)` on macOS
//! (through rustix). Elsewhere, and on file systems that refuse the exchange, it falls back to
//! two renames (old out of the way, new in); a crash between them leaves the new site in the
//! staging folder and the old one beside it, and the next build puts things right.
//!
//! Single files (exports) are written beside their target and renamed into place, never into
//! the sources.

use std::borrow::Borrow;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::output::site::{OutputFile, Sink};

/// The file that marks a folder as written by coursebook (so a later build may replace it).
pub const MARKER: &str = ".coursebook-output";
const MARKER_TEXT: &str = "This folder is written by `coursebook build`; every build replaces all of it.\n";

/// Folders of the project that hold sources; output may not go into them.
/// The folders of a site's sources: no build, export or file a flag names is written into them.
pub const SOURCE_DIRS: &[&str] = &["curriculum", "locales", "themes", "static"];

/// Why a build may not write to a folder (exit code 2).
pub fn refuse_output(root: &Path, out: &Path) -> Option<Diagnostic> {
    let root_abs = absolute(root);
    let out_abs = absolute(out);
    let shown = out.display().to_string();
    let refuse = |message: String, hint: &str| Some(Diagnostic::error(shown.clone(), 0, 0, message).with_hint(hint));
    if out_abs == root_abs || root_abs.starts_with(&out_abs) {
        return refuse(
            format!("the output folder `{shown}` contains the project: a build replaces its output folder entirely"),
            "choose a folder of its own, e.g. `--out public` (the default)",
        );
    }
    for dir in SOURCE_DIRS {
        let sources = root_abs.join(dir);
        if out_abs == sources || out_abs.starts_with(&sources) {
            return refuse(
                format!("the output folder `{shown}` is inside `{dir}/`, which holds your sources"),
                "choose a folder outside curriculum/, locales/, themes/ and static/, e.g. `--out public`",
            );
        }
    }
    match fs::symlink_metadata(&out_abs) {
        Ok(meta) if !meta.is_dir() => {
            refuse(format!("`{shown}` exists and is not a folder"), "remove it, or choose another output folder")
        }
        Ok(_) if !is_empty_dir(&out_abs) && !is_coursebook_output(&out_abs) => refuse(
            format!("`{shown}` is not empty and was not written by coursebook: a build would delete what is in it"),
            "choose an empty or new folder; to reuse this one, empty it first",
        ),
        _ => None,
    }
}

/// Why files (PDFs, zips) may not be written into `out`: it is the project or contains it, or
/// it lies in a folder of sources (exit code 2). Unlike a site's folder, `out` is not replaced:
/// only the named files in it are.
pub fn refuse_file_output(root: &Path, out: &Path) -> Option<Diagnostic> {
    let root_abs = absolute(root);
    let out_abs = absolute(out);
    let shown = out.display().to_string();
    let refuse = |message: String, hint: &str| Some(Diagnostic::error(shown.clone(), 0, 0, message).with_hint(hint));
    if root_abs.starts_with(&out_abs) && root_abs != out_abs {
        return refuse(
            format!("the output folder `{shown}` contains the project"),
            "choose a folder inside the project, e.g. the default, or one of its own",
        );
    }
    for dir in SOURCE_DIRS {
        let sources = root_abs.join(dir);
        if out_abs == sources || out_abs.starts_with(&sources) {
            return refuse(
                format!("the output folder `{shown}` is inside `{dir}/`, which holds your sources"),
                "choose a folder outside curriculum/, locales/, themes/ and static/",
            );
        }
    }
    if out_abs == root_abs {
        return refuse(
            format!("the output folder `{shown}` is the project itself"),
            "choose a folder of its own, e.g. the default",
        );
    }
    match fs::symlink_metadata(&out_abs) {
        Ok(meta) if !meta.is_dir() => {
            refuse(format!("`{shown}` exists and is not a folder"), "remove it, or choose another output folder")
        }
        _ => None,
    }
}

/// Writes one file into `dir` (created if missing) so that readers never see half of it: into a
/// temporary file beside it, then renamed over any previous version.
pub fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let path = dir.join(name);
    let temporary = dir.join(format!(".{name}.writing-{}", std::process::id()));
    fs::write(&temporary, bytes).and_then(|_| fs::rename(&temporary, &path)).inspect_err(|_| {
        let _ = fs::remove_file(&temporary);
    })?;
    Ok(path)
}

fn is_empty_dir(dir: &Path) -> bool {
    fs::read_dir(dir).map(|mut entries| entries.next().is_none()).unwrap_or(false)
}

/// Written by coursebook: it has the marker, or (output of versions before the marker) the
/// sitemap and theme assets every build writes, and nothing that looks like sources.
fn is_coursebook_output(dir: &Path) -> bool {
    dir.join(MARKER).is_file()
        || (dir.join("sitemap.xml").is_file()
            && dir.join("assets/site.css").is_file()
            && !SOURCE_DIRS.iter().any(|d| dir.join(d).exists()))
}

/// `path` made absolute and normalised (`..` resolved), following symbolic links of the part that
/// exists, so that two spellings of one folder compare equal.
fn absolute(path: &Path) -> PathBuf {
    let joined =
        if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(path) };
    let mut normal = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                normal.pop();
            }
            Component::CurDir => {}
            other => normal.push(other),
        }
    }
    // Canonicalise the longest existing prefix.
    let mut existing = normal.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name().map(|n| n.to_os_string()), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut result = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        result.push(name);
    }
    result
}

/// What writing did, for messages that tell the truth.
#[derive(Debug)]
pub enum WriteError {
    /// Nothing changed: the previous site (if any) is as it was.
    NothingWritten(io::Error),
    /// The new site is in place, but the old one could not be removed (where it is named).
    Leftover(PathBuf, io::Error),
}

/// Writes `files` and copies `statics` (output path, source path) to `out` atomically (outputs
/// made in memory, such as `i18n export`'s catalogs, or held by `serve` and written with `--out`).
pub fn write_atomically<F: Borrow<OutputFile> + Sync>(
    out: &Path,
    files: &[F],
    statics: &[(String, PathBuf)],
) -> Result<(), WriteError> {
    let staging = Staging::new(out);
    files
        .par_iter()
        .map(Borrow::borrow)
        .try_for_each(|f: &OutputFile| staging.write(&f.path, &f.bytes))
        .map_err(WriteError::NothingWritten)?;
    staging.finish(statics)
}

/// A build's staging folder beside the output. Files are written into it as they are rendered
/// (so a build holds no page longer than it takes to write it); [`Staging::finish`] swaps it in.
/// Dropped unfinished (a build with errors), it is removed and the previous site stays as it was.
pub struct Staging {
    out: PathBuf,
    parent: PathBuf,
    name: String,
    dir: PathBuf,
    /// Created on the first write: whether the output's parent folder existed before.
    created: OnceLock<io::Result<bool>>,
    finished: bool,
}

impl Staging {
    /// Nothing is created until the first file is written.
    pub fn new(out: &Path) -> Staging {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
        let dir = parent.join(format!(".{name}.building-{}", std::process::id()));
        Staging { out: out.to_path_buf(), parent, name, dir, created: OnceLock::new(), finished: false }
    }

    fn create(&self) -> io::Result<()> {
        let created = self.created.get_or_init(|| {
            let parent_existed = self.parent.is_dir();
            fs::create_dir_all(&self.parent)?;
            remove_stale(&self.parent, &self.name);
            if self.dir.exists() {
                fs::remove_dir_all(&self.dir)?;
            }
            fs::create_dir(&self.dir)?;
            Ok(parent_existed)
        });
        match created {
            Ok(_) => Ok(()),
            Err(e) => Err(io::Error::new(e.kind(), e.to_string())),
        }
    }

    /// Writes one file (`path` relative to the site root), creating its folder when needed.
    pub fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        self.create()?;
        let target = self.dir.join(path);
        match fs::write(&target, bytes) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if let Some(folder) = target.parent() {
                    fs::create_dir_all(folder)?;
                }
                fs::write(&target, bytes)
            }
            other => other,
        }
    }

    /// Writes one file given in parts, each written as it comes. Every part is taken, even
    /// after a failed write (producing them reports the page's problems).
    pub fn write_parts(&self, path: &str, parts: &mut dyn Iterator<Item = Vec<u8>>) -> io::Result<()> {
        if let Err(e) = self.create() {
            parts.for_each(drop);
            return Err(e);
        }
        write_parts_to(&self.dir.join(path), parts, |_| {})
    }

    /// Copies `statics` (output path, source path), marks the tree complete and swaps it in.
    pub fn finish(mut self, statics: &[(String, PathBuf)]) -> Result<(), WriteError> {
        use WriteError::NothingWritten;
        self.create().map_err(NothingWritten)?;
        statics.par_iter().try_for_each(|(to, from)| self.copy(from, to)).map_err(NothingWritten)?;
        // Last, so that a tree with the marker is a complete one.
        fs::write(self.dir.join(MARKER), MARKER_TEXT).map_err(NothingWritten)?;
        self.finished = true;
        let (staging, out, parent, name) = (&self.dir, &self.out, &self.parent, &self.name);
        if !out.exists() {
            return fs::rename(staging, out).map_err(|e| {
                let _ = fs::remove_dir_all(staging);
                NothingWritten(e)
            });
        }
        // The old site goes where the new one was, in one step; then it is deleted.
        if let Err(e) = exchange(staging, out) {
            let previous = parent.join(format!(".{name}.previous-{}", std::process::id()));
            if fs::rename(out, &previous).is_err() {
                let _ = fs::remove_dir_all(staging);
                return Err(NothingWritten(e));
            }
            if let Err(e) = fs::rename(staging, out) {
                let _ = fs::rename(&previous, out);
                let _ = fs::remove_dir_all(staging);
                return Err(NothingWritten(e));
            }
            return fs::remove_dir_all(&previous).map_err(|e| WriteError::Leftover(previous, e));
        }
        fs::remove_dir_all(staging).map_err(|e| WriteError::Leftover(staging.clone(), e))
    }

    fn copy(&self, from: &Path, to: &str) -> io::Result<()> {
        let target = self.dir.join(to);
        if let Some(folder) = target.parent() {
            fs::create_dir_all(folder)?;
        }
        fs::copy(from, target).map(|_| ())
    }
}

/// Writes a new file at `target` (its folders made as needed) from `parts` in order, each seen by
/// `each` first. Every part is taken, even after a failed write (producing them reports the
/// page's problems).
pub(crate) fn write_parts_to(
    target: &Path,
    parts: &mut dyn Iterator<Item = Vec<u8>>,
    mut each: impl FnMut(&[u8]),
) -> io::Result<()> {
    use std::io::Write;
    let opened = target.parent().map_or(Ok(()), fs::create_dir_all).and_then(|()| fs::File::create(target));
    let mut result = opened.map(io::BufWriter::new);
    for part in parts {
        each(&part);
        if let Ok(file) = &mut result {
            if let Err(e) = file.write_all(&part) {
                result = Err(e);
            }
        }
    }
    result?.flush()
}

/// The sink of a build: each file is written into the staging folder as soon as it is rendered,
/// then dropped. The first failure is kept (and later files are not written).
pub struct StagingSink<'a> {
    staging: &'a Staging,
    failed: Mutex<Option<io::Error>>,
    files: AtomicUsize,
    pages: AtomicUsize,
}

impl<'a> StagingSink<'a> {
    pub fn new(staging: &'a Staging) -> StagingSink<'a> {
        StagingSink { staging, failed: Mutex::new(None), files: AtomicUsize::new(0), pages: AtomicUsize::new(0) }
    }

    /// Files written, and of them HTML pages.
    pub fn counts(&self) -> (usize, usize) {
        (self.files.load(Ordering::Relaxed), self.pages.load(Ordering::Relaxed))
    }

    /// The first write that failed.
    pub fn failure(self) -> Option<io::Error> {
        self.failed.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl StagingSink<'_> {
    fn failed(&self) -> std::sync::MutexGuard<'_, Option<io::Error>> {
        self.failed.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn count(&self, path: &str, written: io::Result<()>) {
        match written {
            Ok(()) => {
                self.files.fetch_add(1, Ordering::Relaxed);
                if path.ends_with(".html") {
                    self.pages.fetch_add(1, Ordering::Relaxed);
                }
            }
            Err(e) => {
                self.failed().get_or_insert(e);
            }
        }
    }
}

impl Sink for StagingSink<'_> {
    fn put(&self, file: OutputFile) -> Option<OutputFile> {
        if self.failed().is_none() {
            self.count(&file.path, self.staging.write(&file.path, &file.bytes));
        }
        None
    }

    fn put_parts(&self, path: &str, parts: &mut dyn Iterator<Item = Vec<u8>>) -> Option<OutputFile> {
        if self.failed().is_some() {
            parts.for_each(drop);
        } else {
            self.count(path, self.staging.write_parts(path, parts));
        }
        None
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        if let Some(Ok(parent_existed)) = self.created.get() {
            let _ = fs::remove_dir_all(&self.dir);
            if !parent_existed {
                // Only if empty: the folder this build made for its output, nothing else.
                let _ = fs::remove_dir(&self.parent);
            }
        }
    }
}

#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn exchange(_a: &Path, _b: &Path) -> io::Result<()> {
    Err(io::Error::new(io::ErrorKind::Unsupported, "no atomic exchange on this system"))
}

/// Removes staging and previous folders left by builds that were killed: their process is gone.
/// A killed build between the fallback's two renames left no site at `out`: its new site (in the
/// staging folder) is moved into place first.
fn remove_stale(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else { return };
    let out = parent.join(name);
    let mut stale: Vec<(PathBuf, bool)> = Vec::new();
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file_name.strip_prefix(&format!(".{name}.")) else { continue };
        let (kind, pid) = match rest.split_once('-') {
            Some((kind @ ("building" | "previous"), pid)) => (kind, pid),
            _ => continue,
        };
        let Ok(pid) = pid.parse::<u32>() else { continue };
        if pid != std::process::id() && !process_alive(pid) {
            stale.push((entry.path(), kind == "building"));
        }
    }
    for (path, is_staging) in stale {
        if !out.exists() && !is_staging && path.join(MARKER).is_file() {
            // The old site, moved aside by an interrupted fallback swap: better than nothing.
            let _ = fs::rename(&path, &out);
            continue;
        }
        let _ = fs::remove_dir_all(&path);
    }
}

/// Whether a process of that id is running (a folder named after a dead one is stale).
#[cfg(unix)]
pub(crate) fn process_alive(pid: u32) -> bool {
    let Ok(pid) = i32::try_from(pid) else { return false };
    match rustix::process::Pid::from_raw(pid) {
        Some(pid) => rustix::process::test_kill_process(pid).is_ok_and(|_| !is_zombie(pid.as_raw_nonzero().get())),
        None => false,
    }
}

/// A killed process whose parent has not collected it yet still "exists"; it is not running.
#[cfg(unix)]
fn is_zombie(pid: i32) -> bool {
    fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| stat.rsplit_once(')').map(|(_, rest)| rest.trim_start().starts_with('Z')))
        .unwrap_or(false)
}

#[cfg(not(unix))]
pub(crate) fn process_alive(_pid: u32) -> bool {
    // Without a way to ask, a folder is left alone: it may belong to a running build.
    true
}

/// Refuses an output inside the site's sources, a folder, or an existing file that is not a
/// previous export of the same kind (`ext`, and `was_exported` recognises its content): it could
/// be a user's own file.
pub fn check_export_path(
    root: &Path,
    out: &Path,
    ext: &str,
    was_exported: &dyn Fn(&Path) -> bool,
) -> Result<(), String> {
    let absolute = resolved(out);
    let root = resolved(root);
    for dir in SOURCE_DIRS {
        if absolute.starts_with(root.join(dir)) {
            return Err(format!(
                "refusing to write {} inside {dir}/: exports never go into the site's sources (choose another -o)",
                out.display()
            ));
        }
    }
    if absolute.is_dir() {
        return Err(format!("{} is a folder: give a file name with -o", out.display()));
    }
    let same_kind = absolute.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext));
    if absolute.exists() && !same_kind {
        return Err(format!(
            "{} exists and is not a .{ext} file: refusing to overwrite it (choose another -o)",
            out.display()
        ));
    }
    if absolute.exists() && !was_exported(&absolute) {
        return Err(format!(
            "{} exists and was not written by `coursebook export`: refusing to overwrite it (choose another -o, or remove the file)",
            out.display()
        ));
    }
    Ok(())
}

/// `path` made absolute, with symbolic links of its existing part resolved and `.`/`..` removed.
fn resolved(path: &Path) -> PathBuf {
    let absolute =
        if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(path) };
    let mut clean = PathBuf::new();
    for c in absolute.components() {
        match c {
            Component::ParentDir => {
                clean.pop();
            }
            Component::CurDir => {}
            c => clean.push(c),
        }
    }
    // Resolve the longest existing prefix (a symbolic link into curriculum/ must not pass).
    let mut existing = clean.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match existing.file_name() {
            Some(name) => rest.push(name.to_os_string()),
            None => break,
        }
        if !existing.pop() {
            break;
        }
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        out.push(name);
    }
    out
}

/// Writes `bytes` to a temporary file beside `out`, then renames it into place: whatever
/// happens meanwhile (a full disk, a crash, power lost), `out` holds either its old text or the
/// new, never part of it. Used for every file a command writes among a user's sources, and for
/// exports. A file replaced keeps its permissions.
pub fn write_file_atomically(out: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)?;
    // A hidden name: `serve` and editors' watchers ignore it.
    let mut file = tempfile::Builder::new().prefix(".coursebook-").tempfile_in(&dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    // A temporary file is private (0600); the file it replaces keeps its own permissions, and a
    // new one is an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let permissions =
            std::fs::metadata(out).map(|m| m.permissions()).unwrap_or(std::fs::Permissions::from_mode(0o644));
        file.as_file().set_permissions(permissions)?;
    }
    file.persist(out).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_the_project_its_parent_and_its_sources() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        for d in SOURCE_DIRS {
            fs::create_dir_all(root.join(d)).unwrap();
        }
        for bad in [
            root.clone(),
            tmp.path().to_path_buf(),
            root.join("curriculum"),
            root.join("static/site"),
            root.join("locales/../themes/x"),
        ] {
            assert!(refuse_output(&root, &bad).is_some(), "{}", bad.display());
        }
        assert!(refuse_output(&root, &root.join("public")).is_none());
        fs::create_dir_all(root.join("notes")).unwrap();
        fs::write(root.join("notes/todo.txt"), "x").unwrap();
        assert!(refuse_output(&root, &root.join("notes")).unwrap().message.contains("was not written by coursebook"));
    }

    #[test]
    fn pages_written_as_rendered_appear_only_after_the_swap() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        write_atomically(&out, &[OutputFile { path: "old.html".into(), bytes: b"old".to_vec() }], &[]).unwrap();
        let staging = Staging::new(&out);
        let sink = StagingSink::new(&staging);
        let page = |path: &str| OutputFile { path: path.into(), bytes: path.as_bytes().to_vec() };
        assert!(sink.put(page("en/course/ch-1.html")).is_none(), "a build keeps no page");
        sink.put(page("en/search/t0.js"));
        assert_eq!(sink.counts(), (2, 1));
        // Readers still see the previous site until the swap.
        assert_eq!(fs::read_to_string(out.join("old.html")).unwrap(), "old");
        assert!(!out.join("en").exists());
        assert!(sink.failure().is_none());
        staging.finish(&[]).unwrap();
        assert_eq!(fs::read_to_string(out.join("en/course/ch-1.html")).unwrap(), "en/course/ch-1.html");
        assert!(!out.join("old.html").exists());
    }

    #[test]
    fn an_unfinished_build_leaves_the_previous_site_and_no_staging_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site/public");
        {
            let staging = Staging::new(&out);
            staging.write("a/b.html", b"x").unwrap();
            assert!(tmp.path().join("site").join(format!(".public.building-{}", std::process::id())).is_dir());
        }
        // The folder the build made for its output is gone too: nothing is left behind.
        assert!(!tmp.path().join("site").exists());
        write_atomically(&out, &[OutputFile { path: "a.html".into(), bytes: b"one".to_vec() }], &[]).unwrap();
        {
            let staging = Staging::new(&out);
            staging.write("a.html", b"two").unwrap();
        }
        assert_eq!(fs::read_to_string(out.join("a.html")).unwrap(), "one");
        let entries: Vec<_> = fs::read_dir(tmp.path().join("site")).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(entries.len(), 1, "{entries:?}");
    }

    #[test]
    fn swaps_in_a_complete_tree_and_marks_it() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let file = |path: &str, text: &str| OutputFile { path: path.into(), bytes: text.as_bytes().to_vec() };
        write_atomically(&out, &[file("a.html", "one"), file("old.html", "x")], &[]).unwrap();
        write_atomically(&out, &[file("a.html", "two")], &[]).unwrap();
        assert_eq!(fs::read_to_string(out.join("a.html")).unwrap(), "two");
        assert!(!out.join("old.html").exists());
        assert!(out.join(MARKER).is_file());
        let leftovers: Vec<_> = fs::read_dir(tmp.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    }
}
