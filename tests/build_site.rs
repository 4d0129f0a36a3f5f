//! The valid fixture site and the shipped curriculum: pages, text, links, determinism and
//! atomic output, as a user opening the built site would see them.

mod common;
use common::*;

#[test]
fn valid_fixture_builds_every_page_type() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(&fixture("valid"), &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("Built 15 pages"), "{}", stderr(&o));

    for page in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "en/index.html",
        "en/demo/index.html",
        "en/demo/one.html",
        "en/demo/two.html",
        "en/demo/print.html",
        "en/cases/index.html",
        "en/cases/alpha-case.html",
        "en/glossary.html",
        "en/quizzes/one-quiz.html",
        "en/worksheets/plan.html",
        "en/assessments/readiness.html",
        "assets/site.css",
        "static/img/square.svg",
    ] {
        assert!(out.join(page).is_file(), "missing {page}");
    }

    let home = read(&out, "en/index.html");
    assert!(home.contains("Demo Course") && home.contains("A course for <strong>testing</strong>."), "{home}");
    assert!(home.contains("2 chapters"), "catalogue shows the chapter count");

    let course = read(&out, "en/demo/index.html");
    for text in [
        "Testers",
        "Check every page type",
        "1 hour 30 minutes",
        "Fixture Press",
        "Syllabus",
        "Chapter one quiz",
        "Action plan",
    ] {
        assert!(course.contains(text), "course page lacks {text:?}");
    }
    // The syllabus is generated from the chapters: sections with numbers and anchors.
    assert!(
        course
            .contains("href=\"../../en/demo/one.html#key-definitions\"><span class=\"num\">1.1</span> <span>Key definitions</span>"),
        "{course}"
    );
    assert!(course.contains("<span class=\"num\">1.3</span> <span>Key messages</span>"), "{course}");

    let chapter = read(&out, "en/demo/one.html");
    assert!(chapter.contains("<h2 id=\"key-definitions\"><span class=\"secnum\">1.1</span> Key definitions</h2>"));
    assert!(chapter.contains("<h2 id=\"custom-anchor\"><span class=\"secnum\">1.2</span> Second part</h2>"));
    assert!(
        chapter.contains("<a href=\"../../en/cases/alpha-case.html\">Alphaland: a first case</a>"),
        "empty link text is filled with the title"
    );
    assert!(chapter.contains("href=\"../../en/demo/two.html#second-section\""));
    assert!(chapter.contains("<aside class=\"callout callout-note\" role=\"note\"><p class=\"callout-title\">Note</p>"));
    assert!(chapter.contains("Smart “quotes”"));
    assert!(chapter.contains("class=\"footnote-definition\""));
    assert!(chapter.contains("<del>not done</del>"));
    assert!(chapter.contains("class=\"hl-"), "code is highlighted into classes");
    assert!(chapter.contains("<img src=\"../../static/img/square.svg\" alt=\"A red square\" />"));
    assert!(chapter.contains("data-activity=\"worksheet\""), "a stand-alone worksheet link embeds it");
    assert!(chapter.contains("<a class=\"next\" rel=\"next\" href=\"../../en/demo/two.html\">"));
    assert!(chapter.contains("Capacity matters."), "key messages");
    assert!(chapter.contains("aria-current=\"page\""), "sidebar marks the current chapter");
    assert!(chapter.contains("class=\"skip-link\" href=\"#main\""), "skip link");

    let case = read(&out, "en/cases/alpha-case.html");
    for text in [
        "Alphaland",
        "Africa",
        "National",
        "SDG 4",
        "SDG 16",
        "Alpha report",
        "Alpha Ministry",
        "Numbered 1.1 in the source.",
    ] {
        assert!(case.contains(text), "case page lacks {text:?}");
    }
    assert!(case.contains("href=\"https://example.org/alpha\""));
    // Back-link to the chapter that uses the case, with the section that links it.
    assert!(
        case.contains("href=\"../../en/demo/one.html\">First chapter</a> <span class=\"meta\">(section 1.1)</span>"),
        "{case}"
    );

    let index = read(&out, "en/cases/index.html");
    assert!(index.contains("id=\"region-africa\"") && index.contains("id=\"region-europe\""));
    assert!(index.contains("data-sdg=\"4|16\""));
    assert!(index.contains("<dt>Alphaland</dt>"), "by-country list works without JavaScript");

    let glossary = read(&out, "en/glossary.html");
    assert!(glossary.contains("id=\"capacity-development\""));
    assert!(glossary.contains("<a href=\"#capacity\">Capacity</a>"), "see-also links");

    let assessment = read(&out, "en/assessments/readiness.html");
    assert!(assessment.contains("<span data-var=\"organisation\">ministry</span>"), "variables take the first edition");
    assert!(assessment.contains("5 statements to rate"));
    assert!(assessment.contains("assets/assessment.js"), "assessment pages load their script");
    assert!(!chapter.contains("assets/assessment.js"), "pages without an assessment do not");

    let sitemap = read(&out, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/course/en/demo/one.html</loc>"));
    assert!(!sitemap.contains("404.html"));

    let root = read(&out, "index.html");
    assert!(root.contains("url=en/index.html\""), "root page leads to the default locale");

    assert_eq!(broken_links(&out), Vec::<String>::new());
}

#[test]
fn output_has_no_external_requests() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    assert!(build(&fixture("valid"), &out).status.success());
    for (path, bytes) in snapshot(&out) {
        if !(path.ends_with(".html") || path.ends_with(".css") || path.ends_with(".js")) {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        for attr in ["src", "href"] {
            for v in attribute_values(&text, attr) {
                let external_resource = v.starts_with("http")
                    && !text.contains(&format!("<a href={v}"))
                    && !text.contains(&format!("<a href=\"{v}\""));
                assert!(!external_resource, "{path} loads {v} from the network");
            }
        }
        assert!(!text.contains("@import url(http"), "{path} imports remote CSS");
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    assert!(build(&fixture("valid"), &a).status.success());
    assert!(build(&fixture("valid"), &b).status.success());
    assert!(snapshot(&a) == snapshot(&b), "builds differ");
}

#[test]
fn failed_build_keeps_the_previous_site() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    let out = root.join("public");
    assert!(build(&root, &out).status.success());
    let before = snapshot(&out);

    let chapter = root.join("curriculum/courses/demo/chapters/two.md");
    let text = std::fs::read_to_string(&chapter).unwrap();
    std::fs::write(&chapter, text.replace("title: Second chapter", "titel: Second chapter")).unwrap();
    let o = build(&root, &out);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("curriculum/courses/demo/chapters/two.md:3:1"), "{}", stderr(&o));
    assert!(stderr(&o).contains("nothing was written, the previous site is unchanged"));
    assert!(snapshot(&out) == before, "the failed build changed the output");
    let leftovers: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temporary folders left behind: {leftovers:?}");
}

#[test]
fn rebuilding_replaces_stale_files() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    assert!(build(&fixture("valid"), &out).status.success());
    std::fs::write(out.join("en/stale.html"), "old").unwrap();
    assert!(build(&fixture("valid"), &out).status.success());
    assert!(!out.join("en/stale.html").exists());
}

#[test]
fn pages_are_compact_and_full_minification_is_a_setting() {
    let tmp = tempfile::tempdir().unwrap();
    let compact = tmp.path().join("compact");
    assert!(build(&fixture("valid"), &compact).status.success());
    let page = read(&compact, "en/demo/one.html");
    // The templates' indentation is gone; the text and the code block's line breaks are not.
    assert!(!page.contains("\n  <"), "no template indentation left: {page}");
    assert!(page.contains("<header class=\"site-header\"><a class=\"site-title\""), "{page}");
    assert!(page.contains("Built with coursebook. Works offline."));
    assert!(!page.contains("&#x2F;"), "URLs are not escaped needlessly");

    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    let config = std::fs::read_to_string(root.join("curriculum/site.yaml")).unwrap();
    std::fs::write(root.join("curriculum/site.yaml"), format!("{config}minify: true\n")).unwrap();
    let minified = tmp.path().join("minified");
    let o = build(&root, &minified);
    assert!(o.status.success(), "{}", stderr(&o));
    if !cfg!(feature = "minify") {
        assert!(stderr(&o).contains("built without the `minify` feature"), "{}", stderr(&o));
        assert_eq!(read(&minified, "en/demo/one.html"), page, "without the feature pages stay compacted");
        return;
    }
    let small = read(&minified, "en/demo/one.html");
    assert!(small.len() < page.len(), "{} bytes minified, {} compact", small.len(), page.len());
    assert!(small.contains("<h2 id=key-definitions><span class=secnum>1.1</span> Key definitions</h2>"), "{small}");
    assert!(broken_links(&minified).is_empty(), "{:?}", broken_links(&minified));
}

#[test]
fn optional_sections_follow_the_site_settings_and_the_content() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    let site_yaml = root.join("curriculum/site.yaml");
    let text = std::fs::read_to_string(&site_yaml).unwrap();
    std::fs::write(&site_yaml, format!("{text}navigation:\n  case_library: false\n  glossary: false\n")).unwrap();
    let out = root.join("public");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    let home = read(&out, "en/index.html");
    assert!(!home.contains("Case library") && !home.contains("cases.html"), "no case library link: {home}");
    assert!(!home.contains(">Glossary<"), "no glossary link");
    assert!(!out.join("en/cases.html").exists(), "no case library page");
    assert!(out.join("en/glossary.html").is_file(), "the glossary page stays for term links");
    assert!(out.join("en/cases/alpha-case.html").is_file(), "case pages stay for chapter links");
    assert!(!read(&out, "en/cases/alpha-case.html").contains("cases.html"), "no breadcrumb to a missing page");

    // A site with no case studies has no case library, without any setting.
    std::fs::write(&site_yaml, &text).unwrap();
    for case in ["alpha-case", "beta-case"] {
        std::fs::remove_file(root.join(format!("curriculum/cases/{case}.md"))).unwrap();
    }
    for chapter in ["one", "two"] {
        let path = root.join(format!("curriculum/courses/demo/chapters/{chapter}.md"));
        let body = std::fs::read_to_string(&path).unwrap();
        let body = body.replace("cases:\n  - alpha-case\n", "").replace("cases: [beta-case]\n", "");
        let body =
            body.replace("(case:alpha-case#context)", "(#key-definitions)").replace("[](case:alpha-case)", "the text");
        std::fs::write(&path, body.replace("[Beta](case:beta-case)", "Beta")).unwrap();
    }
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!out.join("en/cases.html").exists());
    assert!(!read(&out, "en/index.html").contains("Case library"));
}

#[test]
fn numbering_can_be_sections_chapters_or_none() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    let site_yaml = root.join("curriculum/site.yaml");
    let text = std::fs::read_to_string(&site_yaml).unwrap();
    let section_number = r#"<span class="secnum">1.1</span>"#;
    let out = root.join("public");
    assert!(build(&root, &out).status.success());
    assert!(read(&out, "en/demo/one.html").contains(section_number), "sections are numbered by default");

    std::fs::write(&site_yaml, format!("{text}numbering: chapters\n")).unwrap();
    assert!(build(&root, &out).status.success());
    let page = read(&out, "en/demo/one.html");
    assert!(!page.contains(r#"class="secnum""#), "no section numbers: {page}");
    assert!(page.contains("Chapter 1"), "the chapter keeps its number");
    let book = read(&out, "en/demo/print.html");
    assert!(book.contains("Chapter 1") && !book.contains(r#"class="secnum""#), "so does the print book");

    std::fs::write(&site_yaml, format!("{text}numbering: none\n")).unwrap();
    assert!(build(&root, &out).status.success());
    let page = read(&out, "en/demo/one.html");
    assert!(page.contains("numbering-none") && !page.contains("Chapter 1"), "nothing numbered: {page}");
    let book = read(&out, "en/demo/print.html");
    assert!(!book.contains("Chapter 1") && !book.contains(r#"class="secnum""#), "nor in the print book: {book}");

    std::fs::write(&site_yaml, format!("{text}numbering: roman\n")).unwrap();
    let o = run(&["check", "--root", root.to_str().unwrap()]);
    assert!(stderr(&o).contains("unknown value `roman`, expected `sections`, `chapters` or `none`"), "{}", stderr(&o));
}

#[test]
fn theme_files_can_be_overridden_one_by_one() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    std::fs::create_dir_all(root.join("themes/default/assets")).unwrap();
    std::fs::write(root.join("themes/default/assets/site.css"), "body{color:purple}").unwrap();
    let out = root.join("public");
    assert!(build(&root, &out).status.success());
    assert_eq!(read(&out, "assets/site.css"), "body{color:purple}");
    assert!(out.join("assets/site.js").is_file(), "other theme files still come from the default theme");
}

#[test]
fn shipped_curriculum_builds_cleanly_with_working_links() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(&repo_root(), &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("warning"), "{}", stderr(&o));
    assert_eq!(broken_links(&out), Vec::<String>::new());
    let course = read(&out, "en/capacities/index.html");
    assert!(course.contains("Capacities for Digital Government Transformation"));
}

#[test]
fn help_is_available_for_every_command() {
    for args in [vec!["--help"], vec!["build", "--help"], vec!["check", "--help"]] {
        let o = run(&args);
        assert!(o.status.success());
        assert!(String::from_utf8_lossy(&o.stdout).contains("Usage"));
    }
    let o = run(&["build", "--no-such-flag"]);
    assert_eq!(o.status.code(), Some(2));
}

/// Issue 3's "done when": the whole Capacities toolkit, as a reader of the default build sees it.
#[test]
fn shipped_capacities_course_is_complete() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    assert!(build(&repo_root(), &out).status.success());
    let course = read(&out, "en/capacities/index.html");
    let chapters = [
        "introduction",
        "holistic-approach",
        "situation-analysis",
        "envisioning",
        "strategy-and-roadmap",
        "monitoring-and-evaluation",
        "wrap-up",
    ];
    let mut sections = 0;
    let mut linked_cases = std::collections::BTreeSet::new();
    for ch in chapters {
        let page = read(&out, &format!("en/capacities/{ch}.html"));
        sections += page.matches("<span class=\"secnum\">").count();
        for href in attribute_values(&page, "href") {
            if let Some(case) = href.strip_prefix("../../en/cases/") {
                linked_cases.insert(case.split('#').next().unwrap().to_string());
            }
        }
        assert!(course.contains(&format!("href=\"../../en/capacities/{ch}.html\"")), "syllabus links {ch}");
        assert!(page.contains(&format!("href=\"../../en/quizzes/{ch}-quiz.html\"")), "{ch} links its quiz");
        assert!(
            page.contains(&format!("href=\"../../en/quizzes/{ch}-reflections.html\"")),
            "{ch} links its reflections"
        );
        assert!(page.contains(&format!("href=\"../../en/decks/{ch}-deck.html\"")), "{ch} links its slide deck");
    }
    assert_eq!(sections, 31, "7 chapters with 31 numbered sections");
    let case_pages: Vec<_> = std::fs::read_dir(out.join("en/cases"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "index.html")
        .collect();
    let index = read(&out, "en/cases/index.html");
    let capacities_cases: Vec<&String> = case_pages.iter().filter(|c| linked_cases.contains(*c)).collect();
    assert_eq!(capacities_cases.len(), 54, "54 case studies reachable from their chapters");
    for case in &case_pages {
        assert!(index.contains(&format!("href=\"../../en/cases/{case}")), "{case} is in the case index");
    }

    // Seven quizzes of at least six auto-graded questions, and the worksheet of chapter 7.
    for ch in chapters {
        let quiz = read(&out, &format!("en/quizzes/{ch}-quiz.html"));
        let graded =
            quiz.matches("<li class=\"question q-").count() - quiz.matches("<li class=\"question q-reflection").count();
        assert!(graded >= 6, "{ch}-quiz has {graded} graded questions");
    }
    assert!(
        read(&out, "en/capacities/wrap-up.html").contains("data-activity=\"worksheet\" data-id=\"action-plan\""),
        "the action plan is embedded in chapter 7"
    );

    // Every glossary term is linked from the chapters or the workshop's modules.
    let glossary = read(&out, "en/glossary.html");
    let terms: Vec<String> = attribute_values(&glossary, "id")
        .into_iter()
        .filter(|id| glossary.contains(&format!("<div class=\"term\" id=\"{id}\">")))
        .collect();
    assert!(terms.len() >= 35, "{} terms", terms.len());
    let mut all_chapters: String = chapters.iter().map(|ch| read(&out, &format!("en/capacities/{ch}.html"))).collect();
    for entry in std::fs::read_dir(out.join("en/innovation")).unwrap().flatten() {
        all_chapters.push_str(&std::fs::read_to_string(entry.path()).unwrap());
    }
    for term in &terms {
        assert!(all_chapters.contains(&format!("glossary.html#{term}")), "term {term} is linked from a chapter");
    }
}

/// Issue 8's "done when": the workshop course with its agenda, modules, DTCA and events.
#[test]
fn shipped_innovation_workshop_is_complete() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    assert!(build(&repo_root(), &out).status.success());
    let home = read(&out, "en/index.html");
    assert!(
        home.contains("Capacities for Digital Government Transformation")
            && home.contains("Innovation and Digital Government for Public Service Delivery")
    );
    let course = read(&out, "en/innovation/index.html");
    assert!(course.contains("class=\"week-grid\""), "the week grid");
    for day in 1..=5 {
        assert!(out.join(format!("en/innovation/day-{day}.html")).is_file(), "day {day} agenda");
    }
    let modules = std::fs::read_dir(out.join("en/innovation"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("module-"))
        .count();
    assert_eq!(modules, 32, "every module of the grid has a page");
    assert!(read(&out, "en/innovation/module-2-3.html").contains("Module 2.3"));
    assert!(read(&out, "en/assessments/dtca.html").contains("data-activity=\"assessment\""));
    for event in ["innovation-5-day", "d8-istanbul-2022", "toolkit-launch-webinar-2023"] {
        assert!(out.join(format!("en/events/{event}.html")).is_file(), "{event}");
    }
    for sheet in [
        "innovation-action-plan",
        "strategic-framework",
        "stakeholder-analysis",
        "iceberg-model",
        "doability-priority-grid",
    ] {
        assert!(out.join(format!("en/worksheets/{sheet}.html")).is_file(), "{sheet}");
    }
    let principles = read(&out, "en/frameworks/effective-governance-principles.html");
    assert_eq!(
        principles.matches("<ol class=\"fw-items depth-2\">").count(),
        11,
        "11 principles with their strategies"
    );
}

/// A link to a content file by its path (`one.md`, as links between files are written to work on
/// GitHub) is the link to its item: its page, its title when written with no text, its anchor
/// checked, and the cited case lists the chapter.
#[test]
fn links_to_content_files_by_path_are_links_to_their_items() {
    let (_tmp, root, out) = built_copy_of_valid();
    assert!(!read(&out, "en/cases/alpha-case.html").contains("Second chapter"));
    let two = root.join("curriculum/courses/demo/chapters/two.md");
    let text = std::fs::read_to_string(&two).unwrap();
    let links = "\nSee [](one.md#key-definitions), [the case](../../../cases/alpha-case.md) and [](one.md).\n";
    std::fs::write(&two, format!("{text}{links}")).unwrap();
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = read(&out, "en/demo/two.html");
    assert!(
        page.contains(
            "See <a href=\"../../en/demo/one.html#key-definitions\">Key definitions</a>, <a \
             href=\"../../en/cases/alpha-case.html\">the case</a> and <a href=\"../../en/demo/one.html\">First \
             chapter</a>."
        ),
        "{page}"
    );
    assert!(read(&out, "en/cases/alpha-case.html").contains("Second chapter"), "the case lists the chapter citing it");
    let book = read(&out, "en/demo/print.html");
    assert!(
        book.contains(
            "See <a href=\"#chapter-one--key-definitions\">Key definitions</a>, <a href=\"#case-alpha-case\">the \
             case</a> and <a href=\"#chapter-one\">First chapter</a>."
        ),
        "the print book links within itself: {book}"
    );

    std::fs::write(&two, format!("{text}\nSee [one](one.md#key-definitionz).\n")).unwrap();
    let o = build(&root, &out);
    assert_eq!(o.status.code(), Some(1));
    let said = stderr(&o);
    assert!(said.contains("`one.md` has no section or label `#key-definitionz`"), "{said}");
    assert!(said.contains("did you mean `#key-definitions`?"), "{said}");
}

/// A copy of the valid fixture (for tests that then edit it), built once: (its folder, the
/// copy, the site).
fn built_copy_of_valid() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    let out = tmp.path().join("public");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    (tmp, root, out)
}

/// The syllabus is written entry by entry (a course of thousands of chapters is never held
/// whole): each entry comes from `partials/syllabus-entry.html`, which a theme may override, and
/// a `course.html` override that forgets the syllabus gets one clear error.
#[test]
fn course_syllabus_entries_come_from_their_partial_and_a_frame_without_them_is_an_error() {
    let (_tmp, root, out) = built_copy_of_valid();
    let course = read(&out, "en/demo/index.html");
    let syllabus = course.split("<ol class=\"syllabus-list\">").nth(1).expect("a syllabus list");
    assert!(
        syllabus.starts_with("<li data-chapter=\"one\" data-quiz=\"one-quiz\"><h3><a href=\"../../en/demo/one.html\">"),
        "{syllabus}"
    );
    assert!(syllabus.contains("href=\"../../en/demo/two.html\""), "{syllabus}");
    assert!(course.contains("<dd>2 · "), "the chapter count is shown: {course}");
    assert!(course.trim_end().ends_with("</html>"));

    let partials = root.join("themes/default/templates/partials");
    std::fs::create_dir_all(&partials).unwrap();
    std::fs::write(
        partials.join("syllabus-entry.html"),
        "<li class=\"ours\"><a href=\"{{ ch.url }}\">{{ ch.number }}. {{ ch.title }}</a></li>",
    )
    .unwrap();
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    let course = read(&out, "en/demo/index.html");
    assert_eq!(course.matches("<li class=\"ours\">").count(), 2, "one overridden entry per chapter: {course}");

    std::fs::write(
        root.join("themes/default/templates/course.html"),
        "{% extends \"base.html\" %}{% block content %}<h1>{{ page.title }}</h1>{% endblock %}",
    )
    .unwrap();
    let o = build(&root, &out);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("course.html does not show the syllabus") && err.contains("{{ syllabus | safe }}"), "{err}");
    assert_eq!(err.matches("does not show the syllabus").count(), 1, "one mistake, one error: {err}");
}

/// The sidebar lists the course's chapters, the current one marked, each entry from
/// `partials/nav-chapter.html` (rendered once per chapter, not on every page). A theme may
/// override the partial; a `base.html` written for the old `course.chapters` list gets one error
/// at its loop that says what replaced it.
#[test]
fn sidebar_entries_come_from_their_partial_and_an_old_base_template_gets_one_clear_error() {
    let (_tmp, root, out) = built_copy_of_valid();
    let page = read(&out, "en/demo/two.html");
    let sidebar =
        page.split("<ol class=\"nav-chapters\">").nth(1).expect("a chapter list").split("</ol>").next().unwrap();
    assert_eq!(sidebar.matches("<li>").count(), 2, "{sidebar}");
    assert!(sidebar.contains("<li><a href=\"../../en/demo/one.html\"><span class=\"num\">1</span>"), "{sidebar}");
    assert!(sidebar.contains("<a href=\"../../en/demo/two.html\" aria-current=\"page\">"), "{sidebar}");
    assert_eq!(sidebar.matches("aria-current").count(), 1, "only the page itself is current: {sidebar}");
    let other = read(&out, "en/demo/one.html");
    assert!(other.contains("<a href=\"../../en/demo/one.html\" aria-current=\"page\">"), "{other}");
    assert!(!other.contains("<a href=\"../../en/demo/two.html\" aria-current"), "{other}");

    let templates = root.join("themes/default/templates");
    std::fs::create_dir_all(templates.join("partials")).unwrap();
    std::fs::write(
        templates.join("partials/nav-chapter.html"),
        "<li class=\"ours\">{% if ch.current %}<b>{{ ch.title }}</b>{% else %}<a href=\"{{ ch.url }}\">{{ ch.title }}</a>{% endif %}</li>",
    )
    .unwrap();
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = read(&out, "en/demo/two.html");
    assert_eq!(page.matches("<li class=\"ours\">").count(), 2, "{page}");
    assert!(page.contains("<li class=\"ours\"><a href=\"../../en/demo/one.html\">"), "{page}");
    assert!(page.contains("<li class=\"ours\"><b>"), "{page}");

    let base = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/base.html"),
    )
    .unwrap()
    .replace(
        "{{ course.chapters_html | safe }}",
        "\n{% for ch in course.chapters %}<li><a href=\"{{ ch.url }}\">{{ ch.title }}</a></li>{% endfor %}",
    );
    std::fs::write(templates.join("base.html"), &base).unwrap();
    let o = build(&root, &out);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    let line = base.lines().position(|l| l.contains("course.chapters %}")).unwrap() + 1;
    assert!(err.contains(&format!("themes/default/templates/base.html:{line}:")), "{err}");
    assert!(err.contains("`course.chapters` not found") && err.contains("{{ course.chapters_html | safe }}"), "{err}");
    assert!(err.contains("1 error,"), "every page's failure is the one mistake: {err}");
    assert!(out.join("en/demo/two.html").exists(), "the last good site stays");
}

/// The programme of an event in the file a real iCalendar parser (ical.js, Thunderbird's) reads.
fn calendar(file: &std::path::Path) -> serde_json::Value {
    assert!(
        repo_root().join("tests/browser/node_modules/ical.js").is_dir(),
        "ical.js is missing: run tests/setup.sh (npm ci in tests/browser), then cargo test again"
    );
    let script = repo_root().join("tests/browser/ical-parse.mjs");
    let o = tool("node", "nodejs").arg(&script).arg(file).output().unwrap();
    assert!(o.status.success(), "ical.js could not read {}: {}", file.display(), stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// Each event with dates has a calendar file, linked from its page, that a calendar reads as the
/// programme says: instants in UTC for an event in a named time zone, clock times for one in a
/// place, whole days when only dates are known; text from content never adds an entry.
#[test]
fn event_calendars_hold_the_programme_as_a_calendar_reads_it() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    let o = run(&["new", "agenda", "demo", "--root", root.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let deliveries = root.join("curriculum/deliveries");
    std::fs::create_dir_all(&deliveries).unwrap();
    let files = [
        (
            "online",
            "id: online\ntitle: \"Launch; part one, live\"\ncourse: demo\nmode: online\ndates: { start: 2027-03-15 }\n\
             timezones: [Asia/Seoul, Europe/Paris]\nsessions:\n  - name: \"Opening\\nEND:VEVENT\\nBEGIN:VEVENT\"\n    \
             start: \"15:00\"\n    end: \"15:30\"\n    items:\n      - { title: Welcome, type: welcome, start: \"15:00\", \
             end: \"15:10\", speakers: [Ms. Kim] }\n",
        ),
        (
            "week",
            "id: week\ntitle: Week in Nairobi\ncourse: demo\nmode: in-person\nvenue: Nairobi, Kenya\ndays:\n  - { day: 1, \
             date: 2027-04-05 }\n",
        ),
        ("later", "id: later\ntitle: Later\ncourse: demo\nmode: hybrid\ndates: { start: 2027-05-03, end: 2027-05-04 }\n"),
        ("undated", "id: undated\ntitle: Undated\ncourse: demo\nmode: hybrid\n"),
    ];
    for (id, yaml) in files {
        std::fs::write(deliveries.join(format!("{id}.yaml")), yaml).unwrap();
    }
    let out = root.join("public");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));

    let online = calendar(&out.join("en/events/online.ics"));
    // ical.js leaves the value of a property it does not know (the calendar's name, which Apple's
    // and Google's calendars show) as written: escaped, as TEXT is.
    assert_eq!(online["name"], "Launch\\; part one\\, live");
    let events = online["events"].as_array().unwrap();
    assert_eq!(events.len(), 1, "one session, one entry: {online:#}");
    let e = &events[0];
    assert_eq!(e["summary"], "Launch; part one, live · Opening\nEND:VEVENT\nBEGIN:VEVENT");
    assert_eq!(e["description"], "15:00–15:10 Welcome · Welcome · Ms. Kim");
    // 15:00 in Seoul (UTC+9).
    assert_eq!((e["start"]["text"].as_str(), e["start"]["utc"].as_bool()), (Some("2027-03-15T06:00:00Z"), Some(true)));
    assert_eq!(e["end"]["text"], "2027-03-15T06:30:00Z");
    assert_eq!(e["url"], "https://example.org/course/en/events/online.html");
    assert_eq!(e["uid"], "online-1-1@example.org");

    // The course agenda's day 1 on the event's date, in Nairobi's clock time.
    let week = calendar(&out.join("en/events/week.ics"));
    let e = &week["events"][0];
    assert_eq!(week["events"].as_array().unwrap().len(), 1);
    assert_eq!(e["summary"], "Week in Nairobi · Day 1 · Morning session");
    assert_eq!(
        (e["start"]["text"].as_str(), e["start"]["floating"].as_bool()),
        (Some("2027-04-05T09:00:00"), Some(true))
    );
    assert_eq!(e["end"]["text"], "2027-04-05T12:00:00");
    assert_eq!(e["location"], "Nairobi, Kenya");
    assert_eq!(e["description"], "09:00–09:45 1.1 First chapter · Lecture\n09:45–10:30 1.2 Second chapter · Lecture");

    // Only dates: the days, the last one included.
    let later = calendar(&out.join("en/events/later.ics"));
    let e = &later["events"][0];
    assert_eq!((e["start"]["text"].as_str(), e["start"]["allDay"].as_bool()), (Some("2027-05-03"), Some(true)));
    assert_eq!(e["end"]["text"], "2027-05-05");

    assert!(read(&out, "en/events/online.html").contains("<a href=\"online.ics\" download type=\"text/calendar\">"));
    assert!(
        read(&out, "en/events/later.html").contains(
            "<time datetime=\"2027-05-03\">3 May 2027</time> – <time datetime=\"2027-05-04\">4 May 2027</time>"
        ),
        "dates as the locale writes them"
    );
    assert!(!out.join("en/events/undated.ics").exists());
    assert!(!read(&out, "en/events/undated.html").contains(".ics"), "no link without dates");
}
