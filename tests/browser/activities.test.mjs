// Browser tests of the default theme's quizzes and worksheets (themes/default/assets/activity.js
// and activity.css): real headless Chromium driven by playwright-core, axe-core for accessibility.
//
//   cargo build && cd tests/browser && npm ci && node --test
//
// Environment: COURSEBOOK_BIN (default target/debug/coursebook; relative to the repository root),
// CHROMIUM (default /usr/bin/chromium).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { axe, browserSite, fixture } from "./harness.mjs";

const QUIZ = "fixture-quiz";
const SHEET = "fixture-sheet";
const T = { timeout: 90_000 };

const { url, open } = browserSite({ root: fixture("interactive"), prefix: "coursebook-browser-" });
const QUIZ_PAGE = () => url("en/quizzes/fixture-quiz.html");
const SHEET_PAGE = () => url("en/worksheets/fixture-sheet.html");
const CHAPTER_PAGE = () => url("en/fixture-course/activities.html");

const question = (page, id) => page.locator(`section[data-id="${QUIZ}"] li.question[data-question="${id}"]`);

/** Selects in an ordering or matching question: the row whose label is `label` gets `option`. */
async function choose(page, id, label, option) {
  await question(page, id).locator("li").filter({ has: page.locator(`label:text-is("${label}")`) }).locator("select").selectOption({ label: option });
}

const RIGHT = {
  single: "Blue",
  multiple: ["2", "5"],
  truth: "True",
  // Differs from the accepted answer in case, spacing, accent (no é, as a phone keyboard often
  // types it) and a full stop at the end.
  words: "  CAFE   </script>  <!--   \"X\"  'Y'. ",
  number: "2,5",
  order: { One: "1", Two: "2", Three: "3", Four: "4" },
  match: { France: "Paris", Japan: "Tokyo", Kenya: "Nairobi" },
  reflect: "Commas, \"quotes\" and\nnew lines.",
};
const WRONG = {
  single: "Green",
  multiple: ["4", "9"],
  truth: "False",
  words: "something else",
  number: "3",
  order: { One: "2", Two: "3", Three: "4", Four: "1" },
  match: { France: "Tokyo", Japan: "Nairobi", Kenya: "Paris" },
  reflect: "",
};
const GRADED = ["single", "multiple", "truth", "words", "number", "order", "match"];

async function answer(page, a) {
  await question(page, "single").getByLabel(a.single, { exact: true }).check();
  for (const o of ["2", "4", "5", "9"]) await question(page, "multiple").getByLabel(o, { exact: true }).setChecked(a.multiple.includes(o));
  await question(page, "truth").getByLabel(a.truth, { exact: true }).check();
  await question(page, "words").locator("input").fill(a.words);
  await question(page, "number").locator("input").fill(a.number);
  for (const [label, pos] of Object.entries(a.order)) await choose(page, "order", label, pos);
  for (const [label, right] of Object.entries(a.match)) await choose(page, "match", label, right);
  await question(page, "reflect").locator("textarea").fill(a.reflect);
}

/** The visible state of the quiz: values, marks, feedback, result. */
function quizState(page) {
  return page.evaluate(id => {
    const section = document.querySelector(`section[data-id="${id}"]`);
    const values = {};
    for (const el of section.querySelector("form").elements) {
      if (!el.name) continue;
      if (el.type === "radio" || el.type === "checkbox") { if (el.checked) values[el.name] = (values[el.name] || []).concat(el.value); }
      else values[el.name] = el.value;
    }
    const questions = {};
    section.querySelectorAll("li.question").forEach(li => {
      questions[li.dataset.question] = {
        correct: li.classList.contains("is-correct"),
        incorrect: li.classList.contains("is-incorrect"),
        feedback: li.querySelector(".feedback").textContent,
        open: li.querySelector("details") ? li.querySelector("details").open : null,
      };
    });
    return {
      values,
      questions,
      result: section.querySelector(".quiz-result").textContent,
      retryShown: !section.querySelector("[data-action=retry]").hidden,
      focusIsResult: document.activeElement === section.querySelector(".quiz-result"),
    };
  }, QUIZ);
}

// ----- quiz -----

test("quiz: all answers right gives correct feedback everywhere and a pass with full points", T, async t => {
  const { page } = await open(t, QUIZ_PAGE());
  await assert.doesNotReject(page.locator(".quiz-actions").waitFor({ state: "visible" }));
  assert.ok(!(await page.getByRole("button", { name: "Try again" }).isVisible()), "Try again is hidden before checking");
  await answer(page, RIGHT);
  await page.getByRole("button", { name: "Check answers" }).click();
  const s = await quizState(page);
  for (const id of GRADED) {
    assert.ok(s.questions[id].correct && !s.questions[id].incorrect, `${id} is marked correct`);
    assert.equal(s.questions[id].feedback, "Correct.", `${id} feedback`);
    assert.equal(s.questions[id].open, true, `${id} shows its answer`);
  }
  assert.equal(s.questions.reflect.feedback, "", "reflection is not graded");
  assert.equal(s.result, "Passed: you scored 8 of 8 points (100%).");
  assert.ok(s.focusIsResult, "focus moves to the result");
  assert.ok(s.retryShown && (await page.getByRole("button", { name: "Try again" }).isVisible()), "Try again is shown");
  assert.ok(await question(page, "single").getByText("Yes, blue.").isVisible(), "feedback of the chosen option is shown");
  assert.ok(!(await question(page, "single").getByText("Grass is green").isVisible()), "feedback of other options stays hidden");
});

test("quiz: all answers wrong gives incorrect feedback and a fail", T, async t => {
  const { page } = await open(t, QUIZ_PAGE());
  await answer(page, WRONG);
  await page.getByRole("button", { name: "Check answers" }).click();
  const s = await quizState(page);
  for (const id of GRADED) {
    assert.ok(s.questions[id].incorrect && !s.questions[id].correct, `${id} is marked incorrect`);
    assert.equal(s.questions[id].feedback, "Not quite.", `${id} feedback`);
  }
  assert.equal(s.result, "Not yet passed: you scored 0 of 8 points (0%). The pass mark is 60%.");
  assert.ok(await question(page, "single").getByText("Grass is green; the sky is not.").isVisible());
  assert.ok(await question(page, "multiple").getByText("4 is 2 × 2.").isVisible());
  assert.equal(await question(page, "single").locator("li.is-incorrect").count(), 1, "the chosen option is marked");
});

test("quiz: partial, unanswered and weighted scoring", T, async t => {
  const { page } = await open(t, QUIZ_PAGE());
  await question(page, "single").getByLabel("Blue", { exact: true }).check(); // 2 points
  await question(page, "multiple").getByLabel("2", { exact: true }).check(); // only one of two
  await question(page, "number").locator("input").fill(" 2.509 "); // within tolerance 0.01
  await choose(page, "order", "One", "1"); // one position of four
  await page.getByRole("button", { name: "Check answers" }).click();
  const s = await quizState(page);
  assert.equal(s.questions.single.feedback, "Correct.");
  assert.equal(s.questions.multiple.feedback, "Partly correct.");
  assert.equal(s.questions.order.feedback, "Partly correct.");
  assert.equal(s.questions.truth.feedback, "Not answered.");
  assert.equal(s.questions.words.feedback, "Not answered.");
  assert.equal(s.questions.number.feedback, "Correct.");
  assert.equal(s.result, "Not yet passed: you scored 3 of 8 points (37%). The pass mark is 60%.");
  // Changing an answer removes that question's stale marks.
  await question(page, "truth").getByLabel("True", { exact: true }).check();
  assert.equal((await quizState(page)).questions.truth.feedback, "");
});

test("quiz: answers and the checked state survive a reload, and are shared with the chapter", T, async t => {
  const { page, context } = await open(t, QUIZ_PAGE());
  await answer(page, RIGHT);
  const before = await quizState(page);
  await page.reload();
  const unchecked = await quizState(page);
  assert.deepEqual(unchecked.values, before.values, "answers restored before checking");
  assert.equal(unchecked.result, "");

  await page.getByRole("button", { name: "Check answers" }).click();
  await page.reload();
  const restored = await quizState(page);
  assert.deepEqual(restored.values, before.values, "answers restored");
  assert.equal(restored.result, "Passed: you scored 8 of 8 points (100%).", "checked state restored");
  assert.equal(restored.questions.words.feedback, "Correct.");
  assert.ok(!restored.focusIsResult, "restoring does not move focus");

  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.equal(keys.length, 1);
  assert.match(keys[0], /^coursebook:en:.+:quiz:fixture-quiz$/);

  // The chapter embeds the same quiz: same answers.
  const chapter = await context.newPage();
  await chapter.goto(CHAPTER_PAGE());
  assert.deepEqual((await quizState(chapter)).values, before.values, "the embedded quiz shows the same answers");
  await chapter.close();

  // Try again: marks go, answers stay editable and stay saved.
  await page.getByRole("button", { name: "Try again" }).click();
  let s = await quizState(page);
  assert.equal(s.result, "");
  assert.ok(!s.retryShown);
  assert.ok(Object.values(s.questions).every(q => !q.correct && !q.incorrect && q.feedback === ""), "marks cleared");
  assert.deepEqual(s.values, before.values);
  assert.ok(await question(page, "words").locator("input").isEditable());
  await page.reload();
  s = await quizState(page);
  assert.equal(s.result, "", "not checked after Try again and reload");
  assert.deepEqual(s.values, before.values);

  // Clear answers: everything empty, storage too.
  await page.getByRole("button", { name: "Clear answers" }).click();
  s = await quizState(page);
  assert.deepEqual(Object.values(s.values).filter(Boolean), [], "answers cleared");
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  await page.reload();
  assert.deepEqual(Object.values((await quizState(page)).values).filter(Boolean), []);
});

test("quiz: can be completed with the keyboard alone", T, async t => {
  const { page } = await open(t, QUIZ_PAGE());
  // What each focused control should get, by the prompt of its question and its own label.
  const plan = {
    single: { radio: "Blue" },
    multiple: { check: RIGHT.multiple },
    truth: { radio: "True" },
    words: { text: "  Other  ANSWER " },
    number: { text: "2.5" },
    order: { select: RIGHT.order },
    match: { select: RIGHT.match },
    reflect: { text: "Typed by keyboard." },
  };
  let submitted = false;
  for (let i = 0; i < 200 && !submitted; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      const li = el.closest("li.question");
      const row = el.closest("li");
      const label = row && row.querySelector("label");
      return {
        tag: el.tagName, type: el.type || "", question: li ? li.dataset.question : null,
        label: el.labels && el.labels[0] ? el.labels[0].textContent : "", rowLabel: label ? label.textContent : "",
        text: el.textContent, checked: el.checked, options: el.tagName === "SELECT" ? Array.from(el.options).map(o => o.text) : [],
        value: el.value, visibleFocus: el.matches(":focus-visible"),
      };
    });
    if (f.tag === "BUTTON" && f.text === "Check answers") {
      assert.ok(f.visibleFocus, "the submit button shows focus");
      await page.keyboard.press("Enter");
      submitted = true;
      break;
    }
    if (!f.question || f.tag === "SUMMARY") continue;
    assert.ok(f.visibleFocus, `focus is visible on ${f.question} ${f.tag}`);
    const want = plan[f.question];
    if (want.radio) {
      // Tab lands on the first radio of the group; arrows move and select.
      for (let k = 0; k < 5; k++) {
        const now = await page.evaluate(() => ({ label: document.activeElement.labels[0].textContent, checked: document.activeElement.checked }));
        if (now.label === want.radio && now.checked) break;
        if (now.label === want.radio) await page.keyboard.press("Space");
        else await page.keyboard.press("ArrowDown");
      }
    } else if (want.check) {
      if (want.check.includes(f.label) !== f.checked) await page.keyboard.press("Space");
    } else if (want.text !== undefined) {
      await page.keyboard.type(want.text);
    } else if (want.select) {
      const target = want.select[f.rowLabel];
      const index = f.options.indexOf(target);
      assert.ok(index > 0, `option ${target} exists for ${f.rowLabel}`);
      for (let k = 0; k < index; k++) await page.keyboard.press("ArrowDown");
    }
  }
  assert.ok(submitted, "reached the submit button by Tab");
  const s = await quizState(page);
  for (const id of GRADED) assert.equal(s.questions[id].feedback, "Correct.", `${id} answered by keyboard`);
  assert.equal(s.result, "Passed: you scored 8 of 8 points (100%).");
  assert.ok(s.focusIsResult, "focus moved to the result");
  assert.equal(s.values[`${QUIZ}-reflect`], "Typed by keyboard.");
});

test("quiz: without JavaScript every question is shown and answers can be revealed", T, async t => {
  const { page } = await open(t, QUIZ_PAGE(), { javaScriptEnabled: false });
  const questions = page.locator("li.question");
  assert.equal(await questions.count(), 8);
  for (let i = 0; i < 8; i++) assert.ok(await questions.nth(i).isVisible(), `question ${i + 1} is visible`);
  assert.ok(!(await page.locator(".quiz-actions").isVisible()), "buttons that need the script stay hidden");
  const details = question(page, "single").locator("details.answer");
  assert.ok(!(await details.getByText("Correct answer:").isVisible()));
  await details.locator("summary").click();
  assert.ok(await details.getByText("Correct answer:").isVisible());
  assert.equal((await details.locator(".correct").textContent()).trim(), "Blue");
  // The tricky accepted answer is shown as text, escaped, not as markup.
  const words = question(page, "words").locator("details.answer");
  await words.locator("summary").press("Enter");
  assert.match(await words.textContent(), /Café <\/script> <!-- "x" 'y'/);
  // The worksheet is usable as a plain form too.
  await page.goto(SHEET_PAGE());
  assert.ok(await page.getByLabel("Your name").isEditable());
  assert.ok(!(await page.locator(".worksheet-actions").isVisible()));
  assert.ok(!(await page.getByRole("button", { name: "Add a row" }).isVisible()));
});

test("reflection set: the button saves the answers and says so", T, async t => {
  const { page } = await open(t, url("en/quizzes/fixture-reflections.html"));
  const button = page.getByRole("button", { name: "Save my answers" });
  await page.getByLabel("Your answer").first().fill("Ask a colleague, then \"try\".");
  await button.click();
  const result = page.locator(".quiz-result");
  assert.equal(await result.textContent(), "Your answers are saved in this browser.");
  assert.ok(await result.evaluate(el => el === document.activeElement), "focus moves to the message");
  assert.equal(await page.locator(".is-correct, .is-incorrect").count(), 0, "nothing is graded");
  await page.reload();
  assert.equal(await page.getByLabel("Your answer").first().inputValue(), "Ask a colleague, then \"try\".");
});

test("quiz: works when localStorage throws", T, async t => {
  const { page } = await open(t, null);
  await page.addInitScript(() => {
    const fail = () => { throw new DOMException("denied", "SecurityError"); };
    Storage.prototype.getItem = fail;
    Storage.prototype.setItem = fail;
    Storage.prototype.removeItem = fail;
  });
  await page.goto(QUIZ_PAGE());
  await answer(page, RIGHT);
  await page.getByRole("button", { name: "Check answers" }).click();
  assert.equal((await quizState(page)).result, "Passed: you scored 8 of 8 points (100%).");
  await page.getByRole("button", { name: "Clear answers" }).click();
  await page.goto(SHEET_PAGE());
  await page.getByLabel("Your name").fill("x");
  assert.match(await page.locator(".worksheet-status").textContent(), /cannot save/);
});

// ----- worksheet -----

const NOTES = [
  "Line one, with a comma and \"double\" and 'single' quotes",
  "# not a heading | a pipe \\ a backslash <br> not a break",
  "\\starts with a backslash",
  "",
  "  indented: العربية والنص من اليمين · 中文，全角标点。",
  "</script><!-- end -->",
  "",
].join("\n");
const CELLS = {
  "plan.0.what": "Write, then \"review\"",
  "plan.0.who": "Ana | Bo\\Cy",
  "plan.0.when": "2025-01-31\nand again later",
  "plan.1.what": "",
  "plan.1.who": " padded ",
  "plan.1.when": "",
  "plan.2.what": "مرحبا | 你好",
  "plan.2.who": "#1\n\nblank line above",
  "plan.2.when": "<br> and \\| literal",
};

/** Names → values of every field, plus the number of table rows. */
function sheetState(page) {
  return page.evaluate(id => {
    const form = document.querySelector(`section[data-id="${id}"] form`);
    const values = {};
    form.querySelectorAll("input[name], textarea[name]").forEach(el => { if (el.type !== "file") values[el.name] = el.value; });
    return { values, rows: form.querySelectorAll("[data-table=plan] tbody tr").length, status: form.querySelector(".worksheet-status").textContent };
  }, SHEET);
}

async function fillSheet(page) {
  await page.getByLabel("Your name").fill("Zoë سلام 张伟");
  await page.locator("textarea[name=notes]").fill(NOTES);
  await page.getByRole("button", { name: "Add a row" }).click();
  for (const [name, value] of Object.entries(CELLS)) await page.locator(`textarea[name="${name}"]`).fill(value);
}

async function download(page, buttonName) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: buttonName }).click()]);
  return { name: dl.suggestedFilename(), file: await dl.path() };
}

async function clearSheet(page) {
  page.once("dialog", d => d.accept());
  await page.getByRole("button", { name: "Clear the worksheet" }).click();
  const s = await sheetState(page);
  assert.equal(s.rows, 2, "clearing removes added rows");
  assert.deepEqual(Object.values(s.values).filter(Boolean), [], "clearing empties every field");
}

test("worksheet: fill, add a row, export CSV and Markdown, clear, re-import each", T, async t => {
  const { page } = await open(t, SHEET_PAGE());
  await fillSheet(page);

  const added = page.locator("[data-table=plan] tbody tr").nth(2).locator("textarea");
  assert.equal(await added.count(), 3);
  assert.deepEqual(await added.evaluateAll(els => els.map(e => [e.name, e.getAttribute("aria-labelledby")])), [
    ["plan.2.what", "fixture-sheet-plan-what"], ["plan.2.who", "fixture-sheet-plan-who"], ["plan.2.when", "fixture-sheet-plan-when"],
  ]);
  assert.equal(await page.getByRole("textbox", { name: "Who" }).count(), 3, "every row's cell is labelled by its column");
  const filled = await sheetState(page);
  assert.equal(filled.rows, 3);
  assert.equal(filled.values["plan.2.when"], CELLS["plan.2.when"]);

  const csv = await download(page, "Export as CSV");
  assert.equal(csv.name, "fixture-sheet.csv");
  const csvText = readFileSync(csv.file, "utf8");
  assert.ok(csvText.startsWith("\ufeffblock,row,column,label,value\r\n"), "BOM and header");
  assert.ok(csvText.includes('plan,1,who,Who,Ana | Bo\\Cy\r\n'));
  assert.ok(csvText.includes('plan,1,what,What,"Write, then ""review"""\r\n'), "RFC 4180 quoting");
  assert.equal(await page.locator(".worksheet-status").textContent(), "Downloaded fixture-sheet.csv.");

  const md = await download(page, "Export as Markdown");
  assert.equal(md.name, "fixture-sheet.md");
  const mdText = readFileSync(md.file, "utf8");
  assert.ok(mdText.startsWith("# Fixture worksheet\n"));
  assert.ok(mdText.includes("| What | Who | When |\n| --- | --- | --- |\n"), "GFM table");
  assert.ok(mdText.includes("| Write, then \"review\" | Ana \\| Bo\\\\Cy | 2025-01-31<br>and again later |"), "escaped cells");
  assert.ok(mdText.includes("\n\\# not a heading"), "a text line starting with # is escaped");

  // Cancelling the confirmation keeps everything.
  page.once("dialog", d => d.dismiss());
  await page.getByRole("button", { name: "Clear the worksheet" }).click();
  assert.deepEqual((await sheetState(page)).values, filled.values);

  for (const file of [csv, md]) {
    await clearSheet(page);
    assert.equal(await page.locator(".worksheet-status").textContent(), "The worksheet is empty.");
    await page.locator("input[type=file][data-action=import]").setInputFiles(file.file);
    await page.locator(".worksheet-status", { hasText: "Imported" }).waitFor();
    const back = await sheetState(page);
    assert.deepEqual(back.values, filled.values, `${file.name} round trip is exact`);
    assert.equal(back.rows, 3);
  }

  // The import is saved like typing: it survives a reload.
  await page.reload();
  const reloaded = await sheetState(page);
  assert.deepEqual(reloaded.values, filled.values);
  assert.equal(reloaded.status, "Your saved entries were restored from this browser.");

  // A file that is not an export changes nothing.
  await page.locator("input[type=file][data-action=import]").setInputFiles({ name: "other.md", mimeType: "text/markdown", buffer: Buffer.from("# Something else\n\nhello\n") });
  await page.locator(".worksheet-status", { hasText: "other.md" }).waitFor();
  assert.equal(await page.locator(".worksheet-status").textContent(), "other.md is not an export of this worksheet. Nothing was changed.");
  assert.deepEqual((await sheetState(page)).values, filled.values);
});

test("worksheet: autosave restores fields and added rows; keyboard adds rows; print is wired", T, async t => {
  const { page } = await open(t, SHEET_PAGE());
  await page.getByLabel("Your name").fill("名前");
  // Add a row by keyboard: focus lands in the new row.
  await page.getByRole("button", { name: "Add a row" }).focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.name), "plan.2.what");
  await page.keyboard.type("typed, in the new row");
  await page.getByRole("button", { name: "Add a row" }).click();
  await page.reload();
  const s = await sheetState(page);
  assert.equal(s.rows, 4, "added rows restored");
  assert.equal(s.values.name, "名前");
  assert.equal(s.values["plan.2.what"], "typed, in the new row");
  assert.equal(s.values["plan.3.what"], "");
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.some(k => /^coursebook:en:.+:worksheet:fixture-sheet$/.test(k)), keys.join());

  // The file input is visually hidden; its visible label shows the keyboard focus.
  await page.getByRole("button", { name: "Export as Markdown" }).focus();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.type), "file");
  assert.equal(await page.locator("label.button").evaluate(el => getComputedStyle(el).outlineStyle), "solid");

  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed++; }; });
  await page.getByRole("button", { name: "Print" }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  // Print media: buttons hidden, filled values shown.
  await page.emulateMedia({ media: "print" });
  assert.ok(!(await page.getByRole("button", { name: "Add a row" }).isVisible()));
  assert.ok(!(await page.locator(".worksheet-actions").isVisible()));
  assert.ok(await page.locator("textarea[name='plan.2.what']").isVisible());
  await page.emulateMedia({ media: "screen" });
});

test("worksheet and quiz fit a 360px screen without sideways scrolling, in both directions", T, async t => {
  const { page } = await open(t, SHEET_PAGE(), { viewport: { width: 360, height: 740 } });
  for (const target of [SHEET_PAGE(), QUIZ_PAGE(), CHAPTER_PAGE()]) {
    await page.goto(target);
    for (const dir of ["ltr", "rtl"]) {
      await page.evaluate(d => { document.documentElement.dir = d; }, dir);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `${target} (${dir}) is ${width}px wide`);
    }
  }
});

test("no layout shift when the script enhances the page", T, async t => {
  const { page } = await open(t, null);
  for (const target of [QUIZ_PAGE(), SHEET_PAGE(), CHAPTER_PAGE()]) {
    await page.goto(target);
    const shift = await page.evaluate(() => new Promise(resolve => {
      let sum = 0;
      new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })
        .observe({ type: "layout-shift", buffered: true });
      setTimeout(() => resolve(sum), 300);
    }));
    assert.ok(shift < 0.01, `cumulative layout shift ${shift} on ${target}`);
  }
});

// ----- accessibility -----

test("axe-core: no WCAG 2.1 A/AA violations on the quiz, worksheet and chapter pages, before and after use", T, async t => {
  const { page } = await open(t, null);

  await page.goto(QUIZ_PAGE());
  await axe(page, "the quiz page");
  await answer(page, { ...RIGHT, single: "Green", words: "wrong", order: WRONG.order });
  await page.getByRole("button", { name: "Check answers" }).click();
  await axe(page, "the checked quiz page");

  await page.goto(SHEET_PAGE());
  await axe(page, "the worksheet page");
  await fillSheet(page);
  await download(page, "Export as CSV");
  await axe(page, "the filled worksheet page");

  await page.goto(CHAPTER_PAGE());
  await axe(page, "the chapter page");
  await page.getByRole("button", { name: "Try again" }).click();
  await page.getByRole("button", { name: "Check answers" }).click();
  await axe(page, "the chapter page with the quiz checked");
});

test("rating worksheet: choose with keyboard and mouse, autosave, export and re-import CSV and Markdown", T, async t => {
  const { page } = await open(t, url("en/worksheets/rating-sheet.html"));
  // Each radio is named by its statement and its scale point.
  await page.getByRole("radio", { name: "The content 3 Satisfied" }).check();
  await page.getByRole("radio", { name: "The pace 1 Very dissatisfied" }).focus();
  await page.keyboard.press("ArrowRight");
  assert.ok(await page.getByRole("radio", { name: "The pace 2 Dissatisfied" }).isChecked(), "arrow keys move within a statement's scale");
  // The default scale is the five-point agreement scale.
  await page.getByRole("radio", { name: "The course was useful 4 Agree" }).check();
  await page.getByLabel("Comments").fill("Good, \"thanks\"");

  await page.reload();
  assert.ok(await page.getByRole("radio", { name: "The content 3 Satisfied" }).isChecked(), "saved in this browser");
  assert.ok(await page.getByRole("radio", { name: "The course was useful 4 Agree" }).isChecked());

  const csv = await download(page, "Export as CSV");
  const csvText = readFileSync(csv.file, "utf8");
  assert.ok(csvText.includes("satisfaction,,content,The content,3 (Satisfied)\r\n"), csvText);
  assert.ok(csvText.includes("satisfaction,,pace,The pace,2 (Dissatisfied)\r\n"), csvText);
  assert.ok(csvText.includes("agreement,,useful,The course was useful,4 (Agree)\r\n"), csvText);
  const md = await download(page, "Export as Markdown");
  const mdText = readFileSync(md.file, "utf8");
  assert.ok(mdText.includes("| The content | 3 (Satisfied) |"), mdText);

  const checked = () => page.locator("input[type=radio]:checked").evaluateAll(els => els.map(e => `${e.name}=${e.value}`).sort());
  const before = await checked();
  assert.deepEqual(before, ["agreement.useful=4", "satisfaction.content=3", "satisfaction.pace=2"]);
  for (const file of [csv, md]) {
    page.once("dialog", d => d.accept());
    await page.getByRole("button", { name: "Clear the worksheet" }).click();
    assert.deepEqual(await checked(), [], "clearing unchecks every rating");
    await page.locator("input[type=file][data-action=import]").setInputFiles(file.file);
    await page.locator(".worksheet-status", { hasText: "Imported" }).waitFor();
    assert.deepEqual(await checked(), before, `${file.name} round trip`);
  }
  await axe(page, "the rating worksheet");
});
