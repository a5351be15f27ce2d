/**
 * What editors change: dispute resolutions, reviews of unreviewed facts, and readers' problem
 * reports. Every change goes through the store's one write queue and is appended to the audit
 * log (who, when, what, before, after) in the same write, so neither is ever kept without the other.
 */
import type { Dispute } from "../domain/disputes.ts";
import type { Knowledge } from "../domain/queries.ts";
import type { Collection, FactStore as Store } from "../store/fact-store.ts";
import type {
  AuditEntry,
  Counted,
  Event,
  Fact,
  NumberValue,
  Report,
  Resolution,
  Side,
  StoreData,
} from "../store/schema.ts";

export type ResolveChoice = { kind: "trust"; side: number } | { kind: "both-stand" };

export type ResolveResult =
  | { ok: true; resolution: Resolution }
  | { ok: false; reason: "unknown-dispute" | "bad-choice" }
  | { ok: false; reason: "already-resolved"; resolution: Resolution };

function audit(data: StoreData, entry: AuditEntry): void {
  data.audit.push(entry);
}

function nextId(prefix: string, existing: readonly { id: string }[]): string {
  return `${prefix}-${existing.length + 1}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function resolveDispute(
  store: Store,
  knowledge: () => Knowledge,
  input: { disputeId: string; choice: ResolveChoice; note: string | null; by: string; now: string },
): Promise<ResolveResult> {
  return store.update((data): ResolveResult => {
    // Checked inside the write queue: two editors clicking at once resolve it once.
    const first = data.resolutions.find((r) => r.disputeId === input.disputeId);
    if (first) return { ok: false, reason: "already-resolved", resolution: first };
    const dispute: Dispute | undefined = knowledge().findings.disputes.find(
      (d) => d.id === input.disputeId,
    );
    if (!dispute) return { ok: false, reason: "unknown-dispute" };
    let trusted: string[] = [];
    if (input.choice.kind === "trust") {
      const side = dispute.sides[input.choice.side];
      if (!side) return { ok: false, reason: "bad-choice" };
      trusted = side.factIds;
    }
    const resolution: Resolution = {
      id: nextId("res", data.resolutions),
      disputeId: dispute.id,
      trustedFactIds: trusted,
      verdict: input.choice.kind === "trust" ? "trust" : "both-stand",
      note: input.note?.trim() ? input.note.trim().slice(0, 2000) : null,
      by: input.by,
      at: input.now,
    };
    data.resolutions.push(resolution);
    audit(data, {
      at: input.now,
      by: input.by,
      action: "resolve",
      target: dispute.id,
      before: null,
      after: resolution,
    });
    return { ok: true, resolution };
  }, RESOLVE_TOUCHES);
}

/** A resolution adds a resolution and its audit entry, and changes nothing else. */
const RESOLVE_TOUCHES: readonly Collection[] = ["resolutions", "audit"];

export type ReviewAction =
  | { kind: "approve" }
  | { kind: "reject" }
  | { kind: "correct"; value: NumberValue };

export type ReviewResult =
  | { ok: true; fact: Fact }
  | { ok: false; reason: "unknown-fact" }
  | { ok: false; reason: "already-reviewed"; fact: Fact };

export async function reviewFact(
  store: Store,
  input: { factId: string; action: ReviewAction; by: string; now: string },
): Promise<ReviewResult> {
  return store.update((data): ReviewResult => {
    const index = data.facts.findIndex((f) => f.id === input.factId);
    const before = data.facts[index];
    if (!before) return { ok: false, reason: "unknown-fact" };
    if (before.status !== "unreviewed")
      return { ok: false, reason: "already-reviewed", fact: before };
    const after: Fact = {
      ...before,
      status: input.action.kind === "reject" ? "rejected" : "reviewed",
      ...(input.action.kind === "correct" ? { value: input.action.value } : {}),
    };
    data.facts[index] = after;
    audit(data, {
      at: input.now,
      by: input.by,
      action: input.action.kind,
      target: before.id,
      before,
      after,
    });
    // A figure approved for an event ingest proposed: the event stands with it.
    const e = data.events.findIndex((x) => x.id === after.eventId && x.status === "unreviewed");
    const event = data.events[e];
    if (event && after.status === "reviewed") {
      const approved: Event = { ...event, status: "reviewed" };
      data.events[e] = approved;
      audit(data, {
        at: input.now,
        by: input.by,
        action: "approve-event",
        target: event.id,
        before: event,
        after: approved,
      });
    }
    return { ok: true, fact: after };
  }, REVIEW_TOUCHES);
}

/**
 * A review decision replaces rows of the facts, events and sources (never adds or removes one)
 * and adds audit entries: the file store keeps those rows in its small overlay of decisions
 * rather than rewriting the archive (store/reviews.ts).
 */
const REVIEW_TOUCHES: readonly Collection[] = ["sources", "events", "facts", "audit"];

export async function reportProblem(
  store: Store,
  input: { by: string; answer: string; note: string; now: string },
): Promise<Report> {
  return store.update(
    (data) => {
      const report: Report = {
        id: nextId("rep", data.reports),
        by: input.by,
        at: input.now,
        answer: input.answer.slice(0, 500),
        note: input.note.slice(0, 3000),
        status: "open",
      };
      data.reports.push(report);
      audit(data, {
        at: input.now,
        by: input.by,
        action: "report",
        target: report.id,
        before: null,
        // The report itself is in data.reports (target names it); its note is kept once.
        after: { status: report.status },
      });
      return report;
    },
    ["reports", "audit"],
  );
}

export type EventReviewResult =
  | { ok: true; event: Event; facts: number }
  | { ok: false; reason: "unknown-event" }
  | { ok: false; reason: "already-reviewed"; event: Event };

/**
 * Approves or rejects an event ingest proposed. Rejected, the facts still waiting on it are
 * rejected with it (a figure cannot stand for an event that did not happen).
 */
export async function reviewEvent(
  store: Store,
  input: { eventId: string; action: "approve" | "reject"; by: string; now: string },
): Promise<EventReviewResult> {
  return store.update((data): EventReviewResult => {
    const index = data.events.findIndex((e) => e.id === input.eventId);
    const before = data.events[index];
    if (!before) return { ok: false, reason: "unknown-event" };
    if (before.status !== "unreviewed")
      return { ok: false, reason: "already-reviewed", event: before };
    const after: Event = {
      ...before,
      status: input.action === "approve" ? "reviewed" : "rejected",
    };
    data.events[index] = after;
    audit(data, {
      at: input.now,
      by: input.by,
      action: `${input.action}-event`,
      target: before.id,
      before,
      after,
    });
    let facts = 0;
    if (input.action === "reject") {
      data.facts.forEach((f, i) => {
        if (f.eventId !== before.id || f.status !== "unreviewed") return;
        const rejected: Fact = { ...f, status: "rejected" };
        data.facts[i] = rejected;
        audit(data, {
          at: input.now,
          by: input.by,
          action: "reject",
          target: f.id,
          before: f,
          after: rejected,
        });
        facts++;
      });
    }
    return { ok: true, event: after, facts };
  }, REVIEW_TOUCHES);
}

export type SourceApproval =
  | { ok: true; events: number; facts: number; left: number }
  | { ok: false; reason: "unknown-source" };

/**
 * One click for a source: its proposed events, and its clean facts (placed, not unclassified,
 * and not at odds with a reviewed figure: `clean` says which), are approved together. The
 * rest stay in the queue for a closer look.
 */
export async function approveSource(
  store: Store,
  input: { sourceId: string; clean: ReadonlySet<string>; by: string; now: string },
): Promise<SourceApproval> {
  return store.update((data): SourceApproval => {
    const sIndex = data.sources.findIndex((s) => s.id === input.sourceId);
    const source = data.sources[sIndex];
    if (!source) return { ok: false, reason: "unknown-source" };
    const at = input.now;
    if (source.status === "unreviewed") {
      const after = { ...source, status: "reviewed" as const };
      data.sources[sIndex] = after;
      audit(data, {
        at,
        by: input.by,
        action: "approve-source",
        target: source.id,
        before: { status: source.status },
        after: { status: after.status },
      });
    }
    let events = 0;
    const approved = new Set<string>();
    data.events.forEach((e, i) => {
      if (e.sourceId !== source.id || e.status !== "unreviewed") return;
      const after: Event = { ...e, status: "reviewed" };
      data.events[i] = after;
      approved.add(e.id);
      audit(data, { at, by: input.by, action: "approve-event", target: e.id, before: e, after });
      events++;
    });
    const inForce = new Set(
      data.events.filter((e) => e.status === undefined || e.status === "reviewed").map((e) => e.id),
    );
    let facts = 0;
    let left = 0;
    data.facts.forEach((f, i) => {
      if (f.sourceId !== source.id || f.status !== "unreviewed") return;
      if (!input.clean.has(f.id) || !inForce.has(f.eventId)) {
        left++;
        return;
      }
      const after: Fact = { ...f, status: "reviewed" };
      data.facts[i] = after;
      audit(data, { at, by: input.by, action: "approve", target: f.id, before: f, after });
      facts++;
    });
    return { ok: true, events, facts, left };
  }, REVIEW_TOUCHES);
}

/** An unclassified figure placed by an editor: what it counts, and for whom. */
export async function classifyFact(
  store: Store,
  input: { factId: string; counted: Counted; side: Side | null; by: string; now: string },
): Promise<ReviewResult> {
  return store.update((data): ReviewResult => {
    const index = data.facts.findIndex((f) => f.id === input.factId);
    const before = data.facts[index];
    if (!before) return { ok: false, reason: "unknown-fact" };
    if (before.status !== "unreviewed")
      return { ok: false, reason: "already-reviewed", fact: before };
    const after: Fact = {
      ...before,
      measure: before.measure === "unclassified" ? "released" : before.measure,
      counted: input.counted,
      side: input.side,
    };
    data.facts[index] = after;
    audit(data, {
      at: input.now,
      by: input.by,
      action: "classify",
      target: before.id,
      before,
      after,
    });
    return { ok: true, fact: after };
  }, REVIEW_TOUCHES);
}
