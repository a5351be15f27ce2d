// The day a claimant's running total is as of, asked for a chart note or a caption: the as-of
// day its quote gives, never the day the claimant was founded. Questions written here.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("the as-of day of a named claimant's total", () => {
  it("is the day its latest total is as of, quoted", () => {
    const a = ask("which 'as of' date do we put on the HQ's count in the graphic?");
    expect(a.line).toMatch(/^May 23, 2025: more than 4,750 is as of then/);
    expect(a.line).not.toMatch(/^March 2022/);
  });

  it("is asked in a follow-up as well", () => {
    const a = ask(
      "most recent count of Ukrainians brought home since 2022?",
      "which date goes on the coordination headquarters figure?",
    );
    expect(a.line).toMatch(/^May 23, 2025/);
  });
});

describe("which date goes on an exchange in a table", () => {
  it("asks its day, not its figure", () => {
    const a = ask("for the table, which date goes on the early-May 205-a-side swap?");
    expect(a.line).toMatch(/May 6, 2025/);
    expect(a.line).not.toMatch(/^205/);
  });
});
