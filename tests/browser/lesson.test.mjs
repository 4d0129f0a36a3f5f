// Lesson blocks in the browser: collapsible hints and solutions, with the mouse and the keyboard,
// in the learner edition (solutions included with `learner_solutions: true`) and open in the
// facilitator edition; axe-core on the lesson page. Fixture: tests/fixtures/lesson.
//
//   cargo build && cd tests/browser && npm ci && node --test
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  assertBinary, assertChromium, axe, bin, collectScriptErrors, fixture, launchChromium, makeTempDir, removeTempDir,
} from "./harness.mjs";

const T = { timeout: 90_000 };
let tmp, browser, learner, facilitator;

before(async () => {
  assertBinary();
  assertChromium();
  tmp = makeTempDir("coursebook-lesson-");
  const root = path.join(tmp, "src");
  cpSync(fixture("lesson"), root, { recursive: true });
  const site = path.join(root, "curriculum", "site.yaml");
  writeFileSync(site, readFileSync(site, "utf8") + "learner_solutions: true\n");
  learner = path.join(tmp, "learner");
  facilitator = path.join(tmp, "facilitator");
  execFileSync(bin, ["build", "--root", root, "--out", learner], { stdio: "pipe" });
  execFileSync(bin, ["build", "--root", root, "--out", facilitator, "--edition", "facilitator"], { stdio: "pipe" });
  browser = await launchChromium();
});

after(async () => {
  if (browser) await browser.close();
  removeTempDir(tmp);
});

async function open(t, site, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...options });
  const page = await context.newPage();
  const errors = collectScriptErrors(page);
  t.after(async () => {
    await context.close();
    assert.deepEqual(errors, [], "the page logged script errors");
  });
  await page.goto(pathToFileURL(path.join(site, "en/data-basics/reading-tables.html")).href);
  return page;
}

test("learner edition: hint and solution start collapsed and open with the mouse or the keyboard", T, async t => {
  const page = await open(t, learner);
  const solution = page.locator("details.block-solution");
  const answer = solution.getByText(/HIDDEN-SOLUTION-TEXT/);
  assert.equal(await answer.isVisible(), false, "the solution is collapsed");
  await solution.locator("summary").click();
  assert.equal(await answer.isVisible(), true, "a click opens it");
  await solution.locator("summary").click();
  assert.equal(await answer.isVisible(), false, "and closes it");

  const hint = page.locator("details.block-hint");
  const hintText = hint.getByText(/Sort the column/);
  assert.equal(await hintText.isVisible(), false);
  await hint.locator("summary").focus();
  await page.keyboard.press("Enter");
  assert.equal(await hintText.isVisible(), true, "Enter on the focused summary opens the hint");
  await page.keyboard.press("Space");
  assert.equal(await hintText.isVisible(), false, "Space closes it");

  assert.equal(await page.getByText(/HIDDEN-FACILITATOR-NOTE/).count(), 0, "no facilitator note");
  await axe(page, "the lesson page, learner edition");
});

test("facilitator edition: solutions open, notes shown, a banner says which edition this is", T, async t => {
  const page = await open(t, facilitator);
  assert.equal(await page.getByText(/HIDDEN-SOLUTION-TEXT/).isVisible(), true, "the solution is open");
  assert.equal(await page.getByText(/HIDDEN-FACILITATOR-NOTE/).isVisible(), true, "the note is shown");
  assert.match(await page.locator("body").innerText(), /Facilitator edition/);
  await axe(page, "the lesson page, facilitator edition");
});

test("dark mode: code, callouts, math, figures and facilitator notes keep their contrast", T, async t => {
  const page = await open(t, facilitator, { colorScheme: "dark" });
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(13, 17, 23)");
  assert.equal(await page.getByText(/HIDDEN-FACILITATOR-NOTE/).isVisible(), true);
  await axe(page, "the lesson page, facilitator edition, dark");
});

test("math renders as MathML with a size, and code output is labelled apart from the code", T, async t => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const errors = collectScriptErrors(page);
  t.after(async () => { await context.close(); assert.deepEqual(errors, []); });
  await page.goto(pathToFileURL(path.join(learner, "en/data-basics/comparing.html")).href);
  const formulas = page.locator("math");
  assert.equal(await formulas.count(), 4, "two inline formulas, a $$ block and a math fence");
  const block = await page.locator(".math-display math").first().boundingBox();
  assert.ok(block && block.width > 20 && block.height > 10, `the display formula is laid out: ${JSON.stringify(block)}`);
  assert.equal(await page.locator(".math-display math").first().getAttribute("display"), "block");
  assert.match(await page.locator("math annotation").nth(1).textContent(), /a\*b\*c/, "the TeX source travels with the formula");
  assert.equal(await page.locator("em").filter({ hasText: "b" }).count(), 0, "no emphasis made of the asterisks");
  const output = page.getByRole("group", { name: "Output" });
  assert.equal((await output.locator("samp").textContent()).trim(), "0.1");
  await axe(page, "a lesson page with math and code output");
});

// Whether `locator` is the page's :target and lies in the viewport.
async function targetInView(locator) {
  return locator.evaluate(el => {
    const box = el.getBoundingClientRect();
    return el.matches(":target") && box.top < window.innerHeight && box.bottom > 0;
  });
}

test("references read their numbers and land on the figure, table, exercise or equation", T, async t => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const errors = collectScriptErrors(page);
  t.after(async () => { await context.close(); assert.deepEqual(errors, []); });
  const comparing = pathToFileURL(path.join(learner, "en/data-basics/comparing.html")).href;
  await page.goto(comparing);
  // Same page: the equation's number is shown beside it.
  await page.getByRole("link", { name: "Equation 2.1", exact: true }).click();
  await page.waitForURL(/comparing\.html#eq-shares$/);
  const equation = page.locator("#eq-shares");
  assert.equal(await targetInView(equation), true, "the equation is the target, in view");
  assert.equal((await equation.locator(".equation-number").textContent()).trim(), "(2.1)");
  // Another chapter: the figure, captioned with the same number.
  await page.getByRole("link", { name: "Figure 1.1", exact: true }).click();
  await page.waitForURL(/reading-tables\.html#fig-spending$/);
  const figure = page.getByRole("figure", { name: /Figure 1\.1: Spending by sector/ });
  assert.equal(await targetInView(figure), true, "the figure is the target, in view");
  assert.equal(await figure.getByRole("img", { name: /Bar chart/ }).isVisible(), true);
  await page.goBack();
  await page.getByRole("link", { name: "Exercise 1.1", exact: true }).click();
  await page.waitForURL(/reading-tables\.html#ex-largest$/);
  assert.match(await page.locator("#ex-largest").innerText(), /Exercise 1\.1: Find the largest item/);
  assert.equal(await targetInView(page.locator("#ex-largest")), true);
  await page.goto(comparing);
  await page.getByRole("link", { name: "Table 1.1", exact: true }).click();
  await page.waitForURL(/#tab-budget$/);
  assert.match(await page.getByRole("table").first().locator("caption").innerText(), /Table 1\.1: The sample budget/);
  await axe(page, "a lesson page with a numbered figure and table");
});

test("in the Spanish translation, references read in Spanish and reach the translated figure", T, async t => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const errors = collectScriptErrors(page);
  t.after(async () => { await context.close(); assert.deepEqual(errors, []); });
  await page.goto(pathToFileURL(path.join(learner, "es/data-basics/comparing.html")).href);
  await page.getByRole("link", { name: "Figura 1.1", exact: true }).click();
  await page.waitForURL(/es\/data-basics\/reading-tables\.html#fig-spending$/);
  const figure = page.getByRole("figure", { name: /Figura 1\.1: Gasto por sector/ });
  assert.equal(await targetInView(figure), true, "the translated figure keeps the source's label");
});

test("the course page links the list of figures, which links each figure", T, async t => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const errors = collectScriptErrors(page);
  t.after(async () => { await context.close(); assert.deepEqual(errors, []); });
  await page.goto(pathToFileURL(path.join(learner, "en/data-basics/index.html")).href);
  await page.getByRole("link", { name: "List of figures" }).click();
  await page.waitForURL(/figures\.html$/);
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "List of figures");
  await axe(page, "the list of figures");
  await page.getByRole("link", { name: "Figure 1.1" }).click();
  await page.waitForURL(/reading-tables\.html#fig-spending$/);
  assert.equal(await targetInView(page.locator("#fig-spending")), true);
});
