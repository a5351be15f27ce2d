/**
 * Quantities written as words without a single figure: vague counts ("dozens of", "hundreds of
 * thousands of") and fractions ("a third of", "one in four", "nearly half of", "fell by a
 * fifth"). Vague counts are ranges by the convention of test/eval/numbers/README.md: dozens
 * 24–99, hundreds 200–999, thousands 2,000–9,999, tens of thousands 20,000–99,999 and so on.
 * Pure.
 */

/** A vague count's range. */
const VAGUE: Record<string, readonly [number, number]> = {
  dozens: [24, 99],
  hundreds: [200, 999],
  thousands: [2_000, 9_999],
  "tens of thousands": [20_000, 99_999],
  "hundreds of thousands": [200_000, 999_999],
  millions: [2_000_000, 9_999_999],
  "tens of millions": [20_000_000, 99_999_999],
  "hundreds of millions": [200_000_000, 999_999_999],
  billions: [2_000_000_000, 9_999_999_999],
  "tens of billions": [20_000_000_000, 99_999_999_999],
  "hundreds of billions": [200_000_000_000, 999_999_999_999],
};

/** "Dozens of", "hundreds of thousands of", "dozens more", "in their thousands". */
const VAGUE_AT =
  /(tens\s+of\s+(?:thousands|millions|billions)|hundreds\s+of\s+(?:thousands|millions|billions)|dozens|hundreds|thousands|millions|billions)(?=\s+(?:of|more|upon|and|were|have|had|are|who|gathered|marched|attended|took|turned|died|fled|lost|joined|signed|protested|queued|came|went|watched|took\s+part)\b|\s*[,.;:]|$)/iy;

const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};
const NUMERATORS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const SMALL: Record<string, number> = {
  ...NUMERATORS,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  hundred: 100,
  thousand: 1000,
};

/** "a third", "two-thirds", "three quarters", "half" (then "of", "the", or after "by"). */
const FRACTION_AT =
  /(?:(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?(half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?![\p{L}\p{N}-])/iuy;
/** "one in four", "1 in 5", "nine out of 10", "one in every eight". */
const ONE_IN_AT =
  /(\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:every\s+)?(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\s+hundred|a\s+thousand)(?![\p{L}\p{N}])/iuy;

export interface WordsRead {
  n: number;
  n2?: number;
  end: number;
}

export function vagueAt(text: string, p: number): WordsRead | null {
  VAGUE_AT.lastIndex = p;
  const m = VAGUE_AT.exec(text);
  if (!m) return null;
  const key = (m[1] as string).toLowerCase().replace(/\s+/g, " ");
  const range = VAGUE[key];
  if (!range) return null;
  return { n: range[0], n2: range[1], end: VAGUE_AT.lastIndex };
}

const value = (word: string): number | undefined => {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (/^\d/.test(w)) return Number(w);
  return SMALL[w.replace(/^a /, "")];
};

/**
 * A fraction at `p`: "a third of", "two-thirds of", "nearly half of", "by a fifth", "one in
 * four". `before` is the text before `p`. "The first half", "half-time" and "a third term" are
 * not fractions: a fraction word needs "of"/"the" after it or "by" before it.
 */
export function fractionAt(text: string, p: number, before: string): WordsRead | null {
  ONE_IN_AT.lastIndex = p;
  const one = ONE_IN_AT.exec(text);
  if (one) {
    const a = value(one[1] as string);
    const b = value(one[2] as string);
    // "one in 2022" is a year; the part must be smaller than the whole.
    if (a !== undefined && b !== undefined && b > a && !(b >= 1900 && b <= 2100))
      return { n: Number((a / b).toPrecision(4)), end: ONE_IN_AT.lastIndex };
  }
  FRACTION_AT.lastIndex = p;
  const f = FRACTION_AT.exec(text);
  if (!f) return null;
  const num = f[1] === undefined ? 1 : NUMERATORS[(f[1] as string).toLowerCase()];
  const den = DENOMINATORS[(f[2] as string).toLowerCase()];
  if (num === undefined || den === undefined) return null;
  // "half" needs no "a"; "third", "quarter" do ("the third quarter" is not a fraction).
  if (f[1] === undefined && den !== 2) return null;
  if (num >= den) return null;
  const end = FRACTION_AT.lastIndex;
  const after = text.slice(end, end + 8);
  const tied = /^\s+(?:of|the|a|an|its|their|his|her|our|that|this|those|these)\b/i.test(after);
  const by =
    /\b(?:by|than|to|nearly|almost|around|about|some|roughly|over|under|just|only)\s+$/i.test(
      before,
    );
  // "a two-thirds majority", "a three-quarters stake": written as one word, always a fraction.
  const hyphenated = f[1] !== undefined && /^[\p{L}]+-/u.test(f[0] as string);
  if (!tied && !by && !hyphenated) return null;
  // "a third of the way", "half of the time" are still fractions; "half an hour" is a duration.
  return { n: Number((num / den).toPrecision(4)), end };
}
