/** The reading a verdict shows: what the fact-check understood of a figure, and from which words. */
import type { Event } from "../../../store/schema.ts";
import type { ClaimReading, ReadingPart } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { formatDateRange, formatNewsroomDate } from "../../dates.ts";
import type { Claim } from "../read/claims.ts";
import { COUNTED_WORDS, lowerThe } from "./wording.ts";

/** How a day's year was settled, in the words a reading shows (one table for figures and days). */
export const BASIS_NOTES = {
  written: undefined,
  draft: "year from the draft's date",
  archive: "year taken from the store: the only exchange or talks it holds on that day",
  text: "counted from another day in the text",
  guess: "no year and no draft date to fix it",
} as const;

const SIDE_WORDS = {
  each: "each side",
  total: "both sides together",
  ukraine: "Ukraine's side",
  russia: "Russia's side",
} as const;

/** What is unclear in a reading: each entry rules out a confident "contradicted". */
export function unclearParts(claim: Claim): string[] {
  const out: string[] = [];
  // A guessed day does not matter where the words name the wave ("sun: 330 each to finish").
  if (claim.dateBasis === "guess" && !(claim.wave && claim.date === null))
    out.push(`the day (“${claim.dateText}”: ${BASIS_NOTES.guess})`);
  if (claim.asOfUnclear)
    out.push("which day the total is as of (the sentence sets it beside another, with its day)");
  if (claim.part) out.push(`a part of a larger figure (“${claim.part}”)`);
  if (claim.loose) out.push(`what “${claim.number.text}” counts (no word after it says)`);
  if (claim.otherExchange) out.push(`which exchange: ${claim.otherExchange}`);
  if (claim.scopeUnclear)
    out.push("the scope: one exchange, or the running total the sentence also gives");
  if (claim.averaged) out.push(`whether it is an average (“${claim.averaged}”), not a count`);
  if (claim.remainder) out.push("what is left of the deal (“more … to come”), not what was done");
  if (claim.number.kind === "ordinal" && !/\d/.test(claim.number.text) && !claim.cues.scope)
    out.push(`which count “${claim.number.text}” is in (the war's, or one deal's)`);
  return out;
}

export function readingOf(
  claim: Claim,
  event: Event | null,
  day: (iso: string) => string = formatNewsroomDate,
): ClaimReading {
  const start = event ? eventStart(event) : null;
  const eventValue = event
    ? `${event.title}${start && event.kind !== "tally" ? `, ${day(start)}` : ""}`
    : claim.date
      ? `${day(claim.date)} (no exchange on that day in the store)`
      : claim.range
        ? formatDateRange(claim.range.from, claim.range.to)
        : "no day or exchange named";
  const eventPart: ReadingPart = { value: eventValue, from: claim.dateText };
  const note = claim.dateInherited
    ? "from an earlier sentence"
    : claim.dateBasis
      ? BASIS_NOTES[claim.dateBasis]
      : undefined;
  if (note) eventPart.note = note;
  const side =
    claim.side === null
      ? "not said: any side, or both together"
      : `${SIDE_WORDS[claim.side]}${claim.sideAlso ? ` or ${SIDE_WORDS[claim.sideAlso]}` : ""}`;
  return {
    event: eventPart,
    counted: {
      value:
        claim.measure === "duration-days" || claim.measure === "ceasefire-days-sought"
          ? "days"
          : claim.measure === "wave-count"
            ? "waves"
            : (COUNTED_WORDS[claim.counted ?? "people"] ?? "prisoners"),
      from: claim.cues.counted ?? null,
    },
    side: { value: side, from: claim.cues.side ?? null },
    scope: { value: scopeWords(claim, event), from: claim.cues.scope ?? null },
    part: claim.part ? { value: "a part of a larger figure", from: claim.part } : null,
    unclear: unclearParts(claim),
  };
}

function scopeWords(claim: Claim, event: Event | null): string {
  switch (claim.measure) {
    case "returned-since-2022":
      return "running total since 2022";
    case "exchange-count":
      return "count of exchanges since 2022";
    case "exchange-ordinal":
      return "which exchange of the war";
    case "exchanges-this-year":
      return "which exchange of the year";
    case "held":
      return "held now";
    case "duration-days":
      return "how long the deal took";
    case "wave-count":
      return "how many waves the deal took";
    case "launched":
      return "launched in one attack";
    case "ceasefire-days-sought":
      return "the ceasefire sought";
    case "released-to-date":
      return claim.soFar && claim.side !== "total" && claim.side !== "each"
        ? "so far: the deal to date, or the war's running total"
        : claim.days
          ? `the first ${claim.days} days of the deal`
          : "the deal so far";
    default:
      if (claim.planned) return "planned";
      if (event?.kind === "deal") return `the whole deal (${lowerThe(event.title)})`;
      return claim.whole ? "one exchange, or the whole deal" : "one exchange";
  }
}
