// A card's figure alone on its line, with what it counts opening the line below it.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { joinCardFigures } from "../../src/domain/check/read/card-figures.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());

describe("a card's lone figure and the line under it", () => {
  it("reads the figure with the noun that opens the next line", () => {
    const [figure] = factcheck(
      k,
      "THE NUMBER: 1,394\nUkrainians home after the first two days, the president said.",
      { refDate: "2025-05-24" },
    ).claims.filter((c) => c.read.startsWith("1,394"));
    expect(figure).toMatchObject({
      verdict: "contradicted",
      right: "697",
      claim: "1,394 Ukrainians",
    });
  });

  it("joins the lines without moving any offset", () => {
    const text = "KEY FIGURE: 205\nPrisoners each side freed in early May";
    expect(joinCardFigures(text)).toBe(text.replace("\n", " "));
  });

  it("leaves the lines apart when the next one does not open with whom it counts", () => {
    for (const text of [
      "KEY FIGURE: 205\nFriday: 390",
      "205\nSwaps so far this year",
      // A label that names the count is the figure's own words; the next line is another item.
      "Ukrainians back: 390\nPeople crossing both ways: 780",
      "Freed today: 390\nCivilians among them: 120",
    ])
      expect(joinCardFigures(text)).toBe(text);
  });
});

describe("a card's line whose label is the deed, with the figure alone after it", () => {
  it("counts the people the label says were freed, and is put right", () => {
    const got = factcheck(k, "Swap tracker\nFreed by each side on day one: 309\n", {
      refDate: "2025-05-24",
    }).claims.find((c) => c.read === "309");
    expect(got).toMatchObject({ verdict: "contradicted", right: "390" });
  });

  it("leaves a label that is no deed as loose as before: matched, never put right", () => {
    const got = factcheck(k, "Swap tracker\nOn the first day: 309\n", {
      refDate: "2025-05-24",
    }).claims.find((c) => c.read === "309");
    expect(got?.verdict).not.toBe("contradicted");
  });
});
