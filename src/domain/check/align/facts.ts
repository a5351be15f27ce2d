/** The stored facts that speak to a claim: by event, by value through the index, or as running totals. */
import type { Event, Fact, Measure } from "../../../store/schema.ts";
import { addDaysIso, daysBetween } from "../../dates.ts";
import { CUMULATIVE_WINDOW_DAYS } from "../../disputes.ts";
import { COUNTED_ORDER } from "../../labels.ts";
import { type Interval, interval, overlaps } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import type { Claim } from "../read/claims.ts";
import { indexOf, type ValueList, valueKey } from "./store-index.ts";
// ---------------------------------------------------------------------------------------------
// Matching facts

export type SubSide = "ukraine" | "russia" | "total" | "any";

/** The claim's possible readings: "each side" is Ukraine's and Russia's at once. */
export function readingsOf(claim: Claim): SubSide[][] {
  if (claim.measure !== "released" && claim.measure !== "released-to-date") {
    return claim.side === null ? [["any"]] : [[claim.side === "each" ? "ukraine" : claim.side]];
  }
  switch (claim.side) {
    case "each":
      return [["ukraine", "russia"]];
    case "total":
      return [["total"]];
    case "ukraine":
      return [["ukraine"]];
    case "russia":
      return [["russia"]];
    default:
      return [["ukraine", "russia"], ["total"], ["ukraine"], ["russia"]];
  }
}

export function speaksFor(f: Fact, sub: SubSide): boolean {
  if (sub === "any") return true;
  if (sub === "total") return f.side === "total" || f.side === "each";
  return f.side === sub || f.side === "each";
}

const INTERVALS = new WeakMap<Fact, { one: Interval | null; both?: Interval }>();

/**
 * What a fact allows for one side ("each side" doubled for both together): worked out once per
 * fact, as every claim weighed against the fact asks it again. Callers must not change it.
 */
export function factInterval(f: Fact, sub: SubSide): Interval | null {
  let known = INTERVALS.get(f);
  if (!known) {
    known = { one: f.value.type === "number" ? interval(f.value) : null };
    INTERVALS.set(f, known);
  }
  const i = known.one;
  if (i === null || !(sub === "total" && f.side === "each")) return i;
  known.both ??= { ...i, min: i.min * 2, max: i.max * 2 };
  return known.both;
}

function countedFits(f: Fact, claim: Claim, loose: boolean): boolean {
  if (claim.counted === null || f.counted === claim.counted) return true;
  if (!loose) return false;
  // "Prisoners" in a draft may stand for POWs in a source, and the reverse.
  return (
    (claim.counted === "people" && f.counted === "military") ||
    (claim.counted === "military" && f.counted === "people")
  );
}

const FACTS_OF = new WeakMap<Knowledge, Map<string, Fact[]>>();

/**
 * The stored figures of some events that speak to a claim of this kind (measure, count, side).
 * A store remembers each list and hands out the same one again, so what is worked out from a
 * list (see judge/compare.ts) is worked out once; callers must not change it.
 */
export function factsOf(k: Knowledge, claim: Claim, events: readonly Event[]): Fact[] {
  let memo = FACTS_OF.get(k);
  if (!memo) {
    memo = new Map();
    FACTS_OF.set(k, memo);
  }
  let key = `${claim.measure}|${claim.counted}|${claim.side}`;
  for (const e of events) key += `|${e.id}`;
  const known = memo.get(key);
  if (known) return known;
  if (memo.size >= FITTING_MEMO) memo.clear();
  const found = findFactsOf(k, claim, events);
  memo.set(key, found);
  return found;
}

function findFactsOf(k: Knowledge, claim: Claim, events: readonly Event[]): Fact[] {
  const measure = claim.measure as Measure;
  const all: Fact[] = [];
  for (const e of events) {
    for (const f of k.catalog.factsByEvent.get(e.id) ?? []) {
      if (f.measure === measure && f.value.type === "number") all.push(f);
    }
  }
  const readings = readingsOf(claim);
  // For whom the figure counts fits some reading of the claim.
  const anySide = (f: Fact) => readings.some((r) => r.some((sub) => speaksFor(f, sub)));
  const strict = all.filter((f) => countedFits(f, claim, false) && anySide(f));
  if (strict.length === 0) return all.filter((f) => countedFits(f, claim, true));
  // Hedged figures alone ("over 200") are weighed with the exact ones the loose reading adds
  // ("205 POWs"), which can rule a claim out where the hedge cannot.
  if (strict.some(isExactFact)) return strict;
  const exact = all.filter(
    (f) => isExactFact(f) && !strict.includes(f) && countedFits(f, claim, true) && anySide(f),
  );
  return [...strict, ...exact];
}

/** Whether a stored figure, for whom it counts, meets the claim's interval under some reading. */
export function fitsReadings(f: Fact, readings: readonly SubSide[][], ci: Interval): boolean {
  return readings.some((r) =>
    r.some((sub) => {
      const fi = speaksFor(f, sub) ? factInterval(f, sub) : null;
      return fi !== null && overlaps(fi, ci);
    }),
  );
}

export const isExactFact = (f: Fact) => f.value.type === "number" && f.value.qualifier === "exact";

/** Enough stored figures to show a claim fits; an archive may hold thousands of the same. */
const MAX_CANDIDATES = 400;

/**
 * Where a stored n must lie for its interval to meet [lo, hi], by qualifier (numbers.ts's
 * rule read backwards): exact [n, n], about [0.9n, 1.1n], nearly [0.9n, n], more than and at
 * least up to 1.5n.
 */
const N_BOUNDS: Record<string, (lo: number, hi: number) => [number, number]> = {
  exact: (lo, hi) => [lo, hi],
  about: (lo, hi) => [lo / 1.1, hi / 0.9],
  nearly: (lo, hi) => [lo, hi / 0.9],
  "more-than": (lo, hi) => [lo / 1.5, hi],
  "at-least": (lo, hi) => [lo / 1.5, hi],
};

function collect(list: ValueList | undefined, lo: number, hi: number, out: Fact[]): void {
  if (!list) return;
  const { ns, facts } = list;
  let a = 0;
  let b = ns.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((ns[mid] as number) < lo) a = mid + 1;
    else b = mid;
  }
  for (let i = a; i < ns.length && (ns[i] as number) <= hi && out.length < MAX_CANDIDATES; i++)
    for (const f of facts[i] as Fact[]) out.push(f);
}

const FITTING = new WeakMap<Knowledge, Map<string, Fact[]>>();
/** Enough remembered lookups for a long draft's figures; cleared, not grown, past this. */
const FITTING_MEMO = 5_000;

/**
 * Stored figures that could fit the claim, found through the sorted index, not a scan. The same
 * figure read the same way finds the same facts, so a store remembers each lookup.
 */
export function fittingFacts(k: Knowledge, claim: Claim, exactOnly = false): Fact[] {
  const key = `${claim.measure}|${claim.counted}|${claim.side}|${claim.number.n}|${claim.number.n2}|${claim.number.qualifier}|${exactOnly}`;
  let memo = FITTING.get(k);
  if (!memo) {
    memo = new Map();
    FITTING.set(k, memo);
  }
  const known = memo.get(key);
  if (known) return known;
  if (memo.size >= FITTING_MEMO) memo.clear();
  const found = findFitting(k, claim, exactOnly);
  memo.set(key, found);
  return found;
}

function findFitting(k: Knowledge, claim: Claim, exactOnly: boolean): Fact[] {
  const index = indexOf(k);
  const measure = claim.measure as Measure;
  const ci = claimInterval(claim);
  if (!Number.isFinite(ci.max)) return [];
  const counted: readonly (string | null)[] =
    claim.counted === null
      ? COUNTED_ORDER
      : claim.counted === "people"
        ? ["people", "military"]
        : claim.counted === "military"
          ? ["military", "people"]
          : [claim.counted];
  const candidates: Fact[] = [];
  for (const c of counted) {
    for (const [q, bounds] of Object.entries(N_BOUNDS)) {
      if (exactOnly && q !== "exact") continue;
      const list = index.byValue.get(valueKey(measure, c, q));
      if (!list) continue;
      const [lo, hi] = bounds(ci.min, ci.max);
      collect(list, lo, hi, candidates);
      // "Each side" read as both sides together: half the figure.
      collect(list, lo / 2, Math.min(hi / 2, lo - 1e-9), candidates);
    }
  }
  if (!exactOnly) {
    for (const f of index.open.get(measure) ?? []) candidates.push(f);
  }
  const readings = readingsOf(claim);
  const fitting = (loose: boolean) =>
    candidates.filter((f) => countedFits(f, claim, loose) && fitsReadings(f, readings, ci));
  const strict = fitting(false);
  return strict.length > 0 ? strict : fitting(true);
}

/** The days a claim speaks of: its own day or range, else the draft's date, else none. */
export function claimDays(
  claim: Claim,
  refDate: string | null,
): { from: string; to: string } | null {
  if (claim.date) return { from: claim.date, to: claim.date };
  return claim.range ?? (refDate ? { from: refDate, to: refDate } : null);
}

const CUMULATIVE_FACTS = new WeakMap<Knowledge, Map<string, Fact[]>>();

/**
 * Running totals within the window of the claim's as-of days (its own day, else the draft's);
 * with neither, every stored total of the kind, which can support a claim but never say it is
 * wrong. A total on one side of a stored dispute brings the other side with it, so a claim that
 * fits either is shown as disputed rather than judged against half of it. Remembered per store,
 * like factsOf: a long draft gives its totals as of the same few days.
 */
export function cumulativeFacts(k: Knowledge, claim: Claim, refDate: string | null): Fact[] {
  let memo = CUMULATIVE_FACTS.get(k);
  if (!memo) {
    memo = new Map();
    CUMULATIVE_FACTS.set(k, memo);
  }
  const range = claimDays(claim, refDate);
  // With no day, which totals are weighed depends on the figure (see below).
  const key = range
    ? `${claim.measure}|${claim.counted}|${range.from}|${range.to}`
    : `${claim.measure}|${claim.counted}|${claim.number.n}|${claim.number.qualifier}|${claim.number.n2}`;
  const known = memo.get(key);
  if (known) return known;
  if (memo.size >= FITTING_MEMO) memo.clear();
  const found = findCumulativeFacts(k, claim, range);
  memo.set(key, found);
  return found;
}

function findCumulativeFacts(
  k: Knowledge,
  claim: Claim,
  range: { from: string; to: string } | null,
): Fact[] {
  const list = indexOf(k).cumulative.get(claim.measure as Measure) ?? [];
  if (!range) {
    // With no day, a total is checked only against the stored totals it matches, and the
    // disputes those are part of: totals grow, so the others neither bear it out nor rule it out
    // (and a dispute between two older totals is not this one's).
    const claimI = claimInterval(claim);
    const matching = everyCumulativeFact(k, claim).filter(
      (f) => f.value.type === "number" && overlaps(interval(f.value), claimI),
    );
    return withDisputed(k, matching.slice(0, MAX_CANDIDATES));
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(range.from) || !/^\d{4}-\d{2}-\d{2}$/.test(range.to)) return [];
  const from = addDaysIso(range.from, -CUMULATIVE_WINDOW_DAYS);
  const to = addDaysIso(range.to, CUMULATIVE_WINDOW_DAYS);
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((list[mid]?.to ?? "") < from) a = mid + 1;
    else b = mid;
  }
  const out: Fact[] = [];
  for (let i = a; i < list.length; i++) {
    const item = list[i] as { fact: Fact; from: string; to: string };
    // A range is at most a year long, so nothing further on can start before `to`.
    if (daysBetween(to, item.to) > 370) break;
    if (item.from <= to && countedFits(item.fact, claim, true)) out.push(item.fact);
  }
  const strict = out.filter((f) => countedFits(f, claim, false));
  return withDisputed(k, strict.length > 0 ? strict : out);
}

/** Every stored total of the claim's kind, whatever its day: where a mistyped figure is looked for. */
export function everyCumulativeFact(k: Knowledge, claim: Claim): Fact[] {
  const list = indexOf(k).cumulative.get(claim.measure as Measure) ?? [];
  const all = list.map((x) => x.fact).filter((f) => countedFits(f, claim, true));
  const strict = all.filter((f) => countedFits(f, claim, false));
  return (strict.length > 0 ? strict : all).slice(0, MAX_CANDIDATES);
}

function withDisputed(k: Knowledge, facts: Fact[]): Fact[] {
  const out = [...facts];
  for (const f of facts) {
    for (const id of k.findings.byFact.get(f.id) ?? []) {
      for (const other of k.findings.factsOf.get(id) ?? []) {
        const g = k.catalog.facts.get(other);
        if (g && g.measure === f.measure && !out.includes(g)) out.push(g);
      }
    }
  }
  return out;
}

export function claimInterval(claim: Claim): Interval {
  return interval({
    n: claim.number.n,
    qualifier: claim.number.qualifier,
    ...(claim.number.n2 !== undefined ? { n2: claim.number.n2 } : {}),
  });
}

/** A derived figure's parts: the stored facts it adds up, each with its own quote. */
const DERIVED = new WeakMap<Fact, Fact[]>();

export function partsOfDerived(f: Fact): Fact[] | null {
  return DERIVED.get(f) ?? null;
}

/**
 * Each side's figure for a deal up to a day, as the sum of its waves' (390 + 307 = 697): a
 * derived figure that shows the quoted figures it comes from. Only where every wave up to that
 * day has one exact figure for each side that its sources agree on.
 */
export function wavesSoFar(k: Knowledge, deal: Event, day: string, from = ""): Fact[] {
  const waves = (k.catalog.partsOf.get(deal.id) ?? []).filter((e) => {
    const start = e.date && "on" in e.date ? e.date.on : null;
    return start !== null && start >= from && start <= day;
  });
  if (waves.length < 2) return [];
  const parts: Fact[] = [];
  for (const wave of waves) {
    const each = (k.catalog.factsByEvent.get(wave.id) ?? []).filter(
      (f) =>
        f.measure === "released" &&
        f.side === "each" &&
        !f.planned &&
        f.value.type === "number" &&
        f.value.qualifier === "exact",
    );
    const values = new Set(each.map((f) => (f.value.type === "number" ? f.value.n : 0)));
    if (values.size !== 1) return [];
    // Cite the plainest statement of it: a count of people, not of POWs alone.
    parts.push((each.find((f) => f.counted === "people") ?? each[0]) as Fact);
  }
  const n = parts.reduce((sum, f) => sum + (f.value.type === "number" ? f.value.n : 0), 0);
  const last = parts[parts.length - 1] as Fact;
  const derived: Fact = {
    ...last,
    id: `derived-${deal.id}-${day}`,
    eventId: deal.id,
    measure: "released-to-date",
    counted: "people",
    value: {
      type: "number",
      n,
      qualifier: "exact",
      said: parts.map((f) => (f.value.type === "number" ? f.value.said : "")).join(" + "),
    },
    eventDate: null,
    asOf: { on: day },
  };
  DERIVED.set(derived, parts);
  return [derived];
}
