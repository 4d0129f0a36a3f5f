//! `sitemap.xml`.

use super::*;

/// `paths`: every file of the site, sorted (the HTML pages are listed).
pub(crate) fn sitemap(paths: &[String], base_url: Option<&str>) -> String {
    let base = base_url.map(|b| if b.ends_with('/') { b.to_string() } else { format!("{b}/") }).unwrap_or_default();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in paths {
        if path.ends_with(".html") && path != "404.html" && path != "index.html" {
            xml.push_str(&format!("  <url><loc>{}{}</loc></url>\n", escape(&base), escape(path)));
        }
    }
    xml.push_str("</urlset>\n");
    xml
}
