// Wrong or figure-only answers on the later questions sets (issue 12), each fixed by a general
// reading; the questions here are written in our own words, with other days and figures.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("whether a running total counts an exchange", () => {
  it("says it is not held when the exchange is named by words, not by its figure", () => {
    const a = ask("does the 4,552 already cover the last day of the big swap?");
    expect(a.status).toBe("not-held");
    expect(a.line).not.toMatch(/4,750|303/);
  });
  it("says it is not held when the part's figure comes after a day's name", () => {
    const a = ask("is Saturday's 307 counted in the 4,750?");
    expect(a.status).toBe("not-held");
    const b = ask("does 4,750 take in Saturday's 307?");
    expect(b.status).toBe("not-held");
  });
});

describe("'ok to keep?' after copy is a check", () => {
  it("checks the copy, never states the exchange's figures bare", () => {
    const a = ask("the desk put '246 each side' on the april 19 swap - fine to keep?");
    expect(a.line).toMatch(/^Yes\b/);
  });
});

describe("a place in one year's run of exchanges", () => {
  it("says no, with the sources' number, to a wrong place", () => {
    const a = ask("the strap calls the early-May swap 'the second exchange of 2025' - ok to keep?");
    expect(a.line).toMatch(/^No\b/);
    expect(a.line).toMatch(/5th/);
  });
  it("says yes to the sources' place, the disputed day shown after it", () => {
    const a = ask("graphic reads '5th swap in 2025' for the may 6 exchange - ok?");
    expect(a.line).toMatch(/^Yes: the 5th exchange of 2025/);
    expect(a.line).toMatch(/disputed/);
  });
});
