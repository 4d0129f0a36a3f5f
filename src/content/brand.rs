//! `brand:` in site.yaml: a school's colour and logo. The colour is checked for contrast (WCAG
//! 2.x, 4.5:1 for text) where the theme uses it, and the shades the theme needs are derived from
//! it, so that one value restyles the header, buttons and links in light and dark mode alike.

use serde::Deserialize;

use crate::diagnostic::Diagnostic;
use crate::path;
use crate::source::yaml::Tree;

/// `brand:` in site.yaml.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    /// `#rrggbb` or `#rgb`: the header, buttons and links.
    #[serde(default)]
    pub color: Option<String>,
    /// A file under `static/`, shown before the site's title in the header.
    #[serde(default)]
    pub logo: Option<String>,
}

/// The smallest contrast of text with its background that WCAG 2.x level AA allows.
const TEXT_CONTRAST: f64 = 4.5;

/// Backgrounds the brand colour meets as text or as background of white text: the page, the
/// theme's `--surface` (sidebar, boxes) in light mode.
const LIGHT_BACKGROUNDS: [Rgb; 2] = [Rgb(0xff, 0xff, 0xff), Rgb(0xf4, 0xf6, 0xf8)];
/// The page and `--surface` in dark mode, where links take a lighter tint of the colour.
const DARK_BACKGROUNDS: [Rgb; 2] = [Rgb(0x0d, 0x11, 0x17), Rgb(0x16, 0x1b, 0x22)];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(u8, u8, u8);

impl Rgb {
    /// `#rrggbb` or `#rgb`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match hex.len() {
            6 => Some(Rgb(channel(&hex[0..2])?, channel(&hex[2..4])?, channel(&hex[4..6])?)),
            3 => {
                let twice = |i: usize| channel(&hex[i..=i].repeat(2));
                Some(Rgb(twice(0)?, twice(1)?, twice(2)?))
            }
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2.x).
    fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// `self` moved towards `to` by `share` (0 to 1).
    fn mix(self, to: Rgb, share: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * share).round() as u8;
        Rgb(m(self.0, to.0), m(self.1, to.1), m(self.2, to.2))
    }

    /// The least mix towards `to` (in steps of 2 %) that has at least `contrast` with every one
    /// of `backgrounds`.
    fn until_contrast(self, to: Rgb, backgrounds: &[Rgb], contrast: f64) -> Rgb {
        (0..=50)
            .map(|step| self.mix(to, f64::from(step) / 50.0))
            .find(|c| backgrounds.iter().all(|b| c.contrast(*b) >= contrast))
            .unwrap_or(to)
    }
}

const BLACK: Rgb = Rgb(0, 0, 0);
const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

/// The theme's colours derived from a brand colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    /// Buttons, borders, links (light mode).
    pub accent: Rgb,
    /// The header, hover states, strong links (light mode); the browser's `theme-color`.
    pub accent_dark: Rgb,
    /// Links in dark mode, and their strong form.
    pub dark_link: Rgb,
    pub dark_link_strong: Rgb,
}

impl Palette {
    pub fn of(color: Rgb) -> Palette {
        let accent_dark = color.mix(BLACK, 0.25);
        let dark_link = color.until_contrast(WHITE, &DARK_BACKGROUNDS, TEXT_CONTRAST + 1.5);
        Palette { accent: color, accent_dark, dark_link, dark_link_strong: dark_link.mix(WHITE, 0.3) }
    }

    /// `assets/brand.css`: the theme's variables set from the palette, for light and dark mode
    /// (`site.css` declares them; this file is linked after it).
    pub fn css(&self) -> String {
        let (a, d) = (self.accent.hex(), self.accent_dark.hex());
        format!(
            "/* From `brand: color:` in site.yaml (coursebook derives the shades). */\n\
             :root {{ --accent: {a}; --accent-dark: {d}; --link: {a}; --link-strong: {d}; }}\n\
             @media screen and (prefers-color-scheme: dark) {{\n  \
             :root {{ --accent: {a}; --accent-dark: {d}; --link: {}; --link-strong: {}; }}\n}}\n",
            self.dark_link.hex(),
            self.dark_link_strong.hex()
        )
    }
}

impl Brand {
    /// The palette, when the colour is set and valid (validation reports it otherwise).
    pub fn palette(&self) -> Option<Palette> {
        self.color.as_deref().and_then(Rgb::parse).map(Palette::of)
    }

    /// The logo's path in the site (static files keep their path under the project).
    pub fn logo_path(&self) -> Option<String> {
        self.logo.as_ref().map(|l| format!("static/{}", l.trim_start_matches('/')))
    }
}

/// Checks the colour (its form, and contrast where the theme puts white text on it or it on a
/// light background) and that the logo is a file under `static_dir`.
pub fn validate(brand: &Brand, file: &str, tree: &Tree, static_dir: &std::path::Path) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    if let Some(text) = &brand.color {
        let at = tree.pos(path!["brand", "color"]);
        match Rgb::parse(text.trim()) {
            None => problems.push(
                Diagnostic::error(file, at.line, at.column, format!("`{text}` is not a colour coursebook can read"))
                    .with_hint("write it as six hexadecimal digits after `#`, in quotes: `color: \"#7a1f2b\"`"),
            ),
            Some(color) => {
                let worst = LIGHT_BACKGROUNDS.iter().map(|b| color.contrast(*b)).fold(f64::INFINITY, f64::min);
                if worst < TEXT_CONTRAST {
                    let darker = color.until_contrast(BLACK, &LIGHT_BACKGROUNDS, TEXT_CONTRAST);
                    problems.push(
                        Diagnostic::error(
                            file,
                            at.line,
                            at.column,
                            format!(
                                "`{text}` is too light for text: its contrast with the light backgrounds it is used on is as low as {:.1}:1, and links, buttons and the header need at least {TEXT_CONTRAST}:1",
                                worst
                            ),
                        )
                        .with_hint(format!(
                            "use a darker shade, e.g. `\"{}\"` (the same colour, darkened just enough)",
                            darker.hex()
                        )),
                    );
                }
            }
        }
    }
    if let Some(logo) = &brand.logo {
        let relative = logo.trim_start_matches('/');
        let inside = !relative.split(['/', '\\']).any(|part| part == "..");
        if !inside || !static_dir.join(relative).is_file() {
            let at = tree.pos(path!["brand", "logo"]);
            let hint = match relative.strip_prefix("static/") {
                Some(rest) if static_dir.join(rest).is_file() => format!("write the path under static/: `logo: {rest}`"),
                _ => "put the logo (SVG or PNG) under static/ and give its path there, e.g. `logo: img/logo.svg` for static/img/logo.svg".into(),
            };
            problems.push(
                Diagnostic::error(file, at.line, at.column, format!("logo `{logo}` not found under static/"))
                    .with_hint(hint),
            );
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_colours_and_measures_contrast_as_wcag_does() {
        assert_eq!(Rgb::parse("#7A1F2B"), Some(Rgb(0x7a, 0x1f, 0x2b)));
        assert_eq!(Rgb::parse("#fc0"), Some(Rgb(0xff, 0xcc, 0x00)));
        assert_eq!(Rgb::parse("red"), None);
        assert_eq!(Rgb::parse("#12345"), None);
        assert_eq!(Rgb::parse("#+12345"), None);
        assert!((WHITE.contrast(BLACK) - 21.0).abs() < 1e-9);
        // The theme's own accent: 6.67:1 on white.
        assert!((Rgb(0x0b, 0x5c, 0xad).contrast(WHITE) - 6.67).abs() < 0.01);
    }

    #[test]
    fn derived_shades_keep_text_readable_in_both_modes() {
        for color in ["#7a1f2b", "#0b5cad", "#1a6b2f", "#5c2d91", "#000000", "#444"] {
            let p = Palette::of(Rgb::parse(color).unwrap());
            for b in LIGHT_BACKGROUNDS {
                assert!(p.accent.contrast(b) >= 4.5 || color == "#444", "{color}");
                assert!(p.accent_dark.contrast(b) >= p.accent.contrast(b), "{color}");
            }
            for b in DARK_BACKGROUNDS {
                assert!(p.dark_link.contrast(b) >= 4.5, "{color}: {}", p.dark_link.hex());
                assert!(p.dark_link_strong.contrast(b) >= 4.5, "{color}: {}", p.dark_link_strong.hex());
            }
        }
        let darker = Rgb::parse("#e8a33d").unwrap().until_contrast(BLACK, &LIGHT_BACKGROUNDS, 4.5);
        assert!(LIGHT_BACKGROUNDS.iter().all(|b| darker.contrast(*b) >= 4.5), "{}", darker.hex());
    }
}
