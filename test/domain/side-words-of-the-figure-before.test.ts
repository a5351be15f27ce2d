// "each side" written right after one figure is that figure's side, not the next one's: an
// on-screen strap ("… 307 EACH SIDE / 1,394 IN ALL") puts two figures side by side.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());

describe("a side's words after the figure before", () => {
  it("a strap's second figure keeps its own 'in all'", () => {
    const got = factcheck(k, "STRAP: OPENING DAY: 390 EACH SIDE / 780 IN ALL", {
      refDate: "2025-05-23",
    }).claims.filter((c) => c.kind !== "day");
    const second = got.find((c) => c.read === "780");
    expect(second?.side).toBe("total");
    expect(got.map((c) => c.verdict)).not.toContain("contradicted");
  });

  it("'each side' after a day's number still reads as the figure's side", () => {
    const got = factcheck(k, "On May 24 each side handed over 307 prisoners.", {
      refDate: "2025-05-25",
    }).claims.filter((c) => c.kind !== "day");
    expect(got.find((c) => c.read === "307")?.side).toBe("each");
  });

  it("'each side' after a span's last day and a comma, or after a year, is the clause's", () => {
    for (const [text, figure] of [
      ["From May 23 to 25, each side sent home 1,000 people.", "1,000"],
      ["On May 25, 2025 each side let 303 prisoners go.", "303"],
    ] as const) {
      const got = factcheck(k, text, { refDate: "2025-05-26" }).claims;
      expect(got.find((c) => c.read === figure)?.side, text).toBe("each");
    }
  });
});
