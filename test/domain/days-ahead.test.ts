// Days ahead of the draft's date, in copy written while the swap was under way: they stay in the
// future and are checked against the waves still to come. Our own wording throughout. Precision
// first: a day the words do not pin to one wave, or that has a wave of its own, is not put right.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const days = (text: string, refDate: string) =>
  factcheck(k, text, { refDate })
    .claims.filter((c) => c.kind === "day")
    .map((c) => [c.claim, c.verdict, c.right ?? null]);

describe("days ahead of the draft's date", () => {
  it("a list of days for the waves to come is held to them in order", () => {
    expect(days("Two more groups should cross, on Saturday and on Monday.", "2025-05-23")).toEqual([
      ["Saturday", "supported", null],
      ["Monday", "contradicted", "May 25, 2025"],
    ]);
  });

  it("the next group's day is the next wave's", () => {
    expect(days("Officials say the next group crosses tomorrow.", "2025-05-24")).toEqual([
      ["tomorrow", "supported", null],
    ]);
  });

  it("a lone day with one wave left is that wave's, and stays in the future", () => {
    expect(days("Those still held, 303 of them, should be back on Monday.", "2025-05-24")).toEqual([
      ["Monday", "contradicted", "May 25, 2025"],
    ]);
  });

  it("a lone day with more than one wave left, not told as next or last, is not put right", () => {
    expect(
      days("The remaining prisoners should be home by Monday.", "2025-05-23").filter(
        (d) => d[1] === "contradicted",
      ),
    ).toEqual([]);
  });

  it("a day that has a wave of its own is not put right by 'last'", () => {
    expect(
      days(
        "Notes for the morning shift: the last swap before this one, and the buses on Saturday.",
        "2025-05-23",
      ).filter((d) => d[1] === "contradicted"),
    ).toEqual([]);
  });

  it("a day set for talks, not a wave, is not held to the waves to come", () => {
    const ahead = factcheck(k, "The delegations meet again on Monday to discuss more swaps.", {
      refDate: "2025-05-24",
    }).claims.filter((c) => c.reason.startsWith("A day ahead"));
    expect(ahead).toEqual([]);
  });
});
