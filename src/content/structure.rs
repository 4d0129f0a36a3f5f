//! What a translation must keep from its source, and how a difference is told to a translator:
//! at its place in the translated file, in plain words, quoting both values.

use crate::source::yaml::Seg;

/// One difference between a translation and its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// Where in the translated file (keys and list indices).
    pub at: Vec<Seg<'static>>,
    /// What differs, e.g. "the correct options of question 3 (`which-pipe`)".
    pub what: String,
    pub here: String,
    pub there: String,
}

/// Collects differences; the `Structure` implementations of each kind say what to compare.
#[derive(Debug, Default)]
pub struct Differ {
    pub found: Vec<Difference>,
}

impl Differ {
    /// A value that must be the same.
    pub fn field<T: PartialEq + Plain + ?Sized>(&mut self, at: &[Seg<'static>], what: &str, here: &T, there: &T) {
        if here != there {
            self.found.push(Difference {
                at: at.to_vec(),
                what: what.to_string(),
                here: here.plain(),
                there: there.plain(),
            });
        }
    }

    /// A list of ids or codes that must be the same, in the same order; says which are missing,
    /// which are extra, or that the order differs. Returns whether the lists are equal (so that
    /// callers compare their items pairwise only then).
    pub fn ids<S: AsRef<str>>(&mut self, at: &[Seg<'static>], noun: &str, here: &[S], there: &[S]) -> bool {
        let here: Vec<&str> = here.iter().map(AsRef::as_ref).collect();
        let there: Vec<&str> = there.iter().map(AsRef::as_ref).collect();
        if here == there {
            return true;
        }
        let missing: Vec<&str> = there.iter().filter(|id| !here.contains(id)).copied().collect();
        let extra: Vec<&str> = here.iter().filter(|id| !there.contains(id)).copied().collect();
        let nouns = plural(noun);
        let (what, here_text, there_text) = if missing.is_empty() && extra.is_empty() {
            (format!("the order of the {nouns}"), here.plain(), there.plain())
        } else {
            let mut parts = Vec::new();
            if !missing.is_empty() {
                parts.push(format!("{} missing", missing.plain()));
            }
            if !extra.is_empty() {
                parts.push(format!("{} not in the source", extra.plain()));
            }
            let counted = if there.len() == 1 { noun } else { &nouns };
            (format!("the {nouns}"), parts.join("; "), format!("{} {counted}: {}", there.len(), there.plain()))
        };
        self.found.push(Difference { at: at.to_vec(), what, here: here_text, there: there_text });
        false
    }

    /// Two lists that must have as many entries; returns whether they do.
    pub fn count(&mut self, at: &[Seg<'static>], noun: &str, here: usize, there: usize) -> bool {
        if here != there {
            self.found.push(Difference {
                at: at.to_vec(),
                what: format!("the number of {}", plural(noun)),
                here: here.to_string(),
                there: there.to_string(),
            });
        }
        here == there
    }
}

/// The plural of a noun phrase such as "item of block `x`": its first word takes the `s`.
fn plural(noun: &str) -> String {
    match noun.split_once(' ') {
        Some((head, rest)) => format!("{head}s {rest}"),
        None => format!("{noun}s"),
    }
}

/// A value as a message shows it: text and ids in backticks (cut short), lists separated by
/// commas, "none" for nothing; never a Rust debug format.
pub trait Plain {
    fn plain(&self) -> String;
}

impl Plain for str {
    fn plain(&self) -> String {
        format!("`{}`", crate::text::shorten(self, 60))
    }
}

impl Plain for String {
    fn plain(&self) -> String {
        self.as_str().plain()
    }
}

impl<T: Plain + ?Sized> Plain for &T {
    fn plain(&self) -> String {
        (**self).plain()
    }
}

macro_rules! plain_display {
    ($($t:ty),*) => { $(impl Plain for $t { fn plain(&self) -> String { self.to_string() } })* };
}
plain_display!(u8, u16, u32, i32, usize, f64, bool);

impl<T: Plain> Plain for Option<T> {
    fn plain(&self) -> String {
        self.as_ref().map_or_else(|| "none".to_string(), Plain::plain)
    }
}

impl<T: Plain> Plain for [T] {
    fn plain(&self) -> String {
        const SHOWN: usize = 12;
        if self.is_empty() {
            return "none".to_string();
        }
        let mut shown: Vec<String> = self.iter().take(SHOWN).map(Plain::plain).collect();
        if self.len() > SHOWN {
            shown.push(format!("and {} more", self.len() - SHOWN));
        }
        shown.join(", ")
    }
}

impl<T: Plain> Plain for Vec<T> {
    fn plain(&self) -> String {
        self.as_slice().plain()
    }
}

impl Plain for serde_yaml::Value {
    fn plain(&self) -> String {
        match self {
            serde_yaml::Value::String(s) => s.plain(),
            serde_yaml::Value::Number(n) => n.to_string(),
            serde_yaml::Value::Bool(b) => b.to_string(),
            serde_yaml::Value::Null => "none".into(),
            other => serde_yaml::to_string(other).unwrap_or_default().trim().plain(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path;

    #[test]
    fn differences_are_in_plain_words() {
        let mut d = Differ::default();
        d.field(path!["quiz"], "`quiz`", &Some("a".to_string()), &None);
        d.field(path!["sdgs"], "`sdgs`", &vec![3u8, 4], &vec![3u8]);
        d.ids(path!["questions"], "question", &["a", "c"], &["a", "b"]);
        d.ids(path!["blocks"], "block", &["b", "a"], &["a", "b"]);
        d.ids(path!["blocks", 0, "items"], "item of block `b`", &["x"], &["y"]);
        d.count(path!["days", 0, "items"], "item of day 1", 2, 3);
        let shown: Vec<String> = d.found.iter().map(|x| format!("{}: {} / {}", x.what, x.here, x.there)).collect();
        assert_eq!(
            shown,
            [
                "`quiz`: `a` / none",
                "`sdgs`: 3, 4 / 3",
                "the questions: `b` missing; `c` not in the source / 2 questions: `a`, `b`",
                "the order of the blocks: `b`, `a` / `a`, `b`",
                "the items of block `b`: `y` missing; `x` not in the source / 1 item of block `b`: `y`",
                "the number of items of day 1: 2 / 3",
            ]
        );
    }
}
