/**
 * The questions reporters ask, answered from the store as plain answer objects. Pure: the
 * caller passes the analysed store (and "today" where it matters).
 */
import type { Event, Fact, StoreData } from "../store/schema.ts";
import type {
  Answer,
  DisputesAnswer,
  DisputeView,
  EventSummary,
  HelpAnswer,
  SourcesAnswer,
  SwapAnswer,
  TimelinePoint,
  TotalsAnswer,
} from "./answers.ts";
import { askThread } from "./ask/index.ts";
import {
  buildCatalog,
  type Catalog,
  eventStart,
  firstOnOrAfter,
  normaliseAlias,
  resolutionsOf,
} from "./catalog.ts";
import { daysBetween, findDates, formatNewsroomDate, parseDateQuery } from "./dates.ts";
import { type DisputeFindings, findDisputes, headlineFact } from "./disputes.ts";
import { deepFreeze } from "./freeze.ts";
import { checkView, claimantRef, disputeView, eventSummary, figures, sourceRef } from "./views.ts";

/** The store, indexed and with its disputes worked out: what every query reads. */
export interface Knowledge {
  catalog: Catalog;
  findings: DisputeFindings;
}

export function analyse(data: StoreData): Knowledge {
  const catalog = buildCatalog(data);
  return { catalog, findings: findDisputes(catalog) };
}

/**
 * `k` with the store's resolutions read again. A resolution says which disputes an editor has
 * settled; it changes no fact and no finding, so it need not cost a re-analysis of the archive
 * (about half a second at 100,000 facts).
 */
export function withResolutions(k: Knowledge, data: StoreData): Knowledge {
  return { catalog: { ...k.catalog, resolutions: resolutionsOf(data) }, findings: k.findings };
}

export const USAGE: Record<string, string[]> = {
  swap: [
    "/swap may-24 — one exchange by date (also: 24 May, May 24th, 2025-05-24)",
    "/swap latest — the most recent exchange",
    "/swap istanbul — by name (istanbul, 1000-for-1000, wave 2, early may)",
  ],
  totals: ["/totals — the 1,000-for-1,000 deal wave by wave, the year's exchanges, running totals"],
  sources: ["/sources — every source in the store, with outlet, date and what it contributes"],
  disputes: ["/disputes — every place the sources disagree, and why"],
  factcheck: ["/factcheck <text> — check every figure in a draft against the store"],
};

const ALL_USAGE = Object.values(USAGE).flat();

export function help(
  k: Knowledge,
  topic: string | null,
  problem: string | null = null,
  query: string | null = null,
): HelpAnswer {
  const known = topic && USAGE[topic] ? topic : null;
  return {
    kind: "help",
    topic: known,
    problem,
    query,
    usage: known ? (USAGE[known] as string[]) : ALL_USAGE,
    suggestions: latestExchanges(k.catalog, 4).map(eventSummary),
  };
}

function latestExchanges(catalog: Catalog, n: number): Event[] {
  return catalog.exchanges.slice(-n).reverse();
}

/** The events closest in time to a day, nearest first. */
function nearest(catalog: Catalog, day: string, n: number): Event[] {
  // Binary search the dated events, then walk outwards: a few steps, however long the archive.
  const list = catalog.dated;
  const lo = firstOnOrAfter(list, day);
  const out: Event[] = [];
  let left = lo - 1;
  let right = lo;
  const distance = (e: Event | undefined) =>
    e ? Math.abs(daysBetween(eventStart(e) as string, day)) : Number.POSITIVE_INFINITY;
  while (out.length < n && (left >= 0 || right < list.length)) {
    if (distance(list[right]) <= distance(list[left])) out.push(list[right++] as Event);
    else out.push(list[left--] as Event);
  }
  return out;
}

function defaultYear(catalog: Catalog): number {
  const latest = latestExchanges(catalog, 1)[0];
  const start = latest ? eventStart(latest) : null;
  return start ? Number(start.slice(0, 4)) : new Date().getUTCFullYear();
}

export function swap(k: Knowledge, arg: string): SwapAnswer | HelpAnswer {
  const { catalog } = k;
  const q = parseDateQuery(arg, { defaultYear: defaultYear(catalog) });
  if (q.kind === "empty") {
    return help(k, "swap", "Tell me which exchange: a date like may-24, or a name like istanbul.");
  }
  if (q.kind === "latest") {
    const latest = latestExchanges(catalog, 1)[0];
    return latest
      ? swapAnswer(k, arg, latest, null)
      : help(k, "swap", "The store has no exchanges yet.", arg);
  }
  if (q.kind === "date") {
    const onDay = catalog.eventsByDay.get(q.date) ?? [];
    // Prefer an exchange filed under that very day, then a part of a deal, then what a source dates to it.
    const pick =
      onDay.find((e) => eventStart(e) === q.date && e.kind === "exchange") ??
      onDay.find((e) => e.kind === "exchange") ??
      onDay.find((e) => eventStart(e) === q.date) ??
      onDay[0];
    if (!pick) {
      const near = nearest(catalog, q.date, 4);
      return {
        ...help(
          k,
          "swap",
          `No exchange on ${formatNewsroomDate(q.date)} in the store. The nearest:`,
          arg,
        ),
        suggestions: near.map(eventSummary),
      };
    }
    const filed = eventStart(pick);
    const note =
      filed && filed !== q.date && !isWithinEvent(pick, q.date)
        ? dateNote(catalog, pick, q.date)
        : null;
    return swapAnswer(k, arg, pick, note);
  }
  const byAlias = catalog.eventsByAlias.get(normaliseAlias(q.text));
  if (byAlias) return swapAnswer(k, arg, byAlias, null);
  const fuzzy = closestAlias(catalog, q.text);
  return {
    ...help(k, "swap", "I don't know that exchange. Try a date or one of these:", arg),
    suggestions:
      fuzzy.length > 0 ? fuzzy.map(eventSummary) : latestExchanges(catalog, 4).map(eventSummary),
  };
}

function isWithinEvent(event: Event, day: string): boolean {
  if (!event.date || "on" in event.date) return false;
  return event.date.from <= day && day <= event.date.to;
}

function dateNote(catalog: Catalog, event: Event, day: string): string {
  const facts = (catalog.factsByEvent.get(event.id) ?? []).filter((f) => f.eventDate === day);
  const outlets = [
    ...new Set(facts.map((f) => catalog.sources.get(f.sourceId)?.outlet ?? f.sourceId)),
  ];
  const filed = eventStart(event) as string;
  return `${formatNewsroomDate(day)} is the date ${outlets.join(" and ") || "a source"} ${outlets.length > 1 ? "give" : "gives"} for this exchange; the store files it under ${formatNewsroomDate(filed)}.`;
}

/** Up to three events whose alias is within a small edit distance of what was typed. */
function closestAlias(catalog: Catalog, text: string): Event[] {
  const typed = normaliseAlias(text).slice(0, 60);
  if (!typed) return [];
  const scored: { e: Event; d: number }[] = [];
  for (const [alias, e] of catalog.eventsByAlias) {
    const d = alias.includes(typed) || typed.includes(alias) ? 0 : editDistance(alias, typed);
    if (d <= Math.max(2, Math.floor(typed.length / 3))) scored.push({ e, d });
  }
  scored.sort((a, b) => a.d - b.d);
  return [...new Set(scored.map((s) => s.e))].slice(0, 3);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(
        up + 1,
        (prev[j - 1] as number) + 1,
        diag + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diag = up;
    }
  }
  return prev[b.length] as number;
}

function disputesFor(k: Knowledge, eventIds: readonly string[]): DisputeView[] {
  const seen = new Set<string>();
  const out: DisputeView[] = [];
  for (const id of eventIds) {
    for (const d of k.findings.byEvent.get(id) ?? []) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      out.push(disputeView(k.catalog, d));
    }
  }
  return out;
}

function swapAnswer(
  k: Knowledge,
  query: string,
  event: Event,
  matchNote: string | null,
): SwapAnswer {
  const { catalog, findings } = k;
  // Who a person is (their role) says nothing of the event: asked by name, not shown with it.
  const facts = (catalog.factsByEvent.get(event.id) ?? []).filter((f) => f.measure !== "role");
  const parent = event.partOf ? catalog.events.get(event.partOf) : undefined;
  const parts = catalog.partsOf.get(event.id) ?? [];
  return {
    kind: "swap",
    query,
    event: eventSummary(event),
    matchNote,
    figures: figures(catalog, facts, findings.byFact),
    checks: (findings.checksByEvent.get(event.id) ?? []).map((c) => checkView(catalog, c)),
    disputes: disputesFor(k, [event.id]),
    parent: parent ? eventSummary(parent) : null,
    parts: parts.map(eventSummary),
  };
}

function headlineFigure(k: Knowledge, event: Event) {
  const facts = k.catalog.factsByEvent.get(event.id) ?? [];
  const head =
    headlineFact(facts, "each") ?? headlineFact(facts, "total") ?? headlineFact(facts, "ukraine");
  if (!head) return null;
  const same = facts.filter(
    (f) => f.measure === head.measure && f.counted === head.counted && f.side === head.side,
  );
  return figures(k.catalog, same, k.findings.byFact)[0] ?? null;
}

/** The most a list in an answer holds; the answer says how many there are in all. */
export const LIST_LIMIT = 25;

function asOfDay(f: Fact): string {
  return f.asOf ? ("on" in f.asOf ? f.asOf.on : f.asOf.to) : (f.eventDate ?? "");
}

/** The latest LIST_LIMIT points of a running series, oldest first, and how many there are. */
/** A running series sorted by day, sorted once per analysed store rather than on every /totals. */
const seriesCache = new WeakMap<Knowledge, Map<string, Fact[]>>();

function sortedSeries(k: Knowledge, measures: readonly string[]): Fact[] {
  let cache = seriesCache.get(k);
  if (!cache) {
    cache = new Map();
    seriesCache.set(k, cache);
  }
  const key = measures.join("|");
  let facts = cache.get(key);
  if (!facts) {
    facts = measures.flatMap((m) =>
      (k.catalog.factsByMeasure.get(m) ?? []).filter((f) => f.value.type === "number"),
    );
    facts.sort((a, b) => asOfDay(a).localeCompare(asOfDay(b)));
    cache.set(key, facts);
  }
  return facts;
}

function timeline(
  k: Knowledge,
  measures: readonly string[],
): { points: TimelinePoint[]; total: number } {
  const facts = sortedSeries(k, measures);
  const points = facts.slice(-LIST_LIMIT).map((f) => {
    const figure = figures(k.catalog, [f], k.findings.byFact)[0] as TimelinePoint["figure"];
    return {
      asOf: f.asOf
        ? (figure.readings[0]?.citations[0]?.asOf ?? asOfDay(f))
        : formatNewsroomDate(asOfDay(f)),
      figure,
    };
  });
  return { points, total: facts.length };
}

/**
 * The answer to /totals, built once per analysed store (a new store version is a new
 * Knowledge) and frozen, since every caller then shares it. The desk kept it per version
 * already; the digest, a question read as "totals" and section 2 of the bench built it afresh
 * each time, about 340 KB of figures and citations a call, the same at 1k and 100k facts: the
 * garbage that put scavenges into the 400 calls the bench times (p99 5.83 ms at 100k, 15:01Z).
 */
const totalsCache = new WeakMap<Knowledge, TotalsAnswer>();

export function totals(k: Knowledge): TotalsAnswer {
  let answer = totalsCache.get(k);
  if (!answer) {
    answer = deepFreeze(totalsOf(k));
    totalsCache.set(k, answer);
  }
  return answer;
}

function totalsOf(k: Knowledge): TotalsAnswer {
  const { catalog } = k;
  const deal = catalog.deals[0];
  const waves = deal ? (catalog.partsOf.get(deal.id) ?? []) : [];
  const year = deal ? Number(eventStart(deal)?.slice(0, 4)) : defaultYear(catalog);
  const exchanges = exchangesOfYear(catalog, year);
  const shown = catalog.exchanges.slice(
    Math.max(exchanges.from, exchanges.to - LIST_LIMIT),
    exchanges.to,
  );
  const tallies = talliesOf(k);

  const dealFacts = deal ? (catalog.factsByEvent.get(deal.id) ?? []) : [];
  const dealTotal = deal
    ? (figures(catalog, dealFacts, k.findings.byFact).find(
        (f) => f.measure === "released" && f.counted === "people" && f.side === "each",
      ) ?? null)
    : null;
  const timelineOf = timeline(k, ["returned-since-2022"]);
  const countOf = timeline(k, ["exchange-count", "exchange-ordinal"]);
  const related = disputesFor(k, [
    ...(deal ? [deal.id] : []),
    ...waves.map((w) => w.id),
    ...shown.map((e) => e.id),
    ...tallies,
  ]);

  return {
    kind: "totals",
    deal: deal
      ? {
          event: eventSummary(deal),
          total: dealTotal,
          waves: waves.map((w) => ({ event: eventSummary(w), figure: headlineFigure(k, w) })),
          checks: (k.findings.checksByEvent.get(deal.id) ?? []).map((c) => checkView(catalog, c)),
        }
      : null,
    year: Number.isFinite(year) ? year : null,
    exchanges: shown.map((e) => ({ event: eventSummary(e), figure: headlineFigure(k, e) })),
    exchangesTotal: exchanges.to - exchanges.from,
    timeline: timelineOf.points,
    timelineTotal: timelineOf.total,
    exchangeCount: countOf.points,
    disputes: related.slice(0, LIST_LIMIT),
    disputesTotal: related.length,
  };
}

/** Exchanges of one year, oldest first: a binary search into the sorted exchanges. */
/**
 * Where the exchanges of `year` are in catalog.exchanges (sorted by start): from and to, to
 * not included. Two binary searches: at 100,000 facts, the list of a year's exchanges made on
 * every /totals to count them and show the last few was much of what it allocated.
 */
function exchangesOfYear(catalog: Catalog, year: number): { from: number; to: number } {
  const list = catalog.exchanges;
  const from = firstOnOrAfter(list, `${year}-01-01`);
  return { from, to: Math.max(from, firstOnOrAfter(list, `${year + 1}-01-01`)) };
}

/**
 * The running tallies' ids, found once per analysed store: a spread and a filter of every
 * event on every /totals allocated some 160 KB at 100,000 facts, and the garbage made a
 * scavenge land in more of the 400 calls section 2 of the bench times.
 */
const talliesCache = new WeakMap<Knowledge, string[]>();

function talliesOf(k: Knowledge): string[] {
  let ids = talliesCache.get(k);
  if (!ids) {
    ids = [];
    for (const e of k.catalog.events.values()) if (e.kind === "tally") ids.push(e.id);
    talliesCache.set(k, ids);
  }
  return ids;
}

export function sources(k: Knowledge, offset = 0): SourcesAnswer {
  const { catalog } = k;
  const all = catalog.data.sources;
  return {
    kind: "sources",
    total: all.length,
    offset,
    sources: all.slice(offset, offset + LIST_LIMIT * 2).map((s) => {
      const facts = catalog.factsBySource.get(s.id) ?? [];
      const claimantIds = [...new Set(facts.map((f) => f.claimantId))];
      return {
        ...sourceRef(s),
        author: s.author,
        facts: facts.length,
        claimants: claimantIds.map((id) => claimantRef(catalog, id)),
        notes: s.notes ?? null,
      };
    }),
  };
}

/** Open disputes first, LIST_LIMIT at a time from `offset`. */
export function disputes(k: Knowledge, offset = 0): DisputesAnswer {
  const { catalog, findings } = k;
  const open = findings.disputes.filter((d) => !catalog.resolutions.has(d.id));
  const resolved = findings.disputes.filter((d) => catalog.resolutions.has(d.id));
  const ordered = open.length === findings.disputes.length ? open : [...open, ...resolved];
  const okChecks = findings.checks.filter((c) => c.ok);
  return {
    kind: "disputes",
    total: ordered.length,
    open: open.length,
    offset,
    disputes: ordered.slice(offset, offset + LIST_LIMIT).map((d) => disputeView(catalog, d)),
    checks: offset === 0 ? okChecks.slice(0, LIST_LIMIT).map((c) => checkView(catalog, c)) : [],
    checksTotal: okChecks.length,
  };
}

/** A question, as opposed to a bare name or date ("may 24", "istanbul", "disputes"). */
const QUESTION_CUE =
  /\?|\b(?:how|what|when|who|whom|whose|which|where|why|is|was|were|did|does|do|has|have|had|confirm|right|correct|true)\b/i;

/** Asking for a whole list or overview ("where do the sources disagree?", "what happened in istanbul"), not one figure. */
const LIST_REQUEST =
  /^(?!.*\b(?:how many|how much|when|who (?:says|said|reported|brokered|mediated)|which sources? (?:give|say)|is it|did|number)\b).*(?:\b(?:disputes?|disagree\w*|running totals|totals|(?:the|your|what|which) (?:sources|outlets)(?: do you have)?)\b|\bwhat happened\b|\btell me about\b)/i;

/**
 * An @mention or a DM in plain words. A question (issue 12) is answered in its first line
 * (domain/ask/), read against the thread's earlier questions when it follows them. A bare name,
 * date or command word ("may 24", "istanbul", "totals") still gets the whole answer it names.
 */
export function ask(k: Knowledge, question: string, earlier: readonly string[] = []): Answer {
  const text = question.slice(0, 2000);
  const bare =
    earlier.length === 0 && !QUESTION_CUE.test(text) && text.trim().split(/\s+/).length <= 4;
  if (bare || !text.trim() || (earlier.length === 0 && LIST_REQUEST.test(text)))
    return route(k, text);
  return askThread(k, [...earlier.slice(-4), text]);
}

/** The routes a bare word or date takes: one exchange, the totals, the disputes, the sources. */
function route(k: Knowledge, text: string): Answer {
  const lower = normaliseAlias(text);
  if (/\b(disputes?|disagree\w*|conflict\w*|contradict\w*)\b/.test(lower)) return disputes(k);
  if (/\b(sources?|outlets?|who reported)\b/.test(lower)) return sources(k);
  const year = defaultYear(k.catalog);
  const date = findDates(text, { refDate: `${year}-12-31` }).find(
    (d) => d.kind === "explicit" && d.date,
  );
  if (date?.date) return swap(k, date.date);
  if (/\b(latest|most recent|last (exchange|swap))\b/.test(lower)) return swap(k, "latest");
  for (const [alias, event] of k.catalog.eventsByAlias) {
    if (alias.length >= 4 && new RegExp(`\\b${escapeRegExp(alias)}\\b`).test(lower)) {
      if (event.kind !== "tally") return swapAnswer(k, text, event, null);
    }
  }
  if (/\b(totals?|so far|since|cumulative|running|how many (in all|altogether))\b/.test(lower))
    return totals(k);
  return help(
    k,
    null,
    "I couldn't tell which exchange or total you mean. I can answer these:",
    text,
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function summariseEvent(k: Knowledge, id: string): EventSummary | null {
  const e = k.catalog.events.get(id);
  return e ? eventSummary(e) : null;
}
