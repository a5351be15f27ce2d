// Correct copy the fact-check had put right: a stage's end read as the deal's, and other
// readings that took a figure's day or scope from words that were not about it.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const claim = (text: string, span: string, refDate: string | null = null) =>
  factcheck(k, text, { refDate }).claims.find((c) => c.claim === span);

describe("whose day, whose sum", () => {
  it("a stage of the exchange that ended on a day ends the stage, not the whole exchange", () => {
    const text =
      "The middle stage of the prisoner exchange ended 24 May, with 307 freed by each side.";
    expect(claim(text, "24 May", "2025-05-25")?.verdict).not.toBe("contradicted");
    // The exchange itself ending that day is still put right.
    const whole = "The prisoner exchange ended 24 May, with 307 freed by each side.";
    expect(claim(whole, "24 May", "2025-05-25")?.verdict).toBe("contradicted");
  });
});

describe("'last' and a weekday the day after it", () => {
  it("'last Friday' in Saturday's copy may be the Friday a week before, so it is never put right", () => {
    // The talks were on Friday May 16; Saturday May 24's copy calls them "last Friday".
    const text = "The deal was agreed last Friday at the talks in Istanbul.";
    expect(claim(text, "last Friday", "2025-05-24")?.verdict).not.toBe("contradicted");
    // Said on the Monday after, "last Friday" is the one three days back, and is still read so.
    const monday = "The exchange began last Friday.";
    expect(claim(monday, "last Friday", "2025-05-26")?.verdict).toBe("supported");
    // "Last Thursday" in Friday's copy is wrong for Friday talks whichever Thursday is meant.
    const friday = "The deal was agreed last Thursday at the talks in Istanbul.";
    expect(claim(friday, "last Thursday", "2025-05-23")?.verdict).toBe("contradicted");
  });
});
