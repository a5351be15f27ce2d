/**
 * "By September twenty twenty-four", "since twenty twenty two", "in twenty nineteen": a year said
 * in words, as questions dictated by phone write it, turned to its digits so the as-of and span
 * readers see the year. Without this the year is lost and the latest running total is given for
 * a day long before it, a wrong figure.
 */
import { YEAR_WORDS } from "./vocabulary.ts";

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];

/** The last two digits the words after "twenty" say ("twenty-four" 24, "nineteen" 19), or null. */
function tail(words: string): number | null {
  const parts = words.toLowerCase().split(/[\s-]+/);
  if (parts.length === 1 && TEENS.includes(parts[0] ?? ""))
    return 10 + TEENS.indexOf(parts[0] ?? "");
  if (parts[0] !== "twenty" && parts[0] !== "thirty") return null;
  const tens = parts[0] === "twenty" ? 20 : 30;
  if (parts.length === 1) return tens;
  const u = UNITS.indexOf(parts[1] ?? "");
  return u < 0 ? null : tens + u + 1;
}

export function yearWordsAsDigits(text: string): string {
  return text.replace(YEAR_WORDS, (m, lead: string, words: string) => {
    const n = tail(words);
    return n === null ? m : `${lead}20${String(n).padStart(2, "0")}`;
  });
}
