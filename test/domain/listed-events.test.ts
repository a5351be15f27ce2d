// Figures listed together for several swaps ("the March, April and May swaps freed 175, 246 and
// 205"): which figure is whose follows the lists' order, and where the words name the swaps
// without days, no listed figure is put right by the one swap the sentence happens to name.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const verdicts = (text: string, refDate: string | null = null) =>
  Object.fromEntries(
    factcheck(k, text, { refDate })
      .claims.filter((c) => /^\d/.test(c.read))
      .map((c) => [c.read.split(" ")[0], c.verdict]),
  );

describe("figures listed for several swaps", () => {
  it("days that name the swaps give each listed figure its own, in order", () => {
    expect(
      verdicts("The swaps of March 19, April 19 and May 6 freed 175, 246 and 205 a side."),
    ).toEqual(verdicts("The March 19, April 19 and May 6 swaps freed 175, 246 and 205 a side."));
    expect(
      verdicts("The March 19, April 19 and May 6 swaps freed 175, 246 and 205 a side."),
    ).toMatchObject({
      "175": "supported",
      "246": "supported",
      "205": "supported",
    });
    const [slip] = factcheck(
      k,
      "The March 19, April 19 and May 6 swaps freed 175, 264 and 205 a side.",
    ).claims.filter((c) => c.read === "264");
    expect(slip).toMatchObject({ verdict: "contradicted", right: "246" });
  });

  it("swaps named without days: no listed figure is wrong by the one swap named", () => {
    const text =
      "The March, April and early-May swaps freed 175, 246 and 205 a side: 626 in all for each side.";
    const claims = factcheck(k, text).claims;
    expect(claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
    // A floor ("over 200") that fits several listed figures vouches for none of them.
    expect(claims.find((c) => c.read === "246")?.verdict).not.toBe("supported");
    expect(claims.find((c) => c.read === "205")?.verdict).toBe("supported");
    // The side said once, after the last figure, is the whole list's.
    const perSide = factcheck(
      k,
      "The early-May and April swaps freed 205 and 246 prisoners per side.",
    ).claims;
    expect(perSide.filter((c) => c.verdict === "contradicted")).toEqual([]);
  });

  it("figures of different things listed for one swap are each still checked", () => {
    const [wounded] = factcheck(
      k,
      "On April 19, 2025 the figure was 246 a side, and 13 wounded Ukrainian soldiers came home with them.",
    ).claims.filter((c) => c.read.startsWith("13"));
    expect(wounded?.verdict).toBe("contradicted");
  });

  it("a deal's figure followed by its waves in a list reads each as its wave", () => {
    const claims = factcheck(
      k,
      "Exchanges, per side: 19 April — 246; 23–25 May — 1,000, in waves of 390, 307 and 330.",
    ).claims;
    expect(claims.find((c) => c.read === "390")?.verdict).toBe("supported");
    expect(claims.find((c) => c.read === "330")).toMatchObject({
      verdict: "contradicted",
      right: "303",
    });
  });

  it("a pair of figures labelled by a pair of things takes them in order", () => {
    const claims = factcheck(
      k,
      "Day one in figures\n270 and 120: the servicemen and civilians Moscow says it got back",
      { refDate: "2025-05-23" },
    ).claims;
    expect(claims.find((c) => c.read.startsWith("120"))?.counted).toBe("civilians");
    expect(claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
  });
});
