/**
 * "What 'as of' date goes on the Coordination Headquarters figure?": the day a named claimant's
 * latest running total is as of, from its own quote. Null unless the question asks an as-of day
 * and names a claimant the store holds running totals for (never the claimant's founding day).
 */
import type { Fact } from "../../store/schema.ts";
import type { Citation } from "../answers.ts";
import { cite } from "../check/align/store-index.ts";
import { valueText } from "../labels.ts";
import type { Knowledge } from "../queries.ts";
import { asOfOf, RUNNING_MEASURES } from "./align.ts";
import type { Draft } from "./answer.ts";
import type { AskReading } from "./read.ts";

/**
 * "'As of' date", "as of which day", "which date goes on the HQ's total": the day a running
 * total is as of, asked.
 */
const AS_OF_ASKED =
  /['‘’"]?\bas of\b['‘’"]?\s+(?:date|day|when)\b|\bas of (?:what|which) (?:date|day)\b|\b(?:date|day)\b.{0,40}\b(?:figure|total|number|count|tally)\b/i;

export function asOfDateAnswer(
  k: Knowledge,
  r: AskReading,
  own: string,
  help: { blank: () => Draft; said: (cs: readonly Citation[]) => string },
): Draft | null {
  if (r.asked !== "date" || !AS_OF_ASKED.test(own) || !r.claimantIds?.length) return null;
  const measures =
    r.measure && RUNNING_MEASURES.has(r.measure) ? [r.measure] : [...RUNNING_MEASURES];
  const facts = measures
    .flatMap((m) => [...(k.catalog.factsByMeasure.get(m) ?? [])])
    .filter((f) => r.claimantIds?.includes(f.claimantId) && f.value.type === "number" && asOfOf(f));
  if (facts.length === 0) return null;
  const end = (f: Fact) => asOfOf(f)?.to ?? "";
  const latest = facts.reduce((a, b) => (end(b) > end(a) ? b : a));
  const c = cite(k, latest);
  const d = help.blank();
  d.citations = [c];
  d.line = `${c.asOf ?? c.eventDate}: ${valueText(latest)} is as of then (“${c.quote}”) — ${help.said([c])}`;
  return d;
}
