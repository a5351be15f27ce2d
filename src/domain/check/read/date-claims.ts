/**
 * Days stated as claims: "the talks on May 16", "the swap began on Saturday, May 24",
 * "completing the exchange on Monday", "the May 7 swap". A day is a claim when its clause says
 * what happened on it; what it says (talks, the start or end of an exchange, a named wave, an
 * exchange) decides which stored day it is checked against.
 */
import { daysBetween } from "../../dates.ts";
import { allMatches } from "../../matches.ts";
import {
  AGAIN_AFTER_YEARS,
  COUNTED_FROM_CUE,
  CUE_WORDS,
  DAY_COUNT,
  DAY_SWAP_WORDS,
  DOCUMENT_DAY_AFTER,
  DOCUMENT_DAY_BEFORE,
  EVENT_CUES,
  type EventCue,
  TALKS_AGAIN,
} from "../vocabulary.ts";
import type { DateBasis, DateInfo } from "./draft-dates.ts";
import { COPY_WITHDREW } from "./figure-words.ts";
import type { Sentence } from "./sentences.ts";

export interface DateClaim {
  sentence: Sentence;
  span: { start: number; end: number; text: string };
  date: string | null;
  range: { from: string; to: string } | null;
  basis: DateBasis;
  /** What the day is said to be the day of, and the words that say so. */
  about: EventCue;
  cue: string;
  /** A day with no year the archive could fix ("05-15"): matched to a nearby event by month and day. */
  monthDay: string | null;
  /** "Expected on Sunday": a plan, checked like the event itself. */
  planned: boolean;
  /** A weekday nothing fixes ("on the Friday" in an undated draft): 0 (Sunday) to 6. */
  weekday: number | null;
}

/** A dateline ("KYIV, May 24 (Agency) -") or a byline date is when the copy was filed. */
// ("24 May (today): 307 each" is a timeline's day, told twice; not a dateline's "(Reuters) -".)
const DATELINE_AFTER =
  /^\s*(?:\((?!\s*(?:today|yesterday|tomorrow|tonight)\s*\))[^)]{1,30}\)|,?\s*\d{4}\s*\([^)]{1,30}\))\s*[-–—:]/i;
const DATELINE_BEFORE =
  /(?:^|\n)\s*[A-Z][A-Z .'-]{2,30},\s*$|\b(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Ff]iled|PUBLISHED|UPDATED|POSTED|FILED)(?: on| ON)?\s*:?\s*$/;

/** After a day, what marks it as a label for the words that follow: "March 19: …", "May 6 — …". */
const LABEL_AFTER = /^\s*(?:\([^)]{0,24}\))?\s*(?::|—|–|\s-\s)\s*/;

const OWN_FIGURE_BETWEEN =
  /\b(?:after|before|following|than)\s+(?:the\s+|a\s+|another\s+)?\d[\d,]*\b[^.;:]*$/i;

const SAID_ON =
  /\b(?:said|says|announced|posted|wrote|tweeted|told|stated|declared|confirmed|reported|added|called)\s+(?:on\s+|late\s+|early\s+)?(?:on\s+)?$/i;

/** After talks named to say which exchange, the exchange's own deed: "… was completed". */
const EXCHANGE_DEED =
  /^[^.;:]{0,20}?\b(?:was|were|has been|had been)?\s*(completed|ended|finished|concluded|began|begun|started|opened|wrapped up)\b[^.;:,]{0,12}$/i;

/** Words that make what follows the topic of something said or written. */
const WRITTEN_ABOUT =
  /\b(?:wrote|writes|written|posted|posts|tweeted|tweets|spoke|speaks|talked|talks|commented|comments|remarked|post|tweet|message|statement|remarks|article|story|piece|column|report|interview|speech|address)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:about|regarding|concerning|hailing|praising|announcing|welcoming|on the subject of)\s+["“]?(?:[\p{L}'’-]+\s+){0,3}?$/iu;

export interface CueMatch {
  about: EventCue;
  cue: string;
  start: number;
  end: number;
  /** The cue names only a day after it. */
  before?: boolean;
}

const REACH: Partial<Record<EventCue, number>> = {
  talks: 20,
  call: 60,
  statement: 80,
  meeting: 60,
  start: 50,
  end: 70,
};

/** Every event cue in a sentence, found once and shared by its figures and its days. */
export function cuesIn(s: string): CueMatch[] {
  const out: CueMatch[] = [];
  if (!CUE_WORDS.test(s)) return out;
  for (const { about, re, before, hint } of EVENT_CUES) {
    if (hint && !hint.test(s)) continue;
    for (const m of allMatches(re, s)) {
      const start = m.index;
      out.push({
        about,
        cue: m[0],
        start,
        end: start + m[0].length,
        ...(before ? { before } : {}),
      });
    }
  }
  return out;
}

/** What a day (or figure) at `at` in the clause [from, to) is the day of: the cue nearest it wins. */
export function eventCueNear(
  cues: readonly CueMatch[],
  clause: { start: number; end: number },
  at: number,
  only?: ReadonlySet<EventCue>,
  others: readonly Span[] = NO_SPANS,
  atEnd = at,
): CueMatch | null {
  let best: CueMatch | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of cues) {
    if (c.start < clause.start || c.end > clause.end) continue;
    if (only && !only.has(c.about)) continue;
    if (c.before && c.start >= at) continue;
    // "agreed May 16, first leg May 24": a cue right before another day is that day's label.
    if (c.start >= at && dayWithin(others, c.end, 3)) continue;
    const d = c.start >= at ? c.start - at : at - c.end;
    // Talks and a deal's start or end name the day beside them, not one further on.
    if (d > (REACH[c.about] ?? Number.POSITIVE_INFINITY)) continue;
    // Another day between the cue and this one has the cue to itself ("reached in Istanbul on
    // 17 May, on 23 May 2025 … returned").
    if (dayBetween(others, c, at)) continue;
    // A cue nearer another day of the clause is that day's: in "came home over the weekend,
    // completing the exchange on Monday", the end is Monday's.
    // A day right after the cue ("completing the exchange on Monday") has it whatever is near.
    const attachedHere = at >= c.end && at - c.end <= 5;
    const own = c.start >= atEnd ? c.start - atEnd : at - c.end;
    if (!attachedHere && (dayWithin(others, c.end, 5) || dayNearer(others, c, own))) continue;
    // A cue that names which event ("the final group", "the first wave", "talks") says more
    // than one that only says an exchange happened ("came home"), wherever each stands.
    const better =
      best === null ||
      (best.about === "exchange" && c.about !== "exchange") ||
      ((best.about === "exchange") === (c.about === "exchange") && d < bestD);
    if (better) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

// eventCueNear's tests of the other days, as loops of their own: it is called for every day
// and figure of a draft, and a callback made for each cue was an allocation each time.

interface Span {
  start: number;
  end: number;
}

const NO_SPANS: readonly Span[] = [];

/** A day that starts within `reach` characters after `from`. */
function dayWithin(others: readonly Span[], from: number, reach: number): boolean {
  for (const o of others) if (o.start >= from && o.start - from <= reach) return true;
  return false;
}

/** A day between the cue and `at`, either way round. */
function dayBetween(others: readonly Span[], c: Span, at: number): boolean {
  for (const o of others)
    if ((o.start >= c.end && o.end <= at) || (o.start >= at && o.end <= c.start)) return true;
  return false;
}

/** A day nearer the cue than `own`. */
function dayNearer(others: readonly Span[], c: Span, own: number): boolean {
  for (const o of others) {
    const od = c.start >= o.end ? c.start - o.end : o.start >= c.end ? o.start - c.end : 0;
    if (od < own) return true;
  }
  return false;
}

/** "March 19 — 175 each", "- apr 19: 264 POWs each way": a timeline line that is a swap's count. */
const LABEL_COUNT =
  /^(?:(?:about|some|over|more than|nearly|almost|~)\s*)?\d[\d,]*\+?\s*(?:(?:each|ea|apiece|a side|per side|both ways|for\s+\d[\d,]*)\b|(?:[\p{L}-]+\s+){0,2}?(?:pows?|prisoners?|captives|servicemen|soldiers|people|swapped|exchanged|freed|released)\b)/iu;

function countAfterLabel(tail: string, at: number): CueMatch | null {
  const m = LABEL_COUNT.exec(tail);
  return m ? { about: "exchange", cue: m[0], start: at, end: at + m[0].length } : null;
}

/**
 * "After 390 each on Friday", "three hundred and three on Sunday": a day whose own clause gives
 * a count, in a sentence about a swap, is the day of a swap, though no cue word stands beside it.
 */
function countInClause(
  s: string,
  clause: { start: number; end: number },
  days: readonly { start: number; end: number }[],
): CueMatch | null {
  if (!DAY_SWAP_WORDS.test(s)) return null;
  const from = clause.start;
  const to = Math.min(s.length, clause.end);
  // The days themselves ("May 23") are not counts.
  let text = s.slice(from, to);
  for (const d of days)
    if (d.start >= from && d.end <= to)
      text = `${text.slice(0, d.start - from)}${" ".repeat(d.end - d.start)}${text.slice(d.end - from)}`;
  const m = DAY_COUNT.exec(text);
  if (!m) return null;
  return { about: "exchange", cue: m[0], start: from + m.index, end: from + m.index + m[0].length };
}

/** May 1–31: a month as a range of days. */
export function isWholeMonth(r: { from: string; to: string }): boolean {
  if (r.from.slice(0, 7) !== r.to.slice(0, 7) || !r.from.endsWith("-01")) return false;
  const next = new Date(`${r.to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

/**
 * "Eight days before" just before a cue at `at`, in words that are not the day's own (at `rel`).
 * Only a day set off by a comma is the counted one: "ten days after the talks of May 16" still
 * gives the talks their day.
 */
function countedFrom(s: string, at: number, rel: number): boolean {
  const from = Math.max(0, at - 40);
  const m = COUNTED_FROM_CUE.exec(s.slice(from, at));
  return m !== null && from + m.index < rel && at <= rel;
}

export function dateClaimsOf(
  sentence: Sentence,
  cues: readonly CueMatch[],
  dates: readonly DateInfo[],
  clauseOf: (rel: number) => { start: number; end: number },
  planned: (clauseBefore: string) => boolean,
  asked: CueMatch | null = null,
): DateClaim[] {
  const out: DateClaim[] = [];
  const s = sentence.text;
  for (const d of dates) {
    if (d.since || d.byDeal) continue;
    const rel = d.start - sentence.start;
    const relEnd = d.end - sentence.start;
    if (DATELINE_AFTER.test(s.slice(relEnd, relEnd + 20))) continue;
    if (DATELINE_BEFORE.test(s.slice(Math.max(0, rel - 40), rel))) continue;
    if (DOCUMENT_DAY_BEFORE.test(s.slice(Math.max(0, rel - 40), rel))) continue;
    if (DOCUMENT_DAY_AFTER.test(s.slice(relEnd, relEnd + 30))) continue;
    // "It previously said the talks were on May 15": a day the copy takes back.
    if (COPY_WITHDREW.test(s.slice(Math.max(0, rel - 100), rel))) continue;
    // "Six days ago today": "today" is where the count starts, not a day of its own.
    if (/\bago\s+$/i.test(s.slice(Math.max(0, rel - 6), rel))) continue;
    // "A week ago yesterday, on Sunday": a weekday told after a count of weeks back is that
    // count's day, which this reader does not work out; not a day to put right.
    if (
      /\b(?:a|one|two|three|\d)\s+weeks?\s+ago\b[^.;:]{0,24}$/i.test(
        s.slice(Math.max(0, rel - 48), rel),
      )
    )
      continue;
    // "Zelensky said on May 24 …": the day a statement was made, which the store does not keep,
    // unless the statement is one it does (Lavrov's word on a ceasefire draft).
    const saidOn = SAID_ON.test(s.slice(Math.max(0, rel - 40), rel));
    // Years and months name a period, not a day anyone can be wrong about here.
    const span = d.range ? daysBetween(d.range.from, d.range.to) : 0;
    // "The exchange of May 2024": a month with its year is kept, to be checked only for a
    // year that is one off the named event's (see judgeDay); a month alone names nothing.
    const month = d.range !== null && isWholeMonth(d.range) && d.basis === "written";
    if (!d.date && !(d.range && span <= 7) && !month && d.basis !== "guess") continue;
    // "April 19, when each side freed 246": the clause after the day says what it was the day of.
    const own = clauseOf(rel);
    const tail = s.slice(relEnd, relEnd + 30);
    // "April 19, when each side freed 246"; "- March 19: 175 exchanged" (a timeline's label);
    // "Today, 24 May, the second stage was carried out" (a day in apposition).
    // A label starts its line: "Lavrov yesterday: a draft once the swap ends" is a speaker's.
    const label =
      /(?:^|\n)[\s*•·>-]*(?:[A-Z][A-Z .'-]{1,20}:\s*)?(?:(?:on|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s*)?$/i.test(
        s.slice(0, rel),
      )
        ? LABEL_AFTER.exec(tail)
        : null;
    const apposed = /,\s*$/.test(s.slice(Math.max(0, rel - 3), rel)) && /^\s*,/.test(tail);
    const next = /^,?\s*(?:when|as|where)\b/i.test(s.slice(relEnd, relEnd + 8))
      ? clauseOf(relEnd + 2)
      : label
        ? clauseOf(Math.min(s.length - 1, relEnd + label[0].length + 1))
        : apposed
          ? clauseOf(Math.min(s.length - 1, relEnd + (/^\s*,\s*/.exec(tail)?.[0].length ?? 1) + 1))
          : null;
    const previous = apposed && own.start > 0 ? clauseOf(Math.max(0, own.start - 2)) : null;
    const bounds = next
      ? { start: previous?.start ?? own.start, end: Math.max(next.end, own.end) }
      : own;
    // "Six days ago today": the "today" a count starts from is not another day of the clause.
    const others = dates
      .filter(
        (o) =>
          o !== d &&
          // "The largest exchange since the 2022 invasion": a count's start names no event.
          !o.since &&
          !/\bago\s+$/i.test(
            s.slice(Math.max(0, o.start - sentence.start - 6), o.start - sentence.start),
          ),
      )
      .map((o) => ({ start: o.start - sentence.start, end: o.end - sentence.start }));
    const found = eventCueNear(cues, bounds, rel, undefined, others, relEnd);
    // "307 each in the last stage after 303 a side on Saturday": a day told with a figure of its
    // own, after "after" or "before", is that figure's, not the cue's before it.
    // "Agreed eight days before the first wave, on 16 May": the day is the one counted from the
    // wave, not the wave's.
    const near =
      found &&
      ((found.end <= rel && OWN_FIGURE_BETWEEN.test(s.slice(found.end, rel))) ||
        (found.end <= rel &&
          s.slice(found.end, rel).includes(",") &&
          countedFrom(s, found.start, rel)))
        ? null
        : found;
    // "The exchange agreed in Istanbul was completed yesterday": the talks are named only to say
    // which exchange; the day is of the deed the sentence tells of it, its end or its start.
    const talksEnd = near?.about === "talks" && near.end <= rel ? near.end : -1;
    const deed = talksEnd >= 0 ? EXCHANGE_DEED.exec(s.slice(talksEnd, rel)) : null;
    const ownDeed: CueMatch | null = deed
      ? {
          about: /^(?:began|begun|started|opened)$/i.test(deed[1] as string) ? "start" : "end",
          cue: deed[1] as string,
          start: talksEnd + deed.index,
          end: talksEnd + deed.index + deed[0].length,
        }
      : null;
    // An answer's day is of what its question asked about, unless it says more itself.
    const cue =
      ownDeed ??
      (asked && (!near || near.about === "exchange") ? asked : near) ??
      (label
        ? countAfterLabel(s.slice(relEnd + label[0].length), relEnd + label[0].length)
        : null) ??
      countInClause(s, own, [...others, { start: rel, end: relEnd }]);
    if (!cue) continue;
    const told = s.slice(bounds.start, bounds.end);
    if (cue.about === "talks" && TALKS_AGAIN.test(told) && !AGAIN_AFTER_YEARS.test(told)) continue;
    if (saidOn && cue.about !== "statement" && cue.about !== "call" && cue.about !== "meeting")
      continue;
    // "Trump wrote about the talks on May 20", "his post about 'the first direct talks' went up
    // on May 20": the event is what was written about, and the day is the writing's.
    if (
      cue.about !== "statement" &&
      cue.about !== "call" &&
      cue.about !== "meeting" &&
      WRITTEN_ABOUT.test(s.slice(Math.max(0, cue.start - 60), cue.start))
    )
      continue;
    out.push({
      sentence,
      span: { start: d.start, end: d.end, text: d.text },
      date: d.date,
      range: d.range,
      basis: d.basis,
      monthDay: d.monthDay ?? null,
      weekday: d.weekday ?? null,
      about: cue.about,
      cue: cue.cue,
      planned: planned(s.slice(bounds.start, rel)),
    });
  }
  return out;
}
