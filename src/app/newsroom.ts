/**
 * What editors and readers change from Slack, beside the Desk that answers: disputes settled,
 * facts reviewed, problems reported, and the digest of it all. It adds the clock and the
 * digest's zone to editorial.ts, so the Slack listeners only translate clicks into calls.
 */
import type { DigestAnswer, DisputeView } from "../domain/answers.ts";
import { formatNewsroomDate } from "../domain/dates.ts";
import { buildDigest } from "../domain/digest.ts";
import type { Knowledge } from "../domain/queries.ts";
import {
  correctedValue,
  reviewItem as itemOf,
  type ReviewAnswer,
  type ReviewItem,
  review,
} from "../domain/review.ts";
import { disputeView } from "../domain/views.ts";
import { dayIn } from "../scheduler/clock.ts";
import type { FactStore as Store } from "../store/fact-store.ts";
import type { Counted, Fact, Qualifier, Report, Side } from "../store/schema.ts";
import {
  approveSource,
  classifyFact,
  type EventReviewResult,
  type ResolveChoice,
  type ResolveResult,
  reportProblem,
  resolveDispute,
  reviewEvent,
  reviewFact,
  type SourceApproval,
} from "./editorial.ts";

export type ReviewChoice =
  | { kind: "approve" }
  | { kind: "reject" }
  | { kind: "correct"; n: number; qualifier: Exclude<Qualifier, "range"> };

export type ReviewOutcome =
  | { ok: true; fact: Fact }
  | { ok: false; reason: "unknown-fact" | "not-a-number" }
  /** `by`/`at` from the audit log; null for a fact that arrived already reviewed. */
  | { ok: false; reason: "already-reviewed"; fact: Fact; by: string | null; at: string | null };

export interface Newsroom {
  /** The dispute as it stands now, resolution included; null once the store no longer has it. */
  dispute(id: string): DisputeView | null;
  resolve(input: {
    disputeId: string;
    choice: ResolveChoice;
    note: string | null;
    by: string;
  }): Promise<ResolveResult>;
  review(): ReviewAnswer;
  /** One fact as the review queue shows it, whatever its status; null for an unknown id. */
  reviewItem(factId: string): ReviewItem | null;
  reviewFact(input: { factId: string; choice: ReviewChoice; by: string }): Promise<ReviewOutcome>;
  report(input: { by: string; answer: string; note: string }): Promise<Report>;
  /** An event ingest proposed, approved or rejected. */
  reviewEvent(input: {
    eventId: string;
    action: "approve" | "reject";
    by: string;
  }): Promise<EventReviewResult>;
  /** A source's proposed events and clean facts, approved in one go. */
  approveSource(input: { sourceId: string; by: string }): Promise<SourceApproval>;
  /** An unclassified figure placed: what it counts and for whom. */
  classify(input: {
    factId: string;
    counted: Counted;
    side: Side | null;
    by: string;
  }): Promise<ReviewOutcome>;
  /** Today's digest in the digest's zone; shown again in full if it has already gone out. */
  digest(channel: string | null): DigestAnswer;
}

export interface NewsroomOptions {
  store: Store;
  knowledge: () => Knowledge;
  /** The digest's zone: "today" is the day there. */
  tz: string;
  now?: () => Date;
}

/** "May 26, 2025" from an ISO date-time. */
export const newsroomDay = (iso: string): string => formatNewsroomDate(iso.slice(0, 10));

export function openNewsroom(options: NewsroomOptions): Newsroom {
  const { store, knowledge, tz } = options;
  const now = options.now ?? (() => new Date());

  const lastChange = (target: string) =>
    store.data.audit.findLast(
      (a) => a.target === target && ["approve", "reject", "correct"].includes(a.action),
    ) ?? null;

  return {
    dispute(id) {
      const k = knowledge();
      const d = k.findings.disputes.find((x) => x.id === id);
      return d ? disputeView(k.catalog, d) : null;
    },

    resolve: (input) => resolveDispute(store, knowledge, { ...input, now: now().toISOString() }),

    review: () => review(knowledge()),

    reviewItem(factId) {
      const fact = store.data.facts.find((f) => f.id === factId);
      return fact ? itemOf(knowledge(), fact) : null;
    },

    async reviewFact({ factId, choice, by }) {
      const fact = store.data.facts.find((f) => f.id === factId);
      if (!fact) return { ok: false, reason: "unknown-fact" };
      let action: Parameters<typeof reviewFact>[1]["action"];
      if (choice.kind === "correct") {
        const value = correctedValue(fact, choice.n, choice.qualifier);
        if (!value) return { ok: false, reason: "not-a-number" };
        action = { kind: "correct", value };
      } else action = choice;
      const result = await reviewFact(store, { factId, action, by, now: now().toISOString() });
      if (result.ok || result.reason === "unknown-fact") return result;
      const first = lastChange(factId);
      return { ...result, by: first?.by ?? null, at: first?.at ?? null };
    },

    report: (input) => reportProblem(store, { ...input, now: now().toISOString() }),

    reviewEvent: (input) => reviewEvent(store, { ...input, now: now().toISOString() }),

    approveSource({ sourceId, by }) {
      const clean = new Set(
        review(knowledge())
          .facts.filter((f) => f.sourceId === sourceId && f.clean)
          .map((f) => f.factId),
      );
      return approveSource(store, { sourceId, clean, by, now: now().toISOString() });
    },

    async classify(input) {
      const result = await classifyFact(store, { ...input, now: now().toISOString() });
      if (result.ok || result.reason === "unknown-fact") return result;
      const first = lastChange(input.factId);
      return { ...result, by: first?.by ?? null, at: first?.at ?? null };
    },

    digest(channel) {
      const at = now();
      return buildDigest(knowledge(), { day: dayIn(at, tz), now: at.toISOString() }, channel, {
        again: true,
      });
    },
  };
}
