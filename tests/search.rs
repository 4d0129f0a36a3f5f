//! The search output of a build: the index files per locale, the search page with its A–Z
//! index, the header field, and `search: false`. Browser behaviour is in
//! `tests/browser/search.test.mjs`.

mod common;
use common::*;

fn built_valid() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let o = build(&fixture("valid"), &out);
    assert!(o.status.success(), "{}", stderr(&o));
    (tmp, out)
}

/// The value a search index file passes to `CoursebookSearch.data(name, value)`.
fn index_value(out: &std::path::Path, file: &str) -> serde_json::Value {
    let text = read(out, file);
    let name = file.rsplit('/').next().unwrap().trim_end_matches(".js");
    let prefix = format!("CoursebookSearch.data(\"{name}\",");
    assert!(text.starts_with(&prefix), "{file} starts with {prefix}: {}", &text[..text.len().min(80)]);
    assert!(!text.contains('<'), "{file} holds no raw `<`: content cannot close a script element");
    let json = text.trim_end().strip_prefix(&prefix).unwrap().strip_suffix(");").unwrap();
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn a_build_writes_a_search_index_per_locale() {
    let (_tmp, out) = built_valid();
    let docs = index_value(&out, "en/search/docs.js");
    assert_eq!(docs["locale"], "en");
    assert_eq!(docs["stemmer"], "en");
    let records = docs["docs"].as_array().unwrap();
    let pages = docs["pages"].as_array().unwrap();
    let find = |title: &str| records.iter().find(|d| d[1] == title).unwrap_or_else(|| panic!("no record {title:?}"));
    // A chapter section: its number, its page and the anchor the site computed.
    let section = find("1.1 Key definitions");
    assert_eq!(section[0], "chapter");
    assert_eq!(pages[section[2].as_u64().unwrap() as usize], "en/demo/one.html");
    assert_eq!(section[3], "key-definitions");
    let custom = records.iter().find(|d| d[3] == "custom-anchor").expect("a section with a custom anchor");
    assert_eq!(custom[1], "1.2 Second part");
    // A glossary term links to its entry; a case carries its filters.
    let term = find("Capacity development");
    assert_eq!((&term[0], &term[3]), (&"term".into(), &"capacity-development".into()));
    let (case_index, case) = records.iter().enumerate().find(|(_, d)| d[0] == "case").expect("a case record");
    let facets = &docs["cases"][case_index.to_string()];
    assert!(facets[0].is_string() && facets[1].is_array() && facets[2].is_array(), "{facets}");
    assert_eq!(docs["locations"][case[4].as_u64().unwrap() as usize][0], "Case study");
    assert_eq!(docs["strings"]["counts"]["2"], "{n} results");

    // Terms are stemmed and folded; their postings point at records.
    let shards = docs["shards"].as_u64().unwrap();
    let mut found = false;
    for n in 0..shards {
        let shard = index_value(&out, &format!("en/search/t{n}.js"));
        if let Some(postings) = shard.get("capac") {
            found = true;
            // The first record, as twice its number, plus 1 when its weight follows.
            let first = postings[0].as_u64().unwrap() as usize / 2;
            assert!(first < records.len());
        }
        assert!(shard.get("capacity").is_none(), "words are stemmed");
    }
    assert!(found, "the stem of capacity is indexed");
    // The text of every record, for snippets.
    let chunks = docs["chunks"].as_array().unwrap();
    let texts: Vec<serde_json::Value> =
        (0..chunks.len()).map(|n| index_value(&out, &format!("en/search/x{n}.js"))).collect();
    assert_eq!(texts.iter().map(|t| t.as_array().unwrap().len()).sum::<usize>(), records.len());
    let term_text = texts.iter().flat_map(|t| t.as_array().unwrap()).any(|t| t == "How capacity grows over time.");
    assert!(term_text, "a term's text is its definition, links as plain text");
}

#[test]
fn pages_have_a_search_field_that_submits_to_the_a_z_index() {
    let (_tmp, out) = built_valid();
    let chapter = read(&out, "en/demo/one.html");
    assert!(chapter.contains("action=\"../../en/search.html\""), "the field submits to the search page");
    assert!(chapter.contains("data-index=\"../../en/search/\""));
    assert!(chapter.contains("data-stemmer=\"../../assets/search/stem-en.js\""));
    assert!(chapter.contains("aria-keyshortcuts=\"/\""));
    assert!(!chapter.contains("assets/search.js\" defer"), "pages load the search script only when it is used");
    let search = read(&out, "en/search.html");
    assert!(search.contains("Searching needs JavaScript"), "the page says what works without JavaScript");
    for link in [
        "<a href=\"../en/glossary.html#capacity-development\">Capacity development</a>",
        "<a href=\"../en/demo/one.html\">",
        "<a href=\"../en/quizzes/one-quiz.html\">",
    ] {
        assert!(search.contains(link), "the A-Z index lacks {link}");
    }
    assert!(search.contains("id=\"az-c\""), "entries are grouped by initial");
    assert!(out.join("assets/search.js").is_file() && out.join("assets/search/stem-ar.js").is_file());
    assert!(out.join("assets/search/LICENSE-snowball.txt").is_file(), "the stemmers' licence is shipped with them");
    assert!(broken_links(&out).is_empty(), "{:?}", broken_links(&out));
}

#[test]
fn search_false_in_site_yaml_turns_search_off() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("src");
    copy_tree(&fixture("valid"), &root);
    let site = root.join("curriculum/site.yaml");
    let text = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, format!("{text}search: false\n")).unwrap();
    let out = tmp.path().join("site");
    let o = build(&root, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!out.join("en/search.html").exists(), "no search page");
    assert!(!out.join("en/search").exists(), "no index");
    let chapter = read(&out, "en/demo/one.html");
    assert!(!chapter.contains("site-search"), "no search field");
    assert!(!chapter.contains("search.js"), "no search script: {chapter}");
    assert!(!out.join("assets/search.js").exists(), "the search script is not shipped");
    assert!(!out.join("assets/search").exists(), "nor are the stemmers");
    assert!(out.join("assets/site.js").exists(), "the other assets are");
}

/// Every term of a locale's index (the keys of all its shards).
fn index_terms(out: &std::path::Path, locale: &str) -> std::collections::BTreeSet<String> {
    let docs = index_value(out, &format!("{locale}/search/docs.js"));
    (0..docs["shards"].as_u64().unwrap())
        .flat_map(|n| {
            let shard = index_value(out, &format!("{locale}/search/t{n}.js"));
            shard.as_object().unwrap().keys().cloned().collect::<Vec<_>>()
        })
        .collect()
}

/// Facilitator notes, solutions, model answers and preparation lists are not on the learner
/// edition's pages, so its search must not find them; the facilitator edition's search does.
#[test]
fn the_learner_index_holds_no_facilitator_text_and_the_facilitator_index_does() {
    let tmp = tempfile::tempdir().unwrap();
    let build_edition = |edition: &str| {
        let out = tmp.path().join(edition);
        let o = bin()
            .args(["build", "--root", fixture("lesson").to_str().unwrap(), "--out", out.to_str().unwrap()])
            .args(["--edition", edition])
            .output()
            .unwrap();
        assert!(o.status.success(), "{edition}: {}", stderr(&o));
        out
    };
    let learner = build_edition("learner");
    let facilitator = build_edition("facilitator");
    // `hidden` is only in notes, solutions and model answers; `minist` (minister) only in a
    // reflection's model answer; `projector` only in a chapter's preparation list.
    let facilitator_only = ["hidden", "minist", "projector"];
    let learner_terms = index_terms(&learner, "en");
    let facilitator_terms = index_terms(&facilitator, "en");
    for term in facilitator_only {
        assert!(!learner_terms.contains(term), "the learner index finds {term:?}");
        assert!(facilitator_terms.contains(term), "the facilitator index lacks {term:?}");
    }
    // What learners see is in both: an exercise, a hint, a section.
    for term in ["largest", "sort", "share"] {
        assert!(learner_terms.contains(term) && facilitator_terms.contains(term), "{term:?} in both editions");
    }
    // A translation's solution too (Spanish, stemmed by its own stemmer).
    let spanish = index_value(&learner, "es/search/x0.js").to_string();
    assert!(!spanish.contains("HIDDEN"), "Spanish learner snippets hold a solution");
    assert!(!index_terms(&learner, "es").iter().any(|t| t.starts_with("hidd")), "Spanish learner terms");
}
