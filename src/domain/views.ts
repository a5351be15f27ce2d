/** Turns facts, events and disputes into the answer objects renderers show. */
import type { Event, Fact, Source } from "../store/schema.ts";
import type {
  Check,
  Citation,
  ClaimantRef,
  DisputeView,
  EventSummary,
  Figure,
  Reading,
  SourceRef,
} from "./answers.ts";
import { type Catalog, eventEnd, eventStart } from "./catalog.ts";
import { formatDateOrRange, formatDateRange, formatNewsroomDate } from "./dates.ts";
import type { CheckData, Dispute } from "./disputes.ts";
import { pushTo } from "./group.ts";
import {
  COUNTED_ORDER,
  figureKey,
  figureLabel,
  MEASURE_ORDER,
  readingKey,
  SIDE_ORDER,
  valueText,
} from "./labels.ts";

export function sourceRef(source: Source): SourceRef {
  return {
    id: source.id,
    outlet: source.outlet,
    title: source.title,
    published: formatDateOrRange(source.published),
    url: source.url,
    status: source.status,
  };
}

export function claimantRef(catalog: Catalog, id: string): ClaimantRef {
  const c = catalog.claimants.get(id);
  return c ? { id: c.id, name: c.name, party: c.party } : { id, name: id, party: "press" };
}

export function citation(catalog: Catalog, fact: Fact): Citation {
  const source = catalog.sources.get(fact.sourceId);
  return {
    factId: fact.id,
    quote: fact.quote.text,
    verified: catalog.verified.has(fact.id),
    source: source
      ? sourceRef(source)
      : {
          id: fact.sourceId,
          outlet: fact.sourceId,
          title: null,
          published: "unknown",
          url: null,
          status: "unreviewed",
        },
    claimant: claimantRef(catalog, fact.claimantId),
    said: fact.value.said,
    eventDate: fact.eventDate ? formatNewsroomDate(fact.eventDate) : null,
    asOf: fact.asOf ? formatDateOrRange(fact.asOf) : null,
    status:
      fact.status === "reviewed" && source?.status !== "unreviewed" ? "reviewed" : "unreviewed",
    ...(fact.value.type === "number"
      ? {
          number: {
            n: fact.value.n,
            qualifier: fact.value.qualifier,
            ...(fact.value.n2 !== undefined ? { n2: fact.value.n2 } : {}),
          },
        }
      : {}),
    asOfDays: fact.asOf
      ? "on" in fact.asOf
        ? { from: fact.asOf.on, to: fact.asOf.on }
        : { from: fact.asOf.from, to: fact.asOf.to }
      : null,
  };
}

export function eventSummary(event: Event): EventSummary {
  const start = eventStart(event);
  const end = eventEnd(event);
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    dateText:
      start && end
        ? start === end
          ? formatNewsroomDate(start)
          : formatDateRange(start, end)
        : null,
    date: start,
    aliases: event.aliases,
    partOf: event.partOf,
  };
}

function distinctClaimants(catalog: Catalog, facts: readonly Fact[]): ClaimantRef[] {
  const seen = new Set<string>();
  const out: ClaimantRef[] = [];
  for (const f of facts) {
    if (seen.has(f.claimantId)) continue;
    seen.add(f.claimantId);
    out.push(claimantRef(catalog, f.claimantId));
  }
  return out;
}

export function readings(catalog: Catalog, facts: readonly Fact[]): Reading[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) pushTo(groups, readingKey(f), f);
  return [...groups.values()]
    .map((fs) => ({
      valueText: valueText(fs[0] as Fact),
      claimants: distinctClaimants(catalog, fs),
      citations: fs.map((f) => citation(catalog, f)),
    }))
    .sort(
      (a, b) => b.claimants.length - a.claimants.length || b.citations.length - a.citations.length,
    );
}

/**
 * The figures of an event, one per measure/counted/side. A per-side figure ("returned to
 * Ukraine") also lists the sources that give the same number for "each side": they agree.
 */
export function figures(
  catalog: Catalog,
  facts: readonly Fact[],
  disputeIdsByFact: ReadonlyMap<string, readonly string[]>,
): Figure[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) pushTo(groups, figureKey(f), f);

  const out: Figure[] = [];
  for (const [key, fs] of groups) {
    const first = fs[0] as Fact;
    let members = fs;
    if (first.side === "ukraine" || first.side === "russia") {
      const each = groups.get(figureKey({ ...first, side: "each" })) ?? [];
      members = [...fs, ...each];
    }
    const disputeIds = [...new Set(members.flatMap((f) => disputeIdsByFact.get(f.id) ?? []))];
    out.push({
      key,
      label: figureLabel(first.measure, first.counted, first.side),
      measure: first.measure,
      counted: first.counted,
      side: first.side,
      planned: fs.every((f) => f.planned),
      readings: readings(catalog, members),
      disputeIds,
    });
  }
  const rank = (f: Figure) => [
    MEASURE_ORDER.indexOf(f.measure),
    COUNTED_ORDER.indexOf(f.counted),
    SIDE_ORDER.indexOf(f.side),
  ];
  return out.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) {
      const d = (ra[i] ?? 0) - (rb[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
}

export function disputeView(catalog: Catalog, d: Dispute): DisputeView {
  const event = catalog.events.get(d.eventId);
  const r = catalog.resolutions.get(d.id);
  let resolution: DisputeView["resolution"] = null;
  if (r) {
    const trusted = r.trustedFactIds.map((id) => catalog.facts.get(id)).find((f): f is Fact => !!f);
    // The side's own words ("390 each side"), as its button read, rather than the bare figure.
    const side = d.sides.find((s) => s.factIds.some((id) => r.trustedFactIds.includes(id)));
    resolution = {
      by: r.by,
      at: formatNewsroomDate(r.at.slice(0, 10)),
      verdict: r.verdict,
      trustedValue: side?.valueText ?? (trusted ? valueText(trusted) : null),
      note: r.note,
    };
  }
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    sentence: d.sentence,
    eventId: d.eventId,
    eventTitle: event?.title ?? d.eventId,
    betweenParties: d.betweenParties,
    sides: d.sides.map((s) => {
      const facts = s.factIds.map((id) => catalog.facts.get(id)).filter((f): f is Fact => !!f);
      return {
        valueText: s.valueText,
        claimants: distinctClaimants(catalog, facts),
        citations: facts.map((f) => citation(catalog, f)),
      };
    }),
    resolution,
  };
}

export function checkView(catalog: Catalog, c: CheckData): Check {
  const cite = (id: string) => citation(catalog, catalog.facts.get(id) as Fact);
  return {
    label: c.label,
    parts: c.parts.map((p) => ({
      label: p.label,
      valueText: p.valueText,
      n: p.n,
      citation: cite(p.factId),
    })),
    sum: c.sum,
    expression: `${c.parts.map((p) => p.valueText).join(" + ")} = ${c.sum.toLocaleString("en-US")}`,
    against: { valueText: c.against.valueText, citation: cite(c.against.factId) },
    ok: c.ok,
  };
}
