// A wave's figure for each side doubled in the copy ("307 x 2 = 614") is read as one working:
// the figure against the one wave that holds it, the result against twice it. Our own wording.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const verdicts = (text: string, refDate: string | null = null) =>
  factcheck(k, text, { refDate })
    .claims.filter((c) => c.kind !== "day")
    .map((c) => [c.claim, c.verdict, c.right ?? null]);

describe("a figure doubled in the copy", () => {
  it("a right doubling supports the figure and its result", () => {
    expect(verdicts("Wave three, both ways: 303 × 2 = 606", "2025-05-26")).toEqual([
      ["303", "supported", null],
      ["606", "supported", null],
    ]);
  });

  it("a doubling that does not add up is put right by twice the figure", () => {
    expect(verdicts("Wave one, both ways: 390 x 2 = 708", "2025-05-26")).toContainEqual([
      "708",
      "contradicted",
      "780",
    ]);
  });

  it("a figure no wave holds is not judged as a doubling", () => {
    expect(
      verdicts("Our guess, both ways: 355 x 2 = 701", "2025-05-26").filter(
        (c) => c[1] === "contradicted",
      ),
    ).toEqual([]);
  });
});
