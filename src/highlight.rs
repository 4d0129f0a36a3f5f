//! Syntax highlighting of fenced code into CSS classes (the theme's CSS colours them).
//! The syntax set is loaded on first use only, so pages without code never pay for it.

use std::sync::OnceLock;

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

use crate::markdown::escape;

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// A `<pre>` block for `code` in language `lang` (a fence's info string); plain when the
/// language is unknown or empty.
pub fn code_block(code: &str, lang: &str) -> String {
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

#[cfg(test)]
mod tests {
    #[test]
    fn highlights_known_languages_and_escapes_the_rest() {
        let html = super::code_block("let x = 1;\n", "rust");
        assert!(html.contains("class=\"hl-"), "{html}");
        let html = super::code_block("<b>\n", "nonsense");
        assert_eq!(html, "<pre class=\"code\" data-lang=\"nonsense\"><code>&lt;b&gt;\n</code></pre>\n");
    }
}
