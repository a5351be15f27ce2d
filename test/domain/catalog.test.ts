// normaliseAlias folds printable ASCII (most aliases, titles and ids) without NFKC; the fold
// must be the one the full path gives, for every string, ASCII or not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseAlias } from "../../src/domain/catalog.ts";

const full = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[‐‑‒–—_-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("normaliseAlias", () => {
  it("folds printable ASCII as the full path does, and everything else through it", () => {
    const chars = [
      " ",
      "\t",
      "\n",
      "-",
      "_",
      "A",
      "z",
      "'",
      "’",
      "–",
      "ﬁ",
      "é",
      "\u00a0",
      "1",
      "~",
      "\x7f",
      "Ⅻ",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (cs) => {
        const s = cs.join("");
        expect(normaliseAlias(s)).toBe(full(s));
      }),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(normaliseAlias(s)).toBe(full(s));
      }),
      { numRuns: 500 },
    );
    expect(normaliseAlias("  May-24__Wave  2 ")).toBe("may 24 wave 2");
  });
});
