//! Outputs: what the resolved curriculum is turned into. The static site is the first target.

pub mod export;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod pack;
pub mod print;
pub mod site;
