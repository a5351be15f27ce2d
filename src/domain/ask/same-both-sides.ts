/**
 * "Jan 3 2024 bars: same number for both sides?", "did each side get the same?": whether the two
 * sides' figures for one exchange are equal. Never answered with the exchange's total: a source's
 * figure for each side says yes; the two sides' own figures say yes or no; otherwise not held.
 */
import type { Fact } from "../../store/schema.ts";
import type { Knowledge } from "../queries.ts";

// ("Same for both sides combined?" asks the question before again, of both sides together.)
export const SAME_BOTH_SIDES =
  /^(?![^?]*\b(?:combined|together|in all|altogether|added)\b)(?:[^?]*\b(?:same|matching)\s+(?:number|numbers|figure|figures|count|counts|amount|size)\s+(?:for|on|to|from|of|across|by)?\s*(?:both|each|either|the two)\s+sides?\b|[^?]*\b(?:equal|identical|even)\s+(?:(?:number|numbers|figure|figures|count|counts)\s+)?(?:for|on|to|from|of|across|by)?\s*(?:both|each|either|the two)\s+sides?\b|[^?]*\b(?:both|each|the two) sides?\b[^?]{0,40}\b(?:the same (?:number|figure|count|amount)|(?:an )?equal (?:number|numbers|figure|figures|count|counts)|as many)\b)/i;

export interface SidesEqual {
  equal: boolean;
  /** The facts it rests on: one for each side, or one for each side alike. */
  facts: Fact[];
}

/** Equal or not, from the exchange's stored figures; null when they do not settle it. */
export function sidesEqual(k: Knowledge, eventId: string): SidesEqual | null {
  const all = (k.catalog.factsByEvent.get(eventId) ?? []).filter(
    (f) => f.measure === "released" && f.value.type === "number" && !f.planned,
  );
  // A side broken into servicemen and civilians gives no one figure for that side: only a
  // figure said of each side then settles it.
  const split = all.some((f) => f.counted === "civilians");
  const facts = all.filter(
    (f) => f.counted !== "wounded" && f.counted !== "civilians" && (!split || f.side === "each"),
  );
  const exact = (side: string) =>
    facts.filter(
      (f) => f.side === side && f.value.type === "number" && f.value.qualifier === "exact",
    );
  const [ua, ru] = [exact("ukraine"), exact("russia")];
  const n = (f: Fact) => (f.value.type === "number" ? f.value.n : Number.NaN);
  const one = (fs: Fact[]) => new Set(fs.map(n)).size === 1;
  if (ua.length > 0 && ru.length > 0 && one(ua) && one(ru) && ua[0]?.counted === ru[0]?.counted)
    return { equal: n(ua[0] as Fact) === n(ru[0] as Fact), facts: [ua[0] as Fact, ru[0] as Fact] };
  const each = exact("each");
  if (ua.length === 0 && ru.length === 0 && each.length > 0 && one(each))
    return { equal: true, facts: [each[0] as Fact] };
  return null;
}
