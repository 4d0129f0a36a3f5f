//! `sitemap.xml`.

use super::*;

pub(crate) fn sitemap(files: &[OutputFile], base_url: Option<&str>) -> String {
    let base = base_url.map(|b| if b.ends_with('/') { b.to_string() } else { format!("{b}/") }).unwrap_or_default();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for f in files {
        if f.path.ends_with(".html") && f.path != "404.html" && f.path != "index.html" {
            xml.push_str(&format!("  <url><loc>{}{}</loc></url>\n", escape(&base), escape(&f.path)));
        }
    }
    xml.push_str("</urlset>\n");
    xml
}
