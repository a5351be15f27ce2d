/** The days a draft names, resolved against the draft's own date. */
import { addDaysIso, findDates, isIsoDate } from "../../dates.ts";
import type { DayRange } from "./claims.ts";

export interface DateInfo {
  start: number;
  end: number;
  text: string;
  /** One day, or null. */
  date: string | null;
  range: DayRange | null;
  /** Starts a count ("since 2022"): never the figure's own date. */
  since: boolean;
}

const minusYear = (iso: string) => {
  const y = Number(iso.slice(0, 4)) - 1;
  const candidate = `${y}${iso.slice(4)}`;
  return isIsoDate(candidate) ? candidate : addDaysIso(`${y}${iso.slice(4, 8)}28`, 0);
};

const ANCHORED = /\b(?:following|next|previous|prior|same|after|before|later|earlier)\b/i;
const CONJ_BEFORE =
  /\b(?:came|comes|come|was|were|happened|took place|followed|began|started|arrived|occurred)\s+$/i;

export function readDates(text: string, refDate: string): DateInfo[] {
  const out: DateInfo[] = [];
  const ref = isIsoDate(refDate) ? refDate : null;
  let shifted = false;
  for (const d of findDates(text, { refDate })) {
    let date = d.date;
    let range = d.range ?? null;
    const before = text.slice(Math.max(0, d.start - 12), d.start);
    if (date && ref) {
      if (d.kind === "explicit" && !/\d{4}/.test(d.text)) {
        if (/^the\b/i.test(d.text)) {
          if (shifted) date = minusYear(date);
        } else {
          shifted = date > ref;
          if (shifted) date = minusYear(date);
        }
      } else if (d.kind === "explicit") {
        shifted = false;
      } else if (d.kind === "relative" && ANCHORED.test(d.text) && !/\bago\b/i.test(d.text)) {
        if (shifted) date = minusYear(date);
        // "The swap came the day after both countries released 390": the clause after it is
        // the day before the one it follows.
        const conj = /^the\s+day\s+(after|before)$/i.exec(d.text);
        if (conj && CONJ_BEFORE.test(before) && /^\s+[a-z]/.test(text.slice(d.end, d.end + 3))) {
          date = addDaysIso(date, conj[1]?.toLowerCase() === "after" ? -2 : 2);
        }
      } else {
        shifted = false;
      }
    }
    if (range && d.kind === "year") {
      const y = range.from.slice(0, 4);
      if (/mid-?\s*$/i.test(before)) range = { from: `${y}-06-01`, to: `${y}-07-31` };
      else if (/early\s*$/i.test(before)) range = { from: `${y}-01-01`, to: `${y}-04-30` };
      else if (/late\s*$/i.test(before)) range = { from: `${y}-09-01`, to: `${y}-12-31` };
    }
    const since = /\b(?:since|from|after)\s+(?:(?:early|late|mid)-?\s*)?$/i.test(before);
    if (date || range) out.push({ start: d.start, end: d.end, text: d.text, date, range, since });
  }
  return out;
}
