// The facilitator edition's attendance sheets for an event of the shipped curriculum: linked from
// the event page with the command that makes the certificates, accessible, and printed (by
// Chromium, read back by poppler) as one page per day, with nothing but the sheets; the learner
// edition has none.
//
// Environment: COURSEBOOK_BIN (default target/debug/coursebook; relative to the repository root),
// CHROMIUM (default /usr/bin/chromium).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { assertBinary, assertChromium, axe, buildSite, collectScriptErrors, launchChromium, makeTempDir, removeTempDir, repo } from "./harness.mjs";

const T = { timeout: 120_000 };
let tmp, facilitator, learner, browser;

before(async () => {
  assertBinary();
  assertChromium();
  tmp = makeTempDir("coursebook-attendance-");
  facilitator = buildSite(repo, path.join(tmp, "facilitator"), ["--edition", "facilitator"]);
  learner = buildSite(repo, path.join(tmp, "learner"));
  browser = await launchChromium();
});
after(async () => {
  if (browser) await browser.close();
  removeTempDir(tmp);
});

const at = (site, rel) => pathToFileURL(path.join(site, rel)).href;

test("an event's attendance sheets print one page per day, and the page names the certificates command", T, async t => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = collectScriptErrors(page);
  await page.goto(at(facilitator, "en/events/d8-istanbul-2022.html"));
  const box = page.locator("aside.facilitator-box");
  assert.match(await box.innerText(), /coursebook certificates d8-istanbul-2022 --names participants\.txt/);
  await box.getByRole("link", { name: "Attendance sheets to print (one per day)" }).click();
  await page.waitForURL(at(facilitator, "en/events/attendance/d8-istanbul-2022.html"));
  const headings = await page.locator(".attendance-sheet h2").allTextContents();
  assert.deepEqual(headings, ["Attendance sheet · 17 November 2022", "Attendance sheet · 18 November 2022"]);
  assert.equal(await page.locator(".attendance-sheet").first().locator("tbody tr").count(), 20);
  await axe(page, "the attendance sheets");

  const pdf = path.join(tmp, "attendance.pdf");
  await page.emulateMedia({ media: "print" });
  writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: false }));
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  assert.match(info, /^Pages:\s+2$/m, "one printed page per day");
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const pages = text.split("\f").filter(p => p.trim());
  assert.match(pages[0], /17 November 2022/);
  assert.match(pages[1], /18 November 2022/);
  for (const p of pages) {
    for (const column of ["No.", "Name", "Organisation and", "position", "Email", "Signature", "20"]) assert.ok(p.includes(column), `${column} on the sheet`);
    assert.doesNotMatch(p, /For facilitators|Skip to content|Facilitator edition/, "only the sheet is printed");
  }
  assert.deepEqual(errors, []);
});

test("a workshop without dates gets a sheet per agenda day; the learner edition has none", T, async t => {
  const context = await browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(at(facilitator, "en/events/attendance/innovation-5-day.html"));
  const headings = await page.locator(".attendance-sheet h2").allTextContents();
  assert.deepEqual(headings, [1, 2, 3, 4, 5].map(n => `Attendance sheet · Day ${n}`));
  assert.equal(existsSync(path.join(learner, "en/events/attendance")), false);
  await page.goto(at(learner, "en/events/d8-istanbul-2022.html"));
  assert.equal(await page.locator("aside.facilitator-box").count(), 0);
});
