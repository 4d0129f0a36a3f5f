import { launchChromium } from "./harness.mjs";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const axeSrc = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const site = "/tmp/a11y-site/";
const types = ["index.html","capacities/index.html","capacities/introduction.html","innovation/index.html","innovation/day-1.html","innovation/module-1-1.html","quizzes/introduction-quiz.html","worksheets/roadmap.html","assessments/dtca.html","frameworks/roadmap-pillars.html","cases/index.html","cases/smart-africa.html","glossary.html","decks/introduction-deck.html","decks/introduction-deck-handout.html","events/innovation-5-day.html","translation-status.html","search.html"];
const b = await launchChromium();
const page = await b.newPage({ viewport: { width: 1280, height: 900 } });
for (const l of ["en","ar"]) for (const t of types) {
  await page.goto("file://" + site + l + "/" + t);
  await page.evaluate(axeSrc);
  const r = await page.evaluate(() => axe.run(document, { runOnly: { type: "tag", values: ["wcag2a","wcag2aa","wcag21a","wcag21aa","best-practice"] }, resultTypes: ["violations"], preload: false }));
  for (const v of r.violations) console.log(l + "/" + t, v.id, v.nodes.length, v.nodes.slice(0,3).map(n => n.target.join(" ")).join(" | "));
}
for (const t of ["404.html","index.html"]) {
  await page.goto("file://" + site + t);
  await page.evaluate(axeSrc);
  const r = await page.evaluate(() => axe.run(document, { runOnly: { type: "tag", values: ["wcag2a","wcag2aa","wcag21a","wcag21aa","best-practice"] }, resultTypes: ["violations"], preload: false }));
  for (const v of r.violations) console.log(t, v.id, v.nodes.length, v.nodes.slice(0,3).map(n => n.target.join(" ")).join(" | "));
}
await b.close();
