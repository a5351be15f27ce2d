// A running total cannot stand still across an exchange (our own wording throughout).
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const totals = (text: string, refDate: string | null) =>
  factcheck(k, text, { refDate })
    .claims.filter((c) => c.measure === "returned-since-2022")
    .map((c) => [c.read, c.verdict, c.right ?? null]);

describe("a running total on a day after an exchange", () => {
  it("puts right a pre-exchange total given as the count after it", () => {
    expect(totals("Since 2022 Ukraine has now brought home 4,552 citizens.", "2025-05-26")).toEqual(
      [["4,552", "contradicted", "more than 4,750"]],
    );
    expect(totals("Ukraine now counts 4,552 citizens freed since 2022.", "2025-05-28")).toEqual([
      ["4,552", "contradicted", "more than 4,750"],
    ]);
  });

  it("leaves the same total alone when it is the count of its own, earlier day", () => {
    for (const text of [
      "Before the swap, Kyiv's tally since 2022 stood at 4,552.",
      "Kyiv had counted 4,552 citizens freed since 2022 when the talks opened.",
      "Kyiv's tally since 2022 stood at 4,552 on May 20.",
    ])
      expect(totals(text, "2025-05-26").map((t) => t[1])).not.toContain("contradicted");
  });

  it("never dates a figure given as 'more than'", () => {
    expect(
      totals("Ukraine's tally since 2022 now stands at more than 4,750.", "2025-05-28").map(
        (t) => t[1],
      ),
    ).not.toContain("contradicted");
  });
});
