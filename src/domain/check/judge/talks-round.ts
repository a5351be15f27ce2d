/**
 * Which round of direct talks Istanbul was. The sources disagree (the first since the invasion,
 * or only the second), so a draft that calls it either is following one side: it is disputed,
 * with both quotes, never supported or put right. Where the store holds no disagreement, the
 * claim is left unverified: the words are too loose to hold against one figure.
 */
import type { Fact } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import type { Knowledge } from "../../queries.ts";
import { cite } from "../align/store-index.ts";
import { splitSentences } from "../read/sentences.ts";
import { TALKS_ROUND } from "../vocabulary.ts";

export function talksRoundClaims(k: Knowledge, text: string): ClaimCheck[] {
  if (!/\b(?:direct|face-to-face|in-person)\b/i.test(text)) return [];
  const facts = (k.catalog.factsByMeasure.get("first-direct-talks") ?? []).filter(
    (f) => f.value.type === "text",
  );
  const keys = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = f.value.type === "text" ? f.value.key : "";
    keys.set(key, [...(keys.get(key) ?? []), f]);
  }
  const sentences = splitSentences(text);
  const out: ClaimCheck[] = [];
  for (const m of text.matchAll(TALKS_ROUND)) {
    const start = m.index ?? 0;
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
      out.push({
        ...base,
        verdict: "unverified",
        store: null,
        citations: [],
        disputeIds: [],
        reason:
          "The store has no figure for which round of talks this was that the words can be held against.",
      });
      continue;
    }
    const disputeIds = [...new Set(facts.flatMap((f) => k.findings.byFact.get(f.id) ?? []))].filter(
      (id) => !id.startsWith("date:"),
    );
    out.push({
      ...base,
      verdict: "disputed",
      store: [...keys.keys()].join(" / "),
      citations: facts.map((f) => cite(k, f)).filter((c) => c.verified),
      disputeIds,
      reason: `The sources disagree on whether these were the first direct talks since the invasion: ${[...keys.keys()].join(" vs ")}. Say whose account it is.`,
    });
  }
  return out;
}
