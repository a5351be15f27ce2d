// `npm run eval`: the fact-check scored against the regression cases and the blind sets, the
// reporters' questions and the articles for ingest, dev and sealed halves. `npm run eval -- --dev`
// leaves every half not yet run unopened (for tuning); the fact-check's earlier blind sets, each
// run once and read since, are dev sets and print either way.
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyse } from "../../src/domain/queries.ts";
import { parseStoreText } from "../../src/store/store.ts";
import { formatBlind, hasHalf, SPENT_HALVES, scoreHalf } from "./blind.ts";
import { evaluate, formatScore, loadCases } from "./evaluate.ts";
import { formatIngest, scoreIngest } from "./ingest.ts";
import { formatLater, scoreLater } from "./later.ts";
import { formatQuestions, hasQuestions, replyOf, scoreQuestions } from "./questions.ts";

const file = path.resolve(import.meta.dirname, "..", "..", "data", "factdesk.json");
const k = analyse(parseStoreText(readFileSync(file, "utf8"), file));
const devOnly = process.argv.includes("--dev");
const quiet = process.argv.includes("--quiet");
console.log("Regression cases (written beside the engine)\n");
console.log(formatScore(evaluate(k, loadCases())));
console.log(`\n${formatBlind(scoreHalf(k, "dev"), !quiet)}`);
// Every blind set has been run once (the eighth at 9c4fc39, the ninth at 6ce37bb): dev sets now.
for (const half of SPENT_HALVES)
  if (hasHalf(half)) console.log(`\n${formatBlind(scoreHalf(k, half), false)}`);
console.log(`\n${formatIngest(scoreIngest(k, "dev"), !quiet)}`);
console.log(`\n${formatQuestions(scoreQuestions("dev", replyOf(k)), !quiet)}`);
// The questions' sealed half and the fresh sets were each run once and read since: dev sets now.
// (The fourth was run once at 72c8862, the fifth at 9c4fc39, the sixth at 6ce37bb.)
for (const half of [
  "sealed",
  "fresh",
  "fresh2",
  "fresh3",
  "fresh4",
  "fresh5",
  "fresh6",
  "fresh7",
] as const)
  if (hasQuestions(half))
    console.log(`\n${formatQuestions(scoreQuestions(half, replyOf(k)), false)}`);
if (!devOnly) console.log(`\n${formatIngest(scoreIngest(k, "sealed"), false)}`);
console.log(`\n${formatLater(scoreLater(k, "dev"), !quiet)}`);
// The later sealed half and the fresh set were each run once and read since: dev sets now. The
// third set only without --dev.
console.log(`\n${formatLater(scoreLater(k, "sealed"), false)}`);
console.log(`\n${formatLater(scoreLater(k, "fresh"), false)}`);
// The third was run once at 72c8862: a dev set now too.
console.log(`\n${formatLater(scoreLater(k, "fresh2"), false)}`);
// The fourth was run once at 9c4fc39: a dev set now too; the fifth at 6ce37bb.
console.log(`\n${formatLater(scoreLater(k, "fresh3"), false)}`);
console.log(`\n${formatLater(scoreLater(k, "fresh4"), false)}`);
// The sixth (fresh5) and seventh (fresh6) are each run once with the engine of the session that
// wrote it, and read since.
console.log(`\n${formatLater(scoreLater(k, "fresh5"), false)}`);
console.log(`\n${formatLater(scoreLater(k, "fresh6"), false)}`);
