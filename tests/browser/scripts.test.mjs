// Chinese and Arabic translations of the shipped curriculum as readers see them: CJK line breaking
// follows the rules for Chinese (no line starts with a closing mark), text is drawn with a font that
// has the glyphs, and Arabic paragraphs with Latin names, numbers and parentheses keep a
// right-to-left base direction so brackets are not mirrored the wrong way. Real headless Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserSite, repo } from "./harness.mjs";

const T = { timeout: 90_000 };
const PHONE = { viewport: { width: 360, height: 740 } };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

const { url, open } = browserSite({ root: repo, prefix: "coursebook-scripts-" });

/** Characters that Chinese typography never puts at the start of a line (kinsoku). */
const NO_LINE_START = "，。、；：？！）》」』”’";

/** For every paragraph of the chapter's prose: its lines' first characters, found with ranges. */
function lineStarts(page) {
  return page.evaluate(() => {
    const starts = [];
    for (const p of document.querySelectorAll("main .prose p, main .prose li")) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let lastTop = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.data;
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i])) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (lastTop === null || rect.top > lastTop + rect.height / 2) {
            if (lastTop !== null) starts.push({ char: text[i], context: text.slice(Math.max(0, i - 8), i + 8) });
            lastTop = rect.top;
          }
        }
      }
    }
    return starts;
  });
}

test("Chinese chapter on a phone: wraps inside the screen, no line starts with a closing mark, glyphs from a CJK font", T, async t => {
  const { page } = await open(t, url("zh-Hans/capacities/introduction.html"), PHONE);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-Hans");
  const m = await page.evaluate(() => ({ scroll: document.scrollingElement.scrollWidth, inner: window.innerWidth }));
  assert.ok(m.scroll <= m.inner, `the Chinese chapter scrolls sideways: ${m.scroll}px wide in ${m.inner}px`);

  const starts = await lineStarts(page);
  assert.ok(starts.length > 50, `the chapter's paragraphs wrap onto many lines at 360px (found ${starts.length} line breaks)`);
  const bad = starts.filter(s => NO_LINE_START.includes(s.char));
  assert.deepEqual(bad, [], "lines that start with a closing punctuation mark");

  // The paragraph font stack resolves to a font that has Chinese glyphs (not boxes).
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    const p = document.querySelector("main .prose p");
    const family = getComputedStyle(p).fontFamily;
    return { family, ok: document.fonts.check(`16px ${family}`, "数字政府转型") };
  });
  assert.ok(fonts.ok, `a font of the stack draws Chinese text: ${fonts.family}`);
  const cjkFamily = await page.evaluate(() => getComputedStyle(document.querySelector("main .prose p")).fontFamily);
  assert.match(cjkFamily, /Noto Sans CJK SC|PingFang SC|Microsoft YaHei|Source Han Sans SC/, "the stack names CJK fonts");
});

const ARABIC_CHAPTERS = ["introduction", "envisioning", "monitoring-and-evaluation"];

test("Arabic chapters: every text block is right to left, and Latin names and numbers in parentheses keep their brackets in place", T, async t => {
  const { page } = await open(t, null, DESKTOP);
  let pairs = [];
  for (const chapter of ARABIC_CHAPTERS) {
    await page.goto(url(`ar/capacities/${chapter}.html`));
    const blocks = await page.evaluate(() =>
      Array.from(document.querySelectorAll("main .prose :is(p, li, h1, h2, h3, td, th, blockquote)"))
        .filter(el => !el.closest("[lang]:not([lang=ar])"))
        .map(el => ({ tag: el.tagName, dir: getComputedStyle(el).direction, bidi: getComputedStyle(el).unicodeBidi, text: el.textContent.slice(0, 60) })));
    assert.ok(blocks.length > 10, `${chapter}: the Arabic chapter has text blocks (${blocks.length})`);
    assert.deepEqual(blocks.filter(b => b.dir !== "rtl" || b.bidi === "plaintext"), [], `${chapter}: blocks that are not laid out right to left`);

    // A parenthesis around Latin text or digits in an Arabic sentence: the opening bracket is drawn to
    // the right of the enclosed text and the closing one to its left (mirrored glyphs in RTL).
    pairs = pairs.concat(await page.evaluate(() => {
      const found = [];
      for (const p of document.querySelectorAll("main .prose p, main .prose li")) {
        if (p.closest("[lang]:not([lang=ar])")) continue;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const re = /[\u0600-\u06FF][^()]*?\s\(([A-Za-z0-9][A-Za-z0-9 .,%-]*)\)/g;
          let m;
          while ((m = re.exec(node.data)) && found.length < 20) {
            const open = m.index + m[0].lastIndexOf("(");
            const close = m.index + m[0].length - 1;
            const rect = i => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getClientRects()[0]; };
            const a = rect(open), b = rect(close), inner = rect(open + 1);
            if (!a || !b || !inner || Math.abs(a.top - b.top) > 2) continue; // wrapped: skip
            found.push({ text: m[1], open: a.left, close: b.left, inner: inner.left });
          }
        }
      }
      return found;
    }));
  }
  assert.ok(pairs.length > 0, "the Arabic chapters have Latin text or numbers in parentheses");
  for (const p of pairs) {
    assert.ok(p.open > p.inner && p.close < p.inner, `"(${p.text})": the opening bracket is right of the text and the closing one left of it (${JSON.stringify(p)})`);
  }
});
