/**
 * "Subs wrote 'third exchange of 2025' for the early-May swap – ok to keep?": a place in one
 * year's run of exchanges, said of an exchange the sources number within that year. Put against
 * the sources' number: yes or no with it. Null when the store numbers it not in that year (then
 * the check goes on, and a place nothing checks is left "only in part").
 */
import type { Citation } from "../answers.ts";
import { cite } from "../check/align/store-index.ts";
import { ordinalText } from "../labels.ts";
import type { Knowledge } from "../queries.ts";
import { blank, type Draft } from "./draft.ts";
import { placeNumber } from "./place-open.ts";

const YEAR_PLACE =
  /\b((?:\d{1,2}(?:st|nd|rd|th))|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(?:(?:prisoner|pow|captive)\s+)?(?:exchange|swap)\s+(?:of|in)\s+((?:19|20)\d\d)\b/i;

export function yearPlaceSaid(
  k: Knowledge,
  claim: string,
  eventId: string | null,
  whoSays: (cs: readonly Citation[]) => string,
): Draft | null {
  const m = YEAR_PLACE.exec(claim);
  if (!m?.[1] || !m[2] || !eventId) return null;
  const n = placeNumber(m[1]);
  if (n === null) return null;
  const facts = (k.catalog.factsByEvent.get(eventId) ?? []).filter(
    (f) =>
      f.measure === "exchanges-this-year" &&
      f.value.type === "number" &&
      (f.eventDate ?? "").startsWith(m[2] as string),
  );
  if (facts.length === 0) return null;
  const right = facts.filter((f) => f.value.type === "number" && f.value.n === n);
  const d = blank();
  d.citations = (right.length > 0 ? right : facts).map((f) => cite(k, f));
  const held = facts[0]?.value.type === "number" ? facts[0].value.n : 0;
  d.line =
    right.length > 0
      ? `Yes: the ${ordinalText(n)} exchange of ${m[2]} — ${whoSays(d.citations)}`
      : `No: the sources number it the ${ordinalText(held)} exchange of ${m[2]}, not the ${m[1].toLowerCase()} — ${whoSays(d.citations)}`;
  return d;
}
