//! Text processing shared by every content kind: Markdown and code highlighting.

pub mod blocks;
pub mod highlight;
pub mod markdown;
pub mod sanitize;
