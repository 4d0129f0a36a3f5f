//! A Content-Security-Policy for every page, as a `<meta>` (it must work on any static host and
//! from `file://`, where no response header can be set). It is defence in depth behind the
//! sanitiser: no inline event handler, no inline script but the theme's own (allowed by hash),
//! no script, style, font or image from another host, no plugins, no `<base>` rewriting.

use base64::Engine;
use memchr::memmem;
use sha2::{Digest, Sha256};

/// The policy without script hashes; `script-src` gets the page's own inline scripts.
const POLICY: &str = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
font-src 'self'; media-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; \
base-uri 'none'; object-src 'none'";

/// The page with its policy as the first element after `<meta charset>`.
pub(crate) fn with_policy(mut html: Vec<u8>) -> Vec<u8> {
    const CHARSET: &[u8] = b"<meta charset=\"utf-8\">";
    // memmem (SIMD) rather than `str::find`: every page is searched, some of them megabytes.
    let Some(charset) = memmem::find(&html, CHARSET).map(|i| i + CHARSET.len()) else {
        return html;
    };
    let mut script_src = String::from("script-src 'self'");
    for script in inline_scripts(&html) {
        let digest = Sha256::digest(script);
        script_src.push_str(" 'sha256-");
        script_src.push_str(&base64::engine::general_purpose::STANDARD.encode(digest));
        script_src.push('\'');
    }
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}; {script_src}\">");
    // In place: a course page of thousands of chapters is megabytes.
    html.splice(charset..charset, meta.into_bytes());
    html
}

/// The text of every inline script that a browser would run (data blocks such as
/// `type="application/json"` are not scripts).
fn inline_scripts(html: &[u8]) -> Vec<&[u8]> {
    let (open, end) = (memmem::Finder::new("<script"), memmem::Finder::new("</script>"));
    let has = |tag: &[u8], what: &str| memmem::find(tag, what.as_bytes()).is_some();
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = open.find(rest) {
        let after = &rest[start..];
        let Some(tag_end) = memchr::memchr(b'>', after) else { break };
        let tag = &after[..tag_end];
        let body_start = start + tag_end + 1;
        let Some(close) = end.find(&rest[body_start..]) else { break };
        let runs = !has(tag, " src=")
            && (!has(tag, " type=") || has(tag, "type=\"text/javascript\"") || has(tag, "type=\"module\""));
        if runs {
            out.push(&rest[body_start..body_start + close]);
        }
        rest = &rest[body_start + close + "</script>".len()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_only_the_pages_own_running_scripts() {
        let page = "<html><head><meta charset=\"utf-8\"><title>x</title></head><body>\
            <script>go()</script><script src=\"a.js\"></script>\
            <script type=\"application/json\">{\"a\":1}</script></body></html>";
        let out = String::from_utf8(with_policy(page.as_bytes().to_vec())).unwrap();
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"go()"));
        assert!(out.contains(&format!("script-src 'self' 'sha256-{expected}'\">")), "{out}");
        assert_eq!(out.matches("sha256-").count(), 1);
        assert!(out.starts_with("<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\""));
    }
}
