// `coursebook serve` in a browser: a saved edit reloads the open page at the same scroll
// position, a broken build shows its errors over the page and a fix reloads it, and a page left
// open while the server restarts reconnects and reloads by itself.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import {
  assertBinary, assertChromium, bin, collectScriptErrors, fixture, launchChromium, makeTempDir, removeTempDir,
} from "./harness.mjs";

/** Generous: builds on a loaded machine. Waits are for events; nothing here is timed. */
const PATIENCE = 60_000;

let tmp, root, browser;
const servers = new Set();

before(async () => {
  assertBinary();
  assertChromium();
  tmp = makeTempDir("coursebook-serve-browser-");
  root = path.join(tmp, "site");
  cpSync(fixture("valid"), root, { recursive: true });
  browser = await launchChromium();
});

after(async () => {
  for (const server of servers) server.kill("SIGKILL");
  if (browser) await browser.close();
  removeTempDir(tmp);
});

/**
 * Starts `coursebook serve` on the copied site and waits until it serves.
 * @param {number} port 0 for any free port
 * @returns {Promise<{ child: import("node:child_process").ChildProcess, port: number }>}
 */
function startServer(port) {
  const child = spawn(bin, ["serve", "--root", root, "--port", String(port)], {
    stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" },
  });
  servers.add(child);
  const log = [];
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stderr }).on("line", line => {
      log.push(line);
      const found = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(line);
      if (found) resolve({ child, port: Number(found[1]) });
    });
    child.on("exit", code => reject(new Error(`serve exited (${code}):\n${log.join("\n")}`)));
  });
}

/** Stops a server with SIGTERM and waits for it to exit. */
function stopServer(child) {
  return new Promise(resolve => {
    child.on("exit", () => { servers.delete(child); resolve(); });
    child.kill("SIGTERM");
  });
}

test("live reload keeps the scroll position, shows errors, and survives a restart", async () => {
  const { child, port } = await startServer(0);
  const chapter = path.join(root, "curriculum/courses/demo/chapters/one.md");
  const text = readFileSync(chapter, "utf8");
  const context = await browser.newContext({ viewport: { width: 360, height: 300 } });
  const page = await context.newPage();
  const errors = collectScriptErrors(page);
  // Every resource of the page loads (the browser's own /favicon.ico request, which the fixture
  // site does not answer, is not the page's: it shows only as a console message, left out below).
  page.on("response", r => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(`http://127.0.0.1:${port}/en/demo/one.html`);
  // The page follows the builds once its event stream has said which build it shows.
  const connected = () => page.waitForFunction(() => window.coursebookServe?.build, null, { timeout: PATIENCE });
  await connected();
  await page.evaluate(() => window.scrollTo(0, 400));
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 0, "the page scrolls");

  // A saved edit: the page reloads with the new text, where the reader was.
  let reloaded = page.waitForEvent("load", { timeout: PATIENCE });
  writeFileSync(chapter, `${text}\nA sentence the browser reloads for.\n`);
  await reloaded;
  await page.waitForFunction(() => document.body.textContent.includes("A sentence the browser reloads for."), null, { timeout: PATIENCE });
  await page.waitForFunction(y => window.scrollY === y, scrolled, { timeout: PATIENCE });

  // A broken save: the errors show over the page, which stays as it was.
  await connected();
  writeFileSync(chapter, text.replace("title: First chapter", "titel: First chapter"));
  const overlay = page.locator("#coursebook-errors");
  await overlay.waitFor({ timeout: PATIENCE });
  assert.match(await overlay.textContent(), /one\.md:\d+:\d+: error: unknown field `titel`/);
  assert.equal(await overlay.getAttribute("role"), "alert");

  // The fix reloads the page, without the overlay.
  reloaded = page.waitForEvent("load", { timeout: PATIENCE });
  writeFileSync(chapter, text);
  await reloaded;
  await connected();
  assert.equal(await page.locator("#coursebook-errors").count(), 0);

  // The server restarts (an edit made while it was down): the open page reconnects and reloads.
  await stopServer(child);
  writeFileSync(chapter, `${text}\nWritten while the server was down.\n`);
  reloaded = page.waitForEvent("load", { timeout: PATIENCE });
  await startServer(port);
  await reloaded;
  await page.waitForFunction(() => document.body.textContent.includes("Written while the server was down."), null, { timeout: PATIENCE });

  // Only the event stream's failed reconnections while the server was down may be logged, and
  // the favicon's 404.
  const expected = /ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE|__coursebook\/events|^Failed to load resource: the server responded with a status of 404/;
  const unexpected = errors.filter(e => !expected.test(e));
  assert.deepEqual(unexpected, [], "the page logged script errors");
  await context.close();
});
