/** Wall-clock questions in the digest's time zone (daylight-saving changes included). */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** The calendar day in `tz` at instant `now`, as YYYY-MM-DD. */
export function dayIn(now: Date, tz: string): string {
  return format(new TZDate(now.getTime(), tz), "yyyy-MM-dd");
}

/** Minutes past midnight in `tz` at instant `now`. */
export function minutesIn(now: Date, tz: string): number {
  const d = new TZDate(now.getTime(), tz);
  return d.getHours() * 60 + d.getMinutes();
}

/** "07:30" → 450; throws on anything that is not HH:mm. */
export function parseTime(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`expected HH:mm, got "${hhmm}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** "2025-05-27 08:00 Europe/Kyiv": an instant as the digest's readers see it. */
export function formatIn(at: Date, tz: string): string {
  return `${format(new TZDate(at.getTime(), tz), "yyyy-MM-dd HH:mm")} ${tz}`;
}
