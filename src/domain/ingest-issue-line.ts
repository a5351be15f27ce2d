/**
 * A line that names the issue itself ("Our Sunday round-up, 9 November 2025.", "This week's
 * digest — Friday 3 October"): the day the round-up came out, as a dateline is, not a day of
 * anything it reports, even when the line ends in a full stop like a sentence.
 */
import type { DateMention } from "./dates.ts";

const ISSUE_WORDS = /\b(?:round-?up|digest|newsletter|bulletin|briefing|wrap-?up|edition|issue)\b/i;

// ("Bulletin: 120 prisoners exchanged today, 9 November 2025" tells a deed on the day.)
const DEED =
  /\b(?:exchang\w*|swap\w*|freed|released|returned|handed|repatriated|held|met|signed|took place|came home)\b/i;

/** Whether the line holding `d` is a short line naming the issue, dated the day it came out. */
export function issueLine(text: string, d: DateMention, published: string): boolean {
  if (d.date !== published) return false;
  const lineStart = text.lastIndexOf("\n", d.start - 1) + 1;
  const lineEnd = text.indexOf("\n", d.end);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim();
  // One short line, one sentence at most, with no figure but the date's own.
  if (line.length > 80 || /[.!?]\s+\S/.test(line)) return false;
  if (!ISSUE_WORDS.test(line) || DEED.test(line)) return false;
  const rest = line.replace(/\b\d{1,2}\b|\b\d{4}\b/g, "");
  return !/\d/.test(rest);
}
