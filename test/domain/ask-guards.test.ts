// The answer's kind, side, day and event must be the question's: questions written here.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);
/** The asserted part of a first line: before " — ", outside brackets. */
const head = (a: AskAnswer) => (a.line.split(" — ")[0] ?? "").replace(/\([^)]*\)/g, " ");
/** Figures stated, days and years left out. */
const figuresIn = (s: string) =>
  (
    s
      .replace(/\b[A-Z][a-z]+ \d{1,2}(?:[–-]\d{1,2})?,? \d{4}\b/g, " ")
      .replace(/\b(?:19|20)\d\d\b/g, " ")
      .match(/\d[\d,]*/g) ?? []
  ).map((x) => Number(x.replace(/,/g, "")));

describe("the kind asked", () => {
  it("answers a name question with a name, never a figure", () => {
    const a = ask("which ukrainian minister was in charge of overseeing the exchange - name?");
    expect(a.line).toMatch(/^Rustem Umerov/);
  });
  it("reads 'the first … or the second?' as a place in a series, not a running total", () => {
    const a = ask("the istanbul meeting: first direct meeting of the war, or the second?");
    expect(a.asked).toBe("ordinal");
    expect(a.line).not.toMatch(/4,552|4,750/);
  });
  it("reads 'which leg of the deal was …' as an ordinal", () => {
    expect(ask("which leg of the 1000 swap was the 303 one?").line).toMatch(/3rd wave/);
  });
});

describe("a difference is two stored figures, both shown", () => {
  it("takes one wave from another", () => {
    const a = ask("how much larger was the second wave than the third, for each side?");
    expect(a.line).toMatch(/^4 more/);
    expect(a.line).toMatch(/307/);
    expect(a.line).toMatch(/303/);
  });
  it("names the two waves mid-sentence as a sentence would", () => {
    const a = ask("how much bigger was the first wave than the last, per side?");
    expect(a.line).toMatch(/in the first wave of the 1,000-for-1,000 exchange, May 23, 2025/);
    expect(a.line).not.toMatch(/the the|First wave/);
  });

  it("takes one named figure from another", () => {
    const a = ask("what is the gap between the 3,672 and 4,552 totals?");
    expect(a.line).toMatch(/^880 apart/);
  });
  it("is not sure, rather than give one figure, when it cannot tell the two", () => {
    const a = ask("how much more was it this time?");
    expect(a.status).not.toBe("answered");
    expect(figuresIn(head(a))).toEqual([]);
  });
});

describe("side, as-of day and event", () => {
  it("does not give Ukraine's running total for Russia's side", () => {
    const a = ask("how many russians have gone home to russia since the invasion?");
    expect(a.status).toBe("not-held");
    expect(a.line).not.toMatch(/4,552|4,750/);
  });
  it("says a day with no stored count is not held, the nearest counts in brackets", () => {
    const a = ask("how many ukrainians were home by the end of 2023?");
    expect(a.status).toBe("not-held");
    expect(figuresIn(head(a))).toEqual([]);
  });
  it("does not answer a count within a year with a running total", () => {
    const a = ask("how many exchanges happened during 2024?");
    expect(a.status).toBe("not-held");
    expect(figuresIn(head(a))).toEqual([]);
  });
  it("reads 'all up over the three days' as the whole deal, after a thread about one day", () => {
    const a = ask(
      "how many ukrainians got home on the 24th?",
      "and the final day?",
      "so how many all up over the three days?",
    );
    expect(a.line).toMatch(/^1,000/);
  });
  it("reads a Russia-side 'has received' as Russia's", () => {
    const a = ask("how many civilians Russia has received on the first day?");
    expect(a.line).toMatch(/Russia received 120 civilians/);
  });
});

describe("plans, agreements and announcements", () => {
  it("answers what is to come only from stored plans", () => {
    for (const q of [
      "when will the next swap happen?",
      "when is the next meeting of the delegations?",
    ]) {
      const a = ask(q);
      expect(a.status, q).toBe("not-held");
      expect(a.line, q).not.toMatch(/May \d/);
    }
  });
  it("dates an agreement by the day it was agreed, not the day it began", () => {
    const a = ask("when was the thousand-for-thousand swap agreed on?");
    expect(a.line).toMatch(/^May 16, 2025/);
  });
  it("does not date a thing promised by the day it was promised", () => {
    const a = ask("when did moscow deliver the ceasefire draft to kyiv?");
    expect(a.status).toBe("not-held");
    expect(head(a)).not.toMatch(/May 23/);
    expect(ask("when did lavrov announce the ceasefire draft?").line).toMatch(/May 23, 2025/);
  });
});

describe("what the store holds, asked in other words", () => {
  it("puts a bare 'where?' to the question before it", () => {
    expect(ask("when did they agree the 1000-for-1000 deal?", "where?").line).toMatch(/^Istanbul/);
  });
  it("reads 'which country did … go to' as where they were taken", () => {
    expect(ask("which country were the freed russians sent to?").line).toMatch(/^Belarus/);
  });
});
