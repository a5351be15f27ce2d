// Issue 12: a check says yes only when every part of the claim is borne out. A place in a series
// the store cannot check leaves the answer "only in part", the part that is right still said.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

const caption = "our caption reads 'fourth exchange of 2025' for the may 23 swap - fine to run?";

describe("a place in the year said with a right day", () => {
  it("is no plain yes: the day is said right, the place not confirmed", () => {
    const a = ask(caption);
    expect(a.line).toMatch(/^Only in part: May 23, 2025\b/);
    expect(a.line).toMatch(/nothing in the store confirms “fourth”/);
    expect(a.status).toBe("unsure");
  });
  it("is never turned into a no", () => {
    expect(ask(caption).line).not.toMatch(/^No\b/);
  });
  it("keeps a yes on a place the sources give", () => {
    expect(ask("was the 64th exchange on May 23?").line).not.toMatch(/^Only in part\b/);
  });
});

describe("a day said of where a deal was agreed", () => {
  it("is a no when the talks were on another day, the right day shown", () => {
    const a = ask("is it right that the swap was agreed at the istanbul talks on may 17?");
    expect(a.line).toMatch(/^No\b/);
    expect(a.line).toMatch(/May 16, 2025/);
  });
  it("stays a yes on the right day", () => {
    const a = ask("is it right that the swap was agreed at the istanbul talks on may 16?");
    expect(a.line).toMatch(/^Yes\b/);
  });
});
