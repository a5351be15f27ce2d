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
/** What may join two parts: "plus", "+", "and", "&", with the second part's noun before. */
const JOIN = /^\s*(?:[a-z'’-]+\s+){0,3}(?:plus|\+|and|&)\s+(?:another\s+|also\s+)?$/i;
/** A part's own noun between its figure and the total's marker: a few words at most. */
const NOUN = /^\s*(?:[a-z'’-]+\s*){0,3}$/i;

const num = (s: string) => Number(s.replace(/,/g, ""));

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|the)\.?\s*$/i;

/** A day or a year, not a count: "May 23", "the 24th", "23.05", "2024". */
function isDayOrYear(text: string, f: RegExpMatchArray): boolean {
  const at = f.index as number;
  const after = text.slice(at + f[0].length);
  return (
    MONTH.test(text.slice(0, at)) ||
    /^(?:st|nd|rd|th)\b|^[./]\d/i.test(after) ||
    /^(?:19|20)\d\d$/.test(f[0])
  );
}

/** The sum the words state, or null when they state none. */
export function statedSum(text: string): StatedSum | null {
  for (const m of text.matchAll(TOTAL)) {
    const totalText = m[1] as string;
    const before = text.slice(0, m.index);
    const figures = [...before.matchAll(/\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?/g)];
    const last = figures.at(-1);
    if (!last || last.index === undefined || isDayOrYear(text, last)) continue;
    if (!NOUN.test(before.slice(last.index + last[0].length))) continue;
    // The parts: figures joined one to the next by "plus" or "and", back from the last.
    const parts = [num(last[0])];
    for (let i = figures.length - 1; i > 0; i--) {
      const a = figures[i - 1] as RegExpMatchArray;
      const b = figures[i] as RegExpMatchArray;
      const gap = before.slice((a.index as number) + a[0].length, b.index);
      if (!JOIN.test(gap) || isDayOrYear(text, a)) break;
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
