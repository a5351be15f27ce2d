/**
 * "697 had been brought home in three days": a count of days beside the deal-so-far figure it
 * spans, where the figure is, to the unit, the deal's waves added up over another count of days
 * (390 + 307 after two) and not over the count given (1,000 after three). The figure is the
 * store's; the count of days is the slip, and is put right. Read only when exactly one count of
 * days gives the figure and the draft's own date is before the day the count given would end
 * on: anything else is left as judged.
 */
import type { ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { formatNumber } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import type { Claim } from "../read/claims.ts";
import { dealSoFar } from "./mid-deal.ts";

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

export function judgeSoFarDays(
  k: Knowledge,
  claims: readonly Claim[],
  checks: ClaimCheck[],
  refDate: string | null,
): void {
  claims.forEach((c, i) => {
    const own = checks[i];
    if (!c.spanOf || !own || c.number.qualifier !== "exact") return;
    const days = c.number.n;
    claims.forEach((x, j) => {
      const check = checks[j];
      if (!check || x === c || x.sentence.start !== c.sentence.start) return;
      if (x.measure !== "released-to-date" || x.days !== days || x.part) return;
      if (x.number.qualifier !== "exact" || check.verdict === "supported" || !check.eventId) return;
      // ("In two days 697 came home; the total is now 2,000": a semicolon ends the span's part.)
      const [a, b] = [c.number.start, x.number.start].sort((p, q) => p - q) as [number, number];
      if (c.sentence.text.slice(a - c.sentence.start, b - c.sentence.start).includes(";")) return;
      // The deal, or the deal of the wave the figure was read with ("today, … 697 in three days").
      const event = k.catalog.events.get(check.eventId);
      const dealId = event?.partOf ?? check.eventId;
      const waves = k.catalog.partsOf.get(dealId) ?? [];
      const sums = waves.map((w) => {
        const day = eventStart(w);
        return day ? dealSoFar(k, dealId, day) : null;
      });
      const fits = (s: { soFar: number } | null) =>
        !!s && x.number.n === (x.side === "total" ? s.soFar * 2 : s.soFar);
      const matching = sums.flatMap((s, m) => (fits(s) ? [m + 1] : []));
      if (matching.length !== 1) return;
      const right = matching[0] as number;
      const sum = sums[right - 1];
      if (right === days || !sum || sum.each.length < 2) return;
      // Only where the figure's own day, or the draft's, says the count of days had not yet
      // passed (a draft of the second day cannot tell of three); on the deal's last day the
      // figure may be the slip.
      const asOf = x.date ?? refDate;
      const told = waves[days - 1] ? eventStart(waves[days - 1] as (typeof waves)[number]) : null;
      const last = eventStart(waves[right - 1] as (typeof waves)[number]);
      if (!asOf || !last || asOf < last || (told !== null && asOf >= told)) return;
      const rightText = /^\d/.test(c.number.text) ? String(right) : (WORDS[right] ?? String(right));
      const shown = `${sum.each.map(formatNumber).join(" + ")} = ${formatNumber(sum.soFar)}`;
      checks[j] = {
        ...check,
        verdict: "supported",
        correction: null,
        right: undefined,
        reason: `Matches the deal so far after ${rightText} days: ${shown} each side. The count of days beside it is the slip.`,
      };
      const at = c.number.start - c.sentence.start;
      const s = c.sentence.text;
      checks[i] = {
        ...own,
        verdict: "contradicted",
        right: rightText,
        store: rightText,
        correction: `${s.slice(0, at)}${rightText}${s.slice(at + c.number.text.length)}`,
        reason: `“${x.number.text}” is the deal so far after ${rightText} days (${shown} each side), not ${c.number.text}.`,
      };
    });
  });
}
