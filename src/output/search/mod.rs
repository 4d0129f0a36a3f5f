//! The search index: one per locale, written as classic scripts (`<locale>/search/*.js`) that
//! the browser loads with `<script>` elements, so that search works from `file://` (no fetch,
//! no modules, no WebAssembly). Split so that a query loads only what it needs:
//!
//! * `docs.js`: every record's title, location, URL and length, the UI strings of the results,
//!   and how the rest is split (loaded when the search field gets focus);
//! * `t<N>.js`: the terms whose first two characters (one for Chinese) hash to shard N, each with
//!   its postings (record, weight): a query loads the shards of its words;
//! * `x<N>.js`: the plain text of a run of records, for snippets: loaded for the results shown.
//!
//! Terms come from [`analyze`], which the browser mirrors for queries.

pub mod analyze;
pub mod records;

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use serde::Serialize;

use crate::i18n::Strings;
use crate::output::site::{script_json, OutputFile};
use crate::pipeline::resolve::urls;
use analyze::{pieces, Analyzer};
pub use records::Record;

/// Weight of a word in a record's title, in its keywords (a case's countries and themes), and
/// in its text.
const TITLE_WEIGHT: u32 = 8;
const KEYWORD_WEIGHT: u32 = 4;
const TEXT_WEIGHT: u32 = 1;
/// Snippet text kept per record, in characters (the whole text is indexed).
const SNIPPET_CHARS: usize = 2400;
/// Target size of a shard of terms and of a chunk of text, in bytes before compression.
const SHARD_BYTES: usize = 12_000;
const CHUNK_BYTES: usize = 14_000;
/// Format version of the index files, checked by search.js.
const FORMAT: u32 = 1;

/// The shard a term is in: FNV-1a over the UTF-16 units of its first two characters (one if it
/// starts with a Chinese character), modulo the number of shards. search.js computes the same.
pub fn shard_of(term: &str, shards: u32) -> u32 {
    let first = term.chars().next();
    let take = if first.is_some_and(analyze::is_han) { 1 } else { 2 };
    let key: String = term.chars().take(take).collect();
    let mut hash: u32 = 0x811c_9dc5;
    for unit in key.encode_utf16() {
        hash ^= u32::from(unit);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash % shards.max(1)
}

#[derive(Serialize)]
struct Docs<'a> {
    format: u32,
    locale: &'a str,
    /// The Snowball stemmer of the locale (`stem-<x>.js`), if any.
    stemmer: Option<&'static str>,
    /// Forms indexed per word: French and Spanish also index the stem of the accented word.
    stem_as_written: bool,
    shards: u32,
    /// Index of the first record of each text chunk.
    chunks: Vec<usize>,
    average_length: f64,
    pages: Vec<&'a str>,
    locations: Vec<&'a [String]>,
    /// Per record: kind, title, page, anchor, location, length.
    docs: Vec<(&'a str, &'a str, usize, &'a str, usize, u32)>,
    /// Per case record (by index): region, countries, SDGs.
    cases: BTreeMap<usize, (&'a str, &'a [String], &'a [u8])>,
    /// Per record (by index) whose title and text are not in the locale's language (an
    /// untranslated item): their language and its direction, for the `lang` and `dir` of its
    /// result.
    langs: BTreeMap<usize, (&'a str, &'static str)>,
    /// Per location (by index) with parts not in the locale's language: each part's language
    /// and direction, or null for the locale's.
    location_langs: BTreeMap<usize, Vec<Option<(&'a str, &'static str)>>>,
    /// Countries named only by untranslated cases: their language and direction, for their
    /// filter option.
    country_langs: BTreeMap<&'a str, (&'a str, &'static str)>,
    strings: UiStrings,
}

/// The strings search.js shows, in the locale's language.
#[derive(Serialize)]
struct UiStrings {
    kinds: BTreeMap<&'static str, String>,
    regions: BTreeMap<&'static str, String>,
    /// "{n} results" for sample counts: the browser picks the sample of the same plural category.
    counts: BTreeMap<u32, String>,
    no_results: String,
    all_results: String,
    sdg: String,
    failed: String,
}

fn ui_strings(strings: &Strings) -> UiStrings {
    let kinds = [
        ("course", "course"),
        ("chapter", "search-kind-chapter"),
        ("case", "case-study"),
        ("term", "glossary"),
        ("quiz", "activity-quiz"),
        ("worksheet", "activity-worksheet"),
        ("assessment", "activity-assessment"),
        ("framework", "search-kind-framework"),
        ("deck", "activity-deck"),
        ("day", "search-kind-agenda"),
        ("setup", "setup"),
        ("event", "event"),
    ];
    let regions = ["africa", "americas", "asia", "europe", "oceania", "global"];
    let with = |key: &str, name: &str, value: &str| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set(name.to_string(), value.to_string());
        strings.format(key, Some(&args))
    };
    UiStrings {
        kinds: kinds.iter().map(|(k, key)| (*k, strings.get(key))).collect(),
        regions: regions.iter().map(|r| (*r, strings.get(&format!("region-{r}")))).collect(),
        // One sample per CLDR plural category of any language (0, 1, 2, few, many, other).
        counts: [0u32, 1, 2, 3, 11, 100]
            .iter()
            .map(|&n| (n, strings.count("search-results-count", i64::from(n)).replace(&n.to_string(), "{n}")))
            .collect(),
        no_results: with("search-no-results", "query", "{q}"),
        all_results: with("search-all-results", "query", "{q}"),
        sdg: with("sdg-n", "count", "{n}"),
        failed: strings.get("search-failed"),
    }
}

/// A record's terms with their weights, and its length in words.
struct Analyzed {
    terms: HashMap<String, u32>,
    length: u32,
}

/// The terms of words already analyzed (folding and stemming cost more than a lookup: a site's
/// vocabulary is small next to its text).
type TermCache = HashMap<String, Vec<String>>;

fn analyze_record(analyzer: &Analyzer, record: &Record, cache: &mut TermCache) -> Analyzed {
    let mut terms: HashMap<String, u32> = HashMap::new();
    let mut length = 0u32;
    let mut add = |text: &str, weight: u32, once: bool, length: &mut u32| {
        for piece in pieces(text) {
            *length += 1;
            let analyzed = match cache.get(piece.text) {
                Some(cached) => cached,
                None => cache.entry(piece.text.to_string()).or_insert_with(|| analyzer.terms(&piece)),
            };
            for term in analyzed {
                let w = match terms.get_mut(term.as_str()) {
                    Some(w) => w,
                    None => terms.entry(term.clone()).or_insert(0),
                };
                if !(once && *w >= weight) {
                    *w += weight;
                }
            }
        }
    };
    add(&record.title, TITLE_WEIGHT, true, &mut length);
    add(&record.keywords, KEYWORD_WEIGHT, true, &mut length);
    add(&record.text, TEXT_WEIGHT, false, &mut length);
    Analyzed { terms, length }
}

/// Records analyzed at a time: their term maps are folded into the postings, then dropped.
const BATCH: usize = 512;

/// Makes the index files of one locale, given its records, handing each to `emit` when made.
/// `lang` when it is set and not the locale's: the language of a text that is not translated.
fn foreign<'a>(lang: &'a str, locale: &str) -> Option<&'a str> {
    Some(lang).filter(|l| !l.is_empty() && *l != locale)
}

pub fn write_index(locale: &str, records: &[Record], strings: &Strings, emit: &mut dyn FnMut(OutputFile)) {
    let analyzer = Analyzer::new(locale);
    // One cache per worker thread, so that no lock is contended.
    let caches: Vec<std::sync::Mutex<TermCache>> =
        (0..rayon::current_num_threads().max(1)).map(|_| Default::default()).collect();
    let cache = || {
        let slot = rayon::current_thread_index().unwrap_or(0) % caches.len();
        caches[slot].lock().unwrap_or_else(|e| e.into_inner())
    };

    // term → postings (record, weight), records in order
    let mut postings: BTreeMap<String, Vec<(u32, u32)>> = BTreeMap::new();
    let mut lengths: Vec<u32> = Vec::with_capacity(records.len());
    for batch in records.chunks(BATCH) {
        let analyzed: Vec<Analyzed> = batch.par_iter().map(|r| analyze_record(&analyzer, r, &mut cache())).collect();
        for a in analyzed {
            let doc = lengths.len() as u32;
            lengths.push(a.length);
            for (term, weight) in a.terms {
                match postings.get_mut(term.as_str()) {
                    Some(list) => list.push((doc, weight.min(255))),
                    None => {
                        postings.insert(term, vec![(doc, weight.min(255))]);
                    }
                }
            }
        }
    }
    drop(caches);
    let size: usize = postings.iter().map(|(t, p)| t.len() + 6 + p.len() * 5).sum();
    let shards = size.div_ceil(SHARD_BYTES).clamp(1, 255) as u32;
    let mut shard_terms: Vec<BTreeMap<String, Vec<u32>>> = vec![BTreeMap::new(); shards as usize];
    for (term, mut list) in postings {
        list.sort_unstable();
        let mut encoded = Vec::with_capacity(list.len() * 2);
        let mut previous = 0;
        for (doc, weight) in list {
            encoded.push(doc - previous);
            encoded.push(weight);
            previous = doc;
        }
        shard_terms[shard_of(&term, shards) as usize].insert(term, encoded);
    }

    let file = |name: String, value: String| OutputFile {
        path: urls::search_data(locale, &name),
        bytes: format!("CoursebookSearch.data({},{value});\n", script_json(&name)).into_bytes(),
    };
    for (n, terms) in shard_terms.into_iter().enumerate() {
        emit(file(format!("t{n}"), script_json(&terms)));
    }

    let mut chunks = Vec::new();
    let mut chunk: Vec<&str> = Vec::new();
    let mut chunk_size = 0;
    for (i, r) in records.iter().enumerate() {
        if chunk.is_empty() {
            chunks.push(i);
        }
        let text = match r.text.char_indices().nth(SNIPPET_CHARS) {
            Some((end, _)) => &r.text[..end],
            None => r.text.as_str(),
        };
        chunk_size += text.len();
        chunk.push(text);
        if chunk_size >= CHUNK_BYTES || i + 1 == records.len() {
            emit(file(format!("x{}", chunks.len() - 1), script_json(&chunk)));
            chunk.clear();
            chunk_size = 0;
        }
    }

    let mut pages: Vec<&str> = Vec::new();
    let mut page_index: HashMap<&str, usize> = HashMap::new();
    let mut locations: Vec<&[String]> = Vec::new();
    let mut location_index: HashMap<&[String], usize> = HashMap::new();
    let mut docs = Vec::with_capacity(records.len());
    let mut cases = BTreeMap::new();
    let mut langs = BTreeMap::new();
    let mut location_langs = BTreeMap::new();
    // A country named by a case of the locale's language is a word of that language.
    let mut country_langs: BTreeMap<&str, Option<&str>> = BTreeMap::new();
    for (i, (r, &length)) in records.iter().zip(&lengths).enumerate() {
        let lang = foreign(&r.lang, locale);
        if let Some(lang) = lang {
            langs.insert(i, (lang, crate::i18n::direction(lang)));
        }
        let page = *page_index.entry(r.page.as_str()).or_insert_with(|| {
            pages.push(r.page.as_str());
            pages.len() - 1
        });
        let location = *location_index.entry(r.location.as_slice()).or_insert_with(|| {
            locations.push(r.location.as_slice());
            locations.len() - 1
        });
        if r.location_lang.iter().any(|l| foreign(l, locale).is_some()) {
            location_langs.entry(location).or_insert_with(|| {
                (0..r.location.len())
                    .map(|p| {
                        r.location_lang.get(p).and_then(|l| foreign(l, locale)).map(|l| (l, crate::i18n::direction(l)))
                    })
                    .collect()
            });
        }
        docs.push((r.kind, r.title.as_str(), page, r.anchor.as_deref().unwrap_or(""), location, length));
        if let Some(c) = &r.case {
            cases.insert(i, (c.region, c.countries.as_slice(), c.sdgs.as_slice()));
            for country in &c.countries {
                let known = country_langs.entry(country.as_str()).or_insert(lang);
                if lang.is_none() {
                    *known = None;
                }
            }
        }
    }
    let total: u64 = lengths.iter().map(|&l| u64::from(l)).sum();
    let docs = Docs {
        format: FORMAT,
        locale,
        stemmer: analyze::stemmer_language(locale),
        stem_as_written: matches!(analyze::stemmer_language(locale), Some("fr" | "es")),
        shards,
        chunks,
        average_length: if records.is_empty() { 0.0 } else { (total as f64 / records.len() as f64).round() },
        pages,
        locations,
        docs,
        cases,
        langs,
        location_langs,
        country_langs: country_langs
            .into_iter()
            .filter_map(|(c, l)| l.map(|l| (c, (l, crate::i18n::direction(l)))))
            .collect(),
        strings: ui_strings(strings),
    };
    emit(file("docs".into(), script_json(&docs)));
}

#[cfg(test)]
mod tests;
