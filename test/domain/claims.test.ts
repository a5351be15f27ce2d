import { describe, expect, it } from "vitest";
import {
  type Claim,
  countWords,
  extractClaims,
  splitSentences,
} from "../../src/domain/check/index.ts";

const REF = "2025-05-26"; // a Monday
const claims = (text: string, refDate = REF) => extractClaims(text, { refDate });
const one = (text: string, refDate = REF): Claim => {
  const found = claims(text, refDate);
  expect(found, text).toHaveLength(1);
  return found[0] as Claim;
};

describe("a figure written as a mirrored scoreline", () => {
  it("reads '212-212' of people exchanged as the one figure 212, not a match's score", () => {
    const c = one("Monday's leg of the prisoner exchange ended 212-212.");
    expect(c.number.n).toBe(212);
    expect(claims("Dnipro drew 2-2 on Saturday and won 3-1 on Sunday.")).toEqual([]);
    // With no word of an exchange beside it, the scoreline itself says people were exchanged.
    expect(claims("Tuesday's first leg: 212-212, the young ones.").map((c) => c.number.n)).toEqual([
      212,
    ]);
  });
});

describe("splitSentences", () => {
  it("splits on full stops, keeps offsets into the text", () => {
    const text = "Each side freed 390. The next day 307 more came home!  Then 303?";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      "Each side freed 390.",
      "The next day 307 more came home!",
      "Then 303?",
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it("does not end a sentence at abbreviations, initials or list numbering", () => {
    expect(splitSentences("U.S. officials met at 3 p.m. on Friday.")).toHaveLength(1);
    expect(splitSentences("Decree No. 245 was signed.")).toHaveLength(1);
    expect(splitSentences("J. Smith wrote it.")).toHaveLength(1);
    expect(splitSentences("1. On May 25, 303 were freed.").map((s) => s.text)).toEqual([
      "1. On May 25, 303 were freed.",
    ]);
  });

  it("ends a sentence at a line break (headlines, bullets) and a closing quote", () => {
    const s = splitSentences(
      "Headline with 5 words\n  • May 6, 2025: 205 POWs each\n“It is done.” He left.",
    );
    expect(s.map((x) => x.text)).toEqual([
      "Headline with 5 words",
      "• May 6, 2025: 205 POWs each",
      "“It is done.”",
      "He left.",
    ]);
  });
});

describe("what a figure counts, for whom, and what it measures", () => {
  it.each([
    ["On May 24, 2025, 307 prisoners were released by each side.", "people", "each", "released"],
    ["On May 6, 2025, Russia and Ukraine exchanged 205 POWs each.", "military", "each", "released"],
    ["Each side agreed to free 1,000 servicemen.", "military", "each", "released"],
    ["On May 23, Russia received 270 servicemen.", "military", "russia", "released"],
    ["On May 23, 120 civilians were received from Ukraine.", "civilians", "russia", "released"],
    [
      "Kyiv confirmed that 390 Ukrainian prisoners had returned home.",
      "people",
      "ukraine",
      "released",
    ],
    [
      "On April 19, 31 wounded Ukrainian soldiers were exchanged.",
      "wounded",
      "ukraine",
      "released",
    ],
    ["On January 3, 2024, the two sides swapped nearly 480 POWs.", "military", "total", "released"],
    ["Both countries released 390 of their prisoners of war.", "military", "each", "released"],
    ["Ukraine and Russia each freed 307 prisoners on May 24.", "people", "each", "released"],
    ["Over 16,000 Ukrainian civilians are detained in Russia.", "civilians", "ukraine", "held"],
    [
      "More than 4,750 Ukrainians have been freed since the invasion.",
      "people",
      "ukraine",
      "returned-since-2022",
    ],
    ["By mid-2024, 54 exchanges had taken place.", "exchanges", null, "exchange-count"],
  ] as const)("%s", (text, counted, side, measure) => {
    const c = one(text);
    expect([c.counted, c.side, c.measure]).toEqual([counted, side, measure]);
  });

  it("reads the qualifier and the span", () => {
    const c = one("On January 3, 2024, the two sides swapped nearly 480 POWs.");
    expect(c.number).toMatchObject({ n: 480, qualifier: "nearly", text: "nearly 480" });
    expect(c.span.text).toBe("nearly 480 POWs");
  });

  it("reads number words, ranges of figures and ratios", () => {
    expect(
      one("On May 25, three hundred and three prisoners from each side came home.").number.n,
    ).toBe(303);
    expect(one("Each side agreed to free a thousand prisoners.").number.n).toBe(1000);
    const ratio = one("The 1,000-for-1,000 exchange ended on Sunday.");
    expect(ratio.number.kind).toBe("ratio");
    expect([ratio.counted, ratio.side]).toEqual(["people", "each"]);
    expect(one("Some returnees lost 65–110 pounds in captivity.").number).toMatchObject({
      n: 65,
      n2: 110,
    });
  });

  it("reads ordinals of exchanges", () => {
    expect(one("Officials said this was the 64th exchange since the invasion.").measure).toBe(
      "exchange-ordinal",
    );
    expect(one("It was the fifth such event in 2025 alone.").measure).toBe("exchanges-this-year");
    expect(claims("The third and final wave came on Sunday.")).toEqual([]);
  });

  it("implies the noun of a bare figure in a sentence about an exchange", () => {
    const got = claims(
      "On January 3, 2024, the two sides swapped nearly 480 POWs – Ukraine got 230 back and Russia got 248 – in what was then the biggest exchange yet.",
    );
    expect(got.map((c) => [c.number.n, c.counted, c.side])).toEqual([
      [480, "military", "total"],
      [230, "military", "ukraine"],
      [248, "military", "russia"],
    ]);
    const more = claims(
      "The following day, another 307 were swapped, and the final 303 from each side came home.",
    );
    expect(more.map((c) => [c.number.n, c.side])).toEqual([
      [307, null],
      [303, "each"],
    ]);
  });

  it("marks planned figures and talk of the deal as a whole", () => {
    const c = one("The two countries agreed in Istanbul to exchange 1,000 prisoners each.");
    expect(c.planned).toBe(true);
    expect(one("The deal ended on Sunday, when 303 from each side went home.").whole).toBe(true);
  });

  it("reads 'in just these two days' as a figure released so far", () => {
    const c = extractClaims(
      "On May 24, Zelenskyy said: In just these two days, 697 people have been brought home.",
      { refDate: "2025-05-26" },
    ).find((x) => x.number.text === "697") as Claim;
    expect([c.measure, c.days, c.side, c.date]).toEqual([
      "released-to-date",
      2,
      "ukraine",
      "2025-05-24",
    ]);
  });

  it("reports figures the store does not track with no measure, and leaves alone the ones that would be confused with an exchange's", () => {
    const shells = claims(
      "Russian forces fired some 250 artillery shells and 14 rockets overnight.",
    );
    expect(shells.map((c) => [c.span.text, c.measure])).toEqual([
      ["some 250 artillery shells", null],
      ["14 rockets", null],
    ]);
    // Drones and missiles are tracked (the May 24 attack): counted, as launched.
    const drones = claims(
      "Russian forces launched some 250 strike drones and 14 ballistic missiles overnight.",
    );
    expect(drones.map((c) => [c.span.text, c.measure, c.counted])).toEqual([
      ["some 250 strike drones", "launched", "drones"],
      ["14 ballistic missiles", "launched", "missiles"],
    ]);
    expect(claims("On May 23, 12 journalists were among those released.")).toEqual([]);
    expect(claims("The convoy carried 40 buses of returning soldiers on May 24.")).toEqual([]);
  });
});

describe("numbers that are not claims", () => {
  it.each([
    "The war, now in its fourth year, began in February 2022.",
    "Talks resumed at 10:30 on May 16, 2025 in Istanbul.",
    "Officials met at 3 p.m. and again at 9:45.",
    "For details call +380 44 123 4567 or 555-0123.",
    "1. Background",
    "2) Context",
    "In 2019 Zelensky greeted civilians freed by separatists.",
    "Zelensky's 10-point peace formula was discussed in Room 204.",
    "Su-34 jets and COVID-19 were not on the agenda.",
    "The pause lasted a 30-day stretch, after a week of talks.",
    "A May 6, 2025 one-for-one swap preceded it.",
    "The two delegations met for a second time.",
    "Summary Table: Major 2025 POW Exchanges",
  ])("%s", (text) => {
    expect(claims(text).map((c) => c.span.text)).toEqual([]);
  });
});

describe("when: dates in the sentence, relative dates across sentences", () => {
  it("takes the date in the figure's own clause", () => {
    const got = claims(
      "The following day, another 307 were swapped, and on May 25, the final 303 from each side completed the agreement.",
      REF,
    );
    expect(got).toHaveLength(2);
    expect(got[1]?.date).toBe("2025-05-25");
  });

  it("resolves 'the following day' against the sentence before", () => {
    const got = claims(
      "On May 23, each side released 390 individuals. The following day, another 307 were swapped.",
    );
    expect(got.map((c) => c.date)).toEqual(["2025-05-23", "2025-05-24"]);
  });

  it("resolves weekdays and 'yesterday' against the draft's date, not the sentence before", () => {
    const got = claims(
      "On May 6, 205 POWs were freed by each side. On Friday, 390 prisoners came home. Yesterday, each side freed 303.",
    );
    expect(got.map((c) => c.date)).toEqual(["2025-05-06", "2025-05-23", "2025-05-25"]);
  });

  it("reads 'came the day after X' as X being the day before", () => {
    const got = claims(
      "Russia and Ukraine swapped 307 of their prisoners on May 24. The prisoner swap came the day after both countries released 390 of their prisoners of war.",
    );
    expect(got.map((c) => c.date)).toEqual(["2025-05-24", "2025-05-23"]);
  });

  it("carries the day to a sentence with none, within a paragraph only", () => {
    const got = claims(
      "The third wave came on May 25. Each side released 303 people.\n\nEach side freed 415.",
    );
    expect(got.map((c) => [c.date, c.dateInherited])).toEqual([
      ["2025-05-25", true],
      [null, false],
    ]);
  });

  it("puts a date written without a year in the past of the draft", () => {
    expect(one("On May 24, each side freed 307 prisoners.", "2026-02-01").date).toBe("2025-05-24");
    expect(one("On May 24, each side freed 307 prisoners.", "2025-06-01").date).toBe("2025-05-24");
    expect(one("On May 24, 2027, each side freed 307 prisoners.", "2026-02-01").date).toBe(
      "2027-05-24",
    );
  });

  it("reads 'by mid-2024' and 'by September 2024' as as-of ranges, and 'since 2022' as no date", () => {
    expect(one("By mid-2024 about 3,400 Ukrainians had been freed.").range).toEqual({
      from: "2024-06-01",
      to: "2024-07-31",
    });
    expect(one("By September 2024, 3,672 Ukrainians had been returned.").range).toEqual({
      from: "2024-09-01",
      to: "2024-09-30",
    });
    const since = one("Ukraine has brought home 4,552 people since February 2022.");
    expect([since.date, since.range]).toEqual([null, null]);
  });
});

describe("robustness", () => {
  it("returns nothing for empty or non-string input and never throws on junk", () => {
    expect(extractClaims("", { refDate: REF })).toEqual([]);
    expect(extractClaims(undefined as unknown as string, { refDate: REF })).toEqual([]);
    for (const junk of ["<!channel> 5 5 5", "9".repeat(5000), "\u0000 300 prisoners", "٣٠٠ أسير"]) {
      for (const c of claims(junk)) expect(junk.slice(c.span.start, c.span.end)).toBe(c.span.text);
    }
    expect(claims("On May 24, each side freed 307.", "not a date")).toHaveLength(1);
  });

  it("counts words", () => {
    expect(countWords("  one two\nthree  ")).toBe(3);
    expect(countWords("")).toBe(0);
  });
});

describe("how long the deal took", () => {
  it("is a claim where the words say it of the deal as a whole", () => {
    for (const text of [
      "The exchange took three days.",
      "The swap ran over four days.",
      "It was a three-day exchange.",
    ]) {
      const got = extractClaims(text, { refDate: "2025-05-26" });
      expect(
        got.map((c) => c.measure),
        text,
      ).toEqual(["duration-days"]);
    }
  });

  it("where the days may be the deal so far, reads them as a span to settle beside the figure, never as a plain length; a pause is neither", () => {
    for (const text of [
      "In just these two days, 697 people have been brought home.",
      "Over the two days, 679 people have been freed.",
      "Zelensky said 697 had been brought home in two days.",
    ])
      expect(
        extractClaims(text, { refDate: "2025-05-26" })
          .filter((c) => c.measure === "duration-days")
          .map((c) => [c.number.text, c.spanOf]),
        text,
      ).toEqual([["two", true]]);
    expect(
      extractClaims("The exchange took three days, after a 30-day pause.", {
        refDate: "2025-05-26",
      })
        .filter((c) => c.measure === "duration-days")
        .map((c) => [c.number.text, c.spanOf]),
    ).toEqual([["three", false]]);
  });
});
