//! The pipeline: load → check references → render → write atomically.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::diagnostic::{count_errors, display_path, normalize, Diagnostic};
use crate::load;
use crate::output;
use crate::render::{self, OutputFile};
use crate::site;
use crate::theme::Theme;

pub const STATIC_DIR: &str = "static";

/// What a successful build produced.
#[derive(Debug)]
pub struct BuildReport {
    pub pages: usize,
    pub files: usize,
    pub out: PathBuf,
    /// Warnings (a build with errors does not succeed).
    pub warnings: Vec<Diagnostic>,
}

/// The rendered site in memory, with every problem found; nothing written.
pub struct Rendered {
    pub files: Vec<OutputFile>,
    pub static_files: BTreeSet<String>,
    pub problems: Vec<Diagnostic>,
}

/// Runs every check and renders the site without writing anything (`check` uses this too).
pub fn render(root: &Path) -> Rendered {
    let (curriculum, mut problems) = load::load(root);
    let static_files = list_static(root);
    let Some(cur) = curriculum else {
        normalize(&mut problems);
        return Rendered {
            files: Vec::new(),
            static_files,
            problems,
        };
    };
    problems.extend(site::check_references(&cur));
    let mut files = Vec::new();
    match Theme::load(root, &cur.site.theme) {
        Err(d) => problems.push(d),
        Ok(theme) => match render::compile_templates(&theme) {
            Err(p) => problems.extend(p),
            Ok(tera) => {
                let (rendered, p) = render::render_site(&cur, &theme, &tera, &static_files);
                problems.extend(p);
                files = rendered;
            }
        },
    }
    normalize(&mut problems);
    Rendered {
        files,
        static_files,
        problems,
    }
}

/// Builds the site under `root` into `out`. On any error, nothing is written and the previous
/// output stays as it was.
pub fn build(root: &Path, out: &Path) -> Result<BuildReport, Vec<Diagnostic>> {
    let rendered = render(root);
    if count_errors(&rendered.problems) > 0 {
        return Err(rendered.problems);
    }
    let pages = rendered
        .files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .count();
    let statics: Vec<(String, PathBuf)> = rendered
        .static_files
        .iter()
        .map(|p| (p.clone(), root.join(p)))
        .collect();
    let files = rendered.files.len() + statics.len();
    output::write_atomically(out, &rendered.files, &statics).map_err(|e| {
        vec![Diagnostic::error(
            display_path(root, out),
            0,
            0,
            format!("cannot write the site: {e}"),
        )
        .with_hint("check that the output folder's parent exists and is writable")]
    })?;
    Ok(BuildReport {
        pages,
        files,
        out: out.to_path_buf(),
        warnings: rendered.problems,
    })
}

/// Root-relative paths of the files under `static/`, sorted.
fn list_static(root: &Path) -> BTreeSet<String> {
    let dir = root.join(STATIC_DIR);
    if !dir.is_dir() {
        return BTreeSet::new();
    }
    walkdir::WalkDir::new(&dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| display_path(root, e.path()))
        .collect()
}
