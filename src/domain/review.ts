/**
 * The editors' queue: facts from ingested sources that nobody has reviewed yet, and the
 * problems readers reported that are still open. Plain data, like every answer, so the
 * renderers never reach into the store.
 */
import type { Event, Fact, NumberValue, Qualifier } from "../store/schema.ts";
import type { Citation } from "./answers.ts";
import { eventEnd, eventStart } from "./catalog.ts";
import { formatDateRange, formatNewsroomDate } from "./dates.ts";
import { figureKey, figureLabel, valueText } from "./labels.ts";
import { interval, overlaps } from "./numbers.ts";
import type { Knowledge } from "./queries.ts";
import { citation } from "./views.ts";

export interface ReviewItem {
  factId: string;
  /** "Prisoners released by each side". */
  label: string;
  eventTitle: string;
  /** "nearly 480". */
  valueText: string;
  /** A number an editor may correct; null for dates and non-numeric claims. */
  number: { n: number; qualifier: Qualifier } | null;
  citation: Citation;
  sourceId: string;
  eventId: string;
  /** The event is one ingest proposed and nobody has approved yet. */
  eventProposed: boolean;
  /** A figure ingest could not place: an editor says what it counts. */
  unclassified: boolean;
  /** Beside the store's reviewed figures for the same event and count. */
  store: { verdict: "agrees" | "differs" | "new"; figures: string[] };
  /** Approved with its source in one click: placed, and not at odds with the store. */
  clean: boolean;
}

export interface ProposedEventView {
  eventId: string;
  title: string;
  kind: string;
  /** "June 9, 2025", "June 9–14, 2025". */
  day: string;
  /** What a reporter types once it is approved. */
  alias: string;
  partOf: string | null;
  quote: string | null;
  sourceId: string | null;
}

export interface ReviewGroup {
  sourceId: string;
  outlet: string;
  title: string | null;
  url: string | null;
  published: string;
  events: ProposedEventView[];
  /** The source's proposals, event by event, in the order the store has the events. */
  byEvent: { eventId: string; eventTitle: string; proposed: boolean; items: ReviewItem[] }[];
  clean: number;
}

export interface OpenReportView {
  id: string;
  by: string;
  /** "May 26, 2025". */
  at: string;
  answer: string;
  note: string;
}

export interface ReviewAnswer {
  kind: "review";
  /** Oldest first: the queue is worked from the front. */
  facts: ReviewItem[];
  reports: OpenReportView[];
  /** Events ingest proposed that await an editor. */
  events?: ProposedEventView[];
  /** The same proposals grouped by source, then by event. */
  groups?: ReviewGroup[];
}

export function reviewItem(k: Knowledge, fact: Fact): ReviewItem {
  const v = fact.value;
  const event = k.catalog.data.events.find((e) => e.id === fact.eventId);
  const unclassified = fact.measure === "unclassified";
  const store = beside(k, fact);
  return {
    factId: fact.id,
    label: figureLabel(fact.measure, fact.counted, fact.side),
    eventTitle: event?.title ?? fact.eventId,
    valueText: valueText(fact),
    number: v.type === "number" ? { n: v.n, qualifier: v.qualifier } : null,
    citation: citation(k.catalog, fact),
    sourceId: fact.sourceId,
    eventId: fact.eventId,
    eventProposed: event?.status === "unreviewed",
    unclassified,
    store,
    clean:
      !unclassified &&
      store.verdict !== "differs" &&
      !!event &&
      (event.status !== "unreviewed" || event.sourceId === fact.sourceId),
  };
}

/** The reviewed figures for the same event, measure, count and side, and whether they agree. */
function beside(k: Knowledge, fact: Fact): ReviewItem["store"] {
  const key = figureKey(fact);
  const others = k.catalog.data.facts.filter(
    (f) =>
      f.status === "reviewed" &&
      f.eventId === fact.eventId &&
      f.id !== fact.id &&
      figureKey(f) === key,
  );
  if (others.length === 0 || fact.value.type !== "number") return { verdict: "new", figures: [] };
  const mine = interval(fact.value);
  const figures = [...new Set(others.map((o) => valueText(o)))];
  const agrees = others.every(
    (o) => o.value.type === "number" && overlaps(interval(o.value), mine),
  );
  return { verdict: agrees ? "agrees" : "differs", figures };
}

export function proposedEventView(event: Event): ProposedEventView {
  const from = eventStart(event);
  const to = eventEnd(event);
  return {
    eventId: event.id,
    title: event.title,
    kind: event.kind,
    day: !from
      ? "no date"
      : from === to || !to
        ? formatNewsroomDate(from)
        : formatDateRange(from, to),
    alias: event.aliases[0] ?? event.id,
    partOf: event.partOf,
    quote: event.quote?.text ?? null,
    sourceId: event.sourceId ?? null,
  };
}

export function review(k: Knowledge): ReviewAnswer {
  const data = k.catalog.data;
  const facts = data.facts
    .filter((f) => f.status === "unreviewed")
    .sort((a, b) => (a.addedAt ?? "").localeCompare(b.addedAt ?? ""))
    .map((f) => reviewItem(k, f));
  const reports = data.reports
    .filter((r) => r.status === "open")
    .map((r) => ({
      id: r.id,
      by: r.by,
      at: formatNewsroomDate(r.at.slice(0, 10)),
      answer: r.answer,
      note: r.note,
    }));
  const events = data.events.filter((e) => e.status === "unreviewed").map(proposedEventView);
  return { kind: "review", facts, reports, events, groups: groupBySource(k, facts, events) };
}

function groupBySource(
  k: Knowledge,
  facts: ReviewItem[],
  events: ProposedEventView[],
): ReviewGroup[] {
  const ids = [
    ...new Set([...facts.map((f) => f.sourceId), ...events.map((e) => e.sourceId ?? "")]),
  ];
  const order = new Map(k.catalog.data.events.map((e, i) => [e.id, i]));
  const groups: ReviewGroup[] = [];
  for (const id of ids) {
    const source = k.catalog.sources.get(id);
    if (!source) continue;
    const mine = facts.filter((f) => f.sourceId === id);
    const byEvent: ReviewGroup["byEvent"] = [];
    for (const item of mine) {
      let g = byEvent.find((x) => x.eventId === item.eventId);
      if (!g) {
        g = {
          eventId: item.eventId,
          eventTitle: item.eventTitle,
          proposed: item.eventProposed,
          items: [],
        };
        byEvent.push(g);
      }
      g.items.push(item);
    }
    byEvent.sort((a, b) => (order.get(a.eventId) ?? 0) - (order.get(b.eventId) ?? 0));
    groups.push({
      sourceId: id,
      outlet: source.outlet,
      title: source.title,
      url: source.url,
      published: "on" in source.published ? formatNewsroomDate(source.published.on) : "undated",
      events: events.filter((e) => e.sourceId === id),
      byEvent,
      clean: mine.filter((f) => f.clean).length,
    });
  }
  return groups;
}

/**
 * A corrected number keeps the words the quote says: the editor corrects how they were read
 * (the value or its qualifier), not the source.
 */
export function correctedValue(
  fact: Fact,
  n: number,
  qualifier: Exclude<Qualifier, "range">,
): NumberValue | null {
  if (fact.value.type !== "number" || !Number.isFinite(n) || n < 0) return null;
  return { type: "number", n, qualifier, said: fact.value.said };
}
