// Short forms and wording from reporters' notes and translated copy that name what a figure
// counts or how far it reaches, read the same as the long forms (vocabulary.ts holds them).
import { describe, expect, it } from "vitest";
import type { ClaimCheck } from "../../src/domain/answers.ts";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figures = (text: string, refDate: string | null = null): ClaimCheck[] =>
  factcheck(k, text, { refDate }).claims.filter((c) => c.kind !== "day");

describe("what a figure counts, in short forms", () => {
  it("'civs' and 'civil persons' are civilians", () => {
    for (const noun of ["civs", "civil persons"]) {
      const [c] = figures(`Moscow said it took back 120 ${noun} on Friday.`, "2025-05-25");
      expect(c).toMatchObject({ read: "120", counted: "civilians", verdict: "disputed" });
    }
  });

  it("'ppl' is people: a figure with no other noun is a count of those exchanged", () => {
    const [c] = figures(
      "Largest swap so far? Yes: almost 2,000 ppl, most since 2022.",
      "2025-05-26",
    );
    expect(c).toMatchObject({ read: "almost 2,000", counted: "people", verdict: "supported" });
  });
});

describe("side and scope in translated word order", () => {
  it("what the sides handed 'to each other' / 'to one another' is both sides together", () => {
    const [, c] = figures(
      "Over the three days the sides transferred 1 000 persons to each other.",
      "2025-05-26",
    );
    expect(c).toMatchObject({ read: "1 000", side: "total", verdict: "contradicted" });
    expect(c?.correction).toContain("2,000");
    const [d] = figures(
      "Russia and Ukraine released 2 000 prisoners to one another in three days.",
      "2025-05-26",
    );
    expect(d).toMatchObject({ side: "total", verdict: "supported" });
  });

  it("'Totally' leading a clause is the whole deal; 'totally' inside one says nothing of scope", () => {
    const [c] = figures("Totally, 697 came home.", "2025-05-26");
    expect(c).toMatchObject({ read: "697", verdict: "contradicted" });
    expect(c?.correction).toContain("1,000");
    const [d] = figures("Kyiv got back 697 persons, totally exhausted.", "2025-05-26");
    expect(d?.verdict).toBe("unverified");
  });

  it("'in all … were swapped N', the verb before its figure, is the swap's total", () => {
    const [, c] = figures("Totally for the three days were swapped 1 000 persons.", "2025-05-26");
    expect(c).toMatchObject({ read: "1 000", side: "total", verdict: "contradicted" });
    expect(c?.correction).toContain("2,000");
  });
});

describe("how badly wounded, one list for every reader", () => {
  it("'gravely' and 'heavily' wounded count the wounded, as 'seriously' does", () => {
    const [c] = figures("On April 19 Kyiv returned 15 heavily wounded Russians.", "2025-04-20");
    expect(c).toMatchObject({ read: "15", counted: "wounded", verdict: "supported" });
    const [d] = figures("On April 19 Ukraine got back 31 gravely wounded soldiers.", "2025-04-20");
    expect(d).toMatchObject({ read: "31", counted: "wounded", verdict: "supported" });
  });

  it("'N soldiers and M heavily wounded': the second figure is the wounded, not the soldiers", () => {
    const got = figures(
      "On April 19 Ukraine got back 246 soldiers and 31 heavily wounded.",
      "2025-04-20",
    );
    expect(got.map((c) => [c.read, c.counted, c.verdict])).toEqual([
      ["246", "military", "supported"],
      ["31", "wounded", "supported"],
    ]);
  });
});

describe("running totals and the deal so far", () => {
  it("'since beginning of full-scale invasion', with no article, is the war's running total", () => {
    const [c] = figures(
      "Since beginning of full-scale invasion from captivity were freed 4 552 citizens.",
      "2025-05-24",
    );
    expect(c).toMatchObject({ read: "4 552", side: "ukraine" });
    expect(c?.verdict).not.toBe("unverified");
    expect(c?.verdict).not.toBe("contradicted");
  });

  it("'total now N' is the deal so far, not the wave the sentence last named", () => {
    const got = figures(
      "Ukraine got 390 back on Friday and 307 on Saturday, total now 697 Ukrainians.",
      "2025-05-24",
    );
    expect(got.find((c) => c.read === "697")?.verdict).toBe("supported");
  });
});

describe("how many days into the deal", () => {
  it("'two days in:' and 'two days into the swap' are the deal over its first two days", () => {
    const [c] = figures(
      "Two days in: 1,394 people have crossed, both directions counted.",
      "2025-05-24",
    );
    expect(c).toMatchObject({ read: "1,394", verdict: "supported" });
    const [d] = figures("Two days into the swap, Kyiv has 690 back.", "2025-05-24");
    expect(d).toMatchObject({ read: "690", verdict: "contradicted" });
    expect(d?.correction).toContain("697");
  });

  it("'two days into the talks' says nothing of the swap's progress", () => {
    const [c] = figures("Two days into the talks, Kyiv has 690 back.", "2025-05-24");
    expect(c?.verdict).not.toBe("contradicted");
  });
});

describe("a weekday in shorthand before a sum's '='", () => {
  it("'… 303 sun = 1,000 a side' keeps the last figure's own day", () => {
    const got = figures(
      "Tally for the box: 390 fri, 307 sat, 303 sun = 1,000 a side",
      "2025-05-27",
    );
    const last = got.find((c) => c.read === "303");
    expect(last?.verdict).toBe("supported");
  });
});
