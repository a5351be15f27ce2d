// Figures spoken aloud and written down by speech-to-text ("three oh seven", "six ninety seven"),
// in our own wording: one figure each, not two.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { findNumbers } from "../../src/domain/numbers.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const read = (text: string) => findNumbers(text).map((m) => [m.text, m.n]);

describe("spoken figures", () => {
  it("joins a unit or teen word and a tens word into hundreds", () => {
    expect(read("they got two ninety back")).toContainEqual(["two ninety", 290]);
    expect(read("it was four fifty two a side")).toContainEqual(["four fifty two", 452]);
    expect(read("some fourteen eighty in all")).toContainEqual(["some fourteen eighty", 1480]);
    expect(read("then five oh six came home")).toContainEqual(["five oh six", 506]);
    expect(read("the count is fifty two twenty")).toContainEqual(["fifty two twenty", 5220]);
  });

  it("leaves clock times, compounds, round tens and plain hundreds alone", () => {
    expect(read("call me at two thirty")).toEqual([
      ["two", 2],
      ["thirty", 30],
    ]);
    expect(read("six forty-year-olds")).not.toContainEqual(["six forty", 640]);
    expect(read("back in twenty twenty")).not.toContainEqual(["twenty twenty", 2020]);
    expect(read("three hundred ninety")).toEqual([["three hundred ninety", 390]]);
  });

  it("a spoken wave figure is checked as the one figure said", () => {
    const got = factcheck(k, "REPORTER: um so today it's three ninety each side, buses are in", {
      refDate: "2025-05-23",
    }).claims.filter((c) => c.kind !== "day");
    expect(got.map((c) => [c.read, c.verdict])).toContainEqual(["three ninety", "supported"]);
  });
});

describe("a speaker taking figures back", () => {
  const claimed = (text: string, refDate: string) =>
    factcheck(k, text, { refDate })
      .claims.filter((c) => c.kind !== "day")
      .map((c) => [c.read, c.verdict]);

  it("'it's not X …, it's Y' drops X", () => {
    const got = claimed(
      "um quick fix to my last note, it's not 614 of ours back today it's 307 of ours, 614 counts both sides",
      "2025-05-24",
    );
    expect(got.map((g) => g[0])).toEqual(["307", "614"]);
    expect(got.map((g) => g[1])).not.toContain("contradicted");
  });

  it("'I've got them backwards' drops every figure said before it", () => {
    const got = claimed(
      "Friday came to 307 a side and today 390, wait, I have got them backwards, Friday was 390",
      "2025-05-24",
    );
    expect(got.map((g) => g[0])).not.toContain("307");
    expect(got.map((g) => g[1])).not.toContain("contradicted");
  });
});

describe("a span of days someone lived through", () => {
  it("'waited for N days' is a wait, not how long the exchange took", () => {
    const got = factcheck(
      k,
      'DAD\'S JOY: "I waited for 450 days" - Petro, 52, got his son back when the last bus came in today! That made 1,000 home in three days!',
      { refDate: "2025-05-25" },
    ).claims.filter((c) => c.kind !== "day");
    expect(got.map((c) => c.read)).not.toContain("450");
    expect(got.map((c) => c.verdict)).not.toContain("contradicted");
  });
});
