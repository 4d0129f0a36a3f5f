//! The glossary page.

use super::*;

#[derive(Serialize)]
struct TermView<'a> {
    id: &'a str,
    term: &'a str,
    html: String,
    see_also: Vec<Link>,
    /// The initial the glossary groups the term under.
    letter: String,
}

pub(crate) fn render_glossary(r: &Renderer<'_>, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let url = urls::glossary(r.locale());
    let cur = r.index.cur;
    let terms: Vec<TermView> = cur
        .terms
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let html = r.block(r.docs.term(i), &t.path, &url, problems).html;
            let see_also: Vec<Link> = t
                .meta
                .see_also
                .iter()
                .filter_map(|id| r.index.target(Kind::Term, id))
                .map(|target| Link {
                    url: format!("#{}", target.url.rsplit('#').next().unwrap_or("")),
                    title: target.title.to_string(),
                    number: None,
                    current: false,
                    lang: None,
                })
                .collect();
            let letter = t.meta.term.chars().next().map(|c| c.to_uppercase().to_string()).unwrap_or_default();
            TermView { id: &t.meta.id, term: &t.meta.term, html, see_also, letter }
        })
        .collect();
    let mut context = Context::new();
    context.insert("terms", &terms);
    let page = r.page(&url, &r.strings.get("glossary"), vec![r.home_crumb(&url)], None, None);
    r.emit("glossary.html", &url, page, context, problems)
}
