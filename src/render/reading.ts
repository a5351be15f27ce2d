/**
 * A verdict's reading in one short line, the same words in the terminal and in Slack: what the
 * fact-check took the figure to be about, and from which words of the draft, so an editor sees
 * why it was judged as it was.
 */
import type { ClaimCheck, ClaimReading, ReadingPart } from "../domain/answers.ts";

function part(p: ReadingPart): string {
  const from = p.from
    ? ` (“${p.from}”${p.note ? `; ${p.note}` : ""})`
    : p.note
      ? ` (${p.note})`
      : "";
  return `${p.value}${from}`;
}

/** "Read as: each side (“each”) · prisoners (“prisoners”) · Second wave…, May 24, 2025 (“May 24”) · one exchange". */
export function readingLine(r: ClaimReading, verdict?: string): string {
  // A day's reading has no side: its empty parts are left out.
  const parts = [r.side, r.counted, r.event, r.scope].filter((p) => p.value).map(part);
  if (r.part) parts.push(part(r.part));
  // What was unclear matters where it kept a claim from being judged.
  const unclear =
    r.unclear.length > 0 && (verdict === undefined || verdict === "unverified")
      ? ` · unclear: ${r.unclear.join("; ")}`
      : "";
  return `Read as: ${parts.join(" · ")}${unclear}`;
}

/** A figure the store reaches by adding quoted ones ("390 + 307 = 697"): its sum is shown. */
export const isDerived = (c: ClaimCheck): boolean => c.store?.includes(" = ") ?? false;
