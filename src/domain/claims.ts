/**
 * Claim extraction: every checkable figure in a text, with what it counts, for whom, and
 * when. One idea of a claim, shared by the fact-check (drafts) and ingestion (new sources).
 * Pure and linear in the length of the text.
 */
import type { Counted, Measure, Qualifier, Side } from "../store/schema.ts";
import { type DateMention, findDates } from "./dates.ts";
import { findNumbers, type NumberMention } from "./numbers.ts";

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export interface Claim {
  /** The sentence the claim is in. */
  sentence: Sentence;
  /** The span that states the figure, e.g. "nearly 480 POWs". */
  span: { start: number; end: number; text: string };
  /** The number as read: "nearly 480". */
  number: Pick<NumberMention, "n" | "n2" | "qualifier" | "kind" | "text">;
  measure: Measure;
  counted: Counted | null;
  side: Side | null;
  /** The day the sentence is about, when it says (or implies) one. */
  date: string | null;
  /** Words in the sentence that name an event ("Istanbul", "1,000-for-1,000", "second wave"). */
  eventHints: string[];
  /** A figure that is planned, not done ("agreed to release 1,000"). */
  planned: boolean;
}

// Abbreviations that end in a full stop without ending a sentence.
const ABBREVIATIONS =
  /\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|No|vs|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|i\.e|e\.g)\.$/i;

/** Sentences, with offsets. A line break with no full stop (a headline, a bullet) ends one too. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  const boundary = /([.!?]["”’)]*)(\s+)|\n\s*\n|\n(?=\s*[•*\-–]\s)|\n/g;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    if (m[1]) {
      const before = text.slice(Math.max(0, m.index - 12), m.index + 1);
      if (ABBREVIATIONS.test(before)) continue;
      // "1,000. 5" is not a thing; but "No. 5" and initials "J. Smith" are not ends either.
      if (/\b[A-Z]\.$/.test(before) && /^[A-Z]/.test(text.slice(m.index + m[0].length))) continue;
      push(m.index + (m[1]?.length ?? 0));
    } else {
      push(m.index);
    }
  }
  push(text.length);
  return out;
}

const CHECKABLE_KINDS = new Set<NumberMention["kind"]>(["cardinal", "ordinal", "ratio"]);

const COUNTED_WORDS: [RegExp, Counted][] = [
  [
    /^(?:prisoners? of war|pows?|servicem[ae]n|service ?members?|soldiers?|troops?|fighters?|military(?: personnel)?|marines?)\b/i,
    "military",
  ],
  [/^(?:civilians?)\b/i, "civilians"],
  [/^(?:(?:severely |seriously )?(?:wounded|injured)(?: \w+)?)\b/i, "wounded"],
  [/^(?:exchanges?|swaps?|prisoner swaps?|rounds?)\b/i, "exchanges"],
  [
    /^(?:prisoners?|detainees?|captives?|people|persons?|individuals?|ukrainians?|russians?|citizens?|nationals?|children|minors|men and women|of (?:our|their) (?:people|prisoners)|hostages?)\b/i,
    "people",
  ],
];

/** What the number counts: the noun right after it (skipping a few adjectives), else nearby. */
function countedAfter(after: string): Counted | null {
  const words = after
    .replace(/^[\s,;:]+/, "")
    .replace(
      /^(?:more |other |additional |further |of (?:the|their|its) |ukrainian |russian |captured |returned |released |freed |detained |held )+/i,
      "",
    );
  for (const [re, counted] of COUNTED_WORDS) if (re.test(words)) return counted;
  return null;
}

function countedNear(window: string): Counted | null {
  const lower = window.toLowerCase();
  if (/\b(?:pows?|prisoners? of war|servicem[ae]n|soldiers|troops|service members)\b/.test(lower))
    return "military";
  if (/\bcivilians?\b/.test(lower)) return "civilians";
  if (/\b(?:prisoners?|detainees|captives|people|individuals)\b/.test(lower)) return "people";
  return null;
}

function sideOf(after: string, before: string, sentence: string): Side | null {
  const a = after.toLowerCase();
  const b = before.toLowerCase();
  if (
    /^\s*(?:\w+\s+){0,5}?(?:from |by |on )?(?:each|either) side\b|^\s*(?:\w+\s+){0,3}?(?:each|apiece)\b/.test(
      a,
    )
  )
    return "each";
  if (
    /\beach (?:side|country|party) (?:\w+ ){0,3}$|\beach of the two\b|\bboth (?:sides|countries) (?:each )?(?:\w+ ){0,2}$/.test(
      b,
    ) &&
    !/\btogether\b/.test(a)
  )
    return "each";
  if (
    /^\s*(?:in total|in all|altogether|combined|between them)\b/.test(a) ||
    /\b(?:a total of|in total|combined|altogether)\s*$/.test(b)
  )
    return "total";
  if (
    /^\s*(?:\w+\s+){0,2}?(?:ukrainians?|ukrainian)\b/.test(a) ||
    /\b(?:ukraine|kyiv) (?:got|received|brought home|recovered|welcomed)(?: back)?\s*$/.test(b)
  )
    return "ukraine";
  if (
    /^\s*(?:\w+\s+){0,2}?(?:russians?|russian)\b/.test(a) ||
    /\b(?:russia|moscow) (?:got|received|recovered)(?: back)?\s*$/.test(b)
  )
    return "russia";
  if (/^\s*(?:\w+\s+){0,4}?(?:(?:returned|brought|came) home|back to ukraine|to ukraine)\b/.test(a))
    return "ukraine";
  if (/^\s*(?:\w+\s+){0,4}?(?:to russia|back to russia)\b/.test(a)) return "russia";
  if (
    /\b(?:the two sides|both sides|both countries|russia and ukraine|ukraine and russia) (?:\w+ ){0,3}$/.test(
      b,
    )
  ) {
    // "the two sides swapped nearly 480" is a total; "both countries released 390 of their" is each.
    return /^\s*of their\b/.test(a) ? "each" : "total";
  }
  if (
    /\bnearly 2,000|two thousand\b/.test(sentence.toLowerCase()) &&
    /\bdetainees|prisoners\b/.test(a)
  )
    return "total";
  return null;
}

function measureOf(
  mention: NumberMention,
  counted: Counted | null,
  before: string,
  after: string,
  sentence: string,
): Measure | null {
  const s = sentence.toLowerCase();
  if (mention.kind === "ordinal") {
    if (/^\s*(?:such )?(?:prisoner )?(?:exchange|swap|event)\b/i.test(after)) {
      return /\b(?:in|of|this) (?:20\d\d|the year|this year)\b/.test(
        s.slice(s.indexOf(mention.text.toLowerCase())),
      )
        ? "exchanges-this-year"
        : "exchange-ordinal";
    }
    return null;
  }
  const cumulative =
    /\bsince (?:the (?:full-scale )?invasion|(?:february |march )?2022|the (?:start|beginning) of the (?:full-scale )?war|the war began)\b|\bin total since\b|\bto date\b|\bso far\b(?! in)/.test(
      s,
    );
  if (counted === "exchanges")
    return cumulative ||
      /\bexchanges? (?:had|have) /.test(after.toLowerCase()) ||
      /\bby (?:mid-|the end of |september |june )?20\d\d\b/.test(s)
      ? "exchange-count"
      : null;
  if (
    /\b(?:detained|held|in captivity)\b/.test(after.toLowerCase().slice(0, 60)) &&
    !/\breturned|freed|released|swapped|exchanged\b/.test(after.toLowerCase().slice(0, 40))
  )
    return "held";
  if (
    cumulative ||
    (/\bby (?:mid-|the end of |september |june |january )?20\d\d\b/.test(s) &&
      /\bfreed|returned|brought home\b/.test(s))
  )
    return "returned-since-2022";
  if (
    /\b(?:in (?:just )?(?:these |the first |the )?two days|over the first two days|in two days)\b/.test(
      s,
    )
  )
    return "released-to-date";
  if (/^\s*(?:days?)\b/i.test(after)) return "duration-days";
  if (counted === null && mention.kind !== "ratio") return null;
  void before;
  return "released";
}

const PLANNED =
  /\b(?:will|would|set to|agreed to|plan(?:s|ned)? to|to be|expected to|is to|are to|due to|agreement to|deal to)\b/;

const EVENT_HINTS =
  /\b(?:istanbul|türkiye|turkey|1,000-for-1,000|1000-for-1000|thousand-for-thousand|1,000 for 1,000|(?:first|second|third|final|last) (?:wave|day|leg|stage)|wave (?:one|two|three|1|2|3))\b/gi;

/**
 * Every checkable figure in the text. `refDate` is the draft's own date: it anchors
 * "on Friday" and dates written without a year.
 */
export function extractClaims(text: string, options: { refDate: string }): Claim[] {
  const claims: Claim[] = [];
  let context = options.refDate;
  let lastExplicit: string | null = null;
  for (const sentence of splitSentences(text)) {
    const dates = findDates(sentence.text, { refDate: context });
    const dated = dates.filter((d) => d.date);
    const explicit = dated.find(
      (d) => d.kind === "explicit" || d.kind === "relative" || d.kind === "weekday",
    );
    const sentenceDate = explicit?.date ?? null;
    if (explicit?.date && explicit.kind === "explicit") lastExplicit = explicit.date;
    const numbers = findNumbers(sentence.text);
    const hints = [...sentence.text.matchAll(EVENT_HINTS)].map((m) => m[0].toLowerCase());
    for (const mention of numbers) {
      if (!CHECKABLE_KINDS.has(mention.kind)) continue;
      if (insideDate(mention, dates)) continue;
      const after = sentence.text.slice(mention.end, mention.end + 80);
      const before = sentence.text.slice(Math.max(0, mention.start - 80), mention.start);
      let counted = countedAfter(after);
      if (mention.kind === "ratio") counted = countedAfter(after) ?? "people";
      if (counted === null && mention.kind === "cardinal") {
        // "another 307 were swapped", "the final 303 from each side": the noun is implied.
        if (
          /^\s*(?:were|was|have been|had been|from each side|each|more)\b/i.test(after) &&
          /\b(?:swap|exchange|releas|free|return|prisoner)/i.test(sentence.text)
        ) {
          counted = countedNear(sentence.text) ?? "people";
        }
      }
      const measure = measureOf(mention, counted, before, after, sentence.text);
      if (!measure) continue;
      let side = mention.kind === "ratio" ? "each" : sideOf(after, before, sentence.text);
      if (side === null && measure === "returned-since-2022") side = "ukraine";
      if (
        measure === "exchange-ordinal" ||
        measure === "exchanges-this-year" ||
        measure === "exchange-count"
      )
        side = null;
      const spanEnd = mention.end + nounLength(after);
      claims.push({
        sentence,
        span: {
          start: sentence.start + mention.start,
          end: sentence.start + spanEnd,
          text: sentence.text.slice(mention.start, spanEnd),
        },
        number: {
          n: mention.n,
          n2: mention.n2,
          qualifier: mention.qualifier as Qualifier,
          kind: mention.kind,
          text: mention.text,
        },
        measure,
        counted:
          measure === "exchange-ordinal" || measure === "exchanges-this-year"
            ? "exchanges"
            : counted,
        side,
        date: sentenceDate,
        eventHints: hints,
        planned: PLANNED.test(before.toLowerCase().slice(-40)),
      });
    }
    if (sentenceDate) context = sentenceDate;
    else if (lastExplicit) context = lastExplicit;
  }
  return claims;
}

function insideDate(m: NumberMention, dates: readonly DateMention[]): boolean {
  return dates.some((d) => m.start >= d.start && m.end <= d.end);
}

/** Length of the noun phrase after a number, so the span reads "307 prisoners". */
function nounLength(after: string): number {
  const m =
    /^(?:\s+(?:more|other|additional|ukrainian|russian|wounded|severely|injured|captured))*\s+(?:prisoners of war|prisoners?|pows?|servicem[ae]n|service members|soldiers|troops|civilians|detainees|people|individuals|ukrainians|russians|exchanges?|swaps?|citizens)\b/i.exec(
      after,
    );
  return m ? m[0].length : 0;
}
