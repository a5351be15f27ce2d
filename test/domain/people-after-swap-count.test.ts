// A running count of swaps, then (right after it) the people they brought home: the second
// figure is the running total of people, not another count of swaps.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());

function claimAt(text: string, figure: string) {
  return factcheck(k, text, { refDate: null }).claims.find((c) => c.claim.includes(figure));
}

describe("people told right after a running count of swaps", () => {
  it("reads 'N swaps, about M' as M people home by then", () => {
    const c = claimAt("Where things stood by mid-2024: 54 swaps, roughly 3,400.", "3,400");
    expect(c).toMatchObject({ verdict: "supported", measure: "returned-since-2022" });
  });

  it("reads 'N exchanges and about M' the same way", () => {
    const c = claimAt("By mid-2024 the count was 54 exchanges and about 3,400.", "3,400");
    expect(c).toMatchObject({ verdict: "supported", measure: "returned-since-2022" });
  });

  it("does not take a later day's total for the one before it", () => {
    const claims = factcheck(
      k,
      "Freed: 3,400 Ukrainians in 54 exchanges by mid-2024, 3,672 in 57 by September that year.",
      { refDate: null },
    ).claims;
    expect(claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
  });

  it("leaves a small figure after a count of swaps as one more count of them", () => {
    const c = claimAt("By mid-2024 there had been 54 exchanges, and 12 this year.", "12");
    expect(c?.measure).not.toBe("returned-since-2022");
  });
});
