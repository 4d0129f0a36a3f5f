//! SCORM 1.2 packages: one course in one locale, as the site builds it, with an
//! `imsmanifest.xml` whose organisation lists the course's chapters.
//!
//! **One SCO per chapter.** Each chapter page is a SCO: the LMS launches it with `?sco=<chapter>`
//! (and `&quiz=<quiz>` when the chapter has a quiz, which the package embeds at the end of the
//! chapter page), tracks it on its own (completed when read, passed/failed from its quiz against
//! `adlcp:masteryscore`, the quiz's pass mark) and the LMS's table of contents moves between
//! chapters. Every other page of the package (cases, glossary, activities, assets) is one shared
//! asset resource that every SCO depends on.
//!
//! **What the package holds.** The course's pages and everything they link, transitively, within
//! the locale: cases, glossary, activities, decks, the static files and theme assets they use.
//! Pages of other courses and other locales are left out, and links to them become plain text,
//! so nothing in the package points at a missing file.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use include_dir::{include_dir, Dir};

use crate::content::{Course, Curriculum};
use crate::output::site::OutputFile;
use crate::pipeline::resolve::urls;

use super::links;
use super::moodle_xml::escape;

/// The SCORM 1.2 schemas (IMS CP 1.1.2, ADL CP 1.2, IMS metadata 1.2.1), carried at the root of
/// every package as the specification asks (its "controlling documents").
static SCHEMAS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/src/output/export/scorm12");

/// A SCORM package before zipping: built files, and static files to copy from the site.
pub struct Package {
    /// Root-relative path → bytes (pages, assets, the manifest, the schemas).
    pub files: BTreeMap<String, Vec<u8>>,
    /// Root-relative paths of files under `static/` that pages of the package use.
    pub statics: BTreeSet<String>,
}

/// The text appended to a chapter so that its page embeds its quiz (a link alone in its
/// paragraph embeds an activity), unless the chapter already embeds it.
pub fn quiz_embed(body: &str, quiz: &str) -> Option<String> {
    let link = format!("(quiz:{quiz})");
    let embedded = body.lines().any(|l| {
        let l = l.trim();
        l.starts_with('[') && l.ends_with(&link)
    });
    (!embedded).then(|| format!("\n\n[](quiz:{quiz})\n"))
}

/// Makes the chapters of `course_id` embed their quiz, in every locale given.
pub fn embed_quizzes(cur: &mut Curriculum, course_id: &str) {
    for course in cur.courses.iter_mut().filter(|c| c.doc.meta.id == course_id) {
        for ch in &mut course.chapters {
            if let Some(quiz) = ch.meta.quiz.clone() {
                if let Some(extra) = quiz_embed(&ch.body, &quiz) {
                    ch.body.push_str(&extra);
                }
            }
        }
    }
}

/// Builds the package of `course` in `locale` from the site's rendered files.
pub fn package(
    cur: &Curriculum,
    course: &Course,
    locale: &str,
    rendered: Vec<OutputFile>,
    static_files: &BTreeSet<String>,
) -> Package {
    let course_id = &course.doc.meta.id;
    let pages: BTreeMap<String, Vec<u8>> = rendered.into_iter().map(|f| (f.path, f.bytes)).collect();
    let other_courses: Vec<String> = cur
        .courses
        .iter()
        .filter(|c| &c.doc.meta.id != course_id)
        .map(|c| format!("{locale}/{}/", c.doc.meta.id))
        .collect();
    let locale_prefix = format!("{locale}/");
    let allowed = |path: &str| {
        (path.starts_with(&locale_prefix) && !other_courses.iter().any(|p| path.starts_with(p.as_str())))
            || path.starts_with("assets/")
            || path.starts_with(crate::pipeline::STATIC_DIR)
    };
    let exists = |path: &str| pages.contains_key(path) || static_files.contains(path);
    let sco_pages: Vec<String> =
        course.chapters.iter().map(|ch| urls::chapter(locale, course_id, &ch.meta.id)).collect();
    let mut start: Vec<String> = vec![urls::course(locale, course_id)];
    start.extend(sco_pages.iter().cloned());
    if let Some(agenda) = &course.agenda {
        start.extend((1..=agenda.days.len()).map(|d| urls::day(locale, course_id, d)));
    }

    // Everything reachable from the course's pages, within what a package may hold.
    let mut included: BTreeSet<String> = BTreeSet::new();
    let mut queue: VecDeque<String> = start.into_iter().filter(|p| pages.contains_key(p)).collect();
    included.extend(queue.iter().cloned());
    while let Some(path) = queue.pop_front() {
        if !(path.ends_with(".html") || path.ends_with(".css")) {
            continue;
        }
        let Some(bytes) = pages.get(&path) else { continue };
        let text = String::from_utf8_lossy(bytes);
        let found = if path.ends_with(".css") { css_references(&path, &text) } else { links::references(&path, &text) };
        for target in found {
            if allowed(&target) && exists(&target) && included.insert(target.clone()) {
                queue.push_back(target);
            }
        }
    }

    let mut files = BTreeMap::new();
    let mut statics = BTreeSet::new();
    let inside = |p: &str| included.contains(p);
    for path in &included {
        if static_files.contains(path) && !pages.contains_key(path) {
            statics.insert(path.clone());
            continue;
        }
        let bytes = &pages[path];
        let bytes = if path.ends_with(".html") {
            let mut html = links::cut_outside_links(path, &String::from_utf8_lossy(bytes), &inside);
            if sco_pages.contains(path) {
                ensure_activity_script(path, &mut html);
            }
            html.into_bytes()
        } else {
            bytes.clone()
        };
        files.insert(path.clone(), bytes);
    }
    let shared: Vec<&String> = included.iter().filter(|p| !sco_pages.contains(p)).collect();
    files.insert("imsmanifest.xml".into(), manifest(cur, course, locale, &shared).into_bytes());
    for file in SCHEMAS.files() {
        files.insert(file.path().to_string_lossy().into_owned(), file.contents().to_vec());
    }
    Package { files, statics }
}

/// The files a stylesheet refers to with `url(...)`.
fn css_references(path: &str, css: &str) -> Vec<String> {
    css.split("url(")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .filter_map(|u| links::resolve(path, u.trim().trim_matches(['"', '\''])))
        .collect()
}

/// A chapter page without an activity does not load the activity script, which holds the
/// SCORM bridge: add it.
fn ensure_activity_script(path: &str, html: &mut String) {
    let src = format!("{}assets/activity.js", urls::to_root(path));
    if html.contains(&format!("src=\"{src}\"")) {
        return;
    }
    if let Some(at) = html.rfind("</body>") {
        html.insert_str(at, &format!("<script src=\"{src}\" defer></script>\n"));
    }
}

/// The title of a chapter in the LMS's table of contents: "3. Title" (or "2.3 Title").
fn item_title(number: &str, title: &str) -> String {
    if number.contains('.') {
        format!("{number} {title}")
    } else {
        format!("{number}. {title}")
    }
}

/// `imsmanifest.xml`: metadata, the organisation (one item per chapter) and the resources.
fn manifest(cur: &Curriculum, course: &Course, locale: &str, shared: &[&String]) -> String {
    let meta = &course.doc.meta;
    let lang = escape(locale);
    let title = escape(&meta.title);
    let mut m = String::new();
    m.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    m.push_str(&format!(
        "<manifest identifier=\"coursebook-{}-{}\" version=\"1.0\"\n  xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n  xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n  xmlns:imsmd=\"http://www.imsglobal.org/xsd/imsmd_rootv1p2p1\"\n  xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n  xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n",
        identifier(&meta.id),
        identifier(locale)
    ));
    m.push_str("  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n");
    m.push_str(&format!(
        "    <imsmd:lom>\n      <imsmd:general>\n        <imsmd:title><imsmd:langstring xml:lang=\"{lang}\">{title}</imsmd:langstring></imsmd:title>\n        <imsmd:language>{lang}</imsmd:language>\n"
    ));
    if let Some(summary) = &meta.summary {
        m.push_str(&format!(
            "        <imsmd:description><imsmd:langstring xml:lang=\"{lang}\">{}</imsmd:langstring></imsmd:description>\n",
            escape(summary)
        ));
    }
    m.push_str("      </imsmd:general>\n    </imsmd:lom>\n  </metadata>\n");
    m.push_str(&format!(
        "  <organizations default=\"org\">\n    <organization identifier=\"org\" structure=\"hierarchical\">\n      <title>{title}</title>\n"
    ));
    for (i, ch) in course.chapters.iter().enumerate() {
        let id = identifier(&ch.meta.id);
        let quiz = ch.meta.quiz.as_ref().and_then(|q| cur.quizzes.iter().find(|x| &x.id == q));
        let mut parameters = format!("?sco={}", ch.meta.id);
        if let Some(q) = quiz {
            parameters.push_str(&format!("&quiz={}", q.id));
        }
        m.push_str(&format!(
            "      <item identifier=\"item-{i}-{id}\" identifierref=\"sco-{i}-{id}\" isvisible=\"true\" parameters=\"{}\">\n        <title>{}</title>\n",
            escape(&parameters),
            escape(&item_title(&course.numbers[i], &ch.meta.title))
        ));
        if let Some(q) = quiz {
            m.push_str(&format!("        <adlcp:masteryscore>{}</adlcp:masteryscore>\n", q.pass_mark));
        }
        m.push_str("      </item>\n");
    }
    m.push_str("    </organization>\n  </organizations>\n  <resources>\n");
    for (i, ch) in course.chapters.iter().enumerate() {
        let id = identifier(&ch.meta.id);
        let href = escape(&urls::chapter(locale, &meta.id, &ch.meta.id));
        m.push_str(&format!(
            "    <resource identifier=\"sco-{i}-{id}\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"{href}\">\n      <file href=\"{href}\"/>\n      <dependency identifierref=\"shared\"/>\n    </resource>\n"
        ));
    }
    m.push_str(&format!(
        "    <resource identifier=\"shared\" type=\"webcontent\" adlcp:scormtype=\"asset\" href=\"{}\">\n",
        escape(&urls::course(locale, &meta.id))
    ));
    for path in shared {
        m.push_str(&format!("      <file href=\"{}\"/>\n", escape(path)));
    }
    m.push_str("    </resource>\n  </resources>\n</manifest>\n");
    m
}

/// An XML `ID` (an NCName) made from an id of the curriculum.
fn identifier(id: &str) -> String {
    id.chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' { c } else { '_' }).collect()
}

/// The package as a zip file: entries sorted, dated 1980-01-01, so that the same input gives
/// the same bytes. `read_static` reads a file of the site's `static/` folder.
pub fn zip(package: &Package, read_static: &dyn Fn(&str) -> std::io::Result<Vec<u8>>) -> std::io::Result<Vec<u8>> {
    use std::io::Write;
    let mut entries: BTreeMap<&str, std::borrow::Cow<'_, [u8]>> =
        package.files.iter().map(|(p, b)| (p.as_str(), std::borrow::Cow::Borrowed(b.as_slice()))).collect();
    for path in &package.statics {
        entries.insert(path.as_str(), std::borrow::Cow::Owned(read_static(path)?));
    }
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (path, bytes) in entries {
        writer.start_file(path, options).map_err(std::io::Error::other)?;
        writer.write_all(&bytes)?;
    }
    Ok(writer.finish().map_err(std::io::Error::other)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embeds_a_quiz_once() {
        assert_eq!(quiz_embed("Text.\n", "q").as_deref(), Some("\n\n[](quiz:q)\n"));
        assert_eq!(quiz_embed("Text.\n\n[Quiz](quiz:q)\n", "q"), None);
    }

    #[test]
    fn identifiers_are_ncnames() {
        assert_eq!(identifier("zh-Hans"), "zh-Hans");
        assert_eq!(identifier("a b/c"), "a_b_c");
    }
}
