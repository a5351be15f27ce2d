/**
 * "303 on Sunday, after 390 each on Friday and 307 on Saturday": a day told right after a
 * figure, as its day, is a claim too: that the figure's exchange took place then. Where the
 * figure is supported by the exchange of that very day, the day is supported with it. Nothing
 * else is said of such a day here: a day beside a wrong figure is left to the day's own checks.
 */
import type { ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { formatNewsroomDate } from "../../dates.ts";
import { extend } from "../../extend.ts";
import type { Knowledge } from "../../queries.ts";
import { overlapsAny } from "../overlaps.ts";
import type { Claim } from "../read/claims.ts";
import { FIGURE_THEN_DAY } from "../vocabulary.ts";
import { lowerThe } from "./wording.ts";

export function figureDays(
  k: Knowledge,
  text: string,
  claims: readonly Claim[],
  figures: readonly ClaimCheck[],
  shown: readonly ClaimCheck[],
): ClaimCheck[] {
  const out: ClaimCheck[] = [];
  const onShown = overlapsAny(shown);
  claims.forEach((claim, i) => {
    const f = figures[i];
    if (f?.verdict !== "supported" || !f.eventId || !claim.date || !claim.dateText) return;
    if (claim.dateInherited || claim.dateBasis === "guess") return;
    const event = k.catalog.events.get(f.eventId);
    if (event?.kind !== "exchange" || eventStart(event) !== claim.date) return;
    const lead = FIGURE_THEN_DAY.exec(text.slice(f.end, f.end + 40));
    const start = f.end + (lead?.[0].length ?? 0);
    if (!lead || !text.startsWith(claim.dateText, start)) return;
    const end = start + claim.dateText.length;
    if (onShown({ start, end }) || out.some((c) => c.start < end && start < c.end)) return;
    const day = formatNewsroomDate(claim.date);
    out.push(
      extend(f, {
        claim: claim.dateText,
        start,
        end,
        read: claim.dateText,
        about: `the day of ${lowerThe(event.title)}`,
        store: day,
        kind: "day" as const,
        reason: `${lowerThe(event.title).replace(/^./, (c) => c.toUpperCase())} took place on ${day}, and the figure told with the day is its own.`,
      }),
    );
  });
  return out;
}
