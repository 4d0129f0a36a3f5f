// HTML validity of the generated pages, checked with the Nu Html Checker (vnu.jar from the
// vnu-jar package, run with the machine's Java): every page of the valid fixture, and a sample of
// the shipped curriculum that holds every page type in English and Arabic.
//
//   cargo build && cd tests/browser && npm ci && node --test
//
// Environment: COURSEBOOK_BIN (default target/debug/coursebook; relative to the repository root),
// JAVA (default java on the PATH).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { assertBinary, buildSite, fixture, makeTempDir, removeTempDir, repo } from "./harness.mjs";

const require = createRequire(import.meta.url);
const java = process.env.JAVA || "java";
// The package's main export is the path of its vnu.jar (its own runner may download a Java
// runtime: the machine's Java is used instead).
const vnuJar = String(require("vnu-jar"));
const T = { timeout: 120_000 };

let tmp;

before(() => {
  assertBinary();
  assert.ok(existsSync(vnuJar), `vnu.jar not found at ${vnuJar}: run npm ci`);
  const v = spawnSync(java, ["-version"], { encoding: "utf8" });
  assert.ok(!v.error && v.status === 0, `Java not found (${java}): apt-get install default-jre-headless, or set JAVA`);
  tmp = makeTempDir("coursebook-html-");
});

/** Builds the site at root into a fresh folder; its path. */
function build(name, root) {
  return buildSite(root, path.join(tmp, name));
}

after(() => {
  removeTempDir(tmp);
});

/** Every .html file under dir, relative to it, sorted. */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile() && e.name.endsWith(".html"))
    .map(e => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
    .sort();
}

/** Runs the checker on the files (relative to dir); its errors, one readable line each. */
function vnu(dir, files) {
  const r = spawnSync(java, ["-jar", vnuJar, "--errors-only", "--format", "json", "--skip-non-html", ...files], {
    cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024,
  });
  assert.ok(!r.error, `could not run the checker: ${r.error}`);
  // The JSON report goes to standard error; the exit status is 1 when there are errors.
  let report;
  try {
    report = JSON.parse(r.stderr);
  } catch {
    assert.fail(`the checker did not give a JSON report (status ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  const errors = report.messages
    .filter(m => m.type === "error" || m.subType === "fatal" || m.type === "non-document-error")
    .map(m => {
      const file = m.url ? path.relative(dir, fileURLToPath(m.url)) : "?";
      const where = m.lastLine ? `:${m.lastLine}:${m.firstColumn ?? m.lastColumn}` : "";
      const extract = m.extract ? `\n      ${JSON.stringify(m.extract.slice(0, 160))}` : "";
      return `${file}${where} ${m.message}${extract}`;
    });
  assert.ok(errors.length > 0 || r.status === 0, `the checker failed without reporting errors (status ${r.status}):\n${r.stderr.slice(0, 2000)}`);
  return errors;
}

test("Nu Html Checker: every page of the valid fixture is valid HTML", T, () => {
  const dir = build("valid", fixture("valid"));
  const files = htmlFiles(dir);
  for (const rel of ["index.html", "404.html", "en/index.html", "en/demo/index.html", "en/demo/one.html", "en/cases/index.html",
    "en/glossary.html", "en/quizzes/one-quiz.html", "en/worksheets/plan.html", "en/assessments/readiness.html"]) {
    assert.ok(files.includes(rel), `${rel} was built (${files.length} pages)`);
  }
  const errors = vnu(dir, files);
  assert.deepEqual(errors, [], `${errors.length} HTML errors in the valid fixture:\n  ${errors.join("\n  ")}`);
});

test("Nu Html Checker: the shipped curriculum is valid HTML, every page type in English and Arabic", T, () => {
  const dir = build("shipped", repo);
  const all = htmlFiles(dir);
  const locales = readdirSync(dir, { withFileTypes: true })
    .filter(d => d.isDirectory() && existsSync(path.join(dir, d.name, "index.html"))).map(d => d.name);
  const cases = loc => all.filter(f => f.startsWith(`${loc}/cases/`) && f !== `${loc}/cases/index.html`);
  // The whole site takes too long to check (about 25 pages a second): every page in en and ar
  // except the case studies, of which the index and five (spread over the list), the root pages,
  // and chapter 1 plus an untranslated chapter in each other locale.
  const files = ["index.html", "404.html"];
  for (const loc of ["en", "ar"]) {
    const list = cases(loc);
    assert.ok(list.length >= 5, `${loc} has case studies`);
    const picked = [0, 1, 2, 3, 4].map(i => list[Math.floor(i * (list.length - 1) / 4)]);
    files.push(...all.filter(f => f.startsWith(`${loc}/`) && !(f.startsWith(`${loc}/cases/`) && f !== `${loc}/cases/index.html`)), ...picked);
  }
  for (const loc of locales.filter(l => l !== "en" && l !== "ar")) {
    files.push(`${loc}/index.html`, `${loc}/capacities/introduction.html`, `${loc}/capacities/holistic-approach.html`);
  }
  // Each page type of the default theme is among them.
  for (const loc of ["en", "ar"]) {
    for (const rel of ["index.html", "capacities/index.html", "capacities/introduction.html", "capacities/wrap-up.html", "cases/index.html",
      "glossary.html", "quizzes/introduction-quiz.html", "quizzes/introduction-reflections.html", "worksheets/action-plan.html",
      "translation-status.html"]) {
      assert.ok(files.includes(`${loc}/${rel}`), `${loc}/${rel} is checked`);
    }
    assert.equal(files.filter(f => f.startsWith(`${loc}/cases/`)).length, 6, `${loc}: the case index and five cases`);
  }
  for (const rel of files) assert.ok(all.includes(rel), `${rel} was built`);
  const errors = vnu(dir, [...new Set(files)]);
  assert.deepEqual(errors, [], `${errors.length} HTML errors in the shipped site (${files.length} of its ${all.length} pages checked):\n  ${errors.join("\n  ")}`);
});
