//! Certificates of participation for an event (`coursebook certificates`): one landscape page per
//! participant, in one locale, from the event (title, dates, place, organisers), its course (title,
//! duration) and the site's strings, laid out by the theme's `pdf/certificate.typ`. Participants'
//! names come from a file given on the command line, never from the sources, and reach Typst only
//! as string values.

use std::time::Instant;

use super::fonts::Fonts;
use super::markup::string;
use super::{lang_region, typeset, world, Made};
use crate::diagnostic::Diagnostic;
use crate::output::site::LocaleSite;

/// The theme file that lays certificates out.
pub const THEME_PATH: &str = "pdf/certificate.typ";

/// The file name of an event's certificates.
pub fn file_name(event: &str, locale: &str) -> String {
    format!("certificates-{event}-{locale}.pdf")
}

/// Participants' names from the text of a names file: one per line; blank lines and lines
/// starting with `#` are skipped. A problem for each line that cannot be a name.
pub fn read_names(file: &str, text: &str) -> Result<Vec<String>, Vec<Diagnostic>> {
    const LONGEST: usize = 120;
    let mut names = Vec::new();
    let mut problems = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, line) in text.lines().enumerate() {
        let name = line.trim();
        if name.is_empty() || name.starts_with('#') {
            continue;
        }
        if name.chars().count() > LONGEST {
            problems.push(
                Diagnostic::error(file, i + 1, 1, format!("a name of {} characters", name.chars().count()))
                    .with_hint(format!("write one name per line (at most {LONGEST} characters)")),
            );
        } else if name.contains('\t') || name.contains(';') || name.matches(',').count() > 1 {
            problems.push(
                Diagnostic::error(file, i + 1, 1, "this line looks like several fields, not one name")
                    .with_hint("write one participant's name per line, as it should be printed, with nothing else"),
            );
        } else {
            names.push(name.to_string());
        }
    }
    if names.is_empty() && problems.is_empty() {
        problems.push(
            Diagnostic::error(file, 1, 1, "no names in this file")
                .with_hint("write one participant's name per line, as it should be printed"),
        );
    }
    if problems.is_empty() {
        Ok(names)
    } else {
        Err(problems)
    }
}

/// Typesets the certificates of event `event` (which the site has) for `names` in `site`'s locale.
pub(crate) fn make(
    site: &LocaleSite,
    theme: &crate::theme::Theme,
    event: &str,
    names: &[String],
    fonts: &Fonts,
) -> Result<Made, Diagnostic> {
    let started = Instant::now();
    let name = file_name(event, &site.locale);
    let Some(theme_text) = theme.text(THEME_PATH) else {
        return Err(Diagnostic::error(theme.origin(THEME_PATH), 0, 0, "the theme has no certificate layout")
            .with_hint("restore pdf/certificate.typ in your theme, or remove the overriding file"));
    };
    let cur = &site.cur;
    let strings = &site.strings;
    let delivery = cur
        .deliveries
        .iter()
        .find(|d| d.id == event)
        .ok_or_else(|| Diagnostic::error(&name, 0, 0, format!("no event `{event}`")))?;
    let course = cur.courses.iter().find(|c| c.doc.meta.id == delivery.course);
    let course_title = course.map_or(delivery.title.as_str(), |c| c.doc.meta.title.as_str());
    // The event's own title, when it says more than the course's.
    let event_title = (delivery.title != course_title).then_some(delivery.title.as_str());
    let date = |d: &str| crate::output::site::local_date(strings, d).unwrap_or_else(|| d.to_string());
    let when = delivery.dates.as_ref().map(|d| match d.end.as_deref().filter(|e| *e != d.start) {
        Some(end) => format!("{} – {}", date(&d.start), date(end)),
        None => date(&d.start),
    });
    let place = match delivery.venue.as_deref() {
        Some(venue) => venue.to_string(),
        None => strings.get(delivery.mode.key()),
    };
    // How long the event ran: its days, from its dates (an event may teach part of its course);
    // without dates, the course's duration.
    let days = delivery.dates.as_ref().and_then(|d| {
        let start = crate::content::delivery::parse_date(&d.start).ok()?;
        let end = d.end.as_deref().map_or(Ok(start), crate::content::delivery::parse_date).ok()?;
        Some(i64::from(end.since(start).ok()?.get_days()) + 1)
    });
    let duration = match days {
        Some(n) => Some(strings.count("duration-days", n)),
        None => course.and_then(|c| c.duration()).map(|d| crate::output::site::page::format_duration(strings, d)),
    };
    let mut facts: Vec<String> = Vec::new();
    facts.push(match when {
        Some(when) => format!("{when} · {place}"),
        None => place,
    });
    if let Some(d) = duration {
        facts.push(format!("{}: {d}", strings.get("duration")));
    }
    let list = |items: &[String]| items.iter().map(|s| string(s)).collect::<Vec<_>>().join(", ");
    let signatures = [strings.get("certificate-signature-facilitator"), strings.get("certificate-signature-organiser")];
    let heading = strings.get("certificate-heading");
    let certifies = strings.get("certificate-certifies");
    let took_part = strings.get("certificate-took-part");
    let mut body = String::new();
    for participant in names {
        body.push_str(&format!(
            "#certificate(heading: {}, site: {}, certifies: {}, name: {}, took-part: {}, course: {}, event: {}, facts: ({},), organisers: ({},), signatures: ({},))\n",
            string(&heading),
            string(&cur.site.title),
            string(&certifies),
            string(participant),
            string(&took_part),
            string(course_title),
            event_title.map_or("none".to_string(), string),
            list(&facts),
            list(&delivery.organisers),
            list(&signatures),
        ));
    }
    let all_text: String = [&heading, &certifies, &took_part, &cur.site.title, course_title, &facts.join(" ")]
        .into_iter()
        .chain(names.iter().map(String::as_str))
        .chain(delivery.organisers.iter().map(String::as_str))
        .chain(event_title)
        .chain(signatures.iter().map(String::as_str))
        .collect::<Vec<&str>>()
        .join(" ");
    let choice = fonts.choose(&site.locale, &format!("{all_text}0123456789.,:;()–·")).map_err(|missing| {
        Diagnostic::error(&name, 0, 0, format!("no installed font can typeset these certificates: {missing}"))
            .with_hint("install the fonts named (e.g. `apt-get install fonts-noto-core fonts-noto-cjk`), or pass `--font-dir` with a folder that holds them")
    })?;
    let (lang, region) = lang_region(&site.locale);
    let dir = if crate::i18n::direction(&site.locale) == "rtl" { "rtl" } else { "ltr" };
    let title = format!("{heading}: {course_title}");
    let preamble = format!(
        "#import {}: *\n#show: certificates.with(title: {}, site: {}, lang: {}, region: {}, dir: {dir}, fonts: ({},))\n",
        string(world::THEME),
        string(&title),
        string(&cur.site.title),
        string(&lang),
        region.as_deref().map_or("none".to_string(), string),
        choice.text.iter().map(|f| string(f)).collect::<Vec<_>>().join(", "),
    );
    let source = format!("{preamble}{body}");
    let ident = format!("coursebook/certificates/{event}/{}", site.locale);
    let (bytes, pages) = typeset(site, theme, (THEME_PATH, theme_text), &source, Vec::new(), &ident, &name, fonts)?;
    Ok(Made { course: event.to_string(), locale: site.locale.clone(), bytes, source, pages, took: started.elapsed() })
}

#[cfg(test)]
mod tests {
    use super::read_names;

    #[test]
    fn names_are_read_one_per_line_and_odd_lines_are_reported_where_they_are() {
        let names = read_names("n.txt", "\u{feff}# participants\nAmina Diallo\n\n  Li Wei  \nأحمد الفارسي\n").unwrap();
        assert_eq!(names, ["Amina Diallo", "Li Wei", "أحمد الفارسي"]);
        let problems = read_names("n.txt", "Ana Pérez\nDoe, John, ministry\nBo;Lee\n").unwrap_err();
        let at: Vec<(usize, &str)> = problems.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert_eq!(
            at,
            [
                (2, "this line looks like several fields, not one name"),
                (3, "this line looks like several fields, not one name")
            ]
        );
        assert_eq!(read_names("n.txt", "# nobody yet\n\n").unwrap_err()[0].message, "no names in this file");
    }
}
