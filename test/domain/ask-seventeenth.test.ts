// Wrong answers on the thirteenth questions set (issue 12), each fixed by a general reading;
// the questions here are written in our own words, with other days and figures.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("what the question asks, said in desk shorthand", () => {
  it("reads 'byline' as who wrote the piece, never the exchange's figure", () => {
    const a = ask("the Epoch Times piece on the May 24 leg: byline please");
    expect(a.asked).toBe("name");
    expect(a.line).toMatch(/Ryan Morgan/);
    expect(a.line).not.toMatch(/\b307\b/);
  });
  it("reads 'what date' anywhere in the question as a day asked", () => {
    const a = ask(
      "so the delegations, what date did they agree on the thousand-for-thousand deal?",
    );
    expect(a.asked).toBe("date");
    expect(a.line).toMatch(/May 16, 2025/);
  });
  it("reads 'agreed at talks on what date' as the day of the agreement", () => {
    const a = ask("for the script: the thousand swap got agreed at talks on what date?");
    expect(a.line).toMatch(/^May 16, 2025/);
  });
  it("never answers 'which days' of a briefing with the exchange's own days", () => {
    const a = ask("Zelensky briefing about the thousand-prisoner deal, which days");
    expect(a.line).not.toMatch(/May 23–25/);
  });
});

describe("things the store does not hold", () => {
  it("says the hour of a handover is not held", () => {
    const a = ask("at what time of day did the Saturday handover happen?");
    expect(a.status).toBe("not-held");
    expect(a.line).not.toMatch(/\b307\b/);
  });
  it("says a count of swaps one mediator brokered is not held, not the running count", () => {
    const a = ask("how many exchanges did Turkey broker altogether?");
    expect(a.status).toBe("not-held");
    expect(a.line).not.toMatch(/\b64\b/);
  });
});

describe("a bare event as a follow-up", () => {
  it("asks the question before of the event it names", () => {
    const a = ask("who was the mediator for the april 19 exchange?", "the march one?");
    expect(a.asked).toBe("name");
    expect(a.line).not.toMatch(/\b175\b/);
  });
});

describe("the day a deal was agreed, checked", () => {
  it("says yes to the stored day of agreement, never 'no, it began later'", () => {
    const a = ask("thousand-for-thousand deal struck on the 16th of May, correct?");
    expect(a.line).toMatch(/^Yes\b/);
    expect(a.line).toMatch(/May 16, 2025/);
  });
  it("says no to another day, with the stored one", () => {
    const a = ask("the 1,000-for-1,000 was agreed on May 14 - right?");
    expect(a.line).toMatch(/^No: May 16, 2025/);
  });
});

describe("the whole deal asked as a tally of its days", () => {
  it("reads 'the three-day total' after a question on one day as the deal's figure", () => {
    const a = ask("how many got back to Ukraine on the 23rd", "so the three-day total?");
    expect(a.line).toMatch(/^1,000\b/);
  });
});

describe("a ceasefire put against the place the swap was agreed", () => {
  it("never says yes because the swap was agreed in that city", () => {
    const a = ask("did the sides agree a truce in istanbul? was the truce agreed in istanbul?");
    expect(a.line).not.toMatch(/^Yes\b/);
    const b = ask("was a month-long cease-fire agreed in Istanbul?");
    expect(b.line).not.toMatch(/^Yes\b/);
  });
});
