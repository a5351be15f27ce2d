// Words that count both sides together, set after the figure past a comma or a dash ("…,
// counting both sides", "— both sides combined"), or a mutual verb before "a total of" ("the two
// swapped a total of"): the figure is both sides' together, not one side's.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string, refDate = "2025-05-26") =>
  factcheck(k, text, { refDate }).claims.find((c) => c.read === read);

describe("both sides together, said after the figure", () => {
  it("does not tick one side's figure given as both sides'", () => {
    for (const [text, read] of [
      ["Over the three days, 1,000 people went home altogether, counting both sides.", "1,000"],
      ["In all, 246 prisoners were freed on April 19, counting both sides.", "246"],
      ["On Friday Ukraine and Russia swapped a total of 390 people.", "390"],
      ["The exchange, from 23 to 25 May, saw a total of 1,000 prisoners change hands.", "1,000"],
    ] as const)
      expect(figure(text, read)?.verdict, text).not.toBe("supported");
  });

  it("supports both sides' figure given as both sides'", () => {
    expect(
      figure(
        "Over the three days, 2,000 people went home altogether, counting both sides.",
        "2,000",
      )?.verdict,
    ).toBe("supported");
    expect(
      figure("On Friday Ukraine and Russia swapped a total of 780 people.", "780")?.verdict,
    ).toBe("supported");
  });

  it("does not put right one side's figure by the both-sides words after it", () => {
    const text = "Ukraine got 390 back on Friday, 780 counting both sides.";
    expect(figure(text, "390")?.verdict).toBe("supported");
    expect(figure(text, "780")?.verdict).not.toBe("contradicted");
  });

  it("leaves a later clause's both-sides words to that clause's figure", () => {
    const c = figure(
      "Kyiv got back 679 people in the first two days, and on the last day both sides together freed 303.",
      "679",
    );
    expect(c?.side).not.toBe("total");
  });
});
