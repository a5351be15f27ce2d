// The later-articles scorer's reading of claimants (test/eval/later.ts): one government body
// named in either word order, by the outlet's full style or a reporter's short one.
import { describe, expect, it } from "vitest";
import { sameBody } from "./later.ts";

describe("one government body, two spellings", () => {
  it("takes a ministry by its short name and by its full style as the same body", () => {
    expect(
      sameBody(
        "Russia's Foreign Ministry",
        "Ministry of Foreign Affairs of the Russian Federation",
      ),
    ).toBe(true);
    expect(sameBody("Ukraine's Defence Ministry", "Ministry of Defence of Ukraine")).toBe(true);
    expect(
      sameBody(
        "Qatar's Ministry of Foreign Affairs",
        "Ministry of Foreign Affairs of the State of Qatar",
      ),
    ).toBe(true);
  });

  it("keeps two ministries, or two countries, apart", () => {
    expect(
      sameBody("Russia's Foreign Ministry", "Ministry of Defence of the Russian Federation"),
    ).toBe(false);
    expect(
      sameBody(
        "Ukraine's Foreign Ministry",
        "Ministry of Foreign Affairs of the Russian Federation",
      ),
    ).toBe(false);
  });
});
