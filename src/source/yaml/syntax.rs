//! YAML syntax errors explained. The parser says what it could not read and where it stopped;
//! an editor needs where the cause is (an unclosed `[` is often a line above where reading
//! stopped), what it means, and how to fix it, with the fixed line when it can be written.

/// A place in the YAML text: 1-based line, 0-based column (in characters), as the parser counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct At {
    pub line: usize,
    pub col: usize,
}

/// A syntax error explained: the message (after `invalid YAML: `), the hint, and where the
/// cause is.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Explained {
    pub message: String,
    pub hint: String,
    pub at: At,
}

const GENERIC_HINT: &str =
    "check the indentation, and quote values that contain `: ` or start with a special character";

/// Explains the parser's `info` about an error at `at` in `text`; `open` are the starts of the
/// collections open when it stopped, outermost first.
pub(super) fn explain(text: &str, info: &str, at: At, open: &[At]) -> Explained {
    let line = text.lines().nth(at.line.saturating_sub(1)).unwrap_or("");
    let char_at = |a: At| text.lines().nth(a.line.saturating_sub(1)).and_then(|l| l.chars().nth(a.col));
    // A `[` or `{` still open from an earlier line: reading ran on past the end of its line.
    let unclosed = open.iter().rev().find_map(|&start| match char_at(start) {
        Some(bracket @ ('[' | '{')) if start.line < at.line => Some((start, bracket)),
        _ => None,
    });
    if let Some((start, bracket)) = unclosed {
        let (what, close) = if bracket == '[' { ("list", ']') } else { ("map", '}') };
        let opened = text.lines().nth(start.line - 1).unwrap_or("");
        let quoted = quote_value(opened).map(|l| format!(": `{}`", l.trim())).unwrap_or_default();
        return Explained {
            message: format!("`{bracket}` starts a {what} that is not closed on its line"),
            hint: format!(
                "close it with `{close}`; if the bracket is part of the text, put the value in quotes{quoted}"
            ),
            at: start,
        };
    }
    let quoted = || quote_value(line).map(|l| format!(": `{}`", l.trim())).unwrap_or_default();
    // A value that starts with a character YAML gives a meaning to (`[Draft] Notes`, `*New*`,
    // `@team`): the error is on its line, past that character.
    let value_start = line.split_once(": ").map(|(key, value)| {
        let trimmed = value.trim_start();
        (key.chars().count() + 2 + value.len() - trimmed.len(), trimmed)
    });
    let special = value_start.and_then(|(start, value)| {
        let first = value.chars().next()?;
        // A list or map is to blame only for text after its end (an error inside it is its own).
        let past = match first {
            '[' | '{' => value.find([']', '}']).is_some_and(|end| at.col > start + value[..end].chars().count()),
            _ => at.col >= start,
        };
        ("[{*&!|>%@`".contains(first) && past).then_some(first)
    });
    let (message, hint) = if let Some(first) = special {
        let meaning = match first {
            '[' => "starts a list, which ends at `]`",
            '{' => "starts a map, which ends at `}`",
            '*' => "names an anchor to repeat (`*name`)",
            '&' => "names an anchor (`&name`)",
            '!' => "starts a type tag (`!tag`)",
            '|' | '>' => "starts a block of text on the lines below",
            _ => "is reserved",
        };
        (
            format!("a value that starts with `{first}`: in YAML `{first}` {meaning}"),
            format!("put the value in quotes{}", quoted()),
        )
    } else if info.contains("trailing content after") {
        (
            "text after a quoted value: the value ends at its closing quote".to_string(),
            format!("put the whole value in quotes{}", quoted()),
        )
    } else if info.contains("quoted scalar") {
        (
            "a quote that is not closed".to_string(),
            "end the value with the same quote on the same line (inside `\"…\"` a quote is written \
             `\\\"`, inside `'…'` it is written `''`), or remove the opening quote"
                .to_string(),
        )
    } else if info.contains("mapping values are not allowed") {
        (
            "`: ` inside a value, where YAML expects a new key".to_string(),
            format!("put the value in quotes{}", quoted()),
        )
    } else if info.contains("block sequence entries are not allowed") {
        (
            "a list item (`- `) on the same line as its key".to_string(),
            "start the list on the next line, one `- item` per line, indented under the key; or put \
             the value in quotes if the `-` is part of the text"
                .to_string(),
        )
    } else if info.contains("tabs disallowed") || (info.contains("tab") && line.starts_with('\t')) {
        (
            "a tab in the indentation: YAML indents with spaces only".to_string(),
            "replace the tab with spaces, as many as the lines around it use".to_string(),
        )
    } else {
        (info.to_string(), GENERIC_HINT.to_string())
    };
    Explained { message, hint, at }
}

/// What is between `value`'s quotes `q` when they are meant as its delimiters: it starts and ends
/// with `q`, and the first `q` inside opens a quotation (`"It's "new" here"`) rather than closing
/// one the first `q` opened (`"A" and "B"`, text that starts with a quotation).
fn delimited(value: &str, q: char) -> Option<&str> {
    let inner = value.strip_prefix(q)?.strip_suffix(q)?;
    match inner.find(q) {
        Some(i) if i > 0 && !inner[..i].ends_with(char::is_whitespace) => None,
        _ => Some(inner),
    }
}

/// `line` (`key: value`, or `- key: value`) with its value in quotes: double quotes, or single
/// quotes when the value has a double quote. A value between matching quotes (`"It's "new""`)
/// meant them as its delimiters: what is between them is quoted. `None` when the line has no
/// such value.
fn quote_value(line: &str) -> Option<String> {
    let (key, value) = line.split_once(": ")?;
    let value = value.trim();
    let value = ['"', '\''].iter().find_map(|&q| delimited(value, q)).unwrap_or(value);
    let bare_key = key.trim_start().trim_start_matches("- ");
    if value.is_empty() || bare_key.is_empty() || bare_key.contains(['"', '\'', '[', '{', '#']) {
        return None;
    }
    Some(format!("{key}: {}", quoted(value)))
}

/// `text` as a quoted YAML scalar: double quotes, or single quotes when it has a double quote.
pub(super) fn quoted(text: &str) -> String {
    if text.contains('"') {
        format!("'{}'", text.replace('\'', "''"))
    } else {
        format!("\"{}\"", text.replace('\\', "\\\\"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, col: usize) -> At {
        At { line, col }
    }

    #[test]
    fn an_unclosed_bracket_is_reported_where_it_opens_with_the_value_quoted() {
        let text = "id: a\ntitle: [Draft] notes\nregion: Africa\n";
        let e = explain(text, "illegal placement of ':' indicator", at(3, 6), &[at(1, 0), at(2, 7)]);
        assert_eq!(e.at, at(2, 7));
        assert_eq!(e.message, "`[` starts a list that is not closed on its line");
        assert_eq!(
            e.hint,
            "close it with `]`; if the bracket is part of the text, put the value in quotes: `title: \"[Draft] notes\"`"
        );
        let e = explain("a: {x: 1\nb: 2\n", "did not find expected ',' or '}'", at(2, 0), &[at(1, 0), at(1, 3)]);
        assert_eq!((e.at, e.message.as_str()), (at(1, 3), "`{` starts a map that is not closed on its line"));
    }

    #[test]
    fn a_bracket_closed_on_a_later_line_is_not_blamed_for_an_error_on_its_own_line() {
        // Open on the error's own line: the parser's message stands.
        let e = explain("a: [1, 2: 3]\n", "something else", at(1, 8), &[at(1, 0), at(1, 3)]);
        assert_eq!((e.at, e.message.as_str(), e.hint.as_str()), (at(1, 8), "something else", GENERIC_HINT));
    }

    #[test]
    fn quotes_colons_list_items_and_tabs_get_their_own_explanation() {
        let e = explain("title: \"Open\nb: 1\n", "invalid indentation in quoted scalar", at(1, 7), &[at(1, 0)]);
        assert_eq!((e.at, e.message.as_str()), (at(1, 7), "a quote that is not closed"));
        let e = explain("title: \"A\" and B\n", "invalid trailing content after double-quoted scalar", at(1, 11), &[]);
        assert_eq!(e.hint, "put the whole value in quotes: `title: '\"A\" and B'`");
        let e = explain("summary: Why: because\n", "mapping values are not allowed in this context", at(1, 12), &[]);
        assert_eq!(e.message, "`: ` inside a value, where YAML expects a new key");
        assert_eq!(e.hint, "put the value in quotes: `summary: \"Why: because\"`");
        let e = explain("tags: - a\n", "block sequence entries are not allowed in this context", at(1, 6), &[]);
        assert!(e.message.contains("same line as its key"), "{}", e.message);
        let e = explain("a:\n\t- b\n", "tabs disallowed within this context (block indentation)", at(2, 1), &[]);
        assert!(e.message.starts_with("a tab in the indentation"), "{}", e.message);
    }

    #[test]
    fn a_value_starting_with_a_special_character_is_explained() {
        let e = explain("title: [Draft] Notes\n", "did not find expected key", at(1, 15), &[at(1, 0)]);
        assert_eq!(e.message, "a value that starts with `[`: in YAML `[` starts a list, which ends at `]`");
        assert_eq!(e.hint, "put the value in quotes: `title: \"[Draft] Notes\"`");
        let e = explain("title: *New* course\n", "while scanning an anchor or alias", at(1, 7), &[at(1, 0)]);
        assert!(e.message.contains("anchor to repeat"), "{}", e.message);
        let e = explain("team: @owners\n", "found character that cannot start any token", at(1, 6), &[at(1, 0)]);
        assert_eq!(e.message, "a value that starts with `@`: in YAML `@` is reserved");
    }

    #[test]
    fn values_are_quoted_only_when_the_line_is_a_plain_key_and_value() {
        assert_eq!(quote_value("  - text: It's \"new\"").as_deref(), Some("  - text: 'It''s \"new\"'"));
        assert_eq!(quote_value("path: C:\\docs: x").as_deref(), Some("path: \"C:\\\\docs: x\""));
        assert_eq!(
            quote_value("summary: \"It's \"quoted\" text\"").as_deref(),
            Some("summary: 'It''s \"quoted\" text'")
        );
        assert_eq!(quote_value("title: \"A\" and \"B\"").as_deref(), Some("title: '\"A\" and \"B\"'"));
        assert_eq!(quote_value("just text"), None);
        assert_eq!(quote_value("\"quoted key\": value"), None);
    }
}
