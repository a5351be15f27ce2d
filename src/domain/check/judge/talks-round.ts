/**
 * Which round of direct talks Istanbul was. The sources disagree (the first since the invasion,
 * or only the second), so a draft that calls it either is following one side: it is disputed,
 * with both quotes, never supported or put right. Where the store holds no disagreement, the
 * claim is left unverified: the words are too loose to hold against one figure.
 */
import type { Fact } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { daysBetween, formatNewsroomDate, parseMonthYear } from "../../dates.ts";
import { extend } from "../../extend.ts";
import { parseNumberWords } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import { cite } from "../align/store-index.ts";
import { type Sentence, splitSentences } from "../read/sentences.ts";
import { TALKS_GAP, TALKS_GAP_SINCE, TALKS_ROUND, TALKS_SINCE } from "../vocabulary.ts";

/**
 * "The first direct talks in three years": 002 has them the first since March 2022, and the
 * talks were on May 16, 2025, so three years and two months. A count of years that fits that
 * span is supported, with the quote it is worked out from; one that cannot is contradicted.
 */
function talksGapClaims(
  k: Knowledge,
  text: string,
  sentences: readonly Sentence[],
  refDate: string | null,
): ClaimCheck[] {
  const since = k.catalog.facts.get(TALKS_SINCE_FACT);
  const talks = since ? k.catalog.events.get(since.eventId) : undefined;
  const held = talks ? eventStart(talks) : null;
  if (!since || !held) return [];
  const years = daysBetween(TALKS_SINCE_DAY, held) / 365.25;
  const out: ClaimCheck[] = [];
  // "Years since the last direct talks" counts back from when it is written: it is the gap
  // before these talks only in copy written around them (or undated copy, which speaks of them).
  const around =
    refDate === null || (daysBetween(held, refDate) >= -30 && daysBetween(held, refDate) <= 14);
  const matches = [...text.matchAll(TALKS_GAP), ...(around ? text.matchAll(TALKS_GAP_SINCE) : [])];
  for (const m of matches) {
    const said = m[2] as string;
    const n = /^\d+$/.test(said) ? Number(said) : parseNumberWords(said);
    if (n === null || n < 1 || n > 10) continue;
    const hedge = (m[1] ?? "").toLowerCase();
    const fits =
      hedge === "more than" || hedge === "over"
        ? years > n && years < n + 1
        : hedge === "nearly" || hedge === "almost"
          ? years < n && years > n - 0.5
          : Math.abs(years - n) < 0.5 || (hedge !== "" && Math.abs(years - n) < 1);
    const at = (m.index ?? 0) + m[0].lastIndexOf(said);
    const right = `${hedge === "nearly" || hedge === "almost" ? "" : "more than "}${Math.floor(years)}`;
    out.push({
      sentence: sentences.find((x) => x.start <= at && at < x.end)?.text ?? text,
      claim: said,
      start: at,
      end: at + said.length,
      read: said,
      about: "years since the last direct talks, at the Istanbul talks",
      eventId: talks?.id ?? null,
      store: `since March 2022 (to ${formatNewsroomDate(held)}: ${years.toFixed(1)} years)`,
      citations: [cite(k, since)].filter((c) => c.verified),
      correction: null,
      disputeIds: [],
      measure: "first-direct-talks",
      counted: null,
      side: null,
      date: held,
      kind: "figure",
      verdict: fits ? "supported" : "contradicted",
      ...(fits ? {} : { right }),
      reason: fits
        ? `The store has them the first direct talks since March 2022, ${years.toFixed(1)} years before ${formatNewsroomDate(held)}.`
        : `The store has them the first direct talks since March 2022: ${years.toFixed(1)} years before ${formatNewsroomDate(held)}, not ${hedge ? `${hedge} ` : ""}${said}.`,
      reading: {
        event: { value: talks?.title ?? "the Istanbul talks", from: m[0] },
        counted: {
          value: "years since the last direct talks",
          from: `${m[1] ? `${m[1]} ` : ""}${said} years`,
        },
        side: { value: "", from: null },
        scope: { value: "worked out from “since March 2022”", from: null },
        part: null,
        unclear: [],
      },
    });
  }
  return out;
}

/** The quote the count of years is worked out from, and the day it names. */
const TALKS_SINCE_FACT = "et-talks-first-since-march-2022";
const TALKS_SINCE_DAY = "2022-03-31";

export function talksRoundClaims(
  k: Knowledge,
  text: string,
  refDate: string | null = null,
): ClaimCheck[] {
  // Most drafts never speak of direct talks: they are not split into sentences again for it.
  if (!/\b(?:direct|face[- ]to[- ]face|in-person)\b/i.test(text)) return [];
  const sentences = splitSentences(text);
  return [
    ...roundClaims(k, text, sentences),
    ...talksGapClaims(k, text, sentences, refDate),
    ...talksSinceClaims(k, text, sentences),
  ];
}

/**
 * "The first direct talks since March 2023", "the delegations had last met face to face in
 * March 2023": the month of the last direct talks, held to 002's "since March of 2022".
 */
function talksSinceClaims(
  k: Knowledge,
  text: string,
  sentences: readonly Sentence[],
): ClaimCheck[] {
  const since = k.catalog.facts.get(TALKS_SINCE_FACT);
  if (!since) return [];
  const [year, month] = TALKS_SINCE_DAY.split("-").map(Number) as [number, number];
  const out: ClaimCheck[] = [];
  for (const m of text.matchAll(TALKS_SINCE)) {
    const said = m[1] as string;
    // "Since February 2022" is since the invasion: which round that was is disputed, above.
    if (/^(?:february(?:\s+of)?\s+)?2022$/i.test(said)) continue;
    const read = parseMonthYear(said);
    if (!read) continue;
    const fits = read.year === year && (read.month === null || read.month === month);
    const start = (m.index ?? 0) + m[0].lastIndexOf(said);
    out.push({
      sentence: sentences.find((x) => x.start <= start && start < x.end)?.text ?? text,
      claim: said,
      start,
      end: start + said.length,
      read: said,
      about: "when the sides had last held direct talks, before Istanbul",
      eventId: since.eventId,
      store: "March 2022",
      citations: [cite(k, since)].filter((c) => c.verified),
      correction: null,
      disputeIds: [],
      measure: null,
      counted: null,
      side: null,
      date: null,
      kind: "day",
      verdict: fits ? "supported" : "contradicted",
      ...(fits ? {} : { right: "March 2022" }),
      reason: fits
        ? "The store has the Istanbul talks as the first direct ones since March 2022."
        : `The store has the Istanbul talks as the first direct ones since March 2022, not ${said}.`,
    });
  }
  return out;
}

function roundClaims(k: Knowledge, text: string, sentences: readonly Sentence[]): ClaimCheck[] {
  const facts = (k.catalog.factsByMeasure.get("first-direct-talks") ?? []).filter(
    (f) => f.value.type === "text",
  );
  const keys = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = f.value.type === "text" ? f.value.key : "";
    keys.set(key, [...(keys.get(key) ?? []), f]);
  }

  const out: ClaimCheck[] = [];
  for (const m of text.matchAll(TALKS_ROUND)) {
    const start = m.index ?? 0;
    // "The first direct talks in three years", "… since March 2022": first in a span both
    // sources agree on, not first since the invasion.
    const rest = text.slice(start + m[0].length, start + m[0].length + 70);
    if (
      /^[^.;]*?\b(?:in\s+(?:(?:more than|over|nearly|almost|about|some)\s+)?\w+\s+(?:years?|yrs?)|since (?:early |late )?(?!(?:february(?: of)? )?2022\b)(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: of)? )?(?:19|20)\d\d)\b/i.test(
        rest,
      )
    )
      continue;
    const word = m[1] as string;
    const sentence = sentences.find((s) => s.start <= start && start < s.end)?.text ?? text;
    const base = {
      sentence,
      claim: m[0],
      start,
      end: start + m[0].length,
      read: word,
      about: "which round of direct talks the Istanbul talks were",
      eventId: facts[0]?.eventId ?? null,
      correction: null,
      measure: "first-direct-talks" as const,
      counted: null,
      side: null,
      date: null,
      kind: "figure" as const,
      // Shown like every verdict's reading: which event, and the words that said which round.
      reading: {
        event: {
          value: k.catalog.events.get(facts[0]?.eventId ?? "")?.title ?? "the Istanbul talks",
          from: m[0],
        },
        counted: { value: "which round of direct talks", from: word },
        side: { value: "", from: null },
        scope: { value: "since the full-scale invasion", from: null },
        part: null,
        unclear: [],
      },
    };
    if (keys.size < 2) {
      out.push(
        extend(base, {
          verdict: "unverified",
          store: null,
          citations: [],
          disputeIds: [],
          reason:
            "The store has no figure for which round of talks this was that the words can be held against.",
        }),
      );
      continue;
    }
    const disputeIds = [...new Set(facts.flatMap((f) => k.findings.byFact.get(f.id) ?? []))].filter(
      (id) => !id.startsWith("date:"),
    );
    out.push(
      extend(base, {
        verdict: "disputed",
        store: [...keys.keys()].join(" / "),
        citations: facts.map((f) => cite(k, f)).filter((c) => c.verified),
        disputeIds,
        reason: `The sources disagree on whether these were the first direct talks since the invasion: ${[...keys.keys()].join(" vs ")}. Say whose account it is.`,
      }),
    );
  }
  return out;
}
