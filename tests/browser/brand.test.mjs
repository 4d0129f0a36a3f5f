// A school's brand (`brand:` in site.yaml): its colour restyles the header, buttons and links in
// light and dark mode with text that stays readable (axe-core's contrast checks), and its logo
// shows in the header. The colour is the darkest-allowed kind: the shade `coursebook check`
// suggests for a light orange, just dark enough, so the derived shades are tested at the edge.
//
// Environment: COURSEBOOK_BIN (default target/debug/coursebook; relative to the repository root),
// CHROMIUM (default /usr/bin/chromium).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { axe, browserSite, fixture, makeTempDir, removeTempDir } from "./harness.mjs";

const T = { timeout: 90_000 };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 } };
// What `coursebook check` suggests for "#e8a33d" (too light): see tests/brand.rs.
const COLOR = "#946827";

const project = makeTempDir("coursebook-brand-project-");
after(() => removeTempDir(project));
cpSync(fixture("valid"), project, { recursive: true });
appendFileSync(path.join(project, "curriculum", "site.yaml"), `brand:\n  color: "${COLOR}"\n  logo: img/school-logo.svg\n`);
mkdirSync(path.join(project, "static", "img"), { recursive: true });
writeFileSync(path.join(project, "static", "img", "school-logo.svg"),
  '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><rect width="80" height="40" fill="#123"/></svg>');

const { url, open } = browserSite({ root: project, prefix: "coursebook-brand-" });

const PAGES = ["en/index.html", "en/demo/index.html", "en/demo/one.html", "en/quizzes/one-quiz.html", "en/worksheets/plan.html", "en/cases/index.html"];

for (const colorScheme of ["light", "dark"]) {
  test(`the brand colour styles the header and passes axe-core's contrast checks (${colorScheme})`, T, async t => {
    const { page } = await open(t, null, { ...DESKTOP, colorScheme });
    for (const rel of PAGES) {
      await page.goto(url(rel));
      const header = await page.locator(".site-header").evaluate(el => getComputedStyle(el).backgroundColor);
      // The header is the brand colour darkened by a quarter (#6f4e1d), not the theme's blue.
      assert.equal(header, "rgb(111, 78, 29)", `${rel}: the header takes the brand's dark shade`);
      await axe(page, `${rel} (${colorScheme})`);
    }
    // A quiz's buttons and feedback.
    await page.goto(url("en/quizzes/one-quiz.html"));
    await page.locator(".question input").first().check();
    await page.locator(".quiz-form button[type=submit], .quiz button.primary").first().click();
    await axe(page, `a quiz with its feedback (${colorScheme})`);
  });
}

test("the logo shows before the site's title, on phones too, and the browser is tinted with the brand", T, async t => {
  for (const viewport of [DESKTOP, PHONE]) {
    const { page } = await open(t, url("en/demo/one.html"), viewport);
    const logo = page.locator(".site-header a.site-title img.site-logo");
    assert.equal(await logo.count(), 1, "one logo in the header");
    const shown = await logo.evaluate(img => ({ loaded: img.complete && img.naturalWidth > 0, alt: img.getAttribute("alt"), height: img.getBoundingClientRect().height }));
    assert.ok(shown.loaded, "the logo's file loads from file://");
    assert.equal(shown.alt, "", "the logo is decorative: the title beside it names the link");
    assert.ok(shown.height >= 20 && shown.height <= 40, `the logo is sized to the header (${shown.height}px)`);
    assert.equal(await page.locator(".site-title").innerText(), "Fixture Academy", "the link reads as the title");
    assert.equal(await page.locator('meta[name="theme-color"]').getAttribute("content"), "#6f4e1d");
  }
});
