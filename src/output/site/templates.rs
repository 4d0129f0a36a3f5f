//! Compiling the theme's templates, the `t()` function templates use for UI strings, and
//! escaping helpers.

use super::*;

/// Template names every theme provides.
pub(crate) const TEMPLATES: &[&str] = &[
    "home.html",
    "course.html",
    "chapter.html",
    "case.html",
    "cases.html",
    "glossary.html",
    "activity.html",
    "404.html",
    "root.html",
    "status.html",
    "deck.html",
    "day.html",
    "event.html",
    "attendance.html",
    "print.html",
    "facilitator-guide.html",
    "figures.html",
    "manifest.webmanifest",
    "setup.html",
];

/// Compiles the theme's templates once. A broken template is reported with its file.
pub fn compile_templates(theme: &Theme) -> Result<Tera, Vec<Diagnostic>> {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    // Tera's default also escapes `/` (as `&#x2F;`), which bloats every URL; inside quoted
    // attributes and text these five characters are all that need escaping.
    tera.set_escape_fn(escape);
    tera.register_filter("direction", direction_filter);
    let sources: Vec<(String, String)> = theme
        .under("templates")
        .filter_map(|(name, bytes)| std::str::from_utf8(bytes).ok().map(|t| (name.to_string(), compact_template(t))))
        .collect();
    if let Err(e) = tera.add_raw_templates(sources) {
        return Err(vec![template_error(theme, &e)]);
    }
    let missing: Vec<Diagnostic> = TEMPLATES
        .iter()
        .filter(|t| !tera.get_template_names().any(|n| n == **t))
        .map(|t| {
            Diagnostic::error(format!("themes/default/templates/{t}"), 0, 0, "the theme has no such template")
                .with_hint("restore the template or remove the overriding theme folder")
        })
        .collect();
    if missing.is_empty() {
        Ok(tera)
    } else {
        Err(missing)
    }
}

/// A template problem as a diagnostic at the line and column of the template file the user can
/// open (templates are compacted before Tera sees them, so Tera's own position is not it).
pub(crate) fn template_error(theme: &Theme, e: &tera::Error) -> Diagnostic {
    use std::error::Error;
    let mut causes = Vec::new();
    let mut source = e.source();
    while let Some(s) = source {
        causes.push(s.to_string());
        source = s.source();
    }
    let top = e.to_string();
    let name = top.split('\'').nth(1).filter(|n| theme.files.contains_key(&format!("templates/{n}")));
    let Some(name) = name else {
        let message = std::iter::once(top).chain(causes).collect::<Vec<_>>().join(": ");
        return Diagnostic::error("themes", 0, 0, format!("template error: {message}"))
            .with_hint("fix the template in your theme override");
    };
    let file = theme.origin(&format!("templates/{name}"));
    let original =
        theme.files.get(&format!("templates/{name}")).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("");
    let hint = "fix the template in your theme override (the built-in templates are in themes/default/templates/)";
    if top.starts_with("Failed to parse") {
        // Parse the template as written to learn where the syntax error is in the file.
        if let Err(e) = Tera::default().add_raw_template(name, original) {
            let detail = e.source().map(|s| s.to_string()).unwrap_or_default();
            if let Some((line, column)) = pest_position(&detail) {
                let what = detail.rsplit("= ").next().unwrap_or("").trim();
                return Diagnostic::error(file, line, column, format!("the template does not parse: {what}"))
                    .with_hint(hint);
            }
        }
    }
    // A render error names what is missing (a variable, filter, test or function): point at
    // its first use in the file.
    let cause = causes.last().cloned().unwrap_or_else(|| top.clone());
    let missing = missing_name(&cause);
    let hint = missing.as_deref().and_then(renamed).map_or_else(|| hint.to_string(), |h| format!("{h}; {hint}"));
    if let Some(offset) = missing.as_deref().and_then(|m| original.find(m)) {
        let (line, column) = crate::source::line_col(original, offset, 1);
        return Diagnostic::error(file, line, column, format!("template error: {cause}")).with_hint(hint);
    }
    // Not in the page's own template: in a template it extends or includes, which an override
    // may have replaced (a base.html written for an older version). Every page that uses it
    // then reports the one problem, at the same place.
    let used_in = missing.as_deref().and_then(|m| {
        theme.origins.keys().filter(|path| path.starts_with("templates/")).find_map(|path| {
            let text = theme.text(path)?;
            text.find(m).map(|offset| (path, crate::source::line_col(text, offset, 1)))
        })
    });
    if let Some((path, (line, column))) = used_in {
        let cause = cause.split(" while rendering ").next().unwrap_or(&cause);
        return Diagnostic::error(theme.origin(path), line, column, format!("template error: {cause}")).with_hint(hint);
    }
    Diagnostic::error(file, 0, 0, format!("template error: {cause}")).with_hint(hint)
}

/// What replaced a template variable that earlier versions provided, for an override written
/// for them.
fn renamed(missing: &str) -> Option<&'static str> {
    match missing {
        "course.chapters" => Some(
            "the sidebar's chapters are now written by `{{ course.chapters_html | safe }}`, each from \
             `partials/nav-chapter.html` (where `ch` has the url, number, title, lang and current)",
        ),
        _ => None,
    }
}

/// `(line, column)` from pest's ` --> 3:14` marker.
fn pest_position(detail: &str) -> Option<(usize, usize)> {
    let rest = detail.split("--> ").nth(1)?;
    let (line, rest) = rest.split_once(':')?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((line.trim().parse().ok()?, column.parse().ok()?))
}

/// The name Tera could not find, quoted with `'…'` or `` `…` `` after "Filter", "Variable",
/// "Test" or "Function".
fn missing_name(message: &str) -> Option<String> {
    let start = ["Filter '", "Variable `", "Test '", "Function '"].iter().find_map(|p| {
        let i = message.find(p)?;
        Some(i + p.len())
    })?;
    let name: String = message[start..].chars().take_while(|c| *c != '\'' && *c != '`').collect();
    (!name.is_empty()).then_some(name)
}

/// `{{ code | direction }}`: `ltr` or `rtl`, the text direction of a locale code, for the `dir`
/// that goes with a `lang` on text that is not in the page's language.
fn direction_filter(value: &tera::Value, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let code = value.as_str().ok_or_else(|| tera::Error::msg("direction: expected a locale code"))?;
    Ok(tera::Value::String(crate::i18n::direction(code).to_string()))
}

pub(crate) struct TranslateFn(pub(crate) Strings);

/// `{{ "2027-03-15" | local_date }}`: a calendar date as the locale writes it ("15 March 2027",
/// "15 mars 2027", "2027年3月15日"), by its strings `date` and `month-1`...`month-12`. Anything
/// that is not a date `YYYY-MM-DD` is shown as it is.
pub(crate) struct LocalDateFilter(pub(crate) Strings);

impl LocalDateFilter {
    pub(crate) fn format(&self, text: &str) -> Option<String> {
        local_date(&self.0, text)
    }
}

/// A date (`2027-03-15`) as the locale of `strings` writes it ("15 mars 2027"); `None` when it is
/// not a date.
pub(crate) fn local_date(strings: &Strings, text: &str) -> Option<String> {
    let date = crate::content::delivery::parse_date(text).ok()?;
    let mut args = fluent_bundle::FluentArgs::new();
    // As text: numbers would be formatted (a year as "2,027").
    args.set("day", date.day().to_string());
    args.set("month", strings.get(&format!("month-{}", date.month())));
    args.set("month_number", date.month().to_string());
    args.set("year", date.year().to_string());
    Some(strings.format("date", Some(&args)))
}

impl tera::Filter for LocalDateFilter {
    fn filter(&self, value: &tera::Value, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let text = value.as_str().map(str::to_string).unwrap_or_else(|| value.to_string());
        Ok(tera::Value::String(self.format(&text).unwrap_or(text)))
    }
}

/// `{{ countries | list }}`: the items of an array joined as the locale writes a list ("A, B",
/// "A、B", "A، B"), by its string `list-separator`. `list(lang=x)`: items in language `x` (an
/// untranslated case's countries), joined as that language does, when `x` is set.
pub(crate) struct ListFilter(pub(crate) Strings);

impl tera::Filter for ListFilter {
    fn filter(&self, value: &tera::Value, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let items = value.as_array().ok_or_else(|| tera::Error::msg("list: expected an array"))?;
        let items: Vec<String> =
            items.iter().map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())).collect();
        let separator = match args.get("lang").and_then(|l| l.as_str()).filter(|l| !l.is_empty()) {
            Some(lang) => list_separator_of(lang).to_string(),
            None => self.0.get("list-separator"),
        };
        Ok(tera::Value::String(items.join(&separator)))
    }
}

/// How a language separates the items of a list, for text in a language other than the page's.
fn list_separator_of(lang: &str) -> &'static str {
    match lang.split(['-', '_']).next().unwrap_or("") {
        "zh" | "ja" => "、",
        "ar" | "fa" | "ur" => "، ",
        _ => ", ",
    }
}

impl tera::Function for TranslateFn {
    /// `t(key="...")`, with optional arguments passed to the message: `t(key="x", count=3)`
    /// chooses the plural form; any other named argument fills the placeable of that name.
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args.get("key").and_then(|v| v.as_str()).ok_or_else(|| tera::Error::msg("t() needs key=\"...\""))?;
        let mut fluent_args = fluent_bundle::FluentArgs::new();
        let mut names: Vec<&String> = args.keys().filter(|k| k.as_str() != "key").collect();
        names.sort();
        for name in names {
            match &args[name] {
                tera::Value::Number(n) if n.is_i64() => fluent_args.set(name.as_str(), n.as_i64().unwrap_or(0)),
                tera::Value::Number(n) => fluent_args.set(name.as_str(), n.as_f64().unwrap_or(0.0)),
                other => fluent_args
                    .set(name.as_str(), other.as_str().map(str::to_string).unwrap_or_else(|| other.to_string())),
            }
        }
        Ok(tera::Value::String(self.0.format(key, Some(&fluent_args))))
    }
    fn is_safe(&self) -> bool {
        false
    }
}

/// JSON safe to place inside `<script type="application/json">`: no `<`, `>` or `&` can end
/// the script element or open a comment, whatever the quiz text says.
pub fn script_json<T: Serialize>(value: &T) -> String {
    // Through `Value`, whose maps are sorted: the same data always gives the same bytes.
    let json = serde_json::to_value(value).and_then(|v| serde_json::to_string(&v)).unwrap_or_else(|_| "null".into());
    let mut out = Vec::with_capacity(json.len());
    push_script_safe(&mut out, &json);
    String::from_utf8(out).unwrap_or_else(|_| "null".into())
}

#[cfg(test)]
pub fn script_json_ordered<T: Serialize>(value: &T) -> String {
    let mut out = Vec::new();
    push_script_json_ordered(&mut out, value);
    String::from_utf8(out).unwrap_or_else(|_| "null".into())
}

/// Appends [`script_json`] of data whose maps are already in key order (string-keyed `BTreeMap`s,
/// structs whose fields are in alphabetical order): the same bytes, written
/// without the intermediate `Value` tree, which for large data (a search index of thousands of
/// pages) is many times the size of the JSON.
pub fn push_script_json_ordered<T: Serialize>(out: &mut Vec<u8>, value: &T) {
    let start = out.len();
    if serde_json::to_writer(&mut *out, value).is_err() {
        out.truncate(start);
        out.extend_from_slice(b"null");
        return;
    }
    // Most data needs no escape: no second copy of megabytes.
    if next_unsafe(&out[start..], 0).is_some() {
        let json = String::from_utf8(out.split_off(start)).unwrap_or_else(|_| "null".into());
        out.reserve_exact(json.len() + 64);
        push_script_safe(out, &json);
    }
}

/// The length of `value` as JSON, without keeping it: to size a buffer for megabytes of it
/// (one grown by doubling holds up to twice as much while it grows).
pub fn json_len<T: Serialize>(value: &T) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0 += bytes.len();
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    serde_json::to_writer(&mut count, value).map_or(4, |()| count.0)
}

/// Appends `text` as a JSON string that is safe in a script element: the bytes of
/// [`script_json`] of a string, written in one pass (megabytes of snippet text in the search
/// index go through here).
pub fn push_script_json_str(out: &mut Vec<u8>, text: &str) {
    // The bytes that may need an escape: control characters, quote, backslash, markup, and
    // the first byte of U+2028 and U+2029.
    const LOOK: [bool; 256] = {
        let mut look = [false; 256];
        let mut b = 0;
        while b < 0x20 {
            look[b] = true;
            b += 1;
        }
        let mut k = 0;
        while k < 6 {
            look[[b'"', b'\\', b'<', b'>', b'&', 0xE2][k] as usize] = true;
            k += 1;
        }
        look
    };
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = text.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let (mut copied, mut at) = (0, 0);
    while at < bytes.len() {
        let byte = bytes[at];
        if !LOOK[byte as usize] {
            at += 1;
            continue;
        }
        let mut control = *b"\\u0000";
        let (escape, len): (&[u8], usize) = match byte {
            b'"' => (b"\\\"", 1),
            b'\\' => (b"\\\\", 1),
            b'\n' => (b"\\n", 1),
            b'\r' => (b"\\r", 1),
            b'\t' => (b"\\t", 1),
            0x08 => (b"\\b", 1),
            0x0C => (b"\\f", 1),
            b'<' => (b"\\u003c", 1),
            b'>' => (b"\\u003e", 1),
            b'&' => (b"\\u0026", 1),
            0xE2 => match bytes.get(at + 1..at + 3) {
                Some([0x80, 0xA8]) => (b"\\u2028", 3),
                Some([0x80, 0xA9]) => (b"\\u2029", 3),
                _ => {
                    at += 1;
                    continue;
                }
            },
            other => {
                control[4] = HEX[usize::from(other >> 4)];
                control[5] = HEX[usize::from(other & 0xF)];
                (&control, 1)
            }
        };
        out.extend_from_slice(&bytes[copied..at]);
        out.extend_from_slice(escape);
        at += len;
        copied = at;
    }
    out.extend_from_slice(&bytes[copied..]);
    out.push(b'"');
}

/// Appends `json` with the characters that could end a script element or a line escaped.
fn push_script_safe(out: &mut Vec<u8>, json: &str) {
    out.reserve(json.len());
    let mut copied = 0;
    while let Some((at, len, escape)) = next_unsafe(json.as_bytes(), copied) {
        out.extend_from_slice(&json.as_bytes()[copied..at]);
        out.extend_from_slice(escape.as_bytes());
        copied = at + len;
    }
    out.extend_from_slice(&json.as_bytes()[copied..]);
}

/// The next character from `from` on that [`push_script_safe`] escapes: where it is, its length
/// in bytes and its escape. Searched with memchr (megabytes of search index).
fn next_unsafe(json: &[u8], from: usize) -> Option<(usize, usize, &'static str)> {
    let markup = memchr::memchr3(b'<', b'>', b'&', &json[from..]).map(|n| from + n);
    // A line or paragraph separator before it (U+2028 and U+2029 are E2 80 A8 and E2 80 A9)?
    let mut at = from;
    while let Some(n) = memchr::memchr(0xE2, &json[at..markup.unwrap_or(json.len())]) {
        at += n;
        match json.get(at + 1..at + 3) {
            Some([0x80, 0xA8]) => return Some((at, 3, "\\u2028")),
            Some([0x80, 0xA9]) => return Some((at, 3, "\\u2029")),
            _ => at += 1,
        }
    }
    let at = markup?;
    let escape = match json[at] {
        b'<' => "\\u003c",
        b'>' => "\\u003e",
        _ => "\\u0026",
    };
    Some((at, 1, escape))
}

/// Full minification of a rendered page (`minify: true` in site.yaml): on top of the compacted
/// templates, it also drops optional quotes and whitespace inside Markdown output.
#[cfg(feature = "minify")]
pub fn minify(html: &[u8]) -> Vec<u8> {
    let cfg = minify_html::Cfg {
        keep_closing_tags: true,
        keep_html_and_head_opening_tags: true,
        minify_css: false,
        minify_js: false,
        ..minify_html::Cfg::default()
    };
    minify_html::minify(html, &cfg)
}

/// Without the `minify` feature, pages keep their compacted form (`check` warns about the setting).
#[cfg(not(feature = "minify"))]
pub fn minify(html: &[u8]) -> Vec<u8> {
    html.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_is_written_as_script_json_writes_it() {
        let controls: String = (0u8..0x20).map(char::from).collect();
        for text in [
            "",
            "plain text",
            "</script><!-- & \"quoted\" \\ back",
            "line\nbreak\ttab\r\u{8}\u{c}",
            &controls,
            "\u{2028}\u{2029}\u{2027}\u{202A} “quotes” – dash … é 数字 الحكومة 😀\u{7f}",
        ] {
            let mut out = Vec::new();
            push_script_json_str(&mut out, text);
            assert_eq!(String::from_utf8(out).unwrap(), script_json(&text), "{text:?}");
        }
    }

    #[test]
    fn script_json_cannot_break_out() {
        let s = script_json(&serde_json::json!({"a": "</script><!-- & \"x\" \u{2028}\u{2029}"}));
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'), "{s}");
        assert_eq!(s, r#"{"a":"\u003c/script\u003e\u003c!-- \u0026 \"x\" \u2028\u2029"}"#);
    }

    #[test]
    fn only_script_breaking_characters_are_escaped() {
        // Other characters starting with the byte E2 (U+2000 to U+2FFF) are left alone.
        let text = "a\u{2028}b\u{2029}c\u{2027}\u{202A}\u{2013}–’<&>é数\u{2028}";
        let s = script_json_ordered(&text);
        assert_eq!(s, "\"a\\u2028b\\u2029c\u{2027}\u{202A}\u{2013}–’\\u003c\\u0026\\u003eé数\\u2028\"");
        assert_eq!(script_json_ordered(&"plain – text’"), "\"plain – text’\"");
    }

    #[test]
    fn dates_are_written_as_each_locale_writes_them() {
        let theme = crate::theme::Theme::load(std::path::Path::new("/nonexistent"), "default").expect("embedded theme");
        let date = |locale: &str, text: &str| {
            let chain = [locale.to_string(), "en".to_string()];
            LocalDateFilter(Strings::load(&theme, &chain, &Default::default()).0).format(text)
        };
        assert_eq!(date("en", "2027-03-05").as_deref(), Some("5 March 2027"));
        assert_eq!(date("fr", "2027-08-15").as_deref(), Some("15 août 2027"));
        assert_eq!(date("es", "2027-08-15").as_deref(), Some("15 de agosto de 2027"));
        assert_eq!(date("ru", "2027-03-05").as_deref(), Some("5 марта 2027 г."));
        assert_eq!(date("ar", "2027-12-31").as_deref(), Some("31 ديسمبر 2027"));
        assert_eq!(date("zh-Hans", "2027-03-05").as_deref(), Some("2027年3月5日"));
        assert_eq!(date("en", "2027-02-30"), None, "not a date: shown as written");
        assert_eq!(date("en", "next spring"), None);
    }
}
