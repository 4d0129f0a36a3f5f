// Search budgets on the shipped curriculum (issue #17), measured, never asserted in tests:
//
//   * build time with search against `search: false` (the index must cost at most 15 %);
//   * index size per locale (raw and gzip), and the size of the search script and stemmers;
//   * what the first query transfers (gzip) on the English site: at most 300 KB of index;
//   * time from a keystroke to its results at 4x CPU throttling (Chromium's
//     Emulation.setCPUThrottlingRate), once the index is loaded: at most 100 ms.
//
//   cargo build --release && (cd tests/browser && npm ci) && node benches/search.mjs [--runs N] [--write]
//
// --write replaces the search section of benches/RESULTS.md. Environment: COURSEBOOK_BIN (default
// $CARGO_TARGET_DIR/release/coursebook, else target/release/coursebook), CHROMIUM.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(repo, "tests", "browser", "package.json"));
const { chromium } = require("playwright-core");
const { serveStatic } = await import(path.join(repo, "tests", "browser", "harness.mjs"));

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 7;
const bin = process.env.COURSEBOOK_BIN
  || [process.env.CARGO_TARGET_DIR, path.join(repo, "target")].filter(Boolean).map(d => path.join(d, "release", "coursebook")).find(existsSync);
if (!bin) throw new Error("no release binary: cargo build --release, or set COURSEBOOK_BIN");

const gz = bytes => gzipSync(bytes, { level: 9 }).length;
const kb = n => (n / 1024).toFixed(1);
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const tmp = mkdtempSync(path.join(os.tmpdir(), "coursebook-search-bench-"));

// ----- build time, with and without search -----
const off = path.join(tmp, "off");
for (const dir of ["curriculum", "locales", "static", "themes"]) {
  if (existsSync(path.join(repo, dir))) cpSync(path.join(repo, dir), path.join(off, dir), { recursive: true });
}
const siteYaml = path.join(off, "curriculum", "site.yaml");
writeFileSync(siteYaml, readFileSync(siteYaml, "utf8") + "\nsearch: false\n");
const out = path.join(tmp, "out");
function timeBuild(root) {
  rmSync(out, { recursive: true, force: true });
  const t = process.hrtime.bigint();
  execFileSync(bin, ["build", "--root", root, "--out", out, "--quiet"], { stdio: "pipe" });
  return Number(process.hrtime.bigint() - t) / 1e6;
}
timeBuild(repo); timeBuild(off); // warm-up
const withSearch = [], withoutSearch = [];
for (let i = 0; i < runs; i++) { withSearch.push(timeBuild(repo)); withoutSearch.push(timeBuild(off)); }
const ratios = withSearch.map((w, i) => w / withoutSearch[i]);

// ----- sizes -----
const site = path.join(tmp, "site");
execFileSync(bin, ["build", "--root", repo, "--out", site, "--quiet"], { stdio: "pipe" });
const locales = readdirSync(site).filter(d => existsSync(path.join(site, d, "search", "docs.js"))).sort();
const sizes = locales.map(locale => {
  const dir = path.join(site, locale, "search");
  const files = readdirSync(dir);
  const bytes = files.map(f => readFileSync(path.join(dir, f)));
  const of = prefix => files.map((f, i) => [f, bytes[i]]).filter(([f]) => f.startsWith(prefix));
  return {
    locale,
    files: files.length,
    raw: bytes.reduce((n, b) => n + b.length, 0),
    gzip: bytes.reduce((n, b) => n + gz(b), 0),
    docs: gz(readFileSync(path.join(dir, "docs.js"))),
    shards: of("t").length,
    maxShard: Math.max(...of("t").map(([, b]) => gz(b))),
    chunks: of("x").length,
    maxChunk: Math.max(...of("x").map(([, b]) => gz(b))),
  };
});
const asset = rel => readFileSync(path.join(site, "assets", rel));
const scripts = {
  "search.js": gz(asset("search.js")),
  "site.css (with the search styles)": gz(asset("site.css")),
  "site.js (with the loader)": gz(asset("site.js")),
};
for (const f of readdirSync(path.join(site, "assets", "search")).filter(f => f.endsWith(".js")).sort()) scripts[`search/${f}`] = gz(asset(`search/${f}`));

// ----- the first query's transfer, and latency at 4x CPU throttling -----
const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const QUERIES = ["interoperability", "digital divide", "Rwanda", "capacity development", "smart lighting", "whole of government approach", "monitoring and evaluation"];

async function firstQuery(query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = new Map();
  page.on("response", async r => {
    const p = new URL(r.url()).pathname;
    if (p.includes("/search")) { try { fetched.set(p, await r.body()); } catch { /* redirects */ } }
  });
  await page.goto(server.url("en/capacities/introduction.html"));
  await page.locator("#site-search-q").fill(query);
  await page.waitForFunction(q => { const m = document.querySelector(".search-more"); return m && m.href.endsWith("?q=" + encodeURIComponent(q)); }, query);
  await page.waitForFunction(() => Array.from(document.querySelectorAll(".search-option .sr-snippet")).every(s => s.childNodes.length));
  await page.waitForTimeout(200);
  await context.close();
  const index = [...fetched].filter(([p]) => /\/en\/search\//.test(p));
  const code = [...fetched].filter(([p]) => /\/assets\//.test(p));
  return { query, index: index.reduce((n, [, b]) => n + gz(b), 0), files: index.length, code: code.reduce((n, [, b]) => n + gz(b), 0) };
}
const first = [];
for (const q of QUERIES) first.push(await firstQuery(q));

const context = await browser.newContext();
const page = await context.newPage();
await page.goto(server.url("en/index.html"));
const cdp = await context.newCDPSession(page);
await page.locator("#site-search-q").focus();
await page.waitForFunction(() => window.CoursebookSearch && window.CoursebookSearch.open);
await page.evaluate(() => window.CoursebookSearch.open(document.querySelector(".site-search")));
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
// Pass 0 types every query with the index's shards loaded as needed; pass 1 types them again,
// everything loaded.
const keystrokes = [], typedAt = [], loading = [];
for (const pass of [0, 1]) for (const q of QUERIES) {
  await page.evaluate(() => { const i = document.querySelector("#site-search-q"); i.value = ""; i.dispatchEvent(new Event("input")); });
  for (let n = 1; n <= q.length; n++) {
    const typed = q.slice(0, n);
    if (!typed.trim() || typed.endsWith(" ")) continue;
    const ms = await page.evaluate(text => new Promise(resolve => {
      const input = document.querySelector("#site-search-q");
      const want = "?q=" + encodeURIComponent(text.trim());
      const t0 = performance.now();
      const done = () => { const m = document.querySelector(".search-more"); return m && m.href.endsWith(want) && !document.querySelector(".search-popup").hidden; };
      const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolve(performance.now() - t0); } });
      observer.observe(document.querySelector(".site-search"), { subtree: true, attributes: true, childList: true });
      input.value = text;
      input.dispatchEvent(new Event("input"));
    }), typed);
    if (pass === 0) { loading.push(ms); continue; }
    keystrokes.push(ms);
    typedAt.push([typed, ms]);
  }
}
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
await browser.close();
await server.close();
rmSync(tmp, { recursive: true, force: true });

const sorted = [...keystrokes].sort((a, b) => a - b);
const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
const report = `<!-- SEARCH START -->
## Search (issue #17)

Measured by \`node benches/search.mjs\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} (${os.cpus().length} CPUs, ${os.cpus()[0].model.trim()}): the shipped curriculum, ${locales.length} locales.

| budget | limit | measured |
|---|---:|---:|
| build with search / without (\`search: false\`), median of ${runs} paired runs | ≤ 1.15 | ${median(ratios).toFixed(3)} (${(median(withSearch) / 1000).toFixed(2)} s / ${(median(withoutSearch) / 1000).toFixed(2)} s) |
| index transferred by the first query on the English site (gzip), worst of ${QUERIES.length} queries | ≤ 300 KB | ${kb(Math.max(...first.map(f => f.index)))} KB |
| keystroke to results at 4x CPU throttling, index loaded: median / p95 / max of ${keystrokes.length} keystrokes | ≤ 100 ms | ${median(keystrokes).toFixed(0)} / ${p95.toFixed(0)} / ${sorted[sorted.length - 1].toFixed(0)} ms |
| the same while the shards a keystroke needs are still loading (first time each query is typed) | | ${median(loading).toFixed(0)} / ${[...loading].sort((a, b) => a - b)[Math.floor(loading.length * 0.95)].toFixed(0)} / ${Math.max(...loading).toFixed(0)} ms |
| search script (gzip) | ≤ 15 KB | ${kb(scripts["search.js"])} KB (+ ${kb(Math.max(...Object.entries(scripts).filter(([k]) => k.startsWith("search/stem")).map(([, v]) => v)))} KB for the largest stemmer, loaded only in its locale) |

First query, English, from a chapter page (index files fetched, their gzip size; code: search.js and the stemmer):

| query | index files | index (KB gzip) | code (KB gzip) |
|---|---:|---:|---:|
${first.map(f => `| ${f.query} | ${f.files} | ${kb(f.index)} | ${kb(f.code)} |`).join("\n")}

Index size per locale (all files of \`<locale>/search/\`; a query loads \`docs.js\`, the shards of its words and the text chunks of the results shown):

| locale | files | raw (KB) | gzip (KB) | docs.js (KB gzip) | term shards | largest shard (KB gzip) | text chunks | largest chunk (KB gzip) |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${sizes.map(s => `| ${s.locale} | ${s.files} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.docs)} | ${s.shards} | ${kb(s.maxShard)} | ${s.chunks} | ${kb(s.maxChunk)} |`).join("\n")}

Slowest keystrokes (ms): ${typedAt.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([q, ms]) => `"${q}" ${ms.toFixed(0)}`).join(", ")}.

Scripts (gzip): ${Object.entries(scripts).map(([k, v]) => `${k} ${kb(v)} KB`).join(", ")}.
<!-- SEARCH END -->`;
console.log(report);
if (args.includes("--write")) {
  const file = path.join(repo, "benches", "RESULTS.md");
  const text = readFileSync(file, "utf8");
  const start = text.indexOf("<!-- SEARCH START -->"), end = text.indexOf("<!-- SEARCH END -->");
  const next = start >= 0 && end > start
    ? text.slice(0, start) + report + text.slice(end + "<!-- SEARCH END -->".length)
    : text.trimEnd() + "\n\n" + report + "\n";
  writeFileSync(file, next);
  console.error(`wrote ${path.relative(repo, file)}`);
}

