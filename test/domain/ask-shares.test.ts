// Shares, ratios and multiples worked out from two stored figures: the result first, both figures
// beside it, each quoted below; never one of the counts alone, never a figure with no quote.
// Questions written here.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);
const quoted = (a: AskAnswer) => (a.derivation?.parts ?? []).map((p) => p.n);

describe("a share of a deal asked", () => {
  it("divides a wave's figure by the deal's, both shown and quoted", () => {
    const a = ask("what percentage of the 1,000 Ukrainians came home on the first day?");
    expect(a.line).toMatch(/^39% \(390 of 1,000/);
    expect(quoted(a)).toEqual([390, 1000]);
    expect(a.citations.every((c) => c.quote.length > 0)).toBe(true);
  });

  it("takes a deal so far as the part, and the deal's whole release as the whole", () => {
    const a = ask("of Ukraine's 1,000, what share were home after the second day?");
    expect(a.line).toMatch(/^69\.7% \(697 of 1,000/);
  });

  it("takes the same wave with no kind named as the whole of a kind", () => {
    const a = ask("what percent of the 390 on day one were civilians?");
    expect(a.line).toMatch(/^30\.8% \(120 of 390/);
  });

  it("is unsure when the figure named as the whole is not what the deal released", () => {
    const a = ask("what share of the 4,750 came home in the big swap?");
    expect(a.status).toBe("unsure");
    expect(a.line).not.toMatch(/\d/);
  });
});

describe("a ratio of two groups asked", () => {
  it("sets the groups one claimant gives against each other, saying another source disputes them", () => {
    const a = ask("ratio of soldiers to civilians among those Russia got back on the 23rd?");
    expect(a.line).toMatch(/^2\.25 soldiers for every civilian \(270 soldiers to 120 civilians/);
    expect(a.line).toMatch(/disputes/);
    expect(quoted(a)).toEqual([270, 120]);
  });
});

describe("a multiple asked", () => {
  it("divides one exchange's per-side figure by another's", () => {
    const a = ask("how many times larger was the first wave than the last?");
    expect(a.line).toMatch(/^1\.29 times as many \(390 against 303/);
    expect(quoted(a)).toEqual([390, 303]);
  });
});

describe("everyone home by a wave, asked as a state", () => {
  it("is the deal so far, not that day's own figure", () => {
    const a = ask("how many Ukrainians were home after day two?");
    expect(a.line).toMatch(/^697 /);
  });
});
