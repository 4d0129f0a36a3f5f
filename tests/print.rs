//! The course in the forms a workshop uses (#18): the print book of each course and locale, the
//! PDF typeset by Typst (checked with poppler's pdftotext and pdffonts, and its outline read with
//! lopdf), and the offline copy (its zip read back). The browser test of the offline copy is
//! tests/browser/pack.test.mjs.

mod common;

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::*;
use scraper::{Html, Selector};

/// The shipped curriculum built once for the tests of this file.
fn shipped() -> &'static Path {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &SITE
        .get_or_init(|| {
            let tmp = tempfile::tempdir().unwrap();
            let out = tmp.path().join("public");
            let o = build(&repo_root(), &out);
            assert!(o.status.success(), "{}", stderr(&o));
            (tmp, out)
        })
        .1
}

/// The `key:` value of a Markdown file's front matter.
fn front(path: &Path, key: &str) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("{key}:")))
        .unwrap_or_else(|| panic!("{key} in {}", path.display()));
    line[key.len() + 1..].trim().trim_matches('"').to_string()
}

/// The chapters of a course in order: (id, title) in a locale (the translation when there is one).
fn chapters(course: &str, locale: &str) -> Vec<(String, String)> {
    let root = repo_root();
    let course_md = root.join(format!("curriculum/courses/{course}/course.md"));
    let text = std::fs::read_to_string(&course_md).unwrap();
    let files: Vec<String> = text
        .lines()
        .skip_while(|l| !l.starts_with("chapters:"))
        .skip(1)
        .take_while(|l| l.trim_start().starts_with("- "))
        .map(|l| l.trim_start().trim_start_matches("- ").trim().to_string())
        .collect();
    files
        .iter()
        .map(|f| {
            let source = root.join(format!("curriculum/courses/{course}/{f}"));
            let translated = root.join(format!("locales/{locale}/courses/{course}/{f}"));
            let title_from = if locale != "en" && translated.is_file() { &translated } else { &source };
            (front(&source, "id"), front(title_from, "title"))
        })
        .collect()
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

#[test]
fn print_book_has_cover_contents_chapters_in_order_cases_once_glossary_and_answer_key() {
    let out = shipped();
    let html = read(out, "en/capacities/print.html");
    let doc = Html::parse_document(&html);
    let h1 = select(&doc, "h1");
    assert_eq!(h1.len(), 1, "the book's title is the page's only h1");
    assert_eq!(
        h1[0].text().collect::<String>().trim(),
        front(&repo_root().join("curriculum/courses/capacities/course.md"), "title")
    );
    // Every chapter, in the course's order, each with its contents entry.
    let mut last = 0;
    for (id, title) in chapters("capacities", "en") {
        let at = html.find(&format!("id=\"chapter-{id}\"")).unwrap_or_else(|| panic!("chapter {id} in the book"));
        assert!(at > last, "chapter {id} in course order");
        last = at;
        assert_eq!(select(&doc, &format!(".book-contents a[href=\"#chapter-{id}\"]")).len(), 1, "{id} in the contents");
        assert!(html[at..].contains(&title), "{title}");
    }
    // Cases once each, every chapter's cases among them; links between parts stay in the page.
    let cases: Vec<String> =
        select(&doc, "article.book-case h3").iter().map(|e| e.value().id().unwrap().to_string()).collect();
    let unique: BTreeSet<&String> = cases.iter().collect();
    assert_eq!(unique.len(), cases.len(), "each case once");
    assert!(cases.len() >= 40, "{} cases", cases.len());
    let ids: HashSet<&str> = select(&doc, "[id]").iter().filter_map(|e| e.value().id()).collect();
    let internal: Vec<String> =
        select(&doc, "main a[href^='#']").iter().map(|a| a.value().attr("href").unwrap()[1..].to_string()).collect();
    assert!(
        internal.iter().filter(|h| h.starts_with("case-")).count() > cases.len(),
        "chapters link their cases in the book"
    );
    assert!(
        internal.iter().any(|h| h.starts_with("chapter-") && h.contains("--")),
        "links to sections of chapters stay in the book"
    );
    for href in &internal {
        assert!(ids.contains(href.as_str()), "#{href} has no target in the book");
    }
    // (The site header keeps its link to the case library; the book's own links stay in it.)
    let leaving = select(&doc, "main a[href^='../../en/cases/']");
    assert!(
        leaving.is_empty(),
        "no case link leaves the book: {:?}",
        leaving.iter().map(|a| a.value().attr("href")).collect::<Vec<_>>()
    );
    // Quizzes as questions, without answers; their answers at the end; worksheets as blank forms.
    assert!(
        select(&doc, "main form, main input, main textarea, main select").is_empty(),
        "nothing to fill in on screen: forms are for paper"
    );
    let quizzes = select(&doc, ".book-chapter .print-quiz");
    assert_eq!(quizzes.len(), 14, "7 quizzes and 7 reflection sets");
    for q in &quizzes {
        assert!(
            q.select(&Selector::parse(".correct, .explanation").unwrap()).next().is_none(),
            "no answer beside a question"
        );
    }
    let key = html.find("id=\"book-answers\"").expect("an answer key");
    assert!(key > last, "the answer key comes after the chapters");
    assert!(html[key..].contains("capacity development"), "the answer key gives the answers");
    assert!(
        !select(&doc, ".print-worksheet table, .print-worksheet .write-lines").is_empty(),
        "worksheets as blank forms"
    );
    assert!(select(&doc, ".book-glossary dt").len() >= 20, "the terms the book uses");
    // The book is linked from the course page; print CSS breaks pages between parts.
    assert!(read(out, "en/capacities/index.html").contains("href=\"print.html\""));
    let css = read(out, "assets/print.css");
    assert!(css.contains("@media print") && css.contains("break-before: page"));
}

#[test]
fn print_book_of_a_translation_keeps_its_language_and_direction() {
    let out = shipped();
    let html = read(out, "ar/capacities/print.html");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let doc = Html::parse_document(&html);
    for (id, title) in chapters("capacities", "ar") {
        let heading = select(&doc, &format!("#chapter-{id}"));
        assert_eq!(heading[0].text().collect::<String>().trim(), title);
    }
    let zh = read(out, "zh-Hans/capacities/print.html");
    let doc = Html::parse_document(&zh);
    assert_eq!(select(&doc, "section.book-chapter:not([lang])").len(), 7, "every chapter is in Chinese");

    // A part that is not translated says so with its own language.
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    for dir in ["curriculum", "locales", "static"] {
        copy_tree(&repo_root().join(dir), &root.join(dir));
    }
    std::fs::remove_file(root.join("locales/zh-Hans/courses/capacities/chapters/02-holistic-approach.md")).unwrap();
    let partial = root.join("public");
    let o = build(&root, &partial);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = Html::parse_document(&read(&partial, "zh-Hans/capacities/print.html"));
    let untranslated = select(&doc, "section.book-chapter[lang=\"en\"]");
    assert_eq!(untranslated.len(), 1, "the chapter without a translation");
    assert_eq!(untranslated[0].value().attr("aria-labelledby"), Some("chapter-holistic-approach"));
    assert_eq!(select(&doc, "section.book-chapter:not([lang])").len(), 6);
}

#[cfg(feature = "pdf")]
mod pdf {
    use super::*;

    /// The PDFs of the Capacities course in English, Arabic and Chinese, made once.
    fn pdfs() -> &'static Path {
        static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
        DIR.get_or_init(|| {
            let tmp = tempfile::tempdir().unwrap();
            let root = repo_root();
            let o = run(&[
                "pdf",
                "--root",
                root.to_str().unwrap(),
                "--course",
                "capacities",
                "--locale",
                "en",
                "--locale",
                "ar",
                "--locale",
                "zh-Hans",
                "-o",
                tmp.path().to_str().unwrap(),
            ]);
            assert!(o.status.success(), "{}", stderr(&o));
            tmp
        })
        .path()
    }

    /// The PDF's text as pdftotext reads it, whitespace collapsed.
    fn text(pdf: &Path) -> String {
        let t = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]);
        t.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Text without any whitespace: a title broken over lines (or, in Chinese, between any two
    /// characters) still matches. Without the word joiner and the bidirectional marks
    /// pdftotext puts around right-to-left runs and numbers in them, too.
    fn collapse(s: &str) -> String {
        let invisible = |c: char| matches!(c, '\u{2060}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        s.chars().filter(|&c| !c.is_whitespace() && !invisible(c)).collect()
    }

    /// The titles of the top-level entries of the PDF's outline (bookmarks).
    fn outline(pdf: &Path) -> Vec<String> {
        let doc = lopdf::Document::load(pdf).unwrap();
        let catalog = doc.catalog().unwrap();
        let outlines = doc.get_dictionary(catalog.get(b"Outlines").unwrap().as_reference().unwrap()).unwrap();
        let mut titles = Vec::new();
        let mut next = outlines.get(b"First").ok().and_then(|o| o.as_reference().ok());
        while let Some(id) = next {
            let item = doc.get_dictionary(id).unwrap();
            titles.push(lopdf::decode_text_string(item.get(b"Title").unwrap()).unwrap());
            next = item.get(b"Next").ok().and_then(|o| o.as_reference().ok());
        }
        titles
    }

    fn check_book(locale: &str) {
        let pdf = pdfs().join(format!("capacities-{locale}.pdf"));
        let text = collapse(&text(&pdf));
        let chapters = chapters("capacities", locale);
        // Headings in page order: each chapter title after the previous one, after the contents.
        let mut at = text.find(&collapse(&chapters.last().unwrap().1)).expect("the contents list the chapters");
        for (id, title) in &chapters {
            let title = collapse(title);
            let found = text[at..].find(&title).unwrap_or_else(|| panic!("{locale}: chapter {id} `{title}` in order"));
            at += found + title.len();
        }
        // One outline entry per chapter, in order, among the parts of the book.
        let entries = outline(&pdf);
        let mut last = None;
        for (id, title) in &chapters {
            let matching: Vec<usize> =
                entries.iter().enumerate().filter(|(_, e)| e.ends_with(title.as_str())).map(|(i, _)| i).collect();
            assert_eq!(matching.len(), 1, "{locale}: one outline entry for {id} in {entries:?}");
            assert!(last < Some(matching[0]), "{locale}: outline in chapter order");
            last = Some(matching[0]);
        }
        // Every font embedded.
        let fonts = poppler("pdffonts", &[pdf.to_str().unwrap()]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty());
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let emb = cols[cols.len() - 5];
            assert_eq!(emb, "yes", "{locale}: font not embedded: {row}");
        }
        let info = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
        assert!(info.contains("Tagged:          yes"), "{info}");
        let pages: usize = info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap();
        assert!(pages > 50, "{pages} pages");
    }

    #[test]
    fn english_pdf_has_chapters_in_order_an_outline_and_embedded_fonts() {
        check_book("en");
        let text = text(&pdfs().join("capacities-en.pdf"));
        // The contents give page numbers; the answer key and handouts close the book.
        assert!(text.contains("Contents"));
        let answers = text.find("Answer key").expect("answer key");
        assert!(text[answers..].contains("capacity development"));
        assert!(text.rfind("Slide handouts").unwrap() > answers, "slide handouts after the answer key");
        assert!(text.contains("Speaker notes"));
    }

    #[test]
    fn arabic_pdf_is_shaped_right_to_left_in_an_arabic_font() {
        check_book("ar");
        let fonts = poppler("pdffonts", &[pdfs().join("capacities-ar.pdf").to_str().unwrap()]);
        assert!(fonts.contains("Arabic"), "an Arabic font: {fonts}");
        let text = text(&pdfs().join("capacities-ar.pdf"));
        assert!(text.contains("مفتاح الإجابات"), "Arabic text in logical order");
    }

    #[test]
    fn chinese_pdf_uses_a_chinese_font() {
        check_book("zh-Hans");
        let fonts = poppler("pdffonts", &[pdfs().join("capacities-zh-Hans.pdf").to_str().unwrap()]);
        assert!(fonts.contains("CJK"), "a CJK font: {fonts}");
    }

    #[test]
    fn a_missing_script_fails_with_the_font_to_install() {
        let tmp = tempfile::tempdir().unwrap();
        let fonts = tmp.path().join("fonts");
        std::fs::create_dir(&fonts).unwrap();
        // Noto Sans has Latin, Greek and Cyrillic, not Arabic (DejaVu Sans would have Arabic).
        let latin = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
        assert!(Path::new(latin).is_file(), "{latin} is missing: install the Debian package fonts-noto-core");
        std::fs::copy(latin, fonts.join("latin.ttf")).unwrap();
        let out = tmp.path().join("pdf");
        let root = repo_root();
        let o = run(&[
            "pdf",
            "--root",
            root.to_str().unwrap(),
            "--course",
            "capacities",
            "--locale",
            "ar",
            "--no-system-fonts",
            "--font-dir",
            fonts.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("Arabic") && err.contains("fonts-noto-core") && err.contains("Noto Naskh Arabic"),
            "{err}"
        );
        assert!(!out.join("capacities-ar.pdf").exists(), "no PDF with empty boxes");
    }

    #[test]
    fn content_cannot_inject_typst_and_pdfs_are_reproducible() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        copy_tree(&fixture("valid"), &root);
        let chapter = root.join("curriculum/courses/demo/chapters/one.md");
        let payload = "\n\n## Payloads\n\n#read(\"/etc/passwd\") and #panic(\"boom\") ] #[ $x^2$ &lt;lbl&gt; @ref \\u{41} \
                       // not a comment /* nor this */ `#eval(\"1\")` *bold* _em_\n\n= Not a heading\n\n```typst\n#import \"@preview/x:0.1.0\": *\n```\n";
        let mut markdown = std::fs::read_to_string(&chapter).unwrap();
        markdown.push_str(payload);
        std::fs::write(&chapter, markdown).unwrap();
        let out = tmp.path().join("pdf");
        let make = || {
            let o = run(&["pdf", "--root", root.to_str().unwrap(), "-o", out.to_str().unwrap(), "--keep-source"]);
            assert!(o.status.success(), "{}", stderr(&o));
            std::fs::read(out.join("demo-en.pdf")).unwrap()
        };
        let first = make();
        // Quotes come out typographic (“”), as everywhere in the book.
        let text = text(&out.join("demo-en.pdf")).replace(['“', '”'], "\"");
        for shown in [
            "#read(\"/etc/passwd\")",
            "#panic(\"boom\")",
            "x^2",
            "<lbl>",
            "@ref",
            "\\u{41}",
            "// not a comment",
            "= Not a heading",
            "#eval(\"1\")",
        ] {
            assert!(text.contains(shown), "`{shown}` is shown as text: {text}");
        }
        assert!(!text.contains("root:x:0:0"), "no file is read");
        assert_eq!(first, make(), "the same sources give the same PDF");
    }

    /// `numbering:` applies to the PDF as to the pages: `none` shows no chapter or section
    /// numbers ("Chapter", not "Chapter 1"), `chapters` numbers chapters only.
    #[test]
    fn the_pdf_numbers_what_the_site_numbers() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        copy_tree(&fixture("valid"), &root);
        let site = root.join("curriculum/site.yaml");
        let yaml = std::fs::read_to_string(&site).unwrap();
        let chapter = std::fs::read_to_string(root.join("curriculum/courses/demo/chapters/one.md")).unwrap();
        assert!(chapter.contains("key_messages:"), "the fixture's chapter has key messages");
        let pdf_text = |numbering: &str| {
            std::fs::write(&site, format!("{yaml}numbering: {numbering}\n")).unwrap();
            let out = tmp.path().join(numbering);
            let o = run(&["pdf", "--root", root.to_str().unwrap(), "-o", out.to_str().unwrap()]);
            assert!(o.status.success(), "{}", stderr(&o));
            text(&out.join("demo-en.pdf"))
        };
        let sections = pdf_text("sections");
        for numbered in ["Chapter 1", "1 First chapter", "1.1 Key definitions", "1.3 Key messages"] {
            assert!(sections.contains(numbered), "`{numbered}`: {sections}");
        }
        let chapters = pdf_text("chapters");
        for numbered in ["Chapter 1", "1 First chapter"] {
            assert!(chapters.contains(numbered), "`{numbered}`: {chapters}");
        }
        for unnumbered in ["1.1 Key definitions", "1.3 Key messages"] {
            assert!(!chapters.contains(unnumbered), "no section numbers (`{unnumbered}`): {chapters}");
        }
        let none = pdf_text("none");
        for unnumbered in ["Chapter 1", "1 First chapter", "1.1 Key definitions", "1.3 Key messages"] {
            assert!(!none.contains(unnumbered), "no numbers (`{unnumbered}`): {none}");
        }
        assert!(none.contains("Chapter First chapter"), "the kicker without its number: {none}");
    }

    #[test]
    fn build_with_pdf_true_links_each_course_pdf() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        copy_tree(&fixture("valid"), &root);
        let site = root.join("curriculum/site.yaml");
        std::fs::write(&site, format!("{}pdf: true\n", std::fs::read_to_string(&site).unwrap())).unwrap();
        let out = tmp.path().join("public");
        let o = build(&root, &out);
        assert!(o.status.success(), "{}", stderr(&o));
        let pdf = std::fs::read(out.join("en/demo/demo-en.pdf")).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(read(&out, "en/demo/index.html").contains("href=\"demo-en.pdf\""));
        assert!(read(&out, "en/demo/print.html").contains("href=\"demo-en.pdf\""));
    }

    /// The facilitator edition's PDF has the facilitator notes, and a name of its own beside the
    /// learners' PDF.
    #[test]
    fn facilitator_pdf_has_the_notes_and_sits_beside_the_learners_pdf() {
        let tmp = tempfile::tempdir().unwrap();
        let root = fixture("lesson");
        for edition in ["learner", "facilitator"] {
            let args =
                ["pdf", "--root", root.to_str().unwrap(), "--edition", edition, "-o", tmp.path().to_str().unwrap()];
            let o = run(&args);
            assert!(o.status.success(), "{}", stderr(&o));
        }
        let learner = text(&tmp.path().join("data-basics-en.pdf"));
        let facilitator = text(&tmp.path().join("data-basics-facilitator-en.pdf"));
        assert!(learner.contains("Reading tables") && !learner.contains("HIDDEN-FACILITATOR-NOTE"), "{learner}");
        assert!(facilitator.contains("HIDDEN-FACILITATOR-NOTE give groups five minutes"), "{facilitator}");
    }
}

/// The chapters are rendered one at a time from `partials/print-chapter.html` (so that a long
/// course's book is written as it is rendered, never held whole); a theme can override that
/// partial, and a `print.html` override that forgets where the chapters go gets a clear error.
#[test]
fn print_book_chapters_come_from_their_partial_and_a_frame_without_them_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    let partials = root.join("themes/default/templates/partials");
    std::fs::create_dir_all(&partials).unwrap();
    std::fs::write(
        partials.join("print-chapter.html"),
        "<section class=\"our-chapter\" id=\"{{ ch.anchor }}\"><h2>{{ ch.title }}</h2>{{ ch.body | safe }}</section>\n",
    )
    .unwrap();
    let out = tmp.path().join("public");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    let book = Html::parse_document(&read(&out, "en/demo/print.html"));
    let ours = select(&book, "section.our-chapter");
    let contents = select(&book, ".book-contents > ol > li > a[href^='#chapter-']");
    assert!(!ours.is_empty());
    assert_eq!(ours.len(), contents.len(), "one overridden section per chapter in the contents");
    for (section, link) in ours.iter().zip(&contents) {
        assert_eq!(Some(&*format!("#{}", section.value().attr("id").unwrap())), link.value().attr("href"));
    }
    // The page still ends as a whole page does, after the last chapter.
    assert!(select(&book, "footer").len() == 1 && read(&out, "en/demo/print.html").trim_end().ends_with("</html>"));

    std::fs::write(
        root.join("themes/default/templates/print.html"),
        "{% extends \"base.html\" %}{% block content %}<h1>{{ book.title }}</h1>{% endblock %}",
    )
    .unwrap();
    let o = build(&root, &out);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("print.html does not show the chapters"), "{err}");
    assert!(err.contains("{{ chapters | safe }}"), "{err}");
    assert_eq!(err.matches("does not show the chapters").count(), 1, "one mistake, one error: {err}");
    // The contents are written entry by entry too.
    assert!(err.contains("print.html does not show the contents") && err.contains("{{ contents | safe }}"), "{err}");
}

#[test]
fn output_folders_of_pdf_and_pack_never_hold_sources() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_tree(&fixture("valid"), &root);
    let r = root.to_str().unwrap();
    let mut commands = vec!["pack"];
    if cfg!(feature = "pdf") {
        commands.push("pdf");
    }
    for command in commands {
        for bad in ["curriculum", "static/out", "themes", "locales/x", "..", "."] {
            let out = root.join(bad);
            let o = run(&[command, "--root", r, "-o", out.to_str().unwrap()]);
            assert_eq!(o.status.code(), Some(2), "{command} -o {bad}: {}", stderr(&o));
        }
    }
    assert!(!root.join("curriculum").read_dir().unwrap().any(|e| e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with(".zip")));
}

/// A facilitator's offline copy (a workshop room without internet) holds the facilitator notes,
/// and is named, and unzips, so that it sits beside the learners' copy.
#[test]
fn facilitator_offline_copy_sits_beside_the_learners_copy() {
    let tmp = tempfile::tempdir().unwrap();
    let root = fixture("lesson");
    let out = tmp.path().join("offline");
    let pack = |edition: &str| {
        let args = ["pack", "--root", root.to_str().unwrap(), "--edition", edition, "-o", out.to_str().unwrap()];
        let o = run(&args);
        assert!(o.status.success(), "{}", stderr(&o));
    };
    pack("learner");
    pack("facilitator");
    let copy = |name: &str| {
        let mut zip = zip::ZipArchive::new(std::fs::File::open(out.join(name)).unwrap()).unwrap();
        let mut text = String::new();
        let mut folders = BTreeSet::new();
        for i in 0..zip.len() {
            let mut file = zip.by_index(i).unwrap();
            folders.insert(file.name().split('/').next().unwrap().to_string());
            if file.name().ends_with("reading-tables.html") {
                std::io::Read::read_to_string(&mut file, &mut text).unwrap();
            }
        }
        (folders, text)
    };
    let (folders, learner) = copy("data-basics-en.zip");
    assert_eq!(folders, BTreeSet::from(["data-basics-en".to_string()]));
    assert!(learner.contains("Reading tables") && !learner.contains("HIDDEN-FACILITATOR-NOTE"));
    let (folders, facilitator) = copy("data-basics-facilitator-en.zip");
    assert_eq!(folders, BTreeSet::from(["data-basics-facilitator-en".to_string()]), "a folder of its own");
    assert!(facilitator.contains("HIDDEN-FACILITATOR-NOTE give groups five minutes"), "the notes are in it");
}

#[test]
fn offline_copy_holds_the_course_in_its_language_and_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    let root = repo_root();
    let out = tmp.path().join("offline");
    let o = run(&[
        "pack",
        "--root",
        root.to_str().unwrap(),
        "--course",
        "capacities",
        "--locale",
        "fr",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("capacities-fr.zip") && stderr(&o).contains("KB") || stderr(&o).contains("MB"),
        "reports the size"
    );
    let file = std::fs::File::open(out.join("capacities-fr.zip")).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let names: BTreeSet<String> = (0..zip.len()).map(|i| zip.by_index(i).unwrap().name().to_string()).collect();
    assert!(names.iter().all(|n| n.starts_with("capacities-fr/")), "one folder");
    for needed in [
        "capacities-fr/index.html",
        "capacities-fr/README.txt",
        "capacities-fr/fr/capacities/index.html",
        "capacities-fr/fr/capacities/print.html",
        "capacities-fr/fr/capacities/introduction.html",
        "capacities-fr/fr/quizzes/introduction-quiz.html",
        "capacities-fr/fr/glossary.html",
        "capacities-fr/assets/site.css",
        "capacities-fr/assets/activity.js",
    ] {
        assert!(names.contains(needed), "{needed} in {names:?}");
    }
    assert!(names.iter().any(|n| n.starts_with("capacities-fr/fr/decks/")), "the decks");
    assert!(names.iter().any(|n| n.starts_with("capacities-fr/static/figures/")), "the figures the pages use");
    assert!(
        !names.iter().any(|n| n.starts_with("capacities-fr/en/") || n.starts_with("capacities-fr/ar/")),
        "no other language"
    );
    assert!(!names.iter().any(|n| n.starts_with("capacities-fr/fr/innovation/")), "no other course");
    let mut readme = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("capacities-fr/README.txt").unwrap(), &mut readme).unwrap();
    assert!(readme.contains("copie hors ligne") && readme.contains("index.html"), "{readme}");
    // Every link of every page leads to a file of the copy (or leaves the site).
    for name in names.iter().filter(|n| n.ends_with(".html")) {
        let mut html = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut html).unwrap();
        let dir = Path::new(name).parent().unwrap();
        for attr in ["href", "src"] {
            for link in attribute_values(&html, attr) {
                if link.contains(':') || link.starts_with('#') || link.is_empty() {
                    continue;
                }
                let path = link.split(['#', '?']).next().unwrap();
                let mut parts: Vec<String> =
                    dir.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
                for seg in path.split('/') {
                    match seg {
                        ".." => {
                            parts.pop();
                        }
                        "." | "" => {}
                        s => parts.push(percent_decode(s)),
                    }
                }
                let target = parts.join("/");
                assert!(names.contains(&target), "{name} links to {link}, which the copy does not hold");
            }
        }
    }
}

/// The files of the English offline copy of Capacities, and the pages of its search index.
fn packed_search(root: &Path, out: &Path) -> (BTreeSet<String>, Vec<String>) {
    let args = ["pack", "--root", root.to_str().unwrap(), "--course", "capacities", "--locale", "en", "-o"];
    let o = run(&[&args[..], &[out.to_str().unwrap()]].concat());
    assert!(o.status.success(), "{}", stderr(&o));
    let mut zip = zip::ZipArchive::new(std::fs::File::open(out.join("capacities-en.zip")).unwrap()).unwrap();
    let names: BTreeSet<String> = (0..zip.len()).map(|i| zip.by_index(i).unwrap().name().to_string()).collect();
    let mut docs = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("capacities-en/en/search/docs.js").unwrap(), &mut docs).unwrap();
    let json = docs.strip_prefix("CoursebookSearch.data(\"docs\",").unwrap().trim_end().strip_suffix(");").unwrap();
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    let pages = value["pages"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).collect();
    (names, pages)
}

/// The search index of an offline copy is the locale's: its results for pages the copy leaves
/// out lead to the published site when `base_url` is set, else to the notice page; the others
/// stay pages of the copy.
#[test]
fn offline_copy_search_results_lead_to_pages_it_holds_or_to_the_published_site() {
    let tmp = tempfile::tempdir().unwrap();
    let (names, pages) = packed_search(&repo_root(), &tmp.path().join("a"));
    assert!(pages.iter().any(|p| p == "en/capacities/introduction.html"), "{pages:?}");
    assert!(pages.iter().any(|p| p == "en/not-in-this-copy.html"), "another course's pages: {pages:?}");
    assert!(names.contains("capacities-en/en/not-in-this-copy.html"));
    for page in &pages {
        assert!(names.contains(&format!("capacities-en/{page}")), "a search result leads to {page}, not in the copy");
    }

    let site = tmp.path().join("site");
    for dir in ["curriculum", "locales", "static"] {
        copy_tree(&repo_root().join(dir), &site.join(dir));
    }
    let yaml = site.join("curriculum/site.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, format!("{text}base_url: https://learn.example.org/\n")).unwrap();
    let (names, pages) = packed_search(&site, &tmp.path().join("b"));
    assert!(pages.iter().any(|p| p.starts_with("https://learn.example.org/en/innovation/")), "{pages:?}");
    assert!(!pages.iter().any(|p| p.contains("not-in-this-copy")), "{pages:?}");
    for page in pages.iter().filter(|p| !p.starts_with("https://")) {
        assert!(names.contains(&format!("capacities-en/{page}")), "a search result leads to {page}, not in the copy");
    }
}

fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}
