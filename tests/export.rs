//! `coursebook export`: SCORM 1.2 packages checked against the SCORM 1.2 schemas (`xmllint
//! --schema`, schemas vendored in `tests/scorm12/`), GIFT banks parsed by a real GIFT parser
//! (gift-pegjs, in `tests/browser/node_modules`) and compared with the quizzes, Moodle XML
//! checked for well-formedness and the structure Moodle's importer reads (`xmllint --xpath`).
//! The run-time side of the package (an LMS in a browser) is `tests/browser/scorm.test.mjs`.
//!
//! These tests need `xmllint` (Debian's libxml2-utils) and Node with the browser tests' npm
//! packages; `tests/setup.sh` installs them. Without them the tests fail and say so.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{broken_links, fixture, repo_root, run, stderr, tool};

fn export(args: &[&str]) -> Output {
    let root = fixture("export");
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--root", root.to_str().unwrap()]);
    run(&all)
}

fn unzip(zip: &Path, into: &Path) -> BTreeMap<String, Vec<u8>> {
    let file = std::fs::File::open(zip).unwrap();
    let mut archive = zip::ZipArchive::new(file).expect("a zip file");
    archive.extract(into).unwrap();
    let mut entries = BTreeMap::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).unwrap();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut f, &mut bytes).unwrap();
        entries.insert(f.name().to_string(), bytes);
    }
    entries
}

fn xpath(file: &Path, expression: &str) -> String {
    let o = tool("xmllint", "libxml2-utils").args(["--xpath", expression]).arg(file).output().unwrap();
    assert!(o.status.success(), "xmllint --xpath {expression}: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

fn scorm_package(dir: &Path) -> (PathBuf, BTreeMap<String, Vec<u8>>) {
    let zip = dir.join("basics.zip");
    let o = export(&["scorm", "--course", "basics", "--locale", "en", "-o", zip.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("2 chapters as SCOs"), "{}", stderr(&o));
    let files = unzip(&zip, &dir.join("package"));
    (zip, files)
}

#[test]
fn scorm_manifest_is_valid_against_the_scorm_1_2_schemas() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, files) = scorm_package(tmp.path());
    let manifest = tmp.path().join("package/imsmanifest.xml");
    let schema = repo_root().join("tests/scorm12/scorm12-manifest.xsd");
    let o =
        tool("xmllint", "libxml2-utils").args(["--noout", "--schema"]).arg(&schema).arg(&manifest).output().unwrap();
    let report = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success() && report.contains("imsmanifest.xml validates"), "{report}");

    // The package carries the schemas it names, unchanged.
    for xsd in ["imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd"] {
        let vendored = std::fs::read(repo_root().join("tests/scorm12").join(xsd)).unwrap();
        assert_eq!(files.get(xsd), Some(&vendored), "{xsd} at the package's root");
    }

    // One SCO per chapter, in the course's order; the mastery score is the quiz's pass mark.
    let ns = "/*[local-name()='manifest']/*[local-name()='organizations']/*[local-name()='organization']";
    assert_eq!(xpath(&manifest, &format!("count({ns}/*[local-name()='item'])")), "2");
    assert_eq!(
        xpath(&manifest, &format!("string({ns}/*[local-name()='item'][1]/*[local-name()='title'])")),
        "1. First chapter"
    );
    assert_eq!(
        xpath(&manifest, &format!("string({ns}/*[local-name()='item'][2]/*[local-name()='title'])")),
        "2. Second chapter"
    );
    assert_eq!(
        xpath(&manifest, &format!("string({ns}/*[local-name()='item'][1]/*[local-name()='masteryscore'])")),
        "60"
    );
    assert_eq!(xpath(&manifest, &format!("count({ns}/*[local-name()='item'][2]/*[local-name()='masteryscore'])")), "0");
    assert_eq!(
        xpath(&manifest, &format!("string({ns}/*[local-name()='item'][1]/@parameters)")),
        "?sco=first&quiz=first-quiz"
    );
    let text = String::from_utf8_lossy(&files["imsmanifest.xml"]).into_owned();
    assert!(text.contains("adlcp:scormtype=\"sco\" href=\"en/basics/first.html\""), "{text}");

    // Every file a resource lists is in the package, and every file of the package is listed.
    let listed = xpath(&manifest, "//*[local-name()='file']/@href");
    let listed: Vec<String> =
        listed.lines().map(|l| l.trim().trim_start_matches("href=\"").trim_end_matches('"').to_string()).collect();
    for href in &listed {
        assert!(files.contains_key(href), "the manifest lists {href}, which the package lacks");
    }
    for name in files.keys().filter(|n| !n.ends_with(".xsd") && *n != "imsmanifest.xml" && !n.ends_with('/')) {
        assert!(listed.contains(name), "{name} is in the package but no resource lists it");
    }
}

#[test]
fn scorm_package_holds_the_course_and_no_link_leaves_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (zip, files) = scorm_package(tmp.path());
    let names: Vec<&String> = files.keys().collect();
    for needed in [
        "en/basics/index.html",
        "en/basics/first.html",
        "en/basics/second.html",
        "en/cases/sample-case.html",
        "en/glossary.html",
        "en/quizzes/first-quiz.html",
        "en/quizzes/first-reflections.html",
        "assets/site.css",
        "assets/activity.js",
        "static/img/square.svg",
    ] {
        assert!(files.contains_key(needed), "{needed} missing from the package: {names:?}");
    }
    // Other courses and other locales stay out.
    assert!(!names.iter().any(|n| n.starts_with("en/other/") || n.starts_with("fr/")), "{names:?}");
    // Links to what stayed out are plain text; everything else resolves.
    assert_eq!(broken_links(&tmp.path().join("package")), Vec::<String>::new());
    let first = String::from_utf8_lossy(&files["en/basics/first.html"]).into_owned();
    assert!(first.contains("<a>a chapter of another course</a>"), "{first}");
    // The chapter's quiz is on the chapter's page (the SCO), and every SCO loads the bridge.
    assert!(first.contains("data-activity=\"quiz\" data-id=\"first-quiz\""), "{first}");
    let second = String::from_utf8_lossy(&files["en/basics/second.html"]).into_owned();
    assert!(second.contains("<script src=\"../../assets/activity.js\" defer></script>"), "{second}");

    // Same input, same bytes.
    let again = tmp.path().join("again.zip");
    let o = export(&["scorm", "--course", "basics", "-o", again.to_str().unwrap(), "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(std::fs::read(&zip).unwrap(), std::fs::read(&again).unwrap(), "two exports differ");
}

#[test]
fn exports_never_write_into_sources_or_over_other_files() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    common::copy_tree(&fixture("export"), &site);
    let before = common::snapshot(&site);
    let root = site.to_str().unwrap();
    for (format, out) in [
        ("scorm", "curriculum/courses/basics.zip"),
        ("gift", "locales/fr/x.gift"),
        ("moodle-xml", "static/bank.xml"),
        ("gift", "themes/default/x.gift"),
    ] {
        let target = site.join(out);
        let o = run(&["export", format, "--course", "basics", "--root", root, "-o", target.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{format} -o {out}: {}", stderr(&o));
        assert!(stderr(&o).contains("exports never go into the site's sources"), "{}", stderr(&o));
    }
    // A file that is not an export of the same kind is not replaced.
    let notes = site.join("notes.txt");
    std::fs::write(&notes, "mine").unwrap();
    let o = run(&["export", "gift", "--root", root, "-o", notes.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("refusing to overwrite it"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "mine");
    std::fs::remove_file(&notes).unwrap();
    // The default output goes to ROOT/exports/, and nothing else changed.
    let o = run(&["export", "scorm", "--course", "basics", "--root", root, "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(site.join("exports/basics-en-scorm12.zip").is_file());
    std::fs::remove_dir_all(site.join("exports")).unwrap();
    assert_eq!(common::snapshot(&site), before, "an export changed the site's files");
    // Wrong selections are usage errors that name what exists.
    let o = export(&["scorm", "--course", "nope", "-o", tmp.path().join("x.zip").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no course `nope` (the site has: basics, other)"), "{}", stderr(&o));
    let o = export(&["gift", "--locale", "de", "-o", tmp.path().join("x.gift").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no locale `de` (the site has: en, fr)"), "{}", stderr(&o));
}

/// The fixture's quiz as YAML.
fn quiz_yaml(path: &str) -> serde_yaml::Value {
    serde_yaml::from_str(&std::fs::read_to_string(fixture("export").join(path)).unwrap()).unwrap()
}

/// HTML as text: tags dropped, the entities the exporter writes decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// Markdown of the fixture as the bank shows it: emphasis marks and link targets dropped.
fn text_of_markdown(md: &str) -> String {
    let mut out = md.replace("**", "").replace('*', "").replace('\'', "’");
    while let Some(start) = out.find("](") {
        let end = out[start..].find(')').map_or(out.len(), |e| start + e + 1);
        out.replace_range(start..end, "");
        if let Some(open) = out[..start].rfind('[') {
            out.remove(open);
        }
    }
    out.replace("\\\\", "\\")
}

fn gift_questions(file: &Path) -> Vec<serde_json::Value> {
    let script = repo_root().join("tests/browser/gift-parse.mjs");
    assert!(
        repo_root().join("tests/browser/node_modules/gift-pegjs").is_dir(),
        "gift-pegjs is missing: run tests/setup.sh (npm ci in tests/browser), then cargo test again"
    );
    let o = tool("node", "nodejs").arg(&script).arg(file).output().unwrap();
    assert!(o.status.success(), "gift-pegjs could not parse the export: {}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice::<Vec<serde_json::Value>>(&o.stdout).unwrap()
}

#[test]
fn gift_bank_is_read_by_a_gift_parser_as_the_quiz_says() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("basics.gift");
    let o = export(&["gift", "--course", "basics", "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The one type GIFT cannot hold is named, with its place and the reason.
    let report = stderr(&o);
    assert!(
        report.contains("question `steps` (ordering) is not in the GIFT export: GIFT has no ordering question type"),
        "{report}"
    );
    assert!(report.contains("curriculum/quizzes/first-quiz.yaml:49:5"), "{report}");

    let parsed = gift_questions(&out);
    let categories: Vec<&str> =
        parsed.iter().filter(|q| q["type"] == "Category").map(|q| q["title"].as_str().unwrap()).collect();
    assert_eq!(
        categories,
        [
            "$course$/top/Basics of export/1. First chapter/First chapter quiz",
            "$course$/top/Basics of export/1. First chapter/First chapter reflections"
        ]
    );
    let by_title: BTreeMap<&str, &serde_json::Value> =
        parsed.iter().filter(|q| q["type"] != "Category").map(|q| (q["title"].as_str().unwrap(), q)).collect();

    let quiz = quiz_yaml("curriculum/quizzes/first-quiz.yaml");
    let mut seen = 0;
    for source in quiz["questions"].as_sequence().unwrap() {
        let id = source["id"].as_str().unwrap();
        let kind = source["type"].as_str().unwrap();
        let Some(q) = by_title.get(format!("first-quiz/{id}").as_str()) else {
            assert_eq!(kind, "ordering", "question {id} missing from the GIFT bank");
            continue;
        };
        seen += 1;
        assert_eq!(q["stem"]["format"], "html", "{id}");
        assert_eq!(text_of(q["stem"]["text"].as_str().unwrap()), text_of_markdown(source["prompt"].as_str().unwrap()));
        assert_eq!(
            text_of(q["globalFeedback"]["text"].as_str().unwrap()),
            text_of_markdown(source["explanation"].as_str().unwrap()),
            "{id}"
        );
        let choices = q["choices"].as_array();
        match kind {
            "single" | "multiple" => {
                assert_eq!(q["type"], "MC", "{id}");
                let options = source["options"].as_sequence().unwrap();
                let choices = choices.unwrap();
                assert_eq!(choices.len(), options.len(), "{id}");
                let correct = options.iter().filter(|o| o["correct"].as_bool() == Some(true)).count() as f64;
                let wrong = options.len() as f64 - correct;
                let mut positive = 0.0;
                for (c, o) in choices.iter().zip(options) {
                    assert_eq!(
                        text_of(c["text"]["text"].as_str().unwrap()),
                        text_of_markdown(o["text"].as_str().unwrap())
                    );
                    let feedback = c["feedback"]["text"].as_str().map(text_of);
                    assert_eq!(feedback, o["feedback"].as_str().map(text_of_markdown), "{id}: feedback");
                    let is_correct = o["correct"].as_bool() == Some(true);
                    if kind == "single" {
                        assert_eq!(c["isCorrect"].as_bool(), Some(is_correct), "{id}");
                    } else {
                        let weight = c["weight"].as_f64().unwrap();
                        let expected = if is_correct { 100.0 / correct } else { -100.0 / wrong };
                        assert!((weight - expected).abs() < 1e-4, "{id}: weight {weight}, expected {expected}");
                        if weight > 0.0 {
                            positive += weight;
                        }
                    }
                }
                if kind == "multiple" {
                    assert!((positive - 100.0).abs() < 1e-3, "{id}: right answers add up to {positive}%");
                }
            }
            "true_false" => {
                assert_eq!(q["type"], "TF");
                assert_eq!(q["isTrue"].as_bool(), source["answer"].as_bool());
            }
            "short_text" => {
                assert_eq!(q["type"], "Short");
                let answers: Vec<String> =
                    choices.unwrap().iter().map(|c| text_of(c["text"]["text"].as_str().unwrap())).collect();
                let accept: Vec<&str> =
                    source["accept"].as_sequence().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
                assert_eq!(answers, accept);
            }
            "numeric" => {
                assert_eq!(q["type"], "Numerical");
                // A single answer with a tolerance: gift-pegjs reads it as a range.
                let c = &q["choices"];
                assert_eq!(c["type"], "range");
                assert_eq!(c["number"].as_f64(), source["answer"].as_f64());
                assert_eq!(c["range"].as_f64(), source["tolerance"].as_f64());
            }
            "matching" => {
                assert_eq!(q["type"], "Matching");
                let pairs: Vec<(String, String)> = q["matchPairs"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| {
                        (
                            text_of(p["subquestion"]["text"].as_str().unwrap()),
                            p["subanswer"].as_str().unwrap().to_string(),
                        )
                    })
                    .collect();
                let expected: Vec<(String, String)> = source["pairs"]
                    .as_sequence()
                    .unwrap()
                    .iter()
                    .map(|p| (p["left"].as_str().unwrap().to_string(), p["right"].as_str().unwrap().to_string()))
                    .collect();
                assert_eq!(pairs, expected);
            }
            other => panic!("unexpected type {other}"),
        }
    }
    assert_eq!(seen, 6);
    let essay = by_title["first-reflections/needs"];
    assert_eq!(essay["type"], "Essay");
    assert_eq!(text_of(essay["globalFeedback"]["text"].as_str().unwrap()), "Think of people first.");
}

#[test]
fn gift_banks_per_locale_hold_the_translation() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("banks");
    let o = export(&["gift", "--locale", "all", "-o", dir.to_str().unwrap(), "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let en = gift_questions(&dir.join("all-courses-en.gift"));
    let fr = gift_questions(&dir.join("all-courses-fr.gift"));
    let stem = |qs: &[serde_json::Value], title: &str| {
        qs.iter().find(|q| q["title"] == title).map(|q| text_of(q["stem"]["text"].as_str().unwrap()))
    };
    assert_eq!(stem(&fr, "first-quiz/grows").as_deref(), Some("Les capacités se construisent dans le temps."));
    assert_eq!(stem(&en, "first-quiz/grows").as_deref(), Some("Capacity grows over time."));
    // Every course is in a bank of all courses.
    assert_eq!(stem(&en, "other-quiz/yes").as_deref(), Some("This is another course."));
    assert!(fr.iter().any(|q| q["title"] == "$course$/top/Another course/1. Elsewhere/Other quiz"));
    // A quiz no chapter uses is in it too, under the site's name.
    assert!(en.iter().any(|q| q["title"] == "$course$/top/Export Academy/Loose quiz"));
    assert_eq!(stem(&en, "loose-quiz/alone").as_deref(), Some("No chapter uses this quiz."));
}

#[test]
fn moodle_xml_bank_has_what_moodles_importer_reads() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("basics.xml");
    let o = export(&["moodle-xml", "--course", "basics", "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("warning"), "every question type maps to Moodle XML: {}", stderr(&o));
    let wf = tool("xmllint", "libxml2-utils").arg("--noout").arg(&out).output().unwrap();
    assert!(wf.status.success(), "not well-formed: {}", String::from_utf8_lossy(&wf.stderr));

    let count = |type_: &str| xpath(&out, &format!("count(/quiz/question[@type='{type_}'])"));
    for (type_, n) in [
        ("category", "2"),
        ("multichoice", "2"),
        ("truefalse", "1"),
        ("shortanswer", "1"),
        ("numerical", "1"),
        ("ordering", "1"),
        ("match", "1"),
        ("essay", "1"),
    ] {
        assert_eq!(count(type_), n, "{type_} questions");
    }
    assert_eq!(
        xpath(&out, "string(/quiz/question[@type='category'][1]/category/text)"),
        "$course$/top/Basics of export/1. First chapter/First chapter quiz"
    );
    let q = |id: &str| format!("/quiz/question[name/text='first-quiz/{id}']");
    // Fractions: one right answer of a single choice; the right answers of a multiple choice add up to 100%,
    // the wrong ones to -100%.
    assert_eq!(xpath(&out, &format!("string({}/single)", q("pick-one"))), "true");
    assert_eq!(xpath(&out, &format!("count({}/answer[@fraction='100'])", q("pick-one"))), "1");
    assert_eq!(xpath(&out, &format!("string({}/single)", q("pick-three"))), "false");
    let sum = |expr: &str| xpath(&out, expr).parse::<f64>().unwrap();
    assert!((sum(&format!("sum({}/answer[@fraction > 0]/@fraction)", q("pick-three"))) - 100.0).abs() < 1e-3);
    assert!((sum(&format!("sum({}/answer[@fraction < 0]/@fraction)", q("pick-three"))) + 100.0).abs() < 1e-3);
    assert_eq!(xpath(&out, &format!("string({}/defaultgrade)", q("pick-three"))), "2");
    // Per-answer feedback and general feedback.
    assert_eq!(xpath(&out, &format!("string({}/answer[3]/feedback/text)", q("pick-three"))), "Gamma is right too.");
    assert_eq!(xpath(&out, &format!("string({}/generalfeedback/text)", q("pick-one"))), "The first option is right.");
    assert_eq!(xpath(&out, &format!("string({}/answer[@fraction='100']/text)", q("grows"))), "true");
    assert_eq!(xpath(&out, &format!("count({}/answer[@fraction='100'])", q("term"))), "2");
    assert_eq!(xpath(&out, &format!("string({}/answer/tolerance)", q("how-many"))), "0.5");
    assert_eq!(xpath(&out, &format!("string({}/answer/text)", q("how-many"))), "17");
    assert_eq!(xpath(&out, &format!("count({}/subquestion)", q("pairs"))), "3");
    assert_eq!(xpath(&out, &format!("string({}/subquestion[3]/answer/text)", q("pairs"))), "Flow");
    // Ordering: the items in their correct order.
    assert_eq!(xpath(&out, &format!("string({}/answer[@fraction='1']/text)", q("steps"))), "Analyse");
    assert_eq!(xpath(&out, &format!("string({}/answer[@fraction='3']/text)", q("steps"))), "Plan");
    // The reflection is an essay with the model answer for graders only, and no marks.
    let essay = "/quiz/question[name/text='first-reflections/needs']";
    assert_eq!(xpath(&out, &format!("string({essay}/graderinfo/text)")), "Skills, then processes.");
    assert_eq!(xpath(&out, &format!("string({essay}/defaultgrade)")), "0");
    // HTML travels in CDATA sections.
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(xml.contains("<questiontext format=\"html\"><text><![CDATA[Which one is <em>right</em>?"), "{xml}");
    assert!(
        xml.contains(
            "<answer fraction=\"100\" format=\"html\"><text><![CDATA[The <strong>right</strong> one {a = b}]]></text>"
        ),
        "{xml}"
    );
}

#[test]
fn images_and_formulas_in_questions_reach_moodle() {
    let tmp = tempfile::tempdir().unwrap();
    // Moodle XML carries the image as a file of the question (base64), referred to as Moodle does.
    let xml = tmp.path().join("other.xml");
    let o = export(&["moodle-xml", "--course", "other", "-o", xml.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // ...except in a category's description (the quiz's intro), which Moodle gives no files.
    let report = stderr(&o);
    assert_eq!(report.matches("warning: image").count(), 1, "Moodle XML carries the images of questions: {report}");
    assert!(
        report.contains("image `../../static/img/square.svg` is not in the Moodle XML export (a category's description (the quiz's `intro`) carries no files"),
        "{report}"
    );
    assert!(report.contains("curriculum/quizzes/other-quiz.yaml:3:17"), "{report}");
    assert_eq!(
        xpath(&xml, "string(/quiz/question[@type='category'][contains(category/text, 'Other quiz')]/info/text)"),
        "Shapes: a red square and more."
    );
    let q = "/quiz/question[name/text='other-quiz/shape']";
    let text = xpath(&xml, &format!("string({q}/questiontext/text)"));
    assert!(text.contains("<img src=\"@@PLUGINFILE@@/img/square.svg\" alt=\"a blue square\" />"), "{text}");
    assert_eq!(xpath(&xml, &format!("string({q}/questiontext/file/@name)")), "square.svg");
    assert_eq!(xpath(&xml, &format!("string({q}/questiontext/file/@path)")), "/img/");
    let data = xpath(&xml, &format!("string({q}/questiontext/file)"));
    use base64::Engine;
    let decoded = base64::engine::general_purpose::STANDARD.decode(data).unwrap();
    assert_eq!(decoded, std::fs::read(fixture("export").join("static/img/square.svg")).unwrap());
    // Formulas are TeX between the delimiters Moodle's MathJax filter typesets.
    assert!(text.contains("Its area is \\(s^2\\) for a side \\(s\\)."), "{text}");
    assert_eq!(
        xpath(&xml, &format!("string({q}/answer[1]/feedback/text)")),
        "Yes: four right angles, \\(4 \\times 90\\) degrees."
    );
    assert_eq!(
        xpath(&xml, &format!("string({q}/generalfeedback/text)")),
        "A square of side \\(s\\) has the area \\[s \\cdot s\\]"
    );
    assert_eq!(xpath(&xml, &format!("string({q}/defaultgrade)")), "3");

    // GIFT carries no files: without a base_url the image is its alt text, and the warning says
    // where it is and what to do; the points GIFT cannot hold are reported too.
    let gift = tmp.path().join("other.gift");
    let o = export(&["gift", "--course", "other", "-o", gift.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let report = stderr(&o);
    assert!(report.contains("warning: image `../../static/img/square.svg` is not in the GIFT export"), "{report}");
    // At the image in the quiz file (the `!` of `![a blue square](...)`).
    assert!(report.contains("curriculum/quizzes/other-quiz.yaml:12:35"), "{report}");
    assert!(report.contains("set `base_url` in site.yaml"), "{report}");
    assert!(report.contains("warning: question `shape` is worth 3 points here, but GIFT has no marks"), "{report}");
    assert!(report.contains("curriculum/quizzes/other-quiz.yaml:11:13"), "{report}");
    let parsed = gift_questions(&gift);
    let shape = parsed.iter().find(|q| q["title"] == "other-quiz/shape").expect("the question");
    let stem = shape["stem"]["text"].as_str().unwrap();
    assert_eq!(stem, "Which shape is this? a blue square Its area is \\(s^2\\) for a side \\(s\\).");
    assert_eq!(
        shape["choices"][0]["feedback"]["text"].as_str(),
        Some("Yes: four right angles, \\(4 \\times 90\\) degrees.")
    );

    // With a base_url, the category description and GIFT link the image of the published site.
    let site = tmp.path().join("site");
    common::copy_tree(&fixture("export"), &site);
    let yaml = site.join("curriculum/site.yaml");
    let config = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, format!("{config}base_url: https://academy.example.org/courses\n")).unwrap();
    let o = run(&[
        "export",
        "moodle-xml",
        "--course",
        "other",
        "--root",
        site.to_str().unwrap(),
        "-o",
        xml.to_str().unwrap(),
    ]);
    assert!(o.status.success() && !stderr(&o).contains("image"), "{}", stderr(&o));
    assert_eq!(
        xpath(&xml, "string(/quiz/question[@type='category'][contains(category/text, 'Other quiz')]/info/text)"),
        "Shapes: <img src=\"https://academy.example.org/courses/static/img/square.svg\" alt=\"a red square\" /> and more."
    );
    let o =
        run(&["export", "gift", "--course", "other", "--root", site.to_str().unwrap(), "-o", gift.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("image"), "{}", stderr(&o));
    let parsed = gift_questions(&gift);
    let shape = parsed.iter().find(|q| q["title"] == "other-quiz/shape").expect("the question");
    assert!(
        shape["stem"]["text"].as_str().unwrap().contains(
            "<img src=\"https://academy.example.org/courses/static/img/square.svg\" alt=\"a blue square\" />"
        ),
        "{}",
        shape["stem"]
    );
}

#[test]
fn model_answers_gift_cannot_hold_are_reported_once() {
    let tmp = tempfile::tempdir().unwrap();
    let gift = tmp.path().join("basics.gift");
    let o = export(&["gift", "--course", "basics", "-o", gift.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let report = stderr(&o);
    assert!(
        report.contains("warning: model answers are not in the GIFT export: GIFT has no information for graders"),
        "{report}"
    );
    assert_eq!(report.matches("model answers are not in").count(), 1, "{report}");
    assert!(report.contains("curriculum/quizzes/first-reflections.yaml:8:5"), "{report}");
    assert!(!std::fs::read_to_string(&gift).unwrap().contains("Skills, then processes"));
}

#[test]
fn scorm_packages_per_locale_and_only_exports_are_replaced() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("packages");
    let o = export(&["scorm", "--course", "basics", "--locale", "all", "-o", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let en = unzip(&dir.join("basics-en-scorm12.zip"), &tmp.path().join("en"));
    let fr = unzip(&dir.join("basics-fr-scorm12.zip"), &tmp.path().join("fr"));
    assert!(en.keys().all(|k| !k.starts_with("fr/")) && fr.keys().all(|k| !k.starts_with("en/")));
    let manifest = String::from_utf8_lossy(&fr["imsmanifest.xml"]).into_owned();
    assert!(manifest.contains("<imsmd:language>fr</imsmd:language>"), "{manifest}");
    assert!(manifest.contains("href=\"fr/basics/first.html\""), "{manifest}");
    // The French chapter embeds the French quiz.
    let first = String::from_utf8_lossy(&fr["fr/basics/first.html"]).into_owned();
    assert!(first.contains("Les capacités se construisent dans le temps."), "{first}");

    // Exporting again replaces the previous export...
    let o = export(&["scorm", "--course", "basics", "--locale", "all", "-o", dir.to_str().unwrap(), "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let bank = tmp.path().join("bank.gift");
    for _ in 0..2 {
        let o = export(&["gift", "-o", bank.to_str().unwrap(), "-q"]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    // ...but never a file of the same kind that no export wrote.
    let mine = tmp.path().join("mine.gift");
    std::fs::write(&mine, "::q1:: 1 + 1 = {=2}\n").unwrap();
    let zip = tmp.path().join("other.zip");
    std::fs::write(&zip, "not a package").unwrap();
    for (format, out) in [("gift", &mine), ("scorm", &zip)] {
        let o = export(&[format, "--course", "basics", "-o", out.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("was not written by `coursebook export`: refusing to overwrite it"),
            "{}",
            stderr(&o)
        );
    }
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), "::q1:: 1 + 1 = {=2}\n");
    // The edition is a SCORM package's: a question bank is for teachers.
    let o = export(&["gift", "--edition", "facilitator", "-o", bank.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--edition applies to SCORM packages"), "{}", stderr(&o));
}
