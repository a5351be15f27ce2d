// A day the store has no exchange on, told as the day of a count that one exchange a few days
// off holds: the day is the slip, put right by that exchange's day. Our own wording throughout.
// Precision first: a day further off, or one with an exchange of its own, is not put right here.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const days = (text: string, refDate: string) =>
  factcheck(k, text, { refDate })
    .claims.filter((c) => c.kind === "day")
    .map((c) => [c.claim, c.verdict, c.right ?? null]);

describe("a day of a count with no exchange of its own", () => {
  it("is put right by the one wave a few days off that holds the count", () => {
    expect(
      days("As the buses came in, the count ran: 390 on Thursday, 307 on Saturday.", "2025-05-28"),
    ).toEqual([
      ["Thursday", "contradicted", "May 23, 2025"],
      ["Saturday", "supported", null],
    ]);
  });

  it("is not put right when the wave holding the count is more than a few days off", () => {
    expect(
      days("As the buses came in, the count ran: 390 on Monday.", "2025-06-04").filter(
        (d) => d[1] === "contradicted",
      ),
    ).toEqual([]);
  });
});
