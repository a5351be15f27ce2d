/**
 * Asking in plain words (issue 12): a question is read as a claim with a hole (read.ts), tied to
 * the store (align.ts) and answered in its first line (answer.ts). A follow-up in a thread ("and
 * on the 24th?", "what about Russia's side?") is read against the reading before it: what its
 * own words set replaces what the earlier question said, the rest is kept.
 */

import type { AskAnswer } from "../answers.ts";
import { eventEnd, eventStart } from "../catalog.ts";
import { addDaysIso, MONTH_NAMES } from "../dates.ts";
import { formatNumber } from "../numbers.ts";
import type { Knowledge } from "../queries.ts";
import { answerReading } from "./answer.ts";
import { dropLabelKeepTime } from "./desk-label.ts";
import { eitherOrAnswer } from "./either-or.ts";
import { type AskReading, exchangeOfFigure, readQuestion, valuesNamed } from "./read.ts";
import { dayChoices, exchangeChoices, exchangesIn, unsureAmong } from "./thread-choices.ts";
import {
  ASIDE_AFTER,
  BRIEF_VERB,
  COMPARED_AGAIN,
  EXTREME_WAVE,
  FOLLOW_UP,
  HOME_STATE,
  NOW,
  SAME_SOURCE,
  SCENE_NAMES,
  SCENE_PIECE,
  SCENE_SETTING,
  TALLY_WORDS,
  TO_THAT_DAY,
  TWO_DAYS_NAMED,
} from "./vocabulary.ts";
import { yearWordsAsDigits } from "./year-words.ts";

export type { AskReading };

/** Fields that move together: a follow-up naming a new day leaves the old event behind. */
const WHEN_FIELDS: readonly (keyof AskReading)[] = ["eventId", "day", "range", "edge"];

/** Is this a follow-up to be read against the question before it? */
export function isFollowUp(question: string, own: AskReading): boolean {
  const t = question.trim();
  // "Does that source also give …", "what did they say": about the answer before.
  if (FOLLOW_UP.test(t) || SAME_SOURCE.test(t)) return true;
  // A fragment that names no event, day or figure of its own ("how many of those were civilians?").
  if (!own.set.some((f) => WHEN_FIELDS.includes(f)) && t.split(/\s+/).length <= 6) return true;
  // "May 6 one?", "the april swap?": a bare day or event, no question word, asks the same
  // question of the new event.
  return (
    own.set.length > 0 &&
    own.set.every((f) => WHEN_FIELDS.includes(f)) &&
    t.split(/\s+/).length <= 4 &&
    !/^(?:how|what|when|who|whose|which|where|why|is|was|were|are|did|does|do|has|have|can)\b/i.test(
      t,
    )
  );
}

/** "The first four exchanges", "those three swaps", "all 2025 exchanges": several, counted. */
const SEVERAL_EXCHANGES =
  /\b(?:(?:first|last|earlier|previous|those|these|the)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:(?:19|20)\d\d\s+)?(?:prisoner\s+)?(?:exchanges|swaps)\b/i;

/** "That total", "this figure": the running total the thread named, by its figure. */
const THAT_TOTAL = /\b(?:that|this|the same) (?:total|figure|number|count|tally)\b/i;
const RUNNING_MEASURES: readonly string[] = ["returned-since-2022", "exchange-count", "held"];

/** "And the next day?", "the day before": a day counted from the thread's, +1 or -1 (0: none). */
export function dayStep(question: string): number {
  return /\b(?:the )?(?:next|following) day\b|\bthe day after\b(?!\s+the)/i.test(question)
    ? 1
    : /\bthe (?:day before|previous day)\b(?!\s+the)/i.test(question)
      ? -1
      : 0;
}

/** "<event> <verb> how many days after <event>?": a gap asked with its question word late. */
const GAP_ASKED_LATE =
  /^\s*(?:so\s+|and\s+)?(.+?)\s+(began|begin|started|start|happened|happen|took place|came|come)\s+how many (days|weeks)\s+(after|before)\s+(.+?)\s*\??\s*$/i;

/** "And that brings the total to?", "which takes each side's tally to": the sum up to here. */
const BRINGS_TOTAL =
  /\b(?:brings?|bringing|takes?|taking|puts?|putting)\s+(?:(?:the|each|both|every|their|its|our|that)\s+)?(?:side'?s?'?\s+|sides'\s+)?(?:running\s+|overall\s+)?(?:total|tally|count)\s+to\b/i;

/** "And both days?": the two days together, when the thread has named only one of them. */
const BOTH_DAYS = /\b(?:(?:for|over|on|across|in)\s+)?both (?:days|dates)\b/i;

/** "When it was done", "once it was over", "by the end": the exchange whole, all its days. */
const WHEN_DONE =
  /\b(?:when|once|after) (?:it|the (?:swap|exchange|deal)|all) (?:was|had been|is|were) (?:all )?(?:done|over|finished|complete[d]?|wrapped up)\b|\bby the (?:very )?end\b(?!\s+of\b)/i;

/** "And may?": a month alone, where "may" is not the verb. */
const BARE_MONTH =
  /^(\s*(?:and|what about|how about|same for)\s+)(may|march|april|june|january|february|july|august|september|october|november|december)(\s*\??\s*)$/i;

/**
 * The deal's two waves "both days" can mean after a thread on one of them: the named wave and
 * its one neighbour when it is the deal's first or last; none for a middle wave (either side).
 */
function bothDays(k: Knowledge, day: string): [string, string] | null {
  const wave = (k.catalog.eventsByDay.get(day) ?? []).find((e) => e.partOf);
  if (!wave?.partOf) return null;
  const waves = k.catalog.exchanges
    .filter((e) => e.partOf === wave.partOf)
    .map((e) => eventStart(e) as string)
    .sort();
  const i = waves.indexOf(day);
  if (waves.length < 2 || i < 0) return null;
  if (i === 0) return [day, waves[1] as string];
  if (i === waves.length - 1) return [waves[i - 1] as string, day];
  return null;
}

/** The follow-up's reading laid over the one before it. */
export function merge(before: AskReading, own: AskReading): AskReading {
  const out: AskReading = { ...before, parts: [...own.parts], unclear: [...own.unclear] };
  const set = new Set(own.set);
  if (WHEN_FIELDS.some((f) => set.has(f))) {
    out.eventId = null;
    out.day = null;
    out.range = null;
    out.edge = null;
  }
  for (const key of own.set) (out as unknown as Record<string, unknown>)[key] = own[key];
  // "HQ's total from when?" then "and Brussels Morning's 4,552?": the outlet the follow-up names
  // is whose figure is asked now, not the claimant asked before.
  if (set.has("sourceId") && !set.has("claimantIds")) out.claimantIds = null;
  // "250 drones — right?" then "missiles?": the figure checked was of the drones; the follow-up
  // naming another thing counted, and no figure of its own, asks how many of that.
  if (
    before.asked === "check" &&
    before.value &&
    set.has("counted") &&
    own.counted !== before.counted &&
    !set.has("asked") &&
    !set.has("value")
  ) {
    out.asked = "figure";
    out.value = null;
    out.claim = null;
  }
  // "'Over 1,000 swapped on April 19' ok?" then "'over 500' then?": the same statement checked
  // with the new figure put in place of the old one, never the old figure checked again.
  if (
    out.asked === "check" &&
    set.has("value") &&
    !set.has("claim") &&
    !WHEN_FIELDS.some((f) => set.has(f)) &&
    before.claim &&
    before.value &&
    own.value &&
    before.claim.includes(before.value.text)
  )
    out.claim = before.claim.replace(before.value.text, own.value.text);
  // "Who mediated the March swap?" then "and for the May 6 exchange?": the word "exchange" reads
  // as the people released, but the follow-up asks no figure; it asks the same name again.
  if (
    before.asked === "name" &&
    before.nameOf === "measure" &&
    !set.has("asked") &&
    own.measure === "released" &&
    before.measure !== "released"
  )
    out.measure = before.measure;
  // A new kind of question ("who…", "when…") keeps only the subject of the one before.
  if (set.has("asked") && own.asked !== before.asked) {
    if (!set.has("measure"))
      out.measure =
        own.measure ?? (own.asked === "figure" || before.running ? before.measure : null);
    if (!set.has("value")) out.value = null;
    if (!set.has("claim")) out.claim = null;
    if (!set.has("nameOf")) out.nameOf = null;
    // ("Are more talks planned?" then "and who called the swap '…'?": the new question asks of
    // what was said, not of what is to come.)
    if (!set.has("future")) out.future = own.future;
  }
  // A quote is looked for by the question that gives it, not by the next one; a new "who" after
  // it asks whom its own words ask for ("and who quipped …" after "who said '…'").
  if (!set.has("quote")) out.quote = null;
  if (before.quote && own.asked === "name" && !set.has("nameOf")) out.nameOf = own.nameOf;
  // "And the 24th?" after a running total keeps asking the total; after one exchange, the exchange.
  if (!set.has("derive")) out.derive = set.has("value") || set.has("asked") ? null : before.derive;
  if (set.has("measure") && own.measure !== before.measure && !set.has("running"))
    out.running = own.running;
  // "And how many came back in those?" after a running total, no day or event of its own: the
  // same running total, of what the follow-up counts (people, or the exchanges themselves).
  if (
    before.running &&
    !out.running &&
    !WHEN_FIELDS.some((f) => set.has(f)) &&
    (own.asked === "figure" || !set.has("asked")) &&
    (own.measure === null || own.measure === "released")
  ) {
    out.running = true;
    out.measure = own.counted === "exchanges" ? "exchange-count" : "returned-since-2022";
  }
  // "Plus the wounded" after "without the wounded", or the other way: the last one said holds.
  if (set.has("withWounded")) out.withoutWounded = false;
  if (set.has("withoutWounded")) out.withWounded = false;
  if (!out.parts.length) out.parts = before.parts;
  out.set = [...new Set([...before.set, ...own.set])];
  return out;
}

/**
 * Read a question, against the thread's last reading when it is a follow-up, and answer it.
 * Returns the answer; its `reading` is what the thread keeps for the next follow-up.
 */
export function askQuestion(
  k: Knowledge,
  question: string,
  previous: AskReading | null = null,
  context: readonly string[] = [],
  split = true,
): AskAnswer {
  // "In twenty twenty four": a year said in words is read as its digits everywhere below, not
  // only by the reader (the answer's own tests of the words look for the year too).
  question = yearWordsAsDigits(question);
  // Scene-setting before the question is set aside; a word or two before a dash is rather
  // what the question is about ("medinsky - which side is he on?"), a label before a colon not.
  // (A year in the scene is what is asked about, "2024: how many swaps?", unless it names the
  // desk's own piece: "our 2024 chapter:".)
  // ("Timeline entry for mid-2024:": the label goes, the time it names stays.)
  question = dropLabelKeepTime(question);
  question = question.replace(SCENE_SETTING, (m, scene: string, mark: string) =>
    /\d/.test(scene)
      ? SCENE_PIECE.test(scene) && !SCENE_NAMES.test(scene.replace(SCENE_PIECE, " "))
        ? ""
        : m
      : SCENE_NAMES.test(scene) || (mark !== ":" && scene.trim().split(/\s+/).length <= 2)
        ? m
        : "",
  );
  question = question.replace(ASIDE_AFTER, "").replace(BRIEF_VERB, "give the briefing ");
  // "And for these two days together?": the two days the thread asked about, named.
  if (TWO_DAYS_NAMED.test(question) && context.length >= 2) {
    const days = [...new Set(context.map((c) => readQuestion(k, c).day).filter((d) => d !== null))];
    const [a, b] = days.slice(-2) as [string | undefined, string | undefined];
    if (a && b && a.slice(0, 7) === b.slice(0, 7)) {
      const month = MONTH_NAMES[Number(a.slice(5, 7)) - 1] as string;
      const [d1, d2] = [Number(a.slice(8)), Number(b.slice(8))].sort((x, y) => x - y);
      question = question.replace(TWO_DAYS_NAMED, `on ${month} ${d1} and ${d2}`);
    }
  }
  // "How many on the 23rd?" then "and total for both days?": the wave named and the deal's other
  // day beside it (the first wave and the second), named; a middle wave is left as it is.
  if (BOTH_DAYS.test(question) && previous?.day && !TWO_DAYS_NAMED.test(question)) {
    const days = [...new Set(context.map((c) => readQuestion(k, c).day).filter((d) => d !== null))];
    const pair = days.length === 1 ? bothDays(k, previous.day) : null;
    if (pair) {
      const month = MONTH_NAMES[Number(pair[0].slice(5, 7)) - 1] as string;
      question = question.replace(
        BOTH_DAYS,
        `on ${month} ${Number(pair[0].slice(8))} and ${Number(pair[1].slice(8))}`,
      );
    }
  }
  // "The swap began how many days after the talks?": the question word left in place, read as if
  // put first ("how many days after the talks did the swap begin?").
  question = question.replace(GAP_ASKED_LATE, "how many $3 $4 $5 did $1 $2?");
  // "And may?": the month, never the verb.
  if (previous) question = question.replace(BARE_MONTH, "$1in $2$3");
  // "Was it A or B?": each reading checked, the one that holds given (or both offered).
  const either = split
    ? eitherOrAnswer(question, (q) => askQuestion(k, q, previous, context, false))
    : null;
  if (either) return either;
  const two = split ? askedTwice(k, question, previous, context) : null;
  if (two) return two;
  // "Where?" after "When was the swap agreed?": the bare question word put to the question before.
  const bare = /^\s*(where|when|who|how many)\s*\??\s*$/i.exec(question);
  const last = context.at(-1);
  if (bare?.[1] && last) {
    const rest = last.replace(/^\s*(?:when|where|who|how many|what|which)\b\s*/i, "");
    if (rest !== last) question = `${bare[1]} ${rest}`;
  }
  // "Biggest single day of the big swap?" then "and the smallest?": the question before asked
  // again with the other superlative, not the deal's own figure.
  const superlative =
    /^\s*(?:and|so|what about|how about)?\s*(?:the\s+)?(smallest|largest|biggest|fewest|least|most)(?:\s+one)?\s*\??\s*$/i.exec(
      question,
    );
  if (superlative?.[1] && last) {
    const before = EXTREME_WAVE.exec(last);
    const word = before?.[1] ?? before?.[2];
    if (before && word) question = last.replace(word, superlative[1].toLowerCase());
  }
  // "Where was it taken?" after a question on a photograph's credit: "it" is the photograph.
  if (
    previous?.nameOf === "credit" &&
    !/\b(?:photo\w*|picture|image|pic)\b/i.test(question) &&
    /\b(?:it|that|this|they)\b/i.test(question)
  )
    question = question.replace(/\b(?:it|that|this|they)\b/i, "the photo");
  // "And the second?" after a question on a wave: the deal's second wave, not the wave before.
  const wave = previous?.eventId ? k.catalog.events.get(previous.eventId) : undefined;
  if (wave?.partOf || wave?.kind === "deal")
    question = question.replace(
      /^(\s*(?:and|what about|how about|same for)?\s*(?:on\s+|in\s+|for\s+)?(?:the\s+)?)(first|second|third|last|final)(?:\s+one)?(\s*\??\s*)$/i,
      "$1$2 day$3",
    );
  // "How many civilians then, and on whose side?": a figure's first line says whose it is; the
  // tail asks nothing the figure does not answer, and is not read as words of the question.
  if (/\bhow (?:many|much)\b/i.test(question))
    question = question.replace(
      /,?\s+and\s+(?:on\s+|for\s+|to\s+)?(?:whose|which)\s+side(?:\s+(?:is it|was it|are they|were they|then))?\s*\??\s*$/i,
      "?",
    );
  // "Since when does the 4,750 count run?" then "and the 4,552?": the same question asked of
  // the new figure, read whole, not the bare figure laid over the old reading.
  const figureOnly =
    /^\s*(?:and|what about|how about|same for)?\s*(?:the\s+)?(\d{1,3}(?:,\d{3})+|\d{2,})(?:\s+(?:figure|number|one|count|total|claim))?\s*\??\s*$/i.exec(
      question,
    );
  const asked = context.at(-1);
  if (figureOnly?.[1] && previous?.value && asked?.includes(previous.value.text)) {
    const again = askQuestion(
      k,
      asked.replace(previous.value.text, figureOnly[1]),
      null,
      context.slice(0, -1),
      split,
    );
    return { ...again, query: question, context: [...context] };
  }
  const own = readQuestion(k, question);
  // "How many in total on that day? It was called the biggest then": "that day" is the thread's
  // exchange; an event the rest of the words seem to name (a superlative) does not replace it.
  if (
    previous &&
    (previous.eventId || previous.day) &&
    /\b(?:that|the same) (?:day|date|exchange|swap)\b/i.test(question) &&
    !own.set.includes("day") &&
    !own.set.includes("range")
  ) {
    own.eventId = null;
    own.edge = null;
    own.set = own.set.filter((f) => f !== "eventId" && f !== "edge");
  }
  // "And in the first four exchanges of the year?": several exchanges, counted, are never the one
  // exchange the question before was about (its day and event are left behind).
  if (previous && SEVERAL_EXCHANGES.test(question) && !own.set.includes("eventId")) {
    own.eventId = null;
    own.day = null;
    own.edge = null;
    own.set = [...own.set, "eventId", "day", "edge"];
  }
  // "And the next day?": a day counted from the one the thread was about.
  const step = dayStep(question);
  // (A one-day exchange the thread named, "the second wave", is its day.)
  const stepped = previous?.eventId ? k.catalog.events.get(previous.eventId) : undefined;
  const fromDay =
    previous?.day ??
    (stepped && eventStart(stepped) && eventStart(stepped) === eventEnd(stepped)
      ? eventStart(stepped)
      : null);
  // "The day before" then "and the day after that?": "that" is the day just named or the day
  // the thread stepped back from; two days, so neither is answered as if sure.
  let stepDays: string[] = [];
  const stepBefore = dayStep(context.at(-1) ?? "");
  if (
    fromDay &&
    step !== 0 &&
    stepBefore === -step &&
    /\bthe day (?:after|before) (?:that|this|it)\b/i.test(question)
  )
    stepDays = [addDaysIso(fromDay, step), addDaysIso(fromDay, 2 * step)]
      .filter((d) => (k.catalog.eventsByDay.get(d) ?? []).some((e) => e.kind === "exchange"))
      .sort();
  if (fromDay && step !== 0 && !own.set.includes("day")) {
    const day = addDaysIso(fromDay, step);
    own.day = day;
    own.eventId =
      (k.catalog.eventsByDay.get(day) ?? []).find((e) => e.kind === "exchange")?.id ?? null;
    own.set = [...own.set, "day", "eventId"];
  }
  // "And now?" after a running total as of a day: the latest total, the day before dropped.
  if (
    (previous?.running || own.running) &&
    NOW.test(question) &&
    !own.set.some((f) => WHEN_FIELDS.includes(f)) &&
    (previous?.day || previous?.range)
  ) {
    own.day = null;
    own.range = null;
    own.set = [...own.set, "day", "range"];
  }
  // "And what did they say?": the one source the answer before cited.
  const cited = previous?.cited ?? [];
  if (SAME_SOURCE.test(question) && !own.set.includes("sourceId") && cited.length === 1) {
    own.sourceId = cited[0] as string;
    own.set = [...own.set, "sourceId"];
  }
  // "How many wounded came back on top of the 246?": a figure the question before named, taken
  // up by "the", ties the question to that thread however long it is.
  const taken =
    own.value !== null &&
    new RegExp(
      `\\b(?:the|that|those|these) ${own.value.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`,
      "i",
    ).test(question) &&
    context.some((c) => c.includes(own.value?.text as string));
  const reading = previous && (isFollowUp(question, own) || taken) ? merge(previous, own) : own;
  // "The 307 batch – which day was it?" then "and the 303?": the exchange the thread named by a
  // figure is named again by the new figure, not kept.
  if (
    reading !== own &&
    previous?.value &&
    previous.eventId &&
    own.value &&
    !own.set.some((f) => WHEN_FIELDS.includes(f)) &&
    exchangeOfFigure(k, previous.value.n)?.id === previous.eventId
  ) {
    const next = exchangeOfFigure(k, own.value.n);
    reading.eventId = next?.id ?? null;
    reading.day = null;
    reading.range = null;
    reading.edge = null;
  }
  // "When was the swap of 205 each?" then "and how many came back in it?": the exchange the
  // question before named by its figure (when it asked a day, a name or a place, not a check of
  // the figure) is the one the follow-up asks of, not the deal its other words seemed to name.
  if (
    reading !== own &&
    previous?.value &&
    (previous.asked === "date" || previous.asked === "name" || previous.asked === "ordinal") &&
    !own.value &&
    !own.set.some((f) => WHEN_FIELDS.includes(f))
  ) {
    const named = exchangeOfFigure(k, previous.value.n);
    if (named && named.id !== previous.eventId && !previous.day) {
      reading.eventId = named.id;
      reading.range = null;
      reading.edge = null;
    }
  }
  // "Which day was the 49th exchange?" then "how many had been freed by then?": the running
  // total as of that exchange's day, never the latest one.
  if (
    previous &&
    reading.running &&
    !own.set.some((f) => WHEN_FIELDS.includes(f) || f === "range") &&
    /\b(?:by|up to|until|as of) (?:then|that (?:day|point|time|date))\b/i.test(question)
  ) {
    const e = previous?.eventId ? k.catalog.events.get(previous.eventId) : undefined;
    const day = previous?.day ?? (e ? eventStart(e) : null);
    if (day) {
      reading.day = day;
      reading.eventId = null;
      reading.range = null;
      reading.edge = null;
    }
  }
  // "How many came home to Ukraine?" then "and how many went the other way?": the other side.
  if (
    reading !== own &&
    !own.set.includes("side") &&
    (previous?.side === "ukraine" || previous?.side === "russia") &&
    /\b(?:(?:went|go|going|gone|sent|handed over) (?:the )?other way|the other direction|in return|the other side)\b/i.test(
      question,
    )
  )
    reading.side = previous.side === "ukraine" ? "russia" : "ukraine";
  // "How many on the 23rd?" then "and after sunday, when it was done?": the deal the thread's wave
  // is a day of, whole (all its days), not the last day named.
  const threadDay = previous?.day ?? previous?.range?.from ?? null;
  const thread = previous?.eventId
    ? k.catalog.events.get(previous.eventId)
    : threadDay
      ? (k.catalog.eventsByDay.get(threadDay) ?? []).find((e) => e.kind === "exchange")
      : undefined;
  const whole = thread?.partOf ?? (thread?.kind === "deal" ? thread.id : null);
  if (reading !== own && whole && WHEN_DONE.test(question) && reading.asked === "figure") {
    reading.eventId = whole;
    reading.day = null;
    reading.range = null;
    reading.edge = null;
  }
  // "How many on May 24?" then "and how many were home after that day?": a state reached by the
  // end of the thread's wave is the deal so far up to that wave, not that one day's count.
  if (
    reading !== own &&
    thread?.partOf &&
    reading.asked === "figure" &&
    !reading.running &&
    !own.set.some((f) => WHEN_FIELDS.includes(f) || f === "range") &&
    (((HOME_STATE.test(question) || TALLY_WORDS.test(question)) && TO_THAT_DAY.test(question)) ||
      BRINGS_TOTAL.test(question))
  ) {
    reading.dealSoFar = true;
    reading.eventId = thread.id;
    reading.day = eventStart(thread);
    reading.range = null;
    reading.edge = null;
  }
  // "How much bigger was A than B?" then "and compared with C?": A set against C now, the same
  // way (per side, or both sides together).
  if (
    reading !== own &&
    previous?.derive === "difference" &&
    previous.compare?.length === 2 &&
    own.eventId &&
    !own.compare?.length &&
    own.eventId !== previous.compare[0] &&
    COMPARED_AGAIN.test(question)
  ) {
    reading.compare = [previous.compare[0] as string, own.eventId];
    reading.derive = "difference";
    reading.asked = "figure";
    if (!own.set.includes("side")) reading.side = previous.side;
  }
  // "Who says 4,750 and who says 4,552?" then "what's the gap between them?": the two figures the
  // question before named are the two set apart.
  const lastAsked = context.at(-1);
  if (
    previous &&
    reading.derive === "difference" &&
    own.values.length === 0 &&
    own.value === null &&
    lastAsked &&
    /\b(?:them|those|these|the two|both|the two figures|the two numbers)\b/i.test(question)
  ) {
    const named = valuesNamed(lastAsked);
    if (named.length === 2) {
      reading.values = named;
      reading.value = { n: named[0] as number, text: formatNumber(named[0] as number) };
    }
  }
  // "And that total covered how many exchanges?" after a question on the figure 3,672: the
  // running total the thread named by its figure, as of its own day and by its own claimant,
  // not the latest one (nor the claimant the question before wrongly gave it to).
  const named = previous?.value?.n;
  if (reading !== own && named && reading.running && THAT_TOTAL.test(question)) {
    const f = [...k.catalog.facts.values()].find(
      (x) =>
        RUNNING_MEASURES.includes(x.measure) &&
        x.value.type === "number" &&
        x.value.n === named &&
        x.asOf,
    );
    const asOf = f?.asOf;
    if (f && asOf) {
      reading.range =
        "on" in asOf ? { from: asOf.on, to: asOf.on } : { from: asOf.from, to: asOf.to };
      reading.day = null;
      reading.eventId = null;
      reading.claimantIds = [f.claimantId];
    }
  }
  let answer = answerReading(k, reading, question, context);
  if (stepDays.length === 2 && reading.asked === "figure")
    answer = unsureAmong(answer, "which day “that” is", dayChoices(reading, stepDays));
  // "And may?" over a month that held more than one exchange: which one is asked is not said.
  const month = reading.range;
  if (
    reading !== own &&
    month &&
    own.set.includes("range") &&
    reading.asked === "figure" &&
    !reading.derive &&
    answer.status === "not-held" &&
    month.from.endsWith("-01") &&
    month.from.slice(0, 7) === month.to.slice(0, 7)
  ) {
    const held = exchangesIn(k, month.from, month.to);
    if (held.length >= 2)
      answer = unsureAmong(
        answer,
        "which exchange of that month you mean",
        exchangeChoices(reading, held),
      );
  }
  // "Running total?" then "+ the 1,000 of the big swap — can I just add them?": whether the
  // total already counts that exchange no source says, so the sum is not one the store can give.
  if (
    previous?.running &&
    !own.running &&
    (own.value !== null || own.eventId !== null) &&
    /^\s*(?:and\s+)?(?:\+|plus\b)|\b(?:just\s+)?add(?:ed|ing)?\s+(?:them|it|that|those|these|the two|both)\b/i.test(
      question,
    )
  )
    return {
      ...answer,
      status: "not-held",
      line: "The store does not hold a total after that exchange, nor whether the running total already counts it: no source in it says, so adding them may count it twice.",
      choices: [],
    };
  (answer.reading as unknown as AskReading).cited = [
    ...new Set(answer.citations.map((c) => c.source.id)),
  ];
  // Each choice shows the first line it would give, so a reporter sees what picking it means.
  answer.choices = answer.choices.map((c) => ({
    ...c,
    line: answerReading(k, readQuestion(k, c.question), c.question, []).line,
  }));
  return answer;
}

/** "How much each side and who was mediator?": two questions in one, the second a new question word. */
const TWO_ASKED =
  /^(.*?\b(?:how (?:many|much)|who(?:'s| is| was)?|what|which|when)\b.*?\S)\s*,?\s+and\s+((?:who|what|how (?:many|much)|which)\b.+)$/i;

/**
 * Both parts of a question that asks two things, the second read against the first (its event,
 * its person), answered in one line: the figure first, then the other. Null unless both are
 * answered (or disputed): then the question is read whole, as before.
 */
function askedTwice(
  k: Knowledge,
  question: string,
  previous: AskReading | null,
  context: readonly string[],
): AskAnswer | null {
  const m = TWO_ASKED.exec(question.trim());
  // "… and who says so?": the first answer already says who.
  if (!m?.[1] || !m[2] || /^who (?:says|said|gives|reports?)\s+(?:so|that|it|this)\b/i.test(m[2]))
    return null;
  const a = askQuestion(k, m[1], previous, context, false);
  if (a.status !== "answered" && a.status !== "disputed") return null;
  // "… and who published it?": a figure's answer names who gives it already.
  if (
    a.asked === "figure" &&
    /^who (?:published|publishes|puts? out|released|releases|gave|issued|issues|counted|counts)\s+(?:it|that|this|them|the (?:figure|number|count|total))\b/i.test(
      m[2],
    )
  )
    return { ...a, query: question };
  const b = askQuestion(k, m[2], a.reading as unknown as AskReading, [...context, m[1]], false);
  // "How many each side on 19.03, and who was among them?": the figure, and that the store
  // holds nothing on the rest, rather than the whole read as one question it cannot answer.
  if (b.status === "not-held" && a.asked === "figure" && b.asked !== "figure")
    return { ...a, query: question, line: `${a.line}. ${b.line}` };
  if (b.status !== "answered" && b.status !== "disputed") return null;
  if (a.asked === b.asked) return null;
  const [first, second] = b.asked === "figure" ? [b, a] : [a, b];
  return {
    ...first,
    query: question,
    line: `${first.line}; ${second.line}`,
    citations: [...first.citations, ...second.citations],
    disputes: [...first.disputes, ...second.disputes],
    status: first.status === "disputed" || second.status === "disputed" ? "disputed" : "answered",
  };
}

/** A thread of questions asked one after another: the last answer's reading is carried. */
export function askThread(k: Knowledge, questions: readonly string[]): AskAnswer {
  let previous: AskReading | null = null;
  let answer: AskAnswer | null = null;
  const context: string[] = [];
  for (const q of questions) {
    answer = askQuestion(k, q, previous, context);
    previous = answer.reading as unknown as AskReading;
    context.push(yearWordsAsDigits(q));
  }
  if (!answer) throw new Error("askThread: no question");
  return answer;
}
