// Sums the copy writes out ("a + b + c = d", "a plus b is d", in figures or in words) are read as
// one sum: its parts are the deal's waves or one wave's split, its total what they add up to.
// Our own wording throughout. Precision first: only parts the store holds support anything.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const verdicts = (text: string, refDate: string | null = null) =>
  factcheck(k, text, { refDate })
    .claims.filter((c) => c.kind !== "day")
    .map((c) => [c.claim, c.verdict, c.right ?? null]);

describe("a sum written out in the copy", () => {
  it("waves added up to the whole deal support every part and the sum", () => {
    expect(verdicts("Our tally of the waves: 390 + 307 + 303 = 1,000 per side.")).toEqual([
      ["390", "supported", null],
      ["307", "supported", null],
      ["303", "supported", null],
      ["1,000", "supported", null],
    ]);
  });

  it("reads a sum in words, and two waves added up to the deal so far", () => {
    expect(
      verdicts(
        "So it goes: three hundred and ninety plus three hundred and seven makes six hundred and ninety-seven.",
        "2025-05-27",
      ),
    ).toEqual([
      ["three hundred and ninety", "supported", null],
      ["three hundred and seven", "supported", null],
      ["six hundred and ninety-seven", "supported", null],
    ]);
  });

  it("a sum of the deal's waves that is not the deal's whole is put right by it", () => {
    const got = verdicts("Check the addition: 390 + 307 + 330 = 1,027.", "2025-05-26");
    expect(got).toContainEqual(["1,027", "contradicted", "1,000"]);
    expect(got).not.toContainEqual(["330", "supported", null]);
  });

  it("one wave's split on one side supports the side's figure", () => {
    expect(
      verdicts(
        "Moscow's tally for the first day: 270 servicemen + 120 civilians = 390.",
        "2025-05-24",
      ),
    ).toContainEqual(["390", "supported", null]);
  });

  it("a split whose classes are swapped supports nothing", () => {
    const got = verdicts(
      "Moscow's tally for the first day: 120 servicemen + 270 civilians = 390.",
      "2025-05-24",
    );
    expect(got.filter((c) => c[1] === "supported")).toEqual([]);
  });

  it("a sum of figures the store does not hold is not judged as a sum", () => {
    expect(verdicts("Buses: 12 + 30 = 42.").filter((c) => c[1] !== "unverified")).toEqual([]);
  });
});
