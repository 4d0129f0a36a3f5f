//! A lesson written for the tests (`tests/fixtures/lesson`): every lesson block kind, lesson
//! metadata, a quiz, a reflection and a worksheet with model answers, and a Spanish translation
//! with one heading more than its source, built in the learner and the facilitator edition.

mod common;
use common::*;
use std::path::Path;

/// Every file of a built site whose text contains `needle`.
fn files_containing(out: &Path, needle: &str) -> Vec<String> {
    snapshot(out)
        .into_iter()
        .filter(|(_, bytes)| String::from_utf8_lossy(bytes).contains(needle))
        .map(|(path, _)| path)
        .collect()
}

/// The texts only facilitators may see: notes, solutions and model answers.
const FACILITATOR_ONLY: [&str; 6] = [
    "HIDDEN-FACILITATOR-NOTE",
    "HIDDEN-SOLUTION-TEXT",
    "HIDDEN-SECOND-SOLUTION",
    "HIDDEN-SPANISH-SOLUTION",
    "HIDDEN-MODEL-ANSWER",
    "HIDDEN-WORKSHEET-ANSWER",
];

fn build_edition(root: &Path, out: &Path, edition: &str) -> String {
    let o = bin()
        .args(["build", "--root", root.to_str().unwrap(), "--out", out.to_str().unwrap()])
        .args(["--edition", edition])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(o.status.success(), "{edition}: {}", stderr(&o));
    stderr(&o)
}

#[test]
fn the_learner_edition_holds_no_note_solution_or_model_answer() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("learner");
    build_edition(&fixture("lesson"), &out, "learner");
    for text in FACILITATOR_ONLY {
        assert_eq!(files_containing(&out, text), Vec::<String>::new(), "{text} leaked into the learner edition");
    }
    let page = read(&out, "en/data-basics/reading-tables.html");
    // The blocks learners do get, each as its kind.
    for class in ["block-objectives", "block-prerequisites", "block-callout", "block-exercise", "block-hint"] {
        assert!(page.contains(class), "{class} missing");
    }
    for class in ["block-discussion", "block-checklist", "block-keypoints"] {
        assert!(page.contains(class), "{class} missing");
    }
    assert!(page.contains(r#"<details class="block block-hint">"#), "hints are collapsed: {page}");
    assert!(!page.contains("block-solution") && !page.contains("block-facilitator"));
    assert!(!out.join("en/data-basics/facilitator-guide.html").exists(), "no facilitator guide for learners");
    // Quiz explanations are learner feedback; answer keys of reflections are not.
    assert!(read(&out, "en/quizzes/tables-quiz.html").contains("QUIZ-EXPLANATION"));
}

#[test]
fn the_facilitator_edition_shows_notes_open_solutions_model_answers_and_a_guide() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("facilitator");
    build_edition(&fixture("lesson"), &out, "facilitator");
    for text in FACILITATOR_ONLY {
        assert!(!files_containing(&out, text).is_empty(), "{text} missing from the facilitator edition");
    }
    let page = read(&out, "en/data-basics/reading-tables.html");
    assert!(page.contains(r#"<details class="block block-solution" open>"#), "solutions open: {page}");
    let guide = read(&out, "en/data-basics/facilitator-guide.html");
    for text in [
        "Teaching: 55 minutes",
        "Exercises: 35 minutes",
        "Printed copies of the sample budget table",
        "Check the projector shows the whole table",
        "HIDDEN-FACILITATOR-NOTE",
    ] {
        assert!(guide.contains(text), "the guide lacks {text:?}");
    }
    assert!(read(&out, "es/data-basics/reading-tables.html").contains("HIDDEN-SPANISH-SOLUTION"));
}

#[test]
fn a_translation_with_another_heading_count_builds_and_keeps_the_sources_anchors() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let warnings = build_edition(&fixture("lesson"), &out, "learner");
    assert!(
        warnings.contains("the translation has 3 headings, its source 2: `## Una sección que el original no tiene`"),
        "{warnings}"
    );
    let es = read(&out, "es/data-basics/reading-tables.html");
    assert!(es.contains(r#"id="totals-and-shares""#), "the written {{#id}} keeps the source's anchor");
    assert!(es.contains(r#"id="what-a-table-holds""#), "the first heading keeps the source's anchor by matching");
    // The untranslated chapter's link into the translated one still lands on its section.
    let comparing = read(&out, "es/data-basics/comparing.html");
    assert!(comparing.contains("reading-tables.html#totals-and-shares"), "{comparing}");
}

#[test]
fn learner_solutions_puts_solutions_collapsed_in_the_learner_edition() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("lesson"), &root);
    let site = root.join("curriculum/site.yaml");
    let text = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, format!("{text}learner_solutions: true\n")).unwrap();
    let out = tmp.path().join("out");
    build_edition(&root, &out, "learner");
    let page = read(&out, "en/data-basics/reading-tables.html");
    assert!(page.contains(r#"<details class="block block-solution">"#), "collapsed: {page}");
    assert!(page.contains("HIDDEN-SOLUTION-TEXT"));
    assert!(!page.contains("HIDDEN-FACILITATOR-NOTE"), "notes stay out");
}

#[test]
fn exports_for_a_learning_platform_hold_no_facilitator_text_for_learners() {
    let tmp = tempfile::tempdir().unwrap();
    let root = fixture("lesson");
    for (format, file) in [("scorm", "lesson.zip"), ("gift", "lesson.gift"), ("moodle-xml", "lesson.xml")] {
        let out = tmp.path().join(file);
        let o = run(&["export", format, "--root", root.to_str().unwrap(), "-o", out.to_str().unwrap()]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        let bytes = if format == "scorm" {
            // Every file of the package, decompressed.
            let mut archive = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
            let mut all = Vec::new();
            for i in 0..archive.len() {
                std::io::copy(&mut archive.by_index(i).unwrap(), &mut all).unwrap();
            }
            all
        } else {
            std::fs::read(&out).unwrap()
        };
        let mut text = String::from_utf8_lossy(&bytes).into_owned();
        if format == "moodle-xml" {
            // A model answer goes to Moodle's information for graders, which students never see.
            let grader = "<graderinfo format=\"html\"><text><![CDATA[HIDDEN-MODEL-ANSWER";
            assert!(text.contains(grader), "the model answer is grader information: {text}");
            text = text.replace(grader, "");
        }
        for hidden in FACILITATOR_ONLY {
            assert!(!text.contains(hidden), "{format} holds {hidden}");
        }
    }
}

#[test]
fn figures_tables_exercises_and_equations_are_numbered_and_references_read_their_numbers() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build_edition(&fixture("lesson"), &out, "learner");
    let first = read(&out, "en/data-basics/reading-tables.html");
    for html in [
        r#"<figure class="figure" id="fig-spending"><img src="../../static/img/spending.svg" alt="Bar chart: education is the largest of three sectors" /><figcaption><span class="number-label">Figure 1.1</span>: Spending by sector<p>Source: the sample budget, in millions.</p></figcaption></figure>"#,
        r#"<caption><span class="number-label">Table 1.1</span>: The sample budget</caption>"#,
        r#"id="ex-largest"><p class="block-title"><span class="number-label">Exercise 1.1</span>: Find the largest item</p>"#,
        r#"<p id="unit-rule">Every number in a table has a unit"#,
        // Same-page references with no text read as the number.
        r##"<a href="#fig-spending">Figure 1.1</a> draws the sample table of <a href="#tab-budget">Table 1.1</a>"##,
    ] {
        assert!(first.contains(html), "{html} missing from {first}");
    }
    assert!(!first.contains("{#unit-rule}"), "a label is not shown");
    let second = read(&out, "en/data-basics/comparing.html");
    for html in [
        // From another chapter, numbered by the chapter they are in.
        r#"<a href="../../en/data-basics/reading-tables.html#fig-spending">Figure 1.1</a>"#,
        r#"<a href="../../en/data-basics/reading-tables.html#tab-budget">Table 1.1</a>"#,
        r#"<a href="../../en/data-basics/reading-tables.html#ex-largest">Exercise 1.1</a>"#,
        r#"<a href="../../en/data-basics/reading-tables.html#unit-rule">the unit rule</a>"#,
        r##"<a href="#eq-shares">Equation 2.1</a>"##,
        r##"<a href="#eq-log-growth">Equation 2.2</a>"##,
        r##"<a href="#ex-growth">Exercise 2.1</a>"##,
        r#"<div class="math-display equation" id="eq-shares">"#,
        r#"<span class="equation-number">(2.2)</span>"#,
    ] {
        assert!(second.contains(html), "{html} missing from {second}");
    }
    assert_eq!(second.matches("equation-number").count(), 2, "only labelled equations are numbered");
    // The Spanish translation's figure writes no label and takes its source's; references read
    // in Spanish, also on the untranslated chapter.
    let es = read(&out, "es/data-basics/reading-tables.html");
    assert!(es.contains(r#"<figure class="figure" id="fig-spending">"#), "{es}");
    assert!(es.contains(r#"<span class="number-label">Figura 1.1</span>: Gasto por sector"#), "{es}");
    assert!(es.contains(
        r##"<a href="#fig-spending">Figura 1.1</a> dibuja la tabla de ejemplo de <a href="#tab-budget">Tabla 1.1</a>"##
    ));
    let es_second = read(&out, "es/data-basics/comparing.html");
    for text in [
        r#"reading-tables.html#fig-spending">Figura 1.1</a>"#,
        r#"reading-tables.html#ex-largest">Ejercicio 1.1</a>"#,
        r##"<a href="#eq-shares">Ecuación 2.1</a>"##,
    ] {
        assert!(es_second.contains(text), "{text} missing from {es_second}");
    }
    assert_eq!(broken_links(&out), Vec::<String>::new());
}

/// The print book numbers as the pages do, and a reference with no text reads the number
/// there too (it read "Exercise {$number}", or nothing, before).
#[test]
fn the_print_book_numbers_figures_tables_exercises_and_equations_as_the_pages_do() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build_edition(&fixture("lesson"), &out, "learner");
    let book = read(&out, "en/data-basics/print.html");
    assert!(!book.contains("{$"), "a placeholder left in the book");
    for html in [
        r#"<span class="number-label">Figure 1.1</span>"#,
        r#"<span class="number-label">Table 1.1</span>"#,
        r#"<span class="number-label">Exercise 1.1</span>"#,
        r#"<span class="number-label">Exercise 2.1</span>"#,
        // Within a chapter, and from one chapter to another, references stay in the book.
        r##"<a href="#chapter-reading-tables--fig-spending">Figure 1.1</a> draws the sample table of <a href="#chapter-reading-tables--tab-budget">Table 1.1</a>"##,
        r##"<a href="#chapter-comparing--eq-shares">Equation 2.1</a>"##,
        r##"<a href="#chapter-comparing--ex-growth">Exercise 2.1</a>"##,
        r##"<a href="#chapter-reading-tables--ex-largest">Exercise 1.1</a>"##,
    ] {
        assert!(book.contains(html), "{html} missing from the print book");
    }
    let es = read(&out, "es/data-basics/print.html");
    assert!(!es.contains("{$"), "a placeholder left in the Spanish book");
    assert!(es.contains(r#"<span class="number-label">Figura 1.1</span>"#));
    assert_eq!(broken_links(&out), Vec::<String>::new());
}

#[test]
fn a_course_with_figures_lists_them_on_a_page_linked_from_the_course_page() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build_edition(&fixture("lesson"), &out, "learner");
    let course = read(&out, "en/data-basics/index.html");
    assert!(course.contains(r#"<a href="../../en/data-basics/figures.html">List of figures</a>"#), "{course}");
    let list = read(&out, "en/data-basics/figures.html");
    assert!(list.contains("<h1>List of figures</h1>"), "{list}");
    assert!(
        list.contains(r#"<a href="../../en/data-basics/reading-tables.html#fig-spending"><span class="number-label">Figure 1.1</span></a> <span>Spending by sector</span>"#),
        "{list}"
    );
    let article = &list[list.find("<article").unwrap()..list.find("</article>").unwrap()];
    assert!(!article.contains("comparing.html"), "a chapter without figures is not listed: {article}");
    let es = read(&out, "es/data-basics/figures.html");
    assert!(
        es.contains("<h1>Índice de figuras</h1>") && es.contains("Figura 1.1") && es.contains("Gasto por sector"),
        "{es}"
    );
    assert!(read(&out, "es/data-basics/index.html").contains(">Índice de figuras</a>"));
}

#[test]
fn unknown_labels_duplicates_and_figures_without_image_or_alt_text_are_errors_at_their_position() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("lesson"), &root);
    let chapter = root.join("curriculum/courses/data-basics/chapters/comparing.md");
    let text = std::fs::read_to_string(&chapter).unwrap();
    let first_new_line = text.lines().count() + 2;
    let added = "\nSee [](chapter:reading-tables#fig-nope) and [](#eq-nope).\n\n\
        ::: figure {#fig-noalt} No alt\n![](../../../../static/img/spending.svg)\n:::\n\n\
        ::: figure {#fig-empty} Nothing\nJust words.\n:::\n\n\
        $$\nx = 1\n$$ {#eq-shares}\n\n{#lonely}\n";
    std::fs::write(&chapter, format!("{text}{added}")).unwrap();
    // The translation drops the paragraph label its source has.
    let es = root.join("locales/es/courses/data-basics/chapters/reading-tables.md");
    let translated = std::fs::read_to_string(&es).unwrap();
    std::fs::write(&es, translated.replace("{#unit-rule}\n", "")).unwrap();
    let o = run(&["check", "--root", root.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let errors: Vec<String> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            format!("{}:{}:{}: {}", d["file"].as_str().unwrap(), d["line"], d["column"], d["message"].as_str().unwrap())
        })
        .collect();
    let at = |line: usize, column: usize, message: &str| {
        format!("curriculum/courses/data-basics/chapters/comparing.md:{}:{column}: {message}", first_new_line + line)
    };
    assert_eq!(
        errors,
        vec![
            at(0, 5, "`chapter:reading-tables` has no section or label `#fig-nope`"),
            at(0, 45, "this page has no section or label `#eq-nope`"),
            at(3, 1, "image `../../../../static/img/spending.svg` has no alt text"),
            at(6, 1, "this figure holds no image"),
            at(10, 1, "the anchor `#eq-shares` is already used on this page, at line 32"),
            at(14, 1, "the label `{#lonely}` stands alone, so it labels nothing"),
            "locales/es/courses/data-basics/chapters/reading-tables.md:22:1: the translation has no paragraph \
             labelled `#unit-rule` (line 42 of curriculum/courses/data-basics/chapters/reading-tables.md)"
                .to_string(),
        ]
    );
}

#[test]
fn a_facilitator_scorm_package_is_made_only_when_asked_for() {
    let tmp = tempfile::tempdir().unwrap();
    let root = fixture("lesson");
    let out = tmp.path().join("facilitator.zip");
    let o = run(&[
        "export",
        "scorm",
        "--edition",
        "facilitator",
        "--root",
        root.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let mut all = Vec::new();
    for i in 0..archive.len() {
        std::io::copy(&mut archive.by_index(i).unwrap(), &mut all).unwrap();
    }
    let text = String::from_utf8_lossy(&all);
    for shown in ["HIDDEN-FACILITATOR-NOTE", "HIDDEN-SOLUTION-TEXT"] {
        assert!(text.contains(shown), "{shown} missing from the facilitator package");
    }
    // Its default name says which edition it is.
    let site = tmp.path().join("site");
    copy_tree(&root, &site);
    let o = run(&["export", "scorm", "--edition", "facilitator", "--root", site.to_str().unwrap(), "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(site.join("exports/data-basics-facilitator-en-scorm12.zip").is_file());
}
