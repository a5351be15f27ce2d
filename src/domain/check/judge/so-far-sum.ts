/**
 * "Q: … today's 307 … ? A: Correct, 697 of ours are home": a figure whose day is not its own
 * clause's (taken from the question, the sentence before or the draft's date) and that is, to
 * the unit, the deal's waves added up to that day is the deal so far, not that day's wave. It is
 * supported with the sum shown; one that is not such a sum is judged as before.
 */
import type { ClaimCheck } from "../../answers.ts";
import { formatNewsroomDate } from "../../dates.ts";
import { formatNumber } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import type { Claim } from "../read/claims.ts";
import { dealSoFar } from "./mid-deal.ts";

export function judgeSoFarSums(
  k: Knowledge,
  claims: readonly Claim[],
  figures: ClaimCheck[],
): void {
  figures.forEach((f, i) => {
    const c = claims[i];
    if (f.verdict !== "contradicted" || f.kind === "day" || !c?.date || !f.eventId) return;
    if (c.measure !== "released" || c.number.qualifier !== "exact" || c.part) return;
    // Only a day the clause did not give: "697 came home on Saturday" is a wrong figure.
    if (!c.dateInherited) return;
    const wave = k.catalog.events.get(f.eventId);
    const deal = wave?.partOf ? k.catalog.events.get(wave.partOf) : undefined;
    if (!deal) return;
    const day = c.date;
    const sofar = dealSoFar(k, deal.id, day);
    if (!sofar || sofar.each.length < 2) return;
    const { each, soFar } = sofar;
    const n = c.number.n;
    // Each side's sum, or both sides' where no one side is named ("1,394 Ukrainians" is not).
    const bothSides = n === soFar * 2 && (c.side === null || c.side === "total");
    if (!bothSides && (n !== soFar || c.side === "total")) return;
    const sum = `${each.map(formatNumber).join(" + ")} = ${formatNumber(soFar)}`;
    figures[i] = {
      ...f,
      verdict: "supported",
      correction: null,
      right: undefined,
      store: formatNumber(n),
      reason: `Matches ${deal.title.replace(/^The /, "the ")} so far on ${formatNewsroomDate(day)}: ${sum} each side${bothSides ? `, ${formatNumber(n)} in all` : ""}. The day it was read with is not its own clause's, and no word makes it that day's alone.`,
    };
  });
}
