/**
 * "303 on Sunday, after 390 each on Friday and 307 on Saturday": a day told right after a
 * figure, as its day, is a claim too: that the figure's exchange took place then. Where the
 * figure is supported by the exchange of that very day, the day is supported with it. A day
 * the store has no exchange on, told with a figure that exactly one exchange a few days off
 * holds ("390 on Thursday", the first wave being Friday's), is put right by that exchange's day.
 * Nothing else is said of such a day here: a day beside a wrong figure is left to the day's own
 * checks, unless the figure was judged against that very day's exchange and is not the store's
 * for another day nearby ("Friday: 390 | Saturday: 370"): the figure is the slip, not the day.
 */
import type { ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { dayNumber, formatNewsroomDate } from "../../dates.ts";
import { extend } from "../../extend.ts";
import { formatNumber } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import { overlapsAny } from "../overlaps.ts";
import type { Claim } from "../read/claims.ts";
import { FIGURE_THEN_DAY } from "../vocabulary.ts";
import { daysOf } from "./date-verdict.ts";
import { nearbyHolding } from "./day-by-figure.ts";
import { sameFigureElsewhere } from "./verdict.ts";
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
    if (!f?.eventId || !claim.date || !claim.dateText) return;
    const wrongFigure = f.verdict === "contradicted";
    if (f.verdict !== "supported" && !wrongFigure) return;
    if (claim.dateInherited || claim.dateBasis === "guess") return;
    const event = k.catalog.events.get(f.eventId);
    const held = event?.kind === "exchange" ? eventStart(event) : null;
    if (!event || !held) return;
    // The figure's exchange is another day's: only a day with no exchange of its own, and one
    // exchange alone within a few days that holds the figure, says the day is the slip.
    const slip = held !== claim.date;
    // A wrong figure vouches for its day only where that day's own exchange put it right, and
    // the figure is not another day's nearby ("Saturday: 390", Friday's): then either may slip.
    if (wrongFigure && (slip || sameFigureElsewhere(k, claim, f.eventId) !== null)) return;
    if (
      slip &&
      ((k.catalog.eventsByDay.get(claim.date) ?? []).some((e) => e.kind === "exchange") ||
        nearbyHolding(k, null, formatNumber(claim.number.n), dayNumber(claim.date))?.id !==
          event.id)
    )
      return;
    // A day the sources disagree on ("May 6, 2025, with 205 released") is the day's own check's.
    if (daysOf(k, event).length > 1) return;
    const lead = FIGURE_THEN_DAY.exec(text.slice(f.end, f.end + 40));
    const after = f.end + (lead?.[0].length ?? 0);
    // "May 23 – first 390 cross each way", "Friday, May 23: 390 freed by each side", "On May 24,
    // each side released 307": a day that leads its figure's line or clause is its day too.
    const before = lead ? -1 : leadingDay(text, claim.dateText, claim.sentence.start, f.start);
    const start = lead && text.startsWith(claim.dateText, after) ? after : before;
    if (start < 0) return;
    const end = start + claim.dateText.length;
    if (onShown({ start, end }) || out.some((c) => c.start < end && start < c.end)) return;
    const day = formatNewsroomDate(claim.date);
    const right = formatNewsroomDate(held);
    const title = lowerThe(event.title).replace(/^./, (c) => c.toUpperCase());
    // The wrong figure's correction is its own; the day keeps only its citations.
    const { right: _figureRight, ...figure } = f;
    out.push(
      extend(wrongFigure ? figure : f, {
        claim: claim.dateText,
        start,
        end,
        read: claim.dateText,
        about: `the day of ${lowerThe(event.title)}`,
        store: right,
        kind: "day" as const,
        ...(slip
          ? {
              verdict: "contradicted" as const,
              right,
              correction: null,
              reason: `The store has no exchange on ${day}; the figure told with the day, ${formatNumber(claim.number.n)}, is the store's for ${lowerThe(event.title)} alone, which took place on ${right}.`,
            }
          : {
              verdict: "supported" as const,
              correction: null,
              disputeIds: [],
              reason: wrongFigure
                ? `${title} took place on ${day}; the figure told with the day is put right on its own.`
                : `${title} took place on ${day}, and the figure told with the day is its own.`,
            }),
      }),
    );
  });
  return out;
}

/** Where a day written before its figure, in the figure's sentence and clause, starts; else -1. */
function leadingDay(text: string, day: string, sentenceStart: number, figureStart: number): number {
  const at = text.lastIndexOf(day, figureStart);
  if (at < sentenceStart || at + day.length > figureStart) return -1;
  // Nothing between that could hold a day or figure of its own ("May 22 – agencies convene;
  // May 23 – 390") or a turn of the sentence ("… but on Saturday 303").
  const between = text.slice(at + day.length, figureStart);
  return between.length <= 60 &&
    !/[\d;\n]|\b(?:but|after|before|while|whereas|then)\b/i.test(between)
    ? at
    : -1;
}
