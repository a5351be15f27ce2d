/**
 * "Are more talks planned?", "were further meetings planned after Istanbul?": what the sources
 * say of talks to come, in their own sentences (no stored fact holds a plan for talks). Some say
 * more are planned ("confirming that further meetings are planned"), some that none are ("no new
 * direct peace talks were planned"): both are said, as a dispute; one side alone is its yes or no.
 */
import type { Knowledge } from "../queries.ts";
import type { Draft } from "./answer.ts";
import { PLANS_NONE, PLANS_SAID, TALKS_PLANNED_ASKED, TALKS_WORDS } from "./vocabulary.ts";

export function plannedTalks(
  k: Knowledge,
  question: string,
  blank: () => Draft,
  outlet: (name: string) => string,
): Draft | null {
  // "When is the next round scheduled": a day asked, which no source gives.
  if (!TALKS_PLANNED_ASKED.test(question) || /\bwhen\b|\bwhich (?:date|day)\b/i.test(question))
    return null;
  const yes: string[] = [];
  const no: string[] = [];
  // Someone the question says said it ("Peskov said no new talks were planned"): their sentence.
  // (A name, not a place an event is known by: "Istanbul" names the talks, not who spoke.)
  const places = new Set(
    [...k.catalog.events.values()].flatMap(
      (e) => `${e.title} ${e.aliases.join(" ")}`.toLowerCase().match(/\p{L}+/gu) ?? [],
    ),
  );
  const names = (question.match(/\b\p{Lu}\p{Ll}{3,}\b/gu) ?? []).filter(
    (w) => !TALKS_WORDS.test(w) && !places.has(w.toLowerCase()),
  );
  const theirs: { sentence: string; none: boolean; said: string }[] = [];
  for (const src of k.catalog.data.sources)
    for (const raw of src.text.split(/\n+|(?<=[.!?][”"]?)\s+(?=[A-Z“"•])/)) {
      const sentence = raw.trim().replace(/^[•\s]+/, "");
      if (!TALKS_WORDS.test(sentence) || !PLANS_SAID.test(sentence)) continue;
      const said = `“${sentence}” — ${outlet(src.outlet)}`;
      const none = PLANS_NONE.test(sentence);
      (none ? no : yes).push(said);
      if (names.some((n) => new RegExp(`\\b${n}\\b`).test(sentence)))
        theirs.push({ sentence, none, said });
    }
  if (yes.length === 0 && no.length === 0) return null;
  const d = blank();
  const one = theirs.length === 1 ? theirs[0] : undefined;
  if (one) {
    const agrees = one.none === PLANS_NONE.test(question);
    d.line = `${agrees ? "Yes" : "No"}: ${one.said}`;
    return d;
  }
  if (yes.length > 0 && no.length > 0) {
    d.status = "disputed";
    d.line = `Disputed: more talks planned (${yes.join("; ")}), against none planned (${no.join("; ")})`;
  } else if (yes.length > 0) d.line = `Yes: more talks are planned (${yes.join("; ")})`;
  else d.line = `No: no more talks are planned (${no.join("; ")})`;
  return d;
}
