//! Localization as readers and translators meet it: fallback pages with a notice and their own
//! `lang`, outdated translations in `status` and on the page, structure checks, `locale add`.

mod common;
use common::*;

fn status_json(root: &std::path::Path) -> serde_json::Value {
    let o = run(&["status", "--root", root.to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn locale<'a>(report: &'a serde_json::Value, code: &str) -> &'a serde_json::Value {
    report["locales"].as_array().unwrap().iter().find(|l| l["locale"] == code).unwrap()
}

#[test]
fn every_locale_gets_every_page_with_visible_fallback() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(&fixture("i18n"), &out);
    assert!(o.status.success(), "{}", stderr(&o));
    for code in ["en", "fr", "ar", "pt", "pt-BR"] {
        for page in
            ["index.html", "demo/index.html", "demo/one.html", "demo/two.html", "cases/index.html", "glossary.html"]
        {
            assert!(out.join(code).join(page).is_file(), "{code}/{page}");
        }
    }

    // Translated page: French text, French anchors kept from the source, no notice.
    let fr_one = read(&out, "fr/demo/one.html");
    assert!(fr_one.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(fr_one.contains("<h1>Premier chapitre</h1>"));
    assert!(
        fr_one.contains("<h2 id=\"key-definitions\"><span class=\"secnum\">1.1</span> Définitions clés</h2>"),
        "anchors stay stable"
    );
    assert!(!fr_one.contains("translation-notice"));
    // The worksheet it embeds is not translated: it says it is in English, so that screen
    // readers read it as English.
    assert!(fr_one.contains("aria-labelledby=\"ws-plan\" lang=\"en\" dir=\"ltr\">"), "{fr_one}");
    let ar_one = read(&out, "ar/demo/one.html");
    assert!(ar_one.contains("aria-labelledby=\"ws-plan\" lang=\"en\" dir=\"ltr\">"), "{ar_one}");
    let en_one = read(&out, "en/demo/one.html");
    assert!(en_one.contains("aria-labelledby=\"ws-plan\">"), "in its own language it says nothing more");
    assert!(
        fr_one.contains("<img src=\"../../static/img/square.svg\" alt=\"Un carré rouge\" />"),
        "relative paths resolve from the source"
    );

    // Untranslated page: English content inside lang=en, with a notice in French.
    let fr_two = read(&out, "fr/demo/two.html");
    assert!(fr_two.contains("translation-notice notice-fallback"), "{fr_two}");
    assert!(fr_two.contains("Cette page n’est pas encore traduite"), "notice in the reader's language");
    assert!(
        fr_two.contains("<div class=\"content\" lang=\"en\" dir=\"ltr\">"),
        "fallback content carries its own lang"
    );
    assert!(fr_two.contains("<a href=\"../../en/demo/two.html\" hreflang=\"en\">Lire l’original</a>"), "{fr_two}");
    // UI strings are French even on a fallback page.
    assert!(fr_two.contains("Glossaire"));

    // pt-BR falls back to pt's translation, tagged as pt, before English.
    let pt_br = read(&out, "pt-BR/demo/one.html");
    assert!(pt_br.contains("Primeiro capítulo"));
    assert!(pt_br.contains("<div class=\"content\" lang=\"pt\" dir=\"ltr\">"));

    // Arabic pages are right to left; the chapter title in the sidebar keeps lang=en.
    let ar = read(&out, "ar/demo/two.html");
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.contains("<span lang=\"en\" dir=\"ltr\">Second chapter</span>"), "{ar}");
    // So do the site's title and description, which ar does not translate (no locales/ar/site.yaml).
    assert!(ar.contains("<span lang=\"en\" dir=\"ltr\">Fixture Academy</span>"), "{ar}");
    assert!(ar.contains("<span lang=\"en\" dir=\"ltr\">A small site that uses every page type.</span>"), "{ar}");
    // ... and an untranslated case's countries and themes in the case library.
    let ar_cases = read(&out, "ar/cases/index.html");
    assert!(ar_cases.contains("<span class=\"tag\" lang=\"en\" dir=\"ltr\">inclusion</span>"), "{ar_cases}");
    assert!(ar_cases.contains("<option value=\"Betaland\" lang=\"en\" dir=\"ltr\">Betaland</option>"), "{ar_cases}");
    // Its countries are listed as English lists them, not with the Arabic comma.
    assert!(ar_cases.contains("lang=\"en\" dir=\"ltr\">Betaland, Gammaland</span>"), "{ar_cases}");
    let ar_case = read(&out, "ar/cases/beta-case.html");
    assert!(ar_case.contains("<dd>Betaland, Gammaland</dd>"), "{ar_case}");

    // Language switcher and hreflang alternates on every page.
    for code in ["en", "fr", "ar", "pt", "pt-BR"] {
        assert!(
            fr_one
                .contains(&format!("<link rel=\"alternate\" hreflang=\"{code}\" href=\"../../{code}/demo/one.html\">")),
            "{code}"
        );
    }
    assert!(fr_one.contains("aria-current=\"true\""), "the current language is marked");

    // Root page: links to every language without JavaScript.
    let root = read(&out, "index.html");
    for code in ["en", "fr", "ar", "pt-BR"] {
        assert!(root.contains(&format!("href=\"{code}/index.html\"")), "{code}");
    }
    assert!(!root.contains("http-equiv=\"refresh\""), "several languages: the reader chooses");
    assert_eq!(broken_links(&out), Vec::<String>::new());
}

#[test]
fn outdated_translations_are_reported_and_marked_current() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);

    // A translation that was never reviewed counts as translated and shows no notice: it is
    // listed as not yet reviewed.
    let quiz = root.join("locales/fr/quizzes/one-quiz.yaml");
    let strip = |path: &std::path::Path| {
        let text = std::fs::read_to_string(path).unwrap();
        text.lines().filter(|l| !l.starts_with("source_hash:")).collect::<Vec<_>>().join("\n") + "\n"
    };
    std::fs::write(&quiz, strip(&quiz)).unwrap();
    let report = status_json(&root);
    let fr = locale(&report, "fr");
    assert_eq!(
        (fr["translated"].as_u64(), fr["outdated"].as_u64(), fr["unreviewed"].as_u64(), fr["missing"].as_u64()),
        (Some(2), Some(0), Some(1), Some(7))
    );
    assert_eq!(fr["unreviewed_files"][0], "locales/fr/quizzes/one-quiz.yaml");
    let out = root.join("public");
    assert!(build(&root, &out).status.success());
    assert!(!read(&out, "fr/quizzes/one-quiz.html").contains("translation-notice"), "no 'original has changed' notice");

    // Marking current records the source version beside the translations.
    let o = run(&["locale", "mark-current", "fr", "--root", root.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("marked current: locales/fr/quizzes/one-quiz.yaml"));
    let record = std::fs::read_to_string(root.join("locales/fr/translation-record.yaml")).unwrap();
    assert!(record.contains("quizzes/one-quiz.yaml: bc6100320660a68d"), "{record}");
    assert!(record.contains("courses/demo/chapters/one.md: "), "{record}");
    let chapter = root.join("locales/fr/courses/demo/chapters/one.md");
    assert!(
        !std::fs::read_to_string(&chapter).unwrap().contains("source_hash:"),
        "the record replaces the line in the file"
    );
    let report = status_json(&root);
    let fr = locale(&report, "fr");
    assert_eq!(
        (fr["translated"].as_u64(), fr["outdated"].as_u64(), fr["unreviewed"].as_u64()),
        (Some(2), Some(0), Some(0))
    );
    assert!(fr["percent"].as_f64().unwrap() > 0.0);
    assert!(build(&root, &out).status.success());
    assert!(!read(&out, "fr/demo/one.html").contains("translation-notice"));

    // Regenerating a translated file (a translation tool writes it anew) keeps its state.
    let text = std::fs::read_to_string(&quiz).unwrap();
    std::fs::remove_file(&quiz).unwrap();
    std::fs::write(&quiz, text).unwrap();
    assert_eq!(locale(&status_json(&root), "fr")["unreviewed"].as_u64(), Some(0));

    // The source changes: its translation is outdated again, in the report and on the page.
    let source = root.join("curriculum/courses/demo/chapters/one.md");
    let text = std::fs::read_to_string(&source).unwrap();
    std::fs::write(&source, text.replace("is defined in the glossary", "is defined in our glossary")).unwrap();
    let report = status_json(&root);
    let fr = locale(&report, "fr");
    assert_eq!(fr["outdated"].as_u64(), Some(1));
    assert_eq!(fr["outdated_files"][0], "locales/fr/courses/demo/chapters/one.md");
    assert!(build(&root, &out).status.success());
    let page = read(&out, "fr/demo/one.html");
    assert!(page.contains("translation-notice notice-outdated"), "{page}");
    assert!(page.contains("<a href=\"../../en/demo/one.html\" hreflang=\"en\">"), "links to the original");
    let status_page = read(&out, "fr/translation-status.html");
    assert!(status_page.contains("<progress"), "the status page shows progress bars");
    assert!(status_page.contains("locales/fr/courses/demo/chapters/one.md"));

    // Marking that one file current clears it.
    let o = run(&[
        "locale",
        "mark-current",
        "fr",
        "locales/fr/courses/demo/chapters/one.md",
        "--root",
        root.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(locale(&status_json(&root), "fr")["outdated"].as_u64(), Some(0));
    assert!(build(&root, &out).status.success());
    assert!(!read(&out, "fr/demo/one.html").contains("translation-notice"));

    // A locale the site does not have, or the source language, is an error, not "nothing to do".
    let o = run(&["locale", "mark-current", "de", "--root", root.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "error: no locale `de`: there is no folder locales/de/\n = help: the site's translations: ar, fr, pt, pt-BR\n\n"
    );
    let o = run(&["locale", "mark-current", "en", "--root", root.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).starts_with("error: `en` is the source language"), "{}", stderr(&o));
}

#[test]
fn a_translated_quiz_must_keep_its_structure() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    let quiz = root.join("locales/fr/quizzes/one-quiz.yaml");
    let text = std::fs::read_to_string(&quiz).unwrap();
    // Move the correct answer to another option.
    std::fs::write(
        &quiz,
        text.replace(
            "      - text: Une aptitude\n        correct: true\n      - text: Un bâtiment\n",
            "      - text: Une aptitude\n      - text: Un bâtiment\n        correct: true\n",
        ),
    )
    .unwrap();
    let o = run(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(
            "the translation differs from the source in the correct options (by position) of question 1 (`q1`): \
             2 here, 1 in curriculum/quizzes/one-quiz.yaml"
        ),
        "{err}"
    );
    assert!(err.contains("locales/fr/quizzes/one-quiz.yaml:10:"), "at the question's options: {err}");
    assert!(err.contains("locales/fr/quizzes/one-quiz.yaml"), "names both files: {err}");
}

/// An author adds a question to a quiz whose translation was marked current: the translation
/// now lags behind its source, which is the normal state of a translation, not a mistake. The
/// site builds, with a warning saying so, and the French page shows the source until the
/// translation catches up. A translation that differs while marked current is still an error
/// (`a_translated_quiz_must_keep_its_structure`).
#[test]
fn an_outdated_translation_that_differs_from_its_source_is_a_warning_and_shows_the_source() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    let quiz = root.join("curriculum/quizzes/one-quiz.yaml");
    let text = std::fs::read_to_string(&quiz).unwrap();
    std::fs::write(
        &quiz,
        format!(
            "{text}  - id: q3\n    type: true_false\n    prompt: Capacity is only about skills.\n    answer: false\n"
        ),
    )
    .unwrap();
    let out = tmp.path().join("out");
    let o = run(&["build", "--root", root.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("warning: the translation differs from the source"), "{err}");
    assert!(err.contains("the source changed after this translation was marked current"), "{err}");
    assert!(err.contains("locales/fr/quizzes/one-quiz.yaml"), "{err}");
    let page = read(&out, "fr/quizzes/one-quiz.html");
    assert!(page.contains("Capacity is only about skills."), "the source's three questions");
    assert!(!page.contains("Quiz du premier chapitre"), "not the outdated translation");
    assert!(page.contains("lang=\"en\""), "the source is marked as English on the French page");
}

#[test]
fn a_translation_without_source_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    std::fs::create_dir_all(root.join("locales/fr/cases")).unwrap();
    std::fs::write(root.join("locales/fr/cases/gamma.md"), "---\nid: gamma\n---\n").unwrap();
    let o = run(&["check", "--root", root.to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let messages: Vec<&str> =
        report["diagnostics"].as_array().unwrap().iter().map(|d| d["message"].as_str().unwrap()).collect();
    assert!(
        messages.contains(&"translated file has no source: there is no `curriculum/cases/gamma.md`"),
        "{messages:?}"
    );
}

#[test]
fn locale_add_scaffolds_a_locale_that_builds_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    let o = run(&["locale", "add", "sw", "--root", root.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let strings = std::fs::read_to_string(root.join("locales/sw/strings.ftl")).unwrap();
    assert!(strings.contains("# UNTRANSLATED\n# skip-to-content = Skip to content"), "{strings}");

    let out = root.join("public");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("UI strings are not translated into `sw`"), "missing strings are reported, not fatal");
    let page = read(&out, "sw/demo/one.html");
    assert!(page.contains("<html lang=\"sw\" dir=\"ltr\">"));
    assert!(page.contains("translation-notice"));
    assert!(
        page.contains("hreflang=\"sw\" lang=\"sw\" dir=\"ltr\" aria-current=\"true\">sw</a>"),
        "an untranslated language is named by its code"
    );

    let o = run(&["locale", "add", "sw", "--root", root.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "refuses to overwrite");
    let o = run(&["locale", "add", "sw_KE", "--root", root.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "rejects non-BCP 47 codes");
}

#[test]
fn shipped_translations_build_in_six_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(&repo_root(), &out);
    assert!(o.status.success(), "{}", stderr(&o));
    for code in ["en", "fr", "es", "ar", "zh-Hans", "ru"] {
        assert!(out.join(code).join("capacities/introduction.html").is_file(), "{code}");
    }
    assert!(read(&out, "fr/capacities/introduction.html").contains("lang=\"fr\""));
    // Lists are written as each language writes them.
    for (code, countries) in [("en", "Denmark, Finland"), ("zh-Hans", "丹麦、芬兰"), ("ar", "الدانمرك، فنلندا")]
    {
        let case = read(&out, &format!("{code}/cases/denmark-finland-govtech.html"));
        assert!(case.contains(&format!("<dd>{countries}</dd>")), "{code}: {case}");
    }
    assert!(
        !read(&out, "es/capacities/introduction.html").contains("notice-fallback"),
        "chapter 1 is translated into Spanish"
    );
    assert!(
        !read(&out, "zh-Hans/capacities/introduction.html").contains("notice-fallback"),
        "chapter 1 is translated into Chinese"
    );
    // The workshop's modules are translated too.
    let module = read(&out, "zh-Hans/innovation/module-3-3.html");
    assert!(!module.contains("notice-fallback") && module.contains("公共价值"), "module 3.3 is in Chinese");
}

#[test]
fn a_workshop_agenda_is_translated_as_a_file_and_keeps_its_structure() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    for dir in ["curriculum", "locales", "static"] {
        copy_tree(&repo_root().join(dir), &root.join(dir));
    }
    let source = std::fs::read_to_string(root.join("curriculum/courses/innovation/agenda.yaml")).unwrap();
    let translated = source
        .replace("title: Day 1", "title: Jour 1")
        .replace("name: Morning Session", "name: Séance du matin")
        .replace("break: Lunch Break", "break: Déjeuner");
    let target = root.join("locales/fr/courses/innovation/agenda.yaml");
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::write(&target, &translated).unwrap();
    // A new translation: the record has not seen it.
    forget_review(&root, "fr", "courses/innovation/agenda.yaml");
    let out = root.join("public");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    let day = read(&out, "fr/innovation/day-1.html");
    assert!(day.contains("Jour 1") && day.contains("Séance du matin") && day.contains("Déjeuner"), "{day}");
    assert!(read(&out, "en/innovation/day-1.html").contains("Morning Session"), "English keeps its agenda");
    let status = run(&["status", "--root", root.to_str().unwrap(), "--locale", "fr"]);
    assert!(
        String::from_utf8_lossy(&status.stdout).contains("courses/innovation/agenda.yaml"),
        "not yet marked current: listed as outdated"
    );

    // A translation that moves a module to another session is refused, at the field.
    std::fs::write(&target, translated.replacen("module: module-1-2", "module: module-1-3", 1)).unwrap();
    let o = build(&root, &out);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("locales/fr/courses/innovation/agenda.yaml") && stderr(&o).contains(
                "the module of item 2 of session 1 of day 1: `module-1-3` here, `module-1-2` in curriculum/courses/innovation/agenda.yaml"
            ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn translated_headings_are_matched_by_identity_and_paths_resolve_from_the_translation() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    let chapter = root.join("locales/fr/courses/demo/chapters/one.md");
    let text = std::fs::read_to_string(&chapter).unwrap();
    // An extra heading first, the source's sections after it (the translator names which heading
    // is which with the source's anchor); a French figure beside the file.
    let text = text
        .replace(
            "## Définitions clés",
            "## Avant de commencer\n\nUn mot d’introduction.\n\n## Définitions clés {#key-definitions}",
        )
        .replace("](../../../../static/img/square.svg)", "](../../../../../static/img/carre.svg)");
    std::fs::write(&chapter, text).unwrap();
    std::fs::copy(root.join("static/img/square.svg"), root.join("static/img/carre.svg")).unwrap();
    let out = root.join("public");
    let o = build(&root, &out);
    assert!(o.status.success(), "a different heading count is a warning: {}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("the translation has 3 headings, its source 2: `## Avant de commencer` has no counterpart"),
        "{err}"
    );
    assert!(err.contains("locales/fr/courses/demo/chapters/one.md"), "{err}");
    let page = read(&out, "fr/demo/one.html");
    // The source's anchors survive the extra heading: links into the chapter land right.
    assert!(page.contains("id=\"key-definitions\"") && page.contains("id=\"custom-anchor\""), "{page}");
    assert!(page.contains("id=\"avant-de-commencer\""), "the extra heading gets an anchor of its own");
    assert!(page.contains("static/img/carre.svg"), "the path means what it says from the translated file");
    assert_eq!(broken_links(&out), Vec::<String>::new());
}

#[test]
fn a_translated_course_follows_its_sources_chapter_list() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    // The source gains a chapter; the French course page, written before it, is not touched.
    let course = root.join("curriculum/courses/demo/course.md");
    let text = std::fs::read_to_string(&course).unwrap();
    std::fs::write(root.join("locales/fr/courses/demo/course.md"), text.replace("title: Demo", "title: Démo")).unwrap();
    std::fs::write(&course, text.replace("  - chapters/two.md", "  - chapters/two.md\n  - chapters/three.md")).unwrap();
    std::fs::write(
        root.join("curriculum/courses/demo/chapters/three.md"),
        "---\nid: three\ntitle: Third chapter\n---\n\nNew text.\n",
    )
    .unwrap();
    let out = root.join("public");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("the translation differs from the source in `chapters`"),
        "a warning, not an error: {}",
        stderr(&o)
    );
    let fr = read(&out, "fr/demo/index.html");
    assert!(fr.contains("three.html"), "the new chapter shows in French too");
    assert!(read(&out, "fr/demo/three.html").contains("notice-fallback"));
}

#[test]
fn the_site_title_and_description_are_translated_per_locale() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("i18n"), &root);
    std::fs::write(
        root.join("locales/fr/site.yaml"),
        "title: Académie de test\ndescription: Un petit site pour les tests.\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("site.yaml"), "no warning about the translated site.yaml: {}", stderr(&o));
    let fr = read(&out, "fr/index.html");
    assert!(fr.contains("Académie de test") && fr.contains("Un petit site pour les tests."), "{fr}");
    assert!(read(&out, "fr/demo/one.html").contains(">Académie de test<"), "in every page's header");
    assert!(read(&out, "en/index.html").contains("Fixture Academy"), "English keeps the source's title");

    // Only texts are translated there.
    std::fs::write(root.join("locales/fr/site.yaml"), "title: Académie\ncourses: [demo]\n").unwrap();
    let o = run(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("locales/fr/site.yaml:2:1") && err.contains("unknown field `courses`"), "{err}");
    assert!(err.contains("`title`, `short_title` and `description` only"), "{err}");
}
