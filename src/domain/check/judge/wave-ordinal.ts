/**
 * Which wave, stage or day of a deal a draft says it was: "on the second day of the exchange",
 * "the third and final group", "2nd leg today", "its fourth day". The ordinal is held to what
 * else the sentence says of the same wave: the day its clause gives (or the draft's own day,
 * when the sentence gives none) and the figures told with it. It is supported when one of them
 * is that wave's; contradicted only when the deal had fewer waves than it says, or when two
 * of them agree on another wave; otherwise unverified, with what the store has.
 */
import type { Event } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import { eventEnd, eventStart } from "../../catalog.ts";
import { dayNumber, formatNewsroomDate } from "../../dates.ts";
import { extend } from "../../extend.ts";
import { allMatches } from "../../matches.ts";
import { parseNumberWords } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import { clauseOf, clauseStarts } from "../read/clauses.ts";
import type { DateInfo } from "../read/draft-dates.ts";
import type { Sentence } from "../read/sentences.ts";
import { DAY_SWAP_WORDS, WAVE_ORDINAL, WAVE_ORDINAL_NOT } from "../vocabulary.ts";
import { citationsFor } from "./date-verdict.ts";
import { capital, lowerThe } from "./wording.ts";

const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  fifth: 5,
  "5th": 5,
};

/** A day the words give: "today", "on Saturday", "May 24"; not a guess, not a count's start. */
const fixedDay = (d: DateInfo) => !d.since && d.basis !== "guess" && d.date !== null;

export function waveOrdinalClaims(
  k: Knowledge,
  text: string,
  refDate: string | null,
  read: { sentences: readonly Sentence[]; dates: readonly DateInfo[] },
  figures: readonly ClaimCheck[],
): ClaimCheck[] {
  WAVE_ORDINAL.lastIndex = 0;
  const any = WAVE_ORDINAL.test(text);
  WAVE_ORDINAL.lastIndex = 0;
  if (!any) return [];
  const index = dealsIndex(k);
  const { deals } = index;
  if (deals.length === 0) return [];
  // Sorted once, so each sentence takes its own dates, figures and stated days by a binary search,
  // not by a pass over the whole draft (a long draft has many sentences naming a wave).
  const sortedDates = [...read.dates].sort((a, b) => a.start - b.start);
  const sortedFigures = figures.filter((f) => f.kind !== "day").sort((a, b) => a.start - b.start);
  const sortedDayClaims = figures.filter((f) => f.kind === "day").sort((a, b) => a.start - b.start);
  const out: ClaimCheck[] = [];
  for (const sentence of read.sentences) {
    const s = sentence.text;
    if (!DAY_SWAP_WORDS.test(s) && !/\b(?:home|each side|per side|cross(?:es|ing)?)\b/i.test(s))
      continue;
    WAVE_ORDINAL.lastIndex = 0;
    if (!WAVE_ORDINAL.test(s)) continue;
    WAVE_ORDINAL.lastIndex = 0;
    const allDates = within(sortedDates, sentence.start, sentence.end);
    const sentenceFigures = within(sortedFigures, sentence.start, sentence.end);
    const dayClaims = within(sortedDayClaims, sentence.start, sentence.end);
    const clauses = clauseStarts(s);
    for (const m of allMatches(WAVE_ORDINAL, s)) {
      const at = m.index;
      const word = m[1] as string;
      const n = ORDINALS[word.toLowerCase()];
      if (!n) continue;
      if (WAVE_ORDINAL_NOT.test(s.slice(at + m[0].length, at + m[0].length + 40))) continue;
      const own = clauseOf(clauses, at);
      // "After the third stage, which brought back 330 on Sunday": the clause that says what
      // the stage was is the stage's too.
      const after = Number.isFinite(own.end) ? s.slice(own.end, own.end + 12) : "";
      const clause = /^,\s*(?:which|when|that)\b/i.test(after)
        ? { start: own.start, end: clauseOf(clauses, own.end + 2).end }
        : own;
      // A wave put after the draft's day ("a second group crosses next week") is no claim of one.
      if (/\bnext (?:week|month)\b|\btomorrow\b/i.test(s.slice(clause.start, clause.end))) continue;
      const start = sentence.start + at;
      const inSentence = (x: { start: number; end: number }) =>
        x.start >= sentence.start && x.end <= sentence.end;
      const inClause = (x: { start: number; end: number }) =>
        inSentence(x) &&
        x.start - sentence.start >= clause.start &&
        x.end - sentence.start <= clause.end;
      // The day the clause gives, else one the sentence gives; the draft's own when it gives none.
      const clauseDays = allDates.filter((d) => inClause(d) && !d.since);
      const sentenceDays = allDates.filter((d) => inSentence(d) && !d.since);
      // "Today, 24 May, the second stage": two names for one day are one day.
      const said =
        clauseDays.length >= 1 &&
        clauseDays.every((d) => fixedDay(d) && d.date === (clauseDays[0] as DateInfo).date)
          ? (clauseDays[clauseDays.length - 1] as DateInfo)
          : null;
      const implied = sentenceDays.length === 0 && refDate ? refDate : null;
      // "Came home this morning": the draft's own day, said in words.
      const thisPart =
        !said && clauseDays.length === 0 && refDate
          ? THIS_PART_OF_DAY.exec(s.slice(clause.start, clause.end))
          : null;
      const day = said?.date ?? (thisPart ? refDate : null) ?? implied;
      // The figures told with it: those of its clause the store holds for one wave only.
      const told = sentenceFigures.filter((f) => inClause(f));
      const deal =
        (day ? nearDay(index, day) : undefined) ??
        holdingATold(k, index, told) ??
        (deals.length === 1 && !refDate ? (deals[0] as Event) : undefined);
      if (!deal) continue;
      const waves = [...(k.catalog.partsOf.get(deal.id) ?? [])];
      const waveOn = (iso: string) => waves.findIndex((w) => eventStart(w) === iso) + 1;
      // Each thing the sentence says that names a wave; `own`: the draft's own day, which may
      // itself be the slip (copy filed late), so never one of the two a correction rests on.
      const signals: { wave: number; from: string; own: boolean }[] = [];
      if (said?.date && waveOn(said.date) > 0)
        signals.push({
          wave: waveOn(said.date),
          from: `“${said.text}”`,
          own: said.date === refDate,
        });
      else if (!said && thisPart && refDate && waveOn(refDate) > 0)
        signals.push({ wave: waveOn(refDate), from: `“${thisPart[0]}”`, own: true });
      else if (!said && implied && waveOn(implied) > 0)
        signals.push({ wave: waveOn(implied), from: "the draft's date", own: true });
      for (const f of told) {
        const w = waveHolding(k, deal, f);
        if (w > 0) signals.push({ wave: w, from: `“${f.claim}”`, own: false });
      }
      const noun = (m[2] ?? m[3] ?? m[4] ?? m[5] ?? "wave").toLowerCase();
      const base = {
        sentence: s,
        claim: word,
        start,
        end: start + word.length,
        read: m[0],
        measure: null,
        counted: null,
        side: null,
        correction: null,
        disputeIds: [],
        kind: "day" as const,
      };
      const reading = (event: Event | null, unclear: string[]) => ({
        event: { value: event ? event.title : deal.title, from: m[0] },
        counted: { value: `which ${noun} of the deal`, from: word },
        side: { value: "", from: null },
        scope: {
          value: signals.length > 0 ? `held to ${signals.map((x) => x.from).join(", ")}` : "",
          from: null,
        },
        part: null,
        unclear,
      });
      const wave = waves[n - 1];
      // "The first wave came on May 24": the day is already put right, as the words name this wave.
      const dayPutRight = dayClaims.some(
        (f) =>
          inClause(f) &&
          f.verdict === "contradicted" &&
          (f.eventId === wave?.id || f.eventId === deal.id),
      );
      if (wave && signals.some((x) => x.wave === n)) {
        const on = eventStart(wave) as string;
        out.push(
          extend(base, {
            verdict: "supported",
            about: `which ${noun} — ${deal.title}`,
            eventId: wave.id,
            store: formatNewsroomDate(on),
            date: on,
            citations: citationsFor(k, wave),
            reason: `${capital(lowerThe(wave.title))} took place on ${formatNewsroomDate(on)}, the day ${signals.find((x) => x.wave === n)?.from} gives.`,
            reading: reading(wave, []),
          }),
        );
        continue;
      }
      // "Its fourth day", "the fourth wave" of a deal done in three.
      const beyond = n > waves.length && (signals.length > 0 || day !== null);
      const agreed =
        signals.filter((x) => !x.own).length >= 2 &&
        signals.every((x) => x.wave === (signals[0] as { wave: number }).wave);
      if (beyond || agreed) {
        const right = beyond ? waves.length : (signals[0] as { wave: number }).wave;
        const target = waves[right - 1] as Event;
        const on = eventStart(target) as string;
        out.push(
          extend(base, {
            verdict: "contradicted",
            about: `which ${noun} — ${deal.title}`,
            eventId: target.id,
            store: formatNewsroomDate(on),
            right: WORDS[right] as string,
            date: on,
            citations: citationsFor(k, target),
            reason: beyond
              ? `${capital(lowerThe(deal.title))} was done in ${COUNTS[waves.length] ?? waves.length} ${noun === "day" ? "days" : "waves"} (${formatNewsroomDate(eventStart(deal) as string)} to ${formatNewsroomDate(eventEnd(deal) as string)}): there was no ${WORDS[n] ?? n}.`
              : `${capital(lowerThe(target.title))} (${formatNewsroomDate(on)}) is the one ${signals.map((x) => x.from).join(" and ")} speak${signals.length > 1 ? "" : "s"} of: the ${WORDS[right]} ${noun}, not the ${WORDS[n]}.`,
            reading: reading(target, []),
          }),
        );
        continue;
      }
      out.push(
        extend(base, {
          verdict: "unverified",
          about: `which ${noun} — ${deal.title}`,
          eventId: wave?.id ?? null,
          store: wave ? formatNewsroomDate(eventStart(wave) as string) : null,
          date: day,
          citations: [],
          reason: wave
            ? `The store has ${lowerThe(wave.title)} on ${formatNewsroomDate(eventStart(wave) as string)}; ${
                dayPutRight
                  ? "the day given for it is put right on its own"
                  : signals.length > 0
                    ? `${signals.map((x) => x.from).join(" and ")} point${signals.length > 1 ? "" : "s"} elsewhere, and either may be the slip`
                    : "nothing in the sentence says which day it means"
              }.`
            : `The store has ${lowerThe(deal.title)} in ${waves.length} waves; nothing fixes which deal the draft means.`,
          reading: reading(wave ?? null, ["which wave (nothing else in the sentence settles it)"]),
        }),
      );
    }
  }
  return out;
}

/** The one wave of a deal whose figures hold a figure's number (1-based), or 0. */
function waveHolding(k: Knowledge, deal: Event, f: ClaimCheck): number {
  const n = figureValue(f.claim);
  if (n === null) return 0;
  const waves = k.catalog.partsOf.get(deal.id) ?? [];
  const holding = waves
    .map((w, i) =>
      (k.catalog.factsByEvent.get(w.id) ?? []).some(
        (x) => x.value.type === "number" && x.value.n === n,
      )
        ? i + 1
        : 0,
    )
    .filter((i) => i > 0);
  return holding.length === 1 ? (holding[0] as number) : 0;
}

/** "307", "1,000", "three hundred and three": the number a figure's words give. */
function figureValue(text: string): number | null {
  const digits = /^\D{0,12}?(\d[\d,]*)(?![\d.])/.exec(text);
  if (digits) return Number((digits[1] as string).replace(/,/g, ""));
  return parseNumberWords(text.replace(/\s+(?:[a-z]+)$/i, "")) ?? parseNumberWords(text);
}

const THIS_PART_OF_DAY = /\bthis (?:morning|afternoon|evening)\b/i;

const WORDS = ["zeroth", "first", "second", "third", "fourth", "fifth"];
const COUNTS = ["no", "one", "two", "three", "four", "five"];

/**
 * The deals of two waves or more, oldest first, with what a sentence naming a wave asks of them
 * worked out once per store: the day numbers each spans, and which deals' waves hold a number.
 */
interface DealsIndex {
  deals: Event[];
  from: number[];
  to: number[];
  /** Indexes into `deals`, ascending, of the deals with a wave whose facts give the number. */
  byNumber: Map<number, number[]>;
}

const DEALS_INDEX = new WeakMap<Knowledge, DealsIndex>();

function dealsIndex(k: Knowledge): DealsIndex {
  const known = DEALS_INDEX.get(k);
  if (known) return known;
  const deals = k.catalog.dated.filter(
    (e) => e.kind === "deal" && (k.catalog.partsOf.get(e.id)?.length ?? 0) >= 2,
  );
  const byNumber = new Map<number, number[]>();
  deals.forEach((deal, i) => {
    for (const w of k.catalog.partsOf.get(deal.id) ?? [])
      for (const x of k.catalog.factsByEvent.get(w.id) ?? []) {
        if (x.value.type !== "number") continue;
        const list = byNumber.get(x.value.n);
        if (!list) byNumber.set(x.value.n, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
  });
  const index = {
    deals,
    from: deals.map((d) => dayNumber(eventStart(d) as string)),
    to: deals.map((d) => dayNumber((eventEnd(d) ?? eventStart(d)) as string)),
    byNumber,
  };
  DEALS_INDEX.set(k, index);
  return index;
}

/** The first deal whose span, or a few days either side of it, holds the day. */
function nearDay(index: DealsIndex, day: string): Event | undefined {
  const d = dayNumber(day);
  const i = index.deals.findIndex(
    (_, j) => d >= (index.from[j] as number) - 3 && d <= (index.to[j] as number) + 3,
  );
  return i === -1 ? undefined : index.deals[i];
}

/**
 * The first deal one of whose waves alone holds the number of one of the figures: only the
 * deals with a wave holding that number are looked at, not every deal of the archive.
 */
function holdingATold(
  k: Knowledge,
  index: DealsIndex,
  told: readonly ClaimCheck[],
): Event | undefined {
  let first = index.deals.length;
  for (const f of told) {
    const n = figureValue(f.claim);
    if (n === null) continue;
    for (const i of index.byNumber.get(n) ?? []) {
      if (i >= first) break;
      if (waveHolding(k, index.deals[i] as Event, f) > 0) {
        first = i;
        break;
      }
    }
  }
  return index.deals[first];
}

/** The items (sorted by start) that start within [from, to). */
function within<T extends { start: number }>(sorted: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as T).start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && (sorted[i] as T).start < to; i++) out.push(sorted[i] as T);
  return out;
}
