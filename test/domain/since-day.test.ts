// A count run on from a day ("… home since Friday") starts at the deal's first wave. Our own
// wording throughout. Precision first: a day with a wave of its own, or far off, is left alone.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const days = (text: string, refDate: string) =>
  factcheck(k, text, { refDate })
    .claims.filter((c) => c.kind === "day")
    .map((c) => [c.claim, c.verdict, c.right ?? null]);

describe("the day a count runs on from", () => {
  it("is the first wave's day, and supported when it is", () => {
    expect(days("Families have now welcomed 697 back since yesterday.", "2025-05-24")).toEqual([
      ["yesterday", "supported", null],
    ]);
  });

  it("is put right when the store has no wave on it, a day before the first", () => {
    expect(days("Tally of those freed since Thursday: 697.", "2025-05-24")).toEqual([
      ["Thursday", "contradicted", "May 23, 2025"],
    ]);
  });

  it("is left alone when a later wave fell on it", () => {
    expect(days("Another 610 have come back since Saturday.", "2025-05-26")).toEqual([]);
  });
});
