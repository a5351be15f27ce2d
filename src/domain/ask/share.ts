/**
 * A share, ratio or multiple asked: "what share of Ukraine's 1,000 came home on day one?", "the
 * ratio of servicemen to civilians Russia got back", "how many times bigger was X than Y?". It is
 * worked out from two stored figures, each answered as its own question would be; the result is
 * stated with both figures beside it (in brackets) and each quoted below. When either figure is
 * not one stored figure (not held, unsure, or disputed with no claimant giving both), no result
 * is stated: null, and the caller says it is unsure.
 */
import type { CheckPart, Citation, DisputeView } from "../answers.ts";
import { formatNumber } from "../numbers.ts";
import type { Knowledge } from "../queries.ts";
import { dealOf, eventOf } from "./align.ts";
import type { Draft } from "./answer.ts";
import type { AskReading } from "./read.ts";
import { RATIO_OF, TIMES_ASKED } from "./vocabulary.ts";

export interface ShareHelp {
  blank: () => Draft;
  /** The answer to a reading, as its own "how many" question would be answered. */
  answer: (r: AskReading) => Draft;
  /** A reading of words on their own ("how many civilians …"). */
  read: (question: string) => AskReading;
  said: (cs: readonly Citation[]) => string;
  /** Two stored exchanges set against each other by "than" in the question, or []. */
  than: (question: string) => string[];
}

/** One figure a sub-answer states, with the quoted figures behind it and who gives them. */
interface Figure {
  n: number;
  /** The sides its facts count for ("each", "russia" …). */
  sides: Set<string>;
  head: string;
  parts: CheckPart[];
  claimants: Set<string>;
  disputes: DisputeView[];
}

/** The first figure a first line states (days and years left out): "390 people came home …". */
function headline(line: string): number | null {
  const head = (line.split(" — ")[0] ?? "")
    .replace(/\([^)]*\)/g, " ")
    .replace(/\b\d{1,2}[-–]\d{1,2}\b/g, " ")
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/gi, " ")
    .replace(/\b(?:19|20)\d\d\b/g, " ")
    .replace(/\b[\d,]+-for-[\d,]+\b/gi, " ");
  const m = /\d[\d,]*(?:\.\d+)?/.exec(head);
  return m ? Number(m[0].replace(/,/g, "")) : null;
}

const numbersOf = (text: string) =>
  [...text.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, "")));

const plainHead = (line: string) =>
  (line.split(" — ")[0] ?? "")
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/[()]/g, "")
    .replace(/^Disputed:\s*/i, "")
    .trim();

const partOf = (c: Citation, label: string): CheckPart | null =>
  c.number
    ? { label, valueText: c.said || formatNumber(c.number.n), n: c.number.n, citation: c }
    : null;

/**
 * The figures a sub-answer states: one when it is answered; each side's when it is disputed.
 * A figure worked out (697 = 390 + 307 with no quote of its own) keeps its worked-out parts.
 */
function figuresOf(k: Knowledge, d: Draft): Figure[] {
  const sidesOf = (cs: readonly Citation[]) =>
    new Set(cs.map((c) => k.catalog.facts.get(c.factId)?.side ?? "?"));
  const disputed = (c: Citation) => (k.findings.byFact.get(c.factId) ?? []).length;
  if (d.status === "answered") {
    const n = headline(d.line);
    if (n === null) return [];
    const quoted = d.citations.filter((c) => c.number?.n === n);
    const head = plainHead(d.line);
    if (quoted.length > 0)
      return [
        {
          n,
          head,
          // The input quoted from a source no other disputes, where there is one.
          parts: [...quoted]
            .sort((a, b) => disputed(a) - disputed(b))
            .flatMap((c) => partOf(c, head) ?? [])
            .slice(0, 1),
          claimants: new Set(quoted.map((c) => c.claimant.id)),
          sides: sidesOf(quoted),
          disputes: d.disputes,
        },
      ];
    const worked =
      d.derivation && new RegExp(`= ${formatNumber(n)}\\b`).test(d.derivation.expression);
    if (worked && d.derivation)
      return [
        {
          n,
          head,
          parts: d.derivation.parts,
          claimants: new Set(d.derivation.parts.map((p) => p.citation.claimant.id)),
          sides: sidesOf(d.derivation.parts.map((p) => p.citation)),
          disputes: d.disputes,
        },
      ];
    return [];
  }
  if (d.status === "disputed") {
    // Each figure the line states as an answer: "Russia received 120 civilians … — …; disputed:
    // The Epoch Times calls all 390 …" states 120 only; "Disputed: 390 (…), or 270 (…)" both.
    const stated = new Set(numbersOf(d.line.split(" — ")[0] ?? ""));
    const byN = new Map<number, Citation[]>();
    for (const c of d.citations)
      if (c.number && c.number.qualifier === "exact" && stated.has(c.number.n))
        byN.set(c.number.n, [...(byN.get(c.number.n) ?? []), c]);
    return [...byN].map(([n, cs]) => ({
      n,
      head: plainHead(d.line),
      parts: [partOf(cs[0] as Citation, plainHead(d.line)) as CheckPart],
      claimants: new Set(cs.map((c) => c.claimant.id)),
      sides: sidesOf(cs),
      disputes: d.disputes,
    }));
  }
  return [];
}

/** The pair to work from: one figure each; else the one pair a single claimant gives both of. */
function pairOf(a: Figure[], b: Figure[]): { x: Figure; y: Figure; disputed: boolean } | null {
  if (a.length === 1 && b.length === 1)
    return { x: a[0] as Figure, y: b[0] as Figure, disputed: false };
  const pairs = a.flatMap((x) =>
    b.filter((y) => [...x.claimants].some((c) => y.claimants.has(c))).map((y) => ({ x, y })),
  );
  return pairs.length === 1 ? { ...(pairs[0] as { x: Figure; y: Figure }), disputed: true } : null;
}

const rounded = (n: number, places: number) => {
  const s = n.toFixed(places);
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
};

const singular = (w: string) => w.replace(/(?:men)$/, "man").replace(/s$/, "");

/** A reading of the same figure with no figure named: "the 1,000" only picks the whole. */
const bare = (r: AskReading): AskReading => ({ ...r, value: null, derive: null, compare: null });

/**
 * The share's whole: the same event's figure with no kind named ("what fraction of the first
 * wave were civilians"), else the deal the event is a wave of. A figure the question names ("of
 * Ukraine's 1,000", "of the 390") picks the one that states it, and nothing else will do.
 */
function wholeOf(k: Knowledge, r: AskReading, help: ShareHelp): Draft | null {
  const part = bare(r);
  const e = eventOf(k, part);
  const deal = dealOf(k, e);
  const tries: AskReading[] = [];
  if (r.counted && r.counted !== "people" && e) tries.push({ ...part, counted: null });
  // The deal's own figure: "had come home by Saturday" is a part of what the deal released.
  if (deal && e && (e.id !== deal.id || part.measure === "released-to-date"))
    tries.push({
      ...part,
      measure: part.measure === "released-to-date" ? "released" : part.measure,
      eventId: deal.id,
      day: null,
      range: null,
      dealSoFar: false,
      listed: null,
    });
  for (const t of tries) {
    const d = help.answer(t);
    if (!r.value || figuresOf(k, d).some((f) => f.n === r.value?.n)) return d;
  }
  return null;
}

/** "What share …", "what ratio …", "how many times bigger …": worked out, or null. */
export function shareAnswer(
  k: Knowledge,
  r: AskReading,
  own: string,
  help: ShareHelp,
): Draft | null {
  if (r.asked !== "figure" && (r.asked !== "check" || r.value)) return null;
  const ratio = RATIO_OF.exec(own);
  const times = TIMES_ASKED.test(own);
  let a: Draft | null = null;
  let b: Draft | null = null;
  if (times) {
    const [x, y] = help.than(own);
    if (!x || !y) return null;
    a = help.answer({ ...bare(r), eventId: x, day: null, range: null, listed: null });
    b = help.answer({ ...bare(r), eventId: y, day: null, range: null, listed: null });
  } else if (ratio?.[1] && ratio[2]) {
    // Each group read on its own, for the side the question names ("in Russia's intake").
    const rest = own.slice((ratio.index ?? 0) + ratio[0].length);
    const side =
      r.side ??
      (/\brussia/i.test(own) && !/\bukrain/i.test(own)
        ? "russia"
        : /\bukrain/i.test(own) && !/\brussia/i.test(own)
          ? "ukraine"
          : null);
    const group = (words: string) => {
      const sub = help.read(`how many ${words} ${rest}`);
      // ("Friday: the ratio of …": a day said before the ratio is the day of both groups.)
      const when =
        sub.eventId || sub.day || sub.range
          ? {}
          : { eventId: r.eventId, day: r.day, range: r.range, edge: r.edge };
      return help.answer({ ...sub, ...when, side: sub.side ?? side });
    };
    a = group(ratio[1]);
    b = group(ratio[2]);
  } else {
    a = help.answer(bare(r));
    b = wholeOf(k, r, help);
  }
  if (!a || !b) return null;
  const pair = pairOf(figuresOf(k, a), figuresOf(k, b));
  if (!pair || pair.y.n === 0) return null;
  const { x, y } = pair;
  const q = x.n / y.n;
  // A share is a part of a larger whole; groups set side by side count for the same side.
  if (!times && !ratio && q >= 1) return null;
  const same = (s: Set<string>, t: Set<string>) =>
    s.size === 1 && t.size === 1 && [...s][0] === [...t][0];
  if ((ratio || times) && !same(x.sides, y.sides)) return null;
  const d = help.blank();
  const parts = [...x.parts, ...y.parts];
  d.citations = parts.map((p) => p.citation);
  d.disputes = [...x.disputes, ...y.disputes].filter(
    (v, i, all) => all.findIndex((w) => w.id === v.id) === i,
  );
  const worked = ratio
    ? `${formatNumber(x.n)} ${ratio[1]?.trim()} to ${formatNumber(y.n)} ${ratio[2]?.trim()}`
    : `${formatNumber(x.n)} ${times ? "against" : "of"} ${formatNumber(y.n)}: ${x.head}; ${y.head}`;
  const by = help.said(parts.map((p) => p.citation));
  const hedge = pair.disputed ? `; the figures of ${by}, which another source disputes` : "";
  const result = times
    ? `${rounded(q, 2)} times as many`
    : ratio
      ? `${rounded(q, 2)} ${ratio[1]?.trim()} for every ${singular(ratio[2]?.trim() ?? "")}`
      : `${rounded(q * 100, 1)}%`;
  d.line = `${result} (${worked}${hedge}) — ${help.said(d.citations)}`;
  d.derivation = {
    expression: `${formatNumber(x.n)} ÷ ${formatNumber(y.n)} = ${times || ratio ? rounded(q, 2) : `${rounded(q * 100, 1)}%`}`,
    parts,
  };
  return d;
}
