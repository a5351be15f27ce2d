// "People coming home" names no side: each side's people go home to their own country, so a
// figure that fits both sides together is not put right as Ukraine's alone.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string, refDate: string) =>
  factcheck(k, text, { refDate }).claims.find((c) => c.read === read);

describe("people going home, with no side named", () => {
  it("does not put right a figure that fits both sides together", () => {
    const c = figure(
      "About two thousand prisoners are coming home thanks to the agreement reached in Turkey.",
      "About two thousand",
      "2025-05-23",
    );
    expect(c?.verdict).toBe("unverified");
    expect(c?.reason).toMatch(/each side's going to its own country/);
  });

  it("still puts it right when the people are said to be one side's own", () => {
    expect(
      figure("On the first day, 780 of our people came home.", "780", "2025-05-23")?.verdict,
    ).toBe("contradicted");
    expect(
      figure("On the first day, 780 Ukrainians came home.", "780", "2025-05-23")?.verdict,
    ).toBe("contradicted");
  });

  it("still puts right a figure that fits neither side's count nor both together", () => {
    expect(figure("On the first day, 870 people came home.", "870", "2025-05-23")?.verdict).toBe(
      "contradicted",
    );
  });
});
