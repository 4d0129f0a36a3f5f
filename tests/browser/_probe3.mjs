import { launchChromium } from "./harness.mjs";
const b = await launchChromium();
const page = await b.newPage({ viewport: { width: 320, height: 640 } });
for (const rel of process.argv.slice(2)) {
await page.goto("file:///tmp/a11y-site/" + rel);
const r = await page.evaluate(() => Array.from(document.querySelectorAll("body *")).filter(e => e.getBoundingClientRect().right > 321 && !e.closest(".table-wrap")).slice(0, 8).map(e => e.tagName + "." + e.className + " " + Math.round(e.getBoundingClientRect().right)));
console.log(rel, r);
}
await b.close();
