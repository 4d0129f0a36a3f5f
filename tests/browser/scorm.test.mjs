// A SCORM 1.2 package of `coursebook export scorm` inside a real SCORM 1.2 run-time: scorm-again
// (the npm package) is the parent frame's `window.API`, the package is unzipped and served over
// http, and each chapter is launched in an iframe as an LMS launches a SCO (the resource's href
// plus the item's parameters, read from imsmanifest.xml). The tests read a chapter, answer its
// quiz and assert what the run-time received.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import {
  assertBinary, assertChromium, bin, collectScriptErrors, fixture, launchChromium, makeTempDir, removeTempDir,
} from "./harness.mjs";

const require = createRequire(import.meta.url);
const SCORM_AGAIN = require.resolve("scorm-again/scorm12");

let tmp, dir, server, origin, browser, manifest;

/** Extracts a zip file (stored or deflated entries) into `into`. */
function unzip(file, into) {
  const zip = readFileSync(file);
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, "not a zip file");
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30), comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;
    if (name.endsWith("/")) continue;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    const target = path.join(into, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, method === 8 ? inflateRawSync(data) : data);
  }
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".xml": "application/xml" };

/** The LMS page: scorm-again as window.API, with `data` loaded before the SCO starts, and the SCO in an iframe. */
function lmsPage(launch, data) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm-again.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 4 });
  window.API.loadFromJSON(${JSON.stringify(data)});
  window.calls = [];
  for (const name of ["LMSInitialize", "LMSCommit", "LMSFinish"]) window.API.on(name, () => window.calls.push([name]));
  window.API.on("LMSSetValue.cmi.*", (element, value) => window.calls.push(["LMSSetValue", element, value]));
</script></head><body>
<iframe id="sco" title="SCO" src="${launch}" style="width:1000px;height:700px"></iframe>
</body></html>`;
}

before(async () => {
  assertBinary();
  assertChromium();
  tmp = makeTempDir("coursebook-scorm-");
  const zip = path.join(tmp, "basics.zip");
  execFileSync(bin, ["export", "scorm", "--root", fixture("export"), "--course", "basics", "--locale", "en", "-o", zip, "-q"], { stdio: "pipe" });
  dir = path.join(tmp, "package");
  unzip(zip, dir);
  manifest = readFileSync(path.join(dir, "imsmanifest.xml"), "utf8");
  server = createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/scorm-again.js") {
      res.writeHead(200, { "content-type": TYPES[".js"] });
      res.end(readFileSync(SCORM_AGAIN));
      return;
    }
    if (url.pathname === "/favicon.ico") { res.writeHead(204); res.end(); return; } // the browser asks for it
    if (url.pathname === "/lms.html") {
      res.writeHead(200, { "content-type": TYPES[".html"] });
      res.end(lmsPage(url.searchParams.get("launch"), JSON.parse(url.searchParams.get("data") || "{}")));
      return;
    }
    const file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) { res.writeHead(403); res.end(); return; }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
      res.end(body);
    } catch (e) {
      res.writeHead(404);
      res.end("not found");
    }
  });
  await new Promise(resolve => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await new Promise(resolve => server.close(resolve));
  removeTempDir(tmp);
});

/** How the manifest launches a chapter: its SCO resource's href and its item's parameters, and its mastery score. */
function launchOf(chapter) {
  const item = new RegExp(`<item identifier="item-\\d+-${chapter}" identifierref="([^"]+)"[^>]*parameters="([^"]*)">([\\s\\S]*?)</item>`).exec(manifest);
  assert.ok(item, `no item for chapter ${chapter} in the manifest`);
  const resource = new RegExp(`<resource identifier="${item[1]}"[^>]*adlcp:scormtype="sco" href="([^"]+)"`).exec(manifest);
  assert.ok(resource, `no SCO resource ${item[1]}`);
  const mastery = /<adlcp:masteryscore>([^<]+)<\/adlcp:masteryscore>/.exec(item[3]);
  return { href: "/" + resource[1] + item[2].replace(/&amp;/g, "&"), mastery: mastery ? mastery[1] : "" };
}

/** Opens the LMS with `chapter` launched in its frame; fails the test on script errors. */
async function launch(t, chapter, cmi = {}) {
  const { href, mastery } = launchOf(chapter);
  const data = { ...cmi, student_data: { mastery_score: mastery, ...(cmi.student_data || {}) } };
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = collectScriptErrors(page);
  t.after(async () => {
    await context.close();
    assert.deepEqual(errors, [], "script errors in the LMS or the SCO");
  });
  await page.goto(`${origin}/lms.html?launch=${encodeURIComponent(href)}&data=${encodeURIComponent(JSON.stringify(data))}`);
  await page.waitForFunction(() => window.calls && window.calls.some(c => c[0] === "LMSInitialize"), null, { timeout: 30000 });
  const frame = page.frames().find(f => f.url().includes(href.split("?")[0]));
  assert.ok(frame, "the SCO's frame");
  await frame.waitForLoadState("load");
  return { page, frame };
}

/** The run-time's view of a data model element. */
const cmi = (page, element) => page.evaluate(e => window.API.LMSGetValue(e), element);
const waitFor = (page, element, value) =>
  page.waitForFunction(([e, v]) => window.API.LMSGetValue(e) === v, [element, value], { timeout: 30000 });

test("a chapter read to its end is completed; its quiz reports score and passed/failed against the mastery score", async t => {
  const { page, frame } = await launch(t, "first");
  assert.equal(await cmi(page, "cmi.core.lesson_status"), "incomplete");
  assert.equal(await cmi(page, "cmi.student_data.mastery_score"), "60", "masteryscore from the quiz's pass mark");

  // Reading: the end of the chapter comes into view.
  await frame.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await waitFor(page, "cmi.core.lesson_status", "completed");

  // The quiz, embedded in the chapter page: 5 of 8 points (62.5%) passes a mark of 60%.
  const quiz = frame.locator("section[data-activity=quiz][data-id=first-quiz]");
  await quiz.locator("#first-quiz-pick-one-0").check();
  for (const i of [0, 1, 2]) await quiz.locator(`#first-quiz-pick-three-${i}`).check();
  await quiz.locator("#first-quiz-grows-true").check();
  await quiz.locator("#first-quiz-term-text").fill("Capacity development");
  await quiz.locator("#first-quiz-how-many-number").fill("12");
  await quiz.locator("button[type=submit]").click();
  await waitFor(page, "cmi.core.lesson_status", "passed");
  assert.equal(await cmi(page, "cmi.core.score.raw"), "62.5");
  assert.equal(await cmi(page, "cmi.core.score.min"), "0");
  assert.equal(await cmi(page, "cmi.core.score.max"), "100");
  const suspend = JSON.parse(await cmi(page, "cmi.suspend_data"));
  assert.equal(suspend.q, "first-quiz");
  assert.equal(suspend.c, 1, "the quiz was checked");
  assert.deepEqual(suspend.a["pick-one"], ["0"]);
  assert.equal(suspend.a.term, "Capacity development");
  const calls = await page.evaluate(() => window.calls);
  const passedAt = calls.findIndex(c => c[0] === "LMSSetValue" && c[1] === "cmi.core.lesson_status" && c[2] === "passed");
  assert.ok(calls.slice(passedAt).some(c => c[0] === "LMSCommit"), "the result is committed");

  // A later check that fails is reported as it is.
  await quiz.locator("[data-action=retry]").click();
  await quiz.locator("#first-quiz-pick-one-1").check();
  await quiz.locator("button[type=submit]").click();
  await waitFor(page, "cmi.core.lesson_status", "failed");
  assert.equal(await cmi(page, "cmi.core.score.raw"), "50");

  // Leaving the SCO: the bookmark, the exit mode and the session time are committed, then LMSFinish.
  await page.evaluate(() => document.getElementById("sco").remove());
  await page.waitForFunction(() => window.calls.some(c => c[0] === "LMSFinish"), null, { timeout: 30000 });
  const location = await cmi(page, "cmi.core.lesson_location");
  assert.ok(["in-practice", "key-messages", "quiz-first-quiz", "cases", "activities"].includes(location), `bookmark: ${location}`);
  // cmi.core.exit and session_time are write-only: read what the SCO set.
  const sets = await page.evaluate(() => window.calls.filter(c => c[0] === "LMSSetValue"));
  const last = element => sets.filter(c => c[1] === element).map(c => c[2]).pop();
  assert.equal(last("cmi.core.exit"), "suspend");
  assert.match(last("cmi.core.session_time"), /^\d{2,4}:\d{2}:\d{2}$/);
  const finished = await page.evaluate(() => window.calls.map(c => c[0]));
  assert.equal(finished[finished.length - 1], "LMSFinish", "LMSFinish comes last");
  assert.equal(finished[finished.length - 2], "LMSCommit", "a commit before LMSFinish");
});

test("a resumed chapter gets its answers back from suspend_data and opens at its bookmark", async t => {
  const saved = JSON.stringify({ v: 1, q: "first-quiz", a: { "pick-one": ["0"], term: "capacity building", grows: ["false"] }, c: 0 });
  const { page, frame } = await launch(t, "first", {
    core: { entry: "resume", lesson_status: "incomplete", lesson_location: "in-practice" },
    suspend_data: saved,
  });
  await frame.waitForFunction(() => document.getElementById("first-quiz-term-text").value === "capacity building", null, { timeout: 30000 });
  assert.equal(await frame.isChecked("#first-quiz-pick-one-0"), true);
  assert.equal(await frame.isChecked("#first-quiz-grows-false"), true);
  await frame.waitForFunction(() => {
    const h = document.getElementById("in-practice");
    return window.scrollY > 0 && Math.abs(h.getBoundingClientRect().top) < window.innerHeight / 2;
  }, null, { timeout: 30000 });
  assert.equal(await cmi(page, "cmi.core.lesson_status"), "incomplete");
});

test("suspend_data stays within SCORM 1.2's 4,096 characters, however long the answers", async t => {
  const { page, frame } = await launch(t, "first");
  await frame.locator("#first-quiz-pick-one-2").check();
  await frame.locator("#first-quiz-how-many-number").fill("17");
  // A free-text answer far longer than the limit, with characters JSON escapes.
  await frame.locator("#first-quiz-term-text").fill('"quoted" \\ text, '.repeat(600));
  await page.waitForFunction(() => window.calls.some(c => c[1] === "cmi.suspend_data" && c[2].includes("quoted")), null, { timeout: 30000 });
  const writes = await page.evaluate(() => window.calls.filter(c => c[1] === "cmi.suspend_data").map(c => c[2]));
  for (const w of writes) assert.ok(w.length <= 4096, `suspend_data of ${w.length} characters`);
  const last = JSON.parse(writes[writes.length - 1]);
  assert.ok(last.a.term.length > 1000 && last.a.term.startsWith('"quoted" \\ text'), "the long answer is shortened, not dropped");
  assert.deepEqual(last.a["pick-one"], ["2"]);
  assert.equal(last.a["how-many"], "17");
  assert.ok((await cmi(page, "cmi.suspend_data")).length <= 4096);
});

test("a chapter without a quiz is completed when read and reports no score", async t => {
  const { page, frame } = await launch(t, "second");
  assert.equal(launchOf("second").mastery, "");
  await frame.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await waitFor(page, "cmi.core.lesson_status", "completed");
  assert.equal(await cmi(page, "cmi.core.score.raw"), "");
});

test("without an LMS the package's pages work as the site does", async t => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = collectScriptErrors(page);
  t.after(async () => {
    await context.close();
    assert.deepEqual(errors, []);
  });
  await page.goto(`${origin}${launchOf("first").href}`);
  await page.locator("#first-quiz-pick-one-0").check();
  await page.locator("section[data-activity=quiz] button[type=submit]").click();
  await page.locator(".quiz-result.is-failed").waitFor({ timeout: 30000 });
  const kept = await page.evaluate(() => Object.keys(localStorage).filter(k => k.includes("first-quiz")).length);
  assert.equal(kept, 1, "answers kept in the browser");
  // Links are left as they are (in an LMS they open beside the SCO).
  assert.equal(await page.locator("a[target=_blank]").count(), 0);
});
