// The later-articles scorer's reading of claimants (test/eval/later.ts): one government body
// named in either word order, by the outlet's full style or a reporter's short one.
import { describe, expect, it } from "vitest";
import { sameBody, soFarOnAgreement } from "./later.ts";

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

  it("takes a letterhead's \"Country, Ministry of …\" as that country's ministry", () => {
    expect(
      sameBody(
        "Chile's Ministry of Defence",
        "Republic of Chile, Ministry of Defence (draft copy)",
      ),
    ).toBe(true);
    expect(sameBody("Chile's Foreign Ministry", "Republic of Chile, Ministry of Defence")).toBe(
      false,
    );
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

describe("a total so far, filed on the agreement it counts toward", () => {
  const talks = { id: "talks-x", kind: "talks", date: { on: "2025-03-01" } } as never;
  const fact = (measure: string, asOf: unknown) => ({ measure, asOf }) as never;
  it("takes the agreement's figure to date, as of the last stage counted or later", () => {
    const stages = ["2025-03-10", "2025-03-20", "2025-04-01"] as const;
    expect(soFarOnAgreement(talks, fact("released-to-date", { on: "2025-03-20" }), ...stages)).toBe(
      true,
    );
    expect(soFarOnAgreement(talks, fact("released-to-date", { on: "2025-03-25" }), ...stages)).toBe(
      true,
    );
  });

  it("refuses a whole figure, a day before the last stage, or an agreement after the first", () => {
    const stages = ["2025-03-10", "2025-03-20", "2025-04-01"] as const;
    expect(soFarOnAgreement(talks, fact("released", null), ...stages)).toBe(false);
    expect(soFarOnAgreement(talks, fact("released-to-date", { on: "2025-03-15" }), ...stages)).toBe(
      false,
    );
    const late = { id: "talks-y", kind: "talks", date: { on: "2025-03-12" } } as never;
    expect(soFarOnAgreement(late, fact("released-to-date", { on: "2025-03-20" }), ...stages)).toBe(
      false,
    );
  });
});
