// Talks told as held again ("negotiators sit down again on Monday", "a second round on June 2")
// are another meeting, not the Istanbul talks the store keeps: their day is no day to put right.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const claimOn = (text: string, read: string, refDate: string | null) =>
  factcheck(k, text, { refDate }).claims.find((c) => c.read === read);

describe("talks held again", () => {
  it("does not put right the day of a later meeting of the delegations", () => {
    expect(
      claimOn("The delegations will sit down for talks again on Monday.", "Monday", "2025-05-24")
        ?.verdict,
    ).not.toBe("contradicted");
    expect(
      claimOn("Delegations met once more on Tuesday, a week later.", "Tuesday", "2025-05-24")
        ?.verdict,
    ).not.toBe("contradicted");
  });

  it("does not take a resumed or next round of talks for the first", () => {
    expect(
      claimOn("Negotiations resumed on Tuesday, officials said.", "Tuesday", "2025-05-24")?.verdict,
    ).not.toBe("contradicted");
    expect(
      claimOn("A second round of talks was held on June 2, 2025.", "June 2, 2025", null)?.verdict,
    ).not.toBe("contradicted");
  });

  it("still reads talks held 'again' for the first time in years as the Istanbul talks", () => {
    expect(
      claimOn(
        "The two delegations met again on May 16 after more than three years.",
        "May 16",
        "2025-05-20",
      )?.verdict,
    ).toBe("supported");
  });

  it("still puts right a wrong day given for the Istanbul talks themselves", () => {
    expect(
      claimOn("The direct talks in Istanbul were held on May 18, 2025.", "May 18, 2025", null),
    ).toMatchObject({ verdict: "contradicted" });
  });
});
