//! The theme: Tera templates, CSS, JS and UI strings. The default theme is embedded in the
//! binary; a site's `themes/<name>/` replaces any of its files one by one (mdBook's model).

pub mod compact;

use std::collections::BTreeMap;
use std::path::Path;

use include_dir::{include_dir, Dir};

use crate::diagnostic::{display_path, Diagnostic};

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// All theme files by path relative to the theme folder (`templates/page.html`, `assets/site.css`).
#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub files: BTreeMap<String, Vec<u8>>,
    /// Where each overriding file came from (root-relative), for error messages.
    pub origins: BTreeMap<String, String>,
}

impl Theme {
    /// The embedded default theme with the site's `themes/<name>/` files laid over it.
    pub fn load(root: &Path, name: &str) -> Result<Theme, Diagnostic> {
        let mut theme = Theme::default();
        collect_embedded(&DEFAULT_THEME, &mut theme.files);
        if !crate::content::site_config::is_theme_name(name) {
            // Reported with its position when site.yaml is checked; never read as a path.
            return Ok(theme);
        }
        let dir = root.join("themes").join(name);
        if dir.is_dir() {
            for entry in walkdir::WalkDir::new(&dir).sort_by_file_name().into_iter().filter_map(Result::ok) {
                if !entry.file_type().is_file() {
                    continue;
                }
                let relative = display_path(&dir, entry.path());
                let bytes = std::fs::read(entry.path()).map_err(|e| {
                    Diagnostic::error(display_path(root, entry.path()), 0, 0, format!("cannot read theme file: {e}"))
                })?;
                theme.origins.insert(relative.clone(), display_path(root, entry.path()));
                theme.files.insert(relative, bytes);
            }
        } else if name != "default" {
            return Err(Diagnostic::error("curriculum/site.yaml", 0, 0, format!("theme `{name}` not found"))
                .with_hint(format!("create `themes/{name}/` or set `theme: default`")));
        }
        Ok(theme)
    }

    /// Files under `prefix/` with the prefix removed.
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a [u8])> + 'a {
        self.files.iter().filter_map(move |(path, bytes)| {
            path.strip_prefix(prefix).and_then(|p| p.strip_prefix('/')).map(|p| (p, bytes.as_slice()))
        })
    }

    pub fn text(&self, path: &str) -> Option<&str> {
        self.files.get(path).and_then(|b| std::str::from_utf8(b).ok())
    }

    /// The file a theme path came from, for diagnostics.
    pub fn origin(&self, path: &str) -> String {
        self.origins.get(path).cloned().unwrap_or_else(|| format!("themes/default/{path} (built in)"))
    }
}

fn collect_embedded(dir: &Dir<'_>, out: &mut BTreeMap<String, Vec<u8>>) {
    for file in dir.files() {
        out.insert(file.path().to_string_lossy().replace('\\', "/"), file.contents().to_vec());
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}
