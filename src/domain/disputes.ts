/**
 * Disputes are computed from the facts, never written by hand: whenever the store's facts
 * cannot all be true, this finds it and says why in one sentence. The rules:
 *
 * - value: one event, one measure, what is counted and for whom, and values whose intervals
 *   (qualifiers read by numbers.ts's one rule) do not overlap. "each side" counts for Ukraine
 *   and for Russia alike.
 * - date: one exchange given different dates by different sources.
 * - cumulative: running totals for about the same day (within CUMULATIVE_WINDOW_DAYS) that
 *   disagree, or a later total below an earlier one. Exchanges the store knows of between the
 *   two days are allowed for, and the sentence says so.
 * - claim: one event and question with different non-numeric answers.
 * - arithmetic: parts that do not add up to the whole a source gives: a deal's waves, "697 in
 *   two days", one claimant's breakdown (servicemen + civilians) against the total.
 */
import type { Claimant, Counted, Event, Fact, Side, Source } from "../store/schema.ts";
import type { DisputeKind } from "./answers.ts";
import { type Catalog, eventStart, firstOnOrAfter, trimLists } from "./catalog.ts";
import { daysBetween, formatDateOrRange, formatNewsroomDate } from "./dates.ts";
import { keepIn, pushTo } from "./group.ts";
import { figureLabel, readingKey, valueText } from "./labels.ts";
import { contains, formatNumber, type Interval, interval, overlaps } from "./numbers.ts";

export const CUMULATIVE_WINDOW_DAYS = 14;

export interface DisputeSideData {
  valueText: string;
  factIds: string[];
}

export interface Dispute {
  id: string;
  kind: DisputeKind;
  eventId: string;
  title: string;
  sentence: string;
  betweenParties: boolean;
  sides: DisputeSideData[];
}

export interface CheckData {
  id: string;
  eventId: string;
  label: string;
  parts: { label: string; n: number; valueText: string; factId: string }[];
  sum: number;
  against: { factId: string; valueText: string };
  ok: boolean;
}

export interface DisputeFindings {
  disputes: Dispute[];
  checks: CheckData[];
  byEvent: ReadonlyMap<string, readonly Dispute[]>;
  checksByEvent: ReadonlyMap<string, readonly CheckData[]>;
  /** Dispute ids by fact id, so a figure can say it is disputed. */
  byFact: ReadonlyMap<string, readonly string[]>;
  /** Fact ids by dispute id: every side of it. */
  factsOf: ReadonlyMap<string, readonly string[]>;
}

const NUMERIC_EVENT_MEASURES = new Set([
  "released",
  "released-to-date",
  "exchange-ordinal",
  "exchanges-this-year",
  "duration-days",
  "wave-count",
  "held",
]);
const CUMULATIVE_MEASURES = new Set(["returned-since-2022", "exchange-count"]);
const PARTIES = new Set(["ukraine", "russia", "united-states", "turkey"]);

export function findDisputes(catalog: Catalog): DisputeFindings {
  const disputes: Dispute[] = [];
  const checks: CheckData[] = [];
  const say = new Attribution(catalog);

  for (const [eventId, facts] of catalog.factsByEvent) {
    const event = catalog.events.get(eventId);
    if (!event) continue;
    disputes.push(...valueDisputes(event, facts, say));
    const date = dateDispute(event, facts, say);
    if (date) disputes.push(date);
    disputes.push(...claimDisputes(event, facts, say));
    checks.push(...breakdownChecks(event, facts, say));
  }
  for (const [dealId, parts] of catalog.partsOf) {
    const deal = catalog.events.get(dealId);
    if (deal) checks.push(...dealChecks(deal, parts, catalog, say));
  }
  disputes.push(...cumulativeDisputes(catalog, say));
  for (const check of checks) {
    if (!check.ok) disputes.push(arithmeticDispute(check, catalog, say));
  }

  const byEvent = new Map<string, Dispute[]>();
  const byFact = new Map<string, string[]>();
  const factsOf = new Map<string, string[]>();
  for (const d of disputes) {
    flatten(d);
    keepIn(byEvent, d.eventId, d);
    for (const side of d.sides) {
      for (const f of side.factIds) {
        keepIn(byFact, f, d.id);
        keepIn(factsOf, d.id, f);
      }
    }
  }
  const checksByEvent = new Map<string, CheckData[]>();
  for (const c of checks) keepIn(checksByEvent, c.eventId, c);
  // Kept for as long as the store is: each list at its length (see buildCatalog).
  trimLists(byEvent);
  trimLists(byFact);
  trimLists(factsOf);
  trimLists(checksByEvent);
  return { disputes, checks, byEvent, checksByEvent, byFact, factsOf };
}

/**
 * A dispute's words as flat strings. Built from template literals, each sentence is a tree of
 * the pieces it was joined from (V8 concatenates lazily): at 100,000 facts, 155,000 of them
 * held for as long as the store is, a third of the disputes' memory. A JSON round trip gives the
 * same characters as one flat string, and the tree is dropped.
 */
function flatten(d: Dispute): void {
  const flat = (text: string): string => JSON.parse(JSON.stringify(text));
  d.id = flat(d.id);
  d.title = flat(d.title);
  d.sentence = flat(d.sentence);
  for (const side of d.sides) side.valueText = flat(side.valueText);
}

/** "Russia's Defence Ministry (via rki.news)"; an outlet's own claim is just the outlet. */
class Attribution {
  constructor(private readonly catalog: Catalog) {}

  claimant(fact: Fact): Claimant | undefined {
    return this.catalog.claimants.get(fact.claimantId);
  }

  source(fact: Fact): Source | undefined {
    return this.catalog.sources.get(fact.sourceId);
  }

  of(fact: Fact): string {
    const claimant = this.claimant(fact);
    const outlet = this.source(fact)?.outlet ?? fact.sourceId;
    if (!claimant || claimant.party === "press") return outlet;
    return `${claimant.name} (via ${outlet})`;
  }

  /** Several facts for one side: each distinct claimant once. */
  ofAll(facts: readonly Fact[]): string {
    const names = [...new Set(facts.map((f) => this.of(f)))];
    if (names.length <= 2) return names.join(" and ");
    return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  }

  /** "gives" for one claimant, however many of its facts; "give" for several. */
  verb(facts: readonly Fact[], one: string, many: string): string {
    return new Set(facts.map((f) => this.of(f))).size > 1 ? many : one;
  }

  parties(facts: readonly Fact[]): Set<string> {
    const out = new Set<string>();
    for (const f of facts) {
      const p = this.claimant(f)?.party;
      if (p && PARTIES.has(p)) out.add(p);
    }
    return out;
  }

  betweenParties(a: readonly Fact[], b: readonly Fact[]): boolean {
    const pa = this.parties(a);
    const pb = this.parties(b);
    for (const x of pa) for (const y of pb) if (x !== y) return true;
    return false;
  }
}

function numeric(fact: Fact): { n: number; i: Interval } | null {
  if (fact.value.type !== "number") return null;
  return { n: fact.value.n, i: interval(fact.value) };
}

function sideText(fact: Fact): string {
  const v = valueText(fact);
  return fact.side === "each" ? `${v} each side` : v;
}

/** Facts speak to a side directly, or through "each side". */
function speaksFor(fact: Fact, side: Side): boolean {
  return fact.side === side || (fact.side === "each" && (side === "ukraine" || side === "russia"));
}

interface ValueGroup {
  measure: Fact["measure"];
  counted: Fact["counted"];
  asOf: string;
  facts: Fact[];
}

function valueDisputes(event: Event, facts: readonly Fact[], say: Attribution): Dispute[] {
  const out: Dispute[] = [];
  // Grouped by measure, what is counted and the day as written, in the order first met. An
  // event has a handful of groups, so a scan of them is cheaper than a key string per fact: at
  // 100,000 facts those keys (and the map they were looked up in) were a third of this pass.
  const groups: ValueGroup[] = [];
  for (const f of facts) {
    if (!NUMERIC_EVENT_MEASURES.has(f.measure) || f.value.type !== "number") continue;
    const asOf = f.asOf ? formatDateOrRange(f.asOf) : "";
    let g: ValueGroup | undefined;
    for (const x of groups) {
      if (x.measure === f.measure && x.counted === f.counted && x.asOf === asOf) {
        g = x;
        break;
      }
    }
    if (g) g.facts.push(f);
    else groups.push({ measure: f.measure, counted: f.counted, asOf, facts: [f] });
  }
  for (const { facts: group } of groups) {
    // One fact alone disputes nothing, whichever side it speaks for.
    if (group.length < 2) continue;
    for (const side of ["each", "total", "ukraine", "russia"] as const) {
      // "each" against "each" is compared once, in the "each" pass.
      const members = group.filter((f) =>
        side === "each" ? f.side === "each" : speaksFor(f, side),
      );
      if (side !== "each" && !members.some((f) => f.side === side)) continue;
      const conflict = conflictingReadings(members);
      if (!conflict) continue;
      const [a, b] = conflict;
      const first = a[0] as Fact;
      const label = figureLabel(first.measure, first.counted, side);
      const betweenParties = say.betweenParties(a, b);
      let sentence = `${say.ofAll(a)} ${say.verb(a, "gives", "give")} ${sideText(first)}, but ${say.ofAll(b)} ${say.verb(b, "gives", "give")} ${sideText(b[0] as Fact)}: both cannot be true`;
      if (betweenParties) sentence += ", and the disagreement is between the parties themselves";
      sentence += `.${scopeHint(first, side, facts, say)}`;
      out.push({
        id: `value:${event.id}:${first.measure}:${first.counted ?? "-"}:${side}${first.asOf ? `:${formatDateOrRange(first.asOf)}` : ""}`,
        kind: "value",
        eventId: event.id,
        title: `${label}: ${event.title}`,
        sentence,
        betweenParties,
        sides: [a, b].map((fs) => ({
          valueText: sideText(fs[0] as Fact),
          factIds: fs.map((f) => f.id),
        })),
      });
    }
  }
  return out;
}

/** A count of servicemen that is really prisoners including civilians: name the civilians. */
function scopeHint(fact: Fact, side: Side, facts: readonly Fact[], say: Attribution): string {
  if (fact.counted !== "military" && fact.counted !== "people") return "";
  const civilians = facts.find(
    (f) => f.measure === fact.measure && f.counted === "civilians" && speaksFor(f, side),
  );
  if (!civilians) return "";
  return ` ${say.of(civilians)} counts ${valueText(civilians)} civilians among those released, so a figure for prisoners of war may be counting civilians too.`;
}

/** Two groups of facts (by reading) whose values cannot both be true, or null. */
function conflictingReadings(facts: readonly Fact[]): [Fact[], Fact[]] | null {
  if (facts.length < 2) return null;
  const readings = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = readingKey(f);
    pushTo(readings, key, f);
  }
  const list = [...readings.values()];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = numeric(list[i]?.[0] as Fact);
      const b = numeric(list[j]?.[0] as Fact);
      if (a && b && !overlaps(a.i, b.i)) return [list[i] as Fact[], list[j] as Fact[]];
    }
  }
  return null;
}

function dateDispute(event: Event, facts: readonly Fact[], say: Attribution): Dispute | null {
  if (event.kind !== "exchange") return null;
  const byDate = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.eventDate) pushTo(byDate, f.eventDate, f);
  }
  if (byDate.size < 2) return null;
  const sides = [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b));
  const filed = eventStart(event);
  const parts = sides.map(
    ([date, fs]) =>
      `${say.ofAll(fs)} ${say.verb(fs, "dates", "date")} it ${formatNewsroomDate(date)}`,
  );
  const sentence = `${parts.join("; ")}. The store files it under ${filed ? formatNewsroomDate(filed) : "no date"}; check which day before publishing.`;
  return {
    id: `date:${event.id}`,
    kind: "date",
    eventId: event.id,
    title: `Date of ${lowerFirst(event.title)}`,
    sentence,
    betweenParties: say.betweenParties(sides[0]?.[1] ?? [], sides[1]?.[1] ?? []),
    sides: sides.map(([date, fs]) => ({
      valueText: formatNewsroomDate(date),
      factIds: fs.map((f) => f.id),
    })),
  };
}

function claimDisputes(event: Event, facts: readonly Fact[], say: Attribution): Dispute[] {
  const byMeasure = new Map<string, Fact[]>();
  for (const f of facts) {
    // Roles name different people: two of them are not two sides of one claim.
    if (f.value.type === "text" && f.measure !== "role") pushTo(byMeasure, f.measure, f);
  }
  const out: Dispute[] = [];
  for (const [measure, fs] of byMeasure) {
    const byKey = new Map<string, Fact[]>();
    for (const f of fs) pushTo(byKey, valueText(f), f);
    if (byKey.size < 2) continue;
    const sides = [...byKey.entries()].sort((a, b) => b[1].length - a[1].length);
    const first = fs[0] as Fact;
    const sentence = `${sides.map(([key, group]) => `${say.ofAll(group)} ${say.verb(group, "says", "say")} “${key}”`).join("; ")}: the sources do not agree.`;
    out.push({
      id: `claim:${event.id}:${measure}`,
      kind: "claim",
      eventId: event.id,
      title: `${figureLabel(first.measure, null, null)} (${lowerFirst(event.title)})`,
      sentence,
      betweenParties: say.betweenParties(sides[0]?.[1] ?? [], sides[1]?.[1] ?? []),
      sides: sides.map(([key, group]) => ({ valueText: key, factIds: group.map((f) => f.id) })),
    });
  }
  return out;
}

/** The days a fact is as of, as a range (one day is a range of one). */
export function asOfRange(fact: Fact): { from: string; to: string } | null {
  if (!fact.asOf) return null;
  return "on" in fact.asOf ? { from: fact.asOf.on, to: fact.asOf.on } : fact.asOf;
}

function cumulativeDisputes(catalog: Catalog, say: Attribution): Dispute[] {
  const series = new Map<string, Fact[]>();
  for (const measure of CUMULATIVE_MEASURES) {
    for (const f of catalog.factsByMeasure.get(measure) ?? []) {
      if (f.value.type !== "number" || !f.asOf) continue;
      pushTo(series, `${f.measure}|${f.counted}|${f.side}`, f);
    }
  }
  const out: Dispute[] = [];
  const to = (f: Fact) => asOfRange(f)?.to ?? "";
  for (const facts of series.values()) {
    const sorted = [...facts].sort((a, b) => to(a).localeCompare(to(b)));
    // Only neighbours within the window are compared pairwise; a fall is caught against
    // the highest total before it. Linear in the length of the series, not quadratic.
    let floor: Fact | null = null;
    for (let j = 0; j < sorted.length; j++) {
      const later = sorted[j] as Fact;
      const laterFrom = asOfRange(later)?.from ?? "";
      let reachedFloor = false;
      for (let i = j - 1; i >= 0; i--) {
        const earlier = sorted[i] as Fact;
        if (daysBetween(to(earlier), laterFrom) > CUMULATIVE_WINDOW_DAYS) break;
        if (earlier === floor) reachedFloor = true;
        const d = cumulativePair(earlier, later, catalog, say);
        if (d) out.push(d);
      }
      if (floor && !reachedFloor) {
        const d = cumulativePair(floor, later, catalog, say);
        if (d) out.push(d);
      }
      const n = numeric(later);
      const f = floor ? numeric(floor) : null;
      if (n && (!f || n.i.min > f.i.min)) floor = later;
    }
  }
  return out;
}

function cumulativePair(
  earlier: Fact,
  later: Fact,
  catalog: Catalog,
  say: Attribution,
): Dispute | null {
  const a = numeric(earlier);
  const b = numeric(later);
  const ra = asOfRange(earlier);
  const rb = asOfRange(later);
  if (!a || !b || !ra || !rb) return null;
  if (overlaps(a.i, b.i)) return null;
  const gapDays = daysBetween(ra.to, rb.from);
  const shrinks = b.i.max < a.i.min;
  if (!shrinks && gapDays > CUMULATIVE_WINDOW_DAYS) return null;

  const between = returnsBetween(catalog, ra.from, rb.to, earlier.side);
  const label = figureLabel(earlier.measure, earlier.counted, earlier.side);
  let sentence = `${say.of(earlier)} gives ${valueText(earlier)} as of ${formatDateOrRange(earlier.asOf ?? ra)}, but ${say.of(later)} gives ${valueText(later)} as of ${formatDateOrRange(later.asOf ?? rb)}`;
  if (shrinks) {
    sentence += ": a running total cannot fall.";
  } else if (between.total > 0 && b.i.min <= a.i.max + between.total) {
    sentence += `. The gap is covered only if the later count includes ${between.parts.join(" and ")}; otherwise they cannot both be true.`;
  } else {
    sentence += ", too far apart for the exchanges in between to explain.";
  }
  if (earlier.note && later.note && earlier.note !== later.note) {
    sentence += ` Note: ${stripPeriod(earlier.note)}; ${lowerFirst(stripPeriod(later.note))}.`;
  }
  return {
    id: `cumulative:${earlier.measure}:${earlier.id}:${later.id}`,
    kind: "cumulative",
    eventId: earlier.eventId,
    title: `${label}: ${formatDateOrRange(earlier.asOf ?? ra)} vs ${formatDateOrRange(later.asOf ?? rb)}`,
    sentence,
    betweenParties: say.betweenParties([earlier], [later]),
    sides: [earlier, later].map((f) => ({
      valueText: `${valueText(f)} (as of ${formatDateOrRange(f.asOf ?? { on: "" })})`,
      factIds: [f.id],
    })),
  };
}

/** People the store knows were returned to `side` in exchanges between two days. */
function returnsBetween(
  catalog: Catalog,
  from: string,
  to: string,
  side: Side | null,
): { total: number; parts: string[] } {
  let total = 0;
  const parts: string[] = [];
  const list = catalog.exchanges;
  const lo = firstOnOrAfter(list, from);
  for (let i = lo; i < list.length; i++) {
    const event = list[i] as Event;
    const day = eventStart(event) as string;
    if (day > to) break;
    const headline = headlineFact(catalog.factsByEvent.get(event.id) ?? [], side ?? "ukraine");
    if (headline?.value.type !== "number") continue;
    total += headline.value.n;
    parts.push(`the ${formatNumber(headline.value.n)} returned on ${formatNewsroomDate(day)}`);
  }
  return { total, parts };
}

/** The figure a reporter means by "how many were freed": people before servicemen, exact first. */
export function headlineFact(facts: readonly Fact[], side: Side): Fact | null {
  // Later exchanges may count only who they were for (issue 14): the under-25s, the wounded.
  const order: (Counted | null)[] = [
    "people",
    "military",
    "under-25",
    "seriously-wounded",
    "civilians",
    "children",
  ];
  for (const counted of order) {
    const candidates = facts.filter(
      (f) =>
        f.measure === "released" &&
        f.counted === counted &&
        f.value.type === "number" &&
        speaksFor(f, side),
    );
    const exact = candidates.find(
      (f) => f.value.type === "number" && f.value.qualifier === "exact",
    );
    if (exact ?? candidates[0]) return exact ?? (candidates[0] as Fact);
  }
  return null;
}

function dealChecks(
  deal: Event,
  parts: readonly Event[],
  catalog: Catalog,
  say: Attribution,
): CheckData[] {
  const out: CheckData[] = [];
  const dealFacts = catalog.factsByEvent.get(deal.id) ?? [];
  // Ukraine's own count is checked only when the waves give no "each side" figures to check.
  const eachKnown = parts.every((p) => headlineFact(catalog.factsByEvent.get(p.id) ?? [], "each"));
  for (const side of ["each", "ukraine"] as const) {
    const pieces = parts.map((p) => ({
      event: p,
      fact: headlineFact(catalog.factsByEvent.get(p.id) ?? [], side),
    }));
    // Whole deal: every wave known, against the deal's total for that side.
    const total =
      dealFacts.find(
        (f) => f.measure === "released" && f.counted === "people" && f.side === side && !f.planned,
      ) ??
      dealFacts.find((f) => f.measure === "released" && f.counted === "people" && f.side === side);
    if (total && pieces.every((p) => p.fact) && !(side === "ukraine" && eachKnown)) {
      out.push(
        makeCheck(
          `${deal.title}: the waves against the total (${side === "each" ? "each side" : "returned to Ukraine"})`,
          deal.id,
          pieces.map((p) => p.fact as Fact),
          total,
          say,
        ),
      );
    }
    // "697 in two days": a to-date figure against the waves up to its day.
    for (const f of dealFacts) {
      if (
        f.measure !== "released-to-date" ||
        !f.asOf ||
        !speaksFor(f, side === "each" ? "ukraine" : side)
      )
        continue;
      if (side === "each" && f.side !== "each") continue;
      const day = "on" in f.asOf ? f.asOf.on : f.asOf.to;
      const upTo = pieces.filter((p) => (eventStart(p.event) ?? "9999") <= day);
      if (upTo.length > 0 && upTo.every((p) => p.fact)) {
        out.push(
          makeCheck(
            `${deal.title}: released by ${formatNewsroomDate(day)}`,
            deal.id,
            upTo.map((p) => p.fact as Fact),
            f,
            say,
          ),
        );
      }
    }
  }
  return dedupeChecks(out);
}

/** One claimant's own breakdown (servicemen + civilians, Ukraine + Russia) against the whole. */
function breakdownChecks(event: Event, facts: readonly Fact[], say: Attribution): CheckData[] {
  const out: CheckData[] = [];
  const released = facts.filter((f) => f.measure === "released" && f.value.type === "number");
  const byClaimant = new Map<string, Fact[]>();
  for (const f of released) pushTo(byClaimant, f.claimantId, f);

  for (const group of byClaimant.values()) {
    // Servicemen + civilians for one side against people for that side.
    for (const side of ["ukraine", "russia"] as const) {
      const military = group.find((f) => f.counted === "military" && f.side === side);
      const civilians = group.find((f) => f.counted === "civilians" && f.side === side);
      if (!military || !civilians) continue;
      const target =
        released.find(
          (f) =>
            f.counted === "people" && speaksFor(f, side) && f.claimantId !== military.claimantId,
        ) ?? released.find((f) => f.counted === "people" && speaksFor(f, side));
      if (target)
        out.push(
          makeCheck(
            `${event.title}: servicemen and civilians ${side === "ukraine" ? "returned to Ukraine" : "returned to Russia"}`,
            event.id,
            [military, civilians],
            target,
            say,
          ),
        );
    }
    // Ukraine's and Russia's figures (plus any wounded exchanged on top) against a total.
    for (const target of released.filter((f) => f.side === "total")) {
      const parts = bothSides(
        group.filter(
          (f) =>
            f !== target &&
            (f.counted === target.counted ||
              (target.counted === "people" && f.counted !== "people")),
        ),
      );
      // One "each side" figure doubled is no breakdown: only sums of two or more parts are checks.
      if (parts && parts.length >= 2)
        out.push(
          makeCheck(
            `${event.title}: both sides' figures against the total`,
            event.id,
            parts,
            target,
            say,
          ),
        );
    }
  }
  return dedupeChecks(out);
}

/**
 * One claimant's figures that cover both sides of every category they mention: "each side",
 * or Ukraine's and Russia's. Null when a category has only one side (the sum would be short).
 */
function bothSides(facts: readonly Fact[]): Fact[] | null {
  const byCounted = new Map<string, Fact[]>();
  for (const f of facts) pushTo(byCounted, f.counted ?? "-", f);
  const parts: Fact[] = [];
  for (const fs of byCounted.values()) {
    const each = fs.find((f) => f.side === "each");
    const ukraine = fs.find((f) => f.side === "ukraine");
    const russia = fs.find((f) => f.side === "russia");
    if (each) parts.push(each);
    else if (ukraine && russia) parts.push(ukraine, russia);
    else return null;
  }
  return parts.length > 0 ? parts : null;
}

function makeCheck(
  label: string,
  eventId: string,
  parts: readonly Fact[],
  against: Fact,
  say: Attribution,
): CheckData {
  const terms = parts.map((f) => {
    const n = f.value.type === "number" ? f.value.n : 0;
    // "each side" counts twice towards a both-sides total.
    const times = against.side === "total" && f.side === "each" ? 2 : 1;
    return {
      label: `${say.of(f)}`,
      n: n * times,
      valueText: times === 2 ? `${formatNumber(n)} × 2` : formatNumber(n),
      factId: f.id,
    };
  });
  const sum = terms.reduce((s, t) => s + t.n, 0);
  const ok = against.value.type === "number" && contains(interval(against.value), sum);
  return {
    id: `check:${eventId}:${against.id}:${parts.map((p) => p.id).join("+")}`,
    eventId,
    label,
    parts: terms,
    sum,
    against: { factId: against.id, valueText: valueText(against) },
    ok,
  };
}

function dedupeChecks(checks: CheckData[]): CheckData[] {
  const seen = new Set<string>();
  return checks.filter((c) => {
    if (seen.has(c.id)) return false;
    seen.add(c.id);
    return true;
  });
}

function arithmeticDispute(check: CheckData, catalog: Catalog, say: Attribution): Dispute {
  const against = catalog.facts.get(check.against.factId) as Fact;
  const expr = `${check.parts.map((p) => p.valueText).join(" + ")} = ${formatNumber(check.sum)}`;
  const partFacts = check.parts
    .map((p) => catalog.facts.get(p.factId))
    .filter((f): f is Fact => !!f);
  return {
    id: `arithmetic:${check.id}`,
    kind: "arithmetic",
    eventId: check.eventId,
    title: check.label,
    sentence: `The parts add up to ${expr}, but ${say.of(against)} gives ${check.against.valueText}.`,
    betweenParties: say.betweenParties(partFacts, [against]),
    sides: [
      { valueText: expr, factIds: check.parts.map((p) => p.factId) },
      { valueText: check.against.valueText, factIds: [against.id] },
    ],
  };
}

function lowerFirst(s: string): string {
  return s.startsWith("The ") ? `the ${s.slice(4)}` : s.charAt(0).toLowerCase() + s.slice(1);
}

function stripPeriod(s: string): string {
  return s.replace(/\.$/, "");
}
