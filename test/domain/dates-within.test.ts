import { describe, expect, it } from "vitest";
import { datesWithin } from "../../src/domain/check/read/dates-within.ts";
import type { DateInfo } from "../../src/domain/check/read/draft-dates.ts";

const day = (start: number, end: number): DateInfo => ({
  start,
  end,
  text: "x".repeat(end - start),
  date: "2024-03-01",
  range: null,
  since: false,
  basis: "draft",
});

describe("datesWithin", () => {
  it("gives the days inside a span, in order, from a sorted list", () => {
    const days = [day(0, 5), day(10, 15), day(14, 30), day(20, 25), day(40, 45)];
    expect(datesWithin(days, 10, 30).map((d) => d.start)).toEqual([10, 14, 20]);
    expect(datesWithin(days, 11, 24)).toEqual([]);
    expect(datesWithin(days, 0, 100)).toHaveLength(5);
  });

  it("walks every day when the list is not sorted", () => {
    const days = [day(20, 25), day(0, 5), day(12, 18)];
    expect(datesWithin(days, 10, 30).map((d) => d.start)).toEqual([20, 12]);
  });
});
