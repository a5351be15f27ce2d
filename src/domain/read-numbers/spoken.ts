/**
 * Hundreds as people say them aloud, and as speech-to-text writes them down: "three ninety"
 * (390), "six ninety seven" (697), "three oh seven" (307), "forty seven fifty" (4,750). A first
 * group of one or two number words (1–99, not a year's "nineteen"/"twenty") followed by a
 * tens word ("ninety", "fifty seven") or by "oh" and a digit word. Left alone where it is a
 * clock time or a compound: "at three thirty", "three thirty p.m.", "two thirty-day truces",
 * "four fifty years". Pure.
 */
import { WORDS } from "./words.ts";

const UNIT = "one|two|three|four|five|six|seven|eight|nine";
const TEEN = "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

/** The first group, the whole of what was read: "three", "thirteen", "forty seven". */
const FIRST = new RegExp(`^(?:(${UNIT}|${TEEN})|(${TENS})(?:[ \\t-](${UNIT}))?)$`, "i");
/**
 * The second group right after it: "ninety", "ninety seven", "oh seven". Scripts hyphenate
 * what the presenter says as one word ("three-ninety", "three-oh-seven"): one hyphen joins the
 * groups too, but not a space and a hyphen, which is a dash between two figures.
 */
const SAY_JOIN = "(?:[ \\t]{1,3}|[-\\u2010\\u2011])";
const SECOND_AT = new RegExp(
  `${SAY_JOIN}(?:oh${SAY_JOIN}(${UNIT})|(${TENS})(?:[ \\t-](${UNIT}))?)(?![\\p{L}\\p{N}_\\-\\u2010\\u2011])`,
  "iuy",
);
/** A clock time or a measure of time or age after the pair: not a count of hundreds. */
const NOT_AFTER =
  /^[ \t]{0,3}(?:[ap]\.?\s?m\b\.?|o['’]clock|hours?\b|days?\b|years?\b|weeks?\b|months?\b|minutes?\b|old\b|in\s+the\s+(?:morning|afternoon|evening)|tonight|this\s+(?:morning|afternoon|evening)|%|percent\b|per\s+cent\b|GMT\b|UTC\b|CET\b|EET\b|local\b|Kyiv\s+time|Moscow\s+time)/i;
/** A preposition of time before it: "at three thirty", "until four fifteen". */
const TIME_BEFORE = /(?:^|[^\p{L}])(?:at|until|till|by|past|around|from|before|after)\s{1,3}$/iu;

const val = (w: string | undefined) => (w === undefined ? 0 : (WORDS.get(w.toLowerCase())?.v ?? 0));

/**
 * The spoken-hundreds reading of the words `text[start, end)` and what follows them, or null
 * when they are not one: `{ n, end }` with `end` past the second group.
 */
export function spokenHundreds(
  text: string,
  start: number,
  end: number,
): { n: number; end: number } | null {
  const first = FIRST.exec(text.slice(start, end));
  if (!first) return null;
  const single = first[1] !== undefined;
  const head = single ? val(first[1]) : val(first[2]) + val(first[3]);
  // "Twenty twenty-five" is a year.
  if (head === 20) return null;
  SECOND_AT.lastIndex = end;
  const second = SECOND_AT.exec(text);
  if (!second) return null;
  const oh = second[1] !== undefined;
  // "Ten oh five", "fourteen oh six": clock and year talk; "oh" follows a single digit word.
  if (oh && !(single && head < 10)) return null;
  const tail = oh ? val(second[1]) : val(second[2]) + val(second[3]);
  const after = text.slice(SECOND_AT.lastIndex, SECOND_AT.lastIndex + 24);
  if (NOT_AFTER.test(after)) return null;
  if (TIME_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
  return { n: head * 100 + tail, end: SECOND_AT.lastIndex };
}
