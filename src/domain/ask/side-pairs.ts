/**
 * "248 went to Ukraine and 230 to Russia", "Ukraine got 230 back and Russia 248": each figure a
 * check ties to a side. A yes that rests on the exchange's stored figures is no yes when one of
 * them is stored for the other side only (the figures swapped round).
 */
import type { Fact, Side } from "../../store/schema.ts";
import type { Knowledge } from "../queries.ts";

export interface SidePair {
  n: number;
  side: "ukraine" | "russia";
}

const SIDE = (w: string): "ukraine" | "russia" =>
  /^(?:ukrain|kyiv)/i.test(w) ? "ukraine" : "russia";

/** The figures the words tie to a side, in the order said. */
export function sidePairs(text: string): SidePair[] {
  const out: { at: number; pair: SidePair }[] = [];
  const num = (s: string) => Number(s.replace(/,/g, ""));
  // "248 went to Ukraine", "230 to Russia", "120 returned to Russia".
  for (const m of text.matchAll(
    /\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z]+\s+){0,3}?(?:to|into)\s+(ukraine|russia|kyiv|moscow)\b/gi,
  ))
    out.push({ at: m.index ?? 0, pair: { n: num(m[1] as string), side: SIDE(m[2] as string) } });
  // "Ukraine got 230 back", "and Russia 248", "Russia received 248".
  for (const m of text.matchAll(
    /\b(ukraine|russia|kyiv|moscow)(?:'s)?\s+(?:(?:got|gets|received|receives|took|takes|get)\s+(?:back\s+)?)?(\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*(?:[a-z]+\s+){0,3}?(?:to|into)\s+(?:ukraine|russia))/gi,
  ))
    out.push({ at: m.index ?? 0, pair: { n: num(m[2] as string), side: SIDE(m[1] as string) } });
  return out.sort((a, b) => a.at - b.at).map((x) => x.pair);
}

/**
 * The first figure the words give one side that the events store for the other side only:
 * that figure and the side it is stored for; null when every figure fits.
 */
export function swappedSide(
  k: Knowledge,
  text: string,
  eventIds: readonly string[],
): { n: number; said: Side; stored: Side; fact: Fact } | null {
  const facts = eventIds.flatMap((id) => k.catalog.factsByEvent.get(id) ?? []);
  for (const p of sidePairs(text)) {
    const withN = facts.filter((f) => f.value.type === "number" && f.value.n === p.n && !f.planned);
    if (withN.length === 0) continue;
    const other = p.side === "ukraine" ? "russia" : "ukraine";
    if (withN.every((f) => f.side === other))
      return { n: p.n, said: p.side, stored: other, fact: withN[0] as Fact };
  }
  return null;
}

/**
 * A check that gives each side its own figure ("230 went to Ukraine and 248 to Russia"), settled
 * figure by figure against the exchange: yes when each is stored for the side it is given (or for
 * each side), no when one is stored for the other side only; null when any is not stored there.
 */
export function sidesCheck(
  k: Knowledge,
  text: string,
  eventIds: readonly string[],
): { yes: boolean; facts: Fact[] } | null {
  const pairs = sidePairs(text);
  if (pairs.length < 2 || new Set(pairs.map((p) => p.side)).size < 2) return null;
  const facts = eventIds.flatMap((id) => k.catalog.factsByEvent.get(id) ?? []);
  const fitting: Fact[] = [];
  for (const p of pairs) {
    const withN = facts.filter((f) => f.value.type === "number" && f.value.n === p.n && !f.planned);
    const fits = withN.find((f) => f.side === p.side || f.side === "each");
    if (fits) fitting.push(fits);
    else if (withN.length > 0) return { yes: false, facts: [withN[0] as Fact] };
    else return null;
  }
  return { yes: true, facts: fitting };
}
