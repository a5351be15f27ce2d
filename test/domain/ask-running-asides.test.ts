// Six readings that stated a wrong figure as the answer on the fifteenth questions set, each put
// right by a general rule; the questions are written here in our own words.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);
const head = (a: AskAnswer) => a.line.split(" — ")[0] ?? "";

describe("a follow-up asking who was home by the end of the thread's wave", () => {
  it("gives the deal so far up to that wave, not that one day's count", () => {
    const a = ask(
      "Saturday's swap: how many came back?",
      "so by his count how many were home after that day?",
    );
    expect(head(a)).toMatch(/\b697\b/);
    expect(head(a)).not.toMatch(/\b307\b/);
  });
  it("still answers a plain follow-up about the wave with the wave's own figure", () => {
    const a = ask("Saturday's swap: how many came back?", "and how many of them were soldiers?");
    expect(head(a)).not.toMatch(/\b697\b/);
  });
});

describe("'that brings the total to?' after the waves one by one", () => {
  it("adds the waves up to the last one the thread named", () => {
    const a = ask(
      "how many Ukrainians came back on the first day of the big swap?",
      "second day?",
      "final day?",
      "which brings the total to?",
    );
    expect(head(a)).toMatch(/^1,000\b/);
  });
});

describe("does a running total take in a wave, asked without 'does' and ending 'or not'", () => {
  it("is a check the store cannot settle, not the wave's figure", () => {
    const a = ask("the 4552 figure cover the 24 may wave or not?");
    expect(a.line).toMatch(/does not hold/);
    expect(head(a)).not.toMatch(/\b307\b/);
  });
  it("reads a yes/no opened with a verb as before (no figure, 'or not' at the end)", () => {
    const a = ask("so was it Putin who proposed the talks or not");
    expect(a.asked).not.toBe("figure");
  });
});

describe("the war's running total asked as of the end of all three waves", () => {
  it("is not held as of the deal's last day; the latest before it is shown aside", () => {
    const a = ask("Ukrainians freed since the war began, once all three waves were done?");
    expect(a.line).toMatch(/does not hold/);
    expect(head(a).replace(/\([^)]*\)/g, "")).not.toMatch(/4,750|4,552/);
  });
});

describe("a quoted remark asked 'of what meeting' after a dash", () => {
  it("names the meeting the quote is about, not the dispute over how many meetings", () => {
    const a = ask("the 'perhaps the only tangible result' line from Zelensky – from which talks?");
    expect(a.asked).toBe("name");
    expect(head(a)).toMatch(/Istanbul/);
  });
  it("still asks a day when the dash asks one", () => {
    const a = ask("the 'perhaps the only tangible result' briefing – on which dates?");
    expect(a.asked).not.toBe("name");
  });
});

describe("talks 'held' are no one held in captivity", () => {
  it("answers when the last direct talks before Istanbul were, not a count of prisoners held", () => {
    const a = ask("when had Kyiv and Moscow last held face-to-face talks before Istanbul?");
    expect(a.asked).toBe("date");
    expect(head(a)).toMatch(/March 2022/);
  });
});
