/**
 * Scores and results, which are not figures: "beat Charlton 2-1", "ended 2-2 on aggregate",
 * "came back from 2-0 down", "a 7-2 vote", "won 112-108". Pure.
 */

/** "2-1", "2–2", "112-108": two whole numbers joined by a hyphen or a dash, no spaces. */
const SCORE_AT = /(\d{1,3})[-–—](\d{1,3})(?![\d.,]?\d|%|[\p{L}])/uy;

/** Words around a pair that make it a result: a match, a vote, a verdict. */
const RESULT_BEFORE =
  /\b(?:beat|beats|beating|won|win|wins|winning|lost|lose|loses|losing|drew|draw|draws|drawn|defeated|defeat|led|lead|leads|leading|trail|trails|trailed|trailing|thrashed|edged|routed|crushed|hammered|stunned|downed|tied|level|score|scored|scoreline|final score|result|vote|voted|verdict|ruling|decision|majority|split|margin|series|aggregate|figures|against|over|by|from|at)\s+(?:[\p{L}.'’-]+\s+){0,3}(?:an?\s+)?$/iu;
const RESULT_AFTER =
  /^\s*(?:win|victory|victories|defeat|loss|lead|draw|home win|away win|on aggregate|aggregate|down|up|vote|votes|verdict|ruling|decision|majority|margin|in favour|in favor|at (?:half|full)[- ]time|after extra time|on penalties|scoreline|thrashing|drubbing|triumph|win over|split|chance|score)\b/iu;
/**
 * What may follow a result: punctuation, a word that starts a phrase ("2-1 at The Den"), or the
 * next set ("6-4 6-3").
 */
const RESULT_FOLLOWS =
  /^(?:\s*[,.;:)!?—–]|\s*$|\s+\d{1,2}[-–]\d{1,2}(?!\d)|\s+(?:at|in|on|against|with|after|to|and|but|as|over|thanks|for|away|before|when|while|despite|the|a|an|victory|win|defeat|loss|lead|draw|on aggregate|down|up)\b)/iu;

export interface ScoreRead {
  a: number;
  b: number;
  end: number;
}

/**
 * A score at `p`, or null. Without a word of result around it, only a pair that goes down or
 * stays level is a score ("3-2", "2-2"): a pair that goes up is a
 * range ("65-110", "10-15").
 */
export function scoreAt(text: string, p: number): ScoreRead | null {
  SCORE_AT.lastIndex = p;
  const m = SCORE_AT.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const end = SCORE_AT.lastIndex;
  const before = text.slice(Math.max(0, p - 40), p);
  // "2024-25", "1-800": not scores; a year or a phone is read elsewhere.
  if (/[\d.,$£€]$/.test(before)) return null;
  const after = text.slice(end, end + 24);
  if (RESULT_AFTER.test(after)) return { a, b, end };
  // "Lost 65–110 pounds", "won 10-15 seats": a range of something, not a result.
  if (!RESULT_FOLLOWS.test(after)) return null;
  if (RESULT_BEFORE.test(before)) return { a, b, end };
  // "3-2", "2-2", "108-89": a pair that goes down or stays level is a score (a range goes up).
  if (a >= b && m[1]?.length === String(a).length) return { a, b, end };
  return null;
}
