//! Watching the sources (notify, with notify-debouncer-full: an editor's save, a rename over
//! the file, a folder moved are each reported once, as the changes they are), and telling
//! edits apart from the temporary, swap and backup files editors write beside them.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::Duration;

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};

use crate::pipeline::write::SOURCE_DIRS;

/// How long a path must be quiet before its change is reported.
const QUIET: Duration = Duration::from_millis(100);
/// The debouncer reports each path once it is quiet, checking every QUIET / 4: a burst of saves
/// (a `git checkout`, a search-and-replace over 100 files) can come out as batches one check
/// apart. Batches closer than this are one change, built once.
const SETTLE: Duration = Duration::from_millis(60);

pub struct Watch {
    root: PathBuf,
    debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
    events: Receiver<DebounceEventResult>,
}

impl Watch {
    /// Watches the source folders under `root` (canonical), and `root` itself for source
    /// folders that appear later (`locale add` creates `locales/`).
    pub fn start(root: &Path) -> Result<Self, String> {
        let (tx, events) = channel();
        let debouncer = new_debouncer(QUIET, None, tx).map_err(|e| format!("cannot watch files: {e}"))?;
        let mut watch = Watch { root: root.to_path_buf(), debouncer, events };
        watch
            .debouncer
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch {}: {e}", root.display()))?;
        for dir in SOURCE_DIRS {
            watch.watch_sources(&root.join(dir))?;
        }
        Ok(watch)
    }

    fn watch_sources(&mut self, dir: &Path) -> Result<(), String> {
        if dir.is_dir() {
            self.debouncer
                .watch(dir, RecursiveMode::Recursive)
                .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        }
        Ok(())
    }

    /// Waits for the next change of the sources: the paths that changed, or no paths when
    /// everything must be read again (the system dropped events). `None` once watching stopped.
    pub fn next(&mut self) -> Option<Vec<PathBuf>> {
        loop {
            let mut changes = Changes::default();
            changes.take(self.events.recv().ok()?, &self.root);
            loop {
                match self.events.recv_timeout(SETTLE) {
                    Ok(more) => changes.take(more, &self.root),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return None,
                }
            }
            // A source folder created (or re-created) at the root: watch what it holds.
            for dir in SOURCE_DIRS.iter().map(|d| self.root.join(d)).collect::<Vec<_>>() {
                if changes.paths.contains(&dir) {
                    if let Err(e) = self.watch_sources(&dir) {
                        eprintln!("warning: {e}");
                    }
                }
            }
            if changes.rescan {
                return Some(Vec::new());
            }
            if !changes.paths.is_empty() {
                changes.paths.sort();
                changes.paths.dedup();
                return Some(changes.paths);
            }
        }
    }
}

#[derive(Default)]
struct Changes {
    paths: Vec<PathBuf>,
    rescan: bool,
}

impl Changes {
    fn take(&mut self, result: DebounceEventResult, root: &Path) {
        match result {
            Ok(events) => {
                for event in events {
                    self.rescan |= event.need_rescan();
                    if is_content_event(&event.kind) {
                        let sources = event.event.paths.into_iter().filter(|p| is_source(root, p));
                        self.paths.extend(sources);
                    }
                }
            }
            Err(errors) => {
                for e in errors {
                    eprintln!("warning: watching files: {e}");
                }
                self.rescan = true;
            }
        }
    }
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

/// A path in a source folder (or the folder itself), and not a file an editor writes beside
/// the one being edited.
fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else { return false };
    let top = relative.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned());
    top.is_some_and(|top| SOURCE_DIRS.contains(&top.as_str())) && !is_editor_file(path)
}

/// Swap, backup, lock and temporary files of common editors: `.x.md.swp` and vim's `4913`
/// probe, `x.md~`, Emacs' `#x.md#` and `.#x.md`, `x.md.tmp`, JetBrains' `x.md___jb_tmp___`,
/// Kate's `.x.md.kate-swp`, gedit's `.goutputstream-XXXXXX` (hidden files in general).
pub fn is_editor_file(path: &Path) -> bool {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy()) else { return false };
    name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || [".swp", ".swx", ".swo", ".tmp", ".kate-swp", "___jb_tmp___", "___jb_old___"]
            .iter()
            .any(|s| name.ends_with(s))
        || name.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_files_are_not_sources() {
        let root = Path::new("/site");
        for name in [".two.md.swp", ".two.md.swx", "two.md~", "4913", "5036", "#two.md#", ".#two.md", "two.md.tmp"] {
            assert!(!is_source(root, &root.join("curriculum/courses").join(name)), "{name}");
        }
        for path in ["curriculum/courses/demo/chapters/two.md", "static/img/2024.svg", "locales", "themes/x/a.css"] {
            assert!(is_source(root, &root.join(path)), "{path}");
        }
        for path in ["public/index.html", "README.md", "target/x"] {
            assert!(!is_source(root, &root.join(path)), "{path}");
        }
    }
}
