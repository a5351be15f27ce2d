import { describe, expect, it } from "vitest";
import { analyse, totals, withResolutions } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

describe("/totals is built once per analysed store", () => {
  it("answers the same analysed store with the same answer, which no caller can change", () => {
    const k = analyse(bundledData());
    const first = totals(k);
    expect(totals(k)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.disputes)).toBe(true);
    expect(() => (first.disputes as unknown[]).push("x")).toThrow(TypeError);
  });

  it("builds a new answer for a new store version: a dispute settled since shows as settled", () => {
    const data = bundledData();
    const k = analyse(data);
    const before = totals(k);
    const shown = before.disputes[0];
    expect(shown?.resolution).toBeNull();
    const side = k.findings.disputes.find((d) => d.id === shown?.id)?.sides[0]?.factIds ?? [];
    expect(side.length).toBeGreaterThan(0);
    data.resolutions.push({
      id: "res-totals-cache",
      disputeId: shown?.id as string,
      trustedFactIds: [...side],
      verdict: "trust",
      note: null,
      by: "U0EDITOR",
      at: "2026-12-02T16:00:00Z",
    });
    const after = totals(withResolutions(k, data));
    expect(after).not.toBe(before);
    expect(after.disputes.find((d) => d.id === shown?.id)?.resolution?.by).toBe("U0EDITOR");
    // The answer of the store before is left as it was.
    expect(totals(k).disputes[0]?.resolution).toBeNull();
    // A fresh analysis of the same data agrees with the one updated in place of it.
    expect(totals(analyse(data))).toEqual(after);
  });
});
