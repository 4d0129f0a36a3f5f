// Pages built from hostile content (tests/fixtures/hostile: script, event handlers, javascript:
// links, frames, forms and JSON breakouts in every content kind) run none of it, opened from
// file:// and from http://. A sentinel: every payload sets window.__pwned or opens a dialog.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { browserSite, fixture } from "./harness.mjs";

const T = { timeout: 180_000 };
const built = browserSite({ root: fixture("hostile"), prefix: "coursebook-hostile-" });
let server, origin, pages;

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".xml": "application/xml" };

before(async () => {
  const site = built.site;
  pages = [];
  const walk = dir => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".html")) pages.push(path.relative(site, p));
    }
  };
  walk(site);
  pages.sort();
  server = createServer((req, res) => {
    const file = path.join(site, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(site) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise(resolve => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => server?.close());

async function visitAll(t, toUrl) {
  const { context } = await built.open(t, null);
  const ran = [];
  for (const rel of pages) {
    const page = await context.newPage();
    page.on("dialog", async d => { ran.push(`${rel}: dialog ${d.message()}`); await d.dismiss(); });
    await page.goto(toUrl(rel));
    // Give handlers (onerror, onload, ontoggle) their chance; hover and open what can be opened.
    await page.evaluate(() => new Promise(r => setTimeout(r, 50)));
    await page.locator("details").evaluateAll(ds => ds.forEach(d => { d.open = !d.open; }));
    await page.mouse.move(10, 10);
    if (await page.evaluate(() => window.__pwned !== undefined)) ran.push(`${rel}: window.__pwned set`);
    await page.close();
  }
  assert.ok(pages.length > 15, `${pages.length} pages visited`);
  assert.deepEqual(ran, [], "script from content ran");
}

test("no content script runs on any page, from file://", T, async t => {
  await visitAll(t, rel => built.url(rel));
});

test("no content script runs on any page, from http://", T, async t => {
  await visitAll(t, rel => `${origin}/${rel.split(path.sep).join("/")}`);
});

test("the page's own scripts still run under the Content-Security-Policy (file:// and http://)", T, async t => {
  // Hostile content points images at missing files; only policy violations matter here.
  const context = await built.browser.newContext();
  t.after(() => context.close());
  const violations = [];
  for (const base of [rel => built.url(rel), rel => `${origin}/${rel}`]) {
    const page = await context.newPage();
    page.on("console", m => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()); });
    await page.goto(base("en/quizzes/evil-quiz.html"));
    // The quiz script ran: it reveals its controls, which stay hidden without JavaScript.
    await page.locator(".quiz-actions").first().waitFor({ state: "visible" });
    // The language choice's inline script (allowed by its hash) sends readers to a locale.
    await page.goto(base("index.html"));
    await page.waitForURL(/\/en\/index\.html$/);
  }
  assert.deepEqual(violations, [], "the theme's own scripts were blocked");
});
