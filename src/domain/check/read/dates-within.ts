/**
 * The draft's days that lie within a span (a sentence), in their order, without walking every
 * day of the draft for every claim: a 10,000-word draft names hundreds of days and holds
 * hundreds of claims. The days come sorted by start from readDates; should a list ever not be,
 * every day is walked as before.
 */
import type { DateInfo } from "./draft-dates.ts";

const sorted = new WeakMap<readonly DateInfo[], boolean>();

function isSorted(dates: readonly DateInfo[]): boolean {
  let known = sorted.get(dates);
  if (known === undefined) {
    known = dates.every((d, i) => i === 0 || (dates[i - 1] as DateInfo).start <= d.start);
    sorted.set(dates, known);
  }
  return known;
}

/** The days that start and end within [start, end], in the list's order. */
export function datesWithin(
  dates: readonly DateInfo[],
  start: number,
  end: number,
): readonly DateInfo[] {
  if (!isSorted(dates)) return dates.filter((d) => d.start >= start && d.end <= end);
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as DateInfo).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: DateInfo[] = [];
  for (let i = lo; i < dates.length && (dates[i] as DateInfo).start <= end; i++) {
    const d = dates[i] as DateInfo;
    if (d.end <= end) out.push(d);
  }
  return out;
}
