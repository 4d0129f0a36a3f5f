// Accessibility and phones on the shipped curriculum (issue 25): axe-core with its best-practice
// rules on every page type in English and Arabic; slides presented on a 360 px phone and a tablet
// (controls on screen, 16 px text, swipes, speaker notes behind a button, keyboard only, reduced
// motion, #slide-N below the sticky controls); a chapter's first screen; reflow at 320 px; the
// worksheet's field borders; the week grid's column names; favicon and web app manifest; the 404
// page under a sub-path and from file://. Real headless Chromium driven by playwright-core.
//
//   cargo build && cd tests/browser && npm ci && node --test phone.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { axe, browserSite, repo, serveStatic, swiper } from "./harness.mjs";

const T = { timeout: 600_000 };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true };

const built = browserSite({ root: repo, prefix: "coursebook-phone-" });
const { url, open } = built;
let site;
before(() => { site = built.site; });

/** One page of every type, under a locale folder. */
const PAGE_TYPES = [
  "index.html",
  "capacities/index.html",
  "capacities/introduction.html",
  "innovation/index.html",
  "innovation/day-1.html",
  "innovation/module-1-1.html",
  "quizzes/introduction-quiz.html",
  "worksheets/roadmap.html",
  "assessments/dtca.html",
  "frameworks/roadmap-pillars.html",
  "cases/index.html",
  "cases/smart-africa.html",
  "glossary.html",
  "decks/introduction-deck.html",
  "decks/introduction-deck-handout.html",
  "events/innovation-5-day.html",
  "translation-status.html",
  "search.html",
];
const DECK = "decks/introduction-deck.html";

// ----- axe-core, best practices included -----

test("axe-core with best practices: no violations on every page type, in English and Arabic", T, async t => {
  const { page } = await open(t, null, DESKTOP);
  for (const locale of ["en", "ar"]) {
    for (const type of PAGE_TYPES) {
      const rel = `${locale}/${type}`;
      assert.ok(existsSync(path.join(site, rel)), `${rel} was built`);
      await page.goto(url(rel));
      await axe(page, rel, { bestPractice: true });
    }
  }
  await page.goto(url("404.html"));
  await axe(page, "404.html", { bestPractice: true });
});

test("axe-core with best practices on a phone: a chapter, and a deck presented with its notes open, in English and Arabic", T, async t => {
  const { page } = await open(t, null, PHONE);
  for (const locale of ["en", "ar"]) {
    await page.goto(url(`${locale}/capacities/introduction.html`));
    await axe(page, `${locale} chapter on a phone`, { bestPractice: true });
    await page.goto(url(`${locale}/${DECK}`));
    await page.locator(".deck-controls [data-action=present]").click();
    await page.locator("html.deck-present").waitFor({ state: "attached" });
    await axe(page, `${locale} deck presented on a phone`, { bestPractice: true });
    await page.locator(".deck-notes-toggle").click();
    await page.locator(".slide.is-current .notes").waitFor({ state: "visible" });
    await axe(page, `${locale} deck presented on a phone, notes open`, { bestPractice: true });
  }
});

// ----- slides on phones and tablets -----

/** Starts presenting the deck, from slide 1, and waits until it is shown. */
async function startPresenting(page, locale, rel = DECK) {
  await page.goto(url(`${locale}/${rel}`));
  await page.locator(".deck-controls [data-action=present]").click();
  await page.locator("html.deck-present").waitFor({ state: "attached" });
  await page.waitForFunction(() => document.querySelector(".slide.is-current")?.getAttribute("data-slide") === "1");
}

/** The number of the slide shown, once it is `n` (waits for it). */
async function shows(page, n, what) {
  try {
    await page.waitForFunction(n => document.querySelector(".slide.is-current")?.getAttribute("data-slide") === String(n), n, { timeout: 10_000 });
  } catch {
    const at = await page.locator(".slide.is-current").getAttribute("data-slide");
    assert.fail(`${what}: slide ${at} shows, not ${n}`);
  }
}

/** The bar's buttons and the shown slide's text, measured. */
function measure(page) {
  return page.evaluate(() => {
    const box = el => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height }; };
    const visible = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    const buttons = Array.from(document.querySelectorAll(".deck-bar button")).filter(visible)
      .map(b => ({ name: b.getAttribute("aria-label") || b.textContent.trim(), ...box(b) }));
    const current = document.querySelector(".slide.is-current");
    const text = Array.from(current.querySelectorAll(".slide-content :is(p, li, td, th, h1, h2, h3, blockquote)"))
      .filter(visible).map(e => ({ text: e.textContent.trim().slice(0, 40), size: parseFloat(getComputedStyle(e).fontSize) }));
    const notes = current.querySelector(".notes");
    return {
      width: innerWidth, height: innerHeight, scrollWidth: document.scrollingElement.scrollWidth,
      buttons, text, frame: box(current.querySelector(".slide-frame")),
      notesShown: !!notes && visible(notes), notes: notes && visible(notes) ? box(notes) : null,
    };
  });
}

function assertFits(m, label, { textSize = true } = {}) {
  assert.ok(m.buttons.length >= 4, `${label}: previous, next, notes and exit buttons show (${m.buttons.map(b => b.name)})`);
  for (const b of m.buttons) {
    assert.ok(b.left >= 0 && b.right <= m.width && b.top >= 0 && b.bottom <= m.height,
      `${label}: the “${b.name}” button is on screen (${Math.round(b.left)}..${Math.round(b.right)} × ${Math.round(b.top)}..${Math.round(b.bottom)} in ${m.width}×${m.height})`);
    assert.ok(b.width >= 24 && b.height >= 24, `${label}: the “${b.name}” button is at least 24 px square (${b.width}×${b.height})`);
  }
  assert.ok(m.scrollWidth <= m.width, `${label}: no sideways scrolling (${m.scrollWidth}px in ${m.width}px)`);
  assert.ok(m.text.length > 0, `${label}: the slide shows text`);
  if (textSize) for (const e of m.text) assert.ok(e.size >= 16, `${label}: “${e.text}” is ${e.size}px, less than 16px`);
  assert.ok(m.frame.right <= m.width + 0.5 && m.frame.left >= -0.5, `${label}: the slide is within the screen`);
}

test("present mode on a 360 px phone and a tablet: controls on screen, text at 16 px or more, in both directions", T, async t => {
  // A tablet shows the 16:9 slide whole; a phone, upright or sideways, reflows it at 16 px or more.
  const devices = [["phone", PHONE, true], ["tablet", TABLET, false], ["phone turned sideways", { ...PHONE, viewport: { width: 740, height: 360 } }, true]];
  for (const [device, options, textSize] of devices) {
    const { page } = await open(t, null, options);
    for (const locale of ["en", "ar"]) {
      await startPresenting(page, locale);
      // Every slide of the deck, not only a title slide.
      const total = +(await page.locator(".slide").count());
      for (let n = 1; n <= total; n++) {
        if (n > 1) { await page.locator(".deck-bar [data-go='1']").click(); await shows(page, n, "next"); }
        assertFits(await measure(page), `${locale} slide ${n} on a ${device}`, { textSize });
      }
      // Exit is reachable and works.
      await page.locator(".deck-bar [data-action=exit]").click();
      await page.locator("html:not(.deck-on)").waitFor({ state: "attached" });
    }
  }
});

test("present mode on a phone: swipes change slides, mirrored in Arabic; a short or vertical move does not", T, async t => {
  const { page } = await open(t, null, PHONE);
  const swipe = await swiper(page.context(), page);
  for (const [locale, next, previous] of [["en", [300, 60], [60, 300]], ["ar", [60, 300], [300, 60]]]) {
    await startPresenting(page, locale);
    await swipe(...next);
    await shows(page, 2, `${locale}: a swipe to the ${locale === "ar" ? "right" : "left"} goes to the next slide`);
    await swipe(...next);
    await shows(page, 3, `${locale}: again`);
    await swipe(...previous);
    await shows(page, 2, `${locale}: the other way goes back`);
    await swipe(200, 170);
    await swipe(100, 160, 300);
    // Then a real swipe: had one of the two moves above changed the slide, this would not be 3.
    await swipe(...next);
    await shows(page, 3, `${locale}: a short or mostly vertical move is not a swipe`);
  }
});

test("present mode on a phone: speaker notes are hidden until the Notes button shows them, and it hides them again", T, async t => {
  const { page } = await open(t, null, PHONE);
  for (const locale of ["en", "ar"]) {
    await startPresenting(page, locale);
    let m = await measure(page);
    assert.equal(m.notesShown, false, `${locale}: the notes are hidden at first`);
    const toggle = page.locator(".deck-bar .deck-notes-toggle");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    const controls = await toggle.getAttribute("aria-controls");
    assert.equal(await page.locator(".slide.is-current .notes").getAttribute("id"), controls, "the button names the notes it shows");
    await toggle.click();
    await page.locator(".slide.is-current .notes").waitFor({ state: "visible" });
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    m = await measure(page);
    assert.ok(m.notes.top >= 0 && m.notes.bottom <= m.height && m.notes.right <= m.width && m.notes.left >= 0, `${locale}: the notes are on screen`);
    const notesSize = await page.locator(".slide.is-current .notes p:not(.notes-title)").first().evaluate(p => parseFloat(getComputedStyle(p).fontSize));
    assert.ok(notesSize >= 16, `${locale}: notes text is ${notesSize}px`);
    // The notes follow the slide.
    await page.locator(".deck-bar [data-go='1']").click();
    await shows(page, 2, "next");
    if (await page.locator(".slide.is-current .notes").count()) {
      await page.locator(".slide.is-current .notes").waitFor({ state: "visible" });
    }
    await toggle.click();
    await page.locator(".slide.is-current .notes").waitFor({ state: "hidden" });
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  }
});

test("present mode on a phone with the keyboard alone: present, next, notes, Escape, exit, in both directions", T, async t => {
  const { page } = await open(t, null, PHONE);
  for (const locale of ["en", "ar"]) {
    await page.goto(url(`${locale}/${DECK}`));
    // Tab to the Present button, as a keyboard user does.
    const presentButton = page.locator(".deck-controls [data-action=present]");
    for (let i = 0; i < 60 && !(await presentButton.evaluate(b => b === document.activeElement)); i++) await page.keyboard.press("Tab");
    assert.ok(await presentButton.evaluate(b => b === document.activeElement), `${locale}: Tab reaches Present`);
    await page.keyboard.press("Enter");
    await page.locator("html.deck-present").waitFor({ state: "attached" });
    await page.keyboard.press(locale === "ar" ? "ArrowLeft" : "ArrowRight");
    await shows(page, 2, `${locale}: the forward arrow key`);
    // Tab reaches the Notes button, on screen and with a visible focus ring.
    const toggle = page.locator(".deck-bar .deck-notes-toggle");
    for (let i = 0; i < 20 && !(await toggle.evaluate(b => b === document.activeElement)); i++) await page.keyboard.press("Tab");
    assert.ok(await toggle.evaluate(b => b === document.activeElement), `${locale}: Tab reaches the Notes button`);
    const ring = await toggle.evaluate(b => { const s = getComputedStyle(b); return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2; });
    assert.ok(ring, `${locale}: the focused Notes button shows a focus ring`);
    await page.keyboard.press("Enter");
    await page.locator(".slide.is-current .notes").waitFor({ state: "visible" });
    await page.keyboard.press("Escape");
    await page.locator(".slide.is-current .notes").waitFor({ state: "hidden" });
    assert.ok(await page.locator("html.deck-present").count(), `${locale}: the first Escape closes the notes, not the presentation`);
    const exit = page.locator(".deck-bar [data-action=exit]");
    for (let i = 0; i < 20 && !(await exit.evaluate(b => b === document.activeElement)); i++) await page.keyboard.press("Tab");
    assert.ok(await exit.evaluate(b => b === document.activeElement), `${locale}: Tab reaches Exit`);
    await page.keyboard.press("Enter");
    await page.locator("html:not(.deck-on)").waitFor({ state: "attached" });
  }
});

test("a #slide-N link lands below the sticky deck controls, on a phone and on a laptop", T, async t => {
  for (const [device, options] of [["phone", PHONE], ["laptop", DESKTOP]]) {
    const { page } = await open(t, null, options);
    for (const locale of ["en", "ar"]) {
      await page.goto(url(`${locale}/${DECK}`) + "#slide-7");
      await page.waitForFunction(() => {
        const c = document.querySelector(".deck-controls"), s = document.getElementById("slide-7");
        return c && !c.hidden && Math.abs(s.getBoundingClientRect().top - c.getBoundingClientRect().bottom) < 40;
      }, null, { timeout: 10_000 }).catch(() => {});
      const m = await page.evaluate(() => {
        const c = document.querySelector(".deck-controls").getBoundingClientRect(), s = document.getElementById("slide-7").getBoundingClientRect();
        return { controls: c.bottom, slide: s.top, height: innerHeight };
      });
      assert.ok(m.slide >= m.controls, `${locale} on a ${device}: slide 7 starts at ${m.slide}px, under the controls that end at ${m.controls}px`);
      assert.ok(m.slide < m.height / 2, `${locale} on a ${device}: slide 7 is at the top of the screen (${m.slide}px)`);
    }
  }
});

test("reduced motion: slides change without animation when the reader asks for less motion", T, async t => {
  const animation = async options => {
    const { page } = await open(t, null, { ...PHONE, ...options });
    await startPresenting(page, "en");
    await page.locator(".deck-bar [data-go='1']").click();
    await shows(page, 2, "next");
    return page.locator(".slide.is-current .slide-frame").evaluate(f => getComputedStyle(f).animationName);
  };
  assert.notEqual(await animation({ reducedMotion: "no-preference" }), "none", "slides fade in by default");
  assert.equal(await animation({ reducedMotion: "reduce" }), "none", "no animation with reduced motion");
});

// ----- chapters on phones -----

/** The chapters of a course in a locale, from its built folder. */
function chapters(locale, course) {
  return readdirSync(path.join(site, locale, course))
    .filter(f => f.endsWith(".html") && !["index.html", "print.html", "figures.html", "setup.html"].includes(f) && !/^day-\d+\.html$/.test(f))
    .map(f => `${locale}/${course}/${f}`);
}

test("a chapter's first screen on a 360×740 phone shows the title, the duration and the first objective, in every locale", T, async t => {
  // In English and Arabic the whole first objective shows; in every locale, title and duration
  // show whole and the first objective (or first paragraph) at least its first two lines, below
  // a translation notice and the workshop's schedule where a chapter has them.
  const { page } = await open(t, null, PHONE);
  const locales = readdirSync(site).filter(l => existsSync(path.join(site, l, "manifest.webmanifest")));
  assert.ok(locales.includes("en") && locales.includes("ar"), `locales: ${locales}`);
  let checked = 0;
  for (const locale of locales) {
    for (const rel of [...chapters(locale, "capacities"), ...chapters(locale, "innovation")]) {
      await page.goto(url(rel));
      const m = await page.evaluate(() => {
        const box = s => {
          const e = document.querySelector(s);
          return e && { top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom, line: parseFloat(getComputedStyle(e).lineHeight) };
        };
        return { h1: box("main h1"), duration: box(".page-header .meta"), first: box(".objectives li") ?? box(".prose > p"), scrollY, height: innerHeight };
      });
      assert.equal(m.scrollY, 0);
      assert.ok(m.duration, `${rel} shows its duration`);
      assert.ok(m.first, `${rel} has an objective or a paragraph`);
      assert.ok(m.h1.bottom <= m.height, `${rel}: the title ends at ${m.h1.bottom}px, below the ${m.height}px screen`);
      assert.ok(m.duration.bottom <= m.height, `${rel}: the duration ends at ${m.duration.bottom}px, below the screen`);
      const shown = ["en", "ar"].includes(locale) ? m.first.bottom : m.first.top + 2 * m.first.line;
      assert.ok(shown <= m.height, `${rel}: the first objective or paragraph is cut off by the screen (${shown}px > ${m.height}px)`);
      checked++;
    }
  }
  assert.ok(checked > 50, `${checked} chapters checked`);
});

test("reflow: every page type fits a 320 px screen (1280 px at 400 % zoom) without sideways scrolling, in both directions", T, async t => {
  const { page } = await open(t, null, { viewport: { width: 320, height: 640 } });
  for (const locale of ["en", "ar"]) {
    for (const type of PAGE_TYPES) {
      await page.goto(url(`${locale}/${type}`));
      const m = await page.evaluate(() => ({ scroll: document.scrollingElement.scrollWidth, inner: innerWidth }));
      assert.ok(m.scroll <= m.inner, `${locale}/${type} scrolls sideways at 320 px: ${m.scroll}px wide`);
    }
  }
});

// ----- forms and tables -----

/** Relative luminance of a CSS rgb() colour. */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map(c => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

test("worksheet fields have a border of 3:1 contrast or more against what is around them (WCAG 1.4.11)", T, async t => {
  const { page } = await open(t, null, DESKTOP);
  for (const rel of ["en/worksheets/roadmap.html", "ar/worksheets/roadmap.html", "en/worksheets/stakeholder-analysis.html"]) {
    await page.goto(url(rel));
    const fields = await page.locator(".worksheet :is(textarea, input[type=text])").evaluateAll(els => els.map(el => {
      const background = e => {
        for (let p = e; p; p = p.parentElement) {
          const c = getComputedStyle(p).backgroundColor;
          if (c && !/rgba\(.*, 0\)$/.test(c) && c !== "transparent") return c;
        }
        return "rgb(255, 255, 255)";
      };
      const s = getComputedStyle(el);
      return { border: s.borderTopColor, width: parseFloat(s.borderTopWidth), around: background(el.parentElement) };
    }));
    assert.ok(fields.length > 0, `${rel} has fields`);
    for (const f of fields) {
      assert.ok(f.width >= 1, `${rel}: fields have a border`);
      const ratio = contrast(f.border, f.around);
      assert.ok(ratio >= 3, `${rel}: a field's border ${f.border} on ${f.around} has contrast ${ratio.toFixed(2)}:1`);
    }
  }
});

test("the week grid's column headers name the day and its theme apart, for screen readers", T, async t => {
  const { page } = await open(t, null, DESKTOP);
  const cdp = await page.context().newCDPSession(page);
  for (const locale of ["en", "ar"]) {
    await page.goto(url(`${locale}/innovation/index.html`));
    const expected = await page.locator(".week-grid thead th:has(.theme)").evaluateAll(ths => ths.map(th => ({
      day: th.querySelector("a").textContent.trim(), theme: th.querySelector(".theme").textContent.trim(),
    })));
    assert.ok(expected.length >= 5, `${locale}: the week grid has days with themes`);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const names = nodes.filter(n => n.role?.value === "columnheader").map(n => n.name?.value ?? "");
    for (const { day, theme } of expected) {
      const name = names.find(n => n.includes(day));
      assert.ok(name, `${locale}: a column header is named with “${day}” (${names})`);
      assert.ok(!name.includes(day + theme), `${locale}: “${name}” runs the day and its theme together`);
      assert.match(name, new RegExp(`${day.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*[:،,]\\s+`), `${locale}: “${name}” separates the day from its theme`);
    }
  }
});

// ----- favicon, manifest and the 404 page -----

let server;
before(async () => { server = await serveStatic(site); });
after(async () => { if (server) await server.close(); });

test("every page type names the site's icon and manifest, and a static host is never asked for a missing file", T, async t => {
  const { page } = await open(t, null, DESKTOP);
  for (const locale of ["en", "ar"]) {
    for (const type of PAGE_TYPES) {
      const rel = `${locale}/${type}`;
      await page.goto(server.url(rel));
      const links = await page.evaluate(() => Array.from(document.querySelectorAll("link[rel~=icon], link[rel=apple-touch-icon], link[rel=manifest]")).map(l => ({ rel: l.rel, href: l.href })));
      for (const kind of ["icon", "apple-touch-icon", "manifest"]) assert.ok(links.some(l => l.rel.split(" ").includes(kind)), `${rel} has a ${kind} link`);
      for (const l of links) {
        const response = await page.request.get(l.href);
        assert.equal(response.status(), 200, `${rel}: ${l.rel} ${l.href}`);
      }
    }
  }
  const missing = server.log.filter(r => r.status >= 400);
  assert.deepEqual(missing, [], "no request of these pages was answered “not found”");
  assert.ok(existsSync(path.join(site, "favicon.ico")), "favicon.ico at the site's root, where browsers look when a page names none");
});

test("the web app manifest: the site's name, short name, colours and icons, in each locale's language and direction", T, async t => {
  const { page } = await open(t, null, DESKTOP);
  const cdp = await page.context().newCDPSession(page);
  for (const [locale, dir] of [["en", "ltr"], ["ar", "rtl"]]) {
    await page.goto(server.url(`${locale}/index.html`));
    const { url: manifestUrl, errors, data } = await cdp.send("Page.getAppManifest");
    assert.ok(manifestUrl.endsWith(`/${locale}/manifest.webmanifest`), manifestUrl);
    assert.deepEqual(errors, [], `${locale}: Chromium reads the manifest without errors`);
    const manifest = JSON.parse(data);
    const siteTitle = await page.evaluate(() => document.querySelector(".site-title").textContent.trim());
    assert.equal(manifest.name, siteTitle, `${locale}: the manifest's name is the site's title in that language`);
    assert.ok(manifest.short_name && manifest.short_name.length <= 12, `${locale}: a short name that fits under an icon (${manifest.short_name})`);
    assert.equal(manifest.lang, locale);
    assert.equal(manifest.dir, dir);
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
    assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
    const themeColor = await page.locator("meta[name=theme-color]").getAttribute("content");
    assert.equal(themeColor.toLowerCase(), manifest.theme_color.toLowerCase(), "the page and the manifest agree on the theme colour");
    assert.equal(await page.evaluate(m => new URL(m.start_url, document.querySelector("link[rel=manifest]").href).href, manifest), server.url(`${locale}/index.html`), "the app starts at the locale's home page");
    const sizes = manifest.icons.map(i => i.sizes);
    assert.ok(sizes.includes("192x192") && sizes.includes("512x512"), `icons of 192 and 512 px (${sizes})`);
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, manifestUrl).href);
      assert.equal(response.status(), 200, icon.src);
      if (icon.type === "image/png") {
        const png = await response.body();
        const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
        assert.equal(`${w}x${h}`, icon.sizes, `${icon.src} is as large as the manifest says`);
      }
    }
  }
});

test("the 404 page's links work at any depth of a site served under a sub-path, and from file://", T, async t => {
  const hosted = await serveStatic(site, { prefix: "training/dgt/", notFound: "404.html" });
  t.after(() => hosted.close());
  // Not open(): Chromium logs every 404 answer, this page's own included, as a console error.
  const context = await built.browser.newContext(DESKTOP);
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", e => errors.push(e.message));
  for (const missing of ["en/no-such-page.html", "en/capacities/deeper/still/missing.html", "missing.html", "old/path/to/a/page/"]) {
    const response = await page.goto(hosted.url(missing));
    assert.equal(response.status(), 404, `${missing} is not found`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const home = page.locator("a.home");
    // The page's script may correct the link once it has found the site's root.
    await page.waitForFunction(() => document.querySelector("a.home").dataset.root === "found", null, { timeout: 10_000 });
    const target = await home.evaluate(a => a.href);
    const landed = await page.request.get(target);
    assert.equal(landed.status(), 200, `from ${missing}, the home link ${target} leads to a page`);
    assert.ok(target.startsWith(hosted.url("")), `from ${missing}, the home link ${target} stays in the site's folder`);
    await home.click();
    await page.waitForURL(/\/index\.html$/);
    assert.ok(await page.locator(".site-title").count(), `from ${missing}, the home link opens the home page`);
  }
  // From a folder on disk (file://) the page is opened where it is.
  await page.goto(url("404.html"));
  await page.waitForFunction(() => document.querySelector("a.home").dataset.root === "found", null, { timeout: 10_000 });
  const target = await page.locator("a.home").evaluate(a => a.href);
  assert.ok(existsSync(fileURLToPath(target)), `from file://, the home link ${target} exists`);
  assert.ok(readFileSync(fileURLToPath(target), "utf8").includes("site-title"), "and is a page of the site");
  assert.deepEqual(errors, [], "no script errors");
});
