// A day counted from another event, set off after the day it glosses, is that day.
import { describe, expect, it } from "vitest";
import { findSourceDates } from "../../src/domain/ingest-events.ts";

const dayOf = (text: string, words: string, published: string) =>
  findSourceDates(text, published).find((d) => d.text === words)?.date;

describe("a count of days glossing the day before it", () => {
  it("takes 'yesterday, nine days after the first stage' as yesterday", () => {
    const text =
      "The third stage, which took place yesterday, nine days after the first stage, freed 95.";
    expect(dayOf(text, "nine days after", "2025-07-12")).toBe("2025-07-11");
  });
});
