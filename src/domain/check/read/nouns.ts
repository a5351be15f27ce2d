/** What follows a number: the noun it counts ("307 POWs"), a unit ("30-day"), or nothing. */
import type { Counted, Side } from "../../../store/schema.ts";
import {
  COUNTED_NOUNS,
  COUNTED_PAIRS,
  FUNCTION_WORDS,
  PART_NOUNS,
  SKIPPED,
  TIME_UNITS,
  WOUNDED_WORDS,
} from "../vocabulary.ts";

const WOUNDED_ADJECTIVE = new RegExp(`^(?:${WOUNDED_WORDS})$`);

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
/** The first words of COUNTED_PAIRS: a pair is built and looked up only after one of them. */
const PAIR_STARTS: ReadonlySet<string> = new Set(
  Object.keys(COUNTED_PAIRS).map((pair) => pair.split(" ")[0] as string),
);

/** The words before the noun that say more of it, gathered as they are read. */
interface Modifiers {
  wounded: boolean;
  nationality: Side | null;
  nationalityWord: string | null;
  ofTheir: boolean;
  ofThe: boolean;
}

/**
 * The phrase, with the modifiers gathered so far. A function of its own, not a closure made
 * afresh on every call: readNoun is called for most figures of a draft.
 */
function phrase(
  mods: Modifiers,
  counted: NounPhrase["counted"],
  noun: string | null,
  length: number,
  unit = false,
  part = false,
): NounPhrase {
  return {
    counted,
    noun,
    length,
    wounded: mods.wounded,
    nationality: mods.nationality,
    nationalityWord: mods.nationalityWord,
    part,
    ofTheir: mods.ofTheir,
    ofThe: mods.ofThe,
    unit,
  };
}

/** "15 Russian wounded", "31 of our wounded": the adjective stands for the people. */
function woundedNoun(mods: Modifiers, text: string, at: number, woundedEnd: number): NounPhrase {
  return phrase(mods, "wounded", text.slice(at, woundedEnd).trim(), woundedEnd - at, false, true);
}

export function readNoun(text: string, at: number): NounPhrase {
  let pos = at;
  const mods: Modifiers = {
    wounded: false,
    nationality: null,
    nationalityWord: null,
    ofTheir: false,
    ofThe: false,
  };
  let previous = "";
  // "30-day", "10-point": a hyphenated unit.
  if (text[pos] === "-" || text[pos] === "‑") {
    WORD.lastIndex = pos + 1;
    const w = WORD.exec(text);
    if (w && TIME_UNITS.test(w[1] as string)) return phrase(mods, null, null, 0, true);
    return phrase(mods, null, null, 0);
  }
  // "15 Russian wounded", "31 of our wounded": the adjective stands for the people.
  let woundedEnd = -1;
  for (let i = 0; i < 6; i++) {
    WORD.lastIndex = pos;
    const w = WORD.exec(text);
    // Words must follow the number on the same line, separated by spaces only.
    if (!w || /[\n\r]/.test(w[0]))
      return woundedEnd > 0 ? woundedNoun(mods, text, at, woundedEnd) : phrase(mods, null, null, 0);
    const word = (w[1] as string).replace(/[’']s$/, "");
    const lower = word.toLowerCase();
    const end = WORD.lastIndex;
    if (TIME_UNITS.test(lower)) return phrase(mods, null, null, 0, true);
    WORD.lastIndex = end;
    const next = WORD.exec(text);
    const pair =
      next && PAIR_STARTS.has(lower) && !/[\n\r]/.test(next[0])
        ? `${lower} ${next[1]?.toLowerCase()}`
        : "";
    const pairCounted = pair ? COUNTED_PAIRS[pair] : undefined;
    if (
      pairCounted &&
      !(pair.endsWith(" of") && /^\s*(?:their|its|our)\b/i.test(text.slice(WORD.lastIndex)))
    ) {
      const nounEnd = pair.endsWith(" of") ? endOfWar(text, WORD.lastIndex) : WORD.lastIndex;
      return phrase(
        mods,
        mods.wounded ? "wounded" : pairCounted,
        text.slice(end - word.length, nounEnd),
        nounEnd - at,
      );
    }
    const counted = COUNTED_NOUNS[lower];
    if (counted) {
      if (lower === "ukrainians" || lower === "russians") {
        mods.nationality = lower === "ukrainians" ? "ukraine" : "russia";
        mods.nationalityWord = word;
      }
      return phrase(
        mods,
        mods.wounded && counted !== "exchanges" ? "wounded" : counted,
        word,
        end - at,
        false,
        PART_NOUNS.has(lower),
      );
    }
    if (SKIPPED.test(lower)) {
      if (WOUNDED_ADJECTIVE.test(lower)) {
        mods.wounded = true;
        woundedEnd = end;
      } else woundedEnd = -1;
      // "ukr civilians", "RU POWs": the notes' short forms say the same.
      if (/^(?:ukrainian|russian|ukr|ua|ru|rus)$/.test(lower)) {
        mods.nationality = /^(?:ukrainian|ukr|ua)$/.test(lower) ? "ukraine" : "russia";
        mods.nationalityWord = word;
      }
      if (/^(?:their|its|our)$/.test(lower) && i > 0) mods.ofTheir = true;
      if (lower === "the" && previous === "of" && i === 1) mods.ofThe = true;
      previous = lower;
      pos = end;
      continue;
    }
    // Something else: a noun the store does not track when it reads as a plural noun.
    const plural =
      /^[a-z]{3,}s$/.test(lower) && !/(?:ss|us|is|ous)$/.test(lower) && !FUNCTION_WORDS.has(lower);
    if (woundedEnd > 0 && !plural) return woundedNoun(mods, text, at, woundedEnd);
    if (plural) return phrase(mods, null, text.slice(at, end).trim(), end - at);
    // "250 strike drones": one modifier, then the plural noun.
    if (i === 0 && !FUNCTION_WORDS.has(lower) && next && /^[a-z]{3,}s$/i.test(next[1] as string)) {
      const n2 = (next[1] as string).toLowerCase();
      if (!FUNCTION_WORDS.has(n2) && !/(?:ss|us|is|ous)$/.test(n2) && !TIME_UNITS.test(n2))
        return phrase(mods, null, text.slice(at, WORD.lastIndex).trim(), WORD.lastIndex - at);
    }
    return phrase(mods, null, null, 0);
  }
  return phrase(mods, null, null, 0);
}

function endOfWar(text: string, at: number): number {
  const m = /\s*war\b/iy;
  m.lastIndex = at;
  return m.exec(text) ? m.lastIndex : at;
}
