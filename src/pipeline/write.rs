//! Writing the site: into a fresh temporary folder beside the output, then swapped in with
//! renames, so readers and a failed build never see a half-written site; and single files
//! (exports), written beside their target and renamed into place, never into the sources.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::output::site::OutputFile;

/// Writes `files` and copies `statics` (output path, source path) to `out` atomically.
pub fn write_atomically(out: &Path, files: &[OutputFile], statics: &[(String, PathBuf)]) -> io::Result<()> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent)?;
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
    let staging = parent.join(format!(".{name}.building-{}", std::process::id()));
    let previous = parent.join(format!(".{name}.previous-{}", std::process::id()));
    if staging.exists() {
        fs::remove_dir_all(&staging)?;
    }
    let result = write_all(&staging, files, statics);
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    if out.exists() {
        fs::rename(out, &previous)?;
        if let Err(e) = fs::rename(&staging, out) {
            // Put the old site back before reporting.
            let _ = fs::rename(&previous, out);
            let _ = fs::remove_dir_all(&staging);
            return Err(e);
        }
        fs::remove_dir_all(&previous)?;
    } else {
        fs::rename(&staging, out)?;
    }
    Ok(())
}

fn write_all(dir: &Path, files: &[OutputFile], statics: &[(String, PathBuf)]) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut folders: Vec<PathBuf> = files
        .iter()
        .map(|f| f.path.as_str())
        .chain(statics.iter().map(|(p, _)| p.as_str()))
        .filter_map(|p| Path::new(p).parent().map(|d| dir.join(d)))
        .collect();
    folders.sort();
    folders.dedup();
    for folder in &folders {
        fs::create_dir_all(folder)?;
    }
    files.par_iter().try_for_each(|f| fs::write(dir.join(&f.path), &f.bytes))?;
    statics.par_iter().try_for_each(|(to, from)| fs::copy(from, dir.join(to)).map(|_| ()))?;
    Ok(())
}

/// The folders of a site's sources: the tool never writes an export (or any file a flag names)
/// into them.
pub const SOURCE_DIRS: [&str; 4] = ["curriculum", "locales", "themes", super::STATIC_DIR];

/// Refuses an output inside the site's sources, a folder, or an existing file of another kind
/// (which could be a user's source: only a previous export of the same kind is replaced).
pub fn check_export_path(root: &Path, out: &Path, ext: &str) -> Result<(), String> {
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

/// Writes `bytes` to a temporary file beside `out`, then renames it into place.
pub fn write_file_atomically(out: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)?;
    let mut file = tempfile::Builder::new().prefix(".coursebook-export-").tempfile_in(&dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    // A temporary file is private (0600); an export is an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.as_file().set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    file.persist(out).map_err(|e| e.error)?;
    Ok(())
}
