// A list of swaps as translated copy runs it, each day hanging its figure on "by": a day that
// leads the next figure is not the figure before it's.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const verdicts = (text: string) =>
  factcheck(k, text, { refDate: "2025-06-01" })
    .claims.filter((c) => c.kind !== "day")
    .map((c) => [c.read, c.verdict]);

describe("'on D1 by N1, on D2 by N2'", () => {
  it("each figure keeps the day before it, not the next item's", () => {
    const got = verdicts("On 6 May 2025 the sides swapped by 205 captives, on 19 March – by 175.");
    expect(got).toContainEqual(["205", "supported"]);
    expect(got.map((g) => g[1])).not.toContain("contradicted");
  });

  it("'followed on <day> by N' dates N, not the figure before it", () => {
    const got = verdicts(
      "The deal opened on Wednesday, 21 May, with 390 a side, followed on Sunday by 303.",
    );
    expect(got).toContainEqual(["390", "supported"]);
    expect(got.map((g) => g[1])).not.toContain("contradicted");
  });

  it("a time after 'by' still leaves the day to the figure before it", () => {
    const got = verdicts("On May 6, 205 came home on Tuesday by 10am.");
    expect(got.map((g) => g[1])).not.toContain("contradicted");
  });
});
