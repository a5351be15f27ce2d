// Whose day a day is: the event a sentence writes about is not the day it was written about
// on, and a wave the words name bears out the day told with it.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const read = (text: string, refDate: string | null = null) =>
  factcheck(k, text, { refDate }).claims.map((c) => [c.read, c.verdict]);

describe("the day of writing about an event", () => {
  it("'wrote about the talks on May 21' is the writing's day, not the talks'", () => {
    expect(read("Zelensky wrote about the Istanbul talks on May 21, 2025.")).toEqual([]);
    expect(
      read('A columnist dates his article about "the talks in Istanbul" to May 18, 2025.'),
    ).toEqual([]);
    // The talks' own day is still checked.
    expect(read("The Istanbul talks were held on May 18, 2025.")).toEqual([
      ["May 18, 2025", "contradicted"],
    ]);
  });
});

describe("a wave the words name", () => {
  it("'a third group of 307 on 25 May' puts the figure right, not the day", () => {
    // Each figure is the store's for the day before the one told with it, but the words
    // name the wave of the first day: that day is right, and its figure is the slip.
    const got = read("A third group of 307 crossed on 25 May, after 390 on 24 May.", "2025-05-28");
    expect(got).toContainEqual(["307", "contradicted"]);
    expect(got).toContainEqual(["25 May", "supported"]);
    expect(got).not.toContainEqual(["24 May", "contradicted"]);
  });
});
