// A figure told as said on a day ("the president wrote on Monday that …"): the day is the
// saying's, and where the figure is the store's count by a nearby day, the day may be the slip.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string, refDate: string) =>
  factcheck(k, text, { refDate }).claims.find((c) => c.read === read);

describe("a figure said on a day", () => {
  it("is not put right by that day's wave when it is the count by the day before", () => {
    const c = figure(
      "In a post, the president stated on Sunday that 697 of our people had been returned.",
      "697",
      "2025-05-26",
    );
    expect(c?.verdict).toBe("unverified");
    expect(c?.reason).toMatch(/when it was said/);
  });

  it("is still put right when the figure is no count the store holds for those days", () => {
    expect(
      figure(
        "In a post, the president stated on Sunday that 669 of our people had been returned.",
        "669",
        "2025-05-26",
      )?.verdict,
    ).toBe("contradicted");
  });

  it("is still put right when it has a span of its own that fixes what it counts", () => {
    expect(
      figure(
        "The president stated on Saturday that 679 people had come home in the first two days.",
        "679",
        "2025-05-26",
      )?.verdict,
    ).toBe("contradicted");
  });
});
