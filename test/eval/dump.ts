// `node --import tsx test/eval/dump.ts [half...] > file.tsv`: one line per blind label (half, draft,
// figure, nth, expected, got, ok), so a change to the engine can be diffed label by label against
// the run before it. Only halves already run are dumped unless named.
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyse } from "../../src/domain/queries.ts";
import { parseStoreText } from "../../src/store/store.ts";
import { HALVES, type Half, hasHalf, scoreHalf } from "./blind.ts";

const file = path.resolve(import.meta.dirname, "..", "..", "data", "factdesk.json");
const k = analyse(parseStoreText(readFileSync(file, "utf8"), file));
const asked = process.argv.slice(2) as Half[];
for (const half of asked.length > 0 ? asked : HALVES) {
  if (!hasHalf(half)) continue;
  for (const s of scoreHalf(k, half).scored)
    console.log(
      [
        half,
        s.draft.id,
        s.label.figure,
        s.label.nth ?? 1,
        s.label.verdict,
        s.got,
        s.ok ? "ok" : "MISS",
        s.right ?? "",
      ].join("\t"),
    );
}
