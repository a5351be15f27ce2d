// Asking in plain words (issue 12), read from the spent third set's misses: each rule is tested
// here with questions written for it, never the blind set's own.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { readQuestion } from "../../src/domain/ask/read.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("names", () => {
  it("'in all of this' is the story as a whole, not both sides' figure", () => {
    expect(readQuestion(k, "in all of this, how many came back on the 24th?").side).not.toBe(
      "total",
    );
    expect(readQuestion(k, "how many were swapped in all on the 24th?").side).toBe("total");
  });
  it("a name is one side's or none: 'both sides' does not hide whose it is", () => {
    expect(
      ask("for the swap as a whole, who was in charge of it for Kyiv, on both sides' telling?")
        .line,
    ).toMatch(/^Rustem Umerov/);
  });
});

describe("a tally up to one of the deal's waves", () => {
  it("is the deal so far, not the war's running total or that wave alone", () => {
    const a = ask("cumulative figure through the second wave?");
    expect(a.line).toMatch(/^697 people had come home to Ukraine by May 24, 2025/);
    expect(ask("what was the tally by day 1?").line).toMatch(/^390 people each side/);
  });
  it("stays the war's running total when the war is named", () => {
    expect(ask("running total since the invasion, after day two?").line).not.toMatch(/697/);
  });
});
