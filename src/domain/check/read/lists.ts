/**
 * Figures read together: a list that goes on ("390 on Friday and 307 on Saturday"), a verb shared
 * by two sides ("Ukraine got 230 back and Russia 248"), and parts of one whole ("3 women and
 * 387 men").
 */
import type { Claim } from "./claims.ts";
import type { SideReading } from "./cues.ts";

const LIST_JOIN =
  /^(?:[^.;:]|\d\.\d){0,40}?(?:,|\band|\bthen|\bplus)\s+(?:(?:russia|ukraine|kyiv|moscow|ru|rus|ua|ukr)(?:\s+|\s*[—–-]\s*))?(?:another\s+|a further\s+)?$/i;

/** "1,000 Ukrainians were freed: 390 on the first day, …": a list opened by a colon. */
const LIST_OPENS = /^[^.;:]{0,40}:\s*$/;

/** A bare number after ", and" that follows a count in the same sentence. */
export function listed(
  out: readonly Claim[],
  s: string,
  off: number,
  rel: number,
  reach = 60,
): boolean {
  const prev = out[out.length - 1];
  if (!prev || prev.measure === null || prev.counted === null) return false;
  const between = s.slice(prev.span.end - off, rel);
  // Within a few words a bare number joins the list only after "and", a comma or "plus";
  // further on (with a cue of its own that it counts people) anything may stand between.
  return (
    between.length <= reach && (reach > 60 || LIST_JOIN.test(between) || LIST_OPENS.test(between))
  );
}

/** "Ukraine got 230 back and Russia 248": the verb is shared, the side is the one named. */
export function gapped(before: string, s: string): SideReading | null {
  const m = /(?:\band|,)\s+(russia|moscow|ru|rus|ukraine|kyiv|ua|ukr)(?:\s+|\s*[—–-]\s*)$/i.exec(
    before,
  );
  if (!m || !/\b(?:got|get|received|recovered|gets|getting|receives|receiving)\b/i.test(s))
    return null;
  const party = (m[1] as string).toLowerCase();
  return {
    side: /^(?:russia|moscow|ru|rus)$/.test(party) ? "russia" : "ukraine",
    also: null,
    cue: m[0].trim(),
  };
}

/**
 * "3 women and 387 men", "270 soldiers and 120 civilians": figures of different kinds joined
 * by "and" in one breath are parts of one whole. Each is marked a part, sharing a group, so
 * the verdict can add them up instead of comparing each with the whole.
 */
export function groupParts(s: string, off: number, claims: Claim[]): void {
  let group = 0;
  for (let i = 0; i + 1 < claims.length; i++) {
    const a = claims[i] as Claim;
    const b = claims[i + 1] as Claim;
    if (!a.measure || a.measure !== b.measure || a.counted === null || b.counted === null) continue;
    // "250 drones and 14 missiles" are two counts of an attack, not parts of one whole.
    if (a.measure === "launched") continue;
    const between = s.slice(a.span.end - off, b.number.start - off);
    if (!/^\s*(?:,\s*)?(?:and|plus|as well as|,)\s+(?:another\s+|a further\s+)?$/i.test(between))
      continue;
    // "31 Ukrainians and 15 Russians" are two sides' figures, not parts of one.
    if (a.side !== null && b.side !== null && a.side !== b.side) continue;
    const differ =
      a.noun?.toLowerCase() !== b.noun?.toLowerCase() && a.noun !== null && b.noun !== null;
    if (!differ && !(a.part && b.part)) continue;
    const id = a.partGroup ?? ++group + off * 100;
    for (const c of [a, b]) {
      c.partGroup = id;
      c.part ??= `${a.number.text} ${a.noun ?? ""} and ${b.number.text} ${b.noun ?? ""}`
        .replace(/\s+/g, " ")
        .trim();
    }
  }
}
