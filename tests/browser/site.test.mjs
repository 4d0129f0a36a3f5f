// Browser tests of the shipped curriculum (curriculum/, locales/) built with the default theme:
// right-to-left layout, translation fallbacks, the language switcher, small screens, the case
// index filters, the 404 page, dark mode, and axe-core on every page type. Real headless Chromium driven by
// playwright-core.
//
//   cargo build && cd tests/browser && npm ci && node --test
//
// Environment: COURSEBOOK_BIN (default target/debug/coursebook; relative to the repository root),
// CHROMIUM (default /usr/bin/chromium).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { axe, browserSite, buildSite, makeTempDir, removeTempDir, repo } from "./harness.mjs";

const T = { timeout: 90_000 };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 } };

const built = browserSite({ root: repo, prefix: "coursebook-site-" });
const { url, open } = built;
let site, locales;

before(() => {
  site = built.site;
  // The locales of the site: the folders with a home page.
  locales = readdirSync(site, { withFileTypes: true })
    .filter(d => d.isDirectory() && existsSync(path.join(site, d.name, "index.html")))
    .map(d => d.name).sort();
  for (const l of ["ar", "en", "es", "fr"]) assert.ok(locales.includes(l), `the site has locale ${l} (found ${locales})`);
});

const box = (page, selector) => page.locator(selector).first().evaluate(el => {
  const r = el.getBoundingClientRect();
  return { left: r.left, right: r.right, width: r.width, height: r.height };
});

// ----- right to left -----

test("Arabic pages are right to left: dir, direction, and the sidebar on the right at desktop width", T, async t => {
  const { page } = await open(t, url("ar/capacities/introduction.html"), DESKTOP);
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ar");
  assert.equal(await page.locator("main").evaluate(el => getComputedStyle(el).direction), "rtl");
  let nav = await box(page, "nav.sidebar"), main = await box(page, "main");
  assert.ok(nav.width > 0 && main.width > 0, "sidebar and main are laid out");
  assert.ok(nav.left >= main.right - 1, `ar: the sidebar (${nav.left}..${nav.right}) is right of main (${main.left}..${main.right})`);

  await page.goto(url("en/capacities/introduction.html"));
  assert.equal(await page.evaluate(() => document.documentElement.dir), "ltr");
  assert.equal(await page.locator("main").evaluate(el => getComputedStyle(el).direction), "ltr");
  nav = await box(page, "nav.sidebar"); main = await box(page, "main");
  assert.ok(nav.right <= main.left + 1, `en: the sidebar (${nav.left}..${nav.right}) is left of main (${main.left}..${main.right})`);
});

// ----- translations -----

test("an untranslated French chapter says so in French and marks its English content lang=en", T, async t => {
  // Every shipped page is translated: a copy of the curriculum without one French translation.
  const tmp = makeTempDir("coursebook-untranslated-");
  t.after(() => removeTempDir(tmp));
  const root = path.join(tmp, "root");
  for (const dir of ["curriculum", "locales", "static"]) cpSync(path.join(repo, dir), path.join(root, dir), { recursive: true });
  rmSync(path.join(root, "locales/fr/courses/innovation/chapters/3-3-public-value-framework.md"));
  const out = buildSite(root, path.join(tmp, "site"));
  const at = rel => pathToFileURL(path.join(out, rel)).href;
  const { page } = await open(t, at("fr/innovation/module-3-3.html"));
  assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
  const notice = page.locator(".translation-notice");
  assert.equal(await notice.count(), 1);
  assert.ok(await notice.isVisible(), "the notice is visible");
  const text = await notice.textContent();
  assert.match(text, /Cette page n’est pas encore traduite/, `the notice is in French: ${text}`);
  assert.equal(await notice.evaluate(el => el.closest("[lang]").lang), "fr", "the notice itself is in the page's language");
  const original = notice.getByRole("link");
  assert.equal(await original.getAttribute("hreflang"), "en");
  assert.equal(new URL(await original.evaluate(a => a.href)).href, at("en/innovation/module-3-3.html"), "the notice links to the original");

  const content = page.locator("div.content");
  assert.equal(await content.count(), 1);
  assert.equal(await content.getAttribute("lang"), "en", "the English content is marked lang=en");
  assert.equal(await content.evaluate(el => getComputedStyle(el).direction), "ltr");
  assert.ok(await content.locator("h1").isVisible());

  // A translated chapter has neither.
  await page.goto(url("fr/capacities/introduction.html"));
  assert.equal(await page.locator(".translation-notice").count(), 0, "chapter 1 is translated");
  assert.equal(await page.locator("div.content[lang=en]").count(), 0, "no content marked as English");
});

test("the language switcher links to the same page in every other locale, and each link exists", T, async t => {
  const rel = "capacities/introduction.html";
  const { page } = await open(t, url(`fr/${rel}`));
  const links = await page.locator("nav.language-switcher a").evaluateAll(as => as.map(a => ({
    href: a.href, hreflang: a.hreflang, lang: a.lang, current: a.getAttribute("aria-current"), text: a.textContent,
  })));
  assert.deepEqual(links.map(l => l.hreflang).sort(), locales, "one link per locale");
  for (const l of links) {
    assert.equal(l.lang, l.hreflang, `${l.text} is marked with its own language`);
    assert.equal(l.href, url(`${l.hreflang}/${rel}`), `${l.text} links to the same page`);
    assert.ok(existsSync(fileURLToPath(l.href)), `${l.href} exists`);
    assert.equal(l.current, l.hreflang === "fr" ? "true" : null, `only the current locale is marked current (${l.text})`);
  }
  // Following one lands on the page in that language, with the same switcher.
  await page.locator("nav.language-switcher a[hreflang=ar]").click();
  await page.waitForURL(url(`ar/${rel}`));
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ar");
  assert.equal(await page.locator("nav.language-switcher a[aria-current=true]").getAttribute("hreflang"), "ar");
});

// ----- accessibility -----

test("axe-core: no WCAG 2.1 A/AA violations on every page type, in English and Arabic", T, async t => {
  const { page } = await open(t, null, DESKTOP);
  const pages = [
    "ar/capacities/introduction.html",
    "ar/quizzes/introduction-quiz.html",
    "ar/cases/index.html",
    "en/index.html",
    "en/capacities/index.html",
    "en/cases/smart-africa.html",
    "en/glossary.html",
    "fr/translation-status.html",
  ];
  for (const rel of pages) {
    assert.ok(existsSync(path.join(site, rel)), `${rel} was built`);
    await page.goto(url(rel));
    await axe(page, rel);
  }
});

test("dark mode: pages follow the reader's dark setting, pass axe-core's contrast checks, and print light", T, async t => {
  const { page } = await open(t, null, { ...DESKTOP, colorScheme: "dark" });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const pages = [
    "en/index.html",
    "en/capacities/introduction.html",
    "en/cases/index.html",
    "en/glossary.html",
    "en/worksheets/action-plan.html",
    "en/assessments/dtca.html",
    "en/decks/envisioning-deck.html",
    "fr/innovation/module-5-5.html",
    "ar/capacities/introduction.html",
  ];
  for (const rel of pages) {
    await page.goto(url(rel));
    assert.equal(await background(), "rgb(13, 17, 23)", `${rel} is dark`);
    await axe(page, `${rel} (dark)`);
  }
  // A quiz's feedback, and search results with their highlighted words.
  await page.goto(url("en/quizzes/introduction-quiz.html"));
  await page.locator(".question input").first().check();
  await page.locator(".quiz-form button[type=submit], .quiz button.primary").first().click();
  await axe(page, "a quiz with its feedback (dark)");
  await page.goto(url("en/search.html") + "?q=digital");
  await page.locator(".search-page mark").first().waitFor();
  await axe(page, "search results (dark)");
  // Paper stays light.
  await page.emulateMedia({ media: "print" });
  assert.equal(await background(), "rgb(255, 255, 255)", "printed light");
  // And the light setting is unchanged.
  const { page: light } = await open(t, url("en/index.html"), { ...DESKTOP, colorScheme: "light" });
  assert.equal(await light.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(255, 255, 255)");
});

test("axe-core: no WCAG 2.1 A/AA violations on the root language choice (without its redirect)", T, async t => {
  // The root page's script goes to the browser's language: without JavaScript it stays.
  const { page } = await open(t, url("index.html"), { javaScriptEnabled: false });
  assert.equal(page.url(), url("index.html"));
  const links = await page.locator(".languages a").evaluateAll(as => as.map(a => a.hreflang));
  assert.deepEqual([...links].sort(), locales, "the root page offers every locale");
  // axe-core needs timers, which do not run in a page whose scripts are disabled: check the same
  // page with scripts on, but with no browser language for its redirect to follow.
  const { page: stay } = await open(t, null);
  await stay.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "languages", { get: () => [] });
    Object.defineProperty(Navigator.prototype, "language", { get: () => "" });
  });
  await stay.goto(url("index.html"));
  assert.equal(stay.url(), url("index.html"), "no redirect");
  await axe(stay, "index.html");
  // With JavaScript and a language the site has, the page goes there.
  const { page: redirected } = await open(t, null, { locale: "ar-EG" });
  await redirected.goto(url("index.html"));
  await redirected.waitForURL(url("ar/index.html"));
});

// ----- small screens -----

test("chapter 1 fits a 360px screen without sideways scrolling, in English and Arabic", T, async t => {
  const { page } = await open(t, null, PHONE);
  for (const rel of ["en/capacities/introduction.html", "ar/capacities/introduction.html"]) {
    await page.goto(url(rel));
    const m = await page.evaluate(() => ({ scroll: document.scrollingElement.scrollWidth, inner: window.innerWidth }));
    assert.equal(m.inner, 360);
    assert.ok(m.scroll <= m.inner, `${rel} scrolls sideways: ${m.scroll}px wide in ${m.inner}px`);
  }
});

// ----- case index -----

/** Visible cards and groups of the case index. */
function caseIndex(page) {
  return page.evaluate(() => {
    const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
    const groups = Array.from(document.querySelectorAll(".case-group")).filter(visible).map(g => ({
      id: g.querySelector("h2").id,
      heading: g.querySelector("h2").textContent,
      regions: Array.from(g.querySelectorAll(".case-card")).filter(visible).map(c => c.dataset.region),
    }));
    const status = document.querySelector(".filter-status");
    return { groups, cards: groups.reduce((n, g) => n + g.regions.length, 0), status: status ? status.textContent : null };
  });
}

test("case index: without JavaScript all cases show, grouped by region; with it the filters work", T, async t => {
  // One card per case page (54 when this test was written; the library grows).
  const total = readdirSync(path.join(site, "en", "cases")).filter(f => f.endsWith(".html") && f !== "index.html").length;
  assert.ok(total >= 54, `${total} case pages`);
  const { page: plain } = await open(t, url("en/cases/index.html"), { javaScriptEnabled: false });
  assert.ok(!(await plain.locator(".case-filter").isVisible()), "the filter form needs the script: hidden without it");
  assert.match(await plain.locator(".lead").textContent(), new RegExp(`^${total} case studies`), "the lead gives the count");
  assert.equal(await plain.locator(".case-card").count(), total);
  const visible = await plain.locator(".case-card").evaluateAll(cs => cs.filter(c => c.getClientRects().length).length);
  assert.equal(visible, total, "every case card is visible");
  const regions = await plain.locator("select[data-filter=region] option").evaluateAll(os => os.map(o => o.value).filter(Boolean));
  const groups = await plain.locator(".case-group").evaluateAll(gs => gs.map(g => ({
    id: g.querySelector("h2").id,
    heading: g.querySelector("h2").textContent,
    regions: Array.from(g.querySelectorAll(".case-card"), c => c.dataset.region),
  })));
  assert.deepEqual(groups.map(g => g.id), regions.map(r => `region-${r}`), "one group per region, in the filter's order");
  for (const r of ["africa", "americas", "asia", "europe", "oceania"]) assert.ok(regions.includes(r), `region ${r}`);
  for (const g of groups) {
    assert.ok(g.regions.length > 0, `${g.id} has cases`);
    assert.ok(g.regions.every(r => `region-${r}` === g.id), `${g.id} holds only its own region's cases`);
    assert.ok(g.heading.endsWith(`(${g.regions.length})`), `${g.heading}: the count matches`);
  }
  const africa = groups.find(g => g.id === "region-africa").regions.length;

  const { page } = await open(t, url("en/cases/index.html"));
  const form = page.getByRole("form", { name: "Filter case studies" });
  assert.ok(await form.isVisible(), "the filters show with the script");
  let s = await caseIndex(page);
  assert.equal(s.cards, total, "all cases before filtering");

  await page.getByLabel("Region", { exact: true }).selectOption("africa");
  s = await caseIndex(page);
  assert.deepEqual(s.groups.map(g => g.id), ["region-africa"], "only the Africa group shows");
  assert.equal(s.cards, africa);
  assert.ok(s.groups[0].regions.every(r => r === "africa"), "only cards with data-region=africa");
  assert.equal(await page.locator(".case-card:not([data-region=africa])").evaluateAll(cs => cs.filter(c => c.getClientRects().length).length), 0);
  assert.equal(s.status, `Case studies shown: ${africa}`, "the status text follows");
  assert.equal(await page.locator(".filter-status").getAttribute("role"), "status", "the count is announced");

  // Combined filters, then nothing, then all again.
  await page.getByLabel("Countries", { exact: true }).selectOption("Rwanda");
  s = await caseIndex(page);
  assert.ok(s.cards > 0 && s.cards < africa, `Africa and Rwanda: ${s.cards}`);
  assert.equal(s.status, `Case studies shown: ${s.cards}`);
  await page.getByLabel("Region", { exact: true }).selectOption("europe");
  s = await caseIndex(page);
  assert.equal(s.cards, 0);
  assert.deepEqual(s.groups, [], "empty groups are hidden");
  assert.equal(s.status, "Case studies shown: 0");
  await page.getByLabel("Region", { exact: true }).selectOption("");
  await page.getByLabel("Countries", { exact: true }).selectOption("");
  s = await caseIndex(page);
  assert.equal(s.cards, total);
  assert.equal(s.status, `Case studies shown: ${total}`);
  await axe(page, "the case index after filtering");
});

// ----- 404 -----

test("the 404 page renders with its own inline styles and loads nothing else", T, async t => {
  const { page } = await open(t, null);
  const requests = [];
  page.on("request", r => requests.push(r.url()));
  await page.goto(url("404.html"));
  assert.deepEqual(requests, [url("404.html")], "a self-contained page: no stylesheet, script or image to load");
  assert.equal(await page.locator("link[rel=stylesheet]").count(), 0);
  assert.ok(await page.locator("head style").evaluate(s => s.sheet && s.sheet.cssRules.length > 10), "an inline style sheet with rules");
  const styles = await page.evaluate(() => {
    const body = getComputedStyle(document.body), a = getComputedStyle(document.querySelector("main a"));
    return { margin: body.margin, font: body.fontFamily, color: body.color, link: a.color };
  });
  assert.equal(styles.margin, "0px", "the theme's body margin applies");
  assert.match(styles.font, /system-ui/, "the theme's font stack applies");
  assert.equal(styles.color, "rgb(29, 35, 39)", "the theme's text colour applies");
  assert.equal(styles.link, "rgb(11, 92, 173)", "the theme's link colour applies");
  assert.ok(await page.getByRole("heading", { level: 1, name: "Page not found" }).isVisible());
  const home = page.getByRole("link", { name: "Go to the home page" });
  assert.ok(existsSync(fileURLToPath(await home.evaluate(a => a.href))), "the home link resolves from the site root");
  await axe(page, "404.html");
});

test("event: session times in the event's zone, its other zones, and the reader's own time", T, async t => {
  const page_ = "en/events/toolkit-launch-webinar-2023.html";
  // A reader in Paris (UTC+2 in May): 15:00 in Seoul (UTC+9) is 08:00.
  const { page } = await open(t, url(page_), { ...DESKTOP, timezoneId: "Europe/Paris" });
  const opening = page.locator(".agenda-session").first();
  assert.match(await page.locator(".facts").innerText(), /Seoul \(UTC\+09:00\), Bangkok \(UTC\+07:00\), Addis Ababa \(UTC\+03:00\)/);
  assert.match(await page.locator("#programme + p").innerText(), /Times are given in Seoul \(UTC\+09:00\)/);
  assert.equal(await opening.locator("h3 time").first().getAttribute("datetime"), "2023-05-30T15:00:00+09:00");
  assert.match(await opening.locator(".session-times").innerText(), /13:00–13:07 Bangkok · 09:00–09:07 Addis Ababa/);
  const local = opening.locator(".local-time");
  await local.waitFor({ state: "visible" });
  assert.equal(await local.innerText(), "Your time: 08:00–08:07");

  // A reader in Seoul needs no conversion; one in Los Angeles sees the day before.
  const seoul = await open(t, url(page_), { ...DESKTOP, timezoneId: "Asia/Seoul" });
  assert.equal(await seoul.page.locator(".local-time").first().isHidden(), true);
  const la = await open(t, url(page_), { ...DESKTOP, timezoneId: "America/Los_Angeles" });
  const laTime = la.page.locator(".local-time").first();
  await laTime.waitFor({ state: "visible" });
  assert.equal(await laTime.innerText(), "Your time: 23:00–23:07 (May 29)");
});
