// Wrong first lines on the fifteenth questions set (fresh14), each fixed by a general reading;
// the questions here are our own words, with other days and figures where the store allows.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { dropLabelKeepTime, sourceNumbersAsWords } from "../../src/domain/ask/desk-label.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { outletAsked } from "../../src/domain/ask/outlet-asked.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a desk label that names a time before the colon", () => {
  it("drops 'chart row' but keeps 'for mid-2024'", () => {
    expect(dropLabelKeepTime("Chart row for mid-2024: what total?")).toBe(
      "for mid-2024: what total?",
    );
  });
  it("keeps the time of a labelled question as the question's own, not today's count", () => {
    const a = ask("Explainer line for mid-2024: how many swaps by then?");
    expect(a.line).not.toMatch(/\b64\b/);
    expect(a.line).toMatch(/\b54\b/);
  });
  it("carries that time into the follow-up", () => {
    const a = ask("Explainer line for mid-2024: how many swaps by then?", "and people freed?");
    expect(a.line).not.toMatch(/4,750|4,552/);
  });
});

describe("a country's returnees, with or without their figure between", () => {
  it("reads 'Ukraine's 390 returnees' as Ukraine's side, never Russia's civilians", () => {
    const a = ask("Of Ukraine's 390 returnees that Friday, how many were civilians?");
    expect(a.line).not.toMatch(/Russia received/);
  });
  it("still reads 'Russia's returnees' as Russia's side", () => {
    const a = ask("Of Russia's returnees on May 23, how many were civilians?");
    expect(a.line).toMatch(/120/);
  });
});

describe("a figure asked as one outlet's words", () => {
  it("knows the outlet from 'per', 'according to' or '<outlet> described'", () => {
    expect(outletAsked(k, "How did The Epoch Times describe the count?")?.id).toBe("epoch-times");
    expect(outletAsked(k, "per rki.news, how many?")?.id).toBe("rki-news");
    expect(outletAsked(k, "how many came home on May 24?")).toBeNull();
  });
  it("never states another outlet's figure as the one rki.news described", () => {
    const a = ask("What total did rki.news describe for the opening day of the big swap?");
    expect(a.line).not.toMatch(/\b780\b/);
  });
  it("keeps a figure the named outlet does give", () => {
    const a = ask("According to Brussels Morning, how many POWs each side on May 6?");
    expect(a.line).toMatch(/^205\b/);
  });
});

describe("someone's words asked in desk shorthand, with no count beside them", () => {
  it("never answers 'what did X call it' or 'exact words' with a stored figure", () => {
    for (const q of [
      "lavrov called the exchange what? 'a step'?",
      "zelensky exact words on the swap, for the pull?",
      "What did Moscow promise once the last wave was done?",
    ]) {
      const a = ask(q);
      expect(a.status, q).not.toBe("answered");
      expect(a.line, q).not.toMatch(/^\d/);
    }
  });
  it("still answers a count asked beside the words", () => {
    const a = ask("what total did Zelensky quote for the first two days?");
    expect(a.line).toMatch(/697/);
  });
});

describe("a follow-up naming an outlet's own figure", () => {
  it("asks that outlet's count, not the claimant the thread asked before", () => {
    const a = ask(
      "Since when does Ukraine's Coordination Headquarters count its total?",
      "what about Brussels Morning's 4,552, since when?",
    );
    expect(a.line).not.toMatch(/March 2022/);
    expect(a.line).toMatch(/February 2022/);
  });
});

describe("a source document's desk number", () => {
  it("reads 'per 004' as the source, never the figure 4", () => {
    expect(sourceNumbersAsWords("how many came home, per 004?")).toBe(
      "how many came home, per the source?",
    );
    expect(sourceNumbersAsWords("390 on 23.05, 1,000 in all")).toBe("390 on 23.05, 1,000 in all");
  });
  it("never answers a 'biggest at that point' check with a no set against the figure 0", () => {
    const a = ask("Was the January 3, 2024 exchange the biggest at that point, per 000?");
    expect(a.line).not.toMatch(/^No\b/);
  });
});
