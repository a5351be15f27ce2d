// A standing figure (people held, a running total) told in a draft written long after the
// store's totals, with no day of its own: the draft's date is when it was written, not the
// figure's day, so the figure is matched on what it counts, and never put right for that.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());

function claimAt(text: string, figure: string, refDate: string) {
  return factcheck(k, text, { refDate }).claims.find((c) => c.claim.includes(figure));
}

describe("a standing figure in a draft dated long after it", () => {
  it("bears out the count of civilians held, told with no day", () => {
    const c = claimAt(
      "The ombudsman's office has said over 16,000 Ukrainian civilians are held by Russia.",
      "16,000",
      "2026-03-02",
    );
    expect(c?.verdict).toBe("supported");
  });

  it("shows a running total one source gave as disputed, not unverified", () => {
    const c = claimAt(
      "Back then, the headquarters counted more than 4,750 Ukrainians freed since the invasion.",
      "4,750",
      "2026-03-02",
    );
    expect(c?.verdict).toBe("disputed");
  });

  it("still says nothing of a count of swaps whose day the draft does not give", () => {
    const c = claimAt(
      "By the middle of last year, fifty-seven exchanges had been held.",
      "fifty-seven",
      "2025-05-28",
    );
    expect(c?.verdict).toBe("unverified");
  });
});
