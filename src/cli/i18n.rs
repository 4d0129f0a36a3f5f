//! `coursebook i18n export|import`: translators' files (PO, XLIFF) for a locale.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use super::{color, render_human};
use crate::diagnostic::{count_errors, Diagnostic};
use crate::i18n::exchange::{self, Format};
use crate::i18n::{catalog, translate};

#[derive(Subcommand, Debug)]
pub enum I18nCommand {
    /// Write a locale's translations as PO (or XLIFF) files, one per source document, for
    /// translation tools: every paragraph, heading, list item, table cell and quiz or worksheet
    /// string is an entry; existing translations are filled in, outdated ones marked fuzzy
    Export {
        /// The locale, e.g. fr
        #[arg(long)]
        locale: String,
        #[arg(long, value_enum, default_value_t = Format::Po)]
        format: Format,
        /// Folder to write (replaced entirely; default: ROOT/translations/LOCALE)
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Replace files of an earlier export even when they hold translations not imported yet
        #[arg(long)]
        force: bool,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Write translations from PO or XLIFF files back into locales/LOCALE/, keeping the
    /// source's structure, ids, anchors, answers and codes
    Import {
        /// The locale, e.g. fr
        #[arg(long)]
        locale: String,
        /// PO/XLIFF files, or folders to search for them (default: ROOT/translations/LOCALE)
        files: Vec<PathBuf>,
        /// Also write documents not translated before when some entries are still untranslated
        /// (they keep the source text, and the file stays outdated until all are translated)
        #[arg(long)]
        partial: bool,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

impl I18nCommand {
    pub fn root_mut(&mut self) -> &mut PathBuf {
        match self {
            I18nCommand::Export { root, .. } | I18nCommand::Import { root, .. } => root,
        }
    }
}

pub fn run(command: I18nCommand) -> ExitCode {
    match command {
        I18nCommand::Export { locale, format, out, force, root } => {
            let out = out.unwrap_or_else(|| root.join("translations").join(&locale));
            export(&root, &locale, format, &out, force)
        }
        I18nCommand::Import { locale, files, partial, root } => {
            let inputs = if files.is_empty() { vec![root.join("translations").join(&locale)] } else { files };
            import(&root, &locale, &inputs, partial)
        }
    }
}

/// The curriculum and the files of `locale`, or the exit code after reporting why not.
fn load(root: &Path, locale: &str) -> Result<(crate::content::Curriculum, translate::LocaleFiles), ExitCode> {
    if !root.join("curriculum/site.yaml").is_file() {
        eprintln!("error: `{}` has no curriculum/site.yaml (pass the site's folder with --root)", root.display());
        return Err(ExitCode::from(2));
    }
    let (cur, problems) = crate::pipeline::load::load(root);
    let Some(cur) = cur else {
        eprint!("{}", render_human(&problems, root, color()));
        return Err(ExitCode::from(1));
    };
    if locale == cur.site.default_locale {
        eprintln!("error: `{locale}` is the source language; export a translation (e.g. --locale fr)");
        return Err(ExitCode::from(2));
    }
    if !crate::i18n::is_locale_code(locale) {
        eprintln!("error: `{locale}` is not a BCP 47 language code (e.g. fr, zh-Hans, pt-BR)");
        return Err(ExitCode::from(2));
    }
    let paths = translate::source_paths(&cur);
    let (files, problems) = translate::read_locale(root, locale, &paths);
    if count_errors(&problems) > 0 {
        eprint!("{}", render_human(&problems, root, color()));
        return Err(ExitCode::from(1));
    }
    Ok((cur, files))
}

fn export(root: &Path, locale: &str, format: Format, out: &Path, force: bool) -> ExitCode {
    let (cur, files) = match load(root, locale) {
        Ok(x) => x,
        Err(code) => return code,
    };
    if let Some(d) = crate::pipeline::write::refuse_output(root, out) {
        eprint!("{}", render_human(&[d], root, color()));
        return ExitCode::from(2);
    }
    let catalogs = catalog::catalogs(root, &cur, &files);
    let notes: Vec<Diagnostic> = catalogs.iter().flat_map(|c| c.notes.clone()).collect();
    if !notes.is_empty() {
        eprint!("{}", render_human(&notes, root, color()));
    }
    let written = exchange::export(&catalogs, locale, &cur.site.default_locale, format);
    if !force {
        let unimported = exchange::unimported(out, &written);
        if !unimported.is_empty() {
            eprint!("{}", render_human(&unimported, root, color()));
            return ExitCode::from(1);
        }
    }
    let outputs: Vec<crate::output::site::OutputFile> = written
        .iter()
        .map(|(path, text)| crate::output::site::OutputFile { path: path.clone(), bytes: text.clone().into_bytes() })
        .collect();
    if let Err(e) = crate::pipeline::write::write_atomically(out, &outputs, &[]) {
        eprintln!("error: cannot write {}: {e:?}", out.display());
        return ExitCode::from(2);
    }
    let count = |s| catalogs.iter().map(|c| c.count(s)).sum::<usize>();
    println!(
        "Wrote {} {} files into {}: {} entries translated, {} outdated (fuzzy), {} untranslated.",
        outputs.len(),
        match format {
            Format::Po => "PO",
            Format::Xliff => "XLIFF",
        },
        out.display(),
        count(catalog::State::Translated),
        count(catalog::State::Outdated),
        count(catalog::State::Missing)
    );
    println!("Translate them in your tool, then run: coursebook i18n import --locale {locale} {}", out.display());
    ExitCode::SUCCESS
}

fn import(root: &Path, locale: &str, inputs: &[PathBuf], partial: bool) -> ExitCode {
    let (cur, files) = match load(root, locale) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let mut found = Vec::new();
    for input in inputs {
        if input.is_dir() {
            found.extend(crate::source::files_under(input, &["po", "xlf", "xliff"]));
        } else if input.is_file() {
            found.push(input.clone());
        } else {
            eprintln!("error: `{}` does not exist", input.display());
            return ExitCode::from(2);
        }
    }
    if found.is_empty() {
        eprintln!(
            "error: no .po or .xlf files in {}",
            inputs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        );
        return ExitCode::from(2);
    }
    let options = exchange::ImportOptions {
        partial,
        backup: root
            .join(".coursebook")
            .join("backup")
            .join(format!("import-{}", jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S"))),
    };
    let catalogs = catalog::catalogs(root, &cur, &files);
    let mut problems = Vec::new();
    let (mut written, mut unchanged, mut skipped, mut not_started, mut untranslated, mut fuzzy) = (0, 0, 0, 0, 0, 0);
    for path in &found {
        let shown = path.display().to_string();
        let parsed = match exchange::read(path, &shown) {
            Ok(p) => p,
            Err(e) => {
                problems.extend(e);
                continue;
            }
        };
        match exchange::import(root, &cur, &files, &catalogs, &parsed, &shown, &options) {
            Ok((outcome, notes)) => {
                problems.extend(notes);
                untranslated += outcome.untranslated;
                fuzzy += outcome.fuzzy;
                if outcome.not_started {
                    not_started += 1;
                } else if let Some(why) = &outcome.skipped {
                    skipped += 1;
                    println!("not written: {} ({why})", outcome.translated_path);
                } else if outcome.written {
                    written += 1;
                    println!(
                        "wrote {}: {} entr{} changed{}",
                        outcome.translated_path,
                        outcome.changed,
                        if outcome.changed == 1 { "y" } else { "ies" },
                        if outcome.marked_current { ", marked current" } else { "" }
                    );
                } else if outcome.marked_current {
                    written += 1;
                    println!("marked current: {}", outcome.translated_path);
                } else {
                    unchanged += 1;
                }
                if outcome.untranslated + outcome.fuzzy > 0 && outcome.skipped.is_none() && !outcome.not_started {
                    let kept = outcome.written || files.files.values().any(|f| f.path == outcome.translated_path);
                    let left = outcome.untranslated + outcome.fuzzy;
                    println!(
                        "  {}: {} ({} untranslated, {} fuzzy) left {}",
                        outcome.translated_path,
                        if left == 1 { "1 entry".to_string() } else { format!("{left} entries") },
                        outcome.untranslated,
                        outcome.fuzzy,
                        match (kept, left == 1) {
                            (true, true) => "as it was",
                            (true, false) => "as they were",
                            (false, _) => "in the source language",
                        }
                    );
                }
            }
            Err(e) => problems.extend(e),
        }
    }
    if !problems.is_empty() {
        eprint!("{}", render_human(&problems, root, color()));
    }
    if options.backup.is_dir() {
        println!("The previous versions of the files written are in {}.", options.backup.display());
    }
    println!(
        "{} file{} written, {unchanged} unchanged, {skipped} not written, {not_started} not translated yet; {untranslated} untranslated and {fuzzy} fuzzy entries not imported.",
        written,
        if written == 1 { "" } else { "s" }
    );
    if count_errors(&problems) > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
