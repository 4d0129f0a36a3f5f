// Shared set-up of the browser tests: the paths of the repository, the coursebook binary and
// Chromium, building a site into a temporary folder, launching headless Chromium (playwright-core),
// opening pages that fail the test on script errors, and checking a page with axe-core.
//
// Environment: COURSEBOOK_BIN (default target/debug/coursebook; relative to the repository root),
// CHROMIUM (default /usr/bin/chromium).
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);

/** The folder of the browser tests (tests/browser). */
export const here = path.dirname(fileURLToPath(import.meta.url));

/** The root of the repository. */
export const repo = path.resolve(here, "..", "..");

/** The coursebook binary: COURSEBOOK_BIN (relative to the repository root), or target/debug/coursebook. */
export const bin = path.resolve(repo, process.env.COURSEBOOK_BIN || "target/debug/coursebook");

/** The Chromium executable: CHROMIUM, or /usr/bin/chromium. */
export const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

/** The flags Chromium is launched with. */
export const CHROMIUM_ARGS = Object.freeze([
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
]);

/** The tags of the axe-core rules that are run: WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = Object.freeze(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);

/**
 * The path of a fixture site of the repository.
 * @param {string} name the folder under tests/fixtures, e.g. "valid"
 * @returns {string}
 */
export function fixture(name) {
  return path.join(repo, "tests", "fixtures", name);
}

/** Asserts that the coursebook binary exists (run `cargo build` first, or set COURSEBOOK_BIN). */
export function assertBinary() {
  assert.ok(existsSync(bin), `coursebook binary not found at ${bin}: run \`cargo build\` first, or set COURSEBOOK_BIN`);
}

/** Asserts that the Chromium executable exists (apt-get install chromium, or set CHROMIUM). */
export function assertChromium() {
  assert.ok(existsSync(chromiumPath), `Chromium not found at ${chromiumPath}: apt-get install chromium, or set CHROMIUM`);
}

/**
 * Makes a fresh temporary folder.
 * @param {string} prefix the start of its name, e.g. "coursebook-site-"
 * @returns {string} its path
 */
export function makeTempDir(prefix) {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/**
 * Removes a temporary folder and all it holds; nothing when `dir` is not set.
 * @param {string | undefined} dir
 */
export function removeTempDir(dir) {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/**
 * Builds the site at `root` into `out` with the coursebook binary (throws when the build fails).
 * @param {string} root the site's root folder
 * @param {string} out the output folder
 * @param {string[]} [args] more arguments of `coursebook build`, e.g. ["--edition", "facilitator"]
 * @returns {string} `out`
 */
export function buildSite(root, out, args = []) {
  execFileSync(bin, ["build", "--root", root, "--out", out, ...args], { stdio: "pipe" });
  return out;
}

/**
 * Launches headless Chromium with {@link CHROMIUM_ARGS}.
 * @returns {Promise<import("playwright-core").Browser>}
 */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS] });
}

/**
 * Collects the script errors of a page: its uncaught exceptions and its console errors.
 * @param {import("playwright-core").Page} page
 * @returns {string[]} the messages, filled in as they come
 */
export function collectScriptErrors(page) {
  const errors = [];
  page.on("pageerror", e => errors.push(e.message));
  page.on("console", m => { if (m.type() === "error") errors.push(m.text()); });
  return errors;
}

/**
 * Sets up a browser test file: registers a `before` hook that checks the binary and Chromium,
 * builds the site at `root` into `<temporary folder>/site` and launches Chromium, and an `after`
 * hook that closes the browser and removes the temporary folder.
 *
 * @param {object} options
 * @param {string} options.root the site to build (a fixture, or the repository itself)
 * @param {string} options.prefix the start of the temporary folder's name
 * @param {object} [options.contextOptions] default options of every context {@link open} makes
 * @returns the set-up: `site` (the built site's folder) and `browser` once `before` has run,
 *   `url(rel)`, the file: URL of a page of the site, and `open(t, url, options)`
 */
export function browserSite({ root, prefix, contextOptions = {} }) {
  let tmp, site, browser;

  before(async () => {
    assertBinary();
    assertChromium();
    tmp = makeTempDir(prefix);
    site = buildSite(root, path.join(tmp, "site"));
    browser = await launchChromium();
  });

  after(async () => {
    if (browser) await browser.close();
    removeTempDir(tmp);
  });

  /**
   * The file: URL of a page of the built site.
   * @param {string} rel the page's path relative to the site, e.g. "en/index.html"
   * @returns {string}
   */
  const url = rel => pathToFileURL(path.join(site, rel)).href;

  /**
   * A fresh context (its own localStorage) and page; fails the test on any script error.
   * @param {import("node:test").TestContext} t the test: its end closes the context
   * @param {string | null} pageUrl the page to go to, or null for a blank page
   * @param {object} [options] options of the context (over `contextOptions`)
   * @returns {Promise<{ context: import("playwright-core").BrowserContext, page: import("playwright-core").Page }>}
   */
  async function open(t, pageUrl, options = {}) {
    const context = await browser.newContext({ acceptDownloads: true, ...contextOptions, ...options });
    const page = await context.newPage();
    const errors = collectScriptErrors(page);
    t.after(async () => {
      await context.close();
      assert.deepEqual(errors, [], "the page logged script errors");
    });
    if (pageUrl) await page.goto(pageUrl);
    return { context, page };
  }

  return {
    get site() { return site; },
    get browser() { return browser; },
    url,
    open,
  };
}

let axeSource;

/**
 * Runs axe-core on the page (the WCAG 2.1 A/AA rules, {@link AXE_TAGS}, without preloading
 * assets) and asserts that it finds no violations.
 * @param {import("playwright-core").Page} page
 * @param {string} label what the page is, for the message
 * @param {{ bestPractice?: boolean }} [options] `bestPractice`: axe-core's best-practice rules
 *   too (unique landmarks, empty table headers, one main landmark, ...)
 */
export async function axe(page, label, { bestPractice = false } = {}) {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  const tags = bestPractice ? [...AXE_TAGS, "best-practice"] : [...AXE_TAGS];
  const result = await page.evaluate(tags =>
    window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"], preload: false }), tags);
  const found = result.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map(n => n.target.join(" ")).join("\n    ")}`);
  assert.deepEqual(found, [], `axe-core found violations on ${label}`);
}

const MIME = Object.freeze({
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".json": "application/json", ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8", ".webmanifest": "application/manifest+json", ".ico": "image/x-icon",
});

/**
 * Serves a folder over http on a free port of 127.0.0.1 (a plain static host: files only, no
 * directory listings, `index.html` for a folder).
 * @param {string} dir the folder to serve
 * @param {object} [options]
 * @param {string} [options.prefix] the sub-path the folder is served under, e.g. "courses/dgt/"
 *   (addresses outside it are not found)
 * @param {string} [options.notFound] a file of the folder served, with status 404, for every
 *   address that is not found (as static hosts serve a site's 404.html)
 * @returns {Promise<{ url: (rel: string) => string, close: () => Promise<void>, log: {path: string, status: number}[] }>}
 *   `url(rel)` gives the http: URL of a file of the folder; `log` lists the requests answered
 */
export async function serveStatic(dir, { prefix = "", notFound } = {}) {
  const root = path.resolve(dir);
  const log = [];
  const send = (res, req, status, file, pathname) => {
    log.push({ path: pathname, status });
    res.writeHead(status, { "content-type": MIME[path.extname(file)] || "application/octet-stream" });
    res.end(req.method === "HEAD" ? undefined : readFileSync(file));
  };
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    let file = pathname.startsWith("/" + prefix) ? path.join(root, pathname.slice(prefix.length)) : null;
    if (file && !file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if (!file) throw new Error("outside the prefix");
      if (statSync(file).isDirectory()) file = path.join(file, "index.html");
      send(res, req, 200, file, pathname);
    } catch {
      if (notFound) { send(res, req, 404, path.join(root, notFound), pathname); return; }
      // Chromium asks every http site for a favicon: no error for that one.
      const status = pathname === "/favicon.ico" ? 204 : 404;
      log.push({ path: pathname, status });
      res.writeHead(status, { "content-type": "text/plain" }).end();
    }
  });
  await new Promise(resolve => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: rel => `http://127.0.0.1:${port}/${prefix}${rel}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
    log,
  };
}

/**
 * Returns `swipe(from, to, dy = 0)`: a one-finger swipe on `page` from x = `from` to x = `to` at
 * y = 300 (moving `dy` down), sent through the DevTools protocol. Touch input reaches the page
 * asynchronously, so each swipe returns only once the page has seen its touch end; the page may
 * navigate between swipes.
 */
export async function swiper(context, page) {
  const cdp = await context.newCDPSession(page);
  const touchEnds = () => page.evaluate(() => {
    if (!("coursebookTouchEnds" in window)) {
      window.coursebookTouchEnds = 0;
      addEventListener("touchend", () => window.coursebookTouchEnds++, { capture: true, passive: true });
    }
    return window.coursebookTouchEnds;
  });
  return async (from, to, dy = 0) => {
    const before = await touchEnds();
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: from, y: 300 }] });
    for (const f of [0.5, 1]) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: from + (to - from) * f, y: 300 + dy * f }] });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    const end = Date.now() + 5000;
    while ((await touchEnds()) <= before) {
      if (Date.now() > end) throw new Error("the page never saw the touch end of a swipe");
      await new Promise(r => setTimeout(r, 20));
    }
  };
}
