// Social threads and tabloid copy, in our own wording: a day's label after a quoted post, and a
// running "haul" taken to a figure.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { splitSentences } from "../../src/domain/check/read/sentences.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const claimed = (text: string, refDate: string) =>
  factcheck(k, text, { refDate })
    .claims.filter((c) => c.kind !== "day")
    .map((c) => [c.read, c.verdict]);

describe("a day's label after a quoted post", () => {
  it("starts a sentence of its own, so the quote's figure keeps its own day", () => {
    const text = '3/4 RT @desk: "Another 307 soldiers are back home" 🇺🇦 Tomorrow: the final 303.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '3/4 RT @desk: "Another 307 soldiers are back home" 🇺🇦',
      "Tomorrow: the final 303.",
    ]);
    expect(claimed(text, "2025-05-24").map((g) => g[1])).not.toContain("contradicted");
  });

  it("leaves a day after a word, as in 'said on Monday:', in its sentence", () => {
    expect(splitSentences('Kyiv said on Monday: "we freed 390".')).toHaveLength(1);
  });
});

describe("a tabloid's haul", () => {
  it("'taking the two-day haul to N each' is the deal so far", () => {
    const got = claimed(
      "SCOOP: 307 of ours traded for 307 of theirs today, taking the two-day haul to 697 EACH!",
      "2025-05-24",
    );
    expect(got).toContainEqual(["697", "supported"]);
    expect(got.map((g) => g[1])).not.toContain("contradicted");
  });
});

describe("a day after an arrow", () => {
  it("'Wave 2 → Saturday: 307' stays one sentence", () => {
    expect(splitSentences("Wave 2 → Saturday: 307.")).toHaveLength(1);
  });
});
