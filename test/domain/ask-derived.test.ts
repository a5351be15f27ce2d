// Figures the engine cannot work out (shares, ratios) and slang the desk uses: never answered
// with a stored count instead. Questions written here.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a share or a ratio asked", () => {
  it("is not answered with one of the counts it would be worked out from", () => {
    for (const q of [
      "what percentage of the 1,000 Ukrainians came home on the first day?",
      "what proportion of Ukraine's returnees arrived on May 24?",
      "give me the ratio of soldiers to civilians among those Russia got back on May 23",
      "the share of the deal's Ukrainians freed by the Saturday, as a percentage?",
    ]) {
      const a = ask(q);
      expect(a.status, q).toBe("unsure");
      expect(a.line, q).not.toMatch(/\d/);
    }
  });
});

describe("desk slang for civilians", () => {
  it("reads 'civvies' as civilians, alone or as a follow-up", () => {
    expect(ask("how many civvies did russia get back on the 23rd?").line).toMatch(
      /^Russia received 120 civilians/,
    );
    expect(ask("how many did russia get back on friday", "and civvies?").line).toMatch(
      /^Russia received 120 civilians/,
    );
  });
});

describe("a swap's place in the series, asked in a table's words", () => {
  it("answers the number a source gives the swap, not how many were swapped", () => {
    for (const q of [
      "what number does the Coordination Headquarters give the May 23 exchange?",
      "which swap in order was the one on 23 May?",
      "exchange no. for the 23 May swap?",
    ]) {
      const a = ask(q);
      expect(a.line, q).toMatch(/^The 64th exchange/);
    }
  });
});

describe("an exact total asked where the sources round it", () => {
  it("adds up each side's exact figure rather than leading with one side's", () => {
    const a = ask(
      "the january 3, 2024 swap: what's the exact total if you add the per-side figures up?",
    );
    expect(a.line).toMatch(/^478 /);
    expect(a.line).toMatch(/230 to Ukraine \+ 248 to Russia/);
  });
});

describe("what a running total grew by between two of its points", () => {
  it("is the difference of the two counts, not one of them", () => {
    const a = ask(
      "how many did the tally of returned Ukrainians add between mid-2024 and September 2024?",
    );
    expect(a.line).toMatch(/^About 272 /);
    const b = ask(
      "how much did the running total of freed Ukrainians grow between mid-2024 and September 2024?",
    );
    expect(b.line).toMatch(/^About 272 /);
  });
});

describe("the deal's tally taken day by day", () => {
  const first =
    "Cumulative number of Ukrainians freed in the 1,000-for-1,000, for a chart. End of day one?";
  it("reads a bare 'end of day one' after the tally as the deal so far, not the war's total", () => {
    expect(ask(first).line).toMatch(/^390 /);
  });
  it("keeps the deal so far in a bare follow-up for the next day", () => {
    expect(ask(first, "end of day two?").line).toMatch(/^697 /);
  });
});
