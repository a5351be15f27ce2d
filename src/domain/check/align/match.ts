/** Which facts decide a claim, and whether they may contradict it. */

import type { Event, Fact, Measure } from "../../../store/schema.ts";
import { eventEnd, eventStart } from "../../catalog.ts";
import { addDaysIso, daysBetween, MONTH_SRC, monthNumber } from "../../dates.ts";
import { asOfRange } from "../../disputes.ts";
import { valueText } from "../../labels.ts";
import type { Knowledge } from "../../queries.ts";
import { FALLBACK_EVENTS, isFloor, type Judgement, judgeFacts, RANK } from "../judge/compare.ts";
import type { Claim } from "../read/claims.ts";
import {
  claimDays,
  cumulativeFacts,
  everyCumulativeFact,
  factsOf,
  fittingFacts,
  wavesSoFar,
} from "./facts.ts";
import { recentDeal, type Scope, scopeOf, waveAmong } from "./scope.ts";
import { CUMULATIVE, indexOf } from "./store-index.ts";
import { swappedDigits, type Typo, typoFacts } from "./typos.ts";

// ---------------------------------------------------------------------------------------------
// The verdict

interface Decision {
  judgement: Judgement;
  event: Event | null;
  /** False when the claim was matched on what it counts only: it can support, never contradict. */
  canContradict: boolean;
  /**
   * The claim's own day has no exchange in the store, so the figure was matched on what it
   * counts instead ("390 … on Thursday" when the first wave was a Friday): the day is judged on
   * its own, and the figure may still be the store's.
   */
  dayMissed?: string;
  /** The store's figure the claim's is taken for, two digits swapped ("4,525" for 4,552). */
  typoOf?: { figure: string; typo: Typo };
  /** The figure is the whole deal's, which took this many days, not the draft's count. */
  daysOff?: number;
  /** "303 today, 1,000 in all": the deal's whole for a side, not the wave's two sides. */
  wholeOfDeal?: true;
}

/**
 * The claim judged against some events' figures, and the event those figures are of. (Not a
 * closure inside decide: that is made afresh for every reading of every figure.)
 */
function tryEvents(
  k: Knowledge,
  claim: Claim,
  events: readonly Event[],
): { judgement: Judgement; event: Event | null; unsure?: true } | null {
  const facts = factsOf(k, claim, events);
  const judgement = judgeFacts(claim, facts);
  if (!judgement) return null;
  // "1,000 (May 23–25); 390 (day one); 303 (final day)": the sentence names several events, and
  // two of their figures are no dispute between sources. The one event whose own figures bear
  // the claim out is its; with none, or several, which is meant is unsure.
  if (events.length > 1 && judgement.verdict === "disputed" && acrossEvents(judgement)) {
    // A wave the words name ("three hundred and three on the second") is the first of them.
    const named = claim.wave ? events.slice(0, 1) : events;
    const own = named.flatMap((e) => {
      const j = judgeFacts(claim, factsOf(k, claim, [e]));
      return j && j.verdict !== "contradicted" && !acrossEvents(j)
        ? [{ judgement: j, event: e }]
        : [];
    });
    if (own.length === 1) return own[0] as { judgement: Judgement; event: Event };
    return { judgement: { ...judgement, verdict: "contradicted" }, event: null, unsure: true };
  }
  return { judgement, event: eventOfFacts(k, facts, events) };
}

/** A "dispute" between figures of two different events: two events, not two sources. */
function acrossEvents(j: Judgement): boolean {
  return j.sides.some((side) => {
    if (!side.conflict) return false;
    const [a, b] = side.conflict;
    const ids = new Set(a.map((f) => f.eventId));
    return !b.some((f) => ids.has(f.eventId));
  });
}

/**
 * A decision on what tryEvents found. Built field by field: a spread given a key it did not
 * bring makes V8 find the object's shape afresh on every call (see extend.ts), and decide
 * runs for every reading of every figure.
 */
function decided(
  found: { judgement: Judgement; event: Event | null; unsure?: true },
  canContradict: boolean,
): Decision {
  return {
    judgement: found.judgement,
    event: found.event,
    canContradict: canContradict && !found.unsure,
  };
}

export function decide(
  k: Knowledge,
  claim: Claim,
  scope: Scope,
  refDate: string | null,
): Decision | null {
  const measure = claim.measure as Measure;
  if (CUMULATIVE.has(measure)) {
    const facts = cumulativeFacts(k, claim, refDate);
    const judgement = sameDayTotals(k, claim, facts, judgeFacts(claim, facts));
    if (!judgement) {
      // No day and no stored total like it: it may still be one mistyped ("4,525" for 4,552).
      return claimDays(claim, refDate) === null
        ? typoDecision(k, claim, everyCumulativeFact(k, claim), true)
        : null;
    }
    // "More than 4,570" where the source says more than 4,750: the same floor, two digits swapped.
    const slip = floorSlip(k, claim, facts);
    if (slip) return slip;
    const event = k.catalog.events.get((facts[0] as Fact).eventId) ?? null;
    // Only a total for the very days the draft speaks of can say it is wrong: totals grow.
    const days = claimDays(claim, refDate);
    const exact = days !== null && facts.some((f) => asOfOverlaps(f, days));
    if (judgement.verdict === "contradicted" && !exact) {
      // A running total or a count held is large: a digit dropped ("1,600" for 16,000) is a typo too.
      const typo = typoDecision(k, claim, facts, true);
      if (typo) return typo;
    }
    return { judgement, event, canContradict: exact };
  }
  if (measure === "released-to-date") return decideToDate(k, claim, scope, refDate);
  // "Saturday's and Sunday's waves brought 610": the waves of those days, added up.
  const span =
    claim.range && !claim.date && measure === "released" ? dealSpan(k, claim.range) : null;
  if (span) {
    const facts = wavesSoFar(k, span, claim.range?.to ?? "", claim.range?.from ?? "");
    const judgement = judgeFacts(claim, facts);
    return judgement ? { judgement, event: span, canContradict: true } : null;
  }
  const prefix = dealPrefix(k, claim);
  if (prefix)
    return decideToDate(
      k,
      { ...claim, measure: "released-to-date", days: prefix.days },
      { ...scope, deals: [prefix.deal] },
      refDate,
    );

  const primary = tryEvents(k, claim, scope.primary);
  const useDeals = claim.whole || claim.planned || claim.number.kind === "ratio";
  const deal = scope.deals.length > 0 ? tryEvents(k, claim, scope.deals) : null;
  if (primary) {
    if (
      primary.judgement.verdict !== "supported" &&
      useDeals &&
      deal?.judgement.verdict !== undefined
    ) {
      if (RANK[deal.judgement.verdict] < RANK[primary.judgement.verdict])
        return decided(deal, true);
    }
    const whole =
      primary.judgement.verdict === "contradicted" ? wholeInAll(k, claim, primary) : null;
    if (whole) return { ...decided(whole, false), wholeOfDeal: true };
    return decided(
      primary,
      scope.specific || (scope.byMonth === true && ownFigure(k, claim, primary.event)),
    );
  }
  if (deal) return decided(deal, scope.specific);
  if (scope.linked.length > 0) {
    const linked = tryEvents(k, claim, scope.linked);
    if (linked) return decided(linked, claim.planned || claim.whole);
  }
  // A day of the draft's own that the store knows an event on decides: nothing else may stand
  // in for it. A day the store has no exchange on at all says nothing about the figure.
  const dayMissed =
    claim.date !== null &&
    !claim.dateInherited &&
    scope.primary.length === 0 &&
    scope.deals.length === 0 &&
    scope.linked.length === 0;
  if (claim.date && !claim.dateInherited && !dayMissed) return null;
  // Matched on what it counts: the events whose figures fit, judged whole (so a dispute shows).
  // An open-ended hedge ("more than 500") fits too much to vouch for a figure no event is named for.
  const fits = fittingFacts(k, claim);
  // With no day at all, a figure that fits nothing may still be a stored one mistyped.
  if (fits.length === 0 && !claim.date) {
    const near = swappedDigits(claim.number.n).flatMap((n) =>
      fittingFacts(k, { ...claim, number: { ...claim.number, n, qualifier: "exact" } }, true),
    );
    const typo = typoDecision(
      k,
      claim,
      near.filter((f) => {
        const e = k.catalog.events.get(f.eventId);
        return !!e && (claim.planned || notAfter(e, refDate)) && onWeekday(e, claim.weekday);
      }),
    );
    if (typo) return typo;
  }
  let fitting = closedOf(fits);
  // And an open-ended claim ("more than 600", "600+") fits too much to be vouched for by another
  // figure no event is named for (606, a later wave's two sides): only a stored figure of its own.
  if (OPEN_ENDED.has(claim.number.qualifier))
    fitting = fits.filter((f) => f.value.type === "number" && f.value.n === claim.number.n);
  let rangeMissed: string | undefined;
  if (claim.range && !claim.planned) {
    const { from, to } = claim.range;
    const dayOf = (f: Fact) =>
      f.eventDate ?? eventStart(k.catalog.events.get(f.eventId) as Event) ?? "";
    const inRange = fitting.filter((f) => dayOf(f) >= from && dayOf(f) <= to);
    // "The exchange of May 23–25, 2024 saw 1,000 freed by each side": nothing the store holds
    // falls in those days, but the same days a year off hold the figure; the year is the slip.
    const yearOff = (d: string, by: number) => `${Number(d.slice(0, 4)) + by}${d.slice(4)}`;
    const slipped =
      inRange.length === 0 && scope.primary.length === 0 && scope.deals.length === 0
        ? fitting.filter((f) =>
            [-1, 1].some((by) => dayOf(f) >= yearOff(from, by) && dayOf(f) <= yearOff(to, by)),
          )
        : [];
    if (slipped.length > 0) rangeMissed = from;
    fitting = inRange.length > 0 ? inRange : slipped;
  }
  if (fitting.length === 0) return null;
  // An exchange's number names one exchange: a dated draft's "5th this year" is the latest
  // exchange it could speak of, not whichever earlier one was the fifth.
  const latest = ORDINALS.has(measure) && refDate ? latestExchange(k, refDate) : null;
  // A draft cannot be about an exchange that happened after it was written.
  const usable = (e: Event) =>
    (claim.planned || notAfter(e, refDate)) &&
    onWeekday(e, claim.weekday) &&
    (!dayMissed || slipOf(k, e, claim.date as string)) &&
    (!latest || e === latest);
  // An archive may hold the same figure for many events: a few are enough to support it. The
  // first few that may be meant are taken in order, and the rest never looked at (a figure
  // common in an archive fits hundreds of events).
  const candidates: Event[] = [];
  for (const e of eventsOf(k, fitting)) {
    if (candidates.length >= FALLBACK_EVENTS) break;
    if (usable(e)) candidates.push(e);
  }
  let best: Decision | null = null;
  for (const e of candidates) {
    const r = tryEvents(k, claim, [e]);
    if (r && r.judgement.verdict !== "contradicted") {
      if (!best || RANK[r.judgement.verdict] < RANK[best.judgement.verdict])
        best = {
          ...r,
          canContradict: false,
          ...(dayMissed && claim.date ? { dayMissed: claim.date } : {}),
          ...(rangeMissed ? { dayMissed: rangeMissed } : {}),
        };
      if (best.judgement.verdict === "supported") break;
    }
  }
  if (best && claim.waveNamed) {
    const named = namedWaveOfTheDeal(k, claim, eventsOf(k, fitting).filter(usable), best);
    if (named) return named;
  }
  return best;
}

/**
 * "307 a side on the first day", where no day of the draft places the deal: the figure is one
 * deal's (every event it fits is a wave of that deal), and the words name another of its waves
 * outright; that wave's own figure puts it right, as a day would.
 */
function namedWaveOfTheDeal(
  k: Knowledge,
  claim: Claim,
  fitted: readonly Event[],
  best: Decision,
): Decision | null {
  if (!claim.wave || claim.whole || claim.planned || best.event?.kind !== "exchange") return null;
  const dealId = best.event.partOf;
  if (!dealId || fitted.some((e) => e.partOf !== dealId)) return null;
  const wave = waveAmong(k.catalog.partsOf.get(dealId) ?? [], claim.wave);
  if (!wave || fitted.includes(wave)) return null;
  const own = tryEvents(k, claim, [wave]);
  return own?.judgement.verdict === "contradicted" ? decided(own, true) : null;
}

/** A figure read as a stored one with two digits swapped, put right by it (see typos.ts). */
function typoDecision(
  k: Knowledge,
  claim: Claim,
  facts: readonly Fact[],
  dropped = false,
): Decision | null {
  const found = typoFacts(claim, facts, dropped);
  const first = found?.facts[0];
  if (!found || first?.value.type !== "number") return null;
  const judgement = judgeFacts(claim, found.facts);
  if (judgement?.verdict !== "contradicted") return null;
  const doubled = claim.side === "total" && first.side === "each";
  return {
    judgement,
    event: k.catalog.events.get(first.eventId) ?? null,
    canContradict: true,
    typoOf: {
      figure: doubled ? (first.value.n * 2).toLocaleString("en-US") : valueText(first),
      typo: found.typo,
    },
  };
}

/**
 * A floor ("more than 4,570") whose figure is a stored floor of the same kind with two digits
 * swapped (more than 4,750): a lower floor is not false by itself, but the same words with the
 * source's digits out of order are a slip of the source's figure, and put right as one.
 */
function floorSlip(k: Knowledge, claim: Claim, facts: readonly Fact[]): Decision | null {
  const q = claim.number.qualifier;
  if (!isFloor(q)) return null;
  const swaps = new Set(swappedDigits(claim.number.n));
  const same = facts.filter(
    (f) => f.value.type === "number" && f.value.qualifier === q && swaps.has(f.value.n),
  );
  if (same.length === 0) return null;
  return typoDecision(k, { ...claim, number: { ...claim.number, qualifier: "exact" } }, same, true);
}

/** "In just these two days, 697": a deal's running figure on its Nth day. */
function decideToDate(
  k: Knowledge,
  claim: Claim,
  scope: Scope,
  refDate: string | null,
): Decision | null {
  const deals = [...scope.deals];
  for (const e of scope.primary) if (e.kind === "deal" && !deals.includes(e)) deals.push(e);
  // "Over three days, each side released 1,000": no deal named, so the deals whose figures
  // could fit it may support it (found through the index, not by walking every deal).
  // "Zelensky said 679 had been brought home so far", in a draft dated during a deal: that deal.
  // So does "697 home in (the first) two days", in a draft dated during the deal or just after.
  if (deals.length === 0) {
    const recent = recentDeal(k, refDate);
    const end = recent ? eventEnd(recent) : null;
    if (recent && (claim.days === null || (end && refDate && daysBetween(end, refDate) <= 2)))
      deals.push(recent);
  }
  const named = deals.length > 0;
  if (!named) {
    for (const measure of ["released-to-date", "released"] as const) {
      for (const f of fittingFacts(k, { ...claim, measure })) {
        // A wave's figure leads to its deal: on the deal's first day, "so far" is that wave.
        const own = k.catalog.events.get(f.eventId);
        const e = own?.partOf ? k.catalog.events.get(own.partOf) : own;
        if (
          e?.kind === "deal" &&
          notAfter(e, refDate) &&
          !deals.includes(e) &&
          deals.length < FALLBACK_EVENTS
        )
          deals.push(e);
      }
    }
  }
  for (const deal of deals) {
    const start = eventStart(deal);
    const end = eventEnd(deal);
    if (!start || !end) continue;
    const length = daysBetween(start, end) + 1;
    if (claim.days !== null && claim.days >= length) {
      // "Over the three days": the whole deal.
      const facts = factsOf(k, { ...claim, measure: "released" }, [deal]).filter((f) => !f.planned);
      const judgement = judgeFacts(claim, facts);
      // "697 in three days" of a three-day deal: 697 is its first two days' figure, so the
      // count of days may be the slip, not the figure.
      if (judgement?.verdict === "contradicted") {
        for (let d = 1; d < length; d++) {
          const early = judgeFacts(claim, wavesSoFar(k, deal, addDaysIso(start, d - 1)));
          if (early && early.verdict !== "contradicted") return null;
        }
      }
      if (judgement && (named || judgement.verdict !== "contradicted"))
        return { judgement, event: deal, canContradict: named && scope.specific };
      continue;
    }
    // "So far" with no day of its own is as of the draft's date.
    const day = claim.days !== null ? addDaysIso(start, claim.days - 1) : (claim.date ?? refDate);
    if (!day || day < start) continue;
    let facts = factsOf(k, claim, [deal]).filter(
      (f) =>
        f.asOf && ("on" in f.asOf ? f.asOf.on === day : f.asOf.from <= day && day <= f.asOf.to),
    );
    // On the deal's first day, "so far" is the first wave; from its last day, the whole deal.
    if (facts.length === 0) {
      const released = { ...claim, measure: "released" as const };
      if (day === start)
        facts = factsOf(
          k,
          released,
          (k.catalog.partsOf.get(deal.id) ?? []).filter((e) => eventStart(e) === start),
        );
      else if (day >= end) facts = factsOf(k, released, [deal]).filter((f) => !f.planned);
    }
    // Nothing stored for this side so far: the waves' figures up to that day, added up. So too
    // where what is stored is one side's and the draft's figure may be both together ("1,394
    // crossed over the first two days": Kyiv's 697 is not all of it).
    let judgement = judgeFacts(claim, facts);
    if (
      !judgement ||
      (judgement.verdict === "contradicted" && claim.side !== "ukraine" && claim.side !== "russia")
    ) {
      const summed = judgeFacts(claim, wavesSoFar(k, deal, day));
      if (summed && (!judgement || summed.verdict !== "contradicted")) judgement = summed;
    }
    // "In just two days, 2,000 were released" of a deal that took three: the figure is the
    // whole deal's and the count of days is what is off, so the figure is not put right.
    if (judgement?.verdict === "contradicted" && claim.days !== null) {
      const done = factsOf(k, { ...claim, measure: "released" }, [deal]).filter((f) => !f.planned);
      const whole = judgeFacts({ ...claim, measure: "released" }, done);
      if (whole && whole.verdict !== "contradicted")
        return { judgement: whole, event: deal, canContradict: false, daysOff: length };
    }
    if (judgement && (named || judgement.verdict !== "contradicted"))
      return { judgement, event: deal, canContradict: named };
  }
  return null;
}

/**
 * "By that September the ombudsman counted 57 exchanges", with no day read: totals of other days
 * (54 by mid-2024) are the count growing, not sources disagreeing. A figure that fits a stored
 * total is judged against the totals of that total's own days only, unless the sources' totals
 * are a stored dispute (4,552 against more than 4,750).
 */
function sameDayTotals(
  k: Knowledge,
  claim: Claim,
  facts: readonly Fact[],
  judgement: Judgement | null,
): Judgement | null {
  if (judgement?.verdict !== "disputed") return judgement;
  if (facts.some((f) => (k.findings.byFact.get(f.id) ?? []).length > 0)) return judgement;
  const fit = facts.find((f) => judgeFacts(claim, [f])?.verdict === "supported");
  const days = fit ? asOfRange(fit) : null;
  if (!fit || !days) return judgement;
  // The period the sentence names last before the figure must be that total's own ("by the
  // middle of 2024, 57 swaps" is not September's 57).
  const before = claim.sentence.text.slice(0, claim.number.start - claim.sentence.start);
  const named = [...before.matchAll(PERIOD)].pop()?.[0].toLowerCase();
  if (named && !isPeriodOf(named, fit, days)) return judgement;
  const same = facts.filter((f) => asOfOverlaps(f, days));
  const again = judgeFacts(claim, same);
  return again?.verdict === "supported" ? again : judgement;
}

const PERIOD = new RegExp(String.raw`\b(?:mid(?:dle)?|${MONTH_SRC})\b`, "gi");

/** Whether a period word ("mid", "September") is a total's own: mid-year, or its month. */
function isPeriodOf(word: string, f: Fact, days: { from: string; to: string }): boolean {
  if (f.asOf && "note" in f.asOf && /mid/i.test(String(f.asOf.note))) return word.startsWith("mid");
  return monthNumber(word) === Number(days.from.slice(5, 7));
}

function asOfOverlaps(f: Fact, c: { from: string; to: string }): boolean {
  const r = asOfRange(f);
  return r !== null && r.from <= c.to && c.from <= r.to;
}

/** The deal a span of days lies inside, neither its first days alone nor all of it. */
function dealSpan(k: Knowledge, range: { from: string; to: string }): Event | null {
  for (const e of k.catalog.eventsByDay.get(range.from) ?? []) {
    const start = eventStart(e);
    const end = eventEnd(e);
    if (e.kind === "deal" && start && end && range.from > start && range.to <= end) return e;
  }
  return null;
}

/** "On May 23 and 24": the first days of a deal, read as the deal so far. */
function dealPrefix(k: Knowledge, claim: Claim): { deal: Event; days: number } | null {
  if (claim.date || !claim.range || claim.measure !== "released") return null;
  for (const e of k.catalog.eventsByDay.get(claim.range.from) ?? []) {
    const start = eventStart(e);
    const end = eventEnd(e);
    if (e.kind !== "deal" || start !== claim.range.from || !end || claim.range.to >= end) continue;
    return { deal: e, days: daysBetween(start, claim.range.to) + 1 };
  }
  return null;
}

/**
 * Whether a day the store has no exchange on is a slip for this event's: a day or three off
 * ("Thursday" for the Friday), the year off by one, or the days around the talks that agreed
 * it. A day far from every event may be an exchange the archive does not hold yet.
 */
function slipOf(k: Knowledge, e: Event, day: string): boolean {
  const days = [eventStart(e), eventEnd(e)].filter((d): d is string => d !== null);
  for (const [agreedOn, deals] of indexOf(k).dealsAgreedOn)
    if (deals.includes(e)) days.push(agreedOn);
  return days.some(
    (d) =>
      Math.abs(daysBetween(d, day)) <= SLIP_DAYS ||
      (d.slice(5) === day.slice(5) &&
        Math.abs(Number(d.slice(0, 4)) - Number(day.slice(0, 4))) === 1) ||
      (d.slice(0, 8) === day.slice(0, 8) &&
        oneEditApart(String(Number(d.slice(8))), String(Number(day.slice(8))))),
  );
}

/** "9" for "19", "28" for "23", "32" for "23": one digit dropped, changed or swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (diff.length === 1) return true;
    const [i, j] = diff as [number, number];
    return diff.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let i = 0; i < long.length; i++)
    if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
const SLIP_DAYS = 3;

const OPEN_ENDED = new Set(["more-than", "at-least", "up-to", "fewer-than"]);
const qualifierOf = (f: Fact) => (f.value.type === "number" ? f.value.qualifier : "exact");

const CLOSED = new WeakMap<readonly Fact[], Fact[]>();

/**
 * The facts of a list whose figure is not open-ended. The lists fittingFacts hands out are
 * remembered per store and never changed, so this is worked out once per list, not per claim.
 */
function closedOf(facts: readonly Fact[]): Fact[] {
  let known = CLOSED.get(facts);
  if (!known) {
    known = facts.filter((f) => !OPEN_ENDED.has(qualifierOf(f)));
    CLOSED.set(facts, known);
  }
  return known;
}

const EVENTS_OF = new WeakMap<readonly Fact[], Event[]>();

/** The events (in force) of a list of facts, each once, in the order of their first fact. */
function eventsOf(k: Knowledge, facts: readonly Fact[]): Event[] {
  let known = EVENTS_OF.get(facts);
  if (!known) {
    const seen = new Set<Event>();
    for (const f of facts) {
      const e = k.catalog.events.get(f.eventId);
      if (e) seen.add(e);
    }
    known = [...seen];
    EVENTS_OF.set(facts, known);
  }
  return known;
}

/** "Sat: 390 more", undated: only an event that began on a Saturday can be meant. */
function onWeekday(e: Event, weekday: number | null): boolean {
  if (weekday === null || weekday < 0) return true;
  const start = eventStart(e);
  return !!start && new Date(`${start}T00:00:00Z`).getUTCDay() === weekday;
}

/** Whether an event had begun by the draft's date (any event, for an undated draft). */
const ORDINALS: ReadonlySet<Measure> = new Set(["exchanges-this-year"]);

/**
 * The last exchange that began on or before `day` (of several that began that day, the first in
 * the store): found by a binary search of the exchanges, which are sorted by day, store order
 * kept among a day's.
 */
function latestExchange(k: Knowledge, day: string): Event | null {
  const list = k.catalog.exchanges;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((eventStart(list[mid] as Event) as string) <= day) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return null;
  const start = eventStart(list[lo - 1] as Event);
  let i = lo - 1;
  while (i > 0 && eventStart(list[i - 1] as Event) === start) i--;
  return list[i] as Event;
}

function notAfter(e: Event, refDate: string | null): boolean {
  const start = eventStart(e);
  return refDate === null || start === null || start <= refDate;
}

function eventOfFacts(
  k: Knowledge,
  facts: readonly Fact[],
  events: readonly Event[],
): Event | null {
  const id = facts[0]?.eventId;
  return (id ? k.catalog.events.get(id) : undefined) ?? events[0] ?? null;
}

/**
 * The event a claim belongs to, by the same matching as its verdict: what ingestion files a
 * proposed fact under. Null when nothing in the store can be tied to it.
 */
export function linkEvent(k: Knowledge, claim: Claim, refDate: string | null): Event | null {
  if (claim.measure === null) return null;
  const scope = scopeOf(k, claim, refDate);
  const decision = decide(k, claim, scope, refDate);
  if (decision?.event) return decision.event;
  if (CUMULATIVE.has(claim.measure)) {
    return [...k.catalog.events.values()].find((e) => e.kind === "tally") ?? null;
  }
  if (claim.measure === "released-to-date") return scope.deals[0] ?? null;
  const wholeDeal = claim.whole || claim.planned || claim.number.kind === "ratio";
  return (
    (wholeDeal ? scope.deals[0] : undefined) ??
    scope.primary[0] ??
    (claim.date ? scope.deals[0] : undefined) ??
    null
  );
}

/**
 * "The last wave: 303 home today, 1,000 in all": "in all" after a wave's figure may be the
 * deal's whole, told for one side, rather than the wave's two sides together. Where the deal
 * the wave is part of holds the figure for a side, that reading is the claim's.
 */
function wholeInAll(
  k: Knowledge,
  claim: Claim,
  wave: { event: Event | null },
): { judgement: Judgement; event: Event | null } | null {
  if (!claim.whole || claim.side !== "total" || !claim.cues.side) return null;
  if (!/^(?:in all|in total|altogether|all told)$/i.test(claim.cues.side.trim())) return null;
  // ("1,000 in total (both countries combined)" says which: both sides.)
  const rest = claim.sentence.text.slice(claim.span.end - claim.sentence.start);
  if (/\b(?:both|combined|together|between them|two (?:sides|countries))\b/i.test(rest))
    return null;
  const deal = wave.event?.partOf ? k.catalog.events.get(wave.event.partOf) : undefined;
  if (!deal) return null;
  const found = tryEvents(k, { ...claim, side: null, sideAlso: null }, [deal]);
  return found && found.judgement.verdict === "supported" ? found : null;
}

/**
 * The claim's figure is one the event holds for another side or class ("248" for its 230), or
 * one of its figures with two digits swapped ("94th" for its 49th).
 */
function ownFigure(k: Knowledge, claim: Claim, event: Event | null): boolean {
  if (!event || claim.number.qualifier !== "exact") return false;
  const ns = [claim.number.n, ...swappedDigits(claim.number.n)];
  return (k.catalog.factsByEvent.get(event.id) ?? []).some(
    (f) =>
      f.measure === claim.measure &&
      f.value.type === "number" &&
      f.value.qualifier === "exact" &&
      ns.includes(f.value.n),
  );
}
