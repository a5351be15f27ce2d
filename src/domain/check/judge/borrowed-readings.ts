/**
 * Parts of a figure's reading that came from words about something else, so that no correction
 * may rest on them:
 * - a count of days so far told of another figure ("the final 303, then it's done, so the
 *   two-day total was 697": the two days are the 697's): the figure is read plainly instead;
 * - a kind of people carried over from another figure's noun to one told only as whose ("over 60,000 civilians are
 *   held … around 8,000 of ours are still held": the 8,000 names no kind of its own);
 * - a day the figure is told as "before" ("before today 697 had come home"): it bounds the
 *   count, it does not date it; the count so far as of the day before is what is meant.
 */
import type { ClaimCheck } from "../../answers.ts";
import { addDaysIso } from "../../dates.ts";
import { extend } from "../../extend.ts";
import { findNumbers } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import type { Claim } from "../read/claims.ts";
import { unsure } from "./certainty.ts";
import { judgeReading } from "./verdict.ts";

/** Kinds of people narrower than "people": never taken from another figure's word. */
const NARROW_KINDS: ReadonlySet<Claim["counted"]> = new Set(["civilians", "military", "wounded"]);

/** "8,000 of ours", "500 of theirs": the figure names its own whole, whose people, not their kind. */
const OF_OURS = /^\s+of\s+(?:ours|theirs|us|them|our (?:own )?(?:people|guys|boys|own))\b/i;

/** Before a day that bounds a count rather than dating it. */
const BOUND_BEFORE = /\b(?:before|until|till|up to|prior to)\s+$/i;

export function judgeBorrowedReadings(
  k: Knowledge,
  claims: readonly Claim[],
  figures: ClaimCheck[],
  refDate: string | null,
): void {
  claims.forEach((claim, i) => {
    const check = figures[i];
    if (check?.verdict !== "contradicted") return;
    const bound = boundingDay(claim);
    if (bound) {
      const soFar = judgeReading(
        k,
        extend(claim, {
          measure: "released-to-date",
          date: addDaysIso(bound, -1),
          dateBasis: claim.dateBasis,
        }),
        refDate,
      );
      figures[i] =
        soFar.verdict === "supported"
          ? extend(soFar, {
              reason: `${soFar.reason} (“before ${claim.dateText}”: the count up to that day, not the day's own.)`,
            })
          : extend(
              unsure(check, [
                `which day (“before ${claim.dateText}” bounds the count; it is not the day of it)`,
              ]),
              check.reading ? { reading: check.reading } : {},
            );
      return;
    }
    // The scope's words are another figure's: the figure is read as its own day's, plainly.
    if (
      claim.measure === "released-to-date" &&
      claim.days !== null &&
      claim.cues.scope &&
      scopeBeyondAnother(claim, claim.cues.scope)
    ) {
      const plain = judgeReading(k, extend(claim, { measure: "released", days: null }), refDate);
      figures[i] = extend(plain, {
        reason: `${plain.reason} (“${claim.cues.scope}” is told of another figure of the sentence.)`,
      });
      return;
    }
    if (
      claim.noun === null &&
      !claim.cues.counted &&
      NARROW_KINDS.has(claim.counted) &&
      OF_OURS.test(claim.sentence.text.slice(claim.number.end - claim.sentence.start))
    )
      figures[i] = extend(
        unsure(check, [
          `what “${claim.number.text}” counts (it says whose, and no word of its own says ${claim.counted})`,
        ]),
        check.reading ? { reading: check.reading } : {},
      );
  });
}

/** The day a figure's own day-words bound it by ("before today"), or null. */
function boundingDay(claim: Claim): string | null {
  if (!claim.date || !claim.dateText || claim.dateInherited || claim.measure !== "released")
    return null;
  const s = claim.sentence.text;
  const at = s.indexOf(claim.dateText);
  return at >= 0 && BOUND_BEFORE.test(s.slice(0, at)) ? claim.date : null;
}

/**
 * Whether the scope's words, after the figure, are another figure's: one stands between them, or
 * one follows the words closer than this figure precedes them ("… so the two-day total was 697").
 */
function scopeBeyondAnother(claim: Claim, words: string): boolean {
  const s = claim.sentence.text;
  const relEnd = claim.number.end - claim.sentence.start;
  const at = s.indexOf(words, relEnd);
  if (at < 0) return false;
  const after = at + words.length;
  return findNumbers(s).some(
    (m) =>
      m.kind === "cardinal" &&
      // (not a footnote's "[4]", nor "the one outcome")
      m.n >= 20 &&
      s[m.start - 1] !== "[" &&
      ((m.start >= relEnd && m.end <= at) || (m.start >= after && m.start - after < at - relEnd)),
  );
}
