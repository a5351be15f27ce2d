// `npm run eval`: the fact-check scored against the regression cases, the blind corpus's dev
// half and its sealed half. `npm run eval -- --dev` leaves the sealed half unopened (for tuning).
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyse } from "../../src/domain/queries.ts";
import { parseStoreText } from "../../src/store/store.ts";
import { formatBlind, hasHalf, scoreHalf } from "./blind.ts";
import { evaluate, formatScore, loadCases } from "./evaluate.ts";
import { formatIngest, scoreIngest } from "./ingest.ts";
import { formatLater, scoreLater } from "./later.ts";

const file = path.resolve(import.meta.dirname, "..", "..", "data", "factdesk.json");
const k = analyse(parseStoreText(readFileSync(file, "utf8"), file));
const devOnly = process.argv.includes("--dev");
const quiet = process.argv.includes("--quiet");
console.log("Regression cases (written beside the engine)\n");
console.log(formatScore(evaluate(k, loadCases())));
console.log(`\n${formatBlind(scoreHalf(k, "dev"), !quiet)}`);
if (!devOnly) console.log(`\n${formatBlind(scoreHalf(k, "sealed"), false)}`);
for (const half of ["fresh", "fresh2", "fresh3"] as const)
  if (!devOnly && hasHalf(half)) console.log(`\n${formatBlind(scoreHalf(k, half), false)}`);
console.log(`\n${formatIngest(scoreIngest(k, "dev"), !quiet)}`);
if (!devOnly) console.log(`\n${formatIngest(scoreIngest(k, "sealed"), false)}`);
console.log(`\n${formatLater(scoreLater(k, "dev"), !quiet)}`);
if (!devOnly) console.log(`\n${formatLater(scoreLater(k, "sealed"), false)}`);
