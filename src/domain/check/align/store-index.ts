/** Indexes over the analysed store, built once per store version: what alignment looks up. */
import type { Event, Fact, Measure } from "../../../store/schema.ts";
import type { Citation } from "../../answers.ts";
import { eventStart, normaliseAlias } from "../../catalog.ts";
import { formatNewsroomDate } from "../../dates.ts";
import { asOfRange } from "../../disputes.ts";
import { pushTo } from "../../group.ts";
import type { Knowledge } from "../../queries.ts";
import { citation } from "../../views.ts";
// ---------------------------------------------------------------------------------------------
// Indexes, built once per analysed store

export interface Index {
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
  /**
   * The names found in each sentence looked at: a sentence is asked of once per figure and
   * reading, and not always in a row (its days are judged after every figure), so the last
   * sentence alone missed most of the time. Cleared, not grown, past NAMED_MEMO.
   */
  named: Map<string, Event[]>;
}

/** Enough remembered sentences for a long draft's; a Slack bot runs for weeks. */
const NAMED_MEMO = 5_000;

const INDEXES = new WeakMap<Knowledge, Index>();
export const CUMULATIVE = new Set<Measure>(["returned-since-2022", "exchange-count", "held"]);
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

export function indexOf(k: Knowledge): Index {
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
      const r = CUMULATIVE.has(f.measure) ? asOfRange(f) : null;
      if (r) pushTo(cumulative, f.measure, { fact: f, from: r.from, to: r.to });
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
    named: new Map(),
  };
  INDEXES.set(k, index);
  return index;
}

/**
 * Events named in a sentence: every run of up to `longestAlias` words looked up once, and the
 * sentence's list remembered (callers must not change it).
 */
export function namedEvents(k: Knowledge, sentence: string): Event[] {
  const index = indexOf(k);
  let events = index.named.get(sentence);
  if (events) return events;
  if (index.named.size >= NAMED_MEMO) index.named.clear();
  events = findNamed(index, sentence);
  index.named.set(sentence, events);
  return events;
}

/** A cited fact, worked out once per analysed store. */
export function cite(k: Knowledge, f: Fact): Citation {
  const index = indexOf(k);
  let c = index.citations.get(f.id);
  if (!c) {
    c = citation(k.catalog, f);
    index.citations.set(f.id, c);
  }
  return c;
}

/** "May 24, 2025", worked out once per day. */
export function dayText(k: Knowledge, iso: string): string {
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

export interface ValueList {
  /** Distinct values, ascending. */
  ns: number[];
  facts: Fact[][];
}

export const valueKey = (measure: string, counted: string | null, q: string) =>
  `${measure}|${counted ?? "-"}|${q}`;

const YEARS = new WeakMap<Knowledge, (monthDay: string) => string | null>();

/**
 * The archive's year for a month-day ("05-24"): the year of the store's exchange or talks on
 * that day when exactly one year has one, else null. Undated drafts read their days with it.
 */
export function archiveYears(k: Knowledge): (monthDay: string) => string | null {
  const cached = YEARS.get(k);
  if (cached) return cached;
  const years = new Map<string, Set<string>>();
  for (const [day, events] of k.catalog.eventsByDay) {
    if (!events.some((e) => e.kind === "exchange" || e.kind === "talks")) continue;
    const set = years.get(day.slice(5)) ?? new Set<string>();
    set.add(day.slice(0, 4));
    years.set(day.slice(5), set);
  }
  const fn = (monthDay: string) => {
    const set = years.get(monthDay);
    return set && set.size === 1 ? ([...set][0] as string) : null;
  };
  YEARS.set(k, fn);
  return fn;
}

const DEALS = new WeakMap<Knowledge, string[]>();

/**
 * The first day of the archive's latest deal begun by `by` (or any, when null), in `month` when
 * one is named: what "before the May exchange" and "on the eve of the swap" are counted from.
 */
export function archiveDeals(
  k: Knowledge,
): (month: number | null, by: string | null) => string | null {
  return (month, by) => {
    let starts = DEALS.get(k);
    if (!starts) {
      starts = [];
      for (const e of k.catalog.events.values()) {
        const start = e.kind === "deal" ? eventStart(e) : null;
        if (start) starts.push(start);
      }
      starts.sort();
      DEALS.set(k, starts);
    }
    let best: string | null = null;
    for (const s of starts)
      if ((!by || s <= by) && (month === null || Number(s.slice(5, 7)) === month)) best = s;
    return best;
  };
}
