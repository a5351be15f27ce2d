/**
 * Clauses within a sentence, and the day a figure at a place in it is about: a day binds to its
 * own clause, or to one named before it in the sentence, never to one in a later clause.
 */

import { DOCUMENT_DAY_AFTER, DOCUMENT_DAY_BEFORE, REPORTED_ON } from "../vocabulary.ts";
import type { DayRange } from "./claims.ts";
import { type DateBasis, type DateInfo, RANGE_JOINER } from "./draft-dates.ts";

const CLAUSE_BREAK =
  /[;:|]|\s[–—·•]\s|,\s+(?:and|but|yet|although|though|while|whereas|after|before|following|when|as|a day after|the day after|with|bringing|taking|raising|which|who|on top of|in addition to|besides|adding to|after the)\b|\s(?:and|but)\s+(?=(?:on|in|by)\s)|\s(?:after|before|following)\s+(?=the (?:release|return|exchange|swap))/g;

interface ClauseBounds {
  start: number;
  end: number;
}

export function clauseStarts(s: string): number[] {
  const starts = [0];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m !== null; m = CLAUSE_BREAK.exec(s)) starts.push(m.index);
  return starts;
}

/**
 * A clause's bounds, made by a constructor rather than as an object literal. With the literal
 * ({ start, end }, end Infinity for a sentence's last clause), the inline cache at the first
 * read of each new bounds missed again and again (about 500 times a 10k-word draft; `--log-ic`
 * shows it going from "recompute handler" back to monomorphic on the same shape each time).
 * Each miss inside sentenceClaims restarted V8's count towards optimising it, so it never was
 * (`--trace-opt-verbose`: "resetting ticks … due to IC change") and the fact-check of 10k words
 * took about a sixth more CPU. Instances of a class do not miss.
 */
class Clause implements ClauseBounds {
  readonly start: number;
  readonly end: number;
  constructor(start: number, end: number) {
    this.start = start;
    this.end = end;
  }
}

export function clauseOf(starts: readonly number[], at: number): ClauseBounds {
  let i = 0;
  while (i + 1 < starts.length && (starts[i + 1] as number) <= at) i++;
  return new Clause(starts[i] as number, starts[i + 1] ?? Number.POSITIVE_INFINITY);
}

/** The date a figure at [rel, relEnd) is about: nearest in its clause, then before, then after. */
/** "Friday's 390", "Friday's group of 370", "yesterday's seven hundred and eighty": a day owning one figure. */
const POSSESSIVE_FIGURE =
  /^['’]s\s+(?:(?:final|last|first|second|third|opening|closing|remaining|further|official|own|group|batch|wave|round|leg|stage|tranche|tally|total|figure|count|number|exchange|swap|handover|of)\s+){0,3}?(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:hundred|thousand)\b)/iu;

export function dateFor(
  dates: readonly DateInfo[],
  clauses: readonly number[],
  rel: number,
  relEnd: number,
  off: number,
  ownClauseOnly = false,
  text = "",
): {
  date: string | null;
  range: DayRange | null;
  text: string;
  basis: DateBasis;
  start: number;
  weekday?: number | undefined;
} | null {
  // "Friday's 390 and … 307 Ukrainians returned": a day in the possessive before a figure is
  // that figure's day, not the next one's.
  // "One thousand have come home - three hundred and ninety on Friday, …": a day past a spaced
  // dash after the figure is the list's, not the figure's.
  const usable = dates.filter(
    (d) =>
      !d.since &&
      !(
        text && DOCUMENT_DAY_BEFORE.test(text.slice(Math.max(0, d.start - off - 40), d.start - off))
      ) &&
      !(text && REPORTED_ON.test(text.slice(Math.max(0, d.start - off - 30), d.start - off))) &&
      !bracketedForAnother(d, text, off, relEnd) &&
      !(text && DOCUMENT_DAY_AFTER.test(text.slice(d.end - off, d.end - off + 30))) &&
      // "307 each side, 25 May [NO -> 24 May]": an editor's mark withdraws the day before it.
      !(
        text &&
        /^\s*\[\s*(?:no|wrong|not)\b[^\]]{0,20}(?:->|→)/i.test(
          text.slice(d.end - off, d.end - off + 30),
        )
      ) &&
      !anotherFigures(d, text, off, rel) &&
      !countedFromClause(d, text, off, rel) &&
      !leadsAnother(d, text, off, relEnd) &&
      !followsAnother(d, text, off, relEnd) &&
      !ofAnother(d, text, off, relEnd) &&
      !forHeading(d, text, off) &&
      !spanLabel(d, dates, text, off) &&
      !(text && d.start - off > relEnd && /\s[-–—]\s/.test(text.slice(relEnd, d.start - off))),
  );
  if (usable.length === 0) return null;
  const clause = clauseOf(clauses, rel);
  const days = usable.filter((d) => d.date);
  // A day after the figure binds to it only within its own clause: in "return 303 prisoners,
  // after the release of 307 on Saturday", Saturday is the 307's.
  const ranges = usable.filter((d) => d.range);
  // "390 on 23.05, 307 on 24.05": a day the figure runs on into, with no comma between, is its
  // own, however near the day before it stands.
  const runOn = text
    ? usable.find(
        (d) =>
          inClause(d, clause, off) &&
          d.start - off >= relEnd &&
          /^[^,;:.\d/+=→]{0,30}$/.test(text.slice(relEnd, d.start - off)) &&
          // "yesterday's 390 plus today's 307": a day in the possessive is the next figure's
          // (the check below); "246 per side plus wounded on April 19" runs on to its day.
          !/\b(?:and|then|while|but|with|before|after)\b/i.test(
            text.slice(relEnd, d.start - off),
          ) &&
          !/^['’]s\b/.test(text.slice(d.end - off, d.end - off + 3)),
      )
    : undefined;
  // "Ombudsman, Sept 2024: 3,672 back", "mid-2024 total: 3,672": a day set before its figure
  // as a label is its own.
  const labelled = text
    ? usable.find(
        (d) =>
          d.end - off <= rel &&
          /^\s*(?:(?:total|tally|count|figure|number)s?\s*)?[:–—=]\s*[~≈]?\s*$/i.test(
            text.slice(d.end - off, rel),
          ),
      )
    : undefined;
  // "mid-2024 total: 3,672 returned in 57 exchanges": a label heading its line dates every
  // figure on the line, where no other day comes between.
  const headed =
    text && !labelled
      ? usable.find(
          (d) =>
            d.end - off <= rel &&
            /^\s*(?:(?:total|tally|count|figure|number)s?\s*)?[:–—=][^\n.;:]*$/i.test(
              text.slice(d.end - off, rel),
            ) &&
            !usable.some((e) => e !== d && e.start > d.end && e.start - off < rel),
        )
      : undefined;
  const own =
    runOn ??
    labelled ??
    nearest(
      usable.filter((d) => inClause(d, clause, off)),
      off,
      rel,
      relEnd,
    ) ??
    headed;
  const found = ownClauseOnly
    ? own
    : (own ??
      nearestBefore(days, off, rel, relEnd) ??
      nearestBefore(ranges, off, rel, relEnd) ??
      nearestBefore(usable, off, rel, relEnd));
  if (!found) return null;
  return {
    date: found.date,
    range: found.range,
    text: found.text,
    basis: found.basis,
    start: found.start,
    weekday: found.weekday,
  };
}

// dateFor's helpers are functions of their own, not closures made afresh on every call: it is
// called for every figure of a draft.

/**
 * "A day after 390 were freed on May 23, each side released 307": a day in a clause that counts
 * from it is the clause's point to count from, not a day for figures outside that clause.
 */
function countedFromClause(d: DateInfo, text: string, off: number, rel: number): boolean {
  if (!text || rel < d.end - off) return false;
  const lead =
    /^\W*(?:(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?)|the\s+(?:day|week))\s+(?:after|before)\b/i.exec(
      text,
    );
  // ("The day before, 303 had returned" is the figure's own day, counted back.)
  if (!lead || d.start - off < lead[0].length) return false;
  // The leading clause ends at the first comma past the day that is not a year's.
  const m = /,\s+(?!\d{4}\b)/.exec(text.slice(d.end - off));
  return m !== null && rel > d.end - off + m.index;
}

/** "Friday's 390 and … 307": a day in the possessive that owns a figure other than this one. */
function anotherFigures(d: DateInfo, text: string, off: number, rel: number): boolean {
  if (!text) return false;
  // ("Yesterday's exchange brought 246 … along with 15" dates the whole sentence.)
  const m = POSSESSIVE_FIGURE.exec(text.slice(d.end - off, d.end - off + 40));
  return m !== null && d.end - off + m[0].length !== rel;
}

/**
 * "Yesterday 390 for 390, today 307 for 307": a day after the figure that leads a figure of its
 * own. So does one the next figure hangs on by "by", as a list of swaps in translation runs ("on
 * 2 June by 120 each, on 9 June by 85", "opened with 120 a side, followed on Monday by 85"),
 * unless what follows "by" is a time ("by 10am").
 */
function leadsAnother(d: DateInfo, text: string, off: number, relEnd: number): boolean {
  if (!text || d.start - off < relEnd) return false;
  return /^\s*[:–—-]?\s*(?:by\s+(?!\d{1,2}(?:[:.]\d\d|\s*[ap]\.?m\b)))?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:hundred|thousand)\b)/i.test(
    text.slice(d.end - off, d.end - off + 24),
  );
}

/**
 * "390 a side, followed by 307 the next day and a final 330 on May 25": a day after the figure,
 * past a comma and another figure told as what came next, is that figure's ("248 back, Moscow
 * 230, in January 2024" still dates both).
 */
function followsAnother(d: DateInfo, text: string, off: number, relEnd: number): boolean {
  if (!text || d.start - off < relEnd) return false;
  const between = text.slice(relEnd, d.start - off);
  return (
    /[,;]\s/.test(between) &&
    /(?:^|\s)\d[\d,]*\b/.test(between) &&
    (/\b(?:next|following|later|after)\b/i.test(d.text) ||
      /\b(?:followed by|then|after which|and (?:a|the) (?:final|last|further))\b/i.test(between))
  );
}

/**
 * "Freed 2,000, four times the 480 of January 3": a day after the figure, hung by "of" on
 * another figure between them, is that figure's. ("The 230 and 248 of January 2023" are one
 * pair, and share it.)
 */
function ofAnother(d: DateInfo, text: string, off: number, relEnd: number): boolean {
  if (!text || d.start - off < relEnd) return false;
  const other = OF_ANOTHER.exec(text.slice(relEnd, d.start - off));
  return other !== null && !PAIRED.test(text.slice(relEnd, relEnd + other.index));
}
const OF_ANOTHER = /\d(?:[\d,.]*\d)?(?:\s+[\p{L}-]+)?\s+(?:of|from)\s+$/u;
const PAIRED =
  /^(?:\s+[\p{L}-]+)?\s*(?:,|and|or|&|plus|to|-|–)\s*(?:about |nearly |some |around |almost )?$/iu;

function inClause(d: DateInfo, clause: ClauseBounds, off: number): boolean {
  return d.start - off >= clause.start && d.start - off < clause.end;
}

/** Characters between a day and the figure at [rel, relEnd). */
function gap(d: DateInfo, off: number, rel: number, relEnd: number): number {
  const ds = d.start - off;
  const de = d.end - off;
  return de <= rel ? rel - de : ds - relEnd;
}

/** The day nearest the figure (the first of equals), or null. */
function nearest(
  list: readonly DateInfo[],
  off: number,
  rel: number,
  relEnd: number,
): DateInfo | null {
  let best: DateInfo | null = null;
  for (const d of list)
    if (best === null || gap(d, off, rel, relEnd) < gap(best, off, rel, relEnd)) best = d;
  return best;
}

/** The nearest of the days that end before the figure. */
function nearestBefore(
  list: readonly DateInfo[],
  off: number,
  rel: number,
  relEnd: number,
): DateInfo | null {
  return nearest(
    list.filter((d) => d.end - off <= rel),
    off,
    rel,
    relEnd,
  );
}

/** The start of the run of clauses joined to this one by a plain "and" (", and", "; and"). */
export function andJoinedStart(s: string, starts: readonly number[], start: number): number {
  let i = starts.indexOf(start);
  while (i > 0 && /^[,;]?\s*and\b/i.test(s.slice(starts[i] as number, (starts[i] as number) + 6)))
    i--;
  return i >= 0 ? (starts[i] as number) : start;
}

/**
 * "DAY 2 | 390 TODAY | ZELENSKY: 697 HOME": in a ticker (a line of capitals cut into items by
 * bars) each item is a headline of its own: a day or a name in another item is the ticker's,
 * not the figure's. A table pasted as text has bars too, but a row's cells are read together,
 * and it is not written in capitals. Null when `at` is not in a ticker.
 */
export function tickerItem(s: string, at: number): { start: number; end: number } | null {
  if (!s.includes(" | ")) return null;
  const lineStart = s.lastIndexOf("\n", at - 1) + 1;
  const nl = s.indexOf("\n", at);
  const lineEnd = nl < 0 ? s.length : nl;
  const line = s.slice(lineStart, lineEnd);
  if ((line.match(/\s\|\s/g) ?? []).length < 2) return null;
  const upper = (line.match(/\p{Lu}/gu) ?? []).length;
  const lower = (line.match(/\p{Ll}/gu) ?? []).length;
  if (upper < 12 || lower > upper / 10) return null;
  const bar = /\s\|\s/g;
  let start = lineStart;
  let end = lineEnd;
  for (let m = bar.exec(line); m !== null; m = bar.exec(line)) {
    const here = lineStart + m.index;
    if (here < at) start = here + m[0].length;
    else {
      end = here;
      break;
    }
  }
  return { start, end };
}

/** A place in another item of the ticker the figure at `rel` is in. */
export function anotherTickerItem(s: string, at: number, rel: number): boolean {
  const item = tickerItem(s, rel);
  return item !== null && (at < item.start || at >= item.end);
}

/**
 * "The swap ran from 23 May to 26 May: 390 on the first day, 303 on the second": two days
 * heading what follows as a span are the span's ends, not the day of each figure after them.
 */
function spanLabel(d: DateInfo, dates: readonly DateInfo[], text: string, off: number): boolean {
  if (!text) return false;
  const colonAfter = (e: DateInfo) => /^\s*:/.test(text.slice(e.end - off, e.end - off + 3));
  return dates.some(
    (e) =>
      e !== d &&
      ((e.start >= d.end &&
        RANGE_JOINER.test(text.slice(d.end - off, e.start - off)) &&
        colonAfter(e)) ||
        (e.end <= d.start &&
          RANGE_JOINER.test(text.slice(e.end - off, d.start - off)) &&
          colonAfter(d))),
  );
}

/** "Bkgrnd for tmrw: last swap 205 ea": a heading's day is the day the notes are for, no figure's. */
function forHeading(d: DateInfo, text: string, off: number): boolean {
  return (
    text !== "" &&
    /\bfor\s+$/i.test(text.slice(Math.max(0, d.start - off - 6), d.start - off)) &&
    /^\s*:/.test(text.slice(d.end - off, d.end - off + 3))
  );
}

/**
 * "246 (Apr 20), 250 (May 6), 390 (first day of the big swap)": a day in brackets right after a
 * figure is that figure's alone, not the next one's.
 */
function bracketedForAnother(d: DateInfo, text: string, off: number, relEnd: number): boolean {
  if (!text) return false;
  const at = d.start - off;
  const before = /(\d[\d,]*)\s*\(\s*$/.exec(text.slice(Math.max(0, at - 16), at));
  if (!before) return false;
  const figureEnd = at - (before[0].length - (before[1] as string).length);
  const figureStart = figureEnd - (before[1] as string).length;
  // ("Day 1 (Thu): 390": the 1 names the day, and the bracket is the line's.)
  if (
    /\b(?:day|wave|stage|leg|round|part|no\.?)\s*$/i.test(
      text.slice(Math.max(0, figureStart - 8), figureStart),
    )
  )
    return false;
  return figureEnd !== relEnd;
}
