/**
 * "Does BM's table really call April 19 the 'largest swap since 2022'?": a superlative said of an exchange as of its own day. An exchange that came after it and
 * was bigger does not make the words wrong when they were written; only one before it does. The
 * words are vouched for when a source says them of it; otherwise the answer is only in part.
 */

/**
 * The superlative is bound to its day ("at the time") or asked as a source's words. ("Was it the
 * largest since 2022?", "the largest yet", asked now, mean up to now: a later, bigger exchange
 * belies them.)
 */
const AS_OF_THEN = /\b(?:at the time|until then|back then)\b/i;
// ("Does BM's table call it …", "the report describes it as …"; never the desk's own "can we call it".)
const SOURCE_WORDS =
  /\b(?:does|did|do)\s+(?:[\w.'’]+\s+){1,4}?(?:call|describe|say)\b|\b(?:calls|called|describes|described|says)\b/i;

export function superlativeAsOfThen(claim: string): boolean {
  return AS_OF_THEN.test(claim) || SOURCE_WORDS.test(claim);
}

/**
 * The first line when only later exchanges were bigger: yes when a source calls it the largest
 * and the claim is bound to its day, otherwise "only in part" (true before it, not after).
 */
export function biggestThenLine(p: {
  title: string;
  own: string;
  later: string;
  laterSize: string;
  called: string | null;
  claimBound: boolean;
}): { line: string; sure: boolean } {
  const after = `${p.later} that came after was bigger (${p.laterSize} each side)`;
  if (p.called && p.claimBound)
    return {
      line: `Yes: the sources call ${p.title} “${p.called}” (${p.own} each side; no exchange before it bigger in the store); ${after}`,
      sure: true,
    };
  return {
    line: `Only in part: ${p.title} (${p.own} each side) was bigger than every exchange before it that the store gives one figure each side for, but ${after}`,
    sure: false,
  };
}
