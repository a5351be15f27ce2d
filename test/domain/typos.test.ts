import { describe, expect, it } from "vitest";
import { swappedDigits } from "../../src/domain/check/align/typos.ts";

describe("swappedDigits", () => {
  it("swaps each pair of neighbouring digits once, skipping equal pairs and leading zeros", () => {
    expect(swappedDigits(4552).sort((a, b) => a - b)).toEqual([4525, 5452]);
    expect(swappedDigits(307).sort((a, b) => a - b)).toEqual([370]);
    expect(swappedDigits(64)).toEqual([46]);
    expect(swappedDigits(1000)).toEqual([]);
  });

  it("has nothing to swap in a single digit or a fraction", () => {
    expect(swappedDigits(7)).toEqual([]);
    expect(swappedDigits(2.5)).toEqual([]);
  });
});
