/** `/factcheck` until the fact-check engine lands: a clear "not yet", with what works today. */
import type { Desk } from "../../../app/desk.ts";
import type { HelpAnswer } from "../../../domain/answers.ts";

export const NOT_YET =
  "Fact-checking drafts is not ready yet. Until it is, `/swap` and `/totals` give every figure with its quotes, and `/disputes` shows where sources disagree.";

export function factcheckNotYet(desk: Desk, text: string): HelpAnswer {
  return { ...desk.help("factcheck"), problem: NOT_YET, query: text || null };
}
