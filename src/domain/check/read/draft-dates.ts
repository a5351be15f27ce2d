/**
 * The days a draft names, resolved as an editor would. The store is an archive: a day written
 * without a year means the draft's year when the draft is dated, and otherwise the year of the
 * archive's event on that day. Each day says where its year came from, so a verdict can say
 * what it assumed and refuse to be certain about a guess.
 */
import {
  addDaysIso,
  findDates,
  isIsoDate,
  MONTH_SRC,
  monthNumber,
  WEEKDAYS,
  weekday,
  weekdayNumber as weekdayOfIso,
} from "../../dates.ts";
import { COUNTED_AFTER, FUTURE, SPELLED_DAY } from "../vocabulary.ts";
import type { DayRange } from "./claims.ts";

/**
 * Where a day's year (or the day itself) came from:
 * - written: the text gives it in full ("May 24, 2025"), or shares it ("May 23 and 24, 2025");
 * - draft: from the draft's own date ("May 24" or "on Friday" in a dated draft);
 * - archive: no draft date; the year is that of the store's event on that day;
 * - text: relative to another day the text names ("the following day");
 * - guess: nothing fixes it (a weekday in an undated draft): never grounds for a correction.
 */
export type DateBasis = "written" | "draft" | "archive" | "text" | "guess";

/** "Since D-Day (23 May)": a day named, then given in brackets, that a count runs from. */
export const SINCE_NAMED_DAY = /\bsince\s+(?:the\s+)?[\p{L}-]{1,12}\s*\(\s*$/iu;

/** "Since the start of the swap on Friday": the count runs from the day, as after "since". */
const SINCE_START_OF =
  /\bsince\s+(?:the\s+)?(?:start|beginning|opening|first day)\s+of\s+(?:the\s+|this\s+)?(?:[\p{L}-]+\s+)?(?:swap|exchange|deal|operation)\s+(?:on\s+)?$/iu;

export interface DateInfo {
  start: number;
  end: number;
  text: string;
  /** One day, or null. */
  date: string | null;
  range: DayRange | null;
  /** Told by the deal ("before the May exchange"): the archive's own day, so never a claim. */
  byDeal?: boolean;
  /** Starts a count ("since 2022"): never the figure's own date. */
  since: boolean;
  basis: DateBasis;
  /** For a day written without a year that nothing fixes: its month and day ("05-15"). */
  monthDay?: string;
  /** For a weekday that nothing fixes ("sat" in undated notes): 0 (Sunday) to 6. */
  weekday?: number;
}

export interface DateContext {
  /** The draft's own date, when it has one. */
  refDate: string | null;
  /** The year of the archive's event on a month-day ("05-24"), when exactly one year has one. */
  yearFor?: ((monthDay: string) => string | null) | undefined;
  /**
   * The first day of the archive's latest deal begun by `by` (any day when null), in `month`
   * when one is named ("the May exchange"): what "before the exchange" is counted from.
   */
  dealStart?: ((month: number | null, by: string | null) => string | null) | undefined;
  /** "The twenty-third of July" read as a day (the ingest asks; the fact-check does not yet). */
  spelledDays?: boolean;
}

/**
 * "Before the May exchange", "on the eve of the swap", "on the exchange's first day", "on the
 * day the big swap began": a day told by the deal, which only the archive can fix.
 */
const DEAL_DAY = new RegExp(
  [
    "\\b(?:(?<eve>on the eve of|the eve of|the day before)|(?<pre>(?:just |shortly )?(?:before|ahead of|prior to))|(?<first>on the (?:very )?first day of))",
    "\\s+(?:the|this|last|that)\\s+(?:(?<month>",
    MONTH_SRC,
    ")(?:\\s+(?<year>20\\d\\d))?(?:['’]s)?\\s+|(?:big|biggest|record|large|prisoner|1[,.]?000-for-1[,.]?000|thousand-for-(?:a-)?thousand)\\s+)*(?:exchange|swap)\\b",
    "|\\bon (?:the (?:exchange|swap)['’]s|its) (?:very )?first day\\b",
    "|\\bon the day (?:the (?:big |biggest |record )?(?:exchange|swap)|it) (?:began|started|opened)\\b",
  ].join(""),
  "giu",
);
/**
 * The same pattern without the u flag, ten times faster to run over a long draft. With it, "ſ"
 * and the Kelvin sign match "s" and "k", and a character outside the BMP is one character;
 * without, neither: the two read alike on any text that holds none of those.
 */
const DEAL_DAY_PLAIN = new RegExp(DEAL_DAY.source, "gi");
const UNICODE_ONLY = /[\u017f\u212a\ud800-\udfff]/;

/** The days a deal-told day stands for, or null when the archive cannot fix it. */
function dealDays(text: string, ctx: DateContext, ref: string | null, out: DateInfo[]): void {
  if (!ctx.dealStart || !/exchange|swap|first day/i.test(text)) return;
  for (const m of text.matchAll(UNICODE_ONLY.test(text) ? DEAL_DAY : DEAL_DAY_PLAIN)) {
    const g = m.groups ?? {};
    // "Overnight before the swap": plain "before the swap" in running copy is the wave that day;
    // only words that name the deal ("before the May exchange") reach back to its eve.
    if (g.pre && !/\b(?:big|biggest|record|large|1[,.]?000|thousand)\b/i.test(m[0]) && !g.month)
      continue;
    const start = ctx.dealStart(g.month ? monthNumber(g.month) : null, ref);
    // "The first day of the May 2025 exchange": a year the deal did not begin in is not its.
    if (!start || (g.year && !start.startsWith(g.year))) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    for (let i = out.length - 1; i >= 0; i--) {
      const d = out[i] as DateInfo;
      if (d.start < end && at < d.end) out.splice(i, 1);
    }
    const eve = addDaysIso(start, -1);
    out.push({
      start: at,
      end,
      text: m[0],
      // "Before the exchange" is the week before it, which the last count before it fell in.
      date: g.pre ? null : g.eve ? eve : start,
      range: g.pre ? { from: addDaysIso(start, -7), to: eve } : null,
      since: false,
      basis: "archive",
      byDeal: true,
    });
  }
}

/** "Another 317 each expected", "303 due": words after a day that put it ahead of the draft. */
const FUTURE_AFTER = /^[^.;:]{0,30}\b(?:expected|due|scheduled|planned|to come|will)\b/i;

/** "The swap starts on Friday": a timetable in the present tense, which is ahead of the draft. */
const PRESENT_SCHEDULE =
  /\b(?:starts|begins|opens|kicks off|gets under way|resumes|takes place|is held|are held)\s+(?:on\s+)?(?:this\s+)?$/i;

const ANCHORED = /\b(?:following|next|previous|prior|same|after|before|later|earlier)\b/i;
/** "The day before yesterday", "the day after tomorrow": counted from the draft's date, not another day. */
const FROM_TODAY = /\b(?:yesterday|tomorrow)$/i;
const CONJ_BEFORE =
  /\b(?:came|comes|come|was|were|happened|took place|followed|began|started|arrived|occurred)\s+$/i;
const HAS_YEAR = /\b(?:19|20)\d\d\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|^\d{4}-\d{2}-\d{2}/;
/** "May 23 and 24, 2025": a second day of the same month after a first. */
// ("3 January 2024 to 23 May 2025": a day with a month of its own is not the first day's month.)
const SECOND_DAY =
  /\s*(?:and|&|or|to|through|until|till|-|–|—)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s{0,3}(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z]))(?:,?\s*((?:19|20)\d\d)\b)?/iy;
/** Between two days that share one year. */
const JOINER = /^\s*(?:,|and|&|or|to|through|until|till|-|–|—|,\s*and)\s*$/i;
const VAGUE_TIME =
  /\b(?:(?:a|one|two|three|several|a few|some) (?:weeks?|months?) (?:later|after(?:wards)?|earlier|before)|(?:weeks|months) (?:later|earlier)|over the (?:next|coming|following) (?:few |two |three |several )?days)\b/gi;
const WEEKEND = /\b(?:over|during|at|on|this|last|the past)\s+(?:the\s+)?weekend\b/gi;

const withYear = (iso: string, year: string) => {
  const candidate = `${year}${iso.slice(4)}`;
  return isIsoDate(candidate) ? candidate : null;
};
const yearOf = (iso: string) => iso.slice(0, 4);
/** The year days of an undated text are first read in, before the archive gives them theirs. */
const PLACEHOLDER_DAY = "2000-01-01";

export function readDates(original: string, ctx: DateContext): DateInfo[] {
  const spelled = spelledDays(original);
  const read = readDatesIn(spelled.text, ctx);
  if (spelled.spans.length === 0) return read;
  // Back to the draft's own words: "March ninth", not the digits it was read as.
  for (const d of read)
    for (const sp of spelled.spans)
      if (d.start < sp.end && sp.start < d.end) {
        d.start = Math.min(d.start, sp.start);
        d.end = Math.max(d.end, sp.end);
        d.text = original.slice(d.start, d.end);
      }
  return read;
}

function readDatesIn(text: string, ctx: DateContext): DateInfo[] {
  const ref = ctx.refDate && isIsoDate(ctx.refDate) ? ctx.refDate : null;
  // Undated: days are first read against a placeholder year, then given the archive's year;
  // the relative ones ("on Friday") are then read against the latest day the text fixes.
  const spelledDays = ctx.spelledDays === true;
  const placeholder = ref ? null : findDates(text, { refDate: PLACEHOLDER_DAY, spelledDays });
  const anchor = ref ?? textAnchor(text, placeholder ?? [], ctx);
  // With nothing to anchor to, the placeholder reading is the reading: no second pass.
  const mentions =
    anchor === null && placeholder
      ? placeholder
      : findDates(text, { refDate: anchor ?? PLACEHOLDER_DAY, spelledDays });
  const out: DateInfo[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const d = mentions[i] as (typeof mentions)[number];
    let date = d.date;
    let range = d.range ?? null;
    let basis: DateBasis = "written";
    const before = text.slice(Math.max(0, d.start - 12), d.start);
    const clauseBefore = text.slice(Math.max(0, d.start - 60), d.start);
    const future =
      FUTURE.test(clauseBefore) ||
      FUTURE_AFTER.test(text.slice(d.end, d.end + 40)) ||
      (d.kind === "weekday" && PRESENT_SCHEDULE.test(clauseBefore));
    if (d.kind === "explicit" && !HAS_YEAR.test(d.text)) {
      const shared = sharedYear(text, mentions, i);
      if (shared) {
        date = date ? withYear(date, shared) : null;
        if (range) range = rangeWithYear(range, shared);
      } else if (ref) {
        basis = "draft";
        if (date) date = nearestYear(date, ref, future);
        // "A year on: May 23 – 390 each side", filed in 2026: the draft's year has no event on
        // that day and the archive has one before the draft, so the day is the archive's.
        const y = date && !future && ctx.yearFor ? ctx.yearFor(date.slice(5)) : null;
        if (date && y && y !== date.slice(0, 4)) {
          const archived = withYear(date, y);
          if (archived && archived < ref) {
            date = archived;
            basis = "archive";
            if (range) range = rangeWithYear(range, y);
          }
        }
      } else {
        const y = date && ctx.yearFor ? ctx.yearFor(date.slice(5)) : null;
        basis = y ? "archive" : "guess";
        date = date && y ? withYear(date, y) : null;
        if (range) {
          // "Between May 22 and 25": either end the archive knows gives the span its year.
          const ry = ctx.yearFor
            ? (ctx.yearFor(range.from.slice(5)) ?? ctx.yearFor(range.to.slice(5)))
            : null;
          range = ry ? rangeWithYear(range, ry) : null;
          basis = ry ? "archive" : "guess";
        }
      }
    } else if (
      d.kind === "weekday" ||
      (d.kind === "relative" && (!ANCHORED.test(d.text) || FROM_TODAY.test(d.text)))
    ) {
      // "The talks on a Friday": a weekday, not the one before the draft's date.
      basis = ref && !(d.kind === "weekday" && /\ban?\s+$/i.test(before)) ? "draft" : "guess";
      if (
        date &&
        ref &&
        future &&
        date < ref &&
        d.kind === "weekday" &&
        !/^(?:last|past)\b/i.test(d.text)
      )
        date = addDaysIso(date, 7);
    } else if (d.kind === "relative") {
      basis = "text";
      if (date) {
        // "The swap came the day after both countries released 390": the clause after it is
        // the day before the one it follows.
        // So is "on Saturday, one day after 390 went each way".
        const conj = /^(?:the|one|a)\s+day\s+(after|before)$/i.exec(d.text);
        // "A day after Friday's 390": the day is counted from the day it names, not the last.
        const next = mentions[i + 1];
        const counted =
          conj &&
          next?.date &&
          next.start - d.end <= 2 &&
          !/[.;,]/.test(text.slice(d.end, next.start))
            ? addDaysIso(next.date, conj[1]?.toLowerCase() === "after" ? 1 : -1)
            : null;
        const joined = CONJ_BEFORE.test(before) || (/,\s*$/.test(before) && !/^the/i.test(d.text));
        if (counted) date = counted;
        else if (conj && joined && /^\s+[a-z0-9]/.test(text.slice(d.end, d.end + 3))) {
          date = addDaysIso(date, conj[1]?.toLowerCase() === "after" ? -2 : 2);
        }
      }
      const prev = out[out.length - 1];
      if (!prev || prev.basis === "guess") basis = "guess";
    } else if (d.kind === "month" && !/\d{4}/.test(d.text)) {
      basis = ref ? "draft" : "guess";
      if (!ref) range = null;
    }
    if (range && d.kind === "year") {
      const y = range.from.slice(0, 4);
      if (/mid-?\s*$/i.test(before)) range = { from: `${y}-06-01`, to: `${y}-07-31` };
      else if (/early\s*$/i.test(before)) range = { from: `${y}-01-01`, to: `${y}-04-30` };
      else if (/late\s*$/i.test(before)) range = { from: `${y}-09-01`, to: `${y}-12-31` };
    }
    // "Since 2022", "from March": a count's start. "After Friday's 390" is Friday's own figure.
    // "The 2022 invasion", "since the 2022 full-scale invasion": a year naming the war starts a
    // count, and is never a figure's date.
    const namesWar =
      d.kind === "year" &&
      /^\s+(?:full[- ]scale\s+)?(?:invasion|war|escalation|offensive)\b/i.test(
        text.slice(d.end, d.end + 30),
      );
    // "A count from September 2024" is dated then, not counted from then.
    const datedCount =
      /\b(?:counts?|tally|tallies|figures?|data|reports?|estimates?|numbers?|totals?)\b[^.;:]{0,40}\bfrom\s+$/i.test(
        text.slice(Math.max(0, d.start - 60), d.start),
      );
    // "From May 23 to May 25" read as one mention is a span, not a count from its first day.
    const ownSpan = d.kind !== "year" && /\s(?:to|until|till|through|thru)\s|[–—-]/i.test(d.text);
    const since =
      namesWar ||
      // "Since the start of the swap on Friday": the count starts on the day, as after "since".
      ((/\b(?:since|from|after)\s+(?:(?:early|late|mid)-?\s*)?$/i.test(before) ||
        SINCE_START_OF.test(text.slice(Math.max(0, d.start - 48), d.start)) ||
        SINCE_NAMED_DAY.test(text.slice(Math.max(0, d.start - 30), d.start))) &&
        !ownSpan &&
        !datedCount &&
        !/^['’]s\b/.test(text.slice(d.end, d.end + 3)));
    // A day that cannot be fixed is kept (as a guess): it still says the figure is not about
    // the day an earlier sentence named.
    if (date || range || d.kind === "explicit" || d.kind === "weekday")
      out.push({
        start: d.start,
        end: d.end,
        text: d.text,
        // A guessed day is no day: it only stops an earlier sentence's day from applying.
        date: basis === "guess" ? null : date,
        range: basis === "guess" ? null : range,
        since,
        basis: date || range ? basis : "guess",
        ...(d.kind === "explicit" && d.date && basis === "guess"
          ? { monthDay: d.date.slice(5) }
          : {}),
        ...(d.kind === "weekday" && basis === "guess" ? { weekday: weekdayNumber(d.text) } : {}),
      });
    // "On 23, 24 and 25 May": the days listed before the one the month follows are its own.
    const earlier =
      d.kind === "explicit" && date && !range ? daysBefore(text, d.start, date) : null;
    if (earlier && date) {
      const first = out[out.length - 1] as DateInfo;
      if (first.start === d.start && first.date) {
        first.range = { from: earlier.from, to: first.date };
        first.date = null;
        first.start = earlier.start;
        first.text = text.slice(first.start, first.end);
      }
      continue;
    }
    const listed = d.kind === "explicit" && date && !range ? moreDays(text, d.end, date) : null;
    if (listed) {
      // One mention for the listed days, spanning them: each is the day of a figure listed in
      // the same order, and the span is what a figure for all of them covers.
      const first = out[out.length - 1] as DateInfo;
      if (listed.year && basis !== "written") {
        first.date = withYear(first.date as string, listed.year);
        first.basis = "written";
      }
      const lastDay = listed.days[listed.days.length - 1];
      const to = lastDay?.dateIn(first.date as string);
      if (lastDay && to && first.date) {
        first.range = { from: first.date, to };
        first.date = null;
        first.end = lastDay.info.end;
        first.text = text.slice(first.start, first.end);
      }
      continue;
    }
    const second = d.kind === "explicit" && date && !range ? secondDay(text, d.end, date) : null;
    if (second) {
      // The first day takes the year the second one prints.
      if (second.year && basis !== "written") {
        const last = out[out.length - 1] as DateInfo;
        last.date = withYear(last.date as string, second.year);
        last.basis = "written";
      }
      const first = out[out.length - 1] as DateInfo;
      out.push({ ...second.info, basis: first.basis, date: second.dateIn(first.date as string) });
    }
  }
  // "A month later", "weeks later", "over the next two days": a time the reader cannot fix,
  // which still stops a figure from taking the day of an earlier clause.
  for (const v of text.matchAll(VAGUE_TIME)) {
    const at = v.index ?? 0;
    if (out.some((d) => d.start <= at && at < d.end)) continue;
    out.push({
      start: at,
      end: at + v[0].length,
      text: v[0],
      date: null,
      range: null,
      since: false,
      basis: "guess",
    });
  }
  for (const w of text.matchAll(WEEKEND)) {
    const at = w.index ?? 0;
    if (!anchor || out.some((d) => d.start <= at && at < d.end)) continue;
    out.push({
      start: at,
      end: at + w[0].length,
      text: w[0],
      date: null,
      range: weekendMeant(w[0], anchor),
      since: false,
      basis: ref ? "draft" : "guess",
    });
  }
  dealDays(text, ctx, ref, out);
  return spans(
    text,
    out.sort((a, b) => a.start - b.start),
  );
}

const DAY_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

/**
 * "March ninth", "May twenty-second", "January third, 2024", as spoken copy writes a day: each
 * is given to the date reader as the digits it means ("March 9"), right-aligned in the same
 * span so every offset after it holds.
 */
function spelledDays(text: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  const out = text.replace(
    SPELLED_DAY,
    (
      whole: string,
      month: string,
      tens: string | undefined,
      unit: string,
      at: number,
      all: string,
    ) => {
      // "On 23 May the first stage began": the month closes a day already written, and "the
      // first" is the stage's ordinal, not the day.
      if (/\d\s*(?:st|nd|rd|th)?\s+$/i.test(all.slice(Math.max(0, at - 6), at))) return whole;
      if (/\sthe\s/i.test(whole) && /^\s+[a-z]/.test(all.slice(at + whole.length))) return whole;
      const n =
        (tens ? (/^twenty/i.test(tens) ? 20 : 30) : 0) + (DAY_ORDINALS[unit.toLowerCase()] ?? 0);
      if (n < 1 || n > 31 || (tens && (DAY_ORDINALS[unit.toLowerCase()] ?? 0) > 9)) return whole;
      const digits = `${month} ${n}`;
      spans.push({ start: at, end: at + whole.length });
      return digits.padStart(whole.length, " ");
    },
  );
  return { text: out, spans };
}

/** Between a span's two days: "to", "until", a dash. */
export const RANGE_JOINER = /^\s*(?:-|–|—|to|through|thru|until|till)\s*$/i;

/**
 * "Between May 23 and May 25, 2025", "from May 23 to 25", "May 23 and 24": two days that
 * bound a span are one span of days, as the figure beside them covers them all.
 */
function spans(text: string, dates: DateInfo[]): DateInfo[] {
  const out: DateInfo[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i] as DateInfo;
    const b = dates[i + 1];
    const between = b ? text.slice(a.end, b.start) : "";
    const lead = /\b(?:between|from)\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, a.start - 12), a.start),
    );
    // "From Friday to Sunday" is a span, not a count from Friday.
    const fromTo = lead && RANGE_JOINER.test(between);
    if (b && a.date && b.date && a.date < b.date && (!a.since || fromTo)) {
      // "May 23 and 24", "Saturday's and Sunday's waves", notes' "Fri+Sat".
      const consecutive =
        /^(?:['’]s)?\s*(?:and|&|\+)\s*$/i.test(between) && addDaysIso(a.date, 1) === b.date;
      if (
        RANGE_JOINER.test(between) ||
        (lead && /^\s*(?:and|&)\s*$/i.test(between)) ||
        consecutive
      ) {
        const basis = a.basis === "guess" || b.basis === "guess" ? "guess" : b.basis;
        out.push({
          start: a.start,
          end: b.end,
          text: text.slice(a.start, b.end),
          date: null,
          range: { from: a.date, to: b.date },
          since: false,
          basis,
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** The latest day an undated text fixes by itself: a full date, or a day the archive knows. */
function textAnchor(
  text: string,
  mentions: ReturnType<typeof findDates>,
  ctx: DateContext,
): string | null {
  let best: string | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const d = mentions[i] as (typeof mentions)[number];
    if (d.kind !== "explicit") continue;
    let day = d.date ?? d.range?.to ?? null;
    if (!day) continue;
    if (!HAS_YEAR.test(d.text)) {
      const y = sharedYear(text, mentions, i) ?? ctx.yearFor?.(day.slice(5)) ?? null;
      day = y ? withYear(day, y) : null;
    }
    if (day && (!best || day > best)) best = day;
  }
  return best;
}

/** "Between May 23 and May 25, 2025": the year printed once, after the last day. */
function sharedYear(
  text: string,
  mentions: readonly { start: number; end: number; text: string; kind: string }[],
  i: number,
): string | null {
  let end = (mentions[i] as { end: number }).end;
  for (let j = i + 1; j < mentions.length && j <= i + 3; j++) {
    const next = mentions[j] as { start: number; end: number; text: string; kind: string };
    if (
      !JOINER.test(text.slice(end, next.start)) &&
      !/^\s*,?\s*$/.test(text.slice(end, next.start))
    )
      return null;
    const y = /\b((?:19|20)\d\d)\b/.exec(next.text);
    if (y && (next.kind === "explicit" || next.kind === "year")) return y[1] as string;
    if (next.kind !== "explicit") return null;
    end = next.end;
  }
  // "May 23 and 24, 2025": the year after a bare second day.
  SECOND_DAY.lastIndex = end;
  return SECOND_DAY.exec(text)?.[2] ?? null;
}

/** "May 23, 24 and 25", "May 23/24/25": more days of the month a first one opened, listed. */
const MORE_DAYS =
  /(?:(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?\b)+\s*,?\s*(?:and|&)\s*\d{1,2}(?:st|nd|rd|th)?\b|(?:\/\d{1,2}\b){2,}(?![/.]\d))(?:,?\s*((?:19|20)\d\d)\b)?/y;

function moreDays(
  text: string,
  at: number,
  first: string,
): {
  days: { info: Omit<DateInfo, "basis" | "date">; dateIn: (f: string) => string | null }[];
  year: string | null;
} | null {
  MORE_DAYS.lastIndex = at;
  const m = MORE_DAYS.exec(text);
  if (!m) return null;
  // "May 23, 24 and 25 prisoners": counts, not days.
  COUNTED_AFTER.lastIndex = at + m[0].length;
  if (!m[1] && (COUNTED_AFTER.test(text) || /^\s*[%$€£]/.test(text.slice(at + m[0].length))))
    return null;
  const days: { info: Omit<DateInfo, "basis" | "date">; dateIn: (f: string) => string | null }[] =
    [];
  let last = Number(first.slice(8, 10));
  for (const d of m[0].matchAll(/(?<!\d)\d{1,2}(?:st|nd|rd|th)?\b(?!\d)/g)) {
    const day = Number.parseInt(d[0], 10);
    if (day <= last || day > 31) return null;
    last = day;
    const dayText = String(day).padStart(2, "0");
    const start = at + (d.index ?? 0);
    days.push({
      info: { start, end: start + d[0].length, text: d[0], range: null, since: false },
      dateIn: (f) =>
        isIsoDate(`${f.slice(0, 8)}${dayText}`) ? `${f.slice(0, 8)}${dayText}` : null,
    });
  }
  return days.length >= 2 ? { days, year: m[1] ?? null } : null;
}

/** "23, 24 and 25 May", "23 and 24 May": days of the month listed before the one it follows. */
const DAYS_LISTED_BEFORE =
  /(?<![\d,.])(\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*,?\s*(?:and|&)\s*$/;

function daysBefore(
  text: string,
  at: number,
  last: string,
): { start: number; from: string } | null {
  if (!/^\d/.test(text.slice(at, at + 1))) return null;
  const m = DAYS_LISTED_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return null;
  const days = [...m[0].matchAll(/(?<!\d)\d{1,2}(?!\d)/g)].map((x) => Number(x[0]));
  days.push(Number(last.slice(8, 10)));
  if (days.some((n, i) => n < 1 || n > 31 || (i > 0 && n <= (days[i - 1] as number)))) return null;
  // "Between 23 and 26 May" is a span, read as one elsewhere; only a list is read here.
  const start = at - m[0].length;
  if (
    days.length === 2 &&
    /\b(?:between|from)\s+$/i.test(text.slice(Math.max(0, start - 10), start))
  )
    return null;
  const from = `${last.slice(0, 8)}${String(days[0]).padStart(2, "0")}`;
  if (!isIsoDate(from)) return null;
  return { start, from };
}

function secondDay(
  text: string,
  at: number,
  first: string,
): {
  info: Omit<DateInfo, "basis" | "date">;
  year: string | null;
  dateIn: (f: string) => string | null;
} | null {
  SECOND_DAY.lastIndex = at;
  const m = SECOND_DAY.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  if (day < 1 || day > 31 || day <= Number(first.slice(8, 10))) return null;
  // "May 23 and 24 prisoners": a count, not a day.
  COUNTED_AFTER.lastIndex = at + m[0].length;
  if (!m[2] && (COUNTED_AFTER.test(text) || /^\s*[%$€£]/.test(text.slice(at + m[0].length))))
    return null;
  const dayText = String(day).padStart(2, "0");
  const start = at + m[0].indexOf(m[1] as string);
  return {
    info: {
      start,
      end: at + m[0].length,
      text: text.slice(start, at + m[0].length),
      range: null,
      since: false,
    },
    year: m[2] ?? null,
    dateIn: (f) => (isIsoDate(`${f.slice(0, 8)}${dayText}`) ? `${f.slice(0, 8)}${dayText}` : null),
  };
}

/** The year that puts a month-day nearest the draft's date; ahead of it only when the words look ahead or it is near. */
function nearestYear(date: string, ref: string, future: boolean): string {
  const y = Number(yearOf(ref));
  const candidates = [y - 1, y, y + 1]
    .map((year) => withYear(date, String(year)))
    .filter((c): c is string => c !== null);
  const distance = (c: string) => Math.abs(Date.parse(c) - Date.parse(ref));
  const ahead = (c: string) => c > ref;
  const allowed = candidates.filter(
    (c) => !ahead(c) || future || Date.parse(c) - Date.parse(ref) <= 31 * 86_400_000,
  );
  return (allowed.length > 0 ? allowed : candidates).reduce((a, b) =>
    distance(b) < distance(a) ? b : a,
  );
}

function rangeWithYear(range: DayRange, year: string): DayRange | null {
  const from = withYear(range.from, year);
  const to = withYear(range.to, year);
  return from && to ? { from, to } : null;
}

/**
 * "Last weekend" written on a Saturday or Sunday is the one before; "this weekend" written from
 * Tuesday to Friday is the one to come; otherwise the last weekend up to the day.
 */
function weekendMeant(words: string, anchor: string): DayRange {
  const day = weekdayOfIso(anchor);
  const lead = words.trim().split(/\s+/)[0]?.toLowerCase();
  if (lead === "last" && (day === 0 || day === 6)) return weekendBefore(addDaysIso(anchor, -7));
  if (lead === "this" && day >= 2 && day <= 5) return weekendBefore(addDaysIso(anchor, 7 - day));
  return weekendBefore(anchor);
}

/** The last Saturday and Sunday up to a day (that weekend itself when it is one, or the Monday after). */
function weekendBefore(day: string): DayRange {
  const sat = weekday(day, "saturday", undefined);
  return { from: sat, to: addDaysIso(sat, 1) };
}

/** 0–6 for "Friday", "last fri", "SAT". */
function weekdayNumber(text: string): number {
  const m = /(sun|mon|tue|wed|thu|fri|sat)[a-z]*\W*$/i.exec(text);
  const abbr = m?.[1]?.toLowerCase();
  return abbr ? WEEKDAYS.findIndex((w) => w.startsWith(abbr)) : -1;
}
