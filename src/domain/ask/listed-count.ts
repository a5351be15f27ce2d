/**
 * "How many regions were hit?", "how many agencies did Zelensky list?": a count no source states
 * as a figure but one sentence lists item by item ("damage to Ukraine's Odesa, Vinnytsia, …, and
 * Dnipro regions"; "multiple agencies – including defense intelligence, …, and the presidential
 * office – are involved"). The items are counted and the sentence shown: a count read from the
 * sources' words, marked unsure, never a stored figure. Only when exactly one sentence in all the
 * sources lists that noun; otherwise nothing.
 */
import type { Knowledge } from "../queries.ts";

export interface ListedCount {
  n: number;
  noun: string;
  sentence: string;
  outlet: string;
}

/** The noun counted: "how many regions", "regions hit, count", "the number of agencies". */
export function countedNoun(question: string): string | null {
  const t = question.toLowerCase();
  const m =
    /\bhow (?:many|much)\s+(?:different\s+|separate\s+)?([a-z]{4,})\b/.exec(t) ??
    /\b(?:number|count) of\s+([a-z]{4,})\b/.exec(t) ??
    /^\s*(?:and\s+)?([a-z]{4,}s)\b[^?]{0,30}\bcount\b/.exec(t);
  const noun = m?.[1];
  return noun?.endsWith("s") ? noun : null;
}

/** "regions" → "region", "agencies" → "agenc": the stem both forms share. */
const stemOf = (noun: string) => noun.replace(/ies$/, "").replace(/s$/, "");

/** The items of a list written "A, B, C, and D" (or "A, B and C"): how many. */
function itemsIn(list: string): number {
  const parts = list
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.length;
}

/** The one sentence of the sources that lists the noun's items, counted; null otherwise. */
export function listedCount(k: Knowledge, noun: string): ListedCount | null {
  const stem = stemOf(noun);
  const plural = `${stem}(?:ies|s)`;
  // "Odesa, Vinnytsia, …, and Dnipro regions": capitalised items before the plural noun.
  const before = new RegExp(
    `((?:\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?,\\s+){2,}(?:and\\s+)?\\p{Lu}[\\p{L}'’-]+)\\s+${plural}\\b`,
    "u",
  );
  // "agencies – including A, B, …, and F –": the items after the noun, up to the closing dash.
  const after = new RegExp(
    `\\b${plural}\\s*(?:[–—-]\\s*)?(?:including|such as|namely|:)\\s+((?:[^,–—.;]+,\\s+){2,}(?:and\\s+)?[^,–—.;]+?)\\s*(?:[–—.;]|$)`,
    "iu",
  );
  const found: ListedCount[] = [];
  for (const src of k.catalog.data.sources) {
    for (const raw of src.text.split(/\n+|(?<=[.!?][”"]?)\s+(?=[A-Z“"])/)) {
      const sentence = raw.trim();
      const m = before.exec(sentence) ?? after.exec(sentence);
      if (!m?.[1]) continue;
      const n = itemsIn(m[1]);
      if (n >= 2 && !found.some((f) => f.sentence === sentence))
        found.push({ n, noun, sentence, outlet: src.outlet });
    }
  }
  return found.length === 1 ? (found[0] as ListedCount) : null;
}
