/**
 * Sums the copy writes out: "390 + 307 + 303 = 1,000", "270 servicemen plus 120 civilians makes
 * 390", the same in words. Each part and the sum are read as figures of one sum, so that a judge
 * can hold them together (the parts against the waves or the split they add up to) instead of
 * each alone, where a part reads as the whole's rival.
 */

import type { Counted } from "../../../store/schema.ts";
import { findNumbers, type NumberMention } from "../../numbers.ts";
import { COUNTED_NOUNS, SUM_EQUALS, SUM_JOINER } from "../vocabulary.ts";
import { type Sentence, splitSentences } from "./sentences.ts";

export interface WrittenSum {
  sentence: Sentence;
  /** Offsets into the whole text. */
  parts: NumberMention[];
  total: NumberMention;
  /** "307 x 2 = 614": one part, doubled (each side's figure made both sides'). */
  doubled?: true;
}

/** "307 x 2 =", "307 × 2 is", "307 times 2 makes": a figure doubled, then its result. */
const DOUBLED = /^\s*(?:x|×|\*|times)\s*(?:2|two)\s*(?:=|is|makes|equals|gives)\s*$/i;
/**
 * What a sentence must hold to write a sum: a plus (SUM_JOINER) or a doubler (DOUBLED). A
 * sentence without one is not read for figures here (the readers already did), so a long
 * draft with one sum is not read twice over.
 */
const MAY_SUM = /\+|plus|(?:x|×|\*|times)\s*(?:2|two)/i;

export function writtenSums(text: string): WrittenSum[] {
  // Most drafts write no sum: only those with a plus are split into sentences for it.
  if (!/\+|\bplus\b|\d\s*(?:x|×|\*|times)\s*(?:2|two)\b/i.test(text)) return [];
  const out: WrittenSum[] = [];
  for (const sentence of splitSentences(text)) {
    const s = sentence.text;
    if (!MAY_SUM.test(s)) continue;
    const nums = findNumbers(s).filter((m) => m.kind === "cardinal" && m.qualifier === "exact");
    const at = (m: NumberMention): NumberMention => ({
      ...m,
      start: m.start + sentence.start,
      end: m.end + sentence.start,
    });
    // The doubler itself ("2") is no figure of the sum: the gap between part and result holds it.
    const figures = nums.filter(
      (m) => !(m.n === 2 && /(?:x|×|\*|times)\s*$/i.test(s.slice(0, m.start))),
    );
    for (let d = 0; d + 1 < figures.length; d++) {
      const part = figures[d] as NumberMention;
      const total = figures[d + 1] as NumberMention;
      if (DOUBLED.test(s.slice(part.end, total.start)))
        out.push({ sentence, parts: [at(part)], total: at(total), doubled: true });
    }
    let i = 0;
    while (i < nums.length - 2) {
      const run: NumberMention[] = [nums[i] as NumberMention];
      let j = i + 1;
      while (
        j < nums.length &&
        SUM_JOINER.test(
          s.slice((nums[j - 1] as NumberMention).end, (nums[j] as NumberMention).start),
        )
      ) {
        run.push(nums[j] as NumberMention);
        j++;
      }
      const total = nums[j];
      if (
        run.length >= 2 &&
        total &&
        SUM_EQUALS.test(s.slice((nums[j - 1] as NumberMention).end, total.start))
      ) {
        out.push({ sentence, parts: run.map(at), total: at(total) });
        i = j + 1;
      } else i++;
    }
  }
  return out;
}

/** What the noun right after a part counts ("270 servicemen"), or null when no noun says. */
export function countedAfter(sum: WrittenSum, part: NumberMention): Counted | null {
  const rel = part.end - sum.sentence.start;
  const word = /^\s*([\p{L}]+)/u.exec(sum.sentence.text.slice(rel, rel + 30))?.[1];
  return (word && COUNTED_NOUNS[word.toLowerCase()]) || null;
}
