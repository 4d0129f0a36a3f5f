//! The browser must analyse a query as the build analysed the text: this runs the browser's
//! code (search.js and the stemmers, in Node) on the shipped curriculum of every language and on
//! hand-picked hard cases, and compares piece by piece with [`analyze`].

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use super::analyze::{pieces, Analyzer};
use super::{shard_of, Postings, Shard};

/// Hard cases: diacritics, alef forms, elision, Chinese without spaces, mixed scripts, digits.
const EDGE_CASES: &[(&str, &str)] = &[
    ("en", "Governments' e-government: interoperability, re-use, U.S. 2030 Agenda; café naïve Œuvre ﬁnance ２０３０"),
    ("fr", "L’économie numérique de l'État, société, Économie, ÉCONOMIE, interopérabilité « données » aujourd’hui"),
    ("es", "Información, informaciones, administración pública, ¿Qué? Año niño PAÍS"),
    ("ru", "Всё ещё ЁЛКА, государственные услуги, край, йод, Уда́рение"),
    ("ar", "الحُكُومَة الإلكترونيّة، أحمد إيمان آمال ٱلله مدرسة مدرسه على علي ٢٠٣٠ مسؤول قائمة ـــالتطويل"),
    ("zh-Hans", "数字政府转型与5G网络，电子政务（E-Government）和可持续发展目标SDG16。"),
];

fn node_available() -> bool {
    Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success())
}

/// Texts of the shipped curriculum per language: the source, and each locale's translations.
fn corpus() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    let mut read = |locale: &str, dir: &Path| {
        let mut text = String::new();
        for entry in walkdir::WalkDir::new(dir).sort_by_file_name().into_iter().filter_map(Result::ok) {
            let p = entry.path();
            if p.extension().is_some_and(|e| e == "md" || e == "yaml") {
                text.push_str(&std::fs::read_to_string(p).unwrap_or_default());
                text.push('\n');
            }
        }
        texts.push((locale.to_string(), text));
    };
    read("en", &root.join("curriculum"));
    for locale in ["fr", "es", "ru", "ar", "zh-Hans"] {
        read(locale, &root.join("locales").join(locale));
    }
    texts.extend(EDGE_CASES.iter().map(|(l, t)| (l.to_string(), t.to_string())));
    // Lines, as queries are short: the browser segments long texts differently (and words
    // never span lines).
    texts
        .into_iter()
        .flat_map(|(locale, text)| {
            text.lines().filter(|l| !l.trim().is_empty()).map(|l| (locale.clone(), l.to_string())).collect::<Vec<_>>()
        })
        .collect()
}

type Analysis = Vec<(String, Vec<String>, Vec<u32>)>;

fn rust_analysis(locale: &str, text: &str, shards: u32) -> Analysis {
    let analyzer = Analyzer::new(locale);
    pieces(text)
        .iter()
        .map(|p| {
            let terms = analyzer.terms(p);
            let shard = terms.iter().map(|t| shard_of(t, shards)).collect();
            (p.text.to_string(), terms, shard)
        })
        .collect()
}

#[test]
fn the_browser_analyses_text_as_the_build_does() {
    if !node_available() {
        assert!(std::env::var_os("COURSEBOOK_REQUIRE_BROWSER").is_none(), "node is required");
        eprintln!("skipped: node not found");
        return;
    }
    let texts = corpus();
    let shards = 37;
    let input: Vec<serde_json::Value> = texts
        .iter()
        .map(|(locale, text)| serde_json::json!({ "locale": locale, "text": text, "shards": shards }))
        .collect();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/tools/analyze-cli.mjs");
    let mut child = Command::new("node")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("run node");
    let mut stdin = child.stdin.take().expect("stdin");
    let payload = serde_json::to_vec(&input).expect("json");
    let writer = std::thread::spawn(move || stdin.write_all(&payload));
    let output = child.wait_with_output().expect("node output");
    writer.join().expect("writer").expect("write to node");
    assert!(output.status.success(), "the analysis script failed");
    let browser: Vec<Analysis> = serde_json::from_slice(&output.stdout).expect("node's JSON");
    let mut compared = 0;
    for ((locale, text), js) in texts.iter().zip(&browser) {
        let rust = rust_analysis(locale, text, shards);
        let first_difference = rust.iter().zip(js).position(|(r, j)| r != j);
        if let Some(i) = first_difference {
            panic!("{locale}: piece {i} differs: build {:?}, browser {:?}", rust[i], js[i]);
        }
        assert_eq!(rust.len(), js.len(), "{locale}: the build found {} pieces, the browser {}", rust.len(), js.len());
        compared += rust.len();
    }
    assert!(compared > 100_000, "only {compared} pieces compared");
}

#[test]
fn shards_spread_terms() {
    let shards: std::collections::BTreeSet<u32> =
        ["govern", "digit", "servic", "数字", "政府", "الحكوم", "государствен"]
            .iter()
            .map(|t| shard_of(t, 64))
            .collect();
    assert!(shards.len() >= 5, "{shards:?}");
    assert_eq!(shard_of("anything", 1), 0);
}

#[test]
fn postings_are_written_as_gaps_and_weights() {
    let mut postings = Postings::default();
    for (doc, weight) in [(0, 1), (3, 8), (200, 13), (20_000, 300), (2_000_000, 4)] {
        postings.push(doc, weight);
    }
    let none = Postings::default();
    let shard = Shard(vec![("digit", &postings), ("e", &none)]);
    let mut json = Vec::new();
    shard.push_json(&mut json);
    let value: serde_json::Value = serde_json::from_slice(&json).expect("JSON");
    // Twice the gap from the previous record, plus 1 and the weight when it is not 1; weights
    // over 255 written as 255.
    assert_eq!(value, serde_json::json!({"digit": [0, 7, 8, 395, 13, 39_601, 255, 3_960_001, 4], "e": []}));
}
