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
      "give me the ratio of soldiers to civilians among those Russia got back on May 23",
    ]) {
      const a = ask(q);
      expect(a.line, q).not.toMatch(/^(?:390|270|120|1,000)\b/);
      expect(a.derivation?.parts.length, q).toBe(2);
    }
    // Where the figures cannot be told apart, unsure: never one of the counts.
    for (const q of [
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

describe("the days offered after the question, not what it asks about", () => {
  it("reads 'the swap before the big one, was it X or Y?' as the deal's eve, not before X", () => {
    const a = ask("the swap before the big one: was it 6.05 or 7.05?");
    expect(a.line).toMatch(/May 6, 2025/);
    expect(a.line).not.toMatch(/April 19/);
    const b = ask(
      "the swap before the big one, it was on 6.05 or 7.05?",
      "and how many each side?",
    );
    expect(b.line).toMatch(/^205 /);
  });
});

describe("'in which day' asked of an event", () => {
  it("asks the event's day, not a figure or a day of the deal", () => {
    const a = ask("the high level meeting that coordinated the swap, in which day was it held?");
    expect(a.line).toMatch(/May 22, 2025/);
    const b = ask("Trump spoke with Putin in which day?");
    expect(b.line).toMatch(/May 19, 2025/);
    expect(b.line).not.toMatch(/released/);
  });
});

describe("the kind of missile said in a check", () => {
  it("says no when the store counts the same number of another kind", () => {
    const a = ask("before the Saturday swap Russia fired 14 cruise missiles — correct?");
    expect(a.line).toMatch(/^No: .*14 ballistic/);
  });
  it("checks the word a reporter quotes, not the first figure of the sentence", () => {
    const a = ask(
      "the draft says 'about 250 drones and 14 cruise missiles' hit overnight before the Saturday swap. is 'cruise' right?",
    );
    expect(a.line).toMatch(/^No: .*ballistic/);
  });
});

describe("'that total' in a follow-up", () => {
  it("is the running total the thread named by its figure, as of its own day", () => {
    const a = ask(
      "who gave the 3,672 figure for Ukrainians brought home?",
      "and how many exchanges did that total cover?",
    );
    expect(a.line).toMatch(/^57 exchanges/);
  });
});

describe("a release the claim denies", () => {
  it("is never vouched for by the stored release", () => {
    for (const q of [
      "a post says the last 303 were never freed. do our sources back that up?",
      "the 303 from the third day weren't released, right?",
    ]) {
      const a = ask(q);
      expect(a.line, q).toMatch(/^No: /);
      expect(a.line, q).toMatch(/303 were released on May 25, 2025/);
    }
  });
});

describe("an event asked about against another", () => {
  it("reads 'before Istanbul or after?' as a reference, not the event asked about", () => {
    const a = ask("Trump rang Putin in which day? before the Istanbul talks or after?");
    expect(a.line).toMatch(/^Trump's calls .*May 19, 2025/);
  });
  it("reads 'he called who?' as whom he called, in a thread on the call", () => {
    const a = ask(
      "Trump rang Putin in which day? before the Istanbul talks or after?",
      "after Putin he called who?",
    );
    expect(a.line).toMatch(/^Volodymyr Zelenskyy/);
  });
});
