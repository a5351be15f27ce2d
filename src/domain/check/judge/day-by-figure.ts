/**
 * "The first stage took place on Thursday, 22.05, when home came 390": the store has no
 * exchange on May 22, but the figure beside the day is the store's for May 23's. Where the
 * figures of the day's own sentence all point to one exchange a few days off, that exchange is
 * the one the day is given for, and the day is wrong.
 */
import type { Event } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { dayNumber, formatNewsroomDate, isIsoDate } from "../../dates.ts";
import type { Knowledge } from "../../queries.ts";
import type { Claim } from "../read/claims.ts";
import type { DateClaim } from "../read/date-claims.ts";
import { lowerThe } from "./wording.ts";

/** How far off a day may be and still be a slip for the exchange its figure names. */
const SLIP_DAYS = 3;

export function judgeDaysByFigures(
  k: Knowledge,
  dateClaims: readonly DateClaim[],
  days: ClaimCheck[],
  figures: readonly ClaimCheck[],
  claims: readonly Claim[] = [],
): void {
  // The figures of each sentence, gathered once: a long draft has many days.
  const bySentence = new Map<string, ClaimCheck[]>();
  for (const f of figures) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  // Each day told with one figure, and the one exchange near it whose figures hold that figure.
  const shifts = new Map<
    number,
    { event: Event; figure: string; offset: number; sentence: string }
  >();
  dateClaims.forEach((dc, i) => {
    const own = days[i];
    if (!own || dc.about !== "exchange" || !dc.date || dc.basis === "guess") return;
    const paired = (bySentence.get(own.sentence) ?? []).filter((f) =>
      pairedWith(own.sentence, f, dc),
    );
    if (paired.length !== 1) return;
    const figure = (paired[0] as ClaimCheck).claim;
    if (own.eventId && holdsFigure(k, own.eventId, figure)) return;
    // "A second group of 390 followed on 24 May": the words name the day's own wave, so the
    // day is borne out twice and the figure is the slip.
    const read = claims[figures.indexOf(paired[0] as ClaimCheck)];
    if (read?.waveNamed && (paired[0] as ClaimCheck).eventId === own.eventId) return;
    const said = dayNumber(dc.date);
    const other = nearbyHolding(k, own.eventId, figure, said);
    if (other)
      shifts.set(i, {
        event: other,
        figure,
        offset: dayNumber(eventStart(other) as string) - said,
        sentence: own.sentence,
      });
  });
  /** Two or more days of one sentence, each told with a figure of the swap the same days off. */
  const shiftedList = (i: number) => {
    const shift = shifts.get(i);
    if (!shift || shift.offset === 0) return false;
    const told = dateClaims
      .map((_, j) => j)
      .filter((j) => days[j]?.sentence === shift.sentence && dateClaims[j]?.about === "exchange");
    return told.length >= 2 && told.every((j) => shifts.get(j)?.offset === shift.offset);
  };
  dateClaims.forEach((dc, i) => {
    const own = days[i];
    // "The third wave, on Saturday, brought 307": the day and the count agree on Saturday's
    // wave, and the ordinal may be the slip as well as the day.
    if (
      own?.verdict === "contradicted" &&
      (dc.about === "wave2" || dc.about === "wave3") &&
      dc.date
    ) {
      const onDay = (k.catalog.eventsByDay.get(dc.date) ?? []).find((e) => e.kind === "exchange");
      const told = bySentence.get(own.sentence) ?? [];
      if (
        onDay &&
        own.eventId &&
        told.some((f) => holdsFigure(k, onDay.id, f.claim)) &&
        !told.some((f) => holdsFigure(k, own.eventId as string, f.claim))
      )
        days[i] = {
          ...own,
          verdict: "unverified",
          right: undefined,
          reason: `The words name ${lowerThe(k.catalog.events.get(own.eventId)?.title ?? "another wave")}, but the figure beside the day is the store's for ${lowerThe(onDay.title)}, which took place on ${formatNewsroomDate(dc.date)}: either the day or the wave is the slip.`,
        };
      return;
    }
    if (!own || dc.about !== "exchange") return;
    // "Each side freed 246 on April 9", undated: the figure names the exchange, and the
    // exchange's year is the day's.
    const undated = dc.basis === "guess" && !dc.date && dc.monthDay !== null;
    if (!undated && (!dc.date || dc.basis === "guess")) return;
    const said = dc.date ? dayNumber(dc.date) : Number.NaN;
    const inSentence = bySentence.get(own.sentence) ?? [];
    // "390 of them on Thursday, 307 on Friday": in a list, the figure told with the day is its.
    const paired = inSentence.filter((f) => pairedWith(own.sentence, f, dc));
    // A day with an exchange of its own is put right only by the one figure told with it, when
    // that figure is the store's for another exchange and not for the day's own.
    if (own.verdict === "supported" && dc.date) {
      // "390 on Thursday, 307 on Friday and 303 on Saturday", a day late throughout: each day
      // has a swap, but every figure told with one is the store's for the swap a day on.
      const shift = shifts.get(i);
      if (!shift || !shiftedList(i)) return;
      const right = formatNewsroomDate(eventStart(shift.event) as string);
      days[i] = {
        ...own,
        verdict: "contradicted",
        eventId: shift.event.id,
        store: right,
        right,
        reason: `The figure beside it, ${shift.figure}, is the store's for ${lowerThe(shift.event.title)}, which took place on ${right}, not ${formatNewsroomDate(dc.date)}; each day the sentence gives is off by the same ${Math.abs(shift.offset) === 1 ? "day" : `${Math.abs(shift.offset)} days`}.`,
      };
      return;
    }
    if (own.verdict !== "unverified") return;
    const events = new Set<string>();
    for (const f of paired.length === 1 ? paired : inSentence) {
      // (A figure matched without its day, the day being the slip, says nothing of the day.)
      if (f.verdict !== "supported" || !f.eventId || (f.date === null && dc.date)) continue;
      const e = k.catalog.events.get(f.eventId);
      const start = e && e.kind === "exchange" ? eventStart(e) : null;
      // A figure of a deal, talks or a total beside the day: it does not say which exchange.
      if (!start) return;
      events.add(f.eventId);
    }
    if (events.size !== 1) return;
    const event = k.catalog.events.get([...events][0] as string);
    const start = event ? eventStart(event) : null;
    if (!event || !start) return;
    const day = dc.date ?? `${start.slice(0, 4)}-${dc.monthDay}`;
    if (start === day || !isIsoDate(day)) return;
    const off = Math.abs(dayNumber(start) - (dc.date ? said : dayNumber(day)));
    if (off > SLIP_DAYS && !digitSlip(day, start)) return;
    const right = formatNewsroomDate(start);
    days[i] = {
      ...own,
      verdict: "contradicted",
      eventId: event.id,
      store: right,
      right,
      reason: `The figure beside it is the store's for ${lowerThe(event.title)}, which took place on ${right}, not ${formatNewsroomDate(day)}${dc.date ? "" : " (the year taken from that exchange)"}.`,
    };
  });
}

/**
 * "The 390 people it received on Saturday were 270 servicemen and 120 civilians": every figure
 * the sentence gives for Saturday's wave is the store's for Friday's, and none is Saturday's.
 * The day or the figures are the slip, and nothing says which: the figures it would have put
 * right, and the day told with them, are left unverified with the reason.
 */
export function judgeFiguresAgreeingElsewhere(
  k: Knowledge,
  figures: ClaimCheck[],
  days: ClaimCheck[],
): void {
  const bySentence = new Map<string, number[]>();
  figures.forEach((f, i) => {
    if (!f.eventId || !f.date || !/\d/.test(f.claim)) return;
    const list = bySentence.get(f.sentence);
    if (list) list.push(i);
    else bySentence.set(f.sentence, [i]);
  });
  for (const [sentence, at] of bySentence) {
    const told = at.map((i) => figures[i] as ClaimCheck);
    const first = told[0] as ClaimCheck;
    if (told.length < 2 || !told.some((f) => f.verdict === "contradicted")) continue;
    if (told.some((f) => f.eventId !== first.eventId || f.date !== first.date)) continue;
    const own = k.catalog.events.get(first.eventId as string);
    const ownStart = own ? eventStart(own) : null;
    if (!own || !ownStart || own.kind !== "exchange") continue;
    if (told.some((f) => holdsFigure(k, own.id, f.claim))) continue;
    const other = nearbyHolding(k, own.id, first.claim, dayNumber(ownStart));
    if (!other || told.some((f) => !holdsFigure(k, other.id, f.claim))) continue;
    const numbers = [...new Set(told.map((f) => /\d[\d,]*/.exec(f.claim)?.[0]))].join(", ");
    const reason = `Every figure given for ${formatNewsroomDate(ownStart)} here (${numbers}) is the store's for ${lowerThe(other.title)}, on ${formatNewsroomDate(eventStart(other) as string)}, and none is for ${formatNewsroomDate(ownStart)}: either the day or the figures are the slip.`;
    for (const i of at) {
      const f = figures[i] as ClaimCheck;
      if (f.verdict === "contradicted")
        figures[i] = { ...f, verdict: "unverified", right: undefined, correction: null, reason };
    }
    days.forEach((d, i) => {
      if (d.sentence === sentence && d.eventId === own.id && d.verdict === "supported")
        days[i] = { ...d, verdict: "unverified", reason };
    });
  }
}

/** Whether the store gives an event the number a figure's words start with. */
function holdsFigure(k: Knowledge, eventId: string, claim: string): boolean {
  const n = Number(/\d[\d,]*/.exec(claim)?.[0].replace(/,/g, "") ?? Number.NaN);
  return numbersOf(k, eventId).has(n);
}

const NUMBERS_OF = new WeakMap<Knowledge, Map<string, Set<number>>>();

/** The numbers an event's facts give, gathered once per event and store: asked figure by figure. */
function numbersOf(k: Knowledge, eventId: string): Set<number> {
  let byEvent = NUMBERS_OF.get(k);
  if (!byEvent) {
    byEvent = new Map();
    NUMBERS_OF.set(k, byEvent);
  }
  let found = byEvent.get(eventId);
  if (!found) {
    found = new Set();
    for (const f of k.catalog.factsByEvent.get(eventId) ?? [])
      if (f.value.type === "number") found.add(f.value.n);
    byEvent.set(eventId, found);
  }
  return found;
}

/**
 * "April 9" for April 19, "March 19" for March 9, "May 32" for May 23: the same month, and a
 * day of the month with one digit dropped, added or two swapped.
 */
function digitSlip(a: string, b: string): boolean {
  if (a.slice(0, 7) !== b.slice(0, 7)) return false;
  const x = String(Number(a.slice(8)));
  const y = String(Number(b.slice(8)));
  if (x === y) return false;
  const dropped = (long: string, short: string) =>
    long.length === short.length + 1 &&
    [...long].some((_, i) => long.slice(0, i) + long.slice(i + 1) === short);
  const swapped = x.length === 2 && y === `${x[1]}${x[0]}`;
  return dropped(x, y) || dropped(y, x) || swapped;
}

/** The one other exchange within SLIP_DAYS of a day whose figures hold the number a figure gives. */
export function nearbyHolding(
  k: Knowledge,
  ownId: string | null,
  claim: string,
  said: number,
): Event | null {
  // Only the exchanges of those few days are looked at (a binary search of them by day), not
  // every dated event of the archive: a long draft asks this day by day.
  const { days, events } = exchangesByDay(k);
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as number) < said - SLIP_DAYS) lo = mid + 1;
    else hi = mid;
  }
  let found: Event | null = null;
  for (let i = lo; i < days.length && (days[i] as number) <= said + SLIP_DAYS; i++) {
    const e = events[i] as Event;
    if (e.id === ownId || !holdsFigure(k, e.id, claim)) continue;
    if (found) return null;
    found = e;
  }
  return found;
}

const EXCHANGES_BY_DAY = new WeakMap<Knowledge, { days: number[]; events: Event[] }>();

/**
 * The store's exchanges with the day number each starts on, in order of it: built once per
 * store. By the day's number, not its text, so that a day the pattern lets through but the
 * calendar does not ("2025-02-30") is where dayNumber puts it, as the scan this replaced had it.
 */
function exchangesByDay(k: Knowledge): { days: number[]; events: Event[] } {
  let known = EXCHANGES_BY_DAY.get(k);
  if (!known) {
    const pairs = k.catalog.dated
      .filter((e) => e.kind === "exchange")
      .map((e) => ({ day: dayNumber(eventStart(e) as string), e }))
      .sort((a, b) => a.day - b.day);
    known = { days: pairs.map((p) => p.day), events: pairs.map((p) => p.e) };
    EXCHANGES_BY_DAY.set(k, known);
  }
  return known;
}

/** "390 of them on Thursday", "307 went home on Friday": the figure just before the day, a verb at most between. */
function pairedWith(sentence: string, f: ClaimCheck, dc: DateClaim): boolean {
  const day = dc.span.start - dc.sentence.start;
  const figureEnd = f.end - dc.sentence.start;
  // "The first exchange took place on 22.05": which exchange, not a count told with the day.
  if (f.measure === "exchange-ordinal") return false;
  const gap = figureEnd >= 0 && figureEnd <= day ? sentence.slice(figureEnd, day) : null;
  return (
    gap !== null && /^\s*(?:of (?:them|those|these)\s+)?(?:[\p{L}'’]+\s+){0,2}?on\s+$/iu.test(gap)
  );
}
