// Slips, contrasts, either/or questions and side-only follow-ups: questions written here.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { foldSlip, tidy } from "../../src/domain/ask/read.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("typing slips in the question words", () => {
  it("folds a word one edit from exactly one question word", () => {
    expect(foldSlip("wehn")).toBe("when");
    expect(foldSlip("whn")).toBe("when");
    expect(foldSlip("medaitor")).toBe("mediator");
    expect(foldSlip("borkered")).toBe("brokered");
    expect(foldSlip("brokerd")).toBe("brokerd"); // as near "broker": left as written
    expect(foldSlip("wich")).toBe("which");
  });
  it("leaves real words, short words and words near two question words alone", () => {
    for (const w of ["then", "were", "those", "whole", "data", "late", "may", "how", "he", "swaps"])
      expect(foldSlip(w)).toBe(w);
  });
  it("keeps the rest of the question as written", () => {
    expect(tidy("wehn was teh 64th exchange")).toBe("when was the 64th exchange");
  });
  it("answers a slipped 'when' with a day, not a count", () => {
    const a = ask("wehn was the 64th exchange");
    expect(a.asked).toBe("date");
    expect(a.line).toMatch(/^May 23, 2025/);
  });
  it("reads a slipped 'mediator' as the mediator asked for", () => {
    expect(ask("who was the medaitor for the march 19 exchange").line).toMatch(
      /^United Arab Emirates mediated the March 19 exchange/,
    );
  });
});
