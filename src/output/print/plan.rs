//! What a course's book holds, and in what order: the chapters, each activity once (where it is
//! first embedded, or after the chapter that first lists or links it), the cases the chapters
//! use (once each, in order of first use), the glossary terms the text links (with the terms
//! they refer to), and the chapters' slide decks. The print page and the PDF both follow it, and
//! both turn links to anything in the book into links within the document.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::content::{Curriculum, Kind};
use crate::pipeline::resolve::{urls, ParsedDocs};

/// An activity printed in the book: its kind and its position in the curriculum's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Activity {
    pub kind: Kind,
    pub index: usize,
}

impl Activity {
    pub fn find(cur: &Curriculum, kind: Kind, id: &str) -> Option<Activity> {
        let index = match kind {
            Kind::Quiz => cur.quizzes.iter().position(|q| q.id == id),
            Kind::Worksheet => cur.worksheets.iter().position(|w| w.id == id),
            Kind::Assessment => cur.assessments.iter().position(|a| a.id == id),
            Kind::Framework => cur.frameworks.iter().position(|f| f.id == id),
            Kind::Course | Kind::Chapter | Kind::Case | Kind::Term | Kind::Deck | Kind::Delivery | Kind::Setup => None,
        }?;
        Some(Activity { kind, index })
    }

    pub fn id<'c>(&self, cur: &'c Curriculum) -> &'c str {
        match self.kind {
            Kind::Quiz => &cur.quizzes[self.index].id,
            Kind::Worksheet => &cur.worksheets[self.index].id,
            Kind::Assessment => &cur.assessments[self.index].id,
            Kind::Framework => &cur.frameworks[self.index].id,
            Kind::Course | Kind::Chapter | Kind::Case | Kind::Term | Kind::Deck | Kind::Delivery | Kind::Setup => "",
        }
    }
}

/// Where an activity is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Placement {
    /// In the text of chapter `n` of the course, where it is first embedded.
    InText(usize),
    /// After the text of chapter `n`.
    After(usize),
}

#[derive(Debug, Clone)]
pub(crate) struct ChapterPlan {
    /// The chapter's position in its course.
    pub index: usize,
    /// Activities printed after the chapter's text, in order.
    pub after: Vec<Activity>,
}

#[derive(Debug, Clone)]
pub(crate) struct Plan {
    pub course: usize,
    pub chapters: Vec<ChapterPlan>,
    /// Indexes into `cur.cases`, in order of first use.
    pub cases: Vec<usize>,
    /// Indexes into `cur.terms`, in glossary order.
    pub terms: Vec<usize>,
    /// Indexes into `cur.decks`: the decks of the course's chapters, in chapter order (the PDF's handouts).
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))]
    pub decks: Vec<usize>,
    /// Every activity of the book in reading order (quizzes among them make the answer key).
    pub activities: Vec<Activity>,
    pub placed: HashMap<Activity, Placement>,
}

impl Plan {
    pub fn new(cur: &Curriculum, docs: &ParsedDocs<'_>, course: usize) -> Plan {
        let c = &cur.courses[course];
        let mut placed: HashMap<Activity, Placement> = HashMap::new();
        let mut activities = Vec::new();
        let mut chapters = Vec::new();
        let mut case_order: Vec<usize> = Vec::new();
        let mut seen_cases: HashSet<usize> = HashSet::new();
        let mut linked_terms: BTreeSet<usize> = BTreeSet::new();
        let case_index: HashMap<&str, usize> =
            cur.cases.iter().enumerate().map(|(i, c)| (c.meta.id.as_str(), i)).collect();
        let term_index: HashMap<&str, usize> =
            cur.terms.iter().enumerate().map(|(i, t)| (t.meta.id.as_str(), i)).collect();
        let mut note_links = |links: &[(Kind, String, bool)], case_order: &mut Vec<usize>| {
            for (kind, id, _) in links {
                match kind {
                    Kind::Case => {
                        if let Some(&i) = case_index.get(id.as_str()) {
                            if seen_cases.insert(i) {
                                case_order.push(i);
                            }
                        }
                    }
                    Kind::Term => {
                        if let Some(&i) = term_index.get(id.as_str()) {
                            linked_terms.insert(i);
                        }
                    }
                    _ => {}
                }
            }
        };
        let course_body = crate::text::markdown::parse(&c.doc.body, c.doc.body_line, None);
        note_links(&course_body.id_links(), &mut case_order);
        for (i, ch) in c.chapters.iter().enumerate() {
            let links = docs.chapter_uses(course, i);
            note_links(&links, &mut case_order);
            for id in &ch.meta.cases {
                note_links(&[(Kind::Case, id.clone(), false)], &mut case_order);
            }
            // Embeds first: an activity shown in the text is not repeated after it.
            for (kind, id, alone) in &links {
                if let (true, Some(a)) = (*alone, Activity::find(cur, *kind, id)) {
                    if let std::collections::hash_map::Entry::Vacant(e) = placed.entry(a) {
                        e.insert(Placement::InText(i));
                        activities.push(a);
                    }
                }
            }
            let listed = ch
                .meta
                .quiz
                .iter()
                .map(|q| (Kind::Quiz, q))
                .chain(ch.meta.reflections.iter().map(|q| (Kind::Quiz, q)))
                .chain(ch.meta.worksheets.iter().map(|w| (Kind::Worksheet, w)))
                .chain(ch.meta.assessments.iter().map(|a| (Kind::Assessment, a)));
            let linked = links.iter().filter(|(k, _, alone)| !alone && k.embeddable()).map(|(k, id, _)| (*k, id));
            let mut after = Vec::new();
            for (kind, id) in listed.chain(linked) {
                if let Some(a) = Activity::find(cur, kind, id) {
                    if let std::collections::hash_map::Entry::Vacant(e) = placed.entry(a) {
                        e.insert(Placement::After(i));
                        activities.push(a);
                        after.push(a);
                    }
                }
            }
            chapters.push(ChapterPlan { index: i, after });
        }
        // Activities printed after a chapter come after those embedded in its text.
        activities.sort_by_key(|a| match placed[a] {
            Placement::InText(i) => (i, 0),
            Placement::After(i) => (i, 1),
        });
        for &case in &case_order.clone() {
            let links = docs.case_uses(case);
            let terms: Vec<(Kind, String, bool)> = links.into_iter().filter(|(k, _, _)| *k == Kind::Term).collect();
            note_links(&terms, &mut case_order);
        }
        // The terms a linked term refers to, so that the glossary's cross-references stay inside it.
        let mut pending: Vec<usize> = linked_terms.iter().copied().collect();
        while let Some(t) = pending.pop() {
            for id in &cur.terms[t].meta.see_also {
                if let Some(&i) = term_index.get(id.as_str()) {
                    if linked_terms.insert(i) {
                        pending.push(i);
                    }
                }
            }
        }
        let chapter_ids: HashMap<&str, usize> =
            c.chapters.iter().enumerate().map(|(i, ch)| (ch.meta.id.as_str(), i)).collect();
        let mut decks: Vec<(usize, usize)> = cur
            .decks
            .iter()
            .enumerate()
            .filter_map(|(d, deck)| deck.meta.chapter.as_deref().and_then(|ch| chapter_ids.get(ch)).map(|&i| (i, d)))
            .collect();
        decks.sort();
        Plan {
            course,
            chapters,
            cases: case_order,
            terms: linked_terms.into_iter().collect(),
            decks: decks.into_iter().map(|(_, d)| d).collect(),
            activities,
            placed,
        }
    }

    /// The quizzes of the book in reading order, for the answer key.
    pub fn quizzes(&self) -> impl Iterator<Item = usize> + '_ {
        self.activities.iter().filter(|a| a.kind == Kind::Quiz).map(|a| a.index)
    }
}

/// Anchors of the parts of a book, shared by the print page and the PDF.
pub(crate) fn anchor(kind: Kind, id: &str) -> String {
    format!("{}-{id}", kind.name())
}

/// The anchor of a heading inside a part of the book.
pub(crate) fn sub_anchor(part: &str, fragment: &str) -> String {
    format!("{part}--{fragment}")
}

/// Site pages that are part of the book, by root-relative URL, with the anchor of the part that
/// shows them; links to them become links within the book.
pub(crate) struct InBook {
    parts: HashMap<String, String>,
    glossary: Option<String>,
}

impl InBook {
    pub fn new(cur: &Curriculum, plan: &Plan, locale: &str) -> InBook {
        let course = &cur.courses[plan.course];
        let course_id = &course.doc.meta.id;
        let mut parts = HashMap::new();
        parts.insert(urls::course(locale, course_id), anchor(Kind::Course, course_id));
        for ch in &course.chapters {
            parts.insert(urls::chapter(locale, course_id, &ch.meta.id), anchor(Kind::Chapter, &ch.meta.id));
        }
        if course.setup.is_some() {
            parts.insert(urls::setup(locale, course_id), anchor(Kind::Setup, course_id));
        }
        for &i in &plan.cases {
            let id = &cur.cases[i].meta.id;
            parts.insert(urls::case(locale, id), anchor(Kind::Case, id));
        }
        for a in &plan.activities {
            let id = a.id(cur);
            if let Some(url) = urls::item(locale, a.kind, id) {
                parts.insert(url, anchor(a.kind, id));
            }
        }
        let glossary = (!plan.terms.is_empty()).then(|| urls::glossary(locale));
        InBook { parts, glossary }
    }

    /// The anchor for a link to `page#fragment`, when that page is in the book. A term links to
    /// its entry only when the glossary of the book has it (`terms`).
    pub fn anchor(&self, page: &str, fragment: Option<&str>, terms: &HashSet<&str>) -> Option<String> {
        let (page, fragment) = match page.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (page, fragment),
        };
        if self.glossary.as_deref() == Some(page) {
            let id = fragment?;
            return terms.contains(id).then(|| anchor(Kind::Term, id));
        }
        let part = self.parts.get(page)?;
        Some(match fragment {
            Some(f) => sub_anchor(part, f),
            None => part.clone(),
        })
    }
}
