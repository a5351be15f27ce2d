import { describe, expect, it } from "vitest";
import { scoreDates, scoreNumbers } from "../../bench/numbers/score.ts";
import { parseSentences, type Reading } from "../../bench/numbers/set.ts";

/** A two-sentence fixture whose scores are worked out by hand below. */
const fixture = parseSentences([
  {
    id: "a",
    domain: "markets",
    text: "Shares rose 6.5% to 164p in the S&P 500 since 2014.",
    q: [
      { s: "6.5%", v: 6.5, u: "%", c: "up" },
      { s: "164p", v: 164, u: "p" },
    ],
    not: ["S&P 500"],
    d: [{ s: "since 2014", iso: "2014" }],
  },
  {
    id: "b",
    domain: "tech",
    text: "Sounds between 15kHz and 17kHz, said about 300 people on Friday.",
    q: [
      { s: "15kHz and 17kHz", v: 15, v2: 17, u: "kHz" },
      { s: "300", v: 300, c: "~" },
    ],
    d: [{ s: "on Friday" }],
  },
]);

const at = (text: string, s: string, r: Omit<Reading, "start" | "end">): Reading => {
  const start = text.indexOf(s);
  if (start < 0) throw new Error(s);
  return { start, end: start + s.length, ...r };
};

describe("the number scorer", () => {
  it("scores a perfect reader 1 everywhere", () => {
    const s = scoreNumbers(
      fixture,
      (text) => fixture.find((f) => f.text === text)?.quantities.map((q) => ({ ...q })) ?? [],
    );
    expect(s).toMatchObject({
      gold: 4,
      predicted: 4,
      matched: 4,
      f1: 1,
      valueChangeF1: 1,
      unitAcc: 1,
      changeAcc: 1,
    });
  });

  it("counts names as false positives, ignores readings inside dates, and needs a range read as a range", () => {
    const [a, b] = fixture.map((f) => f.text) as [string, string];
    const readings: Record<string, Reading[]> = {
      [a]: [
        at(a, "6.5%", { value: 6.5, unit: "%" }), // matched, change wrong ("=" for "up")
        at(a, "164p", { value: 164.5 }), // within 0.5 %: matched, unit wrong
        at(a, "500", { value: 500 }), // a name: false positive
        at(a, "2014", { value: 2014 }), // inside a date: not counted
      ],
      [b]: [
        at(b, "15kHz", { value: 15, unit: "kHz" }), // a range read as one figure: wrong value
        at(b, "17kHz", { value: 17, unit: "kHz" }), // wrong value
        at(b, "300", { value: 302, change: "~" }), // 0.67 % off: wrong value
      ],
    };
    const s = scoreNumbers(fixture, (text) => readings[text] ?? []);
    expect(s.gold).toBe(4);
    expect(s.predicted).toBe(6);
    expect(s.matched).toBe(2);
    expect(s.precision).toBeCloseTo(2 / 6);
    expect(s.recall).toBeCloseTo(2 / 4);
    expect(s.f1).toBeCloseTo(0.4);
    // Of the two matched, only 164p has its change right: P 1/6, R 1/4.
    expect(s.valueChangeF1).toBeCloseTo(0.2);
    expect(s.unitAcc).toBeCloseTo(0.5);
    expect(s.changeAcc).toBeCloseTo(0.5);
    expect(s.fp).toEqual({ nonQuantity: 1, wrongValue: 3, unlabelled: 0 });
  });

  it("matches each label and each reading once", () => {
    const [a] = fixture.map((f) => f.text) as [string];
    const twice = at(a, "6.5% to 164p", { value: 6.5, unit: "%", change: "up" });
    const s = scoreNumbers(fixture.slice(0, 1), () => [twice]);
    expect(s).toMatchObject({ gold: 2, predicted: 1, matched: 1 });
  });

  it("scores date spans by overlap and resolution by ISO prefix", () => {
    const [a, b] = fixture.map((f) => f.text) as [string, string];
    const s = scoreDates(fixture, (text) =>
      text === a
        ? [{ start: a.indexOf("2014"), end: a.indexOf("2014") + 4, iso: "2013-01-01" }]
        : [
            { start: b.indexOf("Friday"), end: b.length },
            { start: 0, end: 6 },
          ],
    );
    expect(s).toMatchObject({ gold: 2, predicted: 3, matched: 2, resolvable: 1, resolvedAcc: 0 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBe(1);
  });
});

describe("the set's loader", () => {
  it("refuses a span that is not in the text", () => {
    expect(() =>
      parseSentences([{ id: "x", domain: "d", text: "ten", q: [{ s: "11", v: 11 }] }]),
    ).toThrow(/not in the text/);
  });
});
