//! The search index: one per locale, written as classic scripts (`<locale>/search/*.js`) that
//! the browser loads with `<script>` elements, so that search works from `file://` (no fetch,
//! no modules, no WebAssembly). Split so that a query loads only what it needs:
//!
//! * `docs.js`: every record's title, location, URL and length, the UI strings of the results,
//!   and how the rest is split (loaded when the search field gets focus);
//! * `t<N>.js`: the terms whose first two characters (one for Chinese) hash to shard N, each with
//!   its postings: per record in order, the gap from the previous record times 2, plus 1 when
//!   the weight follows (most words weigh 1, written not at all); a query loads the shards of
//!   its words;
//! * `x<N>.js`: the plain text of a run of records, for snippets: loaded for the results shown.
//!
//! Terms come from [`analyze`], which the browser mirrors for queries.

pub mod analyze;
pub mod records;

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::i18n::Strings;
use crate::output::site::{json_len, push_script_json_ordered, push_script_json_str, script_json, OutputFile};
use crate::pipeline::resolve::urls;
use analyze::{each_piece, Analyzer};
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
/// Format version of the index files, checked by search.js (2: postings without weights of 1).
const FORMAT: u32 = 2;

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

/// `docs.js`. Written without an intermediate `Value` (see [`push_script_json_ordered`]): the
/// fields are in alphabetical order, and maps are keyed by strings (record numbers as text, as
/// JSON has them), so that the bytes are those of [`script_json`].
#[derive(Serialize)]
struct Docs<'a> {
    average_length: f64,
    /// Per case record (by index): region, countries, SDGs.
    cases: BTreeMap<String, (&'a str, &'a [String], &'a [u8])>,
    /// Index of the first record of each text chunk.
    chunks: Vec<usize>,
    /// Countries named only by untranslated cases: their language and direction, for their
    /// filter option.
    country_langs: BTreeMap<&'a str, (&'a str, &'static str)>,
    /// Per record: kind, title, page, anchor, location, length.
    docs: Vec<(&'a str, &'a str, usize, &'a str, usize, u32)>,
    format: u32,
    /// Per record (by index) whose title and text are not in the locale's language (an
    /// untranslated item): their language and its direction, for the `lang` and `dir` of its
    /// result.
    langs: BTreeMap<String, (&'a str, &'static str)>,
    locale: &'a str,
    /// Per location (by index) with parts not in the locale's language: each part's language
    /// and direction, or null for the locale's.
    location_langs: BTreeMap<String, Vec<Option<(&'a str, &'static str)>>>,
    locations: Vec<&'a [String]>,
    pages: Vec<&'a str>,
    shards: u32,
    /// Forms indexed per word: French and Spanish also index the stem of the accented word.
    stem_as_written: bool,
    /// The Snowball stemmer of the locale (`stem-<x>.js`), if any.
    stemmer: Option<&'static str>,
    strings: UiStrings,
}

/// The strings search.js shows, in the locale's language (fields in alphabetical order, as in
/// [`Docs`]).
#[derive(Serialize)]
struct UiStrings {
    all_results: String,
    /// "{n} results" for sample counts: the browser picks the sample of the same plural category.
    counts: BTreeMap<String, String>,
    failed: String,
    kinds: BTreeMap<&'static str, String>,
    no_results: String,
    regions: BTreeMap<&'static str, String>,
    sdg: String,
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
            .map(|&n| {
                (n.to_string(), strings.count("search-results-count", i64::from(n)).replace(&n.to_string(), "{n}"))
            })
            .collect(),
        no_results: with("search-no-results", "query", "{q}"),
        all_results: with("search-all-results", "query", "{q}"),
        sdg: with("sdg-n", "count", "{n}"),
        failed: strings.get("search-failed"),
    }
}

/// A record's terms (by their number in the vocabulary of the worker that analyzed it) with
/// their weights, and its length in words.
struct Analyzed {
    vocabulary: usize,
    terms: Vec<(u32, u32)>,
    length: u32,
}

/// What one worker has analyzed: each word's terms (folding and stemming cost more than a
/// lookup, and a site's vocabulary is small next to its text), as numbers of its own, so that a
/// record's terms are counted in an array instead of a map of strings.
#[derive(Default)]
struct Vocabulary {
    /// word → its terms
    words: FxHashMap<String, Vec<u32>>,
    /// term → its number, and number → term
    numbers: FxHashMap<String, u32>,
    terms: Vec<String>,
    /// The record being analyzed: each term's weight in it (0: not in it), and its terms.
    weights: Vec<u32>,
    seen: Vec<u32>,
}

fn analyze_record(analyzer: &Analyzer, record: &Record, vocabulary: usize, v: &mut Vocabulary) -> Analyzed {
    let Vocabulary { words, numbers, terms, weights, seen } = v;
    let mut length = 0u32;
    let mut add = |text: &str, weight: u32, once: bool, length: &mut u32| {
        each_piece(text, &mut |piece| {
            *length += 1;
            let analyzed = match words.get(piece.text) {
                Some(known) => known,
                None => {
                    let numbered = (analyzer.terms(&piece).into_iter())
                        .map(|term| match numbers.get(&term) {
                            Some(&n) => n,
                            None => {
                                let n = terms.len() as u32;
                                terms.push(term.clone());
                                numbers.insert(term, n);
                                weights.push(0);
                                n
                            }
                        })
                        .collect();
                    words.entry(piece.text.to_string()).or_insert(numbered)
                }
            };
            for &term in analyzed {
                let w = &mut weights[term as usize];
                if *w == 0 {
                    seen.push(term);
                }
                if !(once && *w >= weight) {
                    *w += weight;
                }
            }
        });
    };
    add(&record.title, TITLE_WEIGHT, true, &mut length);
    add(&record.keywords, KEYWORD_WEIGHT, true, &mut length);
    add(&record.text, TEXT_WEIGHT, false, &mut length);
    let terms = seen.drain(..).map(|t| (t, std::mem::take(&mut weights[t as usize]))).collect();
    Analyzed { vocabulary, terms, length }
}

/// What an index file starts with: the call that hands its value to search.js.
fn index_prefix(name: &str) -> String {
    format!("CoursebookSearch.data({},", script_json(&name))
}

/// A file of the index: what `json` appends (a JSON value, safe in a script) in a script that
/// hands it to search.js. `capacity`: the JSON's length, when known.
fn index_script(locale: &str, name: &str, capacity: usize, json: impl FnOnce(&mut Vec<u8>)) -> OutputFile {
    let prefix = index_prefix(name);
    let mut bytes = Vec::with_capacity(prefix.len() + capacity + 3);
    bytes.extend_from_slice(prefix.as_bytes());
    json(&mut bytes);
    bytes.extend_from_slice(b");\n");
    OutputFile { path: urls::search_data(locale, name), bytes }
}

/// [`index_script`] of `value`, serialized. The JSON is written directly (these can be
/// megabytes): `value`'s maps must be in key order. `sized`: the buffer is sized exactly first
/// (docs.js, the largest, made at the index's peak).
pub(crate) fn index_file<T: Serialize>(locale: &str, name: String, value: &T, sized: bool) -> OutputFile {
    let json = if sized { json_len(value) } else { 0 };
    let file = index_script(locale, &name, json, |bytes| push_script_json_ordered(bytes, value));
    debug_assert!(file.bytes.ends_with(format!("{});\n", script_json(value)).as_bytes()), "{name} is not in key order");
    file
}

/// Index file `name` of snippet texts: an array of strings, written without a serializer (it
/// is most of the index's bytes).
fn text_file(locale: &str, name: String, texts: &[String]) -> OutputFile {
    let size = texts.iter().map(|t| t.len() + 3).sum::<usize>() + 2;
    let file = index_script(locale, &name, size, |bytes| {
        bytes.push(b'[');
        for (k, text) in texts.iter().enumerate() {
            if k > 0 {
                bytes.push(b',');
            }
            push_script_json_str(bytes, text);
        }
        bytes.push(b']');
    });
    debug_assert!(file.bytes == index_file(locale, name.clone(), &texts, false).bytes, "{name}");
    file
}

/// The value of index file `name` made by [`index_file`] (an offline copy rewrites `docs.js`).
pub(crate) fn index_value(name: &str, bytes: &[u8]) -> Option<serde_json::Value> {
    let text = std::str::from_utf8(bytes).ok()?;
    let json = text.strip_prefix(&index_prefix(name))?.trim_end().strip_suffix(");")?;
    serde_json::from_str(json).ok()
}

/// The part of a record's text kept for its snippets.
fn snippet(mut text: String) -> String {
    // A text of no more bytes than that has no more characters: most are not walked.
    if text.len() <= SNIPPET_CHARS {
        return text;
    }
    if let Some((end, _)) = text.char_indices().nth(SNIPPET_CHARS) {
        text.truncate(end);
    }
    text.shrink_to_fit();
    text
}

/// Records analyzed at a time: their term maps are folded into the postings, then dropped.
const BATCH: usize = 512;

/// `lang` when it is set and not the locale's: the language of a text that is not translated.
fn foreign<'a>(lang: &'a str, locale: &str) -> Option<&'a str> {
    Some(lang).filter(|l| !l.is_empty() && *l != locale)
}

/// The postings of one term, compactly (a site has millions): per record in order, the gap from
/// the previous record as a LEB128 varint, then the weight (at most 255) as one byte.
#[derive(Default)]
struct Postings {
    bytes: Vec<u8>,
    last: u32,
    count: u32,
}

impl Postings {
    fn push(&mut self, doc: u32, weight: u32) {
        let mut gap = doc - self.last;
        while gap >= 0x80 {
            self.bytes.push((gap as u8) | 0x80);
            gap >>= 7;
        }
        self.bytes.push(gap as u8);
        self.bytes.push(weight.min(255) as u8);
        self.last = doc;
        self.count += 1;
    }

    /// Appends the postings as `t<N>.js` has them, as the items of a JSON array: per record,
    /// twice the gap from the previous one, plus 1 and then the weight when that is not 1.
    /// Written by hand: the postings are most of the index, and a serializer's calls per number
    /// cost more than the digits.
    fn push_json_items(&self, out: &mut Vec<u8>) {
        let mut digits = itoa::Buffer::new();
        let mut push = |out: &mut Vec<u8>, n: u64| match n {
            0..=9 => out.push(b'0' + n as u8),
            _ => out.extend_from_slice(digits.format(n).as_bytes()),
        };
        let mut at = 0;
        while at + 1 < self.bytes.len() {
            if at > 0 {
                out.push(b',');
            }
            let (mut gap, mut shift) = (0u64, 0);
            while self.bytes[at] >= 0x80 {
                gap |= u64::from(self.bytes[at] & 0x7f) << shift;
                shift += 7;
                at += 1;
            }
            gap |= u64::from(self.bytes[at]) << shift;
            let weight = self.bytes[at + 1];
            push(out, gap * 2 + u64::from(weight != 1));
            if weight != 1 {
                out.push(b',');
                push(out, u64::from(weight));
            }
            at += 2;
        }
    }
}

/// One shard's terms, in order, with their postings: a JSON object of term → numbers.
struct Shard<'a>(Vec<(&'a str, &'a Postings)>);

impl Shard<'_> {
    fn push_json(&self, out: &mut Vec<u8>) {
        out.push(b'{');
        for (k, (term, postings)) in self.0.iter().enumerate() {
            if k > 0 {
                out.push(b',');
            }
            push_script_json_str(out, term);
            out.extend_from_slice(b":[");
            postings.push_json_items(out);
            out.push(b']');
        }
        out.push(b'}');
    }
}

/// What `docs.js` says of a record (its text is gone once indexed).
struct Doc {
    kind: &'static str,
    title: String,
    page: usize,
    anchor: Option<String>,
    location: usize,
    length: u32,
    case: Option<records::CaseFacets>,
    /// The record's language, when it is not the locale's.
    lang: Option<String>,
}

/// Builds the index files of one locale from its records as they come (in site order), so that
/// only a batch of records' text is held at a time: the snippet texts are written out chunk by
/// chunk, the terms are folded into compact postings, and `docs.js` keeps what it lists.
pub struct IndexWriter<'e> {
    locale: String,
    analyzer: Analyzer,
    /// One vocabulary per worker thread, so that no lock is contended.
    vocabularies: Vec<std::sync::Mutex<Vocabulary>>,
    /// Per vocabulary, the writer's number (in `postings`) of each of its terms (`u32::MAX`:
    /// not met yet).
    term_index: Vec<Vec<u32>>,
    /// Records not analyzed yet.
    batch: Vec<Record>,
    /// Every term's postings, records in order, by the term's number (the order met).
    postings: Vec<Postings>,
    /// term → its number (sorted by term when written)
    term_numbers: FxHashMap<String, u32>,
    docs: Vec<Doc>,
    /// Every page and location met, with its index (in the order met).
    page_index: FxHashMap<String, usize>,
    location_index: FxHashMap<Vec<String>, usize>,
    /// Per location (by index) with parts not in the locale's language: each part's language.
    location_langs: BTreeMap<usize, Vec<Option<String>>>,
    /// Countries of cases, with the language of the cases naming them (`None` once a case of
    /// the locale's language names it: it is then a word of that language).
    country_langs: BTreeMap<String, Option<String>>,
    /// Index of the first record of each text chunk, the chunks filled but not written yet,
    /// and the chunk being filled.
    chunks: Vec<usize>,
    full_chunks: Vec<Vec<String>>,
    chunk: Vec<String>,
    chunk_size: usize,
    emit: &'e mut dyn FnMut(OutputFile),
}

impl<'e> IndexWriter<'e> {
    /// A writer for `locale`'s index, handing each file to `emit` when it is made.
    pub fn new(locale: &str, emit: &'e mut dyn FnMut(OutputFile)) -> IndexWriter<'e> {
        IndexWriter {
            locale: locale.to_string(),
            analyzer: Analyzer::new(locale),
            vocabularies: (0..rayon::current_num_threads().max(1)).map(|_| Default::default()).collect(),
            term_index: vec![Vec::new(); rayon::current_num_threads().max(1)],
            batch: Vec::with_capacity(BATCH),
            postings: Vec::new(),
            term_numbers: FxHashMap::default(),
            docs: Vec::new(),
            page_index: FxHashMap::default(),
            location_index: FxHashMap::default(),
            location_langs: BTreeMap::new(),
            country_langs: BTreeMap::new(),
            chunks: Vec::new(),
            full_chunks: Vec::new(),
            chunk: Vec::new(),
            chunk_size: 0,
            emit,
        }
    }

    /// Takes the next record of the locale.
    pub fn add(&mut self, record: Record) {
        self.batch.push(record);
        if self.batch.len() == BATCH {
            self.flush();
        }
    }

    /// Makes the full chunks of text into files, several at a time, and hands them over.
    fn write_chunks(&mut self) {
        let locale = self.locale.as_str();
        let first = self.chunks.len() - self.full_chunks.len() - usize::from(!self.chunk.is_empty());
        let files: Vec<OutputFile> = (self.full_chunks.par_iter().enumerate())
            .map(|(k, chunk)| text_file(locale, format!("x{}", first + k), chunk))
            .collect();
        self.full_chunks.clear();
        files.into_iter().for_each(&mut *self.emit);
    }

    /// Analyzes the pending records, folds their terms into the postings, and keeps what the
    /// other files need.
    fn flush(&mut self) {
        let batch = std::mem::take(&mut self.batch);
        let (analyzer, vocabularies) = (&self.analyzer, &self.vocabularies);
        let lock = |slot: usize| vocabularies[slot].lock().unwrap_or_else(|e| e.into_inner());
        // The snippet is cut here too: in parallel, once the whole text is analyzed.
        let (batch, analyzed): (Vec<Record>, Vec<Analyzed>) = batch
            .into_par_iter()
            .map(|mut r| {
                let slot = rayon::current_thread_index().unwrap_or(0) % vocabularies.len();
                let analyzed = analyze_record(analyzer, &r, slot, &mut lock(slot));
                r.text = snippet(std::mem::take(&mut r.text));
                (r, analyzed)
            })
            .unzip();
        let vocabularies: Vec<_> = (0..vocabularies.len()).map(lock).collect();
        for (k, a) in analyzed.iter().enumerate() {
            let doc = (self.docs.len() + k) as u32;
            let vocabulary = &vocabularies[a.vocabulary];
            let index = &mut self.term_index[a.vocabulary];
            index.resize(vocabulary.terms.len(), u32::MAX);
            for &(term, weight) in &a.terms {
                let mut i = index[term as usize];
                if i == u32::MAX {
                    let name = &vocabulary.terms[term as usize];
                    i = match self.term_numbers.get(name) {
                        Some(&i) => i,
                        None => {
                            self.postings.push(Postings::default());
                            self.term_numbers.insert(name.clone(), self.postings.len() as u32 - 1);
                            self.postings.len() as u32 - 1
                        }
                    };
                    index[term as usize] = i;
                }
                self.postings[i as usize].push(doc, weight);
            }
        }
        drop(vocabularies);
        for (record, a) in batch.into_iter().zip(analyzed) {
            self.keep(record, a.length);
        }
        self.write_chunks();
        self.batch = Vec::with_capacity(BATCH);
    }

    /// Keeps what `docs.js` says of an analyzed record, and adds its snippet text to the chunk.
    fn keep(&mut self, r: Record, length: u32) {
        let i = self.docs.len();
        let lang = foreign(&r.lang, &self.locale).map(str::to_string);
        let pages = self.page_index.len();
        let page = *self.page_index.entry(r.page).or_insert(pages);
        let parts = r.location.len();
        let locations = self.location_index.len();
        let location = *self.location_index.entry(r.location).or_insert(locations);
        // The first record of a location with parts not in the locale's language says which.
        if r.location_lang.iter().any(|l| foreign(l, &self.locale).is_some()) {
            self.location_langs.entry(location).or_insert_with(|| {
                (0..parts)
                    .map(|p| r.location_lang.get(p).and_then(|l| foreign(l, &self.locale)).map(str::to_string))
                    .collect()
            });
        }
        if let Some(c) = &r.case {
            for country in &c.countries {
                let known = self.country_langs.entry(country.clone()).or_insert_with(|| lang.clone());
                if lang.is_none() {
                    *known = None;
                }
            }
        }
        let text = r.text;
        if self.chunk.is_empty() {
            self.chunks.push(i);
        }
        self.chunk_size += text.len();
        self.chunk.push(text);
        if self.chunk_size >= CHUNK_BYTES {
            self.full_chunks.push(std::mem::take(&mut self.chunk));
            self.chunk_size = 0;
        }
        self.docs.push(Doc {
            kind: r.kind,
            title: r.title,
            page,
            anchor: r.anchor,
            location,
            length,
            case: r.case,
            lang,
        });
    }

    /// Writes the rest: the last chunk of text, the shards of terms and `docs.js`.
    pub fn finish(mut self, strings: &Strings) {
        self.flush();
        if !self.chunk.is_empty() {
            self.full_chunks.push(std::mem::take(&mut self.chunk));
            self.write_chunks();
        }
        // The analysis is done: its memory goes before the shards and docs.js are made.
        self.term_index = Vec::new();
        self.vocabularies = Vec::new();
        let term_numbers = std::mem::take(&mut self.term_numbers);
        let postings = std::mem::take(&mut self.postings);
        let mut terms: Vec<(&String, &Postings)> =
            term_numbers.iter().map(|(term, &i)| (term, &postings[i as usize])).collect();
        terms.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let size: usize = terms.iter().map(|(t, p)| t.len() + 6 + p.count as usize * 5).sum();
        let shards = size.div_ceil(SHARD_BYTES).clamp(1, 255) as u32;
        let mut shard_terms: Vec<Shard> = (0..shards).map(|_| Shard(Vec::new())).collect();
        for &(term, list) in &terms {
            shard_terms[shard_of(term, shards) as usize].0.push((term, list));
        }
        // One after another: a shard can be megabytes (terms are not spread evenly), and this is
        // the index's peak.
        let locale = self.locale.as_str();
        for (n, terms) in shard_terms.iter().enumerate() {
            (self.emit)(index_script(locale, &format!("t{n}"), 0, |bytes| terms.push_json(bytes)));
        }
        // Written: what docs.js does not need goes before it is made (it is megabytes).
        drop(terms);
        drop((postings, term_numbers));
        // Each page and location is kept once, as a key of its index (they are megabytes).
        let mut pages = vec![""; self.page_index.len()];
        for (page, &i) in &self.page_index {
            pages[i] = page;
        }
        let mut locations: Vec<&[String]> = vec![&[]; self.location_index.len()];
        for (location, &i) in &self.location_index {
            locations[i] = location;
        }
        let locale = self.locale.as_str();
        let docs = &self.docs;
        let total: u64 = docs.iter().map(|d| u64::from(d.length)).sum();
        let index = Docs {
            format: FORMAT,
            locale,
            stemmer: analyze::stemmer_language(locale),
            stem_as_written: matches!(analyze::stemmer_language(locale), Some("fr" | "es")),
            shards,
            chunks: std::mem::take(&mut self.chunks),
            average_length: if docs.is_empty() { 0.0 } else { (total as f64 / docs.len() as f64).round() },
            pages,
            locations,
            docs: (docs.iter())
                .map(|d| (d.kind, d.title.as_str(), d.page, d.anchor.as_deref().unwrap_or(""), d.location, d.length))
                .collect(),
            cases: (docs.iter().enumerate())
                .filter_map(|(i, d)| {
                    d.case.as_ref().map(|c| (i.to_string(), (c.region, c.countries.as_slice(), c.sdgs.as_slice())))
                })
                .collect(),
            langs: (docs.iter().enumerate())
                .filter_map(|(i, d)| d.lang.as_deref().map(|l| (i.to_string(), (l, crate::i18n::direction(l)))))
                .collect(),
            location_langs: (self.location_langs.iter())
                .map(|(&i, parts)| {
                    (
                        i.to_string(),
                        parts.iter().map(|l| l.as_deref().map(|l| (l, crate::i18n::direction(l)))).collect(),
                    )
                })
                .collect(),
            country_langs: (self.country_langs.iter())
                .filter_map(|(c, l)| l.as_deref().map(|l| (c.as_str(), (l, crate::i18n::direction(l)))))
                .collect(),
            strings: ui_strings(strings),
        };
        let file = index_file(locale, "docs".into(), &index, true);
        (self.emit)(file);
    }
}

#[cfg(test)]
mod tests;
