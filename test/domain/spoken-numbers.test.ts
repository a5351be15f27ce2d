// Hundreds said aloud, as a speech-to-text memo renders them: "two sixty" is 260, "four oh
// nine" is 409. Each sentence is written for this file; the readings are worked out by hand.
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/domain/numbers.ts";

const read = (text: string) =>
  findNumbers(text)
    .filter((m) => m.kind === "cardinal")
    .map((m) => `${m.text}=${m.n}`);

describe("spoken hundreds are one figure", () => {
  it.each([
    ["the desk heard two sixty came back on the first bus", ["two sixty=260"]],
    [
      "then five eighty two a side, and fourteen sixty four all in",
      ["five eighty two=582", "fourteen sixty four=1464"],
    ],
    ["he said four oh nine, not four ninety", ["four oh nine=409", "four ninety=490"]],
    ["the count is now over fifty two forty since the war began", ["over fifty two forty=5240"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("clock times, years and compounds are not spoken hundreds", () => {
  it.each([
    ["the buses left at five forty", ["five=5", "forty=40"]],
    ["call back around two fifty p.m. please", ["around two=2", "fifty=50"]],
    ["they asked for two sixty-day pauses", ["two=2", "sixty=60"]],
    ["back in twenty twenty-three it was quieter", ["twenty=20", "twenty-three=23"]],
    ["a man of four seventy years? no", ["four=4", "seventy=70"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
