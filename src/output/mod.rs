//! Outputs: what the resolved curriculum is turned into. The static site is the first target.

pub mod export;
pub mod site;
