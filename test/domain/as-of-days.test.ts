// The month a running total stood at, or is counted from, is checked beside the figure: right
// where the store's as-of agrees, and put right only for a figure that is exactly the store's
// with its month a year off.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const days = (text: string, refDate: string | null = null) =>
  factcheck(k, text, { refDate })
    .claims.filter((c) => c.kind === "day")
    .map((c) => [c.read, c.verdict, c.right ?? null]);

describe("a running total's month", () => {
  it("'by mid-2024' beside the store's mid-2024 tally is borne out; a year off is the slip", () => {
    expect(days("By mid-2024, an analysis had counted 54 swaps, which freed about 3,400.")).toEqual(
      [["mid-2024", "supported", null]],
    );
    expect(
      days(
        "By the end of September 2023 the ombudsman counted 3,672 Ukrainians returned in 57 swaps.",
      ),
    ).toEqual([["September 2023", "contradicted", "September 2024"]]);
  });

  it("a figure that is not exactly the store's leaves its month alone", () => {
    expect(days("By September 2023, the ombudsman put the total at 3,700 returned.")).toEqual([]);
  });

  it("'since March 2023' beside a total counted from March 2022 is a year off; agreeing starts show nothing", () => {
    expect(
      days(
        "The Coordination Headquarters says more than 4,750 have been freed since March 2023.",
        "2025-05-24",
      ),
    ).toEqual([["March 2023", "contradicted", "March 2022"]]);
    expect(
      days(
        "The Coordination Headquarters says more than 4,750 have been freed since March 2022.",
        "2025-05-24",
      ),
    ).toEqual([]);
  });
});
