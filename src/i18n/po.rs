//! GNU gettext PO files, written and read as the gettext manual describes them ("The Format of
//! PO Files"): one file per source document, one entry per segment, `msgctxt` naming the entry,
//! `#.` comments explaining it and its placeholders, `#:` its place in the source, and
//! `#, fuzzy` on translations whose source changed since.

use super::catalog::{DocCatalog, State};
use super::segments::MarkKind;
use crate::diagnostic::Diagnostic;

/// What a translator's file says about one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub context: String,
    pub source: String,
    pub target: String,
    pub fuzzy: bool,
    /// 1-based line of the entry in its file.
    pub line: usize,
}

/// A translator's file read back: the document it is for and its entries.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// `curriculum/...` of the source document (from the header).
    pub source_path: Option<String>,
    pub language: Option<String>,
    pub entries: Vec<Entry>,
}

/// The explanation of an entry for the translator: what it is and what its placeholders stand for.
pub fn explain(unit: &super::catalog::Unit) -> Vec<String> {
    let mut lines = vec![unit.source.what.to_string()];
    for mark in &unit.marks {
        let meaning = match mark.kind {
            MarkKind::Link => {
                format!("link to {}", link_target(&mark.close.clone().unwrap_or_else(|| mark.open.clone())))
            }
            MarkKind::Image => "image (translate the description)".to_string(),
            MarkKind::Bold => "bold".into(),
            MarkKind::Italic => "italic".into(),
            MarkKind::Strike => "struck through".into(),
            MarkKind::Code => format!("code, kept as is: {}", mark.open),
            MarkKind::Html => format!("HTML, kept as is: {}", mark.open),
            MarkKind::Break => "line break".into(),
            MarkKind::Footnote => format!("footnote reference {}", mark.open),
            MarkKind::Other => format!("kept as is: {}", mark.open),
        };
        let tag = if mark.close.is_some() { format!("<{0}>…</{0}>", mark.name) } else { format!("<{}/>", mark.name) };
        lines.push(format!("{tag}: {meaning}"));
    }
    lines.iter().map(|l| l.replace('\n', " ")).collect()
}

fn link_target(close: &str) -> String {
    // `](target)` closes a link; an empty link (`[](target)`) is one mark.
    let inner = close.rsplit_once("](").map_or(close, |(_, t)| t).trim_end_matches(')');
    inner.split_whitespace().next().unwrap_or(inner).trim_matches(['<', '>']).to_string()
}

/// The PO file of one document for `locale`.
pub fn write(doc: &DocCatalog, locale: &str, source_locale: &str) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {} ({source_locale}) → {locale}\n", doc.source_path));
    out.push_str(&format!(
        "# Translation: {}. Import with `coursebook i18n import --locale {locale}`.\n",
        doc.translated_path
    ));
    out.push_str("# Keep the placeholders (<link1>…</link1>, <code2/>): they stand for links, code and formatting.\n");
    out.push_str("msgid \"\"\nmsgstr \"\"\n");
    let header = [
        format!("Project-Id-Version: {}", doc.source_path),
        "Report-Msgid-Bugs-To: \n".trim_end().to_string(),
        "PO-Revision-Date: \n".trim_end().to_string(),
        "Last-Translator: \n".trim_end().to_string(),
        format!("Language-Team: {locale}"),
        format!("Language: {}", locale.replace('-', "_")),
        "MIME-Version: 1.0".into(),
        "Content-Type: text/plain; charset=UTF-8".into(),
        "Content-Transfer-Encoding: 8bit".into(),
        format!("X-Coursebook-Source: {}", doc.source_path),
        format!("X-Coursebook-Translation: {}", doc.translated_path),
    ];
    for field in header {
        out.push_str(&format!("\"{}\\n\"\n", escape(&field)));
    }
    for unit in &doc.units {
        out.push('\n');
        for line in explain(unit) {
            out.push_str(&format!("#. {line}\n"));
        }
        out.push_str(&format!("#: {}:{}\n", doc.source_path, unit.source.line));
        if unit.state == State::Outdated {
            out.push_str("#, fuzzy\n");
        }
        // The source text the translation was made from, as msgmerge shows it.
        if let Some(previous) = &unit.previous {
            for line in field("msgid", previous).lines() {
                out.push_str(&format!("#| {line}\n"));
            }
        }
        out.push_str(&field("msgctxt", &unit.id));
        out.push_str(&field("msgid", &unit.source.inline.text));
        out.push_str(&field("msgstr", unit.target.as_deref().unwrap_or("")));
    }
    out
}

/// `keyword "text"`, split after each newline as gettext writes it.
fn field(keyword: &str, text: &str) -> String {
    if !text.contains('\n') || text.ends_with('\n') && text.matches('\n').count() == 1 {
        return format!("{keyword} \"{}\"\n", escape(text));
    }
    let mut out = format!("{keyword} \"\"\n");
    for piece in text.split_inclusive('\n') {
        out.push_str(&format!("\"{}\"\n", escape(piece)));
    }
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// Reads a PO file. Problems are reported at their line.
pub fn parse(path: &str, text: &str) -> Result<Parsed, Vec<Diagnostic>> {
    let mut parsed = Parsed::default();
    let mut problems = Vec::new();
    // The entry being read: (keyword currently continued, context, id, str, fuzzy, line, obsolete)
    #[derive(Default)]
    struct Current {
        field: Option<&'static str>,
        context: Option<String>,
        id: Option<String>,
        target: Option<String>,
        fuzzy: bool,
        line: usize,
    }
    let mut cur = Current::default();
    let finish = |cur: &mut Current, parsed: &mut Parsed| {
        let done = std::mem::take(cur);
        let Some(id) = done.id else { return };
        let target = done.target.unwrap_or_default();
        if id.is_empty() && done.context.is_none() {
            for line in target.lines() {
                if let Some((k, v)) = line.split_once(':') {
                    match k.trim() {
                        "X-Coursebook-Source" => parsed.source_path = Some(v.trim().to_string()),
                        "Language" => parsed.language = Some(v.trim().replace('_', "-")),
                        _ => {}
                    }
                }
            }
            return;
        }
        parsed.entries.push(Entry {
            context: done.context.unwrap_or_default(),
            source: id,
            target,
            fuzzy: done.fuzzy,
            line: done.line,
        });
    };
    for (n, raw) in text.lines().enumerate() {
        let number = n + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(flags) = line.strip_prefix("#,") {
            if cur.id.is_some() {
                finish(&mut cur, &mut parsed);
            }
            cur.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
            continue;
        }
        if line.starts_with("#~") {
            // Obsolete entries are history, not translations.
            continue;
        }
        if line.starts_with('#') {
            if cur.id.is_some() && cur.target.is_some() {
                finish(&mut cur, &mut parsed);
            }
            continue;
        }
        let (keyword, rest) = match line.split_once(char::is_whitespace) {
            Some((k, r)) if !line.starts_with('"') => (Some(k), r.trim()),
            _ => (None, line),
        };
        let value =
            match unquote(rest) {
                Ok(v) => v,
                Err(message) => {
                    problems.push(Diagnostic::error(path, number, 1, message).with_hint(
                        "each line of a PO entry is a keyword and a quoted string, or a quoted continuation",
                    ));
                    continue;
                }
            };
        match keyword {
            None => {
                let slot = match cur.field {
                    Some("msgctxt") => cur.context.as_mut(),
                    Some("msgid") => cur.id.as_mut(),
                    Some("msgstr") => cur.target.as_mut(),
                    _ => None,
                };
                match slot {
                    Some(s) => s.push_str(&value),
                    None => problems.push(Diagnostic::error(path, number, 1, "a string outside any entry")),
                }
            }
            Some("msgctxt") => {
                if cur.id.is_some() {
                    finish(&mut cur, &mut parsed);
                }
                cur.field = Some("msgctxt");
                cur.context = Some(value);
                if cur.line == 0 {
                    cur.line = number;
                }
            }
            Some("msgid") => {
                if cur.id.is_some() {
                    finish(&mut cur, &mut parsed);
                }
                cur.field = Some("msgid");
                cur.id = Some(value);
                if cur.line == 0 {
                    cur.line = number;
                }
            }
            Some("msgstr") | Some("msgstr[0]") => {
                cur.field = Some("msgstr");
                cur.target = Some(value);
            }
            Some(other) => problems.push(
                Diagnostic::error(path, number, 1, format!("unexpected `{other}`"))
                    .with_hint("coursebook's entries have no plural forms: use msgctxt, msgid and msgstr"),
            ),
        }
    }
    finish(&mut cur, &mut parsed);
    if problems.is_empty() {
        Ok(parsed)
    } else {
        Err(problems)
    }
}

fn unquote(text: &str) -> Result<String, String> {
    let inner = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .ok_or_else(|| format!("expected a quoted string, found `{text}`"))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some('a') => out.push('\u{7}'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('v') => out.push('\u{b}'),
            Some(other) => return Err(format!("unknown escape `\\{other}`")),
            None => return Err("a string ends with a lone backslash".into()),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_gettext_writes() {
        let po = "# comment\nmsgid \"\"\nmsgstr \"\"\n\"Language: zh_Hans\\n\"\n\"X-Coursebook-Source: curriculum/a.md\\n\"\n\n#. paragraph\n#: curriculum/a.md:3\n#, fuzzy\nmsgctxt \"case:a#body/top/p@12345678\"\nmsgid \"\"\n\"Two\\n\"\n\"lines \\\"quoted\\\"\"\nmsgstr \"Deux\\nlignes\"\n\n#~ msgid \"old\"\n#~ msgstr \"vieux\"\n\nmsgctxt \"x\"\nmsgid \"a\"\nmsgstr \"\"\n";
        let parsed = parse("a.po", po).unwrap();
        assert_eq!(parsed.source_path.as_deref(), Some("curriculum/a.md"));
        assert_eq!(parsed.language.as_deref(), Some("zh-Hans"));
        assert_eq!(
            parsed.entries,
            vec![
                Entry {
                    context: "case:a#body/top/p@12345678".into(),
                    source: "Two\nlines \"quoted\"".into(),
                    target: "Deux\nlignes".into(),
                    fuzzy: true,
                    line: 10
                },
                Entry { context: "x".into(), source: "a".into(), target: String::new(), fuzzy: false, line: 19 },
            ]
        );
        assert_eq!(field("msgid", "a\nb"), "msgid \"\"\n\"a\\n\"\n\"b\"\n");
        let bad = parse("b.po", "msgid \"a\nmsgstr \"\"\n").unwrap_err();
        assert_eq!(bad[0].line, 1);
    }
}
