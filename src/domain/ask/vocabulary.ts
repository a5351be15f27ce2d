/**
 * The words a reporter's question is read by: what is asked (how many, when, who, which number,
 * is this right), the typing slips worth forgiving, and the relative days an archive can fix.
 * Data only; read.ts applies them. What is counted, for whom and over what span is read by the
 * fact-check's own reader (check/read/), so a question and a draft are read alike.
 */
import type { Counted, Measure, Side } from "../../store/schema.ts";

/** Slips a reporter on deadline makes, folded before anything is read. */
export const TYPOS: readonly [RegExp, string][] = [
  [/\bmnay\b/gi, "many"],
  [
    /\bhow much\b(?=\s+(?:\w+\s+)?(?:people|prisoners|civilians|ukrainians|russians|pows|came|were))/gi,
    "how many",
  ],
  [/\bcivs\b|\bciv(?:v)?ies\b/gi, "civilians"],
  // Wire shorthand: "hw many ukr POWs", "rus mod day1 servicemen cnt", "+civs?".
  [/\bhw\b/gi, "how"],
  // "The ombudsman w the 16k number": "w" for "with" before a noun phrase.
  [/\bw\/?(?= (?:the|his|her|their|that|this)\b)/gi, "with"],
  [/\b(?:btwn|betw)\b/gi, "between"],
  [/\bcnt\b/gi, "count"],
  [/\bnbr\b|\bnum\b/gi, "number"],
  [/\b(?:rus|ru|russian) mod\b/gi, "Russia's Defence Ministry"],
  [/\b(?:ukr|ua|ukrainian) mod\b/gi, "Ukraine's Defence Ministry"],
  [
    /\bukr\b(?=\s+(?:pows?|prisoners|soldiers|servicemen|civilians|people|side|total|returned|freed))/gi,
    "Ukrainian",
  ],
  [/\bukr\b/gi, "Ukraine"],
  [/\brus\b(?=\s+(?:pows?|prisoners|soldiers|servicemen|civilians|people))/gi, "Russian"],
  [/\bday(\d)\b/gi, "day $1"],
  // "The first four 2025 exchanges": the year's first exchanges, "of 2025" (a number of a year's
  // swaps with no "first", "the three 2025 swaps the table lists", is left as it is said).
  [
    /\b((?:first|last)\s+(?:two|three|four|five|six|\d))\s+((?:19|20)\d\d)\s+(exchanges|swaps)\b/gi,
    "$1 $3 of $2",
  ],
  // "After January 3 through September": the span between two points, its ends each read.
  [
    /\bafter ((?:the )?[\w,.' -]{3,30}?) (?:through|thru|until|till|up to|up until) (?=\S)/gi,
    "between $1 and ",
  ],
  // "The 1st wave", "2nd day": a wave by its place, written out as the other places are.
  [/\b1st (?=(?:wave|day|leg|stage|round)\b)/gi, "first "],
  [/\b2nd (?=(?:wave|day|leg|stage|round)\b)/gi, "second "],
  [/\b3rd (?=(?:wave|day|leg|stage|round)\b)/gi, "third "],
  // "Day 2 of the swap": the deal's second day, an ordinal, never a figure put to it.
  [/\bday 1 of\b/gi, "the first day of"],
  [/\bday 2 of\b/gi, "the second day of"],
  [/\bday 3 of\b/gi, "the third day of"],
  [/^\s*\+\s*/g, "and "],
  // "16k": sixteen thousand, written out so it is read as the figure it is.
  [/\b(\d{1,3})k\b/gi, "$1,000"],
  [/\bukr?ainains\b|\bukranians\b/gi, "Ukrainians"],
  [/\bpls\b|\bplease\b/gi, ""],
  [/\bwasnt\b/gi, "wasn't"],
  [/\bwhats\b/gi, "what's"],
  [/\bthats\b/gi, "that's"],
  [/\bn (?=ballistic|missiles|drones|civilians)/gi, "and "],
  // "Between the mid-2024 count n the sept one": "n" for "and" before "the".
  [/(?<=\S) n (?=the\b)/gi, " and "],
  [/\bjan\b\.?/gi, "January"],
  [/\bfeb\b\.?/gi, "February"],
  [/\bapr\b\.?/gi, "April"],
  [/\baug\b\.?/gi, "August"],
  [/\bsept?\b\.?(?=\s|$)/gi, "September"],
  [/\boct\b\.?/gi, "October"],
  [/\bnov\b\.?/gi, "November"],
  [/\bdec\b\.?/gi, "December"],
  [/\bteh\b/gi, "the"],
  [/\bw(?:ee)?k(?:e)?nd\b/gi, "weekend"],
  // "The two first days", "zelensky's 2 day number": the deal's first two days.
  [/\b(?:the )?two first days\b/gi, "the first two days"],
  [/\b(?:2|two)[- ]day (?=(?:number|figure|total|tally|count)\b)/gi, "first two days "],
  [/\bsince-(?=(?:19|20)?\d\d\b)/gi, "since "],
  // "Since 22", "home since 14": a year cut to two digits after "since", no month after it.
  [
    /\bsince (1[4-9]|2[0-6])\b(?!\s*(?:st|nd|rd|th|of\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|[,.]?\d))/gi,
    "since 20$1",
  ],
  [/\bwhos\b/gi, "who's"],
  // "How many in the end": in all, as it turned out; never the last wave ("at the end").
  [/\bin the end\b(?!\s+of\b)/gi, "in all"],
  // "And how many in uniform?": the servicemen, as the sources count them.
  [/\b(?:people |those |men )?in uniform\b/gi, "servicemen"],
  // "'The swap began on a Friday' – ?": copy quoted and a bare question mark, a check.
  [/^\s*(['‘"“][^'’"”]{3,}['’"”])\s*[-–—:]*\s*\?\s*$/g, "$1 – right?"],
  // "How many own people Russia has returned": the people who came home to that side.
  [
    /\bown (?:people|citizens|nationals|soldiers|servicemen|pows) (?:did |has |have |had )?(?:russia|moscow) (?:has |have |had )?(?:returned|got back|brought (?:back|home))\b/gi,
    "Russians came home",
  ],
  // "Which by count is the exchange …": a place in the series, said as another language says it.
  [/\bwhich by (?:count|number|order)\b/gi, "which number"],
  // "Civs vs soldiers Russia got back, ratio?": the ratio asked last, of the two set against
  // each other before it.
  [
    /^(.*?)\b([a-z]+) (?:vs\.?|versus) ([a-z]+)\b([^?]*?)[\s,;:–—-]*(?:the\s+|a\s+)?ratio\b[^?]*\??\s*$/i,
    "$1ratio of $2 to $3$4?",
  ],
];

/**
 * Question words a slip may hide ("wen was the 49th swap", "mediatr for may 6"): a word one edit
 * (a letter added, dropped, changed, or two swapped) from exactly one of these is read as it.
 * Only words of four letters or more are folded, and never a real word in NOT_SLIPS.
 */
export const SLIP_TARGETS: readonly string[] = [
  "when",
  "where",
  "which",
  "date",
  "mediator",
  "mediated",
  "mediation",
  "brokered",
  "broker",
  "oversaw",
  "oversee",
  "overseeing",
  "delegation",
  // The story's own nouns and verbs, typed in a hurry ("exchnage", "civilans", "relased"); each
  // real word one edit from another target is a target itself, so it is read as written.
  "exchange",
  "exchanges",
  "exchanged",
  "prisoner",
  "prisoners",
  "civilian",
  "civilians",
  "soldier",
  "soldiers",
  "released",
  "returned",
  // The deal's days and waves as a follow-up names them ("and secnd day", "thrid wave").
  "second",
  "third",
];
/** Real words one edit from a slip target: read as written. */
export const NOT_SLIPS: ReadonlySet<string> = new Set([
  "then",
  "those",
  "whole",
  "were",
  "here",
  "there",
  "whom",
  "what",
  "whey",
  "whew",
  "wren",
  "wheel",
  "whence",
  "whale",
  "whine",
  "white",
  "witch",
  "whiff",
  "data",
  "dated",
  "dates",
  "dare",
  "daze",
  "dote",
  "late",
  "gate",
  "fate",
  "hate",
  "mate",
  "rate",
  "sate",
  "kate",
  "dale",
  "dame",
  "dane",
  "mediators",
  "mediates",
  "brokers",
  "broken",
  "oversees",
  "overseen",
  "delegations",
]);

export type Asked = "figure" | "date" | "name" | "ordinal" | "check";

/** "Is it right that …", "did 307 come back …": a claim put to the store. */
export const CHECK_LEAD =
  /^(?:(?:check|verify|fact-?check)\s*[:–—-]|(?:so\s+)?is it (?:right|true|correct|accurate)(?: that)?|is it the case that|(?:our |the )?(?:copy|draft|story|script|strap|caption|headline)(?: (?:says|has|reads|calls))?(?: that)?\s*:?|we (?:have|say|wrote|write|are running|ran)(?: that)?\s*:?|can we (?:call|say|write|run|use)(?: that)?|can you confirm(?: that)?|confirm(?: that)?|(?:is|was|were|did|does|do|has|have|had) )/i;
/** "Confirmed by both sides", "both sides say so": who vouches for a figure, not whose it is. */
export const VOUCHED_BY =
  /\b(?:confirm\w*|verif\w*|acknowledged|reported|stated|backed) by (?:both sides|both|each side|the two sides)\b|\b(?:both sides|the two sides) (?:have |had |has )?(?:confirm|verif|acknowledg|agree)\w*\b/gi;
export const CHECK_TAIL =
  /(?:[,.]?\s*-?\s*(?:(?:is|does|do) (?:that|this|it|they) (?:right|correct|true|accurate|add up|check out|stand up|hold up|match|tally)|(?:the )?(?:right|correct) (?:figure|number|date|day|person|speaker|name)|that right|right|correct|true|ok|okay|yes|no|confirm|confirmed(?: by (?:both sides|each side|(?:kyiv|moscow|ukraine|russia)(?: and (?:kyiv|moscow|ukraine|russia))?))?|check|good|fine|accurate|safe|is that what the sources say|(?:do|does|did) (?:our|the) sources (?:back|support|bear out|say) (?:that|this|it)(?: up)?|(?:are|is) we (?:ok|okay|fine|right)|(?:can|could) (?:we|i) (?:run|say|use|keep|leave) (?:that|this|it)|(?:is (?:it|that|this) )?(?:ok|okay|fine|safe|good) to (?:keep|run|use|leave|print|go with)(?: (?:it|that|this|in))?|y\/n|yes or no|true or false|not the other way (?:a)?round)\s*\??\s*)$/i;
/** "Is there a running tally that covers …?", "any count of …?": whether a figure is held, asked as the figure. */
export const EXISTS_ASKED =
  /^(?:so\s+)?(?:is|are|was|were) there (?:a|an|any|one)\b[^?]*\b(?:count|total|tally|figure|number|estimate)s?\b/i;
/** "Is the 4,552 figure right?": a figure checked with nothing else said of it. */
export const FIGURE_CHECK =
  /^(?:is|was)\s+(?:the\s+)?(?:figure\s+(?:of\s+)?)?([\d,.]+)(?:\s+(?:figure|number|total|count))?\s+(?:right|correct|accurate|true)\b/i;

/** "The first or the second direct meeting …": a place in a series asked as an either/or. */
export const EITHER_ORDINAL =
  /\b(?:first|second|third|fourth|fifth)\s+or\s+(?:the\s+)?(?:first|second|third|fourth|fifth)\s+(?:direct\s+|face-to-face\s+)?(?:meeting|talks|negotiations?|round|exchange|swap|wave|day|leg|stage)\b|\b(?:first|second|third|fourth|fifth),\s*(?:the\s+)?(?:first|second|third|fourth|fifth),?\s+or\s+(?:the\s+)?(?:first|second|third|fourth|fifth|last)\b/i;
/**
 * A place in a series asked ("… which leg of the exchange, for the kicker?", "which round of
 * direct talks since the invasion"): the last of these needs no verb after it, as a desk's note
 * leaves one out; a figure given for it would be a wrong answer.
 */
export const ORDINAL_ASKED =
  /\bday (?:what|which) of (?:the |that |this )?(?:exchange|swap|deal)\b|\b(?:order|serial|sequence|running) number\b|\b(?:no\.|number) (?:of|in|since) the (?:full-scale )?(?:war|invasion|conflict)\b|\b(?:first|second|third|fourth|fifth)\b.{0,80}\bor (?:(?:was|is) (?:it|that|this) )?(?:already |rather |actually |really |just )?(?:the )?(?:first|second|third|fourth|fifth)(?:\s+one)?\s*\?|\b(?:first|second|third|fourth|fifth)\s+or\s+(?:the\s+)?(?:first|second|third|fourth|fifth)\s+(?:direct\s+|face-to-face\s+)?(?:meeting|talks|negotiations?|round|exchange|swap|wave|day|leg|stage)\b|\bwhich (?:wave|day|leg|stage|round|batch)\b.{0,40}\b(?:was|is|came|come|arrived|returned|were)\b|\bin which (?:wave|leg|stage|round|batch)\b|\b(?:first|second|third|fourth|fifth)\b.{0,60}\bor (?:the )?(?:first|second|third|fourth|fifth)\s*(?:one)?\s*\??\s*$|\bwhich (?:(?:19|20)\d\d(?:'s)?\s+)?(?:exchange|swap) (?:number|was)|\bwhat number\b(?!\s+(?:goes|go|should|do we|to use|for the|on the|would|to put|we use|(?:does|did|do) (?:\S+\s+){1,3}?(?:give|gives|cite|cites|put|puts|quote|quotes|report|reports|say|says)\b))|\bwhich (?:one|number)\b(?! is (?:it|right|correct|true|accurate)\b)|\bwhich (?:wave|day|leg|stage) (?:of the exchange )?(?:was|is)\b|\bwhich (?:exchange|swap|direct meeting|meeting)\b.*\bwas\b|\bwhat (?:exchange|swap) number\b|\bwhich (?:wave|leg|stage|round) (?:does|did|do) (?:\S+\s+){1,4}?(?:cover|report|describe)\w*\b|\b(?:exchange|swap) (?:number|no\.?) (?:what|which)\b|^(?:the )?(?:exchange|swap) number\b|\b(?:was|is|were)\s+(?:which|what) (?:wave|leg|stage|round|batch)\b|\b(?:which|what) (?:wave|leg|stage|round|batch) (?:number|no\.?)(?!\w)|\b(?:was|is|were)\s+(?:which|what) day of (?:the |that |this )?(?:(?:big|whole|main|large|1,000-for-1,000)\s+)?(?:exchange|swap|deal)\b|=\s*(?:which|what) (?:wave|leg|stage|round|batch|day)\b|\bn-?th\b|\b(?:exchange|swap) no\.|\bwhat number (?:does|did|do) .{1,60}?\bgives? (?:the|that|this) (?:[\w.-]+ ){0,3}(?:swap|exchange)\b|\b(?:which|what) (?:exchange|swap)\b.{0,20}?\b(?:by|in) (?:order|sequence|number)\b|\b(?:was|is|were)\s+which (?:exchange|swap|one)\b|\bwhich (?:wave|leg|stage|round|batch) of (?:the |that |this )?(?:(?:big|main|1,000-for-1,000|direct|face-to-face|peace)\s+)?(?:exchange|swap|deal|talks|negotiations|meetings)\b/i;
export const DATE_ASKED =
  /\bwhat date (?:did|do|does|they|we|both)\b|\bagreed\b[^?]{0,40}\b(?:on|at) what date\b|\b(?:what|which) days\s*[?.!]*\s*$|\bdates? (?:for|of) the (?:other|remaining) (?:two|three|four|\d|ones?|exchanges|swaps)\b|\b(?:exact|precise)\s+(?:date|day)\b|\b(?:date|day)\s+(?:exact|precise)(?:ly)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+or\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b|\bdate\s*[-–:]|\b\d{1,2}(?:st|nd|rd|th)\s+or\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}(?:st|nd|rd|th)?\s+or\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|^(?:when\b|what (?:date|day)\b|which (?:date|day)\b|in which date\b|(?:on|at) (?:what|which) (?:date|day)s?\b|\b(?:what|which)(?:'s| was| is| were| are) the (?:date|day)s?\b|(?:the )?date of\b)|\bdate\s*\?|\bdate pls\b|\bdates? for (?:the|our|my|this|that) [\w-]+\s*[.!?]*\s*$|\bdates?\s*[.!?]*\s*$|\b- date\b|\bwhen (?:exactly |precisely )?(?:was|did|were|had)\b|\b(?:in |on )?(?:which|what) (?:month|year|month and year|year and month|day of the week|weekday|day of week)\b|\b(?:wondering|wonder|know|tell me|remind me|find out|asking|sure|remember|recall|check)\s+when\b|\bin (?:which|what) (?:date|day)\b(?! of (?:the |that |this )?(?:exchange|swap|deal|talks)\b)|\b(?:which|what) (?:['‘’"]as of['‘’"] )?date (?:goes|go|should go|do (?:i|we) (?:put|use))\b/i;
export const NAME_ASKED =
  /\bby-?line\b|^(?:who(?:'s|se)?\b|which (?:sources?|outlets?|papers?|articles?|reports?|stor(?:y|ies)|country|countries)\b|which (?:\w+ )?(?:body|bodies|agency|organi[sz]ation|office|ministry|minister|official|person|palace|city|town|country|negotiator|spokes(?:man|woman|person)|institute|institution|think[- ]tank|foundation|university)\b|what (?:\w+ )?(?:palace|building|venue)\b|where\b|what'?s (?:his|her|their) (?:job|name|role)|he is (?:a )?minister of which)|\b(?:name|who)\s*\?\s*$|\b(?:taken|transferred|sent|moved|brought|flown)\s+(?:to\s+)?where\b|\bwho\b|\bname\b|\bthe guy\b|\bwhich (?:\w+ )?(?:body|bodies|agency|organi[sz]ation|office|ministry|official|person|palace|city|town|country|institute|institution|think[- ]tank|foundation|university)\b/i;
export const FIGURE_ASKED =
  /\bhow (?:many|much|long)\b|\bnumber of\b|\bwhat (?:was|is) the (?:total|figure|number|count)\b|\bcount\b|\?$/i;

/** "The smallest of the three waves", "the biggest day": one of a deal's waves, by its size. */
export const EXTREME_WAVE =
  /\b(smallest|largest|biggest|fewest|most|least)\b(?:\s+\w+){0,4}?\s+(?:of the (?:three |3 )?)?(?:waves?|days?|stages?|legs?|batch(?:es)?|rounds?)\b|\b(?:wave|day|stage|leg|batch|round)\b[^?.]{0,20}\b(smallest|largest|biggest)\b/i;

/** Both sides named as such, not a bare "total". */
export const BOTH_SIDES =
  /\bboth (?:sides|ways|countries|directions)\b|\beach side\b|\b(?:two|2) sides\b|\bcombined\b|\bin both directions\b|\ball together\b/i;

/** "What happened on May 22?": the events of a day, whatever their kind. */
export const WHAT_HAPPENED =
  /^(?:so\s+)?what (?:happened|took place|went on|was (?:there|going on)|(?:else )?happened)\b|^(?:anything|something) (?:happen|happened)\b/i;

/** "Para 3:", "graf 2 -", "line 14,": where in the copy, never a figure of the question. */
export const WHERE_IN_COPY =
  /^(?:in\s+)?(?:para(?:graph)?|graf|par|line|sentence|page|p\.|pg\.?|caption|headline|hed|standfirst|dek)\s*\d+\s*[:.,;)-]+\s*/i;

/** "Why did …", "what was the reason …": a reason, which no stored fact gives. */
export const WHY_ASKED =
  /^(?:(?:but|and|so)\s+)?(?:why\b|for what reason\b|what (?:was|is) the reason\b|how come\b|what (?:prompted|triggered|caused|sparked|led to|pushed|drove)\b)/i;

/** "Were they all POWs?", "any civilians among them?": who made up a wave, not how many. */
export const COMPOSITION_ASKED =
  /\ball\b[^?]{0,50}\b(?:pows?|prisoners of war|soldiers?|servicem[ae]n|military|troops|combatants|service ?members)\b|\b(?:pows?|prisoners of war|soldiers|servicemen)\b[^?]{0,15}\ball\b|\bonly (?:pows?|prisoners of war|soldiers|servicemen|military)\b|\bany civilians\b|\bcivil(?:ian)?s? (?:among|included|too|as well|also)\b/i;

/**
 * "The split for Russia's side — servicemen vs civilians", "soldiers and civilians": both parts
 * of a side's figure asked at once.
 */
export const SPLIT_ASKED =
  /\b(?:split|breakdown|broken down|break down)\b(?!\s+by (?:day|wave))|\b(?:servicemen|soldiers|pows?|military|troops)\s+(?:vs\.?|versus|and|\/|or)\s+civilians\b|\bcivilians\s+(?:vs\.?|versus|and|\/|or)\s+(?:servicemen|soldiers|pows?|military|troops)\b/i;

/** Who is asked for, by the measure that stores it. */
export const NAME_MEASURES: readonly [RegExp, Measure][] = [
  [
    /\b(?:led|lead|leads|leading|head(?:ed|s|ing)?)\b.{0,30}\b(?:team|delegation|side)\b|\b(?:team|delegation)(?:'s)? (?:head|leader|chief)\b|\bheaded\b/i,
    "delegation-head",
  ],
  [/\bover(?:see|sees|seeing|saw|seen)\b|\bin charge of\b/i, "overseen-by"],
  [
    /\b(?:photo|photos|photograph|picture|pictured|image)\b.{0,120}\b(?:where|city|town|place|taken)\b|\b(?:where|which city|which town|what city)\b.{0,80}\b(?:photo|photograph|picture|pictured|image)\b/i,
    "pictured-in",
  ],
  // ("Caption: where was this taken?" is a photograph's place; "…? caption needs it", "for the
  // caption" say only where the answer goes.)
  [
    /^(?!.*\bcaption(?:'s|s)?\s+(?:says|reads|has|calls|needs|wants|writer|desk)\b)(?!.*\b(?:for|in|on) (?:the|our|my) caption\b).*(?:\bcaption\b.{0,120}\b(?:where|city|town|place|taken)\b|\b(?:where|which city|which town|what city)\b.{0,80}\bcaption\b)/i,
    "pictured-in",
  ],
  [
    /\b(?:where|which (?:country|city|place))\b.{0,60}\b(?:taken|transferred|sent|moved|brought|go|went|flown)\b|\b(?:taken|transferred|sent|moved|brought|flown)\s+(?:to\s+)?where\b|\b(?:taken|transferred|sent|moved|brought|flown|go|goes|went)\b.{0,20}\b(?:to|in|into) (?:which|what) (?:country|city|place)\b|\b(?:taken|transferred|sent|moved|brought|flown|go|goes|went|gone)\s+(?:somewhere|elsewhere)\b.{0,120}\bwhere\b/i,
    "taken-to",
  ],
  [/\bwhere\b.{0,40}\bagreed?\b|\bagreed where\b/i, "agreed-in"],
  [
    /\b(?:palace|building|venue)\b|\bwhere in (?:istanbul|turkey|t\u00fcrkiye)\b|\bwhere (?:were|was|did) (?:the )?(?:talks|meeting|negotiations?)\b/i,
    "venue",
  ],
  [
    /\bwho did (?:he|she|trump|they) (?:call|phone|ring|speak (?:to|with))\b|\b(?:call|phoned?|rang|spoke (?:to|with)) after\b|\b(?:he|she|trump|they) (?:called|phoned|rang|spoke (?:to|with)) who\b/i,
    "called",
  ],
  [/\b(?:mediat\w*|broker\w*|chair\w*|facilitat\w*|hosted)\b/i, "mediator"],
  [
    /\b(?:propos\w*|arrang\w*|initiat\w*|suggest\w*|call(?:ed)? for the (?:talks|meeting))\b/i,
    "initiator",
  ],
];
/** "Who says 4,552", "who reported the 270": who stands behind a stored figure. */
export const WHO_SAYS =
  /\b(?:who (?:(?:first )?(?:says|said|gives|gave|reported|reports|claims|claimed|counted|counts|numbered|numbers|puts|put|dates|dated)|is the source)|who(?:'s| is| was) behind|source (?:of|for|behind)|whose (?:figures?|claims?|counts?|numbers?|totals?|post|statement|words|quote|tweet|remark|comment)|whose (?:is|was) (?:it|that|this)\b|which (?:sources?|outlets?|reports?|papers?|articles?|stor(?:y|ies)|pieces?) (?:give|gives|say|says|report|reports|puts?|dates?|has|have|carr(?:y|ies|ied))|keeps? (?:the )?(?:\w+ )?(?:count|tally)|(?:number|figure|total|count|it|this|that) (?:is |comes? )?from who(?:m)?|which (?:organi[sz]ations?|bod(?:y|ies)|agenc(?:y|ies)|offices?|ministr(?:y|ies)) (?:give|gives|gave|says?|said|reports?|reported|puts?))\b/i;
/** The count of exchanges, asked as a thing someone keeps: "who keeps the exchange count". */
export const EXCHANGE_COUNT_ASKED =
  /\bexchanges? (?:count|tally|number)\b|\bcount of (?:the )?(?:exchanges|swaps)\b|\bkeeps? (?:the )?(?:\w+ )?(?:count|tally)\b/i;
export const WHO_WROTE =
  /\bwho wrote\b|\bby-?line\b|\b(?:anyone|anybody|who) else contribut\w*|\bauthor of\b/i;
export const WHO_ANNOUNCED = /\bwho announced\b/i;

/** What is counted, when the question's words say it more plainly than a draft would. */
export const COUNTED_WORDS: readonly [RegExp, Counted][] = [
  [/\bcivilians?\b/i, "civilians"],
  [/\bwounded\b/i, "wounded"],
  [/\b(?:children|kids|minors|child)\b/i, "children"],
  [/\b(?:drones?)\b/i, "drones"],
  [/\b(?:missiles?)\b/i, "missiles"],
  [
    /\b(?:pows?|prisoners of war|servicemen|soldiers|troops|military|service members)\b/i,
    "military",
  ],
  [
    /\bhow many (?:separate |different |individual |prisoner |previous |earlier )?(?:exchanges|swaps)\b|\b(?:tally|count|number) of (?:the )?(?:exchanges|swaps)\b|\b(?:in|over) how many (?:exchanges|swaps)\b|(?<!\b(?:through|in|via|by|from|under|across|over)(?: all)?(?: (?:the|those|these))? )\bexchanges (?:since|had)\b|\bexchanges were there\b|\b(?:exchange|swap)s? (?:count|tally)\b/i,
    "exchanges",
  ],
];

/**
 * "How many servicemen did Russia get back, as opposed to civilians?": the thing set against what
 * is asked is not asked; the clause is dropped before the question is read.
 */
export const CONTRAST =
  /,?\s*\b(?:as opposed to|rather than|instead of|not counting|excluding|leaving out|let alone)\b[^,?.;]*/gi;

/** For whom, when the question says it. */
export const SIDE_WORDS: readonly [RegExp, Side][] = [
  // "Each day", "each of the waves": not a side.
  [
    /\b(?:each side|per side|apiece|each(?! (?:day|wave|stage|leg|time|exchange|swap|round|one|of the (?:days|waves|three|exchanges|swaps))\b)|both ways)\b/i,
    "each",
  ],
  // "Both sides", said as such: both sides' figure, whatever else the words say ("came home").
  [/\b(?:both[- ]sides|two[- ]sides)\b/i, "total"],
  // Who let them go says where they went: released by Russia is returned to Ukraine.
  [
    /\b(?:russia|moscow|the russians|the russian side)(?:'s)? (?:(?:has|have|had|did) )?(?:releas(?:e|es|ed)|free[sd]?|freed|hand(?:s|ed)? (?:over|back)|gave back|give back)\b/i,
    "ukraine",
  ],
  [
    // ("Among the Ukrainians freed": people freed, after a preposition, not Ukraine freeing.)
    /\b(?<!\b(?:among|amongst|of|for|with|to|from) )(?:ukraine|kyiv|the ukrainians|the ukrainian side)(?:'s)? (?:(?:has|have|had|did) )?(?:releas(?:e|es|ed)|free[sd]?|freed|hand(?:s|ed)? (?:over|back)|gave back|give back)\b/i,
    "russia",
  ],
  // "Moscow has brought home 900 of its own", "Kyiv brought back …": who brings people home is
  // where they went (the bare "brought home" below is Ukraine's, the usual subject).
  [
    /\b(?:russia|moscow|the russians|the russian side)(?:'s)? (?:(?:has|have|had|did) )?(?:brought|brings?|bringing|repatriated|repatriates?|welcomed) (?:\w+ )?(?:home|back)\b/i,
    "russia",
  ],
  // "Russia's running total of its people returned": a count said to be Russia's own people.
  [
    /\brussia(?:'s)? (?:own )?(?:cumulative |running |overall )?(?:total|count|tally|number|figure)s? (?:of |for )?(?:its (?:own )?)?(?:people|citizens|servicemen|soldiers|prisoners|pows)\b/i,
    "russia",
  ],
  // "And Russia's wounded?", "Ukraine's civilians", "Ukraine's 390 returnees": a country's own
  // people, returned to it (a figure between names the same people).
  [
    /\b(?:russia|moscow)(?:'s|’s) (?:own )?(?:\d[\d,]* )?(?:wounded|injured|civilians|pows|soldiers|servicemen|prisoners|troops|returnees)\b/i,
    "russia",
  ],
  [
    /\b(?:ukraine|kyiv)(?:'s|’s) (?:own )?(?:\d[\d,]* )?(?:wounded|injured|civilians|pows|soldiers|servicemen|prisoners|troops|returnees)\b/i,
    "ukraine",
  ],
  // "Russia's running total of freed since 2022": a running total said to be Russia's.
  [
    /\brussia(?:'s|’s) (?:own )?(?:cumulative |running |overall )(?:total|count|tally)\b/i,
    "russia",
  ],
  // "RU side", "to RU", "RU running total": the abbreviation where the country's name would be.
  [
    /\b(?:back |returned |home )?to (?:russia|ru|rus)\b(?!\.)|\b(?:russia|ru|rus)(?:'s)? (?:(?:has|have|had) )?(?:side|get|got|gotten|gets|received|receive)\b|\b(?:ru|rus)(?:'s)? (?:own )?(?:cumulative|running|overall) (?:total|count|tally)\b|\brussians?\b(?! (?:side )?(?:hold|held|detain))|\bmoscow (?:got|received)\b|\bfreed russians\b/i,
    "russia",
  ],
  // "What about Russia?", "same for Ukraine", "rus side?": a follow-up naming only the country.
  [
    /^(?:(?:and|what about|how about|same for|same|also|now)\s+)?(?:for\s+)?(?:the\s+)?(?:russia|rus|ru|moscow|russian)(?:'s)?(?:\s+side)?\s*\??\s*$/i,
    "russia",
  ],
  [
    /^(?:(?:and|what about|how about|same for|same|also|now)\s+)?(?:for\s+)?(?:the\s+)?(?:ukraine|ukr|ua|kyiv|ukrainian)(?:'s)?(?:\s+side)?\s*\??\s*$/i,
    "ukraine",
  ],
  [
    /\bukrain\w*(?:'s)? (?:(?:has|have|had) )?(?:side|get|got|gotten|gets|received)\b|\b(?:back|returned|home) to (?:ukraine|ua|ukr)\b|\bukrainians?\b|\bcame home\b|\bcome home\b|\bcoming home\b|\bbrought home\b|\breturned home\b|\bhome\b|\bkyiv got\b/i,
    "ukraine",
  ],
  // "So total?", "and combined?": a follow-up asking only both sides' figure.
  [
    /^(?:(?:and|so|then|ok|okay|what about|how about|what's|what is)\s+)*(?:the\s+)?(?:total|combined|sum|both(?: sides)?|overall)\s*\??\s*$/i,
    "total",
  ],
  [
    // "In all of this", "in all the swaps": the story as a whole, not both sides' figure.
    /\b(?:in total|in all(?! (?:of|this|that|these|those|the)\b)|all together|altogether|combined|both sides|two sides|total number)\b/i,
    "total",
  ],
];

/**
 * "Wounded included", "counting the wounded": the main figure with the wounded exchanged on top
 * of it (the store's figures keep them apart, as the sources do: "246 POWs … Additionally, 31
 * wounded"). Not "and the wounded?", which asks the wounded alone.
 */
export const WITH_WOUNDED =
  /\b(?:wounded|injured) (?:included|too|as well)\b|\b(?:wounded|injured) (?:are|is|were|get|got) (?:counted|included|added)(?: in)?\b|\b(?:including|incl\.?|counting|plus|with) (?:the |its |their |all the )?(?:wounded|injured)\b/i;
/** "Without counting the wounded", "excluding the injured": the main figure alone. */
export const WITHOUT_WOUNDED =
  /\b(?:without|not|excluding|excl\.?|minus|leaving out|leave out|except(?: for)?)\s+(?:counting\s+|including\s+|incl\.?\s+)?(?:the\s+|its\s+|their\s+)?(?:wounded|injured)\b|\b(?:wounded|injured) (?:excluded|not (?:included|counted)|left out|aside)\b/i;

/** "For each day of the deal", "day by day", "wave by wave": one figure for each of its waves. */
export const PER_DAY =
  /\b(?:for |on )?(?:each|every|per) (?:day|wave|stage|leg)\b|\beach (?:day|wave)'s\b|\b(?:day|wave)[- ]by[- ](?:day|wave)\b|\b(?:broken down|breakdown|split) by (?:day|wave)\b/i;

/** Running totals, asked as of a day. */
export const RUNNING =
  /\brunning (?:total|tally|count)\b|\bcumulative\b|\bsince (?:2022|the (?:full[- ]scale )?invasion|the war|february 2022|march 2022)\b|\bby (?:mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|mid)\b|\bbefore the (?:(?:big|1,?000|largest|biggest|thousand-for-thousand|1,?000-for-1,?000) )+(?:swap|exchange)\b|\bin total before\b|\blatest count\b|\bso far\b|\b(?:freed|released|returned|home|back|exchanged|swapped)\s+(?:by|up to|until) (?:then|that (?:day|point|time|date))\b|\bnow\b|\bhad (?:come|been) (?:home|brought|freed|returned)\b|\bheld\b|\bdetained\b|\bhold\b/i;
/** ("Does that hold together?", "hold up", "hold water" hold no one.) */
export const HELD =
  /\b(?:held|detained|in captivity|still (?:in )?captive)\b|\bhold(?:s|ing)?\b(?!\s+(?:together|up|water|true|good))/i;
/** Within the deal: "under the 1000 deal by saturday night", "after the first two days". */
export const DEAL_SO_FAR =
  /\b(?:first (?:two|2) days|after (?:the )?(?:first )?(?:two|2) days|by (?:saturday|the second day)|in (?:just )?(?:these |the first )?two days)\b/i;
/**
 * "The running total after day two", "the cumulative figure by the Saturday": a tally said up to
 * one of the deal's own waves is the deal so far, not the war's running total (unless the war is
 * named: "since 2022").
 */
export const TALLY_WORDS =
  /\brunning (?:total|tally|count)\b|\bcumulative\b|\bso far\b|\bin total\b|\btally\b|\baltogether\b|\btotal (?:home|back|freed|released|returned|swapped|exchanged)\b/i;
export const TO_WAVE =
  /\b(?:after|by|through|up to|until|as of|(?:at|to|by) (?:the )?(?:end|close) of)\s+(?:on\s+)?(?:the\s+)?(?:(?:first|second|third|last|final|1st|2nd|3rd)\s+(?:day|wave|leg|stage)|day\s+(?:one|two|three|1|2|3)|friday|saturday|sunday|fri|sat|sun)\b|(?:^|[.:;!?]\s*)(?:and\s+)?(?:at\s+)?(?:the\s+)?(?:end|close) of\s+(?:the\s+)?(?:(?:first|second|third|last|final|1st|2nd|3rd)\s+(?:day|wave|leg|stage)|day\s+(?:one|two|three|1|2|3)|friday|saturday|sunday)\b/i;
/** "Had been swapped by the end of day two": up to the end of a wave is the deal so far, tally word or none. */
/** A running total that takes in a span or an event whole: it is counted as of its last day. */
export const TAKES_IN =
  /\b(?:includ(?:es?|ing)|cover(?:s|ing)?|tak(?:es?|ing) in|account(?:s|ing)? for|reflect(?:s|ing)?)\b/i;
/** "Were home", "had come home" by a time: a state reached, everyone home by then, not one day's count. */
export const HOME_STATE =
  /\b(?:were|was|are|is|had been|had come|had got(?:ten)?|had returned|had made it)\s+(?:back\s+)?home\b/i;
/** "Home after that day", "by the end of that day", "by then": up to the day the thread named. */
export const TO_THAT_DAY =
  /\b(?:after|by|through|up to|as of|(?:at|by) (?:the )?(?:end|close) of)\s+(?:that|this|the same)\s+(?:day|wave|leg|stage)\b|\bby (?:then|that (?:point|stage|time))\b/i;
/** "After all 3 waves", "once all three legs were done": the whole deal behind the asker. */
export const AFTER_ALL_WAVES =
  /\b(?:after|once|when|by the end of|at the end of)\s+all\s+(?:the\s+)?(?:three|3)\s+(?:waves|legs|days|stages|rounds|batches)\b/i;
export const BY_END_OF = /\b(?:by|at|as of) (?:the )?(?:end|close) of\b/i;
/** "As of end of May 24", "through the 24th": up to a day, which within a named deal is the deal so far. */
export const TO_DAY =
  /\b(?:after|by|through|up to|until|as of|(?:at|to|by|as of) (?:the )?(?:end|close) of)\s+(?:the\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,2}(?:st|nd|rd|th))\b/i;
/** The deal named as such, not any swap: "the 1,000-for-1,000", "the thousand-for-thousand deal". */
export const DEAL_NAMED =
  /\b1,?000[- ]for[- ]1,?000\b|\bthousand[- ]for[- ]thousand\b|\b(?:the|this|that) deal\b|\bthe (?:big|biggest|largest) (?:swap|exchange)\b/i;
export const SINCE_WAR = /\bsince\b|\b2022\b|\binvasion\b|\bthe war\b/i;
/**
 * "Since the war began", "since the start of the invasion": the running total's starting point
 * (February 2022), never the first day of a deal ("began", "start" said of the war, not a swap).
 */
export const WAR_BEGAN =
  /\bsince (?:the (?:full-scale )?(?:war|invasion|conflict|fighting)|russia'?s (?:full-scale )?invasion)(?: (?:began|begun|started|broke out|kicked off))?(?: in (?:(?:late )?february )?2022)?\b|\bsince the (?:start|beginning|outbreak) of (?:the )?(?:full-scale )?(?:war|invasion|conflict)(?: in (?:(?:late )?february )?2022)?\b/gi;
/** "When did the invasion begin": the war's start, said with a verb a wave's start also takes. */
export const WAR_VERB =
  /\b((?:full-scale )?(?:war|invasion|conflict|fighting)) (?:began|begin|begins|started|start|starts|broke out|kicked off)\b/gi;
export const REMAINING =
  /\b(?:still (?:to come|left|to be)|left to come|were still left|remain(?:ed|ing)?|yet to come|to go)\b/i;
export const DIFFERENCE =
  /\bhow many (?:[a-z]+ )?more\b|\bhow many [a-z]+ fewer\b|\bdifference\b|\bchange (?:in|between)\b|\bminus\b|\bsubtract(?:ed|ing)?\b|\bdiff\b|\bgap\b|\bhow (?:much|many) (?:bigger|larger|smaller|more|less|fewer|higher|lower|greater|above|below)\b|\bhow far apart\b|\boutnumber(?:ed|s)?\b|^\s*by how (?:many|much)\b|\bgap between\b|\b(?:bigger|larger|smaller|more|less|fewer|higher|lower)\b.{0,60}\bby how (?:many|much)\b|\bafter the .{0,40}\bcount\b.{0,40}\bup to\b|\b(?:add|adds|added|grow|grows|grew|rise|rises|rose|increase|increases|increased|gain|gains|gained|climb|climbs|climbed)\b[^?]{0,40}\bbetween\b/i;
/**
 * The day a running total is counted from, asked: "since when is it counted", "counted from
 * February or March 2022?", "when does that tally start counting".
 */
export const COUNT_START =
  /\b(?:counted|counting|tallied|reckoned)\s+(?:from|since)\s+(?:when|what|which)\b|\b(?:counted|counting|tallied|reckoned)\s+(?:from|since)\b[^?]*\bor\b|\bsince when\b|\bfrom when\b|\bstart(?:s|ed)? counting\b|\b(?:which|what) (?:start(?:ing)? )?(?:date|day|month|year|point)\b[^?]{0,60}\b(?:count|counts|counted|tally|tallies|reckon|reckons|run|runs) (?:from|since)\b|\b(?:which|what) start(?:ing)? (?:date|day|month|point)\b/i;
/** What sets the two counts of a difference apart: "HQ's latest minus the ombudsman's". */
export const COUNTS_APART: readonly RegExp[] = [
  /\bsubtract(?:ed|ing)?\b(.*?)\bfrom\b(.*)$/i,
  /^(.*?)\b(?:minus|than|against|vs\.?|versus|compared (?:to|with))\b(.*)$/i,
];
/** "Which was bigger, the April swap or the May 6 one?": two exchanges compared. */
export const COMPARE =
  /\b(?:bigger|larger|smaller|more people|biggest|largest)\b.*\b(?:than|or)\b|\b(?:than|or)\b.*\b(?:bigger|larger|smaller)\b/i;
/** "The earlier swaps", "other exchanges": no one event, so nothing named is meant. */
export const OTHER_SWAPS = /\b(?:earlier|previous|other|past) (?:swaps|exchanges)\b/i;

export const DAYS_COUNT =
  /\bhow many days\b|\bhow long did\b|\bover (?:how many|four|three|two|five) days\b|\brun over\b/i;
export const WAVES_COUNT = /\bhow many (?:waves|stages|legs)\b/i;
export const CEASEFIRE = /\bceasefire\b/i;

/**
 * "What share of the 1,000 came home on day one?", "the ratio of servicemen to civilians": a
 * share or ratio, which the store does not hold and the engine does not work out; never answered
 * with one of the counts it would come from.
 */
export const SHARE_ASKED =
  /\b(?:what|which|the)\s+(?:share|percentage|proportion|fraction|ratio|per ?cent(?:age)?)\b|\bas an? (?:percentage|share|proportion|fraction|ratio)\b|\bratio (?:of|between)\b|\bwhat ?%|\bin per ?cent\b|^\s*(?:and\s+|so\s+)?(?:the\s+)?(?:share|percentage|proportion|fraction|per ?cent(?:age)?) of\b|\bas an? ?%/i;
/** "Avg people per swap", "the mean per exchange": an average asked, worked out, never one stored count. */
export const AVERAGE_ASKED =
  /\b(?:avg|average|mean)\b(?:\s+[\w-]+){0,4}?\s+(?:per|each|a)\s+(?:swap|exchange|wave|day|side)\b|\bon average\b/i;
/** "The ratio of servicemen to civilians …": the two groups set against each other. */
export const RATIO_OF =
  /\bratio (?:of|between) (?:the )?([a-z][a-z -]*?) (?:to|and|against|versus|vs\.?) (?:the )?([a-z][a-z-]*)\b(?=\s+(?:in|among|on|for|of|that|who|russia|ukraine)\b|\s*[?,.]|$)/i;
/** "How many times bigger was X than Y?", "X times as large": a multiple asked. */
export const TIMES_ASKED =
  /\bhow many times\b|\btimes (?:bigger|larger|smaller|as (?:big|large|many))\b/i;
/** "What exact total do the per-side figures give?", "what do the two sides add up to?": a sum asked. */
export const EXACT_SUM =
  /\b(?:exact|precise|actual)\s+(?:total|sum|combined (?:total|figure|number))\b|\b(?:per-side|each side's|the two sides'?) figures\b.{0,30}\b(?:give|add up|make|come to)\b|\badd(?:s|ed)? up to\b/i;
/** The kind of missile a figure is said of: "14 cruise missiles", "ballistic missiles launched". */
export const WEAPON_KIND =
  /\b(cruise|ballistic|hypersonic|guided|anti-aircraft|air-launched|sea-launched)\s+missiles?\b/i;
/** A release denied: "the last 303 were never freed", "they weren't released". */
export const NEVER_FREED =
  /(?:\bnever|\bnot(?: yet)?|n't) (?:been )?(?:freed|released|returned|exchanged|swapped|handed over|sent home|come home|came home)\b/i;
/** Questions the store is not about at all. */
export const OFF_TOPIC = /\bweather\b|\bforecast\b|\bstock\b|\bfootball\b|\brecipe\b/i;
/** Things asked that no measure holds: said plainly, never guessed at. */
export const UNTRACKED =
  /\btime of (?:the )?day\b|\bwhat time\b|\bat what hour\b|\bhow many (?:swaps|exchanges)\b[^?]{0,40}\b(?:mediat|broker)\w*|\bsample(?: size)?\b|\brespondents\b|\bsurveyed\b|\bjournalists?\b|\bchildren\b|\bwomen\b|\bmedics?\b|\bdoctors?\b|\bbodies\b|\bcost\b|\bbuses\b|\bdeaths?\b|\bdied\b|\b(?:had|have|has) been (?:held|in captivity|imprisoned) since\b|\bkilled\b|\bdead\b|\bcasualt(?:y|ies)\b|\bfatalit(?:y|ies)\b|\binjuries\b|\b(?:regions?|oblasts?|cities|towns)\b[^.?!]{0,40}\b(?:hit|struck|attacked|damaged|targeted|shelled|bombed)\b|\b(?:hit|struck|attacked|damaged|targeted|shelled|bombed)\b[^.?!]{0,20}\b(?:regions?|oblasts?)\b/i;
/** Weight lost in captivity: a figure the store holds apart from the people counts. */
export const WEIGHT = /\bweigh\w*\b|\bpounds\b|\blbs?\b/i;
/** "When did Ukraine set up the coordination HQ": a body's founding. */
export const FOUNDED =
  /\b(?:set up|founded|founding|created|creation|established|formed|launched)\b/i;
/** "What's his job?", "whats her name": who a person named in the sources is. */
export const ROLE_ASKED =
  /\bwhat(?:'s| is| was) (?:[\w-]+ ){0,2}[\w-]+(?:'s|’s) (?:job|role|title|position|post)\b|\b(?:of|at|for|with|from) which (?:institute|institution|organi[sz]ation|body|agency|university|think tank|outlet|ministry)\b|\bwhich (?:institute|institution|think tank|university) (?:is|does|was)\b|\bwhat(?:'s| is| was) (?:his|her|their) (?:job|role|title|position|name)\b|\bwhat does (?:he|she) do\b|\b(?:his|her) name\b|^\s*(?:and\s+)?(?:\p{Lu}[\p{L}-]+\s+)?\p{Lu}[\p{L}-]+(?:'s|’s) (?:job|role|title|position|post)(?: then)?\s*[?.!]*\s*$|\bname\s*\?\s*$|\bwho is (?:the )?(?:analyst|ombudsman|press secretary|spokesman|aide)\b/iu;
/** "The only concrete result": what the talks produced. */
export const ONLY_OUTCOME = /\bonly (?:concrete|tangible|real) (?:result|outcome)\b/i;

/** "The day after the Istanbul talks", "a week after": days counted from a named event. */
export const OFFSET_DAYS: readonly [RegExp, number][] = [
  [/(?:\bthe |^|\bon )day after\b/i, 1],
  [/(?:\bthe |^|\bon )day before\b/i, -1],
  [/\ba week after\b|\bone week after\b/i, 7],
  [/\btwo days after\b/i, 2],
];

/** Days of a multi-day deal, by their place in it. */
export const WAVE_DAY: readonly [RegExp, "first" | "second" | "last"][] = [
  [
    /\b(?:first day|day one|day 1|first (?:wave|leg|stage)|opening (?:day|wave|leg)|the friday|kick(?:ed|s)? off|began|begin|begins|start(?:ed|s)?)\b/i,
    "first",
  ],
  [/\b(?:second day|day two|day 2|second (?:wave|leg|stage)|middle (?:day|wave|leg))\b/i, "second"],
  [
    /\b(?:last day|final day|third day|day three|day 3|(?:last|final|third) (?:wave|leg|stage)|wrap(?:ped)? up|finish(?:ed)?|end(?:ed)?(?! of (?:the )?(?:month|year|january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)\b)|conclude[d]?|final)\b/i,
    "last",
  ],
];
/** Waves named as such ("day one", "the third wave"), not by a verb ("began", "wrapped up"). */
export const WAVE_PLACE: readonly [RegExp, 0 | 1 | -1][] = [
  [
    /\b(?:first day|day one|day 1|first (?:wave|leg|stage)|opening (?:day|wave|leg)|(?:wave|leg|stage)[- ](?:1|one))\b/gi,
    0,
  ],
  [
    /\b(?:second day|day two|day 2|second (?:wave|leg|stage)|middle (?:day|wave|leg)|(?:wave|leg|stage)[- ](?:2|two))\b/gi,
    1,
  ],
  [
    /\b(?:last day|final day|third day|day three|day 3|(?:last|final|third) (?:wave|leg|stage)|(?:wave|leg|stage)[- ](?:3|three))\b/gi,
    -1,
  ],
];
/** "The first two waves", "the first 2 legs": the deal's first two days, as they are read. */
export const FIRST_TWO_WAVES =
  /\b(?:(?:first|opening) (?:two|2)|(?<=\b(?:after|by|over|in|through|from) (?:the )?)(?:two|2)) (?:waves|legs|stages|rounds|batches)\b/gi;
/**
 * Waves named with one noun for all ("waves 2 and 3", "days one and three", "the first and the
 * last wave"): written out one by one ("wave 2 and wave 3") so each is read as a wave.
 */
export const SHARED_WAVE_NOUN: readonly [RegExp, (...m: string[]) => string][] = [
  [
    /\b(wave|day|leg|stage)s\s+((?:1|2|3|one|two|three)(?:\s*(?:,|and|&|\+|plus)\s*(?:1|2|3|one|two|three))+)\b/gi,
    (_m, noun, list) =>
      (list.match(/\b(?:1|2|3|one|two|three)\b/gi) ?? []).map((n) => `${noun} ${n}`).join(" and "),
  ],
  [
    /\bthe (first|second|third|last|final) (and|or|vs\.?|versus) (?:the )?(first|second|third|last|final) (wave|day|leg|stage)s?\b/gi,
    (_m, a, join, b, noun) => `the ${a} ${noun} ${join} the ${b} ${noun}`,
  ],
];
export const WEEKEND = /\b(?:the )?weekend\b/i;
export const NOW =
  /\b(?:now|rn|right now|today|latest|currently|to date|so far|as of today|latest count)\b/i;
export const BEFORE_DEAL =
  /\bbefore the (?:(?:big|1,?000|largest|biggest|thousand-for-thousand|1,?000-for-1,?000) )+(?:swap|exchange)(?: started| began)?\b/i;
export const LAST_BEFORE_DEAL =
  /\b(?:last|previous|prior) (?:swap|exchange) before\b|\bswap before the\b|\bexchange before the\b/i;

/**
 * "And what running total did they give?", "does the same source say …": the source the answer
 * before cited, named by a pronoun or "the same source", with a verb of saying.
 */
export const SAME_SOURCE =
  /\b(?:(?:they|it|he|she|(?:the same|that|this) (?:source|outlet|report|paper|article))\s+(?:also\s+)?(?:say|says|said|give|gives|gave|report|reports|reported|put|puts|count|counts|counted|have|has|had|mention|mentions|mentioned|list|lists|listed)|(?:does|did|do) (?:the same (?:source|outlet|report)|that (?:source|outlet|report)|it|they|he|she) (?:also )?(?:give|say|report|have|mention|put|count|list))\b/i;

/** "Does the same source give how many POWs Russia holds?": whether a source gives a figure. */
export const SOURCE_GIVES =
  /^(?:and\s+)?(?:does|did|do)\s+(?:[\w.'’-]+\s+){1,4}?(?:also\s+)?(?:give|say|report|mention|list|have|put|count|offer)\s+(?:how many|a figure|a number|the number|any figure|a count)\b/i;

/** A follow-up: read against the question before it in the thread. */
export const FOLLOW_UP =
  /^(?:(?:ah|oh|hm+|great|thanks|cheers|ok(?:ay)?)\b[\s,!.\-–—]+)*(?:and|what about|how about|same for|same|also|so|then|ok(?:ay)?|and what|n|plus|minus|including|excluding|without)\b|\b(?:was|is|did|does|were|are) (?:it|that|they|those)\s*\??\s*$|^(?:over|in) how many\b|^(?:he|she|they|it|that)\b|\bthat (?:day|time)\b|\bthose\b|\b(?:the same|that one)\b|\b(?:this|that) (?:number|figure|total|count|tally)\b|^(?:at |by )?(?:the )?(?:end|close) of (?:the )?(?:day (?:one|two|three|[123])|(?:first|second|third|last) (?:day|wave))\s*\??\s*$/i;

/** A figure named with its own words in a check: "207" in "did 207 come back". */
export const SIDES_ORDER: readonly Side[] = ["each", "ukraine", "russia", "total"];

/** Future or planned things: answered only from what the store holds as planned. */
export const FUTURE =
  /\bnext (?:(?:direct|face-to-face|peace|in-person) )?(?:round|meeting|talks|swap|exchange|stage)\b|\bwill\b|\bwhen is\b|\bscheduled\b|\bupcoming\b|\bgoing to\b|\bare planned\b|\bplanned for\b/i;
/** "When was it agreed": the day it was agreed (the talks'), not the day it took place. */
export const AGREED =
  /\bagreed at (?:the )?(?:\w+ )?talks\b|\b(?:was|were|been|get|got)\b[^?]{0,60}\b(?:agreed|struck|sealed|negotiated)(?: (?:on|upon|to))?\s*\??\s*$|\bagree(?:d)? (?:on|to|upon) the (?:[\w,-]+ ){0,3}?(?:swap|exchange|deal)\b|\b(?:did|do|they|sides?|delegations?|negotiators?|when)\s+(?:\w+\s+)?agree(?:d)?\s+(?:on\s+|to\s+|upon\s+)?(?:the\s+)?(?:[\w,-]+\s+){0,4}?(?:swap|exchange|deal|for\s+(?:a\s+)?thousand|for-(?:a-)?thousand|\d[\d,]*-for-\d[\d,]*)(?!\w)/i;
/** The whole of a multi-day deal: "all up over the 3 days", "across the three days". */
export const WHOLE_DEAL =
  /\ball up\b|\b(?:3|three)[- ]days? (?:total|tally|sum)\b|\b(?:total|tally|sum) (?:for|of|over) (?:the |all )?(?:3|three) days\b|\b(?:over|across|in|during|for) (?:the |all |those |these )?(?:3|three) (?:days|legs|waves|stages|rounds)\b|\bthe (?:whole|entire) (?:swap|exchange|deal|thing|operation)\b/i;
/** As of the end of a year: "by the end of 2024". */
export const END_OF_YEAR = /\b(?:by|at|as of|until) (?:the )?(?:end|close) of ((?:19|20)\d\d)\b/i;
/** A year as a span counted within ("how many swaps in 2024"), not a running total "by" it. */
export const IN_YEAR =
  /\b(?:in|during|over|throughout)(?: all(?: of)?| the (?:whole|entire|full)| (?:whole|entire))?(?: the)?(?: year)? ((?:19|20)\d\d)\b/i;
/** Words that ask about a statement itself (who said it, when it was said), not what it promised. */
export const STATEMENT_ASKED =
  /\b(?:say|said|says|announce\w*|promis\w*|comment\w*|statement|remark\w*|mention\w*|pledg\w*|tweet\w*|post\w*)\b/i;
/** Words that ask for a figure: without them, a name, day or ordinal cue is never answered with one. */
export const FIGURE_CUE =
  /\bhow (?:many|much|long|far)\b|\bnumber of\b|\btotal\b|\bcount\b|\bfigure\b|\bsum\b|\bdifference\b/i;

/** "It was Smith who announced the deal": a name said to have done something, checked as "who …". */
export const CLEFT_NAME =
  /\bit (?:was|is|were) ((?:\p{Lu}[\p{L}-]+\s?){1,3}) (?:who|that) (.+?)\s*$/u;
/** Capitalised words that name no person or body: days, months, the desk's own words. */
export const KNOWN_CAPITALS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Copy|Intern|Draft|Headline|Caption|Story|Script|Check|Confirm|Please|Quick|Also|Then|That|This|Their|They|There|What|Which|When|Where|Who|Whose|Does|Did|Our|Yes|True|Right|Correct|Both|Each|Only|First|Second|Third|Last|Final)$/;
/**
 * A statement with a question mark: a subject, then a verb of being or doing, then more, and "?"
 * ("Reznikov is running the swap?", "307 came back on saturday?"), with no question word at all.
 */
export const DECLARATIVE_CHECK =
  /^(?!.*\b(?:how|what|which|when|who|whom|whose|where|why)\b)(?:[\w'’,:-]+\s+){1,8}(?:is|are|was|were|has|have|had|came|come|got|went|did|didn't|did not|wasn't|weren't|isn't|hasn't|haven't|won't|never|led|leads|runs|ran|announced|said|took|returned|freed|released|swapped|accepted|agreed|rejected|refused)(?![\w'’])[^?]*\S\s*\?\s*$/i;
export const WEEKDAY_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/** Words that date a thing and say nothing else of it: "the swap was held on Friday, May 23". */
export const DATING_WORDS =
  /^(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|held|took|place|happened|happen|happens|occurred|came|come|went|start|started|starts|began|begin|begins|kick|kicked|ended|ends|wrap|wrapped|finished|take|takes|swap|swaps|exchange|exchanges|deal|prisoner|prisoners|were|that|this|there|then|right|correct|true|yeah|intern|copy|says|check|date|dated|days|talks|meeting|call|called|phone|phoned|tweet|tweeted|announced|spoke|made|first|second|third|last|final|wave|leg|stage|what|about|actually|sure|think|really|just|still|also|early|late|mid|2022|2023|2024|2025)$/;
export const DAY_MONTH =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/** "What did Zelensky post on X", "what did the agency report": someone's words asked, not a figure. */
export const WORDS_ASKED =
  /^(?:(?:and|so|but)\s+)?what (?:did|does|do|has|have) (?:[\w.'’-]+\s+){1,4}?(?:say|post|write|tweet|report|tell|announce|claim|state)\b(?!\s+(?:about|of|for) (?:the )?(?:number|figure|total|count))/i;
/**
 * The words after "how many" the store can count (or that end the noun: a verb, a preposition):
 * any other plural there ("regions", "buses", "journalists") is a thing it holds no count of.
 */
export const COUNTED_NOUNS =
  /^(?:more|fewer|less|of|in|on|at|per|for|from|were|was|are|is|did|do|does|had|has|have|came|come|got|went|returned|freed|released|exactly|total|people|persons|prisoners?|pows?|captives|detainees|ukrainians?|russians?|civilians?|soldiers?|servicemen|servicemembers|troops|fighters|defenders|military|wounded|injured|children|kids|minors|women|men|drones?|missiles?|ballistic|strike|bodies|exchanges?|swaps?|releases|rounds?|days?|waves?|legs?|stages?|batch(?:es)?|times|years?|months?|weeks?|hours?|figures?|numbers?|sources?|outlets?|sides?|names?|those|these|them|they|the|of|each|all|in|returnees|returned|repatriated|nationals|citizens|individuals|servicemen|marines|officers|guardsmen|conscripts|mercenaries|foreigners|foreign|pow|pounds|lbs|kilograms|kilos|kg)$/;
/** "When did he brief on the deal": the verb of a briefing, read as the briefing it names. */
export const BRIEF_VERB =
  /\bbrief(?:ed|s)?\s+(?:(?:reporters|journalists|the press|the media)\s+)?(?=(?:on|about)\b)/gi;
/**
 * "… ? My colleague says Saturday.", "… ? I have 54 in my notes.": what someone holds, said after
 * the question is asked; the question is what is answered, the aside is not one of its words.
 */
export const ASIDE_AFTER =
  /(?<=\?)\s+(?:(?:my|our|a|the)\s+(?:colleague|editor|producer|desk|reporter|boss|co-?worker|sub|copy ?editor)s?\s+(?:says?|said|thinks?|thought|reckons?|believes?|told me|wrote)\b|i\s+(?:also\s+)?(?:wrote|have|had|put|used|noted|got|'ve got|saw)\b[^?]*\b(?:in|for|on)\s+my\s+(?:draft|notes|copy|piece|story|script|text)\b)[^?]*$/i;
/** Kinds of event a reporter may date that the store keeps none of as such. */
export const EVENT_NOUNS =
  /\b(?:briefing|press conference|presser|speech|address|interview|summit|visit|ceremony|funeral|hearing|vote|session)s?\b/i;
/** "How many days between the talks and the first wave": the days from one event to another. */
export const DAYS_BETWEEN =
  /\b(?:how (?:many days|long)|(?:number of )?days|time|weeks?)\b.*?\b(?:between|from)\s+(.+?)\s+(?:and|to|till|until)\s+(.+?)\s*\??\s*$/i;
/** "How many days after Istanbul did the swap start?": the days from one event to the other. */
export const DAYS_AFTER =
  /\bhow many (?:days|weeks)\s+(?:after|before|later than|earlier than)\s+(.+?)\s+(?:did|was|were|is|does|had|came|come)\s+(.+?)\s*\??\s*$/i;
/** "How many were freed in the days between …": a count of people asked, not of days. */
export const HOW_MANY_OF = /\bhow many (?!days\b|weeks\b)\w+/i;
/** "Which 2025 swap does the table call the 'largest swap since 2022'": an event by its description. */
export const DESCRIBED_AS =
  /\bwhich (?:(?:\d{4}|one|of the) )?(?:swap|exchange|wave|one|day|meeting)\b.*?\b(?:call|calls|called|describe[sd]?|label(?:s|led|ed)?|term(?:s|ed)?|dub(?:s|bed)?)\b[^'"“‘]*?(['"“‘])(.{6,}?)['"”’]/i;
/** "Who took the photo", "photo credit?": the photographer a source credits. */
export const PHOTO_CREDIT =
  /\bwho (?:took|shot|snapped|made)\b(?!.*\b(?:swap|exchange|prisoners?|pows?|part|over|place|proposal|offer|decision|call|announcement|statement|deal|agreement|suggestion|request|demand|claim)\b)|\bphotographer\b|\b(?:photo|pic|picture|image) credit\b|\bcredit (?:on|for|to) (?:the |that |this )?(?:photo|picture|image|pic|shot)\b|\bwho(?:'s| is) (?:the )?photo credited to\b|\bcredited (?:to|for) the (?:photo|picture|image)\b|\bwhose (?:is )?(?:the |that |this )?(?:photo|picture|image|pic)\b|\b(?:photo|picture|image|pic)\b[^?.]{0,40}\bwhose\b/i;
/** A photo's credit line in a source: "Paula Bronstein/Getty Images", "Credit: Name/Agency". */
export const CREDIT_LINE =
  /(?:Credit:\s*)?(\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,2})\/(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?)/gu;
/** A claim that says something did not happen: "so Putin didn't go?". */
export const NEGATED = /\b(?:didn't|did not|never|wasn't|weren't|not|skipped|stayed away)\b/i;
/** A role said of a person in a check: "Umerov is Ukraine's foreign minister". */
export const ROLE_CLAIMED =
  /((?:[\w'’-]+\s+){0,2})(minister|aide|spokes(?:man|woman|person)|press secretary|negotiator|analyst|ombudsman|president|secretary of state|adviser|advisor)\b/i;
/** Words before a role that say whose it is, not which: "Ukraine's", "the". */
export const ROLE_OWNER =
  /^(?:the|a|an|ukraine's|ukraine’s|ukrainian|russia's|russia’s|russian|kyiv's|moscow's|its|his|her|their|country's|is|was|as|still|now|current|then|u\.s\.|us)$/i;
/** Words quoted, said to be someone's: "the '…' line was Rubio's", "'…' was said by Peskov". */
export const ATTRIBUTED =
  /\b(?:line|quote|words|remark|phrase|comment|quip)\b.*\b(?:was|is|were)\s+[\w-]+(?:'s|’s)(?![\w])|\bsaid by\b|\battributed to\b|\b(?:was|is) (?:that|it) [\w-]+(?:'s|’s)(?![\w])|[\w-]+(?:'s|’s) (?:line|quote|words|remark|phrase|quip)\b/i;
/**
 * "Peskov said '…', right?", "did Zelensky say '…'", "it was Trump who called it '…'": a name
 * (capitalised: the reader keeps it only when it is a person the store names) and a verb of
 * saying just before the words quoted. Who said them is checked.
 */
export const SAID_QUOTED =
  /\b(\p{Lu}[\p{L}-]+)(?:\s+who)?\s+(?:(?:has|had|did|does)\s+)?(?:said|says?|called|calls?|told|tells|wrote|writes?|described|describes?|quipped|claimed)\b[^'"“‘]{0,40}?(['"“‘])([^"“”]{12,}?)['"”’](?=$|[\s?.,!;:)])/u;
/** "Peskov's phrase on the swap - '…'?": a person's words (owned, not said), quoted after. */
export const OWNED_QUOTE =
  /\b(\p{Lu}[\p{L}-]+)(?:'s|’s)\s+(?:line|quote|words|remark|phrase|quip|comment|description)\b[^'"“‘]{0,40}?(['"“‘])([^"“”]{12,}?)['"”’](?=$|[\s?.,!;:)])/u;
/** "What's the exact number?": the stored figure asked, whatever round one the copy has. */
export const EXACT_ASKED =
  /\bwhat(?:'s| is| was) the (?:exact|actual|precise|real) (?:number|figure|count|total)\b|\b(?:the )?exact (?:number|figure|count)\s*\??\s*$/i;
/**
 * Words asked that no stored fact may hold, answered from a passage of the sources when one
 * meets the question: "for what?", "which agency reported it?", "what did X call it",
 * "who is the saying attributed to", "what triggered the talks", "per X, who had to …".
 */
export const PASSAGE_ASKED =
  /^(?:(?:and|so|but)\s+)?(?:for what|what for)\b|\bwhich (?:agency|outlet|news agency|newspaper|wire)\b|\bwhat (?:did|does) (?:[\w.'’-]+\s+){1,3}(?:call|post|write|tweet|say|announce|tell)\b|\battributed to\b|\bwhat (?:triggered|prompted|caused|sparked)\b|\bwhose ultimatum\b|^(?:per|according to) [\w.'’-]+,? (?:who|what)\b/i;
/**
 * A name asked for words someone said, wrote or gave ("which official announced …", "who made
 * this statement", "which body gives the figure", "which institute warned"): a passage may hold it.
 */
export const SAID_BY_ASKED =
  /\b(?:said|says|say|announced?|announces|stated?|statement|warned?|warns|disclosed?|discloses|declared?|claimed?|told|wrote|writes|gives?|gave|published|quipped|remarked?|revealed?|made (?:this|that|the) (?:statement|claim|remark))\b/i;
/** Words a passage is looked for before any stored fact: only a passage says what they ask. */
export const PASSAGE_FIRST =
  /^(?:(?:and|so|but)\s+)?(?:for what|what for)\b|\bwhich (?:agency|news agency|wire)\b|\b(?:originally )?attributed to\b|^(?:per|according to) [\w.'’-]+,? (?:who|what)\b/i;
/**
 * Words a reporter and a source use for one thing ("freed" and "released", "sought" and "asking
 * for"), each read as one word when a question is set against the sources' sentences.
 */
export const PASSAGE_SYNONYMS: readonly [RegExp, string][] = [
  [/^(?:freed?|frees|freeing|releas\w*|liberat\w*)$/, "free"],
  [/^(?:began|begun|begin\w*|start\w*|initiat\w*)$/, "begin"],
  [/^(?:meeting|meetings|meet|met|negotiation\w*)$/, "meet"],
  [/^(?:sent|send\w*|taken|transferr\w*|transfer)$/, "send"],
  [/^(?:truce|ceasefire)$/, "ceasefire"],
  [/^(?:injured|wounded)$/, "wounded"],
  [/^(?:soldier\w*|servicem[ae]n|troop\w*)$/, "soldier"],
  [/^(?:killed|dead|died|deaths?)$/, "dead"],
  [/^(?:demand\w*|seek\w*|sought|request\w*)$/, "seek"],
  [/^(?:refus\w*|reject\w*|declin\w*)$/, "refuse"],
];
/** Words too common to tie a question to a passage. */
export const PASSAGE_STOP =
  /^(?:when|where|while|then|also|been|being|would|could|should|will|just|only|very|more|most|some|such|than|into|onto|upon|first|last|took|take|made|make|know|tell|sources?|our|copy|intern|please|originally|saying)$/;
/** A date as a passage writes it: "March of 2022", "May 21–22", "December 2019", "in 2019". */
export const PASSAGE_DATE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?(\d{1,2}(?:\s*[–-]\s*\d{1,2})?(?:st|nd|rd|th)?)?,?\s*((?:19|20)\d\d)?\b(?<=\d)|\bin ((?:19|20)\d\d)\b/g;

/**
 * A day of the month said in words ("twenty four May", "the twenty-fourth of May", "May
 * twenty-fourth"): each word's worth, a compound's parts added. Cardinals under ten are never
 * read as days ("two May exchanges" are two exchanges), ordinals always are.
 */
export const DAY_WORD_VALUES: Readonly<Record<string, { n: number; ordinal: boolean }>> = {
  ...Object.fromEntries(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
      .split(" ")
      .map((w, i) => [w, { n: i + 1, ordinal: false }]),
  ),
  ...Object.fromEntries(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
      .split(" ")
      .map((w, i) => [w, { n: i + 1, ordinal: true }]),
  ),
  twenty: { n: 20, ordinal: false },
  thirty: { n: 30, ordinal: false },
  twentieth: { n: 20, ordinal: true },
  thirtieth: { n: 30, ordinal: true },
};
/** After "may" said before it, words that make "may" the month and not the verb ("… may was …"). */
export const MAY_AS_MONTH =
  /^\s*(?:$|[?,.:;!)]|(?:was|is|were|swap|exchange|wave|release|day|and|or|\d)\b)/i;
/** A follow-up's lead word, which asks nothing of its own: "and what date …", "so who …". */
export const FOLLOW_UP_LEAD =
  /^\s*(?:and|so|but|ok(?:ay)?|also|then)\b[,\s]+(?=(?:(?:on|in|at|by) (?:what|which) )?(?:how|what|which|when|who|whose|(?:the )?(?:date|day))\b)/i;
/** Words of a title or a quote that name no one: "Foreign Minister", "President", "Kremlin aide". */
export const NAME_PLAIN_WORDS: ReadonlySet<string> = new Set(
  "president former foreign minister ministry secretary state defence defense aide spokesman press official officials administration".split(
    " ",
  ),
);
/** "… – sourced?", "is there a source for …": whether a source says it, not whether it is so. */
export const SOURCED_ASKED =
  /\bsourced\b|\bis there a source\b|\bany source\b|\bdoes (?:a|any) source (?:say|give)\b/i;
/** Words of a checked claim that say nothing of what is claimed ("that", "were", "talks" said plainly). */
export const CLAIM_PLAIN_WORDS: ReadonlySet<string> = new Set(
  "that this with from were was have been their they them which what when also said says the talks meeting negotiations".split(
    " ",
  ),
);
/** "POWs swapped Sat?": a class of people and what was done to them, said first, as desks ask how many. */
export const COUNT_SHORTHAND =
  /^(?:the\s+)?(?:pows?|prisoners?|captives|civilians?|soldiers?|servicemen|troops|people|ukrainians?|russians?)\s+(?:swapped|freed|released|returned|exchanged|came (?:home|back)|brought (?:home|back)|handed over)\b[^?]*\?\s*$/i;
/**
 * A weekday cut short, where it can only be the day ("swapped Sat?", "on Fri"): last in the
 * question or after "on"; "sat" or "sun" mid-sentence are left as words.
 */
export const WEEKDAY_SHORT: Readonly<Record<string, string>> = {
  mon: "Monday",
  tue: "Tuesday",
  tues: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  thur: "Thursday",
  thurs: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};
/**
 * "Sat wave", "the fri one", "sun leg", "released fri": a weekday cut short before a noun of the
 * deal's days, or just after a verb of release or a word of time ("after sat").
 */
export const WEEKDAY_SHORT_BEFORE =
  /\b(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?(?=\s+(?:wave|leg|one|swap|exchange|batch|stage|round|release|handover|group|figure|number|total)s?\b)|(?<=\b(?:released|freed|swapped|exchanged|returned|traded|handed over|came home|came back|got back|brought home|after|before|by|since|until|till|through|thru)\s+)(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?/gi;
/** "Since '22", "sept '24", "mid-'24": a year written with two digits after a word of time. */
export const SHORT_YEAR =
  /(?<=\b(?:since|in|of|by|from|until|till|to|through|mid|early|late|end|spring|summer|autumn|fall|winter|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?[\s-]?)['’‘]([0-3]\d)\b(?!['’‘]?\s*(?:%|percent))/gi;
export const WEEKDAY_SHORT_AT =
  /(\bon\s+)?\b(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?(?=(\s*[?!.,]?\s*$)|\s|$)/gi;
/** A party's yes asked: "did Russia agree to …", "Moscow accepted …", "did they go for …". */
export const AGREE_ASKED =
  /\b(?:agree[ds]?|agreeing|accept(?:ed|s)?|go for|went for|sign(?:ed)? up to|say yes to|said yes to)\b(?:\s+to\b)?/i;
/** The parties a refusal is said of, and how the answer names them. */
export const PARTY_WORDS: readonly [RegExp, RegExp, string][] = [
  [
    /\b(?:russia|moscow|the kremlin|kremlin|putin)\b/i,
    /\b(?:Russia|Russia['’]s|Moscow|Kremlin|Putin)\b/,
    "Russia",
  ],
  [/\b(?:ukraine|kyiv|zelensky\w*)\b/i, /\b(?:Ukraine|Ukraine['’]s|Kyiv|Zelensky\w*)\b/, "Ukraine"],
];
/** A word saying a proposal was turned down. */
export const REFUSAL_WORDS = /^(?:reject(?:ed|s|ing)?|refus(?:ed|es|al|ing)?|turned|declined)$/;
/** Words of a proposal asked about that do not name it: "the", "swap", "Istanbul". */
export const THING_PLAIN: ReadonlySet<string> = new Set(
  "that this their there them with from into during talks meeting istanbul swap exchange deal prisoner prisoners proposal proposals plan plans offer request ukraine ukraine's russia russia's kyiv moscow offer what which".split(
    " ",
  ),
);
/** Talks to come asked: "are more talks planned?", "further meetings scheduled?". */
export const TALKS_PLANNED_ASKED =
  /\b(?:more|further|new|next|another|other|follow-up)\b[^?]{0,30}\b(?:talks|meetings?|negotiations?|rounds?)\b[^?]{0,40}\b(?:planned|scheduled|expected|on the cards|in the works)\b|\b(?:planned|scheduled)\b[^?]{0,20}\b(?:more|further|new|next) (?:direct )?(?:talks|meetings?|negotiations?|rounds?)\b/i;
/** A sentence on talks or meetings. */
export const TALKS_WORDS = /\b(?:talks|meetings?|negotiations?)\b/i;
/** A sentence saying whether more are planned: "further meetings are planned", "agreed to continue talks". */
export const PLANS_SAID = /\b(?:planned|scheduled|agreed to continue|will (?:meet|continue) )/i;
/** A sentence saying none are: "no new direct peace talks were planned", "not planned". */
export const PLANS_NONE =
  /\bno (?:new |further |more )?[\w\s]{0,20}(?:talks|meetings?|negotiations?)\b[^.]*\b(?:planned|scheduled)\b|\bnot (?:planned|scheduled)\b/i;
/** A post on social media ("Trump posted that …", "post on X"): the store files it as a tweet. */
export const POSTED =
  /\b(post)(ed|s)?\b(?=\s+(?:that|on (?:x|twitter|truth social|social media)\b))/gi;

/** "Who turned down the all-for-all swap — Kyiv or Moscow?": a refusal asked by its party. */
export const WHO_REFUSED =
  /\b(?:who|which side|which party|which country)\s+(?:\w+\s+)?(?:turned down|refused|rejected|declined|said no to|knocked back)\s+(.+?)(?:\s*[—–-]+\s*|,\s*|\s+)?(?:(?:kyiv|moscow|ukraine|russia)\s+or\s+(?:kyiv|moscow|ukraine|russia))?\s*\??\s*$/i;

/**
 * "Year-end review: what …", "When was the draw made - what day did they …": words that set the
 * scene before the question itself. Only words naming nothing the store holds (no figure, quote,
 * day, side or exchange) are set aside; anything else may be what the question is about.
 */
export const SCENE_SETTING =
  /^((?:[^:?!"“”‘’'\d]|(?<=\w)['’](?=\w)|(?<!\d)(?:19|20)\d\d(?!\d)){3,60}?)(:|\s[-–—])\s+(?=(?:what|how|which|when|who|where)\b[^:]*\?)/i;
/** "Our 2024 chapter:", "year-end review 2025 –": the desk's own piece, a year in its name. */
export const SCENE_PIECE =
  /\b(?:chapter|review|section|piece|story|feature|explainer|timeline|package|special|retrospective|roundup|round-up|wrap)\b/i;
/**
 * Words that make the scene part of the question: what it is about, a word taking up the thread
 * ("this draft", "and …").
 */
export const SCENE_NAMES =
  /^\s*(?:and|so|but|plus|also|then)\b|\b(?:this|that|these|those|he|she|they|it|him|her|them)\b|\b(?:swaps?|exchanges?|deals?|days?|waves?|legs?|rounds?|sides?|ukrain\w*|russia\w*|kyiv|moscow|civilians?|pows?|prisoners?|soldiers?|wounded|talks|istanbul|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|night|yesterday|today|total|tally|count|figure|number|dates?|names?|exact|precise|one|ones|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b/i;

/** "Both sides together", "combined, both sides": the people both sides swapped, added. */
export const BOTH_SIDES_TOGETHER =
  /\bboth sides,? (?:together|combined|added(?: up)?|in all|in total)\b|\b(?:together|combined|in all|in total),? both sides\b|\bacross both (?:sides|teams)\b/i;

/** "And compared with …?", "and the May 6 one?", "vs the …?": the same comparison, a new other end. */
export const COMPARED_AGAIN =
  /^\s*(?:(?:and|what about|how about|and what about)\b|(?:compared (?:with|to)|than|against|vs\.?|versus|next to|relative to)\b)/i;

/** "For this two days", "over those two days": the two days a thread asked about, taken up. */
export const TWO_DAYS_NAMED =
  /\b(?:for|over|in|on|across)?\s*(?:this|these|those|the|both)\s+(?:two|2)\s+days\b/i;

/**
 * "What was in Russia's proposal?", "which conditions does the draft set?": what a document
 * says, which no source quotes; never the figures of the exchange it was announced with.
 */
export const DOCUMENT_CONTENT =
  /\b(?:what (?:was|is|were|are) (?:actually |really |exactly )?in|contents? of|terms of|(?:what|which) (?:conditions|terms|points|clauses)|contain\w*)\b[^?]{0,60}\b(?:proposals?|drafts?|memorand(?:um|a)|plans?|documents?|texts?|settlement|terms|conditions)\b|\b(?:proposals?|drafts?|memorand(?:um|a)|documents?)\b[^?]{0,40}\b(?:contain\w*|say about|set out|lay out)\b/i;
/**
 * What the fact-check reads as a place in a series ("sixth", "the 6th", "second wave"): with a
 * day of the month it is a day, read as one, so it never comes here.
 */
export const PLACE_READ =
  /^(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth))(?:\s+(?:day|wave|leg|round|stage|batch|exchange|swap))?$/i;
/**
 * A year said in words after a word of time or a month ("by twenty twenty-four", "September
 * twenty twenty four", "end of twenty twenty four", "in twenty nineteen"): the word of time kept,
 * then "twenty" and the year's last two digits in words. Read only after such a word, so "twenty
 * twenty-four people" stays a count.
 */
export const YEAR_WORDS =
  /\b((?:in|by|since|during|before|after|until|till|through|of|from|mid|early|late|end|start|beginning|year|january|february|march|april|may|june|july|august|september|october|november|december)[\s-]+(?:of\s+)?(?:the\s+)?)twenty[\s-]+((?:twenty|thirty)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/gi;
