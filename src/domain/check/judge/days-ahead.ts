/**
 * Days ahead of the draft's date, in copy written while a deal was under way: "the rest are due
 * on Saturday and Monday", "the next group crosses tomorrow", "Monday: the last 303". The day
 * stays in the future (it is not last week's), and is checked, like the event itself, against
 * the waves still to come: a list of days against those waves in order, a day told as the next
 * or the last wave's against that wave, a lone day against the one wave left. A day ahead that
 * none of these pins to one wave says nothing here.
 */
import type { Event } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { dayNumber, formatNewsroomDate } from "../../dates.ts";
import type { Knowledge } from "../../queries.ts";
import type { DateInfo } from "../read/draft-dates.ts";
import { splitSentences } from "../read/sentences.ts";
import { AHEAD_LAST, AHEAD_NEXT, AHEAD_NOT, AHEAD_WAVE } from "../vocabulary.ts";
import { lowerThe } from "./wording.ts";

/** How far a day ahead may be from the wave it is told for and still be a slip for it. */
const SLIP_DAYS = 3;

/**
 * The waves of a deal under way (or about to begin) on the draft's date that are still to come,
 * in order, and whether the deal is under way: only then is a day ahead put right.
 */
function wavesAhead(k: Knowledge, refDate: string): { waves: Event[]; underWay: boolean } {
  for (const [dealId, waves] of k.catalog.partsOf) {
    if (k.catalog.events.get(dealId)?.kind !== "deal") continue;
    const days = waves.map(eventStart);
    if (days.some((d) => d === null)) continue;
    const first = dayNumber(days[0] as string);
    const last = dayNumber(days[days.length - 1] as string);
    const ref = dayNumber(refDate);
    // Under way, or about to begin within the week.
    if (ref < first - 7 || ref >= last) continue;
    return {
      waves: waves.filter((w) => (eventStart(w) as string) > refDate),
      underWay: ref >= first,
    };
  }
  return { waves: [], underWay: false };
}

export function daysAheadClaims(
  k: Knowledge,
  text: string,
  refDate: string | null,
  dates: readonly DateInfo[],
  taken: (span: { start: number; end: number }) => boolean,
): ClaimCheck[] {
  if (!refDate) return [];
  const ahead = dates.filter(
    (d) =>
      d.date !== null &&
      !d.range &&
      !d.since &&
      !d.byDeal &&
      (d.basis === "draft" || d.basis === "written") &&
      d.date > refDate &&
      dayNumber(d.date) - dayNumber(refDate) <= 7,
  );
  if (ahead.length === 0) return [];
  const { waves, underWay } = wavesAhead(k, refDate);
  if (waves.length === 0) return [];
  const out: ClaimCheck[] = [];
  for (const sentence of splitSentences(text)) {
    const own = ahead.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
    if (own.length === 0 || own.some(taken)) continue;
    const s = sentence.text;
    if (!AHEAD_WAVE.test(s) || AHEAD_NOT.test(s)) continue;
    // Each day once, in the order told ("on Saturday and Monday").
    const told = own.filter((d, i) => own.findIndex((o) => o.date === d.date) === i);
    const targets = pinned(told, waves, s);
    told.forEach((d, i) => {
      const wave = targets[i];
      if (!wave || !d.date) return;
      const held = eventStart(wave) as string;
      if (Math.abs(dayNumber(held) - dayNumber(d.date)) > SLIP_DAYS) return;
      const right = formatNewsroomDate(held);
      const fits = held === d.date;
      // A day with a wave of its own ("last swap … tmrw", the wave being tomorrow's) is not put
      // right by another: "last" may be the one before. Nor is a plan told before the deal began.
      if (!fits && (!underWay || waves.some((w) => eventStart(w) === d.date))) return;
      out.push({
        sentence: s,
        claim: d.text,
        start: d.start,
        end: d.end,
        verdict: fits ? "supported" : "contradicted",
        read: d.text,
        about: `the day of ${lowerThe(wave.title)}, still to come on ${formatNewsroomDate(refDate)}`,
        eventId: wave.id,
        store: right,
        citations: [],
        correction: null,
        disputeIds: [],
        kind: "day",
        date: d.date,
        ...(fits ? {} : { right }),
        reason: fits
          ? `A day ahead of the draft's date: ${lowerThe(wave.title)} took place on ${right}.`
          : `A day ahead of the draft's date, told for ${lowerThe(wave.title)}, which took place on ${right}, not ${formatNewsroomDate(d.date)}.`,
      });
    });
  }
  return out;
}

/** The wave each day told is for, where the words pin it; undefined where they do not. */
function pinned(
  told: readonly DateInfo[],
  waves: readonly Event[],
  s: string,
): (Event | undefined)[] {
  // A list of days as long as the waves to come: one each, in order.
  if (told.length > 1) return told.length === waves.length ? [...waves] : [];
  const d = told[0] as DateInfo;
  const onDay = waves.find((w) => eventStart(w) === d.date);
  if (AHEAD_LAST.test(s) && !AHEAD_NEXT.test(s)) return [waves[waves.length - 1]];
  if (AHEAD_NEXT.test(s) && !AHEAD_LAST.test(s)) return [waves[0]];
  // A lone day, not told as the next or the last: the one wave left, or the wave on that day.
  return [waves.length === 1 ? waves[0] : onDay];
}
