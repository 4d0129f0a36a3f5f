//! Offline copies: one zip per course and locale that unzips into a folder whose `index.html`
//! opens the course, with every page the course's pages link to (chapters, cases, glossary,
//! quizzes, worksheets, decks, the print book, the PDF when the site builds one, search when the
//! site has it), the theme's assets and the static files used, and a README in the locale.
//!
//! Pages of other courses and other languages are left out; links to them lead to the published
//! site when `base_url` is set, else to a page that says the copy does not hold them. The zip is
//! the same for the same site: files in sorted order, no timestamps.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::Write;

use crate::output::search;
use crate::output::site::{LocaleSite, OutputFile};
use crate::pipeline::resolve::urls;
use crate::text::markdown::Edition;

/// One offline copy.
pub struct Pack {
    /// The zip.
    pub bytes: Vec<u8>,
    pub files: usize,
}

/// The page links to left-out pages go to, in each copy's locale folder.
pub const NOT_INCLUDED: &str = "not-in-this-copy.html";

/// The name of a course's offline copy, and of the folder it unzips into (the zip's name
/// without `.zip`): the two editions' copies can be unzipped side by side.
pub fn file_name(course: &str, locale: &str, edition: Edition) -> String {
    format!("{}-{locale}.zip", edition.file_stem(course))
}

/// Everything a copy is made from: the built site in memory and a way to read static files.
pub(crate) struct Site<'a> {
    pub files: &'a [OutputFile],
    pub statics: &'a BTreeSet<String>,
    pub read_static: &'a (dyn Fn(&str) -> std::io::Result<Vec<u8>> + Sync),
    pub sites: &'a [LocaleSite],
}

/// Makes the copy of `course` in `locale`, of a site built in `edition`.
pub(crate) fn pack(site: &Site<'_>, course: &str, locale: &str, edition: Edition) -> std::io::Result<Pack> {
    let by_path: BTreeMap<&str, &[u8]> = site.files.iter().map(|f| (f.path.as_str(), f.bytes.as_slice())).collect();
    let locales: BTreeSet<&str> = site.sites.iter().map(|s| s.locale.as_str()).collect();
    let ls = site.sites.iter().find(|s| s.locale == locale).expect("a known locale");
    let courses: BTreeSet<&str> = ls.cur.courses.iter().map(|c| c.doc.meta.id.as_str()).collect();
    let exists = |p: &str| by_path.contains_key(p) || site.statics.contains(p);
    // What belongs in the copy: not another language's pages, not another course's.
    let allowed = |p: &str| -> bool {
        let mut parts = p.split('/');
        let first = parts.next().unwrap_or("");
        if p.ends_with(".html") && !p.contains('/') {
            return false; // the site's root pages; the copy has its own index.html
        }
        if locales.contains(first) {
            if first != locale {
                return false;
            }
            if let Some(second) = parts.next() {
                if courses.contains(second) && second != course && parts.next().is_some() {
                    return false;
                }
            }
        }
        true
    };
    let mut included: BTreeSet<String> = BTreeSet::new();
    let mut queue: VecDeque<String> = VecDeque::new();
    let prefix = format!("{locale}/{course}/");
    for path in by_path.keys() {
        let search = path.contains("search") && allowed(path);
        if path.starts_with(&prefix) || path.starts_with("assets/") || search {
            queue.push_back(path.to_string());
        }
    }
    while let Some(path) = queue.pop_front() {
        if !included.insert(path.clone()) {
            continue;
        }
        if !path.ends_with(".html") {
            continue;
        }
        let Some(bytes) = by_path.get(path.as_str()) else { continue };
        for target in links(&String::from_utf8_lossy(bytes)) {
            if let Some(resolved) = resolve(&path, &target) {
                if exists(&resolved) && allowed(&resolved) && !included.contains(&resolved) {
                    queue.push_back(resolved);
                }
            }
        }
    }
    let name = file_name(course, locale, edition);
    let folder = name.trim_end_matches(".zip");
    let base_url = ls.cur.site.base_url.as_ref().map(|u| if u.ends_with('/') { u.clone() } else { format!("{u}/") });
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    let mut needs_notice = false;
    for path in &included {
        let bytes = match by_path.get(path.as_str()) {
            Some(b) => b.to_vec(),
            None => (site.read_static)(path)?,
        };
        let bytes = if path.ends_with(".html") {
            let (html, left_out) = rewrite_links(
                &String::from_utf8_lossy(&bytes),
                path,
                &|p| exists(p) && !included.contains(p),
                locale,
                base_url.as_deref(),
            );
            needs_notice |= left_out;
            html.into_bytes()
        } else if *path == urls::search_data(locale, "docs") {
            let (docs, left_out) =
                rewrite_search_pages(&bytes, &|p| !included.contains(p), locale, base_url.as_deref());
            needs_notice |= left_out;
            docs
        } else {
            bytes
        };
        entries.push((format!("{folder}/{path}"), bytes));
    }
    let course_title =
        ls.cur.courses.iter().find(|c| c.doc.meta.id == course).map(|c| c.doc.meta.title.clone()).unwrap_or_default();
    let dir = crate::i18n::direction(locale);
    let start = urls::course(locale, course);
    if needs_notice {
        entries.push((
            format!("{folder}/{locale}/{NOT_INCLUDED}"),
            not_included_page(ls, &course_title, course, dir, base_url.as_deref()).into_bytes(),
        ));
    }
    entries.push((format!("{folder}/index.html"), start_page(ls, &course_title, &start, dir).into_bytes()));
    entries.push((format!("{folder}/README.txt"), readme(ls, &course_title, folder, course).into_bytes()));
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let files = entries.len();
    Ok(Pack { bytes: zip(&entries)?, files })
}

/// Points the search results of pages that the copy leaves out (the index is the locale's) at
/// the published site, or at the notice page, as [`rewrite_links`] does for links. Returns
/// `docs.js` and whether a result leads to the notice.
fn rewrite_search_pages(
    docs: &[u8],
    left_out: &dyn Fn(&str) -> bool,
    locale: &str,
    base_url: Option<&str>,
) -> (Vec<u8>, bool) {
    let Some(mut value) = search::index_value("docs", docs) else {
        return (docs.to_vec(), false);
    };
    let mut noticed = false;
    if let Some(pages) = value.get_mut("pages").and_then(|p| p.as_array_mut()) {
        for page in pages {
            let Some(path) = page.as_str().filter(|p| left_out(p)) else { continue };
            // search.js puts the page's way to the root before a relative page, not a URL.
            *page = match base_url {
                Some(base) => format!("{base}{path}").into(),
                None => {
                    noticed = true;
                    format!("{locale}/{NOT_INCLUDED}").into()
                }
            };
        }
    }
    // serde_json's maps are sorted: in key order, as the index writes them.
    (search::index_file(locale, "docs".into(), &value, false).bytes, noticed)
}

/// The values of `href` and `src` attributes of a page (our pages quote them with `"`).
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attr) {
            rest = &rest[at + attr.len()..];
            if let Some(end) = rest.find('"') {
                out.push(decode(&rest[..end]));
                rest = &rest[end..];
            }
        }
    }
    out
}

fn decode(s: &str) -> String {
    s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
}

/// A relative link of page `from` as a path from the site root, without fragment or query;
/// `None` for links that leave the site or stay on the page.
fn resolve(from: &str, link: &str) -> Option<String> {
    let link = link.split(['#', '?']).next().unwrap_or("");
    if link.is_empty() || link.starts_with('/') || link.contains(':') {
        return None;
    }
    let link = percent_encoding::percent_decode_str(link).decode_utf8().ok()?;
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for segment in link.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

/// Points links to pages that the copy leaves out at the published site, or at the notice page.
/// Returns the page and whether it links to the notice.
fn rewrite_links(
    html: &str,
    page: &str,
    left_out: &dyn Fn(&str) -> bool,
    locale: &str,
    base_url: Option<&str>,
) -> (String, bool) {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut noticed = false;
    let to_root = urls::to_root(page);
    while let Some(at) = rest.find("href=\"") {
        let start = at + "href=\"".len();
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let Some(end) = rest.find('"') else { break };
        let value = &rest[..end];
        match resolve(page, &decode(value)).filter(|p| left_out(p)) {
            Some(target) => match base_url {
                Some(base) => {
                    let fragment = value.split_once('#').map(|(_, f)| format!("#{f}")).unwrap_or_default();
                    out.push_str(&crate::text::markdown::escape(&format!("{base}{target}{fragment}")));
                }
                None => {
                    noticed = true;
                    out.push_str(&format!("{to_root}{locale}/{NOT_INCLUDED}"));
                }
            },
            None => out.push_str(value),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    (out, noticed)
}

fn page(ls: &LocaleSite, dir: &str, title: &str, to_root: &str, head: &str, body: &str) -> String {
    use crate::text::markdown::escape;
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n{head}<link rel=\"stylesheet\" href=\"{to_root}assets/site.css\">\n</head>\n<body class=\"page-root\">\n<main id=\"main\" class=\"language-choice\">\n{body}</main>\n</body>\n</html>\n",
        lang = escape(&ls.locale),
        title = escape(title),
    )
}

/// The copy's `index.html`: straight on to the course page (a link for browsers that do not
/// follow the refresh).
fn start_page(ls: &LocaleSite, course_title: &str, start: &str, dir: &str) -> String {
    use crate::text::markdown::escape;
    let head = format!("<meta http-equiv=\"refresh\" content=\"0; url={}\">\n", escape(start));
    let body = format!(
        "<h1>{}</h1>\n<p><a href=\"{}\">{}</a></p>\n",
        escape(course_title),
        escape(start),
        escape(&ls.strings.get("offline-open-course"))
    );
    page(ls, dir, course_title, "", &head, &body)
}

fn not_included_page(ls: &LocaleSite, course_title: &str, course: &str, dir: &str, base_url: Option<&str>) -> String {
    use crate::text::markdown::escape;
    let mut body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n<p><a href=\"{course}/index.html\">{}</a></p>\n",
        escape(&ls.strings.get("offline-not-included-title")),
        escape(&ls.strings.get("offline-not-included-text")),
        escape(course_title),
    );
    if let Some(base) = base_url {
        body.push_str(&format!("<p><a href=\"{0}\">{0}</a></p>\n", escape(base)));
    }
    page(ls, dir, &ls.strings.get("offline-not-included-title"), "../", "", &body)
}

fn readme(ls: &LocaleSite, course_title: &str, folder: &str, course: &str) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("course", course_title.to_string());
    args.set("folder", folder.to_string());
    args.set("pdf", crate::output::print::pdf_url(&ls.locale, course));
    let s = |key: &str| ls.strings.format(key, Some(&args));
    let mut text =
        format!("{}\n\n{}\n\n{}\n", s("offline-readme-title"), s("offline-readme-open"), s("offline-readme-saved"));
    if ls.cur.site.pdf {
        text.push_str(&format!("\n{}\n", s("offline-readme-pdf")));
    }
    text.replace('\n', "\r\n")
}

/// A zip of `entries` (sorted), deflated, without timestamps: the same input gives the same bytes.
fn zip(entries: &[(String, Vec<u8>)]) -> std::io::Result<Vec<u8>> {
    use zip::write::SimpleFileOptions;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflate = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    let stored = deflate.compression_method(zip::CompressionMethod::Stored);
    for (path, bytes) in entries {
        // Already compressed formats gain nothing from deflate.
        let compressed =
            [".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".zip", ".woff2"].iter().any(|e| path.ends_with(e));
        writer.start_file(path.as_str(), if compressed { stored } else { deflate }).map_err(std::io::Error::other)?;
        writer.write_all(bytes)?;
    }
    Ok(writer.finish().map_err(std::io::Error::other)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_links() {
        assert_eq!(resolve("en/c/a.html", "../cases/x.html#y").as_deref(), Some("en/cases/x.html"));
        assert_eq!(resolve("en/c/a.html", "../../assets/site.css").as_deref(), Some("assets/site.css"));
        assert_eq!(resolve("en/c/a.html", "#top"), None);
        assert_eq!(resolve("en/c/a.html", "https://x.org/"), None);
        assert_eq!(resolve("a.html", "../x.html"), None);
    }

    #[test]
    fn rewrites_only_links_to_left_out_pages() {
        let html = r#"<a href="../../fr/c/index.html">fr</a> <a href="b.html#s">b</a>"#;
        let (out, noticed) = rewrite_links(html, "en/c/a.html", &|p| p.starts_with("fr/"), "en", None);
        assert_eq!(out, r#"<a href="../../en/not-in-this-copy.html">fr</a> <a href="b.html#s">b</a>"#);
        assert!(noticed);
        let (out, _) = rewrite_links(html, "en/c/a.html", &|p| p.starts_with("fr/"), "en", Some("https://s.org/"));
        assert!(out.contains(r#"href="https://s.org/fr/c/index.html""#), "{out}");
    }
}
