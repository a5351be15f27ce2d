/**
 * What editors change: dispute resolutions, reviews of unreviewed facts, and readers' problem
 * reports. Every change goes through the store's one write queue and is appended to the audit
 * log (who, when, what, before, after) in the same write, so neither is ever kept without the other.
 */
import type { Dispute } from "../domain/disputes.ts";
import type { Knowledge } from "../domain/queries.ts";
import type { FactStore as Store } from "../store/fact-store.ts";
import type {
  AuditEntry,
  Fact,
  NumberValue,
  Report,
  Resolution,
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
  });
}

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
    return { ok: true, fact: after };
  });
}

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
