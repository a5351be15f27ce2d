/**
 * A question's reading tied to the store's facts: the facts of the event (or day, or span) that
 * count what was asked, for the side asked; running totals as of a day, with the nearest stored
 * claims on either side. Pure look-ups over the analysed store.
 */
import type { Counted, Event, Fact, Measure, Side } from "../../store/schema.ts";
import { eventEnd, eventStart } from "../catalog.ts";
import { asOfRange } from "../disputes.ts";
import type { Knowledge } from "../queries.ts";
import type { AskReading, DayRange } from "./read.ts";

export const RUNNING_MEASURES: ReadonlySet<Measure> = new Set([
  "returned-since-2022",
  "exchange-count",
  "held",
]);

export function eventOf(k: Knowledge, r: AskReading): Event | null {
  return r.eventId ? (k.catalog.events.get(r.eventId) ?? null) : null;
}

/** Events a reading is about: the one named, the exchanges of a day, or of a span. */
export function eventsOf(k: Knowledge, r: AskReading): Event[] {
  const e = eventOf(k, r);
  if (e) return [e];
  if (r.day) return [...(k.catalog.eventsByDay.get(r.day) ?? [])];
  if (r.range) return exchangesIn(k, r.range);
  return [];
}

/** Exchanges within a span, oldest first; a deal's waves rather than the deal. */
export function exchangesIn(k: Knowledge, range: DayRange): Event[] {
  return k.catalog.exchanges.filter((e) => {
    const s = eventStart(e) ?? "";
    return s >= range.from && s <= range.to;
  });
}

/**
 * Exchanges the store's own counts say happened in a span but it does not hold: "the fifth
 * exchange of 2025" on May 6 with three held since January 1, or the 49th and the 64th with four
 * held between them. A sum over such a span adds up only what is held: not the answer. (A deal's
 * waves count once, as the sources count the deal.) A span that holds most of such a stretch is
 * flagged; one that only touches it (May 2025, against January 2024 to May 2025) is not. Returns the stretch the counts cover with the
 * most missing, or null when none is.
 */
export function exchangesMissing(
  k: Knowledge,
  range: DayRange,
): { missing: number; from: string; to: string } | null {
  const held = (from: string, to: string, withFrom: boolean) =>
    new Set(
      k.catalog.exchanges
        .filter((e) => {
          const s = eventStart(e) ?? "";
          return (withFrom ? s >= from : s > from) && s <= to;
        })
        .map((e) => e.partOf ?? e.id),
    ).size;
  // The days strictly between the counted ends (the ends are held), most of them in the span.
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  const overlaps = (from: string, to: string) => {
    const a = range.from > from ? range.from : from;
    const b = range.to < to ? range.to : to;
    return a < b && days(a, b) * 2 >= days(from, to);
  };
  let worst: { missing: number; from: string; to: string } | null = null;
  const note = (missing: number, from: string, to: string) => {
    if (missing > 0 && missing > (worst?.missing ?? 0)) worst = { missing, from, to };
  };
  for (const f of k.catalog.factsByMeasure.get("exchanges-this-year") ?? []) {
    const e = k.catalog.events.get(f.eventId);
    const to = e ? eventStart(e) : null;
    if (!to || f.value.type !== "number") continue;
    const from = `${to.slice(0, 4)}-01-01`;
    if (overlaps(from, to)) note(f.value.n - held(from, to, true), from, to);
  }
  const ordinals = [...(k.catalog.factsByMeasure.get("exchange-ordinal") ?? [])]
    .map((f) => {
      const e = k.catalog.events.get(f.eventId);
      return { day: e ? (eventStart(e) ?? "") : "", n: f.value.type === "number" ? f.value.n : 0 };
    })
    .filter((x) => x.day && x.n > 0)
    .sort((a, b) => a.day.localeCompare(b.day));
  for (let i = 1; i < ordinals.length; i++) {
    const a = ordinals[i - 1] as { day: string; n: number };
    const b = ordinals[i] as { day: string; n: number };
    if (overlaps(a.day, b.day)) note(b.n - a.n - held(a.day, b.day, false), a.day, b.day);
  }
  return worst;
}

const PEOPLE: ReadonlySet<Counted | null> = new Set<Counted | null>(["people", "military", null]);

/** Does this fact count what was asked? "People" takes POWs too; POWs take only POWs. */
export function countsAsked(f: Fact, counted: Counted | null): boolean {
  if (counted === null || counted === "people") return PEOPLE.has(f.counted);
  return f.counted === counted;
}

/** Does this fact speak for the side asked? A figure for each side speaks for either. */
export function speaksFor(f: Fact, side: Side | null): boolean {
  if (side === null) return true;
  if (side === "ukraine" || side === "russia") return f.side === side || f.side === "each";
  return f.side === side;
}

/** The facts of these events for a measure, what is counted and the side, done before planned. */
export function factsFor(
  k: Knowledge,
  events: readonly Event[],
  measure: Measure,
  counted: Counted | null,
  side: Side | null,
  sourceId: string | null = null,
): Fact[] {
  const out: Fact[] = [];
  for (const e of events)
    for (const f of k.catalog.factsByEvent.get(e.id) ?? [])
      if (
        f.measure === measure &&
        (f.value.type !== "number" || countsAsked(f, counted)) &&
        speaksFor(f, side) &&
        (sourceId === null || f.sourceId === sourceId)
      )
        out.push(f);
  const done = out.filter((f) => !f.planned);
  const pool = done.length > 0 ? done : out;
  // "People" asked: people figures first, POWs only when no source gives people.
  if (counted === null || counted === "people") {
    const people = pool.filter((f) => f.counted === "people");
    if (people.length > 0 && pool.some((f) => f.counted === "military")) {
      // Keep POW figures that say the same as a people figure (they agree), drop the others.
      const ns = new Set(people.map((f) => (f.value.type === "number" ? f.value.n : -1)));
      return pool.filter(
        (f) => f.counted === "people" || (f.value.type === "number" && ns.has(f.value.n)),
      );
    }
  }
  return pool;
}

/** A fact's as-of span (running totals), or its event day. */
export function asOfOf(f: Fact): DayRange | null {
  return asOfRange(f) ?? (f.eventDate ? { from: f.eventDate, to: f.eventDate } : null);
}

export interface RunningPoints {
  /** Claims whose as-of span meets the day or span asked. */
  at: Fact[];
  before: Fact | null;
  after: Fact | null;
}

/**
 * A running total as of a day: the claims that meet it, else the nearest before and after.
 * With no day ("now"), the latest the store knows.
 */
export function runningAt(
  k: Knowledge,
  measure: Measure,
  counted: Counted | null,
  side: Side | null,
  when: DayRange | null,
  sourceId: string | null = null,
): RunningPoints {
  const facts = runningFacts(k, measure, counted, side).filter(
    (x) => sourceId === null || x.f.sourceId === sourceId,
  );
  if (facts.length === 0) return { at: [], before: null, after: null };
  if (!when) {
    const last = facts.at(-1) as { f: Fact; r: DayRange };
    const at = facts.filter((x) => x.r.to === last.r.to).map((x) => x.f);
    const before = [...facts].reverse().find((x) => x.r.to < last.r.from)?.f ?? null;
    return { at, before, after: null };
  }
  const at = facts.filter((x) => x.r.from <= when.to && when.from <= x.r.to).map((x) => x.f);
  const before = [...facts].reverse().find((x) => x.r.to < when.from)?.f ?? null;
  const after = facts.find((x) => x.r.from > when.to)?.f ?? null;
  return { at, before, after };
}

/** A running total's stored claims, each with the days it counts up to, earliest first. */
function runningFacts(
  k: Knowledge,
  measure: Measure,
  counted: Counted | null,
  side: Side | null,
): { f: Fact; r: DayRange }[] {
  const measures: Measure[] =
    measure === "exchange-count" ? [measure, "exchange-ordinal"] : [measure];
  return measures
    .flatMap((m) => [...(k.catalog.factsByMeasure.get(m) ?? [])])
    .filter((f) => f.value.type === "number")
    .filter(
      (f) =>
        measure === "exchange-count" ||
        counted === null ||
        f.counted === counted ||
        (counted === "people" && f.counted === null),
    )
    .filter(
      (f) =>
        measure === "exchange-count" ||
        side === null ||
        side === "each" ||
        f.side === side ||
        f.side === null,
    )
    .map((f) => ({ f, r: asOfOf(f) }))
    .filter((x): x is { f: Fact; r: DayRange } => x.r !== null)
    .sort((a, b) => a.r.to.localeCompare(b.r.to));
}

/**
 * One end of a difference of running totals ("HQ's latest", "the ombudsman's September 2024
 * figure"): the claims of those claimants (anyone's, when none is named) that meet the span,
 * or their latest when no span is said. Empty when none does.
 */
export function runningEnd(
  k: Knowledge,
  measure: Measure,
  side: Side | null,
  end: { claimantIds: string[] | null; range: DayRange | null },
): Fact[] {
  const facts = runningFacts(k, measure, null, side).filter(
    (x) => !end.claimantIds || end.claimantIds.includes(x.f.claimantId),
  );
  const when = end.range;
  if (when) return facts.filter((x) => x.r.from <= when.to && when.from <= x.r.to).map((x) => x.f);
  const last = facts.at(-1);
  return last ? facts.filter((x) => x.r.to === last.r.to).map((x) => x.f) : [];
}

/** The waves of a deal up to and including a day. */
export function wavesTo(k: Knowledge, deal: Event, day: string): Event[] {
  return (k.catalog.partsOf.get(deal.id) ?? []).filter((w) => (eventStart(w) ?? "") <= day);
}

export function dealOf(k: Knowledge, e: Event | null): Event | null {
  if (!e) return k.catalog.deals[0] ?? null;
  if (e.kind === "deal") return e;
  if (e.partOf) return k.catalog.events.get(e.partOf) ?? null;
  // Talks: the deal the sources say was agreed on their day.
  const day = e.kind === "talks" ? eventStart(e) : null;
  return (
    k.catalog.deals.find((d) =>
      (k.catalog.factsByEvent.get(d.id) ?? []).some(
        (f) => f.measure === "agreed-on" && f.value.type === "date" && f.value.date === day,
      ),
    ) ?? null
  );
}

export function lastDay(e: Event): string | null {
  return eventEnd(e);
}

/** Facts whose figure is this number, anywhere in the store. */
export function factsWithValue(k: Knowledge, n: number): Fact[] {
  return [...k.catalog.facts.values()].filter((f) => f.value.type === "number" && f.value.n === n);
}
