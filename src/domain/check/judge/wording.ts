/** The words of a verdict: what a claim is about, the store's figure, the corrected sentence. */

import type { Counted, Event, Fact, Measure } from "../../../store/schema.ts";
import { eventStart } from "../../catalog.ts";
import { formatDateRange, formatNewsroomDate } from "../../dates.ts";
import { ordinalText, valueText } from "../../labels.ts";
import { formatNumber } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import type { SubSide } from "../align/facts.ts";
import { partsOfDerived } from "../align/facts.ts";
import { dayText } from "../align/store-index.ts";
import type { Claim } from "../read/claims.ts";

const DISPLAYS = new WeakMap<Fact, Map<SubSide, string>>();

/** How a verdict writes a stored figure for one side: worked out once per fact and side. */
export function displayFor(f: Fact, sub: SubSide): string {
  let bySub = DISPLAYS.get(f);
  if (!bySub) {
    bySub = new Map();
    DISPLAYS.set(f, bySub);
  }
  let text = bySub.get(sub);
  if (text === undefined) {
    text = display(f, sub);
    bySub.set(sub, text);
  }
  return text;
}

function display(f: Fact, sub: SubSide): string {
  // A derived sum shows what it adds up: "697 (390 + 307)".
  const parts = partsOfDerived(f);
  if (parts && f.value.type === "number") {
    const sum = `${formatNumber(f.value.n)} each side: ${f.value.said}`;
    return sub === "total"
      ? `${formatNumber(f.value.n * 2)} (${sum})`
      : `${formatNumber(f.value.n)} (${f.value.said})`;
  }
  if (sub === "total" && f.side === "each" && f.value.type === "number") {
    return `${formatNumber(f.value.n * 2)} (${valueText(f)} each side)`;
  }
  return valueText(f);
}

export function sideWords(sub: SubSide, f: Fact): string {
  // Those held are held by the other side, not returned to their own.
  if (f.measure === "held" && (sub === "ukraine" || sub === "russia"))
    return sub === "ukraine" ? " Ukrainians held by Russia" : " Russians held by Ukraine";
  if (sub === "ukraine") return f.side === "each" ? " for each side" : " returned to Ukraine";
  if (sub === "russia") return f.side === "each" ? " for each side" : " returned to Russia";
  if (sub === "total") return " for both sides together";
  return "";
}

/** The sentence with the store's figure in place of the draft's. */
export function correctedSentence(claim: Claim, right: Fact, sub: SubSide = "any"): string {
  const s = claim.sentence;
  const at = claim.number.start - s.start;
  let figure: string;
  if (right.value.type !== "number") figure = valueText(right);
  else if (claim.number.kind === "ratio") {
    const n = formatNumber(right.value.n);
    const joiner = /-for-/i.test(claim.number.text) ? "-for-" : " for ";
    figure = `${n}${joiner}${n}`;
  } else if (claim.number.kind === "ordinal") {
    figure =
      right.value.qualifier === "exact" && /^\d/.test(claim.number.text)
        ? ordinalText(right.value.n)
        : valueText(right);
  } else {
    figure = displayFor(right, sub).replace(/ \(.*\)$/, "");
    // "over four days" → "over three days": words where the draft wrote words.
    const n = right.value.n;
    if (/^[a-z]+$/i.test(claim.number.text) && SMALL_WORDS[n] && right.value.qualifier === "exact")
      figure = SMALL_WORDS[n] as string;
  }
  if (at === 0 && /^[a-z]/.test(figure)) figure = figure[0]?.toUpperCase() + figure.slice(1);
  return `${s.text.slice(0, at)}${figure}${s.text.slice(at + claim.number.text.length)}`;
}

export const COUNTED_WORDS: Record<Counted, string> = {
  people: "prisoners",
  military: "POWs and servicemen",
  civilians: "civilians",
  wounded: "wounded",
  exchanges: "exchanges",
  drones: "drones",
  missiles: "ballistic missiles",
  bodies: "bodies of the fallen",
  "under-25": "young soldiers under 25",
  children: "children",
  "seriously-wounded": "seriously wounded",
};

const SMALL_WORDS: Record<number, string> = {
  1: "one",
  2: "two",
  3: "three",
  4: "four",
  5: "five",
  6: "six",
  7: "seven",
  8: "eight",
  9: "nine",
  10: "ten",
};

const MEASURE_WORDS: Partial<Record<Measure, string>> = {
  "duration-days": "days the exchange took",
  "wave-count": "waves the exchange was done in",
  "ceasefire-days-sought": "days of ceasefire sought",
  "released-to-date": "released so far",
  "returned-since-2022": "returned since the invasion",
  "exchange-count": "exchanges since the invasion",
  "exchange-ordinal": "which exchange of the war",
  "exchanges-this-year": "which exchange of the year",
  held: "held",
};

export function describeClaim(k: Knowledge, claim: Claim, event: Event | null): string {
  const what =
    MEASURE_WORDS[claim.measure as Measure] !== undefined
      ? claim.measure === "released-to-date" || claim.measure === "held"
        ? `${COUNTED_WORDS[claim.counted ?? "people"]} ${MEASURE_WORDS[claim.measure as Measure]}`
        : (MEASURE_WORDS[claim.measure as Measure] as string)
      : claim.measure === "launched"
        ? `${COUNTED_WORDS[claim.counted ?? "drones"]} launched`
        : `${COUNTED_WORDS[claim.counted ?? "people"]} released`;
  const side =
    claim.side === "each"
      ? " by each side"
      : claim.side === "total"
        ? " by both sides together"
        : claim.side === "ukraine" && claim.measure !== "returned-since-2022"
          ? " to Ukraine"
          : claim.side === "russia"
            ? " to Russia"
            : "";
  const start = event ? eventStart(event) : null;
  const when = event
    ? ` — ${event.title}${start && event.kind !== "tally" ? `, ${dayText(k, start)}` : ""}`
    : claim.date
      ? ` — ${dayText(k, claim.date)}`
      : "";
  return `${what}${side}${when}`;
}

/** "the second wave of the 1,000-for-1,000 exchange", for use mid-sentence. */
/** "The April 19 exchange …": a sentence's first letter. */
export const capital = (s: string) => (s ? `${s[0]?.toUpperCase()}${s.slice(1)}` : s);

export function lowerThe(title: string): string {
  if (title.startsWith("The ")) return `the ${title.slice(4)}`;
  // "Trump's calls with Putin": a name's, not "the trump's".
  if (/^[A-Z][a-z]+['’]s\b/.test(title)) return title;
  return /^[A-Z][a-z]/.test(title) ? `the ${title[0]?.toLowerCase()}${title.slice(1)}` : title;
}

/** " as of May 23, 2025" for a running total, " for the second wave …" for an event's figure. */
export function whereText(f: Fact, event: Event | null): string {
  if (f.asOf) {
    const r = "on" in f.asOf ? null : f.asOf;
    const when = r
      ? formatDateRange(r.from, r.to)
      : formatNewsroomDate((f.asOf as { on: string }).on);
    return ` as of ${when}`;
  }
  return event ? ` for ${lowerThe(event.title)}` : "";
}

export function uniq<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
