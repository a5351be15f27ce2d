/**
 * New events from a source: an exchange, a round of talks, a return of bodies or of people,
 * on a day the store does not know. Pure: a text, its publication day and the store's events
 * in; the events it establishes out, each with the words that establish it (a quote with
 * offsets into the text), unreviewed until an editor approves them.
 *
 * A day is an event's day only when the words beside it say something happened on it:
 * - the day must be written as a day ("June 9", "on Friday", "today"), not a month or a year;
 * - not after the publication day (a hearing "set for June 25", a proposed round), not hedged
 *   ("could take place today"), and not a dateline ("KYIV, June 10 (Meridian) —");
 * - not a birthday, an anniversary, a law, a capture or a disappearance, nor "since"/"after"
 *   a day, nor the day someone merely "said" something;
 * - the sentence must speak of an exchange, of bodies, of people returned, or the day must sit
 *   right beside talks ("the second round of talks in Istanbul on June 2", "Round two, June 2",
 *   "the agreements reached on 23 July").
 * "Between June 9 and June 14" (with an exchange) is a staged exchange over that span, and the
 * days inside it that the source names are its stages. "June 11, 13 and 16" are three days.
 */
import type { Event } from "../store/schema.ts";
import { eventEnd, eventStart } from "./catalog.ts";
import { splitSentences } from "./check/read/sentences.ts";
import { tableCells } from "./check/read/tables.ts";
import {
  addDaysIso,
  COUNTS,
  type DateMention,
  daysBetween,
  findDates,
  formatDateRange,
  formatNewsroomDate,
  MONTH_NAMES,
} from "./dates.ts";
import { diaryWordsAt, ENTRY_PREFIX } from "./diary-lines.ts";
import {
  dayOfOneOperation,
  insideToldSpan,
  stageCounted,
  twoDaysNamed,
} from "./ingest-days-in-span.ts";
import { issueLine } from "./ingest-issue-line.ts";
import {
  dayAfterNamedStage,
  stageCountedFrom,
  stagesFirstToLast,
  startOfStagesCount,
} from "./ingest-stage-days.ts";

export type ProposedKind =
  | "exchange"
  | "deal"
  | "talks"
  | "meeting"
  | "bodies"
  | "return"
  | "statement"
  | "call";

export interface EventMention {
  kind: ProposedKind;
  from: string;
  to: string;
  /** The words that establish it: offsets into the text. */
  quote: { text: string; start: number; end: number };
  /** Where the day is written. */
  at: number;
  /** "Istanbul", "Round two": words that name it, for its title. */
  ordinal: string | null;
  istanbul: boolean;
}

/** "remains" as a noun ("the remains of", "remains were handed over", "900 remains were"), not
 * the verb ("the swap of May remains the largest", "the swap of May 23–25 remains the largest",
 * "the date remains unclear"). */
const BODIES =
  /\bbod(?:y|ies)\b|\b(?:the|of|human|mortal|their|whose|and)\s+remains\b|\b\d(?:[\d,]*\d)?\s+remains\b(?!\s+(?:the|a|an|one|its|by far|unclear|uncertain|unknown|open|in force|in place|to be)\b)|\bremains\s+(?:of|were|was|have|had|are)\b|^remains\b|\brepatriat/i;
/**
 * The same figure both ways, written as a scoreline ("212-212", "1,040–1,040"): that many people
 * exchanged a side. Not a match's score ("3-1"), a single digit ("1-1") or a draw.
 */
const SCORELINE =
  /(?<![\d,.])(?<mirrored>\d{2,3}(?:,\d{3})*|\d(?:,\d{3})+)[-–]\k<mirrored>(?![\d,]*\d)(?![^.;]{0,20}\bdraw)/;
const EXCHANGE = new RegExp(
  String.raw`\b(?:exchang\w*|swap\w*|stages?\b|freed|released|returned|came home|come home|coming home|brought home|handed over|homecoming|were received|received|crossed)\b|(?<!\bpress\s)\breleases?\b(?!\s+\d)|\breturn (?:of (?:\d|[\p{L}-]+ \d)|took place|was carried out)|\b\d[\d,]*(?:\s+for\s+|-for-)\d|${SCORELINE.source}`,
  "iu",
);
/** Words that name a swap of people, not only a handing over ("returned" is said of bodies too). */
const SWAP_NOUN = /\b(?:exchang|swap|prisoners?\b|captives?\b|stages?\b|servicemen|civilians)/i;
/** "26 civilians, including 11 children": children named as a part, not as who returned. */
const CHILDREN_PART =
  /,?\s*\b(?:including|among them|of them|of whom)\s+(?:\d[\d,]*|[\p{L}-]+)\s+(?:children|teenagers|minors)\b,?/giu;
/** "… and 17 civilians return to Russia", "In return, Ukraine handed over": both sides received. */
function bothWays(s: string): boolean {
  if (/\bin (?:return|exchange)\b/i.test(s)) return true;
  return /\bto (?:Russia|the Russian Federation)\b/.test(s) && /\b(?:to Ukraine|home)\b/.test(s);
}
/** "… five children were reunited with their families in Russia as part of the same
 * arrangement": a later sentence that sends people the other way under the same deal. */
const OTHER_WAY_SAME_DEAL =
  /\b(?:in|to) (?:Russia|Ukraine)\b[^.]{0,60}\b(?:as part of|under) the same (?:arrangement|exchange|deal|agreement)\b/i;
/** Verbs said of bodies as much as of people: the day's words need more to be an exchange. */
const HANDED_ONLY = /\b(?:returned|received|handed over|transferred|repatriated)\b/gi;
const PEOPLE = /\b(?:men|women|soldiers|wounded|people|Ukrainians|Russians)\b/i;
const RETURN_PEOPLE = /\b(?:children|deportees|teenagers|minors)\b/i;
const TALKS_BEFORE =
  /(?:\btalks|\bnegotiations|\bround(?: of (?:direct )?talks)?|\bmeeting|\bmet|\bagreed|\bagreements? (?:were )?(?:reached|made|signed)|\bIstanbul)[,:]?\s*(?:\b(?:in|at) (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?[,]?\s*)?(?:\b(?:on|of)\s+)?$/iu;
/** "the Istanbul agreement of June 2", "handed over to the delegation on 2 June" (no comma: "under
 * the agreement, on June 9, 300 were exchanged" is the exchange's day). */
const TALKS_NAMED_BEFORE = /\b(?:agreements?|memorandum|delegations?)\s+(?:on|of)\s+$/i;
const ROUND_NAMED =
  /\bround (?:one|two|three|four|five|\d+)[,:]?\s*$|\b(?:first|second|third|fourth|fifth) round\b[^.;:]{0,40}$/i;
const TALKS_AFTER = /^(?:['’]s)?(?:\s+(?:talks|round|meeting|negotiations)\b|,?\s+in Istanbul\b)/i;
/** "met on August 6", "met his Russian counterpart Tatyana Moskalkova on Wednesday". */
const MET_BEFORE = /\bmet\s+(?:[^.;,]{0,60}?\s)?(?:on\s+)?$/i;
/** "met the families of those still in captivity", "met with relatives", "met veterans": whom
 * an official meets at home, not across the table. */
const MET_THE_WAITING =
  /\bmet\s+(?:with\s+)?(?:the\s+|some\s+|several\s+|\d+\s+)?(?:(?:local|bereaved|anxious)\s+)?(?:famil(?:y|ies)|relatives|mothers|wives|parents|children|residents|veterans|volunteers|students|journalists|reporters|returnees|former prisoners|those who|men who|soldiers who)\b/i;
/** "the June 2 talks", "the July 23 round": a day that names the talks held on it. */
const NAMES_TALKS = /^(?:['’]s)?\s+(?:talks|round|meeting|negotiations)\b/i;
/**
 * "The second, on June 2, …", "… held on May 16 and the second on June 2": an ordinal that
 * leaves its noun to the words before it.
 */
const ELLIPTICAL_ORDINAL =
  /(?:^\s*|\band\s+|[,:]\s*)(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|next|last)\s*,?\s*(?:on\s+(?:the\s+)?)?$/i;
/**
 * "The second round of direct talks … lasted a little over an hour … on Monday, June 2": talks
 * that are the subject of their clause, with a verb that says they were held, on the day named.
 */
const TALKS_SUBJECT =
  /^\s*(?:[\p{L}'’]+\s+){0,2}?(?:(?:first|second|third|fourth|fifth|sixth|new|latest)\s+)?(?:round of (?:direct |peace )?(?:talks|negotiations)|(?:direct |peace )?talks|negotiations)\b[^.;,]{0,120}?\b(?:lasted|ran|went on|ended|closed|began|opened|resumed|was held|were held|took place|convened)\b[^.;]{0,80}$/iu;
/** ", Kremlin spokesman Dmitry Peskov said", " the foreign minister told reporters that": an
 * official speaking, just after the day that leads the clause. */
const OFFICIAL_SAID_AFTER =
  /^,?\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:spokes(?:man|woman|person)|minister|president|ombudsman|commissioner|negotiator)\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,3}(?:said|told reporters)\s+(?:that\s+)?/iu;
/** ", Foreign Minister X spoke by telephone with Y", "the president phoned his counterpart". */
const OFFICIAL_CALL =
  /^[^.;]{0,40}?\b(?:minister|president|envoy|ombudsman|commissioner|chancellor|premier)\b[^.;]{0,50}?\b(?:spoke by (?:tele)?phone|telephoned|phoned|held (?:a )?(?:phone|telephone) call)\b/i;
/** ", the Russian and Ukrainian delegations sat down for the second time": talks on the day before. */
const DELEGATIONS_MET =
  /^,?\s+the\s+(?:(?:Russian|Ukrainian|two)\s+(?:and\s+(?:Russian|Ukrainian)\s+)?)?delegations\s+(?:sat down|met|gathered|convened)\b[^.;]{0,60}/iu;
/** The noun such an ordinal stands for: the last one the text named before it. */
const ORDINAL_NOUN =
  /\b(?:first|second|third|fourth|fifth|sixth|next|last)\s+(?:(?:direct|new)\s+)?(round|talks|meeting|negotiations|stage|wave|batch|repatriation|exchange|swap)s?\b/gi;
/** "all three rounds", "both rounds", "the two stages": a count of them before their list. */
const COUNTED_NOUN =
  /\b(?:both|all|the)\s+(?:two|three|four|five|six)?\s*(?:(?:direct|new)\s+)?(round|talks|meeting|negotiations|stage|wave|batch|repatriation|exchange|swap)s\b/gi;
/** "On Monday, the Headquarters issued a statement accusing …", "… on Sunday rejected the claim":
 * a day on which a side spoke out, an event of its own (not the exchange or bodies it speaks of). */
const STATEMENT_AFTER =
  /^[^.;]{0,50}?\b(?:issued a statement|in a statement|rejected|accused|denied|condemned)\b/i;
/** "the president's proposal of 24 February for …", "the appeal of 3 May": what was said that day. */
const STATEMENT_NAMED_BEFORE =
  /\b(?:proposal|offer|appeal|announcement|statement|ultimatum|address)\s+(?:of|on)\s+$/i;
/**
 * "the meeting hosted by Qatar in Doha on 9 October", "a meeting between the two commissioners
 * in Doha on 9 October", "talks, held at Istanbul's Ciragan Palace on 29 September": talks, with the words between the noun and its place (none of them an
 * exchange's).
 */
const TALKS_AT_PLACE =
  /\b(?:talks|negotiations|meeting)\b([^.;]{0,90}?)\b(?:in|at) (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+|['’]s(?: \p{Lu}[\p{L}-]+){1,2})?,?\s+on\s+$/iu;
/**
 * "Medinsky had announced on Nov. 13 that Moscow was ready …", "the Kremlin said on Wednesday
 * that …": the day someone spoke, when what they said is reported after it ("that").
 */
const SAID_ON = /\b(?:said|announced|stated|declared)\s+(?:on\s+)?$/i;
const THAT_AFTER = /^,?\s+that\b/i;
/**
 * "… said on Thursday that five children were reunited with their families": a spokesman
 * reporting what happened, on a later day. The day is when it was told, not a statement of
 * position (a plan, an offer, a refusal) that is an event of its own.
 */
const REPORTS_DONE =
  /\b(?:were|was|had been|have been|has been)\s+(?:[\p{L}-]+\s+)?(?:reunited|returned|freed|released|exchanged|handed over|brought (?:back|home)|repatriated|received)\b/iu;
const POSITION =
  /\b(?:ready|willing|will|would|could|propos\w*|plans?|intends?|offer\w*|refus\w*|reject\w*|demand\w*|no date)\b/i;
/** "a man freed in an earlier exchange", "soldiers released in previous swaps": people described
 * by an exchange that is not the day's. */
/** A legislature or an official making law: "adopted in the first reading a bill", "signed a decree". */
const LAWMAKING =
  /\b(?:adopted|passed|approved|signed|enacted|voted (?:for|through))\b[^.;]{0,40}?\b(?:bill|law|decree|amendments?|legislation)\b/i;
const FREED_EARLIER =
  /\b(?:freed|released|returned|swapped|exchanged|brought home)\s+(?:in|during|under|through|as part of)\s+(?:an?|one|the)?\s*(?:earlier|previous|prior|past|former)\s+(?:exchange|swap|release)s?\b/gi;
/**
 * "No bodies were part of the exchange of 3–5 March": bodies the sentence denies, not a return
 * of them on that day.
 */
const BODIES_DENIED =
  /\b(?:no|not any)\s+(?:bod(?:y|ies)|remains)\b|\b(?:bod(?:y|ies)|remains)\s+(?:were|was|are|is)\s+(?:not|never)\b[^.;]{0,40}/gi;
/**
 * What someone "said on <day> that …" must touch the story to be a statement of it: talks, an
 * exchange, bodies, captives, a proposal or a date. "The ministry, which said on Tuesday that
 * families may call a hotline" tells a procedure, no event.
 */
const STORY_WORDS =
  /\b(?:exchang\w*|swap\w*|prisoners?|captiv\w*|captives?|bod(?:y|ies)|remains|talks|negotiat\w*|round|meeting|delegations?|propos\w*|offer\w*|agree\w*|memorandum|ceasefire|truce|date|Istanbul|agenda|stages?|servicem[ae]n|soldiers|civilians|children|freed|released|returned|hand(?:ed)? over|ready)\b/i;
/** Those who treat the freed: "doctors at the military hospital", "the Health Ministry". */
const CARERS =
  /\b(?:doctors|medics|physicians|surgeons|nurses|paramedics|hospitals?|clinics?|health ministry|ministry of health|health officials)\b/i;
/** "… said on Wednesday that a date was being discussed": a day on which nothing was settled. */
const NOTHING_YET = /\b(?:being discussed|under discussion)\b/i;
/** "On Thursday, Medinsky said Moscow was ready to hand over …": a day someone spoke of a plan. */
const SPOKE_OF_PLAN =
  /^,\s*(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+(?:,\s+who\b[^,;.]{0,80},)?\s+(?:said|announced|stated|declared)\b(?:\s+that)?\s+[^.;]{0,80}?\b(?:(?:was|were|is|are) ready to|will|would|plans? to|intends? to|next (?:week|month))\b/iu;
/** A day that leads a line of a timeline: "9 October: The commissioners meet in Doha." */
// ("June 2 - Second round …": a hyphen spaced on both sides leads a line too.)
const TIMELINE_AFTER = /^\s*[:–—]\s+|^\s+-\s+/;
const MEET = /\b(?:meet|meets|met|talks|negotiations|delegations)\b/i;
const QUIET_LINE =
  /^\s*(?:(?:a|another)\s+quiet\s+day|nothing\s+(?:new|to report|happened)|no\s+(?:news|word|movement)\b)/i;
const HINTED = /^[^.;]{0,60}\b(?:hinted|speculated|suggested|signalled|signaled)\b/i;
const TALKS_NAMED = /\b(?:talks|negotiations|delegations?|round)\b/i;
/** "The Kremlin says it is ready …": a speaker's words, the entry's event. */
const SPEAKS =
  /^\s*(?:the\s+)?(?:[\p{L}'’.-]+\s+){1,4}?(?:says|said|announces|announced|states|stated|declares|declared)\b/iu;
/** "a three-stage exchange", "the exchange in three stages". */
const STAGED =
  /\b(two|three|four|five|[2-9])-stage (?:prisoner )?(?:exchange|swap)\b|\b(?:exchange|swap) in (two|three|four|five|[2-9]) stages\b/i;
/** "the first two stages", "in two waves", "the releases of 10 and 11 June": days a clause names
 * as so many events, each on its own day. */
const STAGES_NAMED =
  /\b(?:stages|waves|batches|rounds|phases|releases|exchanges|swaps|handovers|returns)\b/i;
/** "completing the exchange", "the return … has been completed in full", "the final stage". */
const COMPLETED =
  /\bcomplet(?:ing|ed|es)\b[^.;]{0,60}\b(?:exchange|swap|return|release)\b|\b(?:exchange|swap|return|release)\b[^.;]{0,80}\b(?:has|have|was|were) been completed\b|\b(?:final|last) stage\b/i;
const STAGE_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const SEPARATE_EXCHANGES =
  /\b(?:two|three|four|five|[2-9])\s+(?:separate\s+)?(?:exchanges|swaps)\b/i;
/** A government speaking of talks in a live page's entry: "The Kremlin says there is no date …". */
const LIVE_STATEMENT =
  /^(?:the\s+)?(?:kremlin|moscow|kyiv|(?:russia|ukraine)['’]s (?:foreign|defen[cs]e) ministry|(?:russian|ukrainian) (?:foreign|defen[cs]e) ministry)\s+(?:says|said)\b[^.]*\b(?:talks|negotiations|contacts|meeting|round)\b/i;
/** ", the 34th anniversary of Ukraine's independence,", ", Independence Day,": words set off
 * after a day that name it, not what happened on it. */
const DAY_APPOSITION =
  /^,\s+(?:on\s+)?(?:the\s+(?:\d+(?:st|nd|rd|th)\s+)?anniversary of [^,.;]{1,60}|(?:\p{Lu}[\p{L}'’]*\s+){1,3}Day),(?=[^.;]{0,80}\b(?:came home|come home|returned|freed|released|exchanged|handed over)\b)/u;

/** A legislature or one of its bodies: "the State Duma Committee on Defence", "the Verkhovna
 * Rada", "the Federation Council". */
const LEGISLATURE =
  /\b(?:committee|duma|rada|parliament(?:ary)?|senate|federation council|congress|assembly|deputies)\b/i;

/** A government or one of its bodies, a party to the story or a mediator: "the Ministry of
 * Defence", "the Information and Press Department of the Ministry of Foreign Affairs", "the
 * Coordination Headquarters", "the Office of the President", "the Kremlin". A hospital, a
 * families' association or a veterans' union that heads its own statement tells what it saw
 * or wants; it neither negotiates nor hands anyone over. */
const STATE_BODY =
  /\b(?:ministry|ministries|kremlin|government|cabinet|president(?:ial)?|presidency|headquarters|commissioner|ombuds(?:man|person|woman)|foreign office|state department|embassy|delegation|general staff|security service|intelligence)\b/i;

/** A deed told in the past: bodies or people handed over, received, freed, exchanged. */
const DEED_DONE =
  /\b(?:received|handed over|returned|repatriated|exchanged|swapped|freed|released|came home)\b/i;

/**
 * "KYIV, June 16 (EBN) - Ukraine received the bodies of 1,245 people, the headquarters said on
 * Monday, …": a wire lead that tells a deed with no day of its own, then who told it on the day
 * of its dateline. The day it was told is the deed's: a wire reports the day's news. Not when
 * the deed is told after the day ("said on Monday that …"), nor when the clause names another
 * day, nor on a day other than the dateline's.
 */
function toldTheSameDay(
  text: string,
  clause: Clause,
  d: DateMention,
  dates: readonly DateMention[],
  published: string,
): boolean {
  if (d.date !== published || d.kind !== "weekday") return false;
  const before = text.slice(clause.start, d.start);
  const verb = /\b(?:said|says|told|announced|reported)\s+(?:in a statement\s+)?(?:on\s+)?$/i.exec(
    before,
  );
  if (!verb) return false;
  const deed = before.slice(0, verb.index);
  if (!DEED_DONE.test(deed) || /\b(?:will|would|could|may|might|plans? to|ready to)\b/i.test(deed))
    return false;
  if (THAT_AFTER.test(text.slice(d.end, d.end + 8))) return false;
  // The dateline of the lead, and no other day in the clause.
  const others = dates.filter(
    (x) => x !== d && x.start >= clause.start && x.end <= clause.end && x.kind !== "year",
  );
  // ("MOSCOW, June 16. /Agency/. Russia has handed over …": a dateline that ends a sentence of
  // its own, at the head of the lead's line.)
  const lineStart = text.lastIndexOf("\n", clause.start - 1) + 1;
  const headed = dates.some(
    (x) =>
      x.start >= lineStart &&
      x.end <= clause.start &&
      x.date === published &&
      isDateline(text, x, published),
  );
  return (
    (others.length > 0 || headed) &&
    others.every((x) => isDateline(text, x, published)) &&
    (headed || others.some((x) => x.date === published))
  );
}

/** "On 14 June it was 86 seriously wounded men.", "On 20 June, 232 more young soldiers.": a day
 * and the people who came home on it, and nothing else. */
const NEXT_STAGE =
  /^On\s+[^,.;]{3,20}?(?:,\s*|\s+it was\s+|\s+there were\s+|\s+came\s+)(?:another\s+)?\d[\d,]*\s+(?:more\s+)?(?:[\p{L}-]+\s+){0,3}?(?:men|women|soldiers|defenders|servicemen|wounded|prisoners|civilians|people|POWs)\.?$/iu;

/** "the four stages between 12 and 26 June", "in three waves from 3 to 20 July". */
const STAGES_BETWEEN =
  /\b(?:stages|waves)\s+(?:between|from)\s+\d{1,2}\s+(?:and|to|through|until)\s+$/i;

/** "four stages between June 17 and July 1", "in three waves from 3 July to 20 July". */
const STAGES_LEAD = /\b(?:stages|waves)\s+(?:between|from)\s+$/i;

/**
 * "were exchanged in five stages between 10 June and 4 July": one exchange, its stages only the
 * manner it was carried out in, over the whole span (not "over the four stages between …", which
 * counts the stages themselves).
 */
const STAGES_IN =
  /\bin\s+(?:the\s+)?(?:[\p{L}\d]+\s+)?(?:stages|waves)\s+(?:between|from)\s+(?:\d{1,2}\s+(?:and|to|through|until)\s+)?$/iu;

/** A market's move on a day: "fell 0.6 cents to 55.2 cents on Friday", "rose 2% on Monday". */
const MARKET_MOVE_BEFORE =
  /\b(?:fell|rose|slipped|slid|dropped|climbed|gained|lost|edged|jumped|tumbled|weakened|strengthened|firmed|eased|ended|closed)\b(?:[^.;]|\.(?=\d)){0,40}?\d[\d.,]*\s*(?:cents?|%|per ?cent|points?|basis points|per (?:dollar|euro))\s+(?:on\s+)?$/i;

/** "closed out the deal", "the agreement has been fulfilled", "the final stage": the staged
 * exchange told as carried out in full. */
const ALL_STAGES_DONE =
  /\b(?:closed out|complet(?:ed|ing|es)|fulfilled|carried out in full|(?:final|last) stage|was (?:also )?the last)\b/i;

/** "… five stages from 10 to 26 June, in which 758 crossed each way": a total the span's
 * stages came to, told as done (the stages are the whole of it, not only a first and a last). */
const SPAN_TOTAL_AFTER =
  /^,?\s+in which\s+(?:some\s+|about\s+|a total of\s+)?\d[\d,]*\b[^.;]{0,80}?\b(?:crossed|were (?:exchanged|swapped|freed|released|returned)|came home|returned)\b/i;

/**
 * "Last Friday's exchange closed out the deal. … the six stages between 10 June and 18 July
 * returned 1,013": stages of an exchange its paragraph tells as done are the whole of it, first
 * stage to last, not only its first and last stages (as stages still going on are).
 */
function stagesAllDone(text: string, clause: { start: number; end: number }): boolean {
  const from = text.lastIndexOf("\n\n", clause.start);
  const to = text.indexOf("\n\n", clause.end);
  return ALL_STAGES_DONE.test(text.slice(from < 0 ? 0 : from, to < 0 ? undefined : to));
}

/** "stages on June 12, 14 and 20", "in waves on 3 and 5 July": days of an exchange's stages. */
const STAGES_ON = /\b(?:stages|waves)\s+on\s+$/i;

/** The day of a deed that is not the story's: a publication, a burial. */
/** "our live blog of", "the article dated", "Tuesday's edition from": a publication's day next. */
const PUBLICATION_OF =
  /\b(?:blog|article|entry|edition|issue|bulletin|newsletter|column|post)\s+(?:of|from|dated)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
const OTHER_DEED_BEFORE =
  /\b(?:published|posted|printed|broadcast|aired|buried|laid to rest|reburied)\b(?=[^.;]{0,100}?\b(?:on|at)\s+$)/i;

/** A live entry that reports people or bodies handed over (done, not a running count). */
const LIVE_DONE =
  /\b(?:came home|(?:are|is) (?:now )?(?:back )?home|(?:were|was) (?:returned|freed|released|exchanged|handed over|brought (?:home|back)))\b/i;
/** A live entry that sums up or counts since a day: no event of the entry's day. */
const LIVE_RECAP =
  /\b(?:since|in total|so far|in all|altogether|to date|recap|by our count|running total)\b/i;
/** Someone's words in a live entry, and words that make them a position of their own. */
const LIVE_VOICE = /\b(?:says|said|tells|told|writes|wrote|announces|announced)\b/i;
const LIVE_POSITION =
  /\b(?:expected|postpon\w*|will not|won['’]t|not take place|ready to|continu\w*|nothing to add|no (?:new )?date)\b/i;
/** National days and anniversaries: "after Ukraine marked Defenders Day on Oct. 1". */
const HOLIDAY =
  /\b(?:mark(?:s|ed|ing)?|celebrat\w*|commemorat\w*|observ(?:es|ed))\b[^.;]{0,40}$|\p{Lu}[\p{L}'’]*\s+Day\s+(?:on\s+)?$/u;
/** "Our main story today", "Today's headlines", "in this morning's programme": the day of a
 * broadcast or an edition (its lead, its headlines), not of what it tells. */
const PROGRAMME_BEFORE =
  /\b(?:stor(?:y|ies)|headlines?|programme|program|show|bulletin|edition|news|episode)\s+$/i;
const PROGRAMME_AFTER =
  /^['’]s\s+(?:(?:main|top|lead|leading|first|other)\s+)?(?:stor(?:y|ies)|headlines?|programme|program|show|bulletin|edition|news|episode)\b/i;
/** "The seriously wounded followed on Tuesday": the next of whatever the text last named. */
const FOLLOWED = /\b(?:followed|came next)\s+(?:on\s+)?$/i;
/** "Two days of talks … ended this afternoon", "three days of negotiations closed today". */
const TALKS_DAYS =
  /\b(two|three|four|five|[2-5]) days of (?:direct |peace |new )?(?:talks|negotiations)\b[^.;]{0,140}?\b(?:ended|concluded|closed|wrapped up)\s+(?:today|tonight|this (?:morning|afternoon|evening))\b/i;
const TALKS_KINDS_MENTIONED = new Set<ProposedKind>(["talks", "meeting"]);
/** "This is the third round of direct talks": talks on the day of the report itself. */
const TALKS_TODAY =
  /\b(?:this|today['’]s meeting) is the (?:first|second|third|fourth|fifth|sixth) round of (?:direct )?(?:talks|negotiations)\b/i;

/**
 * Bodies on their way, not yet handed over: "trucks carrying 1,212 bodies arrived at the
 * exchange point", "were waiting on the border". No return took place on that day.
 */
export const IN_TRANSIT =
  /\b(?:trucks?|lorries|vehicles|wagons|trains?)\b[^.;]{0,30}\bcarrying\b|\b(?:were|are|was|is) waiting\b/i;
const HANDED = /\b(?:handed over|received|transferred|returned|repatriated|took place)\b/i;

/** Words just before a day that make it something other than an event of the story. */
const NOT_BEFORE =
  /\btold\s+(?:[\p{L}'’]+\s+){1,3}?(?:late\s+|early\s+)?(?:on\s+)?$|\b(?:since|after|until|before|by|as of|every|born|birthday|turns?|turned|anniversary|hearing|set for|scheduled for|due on|due|expected on|law|passed|signed|captured|detained|missing|died|killed|said|says|told|wrote|announced|added|reported)\b[^.;]{0,12}$/iu;
/** ", when 1,000 bodies were returned": a clause after a day telling what was done on it. */
const DONE_THEN =
  /^\s*,\s*when\b[^.;]{0,80}?\b(?:were|was|had been|have been)\s+(?:returned|freed|released|handed over|exchanged|repatriated|brought home)\b/i;
/** Words near a day (before it, or just after) that make it background or a plan. */
const NOT_NEAR =
  /\b(?:born|birthday|turned (?:\d{1,3}|twenty|thirty|forty|fifty|sixty|eighteen|nineteen)\b|anniversary|hearing|court|law was|passed a law|convention|could|might|may take place|would|will|will take place|is expected|are expected|plans? to|proposed|no date|being discussed)\b/i;
/** "When he came home on leave": a soldier's own homecoming, no release. */
const ON_LEAVE = /\b(?:home|back)\s+on\s+(?:home\s+|short\s+)?leave\b/i;
const STATE_OF_ROUNDS = /\b(first|second|third|fourth|fifth|sixth) round\b/i;

/**
 * Datelines: "KYIV, June 10 (Meridian) —", "GENEVA / KYIV (8 September 2025) –" and "Monday 9
 * June — live updates"; and a line of its own that gives the article's own day with its year
 * ("Released 24 June 2025 · 52 minutes", "Programme | 25 June 2025"): the day it came out.
 */
/**
 * "LIVE: Fourth stage of the exchange - 20-22 June": a live page's heading gives the days it
 * covers, not an event of its own (its entries below say what happened on each).
 */
function liveHeading(text: string, d: DateMention): boolean {
  const lineStart = text.lastIndexOf("\n", d.start - 1) + 1;
  return /^\s*(?:LIVE|Live(?:\s+(?:updates?|blog|coverage))?)\b\s*[:|–—-]/.test(
    text.slice(lineStart, d.start),
  );
}

function isDateline(text: string, d: DateMention, published: string): boolean {
  const lineStart = text.lastIndexOf("\n", d.start - 1) + 1;
  const lineEnd = text.indexOf("\n", d.end);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim();
  if (
    d.date === published &&
    /\b\d{4}\b/.test(d.text) &&
    line.length < 100 &&
    !/[.!?]["”’]?$|[.!?]\s/.test(line)
  )
    return true;
  if (liveHeading(text, d)) return true;
  const before = text.slice(lineStart, d.start);
  const after = text.slice(d.end, d.end + 60);
  if (before.length > 40) return false;
  // "Monday 9 June — live updates" heads the page; "1 November — Exchange …" further down is a
  // line of a timeline, what happened that day.
  const head =
    d.date === published ||
    text
      .slice(0, lineStart)
      .split("\n")
      .filter((l) => l.trim()).length < 3;
  return (
    // ("MOSCOW, June 16. /Agency/. …": an agency's name between slashes, the wires' own way.)
    (/^\s*\)?\s*(?:\([^)]*\))?\s*[—–-]/.test(after) || /^\.\s*\/[^/\n]{1,40}\/\.?\s/.test(after)) &&
    (/^[A-ZÀ-Ý' .-]+(?:\/[A-ZÀ-Ý' .-]+)*,\s*$/.test(before) ||
      /^[A-ZÀ-Ý' ./-]+\(\s*$/.test(before) ||
      (head && /^\s*(?:[A-Z][a-z]+,?\s*)?$/.test(before)))
  );
}

interface Clause {
  text: string;
  start: number;
  end: number;
}

/** Sentences split at semicolons: "the talks on June 2; earlier batches arrived on June 11". */
function clauses(text: string): (Clause & { sentence: Clause })[] {
  const out: (Clause & { sentence: Clause })[] = [];
  for (const s of diarySentences(text, splitSentences(text))) {
    let at = 0;
    for (const part of s.text.split(/(?<=;)\s+/)) {
      const i = s.text.indexOf(part, at);
      out.push({ text: part, start: s.start + i, end: s.start + i + part.length, sentence: s });
      at = i + part.length;
    }
  }
  return out;
}

/**
 * "10 June | servicemen aged 18 to 25 | 168 | 168" under "(date | category | returned to Ukraine
 * | handed over to the Russian side)": a table's row led by a day, with figures its columns
 * say were returned or exchanged, is that day's exchange (or return of bodies). A row led by
 * no day ("Total for the month") is none.
 */
function tableRowEvents(
  text: string,
  dates: readonly DateMention[],
  published: string,
  told: readonly EventMention[],
): EventMention[] {
  const out: EventMention[] = [];
  for (const [rowStart, cells] of tableCells(text)) {
    // (A row laid out with spaces may be indented: its day leads it after the indent.)
    const indent = /^ */.exec(text.slice(rowStart, rowStart + 12))?.[0].length ?? 0;
    const lead = dates.find(
      (d) => d.start >= rowStart && d.start <= rowStart + Math.max(2, indent),
    );
    if (!lead?.date || lead.kind !== "explicit" || lead.date > published) continue;
    const rowEnd = text.indexOf("\n", rowStart);
    const row = text.slice(rowStart, rowEnd < 0 ? undefined : rowEnd);
    // (The day is the row's first cell: "10 June | …", "4 July / …".)
    // (Or, in a row laid out with spaces, the first gap after its indent.)
    const bar = row.search(/\|| \/ /);
    const gap = /\S {2,}/.exec(row);
    const firstBar = bar >= 0 ? bar : gap ? gap.index + 1 : -1;
    if (firstBar < 0 || lead.end > rowStart + firstBar) continue;
    const words = `${row} ${cells.map((c) => c.words).join(" ")}`;
    const kind = BODIES.test(words) ? "bodies" : EXCHANGE.test(words) ? "exchange" : null;
    if (!kind) continue;
    if (
      [...told, ...out].some((m) => m.kind === kind && m.from === lead.date && m.to === lead.date)
    )
      continue;
    out.push({
      kind,
      from: lead.date,
      to: lead.date,
      quote: { text: row, start: rowStart, end: rowStart + row.length },
      at: lead.start,
      ordinal: null,
      istanbul: false,
    });
  }
  return out;
}

/** Whether a weekday ("Tue", "Fri,") leads the day written straight after it. */
function namesNextDay(text: string, d: DateMention, all: readonly DateMention[]): boolean {
  const next = all.find((x) => x.start >= d.end);
  return (
    next?.kind === "explicit" &&
    next.date === d.date &&
    /^\.?,?\s{1,2}$/.test(text.slice(d.end, next.start))
  );
}

/**
 * "Tuesday 8 July. Nineteen civilians came home …": a diary line's lead day, a sentence of its
 * own to the splitter, is one sentence with the words it leads.
 */
function diarySentences(text: string, sentences: readonly Clause[]): Clause[] {
  const out: Clause[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Clause;
    const next = sentences[i + 1];
    const lineStart = text.lastIndexOf("\n", s.start - 1) + 1;
    const words = /^\s*$/.test(text.slice(lineStart, s.start))
      ? diaryWordsAt(text, lineStart)
      : null;
    if (next && words !== null && words >= s.end && !text.slice(s.end, next.start).includes("\n")) {
      out.push({ text: text.slice(s.start, next.end), start: s.start, end: next.end });
      i++;
    } else out.push(s);
  }
  return out;
}

function near(text: string, clause: Clause, d: DateMention): string {
  return text.slice(Math.max(clause.start, d.start - 60), Math.min(clause.end, d.end + 25));
}

/** "June 11, 13 and 16": the days a list adds to the day before it. */
function listedDays(text: string, d: DateMention): string[] {
  if (!d.date || d.kind !== "explicit" || !/^[A-Z][a-z]+ \d{1,2}$/.test(d.text)) return [];
  const m = /^((?:,\s*\d{1,2}\b)*(?:,?\s+and\s+\d{1,2}\b))/.exec(text.slice(d.end));
  if (!m?.[1]) return [];
  const month = d.date.slice(0, 8);
  return [...m[1].matchAll(/\d{1,2}/g)]
    .map((x) => `${month}${x[0].padStart(2, "0")}`)
    .filter((day) => day > (d.date as string));
}

/** "May 23–25", "between 23 and 25 May", "from 23 to 25 May": a span written with its month once. */
function spanWritten(text: string, d: DateMention): { from: string; to: string } | null {
  if (d.kind !== "explicit") return null;
  if (!d.date && d.range && d.range.from < d.range.to) return { ...d.range };
  if (!d.date || !/^\d{1,2} [A-Z][a-z]+/.test(d.text)) return null;
  const m = /\b(?:between\s+(\d{1,2})\s+and|from\s+(\d{1,2})\s+(?:to|through|until))\s+$/i.exec(
    text.slice(Math.max(0, d.start - 20), d.start),
  );
  const first = m?.[1] ?? m?.[2];
  if (!first) return null;
  const from = `${d.date.slice(0, 8)}${first.padStart(2, "0")}`;
  return from < d.date ? { from, to: d.date } : null;
}

/**
 * ": 146-146, 139-139, 215-215" after a span of three days: a list of figures, one for each of
 * its days (at most five), gives those days in order; anything else, null.
 */
function figuresPerDay(after: string, span: { from: string; to: string }): string[] | null {
  const n = daysBetween(span.from, span.to) + 1;
  if (n < 2 || n > 5) return null;
  const m =
    /^\s*[:–—]\s*((?:\d[\d,]*(?:[-–]\d[\d,]*)?)(?:\s*,\s*\d[\d,]*(?:[-–]\d[\d,]*)?)*(?:,?\s+and\s+\d[\d,]*(?:[-–]\d[\d,]*)?)?)\s*(?:[.;]|$)/.exec(
      after,
    );
  if (!m?.[1]) return null;
  const items = m[1].split(/\s*,\s*(?!\d{3}\b)|,?\s+and\s+/);
  if (items.length !== n) return null;
  return Array.from({ length: n }, (_, i) => addDaysIso(span.from, i)).filter(
    (x): x is string => !!x,
  );
}

/** "on 9 and 10 June": the days a list gives before the day that carries the month. */
function daysListedBefore(text: string, d: DateMention): string[] {
  if (!d.date || d.kind !== "explicit" || !/^\d{1,2} [A-Z][a-z]+/.test(d.text)) return [];
  const m = /\b((?:\d{1,2},\s*)*\d{1,2})\s+(?:and|&)\s+$/.exec(
    text.slice(Math.max(0, d.start - 30), d.start),
  );
  if (!m?.[1]) return [];
  const month = d.date.slice(0, 8);
  return [...m[1].matchAll(/\d{1,2}/g)]
    .map((x) => `${month}${x[0].padStart(2, "0")}`)
    .filter((day) => day < (d.date as string));
}

const NOT_HELD =
  /\bbut not (?:today|on \p{L}+day)\b|\b(?:postponed|put off|pushed back|called off|cancell?ed|(?:would|will|did|does|could) not (?:take place|happen|go ahead)|won['’]t (?:take place|happen|go ahead)|has been delayed|was delayed)\b/iu;
const HELD =
  /\b(?:took place|went ahead|was carried out|were carried out|(?:were|was) (?:exchanged|freed|released|returned|handed over)|came home|brought (?:[^.;]{0,40}?\s)?(?:home|back))\b/i;

function kindOf(
  text: string,
  clause: Clause,
  sentence: Clause,
  d: DateMention,
): { kind: ProposedKind; ordinal: string | null } | null {
  const before = text.slice(Math.max(clause.start, d.start - 45), d.start);
  const after = text.slice(d.end, Math.min(clause.end, d.end + 30));
  // "The Coordination Headquarters said on Monday the exchange would not take place that day":
  // a day an exchange was put off is the day of the word that it was, not of an exchange.
  const said = text.slice(sentence.start, sentence.end);
  // (Not a day the words before it give to talks: "the exchange agreed in Istanbul on June 2".)
  if (
    NOT_HELD.test(said) &&
    !HELD.test(said) &&
    !/\b(?:agreed|agreement|talks|negotiations?|signed|struck)\b[^.;]{0,40}$/i.test(before)
  )
    return { kind: "statement", ordinal: null };
  const entry = timelineEntry(text, d);
  if (entry !== null) {
    const first = entry.split(/(?<=[.!?])\s+/)[0] ?? entry;
    // "A quiet day on exchanges.", "Nothing new on swaps;": a line that says nothing happened,
    // and "Officials hinted that the next stage could come on Sunday": a guess, on no one's word.
    if (QUIET_LINE.test(first) || HINTED.test(first)) return null;
    // "The Kremlin's spokesman said the dates were being worked out", "The ombudsman said eight
    // would come home within days": words of a plan or a position, not a deed reported done.
    if (SPEAKS.test(first) && POSITION.test(first) && !REPORTS_DONE.test(first))
      return { kind: "statement", ordinal: null };
    if (
      (SPEAKS.test(first) || /^\s*(?:statement|announcement|proposal)\b/i.test(first)) &&
      !BODIES.test(first) &&
      !EXCHANGE.test(first)
    )
      return { kind: "statement", ordinal: null };
    if (
      (MEET.test(first) ||
        /^\s*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth) round\b/i.test(first)) &&
      !BODIES.test(first) &&
      !EXCHANGE.test(first)
    )
      // "Ombudsmen X and Y met on the border": a meeting; "The delegations meet": talks.
      return TALKS_NAMED.test(first)
        ? { kind: "talks", ordinal: first.match(STATE_OF_ROUNDS)?.[1] ?? null }
        : { kind: "meeting", ordinal: null };
  }
  // (Not a day talks name just before it: "At the talks on June 2, Moscow said it would …" is
  // what was said at the talks.)
  if (
    SPOKE_OF_PLAN.test(text.slice(d.end, clause.end)) &&
    !(TALKS_BEFORE.test(before) && /\b(?:talks|negotiations|round|meeting)\b/i.test(before))
  )
    return { kind: "statement", ordinal: null };
  // (Not "met families of men who came home on Friday": the day is the return's.)
  const metGap = MET_BEFORE.exec(text.slice(Math.max(clause.start, d.start - 90), d.start));
  // (Not "met the families of those still held on Tuesday": an official meeting the people
  // who wait, not the other side or a mediator, is no meeting of the story.)
  if (metGap && !EXCHANGE.test(metGap[0]) && !BODIES.test(metGap[0]))
    return MET_THE_WAITING.test(metGap[0]) ? null : { kind: "meeting", ordinal: null };
  // "On the Friday after the fifth stage, the foreign minister spoke by telephone with …": an
  // official's call, an event of its own (no talks: no deal is struck on it) (not the stage the day is counted from).
  if (OFFICIAL_CALL.test(text.slice(d.end, clause.end))) return { kind: "call", ordinal: null };
  // "The second, on June 2, led to …": the noun named last before it, in this sentence or the
  // one before ("… the third round of direct talks this year. The first, on May 16, …").
  const lead = text.slice(clause.start, d.start);
  // (Past a dateline: "ISTANBUL, June 3 — The second round …".)
  if (TALKS_SUBJECT.test(lead.replace(/^[^—–\n]{0,60}[—–]\s*/, "")))
    return { kind: "talks", ordinal: lead.match(STATE_OF_ROUNDS)?.[1] ?? null };
  // "Four weeks ago today, the two delegations sat down …": the delegations the subject the day
  // leads, meeting on it.
  const delegations = DELEGATIONS_MET.exec(text.slice(d.end, clause.end));
  if (delegations)
    return { kind: "talks", ordinal: delegations[0].match(STATE_OF_ROUNDS)?.[1] ?? null };
  const elliptical = ELLIPTICAL_ORDINAL.exec(lead);
  if (elliptical) {
    const earlier = text.slice(Math.max(0, clause.start - 300), clause.start + elliptical.index);
    // ("all three rounds: the first on 16 May, the second on 2 June": the rounds counted before.)
    const noun = [...earlier.matchAll(ORDINAL_NOUN), ...earlier.matchAll(COUNTED_NOUN)]
      .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
      .pop()?.[1]
      ?.toLowerCase();
    if (noun === "round" || noun === "talks" || noun === "meeting" || noun === "negotiations")
      return { kind: "talks", ordinal: null };
    // ("Five stages so far. The first, on the 7th of October, carried …": the stages counted
    // just before, with no other noun named since.)
    if (!noun && stageCounted(earlier)) return { kind: "exchange", ordinal: null };
  }
  const round = ROUND_NAMED.exec(before);
  // "the agreement reached by the parties in Istanbul on 2 June": who reached it, read past.
  const byParties = text
    .slice(Math.max(clause.start, d.start - 75), d.start)
    .replace(/\s+by (?:the|both) (?:parties|sides|two sides|delegations)\b/i, "");
  if (
    round ||
    TALKS_BEFORE.test(before) ||
    (byParties.length < 75 && TALKS_BEFORE.test(byParties)) ||
    TALKS_NAMED_BEFORE.test(before) ||
    TALKS_AFTER.test(after)
  ) {
    const ordinal =
      /\bround (one|two|three|four|five)\b/i.exec(before)?.[1] ??
      /\b(first|second|third|fourth|fifth|sixth) round\b/i.exec(before)?.[1] ??
      clause.text.match(STATE_OF_ROUNDS)?.[1] ??
      null;
    return { kind: "talks", ordinal };
  }
  const atPlace = TALKS_AT_PLACE.exec(text.slice(Math.max(clause.start, d.start - 140), d.start));
  if (atPlace && !EXCHANGE.test(atPlace[1] ?? "") && !BODIES.test(atPlace[1] ?? ""))
    return { kind: "talks", ordinal: before.match(STATE_OF_ROUNDS)?.[1] ?? null };
  if (STATEMENT_NAMED_BEFORE.test(before)) return { kind: "statement", ordinal: null };
  if (STATEMENT_AFTER.test(text.slice(d.end, clause.end)))
    return { kind: "statement", ordinal: null };
  // "…after the first stage of a new prisoner exchange, in which young soldiers came home on
  // Monday": the words of the day's own stretch (between commas) first, then its clause's;
  // "the second, on Tuesday, the seriously wounded": a clause with no word of its own takes
  // its sentence's.
  // "On 4 April a man freed in an earlier exchange phoned her": the exchange describes who
  // acted, the day is the phone call's.
  // "On 5 March parliament passed a bill on payments to men back from captivity": a law's day.
  if (LAWMAKING.test(text.slice(d.end, clause.end)) || LAWMAKING.test(clause.text)) return null;
  const own = clause.text.replace(FREED_EARLIER, " ");
  if (own !== clause.text && !BODIES.test(own) && !EXCHANGE.test(own)) return null;
  // ("Two days after the first stage, Russia handed over the bodies …": the stage is what the
  // day is counted from, not what happened on it.)
  const fromStage = stageCountedFrom(text, d);
  const stretch = stretchAround(text, clause, d).replace(fromStage, " ");
  const words =
    BODIES.test(stretch) || EXCHANGE.test(stretch)
      ? stretch
      : BODIES.test(clause.text) || EXCHANGE.test(clause.text)
        ? clause.text
        : sentence.text;
  // "the bodies of 1,000 people … have been returned to Ukraine today": the stretch of the day
  // says only "returned", its clause says what was returned.
  const ofBodies =
    BODIES.test(words) ||
    (words === stretch &&
      !EXCHANGE.test(stretch.replace(HANDED_ONLY, " ")) &&
      !SWAP_NOUN.test(stretch) &&
      !PEOPLE.test(stretch) &&
      BODIES.test(clause.text) &&
      !SWAP_NOUN.test(clause.text));
  if (ofBodies) {
    if (IN_TRANSIT.test(words) && !HANDED.test(words)) return null;
    return { kind: "bodies", ordinal: null };
  }
  // "Russia pledged to return 6,000 bodies. … the first handover, on 13 June, brought back
  // 1,211": a handing over that names no one, in a paragraph of bodies and of no living people,
  // is a return of bodies.
  const lineStart = text.lastIndexOf("\n", d.start - 1) + 1;
  const lineEnd = text.indexOf("\n", d.end);
  const paragraph = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  if (
    /\bhandovers?\b|\bbrought back\b/i.test(words) &&
    !SWAP_NOUN.test(words) &&
    !PEOPLE.test(words) &&
    BODIES.test(paragraph) &&
    !SWAP_NOUN.test(paragraph) &&
    !PEOPLE.test(paragraph) &&
    !RETURN_PEOPLE.test(paragraph)
  )
    return { kind: "bodies", ordinal: null };
  if (EXCHANGE.test(words)) {
    // "Eight children were returned": a return of children; "26 civilians, including 11
    // children, come home; 17 civilians return to Russia": an exchange.
    const who = words.replace(CHILDREN_PART, " ");
    if (
      RETURN_PEOPLE.test(who) &&
      !/\b(?:exchang|swap|prisoner|stage)/i.test(who) &&
      !bothWays(sentence.text) &&
      !OTHER_WAY_SAME_DEAL.test(text)
    )
      return { kind: "return", ordinal: null };
    return { kind: "exchange", ordinal: null };
  }
  return null;
}

/** The words of a timeline's line that a day leads ("9 October: …"), or null. */
function timelineEntry(text: string, d: DateMention): string | null {
  const lineStart = text.lastIndexOf("\n", d.start - 1) + 1;
  // (A bulleted line too: "• 19 February: 157 for 157"; a diary's, "Tue 10 June — …".)
  if (!ENTRY_PREFIX.test(text.slice(lineStart, d.start))) return null;
  const lineEnd = text.indexOf("\n", d.end);
  // "Monday 7 July. The Kremlin said …": a diary's day and the line it leads.
  const words = diaryWordsAt(text, lineStart);
  if (words !== null && text.slice(d.end, words).trim() === ".")
    return text.slice(words, lineEnd < 0 ? undefined : lineEnd);
  const m = TIMELINE_AFTER.exec(text.slice(d.end, d.end + 4));
  if (!m) return null;
  return text.slice(d.end + m[0].length, lineEnd < 0 ? undefined : lineEnd);
}

/** The words between the commas (or a clause's ends) around a day. */
function stretchAround(text: string, clause: Clause, d: DateMention): string {
  const before = text.slice(clause.start, d.start);
  const after = text.slice(d.end, clause.end);
  // (Not the comma of a figure: "received 1,000 bodies" is one stretch.)
  const marks = [...before.matchAll(/[;:—(]|,(?!\d{3}\b)/g)];
  const from = (marks.at(-1)?.index ?? -1) + 1;
  const stop = after.search(/[;:—(]|,(?!\d{3}\b)/);
  return text.slice(clause.start + from, stop < 0 ? clause.end : d.end + stop);
}

/** A day on a line of its own, heading a live page's entries: "Friday 20 June", "June 21". */
const DAY_HEADING =
  /^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?:\d{1,2}[ \t]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?[ \t]*$/gmu;
/** "Kyiv Daily Wire live blog, Sunday 24 August 2025" over the first entry: the page's one day. */
const LIVE_PAGE_DAY =
  /^[ \t]*[^\n]{0,60}\blive(?:[ \t]+(?:blog|updates|coverage))?,[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?:\d{1,2}[ \t]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[ \t]+\d{1,2}),?[ \t]+\d{4}[ \t]*$/gimu;
/** A live page's entry: a line led by its time, "10:05 - …", "16:20 …". */
const ENTRY_LINE = /^[ \t]*\d{1,2}[:.]\d{2}\b/;

/**
 * A live page's day headings, in the order of the text: each entry below one (a line led by a
 * time) was written on that day. None for a text with no such headings.
 */
export function liveDays(text: string, published: string): { start: number; day: string }[] {
  const out: { start: number; day: string }[] = [];
  for (const m of [...text.matchAll(DAY_HEADING), ...text.matchAll(LIVE_PAGE_DAY)].sort(
    (a, b) => a.index - b.index,
  )) {
    const end = m.index + m[0].length;
    const next = text
      .slice(end)
      .split("\n")
      .find((l) => l.trim());
    if (!next || !ENTRY_LINE.test(next)) continue;
    const day = findDates(m[0], { refDate: published, spelledDays: true }).find(
      (d) => d.kind === "explicit" && d.date,
    )?.date;
    if (day && day <= published) out.push({ start: end, day });
  }
  return out;
}

/** The day of the live page's heading above a place in the text, or null. */
export function liveDayAt(headings: readonly { start: number; day: string }[], at: number) {
  return headings.findLast((h) => h.start <= at)?.day ?? null;
}

/** "a day earlier", "two days later", "the day before", "ten days ago", "yesterday": a day
 * counted from another (the day the text last gave, or its own). */
const COUNTED_FROM_ANOTHER =
  /^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|\d{1,2})\s+days?\s+(?:earlier|later|before|after|ago)|the\s+(?:following|next|previous|prior)\s+day|the\s+day\s+(?:before|after)|yesterday)$/i;

/** How far past its publication day a day without a year may fall before it is last year's. */
const LAST_YEAR_PAST = 120;

/**
 * The dates of a source, as its reader takes them: a day written without its year that would
 * fall months after the publication day is last year's ("the exchange of 30 October" in a March
 * report, "on 13 November" in a January one). Copy that speaks of a plan that far ahead names
 * its year or its month only; a day and month alone, in a dated report, look back.
 */
export function findSourceDates(text: string, published: string): DateMention[] {
  const back = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
  const late = (iso: string) => daysBetween(published, iso) > LAST_YEAR_PAST;
  const headings = liveDays(text, published);
  const dates = findDates(text, { refDate: published, spelledDays: true });
  // "finished 181-181 this afternoon": a part of today is today (not "this morning's programme").
  for (const m of text.matchAll(/\bthis (?:morning|afternoon|evening)\b(?!['’]s)/gi)) {
    const start = m.index;
    const end = start + m[0].length;
    if (dates.some((d) => d.start < end && start < d.end)) continue;
    dates.push({ start, end, text: m[0], date: published, kind: "relative" });
  }
  dates.sort((a, b) => a.start - b.start);
  // "June 10 (Tuesday): …": a weekday in brackets after a date glosses that date; it is no day
  // of its own (counted from the publication day, it would be a Tuesday weeks away).
  const glossed = dates.filter(
    (d, i) =>
      !(
        d.kind === "weekday" &&
        dates[i - 1]?.kind === "explicit" &&
        /^\s*\(\s*$/.test(text.slice(dates[i - 1]?.end ?? 0, d.start)) &&
        /^\s*\)/.test(text.slice(d.end))
      ),
  );
  const read = glossed.map((d, i) => {
    // "A day earlier, on Thursday, …": a day counted from another, set off by the day it names,
    // is that day (counted from the last day written, it may be a day weeks away).
    const named = glossed[i + 1];
    if (
      d.kind === "relative" &&
      COUNTED_FROM_ANOTHER.test(d.text) &&
      named?.date &&
      (named.kind === "explicit" || named.kind === "weekday") &&
      /^,\s*(?:on\s+)?$/i.test(text.slice(d.end, named.start))
    )
      return { ...d, date: named.date };
    // "which took place yesterday, ten days after the first stage": a count from another event
    // set off after the day it glosses is that day (counted from it, it would be ten days on).
    const glossedDay = glossed[i - 1];
    if (
      d.kind === "relative" &&
      /\b(?:after|before)$/i.test(d.text) &&
      COUNTED_FROM_ANOTHER.test(d.text) &&
      glossedDay?.date &&
      glossedDay.kind !== "month" &&
      glossedDay.kind !== "year" &&
      /^,\s*$/.test(text.slice(glossedDay.end, d.start)) &&
      /^\s+the\s+(?:first|second|third|fourth|fifth|sixth|previous|last)\b/i.test(
        text.slice(d.end, d.end + 20),
      )
    )
      return { ...d, date: glossedDay.date };
    // "Two days after the first stage", the first stage's day given before: counted from it.
    const fromStage = dayAfterNamedStage(text, d, glossed);
    if (fromStage) return { ...d, date: fromStage };
    // "today", "on Monday" in a live page's entry: counted from the day heading it, not from
    // the day the page was last updated.
    if (d.kind === "relative" || d.kind === "weekday") {
      const day = liveDayAt(headings, d.start);
      if (!day || day === published) return d;
      if (/^this /i.test(d.text)) return { ...d, date: day };
      const again = findDates(d.text, { refDate: day, spelledDays: true })[0]?.date;
      return again ? { ...d, date: again } : d;
    }
    if (d.kind !== "explicit" || /\b\d{4}\b/.test(d.text)) return d;
    if (d.date && late(d.date)) return { ...d, date: back(d.date) };
    if (!d.date && d.range && late(d.range.from))
      return { ...d, range: { from: back(d.range.from), to: back(d.range.to) } };
    return d;
  });
  return read.map((d, i) => recounted(text, read, d, i));
}

/** "A day earlier", "the day after": a day counted from the day told before it. */
const COUNTED_BACK_OR_ON =
  /^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(?:earlier|later|before|after)|the\s+(?:following|next|previous|prior)\s+day|the\s+day\s+(?:before|after))$/i;
/** "… under the agreement reached in Istanbul on 2 June": a deal's day told in passing. */
const DEAL_IN_PASSING =
  /\b(?:under|by|in line with|according to)\s+(?:the|an?|this)\s+(?:agreement|deal|memorandum|accord)\s+(?:reached|agreed|struck|signed|concluded)\b[^.;]{0,40}$/i;

/**
 * "… the fourth stage took place yesterday. … freed under the agreement reached on 2 June. A day
 * earlier, …": a day counted from another is counted from the last day an event was told on, not
 * from a deal's day told in passing, nor from a day itself counted from an event it names ("ten
 * days after the first stage").
 */
function recounted(text: string, all: readonly DateMention[], d: DateMention, i: number) {
  if (d.kind !== "relative" || !d.date || !COUNTED_BACK_OR_ON.test(d.text)) return d;
  const prior = all[i - 1];
  if (!prior?.date) return d;
  const passing = (m: DateMention) => {
    const sentenceStart = Math.max(
      text.lastIndexOf(".", m.start - 1),
      text.lastIndexOf("\n", m.start - 1),
    );
    return DEAL_IN_PASSING.test(text.slice(sentenceStart + 1, m.start).replace(/\s+on\s*$/i, ""));
  };
  if (!passing(prior)) return d;
  for (let k = i - 2; k >= 0; k--) {
    const m = all[k];
    if (!m?.date) continue;
    if (passing(m)) continue;
    if (m.kind === "relative" && /^\s+(?:the|an?)\s/i.test(text.slice(m.end, m.end + 5))) continue;
    return { ...d, date: addDaysIso(m.date, daysBetween(prior.date, d.date)) };
  }
  return d;
}

/** Stages two weeks or more apart told as one span: its first and last days, each an exchange. */
function firstAndLastStages(
  from: string,
  to: string,
  quote: EventMention["quote"],
  at: number,
  istanbul: boolean,
): EventMention[] {
  return [from, to].map((day) => ({
    kind: "exchange",
    from: day,
    to: day,
    quote,
    at,
    ordinal: null,
    istanbul,
  }));
}

/** What "N days after …" counts from: the words after it, and the kinds of event they name. */
const COUNTED_FROM: readonly [RegExp, readonly ProposedKind[] | null][] = [
  // "after that", "after it": whatever the text told last.
  [/^\s+(?:that|it|this)\b(?!\s+(?:stage|round|exchange|handover|swap))/i, null],
  // "after the round", "after the talks".
  [
    /^\s+the\s+(?:(?:second|third|fourth|last|latest)\s+)?(?:round|talks|negotiations)\b/i,
    ["talks", "meeting"],
  ],
  // "after the fourth", "after the sixth and final stage", "after the first swap".
  [
    /^\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|previous|last|final)(?:\s+and\s+(?:final|last))?(?:\s+(?:stage|wave|exchange|swap))?(?!\s+(?:round|talks|handover|day|week|month)\b)\b/i,
    ["exchange"],
  ],
];

/**
 * Whether a day counted "after"/"before" something ("eight days after the round", "three days
 * after that", "exactly a week after the fourth") counts from the event the text told on the day
 * it last gave: the day the count was reckoned from, read as an event of the kind the words name.
 */
function countedFromToldEvent(
  text: string,
  d: DateMention,
  dates: readonly DateMention[],
  out: readonly EventMention[],
): boolean {
  const words = text.slice(d.end, d.end + 60);
  const kinds = COUNTED_FROM.find(([re]) => re.test(words));
  if (!kinds) return false;
  const prev = dates
    .filter((x) => x.end <= d.start && x.kind !== "month" && x.kind !== "year")
    .at(-1);
  if (!prev || !(prev.date ?? prev.range?.to)) return false;
  const wanted = kinds[1];
  return out.some((e) => e.at === prev.start && (!wanted || wanted.includes(e.kind)));
}

/** Every event the text establishes, with its day or span, in the order the text gives them. */
/** A correction notice's line: "Correction, 25 March 2025, 10:05: …". */
const CORRECTION_LINE = /^[ \t]*(?:Correction|Clarification)\s*[,:(][^\n]*$/gim;
/** "This story first said the swap was on <day A>. It was on <day B>": a day put right. */
const DAY_RETRACTED =
  /\b(?:originally|first|wrongly|incorrectly|mistakenly)\s+(?:said|stated|reported|gave)\b|\b(?:earlier|previous) version\b[^.]{0,60}?\b(?:said|stated|reported|gave)\b/i;
const DAY_PUT_RIGHT = /\b(?:took place|happened|was held|was carried out|came)\b|\bwas on\b/i;

/**
 * A correction notice is no event of the story: not its own day, nor the day it says the
 * article gave wrongly. When it says the article first gave day A and the deed was on day B,
 * what the article tells of day A is of day B.
 */
function corrected(text: string, published: string, out: EventMention[]): EventMention[] {
  let kept = out;
  for (const m of text.matchAll(CORRECTION_LINE)) {
    const line = m[0];
    // The notice's own day, just after its word: "Correction, 25 March 2025: …".
    const own =
      m.index + (/^[ \t]*(?:Correction|Clarification)\s*[,:(]\s*/i.exec(line)?.[0].length ?? 0);
    kept = kept.filter((x) => x.at !== own);
    let offset = m.index;
    const sentences = line.split(/(?<=[.!?])\s+/).map((x) => {
      const start = text.indexOf(x, offset);
      offset = start + x.length;
      return { text: x, start, end: start + x.length };
    });
    const wrongAt = sentences.findIndex((x) => DAY_RETRACTED.test(x.text));
    const wrongSentence = sentences[wrongAt];
    if (wrongAt < 0 || !wrongSentence) continue;
    // The day it says the article gave wrongly is no event of its own.
    kept = kept.filter((x) => x.at < wrongSentence.start || x.at >= wrongSentence.end);
    const rightSentence = sentences[wrongAt + 1];
    if (!rightSentence || !DAY_PUT_RIGHT.test(rightSentence.text)) continue;
    const wrong = findSourceDates(wrongSentence.text, published)
      .filter((d) => d.date)
      .at(-1)?.date;
    const right = findSourceDates(rightSentence.text, published).find((d) => d.date)?.date;
    if (!wrong || !right || wrong === right || right > published) continue;
    kept = kept.map((x) =>
      x.from === wrong && x.to === wrong ? { ...x, from: right, to: right } : x,
    );
  }
  return putRightInPassing(text, published, kept);
}

/** "… we wrote that the exchange took place on 9 July.": the text's own earlier word on a day. */
const WE_WROTE =
  /\bwe\s+(?:wrongly\s+|mistakenly\s+|incorrectly\s+)?(?:wrote|said|reported|stated|gave)\s+that\b/i;
/** "It was on 8 July", "It took place on Tuesday": the next sentence giving the right day. */
const IT_WAS_ON =
  /^(?:It|This|That|The (?:exchange|swap|handover|repatriation|return|release|transfer|meeting|round))\s+(?:was|took place|happened|was held)\s+on\b/i;
/** "took place on Tuesday, 19 August, not on Monday": the right day, then the wrong one. */
const NOT_ON = /^,?\s*(?:and\s+)?not\s+(?:on\s+)?$/i;

/**
 * A day put right outside a correction notice: "In last week's issue we wrote that the exchange
 * took place on 9 July. It was on 8 July", or a live page's "the repatriation took place on
 * Tuesday, 19 August, not on Monday". What the text told of the wrong day is of the right one,
 * and the wrong day is no event of its own.
 */
function putRightInPassing(text: string, published: string, out: EventMention[]): EventMention[] {
  const dates = findSourceDates(text, published).filter((d) => d.date);
  const sentences = splitSentences(text);
  const fixes: { wrong: string; right: string; wrongAt?: { start: number; end: number } }[] = [];
  sentences.forEach((sentence, i) => {
    const inside = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
    for (let j = 0; j + 1 < inside.length; j++) {
      const right = inside[j] as DateMention;
      const wrong = inside[j + 1] as DateMention;
      if (!NOT_ON.test(text.slice(right.end, wrong.start))) continue;
      if (right.date && wrong.date && right.date !== wrong.date && right.date <= published)
        fixes.push({ wrong: wrong.date, right: right.date });
    }
    const next = sentences[i + 1];
    if (!WE_WROTE.test(sentence.text) || !next || !IT_WAS_ON.test(next.text)) return;
    const wrong = inside.at(-1)?.date;
    const right = dates.find((d) => d.start >= next.start && d.end <= next.end)?.date;
    if (wrong && right && wrong !== right && right <= published)
      fixes.push({ wrong, right, wrongAt: sentence });
  });
  let kept = out;
  for (const fix of fixes) {
    const at = fix.wrongAt;
    // (What the wrong sentence itself tells is of the right day, as the rest of the text is.)
    kept = kept.map((x) =>
      (x.from === fix.wrong && x.to === fix.wrong) || (at && x.at >= at.start && x.at < at.end)
        ? x.from === x.to
          ? { ...x, from: fix.right, to: fix.right }
          : x
        : x,
    );
  }
  return kept;
}

export function findEventMentions(text: string, published: string): EventMention[] {
  const dates = findSourceDates(text, published);
  const out: EventMention[] = [];
  // Where "on 10 and 11 June" was read as one operation over two days running.
  const twoDaysRunning = new Set<number>();
  const publishedYear = Number(published.slice(0, 4));
  for (const clause of clauses(text)) {
    const inClause = dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
    const used = new Set<DateMention>();
    const quote = { text: clause.text, start: clause.start, end: clause.end };
    const istanbul = /\bIstanbul\b/.test(clause.text);
    // An official's words on the story, said on the day: a statement, this clause its quote.
    const statementOn = (day: string, at: number): EventMention => ({
      kind: "statement",
      from: day,
      to: day,
      quote,
      at,
      ordinal: null,
      istanbul,
    });
    // "between June 9 and June 14", "from June 9 to June 14": a staged exchange over the span.
    for (let i = 0; i + 1 < inClause.length; i++) {
      const a = inClause[i] as DateMention;
      const b = inClause[i + 1] as DateMention;
      if (!a.date || !b.date || b.date <= a.date || b.date > published) continue;
      const before = text.slice(Math.max(clause.start, a.start - 10), a.start);
      const middle = text.slice(a.end, b.start);
      // "the exchange of 30 October to 1 November": a span after "of", as after "from".
      const lead = /\b(between|from|of)\s+$/i.exec(before)?.[1]?.toLowerCase();
      const firstToLast = stagesFirstToLast(text.slice(clause.start, a.start), middle);
      if (!firstToLast && (!lead || !/^\s*(?:and|to|through|until|[–—-])\s*$/i.test(middle)))
        continue;
      if (lead === "of" && /\band\b/i.test(middle)) continue;
      const around = text.slice(
        Math.max(clause.start, a.start - 60),
        Math.min(clause.end, b.end + 25),
      );
      if (!EXCHANGE.test(clause.text) || NOT_NEAR.test(around)) continue;
      used.add(a);
      used.add(b);
      // "four stages between June 17 and July 1": as with one month written once (below),
      // stages two weeks or more apart are a first and a last stage, not one operation.
      if (
        !firstToLast &&
        STAGES_LEAD.test(text.slice(clause.start, a.start)) &&
        !STAGES_IN.test(text.slice(clause.start, a.start)) &&
        !stagesAllDone(text, clause) &&
        !SPAN_TOTAL_AFTER.test(text.slice(b.end, clause.end)) &&
        daysBetween(a.date, b.date) >= 14
      ) {
        out.push(...firstAndLastStages(a.date, b.date, quote, a.start, istanbul));
        continue;
      }
      // (", and the bodies of 2,200 …" after the span tells another deed, not the span's.)
      const own = around.slice(0, b.end - Math.max(clause.start, a.start - 60));
      const next = text.slice(b.end, Math.min(clause.end, b.end + 25));
      const spanWords = own + next.split(/,\s+and\b|;/)[0];
      out.push({
        kind: BODIES.test(spanWords) ? "bodies" : "deal",
        from: a.date,
        to: b.date,
        quote,
        at: a.start,
        ordinal: null,
        istanbul,
      });
    }
    // "the exchange of May 23–25", "between 23 and 25 May": a span written with its month once.
    for (const d of inClause) {
      const span = spanWritten(text, d);
      if (!span || span.to > published || used.has(d) || liveHeading(text, d)) continue;
      const before = text.slice(Math.max(clause.start, d.start - 40), d.start);
      const around = text.slice(
        Math.max(clause.start, d.start - 60),
        Math.min(clause.end, d.end + 25),
      );
      if (NOT_NEAR.test(around) || NOT_BEFORE.test(before)) continue;
      // "the Abu Dhabi talks of 27–28 January", "talks in Geneva on 3–4 May": talks over days.
      const talks = TALKS_BEFORE.test(before) && /\b(?:talks|negotiations|round)\b/i.test(before);
      if (!talks && !EXCHANGE.test(clause.text)) continue;
      used.add(d);
      // "the stages of October 7 and 9": two operations, one on each day named.
      const pair = talks ? null : twoDaysNamed(text, d);
      if (pair) {
        const kind = BODIES.test(around.replace(BODIES_DENIED, " ")) ? "bodies" : "exchange";
        for (const day of pair)
          out.push({ kind, from: day, to: day, quote, at: d.start, ordinal: null, istanbul });
        continue;
      }
      // "over the four stages between 12 and 26 June": stages two weeks or more apart are not
      // one operation (as a staged exchange is not made whole past that, below); the span's
      // days are its first and last stages.
      if (
        !talks &&
        (STAGES_BETWEEN.test(before) || STAGES_LEAD.test(before)) &&
        !STAGES_IN.test(before) &&
        !stagesAllDone(text, clause) &&
        !SPAN_TOTAL_AFTER.test(text.slice(d.end, clause.end)) &&
        daysBetween(span.from, span.to) >= 14
      ) {
        out.push(...firstAndLastStages(span.from, span.to, quote, d.start, istanbul));
        continue;
      }
      // "August 22 to 24: 146-146, 139-139, 215-215": one figure for each day of the span, the
      // days in order, is an exchange on each day.
      const perDay = !talks ? figuresPerDay(text.slice(d.end, clause.end), span) : null;
      if (perDay) {
        for (const day of perDay)
          out.push({
            kind: "exchange",
            from: day,
            to: day,
            quote,
            at: d.start,
            ordinal: null,
            istanbul,
          });
        continue;
      }
      out.push({
        kind: talks ? "talks" : BODIES.test(around.replace(BODIES_DENIED, " ")) ? "bodies" : "deal",
        ...span,
        quote,
        at: d.start,
        ordinal: null,
        istanbul,
      });
    }
    // Spans of an exchange this clause gave, a day inside which is one person's part of it.
    const toldSpans = out.filter(
      (e) => e.quote.start === clause.start && (e.kind === "deal" || e.kind === "exchange"),
    );
    // Spans told as one operation, with the words of the sentence that told them.
    const operationSpans = out
      .filter((e) => e.kind === "deal" || e.kind === "exchange")
      .map((e) => ({ from: e.from, to: e.to, at: e.at, words: e.quote.text }));
    for (const d of inClause) {
      if (used.has(d) || !d.date) continue;
      if (insideToldSpan(d.date, d.start, toldSpans) && !BODIES.test(near(text, clause, d)))
        continue;
      // "an exchange held on 14–16 July" … "over three days: 19 came home on Monday, …".
      if (
        dayOfOneOperation(d.date, clause.sentence.text, operationSpans) &&
        !BODIES.test(clause.sentence.text)
      )
        continue;
      if (d.kind === "month" || d.kind === "year") continue;
      // "Tue 10 June": the weekday names the day written after it, no day of its own.
      if (d.kind === "weekday" && namesNextDay(text, d, inClause)) continue;
      if (d.date > published || Number(d.date.slice(0, 4)) < publishedYear - 1) continue;
      if (isDateline(text, d, published) || issueLine(text, d, published)) continue;
      if (startOfStagesCount(text.slice(clause.start, d.start), text.slice(d.end, clause.end)))
        continue;
      // "two days after the first stage": a day counted from another event, not from today.
      // ("The day after, 91 were freed": set off by a comma, it counts from the day just told.)
      // ("Eight days after the round", "three days after that", "a week after the fourth": counted
      // from the event the text told last, the day the count runs from, it is that day's count.)
      if (
        d.kind === "relative" &&
        /\b(?:after|before)$/i.test(d.text) &&
        !/^\s*[,:]/.test(text.slice(d.end, d.end + 3)) &&
        !countedFromToldEvent(text, d, dates, out) &&
        !dayAfterNamedStage(text, d, dates)
      )
        continue;
      // "Two days of talks … ended this afternoon with agreement on …": the talks' last day
      // (read below), not a deed the agreement is about.
      const talksDays = TALKS_DAYS.exec(clause.text);
      if (talksDays && clause.start + talksDays.index + talksDays[0].length >= d.end) continue;
      const before = text.slice(Math.max(clause.start, d.start - 40), d.start);
      if (HOLIDAY.test(before)) continue;
      // "In our live blog of Friday, June 13, an entry said …": the day of a publication (a
      // correction's subject), not of what it reported.
      if (PUBLICATION_OF.test(before)) continue;
      // "Bonds fell 0.6 cents to 55.2 cents on Friday after …": the day of a market's move.
      if (MARKET_MOVE_BEFORE.test(text.slice(Math.max(clause.start, d.start - 80), d.start)))
        continue;
      // "Our main story today:", "Today's headlines": the day of the programme, as a dateline is.
      if (
        d.kind === "relative" &&
        (PROGRAMME_BEFORE.test(before) || PROGRAMME_AFTER.test(text.slice(d.end, d.end + 30)))
      )
        continue;
      // "said in a statement published on its channel on Friday", "an article published on this
      // site on 17 June", "were buried … on Thursday": the day of a publication or a burial, not
      // of a handover (unless a handover is told between them: "buried, then returned on …").
      const clauseBefore = text.slice(clause.start, d.start);
      const other = OTHER_DEED_BEFORE.exec(clauseBefore);
      if (other && !DEED_DONE.test(clauseBefore.slice(other.index + other[0].length))) continue;
      // "The Kremlin said on Wednesday that …": the day of a statement (not "a date was being
      // discussed", which NOT_NEAR leaves out).
      const said = text.slice(d.end, clause.end);
      if (
        SAID_ON.test(before) &&
        THAT_AFTER.test(said) &&
        REPORTS_DONE.test(said) &&
        !POSITION.test(said)
      )
        continue;
      // "Doctors at the hospital in Lviv said on Monday that 31 of the men needed surgery", "a
      // spokeswoman for the Health Ministry said on Tuesday that dozens had been treated": those
      // who care for the freed tell of their care, the day of no deed and no word of a party.
      if (
        SAID_ON.test(before) &&
        CARERS.test(text.slice(Math.max(clause.sentence.start, d.start - 120), d.start))
      )
        continue;
      if (
        SAID_ON.test(before) &&
        THAT_AFTER.test(text.slice(d.end, d.end + 8)) &&
        // (What they said may be a plan, "that it would study it": only the words before the
        // day can make it something else.)
        !NOT_NEAR.test(text.slice(Math.max(clause.start, d.start - 60), d.start)) &&
        !NOTHING_YET.test(text.slice(d.end, clause.end)) &&
        STORY_WORDS.test(text.slice(d.end, clause.end))
      ) {
        out.push(statementOn(d.date, d.start));
        continue;
      }
      // "On Tuesday Kremlin spokesman Dmitry Peskov said there was no date yet for a fourth round":
      // a day leading an official's words on the story, with no deed or figure told, is the day
      // of a statement.
      const official = OFFICIAL_SAID_AFTER.exec(text.slice(d.end, clause.end));
      const words = official ? text.slice(d.end + official[0].length, clause.end) : "";
      if (
        official &&
        /^\s*(?:\d{1,2}[.)]\s+)?(?:On\s+)?$/i.test(text.slice(clause.start, d.start)) &&
        STORY_WORDS.test(words) &&
        !/\d/.test(words) &&
        !REPORTS_DONE.test(words) &&
        !DEED_DONE.test(words) &&
        !CARERS.test(official[0])
      ) {
        out.push(statementOn(d.date, d.start));
        continue;
      }
      // "since the June 2 talks": the day names the talks, whatever the words before say.
      const namesTalks = NAMES_TALKS.test(text.slice(d.end, d.end + 20));
      // "… after stages on June 12, 14 and 20": the days of stages, whatever comes before them.
      const stagesOn = STAGES_ON.test(before);
      // "no new handover since 17 July, when 1,000 bodies were returned": what was done that day.
      const doneThen = DONE_THEN.test(text.slice(d.end, Math.min(clause.end, d.end + 140)));
      // "174 freed on 10 June, 91 the day after, 206 on 14 June": a list's next item, a figure
      // and its day, is not governed by the words of the item before it.
      const listItem = /,\s+\d[\d,]*\s+(?:on\s+)?$/.test(before);
      if (
        NOT_BEFORE.test(before) &&
        !listItem &&
        !namesTalks &&
        !stagesOn &&
        !doneThen &&
        !toldTheSameDay(text, clause, d, dates, published)
      )
        continue;
      // A timeline's line is what happened that day, whatever it says of what comes next.
      const entry = timelineEntry(text, d) !== null;
      // "At the talks on June 2, Moscow said it would return 6,000 bodies": a past day that talks
      // name just before it is theirs, whatever plan the words after it tell of.
      const talksDay =
        TALKS_BEFORE.test(before) && /\b(?:talks|negotiations|round|meeting)\b/i.test(before);
      // "On 24 August, the 34th anniversary of independence, 146 came home": an apposition that
      // names the day (an anniversary, a national day) is read past, to what happened on it.
      const apposition = DAY_APPOSITION.exec(text.slice(d.end, clause.end));
      const around = talksDay
        ? text.slice(Math.max(clause.start, d.start - 60), d.end)
        : apposition
          ? text.slice(Math.max(clause.start, d.start - 60), d.end) +
            text.slice(
              d.end + apposition[0].length,
              Math.min(clause.end, d.end + apposition[0].length + 25),
            )
          : near(text, clause, d);
      if (!entry && (NOT_NEAR.test(around) || ON_LEAVE.test(clause.text))) continue;
      const followed = FOLLOWED.test(before) ? out.at(-1) : undefined;
      const prior = out.at(-1);
      const kind = followed
        ? { kind: followed.kind, ordinal: null }
        : (kindOf(text, clause, clause.sentence, d) ??
          // "On 12 June we brought home 164 … On 14 June it was 86 seriously wounded men.": a
          // sentence that only gives another day and who came home goes on with the exchange
          // the sentence before it told.
          (prior?.kind === "exchange" &&
          prior.quote.end <= clause.start &&
          !text.slice(prior.quote.end, clause.start).includes("\n") &&
          NEXT_STAGE.test(text.slice(clause.start, clause.end)) &&
          d.start - clause.start < 5
            ? { kind: "exchange" as const, ordinal: null }
            : null));
      if (!kind) continue;
      const days = [...daysListedBefore(text, d), d.date, ...listedDays(text, d)];
      // "on 19 and 20 February, as 600 prisoners were released": one operation over two days
      // running, unless the clause names them as its stages or waves.
      const [first, last] = days;
      if (
        days.length === 2 &&
        first &&
        last &&
        daysBetween(first, last) === 1 &&
        kind.kind === "exchange" &&
        !STAGES_NAMED.test(clause.text)
      ) {
        if (last <= published) twoDaysRunning.add(out.length);
        if (last <= published)
          out.push({
            kind: "deal",
            from: first,
            to: last,
            quote,
            at: d.start,
            ordinal: null,
            istanbul,
          });
        continue;
      }
      for (const day of days) {
        if (day > published) continue;
        out.push({ ...kind, from: day, to: day, quote, at: d.start, istanbul });
      }
    }
  }
  out.push(...tableRowEvents(text, dates, published, out));
  // "… on 10 and 11 June. On 10 June, 452 were released; on 11 June, a further 268": when the
  // text tells each of the two days on its own as an exchange, those are the operations, and
  // the two days together are only their sum, no event of their own.
  for (const i of [...twoDaysRunning].sort((x, y) => y - x)) {
    const span = out[i];
    if (!span) continue;
    const alone = (day: string) =>
      out.some(
        (m) =>
          m.kind === "exchange" &&
          m.from === day &&
          m.to === day &&
          (m.quote.start >= span.quote.end || m.quote.end <= span.quote.start),
      );
    if (alone(span.from) && alone(span.to)) out.splice(i, 1);
  }
  // "completing a three-stage exchange", with the three stages' days named: the exchange as a
  // whole, from its first stage to its last, when no span is written for it.
  // "… completing the 500-for-500 exchange. Earlier stages: 30 October and 31 October": the
  // stages the text names make the whole, however many there are.
  const staged = STAGED.exec(text) ?? COMPLETED.exec(text);
  const count = staged?.[1] ?? staged?.[2];
  if (staged) {
    const days = [
      ...new Set(out.filter((m) => m.kind === "exchange" && m.from === m.to).map((m) => m.from)),
    ].sort();
    const n = count ? (STAGE_COUNT[count.toLowerCase()] ?? Number(count)) : days.length;
    const first = days[0];
    const last = days.at(-1);
    const spanned =
      !!first && !!last && out.some((m) => m.from !== m.to && m.from <= last && first <= m.to);
    // "In July two exchanges took place: the final stage of the June deal, and an exchange of
    // civilians": operations the sentence counts apart are no stages of one exchange.
    const sentence = clauses(text).find((c) => c.start <= staged.index && staged.index < c.end)
      ?.sentence.text;
    const apart = SEPARATE_EXCHANGES.test(sentence ?? "");
    // "Last week, on 4 July, the final stage of that exchange …": no stage comes after the final
    // one; an exchange on a later day (civilians freed on Friday) is no stage of it.
    const finalDay = /\b(?:final|last) stage\b/i.test(staged[0])
      ? out.find(
          (m) =>
            m.kind === "exchange" &&
            m.from === m.to &&
            m.quote.start <= staged.index &&
            staged.index < m.quote.end,
        )?.from
      : undefined;
    if (
      n >= 2 &&
      (!finalDay || finalDay === last) &&
      days.length === n &&
      first &&
      last &&
      !spanned &&
      !apart &&
      Math.abs(daysBetween(first, last)) < 14
    ) {
      const at = staged.index;
      const clause = clauses(text).find((c) => c.start <= at && at < c.end);
      if (clause)
        out.push({
          kind: "deal",
          from: first,
          to: last,
          quote: { text: clause.text, start: clause.start, end: clause.end },
          at,
          ordinal: null,
          istanbul: /\bIstanbul\b/.test(clause.text),
        });
    }
  }
  // A text headed "Statement of the Ministry of Defence" (or "Comment by the Press Department
  // of …") is itself a statement, made on the day it was published.
  const heading =
    /^(?:[^\n]*\n){0,3}?[ \t]*((?:Statement|Press release|Communiqu[ée]|Comment|Commentary) (?:of|by|from) [^\n]{3,200})$/m.exec(
      text,
    );
  // (Not a legislature's: "Statement of the State Duma Committee on Defence on the results of
  // the talks" comments on the story, it neither negotiates nor hands anyone over; nor anyone's
  // but a government's: a hospital's or a families' association's statement is no deed of it.)
  const speaker = heading?.[1]?.split(
    /\s+(?:on|regarding|concerning|about|in connection with)\s+the\b/i,
  )[0];
  if (
    heading?.[1] &&
    !LEGISLATURE.test(speaker ?? "") &&
    STATE_BODY.test(speaker ?? "") &&
    !out.some((x) => x.kind === "statement" && x.from === published)
  ) {
    const start = text.indexOf(heading[1], heading.index);
    out.push({
      kind: "statement",
      from: published,
      to: published,
      quote: { text: heading[1], start, end: start + heading[1].length },
      at: start,
      ordinal: null,
      istanbul: false,
    });
  }
  // "16:20 The Kremlin says there is no date yet for another round of talks": a live page's entry
  // in which a government speaks of talks, a statement on the page's own day (or the day of the
  // heading it is under).
  const headings = liveDays(text, published);
  for (const clause of clauses(text)) {
    const lineStart = text.lastIndexOf("\n", clause.start - 1) + 1;
    const entry = /^\d{1,2}[:.]\d{2}\s+(?:[—–-]\s+)?$/.exec(text.slice(lineStart, clause.start));
    const lead = /^\d{1,2}[:.]\d{2}\s+(?:[—–-]\s+)?/.exec(clause.text);
    if (!entry && !(lead && lineStart === clause.start)) continue;
    const body = lead ? clause.text.slice(lead[0].length) : clause.text;
    if (!LIVE_STATEMENT.test(body) || BODIES.test(body) || EXCHANGE.test(body)) continue;
    const day = liveDayAt(headings, clause.start) ?? published;
    if (out.some((x) => x.kind === "statement" && x.from === day)) continue;
    out.push({
      kind: "statement",
      from: day,
      to: day,
      quote: { text: clause.text, start: clause.start, end: clause.end },
      at: clause.start,
      ordinal: null,
      istanbul: false,
    });
  }
  // A live page's entry under a day's heading that names no day of its own: "12:55 - The
  // headquarters says 144 soldiers came home in the fifth stage" is that day's exchange; "11:20
  // - Peskov tells reporters that the exchanges are continuing" that day's statement. Not a
  // recap or a total ("… since 11 June", "In total, …"), nor an entry with no voice.
  for (const line of text.matchAll(/^[ \t]*\d{1,2}[:.]\d{2}\s*(?:[—–-]\s+)?([^\n]+)$/gm)) {
    const day = liveDayAt(headings, line.index);
    const body = line[1] ?? "";
    const start = line.index + line[0].length - body.length;
    const end = start + body.length;
    // (An entry that dates what it tells already gave its event; one that names only earlier
    // talks, "the exchange agreed in Istanbul on 2 June is expected on Monday", still speaks today.)
    if (!day || out.some((x) => x.at >= line.index && x.at < end && x.to >= day)) continue;
    if (LIVE_RECAP.test(body)) continue;
    const quote = { text: body, start, end };
    const mention = { from: day, to: day, quote, at: start, ordinal: null, istanbul: false };
    if (LIVE_DONE.test(body) && /\d/.test(body)) {
      const bodies = BODIES.test(body) && !SWAP_NOUN.test(body) && !PEOPLE.test(body);
      out.push({ kind: bodies ? "bodies" : "exchange", ...mention });
    } else if (LIVE_VOICE.test(body) && LIVE_POSITION.test(body)) {
      out.push({ kind: "statement", ...mention });
    }
  }
  // "Two days of talks in Abu Dhabi ended this afternoon": talks over the days up to today.
  for (const clause of clauses(text)) {
    const m = TALKS_DAYS.exec(clause.text);
    const n = m?.[1] ? (STAGE_COUNT[m[1].toLowerCase()] ?? Number(m[1])) : 0;
    if (!m || n < 2 || n > 5) continue;
    const from = addDaysIso(published, -(n - 1));
    if (!from || out.some((x) => TALKS_KINDS_MENTIONED.has(x.kind) && x.to === published)) continue;
    out.push({
      kind: "talks",
      from,
      to: published,
      quote: { text: clause.text, start: clause.start, end: clause.end },
      at: clause.start + m.index,
      ordinal: null,
      istanbul: /\bIstanbul\b/.test(clause.text),
    });
  }
  // "This is the third round of direct talks this year", on a live page of the day.
  for (const clause of clauses(text)) {
    const m = TALKS_TODAY.exec(clause.text);
    if (!m || out.some((x) => x.kind === "talks" && x.from === published)) continue;
    const ordinal = /\b(first|second|third|fourth|fifth|sixth) round\b/i.exec(m[0])?.[1] ?? null;
    const quote = { text: clause.text, start: clause.start, end: clause.end };
    out.push({
      kind: "talks",
      from: published,
      to: published,
      quote,
      at: clause.start + m.index,
      ordinal,
      istanbul: /\bIstanbul\b/.test(clause.text),
    });
  }
  out.push(...digestToday(text, published, dates, out));
  out.push(...stagesCountedBack(text, published, out));
  return corrected(text, published, out);
}

/**
 * "… and it came ten days after the first, which freed 127 on each side", "It comes ten days
 * after the sixth and final stage of that exchange, in which 213 were released": an earlier
 * stage, told as done, counted back from the exchange ("it") the text told last.
 */
const CAME_AFTER_STAGE =
  /\b(?:it|this|the exchange|the swap)\s+(?:came|comes|took place|followed)\s+(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\d{1,2})\s+days?\s+after\s+the\s+(?:first|second|third|fourth|fifth|sixth|previous|last)(?:\s+and\s+(?:final|last))?(?:\s+(?:stage|exchange|swap))?(?:\s+of\s+[^,.;]{1,40})?,\s+(?:which|in which|when)\b[^.;]{0,80}?\b(?:freed|released|exchanged|came home|returned)\b/gi;

function stagesCountedBack(
  text: string,
  published: string,
  told: readonly EventMention[],
): EventMention[] {
  const out: EventMention[] = [];
  for (const m of text.matchAll(CAME_AFTER_STAGE)) {
    const it = told
      .filter((x) => x.kind === "exchange" && x.from === x.to && x.at < m.index)
      .sort((a, b) => b.at - a.at)[0];
    const n = COUNTS[(m[1] ?? "").toLowerCase()] ?? Number(m[1]);
    if (!it || !Number.isFinite(n)) continue;
    const day = addDaysIso(it.from, -n);
    if (!day || day > published || told.some((x) => x.kind === "exchange" && x.from === day))
      continue;
    const clause = clauses(text).find((c) => c.start <= m.index && m.index < c.end);
    if (!clause) continue;
    out.push({
      kind: "exchange",
      from: day,
      to: day,
      quote: { text: clause.text, start: clause.start, end: clause.end },
      at: m.index,
      ordinal: null,
      istanbul: /\bIstanbul\b/.test(clause.text),
    });
  }
  return out;
}

/** A deed told as now done: "130 of our defenders are home", "an exchange is under way". */
const DONE_NOW =
  /\b(?:(?:are|is)\s+(?:now\s+)?(?:home|back home|under way|underway)|(?:have|has)\s+(?:now\s+)?been\s+(?:returned|freed|released|exchanged|brought home))\b/i;

/**
 * "Digest for 14 August 2025" over entries led by their time ("11:32 … 130 of our defenders are
 * home"): a digest of its own day tells an exchange done that day in the present, with no day
 * written beside it. The first entry that does so is that day's exchange, when no other
 * exchange on that day was read.
 */
function digestToday(
  text: string,
  published: string,
  dates: readonly DateMention[],
  told: readonly EventMention[],
): EventMention[] {
  if (told.some((m) => m.kind === "exchange" && m.from === published && m.to === published))
    return [];
  const headEnd = text.split("\n", 3).join("\n").length;
  const ownDay = dates.some(
    (d) => d.start < headEnd && d.date === published && /\d{4}/.test(d.text),
  );
  if (!ownDay || !/\bdigest\b/i.test(text.slice(0, headEnd))) return [];
  let at = 0;
  for (const line of text.split("\n")) {
    const start = at;
    at += line.length + 1;
    if (!ENTRY_LINE.test(line)) continue;
    const first = line.split(/(?<=[.!?])\s+/).find((x) => DONE_NOW.test(x));
    if (!first || (!EXCHANGE.test(first.replace(DONE_NOW, " ")) && !/\bexchange\b/i.test(first)))
      continue;
    if (BODIES.test(first) || NOT_NEAR.test(first)) continue;
    const from = start + line.indexOf(first);
    return [
      {
        kind: "exchange",
        from: published,
        to: published,
        quote: { text: first, start: from, end: from + first.length },
        at: from,
        ordinal: null,
        istanbul: false,
      },
    ];
  }
  return [];
}

/** Which stored kinds a proposed kind is the same event as, on the same day. */
const SAME: Record<ProposedKind, readonly string[]> = {
  exchange: ["exchange", "deal"],
  deal: ["deal", "exchange"],
  talks: ["talks", "meeting"],
  meeting: ["meeting", "talks"],
  bodies: ["bodies"],
  return: ["return", "exchange"],
  statement: ["statement"],
  call: ["call"],
};

const ORDINALS: Record<string, string> = {
  one: "First",
  two: "Second",
  three: "Third",
  four: "Fourth",
  five: "Fifth",
};

function titleOf(m: EventMention): string {
  const day = m.from === m.to ? formatNewsroomDate(m.from) : formatDateRange(m.from, m.to);
  const where = m.istanbul ? " in Istanbul" : "";
  switch (m.kind) {
    case "talks": {
      const ord = m.ordinal ? (ORDINALS[m.ordinal.toLowerCase()] ?? m.ordinal) : null;
      const round = ord ? `${ord} round of talks` : "Talks";
      return `${round[0]?.toUpperCase()}${round.slice(1)}${where} (${day})`;
    }
    case "meeting":
      return `Meeting (${day})`;
    case "statement":
      return `Statement (${day})`;
    case "call":
      return `Telephone call (${day})`;
    case "bodies":
      return `Return of the bodies of the fallen (${day})`;
    case "return":
      return `Return of civilians or children (${day})`;
    case "deal":
      return `Staged exchange (${day})`;
    default:
      return `Exchange of ${day}`;
  }
}

/** "june-12", "june 12", "12 june": what a reporter types for the day. */
function aliasesOf(m: EventMention): string[] {
  const [, mm, dd] = m.from.split("-");
  const month = MONTH_NAMES[Number(mm) - 1] as string;
  const day = String(Number(dd));
  const base = [`${month}-${day}`, `${month} ${day}`, `${day} ${month}`];
  if (m.from !== m.to) {
    const [, mm2, dd2] = m.to.split("-");
    const month2 = MONTH_NAMES[Number(mm2) - 1] as string;
    const end = month2 === month ? String(Number(dd2)) : `${month2}-${Number(dd2)}`;
    return [
      `${month}-${day}-${end}`,
      `${m.kind === "bodies" ? "bodies" : "exchange"} ${month} ${day}`,
    ];
  }
  if (m.kind === "talks" || m.kind === "meeting") return base.map((a) => `${a} talks`);
  if (m.kind === "statement") return base.map((a) => `${a} statement`);
  if (m.kind === "bodies") return [...base.map((a) => `${a} bodies`), `bodies-${month}-${day}`];
  return base;
}

export interface ProposedEvents {
  /** New events, unreviewed, in the order the text gives them. */
  events: Event[];
  /** Every event the text speaks of with its day: new ones and those the store already has. */
  mentioned: Event[];
}

/**
 * The events a source establishes that `known` (the store's events, proposed ones included)
 * does not have on that day and of that kind. A stage inside a span the source or the store
 * gives is filed as part of it.
 */
export function proposeEvents(
  text: string,
  published: string,
  known: readonly Event[],
  input: { sourceId: string; now: string },
): ProposedEvents {
  const live = known.filter((e) => e.status !== "rejected");
  const taken = new Set(live.map((e) => e.id));
  const events: Event[] = [];
  const mentioned: Event[] = [];
  const find = (m: EventMention, pool: readonly Event[]) =>
    pool.find(
      (e) =>
        SAME[m.kind].includes(e.kind) &&
        (m.from === m.to
          ? eventStart(e) === m.from && eventEnd(e) === m.to
          : eventStart(e) === m.from && eventEnd(e) === m.to),
    ) ??
    // A single day inside a known deal's span (a wave of the 1,000-for-1,000).
    (m.from === m.to && m.kind === "exchange"
      ? pool.find(
          (e) =>
            e.kind === "exchange" &&
            eventStart(e) === m.from &&
            (e.status === undefined || e.status === "reviewed"),
        )
      : undefined);
  const mentions = findEventMentions(text, published);
  // Spans first, so that the stages inside them can be filed as their parts.
  const ordered = [
    ...mentions.filter((m) => m.from !== m.to),
    ...mentions.filter((m) => m.from === m.to),
  ];
  for (const m of ordered) {
    const stored = find(m, live) ?? find(m, events);
    if (stored) {
      if (!mentioned.includes(stored)) mentioned.push(stored);
      continue;
    }
    // A curated deal's wave, or any curated event on that day of a kind that counts people,
    // already answers for it: "the 1,000-for-1,000 exchange that ended on May 25".
    if (
      live.some(
        (e) =>
          e.status === undefined &&
          eventStart(e) !== null &&
          (eventStart(e) as string) <= m.from &&
          m.to <= (eventEnd(e) as string) &&
          SAME[m.kind].includes(e.kind),
      )
    )
      continue;
    // "The talks … ended on Friday with an agreement: each side will free 1,000": a day the store
    // already files a curated event of another kind under is that event's, not a new exchange.
    if (
      m.from === m.to &&
      live.some(
        (e) =>
          (e.status === undefined || e.status === "reviewed") &&
          eventStart(e) === m.from &&
          eventEnd(e) === m.to &&
          !SAME[m.kind].includes(e.kind),
      )
    )
      continue;
    // "The previous exchange took place on 7 May" of an exchange the store files on May 6: the
    // same exchange dated differently (a date dispute for the fact-check), not a new one.
    if (
      m.kind === "exchange" &&
      !/\b(?:stage|wave|batch|round)\b/i.test(m.quote.text) &&
      live.some(
        (e) =>
          e.kind === "exchange" &&
          e.partOf === null &&
          (e.status === undefined || e.status === "reviewed") &&
          Math.abs(daysBetween(eventStart(e) as string, m.from)) === 1,
      )
    )
      continue;
    const prefix = m.kind === "meeting" ? "talks" : m.kind;
    let id = `${prefix}-${m.from}${m.from === m.to ? "" : `-${m.to}`}`;
    for (let n = 2; taken.has(id); n++) id = `${prefix}-${m.from}-${n}`;
    taken.add(id);
    const container =
      m.kind === "exchange"
        ? [...events, ...live].find(
            (e) =>
              e.kind === "deal" &&
              (eventStart(e) as string) <= m.from &&
              m.to <= (eventEnd(e) as string),
          )
        : undefined;
    const event: Event = {
      id,
      kind: m.kind,
      title: titleOf(m),
      date: m.from === m.to ? { on: m.from } : { from: m.from, to: m.to },
      partOf: container?.id ?? null,
      aliases: aliasesOf(m),
      status: "unreviewed",
      sourceId: input.sourceId,
      quote: m.quote,
      addedAt: input.now,
    };
    events.push(event);
    mentioned.push(event);
  }
  // A span proposed after its stages (or stages the store proposed earlier) still gathers them.
  for (const e of events) {
    if (e.kind !== "exchange" || e.partOf) continue;
    const day = eventStart(e) as string;
    const deal = events.find(
      (d) =>
        d.kind === "deal" && (eventStart(d) as string) <= day && day <= (eventEnd(d) as string),
    );
    if (deal) e.partOf = deal.id;
  }
  return { events, mentioned };
}
