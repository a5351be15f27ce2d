// The bot never states a figure that has no quote behind it: every number an answer states, in
// its first line or its notes, is in a quote it cites (or a dispute it shows), in the sum it
// shows, or in the question itself. Event titles ("the 1,000-for-1,000 exchange") are names.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { findNumbers } from "../../src/domain/numbers.ts";
import { analyse } from "../../src/domain/queries.ts";
import { loadQuestions } from "../eval/questions.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const titles = [...k.catalog.events.values()].map((e) => e.title.replace(/^The /, ""));

/** Figures as stated, leaving out dates, years, titles and "and 2 more" (sources not shown). */
function stated(text: string): number[] {
  let t = text;
  for (const title of titles) t = t.split(title).join(" ");
  t = t
    .replace(/\band \d+ more\b/g, " ")
    .replace(/\b(?:19|20)\d\d\b/g, " ")
    .replace(
      /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:[–-]\d{1,2})?\b/g,
      " ",
    );
  // Digits only: "the two counts", "the second wave" are words of the answer, not figures.
  return findNumbers(t)
    .filter((m) => /\d/.test(m.text))
    .map((m) => m.n);
}

function backing(a: AskAnswer, asked: string): Set<number> {
  const quotes = [
    ...a.citations,
    ...a.disputes.flatMap((d) => d.sides.flatMap((s) => s.citations)),
    ...(a.derivation?.parts.map((p) => p.citation) ?? []),
  ].map((c) => c.quote);
  return new Set(
    [...quotes, a.derivation?.expression ?? "", asked].flatMap((q) =>
      findNumbers(q).map((m) => m.n),
    ),
  );
}

describe("every figure an answer states has a quote behind it", () => {
  // One test a set, so no one test runs long on a busy machine.
  it.each(["dev", "sealed", "fresh", "fresh2"] as const)(
    "holds for every question of the %s set",
    (half) => {
      const bare: string[] = [];
      for (const q of loadQuestions(half)) {
        const thread = [...(q.context ?? []), q.ask];
        const a = askThread(k, thread);
        const backed = backing(a, thread.join(" "));
        const said = [...stated(a.line.split(" — ")[0] ?? ""), ...a.notes.flatMap(stated)];
        for (const n of said) if (!backed.has(n)) bare.push(`${q.id}: ${n} in "${a.line}"`);
      }
      expect(bare).toEqual([]);
    },
  );
});
