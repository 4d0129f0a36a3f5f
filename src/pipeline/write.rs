//! Writing the site: into a fresh temporary folder beside the output, then swapped in with
//! renames, so readers and a failed build never see a half-written site.

use std::borrow::Borrow;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::output::site::OutputFile;

/// Writes `files` and copies `statics` (output path, source path) to `out` atomically.
/// (`files` may be shared, as `serve` holds them.)
pub fn write_atomically<F: Borrow<OutputFile> + Sync>(
    out: &Path,
    files: &[F],
    statics: &[(String, PathBuf)],
) -> io::Result<()> {
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

fn write_all<F: Borrow<OutputFile> + Sync>(dir: &Path, files: &[F], statics: &[(String, PathBuf)]) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut folders: Vec<PathBuf> = files
        .iter()
        .map(|f| f.borrow().path.as_str())
        .chain(statics.iter().map(|(p, _)| p.as_str()))
        .filter_map(|p| Path::new(p).parent().map(|d| dir.join(d)))
        .collect();
    folders.sort();
    folders.dedup();
    for folder in &folders {
        fs::create_dir_all(folder)?;
    }
    files.par_iter().map(Borrow::borrow).try_for_each(|f: &OutputFile| fs::write(dir.join(&f.path), &f.bytes))?;
    statics.par_iter().try_for_each(|(to, from)| fs::copy(from, dir.join(to)).map(|_| ()))?;
    Ok(())
}
