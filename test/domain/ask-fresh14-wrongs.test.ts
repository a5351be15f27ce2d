// Wrong first lines on the fifteenth questions set (fresh14), each fixed by a general reading;
// the questions here are our own words, with other days and figures where the store allows.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { dropLabelKeepTime } from "../../src/domain/ask/desk-label.ts";
import { askThread } from "../../src/domain/ask/index.ts";
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
