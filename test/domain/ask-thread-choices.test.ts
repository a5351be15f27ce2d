// Follow-ups whose words fit more than one point of the thread, and follow-ups that name the
// whole of a multi-day exchange without naming it. Questions written here.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("'the day after that' after a step back", () => {
  it("is unsure between the day just named and the one after the thread's day", () => {
    const a = ask(
      "figure for the second wave, please",
      "what about the day before?",
      "then the day after that?",
    );
    expect(a.status).toBe("unsure");
    expect(a.line).not.toMatch(/\d{3}/);
    const lines = a.choices.map((c) => c.line).join(" | ");
    expect(lines).toMatch(/May 24, 2025/);
    expect(lines).toMatch(/May 25, 2025/);
  });

  it("is not unsure when only one of the two days held an exchange", () => {
    const a = ask("figure for the third wave, please", "the day before?", "the day after that?");
    expect(a.status).not.toBe("unsure");
    expect(a.line).toMatch(/May 25, 2025/);
  });

  it("still steps on from the day named when there is no step back before it", () => {
    const a = ask("how many got out on May 23?", "and the day after that?");
    expect(a.status).not.toBe("unsure");
    expect(a.line).toMatch(/May 24, 2025/);
  });
});

describe("a day counted from a wave named by its place", () => {
  it("steps from that wave's day, not the wave again", () => {
    const a = ask("figure for the second wave, please", "and the day before?");
    expect(a.line).toMatch(/^390 .*May 23, 2025/);
  });
});

describe("a month alone as a follow-up", () => {
  it("reads 'may' as the month and offers each of its exchanges", () => {
    const a = ask("POWs per side in the April swap?", "and may?");
    expect(a.status).toBe("unsure");
    const lines = a.choices.map((c) => c.line).join(" | ");
    expect(lines).toMatch(/^205 /);
    expect(lines).toMatch(/1,000-for-1,000/);
  });
});

describe("'both days' after a thread on one wave", () => {
  it("adds the first wave and the second, never the one wave again", () => {
    const a = ask("Ukrainians back on Friday the 23rd?", "and for both days together?");
    expect(a.line).toMatch(/^697 /);
  });
});

describe("'when it was done' after a wave", () => {
  it("asks of the whole exchange, not the day named", () => {
    const a = ask(
      "how many Ukrainians were freed on May 24?",
      "and how many after sunday, once it was all over?",
    );
    expect(a.line).toMatch(/^1,000 /);
  });
});

describe("someone else's view said after the question", () => {
  it("answers the question, not the day the aside names", () => {
    const a = ask("On what weekday did the big swap start? The desk reckons Sunday.");
    expect(a.line).toMatch(/^May 23, 2025, a Friday/);
  });

  it("reads 'weekday' as asking a day", () => {
    const a = ask("what weekday did the last leg of the swap fall on?");
    expect(a.line).toMatch(/^May 25, 2025, a Sunday/);
  });
});

describe("'brief' as a verb", () => {
  it("asks the day of the briefing, not of the exchange it was about", () => {
    const a = ask("when did Zelensky brief journalists about the deal?");
    expect(a.line).toMatch(/May 21–22/);
    expect(a.line).not.toMatch(/May 23/);
  });
});
