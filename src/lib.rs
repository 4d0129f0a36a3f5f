//! coursebook builds a localized static course website from a curriculum written as Markdown
//! files with YAML front matter.
//!
//! The binary is a thin wrapper over [`cli::main`]. As a library, [`build`] writes a site and
//! [`check`] reports every problem without writing anything; both report problems as
//! [`Diagnostic`]s with file, line and column. The pipeline is load → resolve → render → write;
//! see ARCHITECTURE.md for the code map.

pub mod cli;
pub(crate) mod content;
pub mod diagnostic;
pub(crate) mod i18n;
pub(crate) mod output;
pub mod pipeline;
pub(crate) mod scaffold;
#[cfg(feature = "serve")]
pub(crate) mod serve;
pub(crate) mod source;
pub(crate) mod text;
pub(crate) mod theme;

pub use diagnostic::{Diagnostic, Severity};
pub use pipeline::{build, check, BuildError, BuildReport};
