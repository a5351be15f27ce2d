/**
 * The deal a draft is about. "It was done in four waves", "1,000 each in all", with no day of
 * their own, say nothing of which deal; but where every figure the draft does tie to a day or a
 * name belongs to one deal, that is the deal these mean too. Only figures said of a deal as a
 * whole (how many waves or days it took, its totals, its plan) are read this way: a wave's
 * figure with no day could be any wave's.
 */
import type { Event } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import { eventEnd, eventStart } from "../../catalog.ts";
import type { Knowledge } from "../../queries.ts";
import { recentDeal } from "../align/scope.ts";
import { indexOf } from "../align/store-index.ts";
import type { Claim } from "../read/claims.ts";
import { judge } from "./certainty.ts";
import { lowerThe } from "./wording.ts";

const WHOLE_MEASURES = new Set(["wave-count", "duration-days"]);

/** An exchange before the one in the news: "the last exchange", "the previous swap". */
const EARLIER_EXCHANGE =
  /\b(?:last|previous|prior|preceding|earlier)\s+(?:(?:prisoner|POW|PoW)\s+)?(?:exchange|swap)\b/i;

export function judgeByTopic(
  k: Knowledge,
  claims: readonly Claim[],
  checks: ClaimCheck[],
  refDate: string | null,
  days: readonly ClaimCheck[] = [],
): void {
  const topic = topicDeal(k, claims, checks, days);
  // A draft filed while a deal is agreed, under way or just done speaks of it when it counts
  // "the Nth exchange" with no day.
  const ordinalDeal = topic ?? recentDeal(k, refDate);
  if (ordinalDeal)
    claims.forEach((c, i) => {
      if (checks[i]?.verdict !== "unverified" || c.date || c.range) return;
      if (c.measure === "exchange-ordinal")
        judgeOrdinal(k, claims, checks, i, ordinalDeal, refDate);
    });
  if (ordinalDeal) {
    const talks = talksOf(k, ordinalDeal);
    if (talks)
      claims.forEach((c, i) => {
        if (checks[i]?.verdict === "unverified" && c.measure === "ceasefire-days-sought")
          judgeAtTalks(k, c, checks, i, talks, refDate);
      });
  }
  const deal = topic;
  if (!deal) return;
  const from = eventStart(deal);
  const to = eventEnd(deal);
  if (!from || !to) return;
  claims.forEach((c, i) => {
    const own = checks[i];
    if (own?.verdict !== "unverified" || c.date || c.range || c.loose) return;
    if (!c.measure) return;
    const whole =
      WHOLE_MEASURES.has(c.measure) ||
      (c.measure === "released" && (c.whole || c.planned)) ||
      (c.measure === "released-to-date" && c.days !== null);
    if (!whole) return;
    const again = judge(k, { ...c, range: { from, to }, dateText: null }, refDate);
    if (again.verdict === "unverified") return;
    checks[i] = {
      ...again,
      reason: `${again.reason} (Read as the ${deal.title.replace(/^The /, "")}, the deal the rest of the draft is about.)`,
    };
  });
}

/**
 * "It was the 65th exchange since the invasion", with no day or name of its own, in a draft
 * about one deal: the count the war's exchanges had reached with that deal, which the store
 * files under its first wave. Not where the sentence, or the one before it, ties a figure to
 * another exchange ("Ukraine got 248 back. Kyiv called it the 48th swap"): the ordinal may be
 * that one's.
 */
function judgeOrdinal(
  k: Knowledge,
  claims: readonly Claim[],
  checks: ClaimCheck[],
  i: number,
  deal: Event,
  refDate: string | null,
): void {
  const c = claims[i] as Claim;
  const first = eventStart(deal);
  if (!first) return;
  const near = (s: number) => s === c.sentence.start || s === previousSentence(claims, c);
  const elsewhere = claims.some((o, j) => {
    if (j === i || !near(o.sentence.start)) return false;
    const e = k.catalog.events.get(checks[j]?.eventId ?? "");
    return !!e && e.id !== deal.id && e.partOf !== deal.id;
  });
  if (elsewhere) return;
  // "And the last exchange was the 36th? – No, the 63rd": the one before, not the deal's.
  const told = claims.filter((o) => near(o.sentence.start)).map((o) => o.sentence.text);
  if (told.some((t) => EARLIER_EXCHANGE.test(t))) return;
  const again = judge(k, { ...c, date: first, dateText: null }, refDate);
  if (again.verdict === "unverified") return;
  checks[i] = {
    ...again,
    reason: `${again.reason} (Read as the ${deal.title.replace(/^The /, "")}, the deal the rest of the draft is about.)`,
  };
}

/**
 * "Kyiv had wanted a 60-day ceasefire", in copy about a deal: the ceasefire sought is the one
 * asked for at the talks that agreed the deal, whatever day the copy is filed or dated on. Not
 * where the figure's own written day may name other talks.
 */
function judgeAtTalks(
  k: Knowledge,
  c: Claim,
  checks: ClaimCheck[],
  i: number,
  talks: Event,
  refDate: string | null,
): void {
  const day = eventStart(talks);
  if (!day || c.date === day || c.range) return;
  if (c.date && !c.dateInherited && c.dateBasis === "written") return;
  const again = judge(k, { ...c, date: day, dateInherited: false, dateText: null }, refDate);
  if (again.verdict === "unverified" || again.eventId !== talks.id) return;
  checks[i] = {
    ...again,
    reason: `${again.reason} (Read as the ceasefire sought at ${lowerThe(talks.title)}, the talks that agreed the deal the draft is about.)`,
  };
}

/** The one round of talks that agreed a deal and holds the ceasefire asked for there, or null. */
function talksOf(k: Knowledge, deal: Event): Event | null {
  const found = new Set<Event>();
  for (const [day, deals] of indexOf(k).dealsAgreedOn) {
    if (!deals.includes(deal)) continue;
    for (const e of k.catalog.eventsByDay.get(day) ?? [])
      if (
        e.kind === "talks" &&
        (k.catalog.factsByEvent.get(e.id) ?? []).some((f) => f.measure === "ceasefire-days-sought")
      )
        found.add(e);
  }
  return found.size === 1 ? ([...found][0] as Event) : null;
}

/** Where the sentence before a claim's starts, among the sentences the draft's figures sit in. */
function previousSentence(claims: readonly Claim[], c: Claim): number {
  let best = -1;
  for (const o of claims)
    if (o.sentence.start < c.sentence.start && o.sentence.start > best) best = o.sentence.start;
  return best;
}

/** The one deal every figure tied to its own day or name belongs to, or null. */
function topicDeal(
  k: Knowledge,
  claims: readonly Claim[],
  checks: readonly ClaimCheck[],
  days: readonly ClaimCheck[],
): Event | null {
  const deals = new Set<string>();
  const add = (eventId: string) => {
    const e = k.catalog.events.get(eventId);
    // The talks, calls, statements and meetings around a deal are part of its story, not
    // another topic.
    if (e && e.kind !== "deal" && e.kind !== "exchange") return;
    const dealId = e?.kind === "deal" ? e.id : e?.partOf;
    deals.add(dealId ?? `not-a-deal:${eventId}`);
  };
  claims.forEach((c, i) => {
    const check = checks[i];
    if (!check?.eventId || check.verdict === "unverified") return;
    if ((!c.date && !c.range) || c.dateInherited) return;
    add(check.eventId);
  });
  // A day the draft states, right or wrong, names the event it is the day of.
  for (const d of days) if (d.eventId && d.verdict !== "unverified") add(d.eventId);
  if (deals.size !== 1) return null;
  const [id] = [...deals];
  const deal = id ? k.catalog.events.get(id) : undefined;
  return deal?.kind === "deal" ? deal : null;
}
