// A stored floor ("more than 200") says how many at least, not how many: where the store also
// has an exact figure for the side, a draft's figure set above the floor ("260") is not borne
// out by the floor, so no green tick.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string, refDate = "2025-05-20") =>
  factcheck(k, text, { refDate }).claims.find((c) => c.read === read);

describe("a figure above the store's floor", () => {
  it("is not ticked by the floor when the store has an exact figure beside it", () => {
    expect(figure("The swap on May 6 brought home 260 Ukrainian POWs.", "260")?.verdict).toBe(
      "unverified",
    );
  });

  it("is still supported by an exact stored figure beside the floor", () => {
    expect(figure("The swap on May 6 brought home 205 Ukrainian POWs.", "205")?.verdict).toBe(
      "supported",
    );
  });

  it("still fits the floor when it gives the floor's own figure", () => {
    expect(
      figure("The exchange of April 19 freed about 500 people in all.", "about 500")?.verdict,
    ).toBe("supported");
  });
});
