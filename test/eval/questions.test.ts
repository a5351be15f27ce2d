// The reporters' questions (issue 12), dev half: the floors reached, and never a wrong figure.
// The sealed half is run by `npm run eval` only, once, never tuned against.
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";
import { formatQuestions, questionTargets, replyOf, scoreQuestions } from "./questions.ts";

describe("reporters' questions, dev half", () => {
  const s = scoreQuestions("dev", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no wrong figure, day or yes/no as the answer", () => {
    expect(t.wrong, report).toBe(0);
  });

  it("answers at least 80% right in the first line (97 of 117 when written)", () => {
    expect(t.n).toBe(117);
    expect(t.right / t.n, report).toBeGreaterThanOrEqual(0.8);
  });

  it("reads follow-ups against their thread", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length / fu.length, report).toBeGreaterThanOrEqual(0.7);
  });
});
