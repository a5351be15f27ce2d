/**
 * "More than 4,750 Ukrainian citizens (May 23, 2025)": a figure told with an exchange's day that
 * is, to the figure and its hedge, the running total the store holds as of that day is that
 * total, though no "since 2022" says so. It is judged as the total and never put right by the
 * wave's figure. One many times anything that day's exchange freed is a total too, whose scope
 * the words leave out: it is left unverified, not corrected to the wave's figure.
 */
import type { ClaimCheck } from "../../answers.ts";
import { formatNewsroomDate } from "../../dates.ts";
import type { Knowledge } from "../../queries.ts";
import type { Claim } from "../read/claims.ts";
import { judge } from "./certainty.ts";

export function judgeTotalsToldAsWaves(
  k: Knowledge,
  claims: readonly Claim[],
  figures: ClaimCheck[],
  refDate: string | null,
): void {
  figures.forEach((f, i) => {
    const c = claims[i];
    if (f.verdict !== "contradicted" || f.kind === "day" || !c?.date) return;
    if (c.measure !== "released" || c.part || c.number.kind !== "cardinal") return;
    // ("In total" is the tally's word here, not both sides'.)
    const side = c.side === "total" ? null : c.side;
    const asTotal = judge(k, { ...c, measure: "returned-since-2022", side }, refDate);
    const day = formatNewsroomDate(c.date);
    // Only the very figure and hedge of a stored total: a total is not a near miss's excuse.
    const toTheLetter = asTotal.citations.some(
      (x) => x.number?.n === c.number.n && x.number.qualifier === c.number.qualifier,
    );
    if ((asTotal.verdict === "supported" || asTotal.verdict === "disputed") && toTheLetter) {
      figures[i] = {
        ...asTotal,
        reason: `Read as the running total as of ${day}, not that day's exchange: the figure is the store's total to the letter. ${asTotal.reason}`,
      };
      return;
    }
    // Larger than any exchange the store knows: no wave's figure can be its fix.
    if (c.number.n <= largestRelease(k)) return;
    figures[i] =
      asTotal.verdict === "unverified"
        ? {
            ...f,
            verdict: "unverified",
            correction: null,
            right: undefined,
            reason: `Not marked wrong: ${c.number.text} is larger than any exchange the store knows, so it is likely a running total whose scope the words leave out. ${asTotal.reason}`,
          }
        : {
            ...asTotal,
            reason: `Read as the running total as of ${day}: ${c.number.text} is larger than any exchange the store knows. ${asTotal.reason}`,
          };
  });
}

const LARGEST = new WeakMap<Knowledge, number>();

/** The largest count of people released the store gives for any exchange or deal. */
function largestRelease(k: Knowledge): number {
  let n = LARGEST.get(k);
  if (n === undefined) {
    n = 0;
    for (const f of k.catalog.factsByMeasure.get("released") ?? [])
      if (f.value.type === "number") n = Math.max(n, f.value.n);
    LARGEST.set(k, n);
  }
  return n;
}
