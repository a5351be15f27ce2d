/**
 * A reporter's question read as a claim with a hole. The hole is filled with a stand-in figure
 * and the sentence is read by the fact-check's own reader (check/read/): what is counted, for
 * whom, what is measured (one exchange, the deal so far, a running total) and over which days.
 * The days a question names are fixed against the archive first, as the fact-check fixes an
 * undated draft's days ("the 24th" is the store's May 24, 2025; "the Saturday" the deal's
 * Saturday; "the day after the Istanbul talks" May 17, 2025). What is asked (how many, when,
 * who, which number, is this right) comes from the question's own words (vocabulary.ts).
 * Pure: the store is only looked at to fix days and names.
 */

import type { Counted, Event, Measure, Side } from "../../store/schema.ts";
import type { ReadingPart } from "../answers.ts";
import { eventEnd, eventStart, normaliseAlias } from "../catalog.ts";
import { archiveYears, namedEvents } from "../check/align/store-index.ts";
import { extractClaims } from "../check/read/claims.ts";
import { readDates } from "../check/read/draft-dates.ts";
import {
  addDaysIso,
  formatDateRange,
  formatNewsroomDate,
  MONTH_NAMES,
  monthNumber,
  WEEKDAYS,
  weekdayNumber,
} from "../dates.ts";
import { parseNumberWords } from "../numbers.ts";
import type { Knowledge } from "../queries.ts";
import { exchangesMissing } from "./align.ts";
import { dayWordsAsDigits } from "./day-words.ts";
import { dropLabelKeepTime, sourceNumbersAsWords } from "./desk-label.ts";
import { peopleNamed, surnameIn } from "./people.ts";
import {
  AFTER_ALL_WAVES,
  AGREED,
  type Asked,
  ATTRIBUTED,
  AVERAGE_ASKED,
  BEFORE_DEAL,
  BY_END_OF,
  CEASEFIRE,
  CHECK_LEAD,
  CHECK_TAIL,
  COMPARE,
  COMPOSITION_ASKED,
  CONTRAST,
  COUNT_SHORTHAND,
  COUNTED_NOUNS,
  COUNTED_WORDS,
  COUNTS_APART,
  DATE_ASKED,
  DAY_WORD_VALUES,
  DAYS_AFTER,
  DAYS_BETWEEN,
  DAYS_COUNT,
  DEAL_NAMED,
  DEAL_SO_FAR,
  DECLARATIVE_CHECK,
  DESCRIBED_AS,
  DIFFERENCE,
  DOCUMENT_CONTENT,
  EITHER_ORDINAL,
  END_OF_YEAR,
  EXACT_ASKED,
  EXISTS_ASKED,
  FIGURE_CHECK,
  FIGURE_CUE,
  FIRST_TWO_WAVES,
  FOLLOW_UP_LEAD,
  FOUNDED,
  FUTURE,
  HELD,
  HOME_STATE,
  HOW_MANY_OF,
  LAST_BEFORE_DEAL,
  NAME_ASKED,
  NAME_MEASURES,
  NOT_SLIPS,
  NOW,
  OFF_TOPIC,
  OFFSET_DAYS,
  ORDINAL_ASKED,
  OTHER_SWAPS,
  OWNED_QUOTE,
  PER_DAY,
  PHOTO_CREDIT,
  POSTED,
  REMAINING,
  ROLE_ASKED,
  RUNNING,
  SAID_QUOTED,
  SHARE_ASKED,
  SHARED_WAVE_NOUN,
  SHORT_YEAR,
  SIDE_WORDS,
  SINCE_WAR,
  SLIP_TARGETS,
  SOURCE_GIVES,
  TAKES_IN,
  TALLY_WORDS,
  TO_DAY,
  TO_WAVE,
  TYPOS,
  UNTRACKED,
  VOUCHED_BY,
  WAR_BEGAN,
  WAR_VERB,
  WAVE_DAY,
  WAVE_PLACE,
  WAVES_COUNT,
  WEEKDAY_SHORT,
  WEEKDAY_SHORT_AT,
  WEEKDAY_SHORT_BEFORE,
  WEEKEND,
  WEIGHT,
  WHERE_IN_COPY,
  WHO_ANNOUNCED,
  WHO_REFUSED,
  WHO_SAYS,
  WHO_WROTE,
  WHOLE_DEAL,
  WITH_WOUNDED,
  WITHOUT_WOUNDED,
} from "./vocabulary.ts";
import { yearWordsAsDigits } from "./year-words.ts";

export type { Asked };

export interface DayRange {
  from: string;
  to: string;
}

/** One end of a difference of running totals: who gives it and as of when (null: their latest). */
export interface CountEnd {
  claimantIds: string[] | null;
  range: DayRange | null;
}

/** Who or what a "who" question wants: a stored name, who stands behind a figure, a byline. */
export type NameOf =
  | "measure"
  | "claimant"
  | "author"
  | "sources"
  | "announcer"
  | "role"
  | "credit";

/** A question read: plain data, kept per thread so a follow-up can be read against it. */
export interface AskReading {
  asked: Asked;
  measure: Measure | null;
  counted: Counted | null;
  side: Side | null;
  /** The event named or dated; for a wave of a deal, the wave. */
  eventId: string | null;
  /** One day the question is about. */
  day: string | null;
  /** A span of days ("the weekend", "May 2025", "by September 2024"). */
  range: DayRange | null;
  /** A running total (since 2022, held, the count of exchanges), as of `range`/`day` or now. */
  running: boolean;
  /** The 1,000-for-1,000 deal so far ("after the first two days"). */
  dealSoFar: boolean;
  /** A figure worked out from stored ones. */
  derive: "difference" | "remaining" | null;
  /** When a deal started or ended ("when did it wrap up"). */
  edge: "first" | "last" | null;
  /** The figure the question names ("the 303", "is 4,552 right", "did 307 come back"). */
  value: { n: number; text: string } | null;
  nameOf: NameOf | null;
  /** "According to rki.news": only this source's facts. */
  sourceId: string | null;
  /** "Rus MoD's count", "the ombudsman's figure": the claimants the question names. */
  claimantIds: string[] | null;
  /** "Who said '…'": the words quoted, to be found in the sources. */
  quote: string | null;
  /** "Which swap does the table call 'the largest since 2022'": the words the event is called by. */
  described?: string | null;
  /** For "is X right?": the statement the fact-check is asked about. */
  claim: string | null;
  /** Nothing the store could hold: the weather, what it cost. */
  outside: boolean;
  /** Every day or span the question names, in order ("between September 2024 and May 23"). */
  spans: DayRange[];
  /** Two exchanges compared ("which was bigger, April or May 6?"). */
  compare: string[] | null;
  /** Something to come ("the next round", "will"): answered only from stored plans. */
  future: boolean;
  /** "When was it agreed": the day it was agreed, not the day it took place. */
  agreed: boolean;
  /** Every figure the question names, in order ("how far apart are 4,552 and 4,750"). */
  values: number[];
  /** The two running counts a difference sets apart, each read from its own words. */
  ends?: CountEnd[] | null;
  /** "For March, April and May": the exchanges named, in order, each answered in one line. */
  listed: string[] | null;
  /** "For each day of the deal": each of the deal's waves answered in one line. */
  perDay: boolean;
  /** "Wounded included": the main figure and the wounded exchanged on top of it, added. */
  withWounded: boolean;
  /** "Without counting the wounded": the main figure alone, though the wounded came home too. */
  withoutWounded?: boolean;
  /** What was understood, part by part, with the words each came from. */
  parts: ReadingPart[];
  /** What the words left open: grounds for offering choices rather than one answer. */
  unclear: string[];
  /** The sources the answer to this reading cited (set after answering; a follow-up's "they"). */
  cited?: string[];
  /** Which of the fields above this question's own words set (a follow-up keeps the rest). */
  set: (keyof AskReading)[];
}

const UNIT_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
/** A run of number words with "hundred" or "thousand" in it: "six hundred ninety-seven". */
const NUMBER_WORD_RUN = new RegExp(
  `\\b(?:${UNIT_WORDS})(?:[\\s-]+(?:${UNIT_WORDS}|hundred|thousand|and))*[\\s-]+(?:hundred|thousand)(?:[\\s-]+(?:${UNIT_WORDS}|and))*\\b`,
  "gi",
);

/** "Three ninety", "two fifty-five": a unit word then a tens word, a figure of hundreds said aloud. */
const HUNDREDS_THEN_TENS =
  /\b(one|two|three|four|five|six|seven|eight|nine)[\s-]+(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine))?\b(?![\s-]*(?:hundred|thousand|somethings?)\b)/gi;

/** "…, before Istanbul or after?": which side of an event, asked last. */
const BEFORE_OR_AFTER =
  /[\s,.;:?-]*\b(?:(?:was|is) (?:it|that|this) )?(?:before|after) (?:the )?[\w-]+(?: [\w-]+){0,2} or (?:before|after)(?: (?:it|that))?\s*\??\s*$/i;

/** The stand-in figure put in the hole: large and odd, so no stored figure is ever it. */
const HOLE = 98765;

export function tidy(question: string): string {
  let t = question.normalize("NFKC").replace(/\s+/g, " ").trim().slice(0, 500);
  for (const [re, to] of TYPOS) t = t.replace(re, to);
  // "How many drones and then uh no scratch that, just the missiles": a question taken back
  // mid-way; only what comes after is asked.
  t = t.replace(
    /^.*?\b(?:(?:uh|um|er)\s+)?(?:no,?\s+)?(?:scratch|strike|forget|cancel) that\b[,.;:!-]*\s*(?:(?:just|only)\s+)?(?=\S)/i,
    "",
  );
  // "P o ws", "p.o.w.s": prisoners of war dictated letter by letter.
  t = t.replace(/\bp\.?\s?o\.?\s?w(?:\.?\s?(s)|'s|’s)?\b\.?/gi, (_m, s?: string) =>
    s ? "POWs" : "POW",
  );
  // "The U. A. E.", "U.A.E.": letters dictated or dotted, read as the one name ("UAE").
  t = t.replace(/\b((?:[A-Z]\.\s?){2,}[A-Z])\.?(?=[\s,;:?!)]|$)/g, (_m, letters: string) =>
    letters.replace(/[.\s]/g, ""),
  );
  t = t
    .replace(/\b[a-z]{3,}\b/gi, foldSlip)
    .replace(CONTRAST, "")
    .replace(WHERE_IN_COPY, "")
    // "In which day? before Istanbul or after?": the event it is set against is a reference,
    // not what is asked about.
    .replace(BEFORE_OR_AFTER, "?");
  // Dates as other desks write them: "23.5." or "23.05.2025" is May 23; "the swap from 19
  // April" is the swap of that day; "exchange #" asks its number.
  t = t.replace(
    /\b(\d{1,2})\.(\d{1,2})\.(?:((?:19|20)\d\d)\b)?/g,
    (m, d: string, mo: string, y?: string) => {
      const month = MONTH_NAMES[Number(mo) - 1];
      return month && Number(d) >= 1 && Number(d) <= 31
        ? `${month} ${Number(d)}${y ? `, ${y}` : ""} `
        : m;
    },
  );
  t = t.replace(FIRST_TWO_WAVES, "first two days");
  // "Freed-Ukrainians", "returned-POWs": a chart's label, its words joined, read apart.
  t = t.replace(/\b(freed|returned|released|swapped|exchanged)-([a-z]{3,})\b/gi, "$1 $2");
  // "Home from March 19, April 19 and May 6": days listed after "from" are the days they came
  // home on, not a "since" the first of them.
  t = t.replace(
    /\bfrom\s+(?=(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?\s*,\s*)+(?:and\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b)/gi,
    "on ",
  );
  t = dropLabelKeepTime(t);
  t = sourceNumbersAsWords(t);
  // "Timeline: date of …", "chart: when …": the desk's label for where the answer goes, before
  // the question itself.
  t = t.replace(
    /^(?:timeline|chart|graphic|map|table|annotation|factbox|explainer)\s*:\s*(?=(?:date|day|when|how|what|which|who|where)\b)/i,
    "",
  );
  // "Between March and May 2025": the first month takes the year said once for both.
  t = t.replace(
    /\b(between|from)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+(and|to|till|until|through)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+((?:19|20)\d\d)\b/gi,
    "$1 $2 $5 $3 $4 $5",
  );
  // "Since '22", "by sept '24", "mid-'24": a year cut to two digits after a word of time.
  t = t.replace(SHORT_YEAR, (_m, yy: string) => `20${yy}`);
  t = t.replace(POSTED, (_m, _p: string, end?: string) => `tweet${end ? "ed" : ""}`);
  // "Fri+sat", "sat & sun": two weekdays cut short, joined, can only be days.
  t = t.replace(
    /\b(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?\s*(\+|&|\/|and)\s*(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?/gi,
    (_m, a: string, _j: string, b: string) =>
      `${WEEKDAY_SHORT[a.toLowerCase()] ?? a} and ${WEEKDAY_SHORT[b.toLowerCase()] ?? b}`,
  );
  // "Sat: how many?", "fri = which day?": a weekday cut short, first and set off, is the day.
  t = t.replace(
    /^(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?(?=\s*[=:–—-])/i,
    (m, w: string) => WEEKDAY_SHORT[w.toLowerCase()] ?? m,
  );
  // "Civs in sat wave?", "the fri one": a weekday cut short, before a noun only a day can take.
  t = t.replace(
    WEEKDAY_SHORT_BEFORE,
    (m, a: string | undefined, b: string | undefined) =>
      WEEKDAY_SHORT[(a ?? b ?? "").toLowerCase()] ?? m,
  );
  // "POWs swapped Sat?", "on Fri": a weekday cut short, where only a day can stand.
  t = t.replace(
    WEEKDAY_SHORT_AT,
    (m, on: string | undefined, w: string, end: string | undefined) =>
      on || end !== undefined ? `${on ?? "on "}${WEEKDAY_SHORT[w.toLowerCase()] ?? w}` : m,
  );
  // "Waves 2 and 3", "the first and the last wave": each wave with its own noun.
  for (const [re, to] of SHARED_WAVE_NOUN) t = t.replace(re, to as (m: string) => string);
  // "By September twenty twenty four": a year said in words, as its digits (before the day words,
  // which would otherwise read nothing of it).
  t = yearWordsAsDigits(t);
  // "Twenty four may", "the twenty-fourth of May": a day said in words, as its digits.
  t = dayWordsAsDigits(t);
  // "The sixty fourth exchange": a place in the war's series said in words, as its digits (tens
  // past any day of a month; the days are read above).
  t = t.replace(
    /\b(forty|fifty|sixty|seventy|eighty|ninety)[\s-]+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/gi,
    (m, tens: string, unit: string) => {
      const n = (parseNumberWords(tens) ?? 0) + (DAY_WORD_VALUES[unit.toLowerCase()]?.n ?? 0);
      if (n < 41) return m;
      const last = n % 10;
      return `${n}${last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th"}`;
    },
  );
  // "The 64th exchange is that the big one …": a thing named, then asked about; read as a check
  // of it, as "the 64th exchange - is that the big one …?" is (a dictated question has no "?").
  const named =
    /^(?!(?:what|which|who|whom|whose|when|where|how|why|is|was|are|were|did|does|do|can|could|should)\b)(the [^,?–—-]{3,60}?)\s+(is|was) (that|this|it) (?=the\b)/i;
  if (named.test(t))
    t = `${t.replace(named, "$1 - $2 $3 ").replace(/[.!\s]*$/, "")}${/\?\s*$/.test(t) ? "" : "?"}`;
  // "Six hundred ninety-seven", "three-oh-seven": a figure said in words, as its digits.
  t = t.replace(NUMBER_WORD_RUN, (m) => {
    const n = parseNumberWords(m.replace(/[\s-]+and$/i, "").replace(/-/g, " "));
    // With its comma ("2,000"): "two thousand" is a figure, never the year 2000.
    return n !== null && /hundred|thousand/i.test(m) ? n.toLocaleString("en-US") : m;
  });
  t = t.replace(
    /\b(one|two|three|four|five|six|seven|eight|nine)[- ]oh[- ](one|two|three|four|five|six|seven|eight|nine)\b/gi,
    (_m, a: string, b: string) => `${parseNumberWords(a)}0${parseNumberWords(b)}`,
  );
  // "Three ninety came back", "two fifty drones": a figure said as its hundreds and then its
  // tens, as it is read aloud; read as "ninety" alone it is a wrong figure checked.
  t = t.replace(HUNDREDS_THEN_TENS, (m, a: string, b: string, c?: string) => {
    const n = parseNumberWords(a);
    const tens = parseNumberWords(c ? `${b} ${c}` : b);
    return n !== null && tens !== null ? String(n * 100 + tens) : m;
  });
  // "Four thousand seven fifty": the thousands said before those hundreds, one figure ("for
  // thousand", as dictation hears "four", only before such a remainder).
  t = t.replace(
    /\b(one|two|three|four|for|five|six|seven|eight|nine)\s+thousand\s+(\d{3})\b(?![,.]?\d)/gi,
    (m, a: string, b: string) => {
      const n = parseNumberWords(a.toLowerCase() === "for" ? "four" : a);
      return n === null ? m : (n * 1000 + Number(b)).toLocaleString("en-US");
    },
  );
  // "23.05", "7.05": a day and a two-digit month with no closing dot, as the dot-less desks write it.
  t = t.replace(
    /(?<![\d.,])\b(\d{1,2})\.(0[1-9]|1[0-2])\b(?![.,]?\d)/g,
    (m, d: string, mo: string) => {
      const month = MONTH_NAMES[Number(mo) - 1];
      return month && Number(d) >= 1 && Number(d) <= 31 ? `${month} ${Number(d)} ` : m;
    },
  );
  t = t.replace(
    /\b(swap|exchange|release)\s+from\s+(?=(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/gi,
    "$1 of ",
  );
  // "1st or 2nd direct talks": places in a series written as figures, read as the words.
  const ORD = ["first", "second", "third", "fourth", "fifth"];
  t = t.replace(
    /\b([1-5])(?:st|nd|rd|th)\s+or\s+(?:the\s+)?([1-5])(?:st|nd|rd|th)(?=\s+(?:direct|face-to-face|in-person|meeting|talks|negotiations?|round|exchange|swap|wave|leg|stage)\b)/gi,
    (_m, a: string, b: string) => `${ORD[Number(a) - 1]} or ${ORD[Number(b) - 1]}`,
  );
  // "The big swap from 23rd": the day of the month, as "the 23rd" is read.
  t = t.replace(
    /\b(swap|exchange|release)\s+(?:from|of|on)\s+(\d{1,2}(?:st|nd|rd|th))\b(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi,
    "$1 of the $2",
  );
  t = t.replace(/\b(exchange|swap)\s*(?:#|no\.|nr\.?)(?!\s*\d)/gi, "$1 number");
  // "The swap in begin of may", "the swap at the start of May": the early-May swap.
  t = t
    .replace(
      /\b(?:the\s+)?(?:begin(?:ning)?|start)\s+of\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi,
      "early $1",
    )
    .replace(/\b(swap|exchange)\s+in\s+(early\s+[a-z]+)\b/gi, "$2 $1");
  // "Ballistic?" after a question about drones: the missiles, as desks shorten them.
  t = t.replace(/\bballistics?\b(?!\s+missiles?\b)/gi, "ballistic missiles");
  // "How many exchange since the war began": the exchanges counted, in a second language's singular.
  t = t.replace(
    /\b(how\s+many)\s+(exchange|swap)\b(?!\s+(?:of|on|in|took|was|were|had|did|yesterday|today|tomorrow|yday|last|this|that)\b)/gi,
    "$1 $2s",
  );
  // "How many woman": a second-language singular for the class asked about.
  t = t.replace(/\b(how\s+many\s+(?:\w+\s+)?)woman\b/gi, "$1women");
  return statedToday(t).replace(/\s+/g, " ").trim();
}

/**
 * "Today 24 may here, yesterday how many …", "i write may 25: how many swap yesterday?": a
 * question that says which day it is asked on, as a reporter on the story would, has its
 * "yesterday", "today" and "tomorrow" counted from that day, not from the day the bot runs.
 */
function statedToday(t: string): string {
  const m = new RegExp(
    `\\b(?:today(?:\\s+is|['’]s)?|now(?:\\s+is)?|(?:i\\s+)?(?:write|writing|am\\s+writing|['’]m\\s+writing)(?:\\s+on)?|it(?:['’]s|\\s+is))\\s+(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_WORDS})|(${MONTH_WORDS})\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?:\\s*,?\\s*here)?\\s*[:,;.]?`,
    "i",
  ).exec(t);
  if (
    !m ||
    !/\b(?:yesterday|today|tomorrow|yday|tmrw)\b/i.test(
      t.slice(0, m.index) + t.slice(m.index + m[0].length),
    )
  )
    return t;
  const day = Number(m[1] ?? m[4]);
  const month = MONTH_WORDS.split("|").indexOf((m[2] ?? m[3] ?? "").toLowerCase());
  if (month < 0 || day < 1 || day > 31) return t;
  // The story's year: only the month and day are written back, so any leap year will do.
  const at = (shift: number) => {
    const d = new Date(Date.UTC(2024, month, day + shift));
    return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}`;
  };
  const rest = `${t.slice(0, m.index)} ${t.slice(m.index + m[0].length)}`;
  return rest
    .replace(/\b(?:the\s+day\s+before\s+yesterday)\b/gi, `on ${at(-2)}`)
    .replace(/\b(?:yesterday|yday)\b/gi, `on ${at(-1)}`)
    .replace(/\b(?:tomorrow|tmrw)\b/gi, `on ${at(1)}`)
    .replace(/\btoday\b/gi, `on ${at(0)}`);
}

/** A sentence of copy quoted to be checked ("Copy: 'By mid-2024, 54 exchanges …' Good?"). */
function quotedCopy(text: string): string | null {
  const m = /(?:^|[\s:(,])(['"“‘])([^"“”]{12,}?)['"”’](?=$|[\s?.,!;:)])/.exec(text);
  const words = m?.[2]?.trim().replace(/[.!]+$/, "");
  // A sentence, not a name or a title: a verb and four words at least.
  return words && words.split(/\s+/).length >= 4 ? words : null;
}

/** Words quoted in a question, three or more ('…', "…", “…”), with the marks around them. */
export function quotedIn(text: string): { raw: string; words: string } | null {
  const m = /(?:^|[\s:(,])((['"“‘])([^"“”]{12,}?)['"”’])(?=$|[\s?.,!;:)])/.exec(text);
  if (!m?.[1] || !m[3]) return null;
  const words = m[3].trim();
  // "The 'more than 4,750 freed' figure": a figure put in quotes is asked about, not looked for.
  if (/\d/.test(words)) return null;
  return words.split(/\s+/).length >= 3 ? { raw: m[1], words } : null;
}

/** "Peskov said '…'": the words quoted after a person the store names and a verb of saying. */
export function saidQuoted(k: Knowledge, text: string): string | null {
  // "Peskov called it a quite laborious process" (copy quoted whole, the words not quoted again):
  // what follows the person's verb, when it holds no figure.
  const bare =
    /\b(\p{Lu}[\p{L}-]+)\s+(?:called it|called the (?:swap|exchange)|described it as|described the (?:swap|exchange) as)\s+((?:an?\s+)?[\p{L}\s'’-]{12,}?)\s*[.!]?\s*$/u.exec(
      text,
    );
  if (bare?.[1] && bare[2] && peopleNamed(k).some((p) => surnameIn(bare[1] as string, p.surname)))
    return bare[2].trim();
  // "Peskov's phrase for it: '…'?": words owned by a person are words that person is said to
  // have said, checked the same way.
  const m = SAID_QUOTED.exec(text) ?? OWNED_QUOTE.exec(text);
  const words = m?.[3]?.trim();
  if (!m?.[1] || !words || words.split(/\s+/).length < 3) return null;
  return peopleNamed(k).some((p) => surnameIn(m[1] as string, p.surname)) ? words : null;
}

/** A word one edit from exactly one question word ("wen", "mediatr"), read as that word. */
export function foldSlip(word: string): string {
  const w = word.toLowerCase();
  if (w.length < 3 || SLIP_TARGETS.includes(w) || NOT_SLIPS.has(w)) return word;
  const near = SLIP_TARGETS.filter((t) => t.length >= 4 && oneEdit(w, t));
  return near.length === 1 && near[0] ? near[0] : word;
}

/** One letter added, dropped, changed, or two neighbours swapped. */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** Read one question on its own. `read` in thread.ts merges it with the one before. */
export function readQuestion(k: Knowledge, question: string): AskReading {
  let text = tidy(question);
  // "Who said 'In the coming days, there will be …'": the words quoted are looked for in the
  // sources; they are not the question's own (their "will" asks no plan, their figures none).
  const quoted = quotedIn(text);
  if (quoted && askedOf(text) === "name")
    text = text.replace(quoted.raw, " it ").replace(/\s+/g, " ").trim();
  const lower = text.toLowerCase();
  const set = new Set<keyof AskReading>();
  const parts: ReadingPart[] = [];
  const unclear: string[] = [];
  const r: AskReading = {
    asked: "figure",
    measure: null,
    counted: null,
    side: null,
    eventId: null,
    day: null,
    range: null,
    running: false,
    dealSoFar: false,
    derive: null,
    edge: null,
    value: null,
    nameOf: null,
    sourceId: null,
    claimantIds: null,
    quote: null,
    claim: null,
    outside: false,
    spans: [],
    compare: null,
    future: false,
    agreed: false,
    values: [],
    listed: null,
    perDay: false,
    withWounded: false,
    parts,
    unclear,
    set: [],
  };
  const put = <K extends keyof AskReading>(key: K, v: AskReading[K]) => {
    r[key] = v;
    set.add(key);
  };

  // What is asked.
  const asked = askedOf(text);
  if (asked) put("asked", asked);
  if (quoted && r.asked === "name") put("quote", quoted.words);
  // "Pull quote to Zelensky: '…' — right person?": who said the words, checked.
  if (
    quoted &&
    r.asked === "check" &&
    /\b(?:right|correct|wrong) (?:person|speaker|name|man|woman)\b|\battribut\w*|\bpull ?quote\b|\bquote (?:to|from)\b/i.test(
      text,
    )
  )
    put("quote", quoted.words);
  if (
    OFF_TOPIC.test(lower) ||
    DOCUMENT_CONTENT.test(lower) ||
    (UNTRACKED.test(lower) && !WHO_SAYS.test(lower)) ||
    countsUntracked(lower)
  )
    put("outside", true);

  // "Which swap does Brussels Morning call 'the largest since 2022'": the event those words are
  // said of, found in the sources' own lines; the words name no event of the question's own.
  const described = DESCRIBED_AS.exec(text);
  if (described?.[2]) {
    put("asked", "date");
    put("described", described[2].trim());
  }

  // The days and events the question names, fixed against the archive.
  const when = whenOf(k, text);
  if (when.eventId) put("eventId", when.eventId);
  if (when.day) put("day", when.day);
  if (when.range) put("range", when.range);
  if (when.edge) put("edge", when.edge);
  if (when.part) parts.push(when.part);
  if (when.unclear) unclear.push(when.unclear);
  if (when.spans.length > 1) put("spans", when.spans);
  // "The May 23–25 one": a span that is exactly a deal's days names that deal.
  if (!r.eventId && r.range) {
    const { from, to } = r.range;
    const deal = k.catalog.deals.find((e) => eventStart(e) === from && eventEnd(e) === to);
    if (deal && from !== to) put("eventId", deal.id);
  }
  // "And the 49th one when?": an exchange named by its number in the series, no day said.
  // ("The 64th – sometime in 2024, when exactly?": the exchange the number names is asked its
  // day; the year said beside it is the asker's guess.)
  // ("What date was the swap they called the 49th?": "the swap" alone names no exchange of its
  // own; the number the store holds for one does.)
  const generic =
    !!when.eventId &&
    /^(?:the |that |this )?(?:prisoner )?(?:swap|exchange)$/i.test(when.part?.from ?? "");
  const byOrdinal =
    (!when.eventId || generic) && !when.day && (!when.range || r.asked === "date")
      ? ordinalEvent(k, lower)
      : null;
  if (byOrdinal && byOrdinal.id !== r.eventId) {
    if (r.range) put("range", null);
    put("eventId", byOrdinal.id);
    parts.push({ value: byOrdinal.title, from: null });
  }
  // "The 205 swap", "the 175-each exchange", "the 303 group": an exchange named by the figure
  // the sources give for it, which names it more surely than a month or wave the asker puts
  // beside it ("what day in April was the 205 swap": the swap of 205, whatever its month).
  const byFigure = figureNamed(k, text);
  if (byFigure && byFigure.event.id !== r.eventId) {
    put("eventId", byFigure.event.id);
    put("day", null);
    put("range", null);
    put("edge", null);
    parts.push({ value: byFigure.event.title, from: byFigure.said });
  }
  // "How many does the Istanbul swap deal cover": a count of people at talks is of the deal
  // agreed there (the day the sources say it was agreed is the talks' day).
  const talks = r.eventId ? k.catalog.events.get(r.eventId) : undefined;
  const talksDeal =
    talks?.kind === "talks" &&
    !r.day &&
    [talks.title.replace(/^the /i, ""), ...talks.aliases].some((a) =>
      new RegExp(
        `\\b${a.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(?:prisoner\\s+)?(?:swap|exchange|deal)\\b`,
      ).test(lower),
    );
  // ("In Istanbul, how many did each side agree to release?": what was agreed there is the deal.)
  const agreedThere =
    AGREED.test(lower) ||
    /\bagree(?:d|s)?\s+(?:to\s+|on\s+)?(?:release|free|swap|exchange|hand over|return)\w*\b/.test(
      lower,
    );
  if (talks && (talksDeal || (agreedThere && !r.day)) && r.asked === "figure") {
    const day = eventStart(talks);
    const agreed = k.catalog.deals.filter((d) =>
      (k.catalog.factsByEvent.get(d.id) ?? []).some(
        (f) => f.measure === "agreed-on" && f.value.type === "date" && f.value.date === day,
      ),
    );
    if (agreed.length === 1) put("eventId", (agreed[0] as Event).id);
  }
  if (OTHER_SWAPS.test(lower)) {
    put("eventId", null);
    put("day", null);
  }
  // "When did Ukraine set up the coordination HQ": the founding the store holds, by its name.
  const founding = FOUNDED.test(lower) ? foundingNamed(k, lower) : null;
  if (founding) {
    put("eventId", founding.id);
    put("day", null);
    put("range", null);
    parts.push({ value: founding.title, from: FOUNDED.exec(lower)?.[0] ?? null });
  }
  if (COMPARE.test(lower) && when.events.length >= 2) put("compare", when.events.slice(0, 2));
  // "How many days between the Istanbul talks and the first wave": the two events, each read apart.
  const between =
    DAYS_AFTER.exec(text) ?? (HOW_MANY_OF.test(lower) ? null : DAYS_BETWEEN.exec(text));
  let daysApart = false;
  if (between?.[1] && between[2]) {
    // (Either end may be an exchange named by its figure, "the 205 swap".)
    const a = figureNamed(k, between[1])?.event.id ?? whenOf(k, between[1]).eventId;
    const b = figureNamed(k, between[2])?.event.id ?? whenOf(k, between[2]).eventId;
    if (a && b && a !== b) {
      put("compare", [a, b]);
      daysApart = true;
    }
  }
  // "Agreed on the 16th, finished on the 25th – how many days is that?": the days between the
  // two the asker has just named, never a stored length of one of them.
  if (!daysApart && /\bhow many days (?:is|was|does|did) (?:that|this|it)\b/i.test(lower)) {
    // (A day said alone, "on the 16th", is the one event the store holds on that day.)
    const onDay = when.day ? (k.catalog.eventsByDay.get(when.day) ?? []) : [];
    const named = [...when.events, ...(onDay.length === 1 ? [(onDay[0] as Event).id] : [])];
    const start = (id: string) => {
      const e = k.catalog.events.get(id);
      return e ? (eventStart(e) ?? "") : "";
    };
    const ends = [...new Set(named)].sort((a, b) => start(a).localeCompare(start(b)));
    if (ends.length === 2) {
      put("compare", [ends[0] as string, ends.at(-1) as string]);
      put("measure", "duration-days");
      daysApart = true;
    }
  }
  if (FUTURE.test(lower)) put("future", true);
  if (AGREED.test(lower)) put("agreed", true);

  // The figure the question names, when it names one ("the 303", "is 4,552 right").
  // (A figure the copy rounds, when the exact one is asked, is not the figure looked for.)
  const value = EXACT_ASKED.test(text) ? null : namedValue(text);
  if (value) put("value", value);

  // What is counted, for whom and what is measured: the fact-check's reader on the filled hole.
  // ("Confirmed by both sides" says who vouches for the figure; it puts no side to it.)
  const claimText = fillHole(text.replace(VOUCHED_BY, " "), value !== null);
  const claim = extractClaims(claimText, { refDate: null, yearFor: archiveYears(k) }).find(
    (c) => c.number.n === HOLE || (value !== null && c.number.n === value.n),
  );
  if (claim?.range && !r.range && !r.day) put("range", claim.range);
  // "Wounded included": the wounded are added to what is counted, not what is counted.
  // "Without counting the wounded": the main figure alone, never the wounded counted.
  // (Tested on the words as asked: "…, not counting the injured" is a contrast tidy() drops.)
  const withoutWounded = WITHOUT_WOUNDED.test(question) || WITHOUT_WOUNDED.test(lower);
  const unwounded = withoutWounded ? lower.replace(WITHOUT_WOUNDED, " ") : lower;
  const withWounded = !withoutWounded && WITH_WOUNDED.test(lower);
  if (withWounded) put("withWounded", true);
  if (withoutWounded) put("withoutWounded", true);
  // "270 soldiers plus 120 civilians = 390": the figure after "=" is both groups, not the last.
  const summed = /\b(?:plus|\+)\b.*(?:=|\bmakes?\b|\badds? up to\b)\s*[\d,]+/.test(lower);
  const counted = summed
    ? null
    : (countedOf(withWounded ? unwounded.replace(WITH_WOUNDED, " ") : unwounded) ??
      (claim?.noun && !((withWounded || withoutWounded) && claim.counted === "wounded")
        ? claim.counted
        : null));
  if (counted) {
    put("counted", counted);
    parts.push({ value: countedText(counted), from: claim?.cues.counted ?? null });
  }
  const side = sideOf(lower.replace(VOUCHED_BY, " ")) ?? claim?.side ?? null;
  if (side) {
    put("side", side);
    parts.push({ value: sideText(side), from: claim?.cues.side ?? null });
  }
  // "The per-side number for March, April and May", "each day of the deal": one figure each.
  // "Day one plus day three": waves named by their place are listed as days are.
  const byDays = r.asked === "figure" && !DIFFERENCE.test(lower) ? listedEvents(k, text) : [];
  const byPlace = r.asked === "figure" && !DIFFERENCE.test(lower) ? wavesByPlace(k, lower) : [];
  const listed = byDays.length >= 2 ? byDays : byPlace;
  if (listed.length >= 2) put("listed", listed);
  if (PER_DAY.test(lower)) put("perDay", true);
  let measure = measureOf(k, lower, claim?.measure ?? null, counted, r);
  // "Before the big swap" dates the exchanges listed; it asks no running total of its own.
  if (r.listed && measure === "returned-since-2022" && !SINCE_WAR.test(lower)) measure = "released";
  // "Released" when the words change only the side: a follow-up ("same for russians") keeps the
  // measure and scope (so far, the first two days, a running total) of the question before.
  const sideOnly =
    set.has("side") && !["eventId", "day", "range", "edge"].some((f) => set.has(f as never));
  // Nor does a question that names only a day or span ("and mid-2024?"): released is then only
  // the default, and the thread's measure stands.
  const byDefault =
    measure === "released" &&
    !claim?.measure &&
    !/\b(?:free[ds]?|freed|releas\w*|swap\w*|exchang\w*|came home|come home|returned?|handed|back|got|get|received)\b/.test(
      // "What's the closest we've got": the desk's own "got", not prisoners got back.
      lower.replace(/\b(?:we|i|you)(?:'ve|\s+have)?\s+(?:got|get)\b/g, " "),
    );
  if (measure === "released" && (sideOnly || byDefault)) r.measure = measure;
  else if (measure) put("measure", measure);
  // "Freed-Ukrainians line: the mid-2024 point?", "count at the Sept 2024 milestone": a point on
  // a chart's line over a span with no exchange of its own is the running total then.
  if (
    (!measure || measure === "released") &&
    r.range &&
    !r.eventId &&
    !r.day &&
    r.asked === "figure" &&
    /\b(?:line|point|milestone|mark|data ?point|level)\b/.test(lower) &&
    k.catalog.exchanges.every((e) => {
      const s0 = eventStart(e) ?? "";
      return s0 < (r.range as DayRange).from || s0 > (r.range as DayRange).to;
    })
  ) {
    measure = r.counted === "exchanges" ? "exchange-count" : "returned-since-2022";
  }
  if (measure && ["returned-since-2022", "exchange-count", "held"].includes(measure))
    put("running", true);
  // "Drones launched the night before Saturday's exchange": the attack of that day, where the
  // exchange itself launched nothing.
  const onDay = r.day ?? (r.eventId ? eventStart(k.catalog.events.get(r.eventId) as Event) : null);
  if (measure === "launched" && onDay && k.catalog.events.get(r.eventId ?? "")?.kind !== "attack") {
    const attack = (k.catalog.eventsByDay.get(onDay) ?? []).filter((e) => e.kind === "attack");
    if (attack.length === 1) {
      put("eventId", (attack[0] as Event).id);
      put("day", null);
      // (Who launched them is the attack's; no side of an exchange is asked.)
      if (r.side) put("side", null);
    }
  }
  // "Ukrainians freed in all, after all 3 waves, now?": a running total asked as of the deal's
  // end, which is its last day (one deal in the store, none named otherwise).
  if (r.running && !r.eventId && !r.day && !r.range && AFTER_ALL_WAVES.test(lower)) {
    const deals = [...k.catalog.events.values()].filter((e) => e.kind === "deal");
    const end = deals.length === 1 ? eventEnd(deals[0] as Event) : null;
    if (end) put("day", end);
  }
  // "A total that includes all three waves", "one covering the whole deal": as of its last day.
  if (r.running && TAKES_IN.test(lower)) {
    const e = r.eventId ? k.catalog.events.get(r.eventId) : undefined;
    const end = r.range?.to ?? r.day ?? (e ? eventEnd(e) : null);
    if (end) {
      put("range", { from: end, to: end });
      put("day", null);
      put("eventId", null);
    }
  }
  if (DEAL_SO_FAR.test(lower) && !r.running && r.asked === "figure") put("dealSoFar", true);
  // "The running total after day two": the deal so far, up to that wave's day.
  const wave = r.eventId ? k.catalog.events.get(r.eventId) : undefined;
  if (tallyToWave(lower) && !r.running && r.asked === "figure" && wave?.partOf)
    put("dealSoFar", true);
  // "And day two vs day three?": two waves set against each other, in a follow-up as anywhere.
  if (!r.compare && /\b(?:vs\.?|versus|against|compared (?:to|with))\b/.test(lower)) {
    const waves = wavesNamed(k, lower);
    if (waves.length >= 2) put("compare", waves.slice(0, 2));
  }
  if (DIFFERENCE.test(lower)) {
    put("derive", "difference");
    // "More in the big swap than in the January 2024 one": what stands on each side of "than".
    const than = thanEvents(k, text);
    if (than.length === 2 && !r.compare) put("compare", than);
    // "The first wave than the last": two waves of the deal compared.
    const waves = wavesNamed(k, lower);
    if (waves.length >= 2 && !r.compare) put("compare", waves.slice(0, 2));
    // "How many more in April than in March": two exchanges the question dates, one less the other.
    if (
      !r.compare &&
      !r.running &&
      when.events.length >= 2 &&
      (r.measure ?? "released") === "released"
    )
      put("compare", when.events.slice(0, 2));
    const values = valuesNamed(text);
    if (values.length >= 2) put("values", values);
    // "HQ's latest figure minus the ombudsman's September 2024 one": two running counts set
    // apart by who gives them, not only by their days.
    const ends = r.running && when.spans.length < 2 ? countsApart(k, text) : null;
    if (ends) put("ends", ends);
  } else if (REMAINING.test(lower)) put("derive", "remaining");
  // "Days between the talks and wave 1", "how long was the gap between …": the days apart, not
  // a difference of figures.
  if (daysApart && r.asked === "figure") {
    put("measure", "duration-days");
    put("derive", null);
  }
  // "Days between the 205 swap and the big one", one end not read as an event: still days apart
  // asked, never one exchange's count of people.
  if (between?.[1] && between[2] && !daysApart && r.asked === "figure") {
    put("measure", "duration-days");
    put("derive", null);
  }
  // "Before the big swap", "before the April swap": a running total as of the day before it.
  const before =
    r.running && /\bbefore (?:the |that )?/.test(lower) && r.eventId
      ? (k.catalog.events.get(r.eventId) ?? null)
      : null;
  if ((BEFORE_DEAL.test(lower) || before) && r.running) {
    const deal = before ?? k.catalog.deals[0];
    const start = deal ? eventStart(deal) : null;
    if (start) {
      put("day", addDaysIso(start, -1));
      r.eventId = null;
      r.range = null;
    }
  }
  if (r.running && NOW.test(lower) && !r.range && !r.day) parts.push({ value: "now", from: "now" });

  // Who: which name.
  if (r.asked === "name") {
    if (PHOTO_CREDIT.test(lower)) put("nameOf", "credit");
    else if (WHO_WROTE.test(lower)) put("nameOf", "author");
    else if (WHO_SAYS.test(lower))
      put(
        "nameOf",
        /\bwhich (?:sources?|outlets?|papers?|articles?|reports?|stor(?:y|ies)|pieces?)\b/.test(
          lower,
        )
          ? "sources"
          : "claimant",
      );
    else if (WHO_ANNOUNCED.test(lower)) put("nameOf", "announcer");
    else {
      const m = NAME_MEASURES.find(([re]) => re.test(lower));
      if (m) {
        put("nameOf", "measure");
        put("measure", m[1]);
      } else if (ROLE_ASKED.test(lower)) put("nameOf", "role");
    }
  }
  // "Who called the May 23 swap the 64th": an exchange's number the store holds, asked who gives it.
  if (r.asked === "name" && !r.nameOf && heldOrdinal(k, lower)) put("nameOf", "claimant");
  // "Listed in the Brussels Morning table": the source named anywhere, not only "according to".
  const source = sourceNamed(
    k,
    lower,
    r.nameOf === "author" ||
      r.nameOf === "credit" ||
      /\b(?:listed|lists|table|summary)\b/.test(lower) ||
      SOURCE_GIVES.test(lower),
  );
  if (source) put("sourceId", source);
  // Who says so, when the question names them ("Russia's Defence Ministry", "Lubinets").
  const claimants = claimantsNamed(k, lower);
  if (claimants.length > 0) put("claimantIds", claimants);

  // Is this right: the statement, as a draft would put it; the words quoted, when it quotes copy.
  if (r.asked === "check") {
    const copy = quotedCopy(text);
    // "'The laborious process' line was Rubio's?": words quoted, said to be someone's; who said
    // them is checked, the whole statement kept.
    const words = quotedIn(text);
    // "Peskov said '…', right?": the words said to be a person's, whoever's figures they hold.
    const said =
      saidQuoted(k, question) ?? saidQuoted(k, text) ?? (copy ? saidQuoted(k, copy) : null);
    if (words && ATTRIBUTED.test(text)) {
      put("quote", words.words);
      put("claim", statementOf(text));
    } else if (said) {
      put("quote", said);
      put("claim", statementOf(text));
    } else put("claim", withMonths(k, copy ?? statementOf(text)));
  }

  // "Freed between the mid-2024 count and the September one": two points each called a count are
  // two running totals, set apart.
  if (
    r.asked === "figure" &&
    !r.derive &&
    !r.running &&
    !r.compare &&
    r.spans.length === 2 &&
    (r.measure ?? "released") === "released" &&
    /\bbetween\b[^?]*\b(?:count|total|tally|figure)s?\b[^?]*\band\b/.test(lower)
  ) {
    put("running", true);
    put("measure", r.counted === "exchanges" ? "exchange-count" : "returned-since-2022");
    put("range", null);
  }
  // "How many swaps between January 2024 and September 2024": a running count taken between two
  // points is what it grew by, the count at one end less the count at the other; never the count
  // at either end.
  if (
    r.asked === "figure" &&
    !r.derive &&
    r.running &&
    !r.compare &&
    r.spans.length === 2 &&
    (r.measure === "exchange-count" || r.measure === "returned-since-2022") &&
    /\bbetween\b[^?]*\band\b/.test(lower)
  )
    put("derive", "difference");
  // "How many came home between March and May 2025": one span from the first to the last, not
  // the first month alone (a difference or a running total reads the two apart).
  if (
    r.asked === "figure" &&
    !r.derive &&
    !r.running &&
    !r.compare &&
    r.spans.length === 2 &&
    /\b(?:between|from)\b[^?]*\b(?:and|to|till|until|through)\b/.test(lower)
  ) {
    const [a, b] = r.spans as [DayRange, DayRange];
    put("range", { from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to });
    put("eventId", null);
    put("day", null);
  }
  r.set = [...set];
  return r;
}

function askedOf(said: string): Asked | null {
  // "Was the 303 group the first wave? which one was it": a question put after another, asking
  // with its own question word, is what is asked; the first is the asker's guess.
  const after = /\?\s+((?:which|what|when|who|where)\b[^?]*\??)\s*$/i.exec(said)?.[1];
  if (after && !/\?\s+(?:which|what|when|who|where)\b[^?]*\?\s+\S/i.test(said)) {
    const last = askedOf(after);
    if (last === "ordinal" || last === "date") return last;
  }
  // "Zelensky quote '…' - of what meeting": a thing asked after a dash by a preposition and
  // "what" or "which" with its noun asks a name, whatever the words before it (a meeting, a
  // city; never a day, a time or a count of it).
  if (
    /\s[-–—:]\s+(?:of|from|at|in|about)\s+(?:what|which)\s+(?!(?:days?|dates?|times?|years?|months?|weeks?|numbers?|figures?|counts?|totals?|shares?|percent\w*)\b)[a-z]+\s*\??\s*$/i.test(
      said,
    )
  )
    return "name";
  // "And what date does it give?", "so who said it?": a follow-up's lead word asks nothing.
  const text = said.replace(FOLLOW_UP_LEAD, "");
  const lower = text.toLowerCase();
  // "Copy says 'nearly 400 …'. What's the exact number?": the figure is asked, not a yes.
  if (EXACT_ASKED.test(text)) return "figure";
  // "Share of the 1,000 who got home on day three?", "avg per swap?": a share or an average asked by
  // its noun, worked out as a figure ("who got home" is not a "who" asked).
  if (SHARE_ASKED.test(text) || AVERAGE_ASKED.test(text)) return "figure";
  // "Which party said no to the all-for-all swap?": a party asked by what it refused.
  if (WHO_REFUSED.test(text)) return "name";
  // "Peskov's phrase on the swap - '…'?": words put forward as a person's, to be confirmed.
  if (
    OWNED_QUOTE.test(text) &&
    !/\b(?:what|how|which|who|when|where)\b/i.test(text.replace(OWNED_QUOTE, " "))
  )
    return "check";
  if (FIGURE_CHECK.test(text)) return "check";
  if (SOURCE_GIVES.test(text)) return "check";
  // "… the first face-to-face meeting since the invasion, but is that actually right, or …":
  // a check, wherever its words sit.
  if (
    /\b(?:is|was) (?:that|this|it) (?:actually |really |even )?(?:right|true|correct|accurate)\b/i.test(
      text,
    )
  )
    return "check";
  // "Is there anything in our sources that supports that?": a claim put to the sources.
  if (
    /\b(?:anything|something|a source|any source) (?:in (?:our|the) sources? )?(?:that )?(?:supports?|backs?(?: up)?|confirms?|bears? out)\b/i.test(
      text,
    )
  )
    return "check";
  // "The latest cumulative figure, and as of when?": a running total's figure, which is said
  // with the day it is as of; the "when" asks that day, not instead of the figure.
  if (
    /\band (?:as of|since|from) when\s*\??\s*$/i.test(text) &&
    /\b(?:figure|number|total|tally|count|how many)\b/i.test(text)
  )
    return "figure";
  // "The 49th swap was when?": the question word said last asks what it asks first.
  const last = /\b(when|where|who)(?:\s+(?:exactly|precisely))?\s*\??\s*$/i
    .exec(text)?.[1]
    ?.toLowerCase();
  if (last === "when") return "date";
  if (last === "where" || last === "who") return "name";
  if (ROLE_ASKED.test(text) && !CHECK_LEAD.test(text)) return "name";
  if (PHOTO_CREDIT.test(text) && !CHECK_LEAD.test(text)) return "name";
  // "Was Istanbul the first or the second direct meeting …": an ordinal, not a yes/no.
  if (EITHER_ORDINAL.test(text)) return "ordinal";
  if (/^what(?:'s| is| was) the source (?:for|of|behind)\b/i.test(text)) return "name";
  // "I need the exact date: on which day were the talks held?": a day, not a place in a series.
  if (/\b(?:exact|precise|full|calendar) date\b/.test(lower) && DATE_ASKED.test(text))
    return "date";
  // "The meeting which coordinated the exchange, in which day it was?": a day, said as a second
  // language says "on which date" (not "which day of the deal").
  if (/\bin which (?:date|day)\b(?! of\b)/.test(lower)) return "date";
  // "The 4750 count include the may 23 wave or not?": a yes or no asked of a figure with its
  // "or not" said last, no question word anywhere and no verb before it (the "does" dropped).
  if (
    /\bor not\s*\??\s*$/i.test(text) &&
    /\d/.test(text) &&
    !/^(?:(?:and|so|but)\s+)?(?:is|was|are|were|did|does|do|has|had|have|can|could|should)\b/i.test(
      text,
    ) &&
    !/\b(?:how|what|which|when|who|whom|where|why)\b/i.test(text)
  )
    return "check";
  if (/^(?:how|what|which|when|who|where)\b/i.test(text) || /\bhow (?:many|much)\b/i.test(text)) {
    // ("Which swap was the largest before the big one?" asks which swap, not its number.)
    if (
      ORDINAL_ASKED.test(lower) &&
      !/\bhow many\b/.test(lower) &&
      !/\bwhich (?:swap|exchange) (?:was|is)(?: the)? (?:largest|biggest|smallest)\b/.test(lower)
    )
      return "ordinal";
    // ("How many Russians who came back were soldiers": "who" after the noun counted ties it to
    // the count; no name is asked.)
    const counted = /^\s*how (?:many|much)\s+(?:of\s+)?(?:the\s+|those\s+)?\w+\s+who\b/i.test(text);
    if (!counted && (/^who|^which sources?|\bwho\b/i.test(text) || NAME_ASKED.test(text)))
      return "name";
    if (DATE_ASKED.test(text)) return "date";
    return "figure";
  }
  // "697 brought home - whose number is that": who gives the figure, wherever "whose" sits.
  // ("The 3,672 figure, whose is it?": the same, "whose" said last.)
  if (
    /\bwhose (?:figure|number|count|total|tally|estimate|claim|data)\b/i.test(text) ||
    /\bwhose (?:is|was) (?:it|that|this|the \w+)\b/i.test(text)
  )
    return "name";
  // "Is that Kyiv's or Moscow's number?": whose figure it is, asked as an either/or of sides.
  if (
    /\b(?:kyiv|moscow|ukraine|russia|kiev)(?:'s|’s) or (?:kyiv|moscow|ukraine|russia|kiev)(?:'s|’s) (?:figure|number|count|total|tally|estimate|claim)\b/i.test(
      text,
    )
  )
    return "name";
  if (EXISTS_ASKED.test(text) && !CHECK_TAIL.test(text)) return "figure";
  // "Number of prisoners freed on the second day?": a count asked by its noun, no figure named.
  if (
    /^(?:the\s+)?(?:number|count|tally|total) of\b/i.test(text) &&
    !/\d{2,}/.test(text.replace(/\b\d{1,2}(?:st|nd|rd|th)?\b/g, ""))
  )
    return "figure";
  // "Friday 390 all was soldier? or civil also": whether a wave was all one group, checked.
  if (COMPOSITION_ASKED.test(text)) return "check";
  if (CHECK_LEAD.test(text) || CHECK_TAIL.test(text)) return "check";
  // "April 19 bar says 246 each?": what a piece of copy says, put as a question, is checked.
  if (
    /\b(?:bar|chart|graphic|caption|label|table|headline|hed|standfirst|strap|script|draft|copy)\s+(?:says|reads|has|shows|gives)\b[^?]*\d/i.test(
      text,
    )
  )
    return "check";
  // "… explain who mediated the earlier swaps … can't remember which one": a "who" with its
  // verb asks a name, wherever it sits.
  if (
    /\bwho\s+(?:\w+ed|led|said|wrote|oversaw|oversees|chaired|brokered|spoke)\b/i.test(text) &&
    !/\bhow many\b/i.test(text)
  )
    return "name";
  if (ORDINAL_ASKED.test(lower)) return "ordinal";
  if (DATE_ASKED.test(text)) return "date";
  if (NAME_ASKED.test(text)) return "name";
  // "April 19 swap mediator": a stored name's own word, with nothing that asks a figure.
  if (!FIGURE_CUE.test(text) && NAME_MEASURES.some(([re]) => re.test(lower))) return "name";
  if (/\bhow many\b|\bcount\b|\btotal\b|\bfigure\b|\btally\b|\bcumulative\b/i.test(text))
    return "figure";
  // "POWs swapped Sat?", "civilians freed on the 23rd?": a class of people and what was done to
  // them, no figure named: how many, in desk shorthand, not a statement to check.
  if (
    COUNT_SHORTHAND.test(text) &&
    !/\d{2,}/.test(text.replace(/\b\d{1,2}(?:st|nd|rd|th)?\b/g, ""))
  )
    return "figure";
  // "Change in returned Ukrainians between mid-2024 and September 2024?": a difference asked by
  // its noun, whatever verb-like word ("returned") it carries.
  if (DIFFERENCE.test(text)) return "figure";
  // "Reznikov is running the swap?", "307 came back on saturday?": a statement with a question
  // mark and no question word asks whether it is so.
  if (DECLARATIVE_CHECK.test(text)) return "check";
  return null;
}

/** "How many civilians did Russia get back on May 23" → "98765 civilians did Russia get back on May 23". */
function fillHole(text: string, named: boolean): string {
  let t = text.replace(/\?+\s*$/, "");
  if (!named) {
    t = /\bhow (?:many|much)(?: more)?\b/i.test(t)
      ? t.replace(/\bhow (?:many|much)(?: more)?\b/i, String(HOLE))
      : `${HOLE} ${t}`;
  }
  // "did Russia get back" reads as a draft's "Russia got back".
  return t.replace(/\b(?:did|do|does|have|has|had|were|was)\s+(?=\w)/gi, "");
}

const DAY_SLASH_MONTH =
  /\b(?:[12]\d|3[01]|0?[1-9])[/.](?:1[0-2]|0?[1-9])(?:[/.](?:20)?\d\d)?\b(?![/.,]?\d)/g;

function namedValue(text: string): { n: number; text: string } | null {
  // "The 1000 swap", "the 1,000-for-1,000 exchange": the deal's name, not a figure put to it.
  // "A bus in Chernihiv, 24/5", "a 23/5 piece": a day written day/month, never a figure of 24.
  const t = text
    .replace(DAY_SLASH_MONTH, " ")
    .replace(/\b(?:19|20)\d\d\b/g, " ")
    .replace(/\b1,?000[- ]for[- ]1,?000\b|\b1,?000 (?=(?:swap|exchange|deal)\b)/gi, " ");
  const m =
    /(?:^|[^\w-])((?:more than |over |nearly |about |around )?\d[\d,]*(?:\.\d+)?)(?!\w*(?:st|nd|rd|th)\b)(?![\d-])/.exec(
      t.replace(
        /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s*[–-]\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:may|april|march|june|january)\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:may|april|march|june|january)\b|\bthe \d{1,2}(?:st|nd|rd|th)\b|\b(?:mid|early|late)-|\b(?:day|wave) [1-3]\b(?![\d,])/gi,
        " ",
      ),
    );
  if (m?.[1]) {
    const raw = m[1].replace(/^(?:more than|over|nearly|about|around) /, "");
    const n = Number(raw.replace(/,/g, ""));
    if (Number.isFinite(n) && n >= 0) return { n, text: m[1].trim() };
  }
  const ord = /\bthe (\d{1,3})(?:st|nd|rd|th) (?:exchange|swap|one)\b/i.exec(text);
  if (ord?.[1]) return { n: Number(ord[1]), text: `${ord[1]}th` };
  const words = /\b(four|five|six|two)\s+days\b/i.exec(text);
  if (words?.[1]) {
    const n = parseNumberWords(words[1]);
    if (n !== null) return { n, text: words[1] };
  }
  return null;
}

const MONTH_WORDS =
  "january|february|march|april|may|june|july|august|september|october|november|december";

/**
 * The exchanges a question names one after another, in its order: days ("May 6 and May 23") and
 * months that hold one exchange ("March, April and May"; "May" only as a month in such a list,
 * or written with its capital mid-sentence). A deal is one exchange of its month, and "before the
 * big swap" leaves it and what followed it out. Empty unless every month named is one exchange.
 */
export function listedEvents(k: Knowledge, text: string): string[] {
  const { catalog } = k;
  const lower = text.toLowerCase();
  const deal = catalog.deals[0];
  const dealStart = deal ? eventStart(deal) : null;
  const before =
    BEFORE_DEAL.test(lower) ||
    LAST_BEFORE_DEAL.test(lower) ||
    /\bbefore the (?:big|biggest|largest|1,?000|thousand|deal)\b/.test(lower);
  const years = [...lower.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => m[1] as string);
  const found: { at: number; id: string }[] = [];
  for (const m of lower.matchAll(new RegExp(`\\b(${MONTH_WORDS})\\b(?!\\s*\\d{1,2}\\b)`, "g"))) {
    const at = m.index ?? 0;
    const name = m[1] as string;
    if (name === "may") {
      const listedMay = new RegExp(
        `\\b(?:${MONTH_WORDS})(?:,\\s*|\\s+)(?:(?:and|or|&)\\s+)?(?:(?:early|mid|late)[- ]?)?$`,
      ).test(lower.slice(0, at));
      if (!listedMay && !(at > 0 && text[at] === "M")) continue;
    }
    const month = String(monthNumber(name)).padStart(2, "0");
    // "Early-May", "late April": the part of the month named, by its days.
    const part = /\b(early|mid|late)[- ]?$/.exec(lower.slice(0, at))?.[1];
    const [lo, hi] =
      part === "early" ? [1, 10] : part === "mid" ? [11, 20] : part ? [21, 31] : [1, 31];
    const inMonth = [...catalog.exchanges.filter((e) => !e.partOf), ...catalog.deals].filter(
      (e) => {
        const s = eventStart(e) ?? "";
        if (s.slice(5, 7) !== month) return false;
        if (Number(s.slice(8, 10)) < lo || Number(s.slice(8, 10)) > hi) return false;
        if (years.length > 0 && !years.includes(s.slice(0, 4))) return false;
        return !(before && dealStart && s >= dealStart);
      },
    );
    if (inMonth.length !== 1) return [];
    found.push({ at, id: (inMonth[0] as Event).id });
  }
  for (const d of readDates(withMonths(k, text), { refDate: null, yearFor: storyYears(k) })) {
    if (!d.date || d.since) continue;
    const e = (catalog.eventsByDay.get(d.date) ?? []).find((x) => x.kind === "exchange");
    const at = lower.indexOf(d.text.toLowerCase());
    if (e) found.push({ at: at < 0 ? lower.length : at, id: e.id });
  }
  const ids: string[] = [];
  for (const x of found.sort((a, b) => a.at - b.at)) if (!ids.includes(x.id)) ids.push(x.id);
  return ids;
}

/** "The 205 swap", "the 175-each exchange", "the 390 group": a figure put before the noun. */
const FIGURE_NAMES =
  /\bthe (\d{2,3}(?:,\d{3})?)(?:[- ](?:each|apiece|a side|per side)|[- ]for[- ]\d{2,3}(?:,\d{3})?)?[- ](?:prisoner[- ]|pow[- ])?(?:swap|exchange|group|batch|wave|leg|one|release)\b/i;

/**
 * The one exchange whose stored count of people freed is the figure the question names it by;
 * null when the figure is no exchange's, or more than one's (or is a deal's name, "1,000").
 */
export function figureNamed(k: Knowledge, text: string): { event: Event; said: string } | null {
  const m = FIGURE_NAMES.exec(text);
  if (!m?.[1]) return null;
  const event = exchangeOfFigure(k, Number(m[1].replace(/,/g, "")));
  return event ? { event, said: m[0] } : null;
}

/** The one exchange whose stored count of people freed (each side, or one side) is this figure. */
export function exchangeOfFigure(k: Knowledge, n: number): Event | null {
  const ids = new Set(
    [...(k.catalog.factsByMeasure.get("released") ?? [])]
      .filter(
        (f) =>
          f.value.type === "number" &&
          f.value.n === n &&
          f.value.qualifier === "exact" &&
          !f.planned &&
          (f.side === "each" || f.side === "ukraine" || f.side === "russia"),
      )
      .map((f) => f.eventId),
  );
  const events = [...ids]
    .map((id) => k.catalog.events.get(id))
    .filter((e): e is Event => e?.kind === "exchange");
  return events.length === 1 ? (events[0] as Event) : null;
}

/** An ordinal in the question ("the 64th") that the store holds as an exchange's number. */
function heldOrdinal(k: Knowledge, lower: string): boolean {
  return ordinalEvent(k, lower) !== null;
}

/** The exchange whose number in the war's series the question gives ("the 49th one"). */
function ordinalEvent(k: Knowledge, lower: string): Event | null {
  const held = k.catalog.factsByMeasure.get("exchange-ordinal") ?? [];
  for (const m of lower.matchAll(/\b(\d+)(?:st|nd|rd|th)\b/g)) {
    const f = held.find((x) => x.value.type === "number" && x.value.n === Number(m[1]));
    const e = f ? k.catalog.events.get(f.eventId) : undefined;
    if (e) return e;
  }
  return null;
}

/** A tally up to one of the deal's waves, the war not named: the deal so far. */
function tallyToWave(lower: string): boolean {
  return (
    (TALLY_WORDS.test(lower) || BY_END_OF.test(lower) || HOME_STATE.test(lower)) &&
    (TO_WAVE.test(lower) || (TO_DAY.test(lower) && DEAL_NAMED.test(lower))) &&
    !SINCE_WAR.test(lower)
  );
}

/**
 * "How many regions were hit": a plural the store counts nothing of, asked after "how many".
 * (Its words are read up to the first the store knows or a verb: "how many freed Ukrainians".)
 */
function countsUntracked(lower: string): boolean {
  // "Regions hit, count?", "buses used — how many": the noun said first, the count asked after it.
  // (Checked before a stored figure is looked for: "number of regions" is never people's figure.)
  const m =
    /\bhow many ((?:[a-z'-]+\s+){0,2}[a-z'-]+)/.exec(lower) ??
    // "How much regions were hit": "much" put for "many" before a plural (not "how much was").
    /\bhow much ((?!(?:was|is|has|does|this|less|plus|us|its)\b)[a-z'-]{3,}s)\b/.exec(lower) ??
    // "Number of regions damaged", "the count of buses": the noun after "number of".
    /^(?:(?:and|so|what(?:'s| is| was)(?: the)?|the)\s+)?(?:number|count|tally) of ((?:[a-z'-]+\s+){0,1}[a-z'-]+)/.exec(
      lower,
    ) ??
    /^((?:[a-z'-]+\s+){0,1}[a-z'-]+)(?:\s+[a-z]+(?:ed|hit|struck|used|sent))?\s*[,:–—-]\s*(?:the\s+)?(?:count|number|how many|total)\s*\??\s*$/.exec(
      lower,
    );
  if (!m?.[1]) return false;
  for (const w of m[1].split(/\s+/)) {
    if (COUNTED_NOUNS.test(w)) return false;
    if (/^[a-z]+s$/.test(w) && !/ss$/.test(w)) return true;
  }
  return false;
}

function countedOf(lower: string): Counted | null {
  for (const [re, c] of COUNTED_WORDS) if (re.test(lower)) return c;
  return null;
}

function sideOf(lower: string): Side | null {
  // "How many more did Russia get than Ukraine": the difference reads both; the first is the side.
  for (const [re, s] of SIDE_WORDS) if (re.test(lower)) return s;
  return null;
}

function measureOf(
  k: Knowledge,
  lower: string,
  fromClaim: Measure | null,
  counted: Counted | null,
  r: AskReading,
): Measure | null {
  if (counted === "drones" || counted === "missiles") return "launched";
  if (WEIGHT.test(lower)) return "weight-lost";
  if (CEASEFIRE.test(lower) && /\bhow long\b|\bhow many days\b|\bin days\b/.test(lower))
    return "ceasefire-days-sought";
  if (DAYS_COUNT.test(lower) && !/\bfirst two days\b/.test(lower)) return "duration-days";
  if (WAVES_COUNT.test(lower)) return "wave-count";
  if (counted === "exchanges") {
    if (/\bin 2025\b|\bthis year\b|\bof 2025\b|\bone of 2025\b/.test(lower))
      return "exchanges-this-year";
    return "exchange-count";
  }
  if (r.asked === "ordinal") {
    if (/\bdirect (?:meeting|talks)\b/.test(lower)) return "first-direct-talks";
    if (
      /\b(?:in|of) (?:the )?(?:year )?(?:19|20)\d\d\b|\b(?:which|what|the) (?:19|20)\d\d(?:'s)? (?:exchange|swap)|\bthis year\b|\bin the year\b/.test(
        lower,
      )
    )
      return "exchanges-this-year";
    if (
      /\bof the war\b|\bsince the (?:full[- ]scale )?invasion\b|\bnumber exchange\b|\bexchange number\b/.test(
        lower,
      )
    )
      return "exchange-ordinal";
    if (/\bwave|\bday of the\b|\bleg\b|\bstage\b|\bbatch\b/.test(lower)) return null;
    // "Which direct meeting since the invasion was Istanbul": the talks, not the exchanges.
    if (/\bdirect (?:meeting|talks)\b|\bmeeting\b/.test(lower)) return "first-direct-talks";
    return "exchange-ordinal";
  }
  // ("Talks held in Istanbul" hold no one; "held in Russia" or "in Russian captivity" does.)
  if (
    HELD.test(lower) &&
    !/\bheld (?:on|in|at)\b(?! (?:russia|russian|ukraine|ukrainian|captivity)\b)/.test(lower) &&
    // ("When had they last held direct talks": talks held, no one in captivity.)
    !/\b(?:held|hold|holding)\s+(?:[a-z-]+\s+){0,2}(?:talks|meetings?|negotiations?|summits?)\b/.test(
      lower,
    )
  )
    return "held";
  // "The total by the end of 2024": a running total as of that day.
  if (END_OF_YEAR.test(lower) && r.asked === "figure") return "returned-since-2022";
  if (
    RUNNING.test(lower) &&
    !DEAL_SO_FAR.test(lower) &&
    !tallyToWave(lower) &&
    r.asked !== "date" &&
    // ("The latest total since 2022: whose number is it?" asks who gives the running total.)
    (r.asked !== "name" || /\bwhose (?:figure|number|count|total|tally)\b/.test(lower))
  ) {
    if (/\bexchanges\b|\bswaps\b/.test(lower) && /\bhow many (?:exchanges|swaps)\b/.test(lower))
      return "exchange-count";
    const cue =
      NOW.test(lower) ||
      /\bsince\b|\bby\b|\bbefore the\b|\brunning (?:total|tally|count)\b|\bcumulative\b/.test(
        lower,
      );
    // "On May 23, how many did Kyiv say had come home?": "had" alone is the tense of that day's
    // report, not a count since the war, when the day is an exchange's own day.
    const exchangeDay =
      r.day !== null && k.catalog.exchanges.some((e) => (eventStart(e) ?? "") === r.day);
    if (cue || (/\bhad\b/.test(lower) && !exchangeDay)) return "returned-since-2022";
  }
  // "Sept 2024 total returned": a total as of a month or day the store has no exchange in is
  // the running total then, not an exchange's figure.
  if (
    r.asked === "figure" &&
    /\btotal\b|\btally\b/.test(lower) &&
    !r.eventId &&
    (r.range || r.day) &&
    !/\bin total\b/.test(lower) &&
    !k.catalog.exchanges.some((e) => {
      const s = eventStart(e) ?? "";
      const span = r.range ?? { from: r.day as string, to: r.day as string };
      return s >= span.from && s <= span.to;
    })
  )
    return "returned-since-2022";
  if (fromClaim === "returned-since-2022" || fromClaim === "exchange-count" || fromClaim === "held")
    return fromClaim;
  if (r.asked === "figure" || r.asked === "check") return fromClaim ?? "released";
  return fromClaim;
}

/** A founding (kind "founding") whose name shares a telling word with the question. */
function foundingNamed(k: Knowledge, lower: string): Event | null {
  const words = new Set(
    (lower.replace(/\bhq\b/g, "headquarters").match(/[a-z]+/g) ?? []).map(String),
  );
  const plain = new Set(["ukraine", "prisoners", "treatment", "founding", "war", "the", "for"]);
  for (const e of k.catalog.events.values()) {
    if (e.kind !== "founding") continue;
    const own = (e.title.toLowerCase().match(/[a-z]+/g) ?? []).filter(
      (w) => w.length > 3 && !plain.has(w),
    );
    if (own.some((w) => words.has(w))) return e;
  }
  // "Set up a special body for prisoners of war": a body, unnamed, is the one founding the
  // store holds, when it holds one.
  const foundings = [...k.catalog.events.values()].filter((e) => e.kind === "founding");
  const body =
    /\b(?:body|office|agency|headquarters|organi[sz]ation|unit|cent(?:re|er)|department|authority)\b/;
  return foundings.length === 1 && body.test(lower) ? (foundings[0] as Event) : null;
}

function sourceNamed(k: Knowledge, lower: string, anywhere: boolean): string | null {
  for (const s of k.catalog.data.sources) {
    const outlet = s.outlet.toLowerCase().replace(/^the /, "");
    if (outlet.startsWith("unknown")) continue;
    const re = anywhere
      ? new RegExp(`\\b${escapeRe(outlet)}\\b`)
      : // ("Brussels Morning's 4,552": the outlet's own figure, said as its possession.)
        new RegExp(
          `\\baccording to (?:the )?${escapeRe(outlet)}|\\b${escapeRe(outlet)}(?:'s|’s)\\s`,
        );
    if (re.test(lower)) return s.id;
  }
  return null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words in a claimant's name that tell nothing of who it is. */
const NAME_PLAIN = new Set(
  "the for of and ukraine ukraine's ukrainian russia russia's russian kyiv moscow president treatment prisoners war human rights officials".split(
    " ",
  ),
);

/**
 * Claimants the question names: every telling word of the name ("defence ministry",
 * "coordination headquarters"), or a name of six letters or more that is its own ("Lubinets",
 * "Medinsky"). A country said with the name must be the claimant's ("Russia's Defence Ministry").
 */
function claimantsNamed(k: Knowledge, lower: string): string[] {
  const text = lower
    .replace(/\bdefense\b/g, "defence")
    .replace(/\bhq\b/g, "headquarters")
    .replace(/\bmod\b/g, "defence ministry")
    .replace(/\bministry of defence\b/g, "defence ministry")
    .replace(/zelenskyy/g, "zelensky");
  const words = new Set(text.match(/[a-z]+/g) ?? []);
  const ua = /\bukrain|\bkyiv\b/.test(text);
  const ru = /\brussia|\bmoscow\b|\bkremlin\b/.test(text);
  const out: string[] = [];
  for (const c of k.catalog.claimants.values()) {
    if (c.party === "press") continue;
    const name =
      c.name
        .split(",")[0]
        ?.toLowerCase()
        .replace(/zelenskyy/g, "zelensky") ?? "";
    const own = (name.match(/[a-z]+/g) ?? []).filter((w) => w.length > 3 && !NAME_PLAIN.has(w));
    if (own.length === 0) continue;
    const all = own.every((w) => words.has(w));
    const proper = (c.name.match(/\b\p{Lu}\p{Ll}{5,}\b/gu) ?? [])
      .map((w) => w.toLowerCase())
      .filter((w) => !NAME_PLAIN.has(w) && !["ombudsman", "ministry", "coordination"].includes(w));
    if (!all && !proper.some((w) => words.has(w))) continue;
    if ((c.party === "ukraine" && ru && !ua) || (c.party === "russia" && ua && !ru)) continue;
    out.push(c.id);
  }
  return out;
}

/** "Is it right that russia got 270 servicemen back on the friday?" → "russia got 270 servicemen back on the friday". */
function statementOf(text: string): string {
  let t = text.replace(/\?+\s*$/, "").trim();
  t = t.replace(CHECK_TAIL, "").replace(/[,\s-]+$/, "");
  t = t.replace(CHECK_LEAD, "").trim();
  return t;
}

// ---------------------------------------------------------------------------------------------
// Days and events, fixed against the archive

interface When {
  /** Exchanges the question names or dates, in order (for comparisons). */
  events: string[];
  spans: DayRange[];
  eventId: string | null;
  day: string | null;
  range: DayRange | null;
  edge: "first" | "last" | null;
  part: ReadingPart | null;
  unclear: string | null;
}

const GENERIC_DEAL =
  /\b(?:(?<!\bhow )big|biggest|largest|1,?000(?:[- ]for[- ]1,?000)?|thousand|1000 one|the deal)\s*(?:swap|exchange|deal|one)?\b|\bthe swap\b|\bthe exchange\b|\bthe 1,?000\b/i;

function whenOf(k: Knowledge, question: string): When {
  const { catalog } = k;
  // "Since the war began (in 2022)" dates a running total from 2022: its "began" names no wave,
  // its year no span.
  const text = question.replace(WAR_BEGAN, " since 2022 ").replace(WAR_VERB, "$1");
  const lower = text.toLowerCase();
  const deal = catalog.deals[0] ?? null;
  const waves = deal ? (catalog.partsOf.get(deal.id) ?? []) : [];
  const out: When = {
    events: [],
    spans: [],
    eventId: null,
    day: null,
    range: null,
    edge: null,
    part: null,
    unclear: null,
  };
  const say = (e: Event | null, day: string | null, from: string | null, note?: string) => {
    if (e) out.eventId = e.id;
    if (day) out.day = day;
    const value = e
      ? `${e.title}${day ? `, ${formatNewsroomDate(day)}` : e.date ? `, ${dateText(e)}` : ""}`
      : day
        ? formatNewsroomDate(day)
        : "";
    out.part = note ? { value, from, note } : { value, from };
  };

  // "By the end of 2024": as of the year's last day, never a wave's "end".
  const endOf = END_OF_YEAR.exec(lower);
  if (endOf?.[1]) {
    const day = `${endOf[1]}-12-31`;
    out.range = { from: day, to: day };
    out.part = { value: formatNewsroomDate(day), from: endOf[0] };
    return out;
  }
  // "All up over the 3 days": the whole deal, not one of its waves.
  if (WHOLE_DEAL.test(lower) && deal) {
    say(deal, null, WHOLE_DEAL.exec(lower)?.[0] ?? null);
    return out;
  }

  // "Before the big swap", "the last swap before the 1000 one": the days around the deal.
  // "The last swap before May 2025", "… before the Istanbul talks": before the day or event the
  // words after "before" name; the deal's start when they name none but it.
  if (LAST_BEFORE_DEAL.test(lower) && deal) {
    // Only the words of the clause "before" opens: in "the exchange before the big one, it was
    // 6.05 or 7.05?" the days after the comma are the answers offered, not what it was before.
    const tail = (/\bbefore\s+(.+)$/i.exec(text)?.[1] ?? "").split(/,(?!\s*\d)|[;?:]/)[0] ?? "";
    const said = readDates(withMonths(k, tail), { refDate: null, yearFor: storyYears(k) }).filter(
      (d) => !d.since,
    )[0];
    const other = namedEvents(k, tail).find((e) => e.id !== deal.id && !e.partOf);
    const start =
      said?.date ?? said?.range?.from ?? (other ? eventStart(other) : null) ?? eventStart(deal);
    const before = catalog.exchanges.filter(
      (e) =>
        (eventStart(e) ?? "") < (start as string) &&
        (start !== eventStart(deal) || e.partOf !== deal.id),
    );
    const e = before.at(-1) ?? null;
    if (e) say(e, null, `the last swap before ${start === eventStart(deal) ? "the deal" : start}`);
    return out;
  }

  // Named events: "the Istanbul talks", "the early-May swap", "the 49th exchange"; or an event
  // whose title shares two telling words with the question ("trump putin call", "Lavrov … draft").
  const named = namedEvents(k, text).filter((e) => e.kind !== "tally");
  for (const e of byTitleWords(k, lower)) if (!named.includes(e)) named.push(e);
  // Every day and span named, and the exchanges they date, in order.
  const dated = withMonths(k, text);
  const all = readDates(dated, { refDate: null, yearFor: storyYears(k) }).filter((d) => !d.since);
  const found: { at: number; id: string }[] = [];
  for (const d of all) {
    const span = d.date ? { from: d.date, to: d.date } : d.range;
    if (span) out.spans.push(span);
    const ex = d.date
      ? (catalog.eventsByDay.get(d.date) ?? []).find((e) => e.kind === "exchange")
      : d.range
        ? onlyExchangeIn(k, d.range)
        : undefined;
    if (ex) found.push({ at: d.start, id: ex.id });
  }
  // A month named bare ("the april swap"): the one exchange of that month the archive holds.
  for (const m of dated
    .toLowerCase()
    .matchAll(
      /\b(january|february|march|april|june|july|august|september|october|november|december)\b(?! \d)/g,
    )) {
    const month = String(monthNumber(m[1] as string)).padStart(2, "0");
    const inMonth = catalog.exchanges.filter(
      (e) => !e.partOf && (eventStart(e) ?? "").slice(5, 7) === month,
    );
    if (inMonth.length === 1) found.push({ at: m.index ?? 0, id: (inMonth[0] as Event).id });
  }
  // An exchange or the deal named by its name ("the 1,000-for-1,000 deal", "the 49th swap").
  for (const e of named) {
    if (e.kind !== "exchange" && e.kind !== "deal") continue;
    const at = nameAt(dated, e);
    if (at >= 0) found.push({ at, id: e.id });
  }
  for (const x of found.sort((a, b) => a.at - b.at))
    if (!out.events.includes(x.id)) out.events.push(x.id);
  // "In May 2025 in total, counting …": the month as a span, whatever it names inside it.
  const monthSpan = all.find((d) => !d.date && d.range);
  if (monthSpan?.range && /\bin total\b|\bcounting\b|\baltogether\b|\ball told\b/.test(lower)) {
    out.range = monthSpan.range;
    out.part = {
      value: formatDateRange(monthSpan.range.from, monthSpan.range.to),
      from: monthSpan.text,
    };
    return out;
  }
  const offset = OFFSET_DAYS.find(([re]) => re.test(lower));
  const anchor = offset ? offsetAnchor(k, text, offset[0], named) : null;
  if (offset && anchor?.date) {
    const day = addDaysIso(eventStart(anchor) as string, offset[1]);
    // On that day: its exchange, else another event the question names that falls on it ("the
    // day before the swap there was a meeting": the meeting).
    const onDay =
      (catalog.eventsByDay.get(day) ?? []).find((e) => e.kind === "exchange") ??
      named.find((e) => e !== anchor && eventStart(e) === day) ??
      null;
    say(onDay, day, offset[0].exec(lower)?.[0] ?? null, `${offset[1]} day(s) from ${anchor.title}`);
    if (!onDay) out.eventId = null;
    return out;
  }
  // "The day Lavrov made his comment": the day of a named event.
  if (/\bthe day (?!after|before)/.test(lower) && named[0]?.date && named[0].kind !== "exchange") {
    const day = eventStart(named[0]) as string;
    const onDay = (catalog.eventsByDay.get(day) ?? []).find((e) => e.kind === "exchange") ?? null;
    say(onDay, day, "the day", `the day of ${named[0].title}`);
    return out;
  }

  // Days written out, and days of the month alone ("the 24th"), fixed by the archive.
  const days = readDates(withMonths(k, text), { refDate: null, yearFor: storyYears(k) }).filter(
    (d) => !d.since,
  );
  const day = days.find((d) => d.date)?.date ?? null;
  const month = days.find((d) => !d.date && d.range)?.range ?? null;
  // "When were the Istanbul talks – the 23rd?": a day put after a "when" of an event named by
  // its name is the asker's guess at its day, checked by the answer, not the event asked of.
  const guessed =
    day && /^\s*(?:so\s+|and\s+)?when\b/i.test(text)
      ? named.find(
          (e) =>
            e.kind !== "exchange" &&
            e.kind !== "deal" &&
            e.date &&
            !(day >= (eventStart(e) ?? "") && day <= (eventEnd(e) ?? "")) &&
            nameAt(dated, e) >= 0 &&
            nameAt(dated, e) < (days.find((d) => d.date)?.start ?? 0),
        )
      : undefined;
  if (guessed) {
    say(guessed, null, null);
    return out;
  }
  if (day) {
    const onDay = catalog.eventsByDay.get(day) ?? [];
    const e =
      onDay.find((x) => x.kind === "exchange" && eventStart(x) === day) ??
      onDay.find((x) => x.kind === "exchange") ??
      named[0] ??
      onDay[0] ??
      null;
    say(e, day, days.find((d) => d.date)?.text ?? null);
    return out;
  }

  // A weekday: the deal's day of that name.
  const weekday = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`, "i").test(lower));
  if (WEEKEND.test(lower) && waves.length > 0) {
    const weekend = waves.filter((w) => [0, 6].includes(weekdayNumber(eventStart(w) as string)));
    if (weekend.length > 0) {
      out.range = {
        from: eventStart(weekend[0] as Event) as string,
        to: eventStart(weekend.at(-1) as Event) as string,
      };
      out.part = {
        value: `the weekend of the deal, ${formatDateRange(out.range.from, out.range.to)}`,
        from: "weekend",
      };
      return out;
    }
  }
  // "Friday and Saturday", "fri+sat": two days of the deal named, the span from the first to the last.
  const weekdays = WEEKDAYS.map((w, i) => (new RegExp(`\\b${w}\\b`, "i").test(lower) ? i : -1))
    .filter((i) => i >= 0)
    .map((i) => waves.find((x) => weekdayNumber(eventStart(x) as string) === i));
  if (
    weekdays.length >= 2 &&
    weekdays.every((w) => w) &&
    !named.some((e) => e.kind !== "exchange" && e.kind !== "deal")
  ) {
    const starts = weekdays.map((w) => eventStart(w as Event) as string).sort();
    out.range = { from: starts[0] as string, to: starts.at(-1) as string };
    out.part = {
      value: `those days of the deal, ${formatDateRange(out.range.from, out.range.to)}`,
      from: "weekdays",
    };
    return out;
  }
  if (weekday >= 0 && !named.some((e) => e.kind !== "exchange" && e.kind !== "deal")) {
    const w = waves.find((x) => weekdayNumber(eventStart(x) as string) === weekday);
    if (w) {
      say(w, eventStart(w), WEEKDAYS[weekday] ?? null, "the day of that name in the deal");
      return out;
    }
  }

  // A wave by its place in the deal ("the last day", "when did it wrap up").
  const wave = WAVE_DAY.find(([re]) => re.test(lower));
  const aboutDeal = GENERIC_DEAL.test(lower) || named.some((e) => e.kind === "deal");
  if (wave && waves.length > 0 && !named.some((e) => e.kind !== "deal" && e.partOf !== deal?.id)) {
    if (/\bfirst two days\b|\btwo days\b/.test(lower)) {
      out.eventId = deal?.id ?? null;
    } else {
      const w = wave[1] === "first" ? waves[0] : wave[1] === "second" ? waves[1] : waves.at(-1);
      if (w) {
        say(w, eventStart(w), wave[0].exec(lower)?.[0] ?? null);
        out.edge = wave[1] === "second" ? null : wave[1];
        return out;
      }
    }
  }

  if (named.length > 0) {
    const e = named[0] as Event;
    say(e, null, null);
    return out;
  }
  // A month: the one exchange of that month, or the month as a span.
  if (month) {
    const inMonth = catalog.exchanges.filter((e) => {
      const s = eventStart(e) ?? "";
      return s >= month.from && s <= month.to;
    });
    const single = inMonth.filter((e) => !e.partOf);
    // (Not where the sources' numbering shows exchanges in those days the store does not hold.)
    if (single.length === 1 && inMonth.length === 1 && !exchangesMissing(k, month)) {
      say(single[0] as Event, null, days.find((d) => d.range)?.text ?? null);
      return out;
    }
    out.range = month;
    out.part = {
      value: formatDateRange(month.from, month.to),
      from: days.find((d) => d.range)?.text ?? null,
    };
    return out;
  }
  if (aboutDeal && deal) {
    say(deal, null, GENERIC_DEAL.exec(lower)?.[0] ?? null);
    return out;
  }
  // A month named bare ("in April"): the one exchange the archive holds in it.
  const only = out.events.length === 1 ? catalog.events.get(out.events[0] as string) : undefined;
  if (only) say(only, null, null);
  return out;
}

/**
 * What "the day before …", "the day after …" counts from: the event named soonest after those
 * words ("the day before the swap started – there was a meeting": the deal, not the meeting),
 * the deal when they are followed by "the swap" or "the big swap"; else the first event named.
 */
function offsetAnchor(k: Knowledge, text: string, re: RegExp, named: Event[]): Event | null {
  const m = re.exec(text);
  if (!m) return named[0] ?? null;
  const tail = text.slice((m.index ?? 0) + m[0].length);
  const found: { at: number; e: Event }[] = [];
  for (const e of named) {
    const at = nameAt(tail, e);
    if (at >= 0) found.push({ at, e });
  }
  const deal = k.catalog.deals[0];
  const generic = GENERIC_DEAL.exec(tail);
  if (deal && generic) found.push({ at: generic.index, e: deal });
  found.sort((a, b) => a.at - b.at);
  return found[0]?.e ?? named[0] ?? null;
}

/**
 * The one exchange a span of days dates: a deal counts once, its waves with it, so "May 2025"
 * (the early-May swap and the three-day deal) dates none. Undefined when none or several.
 */
function onlyExchangeIn(k: Knowledge, range: DayRange): Event | undefined {
  const within = (e: Event) => {
    const s = eventStart(e) ?? "";
    return s >= range.from && s <= range.to;
  };
  const single = k.catalog.exchanges.filter((e) => !e.partOf && within(e));
  const deals = k.catalog.deals.filter(within);
  return single.length + deals.length === 1 ? single[0] : undefined;
}

/** Where in a text an event is first called by its title or one of its names; -1 if nowhere. */
function nameAt(text: string, e: Event): number {
  const t = normaliseAlias(text);
  let at = -1;
  for (const a of [e.title.replace(/^the /i, ""), ...e.aliases]) {
    const m = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRe(normaliseAlias(a))}(?![\\p{L}\\p{N}])`,
      "u",
    ).exec(t);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  return at;
}

/**
 * A day a question gives without a year: the year the archive has an exchange or talks on that
 * day; else the year of any event the store dates to it (a meeting, a call); else none.
 */
function storyYears(k: Knowledge): (monthDay: string) => string | null {
  const exchanges = archiveYears(k);
  return (monthDay) => {
    const y = exchanges(monthDay);
    if (y) return y;
    const years = new Set(
      [...k.catalog.eventsByDay.keys()]
        .filter((d) => d.slice(5) === monthDay)
        .map((d) => d.slice(0, 4)),
    );
    return years.size === 1 ? ([...years][0] as string) : null;
  };
}

/** The deal's waves a question names by their place ("the first wave … the last"), in its order. */
function wavesNamed(k: Knowledge, lower: string): string[] {
  const deal = k.catalog.deals[0];
  const waves = deal ? (k.catalog.partsOf.get(deal.id) ?? []) : [];
  if (waves.length < 2) return [];
  const found: { at: number; id: string }[] = [];
  for (const [re, place] of WAVE_DAY) {
    const g = new RegExp(re.source, "gi");
    for (const m of lower.matchAll(g)) {
      const w = place === "first" ? waves[0] : place === "second" ? waves[1] : waves.at(-1);
      if (w) found.push({ at: m.index ?? 0, id: w.id });
    }
  }
  // "The first wave than the last": a place said bare after "than"/"and" is a wave too.
  for (const m of lower.matchAll(
    /\b(?:than|and|or|vs\.?|versus) the (first|second|third|last|final)\b/g,
  )) {
    const p = m[1];
    const w = p === "first" ? waves[0] : p === "second" ? waves[1] : waves.at(-1);
    if (w) found.push({ at: m.index ?? 0, id: w.id });
  }
  // "Friday than Sunday", "fri minus sun": the deal's days by their weekday, two or more of them.
  const byWeekday: { at: number; id: string }[] = [];
  for (const m of lower.matchAll(/\b(mon|tue|wed|thu|fri|sat|sun)(?:[a-z]*day|s?\b)/g)) {
    const day = WEEKDAYS.findIndex((w) => w.startsWith(m[1] as string));
    const w = waves.find((x) => weekdayNumber(eventStart(x) as string) === day);
    if (w) byWeekday.push({ at: m.index ?? 0, id: w.id });
  }
  if (new Set(byWeekday.map((x) => x.id)).size >= 2) found.push(...byWeekday);
  const ids: string[] = [];
  for (const x of found.sort((a, b) => a.at - b.at)) if (!ids.includes(x.id)) ids.push(x.id);
  return ids;
}

/** The deal's waves a question names as waves ("day one … day three"), in its order. */
function wavesByPlace(k: Knowledge, lower: string): string[] {
  const deal = k.catalog.deals[0];
  const waves = deal ? (k.catalog.partsOf.get(deal.id) ?? []) : [];
  const found: { at: number; id: string }[] = [];
  for (const [re, place] of WAVE_PLACE)
    for (const m of lower.matchAll(re)) {
      const w = waves.at(place);
      if (w) found.push({ at: m.index ?? 0, id: w.id });
    }
  const ids: string[] = [];
  for (const x of found.sort((a, b) => a.at - b.at)) if (!ids.includes(x.id)) ids.push(x.id);
  return ids;
}

/**
 * "How many more in the first wave than in the last", "in the big swap than in the January 2024
 * one": the exchange each side of "than" names, read apart. A bare place ("the last") after a
 * wave is another wave of the same deal. Empty unless both sides name an exchange or the deal,
 * and not the same one.
 */
export function thanEvents(k: Knowledge, text: string): string[] {
  // "Than", or the desk's "v", "vs", "versus", "compared with" between the two.
  const m = /^(.*?)(?:\bthan\b|\s(?:vs?\.?|versus|compared (?:to|with))\s)(.*)$/i.exec(text);
  if (!m?.[1] || !m[2]) return [];
  const deal = k.catalog.deals[0];
  const waves = deal ? (k.catalog.partsOf.get(deal.id) ?? []) : [];
  const of = (t: string) => {
    const id = whenOf(k, t).eventId;
    const e = id ? k.catalog.events.get(id) : undefined;
    return e && (e.kind === "exchange" || e.kind === "deal") ? e : null;
  };
  const a = of(m[1]);
  let b = of(m[2]);
  if (a && !b && a.partOf && a.partOf === deal?.id) {
    const place = /\bthe (first|second|third|last|final)\b/i.exec(m[2])?.[1]?.toLowerCase();
    const w =
      place === "first"
        ? waves[0]
        : place === "second"
          ? waves[1]
          : place
            ? place === "third"
              ? waves[2]
              : waves.at(-1)
            : undefined;
    b = w ?? null;
  }
  return a && b && a.id !== b.id ? [a.id, b.id] : [];
}

/** The figures a question names, days and years left out: "4,552 and 4,750" → [4552, 4750]. */
export function valuesNamed(text: string): number[] {
  // "A bus in Chernihiv, 24/5", "a 23/5 piece": a day written day/month, never a figure of 24.
  const t = text
    .replace(DAY_SLASH_MONTH, " ")
    .replace(/\b(?:19|20)\d\d\b/g, " ")
    .replace(/\b\d{1,2}(?:st|nd|rd|th)\b/gi, " ")
    .replace(
      /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+\d{1,2}\b/gi,
      " ",
    )
    .replace(/\b\d[\d,]*[- ]for[- ]\d[\d,]*\b/gi, " ");
  const out: number[] = [];
  for (const m of t.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const n = Number(m[0].replace(/,/g, ""));
    if (Number.isFinite(n) && !out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * The two counts a difference of running totals sets apart, each side of "minus", "than",
 * "against" (or "and") read apart: the claimants it names, the day or span it says, or the
 * latest. Null unless each side says one of them and one side names who gives it.
 */
function countsApart(k: Knowledge, text: string): CountEnd[] | null {
  const m =
    COUNTS_APART.map((re) => re.exec(text)).find((x) => x !== null) ??
    /^(.*?)\band\b(.*)$/i.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const ends = [m[1], m[2]].map((t) => {
    const lower = t.toLowerCase();
    const claimants = claimantsNamed(k, lower);
    const dated = readDates(withMonths(k, t), { refDate: null, yearFor: storyYears(k) }).find(
      (d) => !d.since && (d.date || d.range),
    );
    const range = dated ? (dated.date ? { from: dated.date, to: dated.date } : dated.range) : null;
    const latest = NOW.test(lower);
    return {
      end: { claimantIds: claimants.length > 0 ? claimants : null, range },
      said: claimants.length > 0 || range !== null || latest,
    };
  });
  const [a, b] = ends as [(typeof ends)[number], (typeof ends)[number]];
  if (!a.said || !b.said || (!a.end.claimantIds && !b.end.claimantIds)) return null;
  return [a.end, b.end];
}

/** "The 24th" → "May 24": the month of the archive's one exchange on that day of the month. */
function withMonths(k: Knowledge, text: string): string {
  // "And in may?": a month named bare, in the one year the archive has exchanges in it.
  text = text.replace(
    /\b(in|during|for|of) (january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s*(?:\d|,\s*\d))/gi,
    (m, prep: string, mon: string) => {
      const mm = String(monthNumber(mon)).padStart(2, "0");
      const years = new Set(
        k.catalog.exchanges
          .map((e) => eventStart(e) ?? "")
          .filter((s) => s.slice(5, 7) === mm)
          .map((s) => s.slice(0, 4)),
      );
      if (years.size !== 1) return m;
      return `${prep} ${mon.charAt(0).toUpperCase()}${mon.slice(1).toLowerCase()} ${[...years][0]}`;
    },
  );
  return text.replace(/\bthe (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|exchange|swap))/gi, (m, d) => {
    const dd = String(d).padStart(2, "0");
    const months = new Set<string>();
    for (const e of k.catalog.exchanges) {
      const s = eventStart(e);
      if (s?.endsWith(`-${dd}`)) months.add(s.slice(0, 7));
    }
    if (months.size !== 1) return m;
    const [ym] = [...months] as [string];
    return formatNewsroomDate(`${ym}-${dd}`);
  });
}

const STOP = new Set(
  "the a an of to and with in on at for by from was were is did does how many when who what which that this his her their its after before day said say says would could".split(
    " ",
  ),
);

/** Events (not exchanges) whose title or aliases share at least two telling words with the question. */
/** Words every question on this story may say ("prisoners", "Ukraine"): they name no one event. */
const STORY_WORDS: ReadonlySet<string> = new Set([
  "prisoner",
  "ukraine",
  "ukrainian",
  "russia",
  "russian",
  "war",
]);

function byTitleWords(k: Knowledge, lower: string): Event[] {
  const words = new Set(lower.match(/[a-z]+/g) ?? []);
  const out: Event[] = [];
  // A word that is another event's own name ("talks", for the Istanbul talks) tells nothing of
  // this one ("Trump's tweet … on the talks").
  const namesOther = (e: Event, w: string) =>
    [...k.catalog.events.values()].some(
      (x) => x.id !== e.id && x.aliases.some((a) => a.toLowerCase() === w),
    );
  for (const e of k.catalog.events.values()) {
    if (e.kind === "exchange" || e.kind === "deal" || e.kind === "tally") continue;
    const own = new Set(
      `${e.title} ${e.aliases.join(" ")}`
        .toLowerCase()
        .match(/[a-z]+/g)
        ?.map((w) => w.replace(/(?:'s|s)$/, ""))
        .filter((w) => w.length > 3 && !STOP.has(w) && !STORY_WORDS.has(w)) ?? [],
    );
    let hits = 0;
    for (const w of own)
      if ((words.has(w) || words.has(`${w}s`)) && !namesOther(e, w) && !namesOther(e, `${w}s`))
        hits++;
    if (hits >= 2) out.push(e);
  }
  return out;
}

function dateText(e: Event): string {
  const s = eventStart(e);
  const end = eventEnd(e);
  if (!s || !end) return "";
  return s === end ? formatNewsroomDate(s) : formatDateRange(s, end);
}

export function countedText(c: Counted): string {
  return (
    {
      people: "people",
      military: "POWs and servicemen",
      civilians: "civilians",
      wounded: "wounded",
      exchanges: "exchanges",
      drones: "drones",
      missiles: "missiles",
      bodies: "bodies of the fallen",
      "under-25": "young soldiers under 25",
      children: "children",
      "seriously-wounded": "seriously wounded",
    } satisfies Record<Counted, string>
  )[c];
}

export function sideText(s: Side): string {
  return (
    {
      each: "each side",
      total: "both sides together",
      ukraine: "returned to Ukraine",
      russia: "returned to Russia",
    } as const
  )[s];
}

export { normaliseAlias };

/** The one event a phrase names ("the big swap", "the Istanbul talks", "the 24th"), or null. */
export function eventNamedIn(k: Knowledge, phrase: string): Event | null {
  const id = whenOf(k, tidy(phrase)).eventId;
  return id ? (k.catalog.events.get(id) ?? null) : null;
}
