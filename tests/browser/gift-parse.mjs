// Parses a GIFT file with gift-pegjs (a real GIFT parser) and prints its questions as JSON;
// tests/export.rs compares them with the quizzes they were exported from.
//   node gift-parse.mjs FILE.gift
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { parse } = require("gift-pegjs");

const file = process.argv[2];
if (!file) {
  console.error("usage: node gift-parse.mjs FILE.gift");
  process.exit(2);
}
try {
  process.stdout.write(JSON.stringify(parse(readFileSync(file, "utf8")), null, 1));
} catch (e) {
  const where = e.location ? `${file}:${e.location.start.line}:${e.location.start.column}: ` : `${file}: `;
  console.error(where + e.message);
  process.exit(1);
}
