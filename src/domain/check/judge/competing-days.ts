/**
 * "Today, on 25.05., another 307 came home", "yesterday, Friday May 24, they did 390 each": a
 * figure whose sentence names two days for it, which the words do not tie to one. The day the
 * reader picked is only one reading; when the figure is the store's own for the other day the
 * sentence names, which of the two is the slip is not ours to guess, so it is not put right.
 * A day another figure of the sentence holds as its own ("390 on Friday and 307 on Saturday") is
 * that figure's, not a rival.
 */
import type { ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { addDaysIso } from "../../dates.ts";
import { extend } from "../../extend.ts";
import { findNumbers } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import { dayText } from "../align/store-index.ts";
import type { Claim } from "../read/claims.ts";
import type { DateInfo } from "../read/draft-dates.ts";
import { SELF_CORRECTED } from "../read/figure-words.ts";
import { unsure } from "./certainty.ts";
import { judgeReading } from "./verdict.ts";

/** "The day after", "the day before": a day counted from whatever the words after it tell. */
const DAY_FROM_WHAT_FOLLOWS = /^the\s+(?:day|morning|night|evening)\s+(after|before)$/i;
/** What follows such a day when it is counted from a day written out, not from a deed. */
const FOLLOWED_BY_A_DAY =
  /^\s*(?:,|\.|$|(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|that|this|it|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d))/i;

export function judgeCompetingDays(
  k: Knowledge,
  dates: readonly DateInfo[],
  claims: readonly Claim[],
  figures: ClaimCheck[],
  refDate: string | null,
): void {
  claims.forEach((claim, i) => {
    const check = figures[i];
    if (check?.verdict !== "contradicted" || !claim.date || claim.dateInherited) return;
    if (claim.dateBasis === "guess" || claim.measure !== "released") return;
    const from = claim.sentence.start;
    const to = from + claim.sentence.text.length;
    for (const d of dates) {
      if (d.start < from || d.end > to || d.since || d.byDeal) continue;
      if (d.text === claim.dateText && d.date === claim.date) continue;
      if (
        isDateline(claim.sentence.text, d, from) ||
        COMPARED.test(claim.sentence.text.slice(0, d.start - from))
      )
        continue;
      // (A day counted from a deed the words tell is held by that deed's figure, and read from it.)
      const fromDeed = dayCountedFromADeed(k, d, claims, figures);
      if (!fromDeed && (heldByAnother(d, claims, claim) || figureBeyond(claim, d, dates))) continue;
      const day = fromDeed ?? d.date;
      if (!day || day === claim.date) continue;
      // "Next stage tmrw": a day still to come is no day a release already done was on.
      if (refDate && day > refDate && !claim.planned) continue;
      const other = judgeReading(
        k,
        extend(claim, {
          date: day,
          dateText: d.text,
          dateBasis: d.basis,
          range: null,
          wave: null,
          waveNamed: false,
          finalNamed: false,
        }),
        refDate,
      );
      if (other.verdict !== "supported" && other.verdict !== "disputed") continue;
      figures[i] = extend(
        unsure(check, [
          `which day (the sentence names “${claim.dateText}” and “${d.text}”, ${dayText(k, day)}, and the figure is the store's for the latter)`,
        ]),
        check.reading ? { reading: check.reading } : {},
      );
      return;
    }
  });
}

/** Whether another figure of the same sentence took the day as its own. */
function heldByAnother(d: DateInfo, claims: readonly Claim[], claim: Claim): boolean {
  return claims.some(
    (c) =>
      c !== claim &&
      c.sentence.start === claim.sentence.start &&
      !c.dateInherited &&
      c.date === d.date &&
      c.dateText === d.text &&
      !takenBack(c),
  );
}

/** "390 each way, same as yesterday's": a day the figure is set beside, not told of. */
const COMPARED =
  /\b(?:same as|as on|as with|like|unlike|than|compared (?:with|to)|up from|down from)\s+(?:the\s+)?$/i;

/**
 * "Saturday was 303 and Sunday rounded it off with 307": a day with another figure beyond it,
 * on the side away from this one, is likelier that figure's, read as a claim or not.
 */
function figureBeyond(claim: Claim, d: DateInfo, dates: readonly DateInfo[]): boolean {
  const s = claim.sentence.text;
  const off = claim.sentence.start;
  const before = d.start < claim.number.start;
  return findNumbers(s).some((m) => {
    if (m.kind !== "cardinal") return false;
    const start = m.start + off;
    const end = m.end + off;
    if (dates.some((x) => x.start < end && start < x.end)) return false;
    if (takenBackAt(s, m.end)) return false;
    return before ? end <= d.start : start >= d.end;
  });
}

/** "MOSCOW, May 26 —": the day the copy was filed, not a day of anything it tells. */
function isDateline(s: string, d: DateInfo, from: number): boolean {
  return (
    /^\s*[\p{Lu}][\p{Lu}\s.'-]*,\s*$/u.test(s.slice(0, d.start - from)) &&
    /^\s*(?:\([^()]{1,20}\)\s*)?[—–-]/.test(s.slice(d.end - from))
  );
}

/** "370 no sorry 390": a figure its speaker takes back at once holds no day. */
function takenBack(c: Claim): boolean {
  return takenBackAt(c.sentence.text, c.number.end - c.sentence.start);
}

function takenBackAt(s: string, end: number): boolean {
  return SELF_CORRECTED.test(s.slice(end, end + 40).replace(/^\s*no\b/i, ""));
}

/**
 * "The day after both countries released 390": a day counted from a deed the words go on to
 * tell, not from the day written before it: the day after (or before) the exchange the deed's
 * figure is the store's for.
 */
function dayCountedFromADeed(
  k: Knowledge,
  d: DateInfo,
  claims: readonly Claim[],
  figures: readonly ClaimCheck[],
): string | null {
  const way = DAY_FROM_WHAT_FOLLOWS.exec(d.text.trim());
  if (!way) return null;
  const sentence = claims.find(
    (c) => c.sentence.start <= d.start && d.end <= c.sentence.start + c.sentence.text.length,
  )?.sentence;
  if (!sentence) return null;
  const after = sentence.text.slice(d.end - sentence.start, d.end - sentence.start + 80);
  if (FOLLOWED_BY_A_DAY.test(after)) return null;
  const j = claims.findIndex((c) => c.number.start >= d.end && c.number.start < d.end + 80);
  const told = figures[j];
  if (j < 0 || !told?.eventId || (told.verdict !== "supported" && told.verdict !== "disputed"))
    return null;
  const event = k.catalog.events.get(told.eventId);
  const start = event?.kind === "exchange" ? eventStart(event) : null;
  return start ? addDaysIso(start, way[1]?.toLowerCase() === "after" ? 1 : -1) : null;
}
