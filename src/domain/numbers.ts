/**
 * Numbers as newsrooms write them: reading figures out of text ("nearly two thousand",
 * "1,000-for-1,000", "65–110"), the one rule for what a qualified figure allows, and writing
 * figures back out. Pure: no I/O, no clock.
 */
import type { Qualifier } from "../store/schema.ts";
import { COUNTED_AFTER } from "./check/vocabulary.ts";
import { type Change, changeAfter, changeBefore, movesUp } from "./read-numbers/changes.ts";
import { isEventDistance, isNameBefore, isSecondOfPluralLabel } from "./read-numbers/names.ts";
import { scoreAt } from "./read-numbers/scores.ts";
import { spokenHundreds } from "./read-numbers/spoken.ts";
import { CURRENCY_BEFORE_SRC, currencyAt, scaleAfter, unitAfter } from "./read-numbers/units.ts";
import { fractionAt, vagueAt } from "./read-numbers/vague.ts";
import { WORDS } from "./read-numbers/words.ts";

export type { Change } from "./read-numbers/changes.ts";
export { isAdditive } from "./read-numbers/changes.ts";

/** The values a figure allows. An open end excludes that end itself. */
export interface Interval {
  min: number;
  max: number;
  minOpen: boolean;
  maxOpen: boolean;
}

/** Anything with a figure and how it was qualified: a store NumberValue, a NumberMention. */
export interface QualifiedNumber {
  n: number;
  qualifier: Qualifier;
  n2?: number | undefined;
}

export type NumberKind =
  | "cardinal"
  | "ordinal"
  | "year"
  | "time"
  | "list-marker"
  | "phone"
  | "ratio"
  | "percent"
  | "money"
  | "date-part"
  /** "a third of", "one in four", "half": n is the ratio (0.3333, 0.25, 0.5). */
  | "fraction"
  /** "dozens of", "hundreds of thousands of": a range by convention (24–99, 200,000–999,999). */
  | "vague"
  /** A number that is part of a name or a model: "Game 2", "S&P 500", "iPhone 11 Pro", "5G". */
  | "label"
  /** A score or a result: "2-1", "a 7-2 vote"; n and n2 are the two sides. */
  | "score";

export interface NumberMention {
  /** Offsets into the text (UTF-16 code units) covering the qualifier and the number. */
  start: number;
  end: number;
  /** text.slice(start, end), e.g. "nearly 480", "1,000-for-1,000", "65–110". */
  text: string;
  n: number;
  /** The upper end of a range; the second figure of an unequal ratio ("two-for-one"). */
  n2?: number;
  qualifier: Qualifier;
  kind: NumberKind;
  /**
   * The unit written with the figure, canonical: "%", "pp", "bp", "pt", an ISO currency code
   * ("USD", "GBP", "MYR"), "p", "c", or a measure ("km", "°C", "GB", "MW", "hour", "year" …).
   * Absent for counts ("307 prisoners") and where none is written. A measure's unit is not
   * part of `text` ("550" in "550km"); a currency's and a percent sign's are ("£96m", "5%").
   */
  unit?: string;
  /**
   * The figure is an amount of change, not a level: "rose 6.5%" (up), "down 2.1%", "fell by a
   * fifth", "another 307", "a million more". In "rose 6.5% to 164p" the 164p is the level.
   */
  change?: Change;
  /** The words that say it is a change, lower case: "rose", "down", "another", "more". */
  changeCue?: string;
}

// ---------------------------------------------------------------------------------------------
// The rule

/**
 * THE RULE for what a qualified figure allows. Two figures disagree when their intervals do
 * not meet; every comparison of figures in the project goes through here.
 *
 * - exact X → [X, X]
 * - about / around / approximately / roughly / some X → X ± s, where s is the place X is
 *   rounded to, kept within 10 % of X and at least 1 %: "about 3,400" is [3,300, 3,500] (a
 *   writer who meant 3,672 would have said "about 3,700"), "about 1,000" is [900, 1,100].
 * - nearly / almost / close to / just under X → [X − s, X]. Closed at X: "nearly 2,000" written
 *   before an exchange of exactly 2,000 is not wrong, and "nearly 480" fits 478, not 465.
 * - more than / over / above X → (X, 1.5X]: a writer who knew the figure was half as large
 *   again would have said so.
 * - at least X → [X, 1.5X], for the same reason.
 * - up to / at most X → [0, X]
 * - fewer than / under / less than X → [0, X)
 * - range A–B → [A, B] (given the other way round, read as [B, A]; without B, [A, A])
 *
 * "More than 0" and "at least 0" have no scale to be half as large again of: they are left
 * unbounded above, (0, ∞) and [0, ∞), rather than collapsing to nothing.
 */
/**
 * How far "about N" reaches: the place N is rounded to, within 10 % (and at least 1 %).
 * "About 3,400" is 3,300–3,500, not 3,672; "about 1,000" is 900–1,100; "nearly 480", 470–480.
 */
function roundingSlack(x: number): number {
  let unit = 1;
  while (Number.isInteger(x / (unit * 10)) && x !== 0 && unit < 1e12) unit *= 10;
  return Math.min((x * 1) / 10, Math.max(unit, x / 100));
}

export function interval(v: QualifiedNumber): Interval {
  const x = v.n;
  // Multiply before dividing, so the ends carry no floating-point noise.
  const half = (x * 3) / 2;
  switch (v.qualifier) {
    case "exact":
      return closed(x, x);
    case "about":
      return closed(x - roundingSlack(x), x + roundingSlack(x));
    case "nearly":
      return closed(x - roundingSlack(x), x);
    case "more-than":
      return x === 0
        ? { min: 0, max: Number.POSITIVE_INFINITY, minOpen: true, maxOpen: true }
        : { min: x, max: half, minOpen: true, maxOpen: false };
    case "at-least":
      return x === 0
        ? { min: 0, max: Number.POSITIVE_INFINITY, minOpen: false, maxOpen: true }
        : closed(x, half);
    case "up-to":
      return closed(0, x);
    case "fewer-than":
      return { min: 0, max: x, minOpen: false, maxOpen: true };
    case "range": {
      const y = v.n2 ?? x;
      return closed(Math.min(x, y), Math.max(x, y));
    }
  }
}

function closed(min: number, max: number): Interval {
  return { min, max, minOpen: false, maxOpen: false };
}

export function contains(i: Interval, n: number): boolean {
  const aboveMin = i.minOpen ? n > i.min : n >= i.min;
  const belowMax = i.maxOpen ? n < i.max : n <= i.max;
  return aboveMin && belowMax;
}

/** Whether some value is allowed by both; where they only touch, the shared end must be closed in both. */
export function overlaps(a: Interval, b: Interval): boolean {
  const lo = Math.max(a.min, b.min);
  const hi = Math.min(a.max, b.max);
  if (lo < hi) return true;
  if (lo > hi) return false;
  return contains(a, lo) && contains(b, lo);
}

/** "[432, 528]", "(200, 300]", "[0, 480)": plain digits, so a thousands comma is never mistaken for the separator. */
export function describeInterval(i: Interval): string {
  const show = (n: number) => (Number.isFinite(n) ? String(n) : n > 0 ? "∞" : "-∞");
  return `${i.minOpen ? "(" : "["}${show(i.min)}, ${show(i.max)}${i.maxOpen ? ")" : "]"}`;
}

// ---------------------------------------------------------------------------------------------
// Writing figures

const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** "1,000", "4,552", "303", "1.5". */
export function formatNumber(n: number): string {
  return GROUPED.format(n === 0 ? 0 : n); // never "-0"
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  about: "about ",
  nearly: "nearly ",
  "more-than": "more than ",
  "at-least": "at least ",
  "up-to": "up to ",
  "fewer-than": "fewer than ",
  range: "",
};

/** "nearly 480", "more than 4,750", "65–110", "about 3,400", "at least 5", "205". */
export function formatValue(v: QualifiedNumber): string {
  if (v.qualifier === "range" && v.n2 !== undefined) {
    return `${formatNumber(v.n)}–${formatNumber(v.n2)}`;
  }
  return `${QUALIFIER_WORDS[v.qualifier]}${formatNumber(v.n)}`;
}

// ---------------------------------------------------------------------------------------------
// Qualifier phrases

const PHRASES: ReadonlyArray<readonly [Qualifier, readonly string[]]> = [
  ["exact", ["exactly", "precisely"]],
  [
    "more-than",
    [
      "more than",
      "over",
      "above",
      "upwards of",
      "in excess of",
      "greater than",
      "just over",
      "a little over",
      "a little more than",
      "slightly over",
      "slightly more than",
      "well over",
      "well above",
      // verbs that say a level was passed: "CPI tops 3%", "demand topped 85,000MW"
      "tops",
      "topped",
      "topping",
      "exceeds",
      "exceeded",
      "exceeding",
      "surpasses",
      "surpassed",
      "surpassing",
    ],
  ],
  ["nearly", ["nearly", "almost", "close to", "just under", "just shy of", "just below"]],
  [
    "about",
    [
      "about",
      "around",
      "approximately",
      "approx.",
      "approx",
      "ca.",
      "roughly",
      "some",
      "an estimated",
      "estimated at",
      "estimated",
      "circa",
      "near",
    ],
  ],
  [
    "at-least",
    [
      "at least",
      "no fewer than",
      "no less than",
      "not fewer than",
      "not less than",
      "a minimum of",
    ],
  ],
  [
    "up-to",
    ["up to", "at most", "no more than", "not more than", "as many as", "a maximum of", "within"],
  ],
  ["fewer-than", ["fewer than", "less than", "under", "below"]],
];

const QUALIFIER_BY_PHRASE = new Map<string, Qualifier>(
  PHRASES.flatMap(([q, words]) => words.map((w) => [w, q] as const)),
);

/**
 * Prepositions that qualify a year-shaped figure only weakly: "under 2022 law", "over 2023"
 * are about the year, "nearly 2000" is not.
 */
const WEAK_PHRASES = new Set([
  "over",
  "under",
  "above",
  "below",
  "about",
  "around",
  "some",
  // "exceeded 2019 levels" is about the year
  ...["tops", "topped", "topping", "exceeds", "exceeded", "exceeding"],
  ...["surpasses", "surpassed", "surpassing"],
]);

/**
 * A hedge on a noun a few words before "of": "an estimated street value of £96m" (about). (Not
 * "a minimum term of 22 years" or "a maximum fine of £5,000": the minimum term, the maximum
 * fine, the minimum wage are levels set at that figure.)
 */
const HEDGED_NOUNS: Record<string, Qualifier> = {
  "an estimated": "about",
};
const HEDGED_NOUN_BEFORE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(HEDGED_NOUNS).join("|")})(?:\\s{1,3}[\\p{Ll}-]+){1,3}\\s{1,3}of\\s{1,3}$`,
  "iu",
);
/** Signs written as hedges in notes and headlines: "~$5", "<25ppm", "≥ 40%". */
const SIGN_QUALIFIER: Record<string, Qualifier> = {
  "~": "about",
  "≈": "about",
  "<": "fewer-than",
  "≤": "up-to",
  ">": "more-than",
  "≥": "at-least",
};
const SIGN_BEFORE = /(?:^|[\s(:])([~≈<≤>≥])\s?$/;

/** "more than" → "more-than", "just under" → "nearly", "some" → "about"; null for anything else. */
export function qualifierFromWords(words: string): Qualifier | null {
  const key = words.trim().toLowerCase().replace(/\s+/g, " ");
  return QUALIFIER_BY_PHRASE.get(key) ?? null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Longer phrases first so "no more than" is not read as "more than", "just under" as "under".
const QUALIFIER_ALT = [...QUALIFIER_BY_PHRASE.keys()]
  .sort((a, b) => b.length - a.length)
  .map((p) => escapeRe(p).replace(/ /g, "\\s{1,3}"))
  .join("|");
const PARTICLE_VERB =
  /\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|pass(?:ed|es|ing)?|sign(?:ed|s|ing)?|carr(?:ied|ies|y)|took|taken|take|give|gave|given|brought|won|handover)\s+$/i;
const QUALIFIER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}_])(${QUALIFIER_ALT})\\s{1,3}$`, "iu");
/** The last word of every qualifier phrase ("than", "least", "some"), to skip the pattern cheaply. */
const QUALIFIER_LAST_WORDS = new Set(
  [...QUALIFIER_BY_PHRASE.keys()].map((p) => p.split(" ").pop() as string),
);
// "at" ends only "estimated at", and opens many figures ("at 5%", "at $78"): it is tried on its own.
QUALIFIER_LAST_WORDS.delete("at");
const ESTIMATED_AT_BEFORE = /(?<![\p{L}\p{N}_])(estimated\s{1,3}at)\s{1,3}$/iu;
/** QUALIFIER_BEFORE's match, tried only where the last word can end a qualifier. */
function qualifierBefore(before: string): RegExpExecArray | null {
  let i = before.length;
  while (i > 0 && isSpace(before.charCodeAt(i - 1))) i--;
  const end = i;
  if (end === before.length) return null;
  while (i > 0 && /[A-Za-z.]/.test(before[i - 1] as string)) i--;
  const last = before.slice(i, end).toLowerCase();
  if (last === "at") return ESTIMATED_AT_BEFORE.exec(before);
  if (!QUALIFIER_LAST_WORDS.has(last)) return null;
  return QUALIFIER_BEFORE.exec(before);
}

// ---------------------------------------------------------------------------------------------
// Number words

/** One figure read at a position, before deciding what kind of mention it is. */
interface Read {
  n: number;
  end: number;
  ordinal: boolean;
  /** The scale word that ended it ("three thousand" → 1000), for "two to three thousand". */
  scale: number;
  /** Digits with no comma, decimal or scale word: what a year, a day or a list number looks like. */
  plain: boolean;
  digits: number;
}

const WORD_AT = /[A-Za-z]+(?![\p{L}\p{N}_])/uy;
// Number words are joined by a space, a hyphen, or one line break (a figure wrapped mid-phrase).
const JOINER_AT = /[^\S\r\n]{0,8}\r?\n[^\S\r\n]{0,8}|[^\S\r\n]{1,8}|[-\u2010\u2011]/y;

/**
 * Reads number words greedily from `p`, as far as they make one English number; returns null
 * when no number starts there ("a" alone, "and"). Stops at the first word that cannot continue
 * the number, so "one two" reads as 1 and "three hundred and" as 300.
 */
function readWordsAt(text: string, p: number): Read | null {
  let pos = p;
  let total = 0;
  let group = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let hasHundred = false;
  let small: "none" | "unit" | "teen" | "tens" = "none";
  let pendingA = false; // "a"/"an" read, waiting for hundred/thousand/dozen
  let half = false; // "half" read, waiting for "a"
  let pendingAnd = false;
  let committed = 0;
  let result: Read | null = null;

  for (;;) {
    WORD_AT.lastIndex = pos;
    const w = WORD_AT.exec(text);
    if (!w) break;
    const word = w[0].toLowerCase();
    const wordEnd = pos + w[0].length;
    let done = false;
    let scaleApplied = 1;

    if (word === "a" || word === "an") {
      if (committed > 0 || pendingA) break;
      pendingA = true;
      group = half ? 0.5 : 1;
    } else if (word === "half") {
      if (committed > 0 || pendingA || half) break;
      half = true;
    } else if (word === "and") {
      if (committed === 0 || pendingAnd || small !== "none" || (!hasHundred && total === 0)) break;
      pendingAnd = true;
    } else {
      const tok = WORDS.get(word);
      if (!tok || (half && !pendingA)) break;
      if (tok.cls === "unit" || tok.cls === "teen" || tok.cls === "tens") {
        if (pendingA) break;
        if (tok.cls === "unit") {
          if (small !== "none" && small !== "tens") break;
          if (tok.v === 0 && (committed > 0 || pendingAnd)) break;
          small = "unit";
          done = tok.v === 0;
        } else {
          if (small !== "none") break;
          small = tok.cls;
        }
        group += tok.v;
      } else if (tok.cls === "hundred") {
        if (hasHundred || pendingAnd) break;
        if (group === 0 && committed > 0) break;
        group = (group || 1) * 100;
        hasHundred = true;
        small = "none";
        scaleApplied = 100;
      } else if (tok.cls === "scale") {
        if (pendingAnd || tok.v >= lastScale) break;
        if (group === 0 && committed > 0) break;
        total += (group || 1) * tok.v;
        group = 0;
        hasHundred = false;
        small = "none";
        lastScale = tok.v;
        scaleApplied = tok.v;
      } else {
        // dozen
        if (pendingAnd) break;
        group = (group || 1) * 12;
        done = true;
      }
      pendingA = false;
      pendingAnd = false;
      committed++;
      result = {
        n: Number((total + group).toPrecision(15)),
        end: wordEnd,
        ordinal: tok.ordinal,
        scale: scaleApplied,
        plain: false,
        digits: 0,
      };
      if (tok.ordinal) done = true;
    }
    if (done) break;
    pos = wordEnd;
    JOINER_AT.lastIndex = pos;
    if (!JOINER_AT.exec(text)) break;
    pos = JOINER_AT.lastIndex;
  }
  if (result && !result.ordinal && result.scale === 1) {
    const spoken = spokenHundreds(text, p, result.end);
    if (spoken) result = { ...result, n: spoken.n, end: spoken.end };
  }
  return result && andAHalf(text, result);
}

const AND_A_HALF_AT = /\s{1,3}and\s{1,3}a\s{1,3}half(?![\p{L}\p{N}])/iuy;
/** "Six and a half years", "2 and a half million": a half more, and a scale after it. */
function andAHalf(text: string, r: Read): Read {
  if (
    r.ordinal ||
    r.scale !== 1 ||
    !isSpace(text.charCodeAt(r.end)) ||
    (text.charCodeAt(r.end + 1) | 32) !== 97 /* a */ ||
    !Number.isInteger(r.n)
  )
    return r;
  AND_A_HALF_AT.lastIndex = r.end;
  if (!AND_A_HALF_AT.test(text)) return r;
  let end = AND_A_HALF_AT.lastIndex;
  let n = r.n + 0.5;
  let scale = 1;
  SCALE_AFTER.lastIndex = end;
  const s = SCALE_AFTER.exec(text);
  if (s) {
    scale = SCALES[(s[1] ?? "").toLowerCase()] ?? 1;
    n = Number((n * scale).toPrecision(15));
    end = SCALE_AFTER.lastIndex;
  }
  return { ...r, n, end, scale, plain: false };
}

// Thousands are grouped by commas, or by the no-break and thin spaces some outlets print, or
// by a plain space as translated copy does ("4 552"), except after a month or another figure
// ("on May 16 200 were freed" is not 16,200). A month by its name only: "the ombudsman marks 4 552"
// is 4,552, whatever word begins like a month. Nor after a numbered step: "day 1 780 each side"
// is day 1's 780, not 1,780.
const DIGITS_AT =
  /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)|\d{1,2}(?: \d{3})+(?![\d\p{L}])|\d+)(?:\.\d+)?/uy;
const NO_SPACE_GROUPS_AFTER =
  /(?:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|\b(?:day|stage|wave|round|phase|group|part|step|leg|batch|week)|\d[\d,.]*|\bno\.?|#)\s*$/i;
const PEOPLE_AFTER_POINT =
  /\s{1,3}(?:(?:[\p{L}-]+\s{1,3})?(?:persons|people|prisoners|ukrainians|russians|soldiers|citizens|civilians|pows|servicemen|defenders|captives|individuals|detainees|nationals|returnees|hostages)\b|of\s{1,3}(?:its|their|our)\s{1,3}(?:own\s{1,3})?(?:nationals|citizens|people|soldiers|servicemen|defenders)\b|(?:(?:were|have\s{1,3}been|had\s{1,3}been)\s{1,3})?(?:freed|released|exchanged|swapped|brought\s{1,3}(?:home|back))\b|(?:from|on|for)\s{1,3}(?:each|both|either)\s{1,3}sides?\b|per\s{1,3}side\b)/iuy;
const SCALE_AFTER = /\s{1,3}(thousand|million|billion|trillion)(?![\p{L}\p{N}_])/iuy;
const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
/** More digits than this is an id, a hash or junk, not a figure. */
const MAX_DIGITS = 15;

type DigitsRead = Read | { skipTo: number };

function readDigitsAt(text: string, p: number): DigitsRead | null {
  DIGITS_AT.lastIndex = p;
  const m = DIGITS_AT.exec(text);
  if (!m) return null;
  let raw = m[0];
  // "Game 2 108-89": the number of a name is not grouped with the figure after it.
  if (
    raw.includes(" ") &&
    (NO_SPACE_GROUPS_AFTER.test(text.slice(Math.max(0, p - 12), p)) ||
      isNameBefore(text, p, p + raw.indexOf(" ")))
  )
    raw = raw.slice(0, raw.indexOf(" "));
  let end = p + raw.length;
  let intDigits = 0;
  let fracDigits = 0;
  let inFraction = false;
  let grouped = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (inFraction) fracDigits++;
      else intDigits++;
    } else if (c === 46) inFraction = true;
    else grouped = true;
  }
  if (intDigits > MAX_DIGITS || fracDigits > MAX_DIGITS) return { skipTo: end };
  // "6,78 inches", "1,5 million": a decimal comma, as translated copy writes it, read only
  // where a unit or a scale follows (a comma before one or two digits is otherwise a list).
  if (!grouped && !inFraction && text.charCodeAt(end) === 44) {
    const dec = sticky(DECIMAL_COMMA_AT, text, end);
    if (
      dec &&
      (unitAfter(text, DECIMAL_COMMA_AT.lastIndex) ||
        scaleAfter(text, DECIMAL_COMMA_AT.lastIndex, false))
    ) {
      raw = `${raw}.${dec[1]}`;
      end = DECIMAL_COMMA_AT.lastIndex;
      inFraction = true;
      fracDigits = dec[1]?.length ?? 0;
    }
  }
  // "4.552 persons", "3.400 Ukrainians", "4.750 freed", "1.000 from both sides", "4.525 of its
  // nationals": a point before three digits groups thousands where people are counted (no one
  // frees four and a half persons), as European copy writes it.
  if (
    inFraction &&
    !grouped &&
    fracDigits === 3 &&
    intDigits <= 3 &&
    sticky(PEOPLE_AFTER_POINT, text, end) !== null
  ) {
    raw = raw.replace(".", "");
    inFraction = false;
    fracDigits = 0;
  }
  let n = Number(grouped ? raw.replace(GROUPING, "") : raw);
  let scale = 1;
  if (isSpace(text.charCodeAt(end))) {
    SCALE_AFTER.lastIndex = end;
    const s = SCALE_AFTER.exec(text);
    if (s) {
      scale = SCALES[(s[1] ?? "").toLowerCase()] ?? 1;
      n = Number((n * scale).toPrecision(15));
      end = SCALE_AFTER.lastIndex;
    }
  }
  return andAHalf(text, {
    n,
    end,
    ordinal: false,
    scale,
    plain: scale === 1 && !grouped && !inFraction,
    digits: intDigits,
  });
}

const GROUPING = /[, \u00a0\u202f\u2009]/g;
const DECIMAL_COMMA_AT = /,(\d{1,2})(?!\d|[.,]\d)/y;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

function readNumberAt(text: string, p: number): Read | null {
  const c = text.charCodeAt(p);
  if (c >= 48 && c <= 57) {
    const r = readDigitsAt(text, p);
    return r && "n" in r ? r : null;
  }
  return readWordsAt(text, p);
}

/**
 * A whole string as one number: "three hundred and three" → 303, "a dozen" → 12, "4,552",
 * "1.5 million" → 1500000, "half a million". Null when the string is anything else, including
 * an ordinal ("fifth") or a number followed by other words.
 */
export function parseNumberWords(text: string): number | null {
  const t = text.trim();
  if (t === "") return null;
  const r = readNumberAt(t, 0);
  if (!r || r.ordinal || r.end !== t.length) return null;
  return r.n;
}

// ---------------------------------------------------------------------------------------------
// Finding numbers in text

const WORD_ALT = [
  ...WORDS.keys(),
  "a",
  "an",
  "half",
  "dozens",
  "hundreds",
  "thousands",
  "millions",
  "billions",
  "tens",
]
  .sort((a, b) => b.length - a.length)
  .join("|");
const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:(${CURRENCY_BEFORE_SRC})|(\\+)?\\d|(?<=^|[\\s(])\\.\\d|(?:${WORD_ALT})(?![\\p{L}\\p{N}_]))`,
  "iuy",
);
/**
 * Where a candidate may start, found by a cheaper pattern (no Unicode classes) that matches
 * wherever CANDIDATE can, and some places it cannot; CANDIDATE then decides at each.
 */
const MAYBE = new RegExp(
  `[\\d$£€¥₹₴₽₩₦₺+.]|\\b(?:${WORD_ALT})\\b|\\b(?:US|AU|CA|HK|NZ|A|C|S|R)\\$|\\b(?:Rs\\.?|RM|USD|EUR|GBP|JPY|CNY|INR|CHF|AUD|CAD|HKD)(?=\\s?\\d)`,
  "gi",
);

const MONTH_SRC =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MONTH_SRC})\\.?\\s{1,3}(?:the\\s{1,3})?$`, "iu");
const MONTH_DAY_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${MONTH_SRC})\\.?\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?,?\\s{1,3}$`,
  "iu",
);
const MONTH_AFTER = new RegExp(
  `(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?(?:${MONTH_SRC})\\.?(?![\\p{L}])`,
  "iuy",
);
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\p{N}_])/iuy;
const DAY_RANGE = /\s{0,2}[–—-]\s{0,2}(\d{1,2})(?!\d)/y;

const ISO_DATE_AT = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
const NUMERIC_DATE_AT = /(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/y;

const PHONE_INTL_AT = /\+(?:\d{1,4}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]\d{1,6}){1,6}|\d{7,15})(?![\d])/y;
const PHONE_SHORT_AT = /\d{3}-\d{4}(?![\d,])/y;
const PHONE_GROUPS_AT = /(?:\(\d{2,4}\)|\d{2,4})(?:[ .-]\d{2,4}){2,4}(?![\d])/y;

/** A short number to ring: three to six digits, no comma, no plural noun after it. */
const PHONE_AFTER_CALL_AT = /\d{3,6}(?!\d|[.,]\d|%|\s+\p{L}{2,}s\b)/uy;
/** "Dial 999", "call police on 101" ("call on 200 MPs" is an appeal, and 200 is a count). */
const PHONE_CALL_BEFORE =
  /\b(?:call|ring|dial|phone|text|contact)\s+(?:(?:\p{L}+\s+){1,3}on\s+)?$/iu;
const PHONE_CALL_LAST = new Set(["on", "call", "ring", "dial", "phone", "text", "contact"]);
/** The word just before `p` (one space between), lower case; "" when there is none. */
function lastWordOf(text: string, p: number): string {
  let i = p - 1;
  if (text.charCodeAt(i) !== 32) return "";
  const end = i;
  while (i > 0 && end - i < 8 && /[A-Za-z]/.test(text[i - 1] as string)) i--;
  return text.slice(i, end).toLowerCase();
}
const CLOCK_AT = /(\d{1,2}):(\d{2})(?::\d{2})?(?!\d)(?:\s?([ap])\.?\s?m(?![\p{L}\p{N}])\.?)?/iuy;
const CLOCK_DOT_AT = /(\d{1,2})\.(\d{2})\s?([ap])\.?\s?m(?![\p{L}\p{N}])\.?/iuy;
const HOUR_AT = /(\d{1,2})\s?(?:([ap])\.?\s?m(?![\p{L}\p{N}])\.?|o['’]clock)/iuy;

const LIST_MARKER_AT = /\d{1,3}[.)](?=[ \t])/y;

const RATIO_AFTER = /(?:\s{1,3}|[-\u2010\u2011])for(?:\s{1,3}|[-\u2010\u2011])/iuy;
const DASH_AFTER = /\s{0,2}[–—]\s{0,2}|-(?=[\p{L}\p{N}])|\s{1,2}-\s{1,2}/uy;
const TO_AFTER = /\s{1,3}to\s{1,3}/iuy;
const AND_AFTER = /\s{1,3}and\s{1,3}/iuy;
const BETWEEN_BEFORE = /(?<![\p{L}\p{N}_])between\s{1,3}$/iu;
const FROM_BEFORE = /(?<![\p{L}\p{N}_])from\s{1,3}$/iu;
const YEAR_PREP_BEFORE =
  /(?<![\p{L}\p{N}_])(?:in|since|until|till|during|throughout|early|late|mid-?)\s{0,3}$/iu;

/** How far back a qualifier, a month name or "between" is looked for. */
const LOOKBACK = 48;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function isLineStart(text: string, p: number): boolean {
  for (let i = p - 1; i >= 0 && i >= p - LOOKBACK; i--) {
    const c = text[i];
    if (c === "\n" || c === "\r") return true;
    if (c !== " " && c !== "\t") return false;
  }
  return true;
}

/** The text just before `p`, for month names, which may sit before an earlier mention's end. */
const textBefore = (text: string, p: number) => text.slice(Math.max(0, p - LOOKBACK), p);

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

interface Step {
  mentions: NumberMention[];
  next: number;
}

/**
 * Every number in a text, in order, with its span and what kind of number it is, for the
 * fact-check claim extractor. Decisions callers should know:
 *
 * - A qualifier phrase right before a cardinal, percent or money figure is folded into the
 *   span ("nearly 480"). A range ("65–110", "between 65 and 110", "65 to 110") has qualifier
 *   "range" and n2; "from 65 to 110" is a change, not a range, and reads as two figures. A
 *   range must go up: "3-2" is two figures. Word ranges share a trailing scale: "two to three
 *   thousand" is 2,000–3,000.
 * - Ratios ("1,000-for-1,000", "thousand-for-thousand") are kind "ratio"; n2 only when the two
 *   sides differ. "all-for-all" has no number and is skipped.
 * - A four-digit 1900–2100 with no comma is a year ("since 2022", "May 24, 2025"), unless a
 *   counted noun follows ("2000 prisoners") or a strong qualifier precedes ("nearly 2000"). AP
 *   style writes counts of 1,000 and more with a comma, so this rarely misreads a count.
 * - Times: n is the hour of the day, 24-hour, with minutes as a fraction ("3:30 p.m." → 15.5).
 * - "555-0123" (three digits, hyphen, four digits, no comma) is a phone number, not a range:
 *   AP style writes a four-digit count with a comma ("300-1,000").
 * - Phones and dates are reported so a later layer can ignore them, with n the digits (phone)
 *   or the part's value (an ISO date gives a year and two date-parts).
 * - Units (issue 10): `unit` where one is written, canonical ("%", "GBP", "p", "km", "°C" …);
 *   scales after any figure ("25k", "£96m", "₹4,500 crore"). A range's units must agree on
 *   both ends; one written on the last end covers both ("20-25C").
 * - Change: `change` up/down where the figure is an amount of change ("rose 6.5%", "down
 *   2.1%", "another 307", "a 3% rise"). "Rose 6.5% to 164p" is a change and a level, never a
 *   range; "rose to 164p", "up from 368" are levels.
 * - Not figures, reported so a later layer can ignore them: names and models (kind "label":
 *   "Game 2", "S&P 500", "5G", "49ers"), scores (kind "score": "2-1", "a 7-2 vote"). Vague counts
 *   and fractions have kinds "vague" (a range by convention) and "fraction" (a ratio).
 * - Never throws; linear in the length of the text.
 */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  if (typeof text !== "string" || text.length === 0) return out;
  // The patterns are shared: findNumbers runs to the end without yielding, and resets them.
  const maybe = MAYBE;
  const re = CANDIDATE;
  maybe.lastIndex = 0;
  let prevEnd = 0;
  let f: RegExpExecArray | null = maybe.exec(text);
  while (f !== null) {
    re.lastIndex = f.index;
    const m = re.exec(text);
    if (m === null) {
      maybe.lastIndex = f.index + 1;
    } else {
      const step = atCandidate(text, m, prevEnd);
      for (const mention of step.mentions) out.push(mention);
      if (step.mentions.length > 0) prevEnd = step.next;
      maybe.lastIndex = Math.max(step.next, m.index + m[0].length);
    }
    f = maybe.exec(text);
  }
  annotate(text, out);
  return out;
}

/** Kinds that can be an amount of change. */
const CAN_CHANGE = new Set<NumberKind>(["cardinal", "money", "percent", "fraction", "vague"]);
/** Rates and prices, which "gained", "lost" and "added" move ("gained 0.7 percent"). */
const RATE_UNITS = new Set(["%", "pp", "bp", "pt", "p", "c"]);
const WEIGHT_UNITS = new Set(["kg", "lb", "g"]);
/** A qualifier that makes a verb's figure a level: "dropped below 50 metres", "rose above 5%". */
const LEVEL_QUALIFIER = /^(?:below|above|under|over|beyond|past|up\s+to)\b/i;
/** Between a change and its restatement: "300 points, or 0.8%", "$2.10 (2.6%)". */
const RESTATED = /^(?:\s{1,3}[\p{L} ]{1,24})?(?:,\s{1,3}or\s{1,3}|\s{1,3}\()$/u;
/** "from 13.5 to 14.0 mm": the unit written once covers the first figure too. */
const FROM_TO_BETWEEN = /^\s{1,3}to\s{1,3}$/i;

/**
 * The second pass over what was read: names and labels ("Game 2", "S&P 500"), a sign or a verb
 * of change ("+5%", "rose 6.5%", "another 307"), and the unit "from 13.5 to 14.0 mm" writes once.
 */
function annotate(text: string, out: NumberMention[]): void {
  let prev: NumberMention | undefined;
  for (const m of out) {
    if (
      m.kind === "cardinal" &&
      m.qualifier === "exact" &&
      m.unit === undefined &&
      m.n2 === undefined &&
      /^(?:\d+(?:\.\d+)?|\p{Lu}\p{Ll}+)$/u.test(m.text) &&
      (isNameBefore(text, m.start, m.end) ||
        (prev?.kind === "label" && prev.end + 1 === m.start && text[prev.end] === "-") ||
        (prev?.kind === "label" &&
          isSecondOfPluralLabel(text, prev.start, text.slice(prev.end, m.start))))
    ) {
      m.kind = "label";
    }
    if (
      prev &&
      prev.unit === undefined &&
      m.unit !== undefined &&
      (prev.kind === "cardinal" || prev.kind === "money") &&
      prev.n2 === undefined &&
      FROM_TO_BETWEEN.test(text.slice(prev.end, m.start)) &&
      /\bfrom\s{1,3}$/i.test(text.slice(Math.max(0, prev.start - 8), prev.start))
    ) {
      prev.unit = m.unit;
    }
    if (CAN_CHANGE.has(m.kind)) readChange(text, m);
    // "Fell $2.10, or 2.6%, to $78.40": the same change, restated as a rate.
    if (
      m.change === undefined &&
      prev?.change !== undefined &&
      CAN_CHANGE.has(m.kind) &&
      RESTATED.test(text.slice(prev.end, m.start))
    ) {
      m.change = prev.change;
      if (prev.changeCue !== undefined) m.changeCue = prev.changeCue;
    }
    prev = m;
  }
}

function readChange(text: string, m: NumberMention): void {
  const sign = text[m.start - 1];
  if (
    (sign === "+" || sign === "-" || sign === "\u2212") &&
    (m.start < 2 || /[\s([:]/.test(text[m.start - 2] ?? ""))
  ) {
    if (sign !== "+" && (m.unit === "°C" || m.unit === "°F")) {
      m.n = -m.n;
      if (m.n2 !== undefined) m.n2 = -m.n2;
      return;
    }
    m.change = sign === "+" ? "up" : "down";
    m.changeCue = sign === "+" ? "+" : "-";
    return;
  }
  // "minus 5C": below zero.
  if (
    (m.unit === "°C" || m.unit === "°F") &&
    /\bminus\s{1,3}$/i.test(text.slice(Math.max(0, m.start - 8), m.start))
  ) {
    m.n = -m.n;
    if (m.n2 !== undefined) m.n2 = -m.n2;
    return;
  }
  if (LEVEL_QUALIFIER.test(m.text)) return;
  // A price moves ("gained $2.50", "lost 19 cents"); a sum is raised, cut or lost ("raised $52m").
  const rate =
    m.kind === "percent" ||
    RATE_UNITS.has(m.unit ?? "") ||
    // a weight is lost and gained: "lost an average of 15kg"
    WEIGHT_UNITS.has(m.unit ?? "") ||
    (m.kind === "money" && m.n < 1000 && m.n2 === undefined);
  // After the figure, past a measure's unit the span leaves out: "a 25 basis point cut".
  const unitEnd = m.unit !== undefined ? (unitAfter(text, m.end)?.end ?? m.end) : m.end;
  const c =
    changeBefore(text.slice(Math.max(0, m.start - 70), m.start), rate) ??
    changeAfter(text.slice(unitEnd, unitEnd + 40), rate);
  if (c) {
    m.change = c.change;
    m.changeCue = c.cue;
  }
}

function atCandidate(text: string, m: RegExpExecArray, prevEnd: number): Step {
  const p = m.index;
  const floor = Math.max(prevEnd, p - LOOKBACK);
  if (m[1] !== undefined) return atCurrency(text, p, floor);
  const c = text.charCodeAt(p);
  if (c === 43 /* + */) {
    const phone = sticky(PHONE_INTL_AT, text, p);
    // "+1.8%" is a rise, not a phone number: a phone has seven digits or more.
    if (phone && phone[0].replace(/\D/g, "").length >= 7)
      return single(text, p, p + phone[0].length, phoneValue(phone[0]), "exact", "phone");
    return atDigit(text, p + 1, floor);
  }
  if (c >= 48 && c <= 57) return atDigit(text, p, floor);
  if (c === 46 /* . */) return atLeadingPoint(text, p, floor);
  return atWord(text, p, floor);
}

/** ".500" (a batting average, a winning percentage): a decimal written without its zero. */
function atLeadingPoint(text: string, p: number, floor: number): Step {
  const a = readDigitsAt(text, p + 1);
  if (!a || !("n" in a) || a.scale !== 1 || a.digits > 6) return { mentions: [], next: p + 1 };
  const n = Number(`0.${text.slice(p + 1, a.end)}`);
  if (!Number.isFinite(n)) return { mentions: [], next: a.end };
  return quantity(text, p, { ...a, n, plain: false, digits: 0 }, text.slice(floor, p), null);
}

function mention(
  text: string,
  start: number,
  end: number,
  n: number,
  qualifier: Qualifier,
  kind: NumberKind,
  n2?: number,
): NumberMention {
  const out: NumberMention = { start, end, text: text.slice(start, end), n, qualifier, kind };
  if (n2 !== undefined) out.n2 = n2;
  return out;
}

function single(
  text: string,
  start: number,
  end: number,
  n: number,
  qualifier: Qualifier,
  kind: NumberKind,
  n2?: number,
): Step {
  return { mentions: [mention(text, start, end, n, qualifier, kind, n2)], next: end };
}

const phoneValue = (s: string) => Number(s.replace(/\D/g, "").slice(0, MAX_DIGITS));

function atDigit(text: string, p: number, floor: number): Step {
  // "COVID-19", "Su-34": a model or a name, not a figure.
  if (text[p - 1] === "-" && isLetter(text[p - 2])) return skipDigits(text, p);

  const iso = sticky(ISO_DATE_AT, text, p);
  if (
    iso &&
    Number(iso[2]) >= 1 &&
    Number(iso[2]) <= 12 &&
    Number(iso[3]) >= 1 &&
    Number(iso[3]) <= 31
  ) {
    return {
      mentions: [
        mention(text, p, p + 4, Number(iso[1]), "exact", "year"),
        mention(text, p + 5, p + 7, Number(iso[2]), "exact", "date-part"),
        mention(text, p + 8, p + 10, Number(iso[3]), "exact", "date-part"),
      ],
      next: p + 10,
    };
  }
  const numeric = sticky(NUMERIC_DATE_AT, text, p);
  if (numeric) {
    const [all, a = "", , b = "", y = ""] = numeric;
    const aEnd = p + a.length;
    const bStart = aEnd + 1;
    const bEnd = bStart + b.length;
    if (Number(a) >= 1 && Number(a) <= 31 && Number(b) >= 1 && Number(b) <= 31) {
      return {
        mentions: [
          mention(text, p, aEnd, Number(a), "exact", "date-part"),
          mention(text, bStart, bEnd, Number(b), "exact", "date-part"),
          mention(text, bEnd + 1, p + all.length, Number(y), "exact", "year"),
        ],
        next: p + all.length,
      };
    }
  }

  // "(044) 123-4567": the bracket is not a candidate, so the phone is tried from just before it.
  const from = text[p - 1] === "(" && p - 1 >= floor ? p - 1 : p;
  const phone =
    sticky(PHONE_SHORT_AT, text, p)?.[0] ??
    phoneGroups(text, from) ??
    (from === p ? null : phoneGroups(text, p));
  if (phone) {
    const start = phone.startsWith("(") ? from : p;
    return single(text, start, start + phone.length, phoneValue(phone), "exact", "phone");
  }

  // "Call police on 101", "dial 999": a number to ring.
  const short = sticky(PHONE_AFTER_CALL_AT, text, p);
  if (
    short &&
    PHONE_CALL_LAST.has(lastWordOf(text, p)) &&
    PHONE_CALL_BEFORE.test(textBefore(text, p))
  )
    return single(text, p, p + short[0].length, Number(short[0]), "exact", "phone");

  const time = readTime(text, p);
  if (time) return single(text, p, time.end, time.hour, "exact", "time");

  // "Beat Charlton 2-1", "a 7-2 vote": a result, not two figures or a range.
  const score = scoreAt(text, p);
  if (score) return single(text, p, score.end, score.a, "exact", "score", score.b);
  // "One in four", "1 in 5": a fraction.
  const fraction = fractionAt(text, p, textBefore(text, p));
  if (fraction)
    return wordsQuantity(text, p, fraction.end, fraction.n, "fraction", text.slice(floor, p));

  if (isLineStart(text, p)) {
    const marker = sticky(LIST_MARKER_AT, text, p);
    if (marker) {
      return single(
        text,
        p,
        p + marker[0].length,
        Number.parseInt(marker[0], 10),
        "exact",
        "list-marker",
      );
    }
  }

  const a = readDigitsAt(text, p);
  if (!a) return skipDigits(text, p);
  if (!("n" in a)) return { mentions: [], next: a.skipTo };
  const before = text.slice(floor, p);

  if (a.scale === 1 && Number.isInteger(a.n) && sticky(ORDINAL_SUFFIX, text, a.end)) {
    const end = ORDINAL_SUFFIX.lastIndex;
    const isDay =
      a.plain &&
      a.n >= 1 &&
      a.n <= 31 &&
      (MONTH_BEFORE.test(textBefore(text, p)) || !!sticky(MONTH_AFTER, text, end));
    return single(text, p, end, a.n, "exact", isDay ? "date-part" : "ordinal");
  }
  if (a.plain && a.digits <= 2 && a.n >= 1 && a.n <= 31) {
    const day = readDay(text, p, a);
    if (day) return day;
  }
  return quantity(text, p, a, before, null);
}

function skipDigits(text: string, p: number): Step {
  let i = p;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return { mentions: [], next: i };
}

function phoneGroups(text: string, p: number): string | null {
  const m = sticky(PHONE_GROUPS_AT, text, p);
  if (!m) return null;
  const groups = m[0].split(/[ .-]/);
  const digits = m[0].replace(/\D/g, "").length;
  if (digits < 7 || digits > MAX_DIGITS) return null;
  // "16.000.000" and "1 000 000"-style groups of three are thousands, not a phone number; a
  // leading zero ("0800 555 111") is no count.
  if (!m[0].startsWith("0") && groups.slice(1).every((g) => g.length === 3)) return null;
  return m[0];
}

function readTime(text: string, p: number): { hour: number; end: number } | null {
  const clock = sticky(CLOCK_AT, text, p) ?? sticky(CLOCK_DOT_AT, text, p);
  if (clock) {
    const h = Number(clock[1]);
    const min = Number(clock[2]);
    const ampm = clock[3]?.toLowerCase();
    if (min < 60 && (ampm ? h >= 1 && h <= 12 : h <= 24)) {
      return { hour: to24(h, ampm) + min / 60, end: p + clock[0].length };
    }
    return null;
  }
  const hour = sticky(HOUR_AT, text, p);
  if (hour) {
    const h = Number(hour[1]);
    const ampm = hour[2]?.toLowerCase();
    if (h >= 1 && h <= 12) return { hour: to24(h, ampm), end: p + hour[0].length };
  }
  return null;
}

function to24(h: number, ampm: string | undefined): number {
  if (ampm === "p") return h === 12 ? 12 : h + 12;
  if (ampm === "a") return h === 12 ? 0 : h;
  return h;
}

/** "May 24", "May 23–25", "24 May", "16–22 May": the day of a date. */
function readDay(text: string, p: number, a: Read): Step | null {
  let end = a.end;
  let n2: number | undefined;
  const range = sticky(DAY_RANGE, text, end);
  if (range) {
    const d2 = Number(range[1]);
    if (d2 > a.n && d2 <= 31) {
      n2 = d2;
      end = DAY_RANGE.lastIndex;
    }
  }
  if (MONTH_BEFORE.test(textBefore(text, p)) || sticky(MONTH_AFTER, text, end)) {
    return single(text, p, end, a.n, n2 === undefined ? "exact" : "range", "date-part", n2);
  }
  return null;
}

function atWord(text: string, p: number, floor: number): Step {
  const before = text.slice(floor, p);
  const vague = vagueAt(text, p);
  if (vague) return wordsQuantity(text, p, vague.end, vague.n, "vague", before, { n2: vague.n2 });
  const fraction = fractionAt(text, p, before);
  if (fraction && !HALF_A_SCALE.test(text.slice(p, p + 24))) {
    const of = unitOfA(text, fraction.end);
    return wordsQuantity(text, p, of?.end ?? fraction.end, fraction.n, "fraction", before, {
      unit: of?.unit,
    });
  }
  // "By more than a second", "within a year": one of a unit of time, hedged.
  const one = sticky(ONE_DURATION_AT, text, p);
  if (one && (qualifierBefore(before) || BY_BEFORE.test(before))) {
    const u = unitAfter(text, p + (one[1] as string).length);
    if (u && ONE_DURATION_UNITS.has(u.unit))
      return wordsQuantity(text, p, u.end, 1, "cardinal", before, { unit: u.unit });
  }
  const a = readWordsAt(text, p);
  if (!a) return { mentions: [], next: p };
  if (a.ordinal) {
    const isDay = a.n <= 31 && !!sticky(MONTH_AFTER, text, a.end);
    return single(text, p, a.end, a.n, "exact", isDay ? "date-part" : "ordinal");
  }
  return quantity(text, p, a, before, null);
}

/** "a quarter of a percentage point", "half a second": the unit a fraction is of. */
const OF_A_AT = /\s{1,3}(?:of\s{1,3})?an?(?=\s)/iy;
function unitOfA(text: string, end: number): { unit: string; end: number } | null {
  if (!sticky(OF_A_AT, text, end)) return null;
  const u = unitAfter(text, OF_A_AT.lastIndex);
  return u ? { unit: u.unit, end: u.end } : null;
}
const ONE_DURATION_AT =
  /(an?)\s{1,3}(?:second|minute|hour|day|week|month|year|decade)(?![\p{L}\p{N}])/iuy;
const ONE_DURATION_UNITS = new Set([
  "second",
  "minute",
  "hour",
  "day",
  "week",
  "month",
  "year",
  "decade",
]);
const BY_BEFORE = /(?<![\p{L}])by\s{1,3}$/iu;

/** "half a million", "half a dozen": a number, not the fraction a half. */
const HALF_A_SCALE = /^half\s+an?\s+(?:dozen|hundred|thousand|million|billion|trillion)\b/i;

/** A fraction or a vague count, with the qualifier before it ("nearly half", "roughly a third"). */
function wordsQuantity(
  text: string,
  p: number,
  end: number,
  n: number,
  kind: "fraction" | "vague" | "cardinal",
  before: string,
  opts: { n2?: number; unit?: string | undefined } = {},
): Step {
  const { n2, unit } = opts;
  const qual = qualifierBefore(before);
  const phrase = qual?.[1]?.toLowerCase().replace(/\s+/g, " ");
  const qualifier =
    n2 !== undefined ? "range" : phrase ? (QUALIFIER_BY_PHRASE.get(phrase) ?? "exact") : "exact";
  const start = qual && n2 === undefined ? p - qual[0].length : p;
  const step = single(text, start, end, n, qualifier, kind, n2);
  if (unit !== undefined && step.mentions[0]) step.mentions[0].unit = unit;
  return step;
}

function atCurrency(text: string, p: number, floor: number): Step {
  const cur = currencyAt(text, p);
  if (!cur) return { mentions: [], next: p + 1 };
  const a = readNumberAt(text, cur.end);
  if (!a || a.ordinal) return { mentions: [], next: cur.end };
  return quantity(text, p, withScale(text, a, true), text.slice(floor, p), cur.code);
}

/** "£96m", "$1tn", "25k", "₹4,500 crore": a scale written after the figure. */
function withScale(text: string, a: Read, money: boolean): Read {
  if (a.scale !== 1) {
    // "Rs 2,000 crore" after "2,000" read plainly; "3.9 million" was read with its scale.
    return a;
  }
  const s = scaleAfter(text, a.end, money);
  if (!s) return a;
  return {
    ...a,
    n: Number((a.n * s.scale).toPrecision(15)),
    end: s.end,
    scale: s.scale,
    plain: false,
  };
}

type Suffix = "percent" | "money" | null;
interface SuffixRead {
  kind: Suffix;
  unit: string | undefined;
  /** Where the figure's span ends: after a percent sign or a currency, before a measure. */
  end: number;
  /** Where the unit's words end. */
  unitEnd: number;
}

function suffixAt(text: string, at: number): SuffixRead {
  const u = unitAfter(text, at);
  if (!u) return { kind: null, unit: undefined, end: at, unitEnd: at };
  if (u.kind === "measure") return { kind: null, unit: u.unit, end: at, unitEnd: u.end };
  return { kind: u.kind, unit: u.unit, end: u.end, unitEnd: u.end };
}

const isYearLike = (r: Read) => r.plain && r.digits === 4 && r.n >= 1900 && r.n <= 2100;

const MILLIONS_BEFORE_NOUN =
  /m\s(?!(?:miles|metres|meters|feet|years|kilometres|yards|seconds|minutes|hours)\b)(?:\p{Ll}{3,}s|people)\b/uy;
const DURATIONS = new Set(["decade", "year", "month", "week", "day", "hour", "minute"]);
const SEASON_AFTER = /[-–/]\d{2}(?![\d%]|[.,]\d)/y;
const SLASH_PAIR = /\/\d{1,2}(?![\d/]|[.,]\d)/y;
const WEIGHT_BEFORE =
  /\b(?:los[et]|loses|losing|gain(?:s|ed|ing)?|weigh(?:s|ed|ing)?|shed(?:s|ding)?|put on|heavier|lighter|weight of)\b[^.;:]{0,24}$/i;

/** "the 1980s", "the '90s", "in their 20s": a decade, not seconds. */
const DECADE_AFTER = /s(?![\p{L}\p{N}])/uy;
/**
 * "5G", "3D", "2FA", "49ers": digits glued to letters that are no unit: a name. Two lower-case
 * letters may be shorthand ("390ea" is 390 each).
 */
const GLUED_LETTERS = /(?:[A-Z][A-Za-z]*|[a-z]{3,})(?:[-\d]+[A-Za-z]*)?(?![\p{L}\p{N}])/uy;

/**
 * A figure read at `p` (after any currency sign): decides between ratio, range, year and a
 * plain quantity, and folds in the qualifier before it. `currency` is the ISO code of a sign
 * read before the figure, or null.
 */
function quantity(
  text: string,
  p: number,
  read: Read,
  before: string,
  currency: string | null,
): Step {
  const money = currency !== null;
  let a = money ? read : withScale(text, read, false);
  if (
    a.plain &&
    a.n % 10 === 0 &&
    (a.digits === 4 || (a.digits === 2 && text[p - 1] !== "-")) &&
    sticky(DECADE_AFTER, text, a.end)
  )
    return single(text, p, a.end + 1, a.n, "exact", "year");
  // "the 2020-21 season", "2023/24": a season, one span of years.
  if (isYearLike(a) && !money && sticky(SEASON_AFTER, text, a.end))
    return single(text, p, SEASON_AFTER.lastIndex, a.n, "exact", "year");
  // "24/7", "9/11" are names; "1/3 of" is a fraction.
  if (a.plain && a.digits <= 2 && !money && sticky(SLASH_PAIR, text, a.end)) {
    const end = SLASH_PAIR.lastIndex;
    const d = Number(text.slice(a.end + 1, end));
    if (/^\s+of\b/i.test(text.slice(end, end + 4)) && d > a.n)
      return single(text, p, end, Number((a.n / d).toPrecision(4)), "exact", "fraction");
    return single(text, p, end, a.n, "exact", "label", d);
  }
  // "5m people", "1.5m barrels": a glued m before a plural noun is millions, not metres.
  if (
    !money &&
    a.scale === 1 &&
    sticky(MILLIONS_BEFORE_NOUN, text, a.end) &&
    !unitAfter(text, a.end + 1)
  ) {
    a = { ...a, n: Number((a.n * 1e6).toPrecision(15)), end: a.end + 1, scale: 1e6, plain: false };
  }
  const aSuffix = suffixAt(text, a.end);
  if (aSuffix.unit === undefined && a.digits > 0 && a.scale === 1) {
    const glued = sticky(GLUED_LETTERS, text, a.end);
    if (glued) return single(text, p, GLUED_LETTERS.lastIndex, a.n, "exact", "label");
  }
  // "Lost 65–110 pounds", "weighs 200 pounds": a weight, not money.
  if (
    aSuffix.unit === "GBP" &&
    /pound/i.test(text.slice(a.end, aSuffix.unitEnd)) &&
    WEIGHT_BEFORE.test(before)
  ) {
    aSuffix.unit = "lb";
    aSuffix.kind = null;
    aSuffix.end = a.end;
  }
  const unit = currency ?? aSuffix.unit;
  // "Won the 800m", "the 1500m title": a race, named by its distance.
  if (!money && a.plain && unit !== undefined && isEventDistance(text, p, a.n, unit))
    return single(text, p, aSuffix.unitEnd, a.n, "exact", "label");

  // "World No 1 for 428 weeks", "Game 2 to …": a name, whatever follows it.
  if (!money && !aSuffix.unit && a.plain && a.digits > 0 && isNameBefore(text, p, a.end))
    return single(text, p, a.end, a.n, "exact", "label");
  if (!money && !aSuffix.kind && !aSuffix.unit) {
    const ratio = sticky(RATIO_AFTER, text, a.end);
    if (ratio) {
      const b = readNumberAt(text, RATIO_AFTER.lastIndex);
      // "1 for 428 weeks" is a figure and a span of time, "£850m for 2025" a sum and its year:
      // not an exchange ratio.
      if (
        b &&
        !b.ordinal &&
        !(isYearLike(b) && !isYearLike(a)) &&
        !DURATIONS.has(unitAfter(text, b.end)?.unit ?? "")
      ) {
        return single(text, p, b.end, a.n, "exact", "ratio", b.n === a.n ? undefined : b.n);
      }
    }
  }

  const range = readRange(text, a, aSuffix, before, currency);
  if (range) {
    const { b, bSuffix } = range;
    const kind: NumberKind =
      money || aSuffix.kind === "money" || bSuffix.kind === "money"
        ? "money"
        : aSuffix.kind === "percent" || bSuffix.kind === "percent"
          ? "percent"
          : isYearLike(a) && isYearLike(b)
            ? "year"
            : "cardinal";
    const start = range.between ? p - range.between : p;
    const out = mention(text, start, bSuffix.end, range.lo, "range", kind, b.n);
    const rangeUnit = unit ?? bSuffix.unit;
    if (rangeUnit !== undefined) out.unit = rangeUnit;
    return { mentions: [out], next: Math.max(bSuffix.end, bSuffix.unitEnd) };
  }

  let qual = qualifierBefore(before);
  // "Handed over 390", "turned over 120": "over" belongs to the verb, not the figure.
  if (
    qual &&
    /^over\b/i.test(qual[1] ?? "") &&
    PARTICLE_VERB.test(before.slice(0, before.length - qual[0].length))
  )
    qual = null;
  // "Over 18 months", "over ten years": across a span of time, not more than it.
  if (
    qual &&
    /^over$/i.test(qual[1] ?? "") &&
    DURATIONS.has(aSuffix.unit ?? "") &&
    !/\b(?:for|of|in|lasted|lasting|took|aged)\s+$/i.test(
      before.slice(0, before.length - qual[0].length),
    )
  )
    qual = null;
  // "Ticked up to 4.0%", "went up to 5": "up" belongs to the verb, and the figure is a level.
  if (
    qual &&
    /^up\s/i.test(qual[1] ?? "") &&
    movesUp(before.slice(0, before.length - qual[0].length))
  )
    qual = null;
  const phrase = qual?.[1]?.toLowerCase().replace(/\s+/g, " ");
  let qualifier = phrase ? (QUALIFIER_BY_PHRASE.get(phrase) ?? "exact") : "exact";
  if (!qual) {
    const noun = before.endsWith("of ") ? HEDGED_NOUN_BEFORE.exec(before) : null;
    if (noun) qualifier = HEDGED_NOUNS[(noun[1] as string).toLowerCase()] ?? "exact";
  }

  if (!money && !aSuffix.kind && a.plain && a.digits === 4) {
    const strongPrep = YEAR_PREP_BEFORE.test(before);
    const wide = textBefore(text, p);
    // Both patterns end at the window's end and are at most 21 characters long ("September.
    // 30th,   "), 22 with the letter their look-behind reads: only the window's tail is tried,
    // which finds the same, where each would be tried at every character of the window.
    const monthTail = wide.slice(-24);
    const afterMonth = MONTH_BEFORE.test(monthTail) || MONTH_DAY_BEFORE.test(monthTail);
    const counted = !!sticky(COUNTED_AFTER, text, a.end);
    const strongQualifier = phrase !== undefined && !WEAK_PHRASES.has(phrase);
    const year =
      afterMonth ||
      (strongPrep && a.n >= 1000 && a.n <= 2999) ||
      (isYearLike(a) && !counted && !strongQualifier && aSuffix.unit === undefined);
    if (year) return single(text, p, a.end, a.n, "exact", "year");
  }

  const kind: NumberKind = money ? "money" : (aSuffix.kind ?? "cardinal");
  const start = qual ? p - qual[0].length : p;
  let step: Step;
  // Notes' shorthand: "~390" is about 390, "<25ppm" under 25, "4,750+" more than 4,750.
  const sign = qual ? null : SIGN_BEFORE.exec(before);
  if (sign)
    step = single(text, p, aSuffix.end, a.n, SIGN_QUALIFIER[sign[1] as string] ?? "exact", kind);
  else if (
    !qual &&
    kind === "cardinal" &&
    text[aSuffix.end] === "+" &&
    !/[\d\p{L}]/u.test(text[aSuffix.end + 1] ?? "")
  )
    step = single(text, p, aSuffix.end + 1, a.n, "more-than", kind);
  // "The 16,000-plus civilians held": more than 16,000.
  else if (
    !qual &&
    kind === "cardinal" &&
    /^-plus(?![\p{L}\d])/iu.test(text.slice(aSuffix.end, aSuffix.end + 6))
  )
    step = single(text, p, aSuffix.end + 5, a.n, "more-than", kind);
  else step = single(text, start, aSuffix.end, a.n, qualifier, kind);
  const only = step.mentions[0];
  if (only && unit !== undefined) only.unit = unit;
  if (aSuffix.unitEnd > step.next) step.next = aSuffix.unitEnd;
  return step;
}

function readRange(
  text: string,
  a: Read,
  aSuffix: SuffixRead,
  before: string,
  currency: string | null,
): { b: Read; bSuffix: SuffixRead; lo: number; between: number } | null {
  const at = aSuffix.unitEnd;
  let next = -1;
  let between = 0;
  let to = false;
  const btw = BETWEEN_BEFORE.exec(before);
  if (btw && sticky(AND_AFTER, text, at)) {
    next = AND_AFTER.lastIndex;
    between = btw[0].length;
  } else if (sticky(DASH_AFTER, text, at)) {
    // "04 — 264 each side": a zero-led label ("04" for April) starts a list, not a range.
    if (a.plain && a.digits === 2 && text[a.end - 2] === "0") return null;
    next = DASH_AFTER.lastIndex;
  } else if (!FROM_BEFORE.test(before) && sticky(TO_AFTER, text, at)) {
    next = TO_AFTER.lastIndex;
    to = true;
  }
  if (next < 0) return null;
  // "Rose 6.5% to 164p", "climbed by $43.6 billion to $419.2 billion": a change and the level
  // it reached, not a range.
  const rate = currency !== null || aSuffix.kind !== null || RATE_UNITS.has(aSuffix.unit ?? "");
  // ("Rose by 3-4%" is a range of change.)
  if (to && changeBefore(before, rate)) return null;
  let cur: string | null = null;
  if (currency !== null || aSuffix.kind === "money") {
    const sign = currencyAt(text, next);
    if (sign) {
      cur = sign.code;
      next = sign.end;
    }
  }
  let b = readNumberAt(text, next);
  if (!b || b.ordinal) return null;
  if (currency !== null) b = withScale(text, b, true);
  else b = withScale(text, b, cur !== null);
  // "In 2018 to 3.9 million": a year, then a figure.
  if (isYearLike(a) !== isYearLike(b)) return null;
  const bSuffix = suffixAt(text, b.end);
  if (bSuffix.unit === "GBP" && WEIGHT_BEFORE.test(before)) {
    bSuffix.unit = "lb";
    bSuffix.kind = null;
    bSuffix.end = b.end;
  }
  const aUnit = currency ?? aSuffix.unit;
  const bUnit = cur ?? bSuffix.unit;
  // Units on both ends must agree; a unit on the first end only ("0.4 per cent to 13,176") is
  // two figures. A unit on the last end only covers both ("20-25C", "between 5 and 10%").
  if (aUnit !== undefined && bUnit !== undefined && aUnit !== bUnit) return null;
  if (aUnit !== undefined && bUnit === undefined && currency === null) return null;
  // "1.5–2 million", "two to three thousand": the scale written once covers both ends.
  let lo = a.n;
  if (a.scale === 1 && b.scale > 1 && a.n * b.scale < b.n)
    lo = Number((a.n * b.scale).toPrecision(15));
  if (!(b.n > lo)) return null;
  return { b, bSuffix, lo, between };
}
