// A fact box's line that leads with its figure and names what it counts after a colon or a
// spaced hyphen, as lists and tab cards write it, not only after a long dash.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());

function claimAt(text: string, figure: string, refDate: string | null = null) {
  return factcheck(k, text, { refDate }).claims.find((c) => c.claim.includes(figure));
}

describe("a box line's figure, then a colon or spaced hyphen, then its noun", () => {
  it("reads a hyphen-bulleted line with its own 'over' and a colon", () => {
    const c = claimAt(
      "KEY NUMBERS\n- Over 16,000: Ukrainian civilians held by Russia, per the ombudsman\n",
      "16,000",
    );
    expect(c).toMatchObject({ verdict: "supported", counted: "civilians" });
  });

  it("reads a line whose figure and noun a spaced hyphen parts", () => {
    const c = claimAt(
      "THE SWAP IN FIGURES\n2,000 - people going home in total\n",
      "2,000",
      "2025-05-24",
    );
    expect(c).toMatchObject({ verdict: "supported", claim: "2,000 - people" });
  });

  it("still takes no clock time or year for a box line's figure", () => {
    const claims = factcheck(k, "TIMELINE\n17:00: buses cross\n2025: the year of the swap\n", {
      refDate: null,
    }).claims;
    expect(claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
    expect(claims.some((c) => c.claim.startsWith("2025"))).toBe(false);
  });
});
