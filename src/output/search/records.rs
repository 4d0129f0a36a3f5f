//! What the search finds: one record per chapter section, case, glossary term, activity, slide,
//! agenda day and event of a locale, with its title, where it lives, its URL (with the anchor
//! the site computed) and its plain text.

use rayon::prelude::*;

use crate::content::Curriculum;
use crate::i18n::Strings;
use crate::pipeline::resolve::{urls, DocAnchors, Outlines, ParsedDocs};
use crate::text::markdown::{self, Edition, Shown};

/// Chapters or cases made into records at a time.
const BATCH: usize = 256;

/// A searchable unit.
#[derive(Debug, Clone)]
pub struct Record {
    /// `course`, `chapter`, `case`, `term`, `quiz`, `worksheet`, `assessment`, `framework`,
    /// `deck`, `day` or `event`.
    pub kind: &'static str,
    pub title: String,
    /// Where it lives, outermost first (course, chapter): shown as a breadcrumb.
    pub location: Vec<String>,
    /// Root-relative page URL.
    pub page: String,
    /// Anchor on the page, if the record is a part of it.
    pub anchor: Option<String>,
    /// Plain text: indexed, and shown as the snippet.
    pub text: String,
    /// Indexed with a boost but not shown in the snippet (a case's countries and themes).
    pub keywords: String,
    pub case: Option<CaseFacets>,
    /// The language of the title and text (the locale code of the item they come from: an
    /// untranslated item's is the source's).
    pub lang: String,
    /// The language of each part of `location` (empty: the locale's UI strings).
    pub location_lang: Vec<String>,
}

/// What the results of a case can be filtered by.
#[derive(Debug, Clone)]
pub struct CaseFacets {
    pub region: &'static str,
    pub countries: Vec<String>,
    pub sdgs: Vec<u8>,
}

impl Record {
    fn new(kind: &'static str, title: &str, location: Vec<String>, page: String) -> Record {
        Record {
            kind,
            title: title.to_string(),
            location,
            page,
            anchor: None,
            text: String::new(),
            keywords: String::new(),
            case: None,
            lang: String::new(),
            location_lang: Vec::new(),
        }
    }

    /// Sets the languages of the parts of `location`, in order.
    fn located_in(mut self, langs: &[&str]) -> Record {
        self.location_lang = langs.iter().map(|l| l.to_string()).collect();
        self
    }

    fn in_lang(mut self, lang: &str) -> Record {
        self.lang = lang.to_string();
        self
    }

    fn push_text(&mut self, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.text.push_str(text);
    }
}

/// What the index of one locale is built from: its curriculum and parsed documents, and what the
/// edition shows (the facilitator edition's index also finds notes, solutions and model answers).
pub struct Sources<'a, 'c> {
    pub cur: &'c Curriculum,
    /// Lazy (nothing parsed yet): chapters and cases are parsed here, fresh, and their anchors
    /// returned by [`Sources::each_record`].
    pub docs: &'a ParsedDocs<'c>,
    pub strings: &'a Strings,
    pub locale: &'a str,
    pub shown: Shown,
}

impl Sources<'_, '_> {
    fn facilitator(&self) -> bool {
        self.shown.edition == Edition::Facilitator
    }

    /// The plain text of a piece of Markdown, as the edition shows it.
    fn plain(&self, md: &str) -> String {
        let parsed = markdown::parse(md, 1, None);
        let mut out = String::new();
        for (heading, text) in markdown::plain_sections(&parsed, self.shown) {
            if let Some(h) = heading.and_then(|i| parsed.headings.get(i)) {
                out.push_str(&h.text);
                out.push('\n');
            }
            out.push_str(&text);
            out.push('\n');
        }
        out.trim_end().to_string()
    }

    fn push_markdown(&self, r: &mut Record, md: &str) {
        r.push_text(&self.plain(md));
    }

    /// Hands every record of the locale to `out`, in site order, as it is made, and returns the
    /// anchors of every chapter and case: each is parsed here once, for its records and its
    /// anchors ([`ParsedDocs::complete`] takes them), and dropped.
    pub fn each_record(&self, out: &mut dyn FnMut(Record)) -> Outlines {
        let mut outlines: Outlines = (Vec::new(), Vec::new());
        let (cur, strings, locale) = (self.cur, self.strings, self.locale);
        for (ci, course) in cur.courses.iter().enumerate() {
            let course_title = &course.doc.meta.title;
            let url = urls::course(locale, &course.doc.meta.id);
            let mut r =
                Record::new("course", course_title, vec![strings.get("course")], url).in_lang(&course.doc.origin.lang);
            r.push_text(course.doc.meta.summary.as_deref().unwrap_or(""));
            for line in course.doc.meta.audience.iter().chain(&course.doc.meta.objectives) {
                self.push_markdown(&mut r, line);
            }
            self.push_markdown(&mut r, &course.doc.body);
            out(r);
            if let Some(setup) = &course.setup {
                let location = vec![course_title.clone(), strings.get("setup")];
                let url = urls::setup(locale, &course.doc.meta.id);
                let mut r = Record::new("setup", &setup.meta.title, location, url)
                    .in_lang(&setup.origin.lang)
                    .located_in(&[&course.doc.origin.lang]);
                r.push_text(setup.meta.summary.as_deref().unwrap_or(""));
                self.push_markdown(&mut r, &setup.body);
                out(r);
            }
            if let Some(agenda) = &course.agenda {
                for (d, day) in agenda.days.iter().enumerate() {
                    let location = vec![course_title.clone(), strings.get("search-kind-agenda")];
                    let mut r = Record::new("day", &day.title, location, urls::day(locale, &course.doc.meta.id, d + 1))
                        .in_lang(&agenda.origin.lang)
                        .located_in(&[&course.doc.origin.lang]);
                    r.push_text(day.theme.as_deref().unwrap_or(""));
                    for session in &day.sessions {
                        r.push_text(&session.name);
                        for item in &session.items {
                            let module =
                                item.module.as_deref().and_then(|m| course.chapters.iter().find(|c| c.meta.id == m));
                            let title = module.map(|c| c.meta.title.as_str()).or(item.title.as_deref());
                            r.push_text(title.or(item.break_title.as_deref()).unwrap_or(""));
                        }
                    }
                    out(r);
                }
            }
            outlines.0.push(in_batches(course.chapters.len(), out, |i, out| self.chapter_records(out, ci, i)));
        }
        outlines.1 = in_batches(cur.cases.len(), out, |i, out| self.case_record(out, i));
        for (i, term) in cur.terms.iter().enumerate() {
            let mut r = Record::new("term", &term.meta.term, vec![strings.get("glossary")], urls::glossary(locale))
                .in_lang(&term.origin.lang);
            r.anchor = Some(term.meta.id.clone());
            for (_, text) in markdown::plain_sections(self.docs.term(i), self.shown) {
                r.push_text(&text);
            }
            out(r);
        }
        for quiz in &cur.quizzes {
            let mut r =
                Record::new("quiz", &quiz.title, vec![strings.get("activity-quiz")], urls::quiz(locale, &quiz.id))
                    .in_lang(&quiz.origin.lang);
            self.push_markdown(&mut r, quiz.intro.as_deref().unwrap_or(""));
            for q in &quiz.questions {
                self.push_markdown(&mut r, &q.prompt);
                for o in &q.options {
                    self.push_markdown(&mut r, &o.text);
                }
                // For learners, prompts and choices only: a snippet must not give answers away.
                // Facilitators look answers up.
                if self.facilitator() {
                    for text in [&q.explanation, &q.guidance, &q.model_answer].into_iter().flatten() {
                        self.push_markdown(&mut r, text);
                    }
                }
            }
            out(r);
        }
        for sheet in &cur.worksheets {
            let location = vec![strings.get("activity-worksheet")];
            let mut r = Record::new("worksheet", &sheet.title, location, urls::worksheet(locale, &sheet.id))
                .in_lang(&sheet.origin.lang);
            self.push_markdown(&mut r, sheet.intro.as_deref().unwrap_or(""));
            for b in &sheet.blocks {
                r.push_text(&b.label);
                self.push_markdown(&mut r, b.help.as_deref().unwrap_or(""));
                for c in &b.columns {
                    r.push_text(&c.label);
                }
                if self.facilitator() {
                    self.push_markdown(&mut r, b.model_answer.as_deref().unwrap_or(""));
                }
            }
            out(r);
        }
        for a in &cur.assessments {
            let location = vec![strings.get("activity-assessment")];
            let mut r =
                Record::new("assessment", &a.title, location, urls::assessment(locale, &a.id)).in_lang(&a.origin.lang);
            self.push_markdown(&mut r, a.intro.as_deref().unwrap_or(""));
            for d in &a.dimensions {
                r.push_text(&d.title);
                for s in &d.subdimensions {
                    r.push_text(&s.title);
                    for item in &s.items {
                        r.push_text(&item.text);
                    }
                }
            }
            out(r);
        }
        for f in &cur.frameworks {
            let location = vec![strings.get("search-kind-framework")];
            let mut r =
                Record::new("framework", &f.title, location, urls::framework(locale, &f.id)).in_lang(&f.origin.lang);
            self.push_markdown(&mut r, f.intro.as_deref().unwrap_or(""));
            let mut stack: Vec<&crate::content::framework::Item> = f.items.iter().rev().collect();
            for g in f.groups.iter().rev() {
                stack.extend(g.items.iter().rev());
            }
            for g in &f.groups {
                r.push_text(&g.title);
            }
            while let Some(item) = stack.pop() {
                r.push_text(&item.title);
                self.push_markdown(&mut r, item.description.as_deref().unwrap_or(""));
                stack.extend(item.items.iter().rev());
            }
            out(r);
        }
        for deck in &cur.decks {
            self.deck_records(out, deck);
        }
        for d in &cur.deliveries {
            let mut r = Record::new("event", &d.title, vec![strings.get("event")], urls::event(locale, &d.id))
                .in_lang(&d.origin.lang);
            for text in [&d.venue, &d.audience, &d.intro].into_iter().flatten() {
                self.push_markdown(&mut r, text);
            }
            for line in d.organisers.iter().chain(&d.objectives).chain(&d.outcomes) {
                self.push_markdown(&mut r, line);
            }
            out(r);
        }
        outlines
    }

    /// A case's record, and its anchors.
    fn case_record(&self, out: &mut dyn FnMut(Record), i: usize) -> DocAnchors {
        let (strings, locale) = (self.strings, self.locale);
        let case = &self.cur.cases[i];
        let parsed = self.docs.parse_case(i);
        let meta = &case.meta;
        let region = strings.get(meta.region.key());
        // The countries are the case's words, the region the theme's: each is its own part.
        let mut location = vec![strings.get("case-study"), region.clone()];
        if !meta.countries.is_empty() {
            location.push(meta.countries.join(", "));
        }
        let mut r = Record::new("case", &meta.title, location, urls::case(locale, &meta.id))
            .in_lang(&case.origin.lang)
            .located_in(&["", "", &case.origin.lang]);
        for (_, text) in markdown::plain_sections(&parsed, self.shown) {
            r.push_text(&text);
        }
        r.keywords = [meta.countries.join(" "), meta.organisations.join(" "), meta.themes.join(" "), region].join(" ");
        r.case = Some(CaseFacets {
            region: meta.region.key().trim_start_matches("region-"),
            countries: meta.countries.clone(),
            sdgs: meta.sdgs.clone(),
        });
        out(r);
        DocAnchors::of(&parsed)
    }

    /// A chapter's records: the chapter (summary, questions, objectives, introduction), its key
    /// messages, and each section (`##`; deeper headings belong to their section).
    fn chapter_records(&self, out: &mut dyn FnMut(Record), ci: usize, i: usize) -> DocAnchors {
        let (cur, strings, locale) = (self.cur, self.strings, self.locale);
        let course = &cur.courses[ci];
        let ch = &course.chapters[i];
        let meta = &ch.meta;
        let page = urls::chapter(locale, &course.doc.meta.id, &meta.id);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("n", course.numbers[i].clone());
        let numbered = strings.format(if course.agenda.is_some() { "module-n" } else { "chapter-n" }, Some(&args));
        let mut chapter =
            Record::new("chapter", &meta.title, vec![course.doc.meta.title.clone(), numbered], page.clone())
                .in_lang(&ch.origin.lang)
                .located_in(&[&course.doc.origin.lang]);
        chapter.push_text(meta.summary.as_deref().unwrap_or(""));
        for line in meta.questions.iter().chain(&meta.objectives) {
            self.push_markdown(&mut chapter, line);
        }
        let inside = vec![course.doc.meta.title.clone(), format!("{} {}", course.numbers[i], meta.title)];
        let inside_lang = [course.doc.origin.lang.as_str(), ch.origin.lang.as_str()];
        if self.facilitator() {
            // What the room needs and what to prepare: on the chapter page of this edition only.
            for line in meta.materials.iter().chain(&meta.preparation) {
                self.push_markdown(&mut chapter, line);
            }
        }
        let parsed = self.docs.parse_chapter(ci, i);
        let mut sections: Vec<Record> = Vec::new();
        let mut section: Option<Record> = None;
        for (heading, text) in markdown::plain_sections(&parsed, self.shown) {
            let Some(h) = heading.and_then(|h| parsed.headings.get(h)) else {
                chapter.push_text(&text);
                continue;
            };
            if h.level <= 2 {
                sections.extend(section.take());
                let title = match &h.number {
                    Some(n) => format!("{n} {}", h.text),
                    None => h.text.clone(),
                };
                let mut r = Record::new("chapter", &title, inside.clone(), page.clone())
                    .in_lang(&ch.origin.lang)
                    .located_in(&inside_lang);
                r.anchor = Some(h.id.clone());
                r.push_text(&text);
                section = Some(r);
            } else if let Some(r) = section.as_mut() {
                r.push_text(&h.text);
                r.push_text(&text);
            } else {
                chapter.push_text(&h.text);
                chapter.push_text(&text);
            }
        }
        sections.extend(section);
        out(chapter);
        sections.into_iter().for_each(&mut *out);
        if !meta.key_messages.is_empty() {
            let mut r = Record::new("chapter", &strings.get("key-messages"), inside, page)
                .in_lang(&ch.origin.lang)
                .located_in(&inside_lang);
            r.anchor = Some("key-messages".into());
            for k in &meta.key_messages {
                self.push_markdown(&mut r, k);
            }
            out(r);
        }
        DocAnchors::of(&parsed)
    }

    /// A deck's slides, each with its own anchor (`#slide-3`); a slide's title is its first heading.
    fn deck_records(&self, out: &mut dyn FnMut(Record), deck: &crate::content::Deck) {
        let (strings, locale) = (self.strings, self.locale);
        let page = urls::deck(locale, &deck.meta.id);
        let location = vec![strings.get("activity-deck"), deck.meta.title.clone()];
        let (slides, _) = crate::content::deck::split_slides(&deck.path, &deck.body, deck.body_line);
        for (n, slide) in slides.iter().enumerate() {
            let mut title = None;
            let mut text = String::new();
            for column in &slide.columns {
                let parsed = markdown::parse(&column.text, 1, None);
                if title.is_none() {
                    title = parsed.headings.first().map(|h| h.text.clone());
                }
                for (heading, t) in markdown::plain_sections(&parsed, self.shown) {
                    if let Some(h) = heading.and_then(|i| parsed.headings.get(i)) {
                        if Some(&h.text) != title.as_ref() {
                            text.push_str(&h.text);
                            text.push('\n');
                        }
                    }
                    text.push_str(&t);
                    text.push('\n');
                }
            }
            if let Some(notes) = &slide.notes {
                text.push_str(&self.plain(&notes.text));
            }
            if title.is_none() && text.trim().is_empty() {
                continue;
            }
            let mut r =
                Record::new("deck", title.as_deref().unwrap_or(&deck.meta.title), location.clone(), page.clone())
                    .in_lang(&deck.origin.lang)
                    .located_in(&["", &deck.origin.lang]);
            r.anchor = Some(format!("slide-{}", n + 1));
            r.push_text(&text);
            out(r);
        }
    }
}

/// Documents `0..count` made into records in parallel, a batch at a time so that few are held,
/// their records handed to `out` in order; returns the anchors of each.
fn in_batches(
    count: usize,
    out: &mut dyn FnMut(Record),
    make: impl Fn(usize, &mut dyn FnMut(Record)) -> DocAnchors + Sync,
) -> Vec<DocAnchors> {
    let mut anchors = Vec::with_capacity(count);
    for start in (0..count).step_by(BATCH) {
        let made: Vec<(DocAnchors, Vec<Record>)> = (start..count.min(start + BATCH))
            .into_par_iter()
            .map(|i| {
                let mut records = Vec::new();
                let doc = make(i, &mut |r| records.push(r));
                (doc, records)
            })
            .collect();
        for (doc, records) in made {
            anchors.push(doc);
            records.into_iter().for_each(&mut *out);
        }
    }
    anchors
}
