//! Translators' files as their tools see them: `i18n export` writes PO that gettext's `msgfmt
//! --check` accepts and Translate Toolkit's `pofilter` checks, XLIFF 1.2 that validates against
//! the OASIS schema with `xmllint`; `i18n import` writes translations back without touching
//! anything else, keeps a copy of what it rewrites and refuses broken files with file:line.
//! Also `status` per entry.
//!
//! The external tools are Debian packages (gettext, translate-toolkit, libxml2-utils), installed
//! by `tests/setup.sh`; a test fails (it does not skip) when one is missing.

mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::process::Output;

fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "exit {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        stderr(o)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn files_with(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == ext))
        .map(|e| e.into_path())
        .collect();
    found.sort();
    found
}

fn export(root: &Path, locale: &str, format: &str, out: &Path) -> Output {
    run(&[
        "i18n",
        "export",
        "--locale",
        locale,
        "--format",
        format,
        "-o",
        out.to_str().unwrap(),
        "--root",
        root.to_str().unwrap(),
    ])
}

fn import(root: &Path, locale: &str, from: &Path) -> Output {
    run(&["i18n", "import", "--locale", locale, from.to_str().unwrap(), "--root", root.to_str().unwrap()])
}

/// The French entries of one source document as `status --format json` counts them.
fn french_document_status(root: &Path, source: &str) -> serde_json::Value {
    let status = ok(&run(&["status", "--root", root.to_str().unwrap(), "--locale", "fr", "--format", "json"]));
    let report: serde_json::Value = serde_json::from_str(&status).unwrap();
    let docs = report["locales"][0]["entries"]["documents"].as_array().unwrap().clone();
    docs.into_iter().find(|d| d["source"] == source).unwrap_or_else(|| panic!("{source} in {report}"))
}

/// A copy of the shipped curriculum's sources (what a translator's checkout holds).
fn shipped_copy(to: &Path) {
    for dir in ["curriculum", "locales", "static"] {
        copy_tree(&repo_root().join(dir), &to.join(dir));
    }
}

const SHIPPED_LOCALES: [&str; 5] = ["fr", "es", "ar", "ru", "zh-Hans"];

#[test]
fn gettext_accepts_every_exported_po_file_of_every_shipped_locale() {
    let msgfmt = || tool("msgfmt", "gettext");
    let tmp = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for locale in SHIPPED_LOCALES {
        let out = tmp.path().join(locale);
        ok(&export(&repo_root(), locale, "po", &out));
        let files = files_with(&out, "po");
        assert!(files.len() > 100, "{locale}: {} PO files", files.len());
        for file in &files {
            let o = msgfmt().args(["--check", "-o", "/dev/null"]).arg(file).output().unwrap();
            assert!(o.status.success(), "msgfmt --check {}:\n{}", file.display(), stderr(&o));
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked}");
}

#[test]
fn po_entries_carry_context_source_lines_placeholders_and_translations() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("po");
    let said = ok(&export(&repo_root(), "fr", "po", &out));
    assert!(said.contains("PO files"), "{said}");
    // A translated case: its title and a paragraph with links, prefilled from locales/fr.
    let po = std::fs::read_to_string(out.join("cases/brazil-situation-analysis.po")).unwrap();
    assert!(po.contains("\"Language: fr\\n\""), "{po}");
    assert!(po.contains("#: curriculum/cases/brazil-situation-analysis.md:"), "source file:line comments");
    assert!(po.contains("msgctxt \"case:brazil-situation-analysis#"), "stable context ids");
    assert!(po.contains("#. <link1>…</link1>: link to term:situation-analysis"), "placeholders explained");
    assert!(po.contains("msgid \"A <link1>situation analysis</link1>, as <link2>Chapter 3</link2> explains"), "{po}");
    assert!(po.contains("<link1>analyse de la situation</link1>"), "the French translation is prefilled");
    // gettext counts the same entries as coursebook.
    let stats = tool("msgfmt", "gettext")
        .args(["--statistics", "-o", "/dev/null"])
        .arg(out.join("cases/brazil-situation-analysis.po"))
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    let said = stderr(&stats);
    assert!(said.contains("translated messages") && !said.contains("untranslated"), "{said}");
}

#[test]
fn pofilter_checks_the_exported_files_and_sees_placeholders_as_tags() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("po");
    ok(&export(&repo_root(), "fr", "po", &out));
    let file = out.join("cases/brazil-situation-analysis.po");
    let report = tmp.path().join("report.po");
    let run_pofilter = |input: &Path| {
        let o = tool("pofilter", "translate-toolkit")
            .args(["--progress=none", "-t", "xmltags", "-t", "untranslated"])
            .arg(input)
            .arg(&report)
            .output()
            .unwrap();
        assert!(o.status.success(), "pofilter: {}", stderr(&o));
        std::fs::read_to_string(&report).unwrap_or_default()
    };
    let clean = run_pofilter(&file);
    assert!(!clean.contains("untranslated"), "every entry of this case is translated:\n{clean}");
    // A translator who drops a placeholder: pofilter's xmltags check flags it.
    let po = std::fs::read_to_string(&file).unwrap();
    let broken = po.replacen("<link1>analyse de la situation</link1>", "analyse de la situation", 1);
    assert_ne!(po, broken);
    let edited = tmp.path().join("edited.po");
    std::fs::write(&edited, broken).unwrap();
    let flagged = run_pofilter(&edited);
    assert!(flagged.contains("(pofilter) xmltags"), "{flagged}");
}

#[test]
fn exported_xliff_validates_against_the_xliff_1_2_schema() {
    let tmp = tempfile::tempdir().unwrap();
    let schema = repo_root().join("tests/xliff/xliff-core-1.2-strict.xsd");
    for locale in ["fr", "ar"] {
        let out = tmp.path().join(locale);
        ok(&export(&repo_root(), locale, "xliff", &out));
        let files = files_with(&out, "xlf");
        assert!(files.len() > 100, "{locale}: {} XLIFF files", files.len());
        let o =
            tool("xmllint", "libxml2-utils").arg("--noout").arg("--schema").arg(&schema).args(&files).output().unwrap();
        assert!(o.status.success(), "xmllint --schema:\n{}", stderr(&o));
        assert_eq!(stderr(&o).matches(" validates").count(), files.len(), "{}", stderr(&o));
    }
    let xlf = std::fs::read_to_string(tmp.path().join("fr/cases/brazil-situation-analysis.xlf")).unwrap();
    assert!(xlf.contains("target-language=\"fr\""), "{xlf}");
    assert!(xlf.contains("analyse de la situation"), "translations prefilled");
}

#[test]
fn exporting_and_importing_every_shipped_translation_changes_no_file() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    shipped_copy(&root);
    let before = snapshot(&root);
    for locale in SHIPPED_LOCALES {
        for format in ["po", "xliff"] {
            let out = tmp.path().join(format!("{locale}-{format}"));
            ok(&export(&root, locale, format, &out));
            let said = ok(&import(&root, locale, &out));
            assert!(said.lines().any(|l| l.starts_with("0 files written, ")), "{locale} {format}: {said}");
        }
    }
    let after = snapshot(&root);
    let changed: Vec<&String> = after.keys().filter(|k| before.get(*k) != after.get(*k)).collect();
    assert!(changed.is_empty() && before.len() == after.len(), "changed: {changed:?}");
    assert!(!root.join(".coursebook/backup").exists(), "no backup when nothing is written");
}

/// Fills every entry of a PO file as a translator's tool would: gettext's `msgen` copies each
/// source text, `msgfilter` prefixes the first line with `FR `.
fn translate_all(po: &Path) {
    let copied = po.with_extension("en.po");
    let o = tool("msgen", "gettext").arg(po).arg("-o").arg(&copied).output().unwrap();
    assert!(o.status.success(), "msgen: {}", stderr(&o));
    let o = tool("msgfilter", "gettext")
        .arg("-i")
        .arg(&copied)
        .arg("-o")
        .arg(po)
        .args(["--keep-header", "sed", "-e", "1s/^/FR /"])
        .output()
        .unwrap();
    assert!(o.status.success(), "msgfilter: {}", stderr(&o));
    std::fs::remove_file(copied).unwrap();
}

#[test]
fn importing_a_translated_po_file_writes_the_translation_keeping_ids_and_structure() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    let out = tmp.path().join("po");
    ok(&export(&root, "fr", "po", &out));
    let po = out.join("cases/alpha-case.po");
    translate_all(&po);
    let said = ok(&import(&root, "fr", &out));
    assert!(said.contains("wrote locales/fr/cases/alpha-case.md"), "{said}");
    let case = std::fs::read_to_string(root.join("locales/fr/cases/alpha-case.md")).unwrap();
    assert!(case.contains("id: alpha-case\n"), "{case}");
    assert!(case.contains("year: 2021"), "{case}");
    assert!(case.contains("url: https://example.org/alpha"), "{case}");
    assert!(case.contains("FR Alphaland wanted better services."), "{case}");
    assert!(case.contains("## FR Context"), "{case}");
    // The site builds with it, and shows the translation as French.
    let site = tmp.path().join("public");
    ok(&build(&root, &site));
    let page = read(&site, "fr/cases/alpha-case.html");
    assert!(page.contains("FR Alphaland wanted better services."), "{page}");
    // Every entry translated and reviewed: the translation is recorded as current.
    let doc = french_document_status(&root, "curriculum/cases/alpha-case.md");
    assert_eq!(doc["missing"], 0, "{doc}");
    assert_eq!(doc["outdated"], 0, "{doc}");
    assert_eq!(doc["state"], "current", "{doc}");
}

/// A name kept as the source writes it (an organisation of three words) counts as untranslated
/// until the file is reviewed, and as translated once it is: the reviewer chose to keep it.
#[test]
fn a_text_kept_as_the_source_has_it_is_translated_once_its_file_is_reviewed() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    let source = root.join("curriculum/cases/alpha-case.md");
    let text = std::fs::read_to_string(&source).unwrap();
    std::fs::write(
        &source,
        text.replace("region: Africa", "organisations: [Alpha Digital Services Agency]\nregion: Africa"),
    )
    .unwrap();
    let out = tmp.path().join("po");
    ok(&export(&root, "fr", "po", &out));
    translate_all(&out.join("cases/alpha-case.po"));
    ok(&import(&root, "fr", &out));
    let translated = root.join("locales/fr/cases/alpha-case.md");
    let text = std::fs::read_to_string(&translated).unwrap();
    assert!(text.contains("FR Alpha Digital Services Agency"), "{text}");
    // The translator keeps the agency's name as it is.
    std::fs::write(&translated, text.replace("FR Alpha Digital Services Agency", "Alpha Digital Services Agency"))
        .unwrap();
    let missing = |root: &Path| {
        let doc = french_document_status(root, "curriculum/cases/alpha-case.md");
        (doc["state"].as_str().unwrap().to_string(), doc["missing"].as_u64().unwrap())
    };
    assert_eq!(missing(&root), ("current".to_string(), 0), "reviewed at import: the name is a choice");
    // Not reviewed (the record forgets it): the same text may be a sentence left in English.
    forget_review(&root, "fr", "cases/alpha-case.md");
    assert_eq!(missing(&root), ("unreviewed".to_string(), 1));
    ok(&run(&["locale", "mark-current", "fr", "locales/fr/cases/alpha-case.md", "--root", root.to_str().unwrap()]));
    assert_eq!(missing(&root), ("current".to_string(), 0));
}

#[test]
fn import_keeps_a_copy_of_every_file_it_rewrites() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    let out = tmp.path().join("po");
    ok(&export(&root, "fr", "po", &out));
    let po_path = out.join("courses/demo/chapters/one.po");
    let po = std::fs::read_to_string(&po_path).unwrap();
    let edited = po.replacen("msgstr \"Premier chapitre\"", "msgstr \"Le premier chapitre\"", 1);
    assert_ne!(po, edited, "{po}");
    std::fs::write(&po_path, edited).unwrap();
    let original = std::fs::read_to_string(root.join("locales/fr/courses/demo/chapters/one.md")).unwrap();
    let said = ok(&import(&root, "fr", &out));
    assert!(said.contains("wrote locales/fr/courses/demo/chapters/one.md: 1 entry changed"), "{said}");
    let now = std::fs::read_to_string(root.join("locales/fr/courses/demo/chapters/one.md")).unwrap();
    assert_eq!(
        now,
        original.replacen("title: Premier chapitre", "title: Le premier chapitre", 1),
        "only the entry changed"
    );
    let backups = files_with(&root.join(".coursebook/backup"), "md");
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert!(backups[0].ends_with("locales/fr/courses/demo/chapters/one.md"), "{backups:?}");
    assert_eq!(std::fs::read_to_string(&backups[0]).unwrap(), original);
    assert!(said.contains("previous versions of the files written are in"), "{said}");
}

#[test]
fn import_refuses_broken_files_with_file_and_line_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    let out = tmp.path().join("po");
    ok(&export(&root, "fr", "po", &out));
    let before = snapshot(&root);
    let po_path = out.join("courses/demo/chapters/one.po");
    let po = std::fs::read_to_string(&po_path).unwrap();

    // A PO syntax error: an unterminated string.
    let line = po.lines().position(|l| l.starts_with("msgstr \"Premier chapitre\"")).unwrap() + 1;
    let broken = po.replacen("msgstr \"Premier chapitre\"", "msgstr \"Premier chapitre", 1);
    std::fs::write(&po_path, &broken).unwrap();
    let o = import(&root, "fr", &po_path);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains(&format!("{}:{line}:", po_path.display())), "{}", stderr(&o));
    assert_eq!(snapshot(&root), before);

    // A dropped placeholder: the link would be lost.
    let line = po.lines().position(|l| l.starts_with("msgctxt \"chapter:one#meta/objectives/0@")).map(|i| i + 1);
    let line = line.unwrap_or_else(|| panic!("{po}"));
    let broken = po.replacen("la <link1>capacité</link1>", "la capacité", 1);
    std::fs::write(&po_path, &broken).unwrap();
    let o = import(&root, "fr", &po_path);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let said = stderr(&o);
    assert!(said.contains(&format!("{}:{line}:", po_path.display())), "{said}");
    assert!(said.contains("<link1>"), "{said}");
    assert_eq!(snapshot(&root), before, "nothing written");

    // A PO file saved in Windows-1252 (`à` as the one byte 0xE0): reported at its first letter
    // that is not ASCII, with what the byte would be.
    let latin1 = |c: char| u8::try_from(u32::from(c)).ok().filter(|_| !c.is_ascii());
    let (line, text) = po.lines().enumerate().find(|(_, l)| l.chars().any(|c| latin1(c).is_some())).unwrap();
    let (column, first) = text.chars().enumerate().find(|&(_, c)| latin1(c).is_some()).unwrap();
    let column = column + 1;
    let bytes: Vec<u8> = po.chars().map(|c| if c.is_ascii() { c as u8 } else { latin1(c).unwrap_or(b'?') }).collect();
    std::fs::write(&po_path, bytes).unwrap();
    let o = import(&root, "fr", &po_path);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let said = stderr(&o);
    assert!(said.contains(&format!("{}:{}:{column}", po_path.display(), line + 1)), "{said}");
    assert!(said.contains("not valid UTF-8") && said.contains(&format!("where this byte is `{first}`")), "{said}");
    assert_eq!(snapshot(&root), before, "nothing written");

    // An XLIFF file that is not well-formed.
    let xlf_out = tmp.path().join("xlf");
    ok(&export(&root, "fr", "xliff", &xlf_out));
    let xlf_path = xlf_out.join("courses/demo/chapters/one.xlf");
    let xlf = std::fs::read_to_string(&xlf_path).unwrap();
    std::fs::write(&xlf_path, xlf.replacen("</target>", "</targt>", 1)).unwrap();
    let o = import(&root, "fr", &xlf_path);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains(&format!("{}:", xlf_path.display())), "{}", stderr(&o));
    assert_eq!(snapshot(&root), before);

    // A file for another language.
    std::fs::write(&xlf_path, xlf.replace("target-language=\"fr\"", "target-language=\"de\"")).unwrap();
    let o = import(&root, "fr", &xlf_path);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("--locale de"), "{}", stderr(&o));
    assert_eq!(snapshot(&root), before);
}

/// In a git checkout, the source a translation was reviewed against is found in the history:
/// after one paragraph of the source changes, only its entry is fuzzy, showing the text it was
/// translated from (`#| msgid`, as msgmerge does), and the others stay translated. Translating
/// that one entry makes the file current again.
#[test]
fn with_git_history_only_the_entries_whose_source_changed_are_fuzzy() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    git(&root, &["init", "-q"]);
    let out = tmp.path().join("po");
    ok(&export(&root, "fr", "po", &out));
    translate_all(&out.join("cases/alpha-case.po"));
    ok(&import(&root, "fr", &out));
    git(&root, &["add", "-A"]);
    git(&root, &["commit", "-q", "-m", "translated"]);
    let case = root.join("curriculum/cases/alpha-case.md");
    let text = std::fs::read_to_string(&case).unwrap();
    std::fs::write(&case, text.replace("Start small.", "Start small, then grow.")).unwrap();

    let human = ok(&run(&["status", "--root", root.to_str().unwrap(), "--locale", "fr"]));
    assert!(human.contains("locales/fr/cases/alpha-case.md: 8 translated, 1 outdated, 0 missing"), "{human}");
    ok(&export(&root, "fr", "po", &out));
    let po_path = out.join("cases/alpha-case.po");
    let po = std::fs::read_to_string(&po_path).unwrap();
    assert_eq!(po.matches("#, fuzzy").count(), 1, "{po}");
    let entry = po.split("\n\n").find(|e| e.contains("msgid \"Start small, then grow.\"")).unwrap();
    assert!(entry.contains("#, fuzzy") && entry.contains("#| msgid \"Start small.\""), "{entry}");
    assert!(entry.contains("msgstr \"FR Start small.\""), "{entry}");
    let check = tool("msgfmt", "gettext").args(["--check", "-o", "/dev/null"]).arg(&po_path).output().unwrap();
    assert!(check.status.success(), "{}", stderr(&check));

    // The translator updates that entry and clears its fuzzy mark.
    let updated =
        po.replace(entry, &entry.replace("#, fuzzy\n", "").replace("FR Start small.", "FR Start small, then grow."));
    std::fs::write(&po_path, updated).unwrap();
    ok(&import(&root, "fr", &po_path));
    let doc = french_document_status(&root, "curriculum/cases/alpha-case.md");
    assert_eq!((doc["translated"].as_u64(), doc["outdated"].as_u64()), (Some(9), Some(0)), "{doc}");
    assert_eq!(doc["state"], "current", "marked current again: {doc}");
    let translated = std::fs::read_to_string(root.join("locales/fr/cases/alpha-case.md")).unwrap();
    assert!(translated.contains("FR Start small, then grow."), "{translated}");
}

/// A translator's text is text: Markdown typed into an entry (a link of its own, a `|` that would
/// split a table cell, a new paragraph) would change the page or break the build, so the file is
/// refused at the entry.
#[test]
fn import_refuses_markdown_a_translator_adds_outside_the_placeholders() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    let out = tmp.path().join("po");
    ok(&export(&root, "fr", "po", &out));
    let before = snapshot(&root);
    let po_path = out.join("courses/demo/chapters/one.po");
    let po = std::fs::read_to_string(&po_path).unwrap();
    for (entry, translation, said) in [
        (
            "msgstr \"Les capacités comptent.\"",
            "msgstr \"Les capacités comptent, voir [le glossaire](chapter:nope).\"",
            "makes a link of its own (`[…](chapter:nope)`)",
        ),
        (
            "msgid \"Individual\"\nmsgstr \"\"",
            "msgid \"Individual\"\nmsgstr \"Individu | Personne\"",
            "`|` separates the cells of a table",
        ),
        (
            "msgstr \"Les capacités comptent.\"",
            "msgstr \"Les capacités comptent.\\n\\n## Nouvelle section\"",
            "not one paragraph",
        ),
    ] {
        assert!(po.contains(entry), "{entry} in {po}");
        std::fs::write(&po_path, po.replacen(entry, translation, 1)).unwrap();
        let o = import(&root, "fr", &po_path);
        assert_eq!(o.status.code(), Some(1), "{translation}: {}", stderr(&o));
        let report = stderr(&o);
        assert!(report.contains(said), "{said}: {report}");
        assert!(report.contains(&format!("{}:", po_path.display())), "{report}");
        assert_eq!(snapshot(&root), before, "nothing written for {translation}");
    }
    // Escaped, the same characters are text.
    std::fs::write(
        &po_path,
        po.replacen("msgstr \"Les capacités comptent.\"", "msgstr \"Les capacités \\\\[comptent\\\\].\"", 1),
    )
    .unwrap();
    ok(&import(&root, "fr", &po_path));
    let written = std::fs::read_to_string(root.join("locales/fr/courses/demo/chapters/one.md")).unwrap();
    assert!(written.contains("Les capacités \\[comptent\\]."), "{written}");
    ok(&run(&["check", "--root", root.to_str().unwrap()]));
}

#[test]
fn a_changed_source_makes_its_translations_fuzzy_and_status_counts_entries() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    let out = tmp.path().join("po");
    ok(&export(&root, "fr", "po", &out));
    translate_all(&out.join("cases/alpha-case.po"));
    ok(&import(&root, "fr", &out));
    // The source changes: one paragraph is edited.
    let case = root.join("curriculum/cases/alpha-case.md");
    let text = std::fs::read_to_string(&case).unwrap();
    std::fs::write(&case, text.replace("Start small.", "Start small, then grow.")).unwrap();

    let human = ok(&run(&["status", "--root", root.to_str().unwrap(), "--locale", "fr"]));
    assert!(human.contains("entries:"), "{human}");
    assert!(human.contains("locales/fr/cases/alpha-case.md: 0 translated, 9 outdated, 0 missing"), "{human}");
    let json: serde_json::Value =
        serde_json::from_str(&ok(&run(&["status", "--root", root.to_str().unwrap(), "--format", "json"]))).unwrap();
    let fr = json["locales"].as_array().unwrap().iter().find(|l| l["locale"] == "fr").unwrap();
    let doc = fr["entries"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["source"] == "curriculum/cases/alpha-case.md")
        .unwrap();
    assert_eq!(
        (doc["translated"].as_u64(), doc["outdated"].as_u64(), doc["missing"].as_u64()),
        (Some(0), Some(9), Some(0)),
        "{doc}"
    );
    assert_eq!(doc["state"], "outdated", "{doc}");
    let beta = fr["entries"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["source"] == "curriculum/cases/beta-case.md")
        .unwrap();
    assert_eq!((beta["translated"].as_u64(), beta["outdated"].as_u64()), (Some(0), Some(0)), "not translated: {beta}");
    assert!(beta["missing"].as_u64().unwrap() > 0, "{beta}");
    let entries = &fr["entries"];
    assert_eq!(
        entries["entries"].as_u64().unwrap(),
        ["translated", "outdated", "missing"].iter().map(|k| entries[k].as_u64().unwrap()).sum::<u64>()
    );

    // Exporting again over the imported files loses nothing: it is not refused.
    ok(&export(&root, "fr", "po", &out));
    let again = tmp.path().join("again");
    ok(&export(&root, "fr", "po", &again));
    let po = std::fs::read_to_string(again.join("cases/alpha-case.po")).unwrap();
    let entry = po.split("\n\n").find(|e| e.contains("msgid \"Start small, then grow.\"")).unwrap();
    assert!(entry.contains("#, fuzzy"), "{entry}");
    assert!(entry.contains("msgstr \"FR Start small.\""), "the old translation is offered: {entry}");
    // gettext sees the same: 9 fuzzy entries, none translated.
    let stats = tool("msgfmt", "gettext")
        .args(["--statistics", "-o", "/dev/null"])
        .arg(again.join("cases/alpha-case.po"))
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    assert!(stderr(&stats).contains("0 translated messages, 9 fuzzy translations"), "{}", stderr(&stats));
}
