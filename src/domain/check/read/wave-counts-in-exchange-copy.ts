import type { NumberMention } from "../../numbers.ts";
import { RELEASE } from "../vocabulary.ts";
import { DEAL_WORDS } from "./figure-words.ts";

/** "Three waves", "in four stages", "two tranches": a count of a deal's waves, its noun said. */
const WAVES_SAID = /^(?:\s+|-)(waves|stages|tranches)\b(?!\s+of\b)/i;

/** "The first two waves", "two more waves", "the next two stages": some of the waves, not all. */
const SOME_OF_THEM =
  /\b(?:first|last|past|previous|opening|closing|next|remaining|these|those|other|more|further|another)\s+$/i;

/** "Two stages are done", "three waves over": the waves so far, unless out of a total ("2 of 4"). */
const DONE_AFTER =
  /^\s+(?:(?:are|is|were|have been|had been|now|already)\s+)*(?:done|complete|completed|finished|over|behind)\b/i;

/**
 * Waves of drones, stages of talks, waves done so far: a sentence where "waves" may count
 * attacks or meetings, or the deal only up to now.
 */
const OTHER_WAVES =
  /\b(?:drones?|missiles?|strikes?|attacks?|shell\w*|bomb\w*|talks|negotiat\w*|ceasefire|truce|so far|to date|by now|yet|still|more|further|remaining|left|planned|expected|due)\b/i;

/**
 * In copy about an exchange, a count of waves told without a deal word in its own sentence
 * ("How was it done? In three waves.", "Kommersant tallies the three waves at 390, 307 and
 * 330"): how many waves the deal took. Only small exact counts with the noun right after them;
 * any word of attacks, talks or waves still to come leaves the figure unread.
 */
export function waveCountInExchangeCopy(
  m: NumberMention,
  before: string,
  after: string,
  s: string,
): { noun: string; length: number } | null {
  // A sentence with a deal or release word is waveCountOf's to read, and its refusals stand.
  if (DEAL_WORDS.test(s) || RELEASE.test(s)) return null;
  if (m.kind !== "cardinal" || m.n < 2 || m.n > 6 || m.qualifier !== "exact") return null;
  // "Today's round will be the second of three.": a wave named, then its place among them all.
  if (
    /\b(?:first|second|third|fourth|last|final)\s+of\s+$/i.test(before) &&
    /\b(?:wave|stage|round|tranche|leg)\b/i.test(s) &&
    /^\s*(?:[.;!?)]|$)/.test(after) &&
    !OTHER_WAVES.test(s)
  )
    return { noun: "waves", length: 0 };
  const noun = WAVES_SAID.exec(after);
  if (!noun || SOME_OF_THEM.test(before) || OTHER_WAVES.test(s)) return null;
  if (DONE_AFTER.test(after.slice(noun[0].length)) && !/\bof\s+$/i.test(before)) return null;
  return { noun: (noun[1] as string).toLowerCase(), length: noun[0].length };
}
