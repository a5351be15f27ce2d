// Where people were taken, asked or checked in other words ("went to", "sent in which country"),
// and asked of the deal when the store files it with one of its waves. Questions written here.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a place people 'went to', checked", () => {
  it("is checked against where the store says they were taken", () => {
    expect(ask("the freed russian soldiers went to belarus - true?").line).toMatch(
      /^Yes: .*Belarus/,
    );
    expect(ask("the freed russian soldiers went to moldova - true?").line).toMatch(
      /^No: .*Belarus/,
    );
  });
});

describe("a place asked of the deal", () => {
  it("is the one its wave holds, with that wave's day", () => {
    const a = ask("once the swap was over, into which country were the Russians sent?");
    expect(a.line).toMatch(/^Belarus: .* on May 24, 2025/);
  });
});
