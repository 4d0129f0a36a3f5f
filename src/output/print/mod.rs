//! The print book: one page per course and locale (`<locale>/<course>/print.html`) with the cover,
//! the contents, every chapter in order, the cases they use (once each), the glossary, quizzes as
//! questions with an answer key at the end and worksheets as blank forms. Links between parts of
//! the book become links within the page; the print stylesheet breaks pages between parts.
//!
//! It is a page of the site, rendered with the site's views and templates ([`Renderer`]); the
//! PDF (`output::pdf`) follows the same [`plan::Plan`].

pub(crate) mod plan;

use std::cell::RefCell;
use std::collections::HashSet;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use crate::content::{Citation, Kind};
use crate::diagnostic::Diagnostic;
use crate::output::site::activity::{self, ActivityRef};
use crate::output::site::page::{list_marker, Link, PageResolver};
use crate::output::site::{chapter, course, OutputFile, Reference, Renderer};
use crate::pipeline::resolve::urls;
use crate::text::markdown::{self, escape, RenderContext, Resolver, Target};
use plan::{anchor, sub_anchor, InBook, Placement, Plan};

/// The URL of a course's print book.
pub(crate) fn print_url(locale: &str, course: &str) -> String {
    format!("{locale}/{course}/print.html")
}

/// The URL of a course's PDF inside the site (when `pdf: true`).
pub(crate) fn pdf_url(locale: &str, course: &str) -> String {
    format!("{locale}/{course}/{course}-{locale}.pdf")
}

#[derive(Serialize)]
struct BookView<'a> {
    anchor: String,
    title: &'a str,
    summary: Option<String>,
    audience: Vec<String>,
    objectives: Vec<String>,
    duration: Option<String>,
    publisher: &'a Option<String>,
    body: String,
    lang: Option<String>,
    dir: Option<&'static str>,
    is_modules: bool,
    course_url: String,
    pdf_url: Option<String>,
    /// The course's setup page ("before the first session"), when it has one.
    setup: Option<SetupPart<'a>>,
    /// The contents' entries and the chapters are rendered one at a time
    /// (`partials/print-contents-entry.html`, `partials/print-chapter.html`).
    chapter_count: usize,
    cases: Vec<CasePart<'a>>,
    terms: Vec<TermPart<'a>>,
    answers: Vec<activity::QuizView>,
}

/// A chapter in the book's contents.
#[derive(Serialize)]
struct ChapterEntry<'a> {
    anchor: String,
    number: &'a str,
    title: &'a str,
    lang: Option<String>,
    dir: Option<&'static str>,
    sections: Vec<Link>,
}

/// A chapter of the book, as `partials/print-chapter.html` shows it.
#[derive(Serialize)]
struct ChapterPart<'a> {
    anchor: String,
    number: &'a str,
    title: &'a str,
    lang: Option<String>,
    dir: Option<&'static str>,
    summary: Option<String>,
    duration: Option<String>,
    objectives: Vec<String>,
    body: String,
    key_messages: Vec<String>,
    key_messages_number: Option<String>,
    cases: Vec<Link>,
    activities: Vec<String>,
    sources: &'a [Citation],
}

#[derive(Serialize)]
struct CasePart<'a> {
    anchor: String,
    number: &'a Option<String>,
    title: &'a str,
    lang: Option<String>,
    dir: Option<&'static str>,
    places: String,
    year: Option<u16>,
    body: String,
    source: &'a Citation,
}

#[derive(Serialize)]
struct SetupPart<'a> {
    anchor: String,
    title: &'a str,
    lang: Option<String>,
    dir: Option<&'static str>,
    summary: Option<String>,
    body: String,
}

#[derive(Serialize)]
struct TermPart<'a> {
    anchor: String,
    term: &'a str,
    lang: Option<String>,
    html: String,
    see_also: Vec<Link>,
}

/// What every document of one book shares when it is rendered.
struct Book<'r, 'a> {
    r: &'r Renderer<'a>,
    plan: Plan,
    in_book: InBook,
    terms: HashSet<&'r str>,
    url: String,
}

/// Resolves links of one document of the book: parts of the book become `#anchors`.
struct BookResolver<'b, 'r, 'a> {
    book: &'b Book<'r, 'a>,
    /// The anchor of the document's part (for its own `#fragment` links).
    part: String,
    /// The chapter being rendered, whose embedded activities are printed in place.
    chapter: Option<usize>,
    printed: RefCell<HashSet<plan::Activity>>,
    problems: RefCell<Vec<Diagnostic>>,
}

impl Resolver for BookResolver<'_, '_, '_> {
    fn resolve<'s>(&'s self, kind: Kind, id: &'s str) -> Option<Target<'s>> {
        self.book.r.index.target(kind, id)
    }
    fn file(&self, from: &str, relative: &str) -> Option<String> {
        PageResolver { r: self.book.r }.file(from, relative)
    }
    fn embed(&self, kind: Kind, id: &str, _to_root: &str) -> Option<String> {
        let book = self.book;
        let cur = book.r.index.cur;
        let a = plan::Activity::find(cur, kind, id)?;
        let here = self.chapter.map(Placement::InText);
        if here.is_some() && book.plan.placed.get(&a) == here.as_ref() && self.printed.borrow_mut().insert(a) {
            return Some(book.activity_html(a, 3, &mut self.problems.borrow_mut()));
        }
        // Printed elsewhere in the book (or only on the site): a reference to it.
        let target = book.r.index.target(kind, id)?;
        let href =
            self.in_document(target.url, None).unwrap_or_else(|| format!("{}{}", urls::to_root(&book.url), target.url));
        Some(format!("<p class=\"see-activity\"><a href=\"{}\">{}</a></p>", escape(&href), escape(target.title)))
    }
    fn label(&self, key: &str) -> String {
        self.book.r.strings.get(key)
    }
    fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.book.r.format(key, args)
    }
    fn suggest(&self, kind: Kind, id: &str) -> Option<String> {
        self.book.r.index.suggest(kind, id)
    }
    fn failed_to_load(&self, kind: Kind, id: &str) -> bool {
        PageResolver { r: self.book.r }.failed_to_load(kind, id)
    }
    fn page_anchors(&self, url: &str) -> Option<Vec<String>> {
        PageResolver { r: self.book.r }.page_anchors(url)
    }
    fn item_at(&self, url: &str) -> Option<(Kind, String)> {
        PageResolver { r: self.book.r }.item_at(url)
    }
    fn item_in_file(&self, from: &str, relative: &str) -> Option<(Kind, String)> {
        PageResolver { r: self.book.r }.item_in_file(from, relative)
    }
    fn in_document(&self, page: &str, fragment: Option<&str>) -> Option<String> {
        if page.is_empty() {
            return fragment.map(|f| format!("#{}", sub_anchor(&self.part, f)));
        }
        self.book.in_book.anchor(page, fragment, &self.book.terms).map(|a| format!("#{a}"))
    }
}

impl<'r, 'a> Book<'r, 'a> {
    fn resolver(&self, part: String, chapter: Option<usize>) -> BookResolver<'_, 'r, 'a> {
        BookResolver {
            book: self,
            part,
            chapter,
            printed: RefCell::new(HashSet::new()),
            problems: RefCell::new(Vec::new()),
        }
    }

    /// A document's HTML for the book: its headings carry the part's anchor as prefix and move
    /// `shift` levels down (the book's title is the page's only `h1`).
    fn document(
        &self,
        mut parsed: markdown::Parsed<'_>,
        source: &str,
        resolver: &BookResolver<'_, 'r, 'a>,
        shift: usize,
        problems: &mut Vec<Diagnostic>,
    ) -> String {
        parsed.prefix_ids(&format!("{}--", resolver.part));
        let to_root = urls::to_root(&self.url);
        let ctx = RenderContext {
            resolver,
            source_path: source,
            to_root: &to_root,
            page_url: &self.url,
            in_deck: false,
            edition: self.r.input.edition,
            learner_solutions: self.r.site.cur.site.learner_solutions,
        };
        let mut rendered = markdown::render(&parsed, &ctx);
        problems.append(&mut rendered.problems);
        problems.append(&mut resolver.problems.borrow_mut());
        shift_headings(&rendered.html, shift)
    }

    /// A link to a part of the book (a case, a glossary term), in that part's language.
    fn part_link(
        &self,
        kind: Kind,
        id: &str,
        title: &str,
        number: Option<String>,
        origin: &crate::content::Origin,
    ) -> Link {
        Link {
            url: format!("#{}", anchor(kind, id)),
            title: title.to_string(),
            number,
            current: false,
            lang: self.r.lang_of(origin),
        }
    }

    /// Inline Markdown of a text from YAML, with the book's links.
    fn inline(&self, text: &str, source: &str, problems: &mut Vec<Diagnostic>) -> String {
        let resolver = self.resolver(String::new(), None);
        let to_root = urls::to_root(&self.url);
        let ctx = RenderContext {
            resolver: &resolver,
            source_path: source,
            to_root: &to_root,
            page_url: &self.url,
            in_deck: false,
            edition: self.r.input.edition,
            learner_solutions: self.r.site.cur.site.learner_solutions,
        };
        let mut rendered = markdown::render_inline(text, &ctx);
        problems.append(&mut rendered.problems);
        rendered.html
    }

    /// An activity as printed: questions without their answers, worksheets as blank forms.
    fn activity_html(&self, a: plan::Activity, level: usize, problems: &mut Vec<Diagnostic>) -> String {
        let r = self.r;
        let cur = r.index.cur;
        let id = a.id(cur);
        let mut context = Context::new();
        context.insert("anchor", &anchor(a.kind, id));
        context.insert("level", &level);
        context.insert("locale", r.locale());
        context.insert("embedded", &true);
        let (origin, label) = match ActivityRef::find(cur, a.kind, id) {
            Some(ActivityRef::Quiz(q)) => {
                let graded = q.questions.iter().any(|q| q.kind.is_graded());
                context.insert("quiz", &activity::quiz_view_with(r, q, &|t, p| self.inline(t, &q.path, p), problems));
                (&q.origin, if graded { "activity-quiz" } else { "activity-reflections" })
            }
            Some(ActivityRef::Worksheet(w)) => {
                context.insert("sheet", &activity::worksheet_view(r, w, &self.url, problems));
                (&w.origin, "activity-worksheet")
            }
            Some(ActivityRef::Assessment(s)) => {
                context.insert("assessment", &activity::assessment_view(r, s, &self.url, problems));
                (&s.origin, "activity-assessment")
            }
            Some(ActivityRef::Framework(f)) => {
                context.insert("framework", &activity::framework_view(r, f, &self.url, problems));
                (&f.origin, "activity-framework")
            }
            None => return String::new(),
        };
        context.insert("kind_label", &r.strings.get(label));
        context.insert("lang", &r.lang_of(origin));
        context.insert("dir", &r.lang_of(origin).map(|l| crate::i18n::direction(&l)));
        match r.tera.render("partials/print-activity.html", &context) {
            Ok(html) => html,
            Err(e) => {
                problems.push(crate::output::site::template_error(r.theme, &e));
                String::new()
            }
        }
    }
}

/// Moves every heading of rendered HTML `by` levels down (`h2` → `h3`), at most to `h6`: one
/// pass over the chapter (it runs on every chapter of every book).
fn shift_headings(html: &str, by: usize) -> String {
    if by == 0 {
        return html.to_string();
    }
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut done = 0;
    for at in memchr::memchr_iter(b'<', bytes) {
        // `<hN` or `</hN`; text and attribute values have `<` escaped.
        let level_at = match (bytes.get(at + 1), bytes.get(at + 2)) {
            (Some(b'h'), _) => at + 2,
            (Some(b'/'), Some(b'h')) => at + 3,
            _ => continue,
        };
        let Some(&level) = bytes.get(level_at).filter(|l| (b'1'..=b'5').contains(l)) else { continue };
        let to = (usize::from(level - b'0') + by).min(6);
        out.push_str(&html[done..level_at]);
        out.push(char::from(b'0' + to as u8));
        done = level_at + 1;
    }
    out.push_str(&html[done..]);
    out
}

/// Chapters printed at a time: each batch is rendered in parallel, then written in order.
const BATCH: usize = 64;

/// The chapter pages a print job renders from the parses it prints their chapters from (a full
/// build: each chapter is parsed once for both), with what they found.
#[derive(Default)]
pub(crate) struct ChapterPages {
    /// What the sink gave back for each page (`serve` keeps them).
    pub files: Vec<OutputFile>,
    pub problems: Vec<Diagnostic>,
    pub references: Vec<Reference>,
}

/// Renders the print book of course `ci`; with `pages`, each chapter's own page too.
pub(crate) fn render_print(
    r: &Renderer<'_>,
    ci: usize,
    mut pages: Option<&mut ChapterPages>,
    problems: &mut Vec<Diagnostic>,
) -> Option<OutputFile> {
    let locale = r.locale();
    let cur = r.index.cur;
    let course = &cur.courses[ci];
    let meta = &course.doc.meta;
    let url = print_url(locale, &meta.id);
    let plan = Plan::new(cur, r.docs, ci);
    let in_book = InBook::new(cur, &plan, locale);
    let terms: HashSet<&str> = plan.terms.iter().map(|&t| cur.terms[t].meta.id.as_str()).collect();
    let book = Book { r, plan, in_book, terms, url: url.clone() };
    // Problems of the book's texts are those of their own pages, reported there; only template
    // errors are new here.
    let mut text_problems = Vec::new();
    let tp = &mut text_problems;
    let course_anchor = anchor(Kind::Course, &meta.id);
    let body = {
        let parsed = markdown::parse_with(
            &course.doc.body,
            course.doc.body_line,
            markdown::ParseOptions::anchors_of(&course.doc.origin),
        );
        book.document(parsed, &course.doc.path, &book.resolver(course_anchor.clone(), None), 1, tp)
    };
    let lang_dir = |origin: &crate::content::Origin| {
        let lang = r.lang_of(origin);
        let dir = lang.as_deref().map(crate::i18n::direction);
        (lang, dir)
    };
    let setup = course.setup.as_ref().map(|setup| {
        let part = anchor(Kind::Setup, &meta.id);
        let parsed =
            markdown::parse_with(&setup.body, setup.body_line, markdown::ParseOptions::anchors_of(&setup.origin));
        let body = book.document(parsed, &setup.path, &book.resolver(part.clone(), None), 1, tp);
        let (lang, dir) = lang_dir(&setup.origin);
        SetupPart {
            anchor: part,
            title: &setup.meta.title,
            lang,
            dir,
            summary: setup.meta.summary.as_ref().map(|s| book.inline(s, &setup.path, tp)),
            body,
        }
    });
    let cases: Vec<CasePart> = book
        .plan
        .cases
        .iter()
        .map(|&i| {
            let case = &cur.cases[i];
            let part = anchor(Kind::Case, &case.meta.id);
            let parsed = r.docs.parse_case(i);
            let body = book.document(parsed, &case.path, &book.resolver(part.clone(), None), 2, tp);
            let (lang, dir) = lang_dir(&case.origin);
            let places = if case.meta.countries.is_empty() {
                r.strings.get(case.meta.region.key())
            } else {
                case.meta.countries.join(", ")
            };
            CasePart {
                anchor: part,
                number: &case.meta.number,
                title: &case.meta.title,
                lang,
                dir,
                places,
                year: case.meta.year,
                body,
                source: &case.meta.source,
            }
        })
        .collect();
    let terms: Vec<TermPart> = book
        .plan
        .terms
        .iter()
        .map(|&i| {
            let t = &cur.terms[i];
            let part = anchor(Kind::Term, &t.meta.id);
            let parsed = markdown::parse_with(&t.body, t.body_line, markdown::ParseOptions::anchors_of(&t.origin));
            let html = book.document(parsed, &t.path, &book.resolver(part.clone(), None), 3, tp);
            let see_also = t
                .meta
                .see_also
                .iter()
                .filter_map(|id| cur.terms.iter().find(|x| &x.meta.id == id))
                .map(|x| book.part_link(Kind::Term, &x.meta.id, &x.meta.term, None, &x.origin))
                .collect();
            TermPart { anchor: part, term: &t.meta.term, lang: r.lang_of(&t.origin), html, see_also }
        })
        .collect();
    let mut quiz_problems = Vec::new();
    let answers = book
        .plan
        .quizzes()
        .map(|q| {
            let quiz = &cur.quizzes[q];
            // The answer key's links (explanations naming cases, terms) stay in the book.
            activity::quiz_view_with(r, quiz, &|t, p| book.inline(t, &quiz.path, p), &mut quiz_problems)
        })
        .filter(|q| q.has_answers())
        .collect();
    let inline_all = |list: &[String], tp: &mut Vec<Diagnostic>| -> Vec<String> {
        list.iter().map(|t| book.inline(t, &course.doc.path, tp)).collect()
    };
    let view = BookView {
        anchor: course_anchor,
        title: &meta.title,
        summary: meta.summary.as_ref().map(|s| book.inline(s, &course.doc.path, tp)),
        audience: inline_all(&meta.audience, tp),
        objectives: inline_all(&meta.objectives, tp),
        duration: r.duration(course.duration()),
        publisher: &meta.publisher,
        body,
        lang: lang_dir(&course.doc.origin).0,
        dir: lang_dir(&course.doc.origin).1,
        is_modules: course.agenda.is_some(),
        course_url: "index.html".into(),
        pdf_url: cur.site.pdf.then(|| format!("{}-{locale}.pdf", meta.id)),
        setup,
        chapter_count: book.plan.chapters.len(),
        cases,
        terms,
        answers,
    };
    let mut context = Context::new();
    context.insert("book", &view);
    context.insert("contents", &list_marker("contents"));
    context.insert("chapters", &list_marker("chapters"));
    let crumbs = vec![
        r.home_crumb(&url),
        Link { url: "index.html".into(), title: meta.title.clone(), number: None, current: false, lang: None },
    ];
    let title = format!("{} · {}", meta.title, r.strings.get("print-book"));
    // Each part of the book carries its own language; the page has no single translation notice.
    let page = r.page(&url, &title, crumbs, Some(ci), None);
    let numbering = page.numbering;
    context.insert("page", &page);
    let frame = r.render_bytes("print.html", &context, problems);
    drop(context);
    let Some(frame) = frame else {
        problems.extend(text_problems.into_iter().filter(is_template_error));
        return None;
    };
    // The contents and the chapters are rendered one at a time and written as they come.
    let mut part_context = Context::new();
    part_context.insert("book", &serde_json::json!({ "is_modules": view.is_modules }));
    part_context.insert("page", &serde_json::json!({ "numbering": numbering }));
    part_context.insert("locale", locale);
    let mut contents_context = part_context.clone();
    let mut chapter_problems = Vec::new();
    let mut contents_problems = Vec::new();
    let mut contents = book.plan.chapters.iter().map(|cp| {
        contents_context.insert("ch", &chapter_entry(&book, ci, cp));
        r.render_bytes("partials/print-contents-entry.html", &contents_context, &mut contents_problems)
            .unwrap_or_default()
    });
    // A batch of chapters at a time, in parallel, each parsed once for its part of the book and,
    // with `pages`, its own page.
    let with_pages = pages.is_some();
    let (book, part_context) = (&book, &part_context);
    let mut batches = book.plan.chapters.chunks(BATCH);
    let mut printed: std::collections::VecDeque<Vec<u8>> = Default::default();
    let mut chapters = std::iter::from_fn(|| {
        if printed.is_empty() {
            let batch = batches.next()?;
            let made: Vec<PrintedChapter> = batch
                .par_iter()
                .map(|cp| {
                    let mut made = PrintedChapter::default();
                    let parsed = r.docs.parse_chapter(ci, cp.index);
                    if with_pages {
                        made.page = chapter::render_chapter_from(
                            r,
                            ci,
                            cp.index,
                            &parsed,
                            &mut made.page_problems,
                            &mut made.references,
                        )
                        .and_then(|f| r.emit_file(f));
                        r.tick();
                    }
                    let entry = chapter_entry(book, ci, cp);
                    let part = chapter_part(book, ci, cp, &entry, parsed, &mut made.problems, &mut made.text_problems);
                    let mut context = part_context.clone();
                    context.insert("ch", &part);
                    made.html =
                        r.render_bytes("partials/print-chapter.html", &context, &mut made.problems).unwrap_or_default();
                    made
                })
                .collect();
            for made in made {
                chapter_problems.extend(made.problems);
                tp.extend(made.text_problems);
                if let Some(pages) = pages.as_deref_mut() {
                    pages.files.extend(made.page);
                    pages.problems.extend(made.page_problems);
                    pages.references.extend(made.references);
                }
                printed.push_back(made.html);
            }
        }
        printed.pop_front()
    });
    let lists: Vec<(&str, &mut dyn Iterator<Item = Vec<u8>>)> =
        vec![("contents", &mut contents), ("chapters", &mut chapters)];
    let file = r.emit_framed(&url, "print.html", frame, lists, problems);
    drop((contents, chapters));
    problems.extend(contents_problems.into_iter().filter(is_template_error));
    problems.extend(chapter_problems.into_iter().filter(is_template_error));
    problems.extend(text_problems.into_iter().filter(is_template_error));
    file
}

/// A chapter's entry in the book's contents.
fn chapter_entry<'a>(book: &Book<'_, 'a>, ci: usize, cp: &plan::ChapterPlan) -> ChapterEntry<'a> {
    let r = book.r;
    let course = &r.index.cur.courses[ci];
    let ch = &course.chapters[cp.index];
    let part = anchor(Kind::Chapter, &ch.meta.id);
    let sections = course::sections(r, ci, cp.index, "")
        .into_iter()
        .map(|mut s| {
            let fragment = s.url.trim_start_matches('#').to_string();
            s.url = format!("#{}", sub_anchor(&part, &fragment));
            s
        })
        .collect();
    let lang = r.lang_of(&ch.origin);
    let dir = lang.as_deref().map(crate::i18n::direction);
    ChapterEntry { anchor: part, number: &course.numbers[cp.index], title: &ch.meta.title, lang, dir, sections }
}

/// What a print job makes of one chapter: its part of the book, and its page.
#[derive(Default)]
struct PrintedChapter {
    html: Vec<u8>,
    problems: Vec<Diagnostic>,
    text_problems: Vec<Diagnostic>,
    page: Option<OutputFile>,
    page_problems: Vec<Diagnostic>,
    references: Vec<Reference>,
}

/// One chapter of the book with everything printed with it, from its parse.
fn chapter_part<'a>(
    book: &Book<'_, 'a>,
    ci: usize,
    cp: &plan::ChapterPlan,
    entry: &ChapterEntry<'a>,
    parsed: markdown::Parsed<'_>,
    problems: &mut Vec<Diagnostic>,
    tp: &mut Vec<Diagnostic>,
) -> ChapterPart<'a> {
    let r = book.r;
    let cur = r.index.cur;
    let i = cp.index;
    let ch = &cur.courses[ci].chapters[i];
    let resolver = book.resolver(entry.anchor.clone(), Some(i));
    let body = book.document(parsed, &ch.path, &resolver, 1, tp);
    let cases = ch
        .meta
        .cases
        .iter()
        .filter_map(|id| cur.cases.iter().find(|c| &c.meta.id == id))
        .map(|c| book.part_link(Kind::Case, &c.meta.id, &c.meta.title, c.meta.number.clone(), &c.origin))
        .collect();
    let activities = cp.after.iter().map(|&a| book.activity_html(a, 3, problems)).collect();
    ChapterPart {
        anchor: entry.anchor.clone(),
        number: entry.number,
        title: entry.title,
        lang: entry.lang.clone(),
        dir: entry.dir,
        summary: ch.meta.summary.as_ref().map(|s| book.inline(s, &ch.path, tp)),
        duration: r.duration(ch.meta.duration),
        objectives: ch.meta.objectives.iter().map(|o| book.inline(o, &ch.path, tp)).collect(),
        body,
        key_messages_number: entry
            .sections
            .last()
            .filter(|_| !ch.meta.key_messages.is_empty())
            .and_then(|l| l.number.clone()),
        key_messages: ch.meta.key_messages.iter().map(|k| book.inline(k, &ch.path, tp)).collect(),
        cases,
        activities,
        sources: &ch.meta.sources,
    }
}

/// Problems of the texts are reported by their own pages; a broken print template is new.
fn is_template_error(d: &Diagnostic) -> bool {
    d.message.starts_with("template error")
}

#[cfg(test)]
mod tests {
    #[test]
    fn headings_move_down_once_and_stop_at_h6() {
        let html = "<h1 id=\"a\">A</h1><h2>B</h2><hr><header>x</header><p>&lt;h2&gt;</p><h5>E</h5><h6>F</h6>";
        assert_eq!(
            super::shift_headings(html, 1),
            "<h2 id=\"a\">A</h2><h3>B</h3><hr><header>x</header><p>&lt;h2&gt;</p><h6>E</h6><h6>F</h6>"
        );
        assert_eq!(super::shift_headings(html, 0), html);
        assert_eq!(super::shift_headings("<h4>x</h4>", 3), "<h6>x</h6>");
    }
}
