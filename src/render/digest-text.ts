/** The daily digest as plain text (`factdesk digest --dry-run`), from the same object as Slack's. */
import type { DigestAnswer } from "../domain/answers.ts";
import { oneLine } from "./escape.ts";
import { stripInvisible } from "./user-text.ts";

/** A reader's words on one line, without controls that would reorder or hide the rest. */
const plain = (s: string) => oneLine(stripInvisible(s));

export function digestText(d: DigestAnswer): string {
  const lines = [`Factdesk daily digest — ${d.day}`];
  if (d.quiet) {
    lines.push(
      `A quiet day: nothing changed${d.since ? " since the last digest" : ""}. ${d.openDisputes.length} disputes still open.`,
    );
    return lines.join("\n");
  }
  const changes: string[] = [];
  if (d.sourcesAdded.length > 0)
    changes.push(
      `${d.sourcesAdded.length} new source${d.sourcesAdded.length === 1 ? "" : "s"}: ${d.sourcesAdded.map((s) => s.outlet).join(", ")}`,
    );
  if (d.eventsAdded?.length) changes.push(`new events proposed: ${d.eventsAdded.join(", ")}`);
  if (d.factsAdded > 0) changes.push(`${d.factsAdded} facts added`);
  if (d.factsApproved > 0) changes.push(`${d.factsApproved} approved`);
  if (d.factsRejected > 0) changes.push(`${d.factsRejected} rejected`);
  if (d.disputesOpened.length > 0) changes.push(`${d.disputesOpened.length} disputes opened`);
  if (d.disputesResolved.length > 0) changes.push(`${d.disputesResolved.length} resolved`);
  if (changes.length > 0) lines.push("", `What changed: ${changes.join("; ")}.`);
  for (const dispute of d.disputesResolved) {
    const r = dispute.resolution;
    if (r)
      lines.push(
        `  ✓ ${dispute.title}: resolved by ${r.by} (${r.verdict === "trust" ? `trusts ${r.trustedValue}` : "both stand"})`,
      );
  }
  if (d.factchecks.runs > 0) {
    const f = d.factchecks;
    lines.push(
      "",
      `Fact-checks: ${f.runs} run${f.runs === 1 ? "" : "s"}, ${f.claims} claims, ${f.contradicted} contradicted.`,
    );
    if (f.mostWrong.length > 0)
      lines.push(
        `  Most often wrong: ${f.mostWrong.map((w) => `${w.figure} (${w.times}×)`).join(", ")}`,
      );
  }
  if (d.reports.length > 0) {
    lines.push("", `Problems reported (${d.reports.length}):`);
    for (const r of d.reports) lines.push(`  • ${r.by} on “${plain(r.answer)}”: ${plain(r.note)}`);
  }
  if (d.awaitingReview > 0 || d.eventsAwaitingReview)
    lines.push(
      "",
      `${d.awaitingReview} facts${d.eventsAwaitingReview ? ` and ${d.eventsAwaitingReview} proposed events` : ""} await an editor's review (/review).`,
    );
  lines.push("", `Open disputes (${d.openDisputes.length}):`);
  for (const o of d.openDisputes.slice(0, 10)) {
    lines.push(
      `  ! ${o.dispute.title} — open ${o.daysOpen} day${o.daysOpen === 1 ? "" : "s"} (since ${o.openSince})`,
    );
    lines.push(`    ${o.dispute.sentence}`);
  }
  if (d.openDisputes.length > 10)
    lines.push(`  …and ${d.openDisputes.length - 10} more (/disputes)`);
  const deal = d.totals.deal;
  if (deal) {
    const waves = deal.waves
      .map((w) => `${w.event.dateText}: ${w.figure?.readings[0]?.valueText ?? "?"}`)
      .join(", ");
    lines.push("", `Running totals: ${deal.event.title} — ${waves}.`);
    for (const c of deal.checks)
      lines.push(`  ${c.ok ? "✓" : "✗"} ${c.expression} (against ${c.against.valueText})`);
  }
  const last = d.totals.timeline.at(-1);
  if (last)
    lines.push(
      `  Latest running total: ${last.figure.readings[0]?.valueText} Ukrainians returned since 2022 (as of ${last.asOf}).`,
    );
  return lines.join("\n");
}
