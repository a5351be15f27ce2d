/**
 * "270 soldiers plus 120 civilians = 400", "270 and 120, for a total of 410": a sum the words
 * state, its parts and its total. The sum is arithmetic the asker did, checked before any figure
 * is put against the store: a total that is not its parts added up is wrong whatever the store
 * holds for each part.
 */

export interface StatedSum {
  parts: number[];
  total: number;
  /** The total as written ("400", "1,000"). */
  totalText: string;
  /** The words with the total and its marker taken out: the parts, to be checked on their own. */
  without: string;
}

/** The marker of a total and the figure after it. */
const TOTAL =
  /\s*(?:=|\bmakes?\b|\bmaking\b|\badds? up to\b|\badding up to\b|\bequals?\b|\bequalling\b|,?\s*(?:for |with )?a total of\b|,?\s*totall?ing\b|,?\s*in total\b(?=\s*\d)|,?\s*in all\b(?=\s*\d))\s*(\d{1,3}(?:,\d{3})+|\d+)(?!\d|\s*(?:%|per\s?cent))/gi;
/**
 * What may join two parts: "plus", "+", "and", "&", with the first part's own words before it
 * ("175 POWs each side on March 19 plus 246"): a few words, a day among them.
 */
const JOIN =
  /^\s*(?:[\w'’-]+\s+){0,7}?(?:[\w'’-]+)?\s*(?:,\s*(?:and\s+|plus\s+)?|(?:plus|\+|and|&)\s+)(?:another\s+|also\s+)?$/i;
/** A part's own words between its figure and the total's marker ("in april", "on May 24"). */
const NOUN = /^\s*(?:[\w'’-]+,?\s*){0,5}$/i;

const num = (s: string) => Number(s.replace(/,/g, ""));

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|the)\.?\s*$/i;

/** "May 23 and", "May 23–": a first day, a second to follow. */
const SECOND_DAY =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*\d{1,2}(?:st|nd|rd|th)?\s*(?:and|&|,|-|–|to|through)\s*$/i;

/** What follows a day written before its month: "–25 May", " May", "th of April". */
const DAY_BEFORE_MONTH =
  /^(?:st|nd|rd|th)?\s*(?:[–-]\s*\d{1,2}(?:st|nd|rd|th)?\s*)?(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/** A day or a year, not a count: "May 23", "the 24th", "23.05", "2024". */
export function isDayOrYear(text: string, f: RegExpMatchArray): boolean {
  const at = f.index as number;
  const after = text.slice(at + f[0].length);
  const before = text.slice(0, at);
  return (
    MONTH.test(before) ||
    // "May 23 and 24", "May 23–25": a second day after a first.
    (Number(f[0]) <= 31 && SECOND_DAY.test(before)) ||
    // "23–25 May", "25 May": a day written before its month.
    (Number(f[0]) <= 31 && DAY_BEFORE_MONTH.test(after)) ||
    /^(?:st|nd|rd|th)\b|^[./]\d/i.test(after) ||
    /^(?:19|20)\d\d$/.test(f[0])
  );
}

/** The sum the words state, or null when they state none. */
/** "390, 307 and 303 - 1,000 in all": the total said after the parts, its marker after it. */
const TOTAL_AFTER =
  /\s*(?:[-–—=:,]|\bso\b|\bthat's\b|\bmaking\b)\s*(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z]+\s+)?(?:in all|in total|total|altogether|all told|combined|together)\b/gi;

export function statedSum(text: string): StatedSum | null {
  for (const m of [...text.matchAll(TOTAL), ...text.matchAll(TOTAL_AFTER)]) {
    const totalText = m[1] as string;
    const before = text.slice(0, m.index);
    // The counts only: days and years ("March 19", "2025") are words of a part, not parts.
    const figures = [...before.matchAll(/\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?/g)].filter(
      (f) => !isDayOrYear(text, f),
    );
    const last = figures.at(-1);
    if (!last || last.index === undefined) continue;
    if (!NOUN.test(before.slice(last.index + last[0].length))) continue;
    // The parts: figures joined one to the next by "plus" or "and", back from the last.
    const parts = [num(last[0])];
    for (let i = figures.length - 1; i > 0; i--) {
      const a = figures[i - 1] as RegExpMatchArray;
      const b = figures[i] as RegExpMatchArray;
      const gap = before.slice((a.index as number) + a[0].length, b.index);
      if (!JOIN.test(gap)) break;
      parts.unshift(num(a[0]));
    }
    if (parts.length < 2 || parts.some((p) => !Number.isFinite(p))) continue;
    const start = m.index as number;
    return {
      parts,
      total: num(totalText),
      totalText,
      without: `${text.slice(0, start)} ${text.slice(start + m[0].length)}`.replace(/\s+/g, " "),
    };
  }
  return null;
}

/** The stated sum, when its total is not its parts added up. */
export function wrongSum(text: string): StatedSum | null {
  const s = statedSum(text);
  if (!s) return null;
  const sum = s.parts.reduce((a, b) => a + b, 0);
  return sum === s.total ? null : s;
}

/**
 * The counts a claim states ("390 on May 23 and 310 on May 24" → 390, 310): figures that are not
 * a day, a year, a place in a series ("64th") or a deal's name ("1,000-for-1,000").
 */
export function countsStated(text: string): number[] {
  const out: number[] = [];
  for (const f of text.matchAll(/\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?/g)) {
    const at = f.index as number;
    const after = text.slice(at + f[0].length);
    const before = text.slice(0, at);
    // A place in the series ("the 50th", "64th exchange") is a count stated; a day of the month
    // ("the 24th") is not.
    const ordinal = /^(?:st|nd|rd|th)\b/i.test(after);
    const inSeries =
      ordinal &&
      (Number(f[0]) > 31 ||
        /^(?:st|nd|rd|th)\s+(?:exchange|swap|prisoner|such|since|of the war|in the series)\b/i.test(
          after,
        ));
    if (ordinal && !inSeries) continue;
    if (!ordinal && isDayOrYear(text, f)) continue;
    if (/^-?for-|^\s*%|^-(?:day|week|month|year|hour)/i.test(after)) continue;
    if (/-for-$/i.test(before)) continue;
    out.push(num(f[0]));
  }
  out.push(...smallCounts(text));
  return out;
}

/** "Over two days", "in four waves": small counts said in words before what they count. */
export function smallCounts(text: string): number[] {
  return [...text.matchAll(SMALL_COUNT)].map(
    (m) => WORDS.indexOf((m[1] as string).toLowerCase()) + 1,
  );
}

const WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const SMALL_COUNT =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:full\s+)?(?:days?|waves?|stages?|legs?|rounds?|exchanges?|swaps?|weeks?)\b/gi;

/**
 * The counts a claim states that `vouched` leaves open. A sum that adds up is settled by its total
 * or by all its parts: either stands for the other.
 */
export function countsOpen(text: string, vouched: (n: number) => boolean): number[] {
  const sum = statedSum(text);
  const adds = sum !== null && sum.parts.reduce((a, b) => a + b, 0) === sum.total;
  const open = countsStated(text).filter((n) => !vouched(n));
  if (!adds || !sum) return open;
  const settled = vouched(sum.total) || sum.parts.every(vouched);
  return settled ? open.filter((n) => n !== sum.total && !sum.parts.includes(n)) : open;
}
