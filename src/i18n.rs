//! UI strings per locale (Fluent, with CLDR plural rules), and every fallback decision: a
//! string missing in a locale comes from the next locale in its chain, never an error.

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Diagnostic;
use crate::theme::Theme;

/// The UI strings of one locale, with its fallback chain behind it.
#[derive(Clone)]
pub struct Strings {
    pub locale: String,
    chain: Vec<Arc<FluentBundle<FluentResource>>>,
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Strings({})", self.locale)
    }
}

impl Strings {
    /// Loads `strings/<locale>.ftl` from the theme, falling back along `chain` (most specific
    /// first, ending with the source locale). Syntax errors in a strings file are reported.
    pub fn load(theme: &Theme, chain: &[String]) -> (Strings, Vec<Diagnostic>) {
        let mut problems = Vec::new();
        let mut bundles = Vec::new();
        for locale in chain {
            let path = format!("strings/{locale}.ftl");
            let Some(text) = theme.text(&path) else {
                continue;
            };
            let resource = match FluentResource::try_new(text.to_string()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let (line, column) = crate::source::line_col(text, e.pos.start, 1);
                        problems.push(
                            Diagnostic::error(
                                theme.origin(&path),
                                line,
                                column,
                                format!("invalid Fluent syntax: {}", e.kind),
                            )
                            .with_hint(
                                "see https://projectfluent.org/fluent/guide/ for the syntax",
                            ),
                        );
                    }
                    r
                }
            };
            let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Isolation marks would leak into attributes and titles; templates isolate with <bdi>.
            bundle.set_use_isolating(false);
            let _ = bundle.add_resource(resource);
            bundles.push(Arc::new(bundle));
        }
        (
            Strings {
                locale: chain.first().cloned().unwrap_or_default(),
                chain: bundles,
            },
            problems,
        )
    }

    /// The string for `key`, from the first locale in the chain that has it; the key itself
    /// when none has (visible, so it gets noticed, but never a failure).
    pub fn get(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The string for `key` with `$count` set, choosing the plural form of the locale.
    pub fn count(&self, key: &str, n: i64) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(n));
        self.format(key, Some(&args))
    }

    pub fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        for bundle in &self.chain {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        key.to_string()
    }

    /// Whether the locale itself (not a fallback) defines `key`.
    pub fn has_own(&self, key: &str) -> bool {
        self.chain.first().is_some_and(|b| b.has_message(key))
    }
}

/// Text direction of a locale's script.
pub fn direction(locale: &str) -> &'static str {
    let language = locale.split(['-', '_']).next().unwrap_or("");
    match language {
        "ar" | "he" | "fa" | "ur" | "ps" | "sd" | "ug" | "yi" | "dv" | "ckb" => "rtl",
        _ => "ltr",
    }
}
