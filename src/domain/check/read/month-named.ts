/**
 * "The April swap", "March's exchange": an exchange named by its month. A figure in such a
 * sentence is that month's exchange's, so it does not take the day an earlier sentence named
 * ("If today's group is 303 … as came home in the April swap, which freed 246"). Only the
 * fact-check asks; the month is read against the day that would otherwise have been carried.
 */
import { MONTH_SRC, monthNumber } from "../../dates.ts";
import type { DayRange } from "./claims.ts";

// Capitalised only: "they may swap" is a verb's. Plain copy names the month as the time of the
// telling instead ("In March, 175 from each side were swapped"), with no day after it.
const MONTH_EXCHANGE = new RegExp(
  `\\b(?<month>${MONTH_SRC})(?:['’]s)?\\s{1,3}(?:(?:prisoner|POW|captive)s?\\s{1,3})?(?:swaps?|exchanges?|trades?|handovers?)\\b|\\bin\\s{1,3}(?<told>${MONTH_SRC})\\b(?!\\s{0,3}\\d)`,
  "gi",
);

/** The month an exchange in `s` is named by, in the year of `near`; none for a month after it. */
export function monthNamedExchange(
  s: string,
  near: string,
): { range: DayRange; text: string } | null {
  const ranges: { range: DayRange; text: string }[] = [];
  MONTH_EXCHANGE.lastIndex = 0;
  for (let m = MONTH_EXCHANGE.exec(s); m !== null; m = MONTH_EXCHANGE.exec(s)) {
    const name = /^\p{L}+/u.exec(m.groups?.month ?? m.groups?.told ?? "")?.[0] ?? "";
    if (!/^\p{Lu}/u.test(name)) continue;
    const month = monthNumber(name);
    if (month < 1) continue;
    // ("A June swap" told in May is one still to come, or last year's: which, is not sure.)
    // ("In June, …" after a May day is still another month's telling: not the May day's.)
    if (month > Number(near.slice(5, 7)) && !m.groups?.told) return null;
    const year = Number(near.slice(0, 4));
    const mm = String(month).padStart(2, "0");
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    ranges.push({ range: { from: `${year}-${mm}-01`, to: `${year}-${mm}-${last}` }, text: name });
  }
  // Two months named ("the April swap dwarfed the May one") leave the figure's month unsure.
  return ranges.length === 1 ? (ranges[0] ?? null) : null;
}
