/**
 * "The first stage took place on Thursday, 22.05, when home came 390": the store has no
 * exchange on May 22, but the figure beside the day is the store's for May 23's. Where the
 * figures of the day's own sentence all point to one exchange a few days off, that exchange is
 * the one the day is given for, and the day is wrong.
 */
import type { ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { dayNumber, formatNewsroomDate } from "../../dates.ts";
import type { Knowledge } from "../../queries.ts";
import type { DateClaim } from "../read/date-claims.ts";
import { lowerThe } from "./wording.ts";

/** How far off a day may be and still be a slip for the exchange its figure names. */
const SLIP_DAYS = 3;

export function judgeDaysByFigures(
  k: Knowledge,
  dateClaims: readonly DateClaim[],
  days: ClaimCheck[],
  figures: readonly ClaimCheck[],
): void {
  dateClaims.forEach((dc, i) => {
    const own = days[i];
    if (own?.verdict !== "unverified" || dc.about !== "exchange" || !dc.date) return;
    if (dc.basis === "guess") return;
    const said = dayNumber(dc.date);
    const inSentence = figures.filter((f) => f.sentence === own.sentence);
    // "390 of them on Thursday, 307 on Friday": in a list, the figure told with the day is its.
    const paired = inSentence.filter((f) => pairedWith(own.sentence, f, dc));
    const events = new Set<string>();
    for (const f of paired.length === 1 ? paired : inSentence) {
      if (f.verdict !== "supported" || !f.eventId) continue;
      const e = k.catalog.events.get(f.eventId);
      const start = e && e.kind === "exchange" ? eventStart(e) : null;
      // A figure of a deal, talks or a total beside the day: it does not say which exchange.
      if (!start) return;
      events.add(f.eventId);
    }
    if (events.size !== 1) return;
    const event = k.catalog.events.get([...events][0] as string);
    const start = event ? eventStart(event) : null;
    if (!event || !start || start === dc.date) return;
    if (Math.abs(dayNumber(start) - said) > SLIP_DAYS) return;
    const right = formatNewsroomDate(start);
    days[i] = {
      ...own,
      verdict: "contradicted",
      eventId: event.id,
      store: right,
      right,
      reason: `The figure beside it is the store's for ${lowerThe(event.title)}, which took place on ${right}, not ${formatNewsroomDate(dc.date)}.`,
    };
  });
}

/** "390 of them on Thursday", "307 on Friday": the figure just before the day, nothing between. */
function pairedWith(sentence: string, f: ClaimCheck, dc: DateClaim): boolean {
  const day = dc.span.start - dc.sentence.start;
  const figureEnd = f.end - dc.sentence.start;
  const gap = figureEnd >= 0 && figureEnd <= day ? sentence.slice(figureEnd, day) : null;
  return (
    gap !== null &&
    /^\s*(?:of (?:them|those|these)\s+)?(?:came home\s+|were freed\s+|returned\s+)?on\s+$/i.test(
      gap,
    )
  );
}
