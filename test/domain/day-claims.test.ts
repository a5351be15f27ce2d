// Days, dates and places in a series stated as claims: weekdays and dates told with a count,
// ordinals of waves and days, days a stored disagreement leaves open. Our own wording
// throughout. Precision first: a day is contradicted only when its reading is certain.
import { describe, expect, it } from "vitest";
import type { ClaimCheck } from "../../src/domain/answers.ts";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const days = (text: string, refDate: string | null = null): ClaimCheck[] =>
  factcheck(k, text, { refDate }).claims.filter((c) => c.kind === "day");
const dayVerdicts = (text: string, refDate: string | null = null) =>
  days(text, refDate).map((c) => [c.claim, c.verdict]);

describe("a day told with a count, no cue word beside it", () => {
  it("each weekday of a list of counts is the day of that count's swap", () => {
    expect(
      dayVerdicts(
        "All told 1,000 went each way: three hundred and three left on Sunday, after 390 apiece on Friday and 307 on Saturday.",
        "2025-05-27",
      ),
    ).toEqual([
      ["Sunday", "supported"],
      ["Friday", "supported"],
      ["Saturday", "supported"],
    ]);
  });

  it("a weekday with no swap, told with the first wave's count, is put right", () => {
    const [d] = days(
      "Since the weekend a further 610 have crossed, besides the 390 who reached home on Thursday.",
      "2025-05-27",
    );
    expect(d).toMatchObject({ claim: "Thursday", verdict: "contradicted" });
    expect(d?.right).toContain("May 23");
  });

  it("a day the sources disagree on (the early-May swap) is disputed", () => {
    expect(
      dayVerdicts("We watched 205 men come back across the border on May 6, one for one."),
    ).toEqual([["May 6", "disputed"]]);
  });

  it("a list whose days all run a day early is put right day by day", () => {
    const got = days(
      "The swap is over: 390 went home on Thursday, 307 on Friday and 303 on Saturday.",
      "2025-05-28",
    );
    expect(got.map((d) => [d.claim, d.verdict, d.right])).toEqual([
      ["Thursday", "contradicted", "May 23, 2025"],
      ["Friday", "contradicted", "May 24, 2025"],
      ["Saturday", "contradicted", "May 25, 2025"],
    ]);
  });

  it("one day told with another wave's count is not marked wrong: the count may be the slip", () => {
    expect(
      dayVerdicts("Kyiv took back 307 of its soldiers on Friday, officials said.", "2025-05-23"),
    ).not.toContainEqual(["Friday", "contradicted"]);
  });

  it("'six days ago today' counts from today, and the wave named is the day's", () => {
    const [d] = days(
      "Six days ago today the second wave of the swap brought 307 men home.",
      "2025-05-31",
    );
    expect(d).toMatchObject({ claim: "Six days ago", verdict: "contradicted" });
  });
});
