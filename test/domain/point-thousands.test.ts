// A point before three digits, as European copy groups thousands, where the words after it
// count people: by a verb of freeing, by "of its nationals", by "from both sides". Each sentence
// is written for this file.
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/domain/numbers.ts";

const first = (text: string) => findNumbers(text)[0]?.n;

describe("a point groups thousands where people are counted", () => {
  it.each([
    ["Officials said over 3.850 had been freed by then.", 3850],
    ["Kyiv has brought back 2.740 of its own citizens so far.", 2740],
    ["About 1.500 from each side crossed the border.", 1500],
    ["Some 6.300 hostages remain unaccounted for.", 6300],
    ["Roughly 2.100 swapped over the weekend, officials say.", 2100],
  ])("%s", (text, n) => {
    expect(first(text)).toBe(n);
  });
});

describe("a point is a decimal point elsewhere", () => {
  it.each([
    ["The runner finished in 3.850 seconds flat.", 3.85],
    ["The yield fell to 2.740 on Tuesday.", 2.74],
    ["The ratio stood at 1.500 to one.", 1.5],
  ])("%s", (text, n) => {
    expect(first(text)).toBe(n);
  });
});
