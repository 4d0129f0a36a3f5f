import { launchChromium } from "./harness.mjs";
const site = "/tmp/a11y-site/";
const b = await launchChromium();
const page = await b.newPage({ viewport: { width: 360, height: 740 } });
const chapters = process.argv.slice(2);
for (const rel of chapters) {
  await page.goto("file://" + site + rel);
  const r = await page.evaluate(() => {
    const bot = s => { const e = document.querySelector(s); if (!e) return null; const r = e.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.bottom)]; };
    return { h1: bot("h1"), meta: bot(".page-header .meta"), obj: bot(".objectives li"), lead: bot(".chapter-summary, .lead"), p: bot(".prose > p"), hdr: bot(".site-header"), crumbs: bot(".breadcrumbs"), notice: bot(".translation-notice"), sw: document.scrollingElement.scrollWidth };
  });
  console.log(rel, JSON.stringify(r));
}
await b.close();
