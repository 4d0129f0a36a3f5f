//! A course's book as a Typst document: the cover, the contents, the course introduction, every
//! chapter with its activities, the cases, the glossary, the answer key and the slide handouts,
//! in the order of the print book's [`Plan`]. The layout itself is the theme's `pdf/book.typ`.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeSet, HashSet};
use std::fmt::Write;

use super::markup::{self, label_name, string, text, Headings, LinkTo};
use super::Handouts;
use crate::content::site_config::Numbering;
use crate::content::{Citation, Kind, Origin};
use crate::output::print::plan::{anchor, sub_anchor, Activity, InBook, Placement, Plan};
use crate::output::site::page::format_duration;
use crate::output::site::LocaleSite;
use crate::pipeline::resolve::{ParsedDocs, SiteIndex};
use crate::text::markdown::{self, Edition, Parsed};

/// Writes one book. Converting happens twice: the first pass learns which labels the document
/// defines, the second links only to those (a link to a missing label is a Typst error).
pub(crate) struct Writer<'a> {
    pub(super) site: &'a LocaleSite,
    pub(super) index: &'a SiteIndex<'a>,
    docs: &'a ParsedDocs<'a>,
    pub(super) plan: Plan,
    in_book: InBook,
    terms: HashSet<&'a str>,
    /// Labels the document defines (known after the first pass).
    known: Option<HashSet<String>>,
    defined: RefCell<HashSet<String>>,
    base_url: Option<String>,
    pub(super) images: RefCell<BTreeSet<String>>,
    printed: RefCell<HashSet<Activity>>,
    chapter: Cell<Option<usize>>,
    handouts: Handouts,
    /// The facilitator edition adds facilitator notes, solutions and model answers.
    pub(super) edition: Edition,
}

const DOC: Headings = Headings { level_of_h2: 2, as_text: false, outlined: true };
const CASE: Headings = Headings { level_of_h2: 3, as_text: false, outlined: false };
const TEXT: Headings = Headings { level_of_h2: 3, as_text: true, outlined: false };

impl<'a> Writer<'a> {
    pub fn new(
        site: &'a LocaleSite,
        index: &'a SiteIndex<'a>,
        docs: &'a ParsedDocs<'a>,
        course: usize,
        handouts: Handouts,
        edition: Edition,
    ) -> Writer<'a> {
        let cur = &site.cur;
        let plan = Plan::new(cur, docs, course);
        let in_book = InBook::new(cur, &plan, &site.locale);
        let terms = plan.terms.iter().map(|&t| cur.terms[t].meta.id.as_str()).collect();
        let base_url = cur.site.base_url.as_ref().map(|u| if u.ends_with('/') { u.clone() } else { format!("{u}/") });
        Writer {
            site,
            index,
            docs,
            plan,
            in_book,
            terms,
            known: None,
            defined: RefCell::new(HashSet::new()),
            base_url,
            images: RefCell::new(BTreeSet::new()),
            printed: RefCell::new(HashSet::new()),
            chapter: Cell::new(None),
            handouts,
            edition,
        }
    }

    /// The document's body (everything after the preamble).
    pub fn body(&mut self) -> String {
        let _ = self.write_body();
        self.known = Some(self.defined.take());
        self.printed.take();
        self.images.take();
        self.write_body()
    }

    pub(super) fn s(&self, key: &str) -> String {
        self.site.strings.get(key)
    }

    fn t(&self, key: &str) -> String {
        text(&self.s(key))
    }

    /// Defines a label and returns its name (for the theme's functions, which attach it).
    pub(super) fn define(&self, anchor: &str) -> String {
        self.defined.borrow_mut().insert(anchor.to_string());
        string(&label_name(anchor))
    }

    /// A marker that only carries a label, for anchors the site has but the PDF shows no heading
    /// for.
    fn marker(&self, anchor: &str) -> String {
        self.defined.borrow_mut().insert(anchor.to_string());
        format!("#metadata(none) {}\n", markup::label(anchor))
    }

    fn exists(&self, anchor: &str) -> bool {
        self.known.as_ref().is_none_or(|k| k.contains(anchor))
    }

    /// Typst of a parsed document.
    fn doc(&self, parsed: &Parsed<'_>, source: &str, part: &str, mode: Headings) -> String {
        let pieces = parsed.pieces(self.edition, self.site.cur.site.learner_solutions);
        markup::convert(&pieces, part, source, mode, self)
    }

    /// Typst of a text from YAML (inline Markdown).
    pub(super) fn inline(&self, text: &str, source: &str) -> String {
        let parsed = markdown::parse(text, 1, None);
        self.doc(&parsed, source, "", TEXT).trim().to_string()
    }

    /// Wraps a part written in another language than the book (an untranslated chapter).
    fn in_language(&self, origin: &Origin, body: String) -> String {
        if origin.lang.is_empty() || origin.lang == self.site.locale {
            return body;
        }
        let (lang, region) = super::lang_region(&origin.lang);
        format!(
            "#[#set text(lang: {}, region: {})\n{body}]\n",
            string(&lang),
            region.map_or("none".into(), |r| string(&r))
        )
    }

    fn write_body(&self) -> String {
        let cur = &self.site.cur;
        let course = &cur.courses[self.plan.course];
        let meta = &course.doc.meta;
        let mut out = String::new();
        // Cover.
        let mut facts = Vec::new();
        if let Some(d) = course.duration() {
            facts.push((self.s("duration"), format_duration(&self.site.strings, d)));
        }
        facts.push((self.s("chapters"), course.chapters.len().to_string()));
        if let Some(p) = &meta.publisher {
            facts.push((self.s("publisher"), p.clone()));
        }
        facts.push((self.s("language"), self.site.name.clone()));
        let facts: Vec<String> = facts.iter().map(|(k, v)| format!("([{}], [{}])", text(k), text(v))).collect();
        let summary = meta.summary.as_ref().map(|s| format!("[{}]", self.inline(s, &course.doc.path)));
        let _ = writeln!(
            out,
            "#cover(kicker: [{}], title: [{}], summary: {}, facts: ({},), note: [{}])",
            text(&cur.site.title),
            text(&meta.title),
            summary.as_deref().unwrap_or("none"),
            facts.join(", "),
            self.t("pdf-note"),
        );
        let _ = writeln!(out, "#contents([{}])", self.t("contents"));
        // About the course.
        let _ = writeln!(out, "#part({})[{}]", self.define("book-introduction"), self.t("about-this-course"));
        out.push_str(&self.marker(&anchor(Kind::Course, &meta.id)));
        let mut intro = String::new();
        let list = |items: &[String]| -> String {
            let items: Vec<String> = items.iter().map(|i| format!("[{}]", self.inline(i, &course.doc.path))).collect();
            format!("#list({},)\n\n", items.join(", "))
        };
        if !meta.audience.is_empty() {
            let _ = writeln!(intro, "#minor-heading(2)[{}]\n{}", self.t("audience"), list(&meta.audience));
        }
        if !meta.objectives.is_empty() {
            let _ = writeln!(intro, "#minor-heading(2)[{}]\n{}", self.t("objectives"), list(&meta.objectives));
        }
        let parsed = markdown::parse_with(
            &course.doc.body,
            course.doc.body_line,
            markdown::ParseOptions::anchors_of(&course.doc.origin),
        );
        intro.push_str(&self.doc(&parsed, &course.doc.path, &anchor(Kind::Course, &meta.id), DOC));
        out.push_str(&self.in_language(&course.doc.origin, intro));
        // Before the first session (the course's setup page).
        if let Some(setup) = &course.setup {
            let part = anchor(Kind::Setup, &meta.id);
            let _ = writeln!(out, "#part({})[{}]", self.define(&part), text(&setup.meta.title));
            let mut body = String::new();
            if let Some(summary) = &setup.meta.summary {
                let _ = writeln!(body, "#meta[{}]\n", self.inline(summary, &setup.path));
            }
            let parsed =
                markdown::parse_with(&setup.body, setup.body_line, markdown::ParseOptions::anchors_of(&setup.origin));
            body.push_str(&self.doc(&parsed, &setup.path, &part, DOC));
            out.push_str(&self.in_language(&setup.origin, body));
        }
        for cp in &self.plan.chapters {
            out.push_str(&self.chapter(cp.index, &cp.after));
        }
        out.push_str(&self.cases());
        out.push_str(&self.glossary());
        out.push_str(&self.answers());
        out.push_str(&self.handouts());
        out
    }

    fn chapter(&self, i: usize, after: &[Activity]) -> String {
        let cur = &self.site.cur;
        let course = &cur.courses[self.plan.course];
        let ch = &course.chapters[i];
        let number = &course.numbers[i];
        let part = anchor(Kind::Chapter, &ch.meta.id);
        let is_module = course.agenda.is_some();
        let mut out = String::new();
        // As the site's pages: `numbering: none` shows no chapter number, `chapters` no section
        // numbers (headings have none then; the key messages get none either).
        let numbering = cur.site.numbering;
        let numbered = numbering != Numbering::None;
        let kicker = match (numbered, is_module) {
            (true, true) => self.site.strings.format("module-n", Some(&number_arg(number))),
            (true, false) => self.site.strings.format("chapter-n", Some(&number_arg(number))),
            (false, true) => self.s("module"),
            (false, false) => self.s("chapter"),
        };
        let summary = ch.meta.summary.as_ref().map(|s| format!("[{}]", self.inline(s, &ch.path)));
        let duration = ch
            .meta
            .duration
            .map(|d| format!("[{}: {}]", self.t("duration"), text(&format_duration(&self.site.strings, d))));
        let _ = writeln!(
            out,
            "#chapter({}, kicker: [{}], number: {}, summary: {}, meta: {})[{}]\n",
            self.define(&part),
            text(&kicker),
            if numbered { format!("[{}]", text(number)) } else { "none".into() },
            summary.as_deref().unwrap_or("none"),
            duration.as_deref().unwrap_or("none"),
            text(&ch.meta.title),
        );
        let extra = |name: &str| sub_anchor(&part, name);
        if ch.meta.objectives.is_empty() {
            out.push_str(&self.marker(&extra("objectives")));
        } else {
            let intro = if is_module { "objectives-intro-module" } else { "objectives-intro" };
            let items: Vec<String> =
                ch.meta.objectives.iter().map(|o| format!("[{}]", self.inline(o, &ch.path))).collect();
            let _ = writeln!(
                out,
                "#section({}, outlined: false)[{}]\n\n{}\n\n#list({},)\n",
                self.define(&extra("objectives")),
                self.t("objectives"),
                self.t(intro),
                items.join(", ")
            );
        }
        self.chapter.set(Some(i));
        out.push_str(&self.doc(&self.docs.chapter(self.plan.course, i), &ch.path, &part, DOC));
        self.chapter.set(None);
        if ch.meta.key_messages.is_empty() {
            out.push_str(&self.marker(&extra("key-messages")));
        } else {
            let sections = self.docs.chapter_headings(self.plan.course, i).iter().filter(|h| h.level == 2).count();
            let items: Vec<String> =
                ch.meta.key_messages.iter().map(|k| format!("[{}]", self.inline(k, &ch.path))).collect();
            let section_number = match numbering {
                Numbering::Sections => format!("{}.{}#h(0.6em)", text(number), sections + 1),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "#section({})[{section_number}{}]\n\n#list({},)\n",
                self.define(&extra("key-messages")),
                self.t("key-messages"),
                items.join(", ")
            );
        }
        let cases: Vec<String> = ch
            .meta
            .cases
            .iter()
            .filter_map(|id| cur.cases.iter().find(|c| &c.meta.id == id))
            .map(|c| {
                let title = match &c.meta.number {
                    Some(n) => format!("{} {}", text(n), text(&c.meta.title)),
                    None => text(&c.meta.title),
                };
                let a = anchor(Kind::Case, &c.meta.id);
                if self.exists(&a) {
                    format!("[#link({})[{title}]]", markup::label(&a))
                } else {
                    format!("[{title}]")
                }
            })
            .collect();
        if cases.is_empty() {
            out.push_str(&self.marker(&extra("cases")));
        } else {
            let heading = if is_module { "cases-in-module" } else { "cases-in-chapter" };
            let _ = writeln!(
                out,
                "#section({}, outlined: false)[{}]\n\n#list({},)\n",
                self.define(&extra("cases")),
                self.t(heading),
                cases.join(", ")
            );
        }
        out.push_str(&self.marker(&extra("activities")));
        for &a in after {
            out.push_str(&self.activity(a, 2));
        }
        if !ch.meta.sources.is_empty() {
            let items: Vec<String> = ch.meta.sources.iter().map(|s| format!("[{}]", self.citation(s))).collect();
            let _ = writeln!(out, "#minor-heading(2)[{}]\n\n#list({},)\n", self.t("sources"), items.join(", "));
        }
        self.in_language(&ch.origin, out)
    }

    fn citation(&self, s: &Citation) -> String {
        let mut out = match &s.url {
            Some(url) if crate::text::sanitize::is_safe_url(url) => {
                format!("#link({})[#emph[{}]]", string(url), text(&s.title))
            }
            _ => format!("#emph[{}]", text(&s.title)),
        };
        if let Some(p) = &s.publisher {
            let _ = write!(out, "\\. {}", text(p));
        }
        if let Some(y) = s.year {
            let _ = write!(out, "\\, {y}");
        }
        out.push_str("\\.");
        out
    }

    fn cases(&self) -> String {
        if self.plan.cases.is_empty() {
            return String::new();
        }
        let cur = &self.site.cur;
        let mut out = format!("#part({})[{}]\n", self.define("book-cases"), self.t("case-studies"));
        for &i in &self.plan.cases {
            let case = &cur.cases[i];
            let part = anchor(Kind::Case, &case.meta.id);
            let mut body = String::new();
            let title = match &case.meta.number {
                Some(n) => format!("{} {}#h(0.6em){}", self.t("case-study"), text(n), text(&case.meta.title)),
                None => text(&case.meta.title),
            };
            let _ = writeln!(body, "#section({}, level: 2)[{title}]", self.define(&part));
            let places = if case.meta.countries.is_empty() {
                self.s(case.meta.region.key())
            } else {
                case.meta.countries.join(", ")
            };
            let year = case.meta.year.map(|y| format!(" · {y}")).unwrap_or_default();
            let _ = writeln!(body, "#case-meta[{}{}]\n", text(&places), text(&year));
            body.push_str(&self.doc(&self.docs.case(i), &case.path, &part, CASE));
            let _ = writeln!(body, "\n#meta[{}: {}]\n", self.t("source"), self.citation(&case.meta.source));
            out.push_str(&self.in_language(&case.origin, body));
        }
        out
    }

    fn glossary(&self) -> String {
        if self.plan.terms.is_empty() {
            return String::new();
        }
        let cur = &self.site.cur;
        let mut out = format!("#part({})[{}]\n", self.define("book-glossary"), self.t("glossary"));
        for &i in &self.plan.terms {
            let t = &cur.terms[i];
            let part = anchor(Kind::Term, &t.meta.id);
            let mut body = String::new();
            self.defined.borrow_mut().insert(part.clone());
            let _ = writeln!(body, "#term[{}] {}\n", text(&t.meta.term), markup::label(&part));
            body.push_str(&self.doc(self.docs.term(i), &t.path, &part, TEXT));
            let see: Vec<String> = t
                .meta
                .see_also
                .iter()
                .filter_map(|id| cur.terms.iter().find(|x| &x.meta.id == id))
                .map(|x| {
                    let a = anchor(Kind::Term, &x.meta.id);
                    if self.exists(&a) {
                        format!("#link({})[{}]", markup::label(&a), text(&x.meta.term))
                    } else {
                        text(&x.meta.term)
                    }
                })
                .collect();
            if !see.is_empty() {
                let _ = writeln!(body, "\n#meta[{}: {}]\n", self.t("see-also"), see.join(", "));
            }
            out.push_str(&self.in_language(&t.origin, body));
        }
        out
    }

    fn answers(&self) -> String {
        let quizzes: Vec<usize> = self.plan.quizzes().collect();
        let keys: Vec<String> = quizzes.iter().filter_map(|&q| self.answer_key(&self.site.cur.quizzes[q])).collect();
        if keys.is_empty() {
            return String::new();
        }
        format!("#part({})[{}]\n{}", self.define("book-answers"), self.t("answer-key"), keys.concat())
    }

    fn handouts(&self) -> String {
        if self.plan.decks.is_empty() {
            return String::new();
        }
        let cur = &self.site.cur;
        let mut out = format!("#part({})[{}]\n", self.define("book-handouts"), self.t("slide-handouts"));
        if self.handouts == Handouts::Slides {
            out.push_str("#set page(flipped: true)\n");
        }
        for &d in &self.plan.decks {
            let deck = &cur.decks[d];
            let part = anchor(Kind::Deck, &deck.meta.id);
            let mut body = String::new();
            if self.handouts == Handouts::Slides {
                body.push_str("#pagebreak(weak: true)\n");
            }
            let _ = writeln!(body, "#section({}, level: 2)[{}]\n", self.define(&part), text(&deck.meta.title));
            let (slides, _) = crate::content::deck::split_slides(&deck.path, &deck.body, deck.body_line);
            let total = slides.len();
            for (n, slide) in slides.iter().enumerate() {
                let columns: Vec<String> = slide
                    .columns
                    .iter()
                    .map(|c| {
                        let parsed = markdown::parse(&c.text, c.line, None);
                        format!("[{}]", self.doc(&parsed, &deck.path, &part, TEXT))
                    })
                    .collect();
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("n", (n + 1) as i64);
                args.set("total", total as i64);
                let number = text(&self.site.strings.format("slide-n-of", Some(&args)));
                let layout = string(&slide.layout);
                match self.handouts {
                    Handouts::Notes => {
                        let notes = slide.notes.as_ref().map(|p| {
                            let parsed = markdown::parse(&p.text, p.line, None);
                            format!("[{}]", self.doc(&parsed, &deck.path, &part, TEXT))
                        });
                        let _ = writeln!(
                            body,
                            "#slide-with-notes([{number}], {total}, [{}], layout: {layout}, columns: ({},), notes: {})\n",
                            self.t("speaker-notes"),
                            columns.join(", "),
                            notes.as_deref().unwrap_or("none")
                        );
                        if n % 2 == 1 && n + 1 < total {
                            body.push_str("#pagebreak()\n");
                        }
                    }
                    Handouts::Slides => {
                        let _ = writeln!(
                            body,
                            "#pagebreak(weak: true)\n#slide-page([{number}], layout: {layout}, columns: ({},))\n",
                            columns.join(", ")
                        );
                    }
                }
            }
            body.push_str("#pagebreak(weak: true)\n");
            out.push_str(&self.in_language(&deck.origin, body));
        }
        if self.handouts == Handouts::Slides {
            out.push_str("#set page(flipped: false)\n");
        }
        out
    }

    /// An activity where the book prints it, at heading `level`.
    pub(super) fn activity(&self, a: Activity, level: u8) -> String {
        let cur = &self.site.cur;
        let (body, origin) = match a.kind {
            Kind::Quiz => (self.quiz(&cur.quizzes[a.index], level), &cur.quizzes[a.index].origin),
            Kind::Worksheet => (self.worksheet(&cur.worksheets[a.index], level), &cur.worksheets[a.index].origin),
            Kind::Assessment => (self.assessment(&cur.assessments[a.index], level), &cur.assessments[a.index].origin),
            Kind::Framework => (self.framework(&cur.frameworks[a.index], level), &cur.frameworks[a.index].origin),
            Kind::Course | Kind::Chapter | Kind::Case | Kind::Term | Kind::Deck | Kind::Delivery | Kind::Setup => {
                return String::new()
            }
        };
        self.in_language(origin, body)
    }

    /// The heading of an activity.
    pub(super) fn activity_heading(&self, kind: Kind, id: &str, kind_label: &str, title: &str, level: u8) -> String {
        format!(
            "#activity({}, level: {level}, kind: {})[{}]\n\n",
            self.define(&anchor(kind, id)),
            string(&self.s(kind_label)),
            text(title)
        )
    }

    /// A link to an anchor of the book when the document has it, else its text alone.
    pub(super) fn link_or_text(&self, anchor: &str, body: &str) -> String {
        if self.exists(anchor) {
            format!("#link({})[{body}]", markup::label(anchor))
        } else {
            body.to_string()
        }
    }

    fn site_url(&self, url: &str, fragment: Option<&str>) -> LinkTo {
        match &self.base_url {
            Some(base) => LinkTo::Url(match fragment {
                Some(f) => format!("{base}{url}#{f}"),
                None => format!("{base}{url}"),
            }),
            None => LinkTo::Nothing,
        }
    }
}

fn number_arg(number: &str) -> fluent_bundle::FluentArgs<'static> {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("n", number.to_string());
    args
}

impl markup::Book for Writer<'_> {
    fn link(&self, dest: &str, source: &str, part: &str) -> (LinkTo, Option<String>) {
        if let Some(fragment) = dest.strip_prefix('#') {
            let a = sub_anchor(part, fragment);
            return (if self.exists(&a) { LinkTo::Label(a) } else { LinkTo::Nothing }, None);
        }
        let (path, fragment) = match dest.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (dest, None),
        };
        if let Some((name, id)) = path.split_once(':') {
            if let Some(kind) = Kind::from_name(name).filter(|k| k.linkable()) {
                let Some(target) = self.index.target(kind, id) else { return (LinkTo::Nothing, None) };
                let to = match self.in_book.anchor(target.url, fragment, &self.terms) {
                    Some(a) if self.exists(&a) => LinkTo::Label(a),
                    _ => {
                        let (page, own) = target.url.split_once('#').map_or((target.url, None), |(p, f)| (p, Some(f)));
                        self.site_url(page, fragment.or(own))
                    }
                };
                return (to, Some(target.title.to_string()));
            }
            if crate::text::sanitize::is_safe_url(dest) {
                return (LinkTo::Url(dest.to_string()), None);
            }
            return (LinkTo::Nothing, None);
        }
        if dest.starts_with("//") {
            return (LinkTo::Url(format!("https:{dest}")), None);
        }
        let from = crate::i18n::translate::mirrored_source(source);
        match self.index.file(&from, path) {
            Some(url) => match self.in_book.anchor(&url, fragment, &self.terms) {
                Some(a) if self.exists(&a) => (LinkTo::Label(a), None),
                _ => (self.site_url(&url, fragment), None),
            },
            None => (LinkTo::Nothing, None),
        }
    }

    fn image(&self, dest: &str, source: &str) -> Option<String> {
        if dest.contains(':') {
            // Remote images are never fetched.
            return None;
        }
        let path = dest.split_once('#').map_or(dest, |(p, _)| p);
        let from = crate::i18n::translate::mirrored_source(source);
        let url = self.index.file(&from, path)?;
        let lower = url.to_ascii_lowercase();
        if ![".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"].iter().any(|e| lower.ends_with(e)) {
            return None;
        }
        self.images.borrow_mut().insert(url.clone());
        Some(format!("/{url}"))
    }

    fn embed(&self, kind: Kind, id: &str) -> Option<String> {
        let a = Activity::find(&self.site.cur, kind, id)?;
        let here = self.chapter.get().map(Placement::InText);
        if here.is_some() && self.plan.placed.get(&a) == here.as_ref() && self.printed.borrow_mut().insert(a) {
            return Some(self.activity(a, 3));
        }
        let target = self.index.target(kind, id)?;
        let title = format!("→ {}", text(target.title));
        Some(self.link_or_text(&anchor(kind, id), &title))
    }

    fn label(&self, key: &str) -> String {
        self.s(key)
    }

    fn heading_label(&self, anchor: &str) -> String {
        self.defined.borrow_mut().insert(anchor.to_string());
        markup::label(anchor)
    }
}
