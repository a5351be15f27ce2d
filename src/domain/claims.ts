/**
 * Claim extraction: every checkable figure in a text, with what it counts, for whom, and
 * when. One idea of a claim, shared by the fact-check (drafts) and ingestion (new sources).
 * Pure, knowledge-free (the store is consulted only by the verdicts) and linear in the length
 * of the text: numbers and dates are read once over the whole text, then handed out to the
 * sentences they sit in.
 *
 * The rules, in the order they are applied to each number:
 *
 * - Not claims: years, times of day, list numbering, phone numbers, the parts of a date, and
 *   numbers with nothing counted after them ("Decree No. 245", "the 10-point plan").
 * - What is counted: the noun after the number ("307 prisoners", "390 of their prisoners of
 *   war", "31 wounded Ukrainian soldiers"), or, for a bare number in a sentence about an
 *   exchange ("another 307 were swapped", "Ukraine got 230 back", "303 from each side"), the
 *   nearest counted noun in the sentence.
 * - A figure of something the store does not track (drones, pounds, troops at the front) is
 *   still reported, with no measure, so the editor sees it is unverified. In a sentence about
 *   an exchange such a figure ("12 journalists were among those released", "40 buses of
 *   returning soldiers") is left alone instead: it qualifies the exchange's figures and must
 *   never be read as one of them. Lengths of time ("three days", "a 30-day ceasefire") are not
 *   figures to check.
 * - What is measured: an ordinal before "exchange"/"swap" is the exchange's number ("the 64th
 *   exchange"; "the fifth such event in 2025" counts the year's); a count of exchanges with
 *   "had"/"since"/"by" is the running count; "detained"/"held" is people held; "since the
 *   invasion" or "by <date>" with a verb of return is the running total returned; "in (just)
 *   these/the first N days" is released to date; otherwise a verb of release, exchange or
 *   return (or a plan to) makes it the figure released. With none of these it is a figure the
 *   store does not track.
 * - For whom: "each"/"apiece"/"from each side" and "X and Y each …" → each side; "in total",
 *   "the two sides swapped N" → both together; "Ukrainian(s)", "Ukraine got", "returned home",
 *   "brought home" → Ukraine; "Russian(s)", "Russia received", "received from Ukraine" → Russia.
 * - When: the date nearest the figure in its clause, else the nearest before it in the
 *   sentence, else after it, else the last day an earlier sentence of the same paragraph
 *   named. Dates are read over the whole text against the draft's date, so "the following day"
 *   and "on Friday" resolve against the dates around them. A date written without a year that
 *   would fall after the draft's date is last year's (drafts report the past). "Since 2022"
 *   starts a count and is never the figure's date; "by mid-2024" is June–July 2024.
 */
import type { Counted, Measure, Qualifier, Side } from "../store/schema.ts";
import { addDaysIso, type DateMention, findDates, isIsoDate } from "./dates.ts";
import { findNumbers, type NumberKind, type NumberMention } from "./numbers.ts";

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export interface DayRange {
  from: string;
  to: string;
}

export interface Claim {
  /** The sentence the claim is in. */
  sentence: Sentence;
  /** The span that states the figure, e.g. "nearly 480 POWs", with offsets into the text. */
  span: { start: number; end: number; text: string };
  /** The number as read: "nearly 480"; start/end are offsets into the text. */
  number: {
    n: number;
    n2?: number | undefined;
    qualifier: Qualifier;
    kind: NumberKind;
    text: string;
    start: number;
    end: number;
  };
  /** Null: a figure of something the store does not track ("250 strike drones"). */
  measure: Measure | null;
  counted: Counted | null;
  side: Side | null;
  /** What the figure counts, as written: "POWs", "strike drones"; null when implied. */
  noun: string | null;
  /** The day the figure is about, when the text says (or implies) one. */
  date: string | null;
  /** How the text gives that day: "May 24", "the following day", "Friday". */
  dateText: string | null;
  /** True when the day comes from an earlier sentence, not this one. */
  dateInherited: boolean;
  /** A span of days the figure is about when no single day is given ("by September 2024"). */
  range: DayRange | null;
  /** "In just these two days": the figure covers the first N days of a multi-day exchange. */
  days: number | null;
  /** The sentence speaks of the deal as a whole ("the 1,000-for-1,000 deal", "multi-day operation"). */
  whole: boolean;
  /** A figure that is planned, not done ("agreed to release 1,000"). */
  planned: boolean;
}

// ---------------------------------------------------------------------------------------------
// Sentences

// Abbreviations that end in a full stop without ending a sentence.
const ABBREVIATIONS =
  /\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|No|vs|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|i\.e|e\.g)\.$/i;
const LIST_NUMBER = /(?:^|\n)[ \t]*\d{1,3}\.$/;

/** Sentences, with offsets. A line break with no full stop (a headline, a bullet) ends one too. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  const boundary = /([.!?]["”’)]*)(\s+)|\n/g;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    if (m[1]) {
      const before = text.slice(Math.max(0, m.index - 12), m.index + 1);
      if (ABBREVIATIONS.test(before)) continue;
      // Initials ("J. Smith") and list numbering ("1. Background") do not end a sentence.
      if (/\b[A-Z]\.$/.test(before) && /^[A-Z]/.test(text.slice(m.index + m[0].length))) continue;
      if (m[1] === "." && LIST_NUMBER.test(text.slice(Math.max(0, m.index - 6), m.index + 1)))
        continue;
      push(m.index + m[1].length);
    } else {
      push(m.index);
    }
  }
  push(text.length);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Words

const COUNTED_NOUNS: Record<string, Counted> = {};
for (const w of [
  "pow",
  "pows",
  "servicemen",
  "serviceman",
  "servicewomen",
  "servicemembers",
  "soldier",
  "soldiers",
  "troops",
  "fighters",
  "marines",
  "defenders",
  "combatants",
  "guardsmen",
])
  COUNTED_NOUNS[w] = "military";
for (const w of ["civilian", "civilians"]) COUNTED_NOUNS[w] = "civilians";
for (const w of [
  "prisoner",
  "prisoners",
  "detainee",
  "detainees",
  "captive",
  "captives",
  "people",
  "persons",
  "individuals",
  "ukrainians",
  "russians",
  "citizens",
  "nationals",
  "children",
  "minors",
  "hostages",
  "men",
  "women",
])
  COUNTED_NOUNS[w] = "people";
for (const w of ["exchanges", "swaps"]) COUNTED_NOUNS[w] = "exchanges";

/** Two-word nouns, and what they count. */
const COUNTED_PAIRS: Record<string, Counted> = {
  "prisoners of": "military", // "prisoners of war"; "prisoners of their" is caught before
  "prisoner of": "military",
  "service members": "military",
  "service personnel": "military",
  "military personnel": "military",
  "prisoner swaps": "exchanges",
  "prisoner exchanges": "exchanges",
};

/** Words between a number and its noun that do not change what is counted. */
const SKIPPED =
  /^(?:more|other|additional|further|another|of|the|their|its|our|his|her|these|those|ukrainian|russian|captured|returned|returning|released|freed|detained|held|imprisoned|severely|seriously|badly|critically|wounded|injured|sick|young|former|civilian|military)$/i;
const TIME_UNITS =
  /^(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?|nights?|mornings?|times?|rounds?|points?|kilometres?|kilometers?|km|miles?|metres?|meters?)$/i;

interface NounPhrase {
  counted: Counted | null;
  /** The noun as written ("POWs", "strike drones"), or null when nothing nounish follows. */
  noun: string | null;
  /** Characters from the number's end to the noun's end. */
  length: number;
  wounded: boolean;
  nationality: Side | null;
  /** "Of their" / "of its": the number is one side's share. */
  ofTheir: boolean;
  /** A length of time or a unit: never a figure to check. */
  unit: boolean;
}

const WORD = /\s*([\p{L}][\p{L}'’-]*)/uy;

function readNoun(text: string, at: number): NounPhrase {
  let pos = at;
  let wounded = false;
  let nationality: Side | null = null;
  let ofTheir = false;
  const none = (unit = false): NounPhrase => ({
    counted: null,
    noun: null,
    length: 0,
    wounded,
    nationality,
    ofTheir,
    unit,
  });
  // "30-day", "10-point": a hyphenated unit.
  if (text[pos] === "-" || text[pos] === "‑") {
    WORD.lastIndex = pos + 1;
    const w = WORD.exec(text);
    if (w && TIME_UNITS.test(w[1] as string)) return none(true);
    return none();
  }
  for (let i = 0; i < 6; i++) {
    WORD.lastIndex = pos;
    const w = WORD.exec(text);
    // Words must follow the number on the same line, separated by spaces only.
    if (!w || /[\n\r]/.test(w[0])) return none();
    const word = (w[1] as string).replace(/[’']s$/, "");
    const lower = word.toLowerCase();
    const end = WORD.lastIndex;
    if (TIME_UNITS.test(lower)) return none(true);
    WORD.lastIndex = end;
    const next = WORD.exec(text);
    const pair = next && !/[\n\r]/.test(next[0]) ? `${lower} ${next[1]?.toLowerCase()}` : "";
    const pairCounted = pair ? COUNTED_PAIRS[pair] : undefined;
    if (
      pairCounted &&
      !(pair.endsWith(" of") && /^\s*(?:their|its|our)\b/i.test(text.slice(WORD.lastIndex)))
    ) {
      const nounEnd = pair.endsWith(" of") ? endOfWar(text, WORD.lastIndex) : WORD.lastIndex;
      return {
        counted: wounded ? "wounded" : pairCounted,
        noun: text.slice(end - word.length, nounEnd),
        length: nounEnd - at,
        wounded,
        nationality,
        ofTheir,
        unit: false,
      };
    }
    const counted = COUNTED_NOUNS[lower];
    if (counted) {
      if (lower === "ukrainians") nationality = "ukraine";
      if (lower === "russians") nationality = "russia";
      return {
        counted: wounded && counted !== "exchanges" ? "wounded" : counted,
        noun: word,
        length: end - at,
        wounded,
        nationality,
        ofTheir,
        unit: false,
      };
    }
    if (SKIPPED.test(lower)) {
      if (/^(?:wounded|injured)$/.test(lower)) wounded = true;
      if (lower === "ukrainian") nationality = "ukraine";
      if (lower === "russian") nationality = "russia";
      if (/^(?:their|its|our)$/.test(lower) && i > 0) ofTheir = true;
      pos = end;
      continue;
    }
    // Something else: a noun the store does not track when it reads as a plural noun.
    const plural =
      /^[a-z]{3,}s$/.test(lower) && !/(?:ss|us|is|ous)$/.test(lower) && !FUNCTION_WORDS.has(lower);
    if (plural) return { ...none(), noun: text.slice(at, end).trim(), length: end - at };
    // "250 strike drones": one modifier, then the plural noun.
    if (i === 0 && !FUNCTION_WORDS.has(lower) && next && /^[a-z]{3,}s$/i.test(next[1] as string)) {
      const n2 = (next[1] as string).toLowerCase();
      if (!FUNCTION_WORDS.has(n2) && !/(?:ss|us|is|ous)$/.test(n2) && !TIME_UNITS.test(n2))
        return {
          ...none(),
          noun: text.slice(at, WORD.lastIndex).trim(),
          length: WORD.lastIndex - at,
        };
    }
    return none();
  }
  return none();
}

function endOfWar(text: string, at: number): number {
  const m = /\s*war\b/iy;
  m.lastIndex = at;
  return m.exec(text) ? m.lastIndex : at;
}

const FUNCTION_WORDS = new Set(
  "was were is are has have had does this its his hers ours theirs yours was as thus always perhaps news across towards afterwards besides unless whereas sometimes".split(
    " ",
  ),
);

const RELEASE =
  /\b(?:releas(?:e|ed|es|ing)|free(?:d|s|ing)?|set free|swap(?:s|ped|ping)?|exchang(?:e|ed|es|ing)|trad(?:e|ed|es|ing)|return(?:ed|ing|s)?|brought (?:back|home)|bring(?:s|ing)? (?:back|home)|c[oa]me home|went home|go(?:es)? home|handed over|hand(?:s|ing)? over|transferr?(?:ed|ing)|receiv(?:e|ed|es|ing)|got\b[^.;]{0,30}\bback|repatriat\w*|chang(?:ed|ing) hands|reunit\w*|completed)\b/i;

const PLANNED =
  /\b(?:will|would|set to|agreed to|agree to|plan(?:s|ned)? to|to be|expected to|is to|are to|due to|agreement to|deal to|to (?:release|swap|exchange|free|trade|return))\b/i;

const SINCE_START =
  /\bsince (?:the (?:full-scale |russian )?(?:invasion|war)|russia['’]s (?:full-scale )?invasion|(?:(?:late |early )?(?:february|march) (?:of )?)?2022|the (?:start|beginning|outbreak) of the (?:full-scale )?(?:war|invasion)|the war (?:began|started|broke out))\b|\bin total since\b|\bto date\b|\bso far\b(?! in)/i;

const WHOLE_DEAL =
  /\b(?:deal|agreement|multi-day|three-day|operation|in all|in total|altogether|all told|now|complet(?:e|ed|ing)|(?:three|all three) waves|(?:largest|biggest) (?:prisoner )?(?:exchange|swap)|\d[\d,]*[- ]for[- ]\d|thousand[- ]for[- ]thousand|over (?:a span of )?(?:three|3) days)\b/i;

const DAYS_SO_FAR =
  /\b(?:in|over|during|within) (?:just |only )?(?:these |the first |the past |its first )?(two|three|four|five|2|3|4|5) days\b/i;
const SMALL: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

// ---------------------------------------------------------------------------------------------
// Dates

interface DateInfo {
  start: number;
  end: number;
  text: string;
  /** One day, or null. */
  date: string | null;
  range: DayRange | null;
  /** Starts a count ("since 2022"): never the figure's own date. */
  since: boolean;
}

const minusYear = (iso: string) => {
  const y = Number(iso.slice(0, 4)) - 1;
  const candidate = `${y}${iso.slice(4)}`;
  return isIsoDate(candidate) ? candidate : addDaysIso(`${y}${iso.slice(4, 8)}28`, 0);
};

const ANCHORED = /\b(?:following|next|previous|prior|same|after|before|later|earlier)\b/i;
const CONJ_BEFORE =
  /\b(?:came|comes|come|was|were|happened|took place|followed|began|started|arrived|occurred)\s+$/i;

function readDates(text: string, refDate: string): DateInfo[] {
  const out: DateInfo[] = [];
  const ref = isIsoDate(refDate) ? refDate : null;
  let shifted = false;
  for (const d of findDates(text, { refDate })) {
    let date = d.date;
    let range = d.range ?? null;
    const before = text.slice(Math.max(0, d.start - 12), d.start);
    if (date && ref) {
      if (d.kind === "explicit" && !/\d{4}/.test(d.text)) {
        if (/^the\b/i.test(d.text)) {
          if (shifted) date = minusYear(date);
        } else {
          shifted = date > ref;
          if (shifted) date = minusYear(date);
        }
      } else if (d.kind === "explicit") {
        shifted = false;
      } else if (d.kind === "relative" && ANCHORED.test(d.text) && !/\bago\b/i.test(d.text)) {
        if (shifted) date = minusYear(date);
        // "The swap came the day after both countries released 390": the clause after it is
        // the day before the one it follows.
        const conj = /^the\s+day\s+(after|before)$/i.exec(d.text);
        if (conj && CONJ_BEFORE.test(before) && /^\s+[a-z]/.test(text.slice(d.end, d.end + 3))) {
          date = addDaysIso(date, conj[1]?.toLowerCase() === "after" ? -2 : 2);
        }
      } else {
        shifted = false;
      }
    }
    if (range && d.kind === "year") {
      const y = range.from.slice(0, 4);
      if (/mid-?\s*$/i.test(before)) range = { from: `${y}-06-01`, to: `${y}-07-31` };
      else if (/early\s*$/i.test(before)) range = { from: `${y}-01-01`, to: `${y}-04-30` };
      else if (/late\s*$/i.test(before)) range = { from: `${y}-09-01`, to: `${y}-12-31` };
    }
    const since = /\b(?:since|from|after)\s+(?:(?:early|late|mid)-?\s*)?$/i.test(before);
    if (date || range) out.push({ start: d.start, end: d.end, text: d.text, date, range, since });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Extraction

const CHECKABLE = new Set<NumberKind>(["cardinal", "ordinal", "ratio", "money", "percent"]);
const CLAUSE_BREAK =
  /[;:]|\s[–—]\s|,\s+(?:and|but|while|whereas)\b|\s(?:and|but)\s+(?=(?:on|in|by)\s)/g;

/**
 * Every checkable figure in the text. `refDate` is the draft's own date: it anchors
 * "on Friday", "yesterday" and dates written without a year.
 */
export function extractClaims(text: string, options: { refDate: string }): Claim[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const claims: Claim[] = [];
  const numbers = findNumbers(text);
  const dates = readDates(text, options.refDate);
  let ni = 0;
  let di = 0;
  let carried: { date: string; text: string } | null = null;
  let lastEnd = 0;
  for (const sentence of splitSentences(text)) {
    // A new paragraph forgets the day the last one was about.
    if (text.slice(lastEnd, sentence.start).includes("\n")) carried = null;
    lastEnd = sentence.end;
    while (ni < numbers.length && (numbers[ni] as NumberMention).start < sentence.start) ni++;
    while (di < dates.length && (dates[di] as DateInfo).start < sentence.start) di++;
    const here: NumberMention[] = [];
    for (let i = ni; i < numbers.length && (numbers[i] as NumberMention).start < sentence.end; i++)
      here.push(numbers[i] as NumberMention);
    const days: DateInfo[] = [];
    for (let i = di; i < dates.length && (dates[i] as DateInfo).start < sentence.end; i++)
      days.push(dates[i] as DateInfo);
    const found = sentenceClaims(sentence, here, days, carried);
    claims.push(...found);
    const lastDay = [...days].reverse().find((d) => d.date && !d.since);
    if (lastDay?.date) carried = { date: lastDay.date, text: lastDay.text };
  }
  return claims;
}

function sentenceClaims(
  sentence: Sentence,
  numbers: readonly NumberMention[],
  dates: readonly DateInfo[],
  carried: { date: string; text: string } | null,
): Claim[] {
  if (numbers.length === 0) return [];
  const s = sentence.text;
  const off = sentence.start;
  const exchangeSentence = RELEASE.test(s);
  const whole = WHOLE_DEAL.test(s);
  const since = SINCE_START.exec(s);
  // "The largest exchange since the invasion" dates a superlative, not a running total.
  const sinceStart =
    since !== null &&
    !/\b(?:largest|biggest|greatest|first|second|third|only|most|major)\b[^.;:]{0,60}$/i.test(
      s.slice(Math.max(0, since.index - 70), since.index),
    );
  const daysSoFar = DAYS_SO_FAR.exec(s);
  const clauses = clauseStarts(s);
  const out: Claim[] = [];
  for (const m of numbers) {
    if (!CHECKABLE.has(m.kind)) continue;
    if (dates.some((d) => m.start >= d.start && m.end <= d.end)) continue;
    const rel = m.start - off;
    const relEnd = m.end - off;
    const after = s.slice(relEnd, relEnd + 100);
    const before = s.slice(Math.max(0, rel - 100), rel);
    const clauseBefore = before.slice(
      Math.max(0, before.length - (rel - clauseOf(clauses, rel).start)),
    );

    let measure: Measure | null = null;
    let counted: Counted | null = null;
    let side: Side | null = null;
    let noun: string | null = null;
    let nounLength = 0;

    if (m.kind === "ordinal") {
      if (
        !/^\s+(?:such\s+)?(?:prisoner\s+)?(?:exchange|swap|event|prisoner exchange)\b/i.test(after)
      )
        continue;
      const rest = after.slice(0, 60);
      measure = /\b(?:in|of|this) (?:20\d\d|the year|this year)\b/i.test(rest)
        ? "exchanges-this-year"
        : "exchange-ordinal";
      counted = "exchanges";
      noun = /^\s+((?:such\s+)?(?:prisoner\s+)?\w+)/.exec(after)?.[1] ?? null;
      nounLength = noun ? after.indexOf(noun) + noun.length : 0;
    } else if (m.kind === "ratio") {
      // "A one-for-one swap" is a proportion, not a figure.
      if (m.n <= 12) continue;
      measure = "released";
      counted = "people";
      side = m.n2 === undefined ? "each" : null;
    } else if (m.kind === "money" || m.kind === "percent") {
      if (exchangeSentence) continue;
      measure = null;
      noun = m.kind;
    } else {
      const np = readNoun(s, relEnd);
      if (np.unit) continue;
      // "Major 2025 POW Exchanges": a year before a singular noun.
      if (/^(?:19|20)\d\d$/.test(m.text) && np.noun && !/s$/i.test(np.noun)) continue;
      if (np.counted) {
        counted = np.counted;
        noun = np.noun;
        nounLength = np.length;
        side = sideOf(before, s.slice(relEnd + np.length, relEnd + np.length + 80), np);
      } else if (np.noun) {
        // Something the store does not track: reported where it stands alone, left alone
        // where it would be confused with an exchange's figures. "The two sides" and "three
        // nations" are not figures anyone checks.
        if (exchangeSentence || m.n < 2) continue;
        if (!/\d/.test(m.text) && m.n < 20) continue;
        if (/\b(?:the|these|those|both|all|its|their|our)\s+$/i.test(before)) continue;
        out.push(
          claimOf(s, off, m, np.noun, np.length, null, null, null, false, false, null, null),
        );
        continue;
      } else if (exchangeSentence && impliedCount(before, after)) {
        counted = countedNear(s, rel);
        side = sideOf(before, after, np);
      } else {
        continue;
      }
      measure = measureOf(
        counted,
        s,
        after,
        sinceStart,
        daysSoFar !== null,
        exchangeSentence,
        clauseBefore,
      );
      if (
        measure === "returned-since-2022" &&
        (side === null || side === "each") &&
        counted !== "exchanges"
      )
        side = "ukraine";
      if (measure === "exchange-count") side = null;
      if (measure === null && !exchangeSentence && !noun) continue;
    }
    const when = dateFor(dates, clauses, rel, relEnd, off);
    // A running total with no date of its own is as of the text's date, not the last event's.
    const inherit =
      !when &&
      carried !== null &&
      measure !== "returned-since-2022" &&
      measure !== "exchange-count" &&
      measure !== "held";
    const date = when?.date ?? (inherit ? (carried?.date ?? null) : null);
    const claim = claimOf(
      s,
      off,
      m,
      noun,
      nounLength,
      measure,
      counted,
      side,
      whole,
      PLANNED.test(clauseBefore.slice(-50)),
      date,
      when ? when.text : inherit ? (carried?.text ?? null) : null,
    );
    claim.dateInherited = inherit;
    claim.range = when?.range ?? null;
    if (measure === "released-to-date" && daysSoFar) {
      claim.days = SMALL[(daysSoFar[1] ?? "").toLowerCase()] ?? Number(daysSoFar[1]);
    }
    out.push(claim);
  }
  return out;
}

function claimOf(
  s: string,
  off: number,
  m: NumberMention,
  noun: string | null,
  nounLength: number,
  measure: Measure | null,
  counted: Counted | null,
  side: Side | null,
  whole: boolean,
  planned: boolean,
  date: string | null,
  dateText: string | null,
): Claim {
  const rel = m.start - off;
  const spanEnd = m.end - off + nounLength;
  return {
    sentence: { text: s, start: off, end: off + s.length },
    span: { start: m.start, end: off + spanEnd, text: s.slice(rel, spanEnd) },
    number: {
      n: m.n,
      n2: m.n2,
      qualifier: m.qualifier,
      kind: m.kind,
      text: m.text,
      start: m.start,
      end: m.end,
    },
    measure,
    counted,
    side,
    noun,
    date,
    dateText,
    dateInherited: false,
    range: null,
    days: null,
    whole,
    planned,
  };
}

/** A bare number that still counts people: "another 307 were swapped", "Ukraine got 230 back". */
function impliedCount(before: string, after: string): boolean {
  if (
    /^\s+(?:were|was|have been|had been|are|have|had|got|returned|came|went|more|back)\b/i.test(
      after,
    )
  )
    return true;
  if (/^\s+(?:(?:from|by|on|for) (?:each|either) side|each|apiece|per side)\b/i.test(after))
    return true;
  return (
    /\b(?:got|received|recovered|freed|released|returned|swapped|exchanged|traded|handed over|brought home)\s+(?:another\s+|a further\s+|the (?:final|last|remaining)\s+)?$/i.test(
      before,
    ) && /^\s*(?:$|[,;.–—)]|and\b|back\b|in\b|on\b)/i.test(after)
  );
}

/** The counted noun nearest a position in the sentence, preferring one before it. */
function countedNear(s: string, at: number): Counted {
  const re = /[\p{L}][\p{L}'’-]*/gu;
  let best: { counted: Counted; d: number } | null = null;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const w = m[0].toLowerCase();
    let c: Counted | undefined = COUNTED_NOUNS[w];
    if (w === "prisoners" && /^\s+of\s+war\b/i.test(s.slice(m.index + m[0].length))) c = "military";
    if (!c || c === "exchanges") continue;
    const d = m.index < at ? at - m.index : (m.index - at) * 3;
    if (!best || d < best.d) best = { counted: c, d };
  }
  return best?.counted ?? "people";
}

function sideOf(before: string, after: string, np: NounPhrase): Side | null {
  const a = after.toLowerCase();
  const b = before.toLowerCase();
  const near = (re: RegExp, s: string) => re.test(s);
  if (
    near(
      /^\s*(?:[\p{L}'’-]+\s+){0,5}?(?:(?:from|by|on|for|to) )?(?:each|either) (?:side|country|nation|party)\b|^\s*(?:[\p{L}'’-]+\s+){0,2}?(?:each|apiece)\b|^\s*per side\b/u,
      a,
    )
  )
    return "each";
  if (
    near(
      /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:in total|in all|altogether|combined|between them|from both sides|on both sides)\b/u,
      a,
    ) ||
    /\b(?:a total of|in total|altogether|combined)\s*$/.test(b)
  )
    return "total";
  if (
    /\beach (?:side|country|party|nation)\b[^,.;:]{0,50}$/.test(b) ||
    /\beach of the two\b[^,.;:]{0,40}$/.test(b) ||
    /\b(?:ukraine|russia|kyiv|moscow) and (?:ukraine|russia|kyiv|moscow)\s+(?:\w+\s+)?each\s+[\p{L}]+\s+$/u.test(
      b,
    ) ||
    /\b(?:both|the two) (?:sides|countries|nations)\s+(?:\w+\s+)?each\s+[\p{L}]+\s+$/u.test(b) ||
    /\b(?:they|both|we) (?:would |will |have |had )?each\s+[\p{L}]+(?: back)?\s+$/u.test(b)
  )
    return "each";
  if (np.nationality) return np.nationality;
  if (
    /\b(?:ukraine|kyiv) (?:got|received|recovered|brought home|welcomed|secured)(?: back)?\s+$/.test(
      b,
    )
  )
    return "ukraine";
  if (/\b(?:russia|moscow) (?:got|received|recovered|welcomed|secured)(?: back)?\s+$/.test(b))
    return "russia";
  if (
    /^[^.;:,]{0,60}?\b(?:received|returned|handed over|transferred) (?:from|by) ukraine\b/.test(a)
  )
    return "russia";
  if (
    /^[^.;:,]{0,60}?\b(?:to russia|back to russia|from ukrainian (?:custody|captivity))\b/.test(a)
  )
    return "russia";
  if (
    /^[^.;:,]{0,60}?\b(?:(?:returned|brought|came|come|went|coming) (?:back )?home|(?:back )?to ukraine|from russian? (?:custody|captivity)|from russia)\b/.test(
      a,
    )
  )
    return "ukraine";
  if (
    /\b(?:both (?:sides|countries|nations)|the two (?:sides|countries|nations)|russia and ukraine|ukraine and russia|moscow and kyiv|kyiv and moscow)\s+(?:[\p{L}'’-]+\s+){0,6}$/u.test(
      b,
    )
  ) {
    // "the two sides swapped nearly 480" is a total; "both countries released 390 of their" is each.
    return np.ofTheir || /^\s*of (?:their|its)\b/.test(a) ? "each" : "total";
  }
  return null;
}

function measureOf(
  counted: Counted | null,
  s: string,
  after: string,
  sinceStart: boolean,
  daysSoFar: boolean,
  exchangeSentence: boolean,
  clauseBefore: string,
): Measure | null {
  const a = after.toLowerCase();
  const byDate =
    /\bby (?:mid-|the end of |early |late )?(?:20\d\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/i.test(
      s,
    );
  if (counted === "exchanges") {
    return sinceStart ||
      byDate ||
      /^\s*(?:\w+\s+)?(?:had|have|has)\b/.test(a) ||
      /\bin all\b/.test(a)
      ? "exchange-count"
      : null;
  }
  const releaseOfEarly = /\b(?:release|return|swap|exchange|freeing) of\s+(?:\w+\s+)?$/i.test(
    clauseBefore,
  );
  if (
    !releaseOfEarly &&
    /^[^.;]{0,50}?\b(?:detained|held|in captivity|imprisoned|being held|remain captive)\b/.test(
      a,
    ) &&
    !/^[^.;]{0,40}?\b(?:returned|freed|released|swapped|exchanged)\b/.test(a)
  )
    return "held";
  if (/\b(?:hold|holds|holding|is holding)\s+(?:\w+\s+)?$/i.test(clauseBefore)) return "held";
  // "The release of 1,000 Ukrainians held captive": the release, not the holding.
  const releaseOf = /\b(?:release|return|swap|exchange|freeing) of\s+(?:\w+\s+)?$/i.test(
    clauseBefore,
  );
  const returning =
    /\b(?:freed|returned|brought (?:back|home)|released|brought back|come home|came home|been freed)\b/i;
  if (sinceStart && (exchangeSentence || returning.test(s))) return "returned-since-2022";
  if (byDate && returning.test(s) && /\b(?:had|have|has)\b/i.test(s)) return "returned-since-2022";
  if (byDate && /\btotal\b/i.test(s) && returning.test(s)) return "returned-since-2022";
  if (daysSoFar && exchangeSentence) return "released-to-date";
  if (exchangeSentence || releaseOf || PLANNED.test(clauseBefore.slice(-50))) return "released";
  return null;
}

interface ClauseBounds {
  start: number;
  end: number;
}

function clauseStarts(s: string): number[] {
  const starts = [0];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m !== null; m = CLAUSE_BREAK.exec(s)) starts.push(m.index);
  return starts;
}

function clauseOf(starts: readonly number[], at: number): ClauseBounds {
  let i = 0;
  while (i + 1 < starts.length && (starts[i + 1] as number) <= at) i++;
  return { start: starts[i] as number, end: starts[i + 1] ?? Number.POSITIVE_INFINITY };
}

/** The date a figure at [rel, relEnd) is about: nearest in its clause, then before, then after. */
function dateFor(
  dates: readonly DateInfo[],
  clauses: readonly number[],
  rel: number,
  relEnd: number,
  off: number,
): { date: string | null; range: DayRange | null; text: string } | null {
  const usable = dates.filter((d) => !d.since);
  if (usable.length === 0) return null;
  const clause = clauseOf(clauses, rel);
  const gap = (d: DateInfo) => {
    const ds = d.start - off;
    const de = d.end - off;
    return de <= rel ? rel - de : ds - relEnd;
  };
  const pick = (list: DateInfo[]) =>
    list.length === 0 ? null : list.reduce((best, d) => (gap(d) < gap(best) ? d : best));
  const days = usable.filter((d) => d.date);
  const inClause = (d: DateInfo) => d.start - off >= clause.start && d.start - off < clause.end;
  const day =
    pick(days.filter(inClause)) ??
    pick(days.filter((d) => d.end - off <= rel)) ??
    pick(days.filter((d) => d.start - off >= relEnd));
  if (day) return { date: day.date, range: null, text: day.text };
  const ranges = usable.filter((d) => d.range);
  const range =
    pick(ranges.filter(inClause)) ?? pick(ranges.filter((d) => d.end - off <= rel)) ?? pick(ranges);
  return range ? { date: null, range: range.range, text: range.text } : null;
}

/** Words in a text, for the summary line. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export type { DateMention };
