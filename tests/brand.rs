//! A school's brand (`brand:` in site.yaml): one colour restyles the site through
//! `assets/brand.css` (linked by every page, inlined in the 404 page), tints the browser
//! (`theme-color`, the web app manifest), and the logo shows in the header. A colour too light
//! for text is refused with the darkest shade that would do, and that shade builds; a logo that is
//! not under static/ is refused at its line. `tests/browser/brand.test.mjs` checks the contrast
//! in a browser with axe-core.

mod common;
use common::*;

use std::path::Path;

fn branded(brand: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixture("valid"), dir.path());
    let site = dir.path().join("curriculum/site.yaml");
    let text = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, format!("{text}brand:\n{brand}")).unwrap();
    std::fs::write(dir.path().join("static/img/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").unwrap();
    dir
}

fn built(root: &Path) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let o = build(root, out.path());
    assert!(o.status.success(), "{}", stderr(&o));
    out
}

#[test]
fn a_brand_colour_and_logo_restyle_every_page() {
    let root = branded("  color: \"#7a1f2b\"\n  logo: img/logo.svg\n");
    let out = built(root.path());
    let css = read(out.path(), "assets/brand.css");
    assert!(css.contains("--accent: #7a1f2b;"), "{css}");
    // The header's shade: the colour darkened by a quarter.
    assert!(css.contains("--accent-dark: #5c1720;"), "{css}");
    assert!(css.contains("prefers-color-scheme: dark"), "dark mode has its own link colours: {css}");
    for page in ["en/index.html", "en/demo/one.html", "en/quizzes/one-quiz.html", "en/demo/print.html"] {
        let html = read(out.path(), page);
        let depth = "../".repeat(page.matches('/').count());
        assert!(html.contains(&format!("<link rel=\"stylesheet\" href=\"{depth}assets/brand.css\">")), "{page}");
        assert!(html.contains("<meta name=\"theme-color\" content=\"#5c1720\">"), "{page}");
        assert!(
            html.contains(&format!(
                "<img class=\"site-logo\" src=\"{depth}static/img/logo.svg\" alt=\"\">Fixture Academy</a>"
            )),
            "{page}: the logo is in the title's link"
        );
    }
    assert!(read(out.path(), "index.html").contains("href=\"assets/brand.css\""), "the language choice too");
    assert!(read(out.path(), "en/manifest.webmanifest").contains("\"theme_color\": \"#5c1720\""));
    assert!(read(out.path(), "404.html").contains("--accent: #7a1f2b;"), "the 404 page inlines its styles");
    assert_eq!(broken_links(out.path()), Vec::<String>::new());
    // The logo counts as used: no "unused static file" warning.
    let o = run(&["check", "--deny-warnings", "--root", root.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn without_a_brand_the_theme_keeps_its_colours() {
    let out = built(&fixture("valid"));
    assert!(!out.path().join("assets/brand.css").exists());
    let html = read(out.path(), "en/demo/one.html");
    assert!(html.contains("<meta name=\"theme-color\" content=\"#08437e\">"));
    assert!(!html.contains("brand.css") && !html.contains("site-logo"));
}

#[test]
fn a_colour_too_light_for_text_is_refused_with_a_shade_that_builds() {
    let root = branded("  color: \"#e8a33d\"\n");
    let o = run(&["check", "--root", root.path().to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("curriculum/site.yaml:8:10"), "at the colour: {err}");
    assert!(err.contains("`#e8a33d` is too light for text"), "{err}");
    assert!(err.contains("at least 4.5:1"), "{err}");
    let suggested = err.split("e.g. `\"").nth(1).and_then(|s| s.split('"').next()).expect("a suggested shade");
    assert_eq!(suggested, "#946827", "{err}");
    // The suggestion is good as it is.
    let root = branded(&format!("  color: \"{suggested}\"\n"));
    built(root.path());
}

#[test]
fn an_unreadable_colour_and_a_logo_outside_static_are_reported_where_they_are_written() {
    let root = branded("  color: dark red\n  logo: static/img/logo.svg\n");
    let o = run(&["check", "--root", root.path().to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("`dark red` is not a colour coursebook can read"), "{err}");
    assert!(err.contains("curriculum/site.yaml:8:10"), "{err}");
    assert!(err.contains("logo `static/img/logo.svg` not found under static/"), "{err}");
    assert!(err.contains("curriculum/site.yaml:9:9"), "{err}");
    assert!(err.contains("write the path under static/: `logo: img/logo.svg`"), "{err}");
    assert!(err.contains("2 errors"), "one error each: {err}");
    // Nothing outside static/ is ever linked, even if it exists.
    let root = branded("  logo: ../curriculum/site.yaml\n");
    let o = run(&["check", "--root", root.path().to_str().unwrap()]);
    assert!(stderr(&o).contains("logo `../curriculum/site.yaml` not found under static/"), "{}", stderr(&o));
}

/// The PDF's headings and links take the brand's colour (the theme's `book.typ` reads it from
/// `sys.inputs`): the cover, rendered by poppler, has the colour and not the theme's blue.
#[cfg(feature = "pdf")]
#[test]
fn the_pdf_takes_the_brand_colour() {
    let root = branded("  color: \"#1a6b2f\"\n");
    let out = tempfile::tempdir().unwrap();
    let o =
        run(&["pdf", "--root", root.path().to_str().unwrap(), "--course", "demo", "-o", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ppm = out.path().join("cover");
    let pdf = out.path().join("demo-en.pdf");
    poppler(
        "pdftoppm",
        &["-r", "40", "-f", "1", "-l", "1", "-singlefile", pdf.to_str().unwrap(), ppm.to_str().unwrap()],
    );
    // A binary PPM: "P6", width, height, 255, then RGB bytes.
    let bytes = std::fs::read(out.path().join("cover.ppm")).unwrap();
    let mut fields = 0;
    let start = bytes
        .iter()
        .position(|&b| {
            b.is_ascii_whitespace() && {
                fields += 1;
                fields == 4
            }
        })
        .unwrap()
        + 1;
    let near =
        |(r, g, b): (u8, u8, u8), c: [u8; 3]| r.abs_diff(c[0]) < 12 && g.abs_diff(c[1]) < 12 && b.abs_diff(c[2]) < 12;
    let pixels: Vec<(u8, u8, u8)> = bytes[start..].chunks_exact(3).map(|p| (p[0], p[1], p[2])).collect();
    let brand = pixels.iter().filter(|p| near(**p, [0x1a, 0x6b, 0x2f])).count();
    let theme = pixels.iter().filter(|p| near(**p, [0x0b, 0x5c, 0xad])).count();
    assert!(brand > 20, "the cover's title is in the brand's green ({brand} pixels)");
    assert_eq!(theme, 0, "no trace of the theme's blue");
}
