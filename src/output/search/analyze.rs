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
#[cfg(test)]
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    each_piece(text, &mut |p| out.push(p));
    out
}

/// What a byte is to [`each_piece`]: ASCII white space, an ASCII letter or digit, other ASCII,
/// or part of a character that is not ASCII.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    Space,
    Word,
    Other,
    NotAscii,
}

const BYTE_CLASSES: [ByteClass; 256] = {
    let mut classes = [ByteClass::NotAscii; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        classes[b] = if byte.is_ascii_whitespace() {
            ByteClass::Space
        } else if byte.is_ascii_alphanumeric() {
            ByteClass::Word
        } else {
            ByteClass::Other
        };
        b += 1;
    }
    classes
};

/// Calls `piece` with each of the [`pieces`] of `text`, in order.
pub fn each_piece<'t>(text: &'t str, piece: &mut dyn FnMut(Piece<'t>)) {
    // UAX #29 joins nothing across ASCII white space (a mark right after it belongs to it, and
    // is then in no word), so each token between white space is segmented on its own. In an
    // ASCII token the rules come down to runs of letters and digits, found in one pass over the
    // bytes: most text of a site in a Latin script is such tokens, and segmenting was 8 % of a
    // build. A token's runs are held until it ends: a character that is not ASCII further on
    // makes it a token for the slower rules.
    let bytes = text.as_bytes();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let flush = |runs: &mut Vec<(usize, usize)>, piece: &mut dyn FnMut(Piece<'t>)| {
        for (start, end) in runs.drain(..) {
            piece(Piece { text: &text[start..end], han: false });
        }
    };
    let (mut token, mut at) = (0, 0);
    while at < bytes.len() {
        match BYTE_CLASSES[bytes[at] as usize] {
            ByteClass::Space => {
                flush(&mut runs, piece);
                at += 1;
                token = at;
            }
            ByteClass::Other => at += 1,
            ByteClass::Word => {
                let run = at;
                at += 1;
                while at < bytes.len() && BYTE_CLASSES[bytes[at] as usize] == ByteClass::Word {
                    at += 1;
                }
                if at - run > 1 || bytes[run].is_ascii_digit() {
                    runs.push((run, at));
                }
            }
            ByteClass::NotAscii => {
                runs.clear();
                at = non_ascii_token(text, token, piece);
                token = at;
            }
        }
    }
    flush(&mut runs, piece);
}

/// Hands over the pieces of the token that starts at `start` and has a character that is not
/// ASCII; returns where the token ends (at white space or the end of the text).
fn non_ascii_token<'t>(text: &'t str, start: usize, piece: &mut dyn FnMut(Piece<'t>)) -> usize {
    let bytes = text.as_bytes();
    let mut at = start;
    let mut plain = true;
    while at < bytes.len() && !bytes[at].is_ascii_whitespace() {
        if bytes[at].is_ascii() {
            at += 1;
            continue;
        }
        // `at` stays on character boundaries: it moves by whole characters.
        let c = text[at..].chars().next().unwrap_or(' ');
        plain &= is_plain_letter(c);
        at += c.len_utf8();
    }
    if plain {
        // Letters that UAX #29 treats as it treats ASCII letters: the same runs, by character.
        let token = &text[start..at];
        // Every character of the token that is not ASCII is a plain letter.
        let in_word = |c: char| c.is_ascii_alphanumeric() || !c.is_ascii();
        let mut chars = token.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !in_word(c) {
                continue;
            }
            let (mut end, mut count) = (i + c.len_utf8(), 1);
            while let Some(&(j, d)) = chars.peek() {
                if !in_word(d) {
                    break;
                }
                (end, count) = (j + d.len_utf8(), count + 1);
                chars.next();
            }
            if count > 1 || c.is_ascii_digit() {
                piece(Piece { text: &token[i..end], han: false });
            }
        }
    } else {
        // With the white space before it: what follows that is segmented as in the whole text.
        let from = start.saturating_sub(1);
        let mut joiner = Joiner { text, pending: None };
        word_spans(&text[from..at], from, &mut |s, e, han| joiner.push(s, e, han, piece));
        joiner.finish(piece);
    }
    at
}

/// A precomposed Latin or Cyrillic letter: a letter for UAX #29 (`ALetter`) as ASCII letters are,
/// so that a token of them and ASCII splits as an ASCII token does (French, Spanish and Russian
/// text is mostly such tokens). `tests` checks every one against the rules.
fn is_plain_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{17F}' | '\u{400}'..='\u{481}' | '\u{48A}'..='\u{4FF}')
}

/// Calls `span` with (start, end, Chinese) in bytes of the whole text (`text` starts at
/// `offset` in it) for each UAX #29 word of `text`, cut at anything but letters, digits and
/// marks, and between Chinese and other letters.
fn word_spans(text: &str, offset: usize, span: &mut dyn FnMut(usize, usize, bool)) {
    for (word_start, word) in text.unicode_word_indices() {
        let mut run: Option<(usize, bool)> = None;
        for (i, c) in word.char_indices().chain(std::iter::once((word.len(), ' '))) {
            let kind = is_word_char(c).then(|| is_han(c));
            if let Some((start, han)) = run {
                if kind == Some(han) {
                    continue;
                }
                span(offset + word_start + start, offset + word_start + i, han);
            }
            run = kind.map(|h| (i, h));
        }
    }
}

/// Makes pieces of spans as they come, in order: adjacent Chinese runs joined, single letters
/// left out.
struct Joiner<'t> {
    text: &'t str,
    /// The last span, which the next may join.
    pending: Option<(usize, usize, bool)>,
}

impl<'t> Joiner<'t> {
    fn push(&mut self, start: usize, end: usize, han: bool, piece: &mut dyn FnMut(Piece<'t>)) {
        match &mut self.pending {
            Some(last) if last.2 && han && last.1 == start => last.1 = end,
            _ => {
                self.finish(piece);
                self.pending = Some((start, end, han));
            }
        }
    }

    /// Hands over the last span, if it is a piece.
    fn finish(&mut self, piece: &mut dyn FnMut(Piece<'t>)) {
        if let Some((s, e, han)) = self.pending.take() {
            let text = &self.text[s..e];
            if han || text.chars().nth(1).is_some() || text.chars().all(|c| c.is_numeric()) {
                piece(Piece { text, han });
            }
        }
    }
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

    /// What UAX #29 over the whole text gives: what [`pieces`] must find token by token.
    fn pieces_of_whole_text(text: &str) -> Vec<Piece<'_>> {
        let mut out = Vec::new();
        let mut joiner = Joiner { text, pending: None };
        word_spans(text, 0, &mut |s, e, han| joiner.push(s, e, han, &mut |p| out.push(p)));
        joiner.finish(&mut |p| out.push(p));
        out
    }

    #[test]
    fn pieces_are_those_of_segmenting_the_whole_text() {
        // Letters, digits, apostrophes and the other joiners of UAX #29, white space of every
        // kind, marks (after white space too), soft hyphen, ZWJ, Chinese, kana, Hangul,
        // Arabic with diacritics, emoji and flags.
        let alphabet: Vec<char> =
            "aZ9_'.:,-’ \t\n\r é\u{301}\u{AD}\u{200D}数字政府あいカナ한الحُ ё\u{A0}\u{3000}١😀🇫🇷ñÇßÿŁжЯ\u{483}µ×"
                .chars()
                .collect();
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut texts: Vec<String> =
            (0..50_000).map(|_| (0..1 + next(24)).map(|_| alphabet[next(alphabet.len())]).collect()).collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["curriculum", "locales"] {
            for entry in walkdir::WalkDir::new(root.join(dir)).sort_by_file_name().into_iter().flatten() {
                if entry.path().extension().is_some_and(|e| e == "md") {
                    texts.push(std::fs::read_to_string(entry.path()).unwrap());
                }
            }
        }
        let mut compared = 0;
        for text in &texts {
            let whole = pieces_of_whole_text(text);
            assert_eq!(pieces(text), whole, "in {text:?}");
            compared += whole.len();
        }
        assert!(compared > 400_000, "only {compared} pieces compared");
    }

    #[test]
    fn plain_letters_are_letters_for_the_word_rules() {
        let plain: Vec<char> = (0..=0x4FF).filter_map(char::from_u32).filter(|&c| is_plain_letter(c)).collect();
        assert_eq!(plain.len(), 0x17F - 0xC0 + 1 - 2 + 0x4FF - 0x400 + 1 - 8);
        for c in plain {
            // Between ASCII letters and digits, after an apostrophe and a full stop, as ASCII letters join.
            for text in [format!("a{c}b"), format!("{c}1{c}"), format!("x'{c}y"), format!("{c}.{c}"), format!("{c}")] {
                let words: Vec<&str> = text.unicode_words().collect();
                let ascii = text.replace(c, "q");
                let ascii_words: Vec<String> = ascii.unicode_words().map(|w| w.replace('q', &c.to_string())).collect();
                assert_eq!(words, ascii_words, "{c:?} (U+{:04X}) in {text:?}", c as u32);
            }
            assert!(is_word_char(c) && !is_han(c));
        }
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
