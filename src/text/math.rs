//! TeX math (`$...$`, `$$...$$` and ```` ```math ```` fences) to MathML at build time: no
//! script, no network, readable by screen readers and printable. Invalid TeX is an error at its
//! place; the page then shows the source in a marked span instead.

use pulldown_latex::config::{DisplayMode, RenderConfig};
use pulldown_latex::{push_mathml, Parser, Storage};

use crate::text::markdown::escape;

/// MathML for `tex` (display or inline), or what is wrong with it.
pub fn to_mathml(tex: &str, display: bool) -> Result<String, String> {
    let storage = Storage::new();
    let events: Vec<_> = Parser::new(tex, &storage).collect();
    if let Some(error) = events.iter().find_map(|e| e.as_ref().err()) {
        return Err(plain_error(&error.to_string()));
    }
    let config = RenderConfig {
        display_mode: if display { DisplayMode::Block } else { DisplayMode::Inline },
        // The TeX source travels with the formula (copy and paste, assistive technology).
        annotation: Some(tex),
        ..RenderConfig::default()
    };
    let mut mathml = String::new();
    push_mathml(&mut mathml, events.into_iter(), config).map_err(|e| plain_error(&e.to_string()))?;
    Ok(mathml)
}

/// What the page shows for TeX that does not parse: the source, marked as such.
pub fn fallback(tex: &str, display: bool) -> String {
    let tag = if display { "pre" } else { "code" };
    format!(r#"<{tag} class="math-error">{}</{tag}>"#, escape(tex))
}

/// The parser's message without its own multi-line context (the diagnostic shows the line).
fn plain_error(message: &str) -> String {
    let first = message.split('╭').next().unwrap_or(message);
    let first = first.trim().trim_end_matches(':').trim();
    first.strip_prefix("parsing error: ").unwrap_or(first).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_mathml_and_errors_are_told() {
        let inline = to_mathml(r"a*b*c \, x^2", false).unwrap();
        assert!(inline.starts_with("<math") && inline.contains("<msup>"), "{inline}");
        assert!(inline.contains("a*b*c"), "the source is kept as an annotation: {inline}");
        let display = to_mathml(r"\frac{1}{2}", true).unwrap();
        assert!(display.contains(r#"display="block""#) && display.contains("<mfrac>"), "{display}");
        assert!(to_mathml(r"\frac{1}{", false).is_err());
        assert!(to_mathml(r"a^b^c", false).is_err());
    }
}
