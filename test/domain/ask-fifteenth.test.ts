// Wrong figures stated on the twelfth questions set (fresh11, issue 12), each fixed by a general
// reading; the questions here are written in our own words, with other days and figures.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { tidy } from "../../src/domain/ask/read.ts";
import { yearWordsAsDigits } from "../../src/domain/ask/year-words.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a year said in words, as a dictated question says it", () => {
  it("reads the year after a word of time or a month", () => {
    expect(yearWordsAsDigits("as of july twenty twenty-three")).toBe("as of july 2023");
    expect(yearWordsAsDigits("since twenty nineteen")).toBe("since 2019");
    expect(yearWordsAsDigits("at the end of twenty twenty")).toBe("at the end of 2020");
  });
  it("leaves a count said in words alone", () => {
    expect(yearWordsAsDigits("twenty twenty-four people")).toBe("twenty twenty-four people");
  });
  it("gives the running total as of that year, never the latest one", () => {
    const a = ask("how many ukrainians had come back by september twenty twenty-four");
    expect(a.line).not.toMatch(/4,750|4,552/);
    expect(a.line).toMatch(/3,672/);
  });
  it("gives the count of exchanges as of mid-year, not the latest", () => {
    const a = ask("the number of swaps by the middle of twenty twenty four?");
    expect(a.line).not.toMatch(/\b64\b/);
  });
  it("does not give a running count for exchanges within one year", () => {
    const a = ask("swaps held during twenty twenty four - how many?");
    expect(a.line).not.toMatch(/\b64\b/);
    expect(a.status).toBe("not-held");
  });
});

describe("a place in a series asked with no verb after it", () => {
  it("gives the wave's place, not its figure", () => {
    const a = ask("May 25 - which stage of the deal, for the timeline label?");
    expect(a.line).toMatch(/^The 3rd wave/);
    expect(a.line).not.toMatch(/\b303\b/);
  });
  it("gives the meeting's place in the series of talks, not a running total", () => {
    const a = ask("the Istanbul meeting - which round of face-to-face talks, for the graphic?");
    expect(a.line).not.toMatch(/4,750|4,552/);
    expect(a.line).toMatch(/second/);
  });
});

describe("a figure read aloud as hundreds then tens", () => {
  it("reads 'three ninety' and 'two twenty-five' as one figure each", () => {
    expect(tidy("were three ninety freed")).toBe("were 390 freed");
    expect(tidy("two twenty-five each side?")).toBe("225 each side?");
  });
  it("reads the thousands said before them, 'for' heard for 'four'", () => {
    expect(tidy("is it four thousand six forty")).toBe("is it 4,640");
    expect(tidy("for thousand three twenty in all")).toBe("4,320 in all");
  });
  it("leaves a tens word before 'hundred' to the figure reader", () => {
    expect(tidy("two twenty-somethings")).toBe("two twenty-somethings");
  });
  it("checks the whole figure, not its tens alone", () => {
    const a = ask("were two fifty drones sent over on the 24th, right?");
    expect(a.line).not.toMatch(/not fifty/);
  });
});
