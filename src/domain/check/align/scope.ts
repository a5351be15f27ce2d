/** The events a claim is about: by its name, its day, or the names in its sentence. */

import type { Event } from "../../../store/schema.ts";
import { eventEnd, eventStart, normaliseAlias, startingBetween } from "../../catalog.ts";
import { addDaysIso, dayNumber } from "../../dates.ts";
import { findNumbers } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import type { Claim, WaveCue } from "../read/claims.ts";
import { clauseStarts, tickerItem } from "../read/clauses.ts";
import { indexOf, namedEvents } from "./store-index.ts";
// ---------------------------------------------------------------------------------------------
// Scope

export interface Scope {
  /** The events the claim names or dates, most specific first. */
  primary: Event[];
  /** Deals weighed alongside: the sentence speaks of the deal, or the primary has no figure. */
  deals: Event[];
  /** Deals reached only through the talks that agreed them. */
  linked: Event[];
  /** A day or a name: a figure that fits nothing here is contradicted. */
  specific: boolean;
  /**
   * A month and year the store holds one exchange in ("in January 2024"): that exchange, but
   * not surely (the month may have had others); only its own figures, put on the wrong side or
   * class, are wrong for certain.
   */
  byMonth?: boolean;
}

/** Events that hold no figures of their own: a day of one says nothing of a figure's event. */
const NO_FIGURES: ReadonlySet<Event["kind"]> = new Set(["tally", "call", "statement", "meeting"]);

/** The events a claim is about, by its name, its day, or the names in its sentence. */
export function scopeOf(k: Knowledge, claim: Claim, refDate: string | null = null): Scope {
  const { catalog } = k;
  const index = indexOf(k);
  const primary: Event[] = [];
  const deals: Event[] = [];
  let specific = false;
  if (claim.number.kind === "ratio") {
    const named = catalog.eventsByAlias.get(normaliseAlias(claim.number.text));
    if (named) {
      addOnce(named.kind === "deal" ? deals : primary, named);
      specific = true;
    }
  }
  if (claim.date) {
    for (const e of eventsOfDay(k, claim.date)) {
      if (e.kind === "deal") addOnce(deals, e);
      else if (!NO_FIGURES.has(e.kind)) addOnce(primary, e);
    }
    specific = true;
  }
  if (!claim.date && claim.range) {
    // "Between May 23 and May 25, 2025": the event that spans exactly those days.
    for (const e of k.catalog.eventsByDay.get(claim.range.from) ?? []) {
      if (e.kind === "tally" || eventStart(e) !== claim.range.from) continue;
      const end = eventEnd(e);
      if (end === claim.range.to) {
        addOnce(primary, e);
        specific = true;
      } else if (e.kind === "deal" && end && claim.range.to < end) {
        // "May 23 and 24": the first days of a deal.
        addOnce(deals, e);
        specific = true;
      }
    }
  }
  let byMonth = false;
  if (!claim.date && claim.range && primary.length === 0 && deals.length === 0) {
    const only = onlyExchangeIn(k, claim.range);
    if (only) {
      addOnce(only.kind === "deal" ? deals : primary, only);
      byMonth = true;
    }
  }
  // "Done in three waves over the weekend": a span inside a deal, said of the deal as a whole.
  if (
    !claim.date &&
    claim.range &&
    (claim.measure === "wave-count" || claim.measure === "duration-days") &&
    primary.length === 0 &&
    deals.length === 0
  ) {
    for (const day of [claim.range.from, claim.range.to])
      for (const e of k.catalog.eventsByDay.get(day) ?? [])
        if (e.kind === "deal") addOnce(deals, e);
    if (deals.length > 0) specific = true;
  }
  // "Began", "the final stage", "the second wave": the wave the words name, in the deal the
  // claim's day (or the draft's) falls in, rather than whatever took place on that day.
  const waved = claim.wave ? waveOf(k, claim, refDate) : null;
  if (waved) {
    primary.length = 0;
    addOnce(primary, waved);
    specific = claim.dateBasis !== "guess";
  }
  // "In January 2023, when Ukraine got back 230 …; the 1,000-for-1,000 deal of May 2025 …": a
  // deal the sentence names elsewhere is not the deal of a figure its own day puts far from it.
  const item = tickerItem(claim.sentence.text, claim.number.start - claim.sentence.start);
  const words = otherEventsBlanked(
    item ? claim.sentence.text.slice(item.start, item.end) : claim.sentence.text,
    claim.number.start - claim.sentence.start - (item?.start ?? 0),
  );
  const named = namedEvents(k, words).filter((e) => e.kind !== "deal" || !ownDayFarFrom(claim, e));
  // "Over 500 in all, the March one was 175 and the early May one 502 each": a name told only
  // past the next figure is likelier that figure's; it is weighed, but corrects nothing.
  // (Read only when a name is weighed: reading the rest of the sentence for a figure is dear.)
  let ownNames: readonly Event[] | null = null;
  for (const e of named) {
    if (e.kind === "deal") addOnce(deals, e);
    else if (!claim.date && claim.number.kind !== "ratio") {
      addOnce(primary, e);
      ownNames ??= ownNamesOf(
        k,
        words,
        claim.number.end - claim.sentence.start - (item?.start ?? 0),
        named,
      );
      if (ownNames.includes(e)) specific = true;
    }
  }
  if (named.some((e) => e.kind === "deal") && !claim.date) specific = true;
  // "In all, the three days returned 2,000": a draft that speaks of the deal as a whole, dated
  // just after one, means that one.
  if (claim.whole && !claim.date && !claim.range && deals.length === 0 && primary.length === 0) {
    const recent = recentDeal(k, refDate);
    if (recent) {
      addOnce(deals, recent);
      // Before its first wave the draft may as well mean an earlier swap ("dwarfing the
      // 205-a-side swap earlier this month"): the deal's figure supports, nothing corrects.
      const start = eventStart(recent);
      specific = !(refDate && start && refDate < start);
    }
  }
  // "250 drones overnight before the second wave": drones and missiles are an attack's, and the
  // attack the words put beside an exchange is the one on (or the night before) its day.
  if (claim.measure === "launched") {
    const day = claim.date ?? (primary[0] ? eventStart(primary[0]) : null);
    const attacks: Event[] = [];
    for (const d of day ? [day, addDaysIso(day, 1), addDaysIso(day, -1)] : [])
      for (const e of catalog.eventsByDay.get(d) ?? [])
        if (e.kind === "attack") addOnce(attacks, e);
    if (attacks.length > 0) {
      primary.length = 0;
      for (const e of attacks) addOnce(primary, e);
      specific = specific && attacks.length === 1;
    }
  }
  // An exchange's number belongs to the deal's first wave, whichever of its days is named.
  if (claim.measure === "exchange-ordinal")
    for (const e of [...primary]) {
      const first = e.partOf ? k.catalog.partsOf.get(e.partOf)?.[0] : undefined;
      if (first) addOnce(primary, first);
    }
  for (const e of primary) if (e.partOf) addOnce(deals, catalog.events.get(e.partOf));
  // The talks that agreed a deal lead to it: "agreed in Istanbul to exchange 1,000 each".
  const linked: Event[] = [];
  for (const e of primary) {
    const day = e.kind === "talks" ? eventStart(e) : null;
    for (const d of day ? (index.dealsAgreedOn.get(day) ?? []) : []) addOnce(linked, d);
  }
  return { primary, deals, linked, specific, byMonth };
}

/** The names told before the next figure after rel (all of them when none follows). */
function ownNamesOf(
  k: Knowledge,
  words: string,
  rel: number,
  named: readonly Event[],
): readonly Event[] {
  const next = nextFigureAt(words, rel);
  return next < 0 ? named : namedEvents(k, words.slice(0, next));
}

/**
 * Where the next figure (a count) after a point of the words starts, or -1; figures joined to
 * it as a pair ("Kyiv got 248 back and Moscow 230 in the 49th exchange") share what follows.
 */
function nextFigureAt(words: string, rel: number): number {
  const m = findNumbers(words.slice(rel)).find((x) => x.kind === "cardinal" && x.n >= 10);
  if (!m || /\b(?:and|plus|with|while)\b|&/i.test(words.slice(rel, rel + m.start))) return -1;
  return rel + m.start;
}

/** Adds an event to a list unless it is there already (or missing). */
function addOnce(list: Event[], e: Event | undefined): void {
  if (e && !list.includes(e)) list.push(e);
}

const OF_DAY = new WeakMap<Knowledge, Map<string, readonly Event[]>>();

/**
 * The events filed under a day, those that start on it first (in their order, then the rest in
 * theirs): worked out once per day and store, as a long draft's figures ask of the same days.
 */
function eventsOfDay(k: Knowledge, day: string): readonly Event[] {
  let memo = OF_DAY.get(k);
  if (!memo) {
    memo = new Map();
    OF_DAY.set(k, memo);
  }
  let found = memo.get(day);
  if (!found) {
    const rank = (e: Event) => (eventStart(e) === day ? 0 : 1);
    found = [...(k.catalog.eventsByDay.get(day) ?? [])].sort((a, b) => rank(a) - rank(b));
    memo.set(day, found);
  }
  return found;
}

/** The one exchange (or deal) a whole written month holds, or null ("in January 2024"). */
/**
 * "The sixth swap of 2025, after exchanges in January … and early May": a clause after the
 * figure's that opens with "after" or "before" names other events, not the figure's.
 */
function otherEventsBlanked(s: string, rel: number): string {
  if (!/\b(?:after|before|following)\b/i.test(s)) return s;
  const starts = clauseStarts(s);
  let out = s;
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? s.length;
    if (start <= rel || !/^[,;]?\s*(?:after|before|following)\b/i.test(s.slice(start, end)))
      continue;
    out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  }
  return out;
}

/** The claim's own day (or span) lies more than ten days from the event's. */
function ownDayFarFrom(claim: Claim, e: Event): boolean {
  if (claim.dateInherited) return false;
  const from = claim.date ?? claim.range?.from;
  const to = claim.date ?? claim.range?.to;
  const start = eventStart(e);
  const end = eventEnd(e) ?? start;
  if (!from || !to || !start || !end) return false;
  return dayNumber(to) < dayNumber(start) - 10 || dayNumber(from) > dayNumber(end) + 10;
}

function onlyExchangeIn(k: Knowledge, range: { from: string; to: string }): Event | null {
  if (!range.from.endsWith("-01") || range.from.slice(0, 7) !== range.to.slice(0, 7)) return null;
  const found: Event[] = [];
  // The events that start in those days, found by day: not every event of the archive.
  for (const e of startingBetween(k.catalog.dated, range.from, range.to)) {
    // (The catalog's own event of that id, as a pass over its events would meet it.)
    if ((e.kind !== "exchange" && e.kind !== "deal") || k.catalog.events.get(e.id) !== e) continue;
    const top = e.partOf ? k.catalog.events.get(e.partOf) : e;
    if (top && !found.includes(top)) found.push(top);
  }
  return found.length === 1 ? (found[0] as Event) : null;
}

function waveOf(k: Knowledge, claim: Claim, refDate: string | null): Event | null {
  // With no day of its own, "the second wave" is of the deal the draft was written during.
  const recent = claim.date || claim.range ? null : recentDeal(k, refDate);
  const day = claim.date ?? claim.range?.from ?? (recent ? eventStart(recent) : null);
  const deals = dealsAround(k, day);
  if (deals.length !== 1) return null;
  const parts = k.catalog.partsOf.get((deals[0] as Event).id) ?? [];
  return claim.wave ? waveAmong(parts, claim.wave) : null;
}

/** The wave a cue names among a deal's parts in order: its first, second, third or last. */
export function waveAmong(parts: readonly Event[], wave: WaveCue): Event | null {
  const i = { start: 0, wave2: 1, wave3: 2, end: parts.length - 1 }[wave];
  return parts[i] ?? null;
}

const AROUND = new WeakMap<Knowledge, Map<string, readonly Event[]>>();

/** The deals a day falls in or near (ten days either side); every deal for no day. Memoised. */
function dealsAround(k: Knowledge, day: string | null): readonly Event[] {
  if (!day) return k.catalog.deals;
  let memo = AROUND.get(k);
  if (!memo) {
    memo = new Map();
    AROUND.set(k, memo);
  }
  let found = memo.get(day);
  if (!found) {
    const d = dayNumber(day);
    found = k.catalog.deals.filter((e) => {
      const start = eventStart(e);
      const end = eventEnd(e);
      return !!start && !!end && d - dayNumber(start) <= 10 && dayNumber(end) - d <= 10;
    });
    memo.set(day, found);
  }
  return found;
}

const RECENT = new WeakMap<Knowledge, Map<string, Event | null>>();

/** The one deal agreed and not yet begun, under way, or ended within a fortnight before the draft's date. */
export function recentDeal(k: Knowledge, refDate: string | null): Event | null {
  if (!refDate) return null;
  let memo = RECENT.get(k);
  if (!memo) {
    memo = new Map();
    RECENT.set(k, memo);
  }
  const known = memo.get(refDate);
  if (known !== undefined) return known;
  const found = findRecentDeal(k, refDate);
  memo.set(refDate, found);
  return found;
}

function findRecentDeal(k: Knowledge, refDate: string): Event | null {
  const ref = dayNumber(refDate);
  // "The deal is a thousand from each side", filed between the talks that agreed it and its
  // first wave: the deal agreed is the one the draft means.
  const agreed = new Map<Event, number>();
  for (const [day, deals] of indexOf(k).dealsAgreedOn)
    for (const d of deals) agreed.set(d, dayNumber(day));
  const found = k.catalog.deals.filter((e) => {
    const start = eventStart(e);
    const end = eventEnd(e);
    if (!start || !end) return false;
    const since = agreed.get(e);
    const pending = since !== undefined && since <= ref && ref < dayNumber(start);
    return pending || (dayNumber(start) <= ref && ref - dayNumber(end) <= 14);
  });
  return found.length === 1 ? (found[0] as Event) : null;
}
