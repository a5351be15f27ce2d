/** One claim's verdict, with its citations, the figure to put right and the reason. */

import type { Event, Fact } from "../../../store/schema.ts";
import type { Citation, ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { addDaysIso, formatNewsroomDate } from "../../dates.ts";
import { extend } from "../../extend.ts";
import { readingKey, valueText } from "../../labels.ts";
import type { Knowledge } from "../../queries.ts";
import {
  claimInterval,
  factsOf,
  fitsReadings,
  partsOfDerived,
  readingsOf,
  type SubSide,
} from "../align/facts.ts";
import { decide } from "../align/match.ts";
import { scopeOf } from "../align/scope.ts";
import { cite } from "../align/store-index.ts";
import type { Claim } from "../read/claims.ts";
import { isFloor, type Judgement, type SideResult } from "./compare.ts";
import {
  correctedSentence,
  describeClaim,
  displayFor,
  lowerThe,
  sideWords,
  uniq,
  whereText,
} from "./wording.ts";
/** One reading of a claim against the store (see certainty.ts for how readings combine). */
export function judgeReading(k: Knowledge, claim: Claim, refDate: string | null): ClaimCheck {
  const base = {
    sentence: claim.sentence.text,
    claim: claim.span.text,
    start: claim.span.start,
    end: claim.span.end,
    read: claim.number.text,
    measure: claim.measure,
    counted: claim.counted,
    side: claim.side,
    date: claim.date,
  };
  if (claim.measure === null) {
    return extend(base, {
      verdict: "unverified",
      about: "not a figure the store tracks",
      eventId: null,
      store: null,
      citations: [],
      correction: null,
      disputeIds: [],
      reason: `The store holds no figures like “${claim.span.text}”; nothing to check it against.`,
    });
  }
  const scope = scopeOf(k, claim, refDate);
  const decision = decide(k, claim, scope, refDate);
  const event = decision?.event ?? scope.primary[0] ?? scope.deals[0] ?? null;
  const about = describeClaim(k, claim, event);
  if (!decision) {
    return extend(base, {
      verdict: "unverified",
      about,
      eventId: event?.id ?? null,
      store: null,
      citations: [],
      correction: null,
      disputeIds: [],
      reason: floorBelow(k, claim, event) ?? unverifiedReason(claim, event),
    });
  }
  const { judgement } = decision;
  const eventId = decision.event?.id ?? event?.id ?? null;
  const eventAbout = describeClaim(
    k,
    decision.wholeOfDeal ? { ...claim, side: null } : claim,
    decision.event ?? event,
  );

  // "31 Ukrainians" is not wrong for want of matching "246 POWs": a count of people named as
  // such is only ever put right by a count of the same kind.
  const looseOnly =
    claim.noun !== null &&
    judgement.sides.every((side) => side.facts.every((f) => f.counted !== claim.counted)) &&
    partOfTheStory(k, judgement, claim);
  if (judgement.verdict === "contradicted" && (!decision.canContradict || looseOnly)) {
    return extend(base, {
      verdict: "unverified",
      about: eventAbout,
      eventId,
      store: null,
      citations: [],
      correction: null,
      disputeIds: [],
      reason: unverifiedReason(claim, null),
    });
  }
  // "4552 pre-swap, 4750+ (HQ 23/5)": a figure with no noun of its own that is, exactly, the
  // store's figure of another kind was read as the wrong thing, not written wrong.
  const otherKind = judgement.verdict === "contradicted" ? sameValueOtherKind(k, claim) : null;
  if (otherKind) {
    return extend(base, {
      verdict: "unverified",
      about: eventAbout,
      eventId,
      store: null,
      citations: cites(k, [otherKind]),
      correction: null,
      disputeIds: [],
      reason: `Not marked wrong: “${claim.span.text}” is, exactly, the store's ${valueText(otherKind)} for ${lowerThe(k.catalog.events.get(otherKind.eventId)?.title ?? "another event")}; say what it counts.`,
    });
  }
  if (judgement.verdict === "supported") {
    const fits = fitsOf(judgement);
    const claimants = new Set(fits.map((f) => f.claimantId)).size;
    return extend(base, {
      verdict: "supported",
      about: eventAbout,
      eventId,
      store: uniq(fits.map((f) => displayFor(f, subOf(judgement, f)))).join(" / "),
      citations: cites(k, fits),
      correction: null,
      disputeIds: [],
      reason: `Matches ${claimants === 1 ? "the store's figure" : `the figure ${claimants} claimants give`}${matchedHow(decision)}.`,
    });
  }
  if (judgement.verdict === "disputed") {
    const side = judgement.sides.find((s) => s.verdict === "disputed") as SideResult;
    const [a, b] = side.conflict as [Fact[], Fact[]];
    const values = [a, b].map((g) => displayFor(g[0] as Fact, side.sub));
    return extend(base, {
      verdict: "disputed",
      about: eventAbout,
      eventId,
      store: values.join(" or "),
      citations: cites(k, [...a, ...b]),
      correction: null,
      disputeIds: disputesOf(k, judgement),
      reason: `The sources disagree: ${values.join(" vs ")}. The draft's figure matches ${side.fits.some((f) => a.includes(f)) ? values[0] : values[1]}; say whose figure it is.`,
    });
  }
  // Contradicted: the figure fits none of the store's for that side.
  const wrong = judgement.sides.find((s) => s.verdict === "contradicted") as SideResult;
  const right = bestFact(wrong.facts, claim);
  const rightText = displayFor(right, wrong.sub);
  const sameFigure = right.value.type === "number" ? right.value : null;
  const others = uniq(wrong.facts.map((f) => displayFor(f, wrong.sub))).filter(
    (v) => v !== rightText,
  );
  const elsewhere = claim.date ? sameFigureElsewhere(k, claim, eventId) : null;
  return extend(base, {
    verdict: "contradicted",
    about: eventAbout,
    eventId,
    store: [rightText, ...others].join(" / "),
    right: rightText,
    citations: cites(k, [
      right,
      ...wrong.facts.filter((f) => f !== right && readingKey(f) === readingKey(right)),
    ]),
    // A figure that is the store's for a day nearby may be right with the wrong day: no rewrite.
    correction:
      elsewhere || claim.tableCell || claim.answered
        ? null
        : correctedSentence(claim, right, wrong.sub),
    disputeIds: wrong.conflict ? disputesOf(k, judgement) : [],
    reason: `${decision.typoOf ? `“${claim.number.text}” looks like the store's ${decision.typoOf.figure} ${decision.typoOf.typo === "swapped" ? "with two digits swapped" : "with a digit dropped"}. ` : ""}The store has ${rightText}${sideWords(wrong.sub, right)}${whereText(right, decision.event)}, not ${claim.number.text}.${others.length > 0 ? ` Other sources give ${others.join(", ")}.` : ""}${elsewhere ? ` ${elsewhere}` : ""}${sameFigure && sameFigure.qualifier !== "exact" ? " (The store's own figure is qualified.)" : ""}`,
  });
}

/** The verified citations of some facts; a derived sum is cited by the quotes of the figures it adds up. */
function cites(k: Knowledge, fs: readonly Fact[]): Citation[] {
  // Loops, not a chain of flatMap, Set, map and filter: judgeReading cites for most figures.
  const seen = new Set<Fact>();
  const out: Citation[] = [];
  for (const f of fs) {
    const parts = partsOfDerived(f);
    if (parts) for (const p of parts) citeOnce(k, p, seen, out);
    else citeOnce(k, f, seen, out);
  }
  return out;
}

/** A fact's citation, if verified and not cited already. */
function citeOnce(k: Knowledge, f: Fact, seen: Set<Fact>, out: Citation[]): void {
  if (seen.has(f)) return;
  seen.add(f);
  const c = cite(k, f);
  if (c.verified) out.push(c);
}

/** The facts each side's figure fits, side after side. */
function fitsOf(judgement: Judgement): Fact[] {
  const out: Fact[] = [];
  for (const side of judgement.sides) for (const f of side.fits) out.push(f);
  return out;
}

/**
 * The stored disputes over the facts judged (not those over days). Worked out only for a
 * disputed or contradicted verdict, the only ones that show them: most figures are neither.
 */
function disputesOf(k: Knowledge, judgement: Judgement): string[] {
  const facts = [...new Set(judgement.sides.flatMap((s) => s.facts))];
  return [...new Set(facts.flatMap((f) => k.findings.byFact.get(f.id) ?? []))].filter(
    (id) => !id.startsWith("date:"),
  );
}

/** The facts judged count only some of those exchanged: the event's figures count other kinds too (POWs and wounded). */
function partOfTheStory(k: Knowledge, judgement: Judgement, claim: Claim): boolean {
  const facts = judgement.sides.flatMap((side) => side.facts);
  for (const f of facts) {
    const kinds = new Set(
      (k.catalog.factsByEvent.get(f.eventId) ?? [])
        .filter((g) => g.measure === claim.measure)
        .map((g) => g.counted),
    );
    if (kinds.size > 1) return true;
  }
  return false;
}

function subOf(j: Judgement, f: Fact): SubSide {
  return j.sides.find((s) => s.facts.includes(f))?.sub ?? "any";
}

/**
 * A stored war-long figure (a running total, the number held) with the very value and qualifier
 * of a figure that has no noun of its own and was read as another measure ("4750+" beside
 * "more than 4,750 … since March 2022"), when it is large enough not to be a coincidence.
 */
const WAR_LONG: ReadonlySet<string> = new Set(["returned-since-2022", "held"]);

function sameValueOtherKind(k: Knowledge, claim: Claim): Fact | null {
  if (claim.noun !== null || claim.number.n < 100) return null;
  const found = warLongByValue(k).get(`${claim.number.n}|${claim.number.qualifier}`) ?? [];
  return found.find((f) => f.measure !== claim.measure) ?? null;
}

const WAR_LONG_BY_VALUE = new WeakMap<Knowledge, Map<string, Fact[]>>();

/** The war-long facts by value and qualifier, gathered once per store: a long draft asks often. */
function warLongByValue(k: Knowledge): Map<string, Fact[]> {
  let byValue = WAR_LONG_BY_VALUE.get(k);
  if (!byValue) {
    byValue = new Map();
    for (const measure of WAR_LONG)
      for (const f of k.catalog.factsByMeasure.get(measure) ?? []) {
        if (f.value.type !== "number") continue;
        const key = `${f.value.n}|${f.value.qualifier}`;
        const list = byValue.get(key);
        if (list) list.push(f);
        else byValue.set(key, [f]);
      }
    WAR_LONG_BY_VALUE.set(k, byValue);
  }
  return byValue;
}

/** The figure to put right: reviewed, done (not planned), exact, most repeated. */
function bestFact(facts: readonly Fact[], claim: Claim): Fact {
  const weight = (f: Fact) =>
    (f.status === "reviewed" ? 8 : 0) +
    (f.planned === claim.planned ? 4 : 0) +
    (f.value.type === "number" && f.value.qualifier === "exact" ? 2 : 0) +
    (f.counted === claim.counted ? 1 : 0) +
    (f.side === claim.side ? 3 : 0);
  const count = new Map<string, number>();
  for (const f of facts) count.set(readingKey(f), (count.get(readingKey(f)) ?? 0) + 1);
  return [...facts].sort(
    (a, b) =>
      weight(b) - weight(a) || (count.get(readingKey(b)) ?? 0) - (count.get(readingKey(a)) ?? 0),
  )[0] as Fact;
}

/** "390 is the store's figure for May 23, 2025": a right figure given a day or two off. */
export function sameFigureElsewhere(
  k: Knowledge,
  claim: Claim,
  eventId: string | null,
): string | null {
  if (!claim.date) return null;
  const ci = claimInterval(claim);
  const readings = readingsOf(claim);
  for (const { day, event: e } of eventsAround(k, claim.date)) {
    if (e.id === eventId) continue;
    const f = factsOf(k, claim, [e]).find(
      (x) =>
        x.value.type === "number" && x.value.qualifier === "exact" && fitsReadings(x, readings, ci),
    );
    if (f) {
      const when = f.eventDate ?? eventStart(e) ?? day;
      return `${valueText(f)} is the store's figure for ${formatNewsroomDate(when)} (${lowerThe(e.title)}): check the date.`;
    }
  }
  return null;
}

const AROUND = new WeakMap<Knowledge, Map<string, { day: string; event: Event }[]>>();

/**
 * The events other than deals up to three days either side of a day, nearest first and the
 * day before ahead of the day after: worked out once per day and store, as a long draft asks
 * it of the same few days for figure after figure.
 */
function eventsAround(k: Knowledge, date: string): { day: string; event: Event }[] {
  let byDay = AROUND.get(k);
  if (!byDay) {
    byDay = new Map();
    AROUND.set(k, byDay);
  }
  let found = byDay.get(date);
  if (!found) {
    found = [];
    for (const offset of [-1, 1, -2, 2, -3, 3]) {
      const day = addDaysIso(date, offset);
      for (const event of k.catalog.eventsByDay.get(day) ?? [])
        if (event.kind !== "deal") found.push({ day, event });
    }
    byDay.set(date, found);
  }
  return found;
}

function matchedHow(decision: {
  canContradict: boolean;
  wholeOfDeal?: true;
  dayMissed?: string;
  daysOff?: number;
}): string {
  if (decision.canContradict) return "";
  if (decision.wholeOfDeal)
    return " for the whole deal: “in all” after one wave's figure is read as the deal's count for a side, not the wave's two sides together";
  if (decision.daysOff)
    return ` for the whole deal, which took ${decision.daysOff} days: check the count of days`;
  if (decision.dayMissed)
    return ` (matched on what it counts: the store has no exchange on ${formatNewsroomDate(decision.dayMissed)}, so check the day)`;
  return " (matched on what it counts: the draft names no day or exchange)";
}

/** "Over 600" where the store has only "over 500" for the event: why that is not enough. */
function floorBelow(k: Knowledge, claim: Claim, event: Event | null): string | null {
  if (!event || !isFloor(claim.number.qualifier)) return null;
  const floor = (k.catalog.factsByEvent.get(event.id) ?? []).find(
    (f) =>
      f.value.type === "number" &&
      isFloor(f.value.qualifier) &&
      f.value.n < claim.number.n &&
      f.counted === claim.counted,
  );
  if (floor?.value.type !== "number") return null;
  return `The store has only “${floor.value.said}” for ${lowerThe(event.title)}: a floor below the draft's, which neither bears out nor rules out “${claim.span.text}”.`;
}

function unverifiedReason(claim: Claim, event: Event | null): string {
  if (event) return `The store has no figure of this kind for ${lowerThe(event.title)}.`;
  if (claim.date)
    return `The store has no exchange on ${formatNewsroomDate(claim.date)} with a figure of this kind.`;
  return "The draft names no day or exchange the store can tie this to, and no stored figure of this kind matches it.";
}
