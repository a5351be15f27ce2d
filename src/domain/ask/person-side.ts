/**
 * "Medinsky is on Ukraine's side, right?": the side a person is said to be on, put against the
 * side of the delegation the sources say they led or the process they oversaw. Yes or no only
 * when every such fact puts them on one side; null otherwise (then read as any check).
 */
import type { Citation } from "../answers.ts";
import { cite } from "../check/align/store-index.ts";
import type { Knowledge } from "../queries.ts";
import { blank, type Draft } from "./draft.ts";
import { peopleNamed, surnameIn } from "./people.ts";

const ON_SIDE =
  /^(?:(?:is|was)\s+)?(.{2,40}?)\s+(?:(?:is|was|are|were|'s)\s+)?(?:on|with|for|part of|from)\s+(?:the\s+)?(ukraine|ukrainian|kyiv|kiev|russia|russian|moscow|kremlin)(?:'s|’s)?(?:\s+(?:side|team|delegation|camp))?\b/i;
const SIDED_MEASURES = new Set(["delegation-head", "overseen-by"]);

export function personSide(
  k: Knowledge,
  claim: string,
  whoSays: (cs: readonly Citation[]) => string,
): Draft | null {
  const m = ON_SIDE.exec(claim.trim());
  if (!m?.[1] || !m[2]) return null;
  const person = peopleNamed(k).find((p) => surnameIn(m[1] as string, p.surname));
  if (!person) return null;
  const said = /^(?:ukrain|kyiv|kiev)/i.test(m[2]) ? "ukraine" : "russia";
  const facts = [...k.catalog.facts.values()].filter(
    (f) =>
      SIDED_MEASURES.has(f.measure) &&
      (f.side === "ukraine" || f.side === "russia") &&
      f.value.type === "text" &&
      surnameIn(f.value.key, person.surname),
  );
  const sides = new Set(facts.map((f) => f.side));
  if (facts.length === 0 || sides.size !== 1) return null;
  const side = facts[0]?.side;
  const citations = facts.map((f) => cite(k, f));
  const quote = facts[0]?.value.type === "text" ? facts[0].value.said : "";
  const name = side === "russia" ? "Russia's" : "Ukraine's";
  return {
    ...blank(),
    line: `${side === said ? "Yes" : "No"}: ${person.name} is on ${name} side (“${quote}”) — ${whoSays(citations)}`,
    citations,
  };
}
