import { describe, expect, it } from "vitest";
import { looseFigure } from "../../src/domain/ingest-loose-figures.ts";
import { proposeArticle } from "../helpers/ingest.ts";

const why = (text: string, figure: string) => {
  const start = text.indexOf(figure);
  return looseFigure(text, start, start + figure.length);
};

const figures = (text: string, published: string) =>
  proposeArticle(text, published, "Lakeside Courier")
    .facts.map((f) => f.fact.value)
    .map((v) => (v.type === "number" ? v.n : null));

describe("a length of time with a word before its unit", () => {
  it("is how long, not how many", () => {
    expect(why("18 Mar: 220 for 220, over two successive days.", "two")).toBe(
      "how long, not how many",
    );
    expect(why("The men were questioned for four straight weeks.", "four")).not.toBeNull();
  });

  it("leaves a count of people before such words alone", () => {
    expect(why("On 18 March 220 prisoners were freed over two days.", "220")).toBeNull();
  });

  it("is no fact of the exchange the line tells", () => {
    const text = "Exchanges this spring:\n- 17-18 Mar: 220 for 220, over two successive days.";
    expect(figures(text, "2025-03-25")).not.toContain(2);
  });
});

describe("rough sizes set against each other by place", () => {
  it("counts no one in 'a thousand here, a few hundred there'", () => {
    const text = "Swaps have come steadily: a thousand here, a few hundred there.";
    expect(why(text, "thousand")).toBe("a manner of speaking, not a count");
    expect(why(text, "hundred")).toBe("a manner of speaking, not a count");
  });

  it("still reads 'freed there' after a figure that counts people", () => {
    expect(why("Some 300 prisoners were freed there on Friday.", "300")).toBeNull();
  });
});
