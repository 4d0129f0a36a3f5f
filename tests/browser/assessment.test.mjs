// Browser tests of the default theme's self-assessment (themes/default/assets/assessment.js and
// templates/partials/assessment.html) on the valid fixture's page en/assessments/readiness.html
// (tests/fixtures/valid/curriculum/assessments/readiness.yaml): real headless Chromium driven by
// playwright-core, axe-core for accessibility.
//
//   cargo build && cd tests/browser && npm ci && node --test
//
// Environment: COURSEBOOK_BIN (default target/debug/coursebook; relative to the repository root),
// CHROMIUM (default /usr/bin/chromium).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { axe, browserSite, fixture } from "./harness.mjs";

const ID = "readiness";
const T = { timeout: 90_000 };

const { url, open } = browserSite({ root: fixture("valid"), prefix: "coursebook-assessment-" });
const PAGE = () => url("en/assessments/readiness.html");

const CODES = ["L1.1", "L1.2", "L2.1", "P1.1", "P1.2"];
/** The known set of answers: P1.2 stays unanswered. */
const ANSWERS = { "L1.1": 3, "L1.2": 1, "L2.1": 2, "P1.1": 3 };
/** The results table they give: mean of the answered items per dimension and sub-dimension. */
const EXPECTED_ROWS = [
  ["L Leadership", "2.00", "3 of 3"],
  ["L1 Vision", "2.00", "2 of 2"],
  ["L2 Governance", "2.00", "1 of 1"],
  ["P People", "3.00", "1 of 2"],
  ["P1 Skills", "3.00", "1 of 2"],
];

const item = (page, code) => page.locator(`section[data-id="${ID}"] fieldset.item[data-code="${code}"]`);

async function answer(page, answers) {
  for (const [code, value] of Object.entries(answers)) await item(page, code).locator(`input[type=radio][value="${value}"]`).check();
}

/** The visible state of the assessment: answers, edition, item texts, results. */
function state(page) {
  return page.evaluate(id => {
    const root = document.querySelector(`section[data-id="${id}"]`);
    const answers = {};
    root.querySelectorAll("input[type=radio]:checked").forEach(i => { answers[i.name.slice(id.length + 1)] = Number(i.value); });
    const results = root.querySelector(".assessment-results");
    const svg = results.querySelector(".chart svg");
    return {
      answers,
      edition: root.querySelector(".edition-select").value,
      items: Object.fromEntries(Array.from(root.querySelectorAll("fieldset.item"), f => [f.dataset.code, f.querySelector("legend").textContent.replace(/\s+/g, " ").trim()])),
      intro: root.querySelector(".intro").textContent,
      shown: !results.hidden,
      rows: Array.from(results.querySelectorAll("tbody tr"), tr => Array.from(tr.children, c => c.textContent)),
      chart: svg ? {
        role: svg.getAttribute("role"),
        title: svg.querySelector(":scope > title") ? svg.querySelector(":scope > title").textContent : null,
        desc: svg.querySelector(":scope > desc") ? svg.querySelector(":scope > desc").textContent : null,
        bars: svg.querySelectorAll("rect.bar").length,
      } : null,
      focusIsResults: document.activeElement === results,
    };
  }, ID);
}

async function download(page, buttonName) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: buttonName }).click()]);
  return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), "utf8") };
}

test("assessment: a known set of answers gives the expected means, table and chart", T, async t => {
  const { page } = await open(t, PAGE());
  await page.locator(".assessment-actions").waitFor({ state: "visible" });
  assert.ok(!(await page.locator(".assessment-results").isVisible()), "no results before asking");
  await answer(page, ANSWERS);
  await page.getByRole("button", { name: "Show my results" }).click();
  const s = await state(page);
  assert.deepEqual(s.answers, ANSWERS);
  assert.ok(s.shown && (await page.locator(".assessment-results").isVisible()), "results are shown");
  assert.deepEqual(s.rows, EXPECTED_ROWS);
  assert.ok(s.focusIsResults, "focus moves to the results");
  assert.equal(s.chart.role, "img", "the chart is an image to assistive technology");
  assert.equal(s.chart.title, "Mean score per dimension, on a scale from 1 to 3", "the chart has a <title>");
  assert.equal(s.chart.desc, "L Leadership: 2.00; P People: 3.00", "the chart's <desc> gives the values");
  assert.equal(s.chart.bars, 2, "one bar per dimension");
  assert.ok(await page.getByRole("img", { name: "Mean score per dimension, on a scale from 1 to 3" }).isVisible(), "the chart is named by its title");
  // The bars' lengths follow the means on the 1..3 scale: L = 2 is half of P = 3.
  const widths = await page.locator(".chart rect.bar").evaluateAll(rs => rs.map(r => Number(r.getAttribute("width"))));
  assert.ok(widths[1] > 0 && Math.abs(widths[0] - widths[1] / 2) < 0.01, `bar widths ${widths}`);
  // The scores the script exposes agree with the table.
  const scores = await page.evaluate(id => document.querySelector(`section[data-id="${id}"]`).assessmentScores(), ID);
  assert.deepEqual(scores.map(d => [d.code, d.mean, d.answered, d.total]), [["L", 2, 3, 3], ["P", 3, 1, 2]]);

  // Once shown, the results follow changes of the answers.
  await item(page, "P1.2").locator("input[value='1']").check();
  const changed = await state(page);
  assert.deepEqual(changed.rows.slice(3), [["P People", "2.00", "2 of 2"], ["P1 Skills", "2.00", "2 of 2"]]);
  assert.ok(!changed.focusIsResults, "updating does not move focus to the results");
  assert.ok(await item(page, "P1.2").locator("input[value='1']").evaluate(el => el === document.activeElement), "focus stays on the answer");
});

test("assessment: a reload restores the answers and the shown results; Clear answers empties all", T, async t => {
  const { page } = await open(t, PAGE());
  await answer(page, ANSWERS);
  await page.reload();
  let s = await state(page);
  assert.deepEqual(s.answers, ANSWERS, "answers restored before showing results");
  assert.ok(!s.shown, "results not shown when they were not asked for");

  await page.getByRole("button", { name: "Show my results" }).click();
  await page.reload();
  s = await state(page);
  assert.deepEqual(s.answers, ANSWERS, "answers restored");
  assert.ok(s.shown && (await page.locator(".assessment-results").isVisible()), "results shown again");
  assert.deepEqual(s.rows, EXPECTED_ROWS);
  assert.equal(s.chart.role, "img");
  assert.ok(!s.focusIsResults, "restoring does not move focus");
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [`coursebook:en:assessment:${ID}`]);

  page.once("dialog", d => d.dismiss());
  await page.getByRole("button", { name: "Clear answers" }).click();
  assert.deepEqual((await state(page)).answers, ANSWERS, "cancelling the confirmation keeps the answers");

  page.once("dialog", d => d.accept());
  await page.getByRole("button", { name: "Clear answers" }).click();
  s = await state(page);
  assert.deepEqual(s.answers, {});
  assert.ok(!s.shown, "results hidden");
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], "storage cleared");
  await page.reload();
  assert.deepEqual((await state(page)).answers, {});
});

test("assessment: the edition select changes the item text and persists", T, async t => {
  const { page } = await open(t, PAGE());
  let s = await state(page);
  assert.equal(s.edition, "ministry");
  assert.equal(s.items["L1.1"], "L1.1 The ministry has a written digital vision.");
  assert.equal(s.items["P1.2"], "P1.2 The ministry measures digital skills.");
  assert.equal(s.intro, "Rate each statement for your ministry.");

  await page.getByLabel("Edition").selectOption({ label: "Municipality edition" });
  s = await state(page);
  assert.equal(s.edition, "municipality");
  assert.equal(s.items["L1.1"], "L1.1 The municipality has a written digital vision.");
  assert.equal(s.items["P1.2"], "P1.2 The municipality measures digital skills.");
  assert.equal(s.intro, "Rate each statement for your municipality.");
  assert.equal(s.items["L1.2"], "L1.2 Senior leaders champion the vision.", "items without the variable are unchanged");

  await page.reload();
  s = await state(page);
  assert.equal(s.edition, "municipality", "the edition is restored");
  assert.equal(s.items["L1.1"], "L1.1 The municipality has a written digital vision.");
  assert.equal(s.intro, "Rate each statement for your municipality.");

  await page.getByLabel("Edition").selectOption({ label: "Ministry edition" });
  await page.reload();
  assert.equal((await state(page)).items["P1.2"], "P1.2 The ministry measures digital skills.");
});

test("assessment: CSV and JSON exports hold the codes and the values", T, async t => {
  const { page } = await open(t, PAGE());
  await answer(page, ANSWERS);
  await page.getByLabel("Edition").selectOption("municipality");

  const csv = await download(page, "Export as CSV");
  assert.equal(csv.name, `${ID}.csv`);
  assert.equal(csv.text, "\ufeffdimension,subdimension,item,value\r\n"
    + "L,L1,L1.1,3\r\nL,L1,L1.2,1\r\nL,L2,L2.1,2\r\nP,P1,P1.1,3\r\nP,P1,P1.2,\r\n");

  const json = await download(page, "Export as JSON");
  assert.equal(json.name, `${ID}.json`);
  const data = JSON.parse(json.text);
  assert.equal(data.assessment, ID);
  assert.equal(data.edition, "municipality");
  assert.deepEqual(data.answers, ANSWERS);
  assert.deepEqual(data.scores.map(d => ({ code: d.code, mean: d.mean, answered: d.answered, total: d.total })), [
    { code: "L", mean: 2, answered: 3, total: 3 },
    { code: "P", mean: 3, answered: 1, total: 2 },
  ]);
  assert.deepEqual(data.scores.flatMap(d => d.subdimensions.map(s => [s.code, s.mean, s.answered, s.total])), [
    ["L1", 2, 2, 2], ["L2", 2, 1, 1], ["P1", 3, 1, 2],
  ]);

  // Print shows the results first, then prints.
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed++; }; });
  await page.getByRole("button", { name: "Print results" }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  assert.deepEqual((await state(page)).rows, EXPECTED_ROWS, "print shows the results");
});

test("assessment: can be completed with the keyboard alone", T, async t => {
  const { page } = await open(t, PAGE());
  const wanted = { ...ANSWERS };
  const visited = new Set();
  let edition = false, shown = false;
  for (let i = 0; i < 80 && !shown; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      const fs = el.closest("fieldset.item");
      return {
        tag: el.tagName, type: el.type || "", text: el.textContent.trim(), code: fs ? fs.dataset.code : null,
        value: el.value, checked: !!el.checked, visibleFocus: el.matches(":focus-visible"),
      };
    });
    if (f.tag === "SELECT") {
      assert.ok(f.visibleFocus, "the edition select shows focus");
      await page.keyboard.press("ArrowDown");
      assert.equal(await page.locator(".edition-select").inputValue(), "municipality", "arrow keys choose an edition");
      edition = true;
      continue;
    }
    if (f.tag === "BUTTON" && f.text === "Show my results") {
      assert.ok(f.visibleFocus, "the button shows focus");
      await page.keyboard.press("Enter");
      shown = true;
      break;
    }
    if (f.type !== "radio") continue;
    assert.ok(f.visibleFocus, `focus is visible on ${f.code}`);
    assert.ok(!visited.has(f.code), `each item is one tab stop (${f.code} came twice)`);
    visited.add(f.code);
    assert.equal(f.value, "1", `Tab lands on the first option of ${f.code}`);
    assert.ok(!f.checked, "Tab alone does not answer");
    const target = wanted[f.code];
    if (target === undefined) continue;
    // Space selects the focused option; arrow keys move the selection along the scale.
    await page.keyboard.press("Space");
    for (let k = 1; k < target; k++) await page.keyboard.press("ArrowDown");
    const now = await page.evaluate(() => ({ value: document.activeElement.value, checked: document.activeElement.checked }));
    assert.deepEqual(now, { value: String(target), checked: true }, `${f.code} answered by keyboard`);
  }
  assert.ok(edition, "the edition select is reachable by Tab");
  assert.deepEqual([...visited], CODES, "every item is reachable by Tab, in order");
  assert.ok(shown, "the Show my results button is reachable by Tab");
  const s = await state(page);
  assert.deepEqual(s.answers, ANSWERS);
  assert.deepEqual(s.rows, EXPECTED_ROWS);
  assert.ok(s.focusIsResults, "Enter shows the results and moves focus to them");
  assert.equal(s.items["L1.1"], "L1.1 The municipality has a written digital vision.");

  // From the results, back to the actions; Space on a button works too.
  let onCsv = false;
  for (let i = 0; i < 10 && !onCsv; i++) {
    await page.keyboard.press("Shift+Tab");
    onCsv = await page.evaluate(() => document.activeElement.textContent === "Export as CSV");
  }
  assert.ok(onCsv, "Shift+Tab from the results reaches the export buttons");
  const [dl] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Space")]);
  assert.ok(readFileSync(await dl.path(), "utf8").includes("L,L1,L1.1,3\r\n"), "Space exports");
  // The table's scroll region is keyboard reachable.
  await page.locator(".assessment-results").focus();
  await page.keyboard.press("Tab");
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains("table-wrap")), "the results table region takes focus");
});

test("axe-core: no WCAG 2.1 A/AA violations on the assessment, before and after showing results", T, async t => {
  const { page } = await open(t, PAGE());
  await axe(page, "the assessment page");
  await answer(page, ANSWERS);
  await page.getByRole("button", { name: "Show my results" }).click();
  await axe(page, "the assessment page with results");
  await page.getByLabel("Edition").selectOption("municipality");
  await page.reload();
  await axe(page, "the restored assessment page");
});

test("assessment without JavaScript: every item and the scale legend show, results and actions stay hidden", T, async t => {
  const { page } = await open(t, PAGE(), { javaScriptEnabled: false });
  for (const code of CODES) {
    assert.ok(await item(page, code).isVisible(), `${code} is visible`);
    assert.equal(await item(page, code).locator("input[type=radio]").count(), 3);
    for (const label of ["Not at all", "Partly", "Fully"]) {
      assert.ok(await item(page, code).getByLabel(label).isVisible(), `${code} offers ${label}`);
    }
  }
  assert.equal(await page.locator("fieldset.item").count(), CODES.length);
  const legend = page.locator(".scale-legend");
  assert.ok(await legend.isVisible(), "the scale legend is visible");
  assert.ok(await legend.getByRole("heading", { name: "Rating scale" }).isVisible());
  assert.deepEqual(await legend.locator("dl > div").evaluateAll(ds => ds.map(d => d.textContent)), ["1Not at all", "2Partly", "3Fully"]);
  assert.ok(!(await page.locator(".assessment-actions").isVisible()), "the actions are hidden");
  assert.ok(!(await page.getByRole("button", { name: "Show my results" }).isVisible()));
  assert.ok(!(await page.locator(".assessment-results").isVisible()), "the results are hidden");
  assert.ok(!(await page.locator(".edition-choice").isVisible()), "the edition choice (which needs the script) is hidden");
  assert.equal((await state(page)).items["L1.1"], "L1.1 The ministry has a written digital vision.", "the default edition's text");
  // Still usable as a paper-like form.
  await item(page, "L1.1").getByLabel("Fully").check();
  assert.ok(await item(page, "L1.1").getByLabel("Fully").isChecked());
});
