/**
 * Figures as a caller says them aloud and speech-to-text writes them down: "three ninety" (390),
 * "six ninety seven" (697), "two forty eight" (248), "thirteen ninety four" (1,394), "three oh
 * seven" (307), "forty seven fifty" (4,750). The number reader takes each as two figures ("three"
 * and "ninety"); here the two are joined into the one the speaker meant. Pure.
 */
import type { NumberMention } from "../../numbers.ts";

/** The second half: a tens or teen word leads it ("ninety", "forty eight", "fifteen"). */
const TENS_OR_TEEN =
  /^(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i;
const UNIT = /^(?:one|two|three|four|five|six|seven|eight|nine)$/i;
/** "at two thirty", "by four fifteen": a clock time, not a figure. */
const CLOCK_BEFORE = /\b(?:at|by|until|till|from|around|after|before|since|about|past)\s+$/i;
const CLOCK_AFTER =
  /^\s*(?:a\.?m\b|p\.?m\b|o['’]clock|tonight|this (?:morning|afternoon|evening)|hours?\b|hrs\b)/i;
/** "six forty-year-olds", "two ninety-minute calls": the second word begins a compound. */
const COMPOUND_AFTER = /^-|^\s*(?:years?|minutes?|seconds?|days?|percent|per cent|%)/i;

/**
 * The first half is a unit or teen word ("three", "thirteen") or a tens word and a unit ("forty
 * seven"), not a round tens word ("twenty twenty" is a year) nor anything with "hundred" in it.
 */
function spokenHead(text: string, a: NumberMention): boolean {
  const words = text
    .slice(a.start, a.end)
    .trim()
    .split(/[\s-]+/);
  const last = (words[words.length - 1] ?? "").toLowerCase();
  if (a.n < 20) return UNIT.test(last) || TENS_OR_TEEN.test(last);
  if (a.n >= 100 || a.n % 10 === 0 || !UNIT.test(last)) return false;
  return TENS_OR_TEEN.test(words[words.length - 2] ?? "");
}

/** The mentions with each spoken pair joined into one figure. */
export function joinSpokenFigures(text: string, numbers: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const a = numbers[i] as NumberMention;
    const b = numbers[i + 1];
    const joined = b ? joinPair(text, a, b) : null;
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(a);
  }
  return out;
}

function joinPair(text: string, a: NumberMention, b: NumberMention): NumberMention | null {
  if (a.kind !== "cardinal" || b.kind !== "cardinal") return null;
  if (a.n2 !== undefined || b.n2 !== undefined || a.unit || b.unit) return null;
  if (b.qualifier !== "exact" || !Number.isInteger(a.n) || !Number.isInteger(b.n)) return null;
  if (a.n < 1 || a.n > 99 || !spokenHead(text, a)) return null;
  const gap = text.slice(a.end, b.start);
  const oh = /^\s+oh\s+$/i.test(gap);
  if (!oh && !/^ $/.test(gap)) return null;
  const tail = text.slice(b.start, b.end);
  if (!/^[a-z]+(?:[\s-][a-z]+)?$/i.test(tail)) return null;
  // "three oh seven": one digit after the "oh"; otherwise a tens or teen word leads the tail.
  if (oh ? !UNIT.test(tail) || a.n > 9 : !TENS_OR_TEEN.test(tail) || b.n < 10 || b.n > 99)
    return null;
  const n = a.n * 100 + b.n;
  const after = text.slice(b.end, b.end + 24);
  if (COMPOUND_AFTER.test(after) || CLOCK_AFTER.test(after)) return null;
  if (b.n < 60 && a.n <= 24 && CLOCK_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)))
    return null;
  return { ...a, end: b.end, text: text.slice(a.start, b.end), n };
}
