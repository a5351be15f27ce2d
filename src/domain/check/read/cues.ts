/** The cue words around a figure: whether it counts people, for which side, and as what measure. */
import type { Counted, Measure, Side } from "../../../store/schema.ts";
import {
  COUNTED_NOUNS,
  IMPLIED_AFTER,
  IMPLIED_BEFORE,
  NOT_FREED_AFTER,
  OWN_EXCHANGE_BEFORE,
  PLANNED,
  SIDE_CUES,
} from "../vocabulary.ts";
import { attributionOf } from "./attribution.ts";
import { type NounPhrase, readNoun } from "./nouns.ts";

/**
 * A bare number that still counts people. Strong cues need no verb ("yday's 390ea", "the
 * final 303", "a second wave of 390", "697 home", "307 each"); weak ones only count in a
 * sentence about an exchange ("another 307 were swapped", "Ukraine got 230 back").
 */
export function impliedCount(before: string, after: string, exchangeSentence: boolean): boolean {
  // "1,312 are still waiting for someone": those not (yet) freed are no exchange's count.
  if (NOT_FREED_AFTER.test(after)) return false;
  if (IMPLIED_AFTER.test(after) || IMPLIED_BEFORE.test(before)) return true;
  if (!exchangeSentence) return false;
  if (
    /^\s+(?:were|was|have been|had been|are|have|had|got|returned|came|went|more|back|freed|released|swapped|exchanged|handed over|crossed|went home)\b/i.test(
      after,
    )
  )
    return true;
  return (
    /\b(?:got|received|recovered|freed|released|returned|swapped|exchanged|traded|handed over|brought home)\s+(?:another\s+|a further\s+|the (?:final|last|remaining)\s+)?$/i.test(
      before,
    ) && /^\s*(?:$|[,;.–—)]|and\b|back\b|in\b|on\b)/i.test(after)
  );
}

/** The counted noun nearest a position in the sentence, preferring one before it. */
/** "… and one hundred and twenty were civilians": the noun after "were" is the figure's own. */
export function predicateCounted(s: string, end: number): Counted | null {
  const predicate = /^\s+(?:were|was|are)\s+(?:all\s+)?/i.exec(s.slice(end));
  if (!predicate) return null;
  const own = readNoun(s, end + predicate[0].length).counted;
  return own && own !== "exchanges" ? own : null;
}

export function countedNear(s: string, at: number, end = at): Counted {
  const own = predicateCounted(s, end);
  if (own) return own;
  const re = /[\p{L}][\p{L}'’-]*/gu;
  let best: { counted: Counted; d: number } | null = null;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const w = m[0].toLowerCase();
    let c: Counted | undefined = COUNTED_NOUNS[w];
    if (w === "prisoners" && /^\s+of\s+war\b/i.test(s.slice(m.index + m[0].length))) c = "military";
    if (!c || c === "exchanges") continue;
    // "Today's 390 included 270 civilians": that noun is the 270's, not the 390's ("120 were
    // civilians" is the 120's own).
    const lead = /(\d[\d,]*)\s+(?:[\p{L}-]+\s+)?$/u.exec(
      s.slice(Math.max(0, m.index - 20), m.index),
    );
    if (m.index > at && lead && Math.max(0, m.index - 20) + lead.index !== at) continue;
    // "120 of the 390 it got back were civilians": the noun after "were" is the part's, not the whole's.
    if (
      m.index > at &&
      /\b\d[\d,]*\s+of\s+(?:the|those|these)\s+$/i.test(s.slice(Math.max(0, at - 24), at)) &&
      /\b(?:were|was|are)\s+(?:all\s+)?$/i.test(s.slice(Math.max(0, m.index - 12), m.index))
    )
      continue;
    // "120 were civilians, … the exchange of 390": a noun another figure is said to be is that
    // figure's (unless this one is a part of it: "… were prisoners of war, of them 248").
    if (
      m.index < at &&
      !/\b(?:of them|of whom|of those|of these|among them|including)\b/i.test(
        s.slice(m.index, at),
      ) &&
      (/\d[\d,]*\s+(?:were|was|are)\s+(?:all\s+)?(?:[\p{L}-]+\s+)?$/u.test(
        s.slice(Math.max(0, m.index - 24), m.index),
      ) ||
        // "270 servicemen and 120 civilians": the nouns of a whole's parts are theirs.
        /\d[\d,]*\s+[\p{L}-]+\s+and\s+\d[\d,]*\s+$/u.test(
          s.slice(Math.max(0, m.index - 40), m.index),
        ) ||
        (/\d[\d,]*\s+$/.test(s.slice(Math.max(0, m.index - 12), m.index)) &&
          /^[\p{L}-]*\s+and\s+\d/u.test(s.slice(m.index, m.index + 40))))
    )
      continue;
    const d = m.index < at ? at - m.index : (m.index - at) * 3;
    if (!best || d < best.d) best = { counted: c, d };
  }
  return best?.counted ?? "people";
}

export interface SideReading {
  side: Side | null;
  /** Another side the same words allow: "both sides released 246" is each, or both together. */
  also: Side | null;
  /** The words it was read from. */
  cue: string | null;
}

const ASIDE_FIGURE =
  /(?:[–—:(;,]|\s-\s)\s*(?:about|around|nearly|almost|some|over|more than|under)?\s*\d/i;

const AND_FIGURE =
  /\s(?:and|while|whereas|but)\s+(?:about|around|nearly|almost|some|over|more than|under)?\s*\d/i;

/** For whom a figure counts, by the first cue in SIDE_CUES that the words around it match. */
export function sideOf(before: string, afterAll: string, np: NounPhrase): SideReading {
  // "Nearly 480 POWs – 248 to Ukraine, 230 to Russia": past another figure set off by a dash,
  // colon, bracket or comma, a side's words are that figure's.
  const aside = ASIDE_FIGURE.exec(afterAll);
  // "230 went to Ukraine and 248 to Russia": past "and" and a figure with words of its own
  // before it, the side's words are the next figure's ("390 and 307 each" share theirs).
  const and = AND_FIGURE.exec(afterAll);
  const cut = [
    aside?.index,
    and && /\p{L}/u.test(afterAll.slice(0, and.index)) ? and.index : undefined,
  ]
    .filter((x): x is number => x !== undefined)
    .sort((x, y) => x - y)[0];
  const after = cut !== undefined ? afterAll.slice(0, cut) : afterAll;
  const a = after.toLowerCase();
  const b = before.toLowerCase();
  for (const rule of SIDE_CUES) {
    if (rule.side === "nationality") {
      if (np.nationality) return { side: np.nationality, also: null, cue: np.nationalityWord };
      continue;
    }
    if (rule.all && !(rule.after?.test(a) && rule.before?.test(b))) continue;
    const fromAfter = rule.all ? null : (rule.after?.exec(a) ?? null);
    const m = fromAfter ?? rule.before?.exec(b) ?? null;
    if (!m) continue;
    // "Each side freed 246, plus 31 wounded Ukrainians": a clause's "each side" that lies past
    // another figure gives way to the side the figure's own noun names.
    if (
      !fromAfter &&
      np.nationality &&
      rule.side === "each" &&
      /\d/.test(b.slice(m.index + m[0].search(/\S/)))
    )
      return { side: np.nationality, also: null, cue: np.nationalityWord };
    // The cue as the draft wrote it, not as lower-cased for matching.
    const lower = (m.slice(1).find((g) => g !== undefined) ?? m[0]).trim();
    const source = fromAfter ? after : before;
    const at = source.toLowerCase().indexOf(lower);
    const cue = at >= 0 ? source.slice(at, at + lower.length) : lower;
    // "Both countries released 390 of their prisoners" is each side's figure.
    if (rule.also && (np.ofTheir || /^\s*of (?:their|its)\b/.test(a)))
      return { side: "each", also: null, cue: `${cue} … of their` };
    return { side: rule.side, also: rule.also ?? null, cue };
  }
  return { side: null, also: null, cue: null };
}

const BY_DATE =
  /\bas (?:of|at) (?:today|now|tonight|yesterday|this (?:morning|afternoon|evening|week))\b|\b(?:by|as of|as at) (?:mid-|the end of |early |late |\d{1,2}(?:st|nd|rd|th)? )?(?:20\d\d|(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b)/i;
const RETURNING =
  /\b(?:freed|returned|brought (?:back|home)|released|brought back|come home|came home|been freed)\b/i;

// The figures of one sentence are read one after another, and these ask the same of the whole
// sentence for each: the last sentence's answers are kept, each worked out when first asked.
let askedOf: string | null = null;
let datedBy: boolean | undefined;
let tellsReturn: boolean | undefined;

function sameSentence(s: string): void {
  if (s === askedOf) return;
  askedOf = s;
  datedBy = undefined;
  tellsReturn = undefined;
}

/** "As of today", "by mid-2024", "as at May": the sentence gives a day its figures stand at. */
function byDateIn(s: string): boolean {
  sameSentence(s);
  datedBy ??= BY_DATE.test(s);
  return datedBy;
}

function returningIn(s: string): boolean {
  sameSentence(s);
  tellsReturn ??= RETURNING.test(s);
  return tellsReturn;
}

export function measureOf(
  counted: Counted | null,
  s: string,
  after: string,
  sinceStart: boolean,
  daysSoFar: boolean,
  exchangeSentence: boolean,
  clauseBefore: string,
  before = "",
): Measure | null {
  // Drones and missiles are only ever counted as launched in an attack.
  if (counted === "drones" || counted === "missiles") return "launched";
  const a = after.toLowerCase();
  const byDate = byDateIn(s);
  if (counted === "exchanges") {
    // "3,672 returned in 57 exchanges", "45 exchanges by mid-2024": the war's count of them.
    // "3,672 returned Ukrainians in 57 exchanges", "3,762 back in 57", "54 exchanges brought back
    // about 3,400": the exchanges it took to bring people home.
    const tally =
      (/^\s*(?:exchanges|swaps)\b/i.test(a) &&
        /\b(?:returned|freed|brought (?:back|home)|home|back)(?:\s+[\p{L}'’-]+){0,2}?\s+(?:in|from|over|through|across)\s+$/iu.test(
          clauseBefore,
        )) ||
      /^\s*(?:exchanges|swaps)\s+(?:had\s+|have\s+)?(?:brought (?:back|home)|returned|freed)\b/i.test(
        a,
      );
    return sinceStart ||
      byDate ||
      tally ||
      /^\s*(?:\w+\s+)?(?:had|have|has)\b/.test(a) ||
      /\bin all\b/.test(a)
      ? "exchange-count"
      : null;
  }
  // "The release of 1,000 Ukrainians held captive": the release, not the holding.
  const releaseOf = /\b(?:release|return|swap|exchange|freeing) of\s+(?:\w+\s+)?$/i.test(
    clauseBefore,
  );
  if (
    !releaseOf &&
    /^[^.;]{0,50}?\b(?:detained|held|in captivity|imprisoned|being held|remain captive|holding|holds|still hold)\b/.test(
      a,
    ) &&
    !/^[^.;]{0,40}?\b(?:returned|freed|released|swapped|exchanged)\b/.test(a)
  )
    return "held";
  if (/\b(?:hold|holds|holding|is holding)\s+(?:\w+\s+)?$/i.test(clauseBefore)) return "held";
  // "Still held in Russia: over 16,000 civilians": a label that says they are held.
  if (/\b(?:held|detained|in captivity|imprisoned)\b[^.;:]{0,30}:\s*$/i.test(before)) return "held";
  if (sinceStart && (exchangeSentence || returningIn(s))) return "returned-since-2022";
  // "As of today, more than 4,750 citizens, counting from March 2022": a count of people up to
  // a day from the war's start is its running total, verb or none.
  if (sinceStart && byDate) return "returned-since-2022";
  if (byDate && returningIn(s) && /\b(?:had|have|has)\b/i.test(s)) return "returned-since-2022";
  if (byDate && /\btotal\b/i.test(s) && returningIn(s)) return "returned-since-2022";
  // "3,762 Ukrainians returned in 57 exchanges": a figure told with the exchanges it took.
  if (
    /^[^.;:]{0,40}?\b(?:returned|freed|brought (?:back|home)|home|released)\s+(?:in|from|over|through|across)\s+(?:\d[\d,]*|[a-z-]+)\s+(?:exchanges|swaps)\b/i.test(
      a,
    )
  )
    return "returned-since-2022";
  // "The ombudsman's count of Ukrainians returned from captivity had reached 3,762".
  if (
    /\b(?:count|tally)\b[^.;:]{0,80}\b(?:returned|freed|brought (?:back|home)|home)\b[^.;:]{0,40}\b(?:reached|stood at|stands at|was|rose to|put at|hit)\s+$/i.test(
      clauseBefore,
    ) &&
    !/\bsince (?:fri|sat|sun|mon|tue|wed|thu|yesterday|the (?:start|beginning) of the (?:deal|exchange|swap))/i.test(
      s,
    )
  )
    return "returned-since-2022";
  // "By mid-2024 the ombudsman counted 3,672 freed in 57 swaps": a tally by a day is the war's.
  if (
    byDate &&
    returningIn(s) &&
    /\b(?:count(?:ed|s)?|tally|tallied|ombudsman|in (?:all|\d+|[a-z-]+) (?:exchanges|swaps))\b/i.test(
      s,
    )
  )
    return "returned-since-2022";
  // "Kyiv had counted 4,552 brought home before this exchange": a tally up to the exchange the
  // copy is about is the war's running total, not a figure of that exchange.
  if (
    returningIn(s) &&
    !OWN_EXCHANGE_BEFORE.test(before) &&
    /\bbefore (?:this|the|that|last week's|the (?:may|big|record|latest))?\s*(?:[\w-]+\s+)?(?:exchange|swap|deal)\b/i.test(
      s,
    ) &&
    /\b(?:had|count(?:ed|s)?|tally|tallied|stood at)\b/i.test(s)
  )
    return "returned-since-2022";
  if (daysSoFar && exchangeSentence) return "released-to-date";
  // "By the end of the second day, 697 were home": how many so far, as of that wave.
  if (
    /\bby the (?:end|close|evening) of (?:the )?(?:first|second|third|final|last)(?: day| wave| stage)?\b/i.test(
      clauseBefore,
    )
  )
    return "released-to-date";
  // "697 had come home by the evening of May 24": how many so far, as of that day.
  if (
    /\b(?:had|have|has)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:come|returned|freed|released|brought|crossed|swapped|exchanged)\b[^.;]{0,60}\bby\s+(?:the\s+(?:evening|end|close|night|morning|afternoon)\s+of\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|may\s+\d|\d{1,2}\s+may)/i.test(
      s,
    )
  )
    return "released-to-date";
  // "Today's wave took the number freed by each side to 697", "taking the weekend's haul to
  // 697": the deal so far.
  if (
    /\b(?:took|take|takes|taking|brought|bring|brings|bringing|raised|raises|raising|pushed|pushes|pushing)\s+(?:the|its|their|our)\s+(?:[\w'’-]+\s+){0,2}?(?:number|total|tally|count|figure|haul|sum)\b[^.;:]{0,60}\bto\s+$/i.test(
      clauseBefore,
    ) &&
    !sinceStart
  )
    return "released-to-date";
  if (exchangeSentence || releaseOf || PLANNED.test(clauseBefore.slice(-50))) return "released";
  // "The deal covers 1,000 prisoners from each side": a deal's size is what it will release.
  if (/\b(?:deal|agreement|accord)\b[^.;:]{0,40}$/i.test(clauseBefore) && counted !== null)
    return "released";
  return null;
}

/**
 * "Moscow said the 390 it got back", "the Russian side reported that it received 270", "Kyiv
 * says 390 of its people are home".
 */
export function speakersSide(s: string): SideReading | null {
  const m =
    /\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:got back|received|recovered|welcomed|took back)\b|\bof (?:its|our|their) (?:own )?(?:people|citizens|nationals|soldiers|servicemen|defenders|prisoners)\b[^.;]{0,20}?\b(?:are|were|came|come|is|was) (?:back )?home\b/i.exec(
      s,
    );
  if (!m) return null;
  // The speaker of "it got back" is the one nearest those words.
  const who = attributionOf(s, m.index);
  if (!who || (who.party !== "russia" && who.party !== "ukraine")) return null;
  return { side: who.party, also: null, cue: `${who.cue} … ${m[0]}` };
}
