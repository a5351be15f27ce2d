// A running total's start put forward for a yes or no, and a figure asked to be of one group
// alone. Questions written here.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a start put forward for a running total", () => {
  it("is a no when the total's quote counts from another month", () => {
    const a = ask("is the 4,750 tally counted from february 2022?");
    expect(a.line).toMatch(/^No: counted since March 2022/);
  });

  it("is a yes when the quote counts from that month", () => {
    const a = ask("does the 4,552 figure run from February 2022?");
    expect(a.line).toMatch(/^Yes: counted since February 2022/);
  });
});

describe("a figure asked to be of one group alone", () => {
  it("is a no when its quote counts soldiers and civilians together", () => {
    const a = ask("that 4,552 total, is it just servicemen?");
    expect(a.line).toMatch(/^No: the 4,552 counts military and civilians/);
  });

  it("leaves a figure whose sources differ on it as the disagreement", () => {
    const a = ask("were the 390 freed on the first day all prisoners of war?");
    expect(a.line).not.toMatch(/^(?:No|Yes)\b/);
  });
});
