// Language-of-parts probe of a built site: for each page, the English fragments (see
// ../lang-check.mjs) that carry lang="en" and those that do not.
//
//   node tools/lang-probe.mjs SITE_DIR PAGE... [--list]
//
// PAGE is relative to SITE_DIR (e.g. ar/index.html); --list prints every untagged fragment.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "../harness.mjs";
import { classify, englishFragments } from "../lang-check.mjs";

const args = process.argv.slice(2);
const list = args.includes("--list");
const [site, ...pages] = args.filter(a => a !== "--list");
if (!site || pages.length === 0) {
  console.error("usage: node tools/lang-probe.mjs SITE_DIR PAGE... [--list]");
  process.exit(2);
}
const browser = await launchChromium();
let totals = { tagged: 0, untagged: 0 };
try {
  const page = await browser.newPage();
  for (const rel of pages) {
    await page.goto(pathToFileURL(path.resolve(site, rel)).href);
    const { tagged, untagged } = classify(await page.evaluate(englishFragments));
    totals.tagged += tagged.length;
    totals.untagged += untagged.length;
    console.log(`${rel}: ${tagged.length} English fragments with lang="en", ${untagged.length} without`);
    if (list) for (const f of untagged) console.log(`    [${f.lang}] ${f.where}: ${f.text}`);
  }
} finally {
  await browser.close();
}
console.log(`total: ${totals.tagged} with lang="en", ${totals.untagged} without`);
