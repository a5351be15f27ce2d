/**
 * Who a later article says a figure comes from, read from the words around it: "X said",
 * "according to X", "X wrote on Telegram", "by the count of X", "by Kyiv's count", "X promised",
 * "a Russian pledge of". The speaker is matched against the vocabulary (the claimants the store
 * knows, `CLAIMANT_NAMES`, and the groups below); one it does not know but can name (a person,
 * an organisation, a region's military administration, a side's negotiators) becomes a new
 * claimant under its own name. "It said", "the administration said" are the speaker named last.
 * Words inside quotation marks are never read as a speaker ("the Kyiv regime").
 */
import type { Claimant } from "../store/schema.ts";
import { CLAIMANT_NAMES } from "./check/vocabulary.ts";
import { unqualifiedMinistry } from "./ingest-unqualified-ministry.ts";

export interface Speaker {
  claimantId: string;
  name: string;
  party: Claimant["party"];
}

/** Speakers beside the vocabulary's: governments by their country's name, groups of officials. */
const GROUPS: readonly { id: string; name: string; party: Claimant["party"]; re: RegExp }[] = [
  {
    id: "both-officials",
    name: "Officials of both sides",
    party: "both",
    // "…, both sides said", "Kyiv and Moscow said": the two sides speaking as one.
    re: /\b(?:officials|authorities) (?:from|on|of) both (?:sides|countries)\b|^(?:the\s+)?(?:ukrainian and russian|russian and ukrainian) (?:officials|authorities)$|^(?:both|the two) (?:sides|countries|governments)$|^(?:kyiv|ukraine) and (?:moscow|russia)$|^(?:moscow|russia) and (?:kyiv|ukraine)$/i,
  },
  {
    id: "russian-media",
    name: "Russian media",
    party: "russia",
    re: /^(?:the\s+)?russian\s+(?:state\s+)?(?:media|news agencies|agencies)$/i,
  },
  {
    id: "ukrainian-media",
    name: "Ukrainian media",
    party: "ukraine",
    re: /^(?:the\s+)?ukrainian\s+(?:state\s+)?(?:media|news agencies|agencies)$/i,
  },
  {
    id: "ua-presidential-office",
    name: "Ukraine's presidential office",
    party: "ukraine",
    // "Ukraine's presidential office said", "the Ukrainian presidential office".
    re: /^(?:ukraine['’]s|the ukrainian|ukrainian) presidential office$/i,
  },
  {
    id: "ru-officials",
    name: "Russian officials",
    party: "russia",
    re: /^(?:russia|the russian side)$/i,
  },
  {
    id: "ua-officials",
    name: "Ukrainian officials",
    party: "ukraine",
    re: /^(?:ukraine|the ukrainian side)$/i,
  },
];

/** Countries that mediate between the sides (vocabulary as data). */
const MEDIATORS = [
  "UAE",
  "United Arab Emirates",
  "Qatar",
  "Türkiye",
  "Turkey",
  "Saudi Arabia",
  "Vatican",
  "Holy See",
].join("|");

/** "Ukraine and Russia exchanged …", "Moscow and Kyiv completed …": both countries as one subject. */
const BOTH_COUNTRIES =
  /^(?:[^.;]{0,60}?\s)?(?:Ukraine and Russia|Russia and Ukraine|Kyiv and Moscow|Moscow and Kyiv)\s+(?:have\s+|had\s+)?\p{Ll}+ed\b/u;

/** A list's item, one a line: "– on 9 June, 173 …", "• 24 May: 307". */
const LIST_ITEM = /^\s*[–—•*·-]\s/;

/** A voice's verbs. "Puts it at", "counts … as", and "gives 45, not 41" / "gave 45 for the bodies
 * it took back": a figure given is a figure claimed ("gave 40 prisoners back" is a deed, and is
 * not read so: the figure must be set against another or said to be for something). */
const VERB =
  /\b(?:puts?(?=\s+(?:it|the (?:figure|number|total|toll|count))\s+at\b)|gives?(?=\s+\d[\d,]*(?:\s*,\s*not\s+\d|\s+for\s+the\b))|gave(?=\s+\d[\d,]*(?:\s*,\s*not\s+\d|\s+for\s+the\b))|counts?(?=\s+[^.;]{1,40}?\s+as\s+(?:the\s+)?\d)|said|says|say|saying|spoke|repeated|announced|announces|reported|reports|confirmed|confirms|wrote|writes|posted|stated|states|told|added|adds|noted|claimed|claims|called|calls|declared|tweeted|promised|promises|pledged|pledges|offered|insisted|estimated|estimates|recalls|recalled)\b/gi;
const AUX =
  /(?:\s+(?:has|have|had|also|now|previously|earlier|later|again|has also|had also|would|will|was|were|then))+\s*$/i;
/** An adverb before the verb: "Russia separately offered", "the ministry quickly confirmed". */
const ADVERB = /(?:\s+(?!(?:only|family|assembly|ally|rally|supply)\b)[a-z]{3,}ly)+\s*$/;
const LEAD =
  /^(?:and|but|while|as|with|in return|meanwhile|however|so|then|where|that|which|though)\s+/i;
const PRONOUN = /^(?:it|he|she|they)$/i;
/** "the ministry", "the Russian ministry": the body of that kind the article named last. */
const DEFINITE =
  /^the (?:office of the )?(?:(russian|ukrainian) )?(ministry|headquarters|administration|ombudsman|commissioner|office|initiative|government|kremlin)$/i;
const TITLE =
  /^(?:(?:\p{Lu}\p{L}+['’]s|ukrainian|russian|\p{Lu}\p{L}+(?:ish|ian|ese|i)|kremlin|presidential|the|former|deputy|acting|chief|lead|top|senior|high)\s+)*(?:(?:defen[cs]e|foreign|interior)\s+minister|minister|president|ombudsman|spokes(?:man|woman|person)|commissioner(?:\s+for\s+(?:human|children['’]s)\s+rights)?|governor|head|mayor|negotiator|envoy|ambassador|aide|adviser|advisor|lawmaker|MP)\s+/iu;
/** A person's name in apposition after a title: ", Rustem Umerov", ", Ms. Ingrid Halvorsen". */
const NAME_AFTER =
  /^,\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*(?=[.,;:]|$)/u;
/** Words that name a post, not a body: the name in apposition after them is the speaker. */
const A_POST =
  /\b(?:minister|president|ombudsman|spokes(?:man|woman|person)|commissioner|governor|head(?: of [\p{L} ]+)?|mayor|negotiator|envoy|ambassador|aide|adviser|advisor|lawmaker|director|chief)$/iu;
const NAME = /^(?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u;
/** An organisation by its name and the kind of body it is: "Bring Kids Back UA initiative". */
const ORG =
  /^(?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:initiative|foundation|project|campaign|centre|center|network|coalition|fund)$/u;
const GROUP_HEAD =
  /\b(?:negotiators|delegation|authorities|government|side|military administration|regional administration|administration|commissioner|initiative|ministry|headquarters)$/i;
const NOT_SPEAKER =
  /\b(?:family|wife|husband|mother|father|daughter|son|aunt|uncle|brother|sister|media|reports?|photos?|spokes(?:man|woman|person)|sources?|one|some|many|families)\b/i;

/** A quoted span blanked out, offsets kept. */
function unquoted(s: string): string {
  return s.replace(/“[^”]*”|"[^"]*"/g, (q) => " ".repeat(q.length));
}

interface Cue {
  at: number;
  phrase: string;
  /** The part of the sentence it speaks for, when not all of it ("a Russian pledge of 3,000"). */
  scope?: [number, number];
  /** "by Ukraine's estimate": a country's count, which a speaker of that side may be citing. */
  count?: boolean;
  /** "He repeated that …": a speaker whose words the rest of the sentence reports. */
  reports?: boolean;
  /** "Russia offered …": a speaker who promised, pledged or offered. */
  promise?: boolean;
}

/** The parenthesis a cue stands in, if any: "(916 Ukrainians returned, by Kyiv's count)". */
function parenthesis(s: string, at: number): [number, number] | undefined {
  const open = s.lastIndexOf("(", at);
  if (open < 0 || s.lastIndexOf(")", at) > open) return undefined;
  const close = s.indexOf(")", at);
  return [open, close < 0 ? s.length : close];
}

/** The attribution cues of a sentence: where they are, and the words naming the speaker. */
function cuesOf(sentence: string): Cue[] {
  // "Russia, which also promised to return 5,000 bodies, handed over …": a promise set off after
  // its speaker speaks for what it promises, and only that (the aside is blanked below).
  const promised: Cue[] = [];
  for (const m of unquoted(sentence).matchAll(
    /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s*(?:which|who)\s+(?:(?:had|has|have|also)\s+)*(promised|pledged|offered)\b[^,;:]{0,80},/gu,
  ))
    promised.push({
      at: (m.index ?? 0) + m[0].indexOf(m[2] as string),
      phrase: m[1] as string,
      scope: [(m.index ?? 0) + (m[1] as string).length, (m.index ?? 0) + m[0].length],
    });
  const s = unquoted(sentence)
    .replace(/\bthe Kyiv regime\b/gi, (m) => " ".repeat(m.length))
    // "Rustem Umerov, who led Kyiv's delegation, told reporters": the aside is not the speaker.
    .replace(/,\s*(?:who|which|now|former|heading|leading|speaking)\b[^,;:]{0,80},/gi, (m) =>
      " ".repeat(m.length),
    );
  const cues: Cue[] = [...promised];
  // "According to X, …" ("which, according to the Russian side, belong to …" says whose bodies,
  // not whose figure).
  for (const m of s.matchAll(
    /\b(?:according to|by the count of|as reported by|citing)\s+([^,;:.()—–]+)/gi,
  )) {
    if (/\b(?:which|who|that),?\s*$/i.test(s.slice(0, m.index))) continue;
    const at = m.index ?? 0;
    // "Moskalkova, according to Russian agencies, gave him a list of 63": her list, as the
    // agencies report it.
    const subject = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s*$/u.exec(
      s.slice(0, at),
    )?.[1];
    // (Only a list: "Russia, according to the headquarters, received 22 bodies" is the
    // headquarters' count; a list handed over is the claim of its giver.)
    if (subject && /^[^,]*,\s*\p{Ll}/u.test(s.slice(at)) && /\blists?\b/i.test(s.slice(at))) {
      cues.push({ at: 0, phrase: subject });
      continue;
    }
    cues.push({
      at,
      phrase: named(m[1] ?? "", s.slice(at + m[0].length)),
      scope: parenthesis(s, at),
    });
  }
  // "By Kyiv's count", "Russia's promise of", "a Russian pledge of".
  // A count speaks for its parenthesis or sentence; a promise only for what follows it.
  for (const m of s.matchAll(
    /\b((?:\p{Lu}[\p{L}-]+\s+){0,4}\p{Lu}[\p{L}-]+)['’]s\s+(?:(count|tally|figures?|estimate|data)|promise|pledge|offer)\b/gu,
  )) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    cues.push({
      at,
      // ("By Ukraine's count": the body is "Ukraine", not "By Ukraine".)
      phrase: (m[1] ?? "").replace(/^(?:By|According|Per)\s+/, ""),
      scope: m[2] ? parenthesis(s, at) : [at, clauseEnd(s, end)],
      count: !!m[2],
    });
  }
  // "6,000 bodies pledged by Russia", "3,200 of the 6,000 bodies it pledged": the figure of a
  // pledge is the claim of whoever pledged it (for "it", the country the sentence named last).
  for (const m of s.matchAll(
    /\b\d[\d,]*\s+(?:[\p{L}-]+\s+){0,3}?(?:(it|they)\s+(?:had\s+|has\s+)?)?(?:pledged|promised)(?:\s+by\s+((?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}))?/gu,
  )) {
    const at = m.index ?? 0;
    const country = [...s.slice(0, at).matchAll(/\b(?:Russia|Ukraine|Moscow|Kyiv)\b/g)].at(-1)?.[0];
    const phrase = m[2] ?? (m[1] ? country : undefined);
    if (phrase) cues.push({ at, phrase, scope: [at, at + m[0].length] });
  }
  // "By the headquarters' count, 6,393 …", "by the ministry's tally", "The headquarters' season
  // total … stands at 6,766": the body of that kind the article named last.
  for (const m of s.matchAll(
    /\b(?:[Bb]y t|T)he ((?:(?:russian|ukrainian)\s+)?(?:ministry|headquarters|administration|ombudsman|commissioner|office|initiative|government))['’]s?\s+(?:own\s+)?(?:[\p{Ll}-]+\s+)?(?:count|tally|reckoning|figures|total)\b/gu,
  )) {
    const at = m.index ?? 0;
    cues.push({ at, phrase: `the ${m[1]}`, scope: parenthesis(s, at), count: true });
  }
  // "By its count, the swap was the 71st": the body the paragraph last named.
  for (const m of s.matchAll(
    /\b[Bb]y (?:its|their) (?:own )?(?:count|tally|reckoning|figures)\b/g,
  )) {
    const at = m.index ?? 0;
    cues.push({ at, phrase: "It", scope: parenthesis(s, at), count: true });
  }
  for (const m of s.matchAll(
    /\b(Russian|Ukrainian)\s+(?:(count|tally|estimate|figures?)|pledge|promise|offer)\b/g,
  )) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    cues.push({
      at,
      phrase: m[1] === "Russian" ? "Russia" : "Ukraine",
      scope: m[2] ? parenthesis(s, at) : [at, clauseEnd(s, end)],
    });
  }
  for (const m of s.matchAll(VERB)) {
    const at = m.index ?? 0;
    // The subject before the verb, back to the clause's start.
    const before = s.slice(0, at).replace(AUX, "").replace(ADVERB, "").replace(AUX, "");
    const pieces = before.split(/[,;:—–()]|\s-\s/);
    // "A Russian lawmaker, Viktor Gordeyev, said": the name in apposition before the verb.
    const last = pieces.at(-1) ?? "";
    const clause =
      !last.trim() && pieces.length > 2 && NAME.test((pieces.at(-2) ?? "").trim())
        ? (pieces.at(-2) ?? "")
        : last;
    // (The closing mark of a quotation that began in an earlier sentence is no part of it.)
    // (Nor is a bulleted line's bullet: "• Russia also offered …".)
    let phrase = clause
      .replace(/^\s*[•·▪‣◦*-]\s+/, "")
      .replace(/^\s*["“”]\s*/, "")
      .trim()
      .replace(LEAD, "")
      .trim()
      // "At the same meeting Russia said": a setting with no comma before the speaker; so is
      // "At the June 4 talks Russia pledged" (the talks named by their day).
      .replace(
        /^(?:[Aa]t|[Ii]n|[Dd]uring|[Aa]fter|[Bb]efore|[Oo]n)\s+(?:the|a|that|this)\s+(?:(?:\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)\s+)?(?:\p{Ll}+\s+){1,3}(?=\p{Lu})/u,
        "",
      );
    // "the head of the office, Andriy Yermak, and the Kids Home initiative said": two speakers,
    // the first named in apposition.
    const first = (pieces.at(-2) ?? "").trim();
    if (clause === last && /^\s*and\s/i.test(last) && pieces.length > 2 && NAME.test(first))
      phrase = `${first} and ${phrase}`;
    // "1,200 bodies it said were of Ukrainian soldiers": a saying inside a relative clause
    // speaks of what the bodies were, not for the figure.
    // So is "63 residents whom Moscow says are held in Ukraine".
    if (
      (/\p{L}\s+(?:it|they)$/iu.test(phrase) ||
        /\b(?:whom|who)\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,3}$/u.test(phrase)) &&
      /^\s+(?:were|was|are|is)\b/.test(s.slice(at + m[0].length))
    )
      continue;
    // "…, said Ombudsman Lubinets": the subject after the verb ("said the head of the office,
    // Ms. Ingrid Halvorsen": the name in apposition).
    if (!phrase) {
      const rest = s.slice(at + m[0].length);
      // "A fifth stage, promised by Kyiv for 30 June, slipped …": a passive aside speaks only
      // for the words it is set off with, not for the figures of the rest of the sentence.
      if (/^\s+by\b/.test(rest) && /,\s*$/.test(s.slice(0, at))) {
        const stop = rest.search(/[,;:()—–]/);
        const byWho =
          /^\s+by\s+([^,;:()—–]+?)(?:\s+(?:for|on|in|at|to)\b[^,;:()—–]*)?(?=[,;:()—–]|$)/.exec(
            rest,
          )?.[1];
        if (byWho)
          cues.push({
            at,
            phrase: byWho,
            scope: [at, stop < 0 ? s.length : at + m[0].length + stop],
          });
        continue;
      }
      const after = /^\s+([^,;:()—–]+?)(?=[,;:()—–]|\.(?:\s|$)|$)/.exec(rest);
      phrase = named((after?.[1] ?? "").trim(), rest.slice(after?.[0].length ?? 0));
    }
    // "Russia offered to return 3,000 more; it handed over 1,000 on July 29": a promise speaks
    // for its own clause, not for a deed told after a semicolon.
    const promise = /^(?:promise|pledge|offer)/i.test(m[0]);
    const semi = promise ? s.indexOf(";", at) : -1;
    if (phrase)
      cues.push({
        at,
        phrase,
        reports: /^\s+that\b/i.test(s.slice(at + m[0].length)),
        ...(semi >= 0 ? { scope: [0, semi] as [number, number] } : {}),
        ...(promise ? { promise: true } : {}),
      });
  }
  // "Russia also offered to hand back 6,000 bodies, Ukraine's delegation said": the voice at
  // the sentence's end reports the offer; the offer's figure is its claim.
  const tail = cues.some((c) => !c.promise && TAIL_SAID.test(s.slice(c.at)));
  return tail ? cues.filter((c) => !c.promise) : cues;
}

/** A reporting verb that ends its sentence: "…, the delegation said." */
const TAIL_SAID = /^(?:said|says|reported|reports|told reporters|added)\s*[.!]?["”’]?\s*$/i;

/** "Ukraine's defence minister, Rustem Umerov": the person a post's words name after a comma. */
function named(phrase: string, after: string): string {
  const name = NAME_AFTER.exec(after)?.[1];
  return name && A_POST.test(phrase.trim()) ? name : phrase;
}

/** Resolves the words naming a speaker against the vocabulary, the text, and who spoke last. */
export function resolveSpeaker(
  phrase: string,
  sentence: string,
  text: string,
  last: Speaker | null,
  named: Map<string, Speaker>,
): Speaker | null {
  // ("the HQ" is the headquarters, short.)
  const p = phrase
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\bHQ\b/g, "Headquarters");
  if (PRONOUN.test(p)) return last;
  // "the Commissioner's office": the body of that kind the article named before.
  const owner = /^the (\p{L}+)['’]s (?:office|press service)$/iu.exec(p)?.[1]?.toLowerCase();
  if (owner && named.has(owner)) return named.get(owner) ?? null;
  const definite = DEFINITE.exec(p);
  if (definite?.[2]) {
    const earlier = named.get(definite[2].toLowerCase());
    const party =
      definite[1]?.toLowerCase() === "russian" ? "russia" : definite[1] ? "ukraine" : null;
    if (earlier && (!party || earlier.party === party)) return earlier;
  }
  for (const g of GROUPS)
    if (g.re.test(p)) return { claimantId: g.id, name: g.name, party: g.party };
  // "Ukraine and Russia completed a swap …, officials said": unnamed officials telling what both
  // countries did together are both sides'.
  if (/^officials$/i.test(p) && BOTH_COUNTRIES.test(sentence)) {
    const both = GROUPS[0];
    if (both) return { claimantId: both.id, name: both.name, party: both.party };
  }
  for (const c of CLAIMANT_NAMES) {
    if (c.within && !c.within.test(sentence)) continue;
    if (c.notWithin?.test(sentence)) continue;
    if (c.re.test(p)) return { claimantId: c.id, name: c.name, party: c.party };
  }
  // "Andriy Yermak and the Kids Home initiative": two speakers the words name together, each
  // one this can read, are one claimant under the words that name them.
  const joint = /^(.+?)\s+and\s+(.+)$/.exec(p);
  if (joint?.[1] && joint[2]) {
    const a = resolveSpeaker(joint[1], sentence, text, null, new Map());
    const b = resolveSpeaker(joint[2], sentence, text, null, new Map());
    if (a && b && a.claimantId !== b.claimantId) {
      const name = p.replace(/^the\s+/i, "");
      const party =
        a.party === b.party
          ? a.party
          : (a.party === "ukraine" && b.party === "russia") ||
              (a.party === "russia" && b.party === "ukraine")
            ? "both"
            : "independent";
      return { claimantId: slug(name), name, party };
    }
  }
  // "The Friday vigil …, its organisers said": the organisers of what the sentence is about.
  const its = /^(?:its|their) (organi[sz]ers|founders|coordinators)$/i.exec(p)?.[1];
  if (its) {
    const subject = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+)*(\p{Ll}[\p{L}-]+)/u.exec(
      sentence.trim(),
    )?.[1];
    if (!subject) return null;
    const name = `${subject} ${its.toLowerCase()}`;
    return { claimantId: slug(name), name, party: "independent" };
  }
  // "the governor of the region": named with its region, as the text names it.
  if (/^(?:the\s+)?governor of the region$/i.test(p)) {
    const region =
      /\b(\p{Lu}\p{Ll}+)\s+(?:region|oblast)\b/u.exec(sentence)?.[1] ??
      /\b(\p{Lu}\p{Ll}+)\s+(?:region|oblast)\b/u.exec(text)?.[1];
    if (region) {
      const name = `the governor of the ${region} region`;
      const party = /^(?:Kursk|Belgorod|Bryansk)$/.test(region) ? "russia" : "ukraine";
      return { claimantId: slug(name), name, party };
    }
  }
  // "the office of the Russian Commissioner for Human Rights": a body by its title.
  const office =
    /^(?:the\s+)?(office of (?:the\s+)?(?:(?:Russian|Ukrainian)\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:for|of|on|\p{Lu}[\p{L}-]*))*)$/u.exec(
      p,
    )?.[1];
  if (office) {
    const party = /\bRussian\b/.test(office)
      ? "russia"
      : /\bUkrainian\b/.test(office)
        ? "ukraine"
        : "independent";
    return { claimantId: slug(office), name: office, party };
  }
  if (NOT_SPEAKER.test(p) || p.split(" ").length > 8) return null;
  // A region's military administration: named with its region.
  if (/\bregional (?:military )?administration$|\bmilitary administration$/i.test(p)) {
    const region =
      // (Not "The regional administration": an article is no region's name.)
      /\b(?!(?:The|A|An|This|That|Its)\b)(\p{Lu}\p{Ll}+)\s+(?:region|oblast|regional)\b/u.exec(
        p,
      )?.[1] ??
      /\b(?!(?:The|A|An|This|That|Its)\b)(\p{Lu}\p{Ll}+)\s+(?:region|oblast)\b/u.exec(
        sentence,
      )?.[1] ??
      /\bfrom (\p{Lu}\p{Ll}+)\b(?!\s+(?:and|or))/u.exec(sentence)?.[1] ??
      /\b(?!(?:The|A|An|This|That|Its)\b)(\p{Lu}\p{Ll}+)\s+(?:region|oblast)\b/u.exec(text)?.[1];
    if (!region || /^(?:Russia|Ukraine|Kyiv|Moscow)$/.test(region)) return null;
    const name = `${region} regional military administration`;
    return { claimantId: slug(name), name, party: "ukraine" };
  }
  // "The UAE has succeeded in a new mediation …, the Ministry of Foreign Affairs said": a
  // foreign ministry named with no country is that of the mediator its sentence opens with.
  if (/^(?:the\s+)?(?:ministry of foreign affairs|foreign ministry)$/i.test(p)) {
    const mediator = new RegExp(`^\\s*(?:The\\s+)?(${MEDIATORS})\\b`).exec(sentence)?.[1];
    if (mediator) {
      const name = `${mediator} Ministry of Foreign Affairs`;
      return { claimantId: slug(name), name, party: "independent" };
    }
  }
  // "UAE Ministry of Foreign Affairs", "Qatar's Foreign Ministry": a mediator's, by its country.
  const mediatorOwn = new RegExp(
    `^(?:the\\s+)?(${MEDIATORS})(?:['’]s)?\\s+(?:ministry of foreign affairs|foreign ministry)$`,
    "i",
  ).exec(p)?.[1];
  if (mediatorOwn) {
    const name = `${mediatorOwn} Ministry of Foreign Affairs`;
    return { claimantId: slug(name), name, party: "independent" };
  }
  // "the regional police", of "servicemen from Lviv region": named with its region.
  if (/^(?:the\s+)?regional police$/i.test(p)) {
    const region =
      /\b(?!(?:The|A|This|That|Its)\b)(\p{Lu}\p{Ll}+)\s+(?:region|oblast)\b/u.exec(sentence)?.[1] ??
      /\b(?!(?:The|A|This|That|Its)\b)(\p{Lu}\p{Ll}+)\s+(?:region|oblast)\b/u.exec(text)?.[1];
    if (region && !/^(?:Russia|Ukraine|Kyiv|Moscow)$/.test(region)) {
      const name = `${region} regional police`;
      return { claimantId: slug(name), name, party: "ukraine" };
    }
  }
  // "the district administration", of "men from Bar district": named with its district.
  if (/^(?:the\s+)?district (?:military )?administration$/i.test(p)) {
    const place =
      /\b(?!(?:The|A|This|That|Its)\b)(\p{Lu}\p{Ll}+)\s+district\b/u.exec(sentence)?.[1] ??
      /\b(?!(?:The|A|This|That|Its)\b)(\p{Lu}\p{Ll}+)\s+district\b/u.exec(text)?.[1];
    if (place) {
      const name = `${place} district administration`;
      return { claimantId: slug(name), name, party: "ukraine" };
    }
  }
  // "Umerov said": a surname alone is the person the article named in full before.
  if (/^\p{Lu}[\p{L}'’-]+$/u.test(p)) {
    const full = new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+) ${p}\\b`, "u").exec(text);
    if (full?.[1] && !TITLE.test(`${full[1]} `) && !/^(?:The|Minister|President)$/.test(full[1]))
      return resolveSpeaker(`${full[1]} ${p}`, sentence, text, last, named);
  }
  const bare = p.replace(/^the\s+/i, "");
  // "Minister Fidan": a surname after a title is the person the article named in full.
  const surname = bare.replace(TITLE, "");
  if (surname !== bare && /^\p{Lu}[\p{L}'’-]+$/u.test(surname)) {
    const full = new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+) ${surname}\\b`, "u").exec(text);
    if (full?.[1] && !TITLE.test(`${full[1]} `) && !/^(?:The|Minister|President)$/.test(full[1]))
      return resolveSpeaker(`${full[1]} ${surname}`, sentence, text, last, named);
  }
  // "By Ukraine's count", "Russia says": a country as a speaker is its officials.
  if (/^(?:Ukraine|Russia)$/.test(p))
    return resolveSpeaker(
      p === "Ukraine" ? "Ukrainian officials" : "Russian officials",
      sentence,
      text,
      last,
      named,
    );
  // "The Interior Ministry says", beside "Russia's Defence Ministry": the unqualified side's.
  const unqualified = unqualifiedMinistry(p, text);
  if (unqualified)
    return (
      (unqualified.full ? resolveSpeaker(unqualified.full, sentence, text, last, named) : null) ?? {
        claimantId: slug(unqualified.name),
        name: unqualified.name,
        party: unqualified.party,
      }
    );
  // "Ukraine's Ministry of Internal Affairs", "Russia's Interior Ministry": a ministry named with
  // its country, under the name the text gives it, on that country's side.
  const ministry =
    /^(?:the\s+)?(Ukraine|Russia)['’]s\s+(Ministry of (?:\p{Lu}[\p{L}-]*|and)(?:\s+(?:\p{Lu}[\p{L}-]*|and))*|\p{Lu}[\p{L}-]*\s+Ministry)$/u.exec(
      p,
    );
  if (ministry?.[1] && ministry[2]) {
    const name = `${ministry[1]}'s ${ministry[2]}`;
    return {
      claimantId: slug(name),
      name,
      party: ministry[1] === "Ukraine" ? "ukraine" : "russia",
    };
  }
  // "Ukraine's delegation", "Moscow's negotiators": a side's delegation at talks.
  const owned =
    /^(Ukraine|Russia|Kyiv|Moscow)['’]s\s+(delegation|negotiators|negotiating team)$/u.exec(bare);
  if (owned?.[1] && owned[2]) {
    const country = /^(?:Ukraine|Kyiv)$/.test(owned[1]) ? "Ukraine" : "Russia";
    const name = `${country}'s ${owned[2]}`;
    return { claimantId: slug(name), name, party: country === "Ukraine" ? "ukraine" : "russia" };
  }
  // "Ukrainian negotiators", "the Russian delegation".
  const side = /^(Ukrainian|Russian)\s+(\p{Ll}[\p{L} ]*)$/u.exec(bare);
  if (side?.[1] && side[2] && GROUP_HEAD.test(side[2])) {
    const name = `${side[1]} ${side[2]}`;
    return { claimantId: slug(name), name, party: side[1] === "Ukrainian" ? "ukraine" : "russia" };
  }
  // "the presidential office's Bring Kids Back UA initiative": a named body within another,
  // under its own name.
  const within = ORG.test(bare)
    ? bare
    : /^(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+['’]s\s+(.+)$/u.exec(bare)?.[1];
  if (within && ORG.test(within)) {
    const rus = /\brussia/i.test(p);
    return {
      claimantId: slug(within),
      name: within,
      party: rus ? "russia" : /\bukrain|\bpresidential\b/i.test(p) ? "ukraine" : "independent",
    };
  }
  // A person with a title ("Defence Minister Rustem Umerov"), or an organisation by its name
  // ("Bring Kids Back UA").
  const untitled = bare.replace(TITLE, "");
  if (NAME.test(untitled) && !/^(?:On|In|At|By|Since|After|Before)\b/.test(untitled)) {
    // ("Turkish Foreign Minister Hakan Fidan": a third country's, whatever the sentence is about.)
    const third =
      /^(?:the\s+)?\p{Lu}\p{L}+(?:ish|ian|ese|i)\s/u.test(bare) &&
      !/^(?:the\s+)?(?:Ukrainian|Russian)\s/u.test(bare);
    const ukr = /\bukrain/i.test(`${p} ${sentence}`) && !/\brussia/i.test(p) && !third;
    const rus = /\brussia/i.test(p);
    return {
      claimantId: slug(untitled),
      name: untitled,
      party: rus ? "russia" : ukr && untitled !== bare ? "ukraine" : "independent",
    };
  }
  return null;
}

/**
 * The speaker of each figure, sentence by sentence, with "it", "he", "the administration"
 * carried within the article. Null when the figure's sentence names no speaker this can read.
 */
export function speakersOf(
  text: string,
  sentences: readonly { start: number; end: number; text: string }[],
  /** The outlet, when it is itself a body the vocabulary knows ("the Commissioner recalls"). */
  own?: { outlet: string; speaker: Speaker } | null,
): (sentenceStart: number, figureAt: number) => Speaker | null {
  const named = new Map<string, Speaker>();
  if (own)
    for (const head of own.outlet.matchAll(new RegExp(HEADS.source, "gi")))
      named.set((head[1] as string).toLowerCase(), own.speaker);
  const bySentence = new Map<number, { cue: Cue; who: Speaker }[]>();
  // "The Russian side recalls that …" in the Russian ministry's own statement: the outlet's voice.
  const outletSide = own?.speaker ?? null;
  const selfNamed = (phrase: string): Speaker | null => {
    const side = /^the (russian|ukrainian) side$/i.exec(phrase.trim())?.[1]?.toLowerCase();
    if (!side || !outletSide) return null;
    return (side === "russian" ? "russia" : "ukraine") === outletSide.party ? outletSide : null;
  };
  let last: Speaker | null = null;
  // The person named last in the paragraph: "he", "she" is not a country or a ministry.
  let lastPerson: Speaker | null = null;
  let mentioned: Speaker | null = null;
  let quoting: Speaker | null = null;
  // Sentences of a quotation still open that name no speaker: theirs is the one named after it
  // closes ("“On June 11, 105 … were returned. In return, 105 … were handed over,” the ministry
  // said").
  let pending: number[] = [];
  let inQuote = false;
  // The speaker of the sentence before, in the paragraph, and whether it led with "According to".
  let before: { who: Speaker; leads: boolean; quoted: boolean } | null = null;
  let lastEnd = 0;
  // The speaker a paragraph's label names ("KOVAL: …", "Olena Marchuk, Facebook, 09:15: “…”").
  let labelled: Speaker | null = null;
  // The speaker of a lead-in that ends with a colon ("According to X, three stages took place:"):
  // the list's items below it, one a line, are told in that voice.
  let listLead: Speaker | null = null;
  for (const s of sentences) {
    const newLine = lastEnd === 0 || text.slice(lastEnd, s.start).includes("\n");
    if (newLine && !(listLead && LIST_ITEM.test(s.text))) listLead = null;
    if (newLine) {
      last = null;
      lastPerson = null;
      mentioned = null;
      before = null;
      pending = [];
      inQuote = false;
      const label = speakerLabel(s.text, text, named);
      labelled = label?.who ?? null;
    }
    lastEnd = s.end;
    // "THE STAGES SO FAR (figures from X)": a section heading naming the source of the list
    // below it, item by item.
    const heading = newLine ? HEADING_SOURCE.exec(s.text) : null;
    if (heading?.[1]) {
      listLead = resolveSpeaker(heading[1], s.text, text, null, named) ?? listLead;
      bySentence.set(s.start, []);
      continue;
    }
    const found: { cue: Cue; who: Speaker }[] = [];
    for (const cue of cuesOf(s.text).sort((a, b) => a.at - b.at)) {
      // "It said" with no speaker read yet: the body the paragraph last named.
      const antecedent: Speaker | null = /^(?:he|she)$/i.test(cue.phrase.trim())
        ? (lastPerson ?? last ?? mentioned)
        : (last ?? mentioned);
      const who: Speaker | null =
        selfNamed(cue.phrase) ?? resolveSpeaker(cue.phrase, s.text, text, antecedent, named);
      if (!who) continue;
      found.push({ cue, who });
      last = who;
      if (aPerson(who)) lastPerson = who;
      for (const head of who.name.matchAll(new RegExp(HEADS.source, "gi")))
        named.set((head[1] as string).toLowerCase(), who);
    }
    // A labelled turn or post: the label's speaker says what no one else in it is said to.
    if (found.length === 0 && labelled) found.push({ cue: { at: 0, phrase: "" }, who: labelled });
    if (found.length === 0 && listLead && LIST_ITEM.test(s.text))
      found.push({ cue: { at: 0, phrase: "" }, who: listLead });
    // A quotation opened after its speaker runs on into the sentences it spans:
    // "X spoke to reporters: “We agreed. More than a thousand people will come home.”"
    if (found.length === 0 && quoting) found.push({ cue: { at: 0, phrase: "" }, who: quoting });
    const opens = (s.text.match(/“/g) ?? []).length;
    const closes = (s.text.match(/”/g) ?? []).length;
    if (opens > closes) quoting = found.at(-1)?.who ?? null;
    else if (closes > opens) quoting = null;
    const marks = quoteMarks(s.text, inQuote);
    // The same with straight marks: 'Fidan stated: "Today … . Two thousand … will return."'
    if (opens === 0 && closes === 0 && s.text.includes('"')) {
      const opensAt = marks.opensAt;
      if (marks.endsOpen && opensAt !== null)
        quoting = found.filter((f) => f.cue.at < opensAt).at(-1)?.who ?? null;
      else if (!marks.endsOpen) quoting = null;
    }
    const own = found.length > 0;
    // With no speaker of its own, a sentence goes on in the voice of the one before it when it
    // says so ("In addition, …"), when the one before led with "According to …", or when it
    // opens a quotation right after a quoted speaker ("“…,” she said. “Of the 1,200 …”").
    if (!own && before) {
      const quotedOn = before.quoted && /^["“]/.test(s.text);
      if (GOES_ON.test(s.text) || before.leads || quotedOn)
        found.push({ cue: { at: 0, phrase: "" }, who: before.who });
    }
    if (marks.closesAt !== null) {
      const after = found.find((f) => f.cue.at >= (marks.closesAt as number))?.who;
      if (after)
        for (const at of pending) bySentence.set(at, [{ cue: { at: 0, phrase: "" }, who: after }]);
      pending = [];
    }
    if (!own && (inQuote || marks.opensAt !== null) && !marks.endsClosed) pending.push(s.start);
    inQuote = marks.endsOpen;
    bySentence.set(s.start, found);
    // (Only a lead-in that names its speaker itself, and leads with it or says it.)
    if (found.length > 0 && !listLead && /:\s*$/.test(s.text) && /^according to\b/i.test(s.text))
      listLead = found.at(-1)?.who ?? null;
    const lead = found[0];
    before = lead
      ? {
          who: found.at(-1)?.who ?? lead.who,
          leads: own && /^according to\b/i.test(s.text),
          quoted: /["“”]/.test(s.text),
        }
      : null;
    mentioned = lastNamed(s.text) ?? mentioned;
  }
  return (sentenceStart, figureAt) => {
    const all = bySentence.get(sentenceStart) ?? [];
    // "… ready to hand over 1,212 of 6,000 bodies; Kyiv says no date has been set": a speaker
    // in the figure's own clause (between semicolons) before one in another.
    const text = sentences.find((x) => x.start === sentenceStart)?.text ?? "";
    const from = text.lastIndexOf(";", figureAt);
    const stop = text.indexOf(";", figureAt);
    const own = all.filter((f) => f.cue.at > from && (stop < 0 || f.cue.at < stop));
    const found = own.length ? own : all;
    let best: { who: Speaker; d: number } | null = null;
    for (const f of found) {
      const scope = f.cue.scope;
      if (scope && (figureAt < scope[0] || figureAt > scope[1])) continue;
      const d = Math.abs(f.cue.at - figureAt);
      if (!best || d < best.d) best = { who: f.who, d };
    }
    // "Ukraine says it has brought home 6,912 …, according to its Coordination Headquarters":
    // the body the country's words are sourced to, of the same side, speaks for them.
    const sourced = best && sourcedBody(best.who, found, text);
    if (sourced) return sourced;
    // "He repeated that, by Ukraine's estimate, more than 16,000 …": a side's own count, cited
    // by a speaker of that side, is the speaker's claim.
    const chosen = found.find((f) => f.who === best?.who && f.cue.count);
    if (chosen) {
      const reporter = found.find(
        (f) => f.cue.reports && f.cue.at < chosen.cue.at && f.who.party === chosen.who.party,
      );
      if (reporter) return reporter.who;
    }
    return best?.who ?? null;
  };
}

function sourcedBody(
  country: Speaker,
  found: readonly { cue: Cue; who: Speaker }[],
  sentence: string,
): Speaker | null {
  if (!country.claimantId.endsWith("-officials") || country.party === "both") return null;
  return (
    found.find(
      (f) =>
        /^(?:according to|citing)\b/i.test(sentence.slice(f.cue.at)) &&
        f.who.party === country.party &&
        !f.who.claimantId.endsWith("-officials"),
    )?.who ?? null
  );
}

/** "THE STAGES SO FAR (figures from Ukraine's Coordination Headquarters)": a capitals heading
 * with the list's source in brackets, and nothing else on its line. */
const HEADING_SOURCE =
  /^\s*\p{Lu}[\p{Lu}\d ,'’&-]{2,60}\(\s*(?:figures|numbers|data)\s+(?:from|of|by|supplied by|provided by)\s+([^()\n]{3,100}?)\s*\)\s*:?\s*$/u;

/** "They come from X unless stated otherwise", "Numbers from X, unless noted otherwise:",
 * "Figures are those published by X unless marked otherwise". */
const FIGURES_FROM =
  /\b(?:they|the(?:se)? (?:figures|numbers|data)|all (?:figures|numbers)|figures|numbers|data)\s+(?:(?:come|comes|are|is)\s+)?(?:from|those (?:of|published by|given by|released by)|(?:as\s+)?(?:supplied|provided|published) by)\s+([^.:;\n]{3,100}?)\s*,?\s+unless\s+(?:otherwise\s+(?:stated|noted|indicated|specified|marked)|(?:stated|noted|indicated|specified|marked)\s+otherwise)\b/i;

/**
 * The source a page names for all its figures ("Here is the summer in figures. They come from
 * Ukraine's Coordination Headquarters unless stated otherwise."): the speaker of every figure
 * after that note that names no speaker of its own. Null when the page names none.
 */
export function pageSource(
  text: string,
): { speaker: Speaker; from: number; ownTotals: boolean } | null {
  const m = FIGURES_FROM.exec(text) ?? UNLESS_NOTED_FIGURES.exec(text);
  if (!m?.[1]) return null;
  const at = m.index ?? 0;
  const sentence = text.slice(Math.max(0, text.lastIndexOf(".", at) + 1), at + m[0].length);
  const speaker = resolveSpeaker(m[1], sentence, text, null, new Map());
  const rest = text.slice(at + m[0].length, text.indexOf(".", at + m[0].length) + 1 || undefined);
  return speaker ? { speaker, from: at + m[0].length, ownTotals: OWN_TOTALS.test(rest) } : null;
}

/** "Unless noted, the figures below are those of X", the note's words the other way round. */
const UNLESS_NOTED_FIGURES =
  /\bunless\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified)(?:\s+otherwise)?,\s+(?:all\s+)?the\s+(?:figures|numbers|data)(?:\s+(?:below|here|that follow))?\s+(?:are|come)\s+(?:those of|from|supplied by|provided by)\s+([^.:;\n]{3,100}?)\s*(?=[.;:\n])/i;
/** "; totals are our own sums": the page's totals are its own, not its source's. */
const OWN_TOTALS = /^\s*[;,]?\s*(?:and\s+)?(?:the\s+)?totals\s+(?:are\s+)?(?:our\s+own|ours)\b/i;

/** Whether a speaker is a person by name ("Vladimir Medinsky, …"), not a body or a side. */
function aPerson(who: Speaker): boolean {
  return (
    /^\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+\b(?!['’]s)/u.test(who.name) &&
    !/\b(?:ministry|headquarters|office|administration|officials|media|side|government|initiative|council|police|foundation|project|centre|center|agency|service|committee|parliament|delegation|negotiators|authorities|organi[sz]ers)\b/i.test(
      who.name,
    )
  );
}

/** Who hosts a transcript: their turns are the outlet's own voice. */
const HOST = /^(?:HOST|PRESENTER|ANCHOR|INTERVIEWER|MODERATOR|Q)$/;
/** Where a post was put up: "Telegram", "X", "Facebook". */
const PLATFORM =
  /^(?:Telegram|X|Twitter|Facebook|Instagram|YouTube|TikTok|VK|VKontakte|Threads|Bluesky|LinkedIn|website)$/i;

/**
 * The speaker a paragraph's label names, as transcripts and round-ups of posts write them: a
 * surname in capitals before a colon ("KOVAL: On 3 May we …", the person the text names in
 * full), the host's turn ("HOST (Anna Li): …", the outlet's own voice: no speaker), or a name
 * with where and when it posted, before a quotation ("Olena Marchuk, Facebook, 09:15: “…”").
 * Null when the paragraph opens with no such label.
 */
function speakerLabel(
  sentence: string,
  text: string,
  named: Map<string, Speaker>,
): { who: Speaker | null } | null {
  const caps = /^([\p{Lu}][\p{Lu}'’-]+)(?:\s*\([^()\n]{1,60}\))?:\s+\S/u.exec(sentence);
  if (caps?.[1]) {
    if (HOST.test(caps[1])) return { who: null };
    const surname = caps[1].charAt(0) + caps[1].slice(1).toLowerCase();
    const full = new RegExp(
      `\\b(?!(?:In|On|At|The|From|To|Of|For|And|By|With|Near|Greater|Central|Western|Eastern)\\b)\\p{Lu}[\\p{L}'’-]+ ${surname}\\b`,
      "u",
    ).exec(text);
    if (!full) return null;
    // "Our correspondent Petro Savka reports": the outlet's own reporter, the outlet's voice.
    if (
      /\b(?:correspondent|reporter|journalist|editor|presenter|host)\s*,?\s*$/i.test(
        text.slice(0, full.index),
      )
    )
      return { who: null };
    const who = resolveSpeaker(surname, sentence, text, null, named);
    // ("KYIV: …" is no turn of a speaker named "In Kyiv": a turn's label names a person.)
    return who && aPerson(who) ? { who: partyByApposition(who, text) } : null;
  }
  // "11:32 The Coordination Headquarters: 130 of our defenders are home": a digest's entry, its
  // time, then who says what follows.
  const timed = /^\d{1,2}[:.]\d{2}\s+([^:\n“”"]{3,80}?):\s+\S/u.exec(sentence);
  if (timed?.[1]) {
    const who = resolveSpeaker(timed[1], sentence, text, null, named);
    if (who) return { who };
  }
  const post =
    /^([^:\n“”"]{3,80}?)((?:,\s*(?:\d{1,2}[:.]\d{2}|[^,:\n“”"]{1,20})){1,2}):\s*["“]/u.exec(
      sentence,
    );
  if (!post?.[1] || !post[2]) return null;
  const where = post[2]
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  if (!where.every((w) => PLATFORM.test(w) || /^\d{1,2}[:.]\d{2}$/.test(w))) return null;
  // (The time's own colon: "11:02: “…”" ends the label at its second colon.)
  const who = resolveSpeaker(post[1], sentence, text, null, named);
  return who ? { who } : null;
}

/**
 * A person the vocabulary does not know, of the side the words after their name in the text
 * say: "Iryna Koval, deputy head of Ukraine's Coordination Headquarters", "Iryna Koval of …".
 */
function partyByApposition(who: Speaker, text: string): Speaker {
  if (who.party !== "independent") return who;
  const at = new RegExp(`${who.name}(?:,| of\\b| from\\b)`).exec(text)?.index ?? -1;
  if (at < 0) return who;
  const after = text.slice(at + who.name.length, at + who.name.length + 160).split(/[.;\n]/)[0];
  const ukr = /\bukrain/i.test(after ?? "");
  const rus = /\brussia/i.test(after ?? "");
  return ukr === rus ? who : { ...who, party: ukr ? "ukraine" : "russia" };
}

/** The kind of body a name is, for "the ministry", "the Commissioner" later. */
const HEADS =
  /(ministry|headquarters|administration|ombudsman|commissioner|office|initiative|government|kremlin)\b/i;

/** Words that carry on the report of the sentence before: "In addition, eight …". */
const GOES_ON = /^(?:in addition|additionally|also|furthermore|moreover)\b/i;

/**
 * Where a sentence's quotation marks open and close, given whether it starts inside one:
 * curly marks say which they are, a straight mark turns the quotation on or off.
 */
function quoteMarks(
  s: string,
  open: boolean,
): { opensAt: number | null; closesAt: number | null; endsOpen: boolean; endsClosed: boolean } {
  let opensAt: number | null = null;
  let closesAt: number | null = null;
  let inside = open;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '"' && c !== "“" && c !== "”") continue;
    const opening = c === "“" || (c === '"' && !inside);
    if (opening) {
      inside = true;
      opensAt ??= i;
    } else {
      inside = false;
      closesAt = i;
    }
  }
  return { opensAt, closesAt, endsOpen: inside, endsClosed: !inside && closesAt !== null };
}

/** The vocabulary's claimant named last in a sentence, outside quotations. */
function lastNamed(sentence: string): Speaker | null {
  const s = unquoted(sentence).replace(/\bthe Kyiv regime\b/gi, (m) => " ".repeat(m.length));
  let best: { at: number; who: Speaker } | null = null;
  for (const c of CLAIMANT_NAMES) {
    if (c.within && !c.within.test(s)) continue;
    if (c.notWithin?.test(s)) continue;
    const m = new RegExp(c.re.source, "gi");
    for (const x of s.matchAll(m))
      if (!best || (x.index ?? 0) > best.at)
        best = { at: x.index ?? 0, who: { claimantId: c.id, name: c.name, party: c.party } };
  }
  return best?.who ?? null;
}

function clauseEnd(s: string, from: number): number {
  const stop = s.slice(from).search(/[,;:()—–]|\s-\s/);
  return stop < 0 ? s.length : from + stop;
}

function slug(s: string): string {
  return s
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
