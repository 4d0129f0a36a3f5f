//! `coursebook upstream status`: in a fork, what changed upstream since the fork departed from
//! it (the merge base), which content items that is, and which of the fork's own files (its
//! translations, theme overrides and local edits) those changes touch. Git is run as a command.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use serde::Serialize;

use crate::content::Kind;
use crate::pipeline::load::CURRICULUM_DIR;

/// How a file changed between two commits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Modified,
    Removed,
    Renamed,
}

/// One file changed upstream.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub change: Change,
    pub path: String,
    /// For a rename: the path before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// `chapter`, `case`, `quiz`, ... for content; `site`, `agenda`, `locale`, `theme`,
    /// `static` or `other` for the rest.
    pub kind: String,
    /// The content item's id (from the file's `id:`), when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// For files under locales/: the locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

/// A file of the fork that an upstream change concerns.
#[derive(Debug, Clone, Serialize)]
pub struct Touched {
    /// The fork's file (`locales/fr/cases/x.md`, `themes/school/templates/page.html`).
    pub path: String,
    /// `translation`, `override` or `local-edit`.
    pub relation: String,
    /// The upstream file it depends on.
    pub upstream: String,
    pub change: Change,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The upstream branch compared (`upstream/main`).
    pub upstream: String,
    /// The fork's point of departure (commit id).
    pub base: String,
    pub upstream_head: String,
    /// Commits upstream has that the fork has not merged.
    pub commits: usize,
    pub changes: Vec<Item>,
    pub touched: Vec<Touched>,
    /// What to do next, in order.
    pub next: Vec<String>,
}

/// A failure to ask git, with what to do about it.
#[derive(Debug)]
pub struct Error {
    pub message: String,
    pub hint: String,
}

fn git(root: &Path, args: &[&str]) -> Result<String, Error> {
    let output = Command::new("git").arg("-C").arg(root).args(args).output().map_err(|e| Error {
        message: format!("cannot run git: {e}"),
        hint: "install git; `upstream status` compares commits of the fork's repository".into(),
    })?;
    if !output.status.success() {
        return Err(Error {
            message: format!("git {} failed: {}", args.join(" "), String::from_utf8_lossy(&output.stderr).trim()),
            hint: "run the command inside the fork's git repository, with the upstream branch fetched (`git fetch upstream`)".into(),
        });
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The upstream branch to compare with: the one given, else the first that exists of
/// `upstream/main`, `upstream/master`, the current branch's upstream, `origin/main`, `origin/master`.
fn upstream_branch(root: &Path, given: Option<&str>) -> Result<String, Error> {
    if let Some(branch) = given {
        git(root, &["rev-parse", "--verify", "--quiet", &format!("{branch}^{{commit}}")]).map_err(|_| Error {
            message: format!("there is no branch `{branch}` in this repository"),
            hint: "add the original repository as a remote and fetch it: `git remote add upstream URL && git fetch upstream`, then pass --upstream upstream/main".into(),
        })?;
        return Ok(branch.to_string());
    }
    let tracking = git(root, &["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"]).ok();
    let mut candidates = vec!["upstream/main".to_string(), "upstream/master".to_string()];
    candidates.extend(tracking.map(|t| t.trim().to_string()));
    candidates.extend(["origin/main".to_string(), "origin/master".to_string()]);
    for c in candidates {
        if git(root, &["rev-parse", "--verify", "--quiet", &format!("{c}^{{commit}}")]).is_ok() {
            return Ok(c);
        }
    }
    Err(Error {
        message: "no upstream branch found (tried upstream/main, upstream/master, the branch's upstream, origin/main, origin/master)".into(),
        hint: "add the original repository as a remote and fetch it (`git remote add upstream URL && git fetch upstream`), or pass --upstream REMOTE/BRANCH".into(),
    })
}

/// Changed files between `from` and `to` (`to` = None: the working tree).
fn diff(root: &Path, from: &str, to: Option<&str>) -> Result<Vec<(Change, String, Option<String>)>, Error> {
    let mut args = vec!["diff", "--name-status", "-M", "-z", "--no-color", from];
    if let Some(to) = to {
        args.push(to);
    }
    let text = git(root, &args)?;
    let mut fields = text.split('\0').filter(|f| !f.is_empty());
    let mut out = Vec::new();
    while let Some(status) = fields.next() {
        let change = match status.chars().next() {
            Some('A') | Some('C') => Change::Added,
            Some('D') => Change::Removed,
            Some('R') => Change::Renamed,
            _ => Change::Modified,
        };
        let first = fields.next().unwrap_or_default().to_string();
        if change == Change::Renamed || status.starts_with('C') {
            let second = fields.next().unwrap_or_default().to_string();
            out.push((change, second, Some(first)));
        } else {
            out.push((change, first, None));
        }
    }
    Ok(out)
}

/// The content kind of a path under `curriculum/` (the folders `pipeline::load` reads).
fn kind_of(path: &str) -> Option<Kind> {
    let rest = path.strip_prefix(&format!("{CURRICULUM_DIR}/"))?;
    let folder = |kind: Kind| match kind {
        Kind::Case => "cases/",
        Kind::Term => "glossary/",
        Kind::Quiz => "quizzes/",
        Kind::Worksheet => "worksheets/",
        Kind::Assessment => "assessments/",
        Kind::Framework => "frameworks/",
        Kind::Deck => "decks/",
        Kind::Delivery => "deliveries/",
        Kind::Course | Kind::Chapter | Kind::Setup => "courses/",
    };
    let kind = Kind::ALL.into_iter().find(|k| rest.starts_with(folder(*k)))?;
    match kind {
        Kind::Course | Kind::Chapter | Kind::Setup => {
            let parts: Vec<&str> = rest.split('/').collect();
            match parts.as_slice() {
                ["courses", _, "course.md"] => Some(Kind::Course),
                ["courses", _, "setup.md"] => Some(Kind::Setup),
                ["courses", _, "chapters", ..] if rest.ends_with(".md") => Some(Kind::Chapter),
                _ => None,
            }
        }
        other => Some(other),
    }
}

/// The `id:` a content file declares at the top level of its metadata.
fn describe(root: &Path, change: Change, path: &str, from: Option<String>, base: &str, head: &str) -> Item {
    let mut item = Item { change, path: path.to_string(), from, kind: "other".into(), id: None, locale: None };
    if let Some(kind) = kind_of(path) {
        item.kind = kind.name().to_string();
        let at = if change == Change::Removed { base } else { head };
        item.id = git(root, &["show", &format!("{at}:{path}")]).ok().and_then(|t| crate::source::declared_id(&t));
    } else if path == format!("{CURRICULUM_DIR}/site.yaml") {
        item.kind = "site".into();
    } else if path.starts_with(&format!("{CURRICULUM_DIR}/courses/")) && path.ends_with("agenda.yaml") {
        item.kind = "agenda".into();
    } else if let Some(rest) = path.strip_prefix("locales/") {
        item.kind = "locale".into();
        item.locale = rest.split('/').next().map(str::to_string);
    } else if path.starts_with("themes/") {
        item.kind = "theme".into();
    } else if path.starts_with("static/") {
        item.kind = "static".into();
    }
    item
}

/// Compares the fork (HEAD and its working tree) with `upstream` since `since` (default: the
/// merge base of the two).
pub fn status(root: &Path, upstream: Option<&str>, since: Option<&str>) -> Result<Report, Error> {
    git(root, &["rev-parse", "--git-dir"])?;
    let upstream = upstream_branch(root, upstream)?;
    let head = git(root, &["rev-parse", &format!("{upstream}^{{commit}}")])?.trim().to_string();
    let base = match since {
        Some(r) => git(root, &["rev-parse", "--verify", &format!("{r}^{{commit}}")])
            .map_err(|_| Error {
                message: format!("`{r}` is not a commit of this repository"),
                hint: "pass a commit, tag or branch with --since".into(),
            })?
            .trim()
            .to_string(),
        None => git(root, &["merge-base", "HEAD", &head])?.trim().to_string(),
    };
    let commits = git(root, &["rev-list", "--count", &format!("{base}..{head}")])?.trim().parse().unwrap_or(0);
    let changes: Vec<Item> = diff(root, &base, Some(&head))?
        .into_iter()
        .map(|(change, path, from)| describe(root, change, &path, from, &base, &head))
        .collect();
    // The fork's own changes since the same point, including what is not committed yet.
    let local: BTreeMap<String, Change> = diff(root, &base, None)?.into_iter().map(|(c, p, _)| (p, c)).collect();
    let tracked: BTreeSet<String> =
        git(root, &["ls-files", "-z"])?.split('\0').filter(|s| !s.is_empty()).map(str::to_string).collect();
    let mut touched = Vec::new();
    for item in &changes {
        // A renamed source's translations still sit at its old path.
        let source = item.from.as_deref().unwrap_or(&item.path);
        if let Some(rest) = source.strip_prefix(&format!("{CURRICULUM_DIR}/")) {
            // Translations of the changed source, in every locale of the fork.
            for file in tracked.iter().filter(|f| f.starts_with("locales/")) {
                let mirrors =
                    file.strip_prefix("locales/").and_then(|r| r.split_once('/')).is_some_and(|(_, r)| r == rest);
                if mirrors {
                    touched.push(Touched {
                        path: file.clone(),
                        relation: "translation".into(),
                        upstream: item.path.clone(),
                        change: item.change,
                    });
                }
            }
        }
        if let Some(rest) = item.path.strip_prefix("themes/default/") {
            // Overrides of the changed default theme file by the fork's own theme.
            for file in tracked.iter().filter(|f| f.starts_with("themes/") && !f.starts_with("themes/default/")) {
                if file.split_once('/').and_then(|(_, r)| r.split_once('/')).is_some_and(|(_, r)| r == rest) {
                    touched.push(Touched {
                        path: file.clone(),
                        relation: "override".into(),
                        upstream: item.path.clone(),
                        change: item.change,
                    });
                }
            }
        }
        if local.contains_key(&item.path) {
            touched.push(Touched {
                path: item.path.clone(),
                relation: "local-edit".into(),
                upstream: item.path.clone(),
                change: item.change,
            });
        }
    }
    let next = next_steps(&upstream, &changes, &touched, commits);
    Ok(Report { upstream, base, upstream_head: head, commits, changes, touched, next })
}

fn next_steps(upstream: &str, changes: &[Item], touched: &[Touched], commits: usize) -> Vec<String> {
    let mut next = Vec::new();
    if commits == 0 && changes.is_empty() {
        next.push(format!("Nothing to do: the fork has everything {upstream} has."));
        return next;
    }
    let edits: Vec<&str> = touched.iter().filter(|t| t.relation == "local-edit").map(|t| t.path.as_str()).collect();
    if edits.is_empty() {
        next.push(format!("Merge: `git merge {upstream}` (no file edited here changed upstream)."));
    } else {
        next.push(format!(
            "Merge: `git merge {upstream}`; expect to reconcile {} file{} both sides changed: {}.",
            edits.len(),
            if edits.len() == 1 { "" } else { "s" },
            edits.join(", ")
        ));
    }
    let mut by_locale: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for t in touched.iter().filter(|t| t.relation == "translation") {
        let locale = t.path.split('/').nth(1).unwrap_or("");
        by_locale.entry(locale).or_default().push(t.path.as_str());
    }
    for (locale, files) in &by_locale {
        next.push(format!(
            "Re-translate in `{locale}` what changed in {} file{} ({}): `coursebook status --locale {locale}` lists the outdated entries, `coursebook i18n export --locale {locale}` marks them fuzzy; after review, `coursebook locale mark-current {locale} FILE`.",
            files.len(),
            if files.len() == 1 { "" } else { "s" },
            files.join(", ")
        ));
    }
    let overrides: Vec<&str> = touched.iter().filter(|t| t.relation == "override").map(|t| t.path.as_str()).collect();
    if !overrides.is_empty() {
        next.push(format!(
            "Compare your theme overrides with the new default files and carry the changes over: {}.",
            overrides.join(", ")
        ));
    }
    let added: Vec<&Item> = changes.iter().filter(|c| c.change == Change::Added && c.id.is_some()).collect();
    if !added.is_empty() && !by_locale.is_empty() {
        next.push(format!(
            "Translate the {} new item{} upstream added.",
            added.len(),
            if added.len() == 1 { "" } else { "s" }
        ));
    }
    next.push("Then run `coursebook check` to see that the merged site builds.".into());
    next
}
