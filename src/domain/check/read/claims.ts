/**
 * Claim extraction: every checkable figure in a text, with what it counts, for whom, and
 * when. One idea of a claim, shared by the fact-check (drafts) and ingestion (new sources).
 * Pure, knowledge-free (the store is consulted only by the verdicts) and linear in the length
 * of the text: numbers and dates are read once over the whole text, then handed out to the
 * sentences they sit in.
 *
 * The rules, in the order they are applied to each number:
 *
 * - Not claims: years, times of day, list numbering, phone numbers, the parts of a date, names
 *   and scores, vague counts and fractions, and numbers with nothing counted after them
 *   ("Decree No. 245", "the 10-point plan").
 * - Not counts: a figure with a unit that counts nothing ("5%", "£96m", "390 km", "31 points")
 *   or an amount of change ("up 390", "rose by 40"; "another 307" still counts its batch) is
 *   reported with no measure, so it is unverified, or left alone in a sentence about an
 *   exchange, and never compared with a stored count.
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
import type { Counted, Measure, Qualifier, Side } from "../../../store/schema.ts";
import { addDaysIso, isIsoDate } from "../../dates.ts";
import { allMatches } from "../../matches.ts";
import {
  findNumbers,
  isAdditive,
  type NumberKind,
  type NumberMention,
  parseNumberWords,
} from "../../numbers.ts";
import {
  ALONG_WITH,
  AMONG_THE_WOUNDED,
  AVERAGE_BEFORE,
  AVERAGE_HEADING,
  BOX_LINE_DASH,
  CEASEFIRE_AFTER,
  DAY_LED,
  DAY_LIST,
  DAY_TRAILED,
  DAYS_SO_FAR,
  DURATION_AFTER,
  DURATION_BEFORE,
  DURATION_SELF,
  type EventCue,
  INCREMENT_AFTER,
  INCREMENT_BEFORE,
  NOT_DURATION,
  PAIR_NOUN,
  PART_AFTER,
  PART_BEFORE,
  PLANNED,
  RELEASE,
  REMAINDER,
  SIDE_COMPOUND,
  SINCE_START,
  SINCE_WORD,
  SIZES_EVENT,
  SO_FAR,
  WHOLE_DEAL,
  WITHIN_DEAL,
  WOUNDED_AFTER,
} from "../vocabulary.ts";
import { answerReading } from "./answers.ts";
import { attributionOf } from "./attribution.ts";
import { joinCardFigures } from "./card-figures.ts";
import { andJoinedStart, anotherTickerItem, clauseOf, clauseStarts, dateFor } from "./clauses.ts";
import {
  countedNear,
  impliedCount,
  measureOf,
  predicateCounted,
  type SideReading,
  sideOf,
  speakersSide,
} from "./cues.ts";
import {
  type CueMatch,
  cuesIn,
  type DateClaim,
  dateClaimsOf,
  eventCueNear,
} from "./date-claims.ts";
import { dayOwnedFigure } from "./day-owned-figures.ts";
import { type DateBasis, type DateContext, type DateInfo, readDates } from "./draft-dates.ts";
import { elidedExchangeOrdinal } from "./exchange-ordinals.ts";
import {
  bareCount,
  COPY_WITHDREW,
  DEAL_WORDS,
  DENIED_BEFORE,
  DISOWNED_AFTER,
  EARLIER_MARK,
  EVERY_SINCE_START,
  ITEM_WAVE,
  ITEM_WAVE_ANY,
  ITEM_WAVE_BEFORE,
  ITEM_WAVE_ELLIPTIC,
  ITEM_WAVE_LISTED,
  ITEM_WAVE_NOUN,
  ITEM_WAVES,
  LIVED_THROUGH_BEFORE,
  NOT_BEFORE,
  notAFigure,
  OTHER_FATE,
  PEOPLE_COUNTED,
  runningTotalIn,
  SAID_INSTEAD,
  SELF_CORRECTED,
  SPAN_BEFORE,
  SPAN_NOT_AFTER,
  TAKEN_BACK_AFTER,
  WITHDRAWN_AFTER,
  WITHDRAWN_BEFORE,
  WITHDRAWN_SENTENCE,
  waveCountOf,
} from "./figure-words.ts";
import { labelledRows } from "./labelled-rows.ts";
import { gapped, groupParts, listed } from "./lists.ts";
import { monthNamedExchange } from "./month-named.ts";
import { readNoun } from "./nouns.ts";
import { ON_AIR_WITHDREW } from "./on-air-corrections.ts";
import { isRatingPiece, reportedClaimSpans } from "./reported-claims.ts";
import { inSpans, isNotice, retractedSpans } from "./retractions.ts";
import { type Sentence, splitSentences } from "./sentences.ts";
import { type TableCell, tableCells } from "./tables.ts";
import { waveCountInExchangeCopy } from "./wave-counts-in-exchange-copy.ts";

export type { Sentence };

/** The last of a question's options: "two, three or (c) four", "(b) 307 or (c) 370". */
const QUESTION_OPTION =
  /(?:\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))(?:st|nd|rd|th)?\s*,?\s+or\s+(?:\([a-e]\)\s*)?$|\([a-e]\)\s*[^()?]{1,30},?\s+(?:or\s+)?\([a-e]\)\s*$/i;

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
  /** A second side the words allow ("both sides released 246": each, or both together). */
  sideAlso: Side | null;
  /** "So far" with no "since": the deal so far, or the war's running total. */
  soFar: boolean;
  /** The figure is a part of a larger one ("including 120 civilians"): the words that say so. */
  part: string | null;
  /**
   * "Over two days, 697 came home": a count of days that may be the deal so far rather than its
   * length; it is judged beside the figure it spans (see judge/spans.ts).
   */
  spanOf?: boolean;
  /** A bare figure whose count is only inferred from the sentence: never corrected on that alone. */
  loose?: boolean;
  /** Figures told as parts of one whole ("3 women and 387 men") share a group number. */
  partGroup: number | null;
  /** A wave the words name ("began", "the final stage", "the second wave"), whatever the day. */
  wave: WaveCue | null;
  /** The wave is named outright ("the second wave"), not by a verb ("began"). */
  waveNamed: boolean;
  /** "The final 303": the words before the figure make it the last wave's. */
  finalNamed?: boolean;
  /** A figure in a table's cell, read with its column's header. */
  tableCell?: boolean;
  /** An answer's figure, read with the question it answers (the question's words). */
  answered?: string;
  /** A running total is spoken of elsewhere in the sentence: one exchange's reading is unsure. */
  scopeUnclear: boolean;
  /** "Wrote on Sunday that 697 …": the day told is the writing's, not surely the figure's. */
  dayOfSaying?: string;
  /** "610 more each to come": what is left of a deal, which no source counts as such. */
  remainder?: boolean;
  /** "Mean per day:": a heading that may make the figure an average of counts: the words. */
  averaged?: string;
  /** A running total beside another one it is compared with ("up from 3,627 in September 2024"). */
  asOfUnclear?: boolean;
  /** Which exchange the figure is of, where the words point away from the one read: why, in words. */
  otherExchange?: string;
  /** A weekday nothing fixes ("sat: 390 more"): 0–6; only events on that weekday can match. */
  weekday: number | null;
  /** Where the day came from (see DateBasis); null with no day. */
  dateBasis: DateBasis | null;
  /** The words each part of the reading came from, for the editor. */
  cues: ClaimCues;
}

export type WaveCue = "start" | "end" | "wave2" | "wave3";
/**
 * Words that make a sentence speak of the deal as a whole, for "over three days" ("in total"
 * is not one: "in total over two days, 697" is the deal so far).
 */
const WHOLE_SPAN =
  /\b(?:in all|all told|the (?:whole|entire) (?:deal|exchange)|completed|complete|completing|1,000-for-1,000|thousand-for-thousand|from friday to sunday)\b/i;

/** A list item told as "the next" or "the following": the wave after the item before it. */
const NEXT_ITEM =
  /^\s+(?:(?:ukrainians|people|prisoners|each|each side|a side|per side|apiece)\s+)?(?:on\s+)?the\s+(?:next|following)\b(?:\s+(?:day|one|wave|stage))?/i;

/** "The final 303", "their last 303": a figure the words make the deal's last wave. */
const FINAL_FIGURE = /\b(?:the|their|its|a)\s+(?:final|last)\s+$/i;

/** "The second wave", "the final stage": a wave named outright, as sure as a day. */
const ORDINAL_WAVE =
  /\b(?:first|second|third|final|last|opening|closing|2nd|3rd)\s+(?:wave|stage|round|day|leg|phase|batch|part|group|tranche)\b|\b(?:second|third|2nd|3rd) of (?:the )?(?:three|four|3|4) (?:waves|stages|rounds|days|legs|phases|tranches)\b|\b(?:wave|stage|round|leg|day|phase) (?:[123]|one|two|three)\b|\bthe (?:last|final) of (?:them|the (?:waves|stages|rounds))/i;
const WAVE_CUES: ReadonlySet<EventCue> = new Set<EventCue>(["start", "end", "wave2", "wave3"]);

/**
 * "Wave three: 606 each side", "Day two — 614": a fact box's label before its figure names that
 * figure's wave, though the colon or dash ends the label's clause.
 */
function labelCue(cues: readonly CueMatch[], s: string, rel: number): CueMatch | null {
  for (const c of cues)
    if (
      WAVE_CUES.has(c.about) &&
      c.end <= rel &&
      ORDINAL_WAVE.test(c.cue) &&
      /^\s*(?:\([^()\n]{0,30}\)\s*)?[:–—=]\s*[~≈]?\s*$/.test(s.slice(c.end, rel)) &&
      /(?:^|\n)\s*$/.test(s.slice(0, c.start))
    )
      return c;
  return null;
}

/** A label after a pair of figures naming two things: ": servicemen and civilians". */
const RESPECTIVE_LABEL =
  /^(\s*[:—–=-]\s*(?:the\s+)?)[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:and|&)\s+(?:the\s+)?/u;
/** Between the two figures of such a pair: "270 and 120", "270/120", "270 & 120". */
const LABEL_PAIR = /^\s*(?:and|&|\/|,)\s*$/i;

/** A how-many question about people freed, with or without a noun. */
const RELEASE_ASKED =
  /\bhow many\b[^?]{0,40}?\b(?:came (?:back|home)|come (?:back|home)|(?:were|have been|had been|got|get) (?:freed|released|exchanged|swapped|returned|brought (?:back|home))|returned|crossed)\b/i;

/** "How many Ukrainians …", "how many of them …": the question names what it counts. */
const HOW_MANY_NOUN =
  /\bhow many\s+(?:of\s+(?:them|those|ours)\b|(?!(?:came|come|were|have|had|got|get|returned|crossed|are|is|did|do)\b)[\p{L}-]+)/iu;

/** A wave of an exchange named outright: "day one", "the second stage", "wave 3". */
const WAVE_NAMED =
  /\b(?:day (?:one|two|three|1|2|3)|(?:first|second|third|final|last) (?:wave|stage|leg)|(?:wave|stage|leg) (?:one|two|three|1|2|3))\b/i;

/** A question asking for a day: "When were …?", "On what date did …?", "Q: Which day …?". */
const ASKS_WHEN =
  /^\s*(?:(?:Q|Question|[\p{Lu}][\p{Lu} .'-]{1,30})\s*(?:\([^)]{0,40}\))?\s*[:.)]\s*)?(?:when\b|(?:on\s+)?(?:what|which)\s+(?:day|date)\b)/iu;

/** A sentence opening on the one before: "Of those, …", "Among them …". */
const POINTS_BACK = /^\s*(?:of|among|out of)\s+(?:those|them|these|whom)\b/i;

/** "Among the 390 it received", "of the 1,000 freed": a whole that a part is told of. */
const WHOLE_OF_PART =
  /\b(?:among|out of|of)\s+(?:the|those|these|all|(?:today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s)\s+$/i;

const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/** Bare day numbers, joined by commas or "and", right before a day: "23, 24, 25 MAY". */
const DAYS_LISTED_BEFORE =
  /(?<!\b(?:between|from|of|no\.?|wave|stage|day|part|point|item)\s+)\b[0-3]?\d\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s)$/i;
/** Right before a day, words saying a count runs on from it: "since", "cumulative since D-Day (". */
const COUNT_RUNS_FROM = /\b(?:since|cumulative(?:ly)?)\b[^.;:\d]{0,16}$/i;
/** A bare number that is one of such a list: followed by more day numbers and the month. */
const DAY_IN_LIST = new RegExp(
  String.raw`^\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)(?:[0-3]?\d\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+))*[0-3]?\d\s+${MONTH_WORD}(?![a-z])`,
  "i",
);

/**
 * Right after a figure, a short unit in capitals with a small plural "s" ("14 BMs", "3 APCs").
 * POWs are people; a headline all in capitals ("307 SAT") gives days, not units.
 */
const OWN_SHORT_UNIT = /^\s+(?!(?:POW|PoW)s\b)([A-Z]{2,5}s)\b(?![-‑])/;

function withdrawn(s: string, rel: number, relEnd: number): boolean {
  const before = s.slice(Math.max(0, rel - 80), rel);
  // "It's not 500 of ours, it's 410": the speaker sets the first aside for the second.
  if (NOT_BEFORE.test(before) && SAID_INSTEAD.test(s.slice(relEnd, relEnd + 80))) return true;
  // "Saturday was 303 and today 307, no wait, I've got them backwards": all taken back.
  if (TAKEN_BACK_AFTER.test(s.slice(relEnd, relEnd + 120))) return true;
  // "Was 370 -> 307" and "change 370 to 307" are edits (an arrow alone is a note's "day ->
  // figure"); an earlier version's figure stands alone.
  if (/\b(?:was|change)\s+$/i.test(before))
    return WITHDRAWN_AFTER.test(s.slice(relEnd, relEnd + 40));
  // "The 49th, not the 94th": a figure the copy denies, set against one it just gave.
  const denied = DENIED_BEFORE.exec(before);
  if (denied && /\d|\b(?:first|second|third)\b/i.test(before.slice(0, denied.index))) return true;
  return (
    WITHDRAWN_BEFORE.test(before) ||
    COPY_WITHDREW.test(before) ||
    ON_AIR_WITHDREW.test(before) ||
    DISOWNED_AFTER.test(s.slice(relEnd, relEnd + 40))
  );
}

/** "390+307+303", "390/307/303": a figure joined to another by a plus or a slash. */
function inSeries(before: string, after: string): boolean {
  return /\d\s*(?:\+|\/)\s*$/.test(before) || /^\s*(?:\+|\/)\s*\d/.test(after);
}

const DAY_WORD =
  "(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|tomorrow|the (?:first|second|third|last|final) day";
/** After a spoken figure, its day: "on Friday", "is today". Built once: read for every bare figure. */
const DAY_AFTER = new RegExp(
  `^\\s*(?:,\\s*)?(?:(?:on|by)\\s+)?(?:${DAY_WORD})\\b|^\\s+(?:is|was)\\s+(?:${DAY_WORD})\\b`,
  "i",
);
/** Before a spoken figure, its day: "Friday:", "Yesterday,". */
const DAY_BEFORE = new RegExp(`\\b(?:${DAY_WORD})\\s*[:,—–-]?\\s*$`, "i");

/**
 * "A: Three hundred and ninety on Friday. Three hundred and seven is today.", "Yesterday, 390.
 * Today, 307.": a spoken figure told with its day and no verb, in a text about exchanges, is
 * that day's count. Only such bare fragments: a sentence with a verb of its own says what it is.
 */
function dayFragment(s: string, before: string, after: string): boolean {
  const words = s.replace(/^\s*(?:[QA]\s*[:.)]|[\p{Lu}][\p{Lu} .'’-]{1,30}:)\s*/u, "");
  if (
    /\b(?:are|were|has|have|had|will|would|said|says|freed|released|returned|came|went|crossed|got|held|holds|remain\w*|left|died|killed|wounded|launched|fired)\b/i.test(
      words,
    )
  )
    return false;
  return (
    DAY_AFTER.test(after) ||
    DAY_BEFORE.test(before) ||
    dayOwnedFigure(before, after) ||
    // "Three hundred and ninety, then three hundred and seven, then …": a run told in order.
    /\bthen\s+$/i.test(before) ||
    /^\s*,?\s*then\b/i.test(after)
  );
}

function cueOfDay(cues: readonly CueMatch[], clauses: readonly number[], rel: number) {
  return eventCueNear(cues, clauseOf(clauses, rel), rel, WAVE_CUES);
}

export interface ClaimCues {
  event?: string;
  counted?: string;
  side?: string;
  scope?: string;
}

// ---------------------------------------------------------------------------------------------
// Extraction

const CHECKABLE = new Set<NumberKind>(["cardinal", "ordinal", "ratio", "money", "percent"]);
/** Lengths of time are read as durations below ("a 30-day ceasefire", "over three days"). */
const TIME_UNITS = new Set(["decade", "year", "month", "week", "day", "hour", "minute", "second"]);

/**
 * A figure that is not a count of anything the store holds: one with a unit that is no count
 * ("5%", "£96m", "300 km", "65–110 pounds" of weight, "31 points") or an amount of change
 * ("up 307", "rose by 40"; "another 307" is still the count of that batch). It is reported
 * with no measure, so it can only be unverified, never compared with a stored count.
 */
function notACount(m: NumberMention, after: string): boolean {
  if (m.kind === "money" || m.kind === "percent") return true;
  // "The 10-point plan": a count that names the plan, read with its noun below.
  if (
    m.unit !== undefined &&
    !TIME_UNITS.has(m.unit) &&
    !(m.unit === "pt" && after.startsWith("-"))
  )
    return true;
  return m.change !== undefined && !isAdditive(m.changeCue ?? "");
}
const REMAINING = /\b(?:leaves|left|leaving|remain(?:s|ing)?|still)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const REMAINING_AFTER = /^[^.;:,]{0,30}\b(?:still to be|yet to be|remain(?:s|ing)?|left)\b/i;

/** "1,000 each due by the end", "303 expected on Sunday": a plan told after its figure. */
const PLANNED_AFTER =
  /^[^.;:,]{0,30}\b(?:due|expected|scheduled|planned|agreed|promised|to be (?:freed|released|returned|exchanged)|(?:still |yet )?to come|still to (?:cross|go|be freed))\b/i;

/**
 * Every checkable figure in the text. `refDate` is the draft's own date: it anchors
 * "on Friday", "yesterday" and dates written without a year.
 */
export function extractClaims(text: string, options: DateContext): Claim[] {
  return readDraft(text, options).claims;
}

/**
 * A draft as read: its figures and the days it states as claims, and the sentences and days
 * they were read from, so later checks take those instead of reading the draft again.
 */
export interface DraftReading {
  claims: Claim[];
  dateClaims: DateClaim[];
  sentences: Sentence[];
  /** Every day the draft names, in order, each with the draft's own words. */
  dates: DateInfo[];
  /** Where a corrections notice gives what the withdrawn version said (offsets in the draft). */
  retracted?: { start: number; end: number }[];
}

/** "226-226", "1,008-1,008": the same figure of ten or more written both ways. */
const MIRRORED = /(?<![\d,.])(\d{2,3}(?:,\d{3})*|\d(?:,\d{3})+)[-–]\1(?![\d,]*\d)/g;
/** Words that make such a pair a tie rather than a figure: "a 50-50 chance", "drew 10-10". */
const MIRRORED_NOT = /\b(?:draws?|drew|drawn|tied?|ties|chance|odds|split|vote[sd]?|votes?)\b/i;

/** The figures of a draft and the days it states as claims, read in one pass. */
export function readDraft(shown: string, options: DateContext): DraftReading {
  if (typeof shown !== "string" || shown.length === 0)
    return { claims: [], dateClaims: [], sentences: [], dates: [] };
  // "A 1,000-a-side swap" is read as "1,000 a side"; the draft's own words are shown.
  // "16,000+ — Ukrainian civilians held": a fact box's figure and, after its dash, its noun.
  const dashed = new Set<number>();
  const mirrored = new Set<number>();
  let text = shown
    .replace(SIDE_COMPOUND, (c) => c.replace(/-/g, " "))
    // "226-226": the same figure both ways, the one figure (not a match's "2-2", nor a draw).
    .replace(MIRRORED, (c, _n: string, at: number, all: string) => {
      if (MIRRORED_NOT.test(all.slice(Math.max(0, at - 20), at + c.length + 20))) return c;
      mirrored.add(at);
      return c.replace(/[-–][\d,]+$/, (x) => " ".repeat(x.length));
    })
    .replace(BOX_LINE_DASH, (c, at: number) => {
      dashed.add(at);
      return " ".repeat(c.length);
    });
  // "KEY FIGURE: 1,200" over "Prisoners freed this week": the figure and what it counts.
  text = joinCardFigures(text);
  const read = readText(text, options, dashed, mirrored);
  if (text === shown) return read;
  // (The card's two lines are shown as the one line they were read as.)
  shown = joinCardFigures(shown);
  for (const c of [...read.claims, ...read.dateClaims]) {
    c.sentence = { ...c.sentence, text: shown.slice(c.sentence.start, c.sentence.end) };
    c.span = { ...c.span, text: shown.slice(c.span.start, c.span.end) };
  }
  // The rewriting keeps every offset, so the draft's own words are at the same places.
  read.sentences = read.sentences.map((x) => ({ ...x, text: shown.slice(x.start, x.end) }));
  read.dates = read.dates.map((d) => ({ ...d, text: shown.slice(d.start, d.end) }));
  return read;
}

function readText(
  text: string,
  options: DateContext,
  dashed: ReadonlySet<number> = new Set(),
  mirrored: ReadonlySet<number> = new Set(),
): DraftReading {
  const claims: Claim[] = [];
  const dateClaims: DateClaim[] = [];
  const dates = readDates(text, options);
  // "19.04 — 264 each side": a day written with a dot is not the start of a range.
  let masked = text;
  for (const d of dates)
    if (/^\d{1,2}\.\d{2}(?:\.\d{4})?$/.test(d.text))
      masked = masked.slice(0, d.start) + " ".repeat(d.end - d.start) + masked.slice(d.end);
  const numbers =
    masked === text
      ? findNumbers(text)
      : findNumbers(masked).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
  let ni = 0;
  let di = 0;
  let carried: { date: string; text: string; basis: DateBasis } | null = null;
  let lastEnd = 0;
  let asked: CueMatch | null = null;
  // ("Day one in numbers: 390 Ukrainians; …": a wave named outright says what the text is about.)
  const aboutExchanges = RELEASE.test(text) || WAVE_NAMED.test(text);
  const sentences = splitSentences(text);
  // A line whose every cell is a wave's label and figure ("Day one: 390 | Day two: 307") is read
  // as labelled figures, each alone, rather than as a table's row after its first cell.
  const tables = tableCells(text);
  for (const [at, cells] of labelledRows(text, dates)) tables.set(at, cells);
  const tableFigures = [...tables.values()].flat();
  let retracting = false;
  let previousExchange = false;
  let question: Sentence | null = null;
  const notice = isNotice(text);
  const ratingPiece = isRatingPiece(text);
  const allRetracted: { start: number; end: number }[] = [];
  for (const sentence of sentences) {
    // A new paragraph forgets the day the last one was about.
    const newline = text.indexOf("\n", lastEnd);
    if (newline >= 0 && newline < sentence.start) {
      carried = null;
      retracting = false;
    }
    lastEnd = sentence.end;
    while (ni < numbers.length && (numbers[ni] as NumberMention).start < sentence.start) ni++;
    while (di < dates.length && (dates[di] as DateInfo).start < sentence.start) di++;
    const here: NumberMention[] = [];
    for (let i = ni; i < numbers.length && (numbers[i] as NumberMention).start < sentence.end; i++)
      here.push(numbers[i] as NumberMention);
    const days: DateInfo[] = [];
    for (let i = di; i < dates.length && (dates[i] as DateInfo).start < sentence.end; i++)
      days.push(dates[i] as DateInfo);
    const cues = cuesIn(sentence.text);
    const clauses = clauseStarts(sentence.text);
    const cells = tableFigures.filter((c) => c.start >= sentence.start && c.end <= sentence.end);
    const retracted = [
      ...retractedSpans(sentence.text, notice, retracting),
      ...reportedClaimSpans(sentence.text, ratingPiece),
    ];
    for (const r of retracted)
      allRetracted.push({ start: sentence.start + r.start, end: sentence.start + r.end });
    // A withdrawn version's days are no claim, and not one the next sentence goes on from.
    const ownDays =
      retracted.length > 0
        ? days.filter((d) => !inSpans(retracted, d.start - sentence.start))
        : days;
    // (Asked once here: the sentence's own reading and the next sentence's "of those" both use it.)
    const release = RELEASE.test(sentence.text);
    const found =
      cells.length > 0
        ? tableRowClaims(sentence, cells, here, days, carried, aboutExchanges, options.refDate)
        : sentenceClaims(
            sentence,
            here,
            days,
            carried,
            cues,
            clauses,
            asked,
            aboutExchanges,
            options.refDate,
            dashed,
            retracted,
            // "… 697 brought home. Of those, about 60 were civilians": the parts of the
            // exchange told in the sentence before.
            previousExchange && POINTS_BACK.test(sentence.text),
            [...mirrored].some((at) => at >= sentence.start && at < sentence.end),
            release,
          );
    previousExchange = release;
    claims.push(...found);
    // "How many came home today? A: 309.": a bare answer's figure, read with its question.
    if (question && retracted.length === 0)
      claims.push(...answeredClaims(question, sentence, here, found, options));
    question = /\?\s*$/.test(sentence.text) ? sentence : null;
    // "An earlier version said 370. The right figure is 307. It also said the 46th": later
    // sentences of the paragraph may go on listing what the withdrawn version said.
    retracting ||= WITHDRAWN_SENTENCE.test(sentence.text);
    // "• 24 May: 307" under "How many came home?": the line's day is read with the heading's
    // words after its figure, as the figure is.
    const headed = cells.find((c) => c.headed);
    const dated = headed ? headedSentence(sentence, headed) : sentence;
    const datedClauses = headed ? clauseStarts(dated.text) : clauses;
    dateClaims.push(
      ...dateClaimsOf(
        dated,
        headed ? cuesIn(dated.text) : cues,
        ownDays,
        (rel) => clauseOf(datedClauses, rel),
        (before) => PLANNED.test(before),
        asked,
      ),
    );
    // "When was the final wave? On May 24, when 303 were freed": the question names the wave
    // its answer's figures and days are of.
    // "When were the Istanbul talks held? On May 15.": a question asking when names the event
    // its answer's day is of.
    asked = /\?\s*$/.test(sentence.text)
      ? (cues.find((c) => WAVE_CUES.has(c.about) && ORDINAL_WAVE.test(c.cue)) ??
        (ASKS_WHEN.test(sentence.text) && cues.length === 1 ? (cues[0] as CueMatch) : null))
      : null;
    const lastDay = lastDayOf(ownDays);
    if (lastDay?.date) carried = { date: lastDay.date, text: lastDay.text, basis: lastDay.basis };
  }
  return { claims, dateClaims, sentences, dates, retracted: allRetracted };
}

/**
 * A table row's figures, each read as the row up to its cell followed by what its column says
 * ("23 May 2025 | 390" under "Released by each side"); the claim keeps the row as its sentence.
 */
function tableRowClaims(
  sentence: Sentence,
  cells: readonly TableCell[],
  numbers: readonly NumberMention[],
  dates: readonly DateInfo[],
  carried: { date: string; text: string; basis: DateBasis } | null,
  aboutExchanges: boolean,
  refDate: string | null,
): Claim[] {
  const out: Claim[] = [];
  for (const cell of cells) {
    const own = numbers.filter((m) => m.start >= cell.start && m.end <= cell.end);
    if (own.length === 0) continue;
    const read = headedSentence(sentence, cell);
    const text = read.text;
    const rowDays = dates.filter((d) => d.end <= cell.start);
    const cues = cuesIn(text);
    const found = sentenceClaims(
      read,
      own,
      rowDays,
      carried,
      cues,
      clauseStarts(text),
      null,
      aboutExchanges,
      refDate,
    );
    // A line of several labelled figures ("Day one: 390 | Day two: 307") is judged one item at a
    // time: the other items' days and waves are not this figure's.
    const item =
      cell.from !== undefined && cell.from > sentence.start
        ? {
            text: sentence.text.slice(cell.from - sentence.start, cell.end - sentence.start),
            start: cell.from,
            end: cell.end,
          }
        : sentence;
    for (const c of found) {
      c.sentence = item;
      const end = Math.min(c.span.end, cell.end);
      c.span = {
        start: c.span.start,
        end,
        text: sentence.text.slice(c.span.start - sentence.start, end - sentence.start),
      };
      // A table's figure is put right in its cell, not by rewriting the row as a sentence.
      c.tableCell = true;
    }
    out.push(...found);
  }
  return out;
}

/** A table's row up to a cell, followed by what its column (or its list's heading) says. */
function headedSentence(sentence: Sentence, cell: TableCell): Sentence {
  // Cells are kept apart as clauses are, so one cell's side does not run into the next.
  // (A row written with slashes, "4 July / soldiers / 201", the same: " / " is as long as " ; ".)
  let row = sentence.text
    .slice(0, cell.end - sentence.start)
    .replace(/\|/g, ";")
    .replace(/ \/ /g, " ; ");
  // (A row laid out with spaces: each gap after the row's indent reads as a bar, length kept.)
  if (cell.spaced) row = row.replace(/(\S) {2}( *)(?=\S)/g, "$1; $2");
  // (The row's other cells are blanked, offsets kept, so its own label is the only one read.)
  const from = (cell.from ?? sentence.start) - sentence.start;
  if (from > 0) row = " ".repeat(from) + row.slice(from);
  const text = `${row} ${cell.words}`;
  return { text, start: sentence.start, end: sentence.start + text.length };
}

/** A verb of saying, then the day (its own), then what was said: "said on May 24 that". */
const SAID_BEFORE_DAY =
  /\b(?:said|says|announced|posted|wrote|writes|tweeted|told\s+[\p{L}]+|stated|declared|confirmed|reported)\s+(?:on\s+|late\s+|early\s+)?$/iu;
const SAID_AFTER_DAY = /^\s*,?\s*(?:that\b|:)/i;

/** Whether a day (offsets in the sentence) dates a saying whose words hold the figure at `rel`. */
function saidOnDay(s: string, dayStart: number, dayEnd: number, rel: number): boolean {
  if (dayEnd > rel) return false;
  if (!SAID_BEFORE_DAY.test(s.slice(Math.max(0, dayStart - 40), dayStart))) return false;
  return SAID_AFTER_DAY.test(s.slice(dayEnd, rel));
}

/** A line's label that is a release, then its colon: "Returned to each side today: ". */
const DEED_LABEL = new RegExp(
  `^[\\s•*·-]*(?:${RELEASE.source.replace(/^\\b/, "").replace(/\\b$/, "")})\\b[^:\\n]{0,40}:\\s*$`,
  "i",
);

/** The last day a sentence names that is not the start of a count. */
function lastDayOf(days: readonly DateInfo[]): DateInfo | undefined {
  for (let i = days.length - 1; i >= 0; i--) {
    const d = days[i] as DateInfo;
    if (d.date && !d.since) return d;
  }
  return undefined;
}

/** Two days of the sentence told as a list: "March 19 and April 19", "May 6, May 7". */
function dayList(dates: readonly DateInfo[], s: string, off: number): boolean {
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1] as DateInfo;
    const b = dates[i] as DateInfo;
    if (a.start < off || b.end > off + s.length) continue;
    // ("Today, March 19" is one day told twice.)
    if (a.date && a.date === b.date) continue;
    // ("May 23, 24 and 25" is read as one list of the month's days, each figure in its order.)
    if (!/\p{L}/u.test(a.text) || !/\p{L}/u.test(b.text)) continue;
    if (/^\s*(?:,|and|&)\s*$/.test(s.slice(a.end - off, b.start - off))) return true;
  }
  return false;
}

/** "… were followed by 307 and 303": the figures after it are what came next. */
const FOLLOWED_BY =
  /\b(?:followed by|succeeded by)\s+(?:(?:\d[\d,]*|[\p{L}-]+)(?:\s*,\s*|\s+and\s+|\s+then\s+))*$/iu;

/** The claims an answer's first figure makes when read with the question before it. */
function answeredClaims(
  question: Sentence,
  answer: Sentence,
  here: readonly NumberMention[],
  found: readonly Claim[],
  options: DateContext,
): Claim[] {
  const first = here.find((m) => CHECKABLE.has(m.kind));
  if (!first || found.some((c) => c.number.start === first.start)) return [];
  const rel = { start: first.start - answer.start, end: first.end - answer.start };
  const asked = answerReading(question.text, answer.text, rel);
  if (!asked) return [];
  // "How many came back today? A: 307": no noun says what 307 counts, but the question's verb
  // says people freed. Read as people, and as loosely as any bare count: it may be matched,
  // never put right on that alone.
  const nounless = RELEASE_ASKED.test(question.text) && !HOW_MANY_NOUN.test(question.text);
  const cut = asked.at + (first.end - first.start);
  // ("Came back" is said as "came home", which the readers know as a return.)
  const reading = nounless
    ? {
        text: `${asked.text.slice(0, cut)} people${asked.text.slice(cut).replace(/\b(c[oa]me) back\b/i, "$1 home")}`,
        at: asked.at,
      }
    : asked;
  const out: Claim[] = [];
  for (const c of readText(reading.text, options).claims) {
    // Only what the question names outright: "how many of your families" counts no one the
    // store does.
    if (c.number.start !== reading.at || c.loose || c.noun === null) continue;
    const delta = first.start - c.number.start;
    out.push({
      ...c,
      ...(nounless ? { loose: true, noun: null } : {}),
      sentence: {
        text: reading.text,
        start: c.sentence.start + delta,
        end: c.sentence.end + delta,
      },
      span: { start: first.start, end: first.end, text: answer.text.slice(rel.start, rel.end) },
      number: { ...c.number, start: first.start, end: first.end },
      answered: question.text.trim(),
    });
  }
  return out;
}

function sentenceClaims(
  sentence: Sentence,
  numbers: readonly NumberMention[],
  dates: readonly DateInfo[],
  carried: { date: string; text: string; basis: DateBasis } | null,
  cues: readonly CueMatch[],
  clauses: ReturnType<typeof clauseStarts>,
  asked: CueMatch | null = null,
  aboutExchanges = false,
  refDate: string | null = null,
  dashed: ReadonlySet<number> = new Set(),
  retracted: readonly { start: number; end: number }[] = [],
  pointsBack = false,
  scoreline = false,
  release: boolean | null = null,
): Claim[] {
  if (numbers.length === 0) return [];
  const s = sentence.text;
  const off = sentence.start;
  // (A figure written both ways, "226-226", is people exchanged.)
  const exchangeSentence =
    (release ?? RELEASE.test(s)) || DAY_LIST.test(s) || pointsBack || scoreline;
  const wholeCue = WHOLE_DEAL.exec(s);
  // A short lead ("Since February 2022:", "So far,") speaks for the whole sentence.
  const lead = (clauses[1] ?? 0) > 0 && (clauses[1] as number) <= 40 ? s.slice(0, clauses[1]) : "";
  const scopes = new Map<number, ClauseScope>();
  // What the whole sentence says is the same for each of its figures: asked once, when first needed.
  let speakers: SideReading | null | undefined;
  let runningTotal: boolean | undefined;
  let respectively: boolean | undefined;
  const out: Claim[] = [];
  for (const mention of numbers) {
    let m = mention;
    if (!CHECKABLE.has(m.kind)) continue;
    // "One of 303 Ukrainians", "on the final one": a pronoun, not a figure.
    if (
      /^one$/i.test(m.text) &&
      !/^\s+(?:each|apiece|per side)\b/i.test(s.slice(m.end - off, m.end - off + 12))
    )
      continue;
    if (dates.some((d) => m.start >= d.start && m.end <= d.end)) continue;
    // "over 23, 24 and 25 May": the numbers before the month are days of a list, not counts.
    if (DAY_IN_LIST.test(s.slice(m.end - off, m.end - off + 40))) continue;
    // "… as reported.[14]", "at 17.30", "Serhiy, 27,": a footnote's mark, a time, an age.
    if (notAFigure(s, m.start - off, m.end - off, m.text)) continue;
    // "Another two hundred and seven — sorry, three hundred and seven": the speaker's own
    // correction; the abandoned figure is not a claim.
    if (SELF_CORRECTED.test(s.slice(m.end - off, m.end - off + 40))) continue;
    // "An earlier version said 370", "was 370 -> 307": a figure the copy itself takes back.
    if (inSpans(retracted, m.start - off) || withdrawn(s, m.start - off, m.end - off)) continue;
    // "The three waves averaged 333 per side": an average is no count the store keeps.
    if (AVERAGE_BEFORE.test(s.slice(Math.max(0, m.start - off - 30), m.start - off))) continue;
    // "Was it done in (a) two, (b) three or (c) four waves?": a quiz's options, none asserted.
    if (
      s.endsWith("?") &&
      QUESTION_OPTION.test(s.slice(Math.max(0, m.start - off - 40), m.start - off))
    )
      continue;
    const rel = m.start - off;
    const relEnd = m.end - off;
    const after = s.slice(relEnd, relEnd + 100);
    const before = s.slice(Math.max(0, rel - 100), rel);
    const bounds = clauseOf(clauses, rel);
    const clauseBefore = before.slice(Math.max(0, before.length - (rel - bounds.start)));
    // Scope cues speak for the figures of their own clause (read once per clause, see ClauseScope).
    let scope = scopes.get(bounds.start);
    if (!scope) {
      scope = clauseScope(s, clauses, bounds, lead);
      scopes.set(bounds.start, scope);
    }
    const { since, sinceStart, daysFound, daysAt } = scope;
    // "Numbers so far: Fri 390 each way, today 307": each figure led by its day is that day's.
    const dayLed = DAY_LED.test(before);
    // "Since Friday, a thousand have come home - 390 on Friday, 307 on Saturday": the items of a
    // list set off by a spaced dash are each their day's, not the "since" before the dash.
    const dash = /\s[-–—]\s(?![\s\S]*\s[-–—]\s)/.exec(s.slice(bounds.start, rel));
    const pastDash =
      dash !== null &&
      scope.soFar !== null &&
      SO_FAR.test(s.slice(bounds.start, bounds.start + dash.index));
    // "So far 697 a side (390 on Friday, 307 today)": a running figure's breakdown in brackets,
    // each item told with its own day, is the day's count, not the running one.
    const opened = s.lastIndexOf("(", rel);
    const dayItem =
      scope.soFar !== null &&
      opened > s.lastIndexOf(")", rel) &&
      SO_FAR.test(s.slice(0, opened)) &&
      !SO_FAR.test(s.slice(opened, rel)) &&
      (DAY_LED.test(s.slice(opened, rel)) || DAY_TRAILED.test(s.slice(relEnd, relEnd + 20)));
    const soFar = dayLed || pastDash || dayItem ? null : scope.soFar;
    // "307 defenders home today, 679 over two days": the span is the 679's, the figure nearest it.
    const between =
      daysAt < 0 ? "" : daysAt > relEnd ? s.slice(relEnd, daysAt) : s.slice(daysAt, rel);
    const daysMatch =
      daysFound && !/\d/.test(between.replace(/\b\d{1,2}:\d{2}\b/g, "")) ? daysFound : null;
    const ranFor = daysMatch !== null && scope.ranFor;
    const added = INCREMENT_AFTER.test(s.slice(relEnd)) || INCREMENT_BEFORE.test(s.slice(0, rel));
    const daysSoFar = daysMatch && !ranFor && !dayLed && !added ? daysMatch : null;

    let measure: Measure | null = null;
    let counted: Counted | null = null;
    let side: SideReading = { side: null, also: null, cue: null };
    let noun: string | null = null;
    let nounLength = 0;
    let partNoun = false;
    let implied = false;
    let ordinalScope: string | null = null;
    let duration = false;
    let ofThe = false;
    let ceasefire = false;
    let spanOf = false;
    let loose = false;
    let verbless = false;
    let peopleAfterSwaps: Measure | null | undefined = null;

    const waves =
      waveCountOf(m, before, after, s) ??
      (aboutExchanges ? waveCountInExchangeCopy(m, before, after, s) : null);
    if (waves) {
      const claim = claimOf(
        s,
        off,
        m,
        waves.noun,
        waves.length,
        "wave-count",
        null,
        null,
        true,
        false,
        null,
        null,
      );
      claim.cues = { counted: waves.noun, scope: `${m.text} ${waves.noun}` };
      const when = dateFor(dates, clauses, rel, relEnd, off, false);
      claim.date = when?.date ?? null;
      claim.range = when?.range ?? null;
      claim.dateText = when?.text ?? null;
      claim.dateBasis = when?.basis ?? null;
      out.push(claim);
      continue;
    }
    if (m.kind === "ordinal") {
      // "The 64th exchange", or, in a sentence about one, "the 64th since the invasion", "the
      // 49th of the war", "the fifth this year".
      const named =
        /^\s+(?:such\s+)?(?:prisoner\s+)?(?:exchange|swap|event|prisoner exchange|exchs?\b\.?)\b/i.test(
          after,
        );
      const counting =
        /^\s+(?:(?:one\s+)?(?:since|of the (?:war|year|full-scale (?:war|invasion)))|(?:of|in)\s+20\d\d|(?:in |of )?this y(?:ea)?r|of the year)\b/i.test(
          after,
        ) &&
        (/\b(?:exchange|swap|exch)s?\b/i.test(s) || aboutExchanges);
      // "Today's exchange is already the 64th", "the war's 46th", "Friday's swap is its 65th",
      // "counts the swap as the 63rd": the exchange named before.
      const namedBefore =
        /(?:\b(?:exchange|swap)\b[^.;:]{0,40}\b(?:is|was|be|became|becomes|marked|marks|as)\b[^.;:]{0,30}\b(?:the|its)\s+(?:war['’]s\s+)?|\bthe\s+war['’]s\s+)$/i.test(
          before,
        ) && /^\s*(?:[.,;:)]|$)/.test(after);
      // "Kyiv called it the 64th.": the war's count, its noun left out (only in copy about swaps).
      const elided = aboutExchanges && elidedExchangeOrdinal(m.n, before, after);
      if (!named && !counting && !namedBefore && !elided) continue;
      // "The first exchange under this agreement" counts a deal's waves, not the war's swaps.
      if (WITHIN_DEAL.test(after)) continue;
      counted = "exchanges";
      ordinalScope =
        /^\s+(?:(?:such\s+)?(?:prisoner\s+)?(?:exchange|swap|event|exch)s?\.?\s+)?((?:one\s+)?since\s+[^,.;:]{3,40}|of (?:the (?:war|year|full-scale (?:war|invasion))|20\d\d)|in 20\d\d|(?:in |of )?this y(?:ea)?r)/i.exec(
          after,
        )?.[1] ?? null;
      // The count's own words say which series: "the 64th exch, 5th this yr" is two series.
      measure =
        ordinalScope &&
        /^(?:(?:of|in)\s+20\d\d|.*\b(?:the year|this y(?:ea)?r))\b/i.test(ordinalScope)
          ? "exchanges-this-year"
          : "exchange-ordinal";
      noun = /^\s+((?:such\s+)?(?:prisoner\s+)?\w+)/.exec(after)?.[1] ?? null;
      nounLength = noun ? after.indexOf(noun) + noun.length : 0;
    } else if (m.kind === "ratio") {
      // "A one-for-one swap" is a proportion, not a figure.
      if (m.n <= 12) continue;
      measure = "released";
      counted = "people";
      side = {
        side: m.n2 === undefined ? "each" : null,
        also: null,
        cue: m.n2 === undefined ? m.text : null,
      };
    } else if (notACount(m, after)) {
      if (exchangeSentence) continue;
      measure = null;
      noun = m.kind === "money" || m.kind === "percent" ? m.kind : (m.unit ?? "change");
    } else {
      const np = readNoun(s, relEnd);
      if (np.unit && CEASEFIRE_AFTER.test(after)) {
        measure = "ceasefire-days-sought";
        noun = "day ceasefire";
        nounLength = (
          /^-day\s+(?:[a-z]+\s+)?(?:ceasefire|cease-fire|truce)/i.exec(after)?.[0] ?? ""
        ).length;
        side = { side: "ukraine", also: null, cue: null };
        ceasefire = true;
      } else if (np.unit) {
        // "Over four days", "a three-day exchange": how long the deal took, where the words
        // say so of the deal as a whole ("in just these two days" is the deal so far).
        // "over four days": the number reader took "over" for "more than"; here it is "across".
        // "Over three days" is the deal's length where the sentence speaks of the deal as a
        // whole ("In total, over three days, 1,000 …"), and the deal so far where it does not.
        // "She prayed for 600 days": a wait someone lived through, not the deal's length.
        if (LIVED_THROUGH_BEFORE.test(before)) continue;
        const wholeSpan =
          WHOLE_SPAN.test(s) && /\b(?:over|across|during|in the course of|for)\s+$/i.test(before);
        const lead = /^(?:over|across)\s+/i.exec(m.text);
        const across =
          lead && (/\b(?:took|lasted|ran|spanned)\s+$/i.test(before) || WHOLE_SPAN.test(s))
            ? lead
            : null;
        // "Over three days, 1,000 came home", "the three days": a span of the deal's days, its
        // whole length or (fewer days) the deal so far; judged beside the figure it spans.
        const span =
          !across &&
          !wholeSpan &&
          /^\s+days\b/i.test(after) &&
          (SPAN_BEFORE.test(before) || /^(?:over|across)\s+/i.test(m.text)) &&
          !SPAN_NOT_AFTER.test(after) &&
          (exchangeSentence || DEAL_WORDS.test(s));
        const selfSaid =
          DURATION_SELF.test(after) &&
          m.n <= 10 &&
          DEAL_WORDS.test(s) &&
          !/\b(?:first|past|last|next|previous|coming|following|these|those)\s+$/i.test(before);
        if (
          !span &&
          !selfSaid &&
          (!DURATION_AFTER.test(after) ||
            (!across && !wholeSpan && !DURATION_BEFORE.test(before)) ||
            NOT_DURATION.test(before))
        )
          continue;
        spanOf = span;
        // The "over" the number reader took for "more than" is "across" here, whichever reading.
        const strip = across ?? (span ? lead : null);
        if (strip)
          m = {
            ...m,
            start: m.start + strip[0].length,
            text: m.text.slice(strip[0].length),
            qualifier: "exact",
          };
        measure = "duration-days";
        noun = "days";
        nounLength = (/^-?\s*days?\b/i.exec(after)?.[0] ?? "").length;
        duration = true;
      }
      // "Major 2025 POW Exchanges": a year before a singular noun; "2025 SWAPS AT A GLANCE":
      // a year before a count of exchanges (no one writes two thousand swaps).
      if (
        /^(?:19|20)\d\d$/.test(m.text) &&
        np.noun &&
        (!/s$/i.test(np.noun) || np.counted === "exchanges")
      )
        continue;
      if (duration || ceasefire) {
        // measure set above
      } else if (np.counted) {
        // "3,762 returned over 57 exchanges": across them, not more than 57.
        const across =
          np.counted === "exchanges" &&
          /\b(?:returned|freed|released|brought (?:back|home)|home|compatriots|people|ukrainians)\s+$/i.test(
            before.replace(/\s*$/, " "),
          )
            ? /^(?:over|across)\s+/i.exec(m.text)
            : null;
        if (across)
          m = {
            ...m,
            start: m.start + across[0].length,
            text: m.text.slice(across[0].length),
            qualifier: "exact",
          };
        counted = np.counted;
        // "Among the wounded exchanged were 15 Ukrainians": wounded people, by nationality.
        if (counted === "people" && AMONG_THE_WOUNDED.test(clauseBefore)) counted = "wounded";
        noun = np.noun;
        nounLength = np.length;
        partNoun = np.part;
        ofThe = np.ofThe;
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
      } else if (
        impliedCount(before, after, exchangeSentence) ||
        (exchangeSentence && ITEM_WAVE.test(after))
      ) {
        // "The number of swaps had stood at fifty-four": a count of exchanges.
        // "… held four more swaps, bringing its count to 70": the count is of the swaps.
        counted =
          /\bnumber of (?:prisoner )?(?:swaps|exchanges)\b[^.;:]{0,40}$/i.test(before) ||
          /\b(?:swaps|exchanges)\b[^.;:]{0,40}\b(?:its|their|the) (?:count|tally)\b[^.;:]{0,20}$/i.test(
            before,
          )
            ? "exchanges"
            : WHOLE_OF_PART.test(before)
              ? "people"
              : countedNear(s, rel, relEnd);
        side = sideOf(before, after, np);
        // "390 … and 307 on Saturday before Sunday's final group of 303": one more of a list.
        // (A whole broken down, "2,000 altogether - 390 on May 23, 307 on May 24", lends its
        // parts no side: they are not the whole's "altogether".)
        if (side.side === null && listed(out, s, off, rel, 120)) {
          const prev = out[out.length - 1] as Claim;
          if (!prev.whole)
            side = { side: prev.side, also: prev.sideAlso, cue: prev.cues.side ?? null };
        }
        implied = true;
      } else if (listed(out, s, off, rel)) {
        // "390 people on Friday and 307 on Saturday", "Ukraine got 230 back and Russia 248":
        // a bare number continuing a list of counts is one more of the same.
        const prev = out[out.length - 1] as Claim;
        // "~250 drones, 14 BMs": a unit of its own, written short, that the store does not
        // track; the figure counts that, not the list's noun.
        const unit = OWN_SHORT_UNIT.exec(after);
        if (unit) {
          out.push(
            claimOf(
              s,
              off,
              m,
              unit[1] as string,
              unit[0].length,
              null,
              null,
              null,
              false,
              false,
              null,
              null,
            ),
          );
          continue;
        }
        // "Plus 31 wounded Ukrainian and 15 wounded Russian soldiers": its own words say what it
        // counts, whatever the item before counted.
        // "Plus 31 and 15 wounded": a pair shares the noun after its second figure.
        const pairNoun = PAIR_NOUN.exec(after);
        const shared = pairNoun ? readNoun(s, relEnd + pairNoun[0].length).counted : null;
        // "270 and 120: servicemen and civilians": a pair labelled by a pair, each in its order.
        const label = RESPECTIVE_LABEL.exec(after);
        const firstNoun = label ? readNoun(s, relEnd + (label[1] as string).length).counted : null;
        const secondNoun = label ? readNoun(s, relEnd + label[0].length).counted : null;
        const respective =
          firstNoun &&
          secondNoun &&
          firstNoun !== secondNoun &&
          LABEL_PAIR.test(s.slice(prev.span.end - off, rel))
            ? secondNoun
            : null;
        if (respective) prev.counted = firstNoun;
        // "120 civilians were among the 390 it received": the whole the part is among counts
        // everyone in it, not the part's kind.
        // "54 exchanges, about 3,400 freed": the war has seen well under a hundred swaps, so a
        // figure in the hundreds after a count of them counts the people they brought home.
        // (Only right after them: "54 by mid-2024, 3,672 by September" may be another day's.)
        peopleAfterSwaps =
          prev.counted === "exchanges" &&
          m.n >= 500 &&
          /^\s*(?:,|and|,\s*and)\s*$/i.test(s.slice(prev.span.end - off, rel))
            ? prev.measure
            : null;
        counted =
          respective ??
          (WHOLE_OF_PART.test(before) || peopleAfterSwaps !== null
            ? "people"
            : (predicateCounted(s, relEnd) ??
              (WOUNDED_AFTER.test(after)
                ? "wounded"
                : shared && shared !== "exchanges" && shared !== prev.counted
                  ? shared
                  : prev.counted)));
        noun = null;
        // Its own words first: "230 back to Ukraine, 248 to Russia" — the 248 is Russia's.
        const own = sideOf("", after, np);
        side =
          gapped(before, s) ??
          (own.side !== null
            ? own
            : // A list that moves on to another class ("246 each, plus 31 and 15 wounded")
              // moves on from the item's side too: the wounded are not said to be each side's.
              prev.whole || (counted !== prev.counted && shared === counted)
              ? { side: null, also: null, cue: null }
              : { side: prev.side, also: prev.sideAlso, cue: prev.cues.side ?? null });
        implied = true;
      } else if (
        bareCount(
          m,
          before,
          after,
          exchangeSentence ||
            (aboutExchanges && (inSeries(before, after) || dayFragment(s, before, after))),
        )
      ) {
        // "Kyiv says 390 of its own are home", "390 fri + 307 sat": a bare figure in a sentence
        // about an exchange, with nothing else it could be. What it counts is only inferred, so
        // it can be matched but never put right on that inference alone.
        counted = countedNear(s, rel, relEnd);
        side = sideOf(before, after, np);
        implied = true;
        // ("Released to each side in the first wave: 309": a label that is the deed itself,
        // with the figure alone after it, says the figure counts the people it was done to.)
        loose = !DEED_LABEL.test(before) || !/^\s*\.?\s*$/.test(after);
      } else {
        continue;
      }
      if (!duration && !ceasefire)
        measure = measureOf(
          counted,
          s,
          after,
          sinceStart,
          daysSoFar !== null || soFar !== null,
          exchangeSentence || implied,
          clauseBefore,
          before,
        );
      // "By mid-2024: 54 exchanges, about 3,400 freed": the people beside a running count of
      // swaps are the running count of those they brought home.
      if (peopleAfterSwaps === "exchange-count") measure = "returned-since-2022";
      // "- March 19: 157 POWs each", "390 Ukrainians" in a headline: a count of people with no
      // verb, in a text about exchanges, is one exchanged; it is put right only where its own
      // line gives its day.
      if (
        measure === null &&
        aboutExchanges &&
        counted !== null &&
        PEOPLE_COUNTED.has(counted) &&
        !OTHER_FATE.test(s)
      ) {
        measure = "released";
        verbless = true;
      }
      // "… have come home since March 2022, and today 303 more": a day's own increment after a
      // running total is that day's count, not the total.
      if (
        measure === "returned-since-2022" &&
        /^\s+more\b/i.test(after) &&
        /\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.;:\d]{0,20}$/i.test(
          clauseBefore,
        )
      )
        measure = "released";
      if (
        measure === "returned-since-2022" &&
        (side.side === null || side.side === "each") &&
        counted !== "exchanges"
      )
        side = { side: "ukraine", also: null, cue: side.cue ?? since?.[0] ?? null };
      if (measure === "exchange-count") side = { side: null, also: null, cue: null };
      // "780 — freed on day one, both sides together": a fact box's line says after its dash
      // whose figure it is.
      if (side.side === null && (measure === "released" || measure === "released-to-date"))
        side =
          boxLineSide(s, rel, relEnd, dashed.has(m.end) || dashed.has(m.end + 1)) ??
          labelLineSide(s, rel) ??
          side;
      // "246 Ukrainian soldiers came home, along with 15 wounded": the side of the figure added to.
      const prev = out[out.length - 1];
      const along = ALONG_WITH.exec(clauseBefore);
      if (side.side === null && measure === "released" && along && prev?.side)
        side = { side: prev.side, also: prev.sideAlso, cue: `${along[1]} ${prev.number.text}` };
      // "Russia got back 246 of its own and 31 wounded": one verb, one side, for both figures.
      if (
        side.side === null &&
        measure === "released" &&
        prev?.side &&
        prev.side !== "total" &&
        /^\s*(?:of (?:its|their) own\s+)?(?:,\s*)?(?:and|plus)\s+$/i.test(
          s.slice(prev.span.end - off, rel),
        )
      )
        side = { side: prev.side, also: prev.sideAlso, cue: `and, after ${prev.number.text}` };
      // "Moscow said the 390 it got back": the side is the speaker's.
      if (side.side === null && measure === "released") {
        if (speakers === undefined) speakers = speakersSide(s);
        side = speakers ?? side;
      }
      // "Came home" is home for whoever speaks: Russia's ministry's men came home to Russia, and
      // "It says 270 … came home" after a ministry's words may be either side's.
      if (side.side === "ukraine" && side.cue && /\bhome\b/i.test(side.cue)) {
        const speaker = attributionOf(s, rel);
        if (speaker?.party === "russia") side = { ...side, side: "russia" };
        else if (!speaker && UNNAMED_SPEAKER.test(s)) side = { side: null, also: null, cue: null };
      }
      if (measure === null && !exchangeSentence && !noun) continue;
    }
    // "The fifth of 2025": the year is the count's scope, not the figure's day.
    // (Only a ticker, a line cut by bars, has items; other sentences keep every day.)
    const ownDates = s.includes(" | ")
      ? dates.filter((d) => !anotherTickerItem(s, d.start - off, rel))
      : dates;
    const found = dateFor(
      measure === "exchanges-this-year"
        ? ownDates.filter((d) => !/^\d{4}$/.test(d.text))
        : ownDates,
      clauses,
      rel,
      relEnd,
      off,
      // A running total is as of a day in its own clause: "by mid-2024 …, and by that September
      // … 57 exchanges" does not make the 57 mid-2024's.
      measure === "returned-since-2022" || measure === "exchange-count" || measure === "held",
      s,
    );
    // "The May 6 swap was the last before the 1,000-a-side deal": a figure that sizes an event
    // takes only a day written right before it ("the May 6 205-a-side swap").
    const sizes = SIZES_EVENT.test(after);
    // "390 / 307 / 303 over 23, 24 and 25 May": the day ends a list of days, so which of them
    // a figure is cannot be read from the last one.
    const oneOfDays =
      found !== null &&
      ((/^[0-3]?\d\s/.test(found.text) && DAYS_LISTED_BEFORE.test(s.slice(0, found.start - off))) ||
        // "Cumulative since D-DAY (23 MAY): 697": the day a count runs from, not its day.
        (found.start - off < rel && COUNT_RUNS_FROM.test(s.slice(0, found.start - off))));
    const when =
      oneOfDays ||
      (sizes &&
        found &&
        !/^(?:\s|['’]s\b|the\b)*$/i.test(s.slice(found.start - off + found.text.length, rel)))
        ? null
        : found;
    // A running total with no date of its own is as of the text's date, not the last event's.
    const inheritDay =
      !sizes &&
      !oneOfDays &&
      !when &&
      carried !== null &&
      measure !== "returned-since-2022" &&
      measure !== "exchange-count" &&
      measure !== "held" &&
      wholeCue === null &&
      !ranFor &&
      !(measure === "released-to-date" && soFar !== null);
    // "… 303 today. … as came home in the April swap, which freed 246": a sentence naming
    // another month's exchange is that exchange's, not the day carried from before.
    const named = inheritDay && carried ? monthNamedExchange(s, carried.date) : null;
    const month =
      named && !(carried && carried.date >= named.range.from && carried.date <= named.range.to)
        ? named
        : null;
    const inherit = inheritDay && month === null;
    const date = when?.date ?? (inherit ? (carried?.date ?? null) : null);
    const claim = claimOf(
      s,
      off,
      m,
      noun,
      nounLength,
      measure,
      counted,
      side.side,
      wholeCue !== null || ranFor || sizes,
      PLANNED.test(clauseBefore) || PLANNED_AFTER.test(after),
      date,
      when ? when.text : inherit ? (carried?.text ?? null) : (month?.text ?? null),
    );
    // "… it reported on May 24 were 207 …; Kyiv gave no breakdown for the 390 it got back": a
    // day from before a semicolon, in another clause with a subject of its own, is only carried.
    claim.dateInherited =
      inherit ||
      (when !== null &&
        when.start - off < rel &&
        /;\s*\p{Lu}/u.test(s.slice(when.start - off, rel)));
    // "With 610 more each to come": what remains of a deal, which no source counts as such.
    if (REMAINDER.test(after)) claim.remainder = true;
    // "Average per wave: 348.5 per side": worked out from the counts, perhaps none of them.
    const heading = AVERAGE_HEADING.exec(before.slice(-60));
    if (heading) claim.averaged = heading[0].slice(0, heading[0].indexOf(":") + 1);
    // "By Sunday night it was done: 1,000 prisoners each way": a figure as of a day is the
    // deal so far on that day. (A bare weekday that is the draft's own day may be last week's:
    // not sure enough for that.)
    if (
      measure === "released" &&
      when?.date &&
      !inherit &&
      !(when.date === refDate && /^[a-z]+day$/i.test(when.text.trim())) &&
      /\bby\s+(?:the end of\s+)?$/i.test(
        s.slice(Math.max(0, when.start - off - 14), when.start - off),
      )
    ) {
      claim.measure = "released-to-date";
      claim.soFar = true;
      claim.cues.scope = `by ${when.text}`;
    }
    // "Of the 1,000 Ukrainians returned, 780 came home in the first two days and the remaining
    // 330 on the Sunday": the whole a sentence divides, not the last day's figure.
    if (
      measure === "released" &&
      /(?:^|[,;:]\s*|\n)\s*of the\s+$/i.test(before) &&
      /^[^.;:]{0,60},/.test(after)
    ) {
      claim.whole = true;
      claim.date = null;
      claim.dateText = null;
      claim.dateInherited = false;
    }
    // "From Friday to Sunday, one thousand came home: three hundred and ninety on May 23, three
    // hundred and three the next day": a figure with a day in its own clause is that day's,
    // whatever the sentence says of the deal as a whole elsewhere.
    if (
      claim.whole &&
      !ranFor &&
      wholeCue !== null &&
      when?.date &&
      when.start - off >= bounds.start &&
      when.start - off < bounds.end &&
      (wholeCue.index < bounds.start || wholeCue.index >= bounds.end) &&
      // "From Friday to Sunday": a day that ends the deal's span is not a figure's own.
      !(
        when.start - off >= wholeCue.index && when.start - off < wholeCue.index + wholeCue[0].length
      )
    )
      claim.whole = false;
    // "The 65th since the invasion, with 390 Ukrainians returning": read as one exchange's, but
    // a running total is in the same sentence, so the reading is not sure enough to correct.
    if (measure === "released" && !sinceStart) {
      if (runningTotal === undefined) runningTotal = runningTotalIn(s);
      if (runningTotal) claim.scopeUnclear = true;
    }
    // "With the 390 who came home on Friday, Ukraine says it has now brought back 4,552 since the
    // war began": a figure with a day of its own is that day's, whatever the sentence's total.
    if (measure === "returned-since-2022" && when?.date && !claim.dateInherited)
      claim.scopeUnclear = true;
    // "Doubled the previous record of 246 per side": a figure of an exchange the sentence does
    // not name, matched where it can be but never put right against the one it does.
    if (loose || (verbless && (!claim.date || claim.dateInherited))) claim.loose = true;
    // "In 57 exchanges; by May 2025 the count was 64": a bare figure read as the war's count of
    // people but far below any such count is some other count (exchanges), not a slip.
    if (measure === "returned-since-2022" && noun === null && m.n < 1000) claim.loose = true;
    // "Several hundred prisoners", "a few thousand": a size, not the figure 100 or 1,000.
    if (
      /^(?:hundreds?|thousands?)$/i.test(m.text) &&
      /\b(?:several|a few|few|many|some)\s+$/i.test(before)
    )
      claim.loose = true;
    // "Beat the previous record of 246"; "to the last (303 a side)", a figure in brackets after
    // an ordinal whose noun is left out: of an exchange the cues may not name. Never put right.
    const elided = /\bthe (?:first|second|third|last|final|next)\s*\(\s*$/i.exec(before);
    if (EARLIER_MARK.test(before))
      claim.otherExchange =
        "an earlier exchange (“previous record”), not the one the sentence names";
    else if (elided)
      claim.otherExchange = `the one “${elided[0].replace(/\s*\(\s*$/, "")}” names, which the words leave unsaid`;
    // "The 390 freed on the first day were followed by 307 and 303": the figures after are the
    // waves that came next, unnamed, not the first day's (unless a day of their own follows).
    else if (
      FOLLOWED_BY.test(before) &&
      !(claim.dateText && !claim.dateInherited && s.indexOf(claim.dateText, rel) >= rel)
    )
      claim.otherExchange = "a later one the words leave unnamed (“followed by”)";
    // A duration is the whole deal's.
    if (duration) {
      claim.whole = true;
      claim.spanOf = spanOf;
      claim.cues.scope = `${before.slice(-12).trim()} ${m.text} days`.trim();
    }
    // "The swap began on Saturday, May 24, with 390 freed": the words about the day name the
    // wave ("began": the first), whatever the day says.
    // A verb ("began", "closing out") names the wave only of the day it describes, or of a
    // figure with no day of its own: in "began with 390 each on Friday and continued with 307
    // each on Saturday", the 307 is Saturday's. An ordinal ("the second wave") always does.
    const ownCue = eventCueNear(cues, bounds, rel, WAVE_CUES) ?? labelCue(cues, s, rel);
    const ownDayHere =
      when?.date != null && when.start - off >= bounds.start && when.start - off < bounds.end;
    const dayCue =
      (ownCue && (ORDINAL_WAVE.test(ownCue.cue) || !ownDayHere) ? ownCue : null) ??
      (when ? cueOfDay(cues, clauses, when.start - off) : null) ??
      asked;
    if (dayCue && WAVE_CUES.has(dayCue.about) && measure === "released") {
      claim.wave = dayCue.about as WaveCue;
      claim.waveNamed = ORDINAL_WAVE.test(dayCue.cue);
      claim.cues.event = dayCue.cue;
      // "In the exchange that ended yesterday, 1,000 …": a verb's subject is the deal, so the
      // figure may be the deal's as well as its last wave's.
      if (!claim.waveNamed) claim.whole = true;
    }
    // "Wrapped up tonight with the final 303": "final" or "last" right before a figure names
    // the deal's last wave, whatever span the sentence also speaks of.
    if ((measure === "released" || measure === "released-to-date") && !claim.planned) {
      const final = FINAL_FIGURE.exec(before);
      if (final) {
        claim.measure = "released";
        claim.wave = "end";
        claim.waveNamed = true;
        claim.whole = false;
        claim.soFar = false;
        claim.finalNamed = true;
        claim.cues.event = final[0].trim();
        claim.cues.scope = final[0].trim();
      }
    }
    // "390 on the first day, 307 on the second and 303 on the last": each figure of a list names
    // its own wave; a figure in such a list with no words of its own takes no wave.
    if (measure === "released" && !claim.planned) {
      const own =
        ITEM_WAVE.exec(after) ??
        ITEM_WAVE_NOUN.exec(after) ??
        ITEM_WAVE_BEFORE.exec(before) ??
        (ITEM_WAVE_LISTED.test(before) ? ITEM_WAVE_ELLIPTIC.exec(before) : null);
      // "390 on the first day, 307 a side the next": the wave after the item before.
      const next = own ? null : NEXT_ITEM.exec(after);
      if (next) {
        const before = out[out.length - 1];
        const prev = before?.wave;
        const wave = prev === "start" ? "wave2" : prev === "wave2" ? "wave3" : null;
        claim.wave = wave;
        claim.waveNamed = wave !== null;
        claim.whole = false;
        if (wave) claim.cues.event = next[0].trim();
        else if (before?.date && !before.range && isIsoDate(before.date)) {
          // "390 on May 23, 303 the next day": the day after the item before's.
          claim.date = addDaysIso(before.date, 1);
          claim.dateText = next[0].trim();
          claim.dateBasis = before.dateBasis;
          claim.dateInherited = false;
        } else claim.scopeUnclear = true;
      }
      if (own) {
        claim.wave = ITEM_WAVES[(own[1] as string).toLowerCase()] ?? null;
        claim.waveNamed = claim.wave !== null;
        claim.whole = false;
        if (claim.wave) claim.cues.event = own[0].trim();
      } else if (implied && claim.waveNamed && ITEM_WAVE_ANY.test(s)) {
        claim.wave = null;
        claim.waveNamed = false;
        claim.scopeUnclear = true;
      }
    }
    claim.dateBasis = when
      ? when.basis
      : inherit
        ? (carried?.basis ?? null)
        : month
          ? (carried?.basis ?? null)
          : null;
    // "Zelensky wrote on Sunday that 697 were home": the day is the writing's; the figure may be
    // that day's wave or the count so far by it, so the day alone never puts it right.
    if (when && saidOnDay(s, when.start - off, when.start - off + when.text.length, rel))
      claim.dayOfSaying = when.text;
    // "4,552 … up from 3,627 in September 2024", "the count of 3,672, which dates from
    // September 2023": two totals and their days in one sentence; whose day is whose is unsure.
    if (measure === "returned-since-2022" && COMPARED_TOTALS.test(s)) claim.asOfUnclear = true;
    // "Over the weekend" may loosely take in a Friday: not sure enough to correct a figure by.
    if (claim.dateText && /weekend/i.test(claim.dateText)) claim.scopeUnclear = true;
    // "… on Saturday, bringing the number returned to each country to one thousand": a running
    // figure's day is its own clause's, or the draft's; another clause's day is not sure.
    // (A count of days of its own, "its two-day tally", fixes the span whatever day is near.)
    if (
      measure === "released-to-date" &&
      daysSoFar === null &&
      when?.date &&
      (when.start - off < bounds.start || when.start - off >= bounds.end)
    )
      claim.scopeUnclear = true;
    // "The exchange agreed in Istanbul on May 6 … with 390": that day is the talks', not the
    // figure's; the figure's own day is not known.
    if (
      when &&
      eventCueNear(cues, clauseOf(clauses, when.start - off), when.start - off)?.about === "talks"
    )
      claim.dateBasis = "guess";
    claim.weekday = when?.weekday ?? null;
    claim.range = when?.range ?? month?.range ?? null;
    claim.sideAlso = side.also;
    if (side.cue) claim.cues.side = side.cue;
    if (noun) claim.cues.counted = noun;
    if (measure === "released-to-date" && daysSoFar) {
      const n = daysSoFar[1] ?? daysSoFar[2] ?? daysSoFar[3] ?? "";
      claim.days = parseNumberWords(n);
      claim.cues.scope = daysSoFar[0];
    } else if (measure === "released-to-date" && soFar) {
      claim.soFar = true;
      claim.cues.scope = soFar[0];
      // "DAY 2 TALLY → 697": so far as of the deal's second day, which only the archive can
      // date; as of the draft's own day it may be another count, so it is never put right.
      if (/^day[- ]/i.test(soFar[0])) claim.scopeUnclear = true;
    } else if (measure === "returned-since-2022" && since) {
      claim.cues.scope = since[0];
    } else if (ordinalScope) {
      claim.cues.scope = ordinalScope;
    } else if (wholeCue && measure === "released") {
      claim.cues.scope = wholeCue[0];
    }
    // "Of the 390 people Russia took back on May 23, its Defence Ministry said, 270 were
    // servicemen": a sentence that opens on a whole makes every later figure in it a part.
    const wholeFirst = OF_THE_WHOLE.exec(s);
    const partBefore =
      PART_BEFORE.exec(clauseBefore) ??
      (wholeFirst && rel >= wholeFirst[0].length ? [wholeFirst.groups?.whole ?? ""] : null);
    const partAfter = PART_AFTER.exec(s.slice(relEnd + nounLength, relEnd + nounLength + 80));
    if (measure === "released" || measure === "released-to-date") {
      if (partBefore) claim.part = partBefore[0].split(/\s+/).slice(0, 3).join(" ");
      else if (partAfter) claim.part = partAfter[0].trim();
      else if (partNoun) claim.part = noun;
      else if (ofThe) claim.part = `of the ${noun ?? ""}`.trim();
      // "Came home with 306 other defenders": the others are the whole less the one told of.
      else if (/^\s+others?\b/i.test(s.slice(relEnd, relEnd + 10))) claim.part = "others";
    }
    // "March 19 and April 19, in which each side freed 175 and 246 respectively": which day is
    // whose takes the list's order, which this reader does not follow.
    if (respectively === undefined) respectively = /\brespectively\b/i.test(s);
    if (respectively) claim.scopeUnclear = true;
    // "The swaps of March 19 and April 19 freed 175 and 246 a side": two days and two figures,
    // each list in its order, the same pairing left unsaid.
    if (
      ((/\d[\d,]*\s*(?:,|and)\s*$/.test(s.slice(Math.max(0, rel - 14), rel)) &&
        !dates.some((d) => d.end - off <= rel && d.end - off >= rel - 14)) ||
        /^\s*(?:,|and)\s*\d/.test(s.slice(relEnd, relEnd + 14))) &&
      dayList(dates, s, off)
    )
      claim.scopeUnclear = true;
    // "That leaves 610 per side still to be freed": what remains, not what was released.
    if (REMAINING.test(clauseBefore.slice(-40)) || REMAINING_AFTER.test(after))
      claim.scopeUnclear = true;
    out.push(claim);
  }
  groupParts(s, off, out);
  wholeOfParts(s, off, out);
  return out;
}

/**
 * "Russia received 270 servicemen and 120 civilians, its ministry said, 390 in all": "in all"
 * after parts that add up to the figure sums those parts, on their side, not both sides'.
 */
function wholeOfParts(s: string, off: number, out: Claim[]): void {
  out.forEach((c, i) => {
    if (c.side !== "total" || i < 2) return;
    const after = s.slice(c.number.end - off, c.number.end - off + 20);
    if (!/^\s*(?:in all|in total|altogether|all told)\b/i.test(after)) return;
    const parts = out.slice(0, i);
    for (let from = 0; from < parts.length - 1; from++) {
      const run = parts.slice(from);
      if (run.reduce((sum, p) => sum + p.number.n, 0) !== c.number.n) continue;
      const sides = new Set(run.map((p) => p.side));
      const [side] = [...sides];
      if (sides.size === 1 && side && side !== "total") c.side = side;
      else c.loose = true;
      c.sideAlso = null;
      return;
    }
  });
}

/**
 * What a clause says of the scope of its figures: "since the invasion" (a running total), "so
 * far", "in these two days", "ran over two days". Scope cues speak for the figures of their own
 * clause: in "the 65th since the invasion, with 390 Ukrainians returning", the 390 is not a
 * running total. Read once per clause, not once per figure in it.
 */
interface ClauseScope {
  since: RegExpExecArray | null;
  /** "Since" that starts a running total, not one that dates a superlative. */
  sinceStart: boolean;
  soFar: RegExpExecArray | null;
  daysFound: RegExpExecArray | null;
  /** Where in the sentence the count of days stands, or -1. */
  daysAt: number;
  /** "Ran over two days": the count of days says how long the deal took. */
  ranFor: boolean;
}

const ORDINAL_BEFORE =
  /\b(?:\d+(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth))\s+(?:(?:prisoner\s+)?(?:exchange|swap)s?\s+)?$/i;

function clauseScope(
  s: string,
  clauses: readonly number[],
  bounds: { start: number; end: number },
  lead: string,
): ClauseScope {
  // Clauses joined by a plain "and" share their scope: "the 64th since the invasion, and more
  // than 4,750 have now been freed".
  const joined = andJoinedStart(s, clauses, bounds.start);
  const clauseText = s.slice(joined, Math.min(s.length, bounds.end));
  const clause = `${joined > 0 ? lead : ""} ${clauseText}`;
  // Every way SINCE_START matches has "since" in it: a clause without the word is not run
  // through its look-behind, which is tried at every character (a tenth of the reader's time).
  const since = SINCE_WORD.test(clause) ? SINCE_START.exec(clause) : null;
  // "The largest exchange since the invasion" dates a superlative, not a running total; "… the
  // 64th exchange since the invasion" is the ordinal's count. A later "since" may still start one.
  let sinceStart = false;
  if (since)
    for (const m of allMatches(EVERY_SINCE_START, clause)) {
      const lead = clause.slice(Math.max(0, m.index - 70), m.index);
      if (
        /\b(?:largest|biggest|greatest|first|second|third|only|most|major)\b[^.;:]{0,60}$/i.test(
          lead,
        )
      )
        continue;
      if (ORDINAL_BEFORE.test(lead.slice(-40))) continue;
      sinceStart = true;
      break;
    }
  const soFar = sinceStart ? null : SO_FAR.exec(clause);
  const daysFound = DAYS_SO_FAR.exec(clause);
  const daysAt = daysFound ? clauseText.search(DAYS_SO_FAR) + joined : -1;
  // "Ran over two days" says how long the deal took, not how far it had got; it speaks of the
  // deal as a whole, so its figures are the deal's.
  const ranFor =
    daysFound !== null &&
    /\b(?:ran|took|lasted|spanned|span of|went on)\s*$/i.test(clause.slice(0, daysFound.index));
  return { since, sinceStart, soFar, daysFound, daysAt, ranFor };
}

/** "It says …", "they added …": a speaker named only in an earlier sentence. */
const UNNAMED_SPEAKER =
  /^\s*(?:it|they|the (?:ministry|mod|department|headquarters|hq))\s+(?:also\s+)?(?:says|said|adds|added|reports|reported|stated|states|claims|claimed)\b/i;

/** A fact box's line: a figure that starts its line, a dash, and what the figure is. */
function boxLineSide(s: string, rel: number, relEnd: number, dashed: boolean): SideReading | null {
  if (!/(?:^|\n)[\s•*·-]*$/.test(s.slice(0, rel))) return null;
  // The line's dash may have been read as a space already (BOX_LINE_DASH).
  const line = (dashed ? /^\+?\s*([^\n]*)/ : /^\+?\s*[—–:-]\s*([^\n]*)/).exec(s.slice(relEnd));
  if (!line) return null;
  // "2,000 — to be exchanged, 1,000 from each side": words after another figure are that one's.
  // (A day in the line, "freed on May 24, both sides together", is not another figure.)
  const text = (line[1] as string)
    .replace(
      /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d\d)?/gi,
      "",
    )
    .split(/\d/)[0] as string;
  const both =
    /\b(both sides (?:together|combined)|(?:both sides )?combined|in all|in total|all told|between them|both ways)\b/i.exec(
      text,
    );
  if (both) return { side: "total", also: null, cue: both[1] as string };
  const byBoth = /\b(by both sides)\b/i.exec(text);
  if (byBoth) return { side: "total", also: "each", cue: byBoth[1] as string };
  const each = /\b((?:by |from |for )?(?:each|either) side|per side|a side)\b/i.exec(text);
  if (each) return { side: "each", also: null, cue: each[1] as string };
  return null;
}

/**
 * "Released by each side: 2,000", "People freed by both sides: 1,000": a line's label before its
 * colon says whose figure the figure after it is, as a fact box's words after its dash do.
 */
function labelLineSide(s: string, rel: number): SideReading | null {
  const label = /(?:^|\n)[\s•*·-]*([^\n\d:]{3,60}):\s*$/.exec(s.slice(0, rel))?.[1];
  if (!label) return null;
  const both =
    /\b(both sides (?:together|combined)|(?:both sides )?combined|in all|all told|between them|both ways)\b/i.exec(
      label,
    );
  if (both) return { side: "total", also: null, cue: both[1] as string };
  const byBoth = /\b(by both sides)\b/i.exec(label);
  if (byBoth) return { side: "total", also: "each", cue: byBoth[1] as string };
  const each = /\b((?:by |from |for )?(?:each|either) side|per side|a side)\b/i.exec(label);
  if (each) return { side: "each", also: null, cue: each[1] as string };
  return null;
}

const COMPARED_TOTALS =
  /\b(?:up|down) from\b[^.;]{0,80}\b(?:in|by|as of)\s+(?:[a-z]+\s+)?(?:19|20)\d\d\b|\bwhich dates from\b|\bdating from\b|\bas of (?:[a-z]+\s+)?(?:19|20)\d\d\b[^.;]{0,80}\b(?:up|down) from\b/i;

const OF_THE_WHOLE =
  /^(?:[^.;:]{0,40}?\s[—–:-]\s*)?(?:and\s+)?(?<whole>of (?:the|those|these|all)\s+(?:[\p{L}-]+\s+){0,2}?\d[\d,]*)/iu;

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
    sideAlso: null,
    soFar: false,
    part: null,
    partGroup: null,
    dateBasis: null,
    scopeUnclear: false,
    weekday: null,
    wave: null,
    waveNamed: false,
    cues: {},
  };
}
