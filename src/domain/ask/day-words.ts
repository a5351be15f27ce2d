/**
 * "Twenty four may", "the twenty-fourth of May", "May twenty-fourth": a day of the month said in
 * words, written as its digits ("24 may", "May 24") so the date reader reads it as any day.
 */
import { DAY_WORD_VALUES, MAY_AS_MONTH } from "./vocabulary.ts";

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december";
const WORD = Object.keys(DAY_WORD_VALUES)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** One day word, or "twenty"/"thirty" and a unit word after it. */
const DAY = `(?:(?:twenty|thirty)[\\s-]+(?:${WORD})|${WORD})`;
const BEFORE = new RegExp(`\\b(the\\s+)?(${DAY})\\s+(of\\s+)?(${MONTHS})\\b`, "gi");
const AFTER = new RegExp(`\\b(${MONTHS})\\s+(?:the\\s+)?(${DAY})\\b`, "gi");

/** The day a run of day words says, or null (a cardinal under ten, or past 31). */
function dayOf(words: string): number | null {
  const parts = words.toLowerCase().split(/[\s-]+/);
  let n = 0;
  let ordinal = false;
  for (const p of parts) {
    const v = DAY_WORD_VALUES[p];
    if (!v) return null;
    n += v.n;
    ordinal = v.ordinal;
  }
  if (parts.length > 1 && (parts[0] === "twenty" || parts[0] === "thirty") && n % 10 === 0)
    return null;
  if (n < 1 || n > 31 || (!ordinal && n < 10)) return null;
  return n;
}

export function dayWordsAsDigits(text: string): string {
  return text
    .replace(BEFORE, (m, the, words: string, of, month: string, at: number, all: string) => {
      const n = dayOf(words);
      const after = all.slice(at + m.length);
      // "The twenty-third of May, how many …": "the … of" before it makes "may" the month
      // whatever follows; a bare "twenty may" still needs the words after it to say so.
      const framed = Boolean(the && of);
      if (n === null || (month.toLowerCase() === "may" && !framed && !MAY_AS_MONTH.test(after)))
        return m;
      return `${n} ${month}`;
    })
    .replace(AFTER, (m, month: string, words: string) => {
      const n = dayOf(words);
      return n === null ? m : `${month} ${n}`;
    });
}
