/**
 * Verdicts for the claims in a draft. A claim is matched to the store's facts for the same
 * event and the same measure, count and side; only then can it be supported or contradicted.
 * A number that merely looks like a stored one is unverified, never wrong.
 *
 * Scope, in order:
 * 1. The event the claim names or dates: "1,000-for-1,000" names the deal; a day gives the
 *    exchange on (or dated by a source to) that day; otherwise a name in the sentence ("the
 *    second wave", "Istanbul"). When the sentence speaks of the deal as a whole ("multi-day
 *    operation", "the deal", a plan to release), the deal a wave belongs to is weighed too: a
 *    figure that fits either is supported.
 * 2. Running totals ("returned since 2022", the count of exchanges, people held) are matched
 *    on their as-of day instead: the store's totals within CUMULATIVE_WINDOW_DAYS of the day
 *    the draft gives (or of the draft's own date).
 * 3. With no day and no name, the claim is matched on what it counts: a stored figure that
 *    fits it supports it (or shows it disputed); nothing can contradict it, as the draft never
 *    said which exchange it meant. The same holds within a month or a year ("in May 2025"),
 *    and for a deal reached only by way of the talks that agreed it.
 *
 * Then, for each side the claim speaks for ("each side" is Ukraine's and Russia's): the
 * store's figures for that side that cannot all be true make it disputed when the claim fits
 * one of them; a claim that fits every stored figure is supported; one that fits none is
 * contradicted, and gets the right figure, its quote and the corrected sentence.
 */
import type { Event, Fact, Measure } from "../store/schema.ts";
import type { Citation, ClaimCheck, FactcheckAnswer, Verdict } from "./answers.ts";
import { eventEnd, eventStart, normaliseAlias } from "./catalog.ts";
import { type Claim, countWords, extractClaims } from "./claims.ts";
import { addDaysIso, daysBetween, formatDateRange, formatNewsroomDate } from "./dates.ts";
import { CUMULATIVE_WINDOW_DAYS } from "./disputes.ts";
import { pushTo } from "./group.ts";
import { ordinalText, readingKey, valueText } from "./labels.ts";
import { formatNumber, type Interval, interval, overlaps } from "./numbers.ts";
import type { Knowledge } from "./queries.ts";
import { citation } from "./views.ts";

export type { ClaimCheck as ClaimVerdict, Verdict };

export interface FactcheckResult {
  claims: ClaimCheck[];
  counts: Record<Verdict, number>;
}

export const VERDICT_ORDER: readonly Verdict[] = [
  "contradicted",
  "disputed",
  "supported",
  "unverified",
];

export function factcheck(
  k: Knowledge,
  text: string,
  options: { refDate: string },
): FactcheckResult {
  const claims = extractClaims(text, options).map((c) => judge(k, c, options.refDate));
  return { claims, counts: countVerdicts(claims) };
}

/** The fact-check as the answer object every door renders. */
export function factcheckAnswer(
  k: Knowledge,
  text: string,
  options: { refDate: string },
): FactcheckAnswer {
  const { claims, counts } = factcheck(k, text, options);
  return { kind: "factcheck", claims, counts, words: countWords(text) };
}

export function countVerdicts(claims: readonly { verdict: Verdict }[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = {
    supported: 0,
    contradicted: 0,
    disputed: 0,
    unverified: 0,
  };
  for (const c of claims) counts[c.verdict]++;
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Indexes, built once per analysed store

interface Index {
  /**
   * Numeric facts by measure, count and qualifier, grouped by n and sorted, for "which stored
   * figures could fit this": a few binary searches over narrow ranges, never a scan.
   */
  byValue: Map<string, ValueList>;
  /** Facts whose interval is not within [0.9n, 1.5n] (up to, fewer than, ranges): few, scanned. */
  open: Map<string, Fact[]>;
  /** Running totals by measure, sorted by the end of their as-of range. */
  cumulative: Map<string, { fact: Fact; from: string; to: string }[]>;
  /** Deals by the day they were agreed, so "agreed in Istanbul" reaches the deal. */
  dealsAgreedOn: Map<string, Event[]>;
  /** Event aliases worth finding in running text, and the longest in words. */
  aliases: Map<string, Event>;
  longestAlias: number;
  /** First words of the aliases: a run of words is looked up only if it starts with one. */
  aliasStarts: Set<string>;
  /** Citations and dates already worked out: a long draft cites the same few facts often. */
  citations: Map<string, Citation>;
  days: Map<string, string>;
  /** The names found in the last sentence looked at (a sentence's claims come together). */
  lastSentence: { text: string; events: Event[] } | null;
}

const INDEXES = new WeakMap<Knowledge, Index>();
const CUMULATIVE = new Set<Measure>(["returned-since-2022", "exchange-count", "held"]);
/** Aliases too common in running prose to name an event. */
const GENERIC_ALIASES = new Set([
  "talks",
  "peace talks",
  "deal",
  "the deal",
  "totals",
  "running totals",
  "cumulative",
  "so far",
  "since 2022",
  "since the invasion",
  "largest swap",
  "biggest swap",
  "big swap",
  "latest",
]);

function indexOf(k: Knowledge): Index {
  const cached = INDEXES.get(k);
  if (cached) return cached;
  const byValue = new Map<string, ValueList>();
  const grouped = new Map<string, Map<number, Fact[]>>();
  const open = new Map<string, Fact[]>();
  const cumulative = new Map<string, { fact: Fact; from: string; to: string }[]>();
  const dealsAgreedOn = new Map<string, Event[]>();
  for (const f of k.catalog.facts.values()) {
    if (f.value.type === "number") {
      const q = f.value.qualifier;
      if (q === "up-to" || q === "fewer-than" || q === "range" || f.value.n === 0)
        pushTo(open, f.measure, f);
      else {
        const key = valueKey(f.measure, f.counted, q);
        let byN = grouped.get(key);
        if (!byN) {
          byN = new Map();
          grouped.set(key, byN);
        }
        pushTo(byN, f.value.n, f);
      }
      if (CUMULATIVE.has(f.measure) && f.asOf) {
        const r = "on" in f.asOf ? { from: f.asOf.on, to: f.asOf.on } : f.asOf;
        pushTo(cumulative, f.measure, { fact: f, from: r.from, to: r.to });
      }
    } else if (f.value.type === "date" && f.measure === "agreed-on") {
      const deal = k.catalog.events.get(f.eventId);
      const list = dealsAgreedOn.get(f.value.date) ?? [];
      if (deal && !list.includes(deal)) list.push(deal);
      dealsAgreedOn.set(f.value.date, list);
    }
  }
  for (const [key, byN] of grouped) {
    const ns = [...byN.keys()].sort((a, b) => a - b);
    byValue.set(key, { ns, facts: ns.map((x) => byN.get(x) as Fact[]) });
  }
  for (const list of cumulative.values()) list.sort((a, b) => a.to.localeCompare(b.to));
  const aliases = new Map<string, Event>();
  const aliasStarts = new Set<string>();
  let longestAlias = 1;
  for (const [alias, event] of k.catalog.eventsByAlias) {
    if (event.kind === "tally" || GENERIC_ALIASES.has(alias) || /^[\d,.\s]+$/.test(alias)) continue;
    if (alias.length < 4) continue;
    const words = alias.split(" ").length;
    if (words > 6) continue;
    aliases.set(alias, event);
    aliasStarts.add(alias.split(" ")[0] as string);
    longestAlias = Math.max(longestAlias, words);
  }
  const index: Index = {
    byValue,
    open,
    cumulative,
    dealsAgreedOn,
    aliases,
    longestAlias,
    aliasStarts,
    citations: new Map(),
    days: new Map(),
    lastSentence: null,
  };
  INDEXES.set(k, index);
  return index;
}

/** Events named in a sentence: every run of up to `longestAlias` words looked up once. */
function namedEvents(k: Knowledge, sentence: string): Event[] {
  const index = indexOf(k);
  if (index.lastSentence?.text === sentence) return index.lastSentence.events;
  const events = findNamed(index, sentence);
  index.lastSentence = { text: sentence, events };
  return events;
}

/** A cited fact, worked out once per analysed store. */
function cite(k: Knowledge, f: Fact): Citation {
  const index = indexOf(k);
  let c = index.citations.get(f.id);
  if (!c) {
    c = citation(k.catalog, f);
    index.citations.set(f.id, c);
  }
  return c;
}

/** "May 24, 2025", worked out once per day. */
function dayText(k: Knowledge, iso: string): string {
  const index = indexOf(k);
  let t = index.days.get(iso);
  if (t === undefined) {
    t = formatNewsroomDate(iso);
    index.days.set(iso, t);
  }
  return t;
}

function findNamed(index: Index, sentence: string): Event[] {
  const { aliases, longestAlias, aliasStarts } = index;
  const words = normaliseAlias(sentence).match(/[\p{L}\p{N}]+(?:[,.'][\p{L}\p{N}]+)*/gu) ?? [];
  const out: Event[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!aliasStarts.has(words[i] as string)) continue;
    let key = "";
    for (let j = i; j < Math.min(words.length, i + longestAlias); j++) {
      key = j === i ? (words[j] as string) : `${key} ${words[j]}`;
      const e = aliases.get(key);
      if (e && !out.includes(e)) out.push(e);
    }
  }
  return out;
}

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
}

/** The events a claim is about, by its name, its day, or the names in its sentence. */
export function scopeOf(k: Knowledge, claim: Claim): Scope {
  const { catalog } = k;
  const index = indexOf(k);
  const primary: Event[] = [];
  const deals: Event[] = [];
  const add = (list: Event[], e: Event | undefined) => {
    if (e && !list.includes(e)) list.push(e);
  };
  let specific = false;
  if (claim.number.kind === "ratio") {
    const named = catalog.eventsByAlias.get(normaliseAlias(claim.number.text));
    if (named) {
      add(named.kind === "deal" ? deals : primary, named);
      specific = true;
    }
  }
  if (claim.date) {
    const onDay = [...(catalog.eventsByDay.get(claim.date) ?? [])];
    const rank = (e: Event) => (eventStart(e) === claim.date ? 0 : 1);
    for (const e of onDay.sort((a, b) => rank(a) - rank(b))) {
      if (e.kind === "deal") add(deals, e);
      else if (e.kind !== "tally") add(primary, e);
    }
    specific = true;
  }
  const named = namedEvents(k, claim.sentence.text);
  for (const e of named) {
    if (e.kind === "deal") add(deals, e);
    else if (!claim.date && claim.number.kind !== "ratio") {
      add(primary, e);
      specific = true;
    }
  }
  if (named.some((e) => e.kind === "deal") && !claim.date) specific = true;
  for (const e of primary) if (e.partOf) add(deals, catalog.events.get(e.partOf));
  // The talks that agreed a deal lead to it: "agreed in Istanbul to exchange 1,000 each".
  const linked: Event[] = [];
  for (const e of primary) {
    const day = e.kind === "talks" ? eventStart(e) : null;
    for (const d of day ? (index.dealsAgreedOn.get(day) ?? []) : []) add(linked, d);
  }
  return { primary, deals, linked, specific };
}

// ---------------------------------------------------------------------------------------------
// Matching facts

type SubSide = "ukraine" | "russia" | "total" | "any";

/** The claim's possible readings: "each side" is Ukraine's and Russia's at once. */
function readingsOf(claim: Claim): SubSide[][] {
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

function speaksFor(f: Fact, sub: SubSide): boolean {
  if (sub === "any") return true;
  if (sub === "total") return f.side === "total" || f.side === "each";
  return f.side === sub || f.side === "each";
}

/** What a fact allows for one side ("each side" doubled for both together). */
function factInterval(f: Fact, sub: SubSide): Interval | null {
  if (f.value.type !== "number") return null;
  const i = interval(f.value);
  if (sub === "total" && f.side === "each") return { ...i, min: i.min * 2, max: i.max * 2 };
  return i;
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

interface SideResult {
  sub: SubSide;
  verdict: "supported" | "disputed" | "contradicted";
  facts: Fact[];
  fits: Fact[];
  /** Two readings of the store that cannot both be true. */
  conflict: [Fact[], Fact[]] | null;
}

function judgeSide(claimI: Interval, facts: readonly Fact[], sub: SubSide): SideResult | null {
  const mine = facts.filter((f) => speaksFor(f, sub));
  if (mine.length === 0) return null;
  const fits = mine.filter((f) => {
    const fi = factInterval(f, sub);
    return fi !== null && overlaps(fi, claimI);
  });
  const conflict = conflicting(mine, sub);
  const verdict = fits.length === 0 ? "contradicted" : conflict ? "disputed" : "supported";
  return { sub, verdict, facts: mine, fits, conflict };
}

/** Two groups of facts whose values (for this side) cannot both be true, or null. */
function conflicting(facts: readonly Fact[], sub: SubSide): [Fact[], Fact[]] | null {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const i = factInterval(f, sub);
    if (i) pushTo(groups, `${readingKey(f)}|${f.side === "each" && sub === "total"}`, f);
  }
  const list = [...groups.values()];
  for (let a = 0; a < list.length; a++) {
    for (let b = a + 1; b < list.length; b++) {
      const ia = factInterval((list[a] as Fact[])[0] as Fact, sub) as Interval;
      const ib = factInterval((list[b] as Fact[])[0] as Fact, sub) as Interval;
      if (!overlaps(ia, ib)) return [list[a] as Fact[], list[b] as Fact[]];
    }
  }
  return null;
}

const RANK = { supported: 0, disputed: 1, contradicted: 2 } as const;
/** How many events a figure matched only on what it counts is weighed against. */
const FALLBACK_EVENTS = 25;

interface Judgement {
  verdict: "supported" | "disputed" | "contradicted";
  sides: SideResult[];
}

/** The verdict over a set of facts, trying each reading of the claim's side. */
function judgeFacts(claim: Claim, facts: readonly Fact[]): Judgement | null {
  if (facts.length === 0) return null;
  const claimI = claimInterval(claim);
  let best: Judgement | null = null;
  for (const reading of readingsOf(claim)) {
    const sides = reading
      .map((sub) => judgeSide(claimI, facts, sub))
      .filter((r): r is SideResult => r !== null);
    if (sides.length === 0) continue;
    const verdict = sides.some((r) => r.verdict === "contradicted")
      ? "contradicted"
      : sides.some((r) => r.verdict === "disputed")
        ? "disputed"
        : "supported";
    if (!best || RANK[verdict] < RANK[best.verdict]) best = { verdict, sides };
    if (verdict === "supported") break;
  }
  return best;
}

/** The facts of some events that speak to the claim's measure and count (exact count first). */
function factsOf(k: Knowledge, claim: Claim, events: readonly Event[]): Fact[] {
  const measure = claim.measure as Measure;
  const all: Fact[] = [];
  for (const e of events) {
    for (const f of k.catalog.factsByEvent.get(e.id) ?? []) {
      if (f.measure === measure && f.value.type === "number") all.push(f);
    }
  }
  const strict = all.filter((f) => countedFits(f, claim, false) && anySide(f, claim));
  return strict.length > 0 ? strict : all.filter((f) => countedFits(f, claim, true));
}

function anySide(f: Fact, claim: Claim): boolean {
  return readingsOf(claim).some((r) => r.some((sub) => speaksFor(f, sub)));
}

interface ValueList {
  /** Distinct values, ascending. */
  ns: number[];
  facts: Fact[][];
}

const valueKey = (measure: string, counted: string | null, q: string) =>
  `${measure}|${counted ?? "-"}|${q}`;

/** Enough stored figures to show a claim fits; an archive may hold thousands of the same. */
const MAX_CANDIDATES = 400;

const COUNTED_KEYS = ["people", "military", "civilians", "wounded", "exchanges", null] as const;

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

/** Stored figures that could fit the claim, found through the sorted index, not a scan. */
function fittingFacts(k: Knowledge, claim: Claim, exactOnly = false): Fact[] {
  const index = indexOf(k);
  const measure = claim.measure as Measure;
  const ci = claimInterval(claim);
  if (!Number.isFinite(ci.max)) return [];
  const counted: readonly (string | null)[] =
    claim.counted === null
      ? COUNTED_KEYS
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
  const fitting = (loose: boolean) =>
    candidates.filter((f) => {
      if (!countedFits(f, claim, loose)) return false;
      return readingsOf(claim).some((r) =>
        r.some((sub) => {
          const fi = speaksFor(f, sub) ? factInterval(f, sub) : null;
          return fi !== null && overlaps(fi, ci);
        }),
      );
    });
  const strict = fitting(false);
  return strict.length > 0 ? strict : fitting(true);
}

/** Running totals within the window of the claim's as-of days. */
function cumulativeFacts(k: Knowledge, claim: Claim, refDate: string): Fact[] {
  const list = indexOf(k).cumulative.get(claim.measure as Measure) ?? [];
  const range = claim.date
    ? { from: claim.date, to: claim.date }
    : (claim.range ?? { from: refDate, to: refDate });
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
  return strict.length > 0 ? strict : out;
}

// ---------------------------------------------------------------------------------------------
// The verdict

interface Decision {
  judgement: Judgement;
  event: Event | null;
  /** False when the claim was matched on what it counts only: it can support, never contradict. */
  canContradict: boolean;
}

function decide(k: Knowledge, claim: Claim, scope: Scope, refDate: string): Decision | null {
  const measure = claim.measure as Measure;
  if (CUMULATIVE.has(measure)) {
    const facts = cumulativeFacts(k, claim, refDate);
    const judgement = judgeFacts(claim, facts);
    if (!judgement) return null;
    const event = k.catalog.events.get((facts[0] as Fact).eventId) ?? null;
    // Only a total for the very days the draft names can say it is wrong.
    const exact =
      claim.date !== null || claim.range !== null
        ? facts.some((f) => asOfOverlaps(f, claim, refDate))
        : true;
    return { judgement, event, canContradict: exact };
  }
  if (measure === "released-to-date") return decideToDate(k, claim, scope);

  const tryEvents = (events: readonly Event[]) => {
    const facts = factsOf(k, claim, events);
    const judgement = judgeFacts(claim, facts);
    return judgement ? { judgement, event: eventOfFacts(k, facts, events) } : null;
  };
  const primary = tryEvents(scope.primary);
  const useDeals = claim.whole || claim.planned || claim.number.kind === "ratio";
  const deal = scope.deals.length > 0 ? tryEvents(scope.deals) : null;
  if (primary) {
    if (
      primary.judgement.verdict !== "supported" &&
      useDeals &&
      deal?.judgement.verdict !== undefined
    ) {
      if (RANK[deal.judgement.verdict] < RANK[primary.judgement.verdict])
        return { ...deal, canContradict: true };
    }
    return { ...primary, canContradict: scope.specific };
  }
  if (deal) return { ...deal, canContradict: scope.specific };
  if (scope.linked.length > 0) {
    const linked = tryEvents(scope.linked);
    if (linked) return { ...linked, canContradict: claim.planned || claim.whole };
  }
  if (claim.date && !claim.dateInherited) return null;
  // Matched on what it counts: the events whose figures fit, judged whole (so a dispute shows).
  let fitting = fittingFacts(k, claim);
  if (claim.range && !claim.planned) {
    const { from, to } = claim.range;
    fitting = fitting.filter((f) => {
      const day = f.eventDate ?? eventStart(k.catalog.events.get(f.eventId) as Event) ?? "";
      return day >= from && day <= to;
    });
  }
  if (fitting.length === 0) return null;
  const events = [...new Set(fitting.map((f) => k.catalog.events.get(f.eventId)))].filter(
    (e): e is Event => !!e,
  );
  // An archive may hold the same figure for many events: a few are enough to support it.
  let best: Decision | null = null;
  for (const e of events.slice(0, FALLBACK_EVENTS)) {
    const r = tryEvents([e]);
    if (r && r.judgement.verdict !== "contradicted") {
      if (!best || RANK[r.judgement.verdict] < RANK[best.judgement.verdict])
        best = { ...r, canContradict: false };
      if (best.judgement.verdict === "supported") break;
    }
  }
  return best;
}

/** "In just these two days, 697": a deal's running figure on its Nth day. */
function decideToDate(k: Knowledge, claim: Claim, scope: Scope): Decision | null {
  const deals = [...scope.deals];
  for (const e of scope.primary) if (e.kind === "deal" && !deals.includes(e)) deals.push(e);
  // "Over three days, each side released 1,000": no deal named, so the deals whose figures
  // could fit it may support it (found through the index, not by walking every deal).
  const named = deals.length > 0;
  if (!named) {
    for (const measure of ["released-to-date", "released"] as const) {
      for (const f of fittingFacts(k, { ...claim, measure })) {
        const e = k.catalog.events.get(f.eventId);
        if (e?.kind === "deal" && !deals.includes(e) && deals.length < FALLBACK_EVENTS)
          deals.push(e);
      }
    }
  }
  for (const deal of deals) {
    const start = eventStart(deal);
    const end = eventEnd(deal);
    if (!start || !end) continue;
    const length = daysBetween(start, end) + 1;
    if (claim.days !== null && claim.days >= length) {
      // "Over the three days": the whole deal.
      const facts = factsOf(k, { ...claim, measure: "released" }, [deal]).filter((f) => !f.planned);
      const judgement = judgeFacts(claim, facts);
      if (judgement && (named || judgement.verdict !== "contradicted"))
        return { judgement, event: deal, canContradict: named && scope.specific };
      continue;
    }
    const day = claim.days !== null ? addDaysIso(start, claim.days - 1) : claim.date;
    if (!day) continue;
    const facts = factsOf(k, claim, [deal]).filter(
      (f) =>
        f.asOf && ("on" in f.asOf ? f.asOf.on === day : f.asOf.from <= day && day <= f.asOf.to),
    );
    const judgement = judgeFacts(claim, facts);
    if (judgement && (named || judgement.verdict !== "contradicted"))
      return { judgement, event: deal, canContradict: named };
  }
  return null;
}

function asOfOverlaps(f: Fact, claim: Claim, refDate: string): boolean {
  if (!f.asOf) return false;
  const r = "on" in f.asOf ? { from: f.asOf.on, to: f.asOf.on } : f.asOf;
  const c = claim.date
    ? { from: claim.date, to: claim.date }
    : (claim.range ?? { from: refDate, to: refDate });
  return r.from <= c.to && c.from <= r.to;
}

function eventOfFacts(
  k: Knowledge,
  facts: readonly Fact[],
  events: readonly Event[],
): Event | null {
  const id = facts[0]?.eventId;
  return (id ? k.catalog.events.get(id) : undefined) ?? events[0] ?? null;
}

/**
 * The event a claim belongs to, by the same matching as its verdict: what ingestion files a
 * proposed fact under. Null when nothing in the store can be tied to it.
 */
export function linkEvent(k: Knowledge, claim: Claim, refDate: string): Event | null {
  if (claim.measure === null) return null;
  const scope = scopeOf(k, claim);
  const decision = decide(k, claim, scope, refDate);
  if (decision?.event) return decision.event;
  if (CUMULATIVE.has(claim.measure)) {
    return [...k.catalog.events.values()].find((e) => e.kind === "tally") ?? null;
  }
  if (claim.measure === "released-to-date") return scope.deals[0] ?? null;
  const wholeDeal = claim.whole || claim.planned || claim.number.kind === "ratio";
  return (
    (wholeDeal ? scope.deals[0] : undefined) ??
    scope.primary[0] ??
    (claim.date ? scope.deals[0] : undefined) ??
    null
  );
}

/** One claim's verdict; `refDate` is the date of the text it comes from. */
export function judgeClaim(k: Knowledge, claim: Claim, refDate: string): ClaimCheck {
  return judge(k, claim, refDate);
}

function judge(k: Knowledge, claim: Claim, refDate: string): ClaimCheck {
  const base = {
    sentence: claim.sentence.text,
    claim: claim.span.text,
    start: claim.span.start,
    end: claim.span.end,
    read: claim.number.text,
    measure: claim.measure,
    counted: claim.counted,
    side: claim.side,
    date: claim.date,
  };
  if (claim.measure === null) {
    return {
      ...base,
      verdict: "unverified",
      about: "not a figure the store tracks",
      eventId: null,
      store: null,
      citations: [],
      correction: null,
      disputeIds: [],
      reason: `The store holds no figures like “${claim.span.text}”; nothing to check it against.`,
    };
  }
  const scope = scopeOf(k, claim);
  const decision = decide(k, claim, scope, refDate);
  const event = decision?.event ?? scope.primary[0] ?? scope.deals[0] ?? null;
  const about = describe(k, claim, event);
  if (!decision) {
    return {
      ...base,
      verdict: "unverified",
      about,
      eventId: event?.id ?? null,
      store: null,
      citations: [],
      correction: null,
      disputeIds: [],
      reason: unverifiedReason(claim, event),
    };
  }
  const { judgement } = decision;
  const { findings } = k;
  const cites = (fs: readonly Fact[]): Citation[] =>
    [...new Set(fs)].map((f) => cite(k, f)).filter((c) => c.verified);
  const facts = [...new Set(judgement.sides.flatMap((s) => s.facts))];
  const disputeIds = [...new Set(facts.flatMap((f) => findings.byFact.get(f.id) ?? []))].filter(
    (id) => !id.startsWith("date:"),
  );
  const eventId = decision.event?.id ?? event?.id ?? null;
  const eventAbout = describe(k, claim, decision.event ?? event);

  if (judgement.verdict === "contradicted" && !decision.canContradict) {
    return {
      ...base,
      verdict: "unverified",
      about: eventAbout,
      eventId,
      store: null,
      citations: [],
      correction: null,
      disputeIds: [],
      reason: unverifiedReason(claim, null),
    };
  }
  if (judgement.verdict === "supported") {
    const fits = judgement.sides.flatMap((s) => s.fits);
    const claimants = new Set(fits.map((f) => f.claimantId)).size;
    return {
      ...base,
      verdict: "supported",
      about: eventAbout,
      eventId,
      store: uniq(fits.map((f) => displayFor(f, subOf(judgement, f)))).join(" / "),
      citations: cites(fits),
      correction: null,
      disputeIds: [],
      reason: `Matches ${claimants === 1 ? "the store's figure" : `the figure ${claimants} claimants give`}${decision.canContradict ? "" : " (matched on what it counts: the draft names no day or exchange)"}.`,
    };
  }
  if (judgement.verdict === "disputed") {
    const side = judgement.sides.find((s) => s.verdict === "disputed") as SideResult;
    const [a, b] = side.conflict as [Fact[], Fact[]];
    const values = [a, b].map((g) => displayFor(g[0] as Fact, side.sub));
    return {
      ...base,
      verdict: "disputed",
      about: eventAbout,
      eventId,
      store: values.join(" or "),
      citations: cites([...a, ...b]),
      correction: null,
      disputeIds,
      reason: `The sources disagree: ${values.join(" vs ")}. The draft's figure matches ${side.fits.some((f) => a.includes(f)) ? values[0] : values[1]}; say whose figure it is.`,
    };
  }
  // Contradicted: the figure fits none of the store's for that side.
  const wrong = judgement.sides.find((s) => s.verdict === "contradicted") as SideResult;
  const right = bestFact(wrong.facts, claim);
  const rightText = displayFor(right, wrong.sub);
  const sameFigure = right.value.type === "number" ? right.value : null;
  const others = uniq(wrong.facts.map((f) => displayFor(f, wrong.sub))).filter(
    (v) => v !== rightText,
  );
  const elsewhere = claim.date ? sameFigureElsewhere(k, claim, eventId) : null;
  return {
    ...base,
    verdict: "contradicted",
    about: eventAbout,
    eventId,
    store: [rightText, ...others].join(" / "),
    right: rightText,
    citations: cites([
      right,
      ...wrong.facts.filter((f) => f !== right && readingKey(f) === readingKey(right)),
    ]),
    correction: correctedSentence(claim, right, wrong.sub),
    disputeIds: wrong.conflict ? disputeIds : [],
    reason: `The store has ${rightText}${sideWords(wrong.sub, right)}${whereText(right, decision.event)}, not ${claim.number.text}.${others.length > 0 ? ` Other sources give ${others.join(", ")}.` : ""}${elsewhere ? ` ${elsewhere}` : ""}${sameFigure && sameFigure.qualifier !== "exact" ? " (The store's own figure is qualified.)" : ""}`,
  };
}

function subOf(j: Judgement, f: Fact): SubSide {
  return j.sides.find((s) => s.facts.includes(f))?.sub ?? "any";
}

/** The figure to put right: reviewed, done (not planned), exact, most repeated. */
function bestFact(facts: readonly Fact[], claim: Claim): Fact {
  const weight = (f: Fact) =>
    (f.status === "reviewed" ? 8 : 0) +
    (f.planned === claim.planned ? 4 : 0) +
    (f.value.type === "number" && f.value.qualifier === "exact" ? 2 : 0) +
    (f.counted === claim.counted ? 1 : 0) +
    (f.side === claim.side ? 3 : 0);
  const count = new Map<string, number>();
  for (const f of facts) count.set(readingKey(f), (count.get(readingKey(f)) ?? 0) + 1);
  return [...facts].sort(
    (a, b) =>
      weight(b) - weight(a) || (count.get(readingKey(b)) ?? 0) - (count.get(readingKey(a)) ?? 0),
  )[0] as Fact;
}

/** "390 is the store's figure for May 23, 2025": a right figure given a day or two off. */
function sameFigureElsewhere(k: Knowledge, claim: Claim, eventId: string | null): string | null {
  if (!claim.date) return null;
  const ci = claimInterval(claim);
  for (const offset of [-1, 1, -2, 2, -3, 3]) {
    const day = addDaysIso(claim.date, offset);
    for (const e of k.catalog.eventsByDay.get(day) ?? []) {
      if (e.id === eventId || e.kind === "deal") continue;
      const f = factsOf(k, claim, [e]).find(
        (x) =>
          x.value.type === "number" &&
          x.value.qualifier === "exact" &&
          readingsOf(claim).some((r) =>
            r.some((sub) => {
              const fi = speaksFor(x, sub) ? factInterval(x, sub) : null;
              return fi !== null && overlaps(fi, ci);
            }),
          ),
      );
      if (f) {
        const when = f.eventDate ?? eventStart(e) ?? day;
        return `${valueText(f)} is the store's figure for ${formatNewsroomDate(when)} (${lowerThe(e.title)}): check the date.`;
      }
    }
  }
  return null;
}

function unverifiedReason(claim: Claim, event: Event | null): string {
  if (event) return `The store has no figure of this kind for ${lowerThe(event.title)}.`;
  if (claim.date)
    return `The store has no exchange on ${formatNewsroomDate(claim.date)} with a figure of this kind.`;
  return "The draft names no day or exchange the store can tie this to, and no stored figure of this kind matches it.";
}

function claimInterval(claim: Claim): Interval {
  return interval({
    n: claim.number.n,
    qualifier: claim.number.qualifier,
    ...(claim.number.n2 !== undefined ? { n2: claim.number.n2 } : {}),
  });
}

function displayFor(f: Fact, sub: SubSide): string {
  if (sub === "total" && f.side === "each" && f.value.type === "number") {
    return `${formatNumber(f.value.n * 2)} (${valueText(f)} each side)`;
  }
  return valueText(f);
}

function sideWords(sub: SubSide, f: Fact): string {
  if (sub === "ukraine") return f.side === "each" ? " for each side" : " returned to Ukraine";
  if (sub === "russia") return f.side === "each" ? " for each side" : " returned to Russia";
  if (sub === "total") return " for both sides together";
  return "";
}

/** The sentence with the store's figure in place of the draft's. */
export function correctedSentence(claim: Claim, right: Fact, sub: SubSide = "any"): string {
  const s = claim.sentence;
  const at = claim.number.start - s.start;
  let figure: string;
  if (right.value.type !== "number") figure = valueText(right);
  else if (claim.number.kind === "ratio") {
    const n = formatNumber(right.value.n);
    const joiner = /-for-/i.test(claim.number.text) ? "-for-" : " for ";
    figure = `${n}${joiner}${n}`;
  } else if (claim.number.kind === "ordinal") {
    figure =
      right.value.qualifier === "exact" && /^\d/.test(claim.number.text)
        ? ordinalText(right.value.n)
        : valueText(right);
  } else {
    figure = displayFor(right, sub).replace(/ \(.*\)$/, "");
  }
  if (at === 0 && /^[a-z]/.test(figure)) figure = figure[0]?.toUpperCase() + figure.slice(1);
  return `${s.text.slice(0, at)}${figure}${s.text.slice(at + claim.number.text.length)}`;
}

const COUNTED_WORDS: Record<string, string> = {
  people: "prisoners",
  military: "POWs and servicemen",
  civilians: "civilians",
  wounded: "wounded",
  exchanges: "exchanges",
};

const MEASURE_WORDS: Partial<Record<Measure, string>> = {
  "released-to-date": "released so far",
  "returned-since-2022": "returned since the invasion",
  "exchange-count": "exchanges since the invasion",
  "exchange-ordinal": "which exchange of the war",
  "exchanges-this-year": "which exchange of the year",
  held: "held",
};

function describe(k: Knowledge, claim: Claim, event: Event | null): string {
  const what =
    MEASURE_WORDS[claim.measure as Measure] !== undefined
      ? claim.measure === "released-to-date" || claim.measure === "held"
        ? `${COUNTED_WORDS[claim.counted ?? "people"]} ${MEASURE_WORDS[claim.measure as Measure]}`
        : (MEASURE_WORDS[claim.measure as Measure] as string)
      : `${COUNTED_WORDS[claim.counted ?? "people"]} released`;
  const side =
    claim.side === "each"
      ? " by each side"
      : claim.side === "total"
        ? " by both sides together"
        : claim.side === "ukraine" && claim.measure !== "returned-since-2022"
          ? " to Ukraine"
          : claim.side === "russia"
            ? " to Russia"
            : "";
  const start = event ? eventStart(event) : null;
  const when = event
    ? ` — ${event.title}${start && event.kind !== "tally" ? `, ${dayText(k, start)}` : ""}`
    : claim.date
      ? ` — ${dayText(k, claim.date)}`
      : "";
  return `${what}${side}${when}`;
}

/** "the second wave of the 1,000-for-1,000 exchange", for use mid-sentence. */
function lowerThe(title: string): string {
  if (title.startsWith("The ")) return `the ${title.slice(4)}`;
  return /^[A-Z][a-z]/.test(title) ? `the ${title[0]?.toLowerCase()}${title.slice(1)}` : title;
}

/** " as of May 23, 2025" for a running total, " for the second wave …" for an event's figure. */
function whereText(f: Fact, event: Event | null): string {
  if (f.asOf) {
    const r = "on" in f.asOf ? null : f.asOf;
    const when = r
      ? formatDateRange(r.from, r.to)
      : formatNewsroomDate((f.asOf as { on: string }).on);
    return ` as of ${when}`;
  }
  return event ? ` for ${lowerThe(event.title)}` : "";
}

function uniq<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
