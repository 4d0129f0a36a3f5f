//! The shipped translations, checked as a reviewer would: each translated file is written in its
//! locale's language (lingua, on the file's own prose: ids, links, code and cited titles left
//! out), each locale follows its terminology list, every translation is current, and the
//! curriculum checks clean with warnings denied.

mod common;
use common::*;
use std::collections::BTreeMap;

use lingua::{Language, LanguageDetectorBuilder};

/// The locales shipped with translated content, and their language.
fn locales() -> Vec<(String, Language)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(repo_root().join("locales")).unwrap().flatten() {
        if !entry.path().is_dir() {
            continue;
        }
        let code = entry.file_name().to_string_lossy().into_owned();
        let language = match code.as_str() {
            "fr" => Language::French,
            "es" => Language::Spanish,
            "ar" => Language::Arabic,
            "ru" => Language::Russian,
            "zh-Hans" => Language::Chinese,
            "en" => Language::English,
            _ => panic!("locales/{code}: add its language to tests/translations.rs"),
        };
        out.push((code, language));
    }
    out.sort();
    out
}

/// Translated content files of a locale: path relative to the locale folder → text.
fn translated_files(code: &str) -> BTreeMap<String, String> {
    let dir = repo_root().join("locales").join(code);
    walkdir::WalkDir::new(&dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let relative = e.path().strip_prefix(&dir).unwrap().to_string_lossy().replace('\\', "/");
            let own = ["strings.ftl", "terminology.yaml", "translation-record.yaml", "README.md", "site.yaml"];
            let content = relative.ends_with(".md") || relative.ends_with(".yaml");
            (content && !own.contains(&relative.as_str()))
                .then(|| (relative, std::fs::read_to_string(e.path()).unwrap()))
        })
        .collect()
}

/// The prose of a content file: front-matter and data values that are text, and Markdown body
/// text, without ids, link targets, code, URLs or the titles of cited sources (which stay in
/// their own language).
fn prose(text: &str) -> String {
    const NOT_PROSE: &[&str] = &[
        "id",
        "source_hash",
        "url",
        "code",
        "type",
        "region",
        "level",
        "sdgs",
        "year",
        "cases",
        "quiz",
        "reflections",
        "worksheets",
        "assessments",
        "chapters",
        "chapter",
        "course",
        "see_also",
        "module",
        "title_original",
        "publisher",
        "source",
        "sources",
        "countries",
        "organisations",
        "date",
        "start",
        "end",
        "timezones",
        "language",
        "venue",
        "speakers",
    ];
    let mut out = String::new();
    let mut skip_indent: Option<usize> = None;
    let mut in_code = false;
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim_start().trim_start_matches("- ");
        if let Some(level) = skip_indent {
            if indent > level || trimmed.is_empty() || (indent == level && line.trim_start().starts_with("- ")) {
                continue;
            }
            skip_indent = None;
        }
        if trimmed.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        // Block markers (`::: facilitator`) and directives (`<!-- layout: title -->`) are syntax.
        if in_code || trimmed == "---" || trimmed.starts_with(":::") || trimmed.starts_with("<!--") {
            continue;
        }
        if let Some((key, value)) = trimmed.split_once(':') {
            let key = key.trim();
            if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                if NOT_PROSE.contains(&key) {
                    skip_indent = Some(indent);
                    continue;
                }
                out.push_str(value);
                out.push('\n');
                continue;
            }
        }
        out.push_str(trimmed);
        out.push('\n');
    }
    // Link targets, inline code, anchors and URLs are not prose.
    let mut cleaned = String::with_capacity(out.len());
    let mut chars = out.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ']' if chars.peek() == Some(&'(') => {
                for d in chars.by_ref() {
                    if d == ')' {
                        break;
                    }
                }
            }
            '`' => {
                for d in chars.by_ref() {
                    if d == '`' {
                        break;
                    }
                }
            }
            '{' if chars.peek() == Some(&'#') => {
                for d in chars.by_ref() {
                    if d == '}' {
                        break;
                    }
                }
            }
            c => cleaned.push(c),
        }
    }
    cleaned.split_whitespace().filter(|w| !w.starts_with("http")).collect::<Vec<_>>().join(" ")
}

#[test]
fn every_translated_file_is_written_in_its_locales_language() {
    let languages = [
        Language::English,
        Language::French,
        Language::Spanish,
        Language::Portuguese,
        Language::Italian,
        Language::German,
        Language::Arabic,
        Language::Russian,
        Language::Chinese,
    ];
    let detector = LanguageDetectorBuilder::from_languages(&languages).build();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for (code, expected) in locales() {
        for (path, text) in translated_files(&code) {
            let prose = prose(&text);
            if prose.chars().filter(|c| c.is_alphabetic()).count() < 40 {
                continue; // Too little text to tell (a list of names, say).
            }
            checked += 1;
            match detector.detect_language_of(&prose) {
                Some(found) if found == expected => {}
                found => wrong.push(format!("locales/{code}/{path}: reads as {found:?}, expected {expected:?}")),
            }
        }
    }
    assert!(checked > 500, "only {checked} files checked: is the locales folder there?");
    assert_eq!(wrong, Vec::<String>::new(), "translated files not in their locale's language");
}

#[derive(serde::Deserialize)]
struct Terminology {
    terms: Vec<Term>,
}

#[derive(serde::Deserialize)]
struct Term {
    source: String,
    target: String,
    #[serde(default)]
    forms: Vec<String>,
}

/// Lower case, every run of whitespace (line breaks included) one space.
fn normalized(text: &str) -> String {
    text.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `word` occurs in `text` as a whole word or phrase (not inside a longer word or id).
fn has_phrase(text: &str, word: &str) -> bool {
    let boundary = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_'));
    text.match_indices(word)
        .any(|(i, _)| boundary(text[..i].chars().last()) && boundary(text[i + word.len()..].chars().next()))
}

#[test]
fn every_locale_follows_its_terminology_list() {
    let mut misses = Vec::new();
    let mut checked = 0;
    for (code, _) in locales() {
        let list = repo_root().join("locales").join(&code).join("terminology.yaml");
        if !list.is_file() {
            continue;
        }
        let terms: Terminology = serde_yaml::from_str(&std::fs::read_to_string(&list).unwrap()).unwrap();
        for (path, translation) in translated_files(&code) {
            let Ok(source) = std::fs::read_to_string(repo_root().join("curriculum").join(&path)) else { continue };
            // The source's prose only: ids in lists and link targets do not need translating.
            let (source, translation) = (normalized(&prose(&source)), normalized(&translation));
            for term in &terms.terms {
                if !has_phrase(&source, &term.source.to_lowercase()) {
                    continue;
                }
                checked += 1;
                let accepted = std::iter::once(&term.target).chain(&term.forms);
                if !accepted.clone().any(|t| translation.contains(&normalized(t))) {
                    let accepted: Vec<&String> = accepted.collect();
                    misses.push(format!(
                        "locales/{code}/{path}: the source says `{}`; expected one of {accepted:?}",
                        term.source
                    ));
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} term uses checked");
    assert_eq!(misses, Vec::<String>::new(), "terminology not followed");
}

#[test]
fn every_shipped_translation_is_current_and_the_curriculum_checks_clean() {
    let root = repo_root();
    let o = run(&["status", "--root", root.to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let text = report.to_string();
    for (code, _) in locales() {
        assert!(text.contains(&format!("\"{code}\"")), "status reports {code}: {text}");
    }
    let outdated: Vec<String> = walk_outdated(&report);
    assert_eq!(outdated, Vec::<String>::new(), "translations whose source changed since review");
    let o = run(&["check", "--deny-warnings", "--root", root.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
}

/// Every file `status --format json` lists as outdated.
fn walk_outdated(value: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                if key == "outdated_files" {
                    if let Some(list) = v.as_array() {
                        out.extend(list.iter().map(|f| f.to_string()));
                    }
                } else {
                    out.extend(walk_outdated(v));
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| out.extend(walk_outdated(i))),
        _ => {}
    }
    out
}

/// French puts a no-break space before `:` and a narrow one before `;`, `?`, `!`, `»` and after
/// `«`: with an ordinary space, a phone's narrow line can start with the punctuation alone. The
/// shipped French curriculum writes them so everywhere (outside code, link targets and table rules).
#[test]
fn french_punctuation_never_starts_a_line_on_its_own() {
    let mut found = Vec::new();
    for (path, text) in translated_files("fr") {
        let mut in_code = false;
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("```") {
                in_code = !in_code;
            }
            let rule = line.trim().chars().all(|c| matches!(c, '|' | '-' | ':' | ' '));
            if in_code || rule {
                continue;
            }
            // Outside inline code and link targets.
            let mut prose = String::new();
            let mut skip = None;
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                match (skip, c) {
                    (Some(end), c) if c == end => skip = None,
                    (Some(_), _) => {}
                    (None, '`') => skip = Some('`'),
                    (None, ']') if chars.peek() == Some(&'(') => skip = Some(')'),
                    (None, c) => prose.push(c),
                }
            }
            let chars: Vec<char> = prose.chars().collect();
            for i in 1..chars.len().saturating_sub(1) {
                let before_punctuation = chars[i] == ' '
                    && !chars[i - 1].is_whitespace()
                    && matches!(chars[i + 1], ':' | ';' | '?' | '!' | '»')
                    && !(chars[i + 1] == '!' && chars.get(i + 2) == Some(&'['));
                let after_guillemet = chars[i - 1] == '«' && chars[i] == ' ';
                if before_punctuation || after_guillemet {
                    found.push(format!(
                        "locales/fr/{path}:{}: …{}…",
                        n + 1,
                        chars[i.saturating_sub(12)..(i + 4).min(chars.len())].iter().collect::<String>()
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "ordinary spaces at French punctuation ({}):\n{}", found.len(), found.join("\n"));
}
