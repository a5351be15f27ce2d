/**
 * Parts are not wholes. Figures told as parts of one whole ("3 women and 387 men", "270
 * soldiers and 120 civilians") are added up and the sum is judged in their place; where the sum
 * fits a stored figure, each part is supported and shows the sum. A part is never contradicted
 * by the whole (certainty.ts sees to that).
 */
import type { ClaimCheck } from "../../answers.ts";
import { pushTo } from "../../group.ts";
import { formatNumber } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import { claimInterval, fitsReadings, readingsOf, speaksFor } from "../align/facts.ts";
import type { Claim } from "../read/claims.ts";
import { judge } from "./certainty.ts";

export function judgeParts(
  k: Knowledge,
  claims: readonly Claim[],
  checks: ClaimCheck[],
  refDate: string | null,
): void {
  const groups = new Map<number, number[]>();
  claims.forEach((c, i) => {
    if (c.partGroup !== null) pushTo(groups, c.partGroup, i);
  });
  for (const members of groups.values()) {
    const parts = members.map((i) => claims[i] as Claim);
    if (parts.some((p) => p.number.qualifier !== "exact" || p.number.n2 !== undefined)) continue;
    const first = parts[0] as Claim;
    const sum = parts.reduce((s, p) => s + p.number.n, 0);
    const sameCount = parts.every((p) => p.counted === first.counted);
    const whole: Claim = {
      ...first,
      number: { ...first.number, n: sum, text: formatNumber(sum) },
      counted: sameCount ? first.counted : "people",
      part: null,
      partGroup: null,
    };
    // One part already shown wrong ("270 civilians" against 120): the sum proves nothing.
    if (members.some((i) => checks[i]?.verdict === "contradicted")) continue;
    const verdict = judge(k, whole, refDate);
    if (verdict.verdict !== "supported" && verdict.verdict !== "disputed") continue;
    // "290 servicemen and 120 civilians" on the first wave's day: a sum that fits another
    // exchange (the early-May 410) says nothing of the one the parts were read with.
    const own = members.map((i) => checks[i]?.eventId).find((id) => id);
    if (own && verdict.eventId && !sameOrWithin(k, verdict.eventId, own)) continue;
    const sumText = `${parts.map((p) => p.number.text).join(" + ")} = ${formatNumber(sum)}`;
    for (const i of members) {
      const own = checks[i] as ClaimCheck;
      // A part's own match (or its own dispute) says more than the sum does.
      if (own.verdict !== "unverified") continue;
      // "270 civilians and 120 servicemen" adds up as well as the right way round: a part the
      // store breaks down by what it counts must be that part's own figure.
      if (verdict.eventId && heldOtherwise(k, claims[i] as Claim, verdict.eventId)) continue;
      const { right: _right, ...rest } = own;
      checks[i] = {
        ...rest,
        verdict: verdict.verdict,
        store: `${sumText}: ${verdict.store ?? ""}`,
        citations: verdict.citations,
        correction: null,
        disputeIds: verdict.disputeIds,
        eventId: verdict.eventId,
        reason: `A part of a whole: ${sumText}, which ${verdict.verdict === "supported" ? "matches" : "matches one side of a dispute over"} the store's ${verdict.store}.`,
      };
    }
  }
}

/** One event, or one a part of the other (a wave and its deal). */
function sameOrWithin(k: Knowledge, a: string, b: string): boolean {
  if (a === b) return true;
  const ea = k.catalog.events.get(a);
  const eb = k.catalog.events.get(b);
  return ea?.partOf === b || eb?.partOf === a;
}

/** The event holds a figure of the part's own kind (civilians, servicemen) that it does not fit. */
function heldOtherwise(k: Knowledge, part: Claim, eventId: string): boolean {
  if (part.counted === null || part.counted === "people") return false;
  const readings = readingsOf(part);
  const held = (k.catalog.factsByEvent.get(eventId) ?? []).filter(
    (f) =>
      f.measure === part.measure &&
      f.counted === part.counted &&
      f.value.type === "number" &&
      readings.some((r) => r.some((sub) => speaksFor(f, sub))),
  );
  return held.length > 0 && !held.some((f) => fitsReadings(f, readings, claimInterval(part)));
}
