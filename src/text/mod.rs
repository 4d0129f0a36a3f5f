//! Text processing shared by every content kind: Markdown and code highlighting.

pub mod blocks;
pub mod highlight;
pub mod labels;
pub mod links;
pub mod markdown;
pub mod math;
pub mod numbered;
pub mod sanitize;

/// `text` cut to at most `max` characters (with `…`), for quoting a value in a message.
pub fn shorten(text: &str, max: usize) -> String {
    let mut chars = text.char_indices();
    match chars.nth(max) {
        None => text.to_string(),
        Some(_) => {
            let cut = text.char_indices().nth(max.saturating_sub(1)).map(|(i, _)| i).unwrap_or(text.len());
            format!("{}…", &text[..cut])
        }
    }
}
