// Browser test of the offline copy (`coursebook pack`): the zip of the shipped Capacities course
// in English is unpacked into a temporary folder and opened from file:// in headless Chromium,
// as a workshop without internet would use it: index.html leads to the course, its pages link
// to each other, and a quiz in it checks answers.
//
//   cargo build && cd tests/browser && npm ci && node --test pack.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { inflateRawSync } from "node:zlib";
import {
  assertBinary, assertChromium, bin, collectScriptErrors, launchChromium, makeTempDir, removeTempDir, repo,
} from "./harness.mjs";

const T = { timeout: 240_000 };
let tmp, folder, browser;

/** Unpacks a zip (stored or deflated entries, as coursebook writes them) into `dir`. */
function unzip(file, dir) {
  const zip = readFileSync(file);
  // The end of central directory record: its signature, searched from the end.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, "not a zip file");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, "central directory entry");
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    const bytes = method === 8 ? inflateRawSync(raw) : method === 0 ? raw : assert.fail(`compression method ${method}`);
    assert.ok(!name.startsWith("/") && !name.split("/").includes(".."), `entry outside the folder: ${name}`);
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    names.push(name);
  }
  return names;
}

before(async () => {
  assertBinary();
  assertChromium();
  tmp = makeTempDir("coursebook-pack-");
  const out = path.join(tmp, "zips");
  execFileSync(bin, ["pack", "--root", repo, "--course", "capacities", "--locale", "en", "-o", out, "--quiet"], { stdio: "pipe" });
  const names = unzip(path.join(out, "capacities-en.zip"), path.join(tmp, "unpacked"));
  assert.ok(names.includes("capacities-en/index.html"), "the copy opens with index.html");
  folder = path.join(tmp, "unpacked", "capacities-en");
  browser = await launchChromium();
});

after(async () => {
  if (browser) await browser.close();
  removeTempDir(tmp);
});

async function open(t) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = collectScriptErrors(page);
  const requests = [];
  page.on("request", r => { if (!r.url().startsWith("file:")) requests.push(r.url()); });
  t.after(async () => {
    await context.close();
    assert.deepEqual(errors, [], "the page logged script errors");
    assert.deepEqual(requests, [], "an offline copy requests nothing from the network");
  });
  return page;
}

test("index.html opens the course, whose pages link to each other inside the copy", T, async t => {
  assert.ok(existsSync(path.join(folder, "README.txt")), "a README says how to open the copy");
  assert.match(readFileSync(path.join(folder, "README.txt"), "utf8"), /index\.html/);
  const page = await open(t);
  await page.goto(pathToFileURL(path.join(folder, "index.html")).href);
  await page.waitForURL(/en\/capacities\/index\.html$/, { timeout: 30_000 });
  await assert.doesNotReject(page.locator("h1").first().waitFor());
  assert.match(await page.locator("h1").first().textContent(), /Capacities for Digital Government Transformation/i);
  await page.getByRole("link", { name: "The whole course on one page, to read or print" }).click();
  await page.waitForURL(/print\.html$/);
  assert.ok(await page.locator("#chapter-introduction").count() === 1, "the print book is in the copy");
  await page.goBack();
  await page.locator(".syllabus-list a").first().click();
  await page.waitForURL(/en\/capacities\/introduction\.html$/);
  // Every link of the chapter page that stays in the site resolves to a file of the copy.
  const hrefs = await page.locator("a[href]").evaluateAll(as => as.map(a => a.href));
  const local = hrefs.filter(h => h.startsWith("file:")).map(h => decodeURIComponent(new URL(h).pathname));
  assert.ok(local.length > 10, "the chapter links to other pages");
  for (const file of local) assert.ok(existsSync(file), `the copy has ${file}`);
});

test("a quiz of the copy checks answers from file://", T, async t => {
  const page = await open(t);
  await page.goto(pathToFileURL(path.join(folder, "en", "quizzes", "introduction-quiz.html")).href);
  const quiz = page.locator('section[data-id="introduction-quiz"]');
  await quiz.locator('li.question[data-question="dgt-fixed-project"]').getByLabel("False", { exact: true }).check();
  await quiz.locator('li.question[data-question="capacity-development-term"] input').fill("Capacity development");
  await quiz.getByRole("button", { name: "Check answers" }).click();
  const first = quiz.locator('li.question[data-question="dgt-fixed-project"]');
  await first.locator(".feedback").filter({ hasText: "Correct." }).waitFor({ timeout: 30_000 });
  assert.ok(await first.evaluate(li => li.classList.contains("is-correct")));
  assert.ok(await quiz.locator('li.question[data-question="capacity-development-term"]').evaluate(li => li.classList.contains("is-correct")));
  assert.match(await quiz.locator(".quiz-result").textContent(), /points/);
});

test("search in the copy: results of the course open its pages, those of pages it leaves out say so", T, async t => {
  const page = await open(t);
  const chapter = pathToFileURL(path.join(folder, "en", "capacities", "introduction.html")).href;
  await page.goto(chapter);
  const field = page.locator(".site-search input[type=search]");
  await field.fill("innovation");
  await page.locator(".search-popup").waitFor({ state: "visible", timeout: 20_000 });
  await page.waitForFunction(() => {
    const more = document.querySelector(".search-more");
    return more && more.href.endsWith("?q=innovation");
  }, null, { timeout: 20_000 });
  const hrefs = await page.locator(".search-option").evaluateAll(os => os.map(o => o.getAttribute("data-href")));
  assert.ok(hrefs.length >= 3, `results: ${hrefs}`);
  const files = hrefs.map(h => decodeURIComponent(new URL(h, chapter).pathname));
  for (const file of files) assert.ok(existsSync(file), `a result leads to ${file}, which the copy does not hold`);
  assert.ok(files.some(f => f.endsWith("/en/not-in-this-copy.html")), `the Innovation course is not in the copy: ${hrefs}`);
  assert.ok(files.some(f => f.includes("/en/capacities/") || f.includes("/en/glossary.html")), `results in the copy: ${hrefs}`);
});
