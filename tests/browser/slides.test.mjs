// Browser tests of the default theme's slide decks (themes/default/assets/slides.js and
// slides.css, template deck.html): presenting, keyboard, touch, #slide-N links, the overview,
// the presenter window, right-to-left decks, print to PDF and the handout, and axe-core.
// Real headless Chromium driven by playwright-core, on the fixture site tests/fixtures/decks.
//
//   cargo build && cd tests/browser && npm ci && node --test
//
// Environment: COURSEBOOK_BIN (default target/debug/coursebook; relative to the repository root),
// CHROMIUM (default /usr/bin/chromium).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { axe, browserSite, collectScriptErrors, fixture, swiper } from "./harness.mjs";

const T = { timeout: 90_000 };
const SCREEN = { viewport: { width: 1280, height: 720 } };
const TOTAL = 10;
const LONG = 9; // a slide with too much text for its box

const { url, open } = browserSite({ root: fixture("decks"), prefix: "coursebook-slides-", contextOptions: SCREEN });
const DECK = (hash = "") => url("en/decks/demo-deck.html") + hash;
const HANDOUT = () => url("en/decks/demo-deck-handout.html");
const AR_DECK = () => url("ar/decks/demo-deck.html");

/** Fails the test on any script error logged by `page`. */
function watch(t, page) {
  const errors = collectScriptErrors(page);
  t.after(() => assert.deepEqual(errors, [], "the page logged script errors"));
}

/** What the deck shows: the slides whose frame is rendered, the counter, the fragment, the announcement. */
function deckState(page) {
  return page.evaluate(() => {
    const slides = [...document.querySelectorAll(".slide")];
    const current = document.querySelector(".slide.is-current");
    return {
      visible: slides.filter(s => s.querySelector(".slide-frame").checkVisibility()).map(s => +s.dataset.slide),
      current: current ? +current.dataset.slide : null,
      counter: document.querySelector(".deck-counter")?.textContent,
      hash: location.hash,
      live: document.querySelector(".deck [aria-live]")?.textContent,
      presenting: document.documentElement.classList.contains("deck-present"),
      overview: document.documentElement.classList.contains("deck-overview"),
    };
  });
}

/** Asserts that the audience window presents slide `n` alone. */
async function assertShows(page, n, why) {
  const s = await deckState(page);
  assert.deepEqual(s.visible, [n], `${why}: only slide ${n} is visible (${JSON.stringify(s)})`);
  assert.equal(s.counter, `${n} / ${TOTAL}`, `${why}: the counter`);
  assert.equal(s.hash, `#slide-${n}`, `${why}: the URL fragment`);
  assert.equal(s.live, `Slide ${n} of ${TOTAL}`, `${why}: the announcement`);
}

/** Polls `fn` until it returns true (the other window receives messages asynchronously: on a
 * loaded machine that has taken over 5 s once in CI, so up to 15 s). */
async function until(fn, what) {
  const end = Date.now() + 15_000;
  for (;;) {
    if (await fn()) return;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 50));
  }
}
const currentOf = page => page.evaluate(() => +document.querySelector(".slide.is-current")?.dataset.slide);

async function present(page) {
  await page.locator("[data-action=present]").click();
  await page.locator("html.deck-present").waitFor({ state: "attached" });
}

/** Pages and text of a PDF written by Chromium (Skia): glyphs mapped back through ToUnicode CMaps. */
function readPdf(buffer) {
  const raw = buffer.toString("latin1");
  const streams = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length, stop = raw.indexOf("endstream", start);
    try { streams.push(inflateSync(buffer.subarray(start, stop)).toString("latin1")); } catch { /* not deflated */ }
  }
  const pages = [raw, ...streams].reduce((n, s) => n + (s.match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length, 0);
  const sizes = new Set([...raw.matchAll(/\/MediaBox\s*\[([^\]]*)\]/g)].map(m => m[1].trim().split(/\s+/).map(Number).slice(2).map(Math.round).join("x")));
  const glyphs = new Map();
  const utf16 = hex => String.fromCharCode(...hex.match(/.{4}/g).map(h => parseInt(h, 16)));
  for (const s of streams) {
    for (const block of s.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, src, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) glyphs.set(parseInt(src, 16), utf16(dst));
    for (const block of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, a, b, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
        for (let g = parseInt(a, 16), c = parseInt(dst, 16); g <= parseInt(b, 16); g++, c++) glyphs.set(g, String.fromCharCode(c));
  }
  let text = "";
  for (const s of streams)
    for (const m of s.matchAll(/<([0-9A-Fa-f]+)>\s*Tj|\bET\b/g))
      text += m[1] ? m[1].match(/.{4}/g).map(h => glyphs.get(parseInt(h, 16)) ?? "\ufffd").join("") : "\n";
  return { pages, sizes: [...sizes], text: text.normalize("NFKC") };
}

// ----- presenting -----

test("present: keys move between slides; counter, fragment and announcement follow; Escape returns to the page", T, async t => {
  const { page } = await open(t, DECK());
  assert.ok(await page.locator(".deck-controls").isVisible(), "the script shows the controls");
  assert.equal(await page.locator(".notes").first().isVisible(), false, "notes are hidden on the slides page");
  await present(page);
  await assertShows(page, 1, "Present");
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("deck")), true, "focus moves to the deck");
  // One slide fills the viewport at 16:9 above the bar; the site's header is gone.
  const frame = await page.locator(".slide.is-current .slide-frame").boundingBox();
  assert.ok(Math.abs(frame.width / frame.height - 16 / 9) < 0.01, `16:9 (${frame.width}x${frame.height})`);
  assert.ok(frame.height > 600 && frame.y >= 0 && frame.y + frame.height <= 720, `fills the viewport (${JSON.stringify(frame)})`);
  assert.equal(await page.locator(".site-header").isVisible(), false);
  const fontSize = await page.locator(".slide.is-current .slide-content").evaluate(el => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(fontSize > 28, `text scales with the slide (${fontSize}px)`);

  let n = 1;
  for (const key of ["ArrowRight", "ArrowDown", "Space", "PageDown", "n"]) {
    await page.keyboard.press(key);
    await assertShows(page, ++n, key);
  }
  for (const key of ["ArrowLeft", "ArrowUp", "PageUp", "p", "Shift+Space"]) {
    await page.keyboard.press(key);
    await assertShows(page, --n, key);
  }
  assert.equal(n, 1);
  await page.keyboard.press("ArrowLeft");
  await assertShows(page, 1, "ArrowLeft on the first slide stays");
  await page.keyboard.press("End");
  await assertShows(page, TOTAL, "End");
  await page.keyboard.press("ArrowLeft");
  await assertShows(page, LONG, "ArrowLeft from the last slide");
  const long = await page.locator(".slide.is-current .slide-frame").evaluate(f => ({
    fits: f.scrollHeight <= f.clientHeight + 1,
    scale: +getComputedStyle(f.querySelector(".slide-content")).getPropertyValue("--fit"),
    lastItem: f.querySelector("li:last-child").getBoundingClientRect().bottom <= f.getBoundingClientRect().bottom,
  }));
  assert.ok(long.fits && long.lastItem, `the long slide fits its box (${JSON.stringify(long)})`);
  assert.ok(long.scale > 0.4 && long.scale < 1, `by shrinking its text (${long.scale})`);
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowRight");
  await assertShows(page, TOTAL, "ArrowRight on the last slide stays");
  await page.keyboard.press("Home");
  await assertShows(page, 1, "Home");
  await page.waitForTimeout(300); // the bar's transition
  const progress = await page.locator(".deck-progress").evaluate(el => el.firstChild.getBoundingClientRect().width / el.getBoundingClientRect().width);
  assert.ok(Math.abs(progress - 1 / TOTAL) < 0.01, `the progress bar shows 1 of ${TOTAL} (${progress})`);

  // F toggles full screen (and presenting stays as it is).
  const fullscreen = () => page.evaluate(() => document.fullscreenElement === document.documentElement);
  await page.keyboard.press("f");
  await until(fullscreen, "full screen");
  await page.keyboard.press("f");
  await until(async () => !(await fullscreen()), "the end of full screen");
  await assertShows(page, 1, "after full screen");

  // The bar's buttons work too.
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await assertShows(page, 2, "the Next button");
  await page.getByRole("button", { name: "Previous" }).click();
  await assertShows(page, 1, "the Previous button");

  await page.keyboard.press("End");
  await page.keyboard.press("Escape");
  const s = await deckState(page);
  assert.equal(s.presenting, false, "Escape leaves presenting");
  assert.equal(s.visible.length, TOTAL, "every slide is shown again");
  assert.ok(await page.locator(".site-header").isVisible());
  assert.equal(await page.evaluate(() => document.activeElement.id), `slide-${TOTAL}`, "focus goes to the slide presented last");
  assert.ok(await page.locator(`#slide-${TOTAL}`).evaluate(el => { const r = el.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }), "which is scrolled into view");
  // The keys do nothing on the page (the page scrolls as usual).
  await page.keyboard.press("Home");
  assert.equal(await currentOf(page), TOTAL);
});

test("present: swipe and click or tap on the right and left thirds move between slides", T, async t => {
  const { context, page } = await open(t, DECK(), { hasTouch: true });
  await present(page);
  const swipe = await swiper(context, page);
  await swipe(1000, 300);
  await assertShows(page, 2, "swipe left");
  await swipe(1000, 300);
  await assertShows(page, 3, "swipe left again");
  await swipe(300, 1000);
  await assertShows(page, 2, "swipe right");
  await swipe(640, 600);
  await assertShows(page, 2, "a short move is not a swipe");

  await page.mouse.click(1150, 300);
  await assertShows(page, 3, "click on the right third");
  await page.mouse.click(640, 300);
  await assertShows(page, 3, "click in the middle");
  await page.mouse.click(100, 300);
  await assertShows(page, 2, "click on the left third");
  await page.touchscreen.tap(1150, 300);
  await assertShows(page, 3, "tap on the right third");
  await page.touchscreen.tap(100, 300);
  await assertShows(page, 2, "tap on the left third");
});

test("a link to #slide-4 opens slide 4, and presenting starts there", T, async t => {
  const { page } = await open(t, DECK("#slide-4"));
  assert.ok(await page.locator("#slide-4").evaluate(el => { const r = el.getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight / 2; }), "slide 4 is at the top of the window");
  assert.equal(await currentOf(page), 4);
  await present(page);
  await assertShows(page, 4, "Present after #slide-4");
  await page.keyboard.press("ArrowRight");
  await assertShows(page, 5, "next after #slide-4");
  // The fragment is kept on reload and on the way back to the page.
  await page.keyboard.press("Escape");
  await page.reload();
  assert.equal(await currentOf(page), 5);
  await present(page);
  await assertShows(page, 5, "Present after reload");
  // Presenting from where the reader has scrolled to.
  await page.keyboard.press("Escape");
  await page.evaluate(() => { history.replaceState(null, "", location.pathname); document.querySelector("#slide-7").scrollIntoView(); });
  await present(page);
  await assertShows(page, 7, "Present after scrolling to slide 7");
});

test("reduced motion: no slide transition", T, async t => {
  const { page } = await open(t, DECK());
  await present(page);
  const animation = () => page.locator(".slide.is-current .slide-frame").evaluate(el => getComputedStyle(el).animationName);
  assert.equal(await animation(), "deck-in");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.keyboard.press("ArrowRight");
  assert.equal(await animation(), "none");
  assert.equal(await page.locator(".deck-progress span").evaluate(el => getComputedStyle(el).transitionDuration), "0s");
});

// ----- overview -----

test("overview: all slides as tiles, arrows move between them, Enter opens one", T, async t => {
  const { page } = await open(t, DECK());
  await present(page);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("o");
  let s = await deckState(page);
  assert.ok(s.overview, "O opens the overview");
  assert.deepEqual(s.visible, Array.from({ length: TOTAL }, (_, i) => i + 1), "every slide is a tile");
  const focused = () => page.evaluate(() => document.activeElement.dataset.slide && +document.activeElement.dataset.slide);
  assert.equal(await focused(), 2, "the current slide has the focus");
  const columns = await page.evaluate(() => { const s = [...document.querySelectorAll(".slide")]; return s.filter(x => x.offsetTop === s[0].offsetTop).length; });
  assert.ok(columns > 1 && columns < TOTAL, `a grid (${columns} columns)`);
  await page.keyboard.press("ArrowRight");
  assert.equal(await focused(), 3);
  await page.keyboard.press("ArrowDown");
  assert.equal(await focused(), 3 + columns);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await focused(), 2);
  await page.keyboard.press("End");
  assert.equal(await focused(), TOTAL);
  await page.keyboard.press("Home");
  assert.equal(await focused(), 1);
  assert.equal(await page.locator(".slide[tabindex='0']").count(), 1, "one tile in the tab order");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  s = await deckState(page);
  assert.ok(!s.overview && s.presenting, "Enter opens the slide in presentation");
  await assertShows(page, 4, "Enter on tile 4");

  // Escape closes the overview without moving; a click on a tile opens it.
  await page.keyboard.press("o");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Escape");
  await assertShows(page, 4, "Escape from the overview");
  await page.keyboard.press("o");
  await page.locator("#slide-7").click();
  await assertShows(page, 7, "a click on tile 7");

  // From the page, the Overview button.
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Overview" }).click();
  assert.ok((await deckState(page)).overview);
  await page.keyboard.press("Escape");
  s = await deckState(page);
  assert.ok(!s.overview && !s.presenting, "back on the page");
});

// ----- presenter view -----

test("presenter view: a second window with current and next slide, notes and timer, in sync both ways", T, async t => {
  const { page } = await open(t, DECK("#slide-2"));
  const [popup] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "Presenter view" }).click()]);
  watch(t, popup);
  await popup.waitForLoadState();
  await popup.locator("html.deck-presenter").waitFor({ state: "attached" });
  assert.match(popup.url(), /demo-deck\.html\?presenter#slide-2$/);
  await assertShows(page, 2, "the audience window presents");

  const presenterState = () => popup.evaluate(() => {
    const frame = n => document.querySelector(`#slide-${n} .slide-frame`);
    const cur = +document.querySelector(".slide.is-current").dataset.slide;
    const box = el => el && el.checkVisibility() ? el.getBoundingClientRect().width : 0;
    const notes = document.querySelector(".slide.is-current .notes");
    return {
      cur,
      shown: [...document.querySelectorAll(".slide-frame")].filter(f => f.checkVisibility()).map(f => +f.closest(".slide").dataset.slide),
      curWidth: box(frame(cur)),
      nextWidth: box(frame(cur + 1)),
      notes: notes && notes.checkVisibility() ? notes.textContent : null,
      nextLabel: document.querySelector(".deck-next-label").checkVisibility(),
      end: document.querySelector(".deck-end").checkVisibility() ? document.querySelector(".deck-end").textContent : null,
      timer: document.querySelector(".deck-timer").checkVisibility() ? document.querySelector(".deck-timer").textContent : null,
      hash: location.hash,
    };
  });
  let p = await presenterState();
  assert.equal(p.cur, 2);
  assert.deepEqual(p.shown, [2, 3], "current and next slide");
  assert.ok(p.curWidth > p.nextWidth && p.nextWidth > 0, "the current slide is the larger one");
  assert.match(p.notes, /Walk through the plan and point out the break\./);
  assert.ok(p.nextLabel, "the next slide is labelled");
  assert.match(p.timer, /^Elapsed time \d+:\d\d$/);

  // Audience → presenter.
  await page.keyboard.press("ArrowRight");
  await until(async () => (await currentOf(popup)) === 3, "the presenter window to follow to slide 3");
  p = await presenterState();
  assert.equal(p.hash, "#slide-3");
  assert.match(p.notes, /A divider: pause/);
  // What the presenter window hears on the deck's BroadcastChannel, to replay a copy late below.
  await popup.evaluate(() => {
    const channel = new BroadcastChannel("coursebook:deck:" + document.querySelector(".deck").dataset.deck);
    window.heard = [];
    channel.onmessage = e => window.heard.push(e.data);
  });
  await page.keyboard.press("End");
  await until(async () => (await currentOf(popup)) === TOTAL, "the presenter window to follow to the end");
  p = await presenterState();
  assert.deepEqual(p.shown, [TOTAL], "no next slide after the last");
  assert.equal(p.end, "End of the presentation");
  await until(() => popup.evaluate(n => window.heard.some(m => m.slide === n), TOTAL), "the change to reach the channel");

  // Presenter → audience.
  await popup.keyboard.press("Home");
  await until(async () => (await currentOf(page)) === 1, "the audience window to follow to slide 1");
  await assertShows(page, 1, "after Home in the presenter window");
  // A change travels three ways at different speeds; a late copy of the older "End" must not take
  // the presenter window back to the last slide (it did in CI, and the window then ignored Next).
  const late = await popup.evaluate(n => window.heard.find(m => m.slide === n), TOTAL);
  const heard = await popup.evaluate(() => window.heard.length);
  await page.evaluate(m => new BroadcastChannel("coursebook:deck:" + m.coursebookDeck).postMessage(m), late);
  await until(() => popup.evaluate(n => window.heard.length > n, heard), "the late copy to arrive");
  assert.equal(await currentOf(popup), 1, "a late copy of an older change is ignored");
  await popup.keyboard.press("ArrowRight");
  await popup.keyboard.press("ArrowRight");
  await until(async () => (await currentOf(page)) === 3, "the audience window to follow to slide 3");
  await assertShows(page, 3, "after two ArrowRight in the presenter window");
  await popup.getByRole("button", { name: "Next", exact: true }).click();
  await until(async () => (await currentOf(page)) === 4, "the audience window to follow the Next button");

  // The timer runs; the presenter window passes axe-core.
  await until(async () => (await presenterState()).timer !== "Elapsed time 0:00", "the timer to run");
  await axe(popup, "the presenter window");
});

test("presenter view: S opens it while presenting, and the audience window finds it again after a reload", T, async t => {
  const { page } = await open(t, DECK());
  await present(page);
  const [popup] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("s")]);
  watch(t, popup);
  await popup.locator("html.deck-presenter").waitFor({ state: "attached" });
  await page.reload();
  await present(page);
  await popup.keyboard.press("ArrowRight");
  await until(async () => (await currentOf(page)) === 2, "the reloaded audience window to follow");
  await page.keyboard.press("ArrowRight");
  await until(async () => (await currentOf(popup)) === 3, "the presenter window to follow the reloaded audience window");
});

// ----- right to left -----

test("Arabic deck: right to left, ArrowLeft goes to the next slide and swipes are mirrored", T, async t => {
  const { context, page } = await open(t, AR_DECK(), { hasTouch: true });
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  await present(page);
  const shows = async (n, why) => {
    // Touch input reaches the page asynchronously; give it a moment on a loaded machine.
    await until(async () => (await currentOf(page)) === n, why).catch(() => {});
    const s = await deckState(page);
    assert.deepEqual(s.visible, [n], why);
    assert.equal(s.hash, `#slide-${n}`, why);
  };
  await shows(1, "Present");
  await page.keyboard.press("ArrowLeft");
  await shows(2, "ArrowLeft is next");
  await page.keyboard.press("ArrowLeft");
  await shows(3, "ArrowLeft again");
  await page.keyboard.press("ArrowRight");
  await shows(2, "ArrowRight is previous");
  await page.keyboard.press("ArrowDown");
  await shows(3, "ArrowDown is still next");
  const swipe = await swiper(context, page);
  await swipe(300, 1000);
  await shows(4, "a swipe to the right is next");
  await swipe(1000, 300);
  await shows(3, "a swipe to the left is previous");
  await page.mouse.click(100, 300);
  await shows(4, "a click on the left third is next");
  // The progress bar grows from the right.
  const bar = await page.locator(".deck-progress span").boundingBox();
  assert.ok(bar.x + bar.width > 1270 && bar.x > 600, `progress from the right (${JSON.stringify(bar)})`);
  await page.keyboard.press("o");
  const focused = () => page.evaluate(() => +document.activeElement.dataset.slide);
  assert.equal(await focused(), 4);
  await page.keyboard.press("ArrowLeft");
  assert.equal(await focused(), 5, "in the overview too ArrowLeft goes forward");
  await axe(page, "the Arabic deck in the overview");
});

// ----- print -----

test("print: one 16:9 PDF page per slide without notes; the handout PDF has every slide's notes", T, async t => {
  const { page } = await open(t, DECK());
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed++; }; });
  await page.getByRole("button", { name: "Print slides" }).click();
  assert.equal(await page.evaluate(() => window.printed), 1, "the Print slides button prints");

  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".site-header").isVisible(), false, "no site chrome in print");
  assert.equal(await page.locator(".notes").first().isVisible(), false, "no notes in print");
  const slides = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  assert.equal(slides.pages, TOTAL, "one page per slide");
  assert.deepEqual(slides.sizes, ["1152x648"], "16 × 9 inch pages");
  assert.match(slides.text, /Capacity for digital\s+government/);
  assert.match(slides.text, /Coffee break/);
  assert.doesNotMatch(slides.text, /Speaker notes|Welcome the participants/, "notes are not printed with the slides");

  // Printing while presenting prints every slide too.
  await page.emulateMedia({ media: "screen" });
  await present(page);
  await page.keyboard.press("ArrowRight");
  await page.emulateMedia({ media: "print" });
  assert.equal(readPdf(await page.pdf({ preferCSSPageSize: true })).pages, TOTAL, "one page per slide while presenting");

  await page.goto(HANDOUT());
  await page.emulateMedia({ media: "print" });
  const handout = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  assert.ok(handout.pages >= 1 && handout.pages < TOTAL, `several slides per page (${handout.pages} pages)`);
  assert.deepEqual(handout.sizes, ["595x842"], "A4 portrait");
  for (const note of ["Welcome the participants.", "Tell the Alphaland story in two minutes.", "Restart on time: the case discussion comes next."])
    assert.ok(handout.text.includes(note), `the handout has the note "${note}"`);
  // Each slide's notes follow it.
  const order = [...handout.text.matchAll(/Walk through the plan|Summarise the key messages/g)].map(m => m[0]);
  assert.deepEqual(order, ["Walk through the plan", "Summarise the key messages"]);
});

// ----- without JavaScript, small screens -----

test("without JavaScript every slide is shown in sequence as a 16:9 box, notes only on the handout", T, async t => {
  const { page } = await open(t, DECK(), { javaScriptEnabled: false });
  assert.equal(await page.locator(".deck-controls").isVisible(), false, "the controls need the script");
  const boxes = await page.locator(".slide-frame").evaluateAll(els => els.map(el => {
    const r = el.getBoundingClientRect();
    return { top: r.top + scrollY, width: r.width, height: r.height, visible: el.checkVisibility() };
  }));
  assert.equal(boxes.length, TOTAL);
  boxes.forEach((b, i) => {
    assert.ok(b.visible, `slide ${i + 1} is visible`);
    if (i + 1 === LONG) assert.ok(b.height > b.width * 9 / 16, `the long slide grows to show all its text (${b.width}x${b.height})`);
    else assert.ok(Math.abs(b.width / b.height - 16 / 9) < 0.02, `slide ${i + 1} is 16:9 (${b.width}x${b.height})`);
    if (i) assert.ok(b.top > boxes[i - 1].top + boxes[i - 1].height, `slide ${i + 1} follows slide ${i}`);
  });
  assert.equal(await page.locator(".notes").first().isVisible(), false);
  const columns = await page.locator("#slide-4 .column").evaluateAll(els => els.map(el => el.getBoundingClientRect().left));
  assert.ok(columns[1] > columns[0] + 100, "two columns side by side");

  await page.goto(HANDOUT());
  const notes = page.locator(".notes");
  assert.equal(await notes.count(), TOTAL);
  for (let i = 0; i < TOTAL; i++) assert.ok(await notes.nth(i).isVisible(), `the handout shows notes ${i + 1}`);
  const below = await page.locator("#slide-1").evaluate(s => s.querySelector(".notes").getBoundingClientRect().top >= s.querySelector(".slide-frame").getBoundingClientRect().bottom);
  assert.ok(below, "notes are under their slide");
});

test("a 360px screen: no sideways scrolling, columns stacked, readable text, in both directions", T, async t => {
  const { page } = await open(t, DECK(), { viewport: { width: 360, height: 740 } });
  for (const target of [DECK(), HANDOUT(), AR_DECK()]) {
    await page.goto(target);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${target} is ${width}px wide`);
    const columns = await page.locator("#slide-4 .column").evaluateAll(els => els.map(el => el.getBoundingClientRect().top));
    assert.ok(columns[1] > columns[0], "columns are stacked");
    const size = await page.locator("#slide-2 .slide-content").evaluate(el => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 15, `text is readable (${size}px)`);
  }
  // Presenting on a phone fills the screen above the bar (the slide reflows, no 16:9 letterbox).
  await page.goto(DECK());
  await present(page);
  const frame = await page.locator(".slide.is-current .slide-frame").boundingBox();
  const bar = await page.locator(".deck-bar").boundingBox();
  assert.ok(Math.abs(frame.width - 360) < 1 && frame.y <= 0.5 && Math.abs(frame.y + frame.height - bar.y) < 1, JSON.stringify({ frame, bar }));
});

// ----- accessibility -----

test("axe-core: no WCAG 2.1 A/AA violations on the deck (page, presenting, overview) and the handout", T, async t => {
  const { page } = await open(t, DECK(), { reducedMotion: "reduce" });
  await axe(page, "the deck page");
  await present(page);
  await page.keyboard.press("ArrowRight");
  await axe(page, "the deck while presenting");
  await page.keyboard.press("End");
  await axe(page, "the last slide while presenting");
  await page.keyboard.press("o");
  await axe(page, "the overview");
  await page.goto(HANDOUT());
  await axe(page, "the handout page");
  await page.goto(AR_DECK());
  await axe(page, "the Arabic deck page");
});
