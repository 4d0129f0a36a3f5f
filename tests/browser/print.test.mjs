// Browser tests of the print book (<locale>/<course>/print.html), the course's all-in-one page:
// reached from the course page, read on screen (contents that jump to the chapters, links back to
// the contents, no sideways scrolling on a phone, no axe-core violations), and printed by
// Chromium with print media (no site chrome, chapters on new pages, every chapter in the printed
// pages in order, read back with poppler's pdftotext).
//
//   cargo build && cd tests/browser && npm ci && node --test print.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { axe, browserSite, repo } from "./harness.mjs";

const T = { timeout: 240_000 };
const s = browserSite({ root: repo, prefix: "coursebook-print-" });

/** The chapters of a course in order, as (id, title), read from the built print book's contents. */
async function contents(page) {
  return page.locator(".book-contents > ol > li > a[href^='#chapter-']").evaluateAll(as =>
    as.map(a => ({ id: a.getAttribute("href").slice(1), title: a.querySelector("span:not(.num)").textContent.trim() })));
}

/** The text of a PDF as poppler's pdftotext reads it, whitespace collapsed. */
function pdfText(file) {
  let text;
  try {
    text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
  } catch (e) {
    if (e.code === "ENOENT") assert.fail("pdftotext not found: install the Debian package poppler-utils (tests/setup.sh does)");
    throw e;
  }
  // Without the bidirectional marks pdftotext puts around right-to-left runs and numbers in them.
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069]/g, "").split(/\s+/).join(" ");
}

test("the course page links its all-in-one page, which reads well on screen", T, async t => {
  const { page } = await s.open(t, s.url("en/capacities/index.html"));
  await page.getByRole("link", { name: "The whole course on one page, to read or print" }).click();
  await page.waitForURL(/en\/capacities\/print\.html$/);
  assert.match(await page.title(), /Whole course on one page/);
  const chapters = await contents(page);
  assert.equal(chapters.length, 7, "the contents list the seven chapters");
  // The contents jump to a chapter; a link at its end goes back to the contents.
  const third = chapters[2];
  await page.locator(`.book-contents a[href="#${third.id}"]`).click();
  await page.waitForURL(new RegExp(`#${third.id}$`));
  const heading = page.locator(`#${third.id}`);
  assert.equal((await heading.textContent()).trim(), third.title);
  assert.ok(await heading.evaluate(h => { const r = h.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }),
    "the chapter's heading is in view");
  const back = page.locator(`section.book-chapter:has(#${third.id}) .book-top a`);
  assert.equal(await back.textContent(), "Back to the contents");
  await back.click();
  await page.waitForURL(/#book-contents-title$/);
  assert.ok(await page.locator("#book-contents-title").evaluate(h => h.getBoundingClientRect().top < innerHeight));
  // On a phone: nothing wider than the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px on a 360px screen`);
  await axe(page, "the English print book");
});

test("printed by the browser: no site chrome, each chapter on a new page, all chapters in order", T, async t => {
  const { page } = await s.open(t, s.url("en/capacities/print.html"));
  const chapters = await contents(page);
  await page.emulateMedia({ media: "print" });
  for (const hidden of [".site-header", ".book-actions", ".book-top"]) {
    const display = await page.locator(hidden).first().evaluate(e => getComputedStyle(e).display);
    assert.equal(display, "none", `${hidden} is not printed`);
  }
  const breaks = await page.locator("section.book-chapter").evaluateAll(ss => ss.map(s => getComputedStyle(s).breakBefore));
  assert.deepEqual(breaks, chapters.map(() => "page"), "each chapter starts a page");
  // Chromium's own print: the chapters come in order, each title once in the body after the contents.
  const file = path.join(s.site, "printed-en.pdf");
  writeFileSync(file, await page.pdf({ format: "A4", printBackground: true }));
  assert.ok(readFileSync(file).subarray(0, 5).toString() === "%PDF-");
  const text = pdfText(file);
  let at = text.indexOf(chapters.at(-1).title);
  assert.ok(at >= 0, "the contents are printed");
  for (const ch of chapters) {
    const found = text.indexOf(ch.title, at + 1);
    assert.ok(found > at, `chapter “${ch.title}” printed after the previous one`);
    at = found;
  }
  assert.ok(text.indexOf("Answer key", at) > at, "the answer key is printed after the chapters");
});

test("the Arabic print book prints right to left, its text extractable", T, async t => {
  const { page } = await s.open(t, s.url("ar/capacities/print.html"));
  const chapters = await contents(page);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("html").evaluate(h => getComputedStyle(h).direction), "rtl");
  const file = path.join(s.site, "printed-ar.pdf");
  writeFileSync(file, await page.pdf({ format: "A4" }));
  const text = pdfText(file);
  assert.ok(text.includes("مفتاح الإجابات"), "the Arabic answer key's heading reads in logical order");
  assert.ok(text.includes(chapters[0].title), `the first chapter's title “${chapters[0].title}”`);
});
