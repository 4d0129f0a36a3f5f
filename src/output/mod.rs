//! Outputs: what the resolved curriculum is turned into: the static site, and its search index.

pub mod export;
pub mod pack;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod print;
pub mod search;
pub mod site;
