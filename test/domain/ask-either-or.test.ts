// A question that offers two readings of one claim ("was it A or B?"): each checked on its own.
// Questions written here.
import { describe, expect, it } from "vitest";
import { eitherOrOf } from "../../src/domain/ask/either-or.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());

describe("the two readings of an either-or question", () => {
  it("splits at the word both choices open with", () => {
    expect(eitherOrOf("was the tally 57 by mid-2024 or by September 2024?")).toEqual({
      prefix: "was the tally 57",
      a: "by mid-2024",
      b: "by September 2024",
    });
  });

  it("offers none for a question that asks which, or for two bare figures", () => {
    expect(eitherOrOf("which came first, the April swap or the March one?")).toBeNull();
    expect(eitherOrOf("was it 390 or 307 on the first day?")).toBeNull();
  });

  it("gives the reading that holds, never a bare yes", () => {
    const a = askThread(k, [
      "is 57 the tally of exchanges by mid-2024 or by September 2024? I had 54 in my notes",
    ]);
    expect(a.line).toMatch(/^By September 2024, not by mid-2024 — /);
  });
});

describe("a number in the war's series said with a month", () => {
  it("is a no when the month is not that of the numbered exchange", () => {
    const a = askThread(k, ["was the 49th prisoner exchange the one from May 2025?"]);
    expect(a.line).toMatch(/^No\b/);
  });

  it("gives the numbered exchange's day with a yes", () => {
    const a = askThread(k, ["was the 49th prisoner exchange the one in January 2024?"]);
    expect(a.line).toMatch(/^Yes: .*January 3, 2024/);
  });
});
