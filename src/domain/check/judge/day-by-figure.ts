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
    const events = new Set<string>();
    for (const f of figures) {
      if (f.sentence !== own.sentence || f.verdict !== "supported" || !f.eventId) continue;
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
      reason: `The figure beside it is the store's for ${event.title.replace(/^The /, "the ")}, which took place on ${right}, not ${formatNewsroomDate(dc.date)}.`,
    };
  });
}
