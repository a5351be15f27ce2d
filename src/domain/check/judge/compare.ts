/** A claim's figure against a set of facts, side by side: fits, conflicts, and the verdict. */

import type { Fact } from "../../../store/schema.ts";
import { pushTo } from "../../group.ts";
import { readingKey } from "../../labels.ts";
import { type Interval, overlaps } from "../../numbers.ts";
import {
  claimInterval,
  factInterval,
  isExactFact,
  readingsOf,
  type SubSide,
  speaksFor,
} from "../align/facts.ts";
import type { Claim } from "../read/claims.ts";
export interface SideResult {
  sub: SubSide;
  verdict: "supported" | "disputed" | "contradicted";
  facts: Fact[];
  fits: Fact[];
  /** Two readings of the store that cannot both be true. */
  conflict: [Fact[], Fact[]] | null;
}

/** What a set of stored facts says for one side, whatever the claim: those that speak for it, and any conflict among them. */
interface StoredSide {
  mine: Fact[];
  conflict: [Fact[], Fact[]] | null;
  /** Judged already, by the claim's interval: a long draft gives the same figures again and again. */
  judged: Map<string, SideResult | null>;
}

/**
 * Kept per facts list: the lists factsOf hands out are the same object for the same figures, so
 * a long draft, which asks of the same few events over and over, works out each side once.
 */
const STORED_SIDES = new WeakMap<readonly Fact[], Map<SubSide, StoredSide>>();

function storedSide(facts: readonly Fact[], sub: SubSide): StoredSide {
  let bySub = STORED_SIDES.get(facts);
  if (!bySub) {
    bySub = new Map();
    STORED_SIDES.set(facts, bySub);
  }
  let side = bySub.get(sub);
  if (!side) {
    const mine = facts.filter((f) => speaksFor(f, sub));
    side = { mine, conflict: mine.length > 0 ? conflicting(mine, sub) : null, judged: new Map() };
    bySub.set(sub, side);
  }
  return side;
}

/** Enough remembered intervals per side for a long draft's figures; cleared, not grown, past this. */
const JUDGED_MEMO = 1_000;

/**
 * A claim's interval against the stored figures for one side. The result depends on nothing
 * else, so it is kept with the side's facts and handed out again (callers must not change it).
 */
function judgeSide(
  claimI: Interval,
  facts: readonly Fact[],
  sub: SubSide,
  floor: boolean,
  point: number,
): SideResult | null {
  const stored = storedSide(facts, sub);
  if (stored.mine.length === 0) return null;
  const key = `${claimI.min}|${claimI.max}|${claimI.minOpen}|${claimI.maxOpen}|${floor}|${point}`;
  let result = stored.judged.get(key);
  if (result === undefined) {
    if (stored.judged.size >= JUDGED_MEMO) stored.judged.clear();
    result = judgeStoredSide(claimI, stored, sub, floor, point);
    stored.judged.set(key, result);
  }
  return result;
}

/** "Over 500", "at least 200": a figure that only sets a floor. */
export const isFloor = (q: string): boolean => q === "more-than" || q === "at-least";
const floorOf = (f: Fact) => f.value.type === "number" && isFloor(f.value.qualifier);

/**
 * The claim's figure against one side's stored figures; null when the store's only figures for
 * it are floors set lower than the claim's own ("over 600" against "over 500"): a floor says
 * nothing of how far above it the figure lies, so it neither bears out nor rules out a higher one.
 * The same holds for a figure of the draft's own set above a floor ("260" against "more than
 * 200") where the store has an exact figure for the side too (205): the floor allows it, but
 * the exact figure is what it would have to be. The floor's own figure ("about 500" against
 * "more than 500") is the floor, rounded; with only a floor ("more than 500" in all for April,
 * whose 538 adds up parts the store counts apart), a figure above it is still borne out.
 */
function judgeStoredSide(
  claimI: Interval,
  stored: StoredSide,
  sub: SubSide,
  floor: boolean,
  point: number,
): SideResult | null {
  const { mine, conflict } = stored;
  const exactBeside = mine.some(isExactFact);
  const above = (f: Fact, fi: Interval) =>
    floorOf(f) && (floor ? claimI.min > fi.min : exactBeside && point > fi.min);
  let raisedOnly = false;
  const overlapping = mine.filter((f) => {
    const fi = factInterval(f, sub);
    if (fi === null || !overlaps(fi, claimI)) return false;
    if (above(f, fi)) {
      raisedOnly = true;
      return false;
    }
    return true;
  });
  // "Over 200" does not support 246 where the same source pool gives 205 exactly for the same
  // people: the exact figure rules the claim out, the hedge only failed to.
  const inside = new Set(overlapping);
  const ruledOut = mine.filter((f) => isExactFact(f) && !inside.has(f));
  const fits = overlapping.filter((f) => {
    if (isExactFact(f) || ruledOut.length === 0) return true;
    const hedge = factInterval(f, sub);
    return !ruledOut.some(
      (x) =>
        x.eventId === f.eventId &&
        sameKind(x.counted, f.counted) &&
        x.side === f.side &&
        refines(factInterval(x, sub), hedge),
    );
  });
  // (Not contradicted by an exact figure either: the floor may count more than it does, as
  // April's "over 500" takes in the wounded its 246 a side leaves out.)
  if (fits.length === 0 && raisedOnly) return null;
  const verdict = fits.length === 0 ? "contradicted" : conflict ? "disputed" : "supported";
  return { sub, verdict, facts: mine, fits, conflict };
}

/** The exact figure lies within the hedge ("205" within "over 200"): it says the same, more precisely. */
const refines = (exact: Interval | null, hedged: Interval | null) =>
  exact !== null && hedged !== null && overlaps(exact, hedged);

/** "Prisoners" and "POWs" count the same people in an exchange's report. */
const sameKind = (a: string | null, b: string | null) =>
  a === b || ((a === "people" || a === "military") && (b === "people" || b === "military"));

/** Two groups of facts whose values (for this side) cannot both be true, or null. */
export function conflicting(facts: readonly Fact[], sub: SubSide): [Fact[], Fact[]] | null {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const i = factInterval(f, sub);
    if (i) pushTo(groups, `${readingKey(f)}|${f.side === "each" && sub === "total"}`, f);
  }
  const list = [...groups.values()];
  for (let a = 0; a < list.length; a++) {
    for (let b = a + 1; b < list.length; b++) {
      const fa = (list[a] as Fact[])[0] as Fact;
      const fb = (list[b] as Fact[])[0] as Fact;
      // Figures of different kinds ("over 500 prisoners", "246 POWs") can both be true.
      if (fa.counted !== fb.counted) continue;
      const ia = factInterval(fa, sub) as Interval;
      const ib = factInterval(fb, sub) as Interval;
      if (!overlaps(ia, ib)) return [list[a] as Fact[], list[b] as Fact[]];
    }
  }
  return null;
}

export const RANK = { supported: 0, disputed: 1, contradicted: 2 } as const;
/** How many events a figure matched only on what it counts is weighed against. */
export const FALLBACK_EVENTS = 25;

export interface Judgement {
  verdict: "supported" | "disputed" | "contradicted";
  sides: SideResult[];
}

const PEOPLE_IN_ALL = new WeakMap<readonly Fact[], readonly Fact[]>();

/**
 * "492 prisoners changed hands in all" on a day the store gives "over 500 prisoners" for both
 * sides and "246 POWs" for each: a count of everyone, both sides together, is weighed against
 * the figure stated for everyone, not against a narrower class's figure doubled (the 500 takes
 * in the wounded the 246 leaves out). The narrower figure still decides "492 POWs".
 */
function peopleInAll(facts: readonly Fact[]): readonly Fact[] {
  let kept = PEOPLE_IN_ALL.get(facts);
  if (!kept) {
    const stated = new Set(
      facts.filter((f) => f.counted === "people" && f.side === "total").map((f) => f.eventId),
    );
    kept =
      stated.size === 0
        ? facts
        : facts.filter(
            (f) => !(stated.has(f.eventId) && f.counted !== "people" && f.side !== "total"),
          );
    PEOPLE_IN_ALL.set(facts, kept);
  }
  return kept;
}

/** The verdict over a set of facts, trying each reading of the claim's side. */
export function judgeFacts(claim: Claim, facts: readonly Fact[]): Judgement | null {
  if (facts.length === 0) return null;
  const claimI = claimInterval(claim);
  const floor = isFloor(claim.number.qualifier);
  // (A range's figure is its lower end: "250-300" above "more than 200" is as unproven.)
  const point = claim.number.n;
  let best: Judgement | null = null;
  for (const reading of readingsOf(claim)) {
    const sides = reading
      .map((sub) =>
        judgeSide(
          claimI,
          sub === "total" && claim.counted === "people" ? peopleInAll(facts) : facts,
          sub,
          floor,
          point,
        ),
      )
      .filter((r): r is SideResult => r !== null);
    if (sides.length === 0) continue;
    const verdict = sides.some((r) => r.verdict === "contradicted")
      ? "contradicted"
      : sides.some((r) => r.verdict === "disputed")
        ? "disputed"
        : "supported";
    if (!best || RANK[verdict] < RANK[best.verdict]) best = { verdict, sides };
    if (verdict === "supported") break;
  }
  return best;
}
