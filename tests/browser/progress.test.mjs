// A learner's progress, kept in the browser only (themes/default/assets/site.js): a chapter read
// to its end is marked on the course page, with its quiz's last result, and summed up; "Forget my
// progress" clears it (shared computers in a training room). From file://, as a learner opens a
// copy of the site.
//
// Environment: COURSEBOOK_BIN (default target/debug/coursebook; relative to the repository root),
// CHROMIUM (default /usr/bin/chromium).
import { test } from "node:test";
import assert from "node:assert/strict";
import { axe, browserSite, fixture } from "./harness.mjs";

const T = { timeout: 90_000 };
const PHONE = { viewport: { width: 360, height: 740 } };

const { url, open } = browserSite({ root: fixture("valid"), prefix: "coursebook-progress-" });

/** What the course page shows of the learner's progress. */
function progress(page) {
  return page.evaluate(() => {
    const box = document.querySelector(".course-progress");
    const marks = {};
    for (const li of document.querySelectorAll(".syllabus-list > li[data-chapter]")) {
      const m = li.querySelector(".progress-marks");
      marks[li.dataset.chapter] = m.hidden ? null : m.textContent;
    }
    const next = box.querySelector(".progress-next");
    const link = next.querySelector("a");
    return {
      shown: !box.hidden, summary: box.querySelector(".progress-summary").textContent, marks,
      next: next.hidden ? null : `${next.firstChild.textContent.trim()} ${link.textContent} <${link.getAttribute("href")}>`,
    };
  });
}

test("a chapter read to its end and its quiz are marked on the course page, and can be forgotten", T, async t => {
  const { page } = await open(t, url("en/demo/index.html"), PHONE);
  assert.deepEqual(await progress(page), { shown: false, summary: "Chapters read: 0 of 2. Quizzes passed: 0 of 1.", marks: { one: null, two: null }, next: null },
    "nothing is shown before the learner has done anything");

  // Opening a chapter is not reading it: the mark comes when its end is reached.
  await page.goto(url("en/demo/one.html"));
  await page.goto(url("en/demo/index.html"));
  assert.equal((await progress(page)).marks.one, null, "opened, not read to its end");
  await page.goto(url("en/demo/one.html"));
  await page.locator("nav.pager").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => Object.keys(localStorage).some(k => k.endsWith(":read:one")));
  // The sidebar ticks it (on every page of the course; here, the course page's).
  await page.goto(url("en/demo/index.html"));
  const ticked = await page.evaluate(() => Array.from(document.querySelectorAll(".nav-chapters li.is-read a")).map(a => a.getAttribute("href")));
  assert.deepEqual(ticked, ["../../en/demo/one.html"]);
  let shown = await progress(page);
  assert.deepEqual(shown, {
    shown: true, summary: "Chapters read: 1 of 2. Quizzes passed: 0 of 1.", marks: { one: "Read", two: null },
    next: "Continue with 2 Second chapter <../../en/demo/two.html>",
  });

  // The chapter's quiz, checked on its own page: the course page shows the last result.
  await page.goto(url("en/quizzes/one-quiz.html"));
  await page.getByLabel("A building").check();
  await page.getByLabel("False").check();
  await page.getByRole("button", { name: "Check answers" }).click();
  await page.goto(url("en/demo/index.html"));
  assert.equal((await progress(page)).marks.one, "Read · Quiz tried: 0 of 2");
  await page.goto(url("en/quizzes/one-quiz.html"));
  await page.getByRole("button", { name: "Try again" }).click();
  await page.getByLabel("An ability").check();
  await page.getByLabel("True").check();
  await page.getByRole("button", { name: "Check answers" }).click();
  await page.goto(url("en/demo/index.html"));
  shown = await progress(page);
  assert.deepEqual(shown, {
    shown: true, summary: "Chapters read: 1 of 2. Quizzes passed: 1 of 1.", marks: { one: "Read · Quiz passed: 2 of 2", two: null },
    next: "Continue with 2 Second chapter <../../en/demo/two.html>",
  });
  await axe(page, "the course page with progress shown");
  // Following "Continue with" opens the next chapter; once every chapter is read, there is none.
  await page.locator(".progress-next a").click();
  await page.waitForURL(url("en/demo/two.html"));
  await page.locator("nav.pager").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => Object.keys(localStorage).some(k => k.endsWith(":read:two")));
  await page.goto(url("en/demo/index.html"));
  shown = await progress(page);
  assert.equal(shown.summary, "Chapters read: 2 of 2. Quizzes passed: 1 of 1.");
  assert.equal(shown.next, null, "nothing left to continue with");

  // Forgetting clears this course's marks and the quiz's saved answers, and says so by hiding them.
  await page.getByRole("button", { name: "Forget my progress" }).click();
  assert.deepEqual(await progress(page), { shown: false, summary: "Chapters read: 0 of 2. Quizzes passed: 0 of 1.", marks: { one: null, two: null }, next: null });
  assert.equal(await page.evaluate(() => document.activeElement.id), "syllabus", "focus returns to the syllabus");
  await page.reload();
  assert.equal((await progress(page)).shown, false, "still forgotten after a reload");
  await page.goto(url("en/quizzes/one-quiz.html"));
  assert.equal(await page.getByLabel("An ability").isChecked(), false, "the quiz starts afresh");
});

test("progress is not printed", T, async t => {
  const { page } = await open(t, url("en/demo/one.html"), PHONE);
  await page.locator("nav.pager").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => Object.keys(localStorage).some(k => k.endsWith(":read:one")));
  await page.goto(url("en/demo/index.html"));
  assert.equal((await progress(page)).shown, true);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".course-progress").isVisible(), false, "the summary box is not printed");
  assert.equal(await page.locator(".progress-marks").first().isVisible(), false, "nor the marks");
});
