// Translated copy groups thousands with a plain space ("4 552"); the grouping is dropped only
// after a month or another figure, never after a word that merely begins like a month.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const claims = (text: string) =>
  factcheck(k, text, { refDate: "2025-05-26" }).claims.filter((c) => c.kind !== "day");

describe("a spaced thousand after a word like a month", () => {
  it("'the ombudsman marks 4 552 …' reads 4 552 whole", () => {
    const got = claims("Since February 2022 the ombudsman marks 4 552 people brought home.");
    expect(got.map((c) => c.read)).toContain("4 552");
    expect(got.map((c) => c.verdict)).not.toContain("contradicted");
  });

  it("a real month's day still keeps its own figure apart", () => {
    const got = claims("On Mar. 19 175 were freed by each side.");
    expect(got.map((c) => c.read)).not.toContain("19 175");
  });
});

describe("a numbered step before a figure", () => {
  it("'stage 2 614 both ways' keeps the stage's number apart from its figure", () => {
    const got = claims("Chart notes: stage 2 614 both ways, stage 3 606 both ways.");
    expect(got.map((c) => c.read)).not.toContain("2 614");
    expect(got.map((c) => c.read)).not.toContain("3 606");
  });
});
