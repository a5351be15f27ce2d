// Dates that are not events of their own (issue: fresh15's three invented events): two days
// joined by "and" read as a span between them, one man's day inside an exchange's span, and the
// line that names a round-up's own issue.
import { describe, expect, it } from "vitest";
import { findEventMentions } from "../../src/domain/ingest-events.ts";

const days = (text: string, published: string) =>
  findEventMentions(text, published).map((m) =>
    m.from === m.to ? `${m.kind} ${m.from}` : `${m.kind} ${m.from}..${m.to}`,
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
    expect(found.some((d) => d.startsWith("exchange 2025-03-03") || d.includes(".."))).toBe(true);
    expect(found).not.toEqual(["exchange 2025-03-03", "exchange 2025-03-06"]);
  });
});

describe("a day inside a span the same sentence gives", () => {
  it("is one man's homecoming, not an exchange of its own", () => {
    const found = days(
      "Sergeant Ivan Melnyk crossed the border on Tuesday, the 4th, one of 300 prisoners freed over four days, 3-6 March, in the second stage of the swap.",
      "2025-03-09",
    );
    expect(found).toEqual(["deal 2025-03-03..2025-03-06"]);
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
