// Constructions of compact copy (headlines, standfirsts, fact boxes, notes) that the fact-check
// must read as claims, in our own wording, and the precision each keeps.
import { describe, expect, it } from "vitest";
import type { ClaimCheck } from "../../src/domain/answers.ts";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figures = (text: string, refDate: string | null = null): ClaimCheck[] =>
  factcheck(k, text, { refDate }).claims.filter((c) => c.kind !== "day");
const verdicts = (text: string, refDate: string | null = null) =>
  figures(text, refDate).map((c) => [c.read, c.verdict]);

describe("a figure hyphenated to its side", () => {
  it("'a 1,000-a-side deal' and 'the 1000-each swap' are each side's figure", () => {
    const [c] = figures("Istanbul produced a 1,000-a-side prisoner deal and little else.");
    expect(c).toMatchObject({ read: "1,000", side: "each", verdict: "supported" });
    expect(
      verdicts("The 1000-each swap agreed in Istanbul is still pending.", "2025-05-20"),
    ).toEqual([["1000", "supported"]]);
  });

  it("a figure that sizes an event does not take another clause's day", () => {
    const got = figures("The May 6 swap was the last one before the 1,000-a-side deal.");
    expect(got.map((c) => [c.read, c.verdict])).toEqual([["1,000", "supported"]]);
  });

  it("the draft's own hyphens are kept in what is shown", () => {
    const [c] = figures("Istanbul produced a 1,000-per-side prisoner deal and little else.");
    expect(c?.sentence).toContain("1,000-per-side");
  });
});

describe("parts the store holds by what they count", () => {
  it("parts swapped between classes are not supported by their sum", () => {
    const text =
      "Moscow's tally for Friday: 120 soldiers and 270 civilians taken back from Ukraine.";
    const got = figures(text, "2025-05-24");
    expect(got.map((c) => c.verdict)).not.toContain("supported");
    // Without a day, nothing ties them to an exchange: neither is supported by the sum.
    const undated = figures("Moscow's count: 120 soldiers and 270 civilians taken back.");
    expect(undated.map((c) => c.verdict)).toEqual(["unverified", "unverified"]);
  });

  it("parts the right way round are still supported", () => {
    const text =
      "Moscow's tally for Friday: 270 soldiers and 120 civilians taken back from Ukraine.";
    expect(figures(text, "2025-05-24").map((c) => c.verdict)).not.toContain("unverified");
  });
});
