// `npm run eval`: the fact-check scored against the labelled cases.
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyse } from "../../src/domain/queries.ts";
import { parseStoreText } from "../../src/store/store.ts";
import { evaluate, formatScore, loadCases } from "./evaluate.ts";

const file = path.resolve(import.meta.dirname, "..", "..", "data", "factdesk.json");
const k = analyse(parseStoreText(readFileSync(file, "utf8"), file));
console.log(formatScore(evaluate(k, loadCases())));
