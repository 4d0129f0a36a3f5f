//! Text analysis for the search index: words (UAX #29 boundaries), Chinese as character bigrams,
//! folding (case, accents, Arabic diacritics and letter forms) and Snowball stemming. The browser
//! applies the very same steps to a query (`themes/default/assets/search.js`, with the stemmers
//! translated from this crate's); `tests` checks that both give the same terms for the same text.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// The Snowball stemmer for a locale (by its language subtag), when there is one.
pub fn stemmer_language(locale: &str) -> Option<&'static str> {
    match locale.split(['-', '_']).next().unwrap_or("") {
        "en" => Some("en"),
        "fr" => Some("fr"),
        "es" => Some("es"),
        "ru" => Some("ru"),
        "ar" => Some("ar"),
        _ => None,
    }
}

/// How the text of one locale is turned into index terms.
pub struct Analyzer {
    stemmer: Option<Stemmer>,
    /// French and Spanish suffixes carry accents (`-ción`, `-ité`): such words are stemmed as
    /// written too, besides folded first, so that both accented and unaccented queries match.
    stem_as_written: bool,
}

/// A piece of text to index: a word, or a run of Chinese characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<'t> {
    pub text: &'t str,
    pub han: bool,
}

impl Analyzer {
    pub fn new(locale: &str) -> Analyzer {
        let language = stemmer_language(locale);
        let algorithm = language.map(|l| match l {
            "en" => Algorithm::English,
            "fr" => Algorithm::French,
            "es" => Algorithm::Spanish,
            "ru" => Algorithm::Russian,
            _ => Algorithm::Arabic,
        });
        Analyzer { stemmer: algorithm.map(Stemmer::create), stem_as_written: matches!(language, Some("fr" | "es")) }
    }

    /// The index terms of one piece (see [`pieces`]): one or two forms of a word, or the
    /// bigrams of a Chinese run.
    pub fn terms(&self, piece: &Piece<'_>) -> Vec<String> {
        if piece.han {
            return bigrams(piece.text);
        }
        let lower = piece.text.to_lowercase();
        let folded = fold(&lower);
        let mut terms = vec![self.stem(&folded)];
        if self.stem_as_written {
            let written: String = lower.nfc().collect();
            let other = self.stem(&written);
            if other != terms[0] {
                terms.push(other);
            }
        }
        terms
    }

    /// The folded stem of a word (the word itself when it is not stemmed).
    fn stem(&self, word: &str) -> String {
        match &self.stemmer {
            Some(stemmer) if stemmable(word) => fold(&stemmer.stem(word)),
            _ => fold(word),
        }
    }
}

/// Only words of the Basic Multilingual Plane that are not all digits are stemmed: the browser's
/// stemmers count UTF-16 units where the crate counts characters, which agree there.
fn stemmable(word: &str) -> bool {
    word.chars().all(|c| (c as u32) <= 0xFFFF) && !word.chars().all(|c| c.is_numeric())
}

/// A letter, digit or combining mark: what words are made of.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// A Chinese (Han) character.
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x323AF)
}

/// The pieces of a text: each UAX #29 word cut at anything but letters, digits and marks, and
/// split between Chinese and other letters; adjacent Chinese characters joined into one run.
/// Single letters (the `l` of `l’économie`) are left out.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    // (start, end, han) in bytes of `text`
    let mut spans: Vec<(usize, usize, bool)> = Vec::new();
    for (offset, word) in text.unicode_word_indices() {
        let mut run: Option<(usize, bool)> = None;
        for (i, c) in word.char_indices().chain(std::iter::once((word.len(), ' '))) {
            let kind = is_word_char(c).then(|| is_han(c));
            if let Some((start, han)) = run {
                if kind == Some(han) {
                    continue;
                }
                spans.push((offset + start, offset + i, han));
            }
            run = kind.map(|h| (i, h));
        }
    }
    let mut merged: Vec<(usize, usize, bool)> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if last.2 && span.2 && last.1 == span.0 => last.1 = span.1,
            _ => merged.push(span),
        }
    }
    merged
        .into_iter()
        .map(|(s, e, han)| Piece { text: &text[s..e], han })
        .filter(|p| p.han || p.text.chars().nth(1).is_some() || p.text.chars().all(|c| c.is_numeric()))
        .collect()
}

/// Overlapping pairs of characters of a Chinese run (the character itself for a run of one).
pub fn bigrams(run: &str) -> Vec<String> {
    let chars: Vec<char> = run.chars().collect();
    if chars.len() < 2 {
        return vec![run.to_string()];
    }
    chars.windows(2).map(|w| w.iter().collect()).collect()
}

/// Case and accent folding: compatibility forms decomposed, Latin and Cyrillic accents removed
/// (`é` → `e`, `ё` → `е`, but `й` kept), Arabic diacritics and tatweel removed, alef, yaa and
/// taa marbuta forms unified, Arabic-Indic digits made ASCII. Expects lowercase text.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut previous = ' ';
    for c in word.nfkd() {
        let kept = match c {
            // A breve on и is the letter й, not an accent.
            '\u{306}' if previous == 'и' => Some(c),
            '\u{300}'..='\u{36F}' | '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{640}' => None,
            '\u{671}' => Some('\u{627}'),
            '\u{649}' => Some('\u{64A}'),
            '\u{629}' => Some('\u{647}'),
            '\u{660}'..='\u{669}' => char::from_digit(c as u32 - 0x660, 10),
            '\u{6F0}'..='\u{6F9}' => char::from_digit(c as u32 - 0x6F0, 10),
            c => Some(c),
        };
        if let Some(k) = kept {
            out.push(k);
            previous = k;
        }
    }
    if out.is_ascii() {
        out
    } else {
        out.nfc().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(locale: &str, text: &str) -> Vec<String> {
        let a = Analyzer::new(locale);
        pieces(text).iter().flat_map(|p| a.terms(p)).collect()
    }

    #[test]
    fn words_are_stemmed_per_language() {
        assert_eq!(terms("en", "Governments digitalised services"), ["govern", "digitalis", "servic"]);
        assert_eq!(terms("ru", "Государственные услуги"), ["государствен", "услуг"]);
    }

    #[test]
    fn accents_fold_and_french_keeps_both_forms() {
        assert_eq!(terms("fr", "économie"), terms("fr", "economie"));
        let accented = terms("es", "información");
        let plain = terms("es", "informacion");
        assert!(accented.iter().any(|t| plain.contains(t)), "{accented:?} {plain:?}");
        // l’économie: the elided article is not a term.
        assert_eq!(terms("fr", "l’économie"), terms("fr", "économie"));
    }

    #[test]
    fn arabic_diacritics_and_letter_forms_fold() {
        let plain = terms("ar", "الحكومة الالكترونية");
        assert_eq!(terms("ar", "الحُكُومَة الإلكترونيّة"), plain);
        assert_eq!(terms("ar", "الحكومه الألكترونيه"), plain);
        assert_eq!(fold("٢٠٣٠"), "2030");
    }

    #[test]
    fn cyrillic_keeps_short_i_and_folds_yo() {
        assert_eq!(fold("всё"), "все");
        assert_eq!(fold("край"), "край");
    }

    #[test]
    fn chinese_runs_become_bigrams() {
        assert_eq!(terms("zh-Hans", "数字政府转型"), ["数字", "字政", "政府", "府转", "转型"]);
        assert_eq!(terms("zh-Hans", "5G网络"), ["5g", "网络"]);
        assert_eq!(terms("zh-Hans", "府"), ["府"]);
    }
}
