/**
 * "Fidan chaired the talks – ok?", "'Putin proposed the meeting' – sourced?": a name checked
 * where the sources name two. When the name checked is one side's, and only one's, and that side
 * is given by more sources than any other (or the question asks only whether it is sourced), the
 * answer is yes by that side's sources, with the other side beside it. Otherwise (a side fewer
 * sources give, a name no side gives) it stays the dispute.
 */
import type { Fact } from "../../store/schema.ts";
import type { Citation } from "../answers.ts";
import type { Knowledge } from "../queries.ts";
import type { Draft } from "./answer.ts";
import { CLAIM_PLAIN_WORDS, NAME_PLAIN_WORDS } from "./vocabulary.ts";

/** The names a side is known by: the proper words of its stored name and of its quote. */
function namesOf(f: Fact, eventWords: Set<string>): string[] {
  if (f.value.type !== "text") return [];
  const words = `${f.value.key} ${f.value.said}`.match(/\p{Lu}[\p{L}-]{3,}/gu) ?? [];
  return words
    .map((w) => w.toLowerCase())
    .filter((w) => !eventWords.has(w) && !NAME_PLAIN_WORDS.has(w));
}

/**
 * Does the side say it in the claim's own words: every telling word of the claim that names no
 * one ("chaired", "mediated") in one of the side's quotes? "Turkey brokered the talks" is not
 * said by a side that "mediated" them.
 */
function saidAs(claim: string, side: Fact[], eventWords: Set<string>): boolean {
  const names = new Set(side.flatMap((f) => namesOf(f, new Set())));
  const words = (claim.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter(
    (w) => !names.has(w) && !eventWords.has(w) && !CLAIM_PLAIN_WORDS.has(w),
  );
  const quotes = side.map((f) => f.quote.text.toLowerCase());
  return words.every((w) => quotes.some((q) => q.includes(w.slice(0, Math.max(5, w.length - 2)))));
}

export function nameSideCheck(
  k: Knowledge,
  named: Draft,
  claim: string,
  said: (cs: readonly Citation[]) => string,
  sourcedAsked: boolean,
): Draft | null {
  const lower = claim.toLowerCase();
  const facts = named.citations
    .map((c) => k.catalog.facts.get(c.factId))
    .filter((f): f is Fact => f?.value.type === "text");
  const e = facts[0] ? k.catalog.events.get(facts[0].eventId) : undefined;
  // The event's own title ("the Istanbul talks") names no side of it.
  const eventWords = new Set((e?.title ?? "").toLowerCase().match(/\p{L}+/gu) ?? []);
  const sides = new Map<string, Fact[]>();
  for (const f of facts)
    if (f.value.type === "text") sides.set(f.value.key, [...(sides.get(f.value.key) ?? []), f]);
  if (sides.size < 2) return null;
  const hit = [...sides].filter(([, fs]) =>
    fs.some((f) => namesOf(f, eventWords).some((w) => new RegExp(`\\b${w}\\b`).test(lower))),
  );
  if (hit.length !== 1) return null;
  const [key, mine] = hit[0] as [string, Fact[]];
  const outlets = (fs: Fact[]) => new Set(fs.map((f) => f.sourceId)).size;
  const most = Math.max(...[...sides].filter(([x]) => x !== key).map(([, fs]) => outlets(fs)));
  if (!sourcedAsked && (outlets(mine) <= most || !saidAs(claim, mine, eventWords))) return null;
  // The side's quote nearest the words checked first ("… Fidan chaired the Istanbul talks").
  const shared = (f: Fact) =>
    (f.value.type === "text" ? (f.value.said.toLowerCase().match(/\p{L}{4,}/gu) ?? []) : []).filter(
      (w) => lower.includes(w),
    ).length;
  const own = [...mine].sort((a, b) => shared(b) - shared(a));
  const cite = (fs: Fact[]) => named.citations.filter((c) => fs.some((f) => f.id === c.factId));
  const others = [...sides].filter(([x]) => x !== key);
  const against = others
    .map(([x, fs]) => `${x} (“${fs[0]?.value.said}”: ${said(cite(fs))})`)
    .join("; ");
  return {
    ...named,
    status: "disputed",
    line: `Yes, by ${said(cite(own))}: ${key} (“${own[0]?.value.said}”); disputed: ${against}`,
  };
}
