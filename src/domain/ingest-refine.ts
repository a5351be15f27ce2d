/**
 * What later copy counts that the fact-check's reader does not place: bodies of the fallen,
 * young soldiers under 25, children, the seriously wounded. And which event a figure belongs
 * to when the sentence names more than one day ("On 24 August, under the agreements reached on
 * 23 July, 146 servicemen were returned" is the exchange's, not the talks'). Pure helpers for
 * ingest.ts, reading only the source text around a figure.
 */
import type { Counted, Event, Fact } from "../store/schema.ts";
import { eventEnd, eventStart } from "./catalog.ts";
import { addDaysIso, daysBetween } from "./dates.ts";
import type { EventMention } from "./ingest-events.ts";

const BODIES_AFTER = /^\s*(?:[A-Za-z-]+\s+){0,2}?(?:bod(?:y|ies)|remains)\b/i;
const BODIES_BEFORE =
  /\b(?:bod(?:y|ies)|remains) of\s+(?:the\s+)?(?:another|a further|(?:more|fewer) than|about|nearly|some|over)?\s*$|\b(?:whose\s+)?(?:bodies|remains)\s+(?:were|are|was|is)\s+(?:among|part of|one of)\s+(?:the\s+)?$/i;
/**
 * A figure joined to one of bodies: "the remains of 1,212 Ukrainian and 27 Russian soldiers"
 * (the first names only a side, so the noun is both figures'), "the bodies of 900 men …, and of
 * 40 Russian soldiers" (a second "of" the first governs).
 */
const BODIES_SIBLING =
  /\b(?:bod(?:y|ies)|remains) of\s+(?:the\s+)?(?:[\p{L}]+\s+)?\d[\d,]*\s+(?:Ukrainian|Russian)\s+and\s+$|\b(?:bod(?:y|ies)|remains) of\b[^.;()]{0,160},?\s+(?:and|as well as)\s+of\s+(?:(?:more|fewer) than|about|nearly|some|over)?\s*$/iu;
const BODIES_CLAUSE_BEFORE = /\b(?:bod(?:y|ies)|remains)\b[^.;]{0,60}[;,]\s*(?:and\s+|while\s+)?$/i;
const BARE_VERB_AFTER = /^\s+(?:go|went|goes|were|was|are|to|for|returned|handed|came)\b/i;
const UNDER_25 =
  /^\s*(?:(?:each|a side|per side)\s*,\s*)?(?:[A-Za-z'-]+\s+){0,4}?(?:(?:aged|under the age of|under|below the age of)\s+(?:18\s+(?:to|and|-|–)\s+)?25\b|aged\s+(?:between\s+)?18\s+(?:to|and|-|–)\s+24\b|under-25s?\b)/i;
const YOUNG_BEFORE = /\b(?:under-25s?|young soldiers|young men|young ones)\b[^.;]{0,20}$/i;
/** "212 young soldiers", "300 young Ukrainian servicemen": the young of a swap by age. */
const YOUNG_AFTER =
  /^\s*(?:more\s+|other\s+)?young\s+(?:(?:Ukrainian|Russian)\s+)?(?:soldiers|servicemen|men|prisoners|POWs|captives|defenders)\b/i;
/** "212 soldiers, all of them under 25, …", "300 prisoners …, all aged 25 or younger": by age. */
const ALL_UNDER_25 =
  /^[^.;:,]{0,40},\s*all\s+(?:of\s+them\s+)?(?:aged\s+)?(?:under(?:\s+the\s+age\s+of)?\s+25\b|25\s+or\s+(?:younger|under)\b|(?:between\s+)?18\s+(?:to|and|-|–)\s+25\b)/i;
/** "96 defenders came home today, all of them with serious wounds or illnesses". */
const ALL_SERIOUSLY_WOUNDED =
  /^[^.;:,]{0,40},\s*all\s+(?:of\s+them\s+)?(?:with\s+(?:serious|severe|grave)\s+(?:wounds|injuries|illnesses)\b|(?:seriously|severely|gravely|badly)\s+(?:wounded|injured|ill)\b)/i;
const CHILDREN_AFTER = /^\s*(?:[A-Za-z-]+\s+){0,2}?(?:children|kids|minors|teenagers)\b/i;
/**
 * "105 seriously wounded", "(185 each, seriously wounded and sick)", "64 of the 210 returned were
 * seriously wounded": the figure counts the seriously wounded.
 */
const SERIOUSLY_WOUNDED_AFTER =
  /^\s*(?:[A-Za-z-]+\s+){0,2}?(?:seriously|severely|badly|gravely) (?:wounded|injured|ill)\b|^\s*(?:each|a side|per side)?\s*,\s*(?:all\s+(?:of\s+them\s+)?)?(?:seriously|severely|badly|gravely) (?:wounded|injured|ill)\b|^\s*of\s+the\s+(?:\d[\d,]*\s+)?(?:[\p{L}-]+\s+){0,3}?(?:were|was|are)\s+(?:seriously|severely|badly|gravely) (?:wounded|injured|ill)\b/iu;
/** "the seriously wounded and sick detainees, among them 48 Ukrainians and 31 Russians": parts of them. */
const SERIOUSLY_WOUNDED_BEFORE =
  /\b(?:seriously|severely|badly|gravely) (?:wounded|injured|ill)\b[^.;]{0,60},\s*(?:among them|including|of whom|of them)\s+(?:\d[\d,]*\s+[\p{L}]+\s+and\s+)?$/iu;
/** "the wounded were the focus of the second stage, when": the day's stage was the wounded's. */
const WOUNDED_WHEN_BEFORE =
  /\bthe (?:(?:seriously|severely|badly|gravely) )?(?:wounded|injured)(?: and (?:sick|ill))? (?:were|was)\b[^.;]{0,80}\bwhen\s+$/i;
/** "… 1,700 children …, out of about 20,000": the noun of the part the whole is told against. */
const OUT_OF_BEFORE =
  /\b\d[\d,]*\s+(children|civilians|bodies)\b[^.;]{0,80},?\s+out of\s+(?:about\s+|some\s+|nearly\s+|more than\s+|over\s+|roughly\s+)?$/i;
/** "Fourteen defenders from Lviv whose bodies were returned": the fallen, named by whose bodies. */
const WHOSE_BODIES_AFTER = /^\s*(?:[\p{L}-]+\s+){0,4}?whose\s+(?:bodies|remains)\b/iu;

const CIVILIANS_AFTER = /^\s*(?:[A-Za-z-]+\s+){0,2}?(?:civilians|citizens|civilian hostages)\b/i;
/** "eight residents of the Kursk region", handed over: civilians, unless the words say captivity. */
const RESIDENTS_AFTER = /^\s*(?:[A-Za-z-]+\s+){0,1}?residents\b/i;
const NOT_CIVIL = /\b(?:prisoners|POWs?|captivity|servicemen|soldiers|military)\b/i;

/** (Not the verb: "the May exchange, 1,000 for 1,000, remains the largest".) */
const BODIES_WORDS =
  /\bbod(?:y|ies)\b|\b(?:the|of|human|mortal|their|whose|and|\d(?:[\d,]*\d)?)\s+remains\b|\bremains\s+(?:of|were|was|have|had|are)\b|^remains\b|\brepatriat/i;
const PEOPLE_WORDS =
  /\b(?:prisoners|POWs|servicemen|captives|soldiers|civilians|people|Ukrainians|Russians|men|children)\b/i;

/** A figure's own noun of people, a few words after it: "163 mostly wounded prisoners". */
const OWN_PEOPLE_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:prisoners|POWs|servicemen|captives|soldiers|people|men)\b/u;

const BARE_NEXT = new Set(
  "on in at after before to and were was had have of for from the by with".split(" "),
);

/** What the words beside a figure say it counts, when they say more than "prisoners". */
/** Who a scoreline's legs were: words set beside it on its own line or in its own clause. */
const SCORELINE_WHO =
  /\b(?:(seriously|severely|badly)\s+)?(wounded|under-25s|young(?:\s+(?:soldiers|men))?|civilians)\b/i;

/**
 * "226-226, the under-25s", "Wednesday was the seriously wounded: 134-134", "a civilians' leg,
 * 12-12": what a figure written both ways counts, from the words beside it within its line and
 * clause (no further: the line before is another leg). Null when it is no scoreline or they say
 * nothing.
 */
function scorelineCounted(text: string, start: number, end: number): Counted | null {
  const mirror = /^[-–](\d{1,3}(?:,\d{3})*)(?![\d,]*\d)/.exec(text.slice(end, end + 12));
  if (!mirror || mirror[1] !== text.slice(start, end)) return null;
  const after = text.slice(end + mirror[0].length, end + mirror[0].length + 40);
  const own = /^,\s+(?:the\s+|a\s+|all\s+)?([^\n.;,]{0,30})/.exec(after)?.[1];
  const lineStart = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 60);
  const lead = text.slice(lineStart, start).split(/[.;]/).at(-1) ?? "";
  const words = (own && SCORELINE_WHO.exec(own)) ?? SCORELINE_WHO.exec(lead);
  if (!words?.[2]) return null;
  const who = words[2].toLowerCase();
  if (who === "civilians") return "civilians";
  if (who === "wounded") return words[1] ? "seriously-wounded" : "wounded";
  return "under-25";
}

/**
 * "10 June | servicemen aged 18 to 25 | 168 | 168": whom a table's figure counts, by the cells
 * of its row before it (a category column). A row that names two kinds ("aged 18 to 25 and
 * seriously wounded") counts both, no one kind; null then, or when no cell names one.
 */
export function tableRowCounted(text: string, start: number): Counted | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const row = text.slice(lineStart, start);
  // (A row laid out with spaces, "  09 June   aged 18-25   223", is split at its gaps.)
  const cells = (/\|| \/ /.test(row) ? row.split(/\|| \/ /) : row.trimStart().split(/ {2,}/))
    .slice(1)
    .join(" ; ");
  if (!cells.trim()) return null;
  // "Table 2. Bodies of the fallen" above "| Handover | To Ukraine | To Russia |": a row that
  // names no one counts what the table's caption says it counts.
  const caption = /^\s*\|/.test(row) ? tableCaption(text, lineStart) : null;
  return kindOf(cells) ?? (caption ? kindOf(caption) : null);
}

/** The line just above a table written with pipes ("Table 2. Bodies of the fallen"), if any. */
function tableCaption(text: string, rowStart: number): string | null {
  let at = rowStart;
  for (;;) {
    if (at === 0) return null;
    const above = text.lastIndexOf("\n", at - 2) + 1;
    const line = text.slice(above, at - 1);
    if (!line.trim()) return null;
    if (!/^\s*\|/.test(line)) return line;
    at = above;
  }
}

function kindOf(cells: string): Counted | null {
  const kinds = new Set<Counted>();
  if (
    /\b(?:aged\s+18(?:\s+(?:to|and)\s+|\s*[-–]\s*)2[45]|under(?:\s+the\s+age\s+of)?\s+25|under-25s?|young\s+(?:soldiers|servicemen|men))\b/i.test(
      cells,
    )
  )
    kinds.add("under-25");
  if (/\b(?:seriously|severely|badly|gravely)\s+(?:wounded|injured|ill)\b/i.test(cells))
    kinds.add("seriously-wounded");
  if (/\bcivilians?\b/i.test(cells)) kinds.add("civilians");
  if (/\b(?:bod(?:y|ies)|remains)\b/i.test(cells)) kinds.add("bodies");
  return kinds.size === 1 ? ([...kinds][0] as Counted) : null;
}

export function countedNear(
  text: string,
  start: number,
  end: number,
  clause: string,
): Counted | null {
  const scored = scorelineCounted(text, start, end);
  if (scored) return scored;
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 40), start);
  const sentenceFrom = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("\n", start), 0);
  if (
    BODIES_AFTER.test(after) ||
    WHOSE_BODIES_AFTER.test(after) ||
    BODIES_BEFORE.test(before) ||
    BODIES_SIBLING.test(text.slice(sentenceFrom, start)) ||
    // "Ukraine receives 1,000 bodies; 31 go to Russia": a bare figure in the clause after one of
    // bodies counts what that one counted.
    (BODIES_CLAUSE_BEFORE.test(text.slice(sentenceFrom, start)) && BARE_VERB_AFTER.test(after))
  )
    return "bodies";
  // "Russia handed over the bodies of 1,200 soldiers. Kyiv expects about 6,000 in all.": a
  // figure with no noun of its own, in a sentence that names no people, counts what the sentence
  // before counted when that was bodies.
  if (
    sentenceFrom > 0 &&
    /^\s*(?:in all|in total|altogether|overall|in return|in exchange|back)?\s*[.;]/i.test(after)
  ) {
    const own = text.slice(sentenceFrom, start);
    const prior = text.slice(Math.max(0, text.lastIndexOf(". ", sentenceFrom - 1)), sentenceFrom);
    if (
      /\b(?:bod(?:y|ies)|remains)\b/i.test(prior) &&
      // (Not a timeline's or a data page's line, "3 October: Second stage, 385 for 385.")
      !/[:—–]|\bfor\s*$/i.test(own) &&
      !/\b(?:prisoners|soldiers|servicemen|people|civilians|children|Ukrainians|Russians|POWs|captives)\b/i.test(
        own,
      )
    )
      return "bodies";
  }
  if (CHILDREN_AFTER.test(after)) return "children";
  // "1,700 children have been brought back, out of about 20,000 deported": the whole counts
  // what its part counts.
  const outOf = OUT_OF_BEFORE.exec(text.slice(sentenceFrom, start))?.[1]?.toLowerCase();
  if (outOf === "children" || outOf === "civilians" || outOf === "bodies") return outOf;
  // The figure's own words after it first: "following 172 young soldiers on Wednesday and 118
  // seriously wounded on Thursday" — the 118 are the wounded, whatever the words before say.
  if (
    UNDER_25.test(after) ||
    YOUNG_AFTER.test(after) ||
    ALL_UNDER_25.test(text.slice(end, end + 90))
  )
    return "under-25";
  if (SERIOUSLY_WOUNDED_AFTER.test(after) || ALL_SERIOUSLY_WOUNDED.test(text.slice(end, end + 90)))
    return "seriously-wounded";
  // (Not when the figure names whom it counts itself: "217 young soldiers on 20 June and 163
  // mostly wounded prisoners on 1 July" — the 163 are not the young soldiers.)
  if (YOUNG_BEFORE.test(before) && !OWN_PEOPLE_AFTER.test(after)) return "under-25";
  if (SERIOUSLY_WOUNDED_BEFORE.test(text.slice(sentenceFrom, start))) return "seriously-wounded";
  // "the wounded were the focus of the second stage on 14 June, when 86 came home": a bare
  // figure of the day its sentence says was the wounded's.
  if (
    WOUNDED_WHEN_BEFORE.test(text.slice(sentenceFrom, start)) &&
    /^\s+(?:came|were|returned)\b/i.test(after)
  )
    return "seriously-wounded";
  // "eight citizens of the Russian Federation, residents of the Kursk region": civilians, unless
  // the words go on to servicemen ("84 citizens, servicemen and civilians" is everyone).
  // ("390 citizens of Ukraine returned home" are prisoners: citizens are civilians only when the
  // words say how they were held, "residents … detained".)
  const rest = text.slice(end, end + 120);
  if (
    CIVILIANS_AFTER.test(after) &&
    (/^\s*(?:[A-Za-z-]+\s+){0,2}?civilian/i.test(after) ||
      /^[^.;]*\b(?:residents|detained|deported|hostages)\b/i.test(rest)) &&
    !/^[^.;]{0,40}\b(?:servicemen|soldiers|military|POWs)\b/i.test(after)
  )
    return "civilians";
  const sentenceEnd = text.slice(end).search(/[.!?](?:\s|$)/);
  if (
    RESIDENTS_AFTER.test(after) &&
    !NOT_CIVIL.test(text.slice(end, sentenceEnd < 0 ? undefined : end + sentenceEnd))
  )
    return "civilians";
  // "1,200 on June 13", "Russia 24": a bare figure (no noun after it) in a clause about bodies
  // and not about prisoners; "Russia promised 6,000 in June", in a clause that counts nothing,
  // takes what its paragraph counts when that is only bodies.
  const next = /^\s*([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
  if (!next || BARE_NEXT.has(next)) {
    if (BODIES_WORDS.test(clause) && !/\b(?:prisoners|POWs|servicemen|captives)\b/i.test(clause))
      return "bodies";
    const from = text.lastIndexOf("\n", start) + 1;
    const to = text.indexOf("\n", end);
    const paragraph = text.slice(from, to < 0 ? undefined : to);
    if (
      !BODIES_WORDS.test(clause) &&
      !PEOPLE_WORDS.test(clause) &&
      BODIES_WORDS.test(paragraph) &&
      !PEOPLE_WORDS.test(paragraph)
    )
      return "bodies";
  }
  return null;
}

/** Ages that are figures but not facts of the story ("soldiers under 25", "aged 19"). */
export function anAge(text: string, start: number, end: number): string | null {
  const said = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 25), start);
  const after = text.slice(end, end + 25);
  // (A bare small number after "at" is an age, "captured at 19"; "put it at more than 4,750" is not.)
  const small = /^\d{1,3}$/.test(said) && Number(said) <= 110;
  if (
    /^(?:under|over|aged)\s+\d+$/i.test(said) ||
    /\b(?:age of|aged|aged (?:from|between)|turns?|turned)\s+$/i.test(before) ||
    (small &&
      /\bat\s+$/i.test(before) &&
      // ("Kyiv put the number at 27": a count given, not an age.)
      !/\bput(?:s|ting)?\s+(?:it|the (?:number|figure|total|toll|count))\s+at\s+$/i.test(before))
  )
    return "an age";
  // "aged from 6 to 17", "the youngest was 19", "Ivan was 27 when he was captured".
  if (/\baged\s+(?:from\s+|between\s+)?\d{1,3}\s+(?:to|and|-|–)\s*$/i.test(before)) return "an age";
  if (small && /\b(?:youngest|oldest)\s+(?:was|is|were|being)\s+$/i.test(before)) return "an age";
  // "the youngest returnee is 19 and the oldest among the wounded is 57", "when he was 21".
  if (
    small &&
    /\b(?:youngest|oldest)\b[^.;,\d]{0,40}\b(?:was|is)\s+$/i.test(
      text.slice(Math.max(0, start - 60), start),
    )
  )
    return "an age";
  if (small && /\bwhen (?:he|she|they) (?:was|were)\s+$/i.test(before)) return "an age";
  // "Maksym Hnatiuk, now 22, was among …": an age set off after a name.
  if (small && /\p{Lu}\p{Ll}+,\s+now\s+$/u.test(before) && /^\s*,/.test(after)) return "an age";
  // "the youngest was 20 and the oldest 61": the second age, its verb left out.
  if (
    small &&
    /\b(?:and|,)\s+the\s+(?:youngest|oldest)\s+$/i.test(before) &&
    /\b(?:youngest|oldest)\b[^.;]{0,60}\b(?:was|is)\s+\d{1,3}\b/i.test(
      text.slice(Math.max(0, start - 100), start),
    )
  )
    return "an age";
  if (small && /\b(?:was|is)\s+$/i.test(before) && /^\s+(?:when|at the time)\b/i.test(after))
    return "an age";
  if (
    /^\s*(?:to\s+\d+\b|-year-old|years? old|years? of age)/i.test(after) &&
    /\baged?\s*$/i.test(before)
  )
    return "an age";
  if (/^-year-old|^\s*years?\s+old/i.test(after)) return "an age";
  return null;
}

/** Ages, durations, times and names: figures the reader made no claim of that are no facts. */
export function notAFigure(text: string, start: number, end: number): string | null {
  const age = anAge(text, start, end);
  if (age) return age;
  const said = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 25), start);
  const after = text.slice(end, end + 25);
  if (/\d[\d,]*[-\s]for[-\s]\d|thousand-for-thousand/i.test(said)) return "the name of an exchange";
  if (
    /^\s*(?:minutes?|hours?|days?|weeks?|months?|years?|km|kilomet|miles?|stages?|rounds?|batches|waves?|per ?cent|%)\b/i.test(
      after,
    )
  )
    return "a duration or a count of stages";
  if (/^:\d\d/.test(after) || /\d:$/.test(before)) return "a time";
  return notAClaim(text, start, end);
}

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|and|&|or)\s*$/i;
const PERSON_BEFORE =
  /(?:\b(?:boy|girl|man|woman|son|daughter|father|mother|soldier|teenager|child|wife|husband|brother|sister)|\b\p{Lu}\p{Ll}+)\s*,\s*$/u;
const NOT_A_NAME =
  /\b(?:Ukraine|Russia|Kyiv|Moscow|Istanbul|Belarus|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,\s*$/;

const DAYS_BEFORE_MONTH =
  /^(?:\s*,\s*\d{1,2})*\s*,?\s*(?:and|&|or|to|-|–)\s*\d{1,2}\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** Weights, lengths and volumes: "lost about 20 kilograms". */
const UNIT_AFTER =
  /^\s*(?:kilo(?:gram(?:me)?)?s?|kg|grams?|tonnes?|litres?|liters?|(?:cubic |square )?metres?|(?:cubic |square )?meters?|km|kilomet\w*|miles?|pounds?|lbs?|bcm|barrels?|hectares?|(?:mega|giga)watts?|to the (?:dollar|euro)|per (?:dollar|euro))\b/i;
/** "Correction: … we said the swap was of 250 prisoners each": the figure the outlet takes back. */
const RETRACTED =
  /\b(?:correction\b[^.!?]*\bwe\s+(?:said|reported|wrote|stated)|we\s+(?:wrongly|mistakenly|incorrectly)\s+(?:said|reported|wrote|stated)|an? (?:earlier|previous) version of this (?:story|article|report)\b[^.!?]*\b(?:said|reported|stated|gave))\b[^.!?]*$/i;

/** "An earlier version … said … 91 …. The correct figure … is 19": a figure given wrongly, put right. */
const TAKEN_BACK =
  /\b(?:an? (?:earlier|previous|original) version of this (?:story|article|report)|we (?:wrongly|mistakenly|incorrectly))\b([^.!?]*)[.!?]\s+(?:The|the) (?:correct|right|true|accurate) (?:figure|number|count|total)\b[^.!?]{0,80}?\bis\s+[\d,]+/gi;

/** The figures a correction notice says the article gave wrongly and puts right. */
function takenBack(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(TAKEN_BACK))
    for (const n of (m[1] ?? "").matchAll(/(?<![\d,])\d[\d,]*\d|(?<![\d,])\d(?![\d,])/g))
      out.add(n[0]);
  return out;
}

/**
 * Whether a figure is part of the outlet's own name, as the text writes it: "DNIPRO (Dnipro 24
 * TV)", "Dnipro 24 will follow the next stage" for the outlet "Dnipro 24 TV".
 */
export function inOutletName(text: string, start: number, end: number, outlet: string): boolean {
  const said = text.slice(start, end);
  const words = outlet.split(/\s+/);
  const i = words.indexOf(said);
  if (i < 0) return false;
  const before = words[i - 1];
  const after = words[i + 1];
  return (
    (!!before && text.slice(Math.max(0, start - before.length - 1), start) === `${before} `) ||
    (!!after && text.slice(end, end + after.length + 1) === ` ${after}`)
  );
}

/** A text that opens as a correction notice: "Correction: …", "Clarification". */
const CORRECTION_NOTICE = /^\s*(?:corrections?|clarifications?)\b/i;
/** What the corrected article said, in such a notice: "the article (also) stated that …". */
const CORRECTED_SAID =
  /\b(?:(?:the|this|that|our|an?) (?:original |earlier |previous )?(?:article|story|report|item)\b[^.!?]*?\b(?:stated|said|reported|claimed|gave|put)\b|under the (?:head(?:line)?|title)\s*["“])[^.!?]*$/i;

/**
 * Figures both readers might take for a claim that no editor would file: an age in apposition ("Melnyk, 41, who …", "Kherson boy,
 * 14, reunited"), the later days of a list ("June 11, 13 and 16"), "one of eight children".
 */
export function notAClaim(text: string, start: number, end: number): string | null {
  const said = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 25);
  const n = Number(said.replace(/,/g, ""));
  // ("Happy birthday to Sergei, 34 today, …": the same, on the day itself.)
  if (/^\d{1,3}$/.test(said) && n <= 110 && /^\s*(?:today\s*)?,/.test(after)) {
    if (PERSON_BEFORE.test(before) && !NOT_A_NAME.test(before) && !MONTH.test(before))
      return "an age";
  }
  // "prisoners between the ages of 18 and 25", "aged 18 to 25": the bounds of an age.
  if (
    !(n > 110) &&
    /\bage[sd]?\s+(?:of\s+)?(?:between\s+)?(?:\d{1,3}\s+(?:and|to|-|–)\s+)?$/i.test(before)
  )
    return "an age";
  // "one hundred and ninety young men, all under twenty-five": an age bound, not a count.
  if (
    !(n > 110) &&
    ((/^(?:under|below|over)\s/i.test(said) && /\ball\s+$/i.test(before)) ||
      /\ball\s+(?:under|below|over)\s+$/i.test(before))
  )
    return "an age";
  if (/^\d{1,2}$/.test(said) && n <= 31 && MONTH.test(before)) return "a day in a list of days";
  // "on 10, 11 and 14 June", "the releases of 10 and 11 June": days listed before their month.
  if (/^\d{1,2}$/.test(said) && n <= 31 && DAYS_BEFORE_MONTH.test(after))
    return "a day in a list of days";
  // "since the spring of twenty twenty-two": a year said in words, both its halves.
  if (
    (/^twenty$/i.test(said) &&
      /^\s+(?:twenty(?:-\w+)?|nineteen|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b/i.test(
        after,
      )) ||
    (/^(?:twenty(?:-\w+)?|nineteen|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)$/i.test(
      said,
    ) &&
      /\btwenty\s+$/i.test(before))
  )
    return "a year said in words";
  if (UNIT_AFTER.test(after)) return "a measure, not a count";
  if (/^:\d\d/.test(after) || /\d:$/.test(before)) return "a time";
  if (/^0\d*(?:[\s-]\d+){2,}$/.test(said)) return "a phone number";
  if (RETRACTED.test(text.slice(Math.max(0, text.lastIndexOf("\n", start), start - 160), start)))
    return "a figure the outlet retracts";
  // "A previous version said … 63 … The right figure is 36.": the figure taken back is retracted
  // wherever the article still tells it.
  if (/^[\d,]+$/.test(said) && takenBack(text).has(said)) return "a figure the outlet retracts";
  // A correction notice: "The article stated that 1,280 …", "under the headline “… 1,280 …”".
  if (
    CORRECTION_NOTICE.test(text.slice(0, 200)) &&
    CORRECTED_SAID.test(text.slice(Math.max(0, text.lastIndexOf("\n", start), start - 160), start))
  )
    return "a figure the outlet retracts";
  // "returned one batch of bodies, 1,211 on 13 June": how many handovers, not how many bodies.
  if (/^\s+(?:batch|batches|consignment|consignments|convoy|convoys)\b/i.test(after))
    return "a count of handovers, not of anyone";
  // "567 were young soldiers (168 + 212 + 187)": the stages' figures added up, told again.
  if (/^\s*\+\s*\d/.test(after) || /\d\s*\+\s*$/.test(before))
    return "an addend of a sum written out";
  // "That is six per side more than the 1,000 promised": a difference, not a count of anyone.
  if (/^\s+(?:(?:per|a|each)\s+side\s+)?(?:more|fewer|less)\s+than\b/i.test(after))
    return "a difference between two figures";
  // "226-226": the figure after the dash is the scoreline's other half, read with the first.
  const mirrored = /(?<![\d,.])(\d{1,3}(?:,\d{3})*)[-–]$/.exec(before)?.[1];
  if (mirrored === said && !/^[-–]?\d/.test(after)) return "the other half of a scoreline";
  // "The ombudsman had told a channel earlier that “more than 100” were crossing. The
  // headquarters gave the final figure in the evening.": an early figure the story then replaces.
  const from = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("\n", start)) + 1;
  const stop = text.slice(end).search(/[.!?](?:\s|$)/);
  const next = stop < 0 ? "" : text.slice(end + stop + 1, end + stop + 200);
  if (
    /\bhad (?:told|said)\b/i.test(text.slice(from, start)) &&
    /^\s*[^.]*\b(?:later|final figure|revised|updated)\b/i.test(next)
  )
    return "an early figure the story later replaces";
  // "a three-day exchange", "the 3-day operation": how long it lasted, said in passing.
  if (/^[-‑]day\b/i.test(after) && !(n >= 10)) return "how long, not how many";
  // "Press release No: 141", "No. 87/2025": a document's number.
  if (/\bNo[:.]\s*$/.test(before)) return "a document's number";
  if (/^\s+of\b/i.test(after) && /^(?:one|1)$/i.test(said)) return "one of a group, not a count";
  // "every name is checked three times", "twice": how often, not how many.
  if (!(n >= 100) && /^\s+(?:times|more times)\b/i.test(after))
    return "how many times, not a count";
  // "even if they gave one in 2023": "one" standing for a thing named before.
  if (
    /^one$/i.test(said) &&
    /^\s*(?:[.,;:!?)]|(?:in|on|at|for|to|from|with|too|again|last|earlier|before|already)\b)/i.test(
      after,
    )
  )
    return "a word standing for a thing named before";
  return null;
}

/**
 * The side "the same number" goes to, in the sentence after a figure or a live blog's next entry:
 * "Russia received the same number", "Moscow got the same number back", "the same number of
 * Russian servicemen came home" go to Russia; "the same number of Ukrainian prisoners were
 * handed over" to Ukraine. Null when that sentence names no side.
 */
export function sameNumberSide(text: string, sentenceEnd: number): "ukraine" | "russia" | null {
  const next = text.slice(sentenceEnd, sentenceEnd + 260);
  const stop = next.search(/[.!?](?:\s|$)/);
  let sentence = stop >= 0 ? next.slice(0, stop) : next;
  if (!/\bthe same number\b/i.test(sentence)) {
    if (!sameNumberNext(text, sentenceEnd)) return null;
    const at = text.indexOf("\n\n", sentenceEnd) + 2;
    sentence = text.slice(at, at + 260).split(/[.!?](?:\s|$)/)[0] ?? "";
  }
  const at = sentence.search(/\bthe same number\b/i);
  const before = sentence.slice(0, at);
  const after = sentence.slice(at, at + 60);
  // "the same number of Russian servicemen", "… of its soldiers" after "Russia received".
  const own = /^the same number of\s+(?:the\s+)?(Ukrainian|Russian)\b/i.exec(after)?.[1];
  if (own) return /^ukr/i.test(own) ? "ukraine" : "russia";
  const receiver =
    /\b(Russia|Moscow|the Russian side|Ukraine|Kyiv|Kiev|the Ukrainian side)(?:['’]s\s+(?:Defen[cs]e\s+)?Ministry)?\s+(?:\w+\s+){0,3}?(?:received|got|took|gets|receives)\b/i.exec(
      before,
    )?.[1];
  if (receiver) return /russia|moscow/i.test(receiver) ? "russia" : "ukraine";
  return null;
}

/** The event a mention names, among the events known to the (augmented) store. */
export function eventOfMention(events: readonly Event[], m: EventMention): Event | undefined {
  const kinds: Record<string, string[]> = {
    exchange: ["exchange", "deal"],
    deal: ["deal", "exchange"],
    talks: ["talks", "meeting"],
    meeting: ["meeting", "talks"],
    bodies: ["bodies"],
    return: ["return", "exchange"],
    statement: ["statement"],
    call: ["call"],
  };
  const ok = kinds[m.kind] ?? [m.kind];
  return events.find(
    (e) => ok.includes(e.kind) && eventStart(e) === m.from && eventEnd(e) === m.to,
  );
}

/**
 * The event a figure at `at` belongs to by the days the text names: bodies to a return of
 * bodies, a plan to the talks that agreed it, anything else to an exchange (a single day before
 * a span). "clause": the nearest day named in the figure's own clause; "before": the last day
 * named earlier in its paragraph, or else in the paragraph before. Null when none fits.
 */
export function eventForFigure(
  mentions: readonly EventMention[],
  events: readonly Event[],
  text: string,
  at: number,
  counted: Counted | null,
  planned: boolean,
  where: "clause" | "before" | "anywhere",
): Event | null {
  const fits = (x: EventMention) =>
    planned
      ? x.kind === "talks"
      : counted === "bodies"
        ? x.kind === "bodies"
        : x.kind === "exchange" || x.kind === "return" || x.kind === "deal";
  let pool: EventMention[];
  if (where === "clause") {
    pool = mentions.filter((m) => m.quote.start <= at && at < m.quote.end && fits(m));
    // "completing a three-stage exchange of 1,200 captives": the span whose words the figure
    // completes.
    const spanOf = pool.find(
      (m) => m.from !== m.to && m.at < at && /^[^,;:.]{0,40}\bof\s+$/.test(text.slice(m.at, at)),
    );
    if (spanOf) pool = [spanOf];
    // A single day before a span; then the nearest.
    const single = pool.filter((m) => m.from === m.to);
    if (single.length) pool = single;
    // "1,200 on June 13": a day that follows the figure in the same stretch of words wins.
    // (The commas inside "1,200" are no break.)
    const follows = (m: EventMention) =>
      m.at > at && !/[,;:(]/.test(text.slice(at, m.at).replace(/(\d),(?=\d)/g, "$1"));
    // "the second the following day (91), the third three days after that (206)": a figure in
    // brackets just after a day's words is that day's.
    const bracketed = (m: EventMention) =>
      m.at < at && /^[^,;:()]{0,60}\(\s*$/.test(text.slice(m.at, at));
    pool.sort(
      (a, b) =>
        Number(bracketed(b)) - Number(bracketed(a)) ||
        Number(follows(b)) - Number(follows(a)) ||
        Math.abs(a.at - at) - Math.abs(b.at - at),
    );
  } else if (where === "anywhere") {
    // The last resort: the day the article last named before the figure (what it goes on
    // about), else the nearest one after it.
    // (A span counts only before the figure: "between 23 and 25 May" is what a report of those
    // days goes on about.)
    pool = mentions.filter((m) => fits(m) && (m.from === m.to || m.at < at));
    pool.sort(
      (a, b) => Number(b.at < at) - Number(a.at < at) || Math.abs(a.at - at) - Math.abs(b.at - at),
    );
  } else {
    const paragraphStart = text.lastIndexOf("\n\n", at);
    const previous = paragraphStart > 0 ? text.lastIndexOf("\n\n", paragraphStart - 1) : -1;
    const here = mentions.filter((m) => m.at > paragraphStart && m.at < at && fits(m));
    const there = mentions.filter((m) => m.at > previous && m.at <= paragraphStart && fits(m));
    pool = (here.length ? here : there).sort((a, b) => b.at - a.at);
  }
  for (const m of pool) {
    const e = eventOfMention(events, m);
    if (e) return e;
  }
  return null;
}

/** Which day of a span a wave the reader names falls on: the first, second, third or last. */
const WAVE_INDEX: Record<string, number> = { start: 0, wave2: 1, wave3: 2 };

/** The exchange on a given day among the known events, if any. */
function exchangeOn(events: readonly Event[], day: string): Event | null {
  return (
    events.find((e) => e.kind === "exchange" && eventStart(e) === day && eventEnd(e) === day) ??
    null
  );
}

/**
 * "The exchange of May 23–25, in which 390 were freed on the first day, 307 on the second and
 * 303 on the third": a wave the fact-check's reader names within a span of days is that day's
 * exchange, when the archive has one.
 */
export function eventOfWave(
  claim: { range: { from: string; to: string } | null; wave: string | null; waveNamed: boolean },
  events: readonly Event[],
): Event | null {
  if (!claim.range || !claim.wave || !claim.waveNamed) return null;
  const { from, to } = claim.range;
  const day = claim.wave === "end" ? to : addDaysIso(from, WAVE_INDEX[claim.wave] ?? Number.NaN);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day > to) return null;
  return exchangeOn(events, day);
}

/** A figure written in digits: "390", "1,000" (the comma inside it is no list's). */
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)`;
const NUMS = new RegExp(NUM, "g");
/** Where the list of figures a figure starts or stands in ends: "390, 307 and 303|". */
export function listEnd(text: string, start: number): number {
  const rest = new RegExp(`^${NUM}(?:\\s*,\\s*${NUM})*(?:\\s*,?\\s*(?:and|&)\\s*${NUM})?`).exec(
    text.slice(start),
  );
  return start + (rest?.[0].length ?? 0);
}

/** "in waves of 390, 307 and 303": a list of a span's waves, one figure per day, in order. */
const WAVES_OF = /\bin (?:waves|stages|batches|instalments|tranches) of\s+$/i;
/** "… were exchanged on three consecutive days", "… respectively": one figure per day, in order. */
const DAY_BY_DAY =
  /^[^.;]{0,60}?\b(?:on (?:\p{L}+ )?(?:consecutive|successive|separate) days|respectively|day by day)\b/iu;

/**
 * A figure in a list of waves after a span of days ("Between 23 and 25 May, each side released
 * 1,000, in waves of 390, 307 and 303", "the swap of May 23–25, in which 390, 307 and 303 were
 * freed on three consecutive days"): the day its place in the list gives, when the list has one
 * figure per day of the span, and the exchange the archive has on it.
 */
export function eventOfListedWave(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  mentions: readonly EventMention[],
  events: readonly Event[],
): Event | null {
  const head = text.slice(sentence.start, start);
  const list = new RegExp(`((?:${NUM}\\s*,\\s*)*(?:${NUM}\\s*,?\\s*(?:and|&)\\s*)?)$`).exec(head);
  const opens = head.slice(0, head.length - (list?.[1]?.length ?? 0));
  const place = (list?.[1]?.match(NUMS) ?? []).length;
  const tail = text.slice(start, sentence.end);
  const rest = new RegExp(`^${NUM}((?:\\s*,\\s*${NUM})*(?:\\s*,?\\s*(?:and|&)\\s*${NUM})?)`).exec(
    tail,
  );
  const count = place + 1 + (rest?.[1]?.match(NUMS) ?? []).length;
  // "in waves of 390, 307 and 303", or "390, 307 and 303 … on three consecutive days".
  const after = tail.slice(rest?.[0].length ?? 0);
  if (count < 2 || !(WAVES_OF.test(opens) || DAY_BY_DAY.test(after))) return null;
  const span = mentions.find((m) => m.from !== m.to && m.at >= sentence.start && m.at < start);
  if (!span || daysBetween(span.from, span.to) + 1 !== count) return null;
  return exchangeOn(events, addDaysIso(span.from, place));
}

/**
 * "Russia handed over bodies on 16 June and on 18 July, receiving 29 and 19 in return", "… on 18
 * July, another thousand. Ukraine returned 29 and 19.": a bare list of figures told after as
 * many days of one kind, in its sentence or the one before, and naming no day of its own, is
 * of those days in order (the first figure the first day's).
 */
export function eventOfPairedList(
  text: string,
  sentence: { start: number; end: number },
  previous: { start: number; end: number } | null,
  start: number,
  kind: "bodies" | "exchange",
  mentions: readonly EventMention[],
  events: readonly Event[],
): Event | null {
  const head = text.slice(sentence.start, start);
  const list = new RegExp(`((?:${NUM}\\s*,\\s*)*(?:${NUM}\\s*,?\\s*(?:and|&)\\s*)?)$`).exec(head);
  const listStart = start - (list?.[1]?.length ?? 0);
  const place = (list?.[1]?.match(NUMS) ?? []).length;
  const rest = new RegExp(`^${NUM}((?:\\s*,\\s*${NUM})*(?:\\s*,?\\s*(?:and|&)\\s*${NUM})?)`).exec(
    text.slice(start, sentence.end),
  );
  const count = place + 1 + (rest?.[1]?.match(NUMS) ?? []).length;
  if (count < 2) return null;
  // (A list that names its own days is dated by them.)
  if (mentions.some((m) => m.at >= listStart && m.at < sentence.end)) return null;
  const ofKind = (from: number, to: number) => [
    ...new Set(
      mentions
        .filter((m) => m.kind === kind && m.from === m.to && m.at >= from && m.at < to)
        .sort((a, b) => a.at - b.at)
        .map((m) => m.from),
    ),
  ];
  let days = ofKind(sentence.start, listStart);
  if (days.length === 0 && previous) days = ofKind(previous.start, previous.end);
  // "… in the same two handovers (33 and 19)": words pointing back at events told earlier, in
  // the article's order.
  if (
    days.length === 0 &&
    /\b(?:the same|those|these|both)\s+(?:\p{L}+\s+)?(?:handovers|exchanges|stages|swaps|returns|repatriations)\b/iu.test(
      head,
    )
  )
    days = ofKind(0, sentence.start);
  const day = days.length === count ? days[place] : undefined;
  if (!day) return null;
  return (
    events.find((e) => e.kind === kind && eventStart(e) === day && eventEnd(e) === day) ?? null
  );
}

/**
 * "8 to 10 September: 95-95, 88-88, 120-120": a figure in a list set after a span, one item for
 * each of its days (which the events read as an exchange on each day), is of its own day's
 * exchange, the items in the order of the days. Null when the figure is in no such list.
 */
export function eventOfDayList(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  mentions: readonly EventMention[],
  events: readonly Event[],
): Event | null {
  const byAt = new Map<number, string[]>();
  for (const m of mentions) {
    if (m.kind !== "exchange" || m.from !== m.to || m.at < sentence.start || m.at >= start)
      continue;
    byAt.set(m.at, [...(byAt.get(m.at) ?? []), m.from]);
  }
  for (const [at, days] of byAt) {
    if (days.length < 2) continue;
    const colon = text.indexOf(":", at);
    if (colon < 0 || colon >= start) continue;
    const head = text.slice(colon + 1, start);
    // Only items of the list before it: figures, each written once or both ways, and commas.
    if (!new RegExp(String.raw`^(?:\s*${NUM}(?:[-–]${NUM})?\s*(?:,|,?\s+and))*\s*$`).test(head))
      continue;
    const place = (head.match(new RegExp(String.raw`${NUM}(?:[-–]${NUM})?`, "g")) ?? []).length;
    const day = [...days].sort()[place];
    if (!day) return null;
    return (
      events.find((e) => e.kind === "exchange" && eventStart(e) === day && eventEnd(e) === day) ??
      null
    );
  }
  return null;
}

const ORDINAL_PLACE: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
};

/**
 * "27 after the first batch, 51 after the third": the batch or stage the words after a figure
 * count to, among the days the article gives that kind of event, in order of their days.
 */
export function eventByPlace(
  mentions: readonly EventMention[],
  events: readonly Event[],
  text: string,
  end: number,
): Event | null {
  const m =
    /^\s*(?:[a-z]+\s+){0,2}?(?:after|in|with|during) the (first|second|third|fourth|fifth|sixth)(?:\s+(batch|repatriation|transfer|stage|wave))?\b/i.exec(
      text.slice(end, end + 50),
    );
  if (!m?.[1]) return null;
  // "…51 after the third": the noun the list gave first ("after the first batch").
  const noun =
    m[2] ??
    /\b(?:first|second|third|fourth|fifth|sixth)\s+(batch|repatriation|transfer|stage|wave)\b/i.exec(
      text.slice(Math.max(0, end - 120), end),
    )?.[1];
  if (!noun) return null;
  const kind = /^(?:batch|repatriation|transfer)$/i.test(noun) ? "bodies" : "exchange";
  const days = [
    ...new Set(mentions.filter((x) => x.kind === kind && x.from === x.to).map((x) => x.from)),
  ].sort();
  const day = days[(ORDINAL_PLACE[m[1].toLowerCase()] ?? 0) - 1];
  const mention = mentions.find((x) => x.kind === kind && x.from === day && x.to === day);
  return mention ? (eventOfMention(events, mention) ?? null) : null;
}

/**
 * "The first exchange since a series of stages in mid-June": first in a while, not the first
 * of the war's exchanges. An exchange's place in the series counts from the invasion.
 */
export function notASeriesPlace(
  claim: { measure: string | null; number: { n: number; end: number } },
  text: string,
): string | null {
  if (claim.measure !== "exchange-ordinal" || claim.number.n !== 1) return null;
  const after = text.slice(claim.number.end, claim.number.end + 80);
  if (
    /^\s*(?:[\p{L}-]+\s+){0,3}?(?:since|in)\b/iu.test(after) &&
    !/^[^.;]*?\bsince\s+(?:the\s+(?:full-scale\s+)?(?:invasion|war)|(?:february\s+)?2022)\b/i.test(
      after,
    )
  )
    return "first in a while, not a place in the series of exchanges";
  // "the first exchange to include civilians": the first of a kind, not a place in the series.
  if (/^\s*(?:[\p{L}-]+\s+){0,2}?to\s+(?!date\b)\p{L}+/iu.test(after))
    return "first of a kind, not a place in the series of exchanges";
  // "the first exchange of prisoners of 2026", "the first swap this year": a year's, not the war's.
  if (
    /^\s*(?:[\p{L}-]+\s+){0,4}?(?:of|in|this|for)\s+(?:the\s+)?(?:(?:19|20)\d\d|year|month)\b/iu.test(
      after,
    )
  )
    return "first of a year, not a place in the series of exchanges";
  // "as if it were the first": no exchange at all.
  if (
    /\bas if (?:it|this|that) (?:were|was) the\s+(?:first|1st)$/i.test(
      text.slice(Math.max(0, claim.number.end - 50), claim.number.end),
    )
  )
    return "a manner of speaking, not a place in the series of exchanges";
  return null;
}

/** "Each of the three rounds has been short": rounds of talks, in a sentence about no exchange. */
export function notWaves(
  claim: { measure: string | null; number: { end: number }; sentence: { text: string } },
  text: string,
): string | null {
  if (claim.measure !== "wave-count") return null;
  const after = text.slice(claim.number.end, claim.number.end + 30);
  if (
    /^\s*(?:[\p{L}-]+\s+)?rounds?\b/iu.test(after) &&
    !/\b(?:exchang|swap|prisoner|POW|stage|wave|batch)/i.test(claim.sentence.text)
  )
    return "rounds of talks, not waves of an exchange";
  return null;
}

/**
 * "The deal promised “no fewer than 1,000” a side", after "agreed to exchange all seriously
 * wounded prisoners and all soldiers under 25": a side's share of an exchange with no noun of its
 * own counts people when its sentence or the one before speaks of prisoners or soldiers (and not
 * of bodies).
 */
export function peopleEachSide(text: string, start: number, end: number): boolean {
  if (
    !/^["”’]?\s*(?:on each side|each side|a side|per side|from each side|each)\b/i.test(
      text.slice(end, end + 25),
    )
  )
    return false;
  const from = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("\n", start), -1) + 1;
  const stop = text.slice(0, Math.max(0, from - 1)).search(/[^.!?\n]*[.!?]?\s*$/);
  const context = text.slice(stop < 0 ? from : stop, start);
  return (
    /\b(?:prisoners|soldiers|servicemen|POWs|captives|defenders|people|Ukrainians|Russians|wounded)\b/i.test(
      context,
    ) && !/\b(?:bodies|remains|fallen)\b/i.test(context)
  );
}

/**
 * "“at least 1,000” people on each side", "250 a side": each side's, said after the figure in
 * its own clause.
 */
export function eachSideAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  // "226-226": the same figure written both ways, a scoreline of an exchange.
  const mirrored = /^[-–](\d{1,3}(?:,\d{3})*)(?![\d,]*\d)/.exec(after)?.[1];
  if (
    mirrored &&
    /(?<![\d,.])(\d{1,3}(?:,\d{3})*)$/.exec(text.slice(Math.max(0, end - 12), end))?.[1] ===
      mirrored
  )
    return true;
  const clause = after.split(/[;:]|,\s|\.(?:\s|$)/)[0] ?? "";
  return /\b(?:on each side|each side|a side|per side|each)\b/i.test(clause);
}

/**
 * "four stages: 190 young soldiers a side on 17 June, 152 seriously wounded on 18 June and 217
 * on 20 June": a list whose first item says each side's, and whose items after it say no side
 * of their own, is each side's throughout. Only items that each begin with their figure, joined
 * by commas or "and", in the figure's own sentence, after a colon or the sentence's start.
 */
export function eachSideCarried(text: string, sentenceStart: number, start: number): boolean {
  const before = text.slice(sentenceStart, start);
  if (!/(?:,\s+(?:and\s+)?|\s+and\s+)$/.test(before)) return false;
  const list = before.split(/[:;]/).pop() ?? "";
  const items = list.split(/,\s+(?:and\s+)?|\s+and\s+/).slice(0, -1);
  const itemStart = new RegExp(`^\\s*${NUM}\\b`);
  // The first item may follow the words that open the list ("… in four stages 190 a side …").
  const first = items[0] ?? "";
  const firstFigure = new RegExp(`${NUM}\\b[^]*$`).exec(first)?.[0];
  if (!firstFigure) return false;
  const chain = [firstFigure, ...items.slice(1)];
  if (!chain.every((item) => itemStart.test(item))) return false;
  if (chain.slice(1).some((item) => /\b(?:Ukrain|Russia|to\s|from\s)/i.test(item))) return false;
  return /\b(?:a side|each side|per side|on each side|each)\b/i.test(firstFigure);
}

/**
 * A live blog's next entry answering the figure: "Russia's Defence Ministry confirms it received
 * the same number", with no figure of its own before it.
 */
export function sameNumberNext(text: string, sentenceEnd: number): boolean {
  const next = text.indexOf("\n\n", sentenceEnd);
  if (next < 0) return false;
  const stop = text.indexOf("\n\n", next + 2);
  const entry = text.slice(next + 2, stop < 0 ? undefined : stop);
  const first = entry.replace(/^\d{1,2}[:.]\d{2}\s*[—–-]\s*/, "").split(/[.!?](?:\s|$)/)[0] ?? "";
  const at = first.search(/\bthe same number\b/i);
  return at >= 0 && !/\d/.test(first.slice(0, at));
}

const SINCE_WAR =
  /\bsince\s+(?:(?:the\s+(?:start\s+of\s+the\s+)?|russia['’]s\s+)(?:full-scale\s+)?(?:invasion|war)|(?:february\s+)?2022)\b/i;
/** "since work on their return began in the autumn of 2024", "since 2023": a count since a year. */
const SINCE_YEAR = /\bsince\b[^.;]{0,60}?\b20\d\d\b/i;
/**
 * "brings the total number of captives released … to 7,321", "the number of children reunited
 * … has reached 128": a running total told as a total reached.
 */
const TOTAL_REACHED =
  /\b(?:the\s+)?(?:total\s+)?number of\s+([\p{L}-]+)[^.;]{0,160}?\b(?:to|has reached|have reached|reached|now stands at|stands at)\s+$/iu;
/** What a total reached counts, by the noun after "number of". */
export function totalReachedOf(text: string, sentenceStart: number, start: number): string | null {
  const before = text.slice(sentenceStart, start);
  const noun = TOTAL_REACHED.exec(before)?.[1]?.toLowerCase();
  if (noun) return noun;
  // "the headquarters put the total at 6,457 people": a total with its noun after the figure;
  // "taking its running total since 2022 to 7,071": one that says it runs.
  return TOTAL_PUT_AT.test(before) || runningTotalTo(text, sentenceStart, start) ? "total" : null;
}
const RUNNING_TO = /\brunning\s+(?:total|tally|count)\b[^.;:]{0,60}?\bto\s+$/i;
/** "…, taking its running total since 2022 to 7,071": the figure is the count of the war so far,
 * whatever sum of stages the rest of its sentence tells. */
export function runningTotalTo(text: string, sentenceStart: number, start: number): boolean {
  return RUNNING_TO.test(text.slice(sentenceStart, start));
}
const TOTAL_PUT_AT =
  /\b(?:put|puts|putting|placed|places|placing)\s+(?:the|its|their|our)\s+(?:total|tally|count)\s+at\s+(?:more than\s+|over\s+|about\s+)?$/i;
const HELD_NOW =
  /^[^.;]{0,60}?\b(?:are|remain|is)\s+(?:still\s+|officially\s+|(?:known|believed|thought|said) to (?:be|remain)\s+)?(?:listed as (?:prisoners|missing|held)|held|in (?:russian )?captivity|in Russia(?:n hands)?|missing|deported)\b/i;
const HELD_WORDS = /\b(?:held|deported|forcibly|displaced|listed|missing|captivity)\b/i;

/**
 * A running total told without a day: "since the full-scale invasion, 163 … have returned"
 * (returned), "412 residents … are listed as prisoners of war", "19,546 children have been
 * deported … since February 2022" (held), or "so far" in a paragraph whose sentence before
 * gave one. Null for anything else ("since the beginning of June" is a deal so far).
 */
export function runningTotal(
  text: string,
  sentence: { start: number; end: number; text: string },
  start: number,
  end: number,
): "returned-since-2022" | "held" | null {
  const after = text.slice(end, sentence.end);
  if (countBesideSeries(text, sentence, start, end)) return "returned-since-2022";
  if (HELD_NOW.test(after)) return "held";
  if (totalReachedOf(text, sentence.start, start)) return "returned-since-2022";
  const sinceYear =
    SINCE_YEAR.test(text.slice(end, sentence.end)) &&
    /^\s+(?:[\p{L}-]+\s+){0,4}?(?:have|has)\s+(?:now\s+)?been\s+(?:returned|freed|released|brought)\b/iu.test(
      after,
    );
  const since = SINCE_WAR.test(sentence.text) || sinceYear;
  const paragraph = text.lastIndexOf("\n", sentence.start);
  const before = text.slice(Math.max(0, paragraph), sentence.start);
  const soFar = /\b(?:so far|to date|in all)\b/i.test(after) && SINCE_WAR.test(before);
  if (!since && !soFar) return null;
  // Only the figure the clause is about: "since 2022" in another clause of a long sentence is
  // another figure's.
  const clauseStart = Math.max(
    text.lastIndexOf(";", start),
    text.lastIndexOf(". ", start),
    sentence.start,
  );
  if (since && !sinceYear && !SINCE_WAR.test(text.slice(clauseStart, sentence.end))) return null;
  const verb = after.slice(0, 80);
  const RETURNED =
    /\b(?:returned|freed|released|repatriated|brought (?:back|home)|came home|come home|been returned|been freed)\b/i;
  if (RETURNED.test(verb)) return "returned-since-2022";
  // "Ukraine had brought home the bodies of more than 7,000 fallen defenders since 2022": the
  // verb before the figure, in its clause.
  if (
    /\b(?:had|has|have)\s+(?:been\s+)?(?:brought (?:back|home)|returned|freed|received)\b[^.;,]{0,40}$/i.test(
      text.slice(clauseStart, start),
    )
  )
    return "returned-since-2022";
  // "Ukrainians freed since 2022, by the headquarters' count: 7,280": a label whose participle
  // and "since" come before the figure, set after a colon.
  if (
    /\b(?:freed|returned|released|repatriated|brought (?:back|home))\s+since\b[^.;]*:\s*$/i.test(
      text.slice(clauseStart, start),
    )
  )
    return "returned-since-2022";
  return HELD_WORDS.test(verb) ? "held" : null;
}

/** "the 71st exchange since 2022", "the 65th swap since the full-scale invasion". */
const NTH_SINCE_WAR = new RegExp(
  `\\b\\d+(?:st|nd|rd|th)\\s+(?:prisoner\\s+)?(?:exchange|swap)\\s+${SINCE_WAR.source.slice(2)}`,
  "i",
);
const HAVE_COME_HOME =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:have|has|had)\s+(?:now\s+)?(?:been\s+)?(?:returned|freed|released|repatriated|come home|brought (?:back|home))\b/iu;

/**
 * The count since the war a source gives beside an exchange's place in the series: "called
 * Monday's swap the 71st exchange since 2022 and said 6,802 Ukrainians had now been freed", or
 * in the next sentence, "With it, 5,931 Ukrainians have returned". The day named is the
 * exchange's, not the count's: the count runs from 2022.
 */
export function countBesideSeries(
  text: string,
  sentence: { start: number; end: number; text: string },
  start: number,
  end: number,
): boolean {
  if (!HAVE_COME_HOME.test(text.slice(end, sentence.end))) return false;
  if (NTH_SINCE_WAR.test(text.slice(sentence.start, start))) return true;
  // The sentence before, in the same paragraph, named the place; this one opens on it.
  if (!/^With (?:it|this|that)\b/i.test(text.slice(sentence.start, start))) return false;
  const paragraph = text.lastIndexOf("\n", sentence.start) + 1;
  return NTH_SINCE_WAR.test(text.slice(paragraph, sentence.start));
}

const OWN_NOUN =
  /^\s+(?:[\p{L}-]+\s+)?(?:prisoners|POWs|soldiers|servicemen|Ukrainians|Russians|civilians|people|men|children|bodies)\b/iu;

/**
 * The fact a figure is an aside on: one that opens a parenthesis right after the figure before
 * it in the sentence ("1,212 bodies on June 12 (with 27 going the other way)").
 */
export function asideOn(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  facts: readonly { fact: Fact }[],
): Fact | null {
  const open = text.lastIndexOf("(", start);
  if (open < sentence.start || text.lastIndexOf(")", start) > open) return null;
  if (!/^\(\s*(?:with|and|plus|including)?\s*$/i.test(text.slice(open, start))) return null;
  // ("(916 Ukrainians returned, by Kyiv's count)" names what it counts: a figure of its own.)
  if (OWN_NOUN.test(text.slice(start).replace(/^[\d,.]+/, ""))) return null;
  // The fact whose figure stands last before the parenthesis.
  let best: { fact: Fact; at: number } | null = null;
  for (const { fact } of facts) {
    if (fact.value.type !== "number" || fact.quote.start !== sentence.start) continue;
    if (fact.measure !== "released") continue;
    const at = text.lastIndexOf(fact.value.said, open);
    if (at < sentence.start || (best && at <= best.at)) continue;
    best = { fact, at };
  }
  if (best?.fact.value.type !== "number") return null;
  // (Its own words may name a day, "1,212 bodies on June 12 (…", but no new clause.)
  const between = text.slice(best.at + best.fact.value.said.length, open);
  // ("30 October (185 each, …) and 31 October (160 each, …)": a list's next item, with its own
  // parenthesis, is no aside on the figure of the one before.)
  return between.length > 60 || /[;:)]/.test(between) ? null : best.fact;
}

/**
 * "the Office has interviewed more than 250 released prisoners": a count of people something
 * was done to (interviewed, assisted, visited), not of people freed: an editor classifies it.
 */
export function actedOn(text: string, sentence: { start: number }, start: number): boolean {
  const clause = text.slice(sentence.start, start).split(/[;:]/).pop() ?? "";
  return /\b(?:has|have|had)\s+(?:also\s+|now\s+)?(?:interviewed|assisted|visited|treated|helped|documented|registered|examined|supported|counselled|counseled|met|spoken to|talked to)\s+(?:(?:more|fewer) than\s+|over\s+|about\s+|some\s+|nearly\s+|at least\s+)?$/i.test(
    clause,
  );
}

/** "Since March 2023, …": a count kept since a month or a year, a running total of its own. */
export function sinceAYear(text: string, sentence: { start: number }, start: number): boolean {
  const clause = text.slice(sentence.start, start).split(/[;:]/).pop() ?? "";
  return /\bsince\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d\b/i.test(
    clause,
  );
}

/**
 * A running total the reader took from "since …" words that belong to another clause after the
 * figure ("the release of 1,000 prisoners by each side between 23 and 25 May and calls on the
 * parties …, including of civilians detained since February 2022").
 */
export function sinceElsewhere(
  text: string,
  sentence: { start: number; end: number },
  end: number,
  cue: string | undefined,
): boolean {
  if (!cue || !/\bsince\b/i.test(cue)) return false;
  const at = text.indexOf(cue, end);
  if (at < 0 || at >= sentence.end) return false;
  return /;|,\s*(?:including|except)\b|\band\s+(?:calls|urges|asks|says|notes|recalls|welcomes)\b/i.test(
    text.slice(end, at),
  );
}
