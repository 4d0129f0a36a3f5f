//! Fonts for the PDF: found on the system (fontdb searches the system's font folders) and in
//! `--font-dir` folders, and chosen per script, so that Arabic is set in an Arabic font and
//! Chinese in a Chinese one. When no installed font has a script the book needs, the PDF is not
//! made: the error names the font to install, instead of a PDF with empty boxes.

use std::collections::BTreeMap;
use std::path::PathBuf;

use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst_kit::fonts::FontStore;

/// The writing systems the book's text needs, each with the families tried first (in order),
/// and what to install when none is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Han,
    Kana,
    Hangul,
    Devanagari,
    Thai,
    Symbols,
}

impl Script {
    pub fn of(c: char) -> Script {
        match c as u32 {
            0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
            0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
            0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
            0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
            0x0900..=0x097F | 0xA8E0..=0xA8FF => Script::Devanagari,
            0x0E00..=0x0E7F => Script::Thai,
            0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
            0x3040..=0x30FF | 0x31F0..=0x31FF => Script::Kana,
            0x2E80..=0x2FDF
            | 0x3000..=0x303F
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFFEF => Script::Han,
            0x20000..=0x3FFFF => Script::Han,
            0x2000..=0x2BFF | 0x1F000..=0x1FAFF => Script::Symbols,
            _ => Script::Latin,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Script::Latin => "Latin",
            Script::Cyrillic => "Cyrillic",
            Script::Greek => "Greek",
            Script::Arabic => "Arabic",
            Script::Hebrew => "Hebrew",
            Script::Han => "Chinese",
            Script::Kana => "Japanese",
            Script::Hangul => "Korean",
            Script::Devanagari => "Devanagari",
            Script::Thai => "Thai",
            Script::Symbols => "symbol",
        }
    }

    /// Families tried first for the script, in order.
    fn preferred(self, locale: &str) -> &'static [&'static str] {
        match self {
            Script::Latin | Script::Cyrillic | Script::Greek => &[
                "Noto Serif",
                "DejaVu Serif",
                "Liberation Serif",
                "Noto Sans",
                "DejaVu Sans",
                "Liberation Sans",
                "FreeSerif",
            ],
            Script::Arabic => &["Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "DejaVu Sans"],
            Script::Hebrew => &["Noto Serif Hebrew", "Noto Sans Hebrew", "DejaVu Sans"],
            Script::Han if locale.contains("Hant") || locale.ends_with("TW") || locale.ends_with("HK") => {
                &["Noto Serif CJK TC", "Noto Sans CJK TC", "Source Han Serif TC", "AR PL UMing TW"]
            }
            Script::Han => &[
                "Noto Serif CJK SC",
                "Noto Sans CJK SC",
                "Source Han Serif SC",
                "Source Han Sans SC",
                "WenQuanYi Zen Hei",
                "WenQuanYi Micro Hei",
                "AR PL UMing CN",
            ],
            Script::Kana => &["Noto Serif CJK JP", "Noto Sans CJK JP"],
            Script::Hangul => &["Noto Serif CJK KR", "Noto Sans CJK KR"],
            Script::Devanagari => &["Noto Serif Devanagari", "Noto Sans Devanagari"],
            Script::Thai => &["Noto Serif Thai", "Noto Sans Thai"],
            Script::Symbols => &["DejaVu Sans", "Noto Sans Symbols", "Noto Sans Symbols 2", "Noto Sans Math"],
        }
    }

    /// What to install for the script (Debian/Ubuntu package and font).
    fn install(self) -> &'static str {
        match self {
            Script::Latin | Script::Cyrillic | Script::Greek => "fonts-noto-core (Noto Serif)",
            Script::Arabic => "fonts-noto-core (Noto Naskh Arabic)",
            Script::Hebrew => "fonts-noto-core (Noto Sans Hebrew)",
            Script::Han | Script::Kana | Script::Hangul => "fonts-noto-cjk (Noto Serif CJK / Noto Sans CJK)",
            Script::Devanagari => "fonts-noto-core (Noto Sans Devanagari)",
            Script::Thai => "fonts-noto-core (Noto Sans Thai)",
            Script::Symbols => "fonts-dejavu-core (DejaVu Sans) or fonts-noto-core (Noto Sans Symbols)",
        }
    }
}

/// The script a locale is mostly written in.
fn main_script(locale: &str) -> Script {
    match locale.split(['-', '_']).next().unwrap_or("") {
        "ar" | "fa" | "ur" | "ps" | "sd" | "ug" | "ckb" => Script::Arabic,
        "he" | "yi" => Script::Hebrew,
        "zh" => Script::Han,
        "ja" => Script::Kana,
        "ko" => Script::Hangul,
        "ru" | "uk" | "be" | "bg" | "sr" | "mk" | "kk" | "ky" | "tg" | "mn" => Script::Cyrillic,
        "el" => Script::Greek,
        "hi" | "mr" | "ne" => Script::Devanagari,
        "th" => Script::Thai,
        _ => Script::Latin,
    }
}

/// Every font found, loaded lazily.
pub struct Fonts {
    store: FontStore,
    /// How many font files were found, for messages.
    pub count: usize,
}

/// The fonts chosen for one book.
#[derive(Debug, Clone)]
pub(crate) struct Choice {
    pub text: Vec<String>,
    pub mono: Vec<String>,
}

impl Fonts {
    /// The system's fonts (unless `system` is false) and those under `dirs`.
    pub fn load(dirs: &[PathBuf], system: bool) -> Fonts {
        let mut store = FontStore::new();
        for dir in dirs {
            store.extend(typst_kit::fonts::scan(dir));
        }
        if system {
            store.extend(typst_kit::fonts::system());
        }
        let count = store.book().families().map(|(_, ids)| ids.count()).sum();
        Fonts { store, count }
    }

    pub fn book(&self) -> &LazyHash<FontBook> {
        self.store.book()
    }

    pub fn font(&self, index: usize) -> Option<Font> {
        self.store.font(index)
    }

    /// Families for a book in `locale` whose text is `text`: the first installed preferred family
    /// of each script it uses, the locale's script first, and for any character those lack, an
    /// installed family that has it. `Err` lists what to install when nothing has a script.
    pub(crate) fn choose(&self, locale: &str, text: &str) -> Result<Choice, String> {
        let book = self.book();
        let infos = |family: &str| -> Vec<usize> { book.select_family(&family.to_lowercase()).collect() };
        let covers = |family: &str, c: char| {
            infos(family).iter().any(|&i| book.info(i).is_some_and(|f| f.coverage.contains(c as u32)))
        };
        // Characters by script, in a stable order.
        let mut by_script: BTreeMap<Script, Vec<char>> = BTreeMap::new();
        let mut seen = std::collections::BTreeSet::new();
        for c in text.chars().filter(|c| !c.is_whitespace() && !c.is_control() && !is_ignorable(*c)) {
            if seen.insert(c) {
                by_script.entry(Script::of(c)).or_default().push(c);
            }
        }
        by_script.entry(Script::Latin).or_default();
        let main = main_script(locale);
        let mut order: Vec<Script> = vec![main];
        order.extend(by_script.keys().copied().filter(|s| *s != main));
        let mut families: Vec<String> = Vec::new();
        for script in &order {
            let chars = &by_script.get(script).cloned().unwrap_or_default();
            let sample = chars.first().copied().unwrap_or('a');
            let pick = script
                .preferred(locale)
                .iter()
                .find(|f| covers(f, sample))
                .map(|f| f.to_string())
                .or_else(|| self.any_family(sample));
            if let Some(f) = pick {
                if !families.contains(&f) {
                    families.push(f);
                }
            }
        }
        // Whatever those families lack comes from any font that has it.
        let mut missing: BTreeMap<Script, Vec<char>> = BTreeMap::new();
        for c in seen {
            if families.iter().any(|f| covers(f, c)) {
                continue;
            }
            match self.any_family(c) {
                Some(f) => families.push(f),
                None => missing.entry(Script::of(c)).or_default().push(c),
            }
        }
        if !missing.is_empty() {
            let lines: Vec<String> = missing
                .iter()
                .map(|(script, chars)| {
                    let shown: String = chars.iter().take(8).collect();
                    format!("{} text ({shown}): install {}", script.name(), script.install())
                })
                .collect();
            return Err(lines.join("; "));
        }
        let mono = ["DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Noto Sans Mono CJK SC"]
            .iter()
            .filter(|f| !infos(f).is_empty())
            .map(|f| f.to_string())
            .chain(families.iter().cloned())
            .collect();
        Ok(Choice { text: families, mono })
    }

    /// The first family (by name) with a regular face that has `c`, preferring Noto fonts.
    fn any_family(&self, c: char) -> Option<String> {
        let book = self.book();
        let mut found: Vec<&str> = book
            .families()
            .filter_map(|(name, mut ids)| {
                ids.any(|i| book.info(i).is_some_and(|f| f.coverage.contains(c as u32))).then_some(name)
            })
            .collect();
        found.sort_by_key(|name| (!name.starts_with("Noto"), name.len(), name.to_string()));
        found.first().map(|s| s.to_string())
    }
}

/// Characters no font needs to draw (joiners, variation selectors, marks of direction).
fn is_ignorable(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFE00..=0xFE0F | 0xFEFF | 0x00AD | 0x034F)
}
