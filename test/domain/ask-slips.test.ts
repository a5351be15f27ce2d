// Slips, contrasts, either/or questions and side-only follow-ups: questions written here.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { foldSlip, tidy } from "../../src/domain/ask/read.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("typing slips in the question words", () => {
  it("folds a word one edit from exactly one question word", () => {
    expect(foldSlip("wehn")).toBe("when");
    expect(foldSlip("whn")).toBe("when");
    expect(foldSlip("medaitor")).toBe("mediator");
    expect(foldSlip("borkered")).toBe("brokered");
    expect(foldSlip("brokerd")).toBe("brokerd"); // as near "broker": left as written
    expect(foldSlip("wich")).toBe("which");
  });
  it("leaves real words, short words and words near two question words alone", () => {
    for (const w of ["then", "were", "those", "whole", "data", "late", "may", "how", "he", "swaps"])
      expect(foldSlip(w)).toBe(w);
  });
  it("keeps the rest of the question as written", () => {
    expect(tidy("wehn was teh 64th exchange")).toBe("when was the 64th exchange");
  });
  it("answers a slipped 'when' with a day, not a count", () => {
    const a = ask("wehn was the 64th exchange");
    expect(a.asked).toBe("date");
    expect(a.line).toMatch(/^May 23, 2025/);
  });
  it("reads a slipped 'mediator' as the mediator asked for", () => {
    expect(ask("who was the medaitor for the march 19 exchange").line).toMatch(
      /^United Arab Emirates mediated the March 19 exchange/,
    );
  });
});

describe("a name, a day or a place in a series is never answered with a figure", () => {
  it("answers a bare 'X exchange mediator' with a name, not the exchange's figure", () => {
    const a = ask("march 19 exchange medaitor");
    expect(a.asked).toBe("name");
    expect(a.line).toMatch(/United Arab Emirates/);
    expect(a.line).not.toMatch(/\b175\b|\b350\b/);
  });
  it("reads a bare 'X swap broker' as a name question", () => {
    expect(ask("who brokerd the march 19 swap").line).toMatch(/United Arab Emirates/);
  });
  it("reads 'date: 16th or 17th?' as a day asked", () => {
    const a = ask("istanbul talks date: 16th or 17th?");
    expect(a.asked).toBe("date");
    expect(a.line).toMatch(/May 16, 2025/);
  });
  it("reads 'first or second direct meeting since the invasion' as an ordinal about the talks", () => {
    const a = ask("the Istanbul talks - first or second direct meeting since the invasion?");
    expect(a.asked).toBe("ordinal");
    expect(a.line).toMatch(/second direct meeting/);
    expect(a.line).not.toMatch(/4,552|4,750/);
  });
  it("does not read 'was X the first or the second round of talks' as a yes/no", () => {
    expect(ask("was Istanbul the first or the second round of direct talks?").asked).toBe(
      "ordinal",
    );
  });
});

describe("what the question sets against what it asks", () => {
  it("does not answer the thing 'rather than' names", () => {
    const a = ask("how many civilians did Russia receive on May 23, rather than servicemen?");
    expect(a.line).toMatch(/^Russia received 120 civilians/);
  });
  it("reads people who came home 'via exchanges since the invasion' as people, not exchanges", () => {
    const a = ask("how many Ukrainians had come home via exchanges since the invasion, as of now?");
    expect(a.line).toMatch(/4,750|4,552/);
    expect(a.line).not.toMatch(/\b64 exchanges\b/);
  });
});

describe("a follow-up that changes only the side keeps the scope", () => {
  it("keeps the first two days of the deal", () => {
    const a = ask(
      "how many ukrainians came home in the first two days of the 1000 deal?",
      "what about russia",
    );
    expect(a.line).toMatch(/^697 people returned to Russia over May 23–24, 2025/);
  });
  it("keeps a running total, and says Russia's side of it is not held", () => {
    const a = ask("how many ukrainians came home by september 2024?", "same for russia");
    expect(a.line).toMatch(/does not hold a running total of people returned to Russia/);
  });
});

describe("a country's two-letter short form where its name would be", () => {
  it("reads 'RU tally' as Russia's side, which the running totals do not hold", () => {
    const a = ask("the RU cumulative tally of people back, latest?");
    expect(a.line).toMatch(/does not hold a running total of people returned to Russia/);
  });
  it("reads 'to RU' as Russia's side of a day", () => {
    const a = ask("in Jan 2024, how many more went to RU than to Ukraine?");
    expect(a.line).toMatch(/^Russia got 18 more/);
  });
});

describe("the exchanges as the span counted over, not the thing counted", () => {
  it("reads 'how many came back across all the exchanges since 2022' as people, not exchanges", () => {
    const a = ask("how many Ukrainians came back across all the exchanges since 2022?");
    expect(a.line).not.toMatch(/^\d+ exchanges/);
    expect(a.line).toMatch(/Ukrainians had come home since 2022/);
  });
});

describe("a place in the series asked in other words", () => {
  it("reads 'serial number' of an exchange as its place in the series", () => {
    const a = ask(
      "Please give me the serial number of the January 3, 2024 swap, counted since the full-scale invasion.",
    );
    expect(a.line).toMatch(/^The 49th exchange/);
  });
  it("reads 'number of the war' as the exchange's place, not its figures", () => {
    const a = ask("3 Jan 2024 exchange, number of the war?");
    expect(a.line).toMatch(/^The 49th exchange/);
  });
  it("reads 'first …, or was it the second?' inside a longer message as the either/or", () => {
    const a = ask(
      "Quick question for my intro: were the Istanbul talks the first direct meeting since the invasion, or was it actually the second? Sources differ.",
    );
    expect(a.line).toMatch(/second direct meeting/);
    expect(a.line).not.toMatch(/come home/);
  });
});

describe("an exact date asked with 'which day'", () => {
  it("answers the day of the talks, not their place among the direct meetings", () => {
    const a = ask(
      "Need the precise date for a chronology — which day were the direct talks in Istanbul held?",
    );
    expect(a.asked).toBe("date");
    expect(a.line.split(" — ")[0]).toMatch(/May 16, 2025/);
    expect(a.line).not.toMatch(/second direct meeting/);
  });
});

describe("a follow-up naming another thing counted after a figure was checked", () => {
  it("asks how many of the new thing, not a yes for the figure checked before", () => {
    const a = ask(
      "copy: some 250 strike drones the night before the second wave — correct?",
      "and missiles?",
    );
    expect(a.line).toMatch(/^14 ballistic missiles/);
  });
  it("says it holds no count of a thing named first and counted after ('cities struck, count?')", () => {
    const a = ask(
      "copy: some 250 strike drones the night before the second wave — correct?",
      "and missiles?",
      "cities struck, count?",
    );
    expect(a.line).not.toMatch(/^\d/);
    expect(a.line).toMatch(/does not hold/);
  });
});

describe("'that day' in a follow-up is the thread's exchange", () => {
  it("keeps the exchange asked before when the follow-up also calls it the biggest", () => {
    const a = ask(
      "how many did Ukraine get back in the January 3, 2024 swap?",
      "and both sides together on that day? the biggest one at the time, wasn't it",
    );
    expect(a.line).toMatch(/480/);
    expect(a.line).not.toMatch(/2,000/);
  });
});

describe("'larger than … by how many' asks the difference", () => {
  it("answers the gap between two dated exchanges, not the first one's figure", () => {
    const a = ask("was the April 2025 swap larger than the March one, and by how many per side?");
    expect(a.line).toMatch(/^71 more/);
  });
});

describe("two weekdays of the deal named together", () => {
  it("adds up both days ('sat & sun'), not only one of them", () => {
    const a = ask("how many per side were swapped sat & sun in the 1000 deal?");
    expect(a.line).toMatch(/^610 people each side over May 24–25, 2025/);
  });
  it("adds up both days written in full", () => {
    const a = ask("both sides, Friday and Saturday of the big swap, added up?");
    expect(a.line).toMatch(/1,394/);
  });
});

describe("a short weekday set off at the start, and 'day which of'", () => {
  it("reads 'Sun: day which of the deal?' as the Sunday wave's place", () => {
    const a = ask("Sun: day which of the deal?");
    expect(a.line).toMatch(/^The 3rd wave \(the last\) of 3, on May 25, 2025/);
  });
});

describe("two groups added up to a figure ('a plus b = n')", () => {
  it("checks the sum as both groups, not as the last group named", () => {
    const a = ask(
      "draft says two-seventy servicemen plus one-twenty civs = 390 to Russia on the first day. ok?",
    );
    expect(a.line).toMatch(/^Yes/);
    expect(a.line).not.toMatch(/^No/);
  });
});
