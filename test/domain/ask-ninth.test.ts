// Figures stated with confidence and wrong on the ninth questions set (issue 12), each read in
// general; questions written here, in our own words.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a share asked in shorthand is never one of its counts", () => {
  it("does not answer 'share of … in the final wave' with the wave's count", () => {
    const a = ask("proportion of the 1000 who returned on the third day?");
    expect(a.line).toMatch(/^30\.3% \(303 of 1,000/);
  });
  it("reads 'as a %' in a follow-up as a share asked", () => {
    const a = ask("how many of the first wave were civilians?", "and for russia only, as a %?");
    expect(a.line).toMatch(/^30\.8% \(120 of 390/);
  });
  it("does not answer an average per exchange with the running total", () => {
    const a = ask("mean number of people per exchange in the 54 by mid-2024?");
    expect(a.status).toBe("unsure");
    expect(a.line).not.toMatch(/3,400/);
  });
});

describe("a tally up to a wave said in shorthand is the deal so far", () => {
  it("reads 'by end of sat' as everyone home up to the second day, not that day's wave", () => {
    const a = ask("how many ukrainians freed by end of sat?");
    expect(a.line).toMatch(/^697\b/);
  });
  it("reads 'total back after sat' the same way", () => {
    const a = ask("ukrainians total back after sat?");
    expect(a.line).toMatch(/^697\b/);
  });
  it("keeps the deal so far when a follow-up changes only the side", () => {
    const a = ask("how many ukrainians freed by end of sat?", "and russia?");
    expect(a.line).not.toMatch(/^Russia received 307\b/);
  });
});

describe("whose figure, asked as an either/or of sides", () => {
  it("asks a name, never answers with a figure", () => {
    const a = ask("the 697 after two days: is that ukraine's or russia's figure?");
    expect(a.asked).toBe("name");
    expect(a.line).not.toMatch(/^\d/);
  });
});
