/**
 * The words around a figure that say what it is: a wave a list item names, a speaker taking a
 * figure back, a bare figure that can only be a count of people, a label that makes it a name,
 * a span of days, a count of waves. Pure, knowledge-free; claims.ts reads a figure with them.
 */
import type { Counted } from "../../../store/schema.ts";
import { allMatches } from "../../matches.ts";
import type { NumberMention } from "../../numbers.ts";
import { RELEASE, SINCE_START, SINCE_WORD } from "../vocabulary.ts";
import type { WaveCue } from "./claims.ts";

/** A list item's own wave, right after its figure: "390 on the first day", "303 on the last". */
export const ITEM_WAVE =
  /^\s+(?:(?:ukrainians|people|prisoners|each|each side|a side|per side|apiece)\s+)?(?:on|in|during|for)\s+the\s+(first|opening|second|2nd|third|3rd|final|last|closing)\b(?:\s+(?:day|one|wave|stage|round|leg))?/i;
/** "307 soldiers on the second", "303 Russian servicemen on the last day": the item's own noun between. */
export const ITEM_WAVE_NOUN =
  /^\s+(?:[\p{L}'’-]+\s+){1,2}(?:on|in|during|for)\s+the\s+(first|opening|second|2nd|third|3rd|final|last|closing)\b(?=\s+(?:day|one|wave|stage|round|leg)\b|\s*(?:[,.;]|and\b|$))/iu;
/** "In the first day 390, in the second 307": the item's wave said before its figure. */
export const ITEM_WAVE_BEFORE =
  /(?:^|[,;]\s*|\b(?:and|then)\s+)(?:on|in|during|for)\s+the\s+(first|opening|second|2nd|third|3rd|final|last|closing)(?:\s+(?:day|one|wave|stage|round|leg))?\s*[,:—–-]?\s*$/i;
/**
 * "The first group was 390, the second 307, and the third 330": a list that named its waves once
 * and then drops the noun. Only read where the sentence named a wave before the figure, so
 * "…, the second 100 of them" elsewhere is not taken for a wave.
 */
export const ITEM_WAVE_ELLIPTIC =
  /(?:[,;]\s*|\b(?:and|then)\s+)the\s+(second|2nd|third|3rd)\s*[,:—–-]?\s*$/i;
export const ITEM_WAVE_LISTED =
  /\b(?:first|second|third|1st|2nd|3rd)\s+(?:wave|stage|leg|phase|batch|group|tranche|convoy)s?\b/i;
export const ITEM_WAVE_ANY =
  /\d\s+(?:on|in|during|for)\s+the\s+(?:first|opening|second|2nd|third|3rd|final|last|closing)\b/i;
export const ITEM_WAVES: Record<string, WaveCue> = {
  first: "start",
  opening: "start",
  second: "wave2",
  "2nd": "wave2",
  third: "wave3",
  "3rd": "wave3",
  final: "end",
  last: "end",
  closing: "end",
};

/**
 * After a figure, a speaker taking it back: "— sorry, three hundred and seven", "I mean 307",
 * "eight hundred... no, seven-eighty" (a transcript's trailing-off dots before the fix).
 */
export const SELF_CORRECTED =
  /^\s*(?:[-–—,]+\s*|(?:\.{2,}|…)\s*)?(?:sorry|i mean|rather|no(?=,)|correction|make that|or rather)\b[,:]?\s+(?:\p{L}+\s+){0,1}?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)/iu;

/**
 * A figure the copy itself withdraws: "an earlier version said 370", "incorrectly gave 370",
 * "was 370 -> 307", "change 370 to 307": it is not a claim, and is not checked.
 */
export const WITHDRAWN_BEFORE =
  /(?:\b(?:an? )?(?:earlier|previous|original) (?:version|report|story|post|draft)(?: of (?:this|the|our) (?:story|article|report|post|faq|page|guide|card|list|help ?sheet|fact ?sheet))? (?:said|stated|gave|reported|put|had|misstated|wrongly \w+|incorrectly \w+)(?: (?:the|that|it|a|figure|number|as|at))*|\b(?:incorrectly|wrongly|mistakenly|erroneously) (?:said|stated|gave|reported|put|described|called)(?: (?:the|that|it|a|figure|number|as|at))*|\bchange\s+|\bwas\s+)\s*$/i;

/** Before a figure the copy denies: "the 49th, not the 94th", "390 rather than 309". */
export const DENIED_BEFORE =
  /(?:,\s*(?:and\s+)?not|\b(?:rather than|instead of))\s+(?:the\s+|a\s+)?$/i;

/**
 * A speaker denying a figure and giving another in its place: "it's not 500 of ours, it's 410".
 * Before the denied figure; SAID_INSTEAD must follow it.
 */
export const NOT_BEFORE = /\b(?:it['’]s|it is|it was|that['’]s|that is|that was)\s+not\s+$/i;
export const SAID_INSTEAD =
  /^[^.;?!]{0,60}?\b(?:it['’]s|it is|it was|but)\s+(?:(?:actually|really|only|just)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)\b)/i;

/**
 * After figures a speaker takes back together: "…, no wait, I've got them backwards", "I had
 * those the wrong way round", "scratch that". Every figure of the run before it is withdrawn.
 */
export const TAKEN_BACK_AFTER =
  /^[^.;?!]{0,90}?(?:,\s*|\s+)(?:(?:no\s+)?wait\s*,?\s*)?(?:i(?:['’]ve| have)?\s+got\s+(?:them|those|these|it|that|the two|both)\s+(?:backwards|back to front|the wrong way (?:round|around)|mixed up|muddled|swapped)|i\s+had\s+(?:them|those|these|it|that)\s+(?:backwards|the wrong way (?:round|around)|mixed up|swapped)|scratch that|strike that)\b/i;

/** A sentence telling what a withdrawn version said: "An earlier version of this article said …". */
export const WITHDRAWN_SENTENCE =
  /\b(?:an? )?(?:earlier|previous|original) (?:version|report|story|post|draft)\b[^.;]{0,40}\b(?:said|stated|gave|reported|put|had|misstated|wrongly|incorrectly)\b/i;

/** The next sentence going on with it: "It also said …", "The article also gave …". */
export const ALSO_SAID =
  /^\s*(?:it|the (?:article|story|report|piece|version|post))\s+also\s+(?:said|stated|gave|reported|put|had|misstated|described|called|wrongly|incorrectly)\b/i;

/**
 * Before a figure or day the copy says it got wrong: "It previously said the talks were on May
 * 15", "this piece originally put the total at 4,525", "our May 24 report gave 390 in total".
 */
export const COPY_WITHDREW =
  /\b(?:it|this (?:article|story|piece|report|post|item|box|graphic|page)|the (?:article|story|piece|report|headline|caption|box|graphic)|we|our (?:story|article|report|headline|graphic|box|piece))\s+(?:had\s+)?(?:previously|originally|initially|earlier|wrongly|incorrectly|mistakenly|erroneously)\s+(?:said|stated|gave|put|reported|had|described|called|dated|listed|named|claimed|wrote)\b[^.;]{0,80}$|\b(?:our|an earlier|the earlier|a previous|the previous|the original)\s+(?:[\w,]+\s+){0,3}?(?:story|article|report|piece|headline|box|graphic|version|item|post)\s+(?:also\s+)?(?:said|gave|put|stated|had|described|called|listed|reported)\b[^.;]{0,80}$/i;

/** Before a figure of some earlier exchange: "the previous record of 246", "the old high of 246". */
export const EARLIER_MARK =
  /\b(?:previous|prior|earlier|former|old|last|existing)\s+(?:record|high|peak|best|largest|biggest|maximum)\s+(?:of\s+)?(?:just\s+|some\s+|about\s+)?$/i;

/** After a withdrawn figure: "370 -> 307", "370 to 307" (an edit), "370, not …" is not one. */
export const WITHDRAWN_AFTER =
  /^\s*(?:->|→|=>)\s*\d|^\s+to\s+\d[\d,]*\b(?![^.;]{0,12}\b(?:each|a side|per side))/;

/** After a figure the copy disowns: "the 370 was a typing error", "370 was a misprint". */
export const DISOWNED_AFTER =
  /^\s+(?:figure\s+)?(?:was|is)\s+(?:a\s+|an\s+|simply\s+|just\s+)?(?:typing error|typo|misprint|mistake|slip|error|wrong|incorrect)\b/i;

/** Who an exchange counts, as against drones, missiles or exchanges themselves. */
export const PEOPLE_COUNTED: ReadonlySet<Counted> = new Set<Counted>([
  "people",
  "military",
  "civilians",
  "wounded",
]);
/** What else can befall the people counted: these are not exchange figures. */
export const OTHER_FATE =
  /\b(?:killed|dead|died|deaths?|missing|fled|evacuated|displaced|injured in|wounded in|live|living|lived|detained|held|imprisoned|in captivity|captured|mobili[sz]ed|deployed|serving|fighting|fought|trained|recruited|surrendered)\b/i;

export const EVERY_SINCE_START = new RegExp(SINCE_START.source, "gi");

/**
 * A running total spoken of somewhere in the sentence: "since the invasion" that is not the
 * scope of a superlative ("the biggest swap since 2022"). One that dates an ordinal ("the 63rd
 * swap since the invasion") still counts: a total may stand beside it in another clause.
 */
export function runningTotalIn(s: string): boolean {
  // Every match has "since" in it: a sentence without the word is not run through the pattern's
  // look-behind, which is tried at every character (asked once per figure of a sentence).
  if (!SINCE_WORD.test(s)) return false;
  for (const m of allMatches(EVERY_SINCE_START, s)) {
    const lead = s.slice(Math.max(0, m.index - 60), m.index);
    if (/\b(?:largest|biggest|greatest|most|major)\b[^.;:,]{0,40}$/i.test(lead)) continue;
    return true;
  }
  return false;
}

/**
 * A footnote's mark ("reported.[14]"), a clock time ("at 17.30", "about 1100 local time"), or a
 * person's age ("Serhiy, 27, a border guard", "the youngest just 21", "a 23-year-old").
 */
export function notAFigure(s: string, rel: number, relEnd: number, text: string): boolean {
  if (/^\d{1,3}$/.test(text) && s[rel - 1] === "[" && s[relEnd] === "]") return true;
  const before = s.slice(Math.max(0, rel - 40), rel);
  const after = s.slice(relEnd, relEnd + 16);
  if (
    (/^(?:[01]?\d|2[0-3])\.[0-5]\d$/.test(text) &&
      (CLOCK_BEFORE.test(before) || CLOCK_AFTER.test(after))) ||
    (/^(?:[01]\d|2[0-3])[0-5]\d$/.test(text) && CLOCK_AFTER.test(after))
  )
    return true;
  // "Just over 300 on each of the next two": the days (or waves) just named, not a count.
  if (
    /^(?:\d|two|three|four|five)$/i.test(text) &&
    /\b(?:the|each of the|both of the|all of the|over the|for the|in the)\s+(?:next|other|last|first|following|previous|remaining)\s+$/i.test(
      before,
    ) &&
    // "It ran in three waves: the first two came on Friday": the waves just named, doing
    // something, not two people.
    /^\s*(?:[.,;:)!?—–-]|$|(?:came|come|were|was|went|took place|happened|followed|ran|fell|passed)\b)/i.test(
      after,
    )
  )
    return true;
  // "71 more than the 175 of March 19": a difference between two figures, which no source
  // states as such.
  if (
    /^\s+(?:more|fewer|less|bigger|smaller|larger|higher|lower)\s+than\s+(?:the\s+|its\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine)\b)/i.test(
      after,
    )
  )
    return true;
  // "Our office at 2118 Bloor Street West": a street number.
  if (
    /^\d+$/.test(text) &&
    /^\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Square|Prospekt|Drive|Dr)\b/u.test(
      after + s.slice(relEnd + 16, relEnd + 48),
    )
  )
    return true;
  if (!/^\d{1,3}$/.test(text) || Number(text) > 110) return false;
  return (
    ((/\b\p{Lu}\p{Ll}+,\s*$/u.test(before) || KIN_BEFORE.test(before)) && /^,/.test(after)) ||
    /\b(?:youngest|oldest)\b[^.;,\d]{0,30}$|\baged?\s+$/i.test(before) ||
    /^\s*(?:years?[- ]old|-year-old)\b/i.test(after)
  );
}
/** "My son, 24, …": a relative or a soldier set off by commas, whose age follows. */
const KIN_BEFORE =
  /\b(?:son|daughter|brother|sister|husband|wife|father|mother|dad|mum|mom|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|grandfather|fianc[ée]e?|partner|friend|neighbou?r|soldier|medic|marine|sergeant|corporal|lieutenant|private)\s*,\s*$/i;
const CLOCK_BEFORE = /\b(?:at|from|until|till|by|around|since|before|after|about|um|à)\s+$/i;
const CLOCK_AFTER =
  /^\s*(?:h\b|hrs\b|hours\b|o'clock|local\b|(?:kyiv|moscow|kiev) time\b|(?:CET|CEST|EET|EEST|GMT|UTC|MSK)\b)/i;

/** Before a bare number, words that make it a label or a name: "Bus 7", "No. 64", "room 12". */
const LABEL_BEFORE =
  /\b(?:no|nos|number|col|cols|column|question|q|uin|ref|bus|room|article|decree|resolution|section|page|p|pp|ext|extension|line|flight|unit|brigade|battalion|regiment|division|platoon|game|episode|chapter|item|point|paragraph|clause|case|file|ward|block|building|gate|door|seat|row|route|highway|km|mile|aged?|age)\.?\s*#?\s*$/i;

/** A bare figure in a sentence about an exchange that can only be a count of people. */
export function bareCount(
  m: NumberMention,
  before: string,
  after: string,
  exchangeSentence: boolean,
): boolean {
  if (!exchangeSentence || m.kind !== "cardinal" || m.n < 10 || m.n2 !== undefined) return false;
  if (/^(?:19|20)\d\d$/.test(m.text)) return false;
  if (LABEL_BEFORE.test(before)) return false;
  // "23 and 24 May": a day of a list of days, not a count.
  if (
    m.n <= 31 &&
    /^\s*(?:and|&|,|-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(
      after,
    )
  )
    return false;
  // "on May 23, 24 and 25": more days of a list a month opened, not counts.
  if (
    m.n <= 31 &&
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*(?:,|and|&)\s*(?:and\s+)?$/i.test(
      before,
    )
  )
    return false;
  // "a 23-year-old", "10:30", "12 km", "3 percent", "No. 7-b": not a count of people.
  if (
    /^(?:-|\s*(?:[:.]\d|%|per\b|percent|years?\b|yrs?\b|hours?\b|hrs?\b|minutes?\b|km\b|miles?\b|kg\b|pounds?\b|lbs?\b|am\b|pm\b|gmt\b|bst\b|cet\b|utc\b|kyiv time\b|o['’]clock\b))/i.test(
      after,
    )
  )
    return false;
  return true;
}

/**
 * Before a span of time someone lived through: "waited for 500 days", "spent 20 months", "was
 * held for 900 days". A person's wait or captivity, not how long an exchange took.
 */
export const LIVED_THROUGH_BEFORE =
  /\b(?:waited|waiting|prayed|praying|spent|been|held|kept|hoped|hoping|endured|suffered|languished|stayed|survived|counted|captive|imprisoned|detained)\s+(?:(?:for|through|almost|nearly|over|more than|about|some|around|all|those|these)\s+){0,3}$/i;

/** "Over the three days", "in just two days", "the three days": a span of days, by its words. */
export const SPAN_BEFORE =
  /(?:\b(?:over|across|during|in|within|for)\s+(?:just\s+|only\s+)?(?:the\s+|those\s+|these\s+)?|\bthe\s+)$/i;
/** "Two days later", "three days before the swap": a distance in time, not a span. */
export const SPAN_NOT_AFTER = /^\s+days?\s+(?:later|after|earlier|before|ago|on|beforehand)\b/i;

const SO_FAR_WAVES =
  /\b(?:so far|to date|by (?:tonight|now|today|this (?:morning|afternoon|evening))|(?:have|has|had) (?:now |already )?(?:brought|freed|returned) [^.;]{0,30}\bso far)\b/i;

/** Waves, stages, rounds: what a deal is done in. */
const WAVE_NOUN = /^(?:\s+|-)(waves?|stages?|rounds?|phases?|legs?|tranches?|batches?)\b/i;
export const DEAL_WORDS = /\b(?:exchange|swap|deal|agreement|trade|handover|operation)\b/i;

/** "The first of 11 buses": the figure counts some other thing, not the waves. */
const OTHER_THINGS_AFTER =
  /^\s+(?:[\p{L}-]+\s+)?(?!(?:waves|stages|rounds|legs|phases|parts|exchanges|swaps|batches|groups|this|was|has|its)\b)\p{L}{3,}s\b/iu;

/**
 * "Carried out in three waves", "the second of three", "the third and final stage": how many
 * waves a deal took. The noun that says so, or null when the figure is not such a count.
 */
export function waveCountOf(
  m: NumberMention,
  before: string,
  after: string,
  s: string,
): { noun: string; length: number } | null {
  if (!DEAL_WORDS.test(s) && !RELEASE.test(s)) return null;
  if (m.kind === "ordinal") {
    const last =
      /^\s+and\s+(?:final|last)\s+(waves?|stages?|rounds?|phases?|legs?|parts?|days?)\b/i.exec(
        after,
      );
    return last ? { noun: (last[1] as string).toLowerCase(), length: 0 } : null;
  }
  if (m.kind !== "cardinal" || m.n < 1 || m.n > 12 || m.qualifier !== "exact") return null;
  const noun = WAVE_NOUN.exec(after);
  // "The first two waves" are some of the waves, not how many there were.
  if (
    noun &&
    /\b(?:first|last|past|previous|opening|closing|next|remaining|these|those|other)\s+$/i.test(
      before,
    )
  )
    return null;
  // "By tonight, two waves had brought 697 home", "two waves so far": the waves so far, not how
  // many the deal took ("ends after four waves" is its count).
  if (noun && SO_FAR_WAVES.test(s)) return null;
  if (noun) return { noun: (noun[1] as string).toLowerCase(), length: noun[0].length };
  // "Today's round will be the second of three."
  if (
    /\b(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+(?:(?:wave|stage|round|leg|phase|part)\s+)?(?:of|out of)\s+$/i.test(
      before,
    ) &&
    !/^\s+(?:\p{L}+\s+){0,1}(?:days?|years?|months?|weeks?|hours?)\b/iu.test(after) &&
    !OTHER_THINGS_AFTER.test(after)
  )
    return { noun: "waves", length: 0 };
  return null;
}
