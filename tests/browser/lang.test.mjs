// Language of parts (WCAG 3.1.2) on partly translated pages: every English text an Arabic,
// Chinese or French page shows because it is not translated (chapter and case titles, case tags
// and countries, site.yaml texts, search results and filters) carries lang="en" (and dir="ltr"
// on right-to-left pages), so that a screen reader does not read it with the page's voice.
//
// The fixture (tests/fixtures/lang) translates a little of everything: see its README.
//
//   cargo build && cd tests/browser && npm ci && node --test lang.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserSite, fixture } from "./harness.mjs";
import { classify, englishFragments } from "./lang-check.mjs";

const T = { timeout: 120_000 };
const site = browserSite({ root: fixture("lang"), prefix: "coursebook-lang-" });

const PAGES = [
  "index.html",
  "basics/index.html",
  "basics/start.html",
  "basics/strategy.html",
  "cases/index.html",
  "cases/korea-portal.html",
  "cases/bosnia-registry.html",
  "search.html",
];

/** The English fragments of the page now shown, split into tagged and untagged. */
async function fragments(page) {
  return classify(await page.evaluate(englishFragments));
}

/** Fails with every untagged English fragment of the page, one a line. */
function assertAllTagged(untagged, label) {
  assert.deepEqual(untagged.map(f => `[${f.lang}] ${f.where}: ${f.text}`), [], `English read as another language on ${label}`);
}

test("the checker flags English under a foreign lang, and only that", T, async t => {
  const { page } = await site.open(t, null);
  await page.setContent(`<html lang="ar" dir="rtl"><body>
    <p id="wrong">The portal of the state</p>
    <p><span lang="en" dir="ltr">The portal of the state</span></p>
    <p>بوابة الدولة</p>
    <p>تستشهد الدورة بمجلة <em>The Systems Thinker</em> في هذا الفصل</p>
    <p><em>The Systems Thinker</em></p>
    <a href="#" aria-label="Open the menu">☰</a>
    <pre>for x in the list</pre>
  </body></html>`);
  const { tagged, untagged } = await fragments(page);
  assert.deepEqual(tagged.map(f => [f.text, f.dir]), [["The portal of the state", "ltr"]]);
  assert.deepEqual(untagged.map(f => f.text).sort(), ["Open the menu", "The portal of the state", "The Systems Thinker"].sort(),
    "a planted English paragraph, an English title alone and an English aria-label are flagged; a title quoted in Arabic prose and code are not");
});

for (const locale of ["ar", "zh-Hans", "fr"]) {
  test(`${locale}: untranslated English on every kind of page carries lang="en"`, T, async t => {
    const { page } = await site.open(t, null);
    let total = 0;
    for (const rel of PAGES) {
      await page.goto(site.url(`${locale}/${rel}`));
      const { tagged, untagged } = await fragments(page);
      assertAllTagged(untagged, `${locale}/${rel}`);
      if (locale === "ar") {
        assert.deepEqual(tagged.filter(f => f.dir !== "ltr").map(f => `${f.where}: ${f.text}`), [],
          `English on the right-to-left ${locale}/${rel} is set left-to-right`);
      }
      total += tagged.length;
    }
    // Not vacuous: the fixture leaves English on these pages, and the checker found it.
    assert.ok(total > 20, `only ${total} English fragments found in ${locale}`);
  });
}

test("ar: the fallback texts the issue names are tagged where they appear", T, async t => {
  const { page } = await site.open(t, null);
  const texts = async rel => {
    await page.goto(site.url(`ar/${rel}`));
    return (await fragments(page)).tagged.map(f => f.text);
  };
  const home = await texts("index.html");
  // The title is translated (ar/site.yaml); the description is not.
  assert.ok(home.includes("Open courses on the craft of digital government for public servants."), "the home page's lead");
  assert.ok(home.some(f => f.includes("Open courses on the craft")) && home.filter(f => f.includes("Open courses on the craft")).length >= 2,
    "the description in the lead and in the footer");
  assert.ok(!home.some(f => f.includes("The Academy of Public Service")), "the translated title is not the source's");
  const course = await texts("basics/index.html");
  assert.ok(course.includes("Writing a strategy for the whole of government"), "an untranslated chapter in the syllabus");
  assert.ok(course.includes("How to turn a vision into a plan that the ministries share."), "its summary");
  const cases = await texts("cases/index.html");
  for (const text of ["Bosnia and Herzegovina: a registry for the whole of government", "Bosnia and Herzegovina", "whole of government", "interoperability of data"]) {
    assert.ok(cases.includes(text), `cases index: ${text}`);
  }
  const korea = await texts("cases/korea-portal.html");
  assert.ok(korea.includes("Where the journey of transformation begins") === false, "the translated chapter that uses it is Arabic");
  assert.ok(korea.includes("The Portal of the Republic"), "the source a translation cites as the original does");
  const strategy = await texts("basics/strategy.html");
  assert.ok(strategy.includes("Writing a strategy for the whole of government"), "the untranslated chapter's breadcrumb and title");
});

test("ar and zh-Hans: the search page's filters and results mark untranslated text", T, async t => {
  const { page } = await site.open(t, null);
  for (const locale of ["ar", "zh-Hans"]) {
    await page.goto(`${site.url(`${locale}/search.html`)}?q=registry`);
    await page.locator(".search-filters:not([hidden])").waitFor({ state: "attached", timeout: 30_000 });
    await page.locator(".search-page-results .sr-title").first().waitFor({ timeout: 30_000 });
    const option = page.locator("select[name=country] option", { hasText: "Bosnia and Herzegovina" });
    assert.equal(await option.getAttribute("lang"), "en", `${locale}: an untranslated country in the filter`);
    const { tagged, untagged } = await fragments(page);
    assertAllTagged(untagged, `${locale}/search.html with results`);
    assert.ok(tagged.some(f => f.where.includes("sr-title")), `${locale}: an untranslated result's title is tagged`);
  }
});
