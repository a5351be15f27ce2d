// A card's label before its figure says for whom the figure counts, as words after it would:
// "Freed Ukrainians: …" is Ukraine's, "Total swapped, both sides: …" both together. Our own
// wording throughout. A label that says whose figure it is never lets another side's support it.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figures = (text: string, refDate: string | null = null) =>
  factcheck(k, text, { refDate })
    .claims.filter((c) => c.kind !== "day")
    .map((c) => [c.claim, c.verdict, c.side ?? null]);

describe("a card's label says whose figure it is", () => {
  it("one side's label is not supported by both sides' figure", () => {
    const [f] = figures("KEY FIGURES\nUkrainian prisoners home: 2,000", "2025-05-27");
    expect(f?.[1]).not.toBe("supported");
    expect(f?.[2]).toBe("ukraine");
  });

  it("a label for both sides together is not supported by each side's figure", () => {
    const [f] = figures("Total swapped, both sides: 1,000.", "2025-05-27");
    expect(f?.[1]).not.toBe("supported");
    expect(f?.[2]).toBe("total");
  });

  it("one side's label is still supported by that side's figure", () => {
    expect(figures("Russians freed: 390", "2025-05-24")).toContainEqual([
      "390",
      "supported",
      "russia",
    ]);
  });
});
