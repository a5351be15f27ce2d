/** What follows a number: the noun it counts ("307 POWs"), a unit ("30-day"), or nothing. */
import type { Counted, Side } from "../../../store/schema.ts";
import {
  COUNTED_NOUNS,
  COUNTED_PAIRS,
  FUNCTION_WORDS,
  PART_NOUNS,
  SKIPPED,
  TIME_UNITS,
} from "../vocabulary.ts";

export interface NounPhrase {
  counted: Counted | null;
  /** The noun as written ("POWs", "strike drones"), or null when nothing nounish follows. */
  noun: string | null;
  /** Characters from the number's end to the noun's end. */
  length: number;
  wounded: boolean;
  nationality: Side | null;
  /** The word the nationality was read from ("Ukrainian"). */
  nationalityWord: string | null;
  /** A noun that names a part of those exchanged ("women", "men", "children"). */
  part: boolean;
  /** "Of their" / "of its": the number is one side's share. */
  ofTheir: boolean;
  /** "270 of the people it received": the number is a part of a group named after it. */
  ofThe: boolean;
  /** A length of time or a unit: never a figure to check. */
  unit: boolean;
}

const WORD = /\s*([\p{L}][\p{L}'’-]*)/uy;

export function readNoun(text: string, at: number): NounPhrase {
  let pos = at;
  let wounded = false;
  let nationality: Side | null = null;
  let nationalityWord: string | null = null;
  let ofTheir = false;
  let ofThe = false;
  let previous = "";
  // Reads the modifiers gathered so far at the moment the phrase is returned.
  const phrase = (
    counted: NounPhrase["counted"],
    noun: string | null,
    length: number,
    { unit = false, part = false } = {},
  ): NounPhrase => ({
    counted,
    noun,
    length,
    wounded,
    nationality,
    nationalityWord,
    part,
    ofTheir,
    ofThe,
    unit,
  });
  const none = (unit = false): NounPhrase => phrase(null, null, 0, { unit });
  // "30-day", "10-point": a hyphenated unit.
  if (text[pos] === "-" || text[pos] === "‑") {
    WORD.lastIndex = pos + 1;
    const w = WORD.exec(text);
    if (w && TIME_UNITS.test(w[1] as string)) return none(true);
    return none();
  }
  // "15 Russian wounded", "31 of our wounded": the adjective stands for the people.
  let woundedEnd = -1;
  const asNoun = () =>
    phrase("wounded", text.slice(at, woundedEnd).trim(), woundedEnd - at, {
      part: true,
    });
  for (let i = 0; i < 6; i++) {
    WORD.lastIndex = pos;
    const w = WORD.exec(text);
    // Words must follow the number on the same line, separated by spaces only.
    if (!w || /[\n\r]/.test(w[0])) return woundedEnd > 0 ? asNoun() : none();
    const word = (w[1] as string).replace(/[’']s$/, "");
    const lower = word.toLowerCase();
    const end = WORD.lastIndex;
    if (TIME_UNITS.test(lower)) return none(true);
    WORD.lastIndex = end;
    const next = WORD.exec(text);
    const pair = next && !/[\n\r]/.test(next[0]) ? `${lower} ${next[1]?.toLowerCase()}` : "";
    const pairCounted = pair ? COUNTED_PAIRS[pair] : undefined;
    if (
      pairCounted &&
      !(pair.endsWith(" of") && /^\s*(?:their|its|our)\b/i.test(text.slice(WORD.lastIndex)))
    ) {
      const nounEnd = pair.endsWith(" of") ? endOfWar(text, WORD.lastIndex) : WORD.lastIndex;
      return phrase(
        wounded ? "wounded" : pairCounted,
        text.slice(end - word.length, nounEnd),
        nounEnd - at,
      );
    }
    const counted = COUNTED_NOUNS[lower];
    if (counted) {
      if (lower === "ukrainians" || lower === "russians") {
        nationality = lower === "ukrainians" ? "ukraine" : "russia";
        nationalityWord = word;
      }
      return phrase(wounded && counted !== "exchanges" ? "wounded" : counted, word, end - at, {
        part: PART_NOUNS.has(lower),
      });
    }
    if (SKIPPED.test(lower)) {
      if (/^(?:wounded|injured)$/.test(lower)) {
        wounded = true;
        woundedEnd = end;
      } else woundedEnd = -1;
      // "ukr civilians", "RU POWs": the notes' short forms say the same.
      if (/^(?:ukrainian|russian|ukr|ua|ru|rus)$/.test(lower)) {
        nationality = /^(?:ukrainian|ukr|ua)$/.test(lower) ? "ukraine" : "russia";
        nationalityWord = word;
      }
      if (/^(?:their|its|our)$/.test(lower) && i > 0) ofTheir = true;
      if (lower === "the" && previous === "of" && i === 1) ofThe = true;
      previous = lower;
      pos = end;
      continue;
    }
    // Something else: a noun the store does not track when it reads as a plural noun.
    const plural =
      /^[a-z]{3,}s$/.test(lower) && !/(?:ss|us|is|ous)$/.test(lower) && !FUNCTION_WORDS.has(lower);
    if (woundedEnd > 0 && !plural) return asNoun();
    if (plural) return phrase(null, text.slice(at, end).trim(), end - at);
    // "250 strike drones": one modifier, then the plural noun.
    if (i === 0 && !FUNCTION_WORDS.has(lower) && next && /^[a-z]{3,}s$/i.test(next[1] as string)) {
      const n2 = (next[1] as string).toLowerCase();
      if (!FUNCTION_WORDS.has(n2) && !/(?:ss|us|is|ous)$/.test(n2) && !TIME_UNITS.test(n2))
        return phrase(null, text.slice(at, WORD.lastIndex).trim(), WORD.lastIndex - at);
    }
    return none();
  }
  return none();
}

function endOfWar(text: string, at: number): number {
  const m = /\s*war\b/iy;
  m.lastIndex = at;
  return m.exec(text) ? m.lastIndex : at;
}
