/**
 * Days that a span's reader would take wrongly: two days named with "and" ("the stages of
 * October 7 and 9") are two operations, not one over the days between them; and a day told
 * inside a span the same sentence gives ("came home on Wednesday, the 15th, one of 402 freed
 * over three days, 14-16 October") is one person's part of that operation, no event of its own.
 * Also the stages a text counts ("Five stages so far.") before telling them by ordinals alone.
 */
import type { DateMention } from "./dates.ts";

/**
 * "October 7 and 9", "7 and 9 October" (not after "between"): the two days the words name, when
 * they are not days running (those stay one operation over two days, as elsewhere). Null when
 * the date is no such pair.
 */
export function twoDaysNamed(text: string, d: DateMention): [string, string] | null {
  if (d.date || !d.range || !/\band\b|&/.test(d.text)) return null;
  if (/\bbetween\s+$/i.test(text.slice(Math.max(0, d.start - 10), d.start))) return null;
  const { from, to } = d.range;
  const gap = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  // "two smaller stages on June 10 and 11": stages named in the plural are one on each day,
  // even on days running.
  const stagesBefore = STAGES_ON.test(text.slice(Math.max(0, d.start - 30), d.start));
  return gap >= 2 || (gap === 1 && stagesBefore) ? [from, to] : null;
}

/** "stages on", "two swaps of": operations in the plural, just before the days they were on. */
const STAGES_ON = /\b(?:stages|waves|swaps|exchanges)\s+(?:on|of)\s+$/i;

export interface DaySpan {
  from: string;
  to: string;
  /** Where the span is written. */
  at: number;
}

/**
 * Whether the day written at `at` lies within a span the same sentence gives after it ("on
 * Wednesday, the 15th, one of 402 freed over three days, 14-16 October"). A day written after
 * its span is one of the stages the span is then told by ("four stages between June 9 and June
 * 14: … 290 a side on June 14"), so stays a day of its own.
 */
export function insideToldSpan(day: string, at: number, spans: readonly DaySpan[]): boolean {
  return spans.some((s) => s.from < s.to && s.from <= day && day <= s.to && at < s.at);
}

/**
 * "Five stages so far.", "It came in three stages:": stages counted in the words before an ordinal
 * that leaves its noun out ("The first, on the 7th of October, carried …"), with no other noun
 * named since (the caller sees to that), so the ordinal stands for a stage.
 */
export function stageCounted(earlier: string): boolean {
  return /\b(?:two|three|four|five|six|seven|\d)\s+(?:stages|waves)(?:\s+so far)?[.:]/i.test(
    earlier,
  );
}

const DAY_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** "over three days", "a three-day stage", "over 3 days": one operation said to run over days. */
const OVER_DAYS =
  /\b(?:over\s+(two|three|four|five|six|seven|[2-7])\s+days|(two|three|four|five|six|seven|[2-7])-day)\b/gi;

/** The counts of days the words give one operation ("over three days" → 3). */
function daysOfOneOperation(words: string): number[] {
  return [...words.matchAll(OVER_DAYS)].map((m) => {
    const n = (m[1] ?? m[2] ?? "").toLowerCase();
    return DAY_COUNTS[n] ?? Number(n);
  });
}

/**
 * Whether a day lies within a span told earlier in the text as one operation run over that many
 * days, the span's own words or the day's sentence saying so ("an exchange held on 14–16 July"
 * … "took place over three days: 19 came home on Monday, 21 on Tuesday …"): the day is one part
 * of that operation, told again with its own number, no event of its own. Spans not called one
 * operation over days ("between 2 and 5 September", stages told by their days) are left alone.
 */
export function dayOfOneOperation(
  day: string,
  sentence: string,
  spans: readonly (DaySpan & { words: string })[],
): boolean {
  return spans.some((s) => {
    if (!(s.from < s.to && s.from <= day && day <= s.to)) return false;
    const length = Math.round((Date.parse(s.to) - Date.parse(s.from)) / 86_400_000) + 1;
    return daysOfOneOperation(`${s.words} ${sentence}`).includes(length);
  });
}
