/**
 * "Is the 303 in anything but the recap piece?", "does any other outlet than rki.news give
 * it?": whether a figure is given by a source besides the one named. No when the named source is
 * the only one whose stored facts give it; yes, naming them, when others do too. Null when the
 * named source is not found, or does not give the figure itself (then it is read as any check).
 */
import type { Fact } from "../../store/schema.ts";
import type { Citation } from "../answers.ts";
import { cite } from "../check/align/store-index.ts";
import { formatNumber } from "../numbers.ts";
import type { Knowledge } from "../queries.ts";
import { blank, type Draft } from "./draft.ts";
import type { AskReading } from "./read.ts";

const BESIDES =
  /\b(?:in|from|by|does|do|is|has)?\s*(?:anything|anyone|anybody|any (?:other )?(?:source|outlet|piece|report|article|paper|story|stories|sources|outlets|pieces|reports|articles))\s+(?:else\s+)?(?:but|besides|other than|apart from|except(?: for)?|beyond|outside(?: of)?)\s+(?:the\s+)?(.+?)\s*[?.!]*\s*$/i;

/** Words of an outlet that name it in a question ("recap" for the recap of the exchange). */
const PLAIN = new Set([
  "unknown",
  "outlet",
  "report",
  "exchange",
  "the",
  "times",
  "news",
  "of",
  "on",
]);
function outletWords(outlet: string): string[] {
  return outlet
    .toLowerCase()
    .replace(/[()']/g, " ")
    .split(/[\s.]+/)
    .filter((w) => w.length >= 4 && !PLAIN.has(w));
}

export function otherSources(
  k: Knowledge,
  r: AskReading,
  question: string,
  whoSays: (cs: readonly Citation[]) => string,
): Draft | null {
  const m = BESIDES.exec(question);
  if (!m?.[1] || !r.value) return null;
  const named = m[1].toLowerCase();
  const source = k.catalog.data.sources.find(
    (s) =>
      named.includes(s.outlet.toLowerCase().replace(/^the /, "")) ||
      outletWords(s.outlet).some((w) => new RegExp(`\\b${w}\\b`).test(named)),
  );
  if (!source) return null;
  const n = r.value.n;
  const facts = [...k.catalog.facts.values()].filter(
    (f: Fact) =>
      f.value.type === "number" &&
      f.value.n === n &&
      !f.planned &&
      (!r.eventId || f.eventId === r.eventId),
  );
  if (!facts.some((f) => f.sourceId === source.id)) return null;
  const others = facts.filter((f) => f.sourceId !== source.id);
  const own = facts.filter((f) => f.sourceId === source.id).map((f) => cite(k, f));
  const base = blank();
  if (others.length === 0)
    return {
      ...base,
      citations: own,
      line: `No: only ${whoSays(own)} gives ${formatNumber(n)} in the store; no other source says it`,
    };
  const also = others.map((f) => cite(k, f));
  return {
    ...base,
    citations: [...also, ...own],
    line: `Yes: ${formatNumber(n)} is also given by ${whoSays(also)}`,
  };
}
