// Desk wording that hid what was asked: a running total "and as of when?", a year cut to two
// digits after "since", "wknd", people "held in Russia". Questions written here.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a running total asked 'and as of when?'", () => {
  it("gives the figure with the day it is as of, both sides of the dispute", () => {
    const a = ask(
      "what's the newest tally of Ukrainians brought home since the invasion, and as of when?",
    );
    expect(a.line).toMatch(/^Disputed: more than 4,750 .*as of May 23, 2025.*4,552/);
  });
});

describe("a year cut to two digits after 'since'", () => {
  it("is that year, not a figure asked about", () => {
    const a = ask("ukrainians freed since 22, most recent count?");
    expect(a.line).toMatch(/4,750/);
    expect(a.reading.value).toBeNull();
  });
});

describe("'wknd'", () => {
  it("is the deal's weekend", () => {
    expect(ask("how many did russia get back over the wknd?").line).toMatch(/^610 /);
  });
});

describe("people 'held in Russia'", () => {
  it("asks how many are held, not how many were released", () => {
    const a = ask("ombudsman's figure for civilians held in russia?");
    expect(a.line).toMatch(/^More than 16,000 Ukrainian civilians held by Russia/);
  });
});

describe("'whose number is it' asked with the total it is about", () => {
  it("names who gives the latest running totals, each with its figure", () => {
    const a = ask("newest since-2022 tally of Ukrainians home: whose number is it?");
    expect(a.line).toMatch(/^Ukraine's Coordination Headquarters.*\(more than 4,750\).*\(4,552\)/);
  });
});

describe("'… once the wounded are counted'", () => {
  it("adds the wounded to the exchange's figure", () => {
    const a = ask("how many were exchanged in all on April 19 once the wounded are included?");
    expect(a.line).toMatch(/^538 /);
  });
});

describe("'… not the other way round?'", () => {
  it("checks each side's figure as said", () => {
    const q = (ua: number, ru: number) =>
      `3 January 2024: ${ua} went to Ukraine and ${ru} to Russia, not the other way round?`;
    expect(ask(q(230, 248)).line).toMatch(/^Yes\b/);
    expect(ask(q(248, 230)).line).toMatch(/^No\b/);
  });

  it("says no to a figure given to the side the store gives the other", () => {
    expect(ask("3 January 2024: 248 went to Ukraine and 230 to Russia - right?").line).toMatch(
      /^No\b/,
    );
  });
});

describe("the deal's first two days in other words", () => {
  it("reads 'the two first days' and a '2 day number' as the deal so far", () => {
    expect(ask("how many ukrainians came home during the two first days?").line).toMatch(/^697 /);
    expect(ask("what's the 2 day total for ukraine?").line).toMatch(/^697 /);
  });
});

describe("drones or missiles launched 'the night before' an exchange", () => {
  it("are the attack of that day, whoever the question says launched them", () => {
    const q = "how many drones did the russians send the night before Saturday's swap?";
    expect(ask(q).line).toMatch(/^About 250 strike drones/);
    expect(ask(q, "and ballistic missiles?").line).toMatch(/^14 ballistic missiles/);
  });
});

describe("a month cut short", () => {
  it("is that month: 'apr swap' is the April exchange", () => {
    const a = ask("apr swap, per side?");
    expect(a.line).toMatch(/^246 .*April 19, 2025/);
    expect(ask("civilians held by russia as of the oct '24 count?").reading.range).not.toBeNull();
  });
});

describe("a place in the series checked", () => {
  it("is never taken for a count of something else with the same digits", () => {
    const a = ask(
      "The copy we ran calls the 23 May exchange 'the 65th exchange since the invasion'. Is that the number the Coordination Headquarters gave?",
    );
    expect(a.line).not.toMatch(/weight|pounds/);
    expect(a.line).toMatch(/^No\b.*64/);
  });
});
