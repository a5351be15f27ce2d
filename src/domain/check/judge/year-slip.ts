/**
 * "On 3 January 2025, in the 49th exchange, Ukraine got back 248": the store has no exchange on
 * that day, but its exchange of the same day a year off gives that very figure. The year is the
 * slip: the day is put right, and the figure is read against that exchange. It is supported
 * there when it fits; a figure that does not fit is left unverified, since its reading rested on
 * a day the draft got wrong.
 */
import type { Event } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { formatNewsroomDate, isIsoDate } from "../../dates.ts";
import type { Knowledge } from "../../queries.ts";
import { waveAmong } from "../align/scope.ts";
import type { Claim } from "../read/claims.ts";
import { judge } from "./certainty.ts";
import { citationsFor } from "./date-verdict.ts";
import { capital, lowerThe } from "./wording.ts";

const YEAR = /\b(?:19|20)\d\d\b/;

export function judgeYearSlips(
  k: Knowledge,
  claims: readonly Claim[],
  checks: ClaimCheck[],
  days: readonly ClaimCheck[],
  refDate: string | null,
): ClaimCheck[] {
  const added: ClaimCheck[] = [];
  claims.forEach((c, i) => {
    const own = checks[i];
    if (own?.verdict !== "unverified" || own.eventId) return;
    if (!c.date || c.dateBasis !== "written" || c.dateInherited || !YEAR.test(c.dateText ?? ""))
      return;
    if ((k.catalog.eventsByDay.get(c.date) ?? []).some((e) => e.kind === "exchange")) return;
    const year = Number(c.date.slice(0, 4));
    const found: { event: Event; day: string }[] = [];
    for (const y of [year - 1, year + 1]) {
      const day = `${y}${c.date.slice(4)}`;
      if (!isIsoDate(day)) continue;
      for (const e of k.catalog.eventsByDay.get(day) ?? [])
        if (e.kind === "exchange" && givesFigure(k, e, c.number.n)) found.push({ event: e, day });
    }
    // "Throwback to May 24, 2024: 370 more came home in the second leg": no figure fits, but
    // the wave the words name took place on that very day a year off; the name settles it.
    const named = found.length === 0 ? namedWaveYearOff(k, c, year) : null;
    if (named) found.push(named);
    if (found.length !== 1) return;
    const { event, day } = found[0] as { event: Event; day: string };
    const title = lowerThe(event.title);
    const moved = judge(k, { ...c, date: day, range: null }, refDate);
    const note = `Read as ${title} of ${formatNewsroomDate(day)}: the draft's year (${formatNewsroomDate(c.date)}) is one off.`;
    checks[i] =
      moved.verdict === "supported" ||
      moved.verdict === "disputed" ||
      (named && moved.verdict === "contradicted" && moved.eventId === event.id)
        ? { ...moved, reason: `${moved.reason} ${note}` }
        : {
            ...own,
            eventId: event.id,
            store: moved.store,
            reason: `Not marked wrong: the draft's day (${formatNewsroomDate(c.date)}) is a year off ${title} (${formatNewsroomDate(day)}), for which the store has ${moved.store ?? "no such figure"}.`,
          };
    // The day itself, unless the draft's days are already checked there.
    const text = c.dateText as string;
    const at = c.sentence.text.indexOf(text);
    if (at < 0) return;
    const start = c.sentence.start + at;
    const claimed = [...days, ...added].some((d) => d.start <= start && start < d.end);
    if (claimed) return;
    const right = formatNewsroomDate(day);
    added.push({
      sentence: c.sentence.text,
      claim: text,
      start,
      end: start + text.length,
      verdict: "contradicted",
      read: text,
      about: `the day — ${event.title}`,
      eventId: event.id,
      store: right,
      right,
      citations: citationsFor(k, event),
      correction: null,
      disputeIds: [],
      measure: null,
      counted: null,
      side: null,
      date: c.date,
      kind: "day",
      reason: `${capital(title)} took place on ${right}, and the figure beside the day is its: the year is wrong.`,
    });
  });
  return added;
}

/** The deal's wave a claim names outright, when it took place on the claim's day a year off. */
function namedWaveYearOff(
  k: Knowledge,
  c: Claim,
  year: number,
): { event: Event; day: string } | null {
  const wave = c.wave;
  const said = c.date;
  if (!wave || !c.waveNamed || !said) return null;
  const found: { event: Event; day: string }[] = [];
  for (const y of [year - 1, year + 1]) {
    const day: string = `${y}${said.slice(4)}`;
    if (!isIsoDate(day)) continue;
    for (const e of k.catalog.eventsByDay.get(day) ?? []) {
      if (e.kind !== "exchange" || !e.partOf || eventStart(e) !== day) continue;
      if (waveAmong(k.catalog.partsOf.get(e.partOf) ?? [], wave) === e)
        found.push({ event: e, day });
    }
  }
  return found.length === 1 ? (found[0] as { event: Event; day: string }) : null;
}

function givesFigure(k: Knowledge, e: Event, n: number): boolean {
  return (k.catalog.factsByEvent.get(e.id) ?? []).some(
    (f) => f.value.type === "number" && f.value.n === n,
  );
}
