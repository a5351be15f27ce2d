// allMatches stands in for matchAll in the reader's hot loops: it must give the same matches.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allMatches } from "../../src/domain/matches.ts";

const summary = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe("allMatches", () => {
  const patterns = [/\d+/g, /\b\w*/g, /(?:)/g, /(?:)/gu, /\p{L}*/gu, /a|(b)/gi, /(?<=x)y?/g];
  it("gives what matchAll gives, empty matches and surrogate pairs included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.constantFrom(...patterns), (text, re) => {
        re.lastIndex = 0;
        expect(summary(allMatches(re, text))).toEqual(summary(text.matchAll(re)));
      }),
    );
    expect(summary(allMatches(/(?:)/gu, "a😀b"))).toEqual(summary("a😀b".matchAll(/(?:)/gu)));
  });

  it("starts from the beginning whatever the pattern's lastIndex, and leaves it at 0", () => {
    const re = /\d/g;
    re.lastIndex = 3;
    expect(allMatches(re, "1 2 3").map((m) => m[0])).toEqual(["1", "2", "3"]);
    expect(re.lastIndex).toBe(0);
  });

  it("refuses a pattern that is not global", () => {
    expect(() => allMatches(/\d/, "1")).toThrow(TypeError);
  });
});
