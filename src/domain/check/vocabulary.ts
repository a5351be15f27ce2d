/**
 * The fact-check's vocabulary, as data: what a noun counts, which words sit between a number
 * and its noun, and the cue words for release, plans, scope and side. A new measure or a new
 * way of saying one is a row here, not a new rule.
 */
import type { Counted } from "../../store/schema.ts";

export const COUNTED_NOUNS: Record<string, Counted> = {};
for (const w of [
  "pow",
  "pows",
  "servicemen",
  "serviceman",
  "servicewomen",
  "servicemembers",
  "soldier",
  "soldiers",
  "troops",
  "fighters",
  "marines",
  "defenders",
  "combatants",
  "guardsmen",
])
  COUNTED_NOUNS[w] = "military";
for (const w of ["civilian", "civilians"]) COUNTED_NOUNS[w] = "civilians";
for (const w of [
  "prisoner",
  "prisoners",
  "detainee",
  "detainees",
  "captive",
  "captives",
  "people",
  "persons",
  "individuals",
  "ukrainians",
  "russians",
  "citizens",
  "nationals",
  "children",
  "minors",
  "hostages",
  "men",
  "women",
])
  COUNTED_NOUNS[w] = "people";
for (const w of ["exchanges", "swaps"]) COUNTED_NOUNS[w] = "exchanges";

/** Two-word nouns, and what they count. */
export const COUNTED_PAIRS: Record<string, Counted> = {
  "prisoners of": "military", // "prisoners of war"; "prisoners of their" is caught before
  "prisoner of": "military",
  "service members": "military",
  "service personnel": "military",
  "military personnel": "military",
  "prisoner swaps": "exchanges",
  "prisoner exchanges": "exchanges",
};

/** Words between a number and its noun that do not change what is counted. */
export const SKIPPED =
  /^(?:more|other|additional|further|another|of|the|their|its|our|his|her|these|those|ukrainian|russian|captured|returned|returning|released|freed|detained|held|imprisoned|severely|seriously|badly|critically|wounded|injured|sick|young|former|civilian|military)$/i;
export const TIME_UNITS =
  /^(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?|nights?|mornings?|times?|rounds?|points?|kilometres?|kilometers?|km|miles?|metres?|meters?)$/i;

export const FUNCTION_WORDS = new Set(
  "was were is are has have had does this its his hers ours theirs yours was as thus always perhaps news across towards afterwards besides unless whereas sometimes".split(
    " ",
  ),
);

export const RELEASE =
  /\b(?:releas(?:e|ed|es|ing)|free(?:d|s|ing)?|set free|swap(?:s|ped|ping)?|exchang(?:e|ed|es|ing)|trad(?:e|ed|es|ing)|return(?:ed|ing|s)?|brought (?:back|home)|bring(?:s|ing)? (?:back|home)|c[oa]me home|went home|go(?:es)? home|handed over|hand(?:s|ing)? over|transferr?(?:ed|ing)|receiv(?:e|ed|es|ing)|got\b[^.;]{0,30}\bback|repatriat\w*|chang(?:ed|ing) hands|reunit\w*|completed)\b/i;

export const PLANNED =
  /\b(?:will|would|set to|agreed to|agree to|plan(?:s|ned)? to|to be|expected to|is to|are to|due to|agreement to|deal to|to (?:release|swap|exchange|free|trade|return))\b/i;

export const SINCE_START =
  /\bsince (?:the (?:full-scale |russian )?(?:invasion|war)|russia['’]s (?:full-scale )?invasion|(?:(?:late |early )?(?:february|march) (?:of )?)?2022|the (?:start|beginning|outbreak) of the (?:full-scale )?(?:war|invasion)|the war (?:began|started|broke out))\b|\bin total since\b|\bto date\b|\bso far\b(?! in)/i;

export const WHOLE_DEAL =
  /\b(?:deal|agreement|multi-day|three-day|operation|in all|in total|altogether|all told|now|complet(?:e|ed|ing)|(?:three|all three) waves|(?:largest|biggest) (?:prisoner )?(?:exchange|swap)|\d[\d,]*[- ]for[- ]\d|thousand[- ]for[- ]thousand|over (?:a span of )?(?:three|3) days)\b/i;

export const DAYS_SO_FAR =
  /\b(?:in|over|during|within) (?:just |only )?(?:these |the first |the past |its first )?(two|three|four|five|2|3|4|5) days\b/i;
export const SMALL: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
