//! Outputs: what the resolved curriculum is turned into. The static site is the first target.

pub mod export;
pub mod pack;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod print;
pub mod site;
