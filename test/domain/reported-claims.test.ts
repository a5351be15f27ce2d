// Figures the copy reports others making (a rated claim, a rumour, a viral post) are theirs,
// not the copy's: no correction may tell the editor to change a quotation, and the copy's own
// figures beside them are still checked.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const read = (text: string, refDate: string | null = null) =>
  factcheck(k, text, { refDate }).claims.map((c) => [c.read, c.verdict]);

describe("claims the copy reports others making", () => {
  it("a rumour's figure is not checked; the copy's answer to it is", () => {
    expect(
      read(
        "A post that went viral last week claimed 4,000 Ukrainians came home on May 24, 2025. Kyiv says 307 came home that day.",
      ),
    ).toEqual([["307", "supported"]]);
    expect(read("A fake video put the second day's release at 3,070 people.")).toEqual([]);
  });

  it("the line a fact-check piece rates, and 'the claim that … is false'", () => {
    expect(read("Claim: both countries handed over 650 people on May 23, 2025.")).toEqual([]);
    expect(
      read(
        "The claim that the Istanbul talks opened on May 19, 2025 is wrong; the talks were held on May 16, 2025.",
      ),
    ).toEqual([["May 16, 2025", "supported"]]);
  });

  it("in a rating piece, the post it rates is the post's, and a rating before a quotation", () => {
    const post = "The post says 370 Ukrainians came home on May 24, 2025.";
    // Outside a fact-check piece, an unnamed post's words are checked as the copy's.
    expect(read(post)).toContainEqual(["370", "contradicted"]);
    expect(read(`Verdict: False. ${post}`).filter((r) => r[0] === "370")).toEqual([]);
    expect(read('MISLEADING: "Each side freed 370 on May 24, 2025." Each side freed 307.')).toEqual(
      [["307", "supported"]],
    );
  });

  it("a named speaker's words are still the copy's claim to check", () => {
    const got = read("Zelensky's post said 370 Ukrainians came home on May 24, 2025.");
    expect(got).toContainEqual(["370", "contradicted"]);
    // And "by most accounts" is not a post.
    expect(
      read("By most accounts, each side handed over 370 prisoners on May 24, 2025."),
    ).toContainEqual(["370", "contradicted"]);
  });
});
