//! Case pages, the case library index with its filters, and case cards and summaries.

use super::*;

#[derive(Serialize)]
struct CaseView<'a> {
    card: CaseCard,
    organisations: &'a [String],
    level: String,
    source: &'a crate::content::Citation,
    editorial_note: &'a Option<String>,
    body: String,
    used_in: Vec<Link>,
}

#[derive(Serialize)]
struct RegionView {
    key: &'static str,
    name: String,
    cases: Vec<CaseCard>,
}

/// One value of a filter (a country, a theme, an SDG) with the cases that have it.
#[derive(Serialize)]
struct Facet<N> {
    name: N,
    cases: Vec<Link>,
    /// Language of the name when it is not the page's: set when every case that has it is
    /// untranslated (a name that a translated case uses too is a word of the page's language).
    lang: Option<String>,
}

impl Facet<String> {
    /// Adds a case to the facet `name` of `facets`.
    fn add(facets: &mut BTreeMap<String, Facet<String>>, name: &str, card: &CaseCard, link: &Link) {
        let facet = facets.entry(name.to_string()).or_insert_with(|| Facet {
            name: name.to_string(),
            cases: Vec::new(),
            lang: card.lang.clone(),
        });
        if card.lang.is_none() {
            facet.lang = None;
        }
        facet.cases.push(link.clone());
    }
}

pub(crate) fn case_card(r: &Renderer<'_>, c: &Case, to_root: &str) -> CaseCard {
    CaseCard {
        id: c.meta.id.clone(),
        number: c.meta.number.clone(),
        title: c.meta.title.clone(),
        url: format!("{to_root}{}", urls::case(r.locale(), &c.meta.id)),
        countries: c.meta.countries.clone(),
        region: r.strings.get(c.meta.region.key()),
        region_key: c.meta.region.key().trim_start_matches("region-").to_string(),
        sdgs: c.meta.sdgs.clone(),
        themes: c.meta.themes.clone(),
        year: c.meta.year,
        lang: r.lang_of(&c.origin),
    }
}

/// For each case, the chapters (and sections) that use it, in course order.
pub(crate) fn case_usage(r: &Renderer<'_>, references: &[Reference]) -> HashMap<String, Vec<Link>> {
    // case → (course, chapter) → (link to the chapter, numbers of sections that cite it)
    type ByChapter = BTreeMap<(usize, usize), (Link, BTreeSet<String>)>;
    let mut usage: HashMap<String, ByChapter> = HashMap::new();
    for reference in references {
        let Some(pos) = r.index.chapter_pos.get(reference.chapter.as_str()) else {
            continue;
        };
        let course = &r.index.cur.courses[pos.course];
        let ch = &course.chapters[pos.chapter];
        let entry =
            usage.entry(reference.case.clone()).or_default().entry((pos.course, pos.chapter)).or_insert_with(|| {
                (
                    Link {
                        url: urls::chapter(r.locale(), &course.doc.meta.id, &ch.meta.id),
                        title: ch.meta.title.clone(),
                        number: Some(course.numbers[pos.chapter].clone()),
                        current: false,
                        lang: r.lang_of(&ch.origin),
                    },
                    BTreeSet::new(),
                )
            });
        if let Some(n) = &reference.number {
            entry.1.insert(n.clone());
        }
    }
    usage
        .into_iter()
        .map(|(case, chapters)| {
            let links = chapters
                .into_iter()
                .map(|((course, _), (mut link, sections))| {
                    // What the entry names: the sections that cite the case ("section 3.1, 3.2"),
                    // else the chapter or module that lists it ("Chapter 3").
                    let number = link.number.take().unwrap_or_default();
                    link.number = Some(if sections.is_empty() {
                        let key = if r.index.cur.courses[course].agenda.is_some() { "module-n" } else { "chapter-n" };
                        r.format(key, &[("n", &number)])
                    } else {
                        format!("{} {}", r.strings.get("section"), sections.into_iter().collect::<Vec<_>>().join(", "))
                    });
                    link
                })
                .collect();
            (case, links)
        })
        .collect()
}

pub(crate) fn render_case(
    r: &Renderer<'_>,
    i: usize,
    used_in: &HashMap<String, Vec<Link>>,
) -> (Option<OutputFile>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let c = &r.index.cur.cases[i];
    let url = urls::case(r.locale(), &c.meta.id);
    let to_root = urls::to_root(&url);
    let body = r.block(&r.docs.case(i), &c.path, &url, &mut problems).html;
    let used: Vec<Link> = used_in
        .get(&c.meta.id)
        .map(|links| links.iter().map(|l| Link { url: format!("{to_root}{}", l.url), ..l.clone() }).collect())
        .unwrap_or_default();
    let mut context = Context::new();
    context.insert(
        "case",
        &CaseView {
            card: case_card(r, c, &to_root),
            organisations: &c.meta.organisations,
            level: r.strings.get(c.meta.level.key()),
            source: &c.meta.source,
            editorial_note: &c.meta.editorial_note,
            body,
            used_in: used,
        },
    );
    let mut crumbs = vec![r.home_crumb(&url)];
    if r.sections.case_library {
        crumbs.push(Link {
            url: format!("{to_root}{}", urls::cases(r.locale())),
            title: r.strings.get("case-library"),
            number: None,
            current: false,
            lang: None,
        });
    }
    let mut page = r.page(&url, &c.meta.title, crumbs, None, None);
    r.mark_origin(&mut page, &c.origin);
    let file = r.emit("case.html", &url, page, context, &mut problems);
    (file, problems)
}

pub(crate) fn render_case_index(r: &Renderer<'_>, problems: &mut Vec<Diagnostic>) -> Option<OutputFile> {
    let url = urls::cases(r.locale());
    let to_root = urls::to_root(&url);
    let cur = r.index.cur;
    let mut by_region: BTreeMap<crate::content::Region, Vec<CaseCard>> = BTreeMap::new();
    let mut countries: BTreeMap<String, Facet<String>> = BTreeMap::new();
    let mut sdgs: BTreeMap<u8, Vec<Link>> = BTreeMap::new();
    let mut themes: BTreeMap<String, Facet<String>> = BTreeMap::new();
    for c in &cur.cases {
        let card = case_card(r, c, &to_root);
        let link = Link {
            url: card.url.clone(),
            title: card.title.clone(),
            number: card.number.clone(),
            current: false,
            lang: card.lang.clone(),
        };
        for country in &c.meta.countries {
            Facet::add(&mut countries, country, &card, &link);
        }
        for sdg in &c.meta.sdgs {
            sdgs.entry(*sdg).or_default().push(link.clone());
        }
        for theme in &c.meta.themes {
            Facet::add(&mut themes, theme, &card, &link);
        }
        by_region.entry(c.meta.region).or_default().push(card);
    }
    let sort_cards = |cards: &mut Vec<CaseCard>| {
        cards.sort_by(|a, b| {
            natural_key(a.number.as_deref()).cmp(&natural_key(b.number.as_deref())).then(a.title.cmp(&b.title))
        })
    };
    let regions: Vec<RegionView> = by_region
        .into_iter()
        .map(|(region, mut cards)| {
            sort_cards(&mut cards);
            RegionView {
                key: region.key().trim_start_matches("region-"),
                name: r.strings.get(region.key()),
                cases: cards,
            }
        })
        .collect();
    let mut context = Context::new();
    context.insert("regions", &regions);
    context.insert("countries", &countries.into_values().collect::<Vec<_>>());
    context.insert("themes", &themes.into_values().collect::<Vec<_>>());
    context
        .insert("sdgs", &sdgs.into_iter().map(|(n, cases)| Facet { name: n, cases, lang: None }).collect::<Vec<_>>());
    context.insert("case_count", &cur.cases.len());
    let page = r.page(&url, &r.strings.get("case-library"), vec![r.home_crumb(&url)], None, None);
    r.emit("cases.html", &url, page, context, problems)
}

/// A case's title, place and lesson (its last section), for a slide.
pub(crate) fn case_summary_html(r: &Renderer<'_>, id: &str, to_root: &str) -> Option<String> {
    let case = r.index.cur.cases.iter().find(|c| c.meta.id == id)?;
    let url = format!("{to_root}{}", urls::case(r.locale(), id));
    let lesson = case.body.rfind("\n## ").map(|i| &case.body[i + 1..]).unwrap_or("");
    let (heading, text) = lesson.split_once('\n').unwrap_or(("", ""));
    let page = urls::case(r.locale(), id);
    let mut problems = Vec::new();
    let text_html = r.inline(text.trim(), &case.path, &page, &mut problems);
    let mut context = Context::new();
    context.insert("case", &case_card(r, case, to_root));
    context.insert("url", &url);
    context.insert("lesson_title", heading.trim_start_matches('#').trim());
    context.insert("lesson", &text_html);
    context.insert("lang", &r.lang_of(&case.origin));
    r.tera.render("partials/case-summary.html", &context).ok()
}

#[derive(Serialize)]
pub(crate) struct CaseCard {
    pub(crate) id: String,
    pub(crate) number: Option<String>,
    pub(crate) title: String,
    pub(crate) url: String,
    pub(crate) countries: Vec<String>,
    pub(crate) region: String,
    pub(crate) region_key: String,
    pub(crate) sdgs: Vec<u8>,
    pub(crate) themes: Vec<String>,
    pub(crate) year: Option<u16>,
    /// Language of the title, countries and themes when they are not the page's (an
    /// untranslated case).
    pub(crate) lang: Option<String>,
}

/// "5.10" sorts after "5.9".
pub(crate) fn natural_key(number: Option<&str>) -> Vec<u32> {
    number
        .map(|n| n.split('.').map(|p| p.trim().parse().unwrap_or(u32::MAX)).collect())
        .unwrap_or_else(|| vec![u32::MAX])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_case_numbers_naturally() {
        assert!(natural_key(Some("5.9")) < natural_key(Some("5.10")));
    }
}
