//! An event's calendar file (`<locale>/events/<id>.ics`, iCalendar, RFC 5545), so that
//! participants add the programme to their calendar: one entry per session with a date and
//! times, one per dated day without them, or one for the event's dates. Times are in UTC when
//! the event names its time zone, and "floating" (the same clock time wherever the reader is)
//! when it does not: the local times of an event in one place.

use jiff::civil::{Date, DateTime};
use jiff::Timestamp;

/// When an entry happens.
pub(crate) enum When {
    /// Whole days, the last one included.
    Days {
        first: Date,
        last: Date,
    },
    /// Clock times with no time zone.
    Floating {
        start: DateTime,
        end: DateTime,
    },
    Utc {
        start: Timestamp,
        end: Timestamp,
    },
}

impl When {
    fn first_day(&self) -> Date {
        match self {
            When::Days { first, .. } => *first,
            When::Floating { start, .. } => start.date(),
            When::Utc { start, .. } => start.to_zoned_datetime(jiff::tz::TimeZone::UTC).date(),
        }
    }
}

pub(crate) struct Entry {
    /// Unique among the entries of all calendars (`<event>-<day>-<session>@<host>`).
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub when: When,
}

/// One event's calendar.
pub(crate) struct Calendar<'a> {
    pub name: &'a str,
    pub location: Option<&'a str>,
    /// The event page's address, when the site's `base_url` gives it.
    pub url: Option<String>,
    pub entries: Vec<Entry>,
}

impl Calendar<'_> {
    /// The calendar as iCalendar text: CRLF line ends, long lines folded.
    pub(crate) fn write(&self) -> String {
        let mut out = String::new();
        let mut line = |text: &str| push_folded(&mut out, text);
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//coursebook//coursebook//EN");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line(&format!("X-WR-CALNAME:{}", escape(self.name)));
        // The same for every build of the same programme: a calendar file is published, not
        // sent, and its bytes change only with its content.
        let stamp = self.entries.iter().map(|e| e.when.first_day()).min();
        for entry in &self.entries {
            line("BEGIN:VEVENT");
            line(&format!("UID:{}", escape(&entry.uid)));
            if let Some(stamp) = stamp {
                line(&format!("DTSTAMP:{}T000000Z", stamp.strftime("%Y%m%d")));
            }
            match &entry.when {
                When::Days { first, last } => {
                    line(&format!("DTSTART;VALUE=DATE:{}", first.strftime("%Y%m%d")));
                    // The end of an all-day entry is the day after its last.
                    let after = last.tomorrow().unwrap_or(*last);
                    line(&format!("DTEND;VALUE=DATE:{}", after.strftime("%Y%m%d")));
                }
                When::Floating { start, end } => {
                    line(&format!("DTSTART:{}", start.strftime("%Y%m%dT%H%M%S")));
                    line(&format!("DTEND:{}", end.strftime("%Y%m%dT%H%M%S")));
                }
                When::Utc { start, end } => {
                    line(&format!("DTSTART:{}", start.strftime("%Y%m%dT%H%M%SZ")));
                    line(&format!("DTEND:{}", end.strftime("%Y%m%dT%H%M%SZ")));
                }
            }
            line(&format!("SUMMARY:{}", escape(&entry.summary)));
            if !entry.description.is_empty() {
                line(&format!("DESCRIPTION:{}", escape(&entry.description)));
            }
            if let Some(location) = self.location {
                line(&format!("LOCATION:{}", escape(location)));
            }
            if let Some(url) = &self.url {
                line(&format!("URL:{}", url.replace(['\r', '\n'], "")));
            }
            line("END:VEVENT");
        }
        line("END:VCALENDAR");
        out
    }
}

/// A TEXT value: backslash, semicolon, comma and line ends escaped, other control characters
/// dropped (the text comes from content: it must not start a property of its own).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded into lines of at most 75 bytes (each continuation starts
/// with a space), never inside a character.
fn push_folded(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_long_lines_fold_between_characters() {
        assert_eq!(escape("a, b; c\\d\nEND:VEVENT\r"), "a\\, b\\; c\\\\d\\nEND:VEVENT");
        let mut out = String::new();
        push_folded(&mut out, &format!("SUMMARY:{}", "é".repeat(40)));
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(lines.len(), 3, "{out:?}");
        assert!(lines.iter().all(|l| l.len() <= 75), "{lines:?}");
        assert!(lines[1].starts_with(' '));
        assert_eq!(lines[0].to_string() + &lines[1][1..], format!("SUMMARY:{}", "é".repeat(40)));
    }
}
