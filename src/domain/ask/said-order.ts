/**
 * "Did Lavrov say Moscow would hand over its draft before the swap ended?": what a person said
 * would come first, put against the words a source gives them ("would close out the exchange
 * before putting forward its ideas for a cease-fire"). Yes or no only when the claim and the
 * quote each set the same two things on either side of "before" or "after"; null otherwise.
 */
import type { Citation } from "../answers.ts";
import { cite } from "../check/align/store-index.ts";
import type { Knowledge } from "../queries.ts";
import { blank, type Draft } from "./draft.ts";
import { peopleNamed, surnameIn } from "./people.ts";

/** The things an order is said between, each by the words that name it. */
const THINGS: readonly [string, RegExp][] = [
  ["exchange", /\b(?:exchange|swap|prisoners?)\b/i],
  ["ceasefire", /\b(?:cease-?fire|truce|draft|document|memorandum|proposals?|ideas)\b/i],
  ["talks", /\b(?:talks|negotiations|meeting)\b/i],
];

const NOUNS: Readonly<Record<string, string>> = {
  exchange: "the exchange",
  ceasefire: "the ceasefire draft",
  talks: "the talks",
};

const thingsIn = (text: string) => THINGS.filter(([, re]) => re.test(text)).map(([t]) => t);

/** The two things in order, first then second, or null when the words do not settle it. */
function orderOf(text: string): [string, string] | null {
  const m = /^(.*?)\b(before|after|ahead of|once|as soon as)\b(.*)$/i.exec(text);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const [left, right] = [thingsIn(m[1]), thingsIn(m[3])];
  if (left.length !== 1 || right.length !== 1 || left[0] === right[0]) return null;
  const [a, b] = [left[0] as string, right[0] as string];
  // "A after B", "once B, A", "as soon as B is over, A": B comes first.
  return /^(?:before|ahead of)$/i.test(m[2]) ? [a, b] : [b, a];
}

export function saidOrder(
  k: Knowledge,
  claim: string,
  whoSays: (cs: readonly Citation[]) => string,
): Draft | null {
  if (
    !/\b(?:say|says|said|told|promis\w*|pledg\w*|announc\w*)\b[^.?!]*\b(?:would|will)\b/i.test(
      claim,
    )
  )
    return null;
  const person = peopleNamed(k).find((p) => surnameIn(claim, p.surname));
  // (What was said, after the verb of saying: "Moscow would hand over its draft before …".)
  const asked = orderOf(
    claim.replace(/^.*?\b(?:say|says|said|told|promis\w*|pledg\w*|announc\w*)\b/i, ""),
  );
  if (!person || !asked) return null;
  const facts = [...k.catalog.facts.values()].filter(
    (f) => f.quote && surnameIn(f.quote.text, person.surname) && orderOf(f.quote.text) !== null,
  );
  const orders = facts.map((f) => orderOf(f.quote?.text ?? "") as [string, string]);
  const same = orders.filter((o) => o[0] === asked[0] && o[1] === asked[1]).length;
  const swapped = orders.filter((o) => o[0] === asked[1] && o[1] === asked[0]).length;
  if (same + swapped === 0 || (same > 0 && swapped > 0)) return null;
  const f = facts[0];
  if (!f?.quote) return null;
  const citations = facts.map((x) => cite(k, x));
  const held: [string, string] = swapped > 0 ? [asked[1], asked[0]] : asked;
  return {
    ...blank(),
    citations,
    line: `${same > 0 ? "Yes" : "No"}: ${person.name} said ${NOUNS[held[0]] ?? held[0]} would come before ${NOUNS[held[1]] ?? held[1]} (“${f.quote.text.trim()}”) — ${whoSays(citations)}`,
  };
}
