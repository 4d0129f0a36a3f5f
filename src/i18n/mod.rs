//! UI strings per locale (Fluent, with CLDR plural rules), and every fallback decision: a
//! string missing in a locale comes from the next locale in its chain, never an error.

pub mod catalog;
pub mod exchange;
pub mod po;
pub mod segments;
pub mod translate;
pub mod upstream;
pub mod xliff;

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use std::collections::BTreeMap;
use std::path::Path;

use crate::content::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::theme::Theme;

/// The UI strings of one locale, with its fallback chain behind it.
#[derive(Clone)]
pub struct Strings {
    pub locale: String,
    chain: Vec<Arc<FluentBundle<FluentResource>>>,
    /// How many bundles at the front of `chain` belong to the locale itself.
    own: usize,
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Strings({})", self.locale)
    }
}

impl Strings {
    /// Loads the UI strings of `chain` (most specific first, ending with the source locale):
    /// for each locale, the site's `locales/<code>/strings.ftl` (from `overrides`: locale →
    /// (path, text)) and then the theme's `strings/<code>.ftl`. Syntax errors are reported.
    pub fn load(
        theme: &Theme,
        chain: &[String],
        overrides: &BTreeMap<String, (String, String)>,
    ) -> (Strings, Vec<Diagnostic>) {
        let mut problems = Vec::new();
        let mut sources: Vec<(&str, String, &str)> = Vec::new();
        for locale in chain {
            if let Some((path, text)) = overrides.get(locale) {
                sources.push((locale, path.clone(), text));
            }
            let path = format!("strings/{locale}.ftl");
            if let Some(text) = theme.text(&path) {
                sources.push((locale, theme.origin(&path), text));
            }
        }
        let first = chain.first().cloned().unwrap_or_default();
        let own = sources.iter().filter(|(l, _, _)| *l == first).count();
        // The site's own strings of the locale against the variables the theme's messages use
        // in any language (a language may show one the source does not, such as Chinese's
        // `$month_number`).
        if let Some((path, text)) = overrides.get(&first) {
            let mut variables: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for (file, bytes) in theme.under("strings") {
                if file.ends_with(".ftl") {
                    for (id, vars) in message_variables(&String::from_utf8_lossy(bytes)) {
                        variables.entry(id).or_default().extend(vars);
                    }
                }
            }
            problems.extend(unknown_variables(&variables, path, text));
        }
        let mut bundles = Vec::new();
        for (locale, path, text) in sources {
            let resource = match FluentResource::try_new(text.to_string()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let (line, column) = crate::source::line_col(text, e.pos.start, 1);
                        problems.push(
                            Diagnostic::error(&path, line, column, format!("invalid Fluent syntax: {}", e.kind))
                                .with_hint("see https://projectfluent.org/fluent/guide/ for the syntax"),
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
        (Strings { locale: first, chain: bundles, own }, problems)
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
                let arabic = bundle.locales.first().is_some_and(|l| l.language.as_str() == "ar");
                if let Some((selected_by, written)) = args.filter(|_| arabic).and_then(arabic_counts) {
                    let text = bundle.format_pattern(pattern, Some(&selected_by), &mut errors).into_owned();
                    return written.iter().fold(text, |text, (by, whole)| text.replacen(by, whole, 1));
                }
                return bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        key.to_string()
    }

    /// Whether any bundle of the locale itself (not of a fallback) defines `key`.
    pub fn has_own(&self, key: &str) -> bool {
        self.chain.iter().take(self.own).any(|b| b.has_message(key))
    }
}

/// The plural rules Fluent uses (intl_pluralrules 7.0.2) choose an Arabic form by the whole
/// number where CLDR takes its last two digits (`few`: n % 100 = 3..10, `many`: 11..99), so
/// "103 ساعات" came out as "103 ساعة". An Arabic count of 100 or more whose last two digits are
/// 3 or more is therefore selected as those digits, which fall in its CLDR category, and then
/// written whole: the arguments to select by, and each (digits, whole number) to write back.
fn arabic_counts(args: &FluentArgs) -> Option<(FluentArgs<'static>, Vec<(String, String)>)> {
    let mut selected_by = FluentArgs::new();
    let mut written = Vec::new();
    for (name, value) in args.iter() {
        let value = match value {
            FluentValue::Number(n) if n.value.fract() == 0.0 && n.value >= 100.0 && n.value % 100.0 >= 3.0 => {
                let (whole, digits) = (n.value as u64, (n.value % 100.0) as u64);
                written.push((digits.to_string(), whole.to_string()));
                FluentValue::from(digits)
            }
            FluentValue::Number(n) => FluentValue::Number(n.clone()),
            FluentValue::String(t) => FluentValue::from(t.to_string()),
            _ => return None,
        };
        selected_by.set(name.to_string(), value);
    }
    (!written.is_empty()).then_some((selected_by, written))
}

/// Whether `code` is a BCP 47 language code as locale folders are named (`fr`, `zh-Hans`,
/// `pt-BR`): hyphens, not the underscores the parser also accepts.
pub fn is_locale_code(code: &str) -> bool {
    code.parse::<LanguageIdentifier>().is_ok() && !code.contains(['_', '/', '\\'])
}

/// The locales a site builds: `site.locales` if given, else the default locale followed by every
/// folder under `locales/` (sorted). Folder names must be BCP 47 codes.
pub fn site_locales(root: &Path, site: &SiteConfig) -> (Vec<String>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let mut locales = vec![site.default_locale.clone()];
    match &site.locales {
        Some(list) => {
            for code in list {
                if !locales.contains(code) {
                    locales.push(code.clone());
                }
            }
        }
        None => {
            let dir = root.join(crate::i18n::translate::LOCALES_DIR);
            let mut found: Vec<String> = std::fs::read_dir(&dir)
                .map(|rd| {
                    rd.filter_map(Result::ok)
                        .filter(|e| e.path().is_dir())
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default();
            found.sort();
            for code in found {
                if !locales.contains(&code) {
                    locales.push(code);
                }
            }
        }
    }
    // Codes from site.yaml are reported there (`site_config::validate`); folders are reported here.
    let configured =
        |code: &String| code == &site.default_locale || site.locales.as_ref().is_some_and(|l| l.contains(code));
    locales.retain(|code| {
        let valid = is_locale_code(code);
        if !valid && !configured(code) {
            problems.push(
                Diagnostic::error(format!("locales/{code}"), 0, 0, format!("`{code}` is not a BCP 47 language code"))
                    .with_hint("name locale folders like `fr`, `zh-Hans` or `pt-BR` (hyphens, not underscores)"),
            );
        }
        valid
    });
    (locales, problems)
}

/// The fallback chain of `locale`, most specific first: the locale, its parents (`pt-BR` →
/// `pt`), the site's configured fallbacks for it, and finally the default locale.
pub fn fallback_chain(locale: &str, site: &SiteConfig) -> Vec<String> {
    let mut chain = vec![locale.to_string()];
    let mut code = locale;
    while let Some((parent, _)) = code.rsplit_once('-') {
        chain.push(parent.to_string());
        code = parent;
    }
    if let Some(extra) = site.fallbacks.get(locale) {
        chain.extend(extra.iter().cloned());
    }
    chain.push(site.default_locale.clone());
    let mut seen = std::collections::HashSet::new();
    chain.retain(|c| seen.insert(c.clone()));
    chain
}

/// UI message ids of the source locale that `strings` (a locale's own files) does not define.
pub fn missing_messages(theme: &Theme, source_locale: &str, strings: &Strings) -> Vec<String> {
    let Some(text) = theme.text(&format!("strings/{source_locale}.ftl")) else {
        return Vec::new();
    };
    message_ids(text).into_iter().filter(|id| !strings.has_own(id)).collect()
}

/// The variables (`{ $count }`) each message of a Fluent file uses, by message id.
fn message_variables(text: &str) -> BTreeMap<String, Vec<String>> {
    use fluent_syntax::ast;
    fn inline(e: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out));
                arguments.named.iter().for_each(|a| inline(&a.value, out));
            }
            ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out));
                arguments.named.iter().for_each(|a| inline(&a.value, out));
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
            _ => {}
        }
    }
    fn expression_vars(e: &ast::Expression<&str>, out: &mut Vec<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                variants.iter().for_each(|v| pattern(&v.value, out));
            }
        }
    }
    fn pattern(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_vars(expression, out);
            }
        }
    }
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = Vec::new();
            if let Some(value) = &m.value {
                pattern(value, &mut vars);
            }
            m.attributes.iter().for_each(|a| pattern(&a.value, &mut vars));
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

/// A translated message that uses a variable its source message does not have (`{ $cuont }`):
/// pages would show it as written. `source` is [`message_variables`] of the source locale.
fn unknown_variables(source: &BTreeMap<String, Vec<String>>, path: &str, text: &str) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (id, used) in message_variables(text) {
        let Some(known) = source.get(&id) else { continue };
        let mut reported = std::collections::HashSet::new();
        for name in used.iter().filter(|v| !known.contains(v) && reported.insert(v.to_string())) {
            // Where it is written: after the message's `id =` line.
            let start = text
                .match_indices(id.as_str())
                .map(|(at, _)| at)
                .find(|&at| {
                    (at == 0 || text.as_bytes()[at - 1] == b'\n') && text[at + id.len()..].trim_start().starts_with('=')
                })
                .unwrap_or(0);
            let at = text[start..].find(&format!("${name}")).map_or(start, |i| start + i);
            let (line, column) = crate::source::line_col(text, at, 1);
            let message = if known.is_empty() {
                format!("`${name}` is not a variable of `{id}`: the message has none")
            } else {
                let list: Vec<String> = known.iter().map(|v| format!("`${v}`")).collect();
                format!("`${name}` is not a variable of `{id}`, which has {}", list.join(", "))
            };
            let hint = match crate::diagnostic::suggest(name, known.iter().map(String::as_str)) {
                Some(s) => {
                    format!("did you mean `${s}`? Variable names stay as in the source; pages would show `{{${name}}}`")
                }
                None => format!("use the source's variables, or none; pages would show `{{${name}}}`"),
            };
            problems.push(Diagnostic::error(path, line, column, message).with_hint(hint));
        }
    }
    problems
}

/// Message ids defined in a Fluent file, in order.
pub fn message_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect()
}

/// Text direction of a locale's script.
pub fn direction(locale: &str) -> &'static str {
    let language = locale.split(['-', '_']).next().unwrap_or("");
    match language {
        "ar" | "he" | "fa" | "ur" | "ps" | "sd" | "ug" | "yi" | "dv" | "ckb" => "rtl",
        _ => "ltr",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translated_message_with_a_variable_its_source_lacks_is_an_error_at_the_variable() {
        let source = message_variables(
            "hours-n = { $count ->\n    [one] { $count } hour\n   *[other] { $count } hours\n}\nplain = Text\n",
        );
        let ru = "plain = Текст\nhours-n = { $count ->\n    [one] { $count } час\n   *[other] { $cuont } часов\n}\n";
        let problems = unknown_variables(&source, "locales/ru/strings.ftl", ru);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!((problems[0].line, problems[0].column), (4, 15));
        assert!(problems[0].message.contains("`$cuont` is not a variable of `hours-n`, which has `$count`"));
        assert!(problems[0].hint.as_deref().unwrap().contains("did you mean `$count`?"));
        assert!(unknown_variables(&source, "x.ftl", "plain = { $x }\n")[0].message.contains("has none"));
        assert!(unknown_variables(&source, "x.ftl", "hours-n = { $count } ч.\n").is_empty());
    }

    fn site(fallbacks: &[(&str, &[&str])]) -> SiteConfig {
        SiteConfig {
            title: "t".into(),
            description: None,
            default_locale: "en".into(),
            base_url: None,
            short_title: None,
            theme: "default".into(),
            locales: None,
            minify: false,
            learner_solutions: false,
            navigation: Default::default(),
            brand: Default::default(),
            numbering: Default::default(),
            search: true,
            pdf: false,
            fallbacks: fallbacks
                .iter()
                .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
                .collect(),
            courses: vec![],
            text_lang: Default::default(),
        }
    }

    #[test]
    fn fallback_chains_follow_parents_then_config_then_default() {
        assert_eq!(fallback_chain("pt-BR", &site(&[])), ["pt-BR", "pt", "en"]);
        assert_eq!(fallback_chain("pt-BR", &site(&[("pt-BR", &["es"])])), ["pt-BR", "pt", "es", "en"]);
        assert_eq!(fallback_chain("zh-Hans", &site(&[])), ["zh-Hans", "zh", "en"]);
        assert_eq!(fallback_chain("en", &site(&[])), ["en"]);
    }

    #[test]
    fn plural_forms_follow_cldr_for_arabic_and_russian() {
        let theme = Theme::load(Path::new("/nonexistent"), "default").unwrap();
        let expected: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/plurals.json")).unwrap();
        for locale in ["ar", "ru"] {
            let (strings, problems) = Strings::load(&theme, &[locale.to_string(), "en".to_string()], &BTreeMap::new());
            assert!(problems.is_empty(), "{problems:?}");
            for key in ["duration-hours", "case-count"] {
                for n in [0, 1, 2, 5, 11, 100, 103, 143] {
                    let want = expected[locale][key][n.to_string()].as_str().unwrap();
                    assert_eq!(strings.count(key, n), want, "{locale} {key} {n}");
                }
            }
        }
    }

    #[test]
    fn every_shipped_locale_translates_every_message() {
        let theme = Theme::load(Path::new("/nonexistent"), "default").unwrap();
        for locale in ["fr", "es", "ar", "zh-Hans", "ru"] {
            let (strings, problems) = Strings::load(&theme, &[locale.to_string(), "en".to_string()], &BTreeMap::new());
            assert!(problems.is_empty(), "{locale}: {problems:?}");
            assert_eq!(missing_messages(&theme, "en", &strings), Vec::<String>::new(), "{locale}");
        }
    }
}
