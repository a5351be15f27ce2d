// The gap before the Istanbul talks told from its count: "N years since the sides last held
// direct talks", in prose or on a card's line, checked as "the first direct talks in N years" is.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const verdict = (text: string, read: string, refDate: string | null) =>
  factcheck(k, text, { refDate }).claims.find((c) => c.read === read);

describe("years since the last direct talks", () => {
  it("puts right a card's count of years that the store's 'since March 2022' rules out", () => {
    expect(
      verdict(
        "ISTANBUL AT A GLANCE\n5 — years since the sides' previous direct talks",
        "5",
        "2025-05-16",
      ),
    ).toMatchObject({ verdict: "contradicted", right: "more than 3" });
  });

  it("supports a count that fits, in prose, 'talked face to face' as well as 'direct talks'", () => {
    expect(
      verdict(
        "It was three years since the delegations last talked face to face.",
        "three",
        "2025-05-15",
      )?.verdict,
    ).toBe("supported");
  });

  it("leaves it alone in copy written long after the talks, when 'last' may be later talks", () => {
    expect(
      verdict("It has been 4 years since the two sides last held direct talks.", "4", "2026-01-20"),
    ).toBeUndefined();
  });
});
