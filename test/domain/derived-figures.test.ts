// Figures worked out from the counts, or told beside another day or exchange than the one they
// sit next to: never corrected by the count or day they are not about.
import { describe, expect, it } from "vitest";
import type { ClaimCheck } from "../../src/domain/answers.ts";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string, refDate: string | null): ClaimCheck => {
  const c = factcheck(k, text, { refDate }).claims.find(
    (x) => x.kind !== "day" && x.read.includes(read),
  );
  expect(c, `${read} in ${text}`).toBeDefined();
  return c as ClaimCheck;
};

describe("a sum over the deal's first days", () => {
  it("is the deal so far after those days, not the whole deal", () => {
    const c = figure(
      "Scorecard after Saturday. Two-day sum: 697 a side, and one more wave to go.",
      "697",
      "2025-05-24",
    );
    expect(c.verdict).toBe("supported");
  });
});

describe("a box headed by an average", () => {
  it("leaves its figure unsure rather than putting it right with a count", () => {
    const c = figure("Mean per wave: 333.3 a side, by our reckoning.", "333.3", "2025-05-26");
    expect(c.verdict).not.toBe("contradicted");
    expect(c.reading?.unclear.join(" ")).toMatch(/average/);
  });
});

describe("a breakdown in brackets after a running figure", () => {
  it("reads each item told with its own day as that day's wave", () => {
    const text =
      "Freed so far: about 700 a side (390 on Friday, 307 today), with Sunday's group still to come.";
    const c = figure(text, "307", "2025-05-24");
    expect(c.verdict).toBe("supported");
    expect(c.eventId).toBe("exchange-2025-05-24");
  });
});

describe("an exchange named by its month", () => {
  it("takes its figures away from the day an earlier sentence named", () => {
    const text =
      "Today's wave was the last of the big deal. The March swap had been far smaller: 175 POWs each.";
    const c = figure(text, "175", "2025-05-25");
    expect(c.verdict).not.toBe("contradicted");
    expect(c.eventId).not.toBe("exchange-2025-05-25");
  });

  it("lets a nationality after the figure outweigh a side told of the figure before it", () => {
    const text =
      "Last month's round was smaller. The April exchange returned 246 from each side plus 15 wounded Russians.";
    const c = figure(text, "15", "2025-05-26");
    expect(c.side).toBe("russia");
    expect(c.verdict).not.toBe("contradicted");
  });
});

describe("a day hung by 'of' on another figure", () => {
  it("is that figure's, not the one before it", () => {
    const text =
      "The deal freed nearly 2,000 people, four times the nearly 480 of January 3, 2024.";
    const c = figure(text, "2,000", "2025-05-26");
    expect(c.verdict).not.toBe("contradicted");
    expect(c.eventId).not.toBe("exchange-2024-01-03");
  });

  it("still dates both figures of a pair", () => {
    const text = "Two earlier swaps were smaller: the 230 and 248 of January 2023.";
    expect(figure(text, "230", "2025-05-26").reading?.event.from).toBe("January 2023");
  });
});

describe("a row headed as the whole, in copy filed after the deal", () => {
  it("is supported when it is the deal's whole, with no waves above it", () => {
    const c = figure(
      "The last group crossed on Sunday. Total: 1,000 a side.",
      "1,000",
      "2025-05-26",
    );
    expect(c.verdict).toBe("supported");
  });

  it("is not corrected by the whole when it is not it", () => {
    const c = figure("Swap wrap, Monday edition. Total: 1,100 a side.", "1,100", "2025-05-26");
    expect(c.verdict).not.toBe("contradicted");
  });
});
