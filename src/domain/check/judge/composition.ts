/**
 * Who was in a wave. Where one source calls a side's whole wave prisoners of war ("both
 * countries released 390 of their prisoners of war") and another splits the same wave into
 * servicemen and civilians ("270 servicemen and 120 civilians were received"), the sources
 * disagree on its make-up: a civilians figure that matches the split is one side of that
 * disagreement, exactly as the servicemen figure is, and is shown disputed with both quotes.
 */
import type { Fact } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import type { Knowledge } from "../../queries.ts";
import { cite } from "../align/store-index.ts";

export function judgeComposition(k: Knowledge, figures: ClaimCheck[]): void {
  for (const [i, f] of figures.entries()) {
    if (f.verdict !== "supported" || f.counted !== "civilians" || f.measure !== "released")
      continue;
    // No side read ("of the 390 …, 120 were civilians"): the side of the stored figure it matched.
    const sides = new Set(f.citations.map((c) => k.catalog.facts.get(c.factId)?.side));
    const side = f.side ?? (sides.size === 1 ? [...sides][0] : null);
    if ((side !== "ukraine" && side !== "russia") || !f.eventId) continue;
    const split = whollyMilitary(
      k,
      f.eventId,
      side,
      f.citations.map((c) => c.factId),
    );
    if (!split) continue;
    const n = split.fact.value.type === "number" ? split.fact.value.n : 0;
    const whole = cite(k, split.fact);
    const own = f.citations[0]?.claimant.name ?? "One source";
    figures[i] = {
      ...f,
      verdict: "disputed",
      citations: [...f.citations, whole],
      disputeIds: [...f.disputeIds, split.disputeId],
      store: `${f.store ?? ""}, or none (all ${n} prisoners of war)`,
      reason: `${own} gives ${f.store ?? f.read} civilians; ${whole.claimant.name} calls all ${n} on that side prisoners of war: the sources disagree on who was in the wave.`,
    };
  }
}

/**
 * A fact, from another claimant, that the side's whole wave were military, and the open dispute
 * over that wave's military figure; null where no source says so or an editor has settled it.
 */
function whollyMilitary(
  k: Knowledge,
  eventId: string,
  side: "ukraine" | "russia",
  civilianFacts: readonly string[],
): { fact: Fact; disputeId: string } | null {
  const facts = k.catalog.factsByEvent.get(eventId) ?? [];
  const claimants = new Set(
    civilianFacts.map((id) => k.catalog.facts.get(id)?.claimantId).filter(Boolean),
  );
  const wholes = new Set<number>();
  for (const x of facts)
    if (
      x.measure === "released" &&
      x.value.type === "number" &&
      (x.side === side || x.side === "each") &&
      x.counted !== "civilians" &&
      x.counted !== "wounded" &&
      x.counted !== "military"
    )
      wholes.add(x.value.n);
  const military = facts.find(
    (x) =>
      x.measure === "released" &&
      x.counted === "military" &&
      (x.side === side || x.side === "each") &&
      x.value.type === "number" &&
      wholes.has(x.value.n) &&
      !claimants.has(x.claimantId),
  );
  if (!military) return null;
  const dispute = (k.findings.byEvent.get(eventId) ?? []).find(
    (d) => d.sides.some((s) => s.factIds.includes(military.id)) && !k.catalog.resolutions.has(d.id),
  );
  return dispute ? { fact: military, disputeId: dispute.id } : null;
}
