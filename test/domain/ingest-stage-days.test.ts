// Days of a staged exchange told through its stages: counted from a stage whose day was given,
// a span told by its first and last stage, and the day a count of stages starts (issue 14).
import { describe, expect, it } from "vitest";
import { findEventMentions } from "../../src/domain/ingest-events.ts";

const days = (text: string, published: string) =>
  findEventMentions(text, published).map((m) =>
    m.from === m.to ? `${m.kind} ${m.from}` : `${m.kind} ${m.from}..${m.to}`,
  );

describe("days told through the stages of an exchange", () => {
  it("counts 'three days after the first stage' from the day that stage was given", () => {
    const text = [
      "The opening stage of the swap, agreed at the Geneva round, is behind us.",
      "The first stage, on August 4, brought home 150 privates; the next day 90 sick men followed.",
      "Three days after the first stage, Russia handed over the remains of 600 soldiers and received 20.",
    ].join("\n\n");
    const found = days(text, "2025-08-12");
    expect(found).not.toContain("exchange 2025-08-08");
    expect(found).not.toContain("bodies 2025-08-08");
    expect(found.some((d) => d.endsWith(" 2025-08-07"))).toBe(true);
  });

  it("reads that day's deed from the rest of its clause, not from the stage it counts from", () => {
    const text = [
      "The first stage, on August 4, brought home 150 privates.",
      "Three days after the first stage, Russia handed over the bodies of 600 soldiers.",
    ].join("\n\n");
    const found = days(text, "2025-08-12");
    expect(found).toContain("bodies 2025-08-07");
    expect(found).not.toContain("exchange 2025-08-07");
  });

  it("reads 'in four stages, the first on … and the last on …' as one exchange over the span", () => {
    const text =
      "The autumn swap ran in four stages, the first on 2 October and the last on 24 October, and freed 800 a side.";
    const found = days(text, "2025-11-05");
    expect(found).toContain("deal 2025-10-02..2025-10-24");
    expect(found).not.toContain("exchange 2025-10-02");
    expect(found).not.toContain("exchange 2025-10-24");
  });

  it("takes the day a count of stages runs from as no event", () => {
    const text =
      "After the fix, the number of soldiers returned over the first two stages, from October 2, stands at 410.";
    expect(days(text, "2025-10-20")).toEqual([]);
  });
});
