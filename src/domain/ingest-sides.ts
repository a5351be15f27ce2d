/**
 * Whose side a figure of a later article is on, when the fact-check's reader, made for drafts,
 * gives none or the wrong one: whose bodies were handed over, to whom people were freed. Pure
 * helpers for ingest.ts, reading only the source text around a figure and its speaker's side.
 */
import type { Fact } from "../store/schema.ts";

type Side = Fact["side"];
type Party = string | undefined;

/** "came home", "were freed": people returned, told after the figure and its noun. */
const CAME_BACK =
  /^\s*(?:(?:\d{1,3}(?:,\d{3})+|[\p{L}\d-]+)\s+){0,8}?(?:c[oa]me home|returned home|(?:are|is) (?:now |back |safely )?(?:at )?home|(?:are|is) (?:now )?back in (?:Ukraine|Russia)|returned (?:to (?:Ukraine|Russia|their (?:families|homeland|country))|from (?:captivity|Russia|Ukraine))|(?:were|have been|had been) (?:freed|released|returned|brought (?:back|home)))\b/iu;
/** An aside or a relative clause between people and what happened to them. */
const ASIDE =
  /,\s*(?:among them|including|of whom|most of them|all(?: of them)?|both of them|many of them)\b[^,]*,/gi;
const RELATIVE =
  /\s(?:who|that|which)\s+(?:had|have|has)\s+been\s+[^,.;]*?(?=\s+(?:were|was|have been|had been|came|returned)\b)/i;

/** Whether the words after a figure (past an aside such as ", among them …,") bring people back. */
export function cameBack(text: string, end: number, sentenceEnd: number): boolean {
  const after = text.slice(end, sentenceEnd).replace(ASIDE, "").replace(RELATIVE, "");
  return CAME_BACK.test(after);
}

/**
 * The side people were freed to when the words give none: the speaker's own when it speaks of
 * them being freed or coming home ("212 young soldiers had been freed", says Kyiv's ombudsman);
 * Ukraine's or Russia's when the figure's own words call them so ("146 Ukrainian soldiers and
 * eight civilians … came home").
 */
export function sideByVoice(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  end: number,
  party: Party,
): Side {
  const before = text.slice(sentence.start, start);
  // "Ukraine also received seven civilians": the side the words say received them.
  const receiver = PEOPLE_RECEIVER.exec(before)?.[1];
  if (receiver) return /^(?:Russia|Moscow)$/i.test(receiver) ? "russia" : "ukraine";
  // "the ministry confirmed the return of 210 servicemen": the speaker's people, come home.
  // So are those "we brought home".
  const returnOf = RETURN_OF.test(before) || BROUGHT_HOME.test(before);
  if (!returnOf && !cameBack(text, end, sentence.end)) return null;
  const after = text.slice(end, Math.min(sentence.end, end + 40));
  // "eight children were returned from occupied territory": brought back out of Russia's hands.
  const from =
    /\b(?:returned|brought back|freed|rescued)\s+from\s+(?:the\s+)?(occupied|Russia|Russian|Ukraine|Ukrainian)\b/i.exec(
      text.slice(end, sentence.end),
    )?.[1];
  if (from) return /^ukrain/i.test(from) ? "russia" : "ukraine";
  // "55 of our defenders are back in Ukraine": the country they are back in.
  const backIn = /\bback in (Ukraine|Russia)\b/.exec(text.slice(end, sentence.end))?.[1];
  if (backIn) return backIn === "Ukraine" ? "ukraine" : "russia";
  const ukr = /\bUkrainians?\b/.test(before.slice(-40) + after);
  const rus = /\bRussians?\b/.test(before.slice(-40) + after);
  if (ukr !== rus) return ukr ? "ukraine" : "russia";
  if (party === "ukraine" || party === "russia") return party;
  return null;
}

/** "Ukraine also received seven civilians", "Russia got back 40 soldiers": the side receiving. */
const PEOPLE_RECEIVER =
  /\b(Russia|Moscow|Ukraine|Kyiv|Kiev)\s+(?:(?:said|says)\s+(?:that\s+)?it\s+)?(?:also\s+)?(?:had\s+|has\s+|have\s+)?(?:received|got back|took back)\s+(?:(?:more|fewer) than\s+|about\s+|nearly\s+|some\s+|over\s+|another\s+|a further\s+)?$/i;
/** "confirmed the return of 210 servicemen", "announced the release of 90": people come home. */
const RETURN_OF =
  /\b(?:confirmed|announced|reported|welcomed)\s+the\s+(?:return|release|homecoming)\s+of\s+(?:(?:more|fewer) than\s+|about\s+|nearly\s+|some\s+|over\s+)?$/i;

/** "we brought home 70", "we have brought back more than 40": the speaker's side got them back. */
const BROUGHT_HOME =
  /\bwe\s+(?:have\s+|had\s+|also\s+)?(?:brought|got|took)\s+(?:back|home)\s+(?:(?:more|fewer) than\s+|about\s+|nearly\s+|some\s+|over\s+|another\s+)?$/i;

/** Words of a sentence that free, return or hand people over (a verb or its noun). */
const FREEING =
  /\b(?:freed|released?|returned|return of|handed over|exchanged|swapped|came home|come home|brought (?:back|home))\b/i;
/** Where a figure's noun phrase ends: a verb, a relative pronoun, a stop or a comma. */
const PHRASE_END =
  /[,;:.()—–]|\b(?:who|whom|which|that|were|was|are|is|have|has|had|came|come|returned|crossed|went|detained|held|captured|taken|deported|from each|on each|each|by|on|to)\b/i;

/**
 * The side of the people a figure's own noun phrase names by their country, in a sentence that
 * frees, returns or hands them over: "105 seriously wounded Russian servicemen were returned"
 * (Russia's), "105 prisoners of war of the Armed Forces of Ukraine were handed over" (Ukraine's),
 * "the return of eight Ukrainian civilians" (Ukraine's). People go home to their own side. Null
 * when the phrase names no country, or both.
 */
/** Regions by the side they belong to, for "residents of the X region" (vocabulary as data). */
const REGIONS = new Map<string, "ukraine" | "russia">([
  ...["kursk", "belgorod", "bryansk"].map((r) => [r, "russia"] as const),
  ...[
    "kharkiv",
    "sumy",
    "chernihiv",
    "poltava",
    "volyn",
    "odesa",
    "dnipropetrovsk",
    "zhytomyr",
    "kyiv",
    "lviv",
    "mykolaiv",
    "vinnytsia",
  ].map((r) => [r, "ukraine"] as const),
]);

export function sideOfPeople(
  text: string,
  sentence: { start: number; end: number; text: string },
  end: number,
): Side {
  if (!FREEING.test(sentence.text)) return null;
  const rest = text.slice(end, Math.min(sentence.end, end + 100));
  // "of the Armed Forces of Ukraine", "citizens of Russia": a country the phrase ends on (not
  // "residents of the Kursk region who had been held on the territory of Ukraine").
  const held = rest.search(/\b(?:who|whom|which|that)\b/);
  const of =
    /^[^,;:.()—–]*?\bof\s+(?:the\s+)?(?:Armed Forces of\s+)?(Ukraine|Russia|the Russian Federation)\b/.exec(
      held < 0 ? rest : rest.slice(0, held),
    )?.[1];
  const stop = rest.search(PHRASE_END);
  const phrase = rest.slice(0, stop < 0 ? undefined : Math.max(stop, 1));
  // "residents of the Kursk region": a region of one side's, from the vocabulary.
  const region =
    /^\s*(?:[\p{L}-]+\s+){0,2}?(?:residents|people|natives) of (?:the\s+)?(\p{Lu}[\p{L}-]+)\s+(?:[Rr]egion|[Oo]blast)\b/u.exec(
      rest,
    )?.[1];
  const regionSide = region ? REGIONS.get(region.toLowerCase()) : undefined;
  const ukr = /\bUkrainians?\b/.test(phrase) || of === "Ukraine" || regionSide === "ukraine";
  const rus = /\bRussians?\b/.test(phrase) || (!!of && of !== "Ukraine") || regionSide === "russia";
  if (ukr !== rus) return ukr ? "ukraine" : "russia";
  // "the return of 17 civilians to the Russian Federation": the country they were taken to.
  const to = /^\s*(?:[\p{L}-]+\s+){0,3}?to\s+(Ukraine|Russia|the Russian Federation)\b/u.exec(
    rest,
  )?.[1];
  return to && !ukr ? (to === "Ukraine" ? "ukraine" : "russia") : null;
}

/**
 * "… returned to Ukraine and fourteen to the Russian Federation", "the remains of 27 people to the
 * Russian authorities": a figure set straight before "to" a country (a noun of its own between at
 * most), the verb left out because the clause before gave it, went to that country. Null when
 * other words come between ("deported to Russia" is not where they belong).
 */
export function sideToAfter(text: string, end: number): Side {
  const m =
    /^\s+(?:(?:people|persons|civilians|soldiers|servicemen|prisoners|detainees|captives|bodies|remains|men|women|children|of them)\s+)?to\s+(?:the\s+)?(Ukraine|Russia|Russian Federation|(?:Ukrainian|Russian)\s+(?:side|authorities|party))\b/.exec(
      text.slice(end, end + 60),
    );
  if (!m?.[1]) return null;
  return /^Ukrain/.test(m[1]) ? "ukraine" : "russia";
}

/** "Ukraine received 1,000 bodies", "Russia had received the bodies of 24", "The Russian
 * Federation received the bodies of 31", a timeline's "Russia receives 27 and 41": the side
 * receiving. */
const RECEIVER =
  /\b(Russia|Moscow|Ukraine|Kyiv|Kiev|(?:the\s+)?Russian (?:Federation|side)|(?:the\s+)?Ukrainian side)\s+(?:had\s+|has\s+|have\s+)?(?:received|receives|got|gets|took)\s+(?:back\s+)?(?:the\s+)?(?:(?:bodies|remains)\s+of\s+)?(?:(?:more|fewer) than\s+|about\s+|nearly\s+|some\s+|over\s+)?(?:\d[\d,]*\s+and\s+)?$/i;
/** "Ukraine returned 29 and 19", "Kyiv in turn handed over the bodies of 40": the side giving
 * them, whose fallen they are not (the bodies go the other way). */
const GIVER =
  /\b(Russia|Moscow|Ukraine|Kyiv|Kiev|(?:the\s+)?Russian (?:Federation|side)|(?:the\s+)?Ukrainian side)\s+(?:also\s+|in turn\s+|in return\s+)?(?:returned|handed over|handed back|gave back|transferred)\s+(?:the\s+)?(?:(?:bodies|remains)\s+of\s+)?(?:\d[\d,]*\s+and\s+)?$/i;
/** "Ukraine received 1,000 bodies and returned 19": the side that received, then gave back. */
const RECEIVED_AND_GAVE =
  /\b(Russia|Moscow|Ukraine|Kyiv|Kiev|(?:the\s+)?Russian (?:Federation|side)|(?:the\s+)?Ukrainian side)\s+(?:had\s+|has\s+)?(?:received|got|took back)\s+[^.;]{0,40}?\band\s+(?:returned|handed over|handed back|gave back|transferred)\s+(?:the\s+)?(?:(?:bodies|remains)\s+of\s+)?$/i;
/** "…, receiving 29 and 19 in return", "… and received 17": what the side the sentence opens
 * with got back for what it handed over. */
const GOT_BACK = /\b(?:received|receiving|got back|getting back)\s+(?:\d[\d,]*\s+and\s+)?$/i;
/** The side a sentence opens with, before its first verb of handing over. */
const OPENS_WITH =
  /^(?:[^.;]{0,40}?\b)?(Russia|Moscow|Ukraine|Kyiv|Kiev)\s+(?:also\s+)?(?:handed over|returned|transferred|gave)\b/i;
const isRussia = (who: string) => /^(?:Russia|Moscow)$|Russian/i.test(who);
/** "We received 27 bodies", "the bodies of 24 of its own soldiers": the speaker's own side. */
const OWN_BEFORE =
  /\b(?:number|count|figure|total) (?:of|for) (?:the\s+)?(?:bodies|remains) (?:we|it|they) (?:had |has |have )?received (?:as|at|is|was)\s+$|\b(?:(?:we|it|they)\s+(?:have\s+|has\s+|had\s+)?(?:received|got|took)|(?:reported|reports|confirmed|announced)\s+(?:receiving|having received|the receipt of))\s+(?:back\s+)?(?:the\s+)?(?:(?:bodies|remains)\s+of\s+)?$/i;
const SIDE_NAMED = "Russia|Moscow|Ukraine|Kyiv|Kiev|the Russian side|the Ukrainian side";
/** "Kyiv says it has handed Moscow", "Moscow said it returned": a side's own handing over, with
 * whom it went to when the words say; "the number of bodies it has returned to Russia at": the
 * side named as receiving them. */
const SPEAKER_GAVE = new RegExp(
  `(?:\\b(${SIDE_NAMED})\\s+(?:says|said|claims|reports)\\s+(?:that\\s+)?(?:it|they)\\s+(?:have\\s+|has\\s+|had\\s+)?(?:returned|handed over|handed back|handed|transferred|gave back|gave)(?:\\s+(?:to\\s+)?(${SIDE_NAMED}))?\\s+(?:the\\s+)?(?:(?:bodies|remains)\\s+of\\s+)?(?:(?:more|fewer) than\\s+|about\\s+|some\\s+|over\\s+)?$)|` +
    `(?:\\b(?:number|count|total) of (?:the\\s+)?(?:bodies|remains) (?:we|it|they) (?:have\\s+|has\\s+|had\\s+)?(?:returned|handed over|handed back|transferred)\\s+to\\s+(${SIDE_NAMED})\\s+(?:at|as|is|was)\\s+$)`,
  "i",
);
/** "… of our own"; "45, not 41, for the bodies it received": the speaker's count of its own. */
const OWN_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,3}?of\s+(?:our|its own|their own)\b|^(?:\s*,\s*not\s+\d[\d,]*\s*,)?\s+for\s+the\s+(?:bodies|remains)\s+(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:received|got back|took back|took in)\b/iu;

/**
 * Whose bodies: the side the words say received them ("Ukraine received 1,000 bodies", "We
 * received 27 bodies", said by Russia's negotiator), Russia's when the words beside the figure
 * say so ("Russia 24", "the bodies of 19 Russian soldiers", "handed over to Russia"), both sides'
 * when they say "in both directions"; otherwise
 * Ukraine's, the side the returns of the fallen mostly bring home.
 */
export function bodiesSide(
  text: string,
  start: number,
  end: number,
  party?: Party,
): "ukraine" | "russia" | "total" {
  // "1,041 bodies repatriated in both directions": both sides' together.
  if (
    /^[^.;]{0,40}\b(?:in both directions|both ways|to both sides)\b/i.test(
      text.slice(end, end + 60),
    )
  )
    return "total";
  // "the bodies of 98 Russian soldiers: 27 after the first batch, 51 after the third": a figure
  // in the list after a colon is on the side of the whole before it.
  const sentenceStart = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("\n", start));
  // ("52 bodies returned to Russia in the same two handovers (33 and 19)": so is a figure in
  // brackets after it.)
  const paren = text.lastIndexOf("(", start);
  const open = paren > text.lastIndexOf(")", start) ? paren : -1;
  const colon = Math.max(text.lastIndexOf(":", start), open);
  if (colon > sentenceStart) {
    const whole = text.slice(sentenceStart + 1, colon);
    if (/\bRussian (?:soldiers|servicemen|troops|fallen|dead)\b|\bto Russia\b/i.test(whole))
      return "russia";
  }
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 40);
  // ("Russia, according to the headquarters, received 22 bodies": past the aside that says who
  // tells it.)
  const lead = text
    .slice(Math.max(0, sentenceStart, start - 100), start)
    .replace(/,\s*(?:according to|by the count of|citing)\s[^,]{1,60},\s*/gi, " ")
    .slice(-60);
  const receiver = RECEIVER.exec(lead)?.[1];
  if (receiver) return isRussia(receiver) ? "russia" : "ukraine";
  const giver = GIVER.exec(lead)?.[1] ?? RECEIVED_AND_GAVE.exec(lead)?.[1];
  if (giver) return isRussia(giver) ? "ukraine" : "russia";
  if (GOT_BACK.test(lead)) {
    const opener = OPENS_WITH.exec(text.slice(sentenceStart + 1, start))?.[1];
    if (opener) return isRussia(opener) ? "russia" : "ukraine";
  }
  // "Kyiv says it has handed Moscow 72 bodies", "the number of bodies it has returned to Russia
  // at 72": what a side gave, to the side the words name or else to the other.
  const gave = SPEAKER_GAVE.exec(lead);
  const giving = gave?.[1];
  const to = gave?.[2] ?? gave?.[3];
  if (to) return isRussia(to) ? "russia" : "ukraine";
  if (giving) return isRussia(giving) ? "ukraine" : "russia";
  const own = OWN_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || OWN_AFTER.test(after);
  if (own && (party === "ukraine" || party === "russia")) return party;
  if (
    /\bRussia(?:n)?\s*(?:received\s*|got\s*)?$|\bbodies of\s*$/i.test(before) &&
    /\bRussia\s*$/i.test(before)
  )
    return "russia";
  // ("… 1,000 bodies and handed 19 to Russia": the "to Russia" of the next figure is not this one's.)
  if (
    /^\s*(?:[A-Za-z-]+\s+){0,2}?Russian\b|^(?:(?!\band\b)[^.;\d]){0,30}\bto (?:Russia\b|the Russian side\b)/i.test(
      text.slice(end, end + 60),
    )
  )
    return "russia";
  if (/\bRussia\s*$/.test(before)) return "russia";
  if (sideToAfter(text, end) === "russia") return "russia";
  return "ukraine";
}

/** The side a region's share was freed to: that of the body that gives it. */
export function regionalSide(party: Party): Side {
  return party === "ukraine" || party === "russia" ? party : null;
}

/** "27 going the other way", "19 in the other direction": the side opposite the figure before. */
export const OTHER_WAY =
  /^[^.;)]{0,40}\b(?:the other way|in the other direction|in the opposite direction|the opposite way)\b/i;

/** The side opposite a side; none for each side, both or none. */
export function otherSide(side: Side): Side {
  return side === "ukraine" ? "russia" : side === "russia" ? "ukraine" : null;
}
