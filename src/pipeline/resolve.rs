//! The site index: every addressable thing (course, chapter, case, term, activity) with its
//! output URL, title and anchors, built once per locale. It resolves id links for rendering and
//! holds the cross-reference checks (duplicate ids, unknown ids in front matter).

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use crate::content::Curriculum;
use crate::content::{Entry, Kind};
use crate::diagnostic::Diagnostic;
use crate::path;
use crate::text::labels::Item;
use crate::text::markdown::{self, Heading, ParseOptions, Parsed, Target};

/// Output paths, relative to the site root. One place decides the URL layout.
pub mod urls {
    use crate::content::Kind;

    pub fn home(locale: &str) -> String {
        format!("{locale}/index.html")
    }
    pub fn course(locale: &str, course: &str) -> String {
        format!("{locale}/{course}/index.html")
    }
    pub fn chapter(locale: &str, course: &str, chapter: &str) -> String {
        format!("{locale}/{course}/{chapter}.html")
    }
    pub fn cases(locale: &str) -> String {
        format!("{locale}/cases/index.html")
    }
    pub fn case(locale: &str, id: &str) -> String {
        format!("{locale}/cases/{id}.html")
    }
    pub fn glossary(locale: &str) -> String {
        format!("{locale}/glossary.html")
    }
    pub fn quiz(locale: &str, id: &str) -> String {
        format!("{locale}/quizzes/{id}.html")
    }
    pub fn worksheet(locale: &str, id: &str) -> String {
        format!("{locale}/worksheets/{id}.html")
    }
    /// A course's setup page (`courses/<course>/setup.md`).
    pub fn setup(locale: &str, course: &str) -> String {
        format!("{locale}/{course}/setup.html")
    }
    pub fn facilitator_guide(locale: &str, course: &str) -> String {
        format!("{locale}/{course}/facilitator-guide.html")
    }
    pub fn figures(locale: &str, course: &str) -> String {
        format!("{locale}/{course}/figures.html")
    }
    pub fn day(locale: &str, course: &str, day: usize) -> String {
        format!("{locale}/{course}/day-{day}.html")
    }
    pub fn event(locale: &str, id: &str) -> String {
        format!("{locale}/events/{id}.html")
    }
    /// An event's programme as an iCalendar file, beside its page.
    pub fn event_calendar(locale: &str, id: &str) -> String {
        format!("{locale}/events/{id}.ics")
    }
    /// An event's attendance sheets (facilitator edition), in a folder of their own so that no
    /// event id can name another's page.
    pub fn event_attendance(locale: &str, id: &str) -> String {
        format!("{locale}/events/attendance/{id}.html")
    }
    pub fn framework(locale: &str, id: &str) -> String {
        format!("{locale}/frameworks/{id}.html")
    }
    pub fn deck(locale: &str, id: &str) -> String {
        format!("{locale}/decks/{id}.html")
    }
    pub fn assessment(locale: &str, id: &str) -> String {
        format!("{locale}/assessments/{id}.html")
    }
    /// The search page: results with JavaScript, an A–Z index of pages and terms without.
    pub fn search(locale: &str) -> String {
        format!("{locale}/search.html")
    }
    /// A file of the search index (`docs`, `t3`, `x12`: see `output::search`).
    pub fn search_data(locale: &str, name: &str) -> String {
        format!("{locale}/search/{name}.js")
    }
    /// The page (or place) of an item whose URL depends on its id alone; a chapter's depends on
    /// its course too ([`chapter`]).
    pub fn item(locale: &str, kind: Kind, id: &str) -> Option<String> {
        Some(match kind {
            Kind::Course => course(locale, id),
            Kind::Case => case(locale, id),
            Kind::Term => format!("{}#{id}", glossary(locale)),
            Kind::Quiz => quiz(locale, id),
            Kind::Worksheet => worksheet(locale, id),
            Kind::Assessment => assessment(locale, id),
            Kind::Framework => framework(locale, id),
            Kind::Deck => deck(locale, id),
            Kind::Delivery => event(locale, id),
            Kind::Setup => setup(locale, id),
            Kind::Chapter => return None,
        })
    }
    /// `../` repeated once per folder level of `page`, to reach the site root.
    pub fn to_root(page: &str) -> String {
        "../".repeat(page.matches('/').count())
    }
}

/// Where a chapter sits: its course and position.
#[derive(Debug, Clone, Copy)]
pub struct ChapterPos {
    pub course: usize,
    pub chapter: usize,
}

/// What the index needs of a document: its headings and its labelled or numbered items.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocAnchors {
    pub headings: Vec<Heading>,
    pub items: Vec<Item>,
    /// The cases, terms and activities the document links, in reading order, and whether it
    /// embeds them ([`Parsed::id_links`]): what a print book needs to place them.
    pub uses: Vec<(Kind, String, bool)>,
}

impl DocAnchors {
    pub fn of(parsed: &Parsed<'_>) -> DocAnchors {
        DocAnchors { headings: parsed.headings.clone(), items: parsed.items.clone(), uses: uses_of(parsed) }
    }
}

/// A document's links to cases, terms and activities ([`DocAnchors::uses`]).
fn uses_of(parsed: &Parsed<'_>) -> Vec<(Kind, String, bool)> {
    let mut uses = parsed.id_links();
    uses.retain(|(kind, _, _)| matches!(kind, Kind::Case | Kind::Term) || kind.embeddable());
    uses
}

/// The anchors of documents by source path, from an earlier build of the same locale.
pub type KnownAnchors = HashMap<String, DocAnchors>;

/// The documents' parse trees, shared by the index (anchors) and rendering (HTML). A full
/// build parses every chapter and case up front, in parallel, and keeps only their anchors
/// (headings and labelled items, [`ParsedDocs::parse`]): a parse tree is several times the size
/// of its text, so a page's is made again when the page is rendered and dropped with it, and
/// memory does not grow with the size of the site. Glossary terms are few and all shown on one
/// page: they are kept. `serve`'s scoped rebuild parses only the documents it renders and takes
/// the other documents' headings and labels from the previous build ([`ParsedDocs::lazy`]),
/// which keeps an edit's cost independent of the size of the site.
pub struct ParsedDocs<'c> {
    cur: &'c Curriculum,
    /// Per course, per chapter.
    chapters: Vec<Vec<OnceLock<Parsed<'c>>>>,
    cases: Vec<OnceLock<Parsed<'c>>>,
    terms: Vec<OnceLock<Parsed<'c>>>,
    known: Option<&'c KnownAnchors>,
    /// A full build's anchors of every chapter (per course) and case; their parse trees are not
    /// kept.
    outlines: Option<Outlines>,
}

/// The anchors of every chapter (per course) and of every case.
pub type Outlines = (Vec<Vec<DocAnchors>>, Vec<DocAnchors>);

/// A parsed document: kept by [`ParsedDocs`], or parsed for one use and dropped after it.
pub enum Doc<'d, 'c> {
    Kept(&'d Parsed<'c>),
    Fresh(Box<Parsed<'c>>),
}

impl<'c> std::ops::Deref for Doc<'_, 'c> {
    type Target = Parsed<'c>;
    fn deref(&self) -> &Parsed<'c> {
        match self {
            Doc::Kept(parsed) => parsed,
            Doc::Fresh(parsed) => parsed,
        }
    }
}

impl<'c> ParsedDocs<'c> {
    /// Every document parsed now.
    pub fn parse(cur: &'c Curriculum) -> ParsedDocs<'c> {
        use rayon::prelude::*;
        let mut docs = ParsedDocs::lazy(cur, None);
        let chapters: Vec<Vec<DocAnchors>> = (cur.courses.iter().enumerate())
            .map(|(ci, c)| {
                (0..c.chapters.len()).into_par_iter().map(|i| DocAnchors::of(&docs.parse_chapter(ci, i))).collect()
            })
            .collect();
        let cases: Vec<DocAnchors> =
            (0..cur.cases.len()).into_par_iter().map(|i| DocAnchors::of(&docs.parse_case(i))).collect();
        (0..cur.terms.len()).into_par_iter().for_each(|i| {
            docs.term(i);
        });
        docs.outlines = Some((chapters, cases));
        docs
    }

    /// Makes lazy documents into a full build's, with the anchors of every chapter and case
    /// found by whoever parsed them all (the search index reads every document once, and keeps
    /// their anchors, so that a build with search does not parse them twice before rendering).
    pub fn complete(&mut self, outlines: Outlines) {
        debug_assert!(self.known.is_none(), "a scoped render keeps the last build's anchors");
        debug_assert!(self.chapters.iter().flatten().chain(&self.cases).all(|d| d.get().is_none()));
        self.outlines = Some(outlines);
    }

    /// Documents parsed on first use; `known` supplies the anchors of documents not parsed.
    pub fn lazy(cur: &'c Curriculum, known: Option<&'c KnownAnchors>) -> ParsedDocs<'c> {
        let slots = |n: usize| (0..n).map(|_| OnceLock::new()).collect::<Vec<_>>();
        ParsedDocs {
            cur,
            chapters: cur.courses.iter().map(|c| slots(c.chapters.len())).collect(),
            cases: slots(cur.cases.len()),
            terms: slots(cur.terms.len()),
            known,
            outlines: None,
        }
    }

    /// A chapter, parsed (in a full build, for this use only).
    pub fn chapter(&self, ci: usize, i: usize) -> Doc<'_, 'c> {
        if self.outlines.is_some() {
            return Doc::Fresh(Box::new(self.parse_chapter(ci, i)));
        }
        Doc::Kept(self.kept_chapter(ci, i))
    }

    fn kept_chapter(&self, ci: usize, i: usize) -> &Parsed<'c> {
        self.chapters[ci][i].get_or_init(|| self.parse_chapter(ci, i))
    }

    /// Every parse of a chapter goes through here, so that its numbers are the same each time;
    /// a fresh parse is for a use that changes it (the print book prefixes its anchors).
    pub fn parse_chapter(&self, ci: usize, i: usize) -> Parsed<'c> {
        use crate::content::site_config::Numbering;
        let cur: &'c Curriculum = self.cur;
        let (course, ch) = (&cur.courses[ci], &cur.courses[ci].chapters[i]);
        let number = course.numbers[i].as_str();
        let options = ParseOptions {
            section_prefix: (cur.site.numbering == Numbering::Sections).then_some(number),
            // With no chapter numbers shown, figures are numbered within their page.
            number_prefix: (cur.site.numbering != Numbering::None).then_some(number),
            ..ParseOptions::anchors_of(&ch.origin)
        };
        markdown::parse_with(&ch.body, ch.body_line, options)
    }

    /// A case, parsed (in a full build, for this use only).
    pub fn case(&self, i: usize) -> Doc<'_, 'c> {
        if self.outlines.is_some() {
            return Doc::Fresh(Box::new(self.parse_case(i)));
        }
        Doc::Kept(self.kept_case(i))
    }

    fn kept_case(&self, i: usize) -> &Parsed<'c> {
        self.cases[i].get_or_init(|| self.parse_case(i))
    }

    /// A case, freshly parsed.
    pub fn parse_case(&self, i: usize) -> Parsed<'c> {
        let c: &'c crate::content::Case = &self.cur.cases[i];
        markdown::parse_with(&c.body, c.body_line, ParseOptions::anchors_of(&c.origin))
    }

    pub fn term(&self, i: usize) -> &Parsed<'c> {
        let t: &'c crate::content::Term = &self.cur.terms[i];
        self.terms[i].get_or_init(|| markdown::parse_with(&t.body, t.body_line, ParseOptions::anchors_of(&t.origin)))
    }

    /// A chapter's anchors and links when they are known without parsing it: a full build's, or
    /// for a chapter not parsed yet, an earlier build's.
    fn chapter_outline(&self, ci: usize, i: usize) -> Option<&DocAnchors> {
        if let Some((chapters, _)) = &self.outlines {
            return Some(&chapters[ci][i]);
        }
        match self.chapters[ci][i].get() {
            None => self.known_anchors(&self.cur.courses[ci].chapters[i].path),
            Some(_) => None,
        }
    }

    /// A case's anchors and links when they are known without parsing it (see
    /// [`ParsedDocs::chapter_outline`]).
    fn case_outline(&self, i: usize) -> Option<&DocAnchors> {
        if let Some((_, cases)) = &self.outlines {
            return Some(&cases[i]);
        }
        match self.cases[i].get() {
            None => self.known_anchors(&self.cur.cases[i].path),
            Some(_) => None,
        }
    }

    /// A chapter's headings, without parsing it when this or an earlier build knows them.
    pub fn chapter_headings(&self, ci: usize, i: usize) -> &[Heading] {
        match self.chapter_outline(ci, i) {
            Some(known) => &known.headings,
            None => &self.kept_chapter(ci, i).headings,
        }
    }

    /// A chapter's figures, equations and other items, without parsing it when this or an
    /// earlier build knows them.
    pub fn chapter_items(&self, ci: usize, i: usize) -> &[Item] {
        match self.chapter_outline(ci, i) {
            Some(known) => &known.items,
            None => &self.kept_chapter(ci, i).items,
        }
    }

    /// A case's headings and items, without parsing it when this or an earlier build knows them.
    pub fn case_anchors(&self, i: usize) -> (&[Heading], &[Item]) {
        match self.case_outline(i) {
            Some(known) => (&known.headings, &known.items),
            None => {
                let parsed = self.kept_case(i);
                (&parsed.headings, &parsed.items)
            }
        }
    }

    /// The cases, terms and activities a chapter links, in order, and whether it embeds them
    /// (see [`DocAnchors::uses`]); other links are left out. Not parsed when known: a print
    /// book asks it of every chapter of its course.
    pub fn chapter_uses(&self, ci: usize, i: usize) -> Vec<(Kind, String, bool)> {
        match self.chapter_outline(ci, i) {
            Some(known) => known.uses.clone(),
            None => uses_of(&self.chapter(ci, i)),
        }
    }

    /// The cases, terms and activities a case links (see [`ParsedDocs::chapter_uses`]).
    pub fn case_uses(&self, i: usize) -> Vec<(Kind, String, bool)> {
        match self.case_outline(i) {
            Some(known) => known.uses.clone(),
            None => uses_of(&self.case(i)),
        }
    }

    /// Whether a chapter's headings differ from the earlier build's (its course page lists them).
    pub fn chapter_headings_changed(&self, ci: usize, i: usize) -> bool {
        let known = self.known_anchors(&self.cur.courses[ci].chapters[i].path);
        known.map(|k| k.headings.as_slice()) != Some(self.chapter(ci, i).headings.as_slice())
    }

    /// Whether a chapter's figures, equations and other labelled items differ from the earlier
    /// build's (the list of figures shows them).
    pub fn chapter_items_changed(&self, ci: usize, i: usize) -> bool {
        let known = self.known_anchors(&self.cur.courses[ci].chapters[i].path);
        known.map(|k| k.items.as_slice()) != Some(self.chapter(ci, i).items.as_slice())
    }

    fn known_anchors(&self, path: &str) -> Option<&'c DocAnchors> {
        self.known.and_then(|k| k.get(path))
    }

    /// The anchors of every document parsed so far, for the next scoped build.
    pub fn anchors(&self) -> KnownAnchors {
        let mut out = KnownAnchors::new();
        if let Some((chapters, cases)) = &self.outlines {
            let courses = self.cur.courses.iter().zip(chapters);
            for (ch, anchors) in courses.flat_map(|(course, anchors)| course.chapters.iter().zip(anchors)) {
                out.insert(ch.path.clone(), anchors.clone());
            }
            for (c, anchors) in self.cur.cases.iter().zip(cases) {
                out.insert(c.path.clone(), anchors.clone());
            }
            return out;
        }
        for (ci, course) in self.cur.courses.iter().enumerate() {
            for (i, ch) in course.chapters.iter().enumerate() {
                if let Some(p) = self.chapters[ci][i].get() {
                    out.insert(ch.path.clone(), DocAnchors::of(p));
                }
            }
        }
        for (i, c) in self.cur.cases.iter().enumerate() {
            if let Some(p) = self.cases[i].get() {
                out.insert(c.path.clone(), DocAnchors::of(p));
            }
        }
        out
    }
}

pub struct SiteIndex<'c> {
    pub cur: &'c Curriculum,
    pub locale: String,
    targets: HashMap<(Kind, &'c str), TargetInfo>,
    /// The page at an output URL.
    by_url: HashMap<String, (Kind, &'c str)>,
    pub chapter_pos: HashMap<&'c str, ChapterPos>,
    /// Root-relative paths of files under `static/`.
    static_files: &'c BTreeSet<String>,
    /// Root-relative source path of a content file → its output URL.
    content_urls: HashMap<&'c str, String>,
    /// Source path of every entry → its YAML positions, to place problems found in its texts.
    /// Each content file's YAML positions, with the text they were parsed from.
    trees: HashMap<&'c str, (&'c crate::source::yaml::Tree, &'c str)>,
}

struct TargetInfo {
    url: String,
    title: String,
    /// The title's language (its item's `Origin::lang`).
    lang: String,
    anchors: Option<Vec<String>>,
    sections: Vec<(String, String)>,
    /// Labelled figures, equations, exercises ... (those with an anchor).
    items: Vec<Item>,
}

impl TargetInfo {
    /// A page made from a document: its headings and labels are its anchors.
    fn document(
        url: String,
        (title, lang): (&str, &str),
        headings: &[Heading],
        items: &[Item],
        extra: &[&str],
    ) -> TargetInfo {
        let items: Vec<Item> = items.iter().filter(|item| item.id.is_some()).cloned().collect();
        let mut anchors: Vec<String> = headings.iter().map(|h| h.id.clone()).collect();
        anchors.extend(items.iter().filter_map(|item| item.id.clone()));
        anchors.extend(extra.iter().map(|s| s.to_string()));
        TargetInfo {
            url,
            title: title.to_string(),
            lang: lang.to_string(),
            anchors: Some(anchors),
            sections: headings.iter().map(|h| (h.id.clone(), h.text.clone())).collect(),
            items,
        }
    }
}

impl<'c> SiteIndex<'c> {
    pub fn build(
        cur: &'c Curriculum,
        docs: &ParsedDocs<'_>,
        locale: &str,
        static_files: &'c BTreeSet<String>,
    ) -> SiteIndex<'c> {
        let mut targets: HashMap<(Kind, &'c str), TargetInfo> = HashMap::new();
        let mut chapter_pos = HashMap::new();
        let mut content_urls = HashMap::new();
        for (ci, course) in cur.courses.iter().enumerate() {
            for (i, ch) in course.chapters.iter().enumerate() {
                let url = urls::chapter(locale, &course.doc.meta.id, &ch.meta.id);
                content_urls.insert(ch.path.as_str(), url.clone());
                if let std::collections::hash_map::Entry::Vacant(slot) = targets.entry((Kind::Chapter, ch.id())) {
                    chapter_pos.insert(ch.meta.id.as_str(), ChapterPos { course: ci, chapter: i });
                    slot.insert(TargetInfo::document(
                        url,
                        (&ch.meta.title, &ch.origin.lang),
                        docs.chapter_headings(ci, i),
                        docs.chapter_items(ci, i),
                        &["key-messages", "objectives", "cases", "activities"],
                    ));
                }
            }
        }
        let case_index: HashMap<&str, usize> =
            cur.cases.iter().enumerate().map(|(i, c)| (c.path.as_str(), i)).collect();
        for entry in cur.entries() {
            let kind = entry.kind();
            if !kind.linkable() {
                continue;
            }
            let Some(url) = urls::item(locale, kind, entry.id()) else { continue };
            // Pages made from a Markdown file can be linked by their path too.
            if matches!(kind, Kind::Course | Kind::Case | Kind::Term | Kind::Deck | Kind::Setup) {
                content_urls.insert(entry.path(), url.clone());
            }
            let setup = (kind == Kind::Setup)
                .then(|| cur.courses.iter().filter_map(|c| c.setup.as_ref()).find(|s| s.path == entry.path()))
                .flatten();
            let info = match (kind, case_index.get(entry.path()), setup) {
                (Kind::Case, Some(&i), _) => {
                    let (headings, items) = docs.case_anchors(i);
                    TargetInfo::document(url, (entry.title(), &entry.origin().lang), headings, items, &[])
                }
                // A setup page is short and has no parsed copy: its anchors are read here.
                (Kind::Setup, _, Some(s)) => {
                    let parsed = markdown::parse_with(&s.body, s.body_line, ParseOptions::anchors_of(&s.origin));
                    TargetInfo::document(url, (entry.title(), &s.origin.lang), &parsed.headings, &parsed.items, &[])
                }
                _ => TargetInfo {
                    url,
                    title: entry.title().to_string(),
                    lang: entry.origin().lang.clone(),
                    // A term is a place on the glossary page: it has no anchors of its own.
                    anchors: (kind == Kind::Term).then(Vec::new),
                    sections: Vec::new(),
                    items: Vec::new(),
                },
            };
            targets.entry((kind, entry.id())).or_insert(info);
        }
        // Pages with anchors (chapters, cases) have URLs of their own.
        let by_url =
            targets.iter().filter(|(_, t)| t.anchors.is_some()).map(|(key, t)| (t.url.clone(), *key)).collect();
        let trees = cur.entries().into_iter().map(|e| (e.path(), (e.tree(), e.yaml()))).collect();
        SiteIndex { cur, locale: locale.to_string(), targets, by_url, chapter_pos, static_files, content_urls, trees }
    }

    pub fn target<'s>(&'s self, kind: Kind, id: &'s str) -> Option<Target<'s>> {
        self.targets.get(&(kind, id)).map(|t| Target {
            url: &t.url,
            title: &t.title,
            lang: &t.lang,
            anchors: t.anchors.as_deref(),
            sections: &t.sections,
            items: &t.items,
        })
    }

    /// The anchors of the page at `url`, when it is a chapter or a case.
    /// The item whose source file is at `relative` from `from` (both as in [`Self::file`]).
    pub fn item_in_file(&self, from: &str, relative: &str) -> Option<(Kind, &'c str)> {
        let path = join_relative(from, relative)?;
        self.cur.entries().into_iter().find(|e| e.path() == path).map(|e| (e.kind(), e.id()))
    }

    /// The item whose page is at `url` (root-relative).
    pub fn item_at(&self, url: &str) -> Option<(Kind, &'c str)> {
        self.by_url.get(url).copied()
    }

    pub fn anchors_at(&self, url: &str) -> Option<Vec<String>> {
        self.by_url.get(url).and_then(|key| self.targets[key].anchors.clone())
    }

    /// The existing id of `kind` closest to `id`.
    pub fn suggest(&self, kind: Kind, id: &str) -> Option<String> {
        let candidates = self.targets.keys().filter(|(k, _)| *k == kind).map(|(_, id)| *id);
        crate::diagnostic::suggest(id, candidates).map(str::to_string)
    }

    /// The YAML positions of the content file at `path`.
    pub fn tree(&self, path: &str) -> Option<(&'c crate::source::yaml::Tree, &'c str)> {
        self.trees.get(path).copied()
    }

    /// A file referenced from `from` by a relative path: a static file, or a content file.
    pub fn file(&self, from: &str, relative: &str) -> Option<String> {
        let path = join_relative(from, relative)?;
        if self.static_files.contains(&path) {
            return Some(path);
        }
        self.content_urls.get(path.as_str()).cloned()
    }
}

/// Joins a relative reference to the folder of `from` (both root-relative, `/`-separated);
/// `None` if it climbs out of the site root.
pub fn join_relative(from: &str, relative: &str) -> Option<String> {
    let decoded = percent_decode(relative);
    let mut parts: Vec<&str> = if let Some(absolute) = decoded.strip_prefix('/') {
        return normalize_parts(absolute.split('/').collect());
    } else {
        from.split('/').collect()
    };
    parts.pop();
    parts.extend(decoded.split('/'));
    normalize_parts(parts)
}

fn normalize_parts(parts: Vec<&str>) -> Option<String> {
    let mut out: Vec<&str> = Vec::new();
    for p in parts {
        match p {
            "" | "." => {}
            ".." => {
                out.pop()?;
            }
            p => out.push(p),
        }
    }
    Some(out.join("/"))
}

pub(crate) fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Cross-reference checks on front matter: duplicate ids, ids that point nowhere, SDG numbers.
pub fn check_references(cur: &Curriculum) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut first_seen: HashMap<(Kind, &str), &str> = HashMap::new();
    for entry in cur.entries() {
        let (kind, id, path) = (entry.kind(), entry.id(), entry.path());
        let at = entry.tree().pos(path!["id"]);
        if let Some(first) = first_seen.get(&(kind, id)) {
            let hint = match cur.meant_id(entry) {
                Some(meant) => format!("did you mean `id: {meant}`, as the file is named?"),
                None => format!("give one of the two {kind}s another id"),
            };
            problems.push(
                Diagnostic::error(
                    path,
                    at.line,
                    at.column,
                    format!("duplicate {kind} id `{id}`, also used by {first}"),
                )
                .with_hint(hint),
            );
        } else {
            first_seen.insert((kind, id), path);
        }
        if !is_valid_id(id) {
            problems.push(
                Diagnostic::error(path, at.line, at.column, format!("`{id}` is not a valid id"))
                    .with_hint("use lowercase letters, digits and hyphens, e.g. `digital-divide`"),
            );
        }
    }
    for ch in cur.courses.iter().flat_map(|c| &c.chapters) {
        if ch.meta.written_for_this_edition && ch.meta.sources.is_empty() {
            // The page's banner says it draws on the public sources cited below.
            let at = ch.tree.key_pos(path!["written_for_this_edition"]);
            problems.push(
                Diagnostic::error(
                    &ch.path,
                    at.line,
                    at.column,
                    "a page written for this edition must cite the public sources it draws on",
                )
                .with_hint("list them under `sources:` (title, publisher, year, url)"),
            );
        }
    }
    let mut unknown = |entry: &dyn Entry, key: &str, kind: Kind, id: &str| {
        if !first_seen.contains_key(&(kind, id)) && !cur.explains_missing(kind, id) {
            let at = entry.tree().find(path![key], id);
            let same_kind = first_seen.keys().filter(|(k, _)| *k == kind).map(|(_, i)| *i);
            let hint = match crate::diagnostic::suggest(id, same_kind) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("check the spelling, or create the {kind}"),
            };
            problems.push(
                Diagnostic::error(entry.path(), at.line, at.column, format!("unknown {kind} id `{id}` in `{key}`"))
                    .with_hint(hint),
            );
        }
    };
    for course in &cur.courses {
        for ch in &course.chapters {
            for case in &ch.meta.cases {
                unknown(ch, "cases", Kind::Case, case);
            }
            if let Some(q) = &ch.meta.quiz {
                unknown(ch, "quiz", Kind::Quiz, q);
            }
            if let Some(q) = &ch.meta.reflections {
                unknown(ch, "reflections", Kind::Quiz, q);
            }
            for w in &ch.meta.worksheets {
                unknown(ch, "worksheets", Kind::Worksheet, w);
            }
            for a in &ch.meta.assessments {
                unknown(ch, "assessments", Kind::Assessment, a);
            }
        }
    }
    for d in &cur.decks {
        if let Some(ch) = &d.meta.chapter {
            unknown(d, "chapter", Kind::Chapter, ch);
        }
    }
    for t in &cur.terms {
        for other in &t.meta.see_also {
            unknown(t, "see_also", Kind::Term, other);
        }
    }
    // Citation links reach pages as they are written: only web addresses.
    let mut citation = |entry: &dyn Entry, at: &[crate::source::yaml::Seg<'_>], url: &Option<String>| {
        if let Some(url) = url {
            let scheme = crate::text::sanitize::scheme(url);
            if !matches!(scheme.as_deref(), Some("http" | "https")) {
                let pos = entry.tree().pos(at);
                problems.push(
                    Diagnostic::error(
                        entry.path(),
                        pos.line,
                        pos.column,
                        format!("a source's `url` must be a web address, not `{url}`"),
                    )
                    .with_hint("write the full address, starting with https:// (or http://)"),
                );
            }
        }
    };
    for c in &cur.cases {
        citation(c, path!["source", "url"], &c.meta.source.url);
    }
    for d in &cur.deliveries {
        citation(d, path!["source", "url"], &d.source.as_ref().and_then(|s| s.url.clone()));
    }
    for f in &cur.frameworks {
        citation(f, path!["source", "url"], &f.source.as_ref().and_then(|s| s.url.clone()));
    }
    for course in &cur.courses {
        for ch in &course.chapters {
            for (i, s) in ch.meta.sources.iter().enumerate() {
                citation(ch, path!["sources", i, "url"], &s.url);
            }
        }
    }
    for c in &cur.cases {
        for (i, sdg) in c.meta.sdgs.iter().enumerate() {
            if !(1..=17).contains(sdg) {
                let at = c.tree.pos(path!["sdgs", i]);
                problems.push(
                    Diagnostic::error(&c.path, at.line, at.column, format!("there is no SDG {sdg}"))
                        .with_hint("SDGs are numbered 1 to 17; give goal numbers, not targets"),
                );
            }
        }
    }
    problems
}

pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_relative_paths() {
        assert_eq!(join_relative("curriculum/cases/a.md", "../../static/x.svg").as_deref(), Some("static/x.svg"));
        assert_eq!(join_relative("curriculum/cases/a.md", "b.md").as_deref(), Some("curriculum/cases/b.md"));
        assert_eq!(join_relative("a.md", "../../etc/passwd"), None);
        assert_eq!(join_relative("curriculum/a.md", "/static/my%20file.png").as_deref(), Some("static/my file.png"));
    }

    #[test]
    fn computes_the_way_back_to_the_root() {
        assert_eq!(urls::to_root("index.html"), "");
        assert_eq!(urls::to_root("en/cases/a.html"), "../../");
    }
}
