import { describe, expect, it } from "vitest";
import { readDates } from "../../src/domain/check/read/draft-dates.ts";

// A day told by the deal ("on the eve of the swap") is read the same whether or not the draft
// holds a letter that only Unicode case folding makes ASCII (the long s, the Kelvin sign).
const ctx = { refDate: "2024-09-30", dealStart: () => "2024-09-14" };
const byDeal = (text: string) =>
  readDates(text, ctx)
    .filter((d) => d.byDeal)
    .map((d) => ({ text: d.text, date: d.date }));

describe("deal-told days and unusual letters", () => {
  it("reads the eve of the swap in plain copy", () => {
    expect(byDeal("Relatives waited on the eve of the swap for news.")).toEqual([
      { text: "on the eve of the swap", date: "2024-09-13" },
    ]);
  });

  it("still folds a long s as before", () => {
    const text =
      "The swap was long awaited. Relatives waited on the eve of the \u017fwap for news.";
    expect(byDeal(text)).toEqual([{ text: "on the eve of the \u017fwap", date: "2024-09-13" }]);
  });

  it("reads the day the same with an emoji elsewhere in the draft", () => {
    expect(byDeal("\u{1F4E2} Relatives waited on the eve of the swap for news.")).toEqual([
      { text: "on the eve of the swap", date: "2024-09-13" },
    ]);
  });
});
