//! XLIFF 1.2 files, for translation tools that prefer them to PO: one `<file>` per source
//! document, one `<trans-unit>` per segment (its `id` is the PO `msgctxt`), placeholders as
//! inline elements: `<g ctype="link">` around translatable text, `<ph>` holding code that
//! stays as it is, `<x ctype="lb"/>` for a line break. Outdated translations carry
//! `state="needs-review-translation"` (PO's fuzzy).

use quick_xml::escape::escape;
use quick_xml::events::Event;
use quick_xml::Reader;

use super::catalog::{DocCatalog, State};
use super::po::{Entry, Parsed};
use super::segments::{inline, Mark, MarkKind};
use crate::diagnostic::Diagnostic;

/// The XLIFF file of one document for `locale`.
pub fn write(doc: &DocCatalog, locale: &str, source_locale: &str) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n");
    out.push_str(&format!(
        "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"x-markdown\">\n",
        escape(&doc.source_path),
        escape(source_locale),
        escape(locale)
    ));
    out.push_str("    <header>\n");
    out.push_str(&format!(
        "      <note from=\"coursebook\">Translation: {}. Import with `coursebook i18n import --locale {}`.</note>\n",
        escape(&doc.translated_path),
        escape(locale)
    ));
    out.push_str("    </header>\n    <body>\n");
    for unit in &doc.units {
        out.push_str(&format!(
            "      <trans-unit id=\"{0}\" resname=\"{0}\" xml:space=\"preserve\">\n",
            escape(&unit.id)
        ));
        out.push_str(&format!("        <source>{}</source>\n", to_xml(&unit.source.inline.text, &unit.marks)));
        if let Some(target) = &unit.target {
            let state = match unit.state {
                State::Outdated => "needs-review-translation",
                _ => "translated",
            };
            out.push_str(&format!("        <target state=\"{state}\">{}</target>\n", to_xml(target, &unit.marks)));
        }
        let explanation = super::po::explain(unit).join("; ");
        out.push_str(&format!("        <note from=\"coursebook\">{}</note>\n", escape(&explanation)));
        out.push_str(&format!(
            "        <context-group purpose=\"location\"><context context-type=\"sourcefile\">{}</context><context context-type=\"linenumber\">{}</context></context-group>\n",
            escape(&doc.source_path),
            unit.source.line
        ));
        out.push_str("      </trans-unit>\n");
    }
    out.push_str("    </body>\n  </file>\n</xliff>\n");
    out
}

/// Placeholder text (`<link1>a</link1>`) as XLIFF inline elements.
fn to_xml(text: &str, marks: &[Mark]) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut pos = 0;
    for (range, index, form) in inline::tags(text, marks) {
        out.push_str(&escape(&text[pos..range.start]));
        let mark = &marks[index];
        let ctype = mark.kind.ctype();
        match form {
            inline::TagForm::Open => {
                // `<g>` takes only bold, italic, underlined, link or `x-` values (XLIFF 1.2).
                let ctype = if ctype == "image" { "x-image" } else { ctype };
                out.push_str(&format!("<g id=\"{}\" ctype=\"{ctype}\">", mark.name))
            }
            inline::TagForm::Close => out.push_str("</g>"),
            inline::TagForm::Empty if mark.kind == MarkKind::Break => {
                out.push_str(&format!("<x id=\"{}\" ctype=\"lb\"/>", mark.name))
            }
            inline::TagForm::Empty => {
                let ctype = if ctype == "link" || ctype == "bold" || ctype == "italic" { "x-markdown" } else { ctype };
                out.push_str(&format!("<ph id=\"{}\" ctype=\"{ctype}\">{}</ph>", mark.name, escape(&mark.open)))
            }
        }
        pos = range.end;
    }
    out.push_str(&escape(&text[pos..]));
    out
}

/// Reads an XLIFF 1.2 file back into entries (the first `<file>`'s `original` names the
/// source document).
pub fn parse(path: &str, text: &str) -> Result<Parsed, Vec<Diagnostic>> {
    let mut reader = Reader::from_str(text);
    let mut parsed = Parsed::default();
    let error = |reader: &Reader<&[u8]>, message: String| {
        let offset = reader.buffer_position() as usize;
        let (line, column) = crate::source::line_col(text, offset.min(text.len()), 1);
        vec![Diagnostic::error(path, line, column, message).with_hint("the file must be XLIFF 1.2 as exported")]
    };
    // The unit being read.
    let mut unit: Option<Entry> = None;
    // Where text goes: 1 source, 2 target, 0 elsewhere; and inline element ids open in it.
    let mut into = 0u8;
    let mut open: Vec<Option<String>> = Vec::new();
    let mut ph: Option<String> = None;
    loop {
        let event = reader.read_event().map_err(|e| error(&reader, format!("invalid XML: {e}")))?;
        match event {
            Event::Start(e) => {
                let name = e.local_name();
                let attr = |key: &[u8]| -> Option<String> {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == key)
                        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
                };
                match name.as_ref() {
                    b"file" if parsed.source_path.is_none() => {
                        parsed.source_path = attr(b"original");
                        parsed.language = attr(b"target-language");
                    }
                    b"trans-unit" => {
                        let (line, _) = crate::source::line_col(text, reader.buffer_position() as usize, 1);
                        unit = Some(Entry {
                            context: attr(b"id").unwrap_or_default(),
                            source: String::new(),
                            target: String::new(),
                            fuzzy: false,
                            line,
                        });
                    }
                    b"source" if unit.is_some() => into = 1,
                    b"target" if unit.is_some() => {
                        into = 2;
                        let state = attr(b"state").unwrap_or_default();
                        if let Some(u) = unit.as_mut() {
                            u.fuzzy = state.starts_with("needs-") || state == "new";
                        }
                    }
                    b"g" | b"bpt" if into > 0 => {
                        let id = attr(b"id").unwrap_or_default();
                        push(&mut unit, into, &format!("<{id}>"));
                        open.push(Some(id));
                    }
                    b"ph" | b"it" if into > 0 => {
                        ph = Some(attr(b"id").unwrap_or_default());
                        open.push(None);
                    }
                    _ if into > 0 => open.push(None),
                    _ => {}
                }
            }
            Event::Empty(e) if into > 0 && matches!(e.local_name().as_ref(), b"x" | b"ph") => {
                let id = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.local_name().as_ref() == b"id")
                    .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
                    .unwrap_or_default();
                push(&mut unit, into, &format!("<{id}/>"));
            }
            Event::Text(t) if into > 0 && ph.is_none() => {
                let value = t.decode().map_err(|e| error(&reader, format!("invalid text: {e}")))?;
                let value = quick_xml::escape::unescape(&value)
                    .map_err(|e| error(&reader, format!("invalid text: {e}")))?
                    .into_owned();
                push(&mut unit, into, &value);
            }
            Event::GeneralRef(r) if into > 0 && ph.is_none() => {
                let name = r.decode().map_err(|e| error(&reader, format!("invalid entity: {e}")))?;
                let value = quick_xml::escape::unescape(&format!("&{name};"))
                    .map_err(|e| error(&reader, format!("invalid entity: {e}")))?
                    .into_owned();
                push(&mut unit, into, &value);
            }
            Event::CData(t) if into > 0 && ph.is_none() => {
                push(&mut unit, into, &String::from_utf8_lossy(&t.into_inner()));
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"source" | b"target" => into = 0,
                b"trans-unit" => {
                    if let Some(u) = unit.take() {
                        parsed.entries.push(u);
                    }
                }
                _ if into > 0 => match open.pop() {
                    Some(Some(id)) => push(&mut unit, into, &format!("</{id}>")),
                    Some(None) => {
                        if let Some(id) = ph.take() {
                            push(&mut unit, into, &format!("<{id}/>"));
                        }
                    }
                    None => {}
                },
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(parsed)
}

fn push(unit: &mut Option<Entry>, into: u8, text: &str) {
    if let Some(u) = unit.as_mut() {
        match into {
            1 => u.source.push_str(text),
            2 => u.target.push_str(text),
            _ => {}
        }
    }
}
