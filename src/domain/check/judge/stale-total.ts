/**
 * A running total cannot stand still across an exchange. "By Sunday, Ukraine's total since 2022
 * stood at 4,552": 4,552 is a count as of May 16–22, and the exchange of May 23–25 brought more
 * home after it, so as a total on Sunday it is out of date, whichever source's count it is. Only
 * a total whose own day the draft states ("by Sunday", "now stands at") is judged so: "the HQ
 * had counted 4,552 before the swap" is the count of its day.
 */
import type { Fact } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import { eventEnd, eventStart } from "../../catalog.ts";
import { asOfRange } from "../../disputes.ts";
import { extend } from "../../extend.ts";
import { overlaps } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import { claimInterval, factInterval } from "../align/facts.ts";
import { cite, dayText } from "../align/store-index.ts";
import type { Claim } from "../read/claims.ts";
import { unclearParts } from "./reading.ts";

/** Words that set a total at the draft's own day. */
const NOW = /\b(?:now|stands at|stood at|has risen to|takes?|taking|brings?|bringing)\b/i;
/** Words that set it earlier: a past count, not the day the draft gives or its own. */
const EARLIER = /\b(?:before|prior to|earlier|until|previous(?:ly)?|by then|at the time)\b/i;

export function judgeStaleTotals(
  k: Knowledge,
  claims: readonly Claim[],
  figures: ClaimCheck[],
  refDate: string | null,
): void {
  claims.forEach((c, i) => {
    const f = figures[i];
    if (!f || c.measure !== "returned-since-2022" || c.side === "russia") return;
    if (f.verdict !== "supported" && f.verdict !== "disputed") return;
    // Precision first: a reading unsure in any part is never corrected. (What a running total
    // counts is the sentence's: the people it says were freed since 2022, noun or none.)
    if (unclearParts({ ...c, loose: false }).length > 0) return;
    // "More than 4,750" stays true as the count grows: only a figure given as the count is dated.
    if (c.number.qualifier !== "exact" && c.number.qualifier !== "about") return;
    const day = asOfDay(c, refDate);
    if (!day) return;
    const value = claimInterval(c);
    const cited = f.citations
      .map((x) => k.catalog.facts.get(x.factId))
      .filter((x): x is Fact => x !== undefined && x.measure === "returned-since-2022");
    const fits = cited.filter((x) => {
      const i2 = factInterval(x, "ukraine");
      const counted =
        x.value.type === "number" &&
        (x.value.qualifier === "exact" || x.value.qualifier === "about");
      return counted && i2 !== null && overlaps(value, i2);
    });
    if (fits.length === 0) return;
    const since = fits.map((x) => exchangeAfter(k, x, day));
    if (since.some((e) => e === null)) return;
    const exchange = since[0] as { title: string; from: string };
    const right = latestBefore(k, day, fits);
    const when = asOfRange(fits[0] as Fact);
    const stale = `${f.read.replace(/^./, (x) => x.toUpperCase())} is a total as of ${when ? dayText(k, when.to) : "an earlier day"}, before ${exchange.title.replace(/^The /, "the ")} brought more home; as a total on ${dayText(k, day)} it is out of date`;
    if (!right) {
      figures[i] = extend(f, {
        verdict: "unverified" as const,
        correction: null,
        reason: `Not marked wrong: ${stale}, and the store has no later total to put it right.`,
      });
      return;
    }
    const rightText = right.value.type === "number" ? right.value.said : "";
    figures[i] = extend(f, {
      verdict: "contradicted" as const,
      store: rightText,
      right: rightText,
      citations: [cite(k, right), ...f.citations.filter((x) => x.factId !== right.id)],
      correction: null,
      reason: `${stale}: the store's latest total by then is ${rightText}.`,
    });
  });
}

/** The day a total is set at by the draft's own words, or null where that is not sure. */
function asOfDay(c: Claim, refDate: string | null): string | null {
  const s = c.sentence.text;
  if (EARLIER.test(s)) return null;
  if (c.date && !c.dateInherited && c.dateBasis !== "guess") return c.date;
  // "Kyiv had counted 4,552": a count of some earlier day, not the draft's.
  return refDate && !c.date && NOW.test(s) && !/\bhad\b/i.test(s) ? refDate : null;
}

/** An exchange that began after a total's day and was over by `day`, or null. */
function exchangeAfter(
  k: Knowledge,
  fact: Fact,
  day: string,
): { title: string; from: string } | null {
  const asOf = asOfRange(fact);
  if (!asOf) return null;
  for (const e of k.catalog.data.events) {
    if (e.kind !== "exchange" && e.kind !== "deal") continue;
    const from = eventStart(e);
    const to = eventEnd(e);
    if (from && to && from > asOf.to && to <= day) return { title: e.title, from };
  }
  return null;
}

/** The store's latest running total of Ukrainians by `day` that the draft's figure does not fit. */
function latestBefore(k: Knowledge, day: string, fits: readonly Fact[]): Fact | null {
  let best: Fact | null = null;
  // Later than every total the figure fits: an older total is no correction.
  let bestTo = fits.reduce((m, f) => {
    const to = asOfRange(f)?.to ?? "";
    return to > m ? to : m;
  }, "");
  for (const f of k.catalog.data.facts) {
    if (f.measure !== "returned-since-2022" || f.side !== "ukraine" || fits.includes(f)) continue;
    const r = asOfRange(f);
    if (!r || r.to > day || r.to <= bestTo) continue;
    best = f;
    bestTo = r.to;
  }
  return best;
}
