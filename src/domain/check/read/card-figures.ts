/**
 * A card's figure on a line of its own, with what it counts on the line below:
 *
 *   THE NUMBER: 697
 *   Ukrainians home after two days of the swap.
 *
 * The two lines are one statement, the figure the subject of the words under it. They are read
 * as one sentence only when the line below opens with a noun that counts people: anything else
 * under a lone figure (a day, another label) says nothing certain of what it counts.
 */
import { COUNTED_NOUNS, RELEASE } from "../vocabulary.ts";

/** A line that is a figure alone, after at most a short label ("KEY FIGURE:"). */
const LONE_FIGURE =
  /(?<=(?:^|\n)[ \t]*(?:([\p{L}][\p{L} '-]{0,30}):[ \t]*)?(?:about |over |nearly |almost |more than )?\d[\d,]*\+?)[ \t]*\n(?=[ \t]*([\p{L}]+))/gu;
/** What the figure under a card's label can count: people, not swaps or days. */
const PEOPLE = new Set(["people", "military", "civilians"]);

/**
 * The draft with the line break after each card's lone figure read as a space (offsets kept),
 * where the next line opens with what it counts.
 */
export function joinCardFigures(text: string): string {
  if (!text.includes("\n")) return text;
  return text.replace(LONE_FIGURE, (gap: string, label: string | undefined, noun: string) => {
    // A label that names the count itself ("Ukrainians home: 390") is the figure's words, and
    // the line below is another item.
    if (label && (RELEASE.test(label) || label.split(/\s+/).some((w) => isPeople(w)))) return gap;
    return isPeople(noun) ? gap.replace("\n", " ") : gap;
  });
}

function isPeople(word: string): boolean {
  return PEOPLE.has(COUNTED_NOUNS[word.toLowerCase()] ?? "");
}
