//! Links in Markdown: `kind:id` links to pages of the site (`chapter:x#eq-growth`), links to
//! anchors of the same page (`#fig-x`), relative files, and external URLs. Every anchor is
//! checked; a link with no text reads as what it points to: a page's title, a section's
//! heading, "Figure 3.1" for a numbered figure, equation, table or exercise.

use crate::content::Kind;
use crate::diagnostic::Diagnostic;
use crate::text::labels::Item;
use crate::text::markdown::{Parsed, RenderContext};
use crate::text::sanitize;

pub(crate) enum LinkResolution {
    Unchanged,
    Resolved {
        href: String,
        /// What a link written with no text reads.
        text: String,
        reference: Option<(Kind, String)>,
    },
    /// The link cannot be made; the problem, unless it was reported where it began.
    Broken(Option<Diagnostic>),
}

/// Resolves the link to `dest` at `(line, column)` of the document `own`; `empty_text` when
/// the link was written with no text (`[](#fig-x)`), which must then be found.
pub(crate) fn resolve_link(
    dest: &str,
    ctx: &RenderContext<'_>,
    own: &Parsed<'_>,
    empty_text: bool,
    (line, column): (usize, usize),
) -> LinkResolution {
    let no_anchor = |what: String, fragment: &str, anchors: &[String]| {
        broken(
            Diagnostic::error(ctx.source_path, line, column, format!("{what} has no section or label `#{fragment}`"))
                .with_hint(match crate::diagnostic::suggest(fragment, anchors.iter().map(String::as_str)) {
                    Some(s) => format!("did you mean `#{s}`?"),
                    None => format!("use one of the page's anchors: {}", preview(anchors)),
                }),
        )
    };
    if let Some(fragment) = dest.strip_prefix('#').filter(|f| !f.is_empty()) {
        let fragment = crate::pipeline::resolve::percent_decode(fragment);
        if let Some(anchors) = ctx.resolver.page_anchors(ctx.page_url) {
            if !anchors.contains(&fragment) {
                return no_anchor("this page".into(), &fragment, &anchors);
            }
        }
        // In a document shown with others (the print book, a slide of a deck), its anchors
        // carry a prefix, and the page may place them elsewhere still.
        let own_id = format!("{}{fragment}", own.id_prefix);
        let in_document = ctx
            .resolver
            .in_document("", Some(&fragment))
            .or_else(|| (!own.id_prefix.is_empty()).then(|| format!("#{own_id}")));
        if !empty_text {
            return match in_document {
                Some(href) => LinkResolution::Resolved { href, text: String::new(), reference: None },
                None => LinkResolution::Unchanged,
            };
        }
        let sections: Vec<(String, String)> = own.headings.iter().map(|h| (h.id.clone(), h.text.clone())).collect();
        let href = in_document.unwrap_or_else(|| dest.to_string());
        return match anchor_text(ctx, &fragment, &own_id, &sections, &own.items, (line, column)) {
            Ok(text) => LinkResolution::Resolved { href, text: text.unwrap_or_default(), reference: None },
            Err(problem) => broken(problem),
        };
    }
    if dest.starts_with('#') || dest.is_empty() {
        return LinkResolution::Unchanged;
    }
    if let Some((name, rest)) = dest.split_once(':') {
        if let Some(kind) = Kind::from_name(name).filter(|k| k.linkable()) {
            let (id, fragment) = split_fragment(rest);
            let Some(target) = ctx.resolver.resolve(kind, id) else {
                return LinkResolution::Broken(unknown_id(ctx, line, column, kind, id));
            };
            if let (Some(fragment), Some(anchors)) = (fragment, &target.anchors) {
                if !anchors.iter().any(|a| a == fragment) {
                    return no_anchor(format!("`{kind}:{id}`"), fragment, anchors);
                }
            }
            let href = ctx
                .resolver
                .in_document(target.url, fragment)
                .unwrap_or_else(|| relative_href(ctx, target.url, fragment));
            // `[](chapter:x#section)` reads as the section's heading, `[](chapter:x#fig-a)` as
            // "Figure 3.1", not as the chapter's title.
            let text = match fragment.filter(|_| empty_text) {
                Some(f) => match anchor_text(ctx, f, f, target.sections, target.items, (line, column)) {
                    Ok(text) => text.unwrap_or_else(|| target.title.to_string()),
                    Err(problem) => return broken(problem),
                },
                None => target.title.to_string(),
            };
            return LinkResolution::Resolved { href, text, reference: Some((kind, id.to_string())) };
        }
        // Any other scheme is external: http(s), mailto and tel are; a script is not.
        return if sanitize::is_safe_url(dest) {
            LinkResolution::Unchanged
        } else {
            unsafe_url(ctx, line, column, dest)
        };
    }
    if is_external(dest) {
        return LinkResolution::Unchanged;
    }
    // A relative path: another content file or a static file.
    let (path, fragment) = split_fragment(dest);
    let target = ctx.resolver.file(ctx.source_path, path);
    // A content file by its path (`one.md`, as links between files read on GitHub): the same as
    // a `kind:id` link to its item (text, use recorded), its anchor reported as written.
    if let Some((url, (kind, id))) = target.as_ref().and_then(|url| Some((url, ctx.resolver.item_at(url)?))) {
        if let (Some(fragment), Some(anchors)) = (fragment, ctx.resolver.page_anchors(url)) {
            if !anchors.iter().any(|a| a == fragment) {
                return no_anchor(format!("`{path}`"), fragment, &anchors);
            }
        }
        let by_id = match fragment {
            Some(f) => format!("{kind}:{id}#{f}"),
            None => format!("{kind}:{id}"),
        };
        return resolve_link(&by_id, ctx, own, empty_text, (line, column));
    }
    match target {
        Some(url) => {
            let href = ctx.resolver.in_document(&url, fragment).unwrap_or_else(|| relative_href(ctx, &url, fragment));
            LinkResolution::Resolved { href, text: String::new(), reference: None }
        }
        None => broken(match ctx.resolver.item_in_file(ctx.source_path, path) {
            Some((kind, id)) => Diagnostic::error(
                ctx.source_path,
                line,
                column,
                format!("`{path}` is the {kind} `{id}`, which is linked by its id, not its file"),
            )
            .with_hint(format!("write the link as `{kind}:{id}`")),
            None => Diagnostic::error(ctx.source_path, line, column, format!("link target `{dest}` not found"))
                .with_hint(
                    "link pages by id (`case:ID`, `chapter:ID`, `term:ID`) and files by a path relative to this file",
                ),
        }),
    }
}

/// What a link with no text to `#fragment` reads: "Figure 3.1", a block's title, a section's
/// heading; `None` for an anchor the page does not describe (the caller decides). A labelled
/// paragraph has nothing to show, so such a link needs text. `id` is the anchor as the document
/// has it (`fragment` with the document's prefix, see [`Parsed::prefix_ids`]).
fn anchor_text(
    ctx: &RenderContext<'_>,
    fragment: &str,
    id: &str,
    sections: &[(String, String)],
    items: &[Item],
    (line, column): (usize, usize),
) -> Result<Option<String>, Diagnostic> {
    if let Some(item) = items.iter().find(|item| item.id.as_deref() == Some(id)) {
        return match item.link_text(&|key, args| ctx.resolver.format(key, args)) {
            Some(text) => Ok(Some(text)),
            None => Err(Diagnostic::error(
                ctx.source_path,
                line,
                column,
                format!(
                    "this link to the {} `#{fragment}` has no text, and a {0} has no number or title to show",
                    item.kind_name()
                ),
            )
            .with_hint(format!("write the link's text between the brackets: `[the point above](#{fragment})`"))),
        };
    }
    Ok(sections.iter().find(|(section, _)| section == id).map(|(_, heading)| heading.clone()))
}

fn broken(problem: Diagnostic) -> LinkResolution {
    LinkResolution::Broken(Some(problem))
}

/// A link whose URL would run script or load active content: removed, with a warning.
fn unsafe_url(ctx: &RenderContext<'_>, line: usize, column: usize, dest: &str) -> LinkResolution {
    let scheme = sanitize::scheme(dest).unwrap_or_default();
    broken(
        Diagnostic::warning(ctx.source_path, line, column, format!("a `{scheme}:` URL was removed from this link"))
            .with_hint(
            "links may point to web pages (http, https), mail (mailto), phones (tel), or pages and files of this site",
        ),
    )
}

fn relative_href(ctx: &RenderContext<'_>, url: &str, fragment: Option<&str>) -> String {
    let mut href =
        if url == ctx.page_url && fragment.is_some() { String::new() } else { format!("{}{}", ctx.to_root, url) };
    if let Some(f) = fragment {
        href.push('#');
        href.push_str(f);
    }
    href
}

pub(crate) fn unknown_id(
    ctx: &RenderContext<'_>,
    line: usize,
    column: usize,
    kind: Kind,
    id: &str,
) -> Option<Diagnostic> {
    if ctx.resolver.failed_to_load(kind, id) {
        return None;
    }
    let hint = match ctx.resolver.suggest(kind, id) {
        Some(s) => format!("did you mean `{kind}:{s}`?"),
        None => format!("check the spelling; the id is the `id:` field of the {kind}'s file"),
    };
    Some(
        Diagnostic::error(ctx.source_path, line, column, format!("unknown {kind} id `{id}` in link `{kind}:{id}`"))
            .with_hint(hint),
    )
}

fn preview(anchors: &[String]) -> String {
    let mut shown: Vec<String> = Vec::new();
    for anchor in anchors.iter().map(|a| format!("#{a}")) {
        if shown.len() == 8 {
            break;
        }
        if !shown.contains(&anchor) {
            shown.push(anchor);
        }
    }
    let more = if anchors.len() > 8 { ", ..." } else { "" };
    format!("{}{more}", shown.join(", "))
}

pub(crate) fn split_fragment(s: &str) -> (&str, Option<&str>) {
    match s.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (s, None),
    }
}

pub(crate) fn is_external(dest: &str) -> bool {
    dest.starts_with("//")
        || dest
            .split_once(':')
            .is_some_and(|(scheme, _)| scheme.chars().all(|c| c.is_ascii_alphabetic()) && !scheme.is_empty())
}
