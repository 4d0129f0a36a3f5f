//! The search page (`<locale>/search.html`): where the header's search field submits. With
//! JavaScript it lists every result with filters (search.js); without, it still helps: an index
//! of every page and glossary term from A to Z.

use super::*;
use crate::output::search::analyze::{fold, is_han};

/// Where the search field of a page submits and what it loads (relative to the page).
#[derive(Serialize)]
pub(crate) struct SearchLinks {
    pub(crate) url: String,
    pub(crate) script: String,
    pub(crate) index: String,
    pub(crate) stemmer: Option<String>,
}

impl SearchLinks {
    pub(crate) fn new(locale: &str, to_root: &str) -> SearchLinks {
        let index = urls::search_data(locale, "docs");
        SearchLinks {
            url: format!("{to_root}{}", urls::search(locale)),
            script: format!("{to_root}assets/search.js"),
            index: format!("{to_root}{}", &index[..index.len() - "docs.js".len()]),
            stemmer: crate::output::search::analyze::stemmer_language(locale)
                .map(|l| format!("{to_root}assets/search/stem-{l}.js")),
        }
    }
}

#[derive(Serialize)]
struct Entry {
    title: String,
    url: String,
    kind: String,
    lang: Option<String>,
    #[serde(skip)]
    key: String,
}

#[derive(Serialize)]
struct Group {
    /// The initial ("A", "É" folded to "E", "Б", "ا"); empty for the group of other initials.
    letter: String,
    anchor: String,
    entries: Vec<Entry>,
}

pub(super) fn render_search(r: &Renderer<'_>, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let locale = r.locale();
    let url = urls::search(locale);
    let to_root = urls::to_root(&url);
    let cur = r.index.cur;
    let mut entries = Vec::new();
    let mut add = |title: &str, page: String, kind: String, origin: &crate::content::Origin| {
        let lower = title.to_lowercase();
        entries.push(Entry {
            title: title.to_string(),
            url: format!("{to_root}{page}"),
            kind,
            lang: r.lang_of(origin),
            key: fold(lower.trim_start_matches(|c: char| !c.is_alphanumeric())),
        });
    };
    let label = |key: &str| r.strings.get(key);
    for course in &cur.courses {
        add(&course.doc.meta.title, urls::course(locale, &course.doc.meta.id), label("course"), &course.doc.origin);
        for (i, ch) in course.chapters.iter().enumerate() {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("n", course.numbers[i].clone());
            let key = if course.agenda.is_some() { "module-n" } else { "chapter-n" };
            let page = urls::chapter(locale, &course.doc.meta.id, &ch.meta.id);
            add(&ch.meta.title, page, r.strings.format(key, Some(&args)), &ch.origin);
        }
        if let Some(agenda) = &course.agenda {
            for (d, day) in agenda.days.iter().enumerate() {
                let page = urls::day(locale, &course.doc.meta.id, d + 1);
                add(&day.title, page, label("search-kind-agenda"), &course.doc.origin);
            }
        }
    }
    for c in &cur.cases {
        add(&c.meta.title, urls::case(locale, &c.meta.id), label("case-study"), &c.origin);
    }
    for t in &cur.terms {
        add(&t.meta.term, format!("{}#{}", urls::glossary(locale), t.meta.id), label("glossary"), &t.origin);
    }
    for q in &cur.quizzes {
        add(&q.title, urls::quiz(locale, &q.id), label("activity-quiz"), &q.origin);
    }
    for w in &cur.worksheets {
        add(&w.title, urls::worksheet(locale, &w.id), label("activity-worksheet"), &w.origin);
    }
    for a in &cur.assessments {
        add(&a.title, urls::assessment(locale, &a.id), label("activity-assessment"), &a.origin);
    }
    for f in &cur.frameworks {
        add(&f.title, urls::framework(locale, &f.id), label("search-kind-framework"), &f.origin);
    }
    for d in &cur.decks {
        add(&d.meta.title, urls::deck(locale, &d.meta.id), label("activity-deck"), &d.origin);
    }
    for d in &cur.deliveries {
        add(&d.title, urls::event(locale, &d.id), label("event"), &d.origin);
    }
    entries.sort_by(|a, b| a.key.cmp(&b.key).then_with(|| a.title.cmp(&b.title)));
    let mut groups: Vec<Group> = Vec::new();
    let mut other = Group { letter: String::new(), anchor: "az-other".into(), entries: Vec::new() };
    for entry in entries {
        let initial = entry.key.chars().next().filter(|c| c.is_alphabetic() && !is_han(*c));
        let Some(initial) = initial else {
            other.entries.push(entry);
            continue;
        };
        let letter: String = initial.to_uppercase().collect();
        match groups.last_mut() {
            Some(g) if g.letter == letter => g.entries.push(entry),
            _ => groups.push(Group {
                anchor: format!("az-{}", crate::text::markdown::slugify(&letter)),
                letter,
                entries: vec![entry],
            }),
        }
    }
    if !other.entries.is_empty() {
        groups.push(other);
    }
    let mut context = Context::new();
    context.insert("groups", &groups);
    let mut page = r.page(&url, &r.strings.get("search"), vec![r.home_crumb(&url)], None, None);
    page.needs_search = true;
    r.emit("search.html", &url, page, context, problems)
}
