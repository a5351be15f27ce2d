/**
 * The editors' queue: facts from ingested sources that nobody has reviewed yet, and the
 * problems readers reported that are still open. Plain data, like every answer, so the
 * renderers never reach into the store.
 */
import type { Fact, NumberValue, Qualifier } from "../store/schema.ts";
import type { Citation } from "./answers.ts";
import { formatNewsroomDate } from "./dates.ts";
import { figureLabel, valueText } from "./labels.ts";
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
}

export function reviewItem(k: Knowledge, fact: Fact): ReviewItem {
  const v = fact.value;
  return {
    factId: fact.id,
    label: figureLabel(fact.measure, fact.counted, fact.side),
    eventTitle: k.catalog.events.get(fact.eventId)?.title ?? fact.eventId,
    valueText: valueText(fact),
    number: v.type === "number" ? { n: v.n, qualifier: v.qualifier } : null,
    citation: citation(k.catalog, fact),
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
  return { kind: "review", facts, reports };
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
