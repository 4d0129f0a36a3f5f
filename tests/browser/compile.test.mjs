// The facilitator edition compiles participants' exported worksheets (a course evaluation
// collected as files): rating counts per statement with the share of the top answers, and the
// written answers listed, as text (the files come from many hands). The files are made by the
// worksheet's own "Export CSV" and "Export Markdown", as participants would make them.
//
// Environment: COURSEBOOK_BIN (default target/debug/coursebook; relative to the repository root),
// CHROMIUM (default /usr/bin/chromium).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { axe, buildSite, fixture, launchChromium, makeTempDir, removeTempDir, assertBinary, assertChromium, collectScriptErrors } from "./harness.mjs";

const T = { timeout: 90_000 };
let tmp, facilitator, learner, browser;

before(async () => {
  assertBinary();
  assertChromium();
  tmp = makeTempDir("coursebook-compile-");
  facilitator = buildSite(fixture("interactive"), path.join(tmp, "facilitator"), ["--edition", "facilitator"]);
  learner = buildSite(fixture("interactive"), path.join(tmp, "learner"));
  browser = await launchChromium();
});
after(async () => {
  if (browser) await browser.close();
  removeTempDir(tmp);
});

const sheet = site => pathToFileURL(path.join(site, "en/worksheets/rating-sheet.html")).href;

/** A participant's answers, exported by the worksheet page itself. */
async function exported(t, answers, format) {
  const context = await browser.newContext({ acceptDownloads: true });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(sheet(learner));
  for (const [name, value] of Object.entries(answers.ratings)) await page.locator(`input[name="${name}"][value="${value}"]`).check();
  await page.locator("textarea[name=comments]").fill(answers.comments);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: format === "md" ? "Export as Markdown" : "Export as CSV" }).click();
  const file = path.join(tmp, `${answers.who}.${format}`);
  await (await download).saveAs(file);
  return { name: `${answers.who}.${format}`, mimeType: format === "md" ? "text/markdown" : "text/csv", buffer: readFileSync(file) };
}

test("the facilitator edition compiles participants' files into counts, shares and answers", T, async t => {
  const files = [
    await exported(t, { who: "amina", ratings: { "satisfaction.content": 4, "satisfaction.pace": 2, "agreement.useful": 5 }, comments: "More cases, please." }, "csv"),
    await exported(t, { who: "li", ratings: { "satisfaction.content": 3, "agreement.useful": 4 }, comments: "<img src=x onerror=alert(1)> too fast" }, "md"),
    await exported(t, { who: "sam", ratings: { "satisfaction.content": 1, "satisfaction.pace": 3, "agreement.useful": 2 }, comments: "" }, "csv"),
    { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("just some notes\n") },
  ];
  const context = await browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = collectScriptErrors(page);
  await page.goto(sheet(facilitator));
  await page.locator(".worksheet-compile summary").click();
  await page.locator("input[data-action=compile]").setInputFiles(files);
  const result = page.locator(".compile-result");
  await result.locator("table").first().waitFor();
  const text = await result.innerText();
  assert.match(text, /Files compiled: 3\./);
  assert.match(text, /notes\.txt is not an export of this worksheet and was left out\./);
  const rows = await result.locator("table").evaluateAll(tables => tables.map(t =>
    Array.from(t.rows).map(r => Array.from(r.cells).map(c => c.textContent))));
  // A four-point scale: the two top answers; each count of a point, then answered, then the share.
  assert.deepEqual(rows[0], [
    ["Statement", "1 Very dissatisfied", "2 Dissatisfied", "3 Satisfied", "4 Very satisfied", "Answered", "Satisfied + Very satisfied"],
    ["The content", "1", "0", "1", "1", "3", "2 of 3 (67%)"],
    ["The pace", "0", "1", "1", "0", "2", "1 of 2 (50%)"],
  ]);
  assert.deepEqual(rows[1][1], ["The course was useful", "0", "1", "0", "1", "1", "3", "2 of 3 (67%)"]);
  const answers = await result.locator("ul.compile-answers li").allTextContents();
  assert.deepEqual(answers, ["More cases, please.", "<img src=x onerror=alert(1)> too fast"]);
  assert.equal(await result.locator("img").count(), 0, "a participant's text stays text");
  await axe(page, "the compiled answers");
  assert.deepEqual(errors, []);
});

test("the learner edition has no compiling", T, async t => {
  const context = await browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(sheet(learner));
  assert.equal(await page.locator(".worksheet-compile").count(), 0);
});
