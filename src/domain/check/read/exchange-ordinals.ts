/**
 * The war's count of exchanges said as an ordinal with its noun left out: "Kyiv called it the
 * 64th.", "this one was the 63rd", "the 64th overall", "63rd — Kyiv's count of exchanges". Only
 * ordinals past 31 are read so: no day of a month, wave or stage is that high, so in copy about
 * exchanges such an ordinal is the exchange's own number. A noun after it ("the 47th president",
 * "the 75th anniversary") says it counts something else, and it is left alone.
 */

/** Before the ordinal: "the"/"its", or nothing but a bullet at the line's start. */
const LED = /(?:\b(?:the|its)\s+|^[\s•*·\d.)-]*)$/i;
/** After it: the clause ends, or "overall"/"when", or the line says what it counts. */
const ENDS = /^(?:\s*[.,;!?)]|\s*$|\s+(?:overall|so far|when)\b)/i;
const COUNT_LINE = /^\s*(?:[—–:-]\s*)?[^.;\n]{0,50}\b(?:exchanges|swaps|exchange|swap)\b/i;

/** "the sixty-fifth, no, sorry, the sixty-fourth": a figure the speaker takes back at once. */
const TAKEN_BACK = /^\s*[,—–-]?\s*(?:no|sorry|I mean|rather|or|correction|scratch that)\b/i;

/** Whether an ordinal figure, with nothing counted after it, is the war's count of exchanges. */
export function elidedExchangeOrdinal(n: number, before: string, after: string): boolean {
  if (n < 32 || n > 200) return false;
  if (TAKEN_BACK.test(after)) return false;
  return LED.test(before) && (ENDS.test(after) || COUNT_LINE.test(after));
}
