import type { ClaimCheck } from "../../answers.ts";
import { HYPOTHETICAL } from "../vocabulary.ts";

/** A figure of what might be ("could be a June swap of 1,200 per side") is no ground for "contradicted". */
export function judgeHypotheticals(figures: ClaimCheck[]): void {
  for (const c of figures) {
    if (c.verdict !== "contradicted" || c.kind === "day" || !HYPOTHETICAL.test(c.sentence))
      continue;
    c.verdict = "unverified";
    c.reason = `Not marked wrong: the sentence says what might be, not what was. ${c.reason}`;
    c.correction = null;
    c.right = undefined;
  }
}
