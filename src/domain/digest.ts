/**
 * The daily digest: what changed since the last one, what is still disputed and for how long,
 * what the fact-checks caught, and the running totals. Pure: the caller passes the clock.
 */
import type { StoreData } from "../store/schema.ts";
import type { DigestAnswer, OpenDispute } from "./answers.ts";
import { daysBetween, formatNewsroomDate } from "./dates.ts";
import type { Dispute } from "./disputes.ts";
import type { Knowledge } from "./queries.ts";
import { totals } from "./queries.ts";
import { disputeView, sourceRef } from "./views.ts";

export interface DigestClock {
  /** The day the digest is for (in the digest's time zone), YYYY-MM-DD. */
  day: string;
  /** Now, as an ISO date-time. */
  now: string;
}

/** When a dispute opened: when the last of its facts entered the store. */
export function disputeOpenedAt(k: Knowledge, d: Dispute): string {
  let latest = "";
  for (const side of d.sides) {
    for (const id of side.factIds) {
      const fact = k.catalog.facts.get(id);
      const at = fact?.addedAt ?? k.catalog.sources.get(fact?.sourceId ?? "")?.addedAt ?? "";
      if (at > latest) latest = at;
    }
  }
  return latest;
}

/** The last digest posted to a channel, if any; with `beforeDay`, the last one for an earlier day. */
export function lastDigest(data: StoreData, channel: string | null, beforeDay?: string) {
  const posted = data.digests.filter(
    (d) =>
      (channel === null || d.channel === channel) && (beforeDay === undefined || d.day < beforeDay),
  );
  return posted.reduce<(typeof posted)[number] | null>(
    (a, b) => (a && a.postedAt > b.postedAt ? a : b),
    null,
  );
}

export interface DigestOptions {
  /**
   * Show today's digest again when it has already gone out (`/digest` after the post): count
   * from the last digest of an earlier day, not from today's.
   */
  again?: boolean;
}

export function buildDigest(
  k: Knowledge,
  clock: DigestClock,
  channel: string | null = null,
  options: DigestOptions = {},
): DigestAnswer {
  const data = k.catalog.data;
  const since = lastDigest(data, channel, options.again ? clock.day : undefined)?.postedAt ?? null;
  const after = (at: string | undefined) =>
    Boolean(at) && (since === null || (at as string) > since) && (at as string) <= clock.now;

  const sourcesAdded = data.sources.filter((s) => after(s.addedAt)).map(sourceRef);
  const newSourceIds = new Set(sourcesAdded.map((s) => s.id));
  const factsAdded = data.facts.filter((f) =>
    f.addedAt ? after(f.addedAt) : newSourceIds.has(f.sourceId),
  ).length;
  const auditSince = data.audit.filter((a) => after(a.at));
  const count = (action: string) => auditSince.filter((a) => a.action === action).length;

  const resolvedIds = new Set(data.resolutions.map((r) => r.disputeId));
  const opened: Dispute[] = [];
  const open: OpenDispute[] = [];
  for (const d of k.findings.disputes) {
    const at = disputeOpenedAt(k, d);
    if (since === null ? false : after(at)) opened.push(d);
    if (!resolvedIds.has(d.id)) {
      const day = at ? at.slice(0, 10) : clock.day;
      open.push({
        dispute: disputeView(k.catalog, d),
        openSince: formatNewsroomDate(day),
        daysOpen: Math.max(0, daysBetween(day, clock.day)),
      });
    }
  }
  open.sort((a, b) => b.daysOpen - a.daysOpen);
  const resolved = data.resolutions
    .filter((r) => after(r.at))
    .map((r) => k.findings.disputes.find((d) => d.id === r.disputeId))
    .filter((d): d is Dispute => Boolean(d));

  const runs = data.factchecks.filter((r) => after(r.at));
  const wrong = new Map<string, number>();
  for (const r of runs) for (const w of r.wrong) wrong.set(w, (wrong.get(w) ?? 0) + 1);
  const factchecks = {
    runs: runs.length,
    claims: runs.reduce((s, r) => s + r.claims, 0),
    contradicted: runs.reduce((s, r) => s + (r.verdicts.contradicted ?? 0), 0),
    mostWrong: [...wrong.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(([figure, times]) => ({ figure, times })),
  };
  const reports = data.reports
    .filter((r) => after(r.at))
    .map((r) => ({ by: r.by, note: r.note, answer: r.answer }));
  const awaitingReview = data.facts.filter((f) => f.status === "unreviewed").length;
  const eventsAdded = data.events.filter((e) => e.addedAt && after(e.addedAt)).map((e) => e.title);
  const eventsAwaitingReview = data.events.filter((e) => e.status === "unreviewed").length;

  const quiet =
    sourcesAdded.length === 0 &&
    factsAdded === 0 &&
    eventsAdded.length === 0 &&
    count("approve") + count("reject") + count("correct") === 0 &&
    opened.length === 0 &&
    resolved.length === 0 &&
    runs.length === 0 &&
    reports.length === 0;

  return {
    kind: "digest",
    day: formatNewsroomDate(clock.day),
    since,
    quiet,
    sourcesAdded,
    factsAdded,
    factsApproved: count("approve"),
    factsRejected: count("reject"),
    disputesOpened: opened.map((d) => disputeView(k.catalog, d)),
    disputesResolved: resolved.map((d) => disputeView(k.catalog, d)),
    openDisputes: open,
    factchecks,
    reports,
    awaitingReview,
    ...(eventsAdded.length > 0 || eventsAwaitingReview > 0
      ? { eventsAdded, eventsAwaitingReview }
      : {}),
    totals: totals(k),
  };
}
