// "The first two", "the other three": a few of the things just named, doing something, are
// not a count of people, and are never put right as one.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());

describe("a few of what was just named", () => {
  it("'the first two came on Friday and Saturday' reads no figure from 'two'", () => {
    const claims = factcheck(
      k,
      "The swap came in three stages: the first two came on Friday and Saturday, the last on Sunday.",
      { refDate: "2025-05-26" },
    ).claims;
    expect(claims.find((c) => c.read === "two")).toBeUndefined();
    expect(claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
  });

  it("figures 'followed by' the first day's are the later waves, never put right against it", () => {
    const claims = factcheck(
      k,
      "The 390 freed on the first day were followed by 307 and 303.",
    ).claims;
    expect(claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
  });

  it("'in all' after parts that add up to it is those parts' whole, on their side", () => {
    const [whole] = factcheck(
      k,
      "Moscow took back 270 servicemen and 120 civilians on May 23, 2025, its ministry said, 390 in all.",
    ).claims.filter((c) => c.read === "390");
    expect(whole).toMatchObject({ verdict: "supported", side: "russia" });
  });

  it("'by tonight, two waves had brought 697 home' counts the waves so far, not the deal's", () => {
    const claims = factcheck(k, "By tonight, two waves had brought 697 Ukrainians home.", {
      refDate: "2025-05-24",
    }).claims;
    expect(claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
    // The deal's own count is still checked.
    expect(
      factcheck(k, "The swap ended after four waves.", { refDate: "2025-05-26" }).claims.map(
        (c) => c.verdict,
      ),
    ).not.toContain("supported");
  });
});
