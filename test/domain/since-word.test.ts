// The reader runs SINCE_START (a look-behind tried at every character) only over text holding
// the word "since": every way the pattern matches must hold it, in any case.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVERY_SINCE_START } from "../../src/domain/check/read/figure-words.ts";
import { SINCE_START, SINCE_WORD } from "../../src/domain/check/vocabulary.ts";

describe("SINCE_WORD", () => {
  it("is in every match of SINCE_START", () => {
    const words = [
      "since",
      "Since",
      "SINCE",
      "sinCE",
      "counting from",
      "Counted from",
      "freed",
      "released",
      "home",
      "in total",
      "the invasion",
      "the war began",
      "early March",
      "2022",
      "2023",
      "were returned",
      "missing",
      ".",
      ",",
      "russia’s full-scale invasion",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 10 }), (ws) => {
        const s = ws.join(" ");
        const matched = SINCE_START.test(s);
        EVERY_SINCE_START.lastIndex = 0;
        const every = EVERY_SINCE_START.test(s);
        EVERY_SINCE_START.lastIndex = 0;
        if (matched || every) expect(SINCE_WORD.test(s)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
    expect(SINCE_START.test("4,750 have been freed since the invasion")).toBe(true);
  });
});
