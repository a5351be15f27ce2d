// Reading and writing figures, and the one rule for what a qualified figure allows. Each
// case is written as a newsroom would write it; the expected values are worked out by hand.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  contains,
  describeInterval,
  findNumbers,
  formatNumber,
  formatValue,
  type Interval,
  interval,
  type NumberMention,
  overlaps,
  parseNumberWords,
  qualifierFromWords,
} from "../../src/domain/numbers.ts";
import type { Qualifier } from "../../src/store/schema.ts";
import { junkText, longJunk } from "../helpers/junk.ts";

/** A mention as "text|kind|qualifier|n(-n2)", so a whole reading fits on one line. */
function show(m: NumberMention): string {
  return `${m.text}|${m.kind}|${m.qualifier}|${m.n}${m.n2 === undefined ? "" : `-${m.n2}`}`;
}
const read = (text: string) => findNumbers(text).map(show);

describe("parseNumberWords", () => {
  it.each([
    ["three hundred and three", 303],
    ["three hundred three", 303],
    ["a thousand", 1000],
    ["one thousand", 1000],
    ["A Thousand", 1000],
    ["twenty-one", 21],
    ["twenty one", 21],
    ["ninety-nine", 99],
    ["two thousand five hundred", 2500],
    ["one thousand and one", 1001],
    ["one hundred thousand", 100_000],
    ["two million three hundred thousand", 2_300_000],
    ["twelve hundred", 1200],
    ["a hundred", 100],
    ["hundred", 100],
    ["thousand", 1000],
    ["a dozen", 12],
    ["two dozen", 24],
    ["half a dozen", 6],
    ["half a million", 500_000],
    ["a million", 1_000_000],
    ["zero", 0],
    ["seventeen", 17],
    ["4,552", 4552],
    ["1,000", 1000],
    ["16,000", 16_000],
    ["1000", 1000],
    ["303", 303],
    ["1.5 million", 1_500_000],
    ["4.1 million", 4_100_000],
    ["2 billion", 2_000_000_000],
    ["  480  ", 480],
  ])("%s → %d", (text, n) => {
    expect(parseNumberWords(text)).toBe(n);
  });

  it.each([
    "",
    "   ",
    "a",
    "an",
    "and",
    "half",
    "hello",
    "one two",
    "three hundred and",
    "thousand thousand",
    "one million thousand",
    "twenty twenty",
    "fifth",
    "64th",
    "nearly 480",
    "480 prisoners",
    "1,00",
    "12abc",
    "constructor",
    "toString",
  ])("%j is not a number", (text) => {
    expect(parseNumberWords(text)).toBeNull();
  });
});

describe("interval: the one rule", () => {
  const cases: Array<[Qualifier, number, number | undefined, string]> = [
    ["exact", 205, undefined, "[205, 205]"],
    ["about", 3400, undefined, "[3300, 3500]"],
    ["about", 697, undefined, "[690.03, 703.97]"],
    ["about", 1000, undefined, "[900, 1100]"],
    ["nearly", 480, undefined, "[470, 480]"],
    ["nearly", 2000, undefined, "[1800, 2000]"],
    ["more-than", 200, undefined, "(200, 300]"],
    ["more-than", 4750, undefined, "(4750, 7125]"],
    ["at-least", 5, undefined, "[5, 7.5]"],
    ["up-to", 1000, undefined, "[0, 1000]"],
    ["fewer-than", 50, undefined, "[0, 50)"],
    ["range", 65, 110, "[65, 110]"],
    ["range", 110, 65, "[65, 110]"],
    ["range", 65, undefined, "[65, 65]"],
    ["more-than", 0, undefined, "(0, ∞)"],
    ["at-least", 0, undefined, "[0, ∞)"],
  ];
  it.each(cases)("%s %d (n2 %s) → %s", (qualifier, n, n2, expected) => {
    expect(describeInterval(interval({ n, qualifier, n2 }))).toBe(expected);
  });

  it("computes the ends without floating-point noise", () => {
    expect(interval({ n: 480, qualifier: "nearly" }).min).toBe(470);
    expect(interval({ n: 3400, qualifier: "about" }).max).toBe(3500);
    expect(interval({ n: 1000, qualifier: "about" }).min).toBe(900);
  });

  it("reads the documented examples the way the rule's comment says", () => {
    // "nearly 2,000" written before an exchange of exactly 2,000 is not wrong.
    expect(contains(interval({ n: 2000, qualifier: "nearly" }), 2000)).toBe(true);
    // "nearly 480" fits 478, but not 481 or 465.
    expect(contains(interval({ n: 480, qualifier: "nearly" }), 478)).toBe(true);
    expect(contains(interval({ n: 480, qualifier: "nearly" }), 481)).toBe(false);
    expect(contains(interval({ n: 480, qualifier: "nearly" }), 465)).toBe(false);
    // "over 200" fits 205 and 300, not 200 itself and not 301.
    const over = interval({ n: 200, qualifier: "more-than" });
    expect([200, 201, 205, 300, 301].map((x) => contains(over, x))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    // "at least 5" includes 5; "fewer than 50" excludes 50; "up to 1,000" includes 1,000.
    expect(contains(interval({ n: 5, qualifier: "at-least" }), 5)).toBe(true);
    expect(contains(interval({ n: 50, qualifier: "fewer-than" }), 50)).toBe(false);
    expect(contains(interval({ n: 50, qualifier: "fewer-than" }), 0)).toBe(true);
    expect(contains(interval({ n: 1000, qualifier: "up-to" }), 1000)).toBe(true);
    // "about 3,400" is rounded to the hundred: 3,300–3,500, not 3,672.
    expect(contains(interval({ n: 3400, qualifier: "about" }), 3300)).toBe(true);
    expect(contains(interval({ n: 3400, qualifier: "about" }), 3672)).toBe(false);
  });

  it("accepts a store NumberValue as it is", () => {
    const value = {
      type: "number" as const,
      n: 480,
      qualifier: "nearly" as const,
      said: "nearly 480",
    };
    expect(interval(value)).toEqual({ min: 470, max: 480, minOpen: false, maxOpen: false });
  });
});

describe("overlaps and contains respect open ends", () => {
  const i = (min: number, max: number, minOpen = false, maxOpen = false): Interval => ({
    min,
    max,
    minOpen,
    maxOpen,
  });

  it("overlapping interiors meet", () => {
    expect(overlaps(i(0, 10), i(5, 20))).toBe(true);
    expect(overlaps(i(5, 20), i(0, 10))).toBe(true);
    expect(overlaps(i(0, 10, true, true), i(9, 20, true, true))).toBe(true);
  });

  it("disjoint intervals do not meet", () => {
    expect(overlaps(i(0, 10), i(11, 20))).toBe(false);
    expect(overlaps(i(11, 20), i(0, 10))).toBe(false);
  });

  it("touching ends meet only when both are closed", () => {
    expect(overlaps(i(0, 10), i(10, 20))).toBe(true);
    expect(overlaps(i(0, 10, false, true), i(10, 20))).toBe(false);
    expect(overlaps(i(0, 10), i(10, 20, true))).toBe(false);
  });

  it("a point meets an interval only where the interval includes it", () => {
    expect(overlaps(i(200, 300, true), i(200, 200))).toBe(false);
    expect(overlaps(i(200, 300, true), i(300, 300))).toBe(true);
    expect(overlaps(i(0, 50, false, true), i(50, 50))).toBe(false);
  });

  it("an empty interval meets nothing", () => {
    expect(overlaps(i(5, 5, true), i(0, 10))).toBe(false);
  });

  it("compares figures the way disputes do", () => {
    const fits = (a: Parameters<typeof interval>[0], b: Parameters<typeof interval>[0]) =>
      overlaps(interval(a), interval(b));
    expect(fits({ n: 390, qualifier: "exact" }, { n: 270, qualifier: "exact" })).toBe(false);
    expect(fits({ n: 205, qualifier: "exact" }, { n: 200, qualifier: "more-than" })).toBe(true);
    expect(fits({ n: 1000, qualifier: "about" }, { n: 1100, qualifier: "exact" })).toBe(true);
    expect(fits({ n: 1000, qualifier: "about" }, { n: 1101, qualifier: "exact" })).toBe(false);
    expect(fits({ n: 65, qualifier: "range", n2: 110 }, { n: 100, qualifier: "more-than" })).toBe(
      true,
    );
    expect(fits({ n: 65, qualifier: "range", n2: 110 }, { n: 110, qualifier: "more-than" })).toBe(
      false,
    );
    expect(fits({ n: 2000, qualifier: "nearly" }, { n: 2000, qualifier: "fewer-than" })).toBe(true);
    expect(fits({ n: 1800, qualifier: "fewer-than" }, { n: 2000, qualifier: "nearly" })).toBe(
      false,
    );
  });

  it("contains treats infinity as an open upper end", () => {
    expect(contains(interval({ n: 0, qualifier: "more-than" }), 1e12)).toBe(true);
    expect(contains(interval({ n: 0, qualifier: "more-than" }), 0)).toBe(false);
  });
});

describe("formatNumber and formatValue", () => {
  it.each([
    [1000, "1,000"],
    [4552, "4,552"],
    [303, "303"],
    [0, "0"],
    [-0, "0"],
    [16000, "16,000"],
    [1_500_000, "1,500,000"],
    [1.5, "1.5"],
    [7.25, "7.3"],
    [2.04, "2"],
  ])("%d → %s", (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it.each([
    [{ n: 480, qualifier: "nearly" }, "nearly 480"],
    [{ n: 4750, qualifier: "more-than" }, "more than 4,750"],
    [{ n: 65, qualifier: "range", n2: 110 }, "65–110"],
    [{ n: 3400, qualifier: "about" }, "about 3,400"],
    [{ n: 5, qualifier: "at-least" }, "at least 5"],
    [{ n: 205, qualifier: "exact" }, "205"],
    [{ n: 1000, qualifier: "up-to" }, "up to 1,000"],
    [{ n: 50, qualifier: "fewer-than" }, "fewer than 50"],
    [{ n: 65, qualifier: "range" }, "65"],
  ] as const)("%j → %s", (v, text) => {
    expect(formatValue(v)).toBe(text);
  });

  it("writes back what it reads", () => {
    for (const said of [
      "nearly 480",
      "more than 4,750",
      "about 3,400",
      "at least 5",
      "205",
      "up to 1,000",
    ]) {
      const [m] = findNumbers(said);
      expect(m && formatValue(m)).toBe(said);
    }
  });
});

describe("qualifierFromWords", () => {
  it.each([
    ["more than", "more-than"],
    ["over", "more-than"],
    ["above", "more-than"],
    ["upwards of", "more-than"],
    ["a little over", "more-than"],
    ["nearly", "nearly"],
    ["almost", "nearly"],
    ["close to", "nearly"],
    ["just under", "nearly"],
    ["about", "about"],
    ["around", "about"],
    ["approximately", "about"],
    ["roughly", "about"],
    ["some", "about"],
    ["an estimated", "about"],
    ["at least", "at-least"],
    ["no fewer than", "at-least"],
    ["up to", "up-to"],
    ["at most", "up-to"],
    ["no more than", "up-to"],
    ["fewer than", "fewer-than"],
    ["less than", "fewer-than"],
    ["under", "fewer-than"],
    ["exactly", "exact"],
  ])("%s → %s", (words, q) => {
    expect(qualifierFromWords(words)).toBe(q);
  });

  it("ignores case and spacing", () => {
    expect(qualifierFromWords("  More   THAN ")).toBe("more-than");
    expect(qualifierFromWords("Just\tUnder")).toBe("nearly");
  });

  it.each(["", "between", "for", "the", "more", "than", "nearly 480", "toString", "__proto__"])(
    "%j → null",
    (words) => {
      expect(qualifierFromWords(words)).toBeNull();
    },
  );
});

describe("findNumbers: cardinals and qualifiers", () => {
  it("reads digits with and without separators, decimals and scales", () => {
    expect(read("4,552 people, 1000 more, 16,000 in all, 1.5 million, 2.5 and 7")).toEqual([
      "4,552|cardinal|exact|4552",
      "1000|cardinal|exact|1000",
      "16,000|cardinal|exact|16000",
      "1.5 million|cardinal|exact|1500000",
      "2.5|cardinal|exact|2.5",
      "7|cardinal|exact|7",
    ]);
  });

  it("reads number words, one mention per number", () => {
    expect(
      read("three hundred and three soldiers, a thousand captives, twenty-one civilians"),
    ).toEqual([
      "three hundred and three|cardinal|exact|303",
      "a thousand|cardinal|exact|1000",
      "twenty-one|cardinal|exact|21",
    ]);
    expect(read("two thousand five hundred and a dozen")).toEqual([
      "two thousand five hundred|cardinal|exact|2500",
      "a dozen|cardinal|exact|12",
    ]);
  });

  it("folds a qualifier before the number into the span", () => {
    expect(read("nearly 480 and Over 500, about 3,400, more than 4,750, at least 5")).toEqual([
      "nearly 480|cardinal|nearly|480",
      "Over 500|cardinal|more-than|500",
      "about 3,400|cardinal|about|3400",
      "more than 4,750|cardinal|more-than|4750",
      "at least 5|cardinal|at-least|5",
    ]);
    expect(
      read("nearly two thousand, more than a thousand, just under 2,000, no more than 5"),
    ).toEqual([
      "nearly two thousand|cardinal|nearly|2000",
      "more than a thousand|cardinal|more-than|1000",
      "just under 2,000|cardinal|nearly|2000",
      "no more than 5|cardinal|up-to|5",
    ]);
    expect(
      read("a little over 1,000, some 1,000, an estimated 300, up to 50, fewer than 9"),
    ).toEqual([
      "a little over 1,000|cardinal|more-than|1000",
      "some 1,000|cardinal|about|1000",
      "an estimated 300|cardinal|about|300",
      "up to 50|cardinal|up-to|50",
      "fewer than 9|cardinal|fewer-than|9",
    ]);
  });

  it("gives offsets that slice back to the text", () => {
    const text = "Ukraine said nearly 480 came home, and “over 16,000” since 2022.";
    const mentions = findNumbers(text);
    expect(mentions.map((m) => m.text)).toEqual(["nearly 480", "over 16,000", "2022"]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions[0]?.start).toBe(text.indexOf("nearly"));
  });

  it("does not read a qualifier that belongs to an earlier number", () => {
    expect(read("over 200 300")).toEqual([
      "over 200|cardinal|more-than|200",
      "300|cardinal|exact|300",
    ]);
  });

  it("does not read number words inside other words", () => {
    expect(read("someone often tended the tone of the stone wall")).toEqual([]);
    expect(read("dozensome hundredsfold thousandsth")).toEqual([]);
  });

  it("skips names with digits and digit runs too long to be figures", () => {
    expect(read("COVID-19 and Su-34 and A320")).toEqual([]);
    expect(read(`id ${"9".repeat(40)} then 5`)).toEqual(["5|cardinal|exact|5"]);
  });

  it("reads every figure the bundled store quotes", () => {
    const said: Array<[string, number]> = [
      ["Over 500", 500],
      ["nearly 480", 480],
      ["a thousand", 1000],
      ["thousand-for-thousand", 1000],
      ["around 1,000", 1000],
      ["about 3,400", 3400],
      ["more than 4,750", 4750],
      ["nearly 2,000", 2000],
      ["over 16,000", 16_000],
      ["over 200", 200],
      ["64th", 64],
      ["49th", 49],
      ["fifth", 5],
      ["three", 3],
      ["4,552", 4552],
      ["3,672", 3672],
    ];
    for (const [text, n] of said)
      expect(
        findNumbers(text).map((m) => m.n),
        text,
      ).toContain(n);
  });
});

describe("findNumbers: ranges and ratios", () => {
  it("reads ranges written four ways", () => {
    for (const text of ["65–110", "65-110", "between 65 and 110", "65 to 110", "65 — 110"]) {
      expect(read(text), text).toEqual([`${text}|cardinal|range|65-110`]);
    }
  });

  it("shares a scale written once across a range", () => {
    expect(read("two to three thousand")).toEqual([
      "two to three thousand|cardinal|range|2000-3000",
    ]);
    expect(read("1.5–2 million")).toEqual(["1.5–2 million|cardinal|range|1500000-2000000"]);
  });

  it("reads a range of years as years", () => {
    expect(read("2014–2022")).toEqual(["2014–2022|year|range|2014-2022"]);
  });

  it("does not read a descending pair or a change as a range", () => {
    // A descending pair with nothing counted is a score (issue 10), not two figures or a range.
    expect(read("3-2")).toEqual(["3-2|score|exact|3-2"]);
    expect(read("3 - 2 people")).toEqual(["3|cardinal|exact|3", "2|cardinal|exact|2"]);
    expect(read("rose from 205 to 390")).toEqual([
      "205|cardinal|exact|205",
      "390|cardinal|exact|390",
    ]);
    expect(read("a 30-day ceasefire")).toEqual(["30|cardinal|exact|30"]);
  });

  it("reads exchange ratios as one figure", () => {
    expect(read("the 1,000-for-1,000 deal")).toEqual(["1,000-for-1,000|ratio|exact|1000"]);
    expect(read("the thousand-for-thousand swap")).toEqual([
      "thousand-for-thousand|ratio|exact|1000",
    ]);
    expect(read("1,000 for 1,000")).toEqual(["1,000 for 1,000|ratio|exact|1000"]);
    expect(read("a one-for-one swap")).toEqual(["one-for-one|ratio|exact|1"]);
    expect(read("two-for-one")).toEqual(["two-for-one|ratio|exact|2-1"]);
  });

  it("skips all-for-all, which has no number", () => {
    expect(read("an “all-for-all” exchange")).toEqual([]);
  });
});

describe("findNumbers: ordinals, years and dates", () => {
  it("reads ordinals in digits and words", () => {
    expect(
      read(
        "the 64th exchange, its 49th, the fifth such event, first and second, twenty-first, 1,000th",
      ),
    ).toEqual([
      "64th|ordinal|exact|64",
      "49th|ordinal|exact|49",
      "fifth|ordinal|exact|5",
      "first|ordinal|exact|1",
      "second|ordinal|exact|2",
      "twenty-first|ordinal|exact|21",
      "1,000th|ordinal|exact|1000",
    ]);
  });

  it("reads years standing alone and after in, since, of", () => {
    expect(read("since 2022, in 1991, of 2025, 2024 was hard")).toEqual([
      "2022|year|exact|2022",
      "1991|year|exact|1991",
      "2025|year|exact|2025",
      "2024|year|exact|2024",
    ]);
  });

  it("reads a year-shaped count as a count", () => {
    expect(read("2000 prisoners")).toEqual(["2000|cardinal|exact|2000"]);
    expect(read("nearly 2000 came back")).toEqual(["nearly 2000|cardinal|nearly|2000"]);
    expect(read("2,025 people")).toEqual(["2,025|cardinal|exact|2025"]);
  });

  it("keeps a year a year after in even when a noun follows", () => {
    expect(read("in 2022 Ukrainian soldiers")).toEqual(["2022|year|exact|2022"]);
  });

  it("reads the day of a date as a date-part and its year as a year", () => {
    expect(read("May 24, 2025")).toEqual(["24|date-part|exact|24", "2025|year|exact|2025"]);
    expect(read("24 May 2025")).toEqual(["24|date-part|exact|24", "2025|year|exact|2025"]);
    expect(read("the 24th of May")).toEqual(["24th|date-part|exact|24"]);
    expect(read("May 24th")).toEqual(["24th|date-part|exact|24"]);
    expect(read("the first of June")).toEqual(["first|date-part|exact|1"]);
    expect(read("in February 2022")).toEqual(["2022|year|exact|2022"]);
  });

  it("reads a day range as one date-part", () => {
    expect(read("May 23–25")).toEqual(["23–25|date-part|range|23-25"]);
    expect(read("16-22 May")).toEqual(["16-22|date-part|range|16-22"]);
  });

  it("splits numeric dates into parts", () => {
    expect(read("2025-05-24")).toEqual([
      "2025|year|exact|2025",
      "05|date-part|exact|5",
      "24|date-part|exact|24",
    ]);
    expect(read("24.05.2025")).toEqual([
      "24|date-part|exact|24",
      "05|date-part|exact|5",
      "2025|year|exact|2025",
    ]);
  });

  it("does not take a count after a month for a day", () => {
    expect(read("In May 205 POWs")).toEqual(["205|cardinal|exact|205"]);
  });
});

describe("findNumbers: times, lists, phones, percents, money", () => {
  it("reads times as the hour of the day", () => {
    expect(
      read("at 10:30, at 3 p.m., at 0:00, at 11am, at 3:30 PM, at 12 a.m., at 9 o'clock"),
    ).toEqual([
      "10:30|time|exact|10.5",
      "3 p.m.|time|exact|15",
      "0:00|time|exact|0",
      "11am|time|exact|11",
      "3:30 PM|time|exact|15.5",
      "12 a.m.|time|exact|0",
      "9 o'clock|time|exact|9",
    ]);
  });

  it("does not read an impossible clock as a time", () => {
    expect(findNumbers("25:99").map((m) => m.kind)).not.toContain("time");
  });

  it("reads list numbering at the start of a line only", () => {
    expect(read("1. Kyiv\n2) Moscow\n   3. Istanbul")).toEqual([
      "1.|list-marker|exact|1",
      "2)|list-marker|exact|2",
      "3.|list-marker|exact|3",
    ]);
    expect(read("Item 1. Then 2) more")).toEqual(["1|cardinal|exact|1", "2|cardinal|exact|2"]);
    expect(read("1.5 million")).toEqual(["1.5 million|cardinal|exact|1500000"]);
  });

  it("reads phone-shaped digit groups as phones", () => {
    expect(read("call +380 44 123 4567 or 555-0123 or (044) 123-4567 or 067 123 45 67")).toEqual([
      "+380 44 123 4567|phone|exact|380441234567",
      "555-0123|phone|exact|5550123",
      "(044) 123-4567|phone|exact|441234567",
      "067 123 45 67|phone|exact|671234567",
    ]);
  });

  it("does not read thousands grouping or a comma range as a phone", () => {
    expect(read("300-1,000")).toEqual(["300-1,000|cardinal|range|300-1000"]);
    expect(findNumbers("16\u00a0000 people")[0]?.n).toBe(16_000);
    expect(findNumbers("16.000.000").every((m) => m.kind !== "phone")).toBe(true);
  });

  it("reads percents", () => {
    expect(read("30%, 30 percent, 30 per cent, about 40%, 30–40%")).toEqual([
      "30%|percent|exact|30",
      "30 percent|percent|exact|30",
      "30 per cent|percent|exact|30",
      "about 40%|percent|about|40",
      "30–40%|percent|range|30-40",
    ]);
  });

  it("reads money", () => {
    expect(
      read("$5 million, about $5 million, €2.5bn, US$300, 100 dollars, ₴40, $5–10 million"),
    ).toEqual([
      "$5 million|money|exact|5000000",
      "about $5 million|money|about|5000000",
      "€2.5bn|money|exact|2500000000",
      "US$300|money|exact|300",
      "100 dollars|money|exact|100",
      "₴40|money|exact|40",
      "$5–10 million|money|range|5000000-10000000",
    ]);
    expect(read("a lone $ sign")).toEqual([]);
  });
});

describe("findNumbers on a real paragraph", () => {
  it("finds each figure once, in order, with the right kind", () => {
    const text =
      "On May 6, 2025, Russia and Ukraine exchanged 205 POWs each. April 19, 2025: Over 500 " +
      "prisoners were swapped, with 246 POWs released by each side. The 1,000-for-1,000 deal " +
      "was the 64th exchange since February 2022, in over three years.";
    expect(read(text)).toEqual([
      "6|date-part|exact|6",
      "2025|year|exact|2025",
      "205|cardinal|exact|205",
      "19|date-part|exact|19",
      "2025|year|exact|2025",
      "Over 500|cardinal|more-than|500",
      "246|cardinal|exact|246",
      "1,000-for-1,000|ratio|exact|1000",
      "64th|ordinal|exact|64",
      "2022|year|exact|2022",
      "over three|cardinal|more-than|3",
    ]);
  });
});

/** What the reader looks for, and what breaks readers: the junk tests are made of these. */
const NUMBER_PIECES = [
  "May",
  "24",
  "1,000",
  "-",
  "–",
  "for",
  " ",
  "\n",
  "nearly",
  "about",
  "a",
  "thousand",
  "and",
  "hundred",
  "twenty",
  "one",
  "first",
  "$",
  "%",
  "+",
  "380",
  "(",
  ")",
  ".",
  ",",
  ":",
  "2025",
  "2025-05-24",
  "p.m.",
  "between",
  "to",
  "th",
  "😀",
  "👩‍👩‍👧",
  "مرحبا ١٢٣",
  "שלום 45",
  "\u0000",
  "\u0007",
  "\u200f",
  "\u202e",
  "\ud800",
  "\udfff",
  "\t",
  "over",
  "half",
  "dozen",
  "million",
  "bn",
  "€",
  "US$",
  "0",
  "99999999999999999999",
  "Sept.",
  "\r\n",
  "\u00a0",
  "½",
  "①",
  "𝟙𝟚",
];

/** The first way the mentions break their contract, or null; one expect per text keeps 100k mentions fast. */
function brokenMention(text: string, mentions: NumberMention[]): string | null {
  let lastEnd = 0;
  for (const m of mentions) {
    if (m.start < lastEnd) return `overlaps the previous mention: ${JSON.stringify(m)}`;
    if (m.end <= m.start) return `empty span: ${JSON.stringify(m)}`;
    if (text.slice(m.start, m.end) !== m.text) return `text is not the span: ${JSON.stringify(m)}`;
    if (!Number.isFinite(m.n) || m.n < 0) return `n is not a figure: ${JSON.stringify(m)}`;
    lastEnd = m.end;
  }
  return null;
}

describe("findNumbers never throws", () => {
  it("on thousands of junk strings, with spans that slice back and never overlap", () => {
    fc.assert(
      fc.property(junkText(NUMBER_PIECES, 200), (text) => {
        expect(brokenMention(text, findNumbers(text)), JSON.stringify(text)).toBeNull();
        expect(() => parseNumberWords(text)).not.toThrow();
      }),
      { seed: 20250524, numRuns: 3000 },
    );
  });

  it("on long and strange inputs", () => {
    const inputs = [
      longJunk(NUMBER_PIECES, 50_000, 7),
      longJunk(NUMBER_PIECES, 100_000, 8),
      "1".repeat(100_000),
      "1,000,".repeat(20_000),
      "one ".repeat(25_000),
      "a ".repeat(50_000),
      "+1 2 ".repeat(20_000),
      `one${" ".repeat(100_000)}thousand`,
      "\u0000\u0001\u0002\u001f\u007f".repeat(10_000),
      "😀".repeat(30_000),
      "عدد ٣٠٠ أسير ".repeat(3000),
      "שבויים 300 ".repeat(3000),
    ];
    for (const text of inputs) expect(brokenMention(text, findNumbers(text))).toBeNull();
  });

  it("on values that are not strings at all", () => {
    expect(findNumbers(undefined as unknown as string)).toEqual([]);
    expect(findNumbers("")).toEqual([]);
  });
});

describe("a point grouping thousands in European copy", () => {
  it("reads '4.552 persons' as 4,552 where people are counted, and keeps decimals elsewhere", () => {
    expect(findNumbers("Ukraine brought home 4.552 persons.")[0]).toMatchObject({ n: 4552 });
    expect(findNumbers("about 3.400 Ukrainians were freed")[0]).toMatchObject({ n: 3400 });
    expect(findNumbers("Some 1.5 million people fled.")[0]).toMatchObject({ n: 1_500_000 });
    expect(findNumbers("a ratio of 4.552 to one")[0]).toMatchObject({ n: 4.552 });
  });
});
