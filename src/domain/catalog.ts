/**
 * An indexed, read-only view of the store's data. Built once per store version, so that every
 * query is a few map look-ups however large the archive grows.
 */
import type { Claimant, Event, Fact, Resolution, Source, StoreData } from "../store/schema.ts";
import { addDaysIso, daysBetween } from "./dates.ts";
import { keepIn } from "./group.ts";

export interface Catalog {
  readonly data: StoreData;
  readonly sources: ReadonlyMap<string, Source>;
  readonly claimants: ReadonlyMap<string, Claimant>;
  readonly events: ReadonlyMap<string, Event>;
  /** Facts in force (not rejected), by event. */
  readonly factsByEvent: ReadonlyMap<string, readonly Fact[]>;
  /** Every fact in force, by id. */
  readonly facts: ReadonlyMap<string, Fact>;
  /** Events by a day they are filed under or that a source gives for them. */
  readonly eventsByDay: ReadonlyMap<string, readonly Event[]>;
  /** Events by normalised alias and title. */
  readonly eventsByAlias: ReadonlyMap<string, Event>;
  /** Parts (waves) of each deal, by date. */
  readonly partsOf: ReadonlyMap<string, readonly Event[]>;
  /**
   * Ids of facts whose quote is exactly the source text at its offsets: asked of a fact when it
   * is cited, not worked out for every fact of the archive at start-up (a set of 100,000 ids).
   */
  readonly verified: { has(factId: string): boolean };
  /** The latest resolution of each dispute. */
  readonly resolutions: ReadonlyMap<string, Resolution>;
  /** Dated events, oldest first (ties in store order). */
  readonly dated: readonly Event[];
  /** Exchanges, oldest first. */
  readonly exchanges: readonly Event[];
  /** Deals, newest first. */
  readonly deals: readonly Event[];
  /** Facts in force, by measure. */
  readonly factsByMeasure: ReadonlyMap<string, readonly Fact[]>;
  /** Facts in force, by source. */
  readonly factsBySource: ReadonlyMap<string, readonly Fact[]>;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_DASHES = /[_-]+/g;
const SPACES = /\s+/g;

/** Lower-case, straight quotes, hyphens and runs of spaces folded: "May-24" and "may  24" meet. */
export function normaliseAlias(text: string): string {
  // Printable ASCII is its own NFKC form and holds no curly quote or dash: only the case, the
  // hyphens and underscores and the spaces to fold (an archive's 60,000 aliases at start-up).
  if (PRINTABLE_ASCII.test(text)) {
    return text.toLowerCase().replace(ASCII_DASHES, " ").replace(SPACES, " ").trim();
  }
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[‐‑‒–—_-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** First day an event is filed under, or null. */
export function eventStart(event: Event): string | null {
  if (!event.date) return null;
  return "on" in event.date ? event.date.on : event.date.from;
}

export function eventEnd(event: Event): string | null {
  if (!event.date) return null;
  return "on" in event.date ? event.date.on : event.date.to;
}

export function quoteMatches(fact: Fact, source: Source | undefined): boolean {
  return source?.text.slice(fact.quote.start, fact.quote.end) === fact.quote.text;
}

/** A curated event, or a proposed one an editor approved: it answers queries. */
export function eventInForce(event: Event): boolean {
  return event.status === undefined || event.status === "reviewed";
}

/** The latest resolution of each dispute. */
export function resolutionsOf(data: StoreData): Map<string, Resolution> {
  const resolutions = new Map<string, Resolution>();
  for (const r of data.resolutions) resolutions.set(r.disputeId, r);
  return resolutions;
}

export function buildCatalog(data: StoreData): Catalog {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const claimants = new Map(data.claimants.map((c) => [c.id, c]));
  // Events ingest proposed answer nothing until an editor approves them, nor do their facts.
  const inForce = data.events.filter(eventInForce);
  const events = new Map(inForce.map((e) => [e.id, e]));
  const factsByEvent = new Map<string, Fact[]>();
  const facts = new Map<string, Fact>();
  const eventsByDay = new Map<string, Event[]>();
  const eventsByAlias = new Map<string, Event>();
  const partsOf = new Map<string, Event[]>();

  const fileUnder = (day: string, event: Event) => {
    const list = eventsByDay.get(day);
    if (!list) eventsByDay.set(day, [event]);
    else if (!list.includes(event)) list.push(event);
  };

  for (const event of inForce) {
    const start = eventStart(event);
    const end = eventEnd(event);
    if (start && start === end) fileUnder(start, event);
    else if (start && end && daysBetween(start, end) <= 31) {
      for (let day = start; day <= end; day = addDaysIso(day, 1)) fileUnder(day, event);
    }
    for (const alias of [...event.aliases, event.title, event.id]) {
      const key = normaliseAlias(alias);
      if (key && !eventsByAlias.has(key)) eventsByAlias.set(key, event);
    }
    if (event.partOf) {
      const parts = partsOf.get(event.partOf) ?? [];
      parts.push(event);
      partsOf.set(event.partOf, parts);
    }
  }
  for (const parts of partsOf.values()) {
    parts.sort((a, b) => (eventStart(a) ?? "").localeCompare(eventStart(b) ?? ""));
  }

  for (const fact of data.facts) {
    if (fact.status === "rejected" || !events.has(fact.eventId)) continue;
    facts.set(fact.id, fact);
    keepIn(factsByEvent, fact.eventId, fact);
    const event = events.get(fact.eventId);
    if (event && fact.eventDate) fileUnder(fact.eventDate, event);
  }

  const resolutions = resolutionsOf(data);
  const verified = {
    has: (factId: string) => {
      const fact = facts.get(factId);
      return fact !== undefined && quoteMatches(fact, sources.get(fact.sourceId));
    },
  };

  const factsByMeasure = new Map<string, Fact[]>();
  const factsBySource = new Map<string, Fact[]>();
  for (const fact of facts.values()) {
    keepIn(factsByMeasure, fact.measure, fact);
  }
  for (const fact of facts.values()) {
    const list = factsBySource.get(fact.sourceId);
    if (list) list.push(fact);
    else factsBySource.set(fact.sourceId, [fact]);
  }
  // Lists grown by push keep room to grow (16 slots for the second item); the archive's tens of
  // thousands of short lists are kept at their length instead, which they never leave.
  trimLists(factsByEvent);
  trimLists(eventsByDay);
  trimLists(partsOf);
  trimLists(factsByMeasure);
  trimLists(factsBySource);
  const dated = inForce
    .filter((e) => eventStart(e) !== null)
    .sort((a, b) => (eventStart(a) as string).localeCompare(eventStart(b) as string));
  const exchanges = dated.filter((e) => e.kind === "exchange");
  const deals = dated.filter((e) => e.kind === "deal").reverse();

  return {
    data,
    sources,
    claimants,
    events,
    factsByEvent,
    facts,
    eventsByDay,
    eventsByAlias,
    partsOf,
    verified,
    resolutions,
    dated,
    exchanges,
    deals,
    factsByMeasure,
    factsBySource,
  };
}

/** Index of the first event in a list sorted by start day that starts on or after `day`. */
export function firstOnOrAfter(list: readonly Event[], day: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((eventStart(list[mid] as Event) as string) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The events of a list sorted by start day (`dated`, `exchanges`) that start on a day from
 * `from` to `to`, in the list's order: a binary search and the few events of those days, not a
 * pass over the archive.
 */
export function startingBetween(list: readonly Event[], from: string, to: string): Event[] {
  const out: Event[] = [];
  for (let i = firstOnOrAfter(list, from); i < list.length; i++) {
    const e = list[i] as Event;
    if ((eventStart(e) as string) > to) break;
    out.push(e);
  }
  return out;
}

/** The events of a list sorted by start day whose start begins with `prefix` ("2024-05"). */
export function startingWith(list: readonly Event[], prefix: string): Event[] {
  const out: Event[] = [];
  for (let i = firstOnOrAfter(list, prefix); i < list.length; i++) {
    const e = list[i] as Event;
    if (!(eventStart(e) as string).startsWith(prefix)) break;
    out.push(e);
  }
  return out;
}

/** Each list of a map replaced by a copy of its own length (a list of one is left as it is). */
export function trimLists<K, V>(map: Map<K, V[]>): void {
  for (const [key, list] of map) if (list.length > 1) map.set(key, list.slice());
}
