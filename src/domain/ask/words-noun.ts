/**
 * "Zelenskyy's X post on day one, for the pull quote?", "what was his X line?": someone's words
 * asked by the thing they were said in (a post, a line, a tweet, a quote), with no verb of saying
 * for WORDS_ASKED to find. A figure never answers them; a passage that quotes the person may.
 */
import type { Knowledge } from "../queries.ts";
import { peopleNamed, surnameIn } from "./people.ts";

/** The words someone put out, named as a thing: "X post", "Telegram message", "pull quote". */
const WORDS_NOUN =
  /\b(?:(?:x|twitter|telegram|social[- ]media|facebook)\s+(?:post|line|message|statement)|(?:post|tweet|quote|line|words|statement|message)\s+on\s+(?:x|twitter|telegram)\b|pull[- ]?quote|tweet)s?\b/i;
/** A count asked all the same ("how many did he say in his X post?"). */
const COUNT_ASKED = /\bhow (?:many|much)\b|\b(?:number|figure|total|count|tally)\b/i;

/** Does the question ask for someone's words by the thing they were said in, not a count? */
export function wordsNounAsked(own: string): boolean {
  return WORDS_NOUN.test(own) && !COUNT_ASKED.test(own);
}

/** Where a post was put out, as the question and a source say it. */
const PLATFORM = /\b(?:on|via)\s+(x|twitter|telegram|facebook)\b|\b(tweet)(?:ed|s)?\b/i;

/**
 * The one sentence of the sources in which the person the question names is said to have put out
 * words on the platform it names ("Zelensky announced on X, “…”"), quoting them; null when none
 * or more than one is. (A line broken mid-sentence, "our people ⏎ ⏎ home.", is joined first.)
 */
export function postedWords(k: Knowledge, own: string): { text: string; outlet: string } | null {
  const people = peopleNamed(k).filter((p) => surnameIn(own, p.surname));
  const person = people.length === 1 ? people[0] : undefined;
  if (!person) return null;
  const platform = /\bx\b/i.test(own)
    ? "x"
    : (/\b(twitter|telegram|facebook|tweet)\b/i.exec(own)?.[1]?.toLowerCase() ?? null);
  const found: { text: string; outlet: string }[] = [];
  for (const src of k.catalog.data.sources) {
    const joined = src.text.replace(/([^.!?:”"|\n])\n+(?=[a-z])/g, "$1 ");
    for (const raw of joined.split(/\n+|(?<=[.!?][”"]?)\s+(?=[A-Z“"])/)) {
      const text = raw.trim();
      if (!surnameIn(text, person.surname) || !/[“"]/.test(text)) continue;
      const on = PLATFORM.exec(text);
      const said = (on?.[1] ?? on?.[2] ?? "").toLowerCase();
      if (!on || (platform && said !== platform && !(platform === "tweet" && said === "twitter")))
        continue;
      if (!found.some((f) => f.text === text)) found.push({ text, outlet: src.outlet });
    }
  }
  return found.length === 1 ? (found[0] as { text: string; outlet: string }) : null;
}
