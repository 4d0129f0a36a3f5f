//! Syntax highlighting of fenced code into CSS classes (the theme's CSS colours them).
//! The syntax set is loaded on first use only, so pages without code never pay for it.
//! Highlighted blocks are remembered by (language, code): every locale shows the same code,
//! and `serve` re-renders pages whose code did not change.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

use crate::text::markdown::escape;

/// Past this many remembered blocks the memo starts afresh, so a long `serve` session stays small.
const MEMO_LIMIT: usize = 20_000;

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

type Memo = Mutex<HashMap<(String, String), String>>;

fn memo() -> &'static Memo {
    static MEMO: OnceLock<Memo> = OnceLock::new();
    MEMO.get_or_init(Default::default)
}

/// A `<pre>` block for `code` in language `lang` (a fence's info string); plain when the
/// language is unknown or empty.
pub fn code_block(code: &str, lang: &str) -> String {
    let key = (lang.to_string(), code.to_string());
    if let Some(html) = memo().lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return html.clone();
    }
    let html = highlight(code, lang);
    let mut memo = memo().lock().unwrap_or_else(|e| e.into_inner());
    if memo.len() >= MEMO_LIMIT {
        memo.clear();
    }
    memo.insert(key, html.clone());
    html
}

fn highlight(code: &str, lang: &str) -> String {
    let lang_attr = if lang.is_empty() { String::new() } else { format!(" data-lang=\"{}\"", escape(lang)) };
    let highlighted = (!lang.is_empty())
        .then(|| {
            let set = syntaxes();
            let syntax = set.find_syntax_by_token(lang)?;
            let mut generator =
                ClassedHTMLGenerator::new_with_class_style(syntax, set, ClassStyle::SpacedPrefixed { prefix: "hl-" });
            for line in LinesWithEndings::from(code) {
                generator.parse_html_for_line_which_includes_newline(line).ok()?;
            }
            Some(generator.finalize())
        })
        .flatten();
    let body = highlighted.unwrap_or_else(|| escape(code));
    format!("<pre class=\"code\"{lang_attr}><code>{body}</code></pre>\n")
}

/// Info strings that are not languages but are fine to leave plain.
const PLAIN: &[&str] = &["", "text", "txt", "plain", "plaintext", "none", "console", "output", "math"];

/// The language name in a fence's info string: `python` for `python`, `{code-cell} python3` or
/// `{.python}` (the MyST and Pandoc spellings), without a trailing version number.
pub fn language_of(info: &str) -> String {
    // `{code-cell}` and other MyST directives name no language; Pandoc's `{.python}` does.
    let is_directive = |w: &&str| w.starts_with('{') && !w.starts_with("{.");
    let mut words = info.split_whitespace().filter(|w| !is_directive(w));
    let word = words.next().unwrap_or("").trim_start_matches("{.").trim_end_matches('}');
    let token = word.trim_end_matches(|c: char| c.is_ascii_digit());
    if token.is_empty() {
        word.to_string()
    } else {
        token.to_string()
    }
}

/// Whether code in `info` is highlighted (or meant to be plain).
pub fn is_known(info: &str) -> bool {
    let lang = language_of(info);
    PLAIN.contains(&lang.as_str()) || syntaxes().find_syntax_by_token(&lang).is_some()
}

/// A hint for an unknown language: the closest known name, or how to mark plain text.
pub fn language_hint(info: &str) -> String {
    let lang = language_of(info);
    let names: Vec<String> = syntaxes()
        .syntaxes()
        .iter()
        .flat_map(|s| s.file_extensions.iter().cloned().chain(std::iter::once(s.name.to_lowercase())))
        .collect();
    match crate::diagnostic::suggest(&lang, names.iter().map(String::as_str)) {
        Some(close) => format!("did you mean `{close}`? Use `text` for plain text"),
        None => "use a language name such as `python`, `r`, `sql` or `bash`, or `text` for plain text".into(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn highlights_known_languages_and_escapes_the_rest() {
        let html = super::code_block("let x = 1;\n", "rust");
        assert!(html.contains("class=\"hl-"), "{html}");
        let html = super::code_block("<b>\n", "nonsense");
        assert_eq!(html, "<pre class=\"code\" data-lang=\"nonsense\"><code>&lt;b&gt;\n</code></pre>\n");
        assert_eq!(super::code_block("<b>\n", "nonsense"), html, "the remembered block is the same");
    }
}
