/**
 * A diary's or a week-in-review's line led by a weekday and its day: "Tuesday 8 July. Nineteen
 * civilians came home …", "Wed, June 11. The ministry said …", "Tue 10 June — …". The day is
 * what the rest of the line happened on, though a full stop parts it from the line's words.
 */
import { MONTH_SRC, WEEKDAY_SRC } from "./dates.ts";

const WEEKDAY_LEAD = `(?:${WEEKDAY_SRC}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?,?[ \\t]+`;
const DAY_MONTH = `(?:\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:${MONTH_SRC})|(?:${MONTH_SRC})\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?)(?:,?[ \\t]+\\d{4})?`;

/** A line's lead: a weekday, its day, then a full stop, and words after it on the same line. */
const DIARY_LEAD = new RegExp(`^[ \\t]*${WEEKDAY_LEAD}${DAY_MONTH}\\.[ \\t]+(?=\\S)`, "i");

/** Before a timeline's day: a bullet and, in a diary, the weekday ("Tue 10 June — …"). */
export const ENTRY_PREFIX = new RegExp(
  `^\\s*(?:[•▪◦·*—–-]\\uFE0F?\\s*)?(?:${WEEKDAY_LEAD})?$`,
  "iu",
);

/**
 * Where a diary line's words start, when the line at `lineStart` is led by a weekday and its
 * day and a full stop ("Monday 7 July. The Kremlin said …"); null otherwise.
 */
export function diaryWordsAt(text: string, lineStart: number): number | null {
  const lineEnd = text.indexOf("\n", lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const m = DIARY_LEAD.exec(line);
  return m ? lineStart + m[0].length : null;
}
