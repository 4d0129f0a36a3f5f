//! A course's setup page (`courses/<course>/setup.md`): built in the course's chrome, linked from
//! the course page and the course navigation with the theme's translated label, translated like
//! a chapter (a locale's copy when there is one, else the source with a notice), its links
//! checked, and absent (no page, no link) when the course has none.

mod common;
use common::*;

use std::path::{Path, PathBuf};

const SETUP: &str = "---
title: Before you come
summary: Install two tools and download the data.
---

Install the tools before the first session, then skim [the first chapter](chapter:one).

## Windows

Run the installer and restart.

## macOS

Open a terminal and run the install script.
";

const SETUP_FR: &str = "---
title: Avant de venir
summary: Installez deux outils et téléchargez les données.
---

Installez les outils avant la première séance, puis parcourez [le premier chapitre](chapter:one).

## Windows

Lancez le programme d’installation puis redémarrez.

## macOS

Ouvrez un terminal et lancez le script d’installation.
";

/// A copy of the i18n fixture (en source; fr, pt, pt-BR and ar locales) with `files` written.
fn site_with(files: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    for (path, text) in files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    (tmp, root)
}

fn built(root: &Path, out: &Path) {
    let o = build(root, out);
    assert!(o.status.success(), "build failed:\n{}", stderr(&o));
}

/// The sidebar's link to the setup page: (href, label, current).
fn sidebar_setup_link(html: &str) -> Option<(String, String, bool)> {
    let document = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse("nav.sidebar .nav-course-pages a").unwrap();
    let link = document.select(&selector).next()?;
    let text = link.text().collect::<String>().trim().to_string();
    Some((link.value().attr("href")?.to_string(), text, link.value().attr("aria-current") == Some("page")))
}

fn text_of(html: &str, css: &str) -> Vec<String> {
    let document = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse(css).unwrap();
    document.select(&selector).map(|e| e.text().collect::<String>().trim().to_string()).collect()
}

#[test]
fn setup_page_is_built_in_the_course_and_linked_from_it() {
    let course_md = std::fs::read_to_string(fixture("i18n").join("curriculum/courses/demo/course.md")).unwrap();
    let course_md = format!("{course_md}\nWindows users, see [the Windows setup](setup:demo#windows).\n");
    let (tmp, root) =
        site_with(&[("curriculum/courses/demo/setup.md", SETUP), ("curriculum/courses/demo/course.md", &course_md)]);
    let out = tmp.path().join("out");
    built(&root, &out);

    // Its own page, with the course's sidebar and a breadcrumb back to the course.
    let page = read(&out, "en/demo/setup.html");
    assert_eq!(text_of(&page, "main h1"), ["Before you come"]);
    assert!(page.contains("Install two tools and download the data."));
    assert!(page.contains("Run the installer and restart."));
    assert_eq!(text_of(&page, "nav.toc li"), ["Windows", "macOS"], "its sections are listed");
    assert_eq!(sidebar_setup_link(&page), Some(("../../en/demo/setup.html".into(), "Setup".into(), true)));
    assert_eq!(text_of(&page, "nav.sidebar .nav-chapters li").len(), 2, "the course's chapters are listed too");
    assert!(text_of(&page, "nav.breadcrumbs a").contains(&"Demo Course".to_string()));
    assert!(page.contains("en/demo/one.html\""), "its `chapter:one` link resolves");

    // Linked from the course page, and from the course navigation of its chapters.
    let course = read(&out, "en/demo/index.html");
    let setup_section = text_of(&course, "section.course-setup");
    assert_eq!(setup_section.len(), 1, "{course}");
    assert!(setup_section[0].contains("Setup") && setup_section[0].contains("Before the first session"));
    assert!(course.contains("en/demo/setup.html\""));
    assert!(course.contains("en/demo/setup.html#windows\""), "`setup:demo#windows` links its section");
    let from_chapter = sidebar_setup_link(&read(&out, "en/demo/one.html"));
    assert_eq!(from_chapter, Some(("../../en/demo/setup.html".into(), "Setup".into(), false)));
    assert!(read(&out, "sitemap.xml").contains("en/demo/setup.html"));

    // No locale has a copy: every locale shows the source text, with the label in its language.
    let ar = read(&out, "ar/demo/setup.html");
    assert!(ar.contains("Run the installer and restart."));
    assert!(ar.contains("translation-notice"), "the untranslated page says so");
    assert_eq!(sidebar_setup_link(&ar).map(|l| l.1), Some("الإعداد".to_string()));
    assert!(read(&out, "ar/demo/index.html").contains("الإعداد"));
    assert!(broken_links(&out).is_empty(), "{:?}", broken_links(&out));

    // The all-in-one page (print book) has it after the course's introduction and before the
    // first chapter, in its contents, and links to it stay in the book.
    let book = read(&out, "en/demo/print.html");
    assert_eq!(text_of(&book, "section.book-setup h2"), ["Before you come"]);
    let (setup_at, chapter_at) =
        (book.find("Run the installer and restart.").unwrap(), book.find("book-chapter").unwrap());
    assert!(setup_at < chapter_at, "the setup part comes before the chapters");
    assert!(text_of(&book, ".book-contents li").iter().any(|t| t == "Before you come"));
    assert!(book.contains("href=\"#setup-demo--windows\""), "`setup:demo#windows` goes to the book's copy");
    assert!(book.contains("id=\"setup-demo--windows\""), "which has that anchor");
}

#[test]
fn setup_page_is_translated_like_a_chapter() {
    let (tmp, root) =
        site_with(&[("curriculum/courses/demo/setup.md", SETUP), ("locales/fr/courses/demo/setup.md", SETUP_FR)]);
    let out = tmp.path().join("out");
    built(&root, &out);

    let fr = read(&out, "fr/demo/setup.html");
    assert_eq!(text_of(&fr, "main h1"), ["Avant de venir"]);
    assert!(fr.contains("Lancez le programme d’installation"));
    assert!(!fr.contains("Run the installer"));
    // The translated headings keep the source's anchors.
    assert!(fr.contains("id=\"windows\"") && fr.contains("id=\"macos\""), "{fr}");
    assert_eq!(sidebar_setup_link(&fr), Some(("../../fr/demo/setup.html".into(), "Préparation".into(), true)));
    let fr_course = read(&out, "fr/demo/index.html");
    assert!(text_of(&fr_course, "section.course-setup")[0].contains("Avant la première séance"));
    // Portuguese has no copy: its page shows the source.
    assert!(read(&out, "pt/demo/setup.html").contains("Run the installer and restart."));

    // The status report counts it like any other translatable file.
    let o = run(&["status", "--root", root.to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let missing = |locale: &str| -> Vec<String> {
        let entry = report["locales"].as_array().unwrap().iter().find(|l| l["locale"] == locale).unwrap();
        entry["missing_files"].as_array().unwrap().iter().map(|f| f.as_str().unwrap().to_string()).collect()
    };
    let setup = "curriculum/courses/demo/setup.md".to_string();
    assert!(missing("ar").contains(&setup), "{report}");
    assert!(!missing("fr").contains(&setup), "{report}");
}

#[test]
fn setup_page_links_and_fields_are_checked() {
    let broken = SETUP.replace("[the first chapter](chapter:one)", "[the first chapter](chapter:onne)");
    let (tmp, root) = site_with(&[("curriculum/courses/demo/setup.md", &broken)]);
    let o = build(&root, &tmp.path().join("out"));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let message = stderr(&o);
    assert!(message.contains("curriculum/courses/demo/setup.md:6:"), "{message}");
    assert!(message.contains("onne") && message.contains("one"), "names the link and suggests: {message}");

    let misspelt = SETUP.replace("title: Before you come", "titel: Before you come");
    let (tmp, root) = site_with(&[("curriculum/courses/demo/setup.md", &misspelt)]);
    let o = build(&root, &tmp.path().join("out"));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("curriculum/courses/demo/setup.md:2:1"), "{}", stderr(&o));
    assert!(stderr(&o).contains("unknown field `titel`"), "{}", stderr(&o));

    // Another page linking a course that has no setup page.
    let (tmp, root) = site_with(&[]);
    let course_md = std::fs::read_to_string(root.join("curriculum/courses/demo/course.md")).unwrap();
    std::fs::write(root.join("curriculum/courses/demo/course.md"), format!("{course_md}\nSee [setup](setup:demo).\n"))
        .unwrap();
    let o = build(&root, &tmp.path().join("out"));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("setup:demo"), "{}", stderr(&o));
}

#[test]
fn a_course_without_a_setup_page_links_none() {
    let (tmp, root) = site_with(&[]);
    let out = tmp.path().join("out");
    built(&root, &out);
    assert!(!out.join("en/demo/setup.html").exists());
    let course = read(&out, "en/demo/index.html");
    assert!(!course.contains("course-setup") && !course.contains("setup.html"));
    assert_eq!(sidebar_setup_link(&read(&out, "en/demo/one.html")), None);
}
