// Wrong figures stated on the eleventh questions set (fresh10, issue 12), each fixed by a general
// reading; the questions here are written in our own words, with other days and figures.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("words that set the scene before the question are set aside", () => {
  it("answers the question after a label and a colon, not with a figure", () => {
    const a = ask("Notes for the anchor: what did Zelensky post on the last day?");
    expect(a.line).not.toMatch(/\b303\b/);
    expect(a.status).toBe("not-held");
  });
  it("answers the question after a clause and a dash", () => {
    const a = ask(
      "For the opening paragraph - what day did the two delegations agree the 1,000-for-1,000?",
    );
    expect(a.line).toMatch(/^May 16, 2025/);
  });
  it("keeps a scene that names what the question is about", () => {
    const a = ask("wrap-up for May 25: how many people came home?");
    expect(a.line).toMatch(/\b303\b/);
  });
  it("keeps a name said before a dash", () => {
    expect(ask("peskov - which side is he on?").line).not.toMatch(/^\d/);
  });
  it("keeps a follow-up's words before a dash", () => {
    const a = ask(
      "How many drones did Russia launch the night before the May 24 exchange?",
      "and were people killed in this raid — how many?",
    );
    expect(a.line).not.toMatch(/\b250\b/);
  });
});

describe("a place in the series asked in other words", () => {
  it("reads 'which by order' as the exchange's number", () => {
    expect(ask("which by order was the January 3, 2024 swap?").line).toMatch(/^The 49th\b/);
  });
  it("reads 'which day of the big exchange' as the wave's place", () => {
    expect(ask("so May 25 was which day of the big exchange?").line).toMatch(/^The 3rd wave\b/);
  });
});

describe("a gap asked of both sides together", () => {
  it("is twice the gap each side, with both sides' figures shown", () => {
    const a = ask("how many more were swapped on May 24 than on May 25, both sides together?");
    expect(a.line).toMatch(/^8 more\b/);
    expect(a.line).toMatch(/\b614\b.*\b606\b/);
  });
  it("stays each side's gap when asked per side", () => {
    expect(ask("how many more per side on May 24 than on May 25?").line).toMatch(/^4 more\b/);
  });
});

describe("a comparison followed by another other end", () => {
  it("sets the first exchange against the one the follow-up names", () => {
    const a = ask(
      "How much larger per side was the April 19 swap than the March 19 one?",
      "and compared with the early-May one?",
    );
    expect(a.line).toMatch(/^41 more\b/);
  });
});
