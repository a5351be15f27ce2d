// Dates that are not events of their own (issue: fresh15's three invented events): two days
// joined by "and" read as a span between them, one man's day inside an exchange's span, and the
// line that names a round-up's own issue.
import { describe, expect, it } from "vitest";
import { findEventMentions } from "../../src/domain/ingest-events.ts";

const days = (text: string, published: string) =>
  findEventMentions(text, published).map((m) =>
    m.from === m.to ? `${m.kind} ${m.from}` : `${m.kind} ${m.from} to ${m.to}`,
  );

describe("two days named with 'and'", () => {
  it("reads 'the swaps of March 3 and 6' as two swaps, not one over the days between", () => {
    const found = days(
      "Officials say 640 soldiers are back so far, counting the swaps of March 3 and 6.",
      "2025-03-10",
    );
    expect(found).toEqual(["exchange 2025-03-03", "exchange 2025-03-06"]);
  });

  it("keeps 'between 3 and 6 March' a span", () => {
    const found = days("Prisoners were exchanged in stages between 3 and 6 March.", "2025-03-10");
    expect(found.some((d) => d.startsWith("exchange 2025-03-03") || d.includes(" to "))).toBe(true);
    expect(found).not.toEqual(["exchange 2025-03-03", "exchange 2025-03-06"]);
  });
});

describe("a day inside a span the same sentence gives", () => {
  it("is one man's homecoming, not an exchange of its own", () => {
    const found = days(
      "Sergeant Ivan Melnyk crossed the border on Tuesday, the 4th, one of 300 prisoners freed over four days, 3-6 March, in the second stage of the swap.",
      "2025-03-09",
    );
    expect(found).toEqual(["deal 2025-03-03 to 2025-03-06"]);
  });

  it("still reads bodies handed over on a day inside the span", () => {
    const found = days(
      "Over 3-6 March 300 prisoners were swapped, and on Wednesday, the 5th, the bodies of 500 soldiers were repatriated.",
      "2025-03-09",
    );
    expect(found).toContain("bodies 2025-03-05");
  });
});

// ("round-up" had been read as a round of talks, on the day the issue came out.)
describe("a round-up's line naming its own issue", () => {
  const text = [
    "Prisoner news this week: a swap at last",
    "",
    "Our Saturday round-up, 15 March 2025.",
    "",
    "SWAP. On Thursday 150 prisoners were exchanged for 150.",
  ].join("\n");

  it("gives the day the issue came out, no event", () => {
    const found = days(text, "2025-03-15");
    expect(found.some((d) => d.includes("2025-03-15"))).toBe(false);
    expect(found).toContain("exchange 2025-03-13");
  });

  it("still reads a deed told on such a line", () => {
    const found = days("Bulletin: 90 prisoners exchanged today, 15 March 2025.", "2025-03-15");
    expect(found.some((d) => d.includes("2025-03-15"))).toBe(true);
  });
});

describe("days written after the span they fall in", () => {
  it("stay the stages the span is told by", () => {
    const found = days(
      "The swap ran in three stages between March 3 and March 6: the wounded on March 3, officers on March 5 and 200 a side on March 6.",
      "2025-03-09",
    );
    expect(found).toContain("exchange 2025-03-05");
  });
});

describe("stages counted, then told by their ordinals alone", () => {
  const text = [
    "Where does the swap stand?",
    "Four stages so far. The first, on the 3rd of March, carried the sick (90 each way). The second, two days later, was of young conscripts. The fourth came on 20 March and the third? Still in doubt.",
  ].join("\n");

  it("reads 'The first, on the 3rd of March' and 'The second, two days later' as stages", () => {
    const found = days(text, "2025-03-25");
    expect(found).toContain("exchange 2025-03-03");
    expect(found).toContain("exchange 2025-03-05");
  });

  it("leaves an ordinal whose noun the text named since as it was", () => {
    const found = days(
      "Three stages so far. Then came the second round of talks. The first, on the 3rd of March, was short.",
      "2025-03-25",
    );
    expect(found).not.toContain("exchange 2025-03-03");
  });
});

describe("talks held at a place with a possessive name", () => {
  it("reads 'talks, held at Geneva's Palais Wilson on 4 March' as talks, whatever was agreed there", () => {
    const found = days(
      "At the second round of direct talks, held at Geneva's Palais Wilson on 4 March, the sides agreed to swap 500 prisoners each and to return 2,000 bodies.",
      "2025-03-25",
    );
    expect(found).toContain("talks 2025-03-04");
  });

  it("does not take the words after a one-word place for more of its name", () => {
    const found = days(
      "A second stage of the swap agreed at the March 4 talks in Geneva took place on Friday.",
      "2025-03-10",
    );
    expect(found).toContain("exchange 2025-03-07");
    expect(found).not.toContain("talks 2025-03-07");
  });
});
