// Browser tests of the site search on the shipped curriculum (curriculum/, locales/): the header
// field on every page, results as you type with keyboard and screen-reader support, the lazy
// index, right to left and small screens, the search page with filters, the page without
// JavaScript, and a relevance suite of queries in the six UN languages, each run from file://
// and from http://. Real headless Chromium driven by playwright-core.
//
//   cargo build && cd tests/browser && npm ci && node --test search.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { axe, browserSite, buildSite, fixture, makeTempDir, removeTempDir, repo, serveStatic } from "./harness.mjs";

const T = { timeout: 120_000 };
const PHONE = { viewport: { width: 360, height: 740 } };

const built = browserSite({ root: repo, prefix: "coursebook-search-" });
const { url, open } = built;
let server;

before(async () => { server = await serveStatic(built.site); });
after(async () => { if (server) await server.close(); });

/** Fails the test on any request that leaves the site (file:// or the test server): no network. */
async function offline(context, allowed) {
  const outside = [];
  await context.route("**/*", route => {
    const u = route.request().url();
    if (u.startsWith("file:") || u.startsWith("data:") || allowed.some(a => u.startsWith(a))) return route.continue();
    outside.push(u);
    return route.abort();
  });
  return outside;
}

/** Types `query` into the header field and returns the result links shown (in order). */
async function searchInHeader(page, query) {
  const field = page.locator(".site-search input[type=search]");
  await field.fill("");
  await field.fill(query);
  const popup = page.locator(".search-popup");
  await popup.waitFor({ state: "visible", timeout: 20_000 });
  // The results of this query (not of an earlier keystroke): the "all results" link names it.
  await page.waitForFunction(q => {
    const more = document.querySelector(".search-more");
    return more && more.href.endsWith("?q=" + encodeURIComponent(q));
  }, query, { timeout: 20_000 });
  return page.locator(".search-option").evaluateAll(os => os.map(o => o.getAttribute("data-href")));
}

// ----- relevance: the expected page among the first three results, from file:// and http:// -----

// [locale, query, expected page (root-relative, with the anchor where the result is a section)]
const RELEVANCE = [
  ["en", "interoperability", "en/glossary.html#interoperability"],
  ["en", "interoperabi", "en/glossary.html#interoperability"], // as you type
  ["en", "Rwanda", "en/cases/rwanda-inclusive-online-services.html"],
  ["en", "Rwnada", "en/cases/rwanda-inclusive-online-services.html"], // a typo
  ["en", "digital divide", "en/glossary.html#digital-divide"],
  ["en", "smart lighting", "en/cases/buenos-aires-smart-lighting.html"],
  ["en", "SWOT", "en/glossary.html#swot"],
  ["fr", "interopérabilité", "fr/glossary.html#interoperability"],
  ["fr", "interoperabilite", "fr/glossary.html#interoperability"], // without accents
  ["fr", "fracture numérique", "fr/glossary.html#digital-divide"],
  ["fr", "fracture numerique", "fr/glossary.html#digital-divide"],
  ["fr", "définitions clés", "fr/capacities/introduction.html#key-definitions"],
  ["fr", "Rwanda", "fr/cases/rwanda-inclusive-online-services.html"],
  ["es", "brecha digital", "es/glossary.html#digital-divide"],
  ["es", "brecha digitl", "es/glossary.html#digital-divide"], // a typo
  ["es", "interoperabilidad", "es/glossary.html#interoperability"],
  ["es", "alfabetizacion digital", "es/glossary.html#digital-literacy"], // without the accent
  ["es", "definiciones clave", "es/capacities/introduction.html#key-definitions"],
  ["es", "Serbia", "es/cases/serbia-digital-skills.html"],
  ["ar", "الفجوة الرقمية", "ar/glossary.html#digital-divide"],
  ["ar", "الفَجْوَة الرَّقْمِيَّة", "ar/glossary.html#digital-divide"], // with diacritics
  ["ar", "رواندا", "ar/cases/rwanda-inclusive-online-services.html"],
  ["ar", "التعاريف الرئيسية", "ar/capacities/introduction.html#key-definitions"],
  ["ar", "أفريقيا الذكية", "ar/cases/smart-africa.html"],
  ["ar", "افريقيا الذكيه", "ar/cases/smart-africa.html"], // plain alef, haa for taa marbuta
  ["ru", "цифровой разрыв", "ru/glossary.html#digital-divide"],
  ["ru", "Руанда", "ru/cases/rwanda-inclusive-online-services.html"],
  ["ru", "ключевые определения", "ru/capacities/introduction.html#key-definitions"],
  ["ru", "цифровая грамотность", "ru/glossary.html#digital-literacy"],
  ["ru", "Фиджи", "ru/cases/fiji-digital-services.html"],
  ["ru", "Сербия", "ru/cases/serbia-digital-skills.html"],
  ["zh-Hans", "数字鸿沟", "zh-Hans/glossary.html#digital-divide"],
  ["zh-Hans", "卢旺达", "zh-Hans/cases/rwanda-inclusive-online-services.html"],
  ["zh-Hans", "互操作性", "zh-Hans/glossary.html#interoperability"],
  ["zh-Hans", "关键定义", "zh-Hans/capacities/introduction.html#key-definitions"],
  ["zh-Hans", "数字政府转型", "zh-Hans/glossary.html#digital-government-transformation"],
  ["zh-Hans", "数字素养", "zh-Hans/glossary.html#digital-literacy"],
];

for (const protocol of ["file", "http"]) {
  test(`relevance: ${RELEVANCE.length} queries in six languages find the expected page in the top three (${protocol}://)`, { timeout: 300_000 }, async t => {
    assert.ok(RELEVANCE.length >= 36);
    const { page } = await open(t, null);
    const misses = [];
    let locale = null;
    for (const [l, query, expected] of RELEVANCE) {
      if (l !== locale) {
        locale = l;
        await page.goto(protocol === "file" ? url(`${l}/index.html`) : server.url(`${l}/index.html`));
      }
      const hrefs = await searchInHeader(page, query);
      // Links are relative to the page (one folder below the root).
      const top = hrefs.slice(0, 3).map(h => h.replace(/^\.\.\//, ""));
      if (!top.includes(expected)) misses.push(`${l} "${query}": expected ${expected}, got ${top.join(", ") || "nothing"}`);
    }
    assert.deepEqual(misses, [], "queries whose expected page is not in the top three");
  });
}

// ----- the field -----

test("every page type has the search field in its header, labelled, with / as its shortcut", T, async t => {
  const { page } = await open(t, null);
  for (const rel of ["en/index.html", "en/capacities/introduction.html", "en/cases/index.html", "en/glossary.html",
    "en/quizzes/introduction-quiz.html", "en/decks/introduction-deck.html", "en/innovation/day-1.html", "ar/index.html"]) {
    await page.goto(url(rel));
    const field = page.getByRole("searchbox", { name: /./ });
    assert.equal(await field.count(), 1, `${rel}: one labelled search field`);
    assert.equal(await field.getAttribute("aria-keyshortcuts"), "/");
  }
  await page.goto(url("en/capacities/introduction.html"));
  await page.locator("main").click();
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement.id), "site-search-q", "/ moves to the search field");
  // Typing "/" in a field types it.
  await page.keyboard.type("a/b");
  assert.equal(await page.locator("#site-search-q").inputValue(), "a/b");
});

test("the index loads only when the field is used, and a query loads only some of it", T, async t => {
  const { page } = await open(t, null);
  const requested = [];
  page.on("request", r => requested.push(new URL(r.url()).pathname));
  await page.goto(server.url("en/capacities/introduction.html"));
  await page.waitForLoadState("load");
  assert.deepEqual(requested.filter(p => p.includes("search")), [], "a page view loads no search code or index");
  await page.locator("#site-search-q").focus();
  await page.waitForFunction(() => window.CoursebookSearch && window.CoursebookSearch.open);
  await searchInHeader(page, "interoperability");
  const shards = requested.filter(p => /\/en\/search\/t\d+\.js$/.test(p));
  assert.ok(requested.some(p => p.endsWith("/en/search/docs.js")), "docs.js is loaded on focus");
  assert.ok(requested.some(p => p.endsWith("/assets/search/stem-en.js")), "the English stemmer is loaded");
  assert.ok(shards.length >= 1 && shards.length <= 4, `a one-word query loads a few shards, not all: ${shards}`);
});

test("results as you type: title, location, highlighted snippet, arrow keys, Enter opens the section, live region", T, async t => {
  const { page } = await open(t, url("en/index.html"));
  const hrefs = await searchInHeader(page, "interoperability");
  assert.ok(hrefs.length >= 3 && hrefs.length <= 8, `${hrefs.length} results shown`);
  const first = page.locator(".search-option").first();
  assert.equal(await first.locator(".sr-title").textContent(), "Interoperability");
  assert.equal(await first.locator(".sr-location").textContent(), "Glossary");
  await first.locator(".sr-snippet mark").first().waitFor();
  assert.match(await first.locator(".sr-snippet").textContent(), /interoperab/i, "the definition is shown");
  assert.match(await page.locator(".site-search [role=status]").textContent(), /^\d+ results$/);
  const input = page.locator("#site-search-q");
  assert.equal(await input.getAttribute("aria-expanded"), "true");
  assert.equal(await input.getAttribute("role"), "combobox");

  // Sections are deep links: the arrow keys reach one, Enter opens it at its anchor.
  await searchInHeader(page, "definitions of digital government transformation");
  const options = await page.locator(".search-option").evaluateAll(os => os.map(o => o.getAttribute("data-href")));
  const target = options.findIndex(h => h.includes("#"));
  assert.ok(target >= 0, `a section among ${options}`);
  for (let i = 0; i <= target; i++) await input.press("ArrowDown");
  const active = await input.getAttribute("aria-activedescendant");
  assert.equal(await page.locator(`#${active}`).getAttribute("aria-selected"), "true");
  await Promise.all([page.waitForURL(u => u.href.includes("#")), input.press("Enter")]);
  assert.equal(new URL(page.url()).hash, options[target].slice(options[target].indexOf("#")));

  // Escape closes the list.
  await searchInHeader(page, "Rwanda");
  await page.locator("#site-search-q").press("Escape");
  assert.ok(await page.locator(".search-popup").isHidden());
  assert.equal(await page.locator("#site-search-q").getAttribute("aria-expanded"), "false");
});

test("Arabic search on a phone: right to left, inside a 360 px screen, no sideways scroll", T, async t => {
  const { page } = await open(t, url("ar/index.html"), PHONE);
  await searchInHeader(page, "الحكومة الرقمية");
  assert.equal(await page.locator(".search-popup").evaluate(el => getComputedStyle(el).direction), "rtl");
  const box = await page.locator(".search-popup").boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360 + 1, `the results fit the screen: ${JSON.stringify(box)}`);
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= 361), "no horizontal scrolling");
  await page.locator(".search-option .sr-snippet mark").first().waitFor();
  await axe(page, "an Arabic page with search results open");
});

// ----- the search page -----

test("the search page lists every result and filters cases by region, country and SDG", T, async t => {
  const { page } = await open(t, url("en/search.html") + "?q=digital%20services");
  const results = page.locator(".search-page-results > li.search-result");
  await results.first().waitFor();
  assert.ok((await results.count()) > 8, "more results than the header shows");
  const total = async () => Number((await page.locator(".search-page-status").textContent()).match(/\d+/)[0]);
  const all = await total();
  await page.locator("select[data-filter=type]").selectOption("case");
  await page.waitForFunction(n => Number(document.querySelector(".search-page-status").textContent.match(/\d+/)[0]) < n, all);
  assert.match(page.url(), /type=case/, "the address keeps the filters");
  const cases = await page.locator(".search-page-results .sr-location").allTextContents();
  assert.ok(cases.length > 0 && cases.every(l => l.startsWith("Case study")), `only cases: ${cases}`);
  await page.locator("select[data-filter=region]").selectOption("africa");
  await page.waitForFunction(() => Array.from(document.querySelectorAll(".search-page-results .sr-location")).every(l => /Africa/.test(l.textContent)));
  const sdgs = await page.locator("select[data-filter=sdg] option").count();
  assert.ok(sdgs > 5, "SDGs are offered as filters");
  const status = await page.locator(".search-page-status").textContent();
  assert.match(status, /\d+ results?/);
  await axe(page, "the search page with results");
});

test("snippets keep a slide's points apart: a point without a full stop is set off by a dot", T, async t => {
  const { page } = await open(t, url("en/search.html") + "?q=data");
  const slides = page.locator(".search-page-results > li.search-result", { has: page.locator(".sr-location", { hasText: /^Slides/ }) });
  await slides.first().locator(".sr-snippet mark").first().waitFor();
  const snippets = await slides.locator(".sr-snippet").allTextContents();
  assert.ok(snippets.some(s => /\p{Ll} · \p{Lu}/u.test(s)), `points set off: ${snippets.join(" | ")}`);
  // Sentences that end with a full stop are followed by a space only.
  assert.ok(snippets.every(s => !/[.!?] · /.test(s)), snippets.join(" | "));
});

test("without JavaScript the field submits to an A-Z index of pages and terms", T, async t => {
  const { page } = await open(t, url("fr/capacities/introduction.html"), { javaScriptEnabled: false });
  await page.locator("#site-search-q").fill("interopérabilité");
  await Promise.all([page.waitForURL(/search\.html\?q=/), page.locator(".site-search button[type=submit]").click()]);
  assert.ok(await page.locator(".search-no-js").isVisible(), "the page says search needs JavaScript");
  const links = page.locator(".az-list a");
  assert.ok((await links.count()) > 100, "every page and term is listed");
  const term = page.locator(".az-list a", { hasText: /^Interopérabilité$/ });
  assert.equal(await term.getAttribute("href"), "../fr/glossary.html#interoperability");
  assert.ok((await page.locator(".az-letters a").count()) > 10, "a letter index");
  // axe-core needs JavaScript: check the same page with it, before any query.
  const { page: withScript } = await open(t, url("fr/search.html"));
  await axe(withScript, "the search page and its A-Z index");
});

// ----- Chinese and Arabic, keyboard only, on a phone, from file:// and http:// -----

// [locale, query typed, the result to pick with the arrow keys]: Chinese without spaces (a
// phrase around the term), Arabic with diacritics and hamza-less alef.
const KEYBOARD = [
  ["zh-Hans", "什么是数字鸿沟", "zh-Hans/glossary.html#digital-divide"],
  ["ar", "الفَجْوَة الرقميه", "ar/glossary.html#digital-divide"],
  ["ar", "افريقيا الذكية", "ar/cases/smart-africa.html"],
];

for (const protocol of ["file", "http"]) {
  test(`Chinese and Arabic with the keyboard only, at 360 px, from ${protocol}://, no network, axe-clean`, T, async t => {
    const { context, page } = await open(t, null, PHONE);
    const outside = await offline(context, protocol === "http" ? [server.url("")] : []);
    for (const [locale, query, expected] of KEYBOARD) {
      const start = `${locale}/capacities/introduction.html`;
      await page.goto(protocol === "file" ? url(start) : server.url(start));
      // Keyboard only: "/" to the field, type, arrows to the result, Enter.
      await page.keyboard.press("/");
      assert.equal(await page.evaluate(() => document.activeElement.id), "site-search-q");
      await page.keyboard.type(query);
      await page.waitForFunction(q => {
        const more = document.querySelector(".search-more");
        return more && !more.closest(".search-popup").hidden && more.href.endsWith("?q=" + encodeURIComponent(q));
      }, query, { timeout: 20_000 });
      const hrefs = await page.locator(".search-option").evaluateAll(os => os.map(o => o.getAttribute("data-href").replace(/^(\.\.\/)+/, "")));
      const at = hrefs.indexOf(expected);
      assert.ok(at >= 0 && at < 3, `${locale} "${query}": ${expected} in the top three of ${hrefs}`);
      await page.locator(".search-option .sr-snippet mark").first().waitFor();
      const box = await page.locator(".search-popup").boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= 361, `${locale}: the results fit 360 px: ${JSON.stringify(box)}`);
      assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= 361), `${locale}: no sideways scroll`);
      assert.match(await page.locator(".site-search [role=status]").textContent(), /\d/, "the count is announced");
      await axe(page, `${locale} results at 360 px (${protocol}://)`);
      for (let i = 0; i <= at; i++) await page.keyboard.press("ArrowDown");
      await Promise.all([page.waitForURL(u => u.href.endsWith(expected.slice(expected.indexOf("/")))), page.keyboard.press("Enter")]);
    }
    assert.deepEqual(outside, [], "requests that left the site");
  });
}

// ----- editions: what learners may not see, search does not find -----

test("the learner edition's search finds no facilitator note, solution or model answer; the facilitator edition's does", T, async t => {
  const tmp = makeTempDir("coursebook-search-editions-");
  t.after(() => removeTempDir(tmp));
  const editions = {};
  for (const edition of ["learner", "facilitator"]) {
    editions[edition] = buildSite(fixture("lesson"), path.join(tmp, edition), ["--edition", edition]);
  }
  const { page } = await open(t, null);
  // [query, the page a facilitator finds it on]: a note and a solution (a chapter section), a
  // reflection's model answer, a worksheet's model answer, a chapter's preparation list.
  const queries = [
    ["HIDDEN-FACILITATOR-NOTE", "en/data-basics/reading-tables.html#what-a-table-holds"],
    ["HIDDEN-SOLUTION-TEXT", "en/data-basics/reading-tables.html#what-a-table-holds"],
    ["minister", "en/quizzes/tables-reflections.html"],
    ["HIDDEN-WORKSHEET-ANSWER", "en/worksheets/table-notes.html"],
    ["projector", "en/data-basics/reading-tables.html"],
  ];
  for (const [edition, site] of Object.entries(editions)) {
    await page.goto(pathToFileURL(path.join(site, "en/index.html")).href);
    for (const [query, where] of queries) {
      const hrefs = (await searchInHeader(page, query)).map(h => h.replace(/^(\.\.\/)+/, ""));
      // The results' titles, places and snippets (the "all results" link repeats the query).
      const shown = (await page.locator(".search-option").allTextContents()).join(" ");
      if (edition === "learner") {
        assert.ok(!hrefs.includes(where), `learner "${query}": found on ${where}`);
        assert.ok(!/HIDDEN|minister|projector/i.test(shown), `learner "${query}" shows: ${shown}`);
      } else {
        assert.equal(hrefs[0], where, `facilitator "${query}": ${hrefs}`);
      }
    }
    // What learners do see is found in both editions.
    const hrefs = (await searchInHeader(page, "largest item")).map(h => h.replace(/^(\.\.\/)+/, ""));
    assert.ok(hrefs.includes("en/data-basics/reading-tables.html#what-a-table-holds"), `${edition}: ${hrefs}`);
  }
});
