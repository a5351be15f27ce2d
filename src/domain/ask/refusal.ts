/**
 * "Did Russia agree to Ukraine's all-for-all proposal?", "Russia accepted the ceasefire?": a
 * party's yes to a proposal, which the store keeps no fact for, answered no only where a source
 * says in one sentence that the party rejected or refused that very thing ("Russia rejected both
 * proposals", "an 'all-for-all' swap, which Russia has so far refused"): the thing's own words
 * close to the refusal, never a deal the party agreed to instead. Otherwise null.
 */
import type { Knowledge } from "../queries.ts";
import type { Draft } from "./answer.ts";
import { AGREE_ASKED, PARTY_WORDS, REFUSAL_WORDS, THING_PLAIN, WHO_REFUSED } from "./vocabulary.ts";

/** The words naming what was proposed: after the verb of agreeing, generic words left out. */
function thingWords(claim: string): string[] {
  const m = AGREE_ASKED.exec(claim);
  const after = m ? claim.slice((m.index ?? 0) + m[0].length) : "";
  return (after.toLowerCase().match(/[\p{L}\d][\p{L}\d,'-]*[\p{L}\d]/gu) ?? [])
    .map((w) => w.replace(/'s$/, ""))
    .filter((w) => w.length > 3 && !THING_PLAIN.has(w));
}

export function refusalCheck(
  k: Knowledge,
  claim: string,
  blank: () => Draft,
  outlet: (name: string) => string,
): Draft | null {
  const lower = claim.toLowerCase();
  const verb = AGREE_ASKED.exec(lower);
  if (!verb) return null;
  // The party: named before the verb ("did Russia agree", "Moscow accepted").
  const party = PARTY_WORDS.find(([re]) => re.test(lower.slice(0, verb.index)));
  const things = thingWords(claim);
  if (!party || things.length === 0) return null;
  const stem = (w: string) => w.slice(0, Math.max(5, w.length - 2));
  for (const src of k.catalog.data.sources) {
    for (const raw of src.text.split(/\n+|(?<=[.!?][”"]?)\s+(?=[A-Z“"•])/)) {
      const sentence = raw.trim().replace(/^[•\s]+/, "");
      if (!party[1].test(sentence)) continue;
      const words = sentence.toLowerCase().match(/[\p{L}\d][\p{L}\d,'-]*[\p{L}\d]|[\p{L}]/gu) ?? [];
      const at = words.findIndex((w) => REFUSAL_WORDS.test(w));
      if (at < 0) continue;
      // The party is who refused: named within the five words before it ("which Russia has so
      // far refused", "Russia's refusal"), not anywhere in the sentence.
      if (!words.slice(Math.max(0, at - 5), at).some((w) => party[0].test(w))) continue;
      // The thing refused: within eight words before the refusal or six after it.
      const near = words.slice(Math.max(0, at - 8), at + 7);
      if (!things.some((t) => near.some((w) => w.startsWith(stem(t))))) continue;
      const d = blank();
      d.line = `No: the sources say ${party[2]} refused it (“${sentence}”) — ${outlet(src.outlet)}`;
      return d;
    }
  }
  return null;
}

/**
 * The party a source says refused the thing asked, when exactly one party is: read as "did
 * <party> agree to <thing>?" for each party, and only a sentence that says that party refused it
 * answers. Otherwise null.
 */
export function whoRefused(
  k: Knowledge,
  question: string,
  blank: () => Draft,
  outlet: (name: string) => string,
): Draft | null {
  const m = WHO_REFUSED.exec(question.trim());
  if (!m?.[1]) return null;
  const found = PARTY_WORDS.map(([, , name]) => ({
    name,
    d: refusalCheck(k, `did ${name} agree to ${m[1]}`, blank, outlet),
  })).filter((x) => x.d !== null);
  if (found.length !== 1) return null;
  const [{ name, d }] = found as [{ name: string; d: Draft }];
  return { ...d, line: d.line.replace(/^No: the sources say /, `${name}: the sources say `) };
}
