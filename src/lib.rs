//! coursebook: builds a localized static course website from a Markdown + YAML curriculum.
//!
//! The pipeline is `load` (files → typed model) → `site` (index and cross-references) →
//! `render` (model + theme → pages in memory) → `output` (atomic write). See ARCHITECTURE.md.

pub mod activity;
pub mod agenda;
pub mod build;
pub mod cli;
pub mod compact;
pub mod deck;
pub mod diagnostic;
pub mod framework;
pub mod highlight;
pub mod i18n;
pub mod load;
pub mod markdown;
pub mod model;
pub mod output;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod source;
pub mod theme;
pub mod translate;
