/**
 * "697 Ukrainians home since Thursday", "the number freed since Friday": a count run on from a
 * day, in copy written during a deal or just after it, starts that count at the deal's first
 * wave. The day is supported when it is that wave's; it is put right only when the store has no
 * wave of the deal on it and it falls a few days before the first (a count since a later wave's
 * day may rightly start there, and is left alone).
 */
import type { ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { dayNumber, formatNewsroomDate } from "../../dates.ts";
import type { Knowledge } from "../../queries.ts";
import { type DateInfo, SINCE_NAMED_DAY } from "../read/draft-dates.ts";
import { splitSentences } from "../read/sentences.ts";
import { SINCE_DAY_COUNT } from "../vocabulary.ts";
import { lowerThe } from "./wording.ts";

/** How far before the first wave a day may be and still be a slip for it. */
const SLIP_DAYS = 3;
/** How long after a deal's last wave copy still counts "since" its start without saying so. */
const AFTER_DAYS = 7;

export function sinceDayClaims(
  k: Knowledge,
  text: string,
  refDate: string | null,
  dates: readonly DateInfo[],
  taken: (span: { start: number; end: number }) => boolean,
): ClaimCheck[] {
  if (!refDate) return [];
  const since = dates.filter(
    (d) =>
      d.since &&
      d.date !== null &&
      !d.range &&
      d.basis === "draft" &&
      (/\bsince\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start)) ||
        SINCE_NAMED_DAY.test(text.slice(Math.max(0, d.start - 30), d.start))) &&
      !taken(d),
  );
  if (since.length === 0) return [];
  const out: ClaimCheck[] = [];
  const sentences = splitSentences(text);
  for (const d of since) {
    const said = d.date as string;
    const sentence = sentences.find((s) => s.start <= d.start && d.end <= s.end);
    if (!sentence || !SINCE_DAY_COUNT.test(sentence.text)) continue;
    for (const [dealId, waves] of k.catalog.partsOf) {
      const deal = k.catalog.events.get(dealId);
      const days = waves.map(eventStart);
      if (deal?.kind !== "deal" || days.length === 0 || days.some((x) => x === null)) continue;
      const first = days[0] as string;
      const last = days[days.length - 1] as string;
      // Written while the deal ran or just after, and the day near its start.
      if (refDate < first || dayNumber(refDate) - dayNumber(last) > AFTER_DAYS) continue;
      const before = dayNumber(first) - dayNumber(said);
      if (said !== first && (before < 1 || before > SLIP_DAYS || days.includes(said))) continue;
      const fits = said === first;
      const right = formatNewsroomDate(first);
      const wave = waves[0];
      out.push({
        sentence: sentence.text,
        claim: d.text,
        start: d.start,
        end: d.end,
        verdict: fits ? "supported" : "contradicted",
        read: d.text,
        about: `the start of ${lowerThe(deal.title)}, the day a count runs from`,
        eventId: wave?.id ?? dealId,
        store: right,
        citations: [],
        correction: null,
        disputeIds: [],
        kind: "day",
        date: said,
        ...(fits ? {} : { right }),
        reason: fits
          ? `A count run on from the start of ${lowerThe(deal.title)}, whose first wave was on ${right}.`
          : `A count run on from the start of ${lowerThe(deal.title)}: its first wave was on ${right}, and the store has no wave on ${formatNewsroomDate(said)}.`,
      });
      break;
    }
  }
  return out;
}
