/**
 * The fact-check's vocabulary, as data: what a noun counts, which words sit between a number
 * and its noun, and the cue words for release, plans, scope and side. A new measure or a new
 * way of saying one is a row here, not a new rule.
 */
import type { Counted, Side } from "../../store/schema.ts";

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
// "civs": the short form in reporters' notes.
for (const w of ["civilian", "civilians", "civs"]) COUNTED_NOUNS[w] = "civilians";
for (const w of [
  "prisoner",
  "prisoners",
  "detainee",
  "detainees",
  "captive",
  "captives",
  "people",
  "ppl", // reporters' notes: "390 ppl came home"
  "persons",
  "individuals",
  "ukrainians",
  "russians",
  "citizens",
  "nationals",
  "hostages",
  "compatriots",
  "countrymen",
  // The tabloid word for those brought home: "the final 303 heroes".
  "heroes",
])
  COUNTED_NOUNS[w] = "people";
/**
 * People named by who they are rather than by what they were: in an exchange's report these
 * are always a part of the whole ("3 women and 387 men"), never the whole itself.
 */
export const PART_NOUNS = new Set([
  "men",
  "women",
  "children",
  "minors",
  "teenagers",
  "boys",
  "girls",
]);
for (const w of PART_NOUNS) COUNTED_NOUNS[w] = "people";
for (const w of ["exchanges", "swaps"]) COUNTED_NOUNS[w] = "exchanges";
for (const w of ["drone", "drones", "uav", "uavs", "shaheds"]) COUNTED_NOUNS[w] = "drones";
for (const w of ["missile", "missiles"]) COUNTED_NOUNS[w] = "missiles";

/** Two-word nouns, and what they count. */
export const COUNTED_PAIRS: Record<string, Counted> = {
  "prisoners of": "military", // "prisoners of war"; "prisoners of their" is caught before
  "prisoner of": "military",
  "service members": "military",
  "service personnel": "military",
  "military personnel": "military",
  "civil persons": "civilians", // translated copy: "120 civil persons"
  "prisoner swaps": "exchanges",
  "prisoner exchanges": "exchanges",
};

/**
 * How badly hurt the wounded are, one list for every reader: "15 seriously wounded",
 * "heavily wounded" and "gravely wounded" in translated copy.
 */
export const WOUNDED_HOW = "seriously|severely|badly|critically|gravely|heavily";

/**
 * The wounded as an adjective before the noun: "15 wounded soldiers", "31 injured POWs", and the
 * plainer "31 hurt soldiers" of copy written for children.
 */
export const WOUNDED_WORDS = "wounded|injured|hurt";

/** Words between a number and its noun that do not change what is counted. */
export const SKIPPED = new RegExp(
  `^(?:${WOUNDED_HOW}|more|other|additional|further|another|of|the|their|its|our|his|her|these|those|ukrainian|russian|ukr|ua|ru|rus|captured|returned|returning|released|freed|detained|held|imprisoned|${WOUNDED_WORDS}|sick|young|former|civilian|military|strike|attack|kamikaze|shahed|ballistic|cruise|guided)$`,
  "i",
);
export const TIME_UNITS =
  /^(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?|nights?|mornings?|times?|rounds?|points?|kilometres?|kilometers?|km|miles?|metres?|meters?)$/i;

export const FUNCTION_WORDS = new Set(
  "was were is are has have had does this its his hers ours theirs yours was as thus always perhaps news across towards afterwards besides unless whereas sometimes".split(
    " ",
  ),
);

export const RELEASE =
  /\b(?:releas(?:e|ed|es|ing)|free(?:d|s|ing)?|set free|swap(?:s|ped|ping)?|exchang(?:e|ed|es|ing)|trad(?:e|ed|es|ing)|return(?:ed|ing|s)?|brought (?:back|home)|bring(?:s|ing)? (?:back|home)|c[oa]me home|went home|go(?:es)? home|gone (?:home|back)|handed over|hand(?:s|ing)? over|transferr?(?:ed|ing)|receiv(?:e|ed|es|ing)|recover(?:ed|s|ing)?|(?:got|get|gets|getting|took|take|takes|taken|taking)\b[^.;]{0,30}\bback|repatriat\w*|chang(?:ed|ing) hands|crossed (?:the (?:lines?|border|front)|over)|went each way|reunit\w*|completed|home (?:came|come|were|was|returned)|(?:were|was|been) brought|(?:expected|due|set|coming|are|were|is|was) (?:now |already |safely |finally )?(?:back )?home|(?:ukrainians|prisoners|people|persons|pows|soldiers|defenders|civilians|russians) (?:back )?home|crossed|cross(?:es|ing)? (?:the )?(?:border|line)|(?:go|went|going) each way|each way|batch|tranche|hand-?over)\b/i;

/**
 * "Done: 390 Fri, 303 Sat, 307 Sun": figures paired with the days of a list are that day's
 * exchange (notes and social posts drop the verb); a day with none in the store is said so.
 */
const DAY_WORD = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\.?`;
export const DAY_LIST = new RegExp(
  String.raw`\b\d{2,4}\s+(?:on\s+)?${DAY_WORD}(?![\w-])[,;/ ]+(?:and\s+)?\d{2,4}\s+(?:on\s+)?${DAY_WORD}(?![\w-])`,
  "i",
);

/** "Fri 390 each way, today 307": a figure led by its own day is that day's, not a tally's. */
export const DAY_LED = new RegExp(
  String.raw`(?:^|[\s,;:(/])(?:${DAY_WORD}|today|yesterday|tonight|yday|tdy)(?:['’]s)?\s+$`,
  "i",
);

/** "390 on Friday, 307 today": a figure followed at once by its own day (see BRACKETED_DAYS). */
export const DAY_TRAILED = new RegExp(
  String.raw`^\s+(?:(?:on\s+)?${DAY_WORD}|today|yesterday|tonight)(?![\w-])`,
  "i",
);

/**
 * Before a figure: "welcomed the exchange of 23 to 25 May, in which": the figure is that
 * exchange's own, even where the sentence goes on to a tally "before that exchange".
 */
export const OWN_EXCHANGE_BEFORE =
  /\b(?:exchange|swap|deal|release)\b[^.;:]{0,60}?,?\s*(?:in|under|during|through) which\s+(?:a total of\s+|some\s+|about\s+)?$/i;

/** Before an event's cue: "eight days before", "a week after": a day counted from the event, not its own. */
export const COUNTED_FROM_CUE =
  /\b(?:days?|weeks?|hours?|months?|nights?)\s+(?:before|after|ahead of|prior to|earlier than|later than)\s+(?:the\s+|its\s+|their\s+)?$/i;

export const PLANNED =
  /\b(?:will|would|until|due (?:by|on|to|in)|scheduled|set to|agreed to|agree to|plan(?:s|ned)? to|to be|expected to|is to|are to|due to|agreement to|deal to|to (?:release|swap|exchange|free|trade|return))\b/i;

// (The look-ahead "(?=since )" before the look-behind changes no match: the first way reads
// "since " right there anyway. It lets every other character fail at once, where the
// look-behind would be tried at each: a quarter of the time on a long draft.)
export const SINCE_START =
  /(?=since )(?<=\b(?:freed|returned|released|exchanged|home|back)\b[^.;:]{0,40}?)(?<!\b(?:missing|held|detained|listed|imprisoned|captured)\s)since (?:(?:early |late )?(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:of )?)?202[0-4]\b|\bsince (?:(?:early |late )?(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:of )?)?202[0-4]\b(?=[^.;:]{0,40}\b(?:were|have been|had been|was)\s+(?:returned|freed|released|brought))|\b(?:since|counting from|counted from|reckoning from) (?:the (?:full-scale |russian )?(?:invasion|war)|russia['’]s (?:full-scale )?invasion|(?:(?:late |early )?(?:february|feb\.?|march|mar\.?) (?:of )?)?2022|(?:the )?(?:start|beginning|outbreak) of (?:the )?(?:full-scale |russian )?(?:war|invasion)|the war (?:began|started|broke out))\b|\bin total since\b/i;

/** Words one of which every match of SINCE_START holds: tested first, as the pattern is slow to fail. */
export const SINCE_WORD = /since|counting from|counted from|reckoning from/i;

/**
 * (Translated copy leads with "Totally" for "in all": "Totally for three days were exchanged…";
 * only a clause's first word, as "totally exhausted" says nothing of scope. The look-ahead
 * "(?=totally)" only spares the look-behind at every other character.)
 */
export const WHOLE_DEAL =
  /\b(?:deal|agreement|multi-day|three-day|operation|in all|in total|(?=totally)(?<=(?:^|[.;:!?—–]\s*))totally(?=,?\s+(?:for|over|during|in|the|were|was|have|has|had|from|\d))|altogether|all told|now|complet(?:e|ed|ing)|(?:three|all three|3) (?:waves|stages|rounds|legs|phases|parts|days)|(?:largest|biggest) (?:prisoner )?(?:exchange|swap)|\d[\d,]*[- ]for[- ]\d|thousand[- ]for[- ]thousand|over (?:a span of )?(?:three|3) days)\b/i;

/**
 * Words that name the one deal outright: "the biggest prisoner swap of the war", "the
 * 1,000-for-1,000 exchange". An exchange is one of many; such a deal is one of its kind.
 */
export const NAMES_THE_DEAL =
  /\b(?:largest|biggest)\s+(?:prisoner\s+)?(?:swap|exchange)\b|\b1[,. ]?000[- ]for[- ]1[,. ]?000\b|\bthousand[- ]for[- ](?:a[- ])?thousand\b/i;

/** What joins the figures of a series: "390 + 307 + 303", "390/307/303", "390, 307 and 303". */
export const SERIES_JOIN = /^\s*(\+|\/|plus|,\s*and|,|and|&)\s*$/i;

/** Between days set out before a series and its first figure: "fri/sat/sun: ", "…, respectively, ". */
export const DAYS_BEFORE_SERIES = /^\s*(?:,?\s*respectively\s*)?[:=\-–—]?\s*,?\s*$/i;

/**
 * Between days that name a run of exchanges and the run's figures, in order: "the March 19,
 * April 19 and May 6 swaps freed 175, 246 and 205".
 */
export const DAYS_NAME_SERIES =
  /^\s*(?:prisoner\s+)?(?:swaps|exchanges|waves|stages|legs|rounds|handovers|releases)\s+(?:(?:each|respectively)\s+)?(?:freed|released|returned|brought(?:\s+(?:home|back))?|saw|swapped|exchanged|involved|covered|sent\s+home)\s+(?:(?:about|around|some|nearly|over|more than)\s+)?$/i;

/** Between a series and the days after it: "390, 307 and 303 each on May 23, 24 and 25". */
export const DAYS_AFTER_SERIES =
  /^\s*(?:(?:each|apiece|a side|per side|each side|each way|prisoners|people)\s*)?(?:,\s*)?(?:on|over)?\s*(?:the\s+)?$/i;

/** A document's own day ("my answer of 2 June", "the report dated 14 May"): no event's, no figure's. */
export const DOCUMENT_DAY_BEFORE =
  /\b(?:answer|letter|statement|report|reply|note|briefing|memo|email|e-mail|article|edition|update|question|motion|debate|minutes|story|piece|bulletin|broadcast|newsletter|version)\s+(?:of|dated|published on|sent on)\s+$|\b(?:a|an|our|my|this|that|the earlier|an earlier|yesterday's)\s+(?:(?:earlier|previous|original|online|print|news)\s+)?(?:story|article|piece|report|post|version|bulletin|broadcast|edition|newsletter)\s+(?:on|from)\s+$/i;

/**
 * After a day, the copy it dates: "our May 24 report", "the 26 May story", "Sunday's edition"
 * (not "Trump's May 20 post", a statement the store keeps).
 */
export const DOCUMENT_DAY_AFTER =
  /^(?:['’]s)?\s+(?:(?:online|print|news|earlier|original)\s+)?(?:story|article|piece|report|bulletin|broadcast|edition|newsletter|headline|caption|graphic|fact box|correction|version)\b/i;

/** "The three waves averaged 333 per side": an average, which is no count the store keeps. */
export const AVERAGE_BEFORE =
  /\b(?:averag\w*|(?:the|a) mean(?: of)?|(?:the|a) median(?: of)?)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|roughly\s+|just (?:over|under)\s+)?$/i;

/**
 * "Average per wave so far: 348.5 per side": a box headed by an average. Its first figure may be
 * the average or the count it was worked out from ("Per-day average: 2,000 in four days").
 */
export const AVERAGE_HEADING = /\b(?:average|mean|median)\b[^.;:\d]{0,30}:[^\d.;:]{0,20}$/i;

/** "610 more each to come", "303 more still to cross": what is left of a deal. */
export const REMAINDER =
  /^\s+(?:more|others?)\b[^.;:,]{0,30}\b(?:(?:still |yet )?to come|still to (?:cross|go|be freed)|left|remaining)\b/i;

/** "31 and 15 wounded": the second figure of a pair, up to the noun the pair shares. */
export const PAIR_NOUN = new RegExp(
  `^\\s*(?:and|&|or)\\s+\\d[\\d,]*\\s+(?=(?:(?:${WOUNDED_HOW})\\s+)?\\p{L})`,
  "iu",
);

/** "Among the seriously wounded exchanged were 15 Ukrainians": the wounded, before a figure. */
export const AMONG_THE_WOUNDED = new RegExp(
  `\\b(?:among|of) (?:the|those) (?:(?:${WOUNDED_HOW}) )?(?:wounded|injured)\\b[^.;:]{0,40}$`,
  "i",
);

/** "… and 15 heavily wounded": the figure counts the wounded. */
export const WOUNDED_AFTER = new RegExp(
  `^\\s+(?:(?:${WOUNDED_HOW})\\s+)?(?:wounded|injured)\\b`,
  "i",
);

/** "What the ministry reported, on 24 May, was 390": the day of the report, set off by commas. */
export const REPORTED_ON =
  /\b(?:said|says|reported|announced|stated|wrote|posted|told|confirmed)\s*,\s*(?:on\s+)?$/i;

/** "1,312 are still waiting for someone": those not (yet) freed, no exchange's count. */
export const NOT_FREED_AFTER =
  /^\s+(?:are|were|is|was|remain|remained|have been)\s+(?:still\s+)?(?:waiting|missing|held|detained|in captivity|unaccounted|searching|hoping|looking)\b/i;

/**
 * "303 more are due", "another 307": a figure added to what came before, so never the running
 * total a span in its sentence ("home after two days") tells ("more than" compares instead).
 */
export const INCREMENT_AFTER = /^\s+(?:more|further|additional)\b(?!\s+than\b)/i;
export const INCREMENT_BEFORE = /\banother\s+$/i;

/**
 * "Over two days", "a two-day tally", and "two days in:" / "two days into the swap". "Over the two
 * days" too, but not "over the three days": that is the whole deal, read as such elsewhere.
 */
export const DAYS_SO_FAR =
  /\b(?:in|over|during|within|for|after(?= (?:just |only |the first |first )?(?:two|three|2|3) days\b(?! (?:of|later)\b))) (?:just |only )?(?:these |the first |first |the past |the (?=(?:two|2) days)|its first |the (?:exchange|swap|deal|operation)['’]s first )?(two|three|four|five|2|3|4|5) days\b|\b(two|three|2|3)-day (?:tally|total|count|figure|sum)\b|\b(two|three|2|3) days in(?=\s*[:,—–-]|to (?:it\b|(?:the|this|its) (?:prisoner )?(?:swap|exchange|deal|operation)))/i;

/** Nouns that make a four-digit number a count, not a year ("2000 hostages"); numbers.ts and dates.ts read it. */
export const COUNTED_AFTER = new RegExp(
  `\\s{1,3}(?:[\\p{L}-]+\\s{1,3})?(?:${[
    ...Object.keys(COUNTED_NOUNS),
    "prisoners?",
    "POWs?",
    "service\\s?members",
    "bodies",
    "wounded",
    "inmates",
    "casualties",
    "deaths",
    "dead",
  ].join("|")})(?![\\p{L}])`,
  "iuy",
);

/**
 * Words that count a deal so far, in a draft written while it was under way ("by now", "have each
 * handed over", a box headed "SO FAR IN THE SWAP"). Unlike SO_FAR it takes "so far in", and it
 * leaves out "bringing the total to": it only keeps a mid-deal figure from the whole deal's.
 */
export const MID_DEAL_SO_FAR =
  /\b(?:so far|by now|to date|thus far|until now|up to now|as of (?:now|today|tonight)|(?:are|is) (?:now|already) (?:back )?home|have (?:now )?(?:each )?(?:handed over|freed|released|swapped|exchanged|returned)|has (?:now )?(?:handed over|freed|released|swapped|exchanged|returned))\b/i;

/** "So far" and its kin: the figure to date, of a deal or of the war (the sentence decides which). */
export const SO_FAR =
  /\b(?:so far|to date|(?:running|cumulative|day[- ](?:[1-3]|one|two|three)) (?:tally|total|count)|already(?= (?:more than |over |some |about |nearly )?\d)|total (?:is |stands at |stood at )?now\b|running(?=:?\s+(?:more than |over |some |about |nearly )?\d)|thus far|up to now|until now|by (?:the end of )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night| evening)?|(?:have|has) now been (?:freed|released|returned|brought (?:home|back))|(?:put|puts|putting) the (?:total|number|tally|count)\b[^.;:]{0,40}?\bat|the (?:total|tally|count|number)\b[^.;:]{0,40}?\b(?:reached|stood at|rose to|hit)|the total number\b[^.;:]{0,40}?\b(?:was|came to|amounted to)|over (?:those|these|the past|the last) (?:few |two |three )?days|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|fri|sat|yesterday|the (?:start|beginning) of the (?:exchange|swap|deal|operation))|(?:bringing|brings|brought|taking|takes|raising|raises) (?:(?:the|its|their|our|his|her|\w+['’]s) (?:[\w-]+ ){0,2}?(?:total|number|tally|count)\b[^.;:]{0,50}?)?to)\b(?! in)/i;

/**
 * Cues that a figure is a part of a larger one told nearby: "of these", "including",
 * "among them", "of whom". Looked for in the clause before the figure.
 */
export const PART_BEFORE =
  /\b(?:of (?:these|them|those|whom|which|this number|that number|the total)|includ(?:ing|ed|es)|among (?:them|those|whom|the (?:freed|released|returnees|returned|prisoners|\w+ released)|(?:the|those) \d[\d,]*\b)|which included|that included|comprising|made up of)\b[^.;:]{0,60}$/i;
/** "270 of them", "31 were freed outside it", "the wounded: 31 of ours, 15 of theirs". */
export const PART_AFTER =
  /^\s+(?:of (?:them|these|those|whom)\b|of (?:ours|theirs)(?=\s*(?:[,.;]|$))|of the (?:[\p{L}-]+\s+){1,2}(?:it|they|who|that|which|whom|we)\b|[^.;:]{0,40}\boutside (?:it|the (?:exchange|deal|swap|agreement))\b|(?:were|was) (?:from|with|in|members of|fighters of|soldiers of) the\b|(?:belonged|belong) to\b)/iu;

/** "Could be a June swap of 1,200": a figure of what might be, not of what was ("would be" is a plan, kept). */
export const HYPOTHETICAL =
  /\b(?:[Cc]ould|[Mm]ight|may) (?:be|come|see|bring|follow|free|include|involve|reach|take)\b|\b[Hh]ypothetical\w*\b|\bin theory\b/;

/** A wave or stage counted inside one deal ("the first exchange under this agreement"), not the war's count. */
export const WITHIN_DEAL =
  /^\s+(?:such\s+)?(?:prisoner\s+)?(?:exchange|swap|stage|wave|phase|round|leg|batch|day)\s+(?:under|of|in|within)\s+(?:this|the|that)\s+(?:agreement|deal|exchange|swap|operation|arrangement)\b/i;

/**
 * Talks held once more ("met again", "resumed", "a second round", "once more"): another meeting,
 * not the Istanbul talks the store keeps, so their day is no day to put right.
 */
export const TALKS_AGAIN =
  /\b(?:again|once more|resum(?:e|es|ed|ing)|reconven(?:e|es|ed|ing)|(?:second|2nd|third|3rd|next|new|another|further|follow-up) (?:round|session|meeting)s?)\b/i;
/** "Met again for the first time since 2022", "again after three years": the Istanbul talks themselves. */
export const AGAIN_AFTER_YEARS =
  /\b(?:for the first time|since (?:march |spring |early )?(?:2022|the (?:invasion|war|start))|after (?:more than |nearly |almost |over )?(?:\w+ )?years?)\b/i;

/**
 * Words that put a day ahead of the draft: "due on Saturday", "expected on Sunday", "should be
 * back on Monday" (not "should have been"), "the rest to follow on Saturday", "yet to cross".
 */
export const FUTURE =
  /\b(?:will|would|shall|should(?!\s+have)|is due|are due|due (?:on|to)|expected|set to|scheduled|slated|is to|are to|plan(?:s|ned)? to|planned for|upcoming|coming|next|to follow|still to come|yet to|going to)\b[^.;:]{0,40}$/i;

/**
 * Side cues, tried in order; the first that matches decides. `after` is matched against the
 * words after the figure's noun, `before` against the words before the figure (lower case);
 * group 1, when present, is the cue shown to the editor. "nationality" is the noun's own
 * ("303 Ukrainian defenders"), which outranks "a total of". `also` marks words that allow a
 * second reading: the verdict must hold under both.
 */
export const SIDE_CUES: readonly {
  side: Side | "nationality";
  also?: Side;
  after?: RegExp;
  before?: RegExp;
  /** Both `before` and `after` must match (otherwise either does). */
  all?: true;
}[] = [
  // ("Handed 1 000 to each other" is no side's: see "to each other" below.)
  // "2,000 prisoners freed per side": "per side" a word or two past the noun is still each side's.
  {
    side: "each",
    after:
      /^\s*(?:[\p{L}'’-]+\s+){0,5}?((?:(?:from|by|on|for|to) )?(?:each|either) (?:side|country|nation|party|way|camp))\b|^\s*(?:[\p{L}'’-]+\s+){0,2}?(each(?! other\b)|apiece|ea)\b|^\s*(?:more\s+)?(per side|a side|per camp|per country|each way|both ways)\b|^\s*(?:[\p{L}'’-]+\s+){1,2}?(per side|per country)\b/u,
  },
  // ("303 each side / 2,000 in all": "each side" right after another figure is that figure's;
  // after a day's number, a year or a comma, "May 24, 2025 each side released 370", "Between May
  // 23 and 25, each side handed over 1,000", it is the clause's. "200 from each side plus 12
  // wounded Russians": one ending the figure before "plus" is that figure's.)
  {
    side: "each",
    before:
      /(?<!(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)\b(?!(?:19|20)\d\d\s)\d(?:[\d,]*\d)?\s)\b(each (?:side|country|party|nation))\b(?!\s+(?:plus|and|as well as|along with|together with)\s+$)[^,.;:(—–]{0,50}$|\b(each (?:releasing|freeing|returning|handing over|swapping|exchanging|receiving))\s+$|\b(each of the two)\b[^,.;:]{0,40}$|\b(?:ukraine|russia|kyiv|moscow) and (?:ukraine|russia|kyiv|moscow)\s+(?:\w+\s+)?(each)\s+[\p{L}]+(?:\s+(?:over|back|out|up))?\s+$|\b(?:both|the two) (?:sides|countries|nations)\s+(?:\w+\s+)?(each)\s+[\p{L}]+(?:\s+(?:over|back|out|up))?\s+$|\b(?:they|both|we) (?:would |will |have |had )?(each)\s+[\p{L}]+(?: back)?\s+$/u,
  },
  { side: "nationality" },
  // A card's label before its figure ("Ukrainians freed: 2,000", "Total exchanged, both sides:
  // 1,000"): the label says for whom, as words after a figure would.
  {
    side: "total",
    before:
      /\b((?:total|combined|in all)\b[^.;:]{0,30}\b(?:both|the two) (?:sides|countries)|(?:both|the two) (?:sides|countries),? (?:combined|together|in all|in total))\s*:\s*$/,
  },
  // "1,000 went home altogether, counting both sides", "697 freed — both sides combined": words
  // for both together past a comma or dash, with no other figure (a day's may) between, outrank
  // "home" and the side a verb gives. ("Ukraine got 390 back, 780 counting both sides": the
  // 780's, not the 390's; "…, and on the last day both sides together freed 303": the 303's.)
  {
    side: "total",
    after:
      /^(?:[^.;:!?\d]|(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)\d{1,2}\b|\d{1,2}(?=\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))){0,60}?\b(counting both (?:sides|directions|ways)|(?:both|the two) (?:sides|countries|directions) (?:combined|together)(?=\s*(?:$|[.,;:!?)\]])))/iu,
  },
  // "Ukraine and Russia swapped a total of 390 people": a mutual verb's total is both sides'. (Not
  // a count since 2022, which copy gives for Ukraine's people whatever the verb.)
  {
    side: "total",
    all: true,
    before: /\b((?:swapp|exchang|trad)(?:ed|ing) a total of)\s+$/,
    after: /^(?![^.;:]*\bsince\b)/,
  },
  {
    side: "ukraine",
    before:
      /(?:^|[\n•·|]\s*|\s)((?:ukrainians|ukrainian (?:pows|prisoners|soldiers|citizens)) (?:freed|released|returned|home|brought home|back))\s*:\s*$/,
  },
  {
    side: "russia",
    before:
      /(?:^|[\n•·|]\s*|\s)((?:russians|russian (?:pows|prisoners|soldiers|servicemen|citizens)) (?:freed|released|returned|home|brought home|back))\s*:\s*$/,
  },
  { side: "ukraine", after: /^\s*(of ukraine|from ukraine's side)\b/ },
  { side: "russia", after: /^\s*(of russia|of the russian federation)\b/ },
  {
    side: "ukraine",
    before:
      /\b((?:ukraine|kyiv|ukr|ua)(?:,[^,.;:]{1,30},)? (?:(?:will|would|is to|was to|to|had|has|have|(?:expects|expected|hopes|hoped|is due|was due|is set|was set|aims|aimed|wants|wanted) to) )?(?:(?:also|then|in turn|additionally|meanwhile) )?(?:(?:get|got|gets|getting|receive|received|receiving|recover|recovered|bring home|brought home|welcome|welcomed|secure|secured)(?: back)?|(?:take|took|takes|taking|taken) back))\s+$/,
  },
  {
    side: "russia",
    before:
      /\b((?:russia|moscow|ru|rus)(?:,[^,.;:]{1,30},)? (?:(?:will|would|is to|was to|to|had|has|have|(?:expects|expected|hopes|hoped|is due|was due|is set|was set|aims|aimed|wants|wanted) to) )?(?:(?:also|then|in turn|additionally|meanwhile) )?(?:(?:get|got|gets|getting|receive|received|receiving|recovered|welcomed|secured)(?: back)?|(?:take|took|takes|taking|taken) back))\s+$/,
  },
  // "Bringing the number of Ukrainians returned since Friday to 2,000": the people the number counts.
  {
    side: "ukraine",
    before:
      /\b((?:number|total|tally|count) of ukrainian(?:s| citizens| prisoners| soldiers| servicemen| pows| civilians)? (?:returned|freed|released|brought back))\b[^.;:]{0,50}$/,
  },
  {
    side: "russia",
    before:
      /\b((?:number|total|tally|count) of russian(?:s| citizens| prisoners| soldiers| servicemen| pows| civilians)? (?:returned|freed|released|brought back))\b[^.;:]{0,50}$/,
  },
  // "Bringing the total returned to Kyiv over the three days to 2,000": whose total it is.
  {
    side: "ukraine",
    before:
      /\b((?:number|total|tally|count)(?: of (?:people|prisoners|captives|those))? (?:returned|brought (?:back|home)|freed|released|sent back|handed (?:back|over)) to (?:ukraine|kyiv))\b[^.;:]{0,50}$/,
  },
  {
    side: "russia",
    before:
      /\b((?:number|total|tally|count)(?: of (?:people|prisoners|captives|those))? (?:returned|brought (?:back|home)|freed|released|sent back|handed (?:back|over)) to (?:russia|moscow))\b[^.;:]{0,50}$/,
  },
  // "Kyiv now has 1,394 back": a side that has its people back.
  {
    side: "ukraine",
    all: true,
    before: /\b((?:ukraine|kyiv|ukr|ua)(?: now)? (?:has|had|have)(?: now| so far)?)\s+$/,
    after: /^\s*(?:[\p{L}]+\s+)?back\b/u,
  },
  {
    side: "russia",
    all: true,
    before: /\b((?:russia|moscow|ru|rus)(?: now)? (?:has|had|have)(?: now| so far)?)\s+$/,
    after: /^\s*(?:[\p{L}]+\s+)?back\b/u,
  },
  // Translated word order: "home came 697 people", "home were brought 390".
  {
    side: "ukraine",
    before:
      /\b(home (?:came|come|returned|were (?:brought|returned)|was (?:brought|returned)))\s+(?:[\p{L}'’-]+\s+){0,3}$/u,
  },
  // Who frees whom: "Ukraine freed 1,000" are Russia's people going home, and the reverse.
  {
    side: "russia",
    before:
      /(?<!\b(?:russia|moscow) and )\b((?:ukraine|kyiv|the ukrainian side) (?:freed|released|handed over|transferred))\s+$/,
  },
  {
    side: "ukraine",
    before:
      /(?<!\b(?:ukraine|kyiv) and )\b((?:russia|moscow|the russian side) (?:freed|released|handed over|transferred))\s+$/,
  },
  // "Ukraine returned 1 000 persons": handed back, or brought home; both readings are weighed.
  // "Kyiv and Moscow freed 307": both sides, left to the cues for both below.
  {
    side: "ukraine",
    also: "russia",
    before: /(?<!\b(?:russia|moscow) and )\b((?:ukraine|kyiv) returned)\s+$/,
  },
  {
    side: "russia",
    also: "ukraine",
    before: /(?<!\b(?:ukraine|kyiv) and )\b((?:russia|moscow) returned)\s+$/,
  },
  {
    side: "russia",
    after:
      /^[^.;:,•·|]{0,60}?\b((?:received|returned|handed over|transferred) (?:from|by) ukraine|to russia|back to russia|to the russian side|from ukrainian (?:custody|captivity)|from ukraine|from (?:the )?(?:territory controlled by )?the kyiv regime)\b/,
  },
  {
    side: "ukraine",
    after:
      /^[^.;:,•·|]{0,60}?\b((?:returned|brought|came|come|went|coming) (?:back )?home|(?:back )?to ukraine|to the ukrainian side|from russian? (?:custody|captivity)|from russia)\b/,
  },
  // "A total of" and "in total" come after the cues for one side: "a total of 303 Ukrainian
  // defenders" and "a total of 307 citizens of Ukraine … returned home" are Ukraine's. ("303
  // brought the total to 1,000": that total is the later figure's.)
  {
    side: "total",
    after:
      /^\s*(?:[\p{L}'’-]+\s+){0,4}?(in total|in all|altogether|(?<!(?:days?|friday|saturday|sunday|monday|tuesday|wednesday|thursday|weekend|waves?|stages?|legs?)\s)combined|between them|between the two (?:sides|countries)|from both sides|on both sides|chang(?:ed|e|ing) hands|crossed the lines?|in both directions|total(?!\s+(?:to|at|of|now|stood|stands|reached|rose|climbed|was|is)\b)|(?:by )?(?:both|the two) (?:sides|countries) together)\b/u,
  },
  // Terse desk shorthand, "307 each way, 614 both": a bare "both" closing the figure's clause is
  // both sides together, not a side of its own.
  { side: "total", after: /^\s*(both)(?=\s*(?:$|[.,;:!?)]))/u },
  // "1,000 to be freed by the two sides in all": both together, whatever "by both sides" allows.
  {
    side: "total",
    after:
      /^\s*(?:[\p{L}'’-]+\s+){0,3}?(by (?:both|the two) (?:sides|countries|parties),? (?:in all|in total|together|combined|between them|all told))\b/u,
  },
  // "A total of 390 persons were released by the two parties": "a total of" settles which.
  {
    side: "total",
    all: true,
    before: /\b(a total of)\s+$/,
    after: /^\s*(?:[\p{L}'’-]+\s+){0,4}?(by (?:both|the two) (?:sides|countries|parties))\b/u,
  },
  // "The two have between them freed 697": both together.
  { side: "total", before: /\b(between them)\s+(?:[\p{L}]+\s+){0,2}$/u },
  // "The sides handed to each other 1 000 persons", "600 were handed to one another": what
  // both sides gave each other is both together.
  { side: "total", before: /\b(to (?:each other|one another))\s+(?:[\p{L}]+\s+){0,2}$/u },
  { side: "total", after: /^\s*(?:[\p{L}'’-]+\s+){0,4}?(to (?:each other|one another))\b/u },
  // "390 were released by both sides": each side's, or both together.
  {
    side: "total",
    also: "each",
    after: /^\s*(?:[\p{L}'’-]+\s+){0,3}?(by (?:both|the two) (?:sides|countries|parties))\b/u,
  },
  // "The two sides freed a combined 175": both together, whatever "a total of" may allow.
  { side: "total", before: /\b(a combined|combined total of)\s+$/ },
  // "A total of 390 persons had been exchanged": a swap's total is both sides', as copy writes it.
  {
    side: "total",
    all: true,
    before: /\b(a total of)\s+$/,
    after:
      /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:were|was|have been|had been|has been|will be|are to be|to be)\s+(exchanged|swapped|traded)\b/u,
  },
  // "205 were exchanged in total", "an exchange of POWs, in total 175 persons", "exchanged on
  // 24 May in total 307", "exchanged together 1 000": a swap's total is both sides' (the verb is
  // mutual), as "a total of … were exchanged" above.
  {
    side: "total",
    before:
      /\b((?:exchanged|swapped|traded)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:in total|in all|altogether|all told|together|between them)|(?:exchange|swap) of [^.;:]{0,40}?(?:in total|in all|altogether|all told))\s*,?\s*$/u,
  },
  // Translated word order, "Totally for three days were exchanged 1 000 persons": the same
  // swap's total, the verb before its figure.
  {
    side: "total",
    before:
      /\b((?:in total|in all|altogether|totally)\b[^.;:]{0,40}?\b(?:were|was|have been|had been) (?:exchanged|swapped|traded))\s+$/u,
  },
  // "A total of 1,000 people have been freed" may be one side's sum as well as both sides'.
  {
    side: "total",
    also: "each",
    before: /\b(a total of|in total|altogether|combined|totally|in sum|overall)\b[^.;:]{0,40}$/,
  },
  { side: "total", before: /\b(in both directions|changed hands|both ways)\b[^.;:]{0,40}$/ },
  { side: "total", before: /\b(counting both (?:sides|directions|ways))\b[^.;:]{0,60}$/ },
  // "Bringing the number released by the two sides to 697": a number both sides make up.
  {
    side: "total",
    before:
      /\b((?:number|total|tally|count) (?:of [\p{L}]+ )?(?:released|freed|exchanged|swapped|traded|returned|handed over) by (?:both|the two) (?:sides|countries|parties))\b[^.;:]{0,60}$/u,
  },
  {
    side: "total",
    before:
      /\b((?:both (?:sides|countries|nations)|the two (?:sides|countries|nations)|russia and ukraine|ukraine and russia) together)\s+(?:[\p{L}'’-]+\s+){0,4}$/u,
  },
  {
    side: "total",
    also: "each",
    before:
      /\b(both (?:sides|countries|nations)|the two (?:sides|countries|nations)|russia and ukraine|ukraine and russia|moscow and kyiv|kyiv and moscow)\s+(?:[\p{L}'’-]+\s+){0,6}$/u,
  },
];

/**
 * A figure joined to its side by hyphens, as headlines and standfirsts write it: "a
 * 1,000-a-side swap", "the 205-per-side exchange", "the 1000-each deal". Read as "1,000 a side".
 */
export const SIDE_COMPOUND = /(?<=\d|\b(?:hundred|thousand))-(?:(a|per)-(side)|(each|apiece))\b/gi;

/**
 * A fact box's line that opens on its figure and says after a dash what it counts: "16,000+ —
 * Ukrainian civilians detained in Russia", "3 — waves, on May 23, 24 and 25". Read with the
 * dash as a space, so the words after it are the figure's noun. A list's "- More than 16,000:
 * civilians held" and a tab's "2,000 - people going home" are the same line: a hyphen bullet,
 * the figure's own "more than", a colon or a spaced hyphen for the dash.
 */
export const BOX_LINE_DASH =
  /(?<=(?:^|\n)[ \t•*·-]*(?:(?:more than|over|about|nearly|almost|some|around)[ \t]+|~)?\d[\d,.]*(?:st|nd|rd|th|\+)?)(?:[ \t]*[—–][ \t]*|:[ \t]+|[ \t]+-[ \t]+)(?=\p{L})/giu;

/**
 * After a figure, its side and then the event it sizes: "the 1,000 a side deal" (as read from
 * "1,000-a-side"), "a 205 each swap". The figure names that event; a day elsewhere in the
 * sentence is not its day.
 */
export const SIZES_EVENT =
  /^\s+(?:(?:a|per)\s+side|each|apiece)\s+(?:prisoner\s+|pow\s+)?(?:deal|swap|exchange|agreement|trade|handover|release|accord)s?\b/i;

/** "246 soldiers came home, along with 15 wounded": a figure added to the one before, for its side. */
export const ALONG_WITH =
  /\b(along with|together with|as well as|alongside|accompanied by)\s+(?:another\s+|a further\s+)?$/i;

/** After a bare number, words that make it a count of people exchanged: "307 each", "390ea", "697 home". */
export const IMPLIED_AFTER =
  /^\s*(?:(?:(?:from|by|on|for|to) )?(?:each|either) (?:side|way|country)|each|ea\b\.?|apiece|per side|a side|per camp|per country|both ways|more each|home\b|back home|back\b|in all\b|in total\b|altogether\b|combined\b|total\b|of (?:ours|our own|theirs)\b|who (?:came|were|returned|went|have|had)\b|(?:it|they|we) (?:got back|received|returned|freed|released)\b)/i;
/** Before a bare number: "Friday's 390", "yday's group of 370", "the final 303", "a second wave of 390", "another 606". */
export const IMPLIED_BEFORE =
  /(?:\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|yday|tonight|fri|sat|sun)['’]s\s+(?:(?:group|batch|wave|round|leg|stage|tally|total|figure|count|number|exchange|swap) of\s+)?|\b(?:the|a|its) (?:final|last|remaining|first|second|third|further|opening|next)\s+(?:(?:wave|round|stage|leg|batch|group|tranche) of\s+)?|\b(?:wave|round|stage|leg|batch|group|tranche) of\s+|\banother\s+|\ba further\s+|(?:^|[\s(:])(?:final|last|remaining)\s+|(?:^|[\s(])(?:fri|sat|sun|mon|tue|wed|thu|friday|saturday|sunday|monday|tuesday|wednesday|thursday)\s*:?\s+|\b(?:bringing|brings|taking|takes|raising|raises)\b[^.;:]{0,60}\bto\s+|\bthe (?:total )?(?:number|figure|count|tally)\b[^.;:]{0,60}\b(?:reached|was|is|stood at|totall?ed|came to|rose to|hit)\s+|\b(?:put|puts|putting) the (?:number|total|figure|count|tally)\b[^.;:]{0,60}\bat\s+)$/i;

/** What a day in a clause is the day of. "wave2"/"wave3" are a deal's second and third waves. */
export type EventCue =
  | "talks"
  | "call"
  | "statement"
  | "meeting"
  | "start"
  | "end"
  | "wave2"
  | "wave3"
  | "exchange";

/**
 * The cue patterns, each with what it is the cue of. `hint`, where given, is a quick test (same
 * flags, no g) for words one of which every match of `re` contains: `re` runs only on sentences
 * it passes. The patterns for the start and end of a deal open with look-behinds, which the
 * engine tries at every character; most sentences have none of their words.
 */
export const EVENT_CUES: readonly {
  about: EventCue;
  re: RegExp;
  before?: boolean;
  hint?: RegExp;
}[] = [
  {
    about: "call",
    hint: /phone|call|rang|rings/i,
    re: /\b(?:spoke|speaks|spoken|talked|speak) (?:by phone|on the phone|by telephone)|\bby phone\b|phone (?:call|conversation)s?|telephone (?:call|conversation)s?\b|\bcalls? (?:with|w\/|to) (?:putin|zelensk\w*)\b|\b(?:phones|phoned|telephones|telephoned|rings|rang|calls|called) (?:vladimir |volodymyr |president )?(?:putin|zelensk\w*)\b|\b(?:phone )?calls (?:of|on)(?= (?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))/gi,
  },
  // Trump's post that the talks were agreed: a statement the store keeps. (Only where the
  // sentence speaks of the talks: his post disclosing the swap has no day in the sources.)
  {
    about: "statement",
    hint: /\btrump\b[\s\S]*\b(?:talks|negotiations)\b|\b(?:talks|negotiations)\b[\s\S]*\btrump\b/i,
    re: /\btrump['’]s\s+(?:(?:social[- ]media|truth social|x)\s+)?(?:post|tweet|message)\b|\btrump\b[^.;]{0,40}?\b(?:posted|tweeted)\b/gi,
  },
  // Lavrov's word that a ceasefire draft would follow the exchange: a statement the store keeps.
  {
    about: "statement",
    hint: /lavrov|cease/i,
    re: /\blavrov\b[^.;]{0,80}?\b(?:said|says|announced|announces|stated|told|declared|promised|pledged)\b|\blavrov['’]s (?:remarks|comments|statement|words|announcement)\b|\b(?:ceasefire|cease-fire)\s+(?:draft|document|memorandum|paper|proposal)s?\b|\bdraft\s+(?:of\s+(?:a|the|its)\s+)?(?:ceasefire|cease-fire)\b/gi,
  },
  // Zelensky's high-level meeting that coordinated the swap: not the talks, and not any meeting.
  {
    about: "meeting",
    re: /\b(?:high[-‐ ]level|coordinat\w*)\s+(?:meeting|mtg)\b|\b(?:meeting|mtg)\b[^.;]{0,60}?\bcoordinat\w*/gi,
  },
  {
    about: "talks",
    // "Talks" and "negotiations", not any meeting: "a meeting on May 22 coordinated the lists".
    // "Talks in Istanbul took place on 15 May": the verb carries the cue to the day after it.
    re: /\b(?:(?:talks|negotiations?)(?:\s+(?:in|at)\s+[a-zç]+)?\s+(?:took place|were held|was held|happened|convened)|talks|negotiations?|delegations|(?:in|at) istanbul(?=,?\s+(?:on|yesterday|last)\b)|istanbul meeting|meeting in istanbul|direct meeting|(?:meeting (?:at|in) (?:the )?)?dolmabah[cç]e)\b/gi,
  },
  // "The agreement reached in Istanbul on May 16": the day after these words is the talks';
  // a day before them ("Today, under the agreements reached in Istanbul") is not.
  {
    about: "talks",
    before: true,
    re: /\b(?:(?:agreement|deal|accord)s? (?:was |were |had been |has been )?(?:reached|struck|agreed|signed|concluded)|(?:reached|struck|agreed|signed) (?:there|in istanbul)|(?:it|this|that) (?:was|had been) agreed)\b/gi,
  },
  // The verbs count only with the deal as their subject: "the day's exchange wrapped up" ends a
  // day, not the deal.
  {
    about: "start",
    hint: /began|begin|start|open|kicked off|first|1st|wave|stage|round|leg/iu,
    re: /(?<!day['’]s )(?<!today['’]s )\b(?:(?:exchange|swap|deal|operation|agreement|it|which)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:began|begins|beginning|started|starts|starting|opened|opens|kicked off)|(?:first|1st|opening) (?:wave|stage|round|day|leg|phase|batch|part|group|tranche)|(?:wave|stage|round|leg|day|phase) (?:1|one)(?![\d,.])|(?:start|beginning|opening) of the (?:exchange|swap|deal|operation)|\b(?:starting|beginning)(?= on\b))\b/giu,
  },
  // "The second stage of the exchange ended": the stage's end, not the deal's.
  {
    about: "end",
    hint: /end|complet|wrap|finish|conclud|clos|final|last/iu,
    re: /(?<!day['’]s )(?<!today['’]s )\b(?:(?<!\b(?:wave|stage|round|leg|phase|day|part|batch|tranche)s?\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2})(?:exchange|swap|deal|operation|agreement|it|which)(?:,(?:[^,.;:]|\d[,.]\d){1,60},)?\s+(?:[\p{L}'’-]+\s+){0,2}?(?:ended|ends|was completed|completed|wrapped up|wraps up|finished|concluded)|\bending(?= on\b)|(?:complet|finish|conclud|clos)(?:ed|ing) the (?:[\d,]+-for-[\d,]+ |prisoner )?(?:exchange|swap|deal|agreement|operation)|(?:ended|wrapped up) the (?:exchange|swap|deal|operation)|complete(?:s|d)? (?:the |their |a )?(?:[\d,]+-for-[\d,]+ )?(?:prisoner )?(?:exchange|swap)|(?:final|last|closing) (?:wave|stage|round|day|leg|phase|batch|part|group|tranche)|(?:final|last|remaining) \d[\d,]* (?:prisoners|people|persons|captives|POWs|servicemen|soldiers|Ukrainians|Russians)|the (?:last|final) of (?:them|the (?:waves|stages|rounds))|to (?:finish|close|complete) (?:it|the (?:exchange|swap|deal))(?: off)?|to finish|(?:completed|ended|concluded|finished|wrapped up)(?= (?:on|by) ))\b/giu,
  },
  {
    about: "wave2",
    re: /\b(?:second|2nd) (?:wave|stage|round|day|leg|phase|batch|part|group|tranche)\b|\b(?:second|2nd) of (?:the )?(?:three|four|3|4) (?:waves|stages|rounds|days|legs|phases|tranches)\b|\b(?:wave|stage|round|leg|day|phase) (?:2|two)(?![\d,.])\b/gi,
  },
  {
    about: "wave3",
    re: /\b(?:third|3rd) (?:wave|stage|round|day|leg|phase|batch|part|group|tranche)\b|\b(?:third|3rd) of (?:the )?(?:three|four|3|4) (?:waves|stages|rounds|days|legs|phases|tranches)\b|\b(?:wave|stage|round|leg|day|phase) (?:3|three)(?![\d,.])\b/gi,
  },
  {
    about: "exchange",
    re: /\b(?:exchange[sd]?|swap(?:ped|s)?|freed|released|returned|handed over|came home|brought home|prisoners?|pows?|continued|resumed|went on|carried on)\b/gi,
  },
];

/** A quick test before the cue patterns run: a sentence with none of these words has no cue. */
export const CUE_WORDS =
  /talks|negotiat|1st|dolmabah|call|meet|mtg|istanbul|struck|reached|agreed|signed|coordinat|met\b|lavrov|trump|rang|rings|cease|delegat|summit|phone|spoke|began|begin|start|open|kicked|first|ended|ends|complet|wrap|finish|conclu|final|last|clos|second|2nd|third|3rd|exchang|swap|freed|releas|return|handed|home|prisoner|pow|continu|resum|went on|carried on|wave|stage|round|leg/i;

/**
 * Who a figure is attributed to, by name: the claimants the store knows (ids as in the curated
 * store) and two for governments speaking through their capitals. Tried in order, so a ministry
 * named in full is not read as "Moscow". Three outlets quoting one ministry are one claimant.
 */
export const CLAIMANT_NAMES: readonly {
  id: string;
  name: string;
  party: "ukraine" | "russia" | "both" | "independent";
  re: RegExp;
  /** The sentence must name this too (and not `notWithin`) for the name to count. */
  within?: RegExp;
  notWithin?: RegExp;
}[] = [
  {
    id: "ru-defence-ministry",
    name: "Russia's Defence Ministry",
    party: "russia",
    re: /\b(?:(?:russia['’]s|moscow['’]s|the russian|russian)\s+(?:defen[cs]e|military)\s+ministry|ministry\s+of\s+defen[cs]e\s+of\s+(?:the\s+)?russia(?:n federation)?|russian\s+mod|(?:russia['’]s|the russian)\s+mod)\b/i,
  },
  // "In Moscow, the Defence Ministry said": a ministry named without its country, in a sentence
  // that names Russia or Moscow and not Kyiv.
  {
    id: "ru-defence-ministry",
    name: "Russia's Defence Ministry",
    party: "russia",
    re: /\bthe (?:defen[cs]e|military) ministry\b/i,
    within: /\b(?:moscow|russia|russian)\b/i,
    notWithin: /\b(?:kyiv|ukraine['’]s|ukrainian)\b/i,
  },
  {
    id: "ua-coordination-hq",
    name: "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War",
    party: "ukraine",
    re: /\b(?:coord(?:ination)?\.?\s+(?:headquarters|hq|staff|centre|center)|the headquarters)\b/i,
  },
  {
    id: "ua-ombudsman",
    name: "Ukraine's human rights ombudsman",
    party: "ukraine",
    // "Ukrainian Parliament Commissioner for Human Rights": the ombudsman's title in full.
    re: /\b(?:lubinets|ombudsman|human[- ]rights commissioner|(?:verkhovna rada|parliament(?:ary)?) commissioner for human rights)\b/i,
  },
  {
    id: "medinsky",
    name: "Vladimir Medinsky, Russia's negotiator",
    party: "russia",
    re: /\bmedinsky\b/i,
  },
  {
    id: "zelensky",
    name: "Volodymyr Zelensky, President of Ukraine",
    party: "ukraine",
    re: /\b(?:zelensk(?:y|yy|iy|i)|zel|president of ukraine|ukrainian president|ukraine['’]s president)\b/i,
  },
  {
    id: "ru-officials",
    name: "Russian officials",
    party: "russia",
    re: /\b(?:moscow|the kremlin|kremlin|peskov|russian (?:officials|authorities|government)|the russian side)\b/i,
  },
  {
    id: "ua-officials",
    name: "Ukrainian officials",
    party: "ukraine",
    re: /\b(?:kyiv|ukrainian (?:officials|authorities|government)|the ukrainian side)\b/i,
  },
];

/** Verbs that attribute what a sentence says to someone. */
export const SAID =
  /\b(?:said|says|say|announced|announces|reported|reports|confirmed|confirms|wrote|writes|posted|posts|stated|states|told|added|noted|claimed|claims|counted|counts|put|puts|called|calls|declared|informed|informs|tweeted|recalled|recalls|according to|per(?! (?:side|day|cent|person|head|wave))|citing|cited|on (?:x|telegram|facebook|twitter))\b/gi;

/** "Over four days", "across three days", "in two days", "a three-day exchange". */
export const DURATION_AFTER =
  /^(?:\s+days\b|-day\s+(?:prisoner\s+)?(?:exchange|swap|operation|deal)\b)/i;
// Not "over two days": "697 came home over two days" is the deal so far, not its length.
// "Shall last four days", "runs for two days": a plan's length is the deal's too.
export const DURATION_BEFORE =
  /(?:\b(?:took|lasted|ran|spanned|lasts|runs)\s+(?:for\s+)?(?:over\s+)?(?:a span of\s+)?|\b(?:will|shall|would|is to|was to|set to|expected to|due to)\s+(?:last|run|take)\s+(?:for\s+)?|\ba span of\s+|\ba\s+)$/i;
/**
 * Words that say by themselves that a count of days is a deal's length: "a three-day swap",
 * "wrapped up three-day exchange", "four days in all" (in a sentence about the exchange).
 */
export const DURATION_SELF =
  /^(?:-day\s+(?:prisoner\s+)?(?:exchange|swap|operation|deal)\b|\s+days\s+(?:in all|in total|altogether|all told)\b)/i;
export const NOT_DURATION =
  /\b(?:the|these|first|past|(?<!\b(?:will|shall|would|to|should|could|may|might)\s+)last|next|just|only|coming|following|previous)\s+$/i;

/** "A 30-day ceasefire", "an unconditional 60-day truce": the length of a ceasefire sought. */
export const CEASEFIRE_AFTER =
  /^-day\s+(?:(?:unconditional|full|complete|general)\s+)?(?:ceasefire|cease-fire|truce)\b/i;

/** Between a figure and the day told as its own: "390 each on Friday", "307 prisoners on each side, on Sunday", a fact box's "390 per side (23 May)" (a bracket opening on a day, not "(plus 15 wounded)"). */
export const FIGURE_THEN_DAY =
  /^\s*(?:(?:each|apiece|a side|per side|(?:from|on|for) each side|each way|in all|in total),?\s+)?(?:(?:were|was) (?:freed|released|swapped|exchanged|returned)\s+|came home\s+|crossed\s+)?(?:on\s+|\((?=(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{1,2}[\s./-]*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))))/i;

/** "The first direct talks", "only the second face-to-face meeting": which round of talks. */
export const TALKS_ROUND =
  /\b(first|second|1st|2nd)\s+(?:round\s+of\s+)?(?:direct|face-to-face|in-person)\s+(?:meeting|talks|negotiations?|encounter|round|contacts?)\b/gi;

/** "The first direct talks since March 2023", "last met face to face in March 2023": the month. */
export const TALKS_SINCE =
  /\b(?:first\s+(?:round\s+of\s+)?(?:direct|face-to-face|in-person)\s+(?:talks|negotiations?|meeting|contacts?)\b[^.;]{0,40}?\bsince|last\s+(?:met|held\s+(?:direct\s+)?talks|talked)\s+(?:face[- ]to[- ]face\s+|directly\s+|in person\s+)?in)\s+(?:early\s+|late\s+)?((?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+of)?\s+(?:19|20)\d\d|(?:19|20)\d\d)\b/gi;

/** "The first direct talks in more than three years": how long since the last direct talks. */
export const TALKS_GAP =
  /\bfirst\s+(?:round\s+of\s+)?(?:direct|face-to-face|in-person)\s+(?:talks|negotiations?|meeting|contacts?)\b[^.;]{0,50}?\bin\s+(?:(more than|over|nearly|almost|about|some)\s+)?(\w+)\s+(?:years?|yrs?)\b/gi;
/**
 * The same gap told from the count: "three years since the two sides last held direct talks",
 * "4 — years since the previous direct talks" (a card's line), "2 years since they last talked
 * face to face".
 */
export const TALKS_GAP_SINCE =
  /(?<![\d,.])(?:(more than|over|nearly|almost|about|some)\s+)?\b(\w+)\s*(?:[—–:-]\s*)?(?:years?|yrs?)\s+since\s+(?:[\p{L}'’-]+\s+){0,4}?(?:last|previous|previously)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:(?:direct|face[- ]to[- ]face|in-person)\s+(?:talks|negotiations?|meeting|contacts?)|(?:talked|met|spoke)\s+(?:directly|face[- ]to[- ]face|in person))\b/giu;

/**
 * Bodies whose founding the store may hold, by the words that name them, and the verbs that say
 * one was set up: "the Coordination Headquarters, set up in March 2023".
 */
export const FOUNDED_BODIES: readonly { event: string; name: RegExp }[] = [
  {
    event: "founding-coordination-hq",
    name: /\bcoordination (?:headquarters|hq|staff)\b/i,
  },
];
export const FOUNDED_VERB =
  /\b(?:created|established|set up|founded|formed|launched|set-up|creation|establishment)\b/i;

/**
 * Days only: words that say a swap happened, beyond the event cues ("crossed", "came back",
 * "changed hands"). A day in a clause that also gives a count ("after 390 each on Friday",
 * "three hundred and three on Sunday") is that swap's day when its sentence says one of these.
 */
export const DAY_SWAP_WORDS =
  /\b(?:exchang\w*|swap\w*|freed|releas\w*|return\w*|handed (?:over|back)|hand-?overs?|came (?:home|back)|come (?:home|back)|brought (?:home|back)|crossed|changed hands|traded|got back|went home|(?:went|go|going) each way|each|apiece|a side|prisoners?|pows?|captives?)\b/i;
/** A count in the clause: digits, or a number in words. */
export const DAY_COUNT =
  /\d|\b(?:hundred|thousand|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b/i;

/**
 * Which wave of a deal: "the second wave", "third and final group", "2nd leg", "on the third day
 * of the exchange", "its fourth day", "swap 307 each on second day". A day or a round counts
 * only as the swap's ("of the swap", "its", "the exchange's", or "on" it in a sentence about a
 * swap); a round of talks is not a wave.
 */
export const WAVE_ORDINAL =
  /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)(?:\s+and\s+(?:final|last))?\s+(?:(wave|stage|leg|phase|batch|group|tranche|convoy)s?\b|(day|round)\b(?=\s+of\s+(?:the\s+|this\s+)?(?:[\p{L}-]+\s+){0,2}?(?:exchange|swap|deal|operation|handover|trade)s?\b)|(?<=\b(?:its|(?:swap|exchange|deal|operation)['’]s)\s+\S+\s+)(day|round)\b|(?<=\bon\s+(?:the\s+)?\S+\s+)(day)\b(?!\s+of\b))/giu;
/** After a wave's ordinal, words that make it another thing's: "the second round of talks". */
export const WAVE_ORDINAL_NOT =
  /^\s*(?:of\s+(?:the\s+)?(?:direct\s+)?(?:talks|negotiations|war|invasion|fighting|ceasefire|delegations?|attacks?|strikes?|drones?|missiles?|shelling|sanctions?))\b/i;

/**
 * A day as spoken copy says it: "March ninth", "May twenty-second", "January third, 2024". The
 * month is capitalised and the ordinal stands alone, so "they may first ask" is no day.
 */
export const SPELLED_DAY =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:the\s+)?((?:twenty|thirty)[- ]?)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)(?![-\w])/g;

/**
 * A sum written out in the copy: "390 + 307 + 303 = 1,000", "270 plus 120 is 390". Between two
 * parts, at most two short words (the part's day or noun: "390 fri + 307 sat") then the plus.
 */
export const SUM_JOINER = /^\s*(?:[\p{L}.'’]{1,14}\s+){0,2}?(?:\+|plus)\s*$/iu;
/** Between the last part and the sum: "=", "is", "makes", "comes to", "adds up to". */
export const SUM_EQUALS =
  /^\s*(?:[\p{L}.'’]{1,14}\s+){0,2}?(?:=|is|are|makes?|equals?|comes? to|gives?|totals?|adds? up to)\s*$/iu;

/**
 * Days ahead of a draft's date, told in a sentence about the swap's waves ("the rest are due on
 * Saturday and Monday", "the next group crosses tomorrow"): words that make it the waves'.
 */
export const AHEAD_WAVE =
  /\b(?:stages?|waves?|groups?|batch(?:es)?|legs?|phases?|handovers?|swaps?|exchanges?|the rest|remaining|prisoners|pows|captives|buses|cross(?:es)?|(?:be|get|go|come|coming) (?:home|back)|return\w*|releas\w*|freed|swapped|exchanged)\b/i;
/** …unless the sentence is about something else set for that day. */
export const AHEAD_NOT =
  /\b(?:talks|meet\w*|briefing|calls?|summit|ceasefire|draft|memorandum|vote|hearing|trial|court|sentenc\w*|visit|speech|conference|session|deadline)\b/i;
/** A day ahead told as the last wave's. */
export const AHEAD_LAST = /\b(?:last|final|finish\w*|complet\w*|end\w*|closing)\b/i;
/** A day ahead told as the next wave's. */
export const AHEAD_NEXT = /\b(?:next|tomorrow|another)\b/i;

/** Words of a count run on from a day ("697 home since Thursday", "the total since Friday"). */
export const SINCE_DAY_COUNT =
  /\b(?:home|back|crossed|total|tally|freed|released|returned|brought|waves?|stages?|exchanged|swapped|number|so far|cumulative(?:ly)?)\b/i;
