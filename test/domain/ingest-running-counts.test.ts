import { describe, expect, it } from "vitest";
import { countBesideSeries, runningTotalTo } from "../../src/domain/ingest-refine.ts";
import { proposeArticle } from "../helpers/ingest.ts";

const sentenceOf = (text: string, figure: string) => {
  const at = text.indexOf(figure);
  const start = text.lastIndexOf(". ", at) < 0 ? 0 : text.lastIndexOf(". ", at) + 2;
  const stop = text.indexOf(".", at + figure.length);
  const end = stop < 0 ? text.length : stop + 1;
  return { sentence: { start, end, text: text.slice(start, end) }, at, to: at + figure.length };
};

function factsFor(text: string) {
  return proposeArticle(text, "2025-06-12").facts.map((f) => f.fact);
}

describe("a count since the war beside an exchange's place in the series", () => {
  it("hears it in the sentence that numbers the exchange", () => {
    const text =
      "Officials called Wednesday's handover the 70th exchange since 2022 and said 6,411 Ukrainians had now come home.";
    const { sentence, at, to } = sentenceOf(text, "6,411");
    expect(countBesideSeries(text, sentence, at, to)).toBe(true);
  });

  it("hears it in the next sentence of the paragraph when that opens on 'With it'", () => {
    const text =
      "The office called it the 58th swap since the full-scale invasion. With it, 4,980 Ukrainians have been freed.";
    const { sentence, at, to } = sentenceOf(text, "4,980");
    expect(countBesideSeries(text, sentence, at, to)).toBe(true);
    // Without the opener, the next sentence may tell of anything.
    const other =
      "The office called it the 58th swap since the full-scale invasion. On Wednesday 4,980 Ukrainians have been freed.";
    const o = sentenceOf(other, "4,980");
    expect(countBesideSeries(other, o.sentence, o.at, o.to)).toBe(false);
  });

  it("does not take an exchange's own figure, nor a series counted from no war", () => {
    const own = "It was the 70th exchange since 2022, and 84 Ukrainians came home on Wednesday.";
    const a = sentenceOf(own, "84");
    expect(countBesideSeries(own, a.sentence, a.at, a.to)).toBe(false);
    const season =
      "It was the fifth exchange since June and 640 Ukrainians had now come home in all.";
    const b = sentenceOf(season, "640");
    expect(countBesideSeries(season, b.sentence, b.at, b.to)).toBe(false);
  });

  it("files the count with the running totals, the exchange's figure with the exchange", () => {
    const facts = factsFor(
      "On June 11, 84 prisoners were released by each side. The headquarters called Wednesday's swap the 70th exchange since 2022 and said 6,411 Ukrainians had now come home.",
    );
    const total = facts.find((f) => f.value.type === "number" && f.value.n === 6411);
    expect(total?.eventId).toBe("tally-since-2022");
    expect(total?.measure).toBe("returned-since-2022");
    expect(total?.side).toBe("ukraine");
  });
});

describe("a running total taken to a figure", () => {
  it("reads 'taking its running total since 2022 to N' as the count since the war", () => {
    const text =
      "Since the talks on 2 June, the office has counted 900 Ukrainians home, taking its running total since 2022 to 6,555.";
    expect(runningTotalTo(text, 0, text.indexOf("6,555"))).toBe(true);
    expect(runningTotalTo(text, 0, text.indexOf("900"))).toBe(false);
    const fact = factsFor(text).find((f) => f.value.type === "number" && f.value.n === 6555);
    expect(fact?.eventId).toBe("tally-since-2022");
    expect(fact?.measure).toBe("returned-since-2022");
  });

  it("does not read a total taken to a figure under a deal as a running one", () => {
    const text = "The fourth stage brought the total under the June deal to 700.";
    expect(runningTotalTo(text, 0, text.indexOf("700"))).toBe(false);
  });
});

describe("a count of the story's events", () => {
  it("ties no headline 'Two exchanges' to whichever exchange the article dates", () => {
    const facts = factsFor(
      "Two exchanges and a handover\n\nOn June 11, 84 prisoners were released by each side.",
    );
    expect(facts.some((f) => f.value.type === "number" && f.value.n === 2)).toBe(false);
    expect(facts.some((f) => f.value.type === "number" && f.value.n === 84)).toBe(true);
  });
});
