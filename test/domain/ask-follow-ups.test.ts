// Follow-ups tied to the question before by what they take up from it: a figure it named ("on
// top of the 246"), "this number". Questions written here.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a figure the question before named, taken up by 'the'", () => {
  const first =
    "Our April piece says 246 prisoners went each way on April 19 and that more than 500 were swapped in total; does that hold together?";

  it("keeps the thread's exchange, however long the follow-up", () => {
    const a = ask(
      first,
      "Right. Then for the correction, how many wounded Ukrainians were added to the 246?",
    );
    expect(a.line).toMatch(/^31 wounded came home to Ukraine on April 19, 2025/);
  });

  it("keeps it for the next follow-up too", () => {
    const a = ask(
      first,
      "Right. Then for the correction, how many wounded Ukrainians were added to the 246?",
      "what about wounded Russians?",
    );
    expect(a.line).toMatch(/^Russia received 15 wounded on April 19, 2025/);
  });
});

describe("'this number' in a follow-up", () => {
  it("asks who gives the running total the thread asked", () => {
    const a = ask(
      "the up-to-date count of Ukrainians released since 2022, for my intro",
      "this number comes from whom, which body reports it?",
    );
    expect(a.line).toMatch(/Coordination Headquarters.*4,750.*4,552/);
  });
});
