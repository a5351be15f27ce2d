/** Words for what a figure counts, as a newsroom would say them. */
import type { Counted, Fact, Measure, Side } from "../store/schema.ts";
import { formatNewsroomDate } from "./dates.ts";
import { formatNumber, formatValue } from "./numbers.ts";

const COUNTED: Record<Counted, string> = {
  people: "Prisoners",
  military: "POWs and servicemen",
  civilians: "Civilians",
  wounded: "Wounded",
  exchanges: "Exchanges",
  drones: "Drones",
  missiles: "Ballistic missiles",
  bodies: "Bodies of the fallen",
  "under-25": "Young soldiers under 25",
  children: "Children",
  "seriously-wounded": "Seriously wounded and sick",
};

const SIDE: Record<Side, string> = {
  each: "by each side",
  total: "by both sides together",
  ukraine: "returned to Ukraine",
  russia: "returned to Russia",
};

const MEASURE: Partial<Record<Measure, string>> = {
  "returned-since-2022": "Ukrainians returned since the full-scale invasion",
  "exchange-count": "Exchanges since the full-scale invasion",
  "exchange-ordinal": "Which exchange of the war this was",
  "exchanges-this-year": "Which exchange of the year this was",
  "agreed-on": "Date the deal was agreed",
  mediator: "Who mediated or brokered the talks",
  initiator: "Who proposed or arranged the talks",
  "first-direct-talks": "Were these the first direct talks since the invasion?",
  "trump-title": "How Donald Trump is titled",
  "duration-days": "Days the exchange took",
  "wave-count": "Waves the exchange was done in",
  "ceasefire-days-sought": "Days of ceasefire sought",
  "took-place-on": "The day it took place",
  unclassified: "A figure not yet classified",
  "delegation-head": "Who led a delegation",
  "overseen-by": "Who oversees the exchange",
  "taken-to": "Where the released were taken",
  "agreed-in": "Where the deal was agreed",
  venue: "Where the talks were held",
  "pictured-in": "Where the photograph was taken",
  outcome: "What the talks produced",
  called: "Whom the call was with",
  "weight-lost": "Weight some returnees lost in captivity (pounds)",
  role: "Who a person named in the sources is",
};

export function figureLabel(measure: Measure, counted: Counted | null, side: Side | null): string {
  const fixed = MEASURE[measure];
  if (fixed) return fixed;
  const what = counted ? COUNTED[counted] : "People";
  if (measure === "launched") return `${what} launched`;
  if (measure === "held") {
    return `${what} held${side === "ukraine" ? " by Russia" : side === "russia" ? " by Ukraine" : ""}`;
  }
  if (measure === "released-to-date") {
    return `${what} ${side ? SIDE[side] : "released"} so far`;
  }
  if (side === "each") return `${what} released ${SIDE.each}`;
  if (side === "total") return `${what} released ${SIDE.total}`;
  return `${what} ${side ? SIDE[side] : "released"}`;
}

/** How a fact's value reads: "nearly 480", "May 16, 2025", "Turkey". */
export function valueText(fact: Fact): string {
  const v = fact.value;
  if (v.type === "number") {
    const ordinal = fact.measure === "exchange-ordinal" || fact.measure === "exchanges-this-year";
    return ordinal && v.qualifier === "exact" ? ordinalText(v.n) : formatValue(v);
  }
  if (v.type === "date") return formatNewsroomDate(v.date);
  return v.key;
}

/** Facts that state the same value read the same; used to group facts into readings. */
export function readingKey(fact: Fact): string {
  const v = fact.value;
  if (v.type === "number") return `n:${v.qualifier}:${v.n}:${v.n2 ?? ""}`;
  if (v.type === "date") return `d:${v.date}`;
  return `t:${v.key}`;
}

export function figureKey(fact: Pick<Fact, "measure" | "counted" | "side">): string {
  return `${fact.measure}|${fact.counted ?? "-"}|${fact.side ?? "-"}`;
}

/** The order figures are listed in an answer: counts first, then dates, then claims. */
export const MEASURE_ORDER: readonly Measure[] = [
  "released",
  "released-to-date",
  "duration-days",
  "wave-count",
  "agreed-on",
  "exchange-ordinal",
  "exchanges-this-year",
  "returned-since-2022",
  "exchange-count",
  "held",
  "mediator",
  "initiator",
  "first-direct-talks",
  "trump-title",
  "unclassified",
  "delegation-head",
  "overseen-by",
  "taken-to",
  "agreed-in",
  "venue",
  "pictured-in",
  "outcome",
  "called",
  "weight-lost",
  "role",
];

export const SIDE_ORDER: readonly (Side | null)[] = ["each", "total", "ukraine", "russia", null];
export const COUNTED_ORDER: readonly (Counted | null)[] = [
  "people",
  "military",
  "civilians",
  "wounded",
  "seriously-wounded",
  "under-25",
  "children",
  "bodies",
  "exchanges",
  null,
];

/** 64 → "64th", 5 → "5th", 21 → "21st". */
export function ordinalText(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${formatNumber(n)}${suffix}`;
}
