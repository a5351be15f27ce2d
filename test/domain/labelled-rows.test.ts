// Lists whose lines are a day and a figure alone, under a heading that says what they count
// (chart data, an FAQ's answer): each figure is read with its line's day and the heading's noun.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { headingWords } from "../../src/domain/check/read/labelled-rows.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const verdicts = (text: string, refDate: string | null = null) =>
  factcheck(k, text, { refDate }).claims.map((c) => [c.read, c.verdict, c.right ?? null]);

describe("a list of days and figures under a heading that names the count", () => {
  it("takes each figure's day from its label and its count from the heading", () => {
    expect(
      verdicts(
        "How many soldiers and civilians got back?\n- 23 May: 390\n- 24 May: 370\n",
        "2025-05-28",
      ),
    ).toEqual([
      ["23 May", "supported", null],
      ["390", "supported", null],
      ["24 May", "supported", null],
      ["370", "contradicted", "307"],
    ]);
  });

  it("reads a label of a day's number and weekday, and puts a wrong day right", () => {
    const got = verdicts(
      "Prisoners each side handed over, day by day\n1. Day 1 (Friday) — 390\n2. Day 3 (Monday) — 303\n",
      "2025-05-27",
    );
    expect(got).toContainEqual(["390", "supported", null]);
    expect(got).toContainEqual(["303", "supported", null]);
    expect(got).toContainEqual(["Monday", "contradicted", "May 25, 2025"]);
  });

  it("reads the swaps of a chart that only says 'per side', each with its year from the archive", () => {
    expect(verdicts("Last winter's and spring's swaps, per side\nMar 19 — 157\n")).toContainEqual([
      "157",
      "contradicted",
      "175",
    ]);
  });

  it("leaves the figures unread when the heading does not say what they count", () => {
    const got = verdicts("What happened when?\n• 23 May: 390\n• 24 May: 370\n", "2025-05-28");
    expect(got.filter((c) => c[1] === "contradicted")).toEqual([]);
  });

  it("leaves a line alone when its label says more than a day", () => {
    const got = verdicts("Ukrainians back home\n• 24 May, by Russia's count: 370\n", "2025-05-28");
    expect(got.find((c) => c[0] === "370")).toBeUndefined();
  });
});

describe("a wave's label and a figure alone", () => {
  it("reads the figure as the wave's size, on either side's count or both together", () => {
    const got = verdicts("Stage one: 390\nStage two: 614\nLast day: 330\n", "2025-05-27");
    expect(got).toContainEqual(["390", "supported", null]);
    // 614 is both sides of the second wave together, which the store can tell.
    expect(got).toContainEqual(["614", "supported", null]);
    expect(got).toContainEqual(["330", "contradicted", "303"]);
  });

  it("reads a bare ordinal after a wave named before it on the same line", () => {
    const got = verdicts("First stage: 390. Second: 370. Third: 303.", "2025-05-27");
    expect(got).toContainEqual(["370", "contradicted", "307"]);
    expect(got).toContainEqual(["303", "supported", null]);
  });

  it("judges each cell of a line of waves alone, with its own wave", () => {
    expect(verdicts("» Wave 1: 390 | Wave 2: 307 | Wave 3: 330", "2025-05-27")).toEqual([
      ["390", "supported", null],
      ["307", "supported", null],
      ["330", "contradicted", "303"],
    ]);
  });

  it("takes what the figures count from a heading above a list of waves", () => {
    expect(verdicts("Civilians among the freed\nFirst wave: 120\n", "2025-05-27")).toEqual([
      ["120", "disputed", null],
    ]);
  });

  it("leaves an ordinal alone that follows no wave, and a label that is not a wave", () => {
    const got = verdicts("Second: 370\nThe busiest day: 370\n", "2025-05-27");
    expect(got.filter((c) => c[1] === "contradicted")).toEqual([]);
  });
});

describe("a card's count of an exchange's waves or days, alone on its line", () => {
  it("reads 'N — waves' and 'Days: N' as the exchange's, under lines about a swap", () => {
    const got = verdicts("The big swap at a glance\n3 — waves\nDays: five\n", "2025-05-27");
    expect(got).toContainEqual(["3", "supported", null]);
    expect(got).toContainEqual(["five", "contradicted", "3"]);
  });

  it("reads an infobox's 'Legs: four' below the exchange it describes", () => {
    expect(verdicts("Prisoner exchange of May 2025\nLegs: four\n", "2025-05-28")).toContainEqual([
      "four",
      "contradicted",
      "3",
    ]);
  });

  it("leaves the count alone on a card that names no exchange above it", () => {
    expect(verdicts("Our week in Kyiv\n4 — days\n", "2025-05-27")).toEqual([]);
  });

  it("leaves a line alone that says more than the unit", () => {
    const got = verdicts("The swap at a glance\n9 — days since the talks\n", "2025-05-27");
    expect(got.filter((c) => c[1] === "contradicted")).toEqual([]);
  });
});

describe("what a list's heading says its figures count", () => {
  it("keeps the noun and its verb, and drops the words that say what one line is", () => {
    expect(headingWords("How many people got out on each day?")).toBe("people got out freed");
    expect(headingWords("Chart: civilians returned per swap, three swaps")).toBe(
      "civilians returned",
    );
  });

  it("keeps a side the heading gives after its noun's clause", () => {
    expect(headingWords("Prisoners released, by each side")).toBe(
      "prisoners released by each side",
    );
  });

  it("reads a list of swaps 'per side' as the prisoners each side freed", () => {
    expect(headingWords("Swaps this year, per side (chart data)")).toBe("prisoners per side freed");
  });

  it("says nothing of a heading that counts no one, or that holds figures of its own", () => {
    expect(headingWords("Swaps this year")).toBeNull();
    expect(headingWords("Key dates")).toBeNull();
    expect(headingWords("People freed in 3 waves")).toBeNull();
  });
});
