/**
 * A figure written while a deal was still under way ("by now each side has handed over 697",
 * "Total: 697 a side" in a draft of May 24) counts the deal so far, not the whole of it: the
 * whole deal's figure is no ground for "contradicted". Matched against the waves up to the
 * draft's day it is supported; otherwise it is left unverified, saying why.
 */
import type { ClaimCheck } from "../../answers.ts";
import { eventEnd, eventStart } from "../../catalog.ts";
import { formatNewsroomDate } from "../../dates.ts";
import { findNumbers, formatNumber } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import { MID_DEAL_SO_FAR } from "../vocabulary.ts";

export function judgeMidDeal(
  k: Knowledge,
  figures: ClaimCheck[],
  refDate: string | null,
  text = "",
): void {
  if (!refDate) return;
  for (const c of figures) {
    if (c.verdict !== "contradicted" || c.kind === "day" || !c.eventId) continue;
    const deal = k.catalog.events.get(c.eventId);
    const start = deal ? eventStart(deal) : null;
    const end = deal ? eventEnd(deal) : null;
    if (deal?.kind !== "deal" || !start || !end || refDate < start || refDate >= end) continue;
    // Only where the words count what has happened so far, not the deal as agreed: in its own
    // sentence, or in the heading of the box it stands in ("THE SWAP SO FAR … Total: 697").
    const heading =
      text
        .slice(Math.max(0, c.start - 160), c.start)
        .split(/\n\s*\n/)
        .at(-1) ?? "";
    if (!MID_DEAL_SO_FAR.test(c.sentence) && !MID_DEAL_SO_FAR.test(heading)) continue;
    const read = findNumbers(c.read)[0];
    const n = read?.n;
    const sofar = dealSoFar(k, deal.id, refDate);
    // Already held to the deal so far (a slip such as 679 for 697): that judgement stands.
    const right = c.right ? findNumbers(c.right)[0]?.n : undefined;
    if (!sofar || right === undefined || right === sofar.soFar || right === sofar.soFar * 2)
      continue;
    const { each, soFar } = sofar;
    const sum = `${each.map(formatNumber).join(" + ")} = ${formatNumber(soFar)}`;
    // Both sides' sum fits only where no one side is named: "1,394 Ukrainians" is twice theirs.
    const oneSide = c.side === "ukraine" || c.side === "russia" || c.side === "each";
    if (n !== undefined && (n === soFar || (n === soFar * 2 && !oneSide))) {
      c.verdict = "supported";
      c.reason = `Matches the deal so far on the draft's date, ${formatNewsroomDate(refDate)}: ${sum} each side${n === soFar * 2 ? `, ${formatNumber(soFar * 2)} in all` : ""}.`;
      c.correction = null;
      c.right = undefined;
    } else if (n !== undefined && read?.qualifier === "exact" && n !== right) {
      // Neither the deal so far nor the whole: wrong either way, and the words count so far.
      const both = c.side === "total";
      c.reason = `The deal so far on the draft's date, ${formatNewsroomDate(refDate)}, was ${sum} each side${both ? `, ${formatNumber(soFar * 2)} in all` : ""} (the whole deal: ${c.right}), not ${c.read}.`;
      c.right = formatNumber(both ? soFar * 2 : soFar);
      c.correction = null;
    } else {
      c.verdict = "unverified";
      c.reason = `Not marked wrong: the draft is dated ${formatNewsroomDate(refDate)}, before ${deal.title.replace(/^The /, "the ")} ended on ${formatNewsroomDate(end)}, so its figure may count the deal so far (${sum} each side), not the whole.`;
      c.correction = null;
      c.right = undefined;
    }
  }
}

/**
 * A deal's waves up to a day, each by its one figure for each side, and their sum; null when no
 * wave has begun or one has no single such figure.
 */
export function dealSoFar(
  k: Knowledge,
  dealId: string,
  day: string,
): { each: number[]; soFar: number } | null {
  const waves = (k.catalog.partsOf.get(dealId) ?? []).filter(
    (w) => (eventStart(w) ?? "9999") <= day,
  );
  const each = waves.map((w) => {
    const values = new Set(
      (k.catalog.factsByEvent.get(w.id) ?? [])
        .filter((f) => f.measure === "released" && f.side === "each" && !f.planned)
        .map((f) => (f.value.type === "number" ? f.value.n : Number.NaN)),
    );
    return values.size === 1 ? ([...values][0] as number) : Number.NaN;
  });
  const soFar = each.reduce((a, b) => a + b, 0);
  return waves.length > 0 && Number.isFinite(soFar) ? { each, soFar } : null;
}
