//! coursebook: builds a localized static course website from a Markdown + YAML curriculum.
//!
//! The pipeline is `load` (files → typed model) → `resolve` (index and cross-references) →
//! `render` (model + theme → pages) → `write` (atomic swap). See ARCHITECTURE.md.

pub mod cli;
pub mod content;
pub mod diagnostic;
pub mod i18n;
pub mod output;
pub mod pipeline;
pub mod scaffold;
pub mod serve;
pub mod source;
pub mod text;
pub mod theme;
