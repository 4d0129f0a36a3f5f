// Analyses texts with the browser's search code (themes/default/assets/search.js and the
// stemmers), for the Rust test that compares it with the build's analysis
// (src/output/search/tests.rs). Reads JSON [{locale, text}] on stdin; writes, per text, the
// list of [piece, terms] and the shard of each term among `shards`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "themes", "default", "assets");
const context = vm.createContext({ Intl, Array, Map, Set, Promise });
for (const file of ["search.js", ...["en", "fr", "es", "ru", "ar"].map(l => `search/stem-${l}.js`)]) {
  vm.runInContext(readFileSync(path.join(assets, file), "utf8"), context, { filename: file });
}
const S = context.CoursebookSearch;
const input = JSON.parse(readFileSync(0, "utf8"));
const out = input.map(({ locale, text, shards }) => {
  const language = locale.split("-")[0];
  const docs = { locale, stemmer: ["en", "fr", "es", "ru", "ar"].includes(language) ? language : null, stem_as_written: ["fr", "es"].includes(language) };
  const a = S.analysis.analyser(docs);
  return a.pieces(text).map(([s, e, han]) => {
    const piece = text.slice(s, e);
    const terms = a.terms(piece, han);
    return [piece, terms, terms.map(t => S.analysis.shardOf(t, shards))];
  });
});
process.stdout.write(JSON.stringify(out));
