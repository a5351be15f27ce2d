// The number reader on copy from every desk (issue 10): units, changes, names, scores, vague
// counts and fractions, abbreviations, ranges with units. Each sentence is written for this
// file; the expected readings are worked out by hand.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { findNumbers, type NumberMention } from "../../src/domain/numbers.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

/** A reading as "value[-value2] unit change", the unit and change only where read. */
function show(m: NumberMention): string {
  const value = m.n2 === undefined ? `${m.n}` : `${m.n}-${m.n2}`;
  return [value, m.unit, m.change].filter((x) => x !== undefined).join(" ");
}
/** The figures of a sentence: names, scores, years and the like left out. */
const FIGURES = new Set(["cardinal", "money", "percent", "fraction", "vague"]);
const figures = (text: string) =>
  findNumbers(text)
    .filter((m) => FIGURES.has(m.kind))
    .map(show);
const kinds = (text: string) => findNumbers(text).map((m) => `${m.text}|${m.kind}`);

describe("a change and the level it reached are two figures, not a range", () => {
  it.each([
    ["Shares in the brewer jumped 8.2% to 412p on the news.", ["8.2 % up", "412 p"]],
    ["The index fell 0.6 per cent to 7,482 by the close.", ["0.6 % down", "7482"]],
    [
      "Reserves climbed by $12.5 billion to $301.7 billion in March.",
      ["12500000000 USD up", "301700000000 USD"],
    ],
    ["Average rainfall went from 61.2 to 64.8 mm a month.", ["61.2 mm", "64.8 mm"]],
    ["The town grew in 2011 to 4.2 million residents.", ["4200000"]],
    [
      "Sales slid 3% to £1.2bn, from £1.24bn a year earlier.",
      ["3 % down", "1200000000 GBP", "1240000000 GBP"],
    ],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it("still reads a range where nothing moves", () => {
    expect(figures("Tickets cost between $40 and $60.")).toEqual(["40-60 USD"]);
    expect(figures("Highs of 18-23C are expected inland.")).toEqual(["18-23 °C"]);
    expect(figures("The mast picks up signals between 88MHz and 108MHz.")).toEqual(["88-108 MHz"]);
    expect(figures("Estimates run from €30-40bn.")).toEqual(["30000000000-40000000000 EUR"]);
  });
});

describe("names, models and labels are not figures", () => {
  it.each([
    "The S&P 500 and the FTSE 100 both closed higher.",
    "Reviewers liked the Pixel 8 Pro and the Apple Watch 9.",
    "The Boeing 787 was grounded before Game 3 of the series.",
    "The car passed the ISO 3888-2 lane-change test.",
    "Fans in Section 114 Row 12 cheered as the Big Ten title was decided.",
    "Leaders of the G20 discussed Covid-19, 5G masts and F-35 jets.",
    "Astronomers are still hunting for Planet 9.",
    "The 49ers reached Super Bowl 58.",
  ])("%s", (text) => {
    expect(figures(text)).toEqual([]);
  });

  it("keeps a figure that follows a name", () => {
    expect(figures("The FTSE 100 rose 12 points to 8,145.")).toEqual(["12 pt up", "8145"]);
    // Not an exchange ratio ("1,000 for 1,000"): a rank, then a span of time.
    expect(figures("She was world No 1 for 428 weeks.")).toEqual(["428 week"]);
  });
});

describe("scores and results are not figures", () => {
  it.each([
    ["Leeds beat Hull 3-1 at Elland Road.", "3-1|score"],
    ["The semi-final finished 1-1 on aggregate.", "1-1|score"],
    ["They were 2-0 down at the break.", "2-0|score"],
    ["The court ruled in a 6-3 decision.", "6-3|score"],
    ["The Celtics won 118-104 on Sunday.", "118-104|score"],
  ])("%s", (text, score) => {
    expect(kinds(text)).toContain(score);
    expect(figures(text)).toEqual([]);
  });

  it("reads a rising pair as a range, not a score", () => {
    expect(figures("Rooms sleep 2-4 guests.")).toEqual(["2-4"]);
  });
});

describe("vague counts and fractions", () => {
  it.each([
    ["Dozens of flights were cancelled.", ["24-99"]],
    ["Hundreds of homes lost power.", ["200-999"]],
    ["Tens of thousands of runners took part.", ["20000-99999"]],
    ["Millions of viewers tuned in.", ["2000000-9999999"]],
    ["About a quarter of pupils walk to school.", ["0.25"]],
    ["One in five drivers admitted speeding.", ["0.2"]],
    ["Nine out of 10 dentists agreed.", ["0.9"]],
    ["Almost half of the budget went on staff.", ["0.5"]],
    ["Two-thirds of the seats went to the coalition.", ["0.6667"]],
    ["Profits fell by a third.", ["0.3333 down"]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it("does not read a half or a third that is no fraction", () => {
    expect(figures("He scored in the first half and again in the third quarter.")).toEqual([]);
    expect(figures("Half a million people live there.")).toEqual(["500000"]);
  });
});

describe("abbreviations and currencies", () => {
  it.each([
    ["The race drew 25k entrants.", ["25000"]],
    ["Its market value passed $1tn.", ["1000000000000 USD"]],
    ["The deal is worth $1.762bn.", ["1762000000 USD"]],
    ["The dividend is RM79 a share.", ["79 MYR"]],
    ["The scheme cost Rs 2,000 crore.", ["20000000000 INR"]],
    ["Police seized drugs worth £96m.", ["96000000 GBP"]],
    ["The fare rose to HK$12.5.", ["12.5 HKD"]],
    ["It was bought for 3.5 million euros.", ["3500000 EUR"]],
    ["Some 5m people watched.", ["5000000"]],
    ["They are playing .500 ball.", ["0.5"]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe("units", () => {
  it.each([
    ["The phone has 8GB of memory and a 5,000mAh battery.", ["8 GB", "5000 mAh"]],
    ["Gusts reached 80mph, or 129 km/h.", ["80 mph", "129 km/h"]],
    ["The plant will produce 450MW.", ["450 MW"]],
    ["The town is 12 miles from the coast.", ["12 mi"]],
    ["It weighs 2.4 tonnes and is 4.5 metres long.", ["2.4 t", "4.5 m"]],
    ["Rates rose 25 basis points.", ["25 bp up"]],
    ["Unemployment fell 0.3 percentage points.", ["0.3 pp down"]],
    ["Overnight lows of -4C are forecast.", ["-4 °C"]],
    ["It fell to minus 12C in the glens.", ["-12 °C"]],
    ["A 30-day truce was agreed.", ["30 day"]],
    ["He was jailed for nine years.", ["9 year"]],
    ["Inflation was 4pc.", ["4 %"]],
    ["The losing side lost 65–110 pounds each.", ["65-110 lb down"]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it("gives a count of things no unit", () => {
    expect(figures("The hospital has 1,200 beds and 300 nurses.")).toEqual(["1200", "300"]);
  });
});

describe("direction", () => {
  it.each([
    ["Oil was up 19 cents at $81.20.", ["19 c up", "81.2 USD"]],
    ["The pound was down 2.1% against the euro.", ["2.1 % down"]],
    ["The Nikkei gained 0.7 percent.", ["0.7 % up"]],
    ["The yen slid 1.1% overnight.", ["1.1 % down"]],
    ["Another 307 were freed on Saturday.", ["307 up"]],
    ["A million more people are waiting.", ["1000000 up"]],
    ["Shares closed 4% lower.", ["4 % down"]],
    ["The Fed raised rates by 50 basis points.", ["50 bp up"]],
    ["Teachers were offered a pay rise of 6.5 per cent.", ["6.5 % up"]],
    ["Prices posted a 2.3% rise.", ["2.3 % up"]],
    ["Markets rallied (+1.8%) after the vote.", ["1.8 % up"]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it.each([
    ["Inflation rose to 3.2%.", ["3.2 %"]],
    ["Cases rose to 1,603, up from 368.", ["1603", "368"]],
    ["Visibility dropped below 50 metres.", ["50 m"]],
    ["Each side gave up 1,000 prisoners.", ["1000"]],
    ["Air defences shot down 25 drones.", ["25"]],
    ["The firm will cut 1,800 jobs.", ["1800"]],
    ["The campaign raised $52m.", ["52000000 USD"]],
  ])("reads a level where the verb does not move the figure: %s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it("keeps the hedge beside the change", () => {
    const [m] = findNumbers("Sea levels have risen by about 20cm.");
    expect(m).toMatchObject({ n: 20, unit: "cm", qualifier: "about", change: "up" });
  });
});

describe("the fact-check does not compare a change or a measure with a stored count", () => {
  const k = analyse(bundledData());
  const verdicts = (text: string) =>
    factcheck(k, text, { refDate: "2025-05-26" })
      .claims.filter((c) => c.kind !== "day")
      .map((c) => `${c.read}: ${c.verdict}`);

  it("leaves an amount of change out of the comparison", () => {
    // 390 is not the second wave's figure (307), but "up 390" is not a count of prisoners.
    expect(verdicts("On May 24, 2025, Ukraine got back 307 prisoners, up 390.")).toEqual([
      "307: supported",
    ]);
    expect(
      verdicts("On May 24, 2025, each side freed 307 prisoners, and the tally rose 390."),
    ).toEqual(["307: supported"]);
  });

  it("still checks another batch as the count of that batch", () => {
    expect(verdicts("On May 24, 2025, another 307 prisoners were freed by each side.")).toEqual([
      "307: supported",
    ]);
  });

  it("never reads a distance, a percentage or a price as the count", () => {
    expect(verdicts("On May 24, 2025, 390 km from Kyiv, each side freed 307 prisoners.")).toEqual([
      "307: supported",
    ]);
    expect(verdicts("Shares rose 390% to 307p.")).toEqual(["390%: unverified", "307p: unverified"]);
  });
});

describe("units and scales the blind writers used", () => {
  it.each([
    ["Capital spending was set at Rs 3.4 lakh crore.", ["3400000000000 INR"]],
    ["The tariff falls to 6.5 euro cents a minute.", ["6.5 c"]],
    ["She clocked 10.71sec in the heats.", ["10.71 second"]],
    ["The tablet has a 10.9in display.", ["10.9 in"]],
    ["Demand for the bonds was 3.1 times the amount offered.", ["3.1 x"]],
    ["The panel measures 1,45 metres across.", ["1.45 m"]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it("keeps a comma before one or two digits as a list where no unit follows", () => {
    expect(figures("Bays 3,12 and 14 were closed.")).not.toContain("3.12");
  });

  it("reads a fiscal year before a comma as a year, not a figure", () => {
    expect(figures("Exports grew 4% in 2022-23, the ministry said.")).toEqual(["4 % up"]);
  });

  it("does not read a sum and its year as an exchange ratio", () => {
    expect(figures("The agency's budget was trimmed to $640m for 2026.")).toEqual([
      "640000000 USD",
    ]);
    expect(figures("Profit came to RM12.5 billion for 2023.")).toEqual(["12500000000 MYR"]);
  });
});

describe("hedges written as signs, verbs and nouns", () => {
  const read = (text: string) =>
    findNumbers(text)
      .filter((m) => FIGURES.has(m.kind))
      .map((m) => `${m.n} ${m.qualifier}`);

  it.each([
    ["Tickets go for ~£40 on the resale sites.", ["40 about"]],
    ["Sulphur levels stay <10ppm after the upgrade.", ["10 fewer-than"]],
    ["Turnout was >60% in the northern wards.", ["60 more-than"]],
    ["Core inflation tops 4% for the first time since May.", ["4 more-than"]],
    ["Orders topped 12,000 in the first week.", ["12000 more-than"]],
    ["Gusts were estimated at 90mph on the coast.", ["90 about"]],
    ["Police seized cannabis with an estimated resale value of £2m.", ["2000000 about"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("leaves a minimum term a level", () => {
    expect(read("She must serve a minimum term of 19 years.")).toEqual(["19 exact"]);
  });

  it("reads 'ticked up to' as a verb and a level, not 'up to'", () => {
    expect(read("The jobless rate ticked up to 4.2% in March.")).toEqual(["4.2 exact"]);
    expect(read("The grant pays up to £3,000.")).toEqual(["3000 up-to"]);
  });

  it("keeps a year after a verb of passing a year", () => {
    expect(findNumbers("Output exceeded 2019 levels.").map((m) => m.kind)).toEqual(["year"]);
  });
});

describe("names opened by 'the' or a possessive, results, numbers to ring", () => {
  it.each([
    "The Steam Deck 2 is due next year.",
    "Samsung's Exynos 2400 powers the European models.",
    "Callers to the NHS 119 line waited longer.",
    "The Hundred returns in August.",
    "Reviewers praised the Pixel Fold 2.",
    "The suspect faces a s.20 charge.",
    "Aid lorries queued at checkpoint 7.",
    "Detroit won Game 5 121-117 in overtime.",
    "He returned figures of 5-31 on the second day.",
    "Call the helpline on 0300 123 4567 or ring 111 out of hours.",
    "Witnesses should call police on 101.",
  ])("%s", (text) => {
    expect(figures(text)).toEqual([]);
  });

  it("keeps a figure after a capitalised word that nothing opens", () => {
    expect(figures("Russia 248, Ukraine 230.")).toEqual(["248", "230"]);
    expect(figures("In the UK 40 people were hurt.")).toEqual(["40"]);
    expect(figures("Campaigners call on 200 MPs to back the bill.")).toEqual(["200"]);
  });
});

describe("fractions of a unit, one unit of time, and races named by distance", () => {
  it.each([
    ["The Bank trimmed its rate by a quarter of a percentage point.", ["0.25 pp down"]],
    ["The leader finished half a lap clear.", ["0.5"]],
    ["Talks stalled for half an hour.", ["0.5 hour"]],
    ["She broke the record by more than a minute.", ["1 minute"]],
    ["The app signed up a million users within a week.", ["1000000", "1 week"]],
    ["The bill passed with a three-quarters majority.", ["0.75"]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it("keeps the hedge on one unit of time", () => {
    const m = findNumbers("Repairs took nearly a decade.").find((x) => x.unit === "decade");
    expect(m).toMatchObject({ n: 1, qualifier: "nearly" });
  });

  it("reads no figure in a bare 'a year' or 'a second' that nothing hedges", () => {
    expect(figures("Prices rose 4% from a year earlier.")).toEqual(["4 % up"]);
    expect(figures("A second wave is expected.")).toEqual([]);
  });

  it("reads a race named by its distance as a name, a stretch of that length as a figure", () => {
    expect(figures("She won the 1500m by a stride.")).toEqual([]);
    expect(figures("He is the world champion in the men's 400m.")).toEqual([]);
    expect(figures("Workers resurfaced a 400m stretch of the road.")).toEqual(["400 m"]);
  });
});

describe("changes the blind writers wrote", () => {
  it.each([
    ["Nurses were offered a 4.5% pay rise.", ["4.5 % up"]],
    ["The firm confirmed 1,800 job cuts.", ["1800"]],
    ["Trial patients lost an average of 9kg.", ["9 kg down"]],
    ["The incumbent lost by 312 votes.", ["312"]],
    ["Shares lost 3% on the day.", ["3 % down"]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe("a restated change, a half more, sets and plural labels", () => {
  it.each([
    ["Copper fell $210, or 2.3%, to $8,950 a tonne.", ["210 USD down", "2.3 % down", "8950 USD"]],
    ["The FTSE rose 61 points, or 0.8%.", ["61 pt up", "0.8 % up"]],
    ["He was jailed for four and a half years.", ["4.5 year"]],
    ["Some 3 and a half million homes lost power.", ["3500000"]],
    ["Sinner won 7-6 6-2 in the final.", []],
    ["The M6 is shut between junctions 16 and 17.", []],
    ["Clauses 4 and 9 were struck out.", []],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it("keeps a count after a plural word that names nothing", () => {
    expect(figures("The arena seats 900 people.")).toEqual(["900"]);
  });
});
