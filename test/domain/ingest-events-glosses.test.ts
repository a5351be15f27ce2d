// Dates that look like events' days and are not: a bracketed weekday after a date, a figure
// after a dash, the day a law was voted (issue 14).
import { describe, expect, it } from "vitest";
import { findEventMentions } from "../../src/domain/ingest-events.ts";

const days = (text: string, published: string) =>
  findEventMentions(text, published).map(
    (m) => `${m.kind} ${m.from}${m.from === m.to ? "" : `..${m.to}`}`,
  );

describe("dates that gloss or are glossed", () => {
  it("takes a weekday in brackets after a date as that date, not a day of its own", () => {
    expect(
      days(
        "STAGES OF THE SWAP\n* July 8 (Tuesday): 140 for 140.\n* July 12 (Saturday): 75 for 75.",
        "2025-07-30",
      ),
    ).toEqual(["exchange 2025-07-08", "exchange 2025-07-12"]);
  });

  it("reads a figure after a dash as a figure, not the last day of a span", () => {
    const timeline =
      "CHRONOLOGY - An autumn of swaps\n\n(Wire) - Kyiv and Moscow have kept exchanging prisoners and returning the dead since the talks in October. The main steps:\n\nOct 14 - A stage of 84 for 84.\n\nOct 19 - 900 more bodies returned to Ukraine, 31 to Russia.\n\nOct 21 - 1,100 more bodies returned to Ukraine, 40 to Russia.";
    expect(days(timeline, "2025-10-26")).toEqual(["bodies 2025-10-19", "bodies 2025-10-21"]);
  });

  it("proposes no event on the day a law about returned captives was voted", () => {
    expect(
      days(
        "On 9 April, the parliament passed a law on pensions for soldiers who came home from captivity.",
        "2025-04-20",
      ),
    ).toEqual([]);
    expect(
      days(
        "On 11 April the president signed a decree on benefits for prisoners freed in exchanges.",
        "2025-04-20",
      ),
    ).toEqual([]);
  });
});

describe("stages told with the total they came to", () => {
  it("reads stages over a span with their total as one operation over the span", () => {
    const text =
      "The Geneva round, on August 4, was short. It led to four stages from August 9 to August 29, in which 612 wounded prisoners crossed each way.";
    expect(
      findEventMentions(text, "2025-10-01")
        .filter((m) => m.kind !== "talks")
        .map((m) => `${m.kind} ${m.from}..${m.to}`),
    ).toEqual(["deal 2025-08-09..2025-08-29"]);
  });
});

describe("a timeline's lines led by a spaced hyphen", () => {
  it("reads a line that names a round as talks on its day", () => {
    const text =
      "TIMELINE - An autumn of swaps\n\n(Wire) - Kyiv and Moscow have kept exchanging prisoners since the talks resumed. The main steps:\n\nSeptember 2 - 75 more bodies returned to Russia.\n\nSeptember 8 - Fourth round in Geneva, lasting two hours.\n\nSeptember 15 - Another 90 prisoners exchanged for 90.";
    expect(days(text, "2025-09-20")).toContain("talks 2025-09-08");
  });
});
