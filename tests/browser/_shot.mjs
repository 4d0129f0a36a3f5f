import { launchChromium } from "./harness.mjs";
const [rel, out, w, h] = process.argv.slice(2);
const b = await launchChromium();
const page = await b.newPage({ viewport: { width: +(w||360), height: +(h||740) } });
await page.goto(rel.startsWith("http") ? rel : "file:///tmp/a11y-site/" + rel);
if (process.argv[6]) await page.evaluate(process.argv[6]);
await page.waitForTimeout(300);
await page.screenshot({ path: out });
await b.close();
