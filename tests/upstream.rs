//! `upstream status` in a fork: repositories made by the test (an upstream, a fork cloned from
//! it that translates and edits, then both diverge), compared as a school would.

mod common;
use common::*;

use std::path::Path;

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{}: {from}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Upstream: the i18n fixture in a repository. Fork: a clone that adds a French case
/// translation, a theme override and a local edit of a chapter. Then upstream corrects the case,
/// the chapter and the theme, adds a case and removes another; the fork fetches.
fn diverged() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let up = tmp.path().join("upstream");
    copy_tree(&fixture("i18n"), &up);
    std::fs::create_dir_all(up.join("themes/default/templates")).unwrap();
    std::fs::write(up.join("themes/default/templates/footer.html"), "<footer>upstream</footer>\n").unwrap();
    git(&up, &["init", "-q"]);
    git(&up, &["add", "-A"]);
    git(&up, &["commit", "-qm", "curriculum"]);

    let fork = tmp.path().join("fork");
    git(tmp.path(), &["clone", "-q", up.to_str().unwrap(), fork.to_str().unwrap()]);
    std::fs::create_dir_all(fork.join("locales/fr/cases")).unwrap();
    let case = std::fs::read_to_string(fork.join("curriculum/cases/alpha-case.md")).unwrap();
    std::fs::write(fork.join("locales/fr/cases/alpha-case.md"), case.replace("Start small.", "Commencer petit."))
        .unwrap();
    std::fs::create_dir_all(fork.join("themes/school/templates")).unwrap();
    std::fs::write(fork.join("themes/school/templates/footer.html"), "<footer>school</footer>\n").unwrap();
    edit(&fork.join("curriculum/courses/demo/chapters/two.md"), "---\n\n", "---\n\nOur national context first.\n\n");
    git(&fork, &["add", "-A"]);
    git(&fork, &["commit", "-qm", "school: French case, theme, national context"]);

    edit(&up.join("curriculum/cases/alpha-case.md"), "Start small.", "Start small, and measure.");
    edit(&up.join("curriculum/courses/demo/chapters/two.md"), "---\n\n", "---\n\nA corrected introduction.\n\n");
    std::fs::write(up.join("themes/default/templates/footer.html"), "<footer>upstream, fixed</footer>\n").unwrap();
    let beta = std::fs::read_to_string(up.join("curriculum/cases/beta-case.md")).unwrap();
    std::fs::write(up.join("curriculum/cases/gamma-case.md"), beta.replace("id: beta-case", "id: gamma-case")).unwrap();
    git(&up, &["add", "-A"]);
    git(&up, &["commit", "-qm", "corrections and a new case"]);
    git(&up, &["rm", "-q", "curriculum/glossary/capacity-development.md"]);
    git(&up, &["commit", "-qm", "remove a term"]);
    git(&fork, &["fetch", "-q", "origin"]);
    (tmp, fork)
}

fn status(fork: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["upstream", "status", "--root", fork.to_str().unwrap()];
    args.extend_from_slice(extra);
    run(&args)
}

#[test]
fn a_fork_learns_what_changed_upstream_and_what_it_touches() {
    let (_tmp, fork) = diverged();
    let o = status(&fork, &["--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["upstream"], "origin/main");
    assert_eq!(report["commits"], 2);
    let change = |path: &str| {
        report["changes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["path"] == path)
            .unwrap_or_else(|| panic!("{path}: {report:#}"))
            .clone()
    };
    let case = change("curriculum/cases/alpha-case.md");
    assert_eq!(
        (case["change"].as_str(), case["kind"].as_str(), case["id"].as_str()),
        (Some("modified"), Some("case"), Some("alpha-case"))
    );
    let added = change("curriculum/cases/gamma-case.md");
    assert_eq!((added["change"].as_str(), added["id"].as_str()), (Some("added"), Some("gamma-case")));
    let removed = change("curriculum/glossary/capacity-development.md");
    assert_eq!((removed["change"].as_str(), removed["kind"].as_str()), (Some("removed"), Some("term")));
    assert_eq!(change("curriculum/courses/demo/chapters/two.md")["kind"], "chapter");

    let touched = report["touched"].as_array().unwrap();
    let relation = |path: &str| {
        touched
            .iter()
            .filter(|t| t["path"] == path)
            .map(|t| t["relation"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(relation("locales/fr/cases/alpha-case.md"), ["translation"], "{touched:?}");
    assert_eq!(relation("themes/school/templates/footer.html"), ["override"], "{touched:?}");
    assert_eq!(relation("curriculum/courses/demo/chapters/two.md"), ["local-edit"], "{touched:?}");
    // The fork did not edit the case's source: merging it is no conflict.
    assert!(relation("curriculum/cases/alpha-case.md").is_empty(), "{touched:?}");

    let next = report["next"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect::<Vec<_>>().join("\n");
    assert!(next.contains("git merge origin/main"), "{next}");
    assert!(next.contains("curriculum/courses/demo/chapters/two.md"), "{next}");
    assert!(next.contains("coursebook i18n export --locale fr"), "{next}");
    assert!(next.contains("themes/school/templates/footer.html"), "{next}");

    let human = status(&fork, &[]);
    assert!(human.status.success(), "{}", stderr(&human));
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.contains("origin/main: 2 commits since the fork departed"), "{text}");
    assert!(text.contains("modified  case alpha-case"), "{text}");
    assert!(text.contains("added     case gamma-case"), "{text}");
    assert!(text.contains("translation locales/fr/cases/alpha-case.md"), "{text}");
}

#[test]
fn since_limits_the_report_to_later_upstream_commits() {
    let (_tmp, fork) = diverged();
    let o = status(&fork, &["--since", "origin/main~1", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["commits"], 1);
    let paths: Vec<&str> = report["changes"].as_array().unwrap().iter().map(|c| c["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["curriculum/glossary/capacity-development.md"]);
}

#[test]
fn a_fork_in_step_is_told_so_and_a_folder_without_git_gets_a_hint() {
    let (tmp, fork) = diverged();
    git(&fork, &["merge", "-q", "--no-edit", "-X", "theirs", "origin/main"]);
    let o = status(&fork, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Nothing to do"), "{}", String::from_utf8_lossy(&o.stdout));

    let plain = tmp.path().join("plain");
    copy_tree(&fixture("i18n"), &plain);
    let o = status(&plain, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("hint:"), "{}", stderr(&o));
    let o = status(&fork, &["--upstream", "nowhere/main"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("git remote add upstream"), "{}", stderr(&o));
}
