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
import { formatLater, LATER_HALVES, scoreLater } from "./later.ts";
import { formatQuestions, hasQuestions, QHALVES, replyOf, scoreQuestions } from "./questions.ts";

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
// (The fourth was run once at 72c8862, the fifth at 9c4fc39, the sixth at 6ce37bb, the seventh
// at f37cd72, the eighth at d936da3.)
for (const half of QHALVES)
  if (half !== "dev" && hasQuestions(half))
    console.log(`\n${formatQuestions(scoreQuestions(half, replyOf(k)), false)}`);
if (!devOnly) console.log(`\n${formatIngest(scoreIngest(k, "sealed"), false)}`);
console.log(`\n${formatLater(scoreLater(k, "dev"), !quiet)}`);
// The later sealed half and the fresh sets were each run once and read since: dev sets now
// (the third at 72c8862, the fourth at 9c4fc39, the fifth at 6ce37bb, the sixth at f37cd72, the
// seventh at d936da3, each with the engine of the session that wrote it).
for (const half of LATER_HALVES)
  if (half !== "dev") console.log(`\n${formatLater(scoreLater(k, half), false)}`);
