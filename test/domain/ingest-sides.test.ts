// Whose side a figure of a later article is on: bodies by who received them, people by the
// country their own words name, and by the voice that says they came home.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/domain/check/index.ts";
import {
  bodiesSide,
  cameBack,
  sideByVoice,
  sideOfPeople,
  sideToAfter,
} from "../../src/domain/ingest-sides.ts";

const at = (text: string, figure: string) => {
  const start = text.indexOf(figure);
  return [start, start + figure.length] as const;
};
const sentenceOf = (text: string, figure: string) => {
  const i = text.indexOf(figure);
  const s = splitSentences(text).find((x) => x.start <= i && i < x.end);
  if (!s) throw new Error("no sentence");
  return s;
};

describe("whose bodies", () => {
  it("takes the side the words say received them, not a later figure's 'to Russia'", () => {
    const text = "On Friday Kyiv received 800 bodies and handed 12 to Russia.";
    expect(bodiesSide(text, ...at(text, "800"))).toBe("ukraine");
    expect(bodiesSide(text, ...at(text, "12"))).toBe("russia");
    const had = "A deputy said Moscow had received the bodies of 30 of its soldiers.";
    expect(bodiesSide(had, ...at(had, "30"))).toBe("russia");
  });

  it("reads 'transferred to the Russian side' however long the words before it, and 'its figure for the bodies it received'", () => {
    const text = "Kyiv said 31 bodies were transferred to the Russian side.";
    expect(bodiesSide(text, ...at(text, "31"))).toBe("russia");
    const own = "Moscow's count for the bodies it received is 15.";
    expect(bodiesSide(own, ...at(own, "15"), "russia")).toBe("russia");
  });

  it("reads 'received N bodies and returned M' as M going the other way", () => {
    const text = "On 3 May Kyiv received 700 bodies and returned 15, officials said.";
    expect(bodiesSide(text, ...at(text, "700"))).toBe("ukraine");
    expect(bodiesSide(text, ...at(text, "15"))).toBe("russia");
  });

  it("reads the side that received them past an aside naming who tells it", () => {
    const text = "Moscow, according to the Kyiv headquarters, received 31 bodies of its own.";
    expect(bodiesSide(text, ...at(text, "31"), "ukraine")).toBe("russia");
  });

  it("takes the speaker's side for 'we received' and 'of our own'", () => {
    const we = "“We received 40 bodies of our fallen,” the Russian envoy wrote.";
    expect(bodiesSide(we, ...at(we, "40"), "russia")).toBe("russia");
    expect(bodiesSide(we, ...at(we, "40"), undefined)).toBe("ukraine");
  });
});

describe("whose people", () => {
  it("reads the country the figure's own words name, in a sentence that frees them", () => {
    const ru = "Yesterday 70 badly hurt Russian soldiers were returned home.";
    expect(sideOfPeople(ru, sentenceOf(ru, "70"), at(ru, "70")[1])).toBe("russia");
    const of = "In return, 70 prisoners of the Armed Forces of Ukraine were handed over.";
    expect(sideOfPeople(of, sentenceOf(of, "70"), at(of, "70")[1])).toBe("ukraine");
    const noun = "The agency welcomed the return of nine Ukrainian civilians on Monday.";
    expect(sideOfPeople(noun, sentenceOf(noun, "nine"), at(noun, "nine")[1])).toBe("ukraine");
  });

  it("reads a region's side when the text writes 'Region' with a capital", () => {
    const text = "Nine residents of the Belgorod Region were returned home on Friday.";
    expect(sideOfPeople(text, sentenceOf(text, "Nine"), at(text, "Nine")[1])).toBe("russia");
  });

  it("reads no side from a country outside the figure's phrase, or with nothing freed", () => {
    const by = "Six residents detained by the Ukrainian side were returned home.";
    expect(sideOfPeople(by, sentenceOf(by, "Six"), at(by, "Six")[1])).toBeNull();
    const held = "Some 70 Russian soldiers are still held.";
    expect(sideOfPeople(held, sentenceOf(held, "70"), at(held, "70")[1])).toBeNull();
  });

  it("gives people the speaker's side past a relative clause before 'were returned'", () => {
    const text =
      "In addition, six residents of a border district who had been held by the other side were returned home.";
    const [s, e] = at(text, "six");
    expect(sideByVoice(text, sentenceOf(text, "six"), s, e, "russia")).toBe("russia");
  });
});

describe("sides as ministries and digests put them", () => {
  it("reads bodies handed to the Russian side, a ministry reporting receipt, and both directions", () => {
    const handed = "Officials said 52 bodies were handed to the Russian side at the crossing.";
    expect(bodiesSide(handed, ...at(handed, "52"))).toBe("russia");
    const got = "The ministry in Moscow reported receiving 17 bodies.";
    expect(bodiesSide(got, ...at(got, "17"), "russia")).toBe("russia");
    const both = "In all, 820 bodies were repatriated in both directions.";
    expect(bodiesSide(both, ...at(both, "820"))).toBe("total");
  });

  it("reads people a country received, and a return a speaker confirmed", () => {
    const got = "Kyiv also received four civilians, officials said.";
    expect(sideByVoice(got, sentenceOf(got, "four"), ...at(got, "four"), undefined)).toBe(
      "ukraine",
    );
    const confirmed = "The ministry confirmed the return of 75 servicemen.";
    expect(
      sideByVoice(confirmed, sentenceOf(confirmed, "75"), ...at(confirmed, "75"), "russia"),
    ).toBe("russia");
  });
});

describe("people who came back", () => {
  it("reads 'are home' in a leader's post as people come back to the leader's side", () => {
    const text = "“Tonight 64 of our people are home,” the president wrote.";
    expect(sideByVoice(text, sentenceOf(text, "64"), ...at(text, "64"), "ukraine")).toBe("ukraine");
  });

  it("reads 'we brought home 70' and 'are back in Ukraine' as come home to the speaker's side", () => {
    const brought = "On 9 May we brought home 70 young defenders, all of them under 25.";
    expect(sideByVoice(brought, sentenceOf(brought, "70"), ...at(brought, "70"), "ukraine")).toBe(
      "ukraine",
    );
    const back = "“Tonight 55 of our defenders are back in Ukraine.”";
    expect(sideByVoice(back, sentenceOf(back, "55"), ...at(back, "55"), undefined)).toBe("ukraine");
    const ofMany = "“Stage two is done: 250 of the 1,000 agreed on 4 May are home.”";
    expect(sideByVoice(ofMany, sentenceOf(ofMany, "250"), ...at(ofMany, "250"), "ukraine")).toBe(
      "ukraine",
    );
  });

  it("reads past an aside on who they all are ('70 young men, all under 25, are back in Ukraine')", () => {
    const text = "“Today 70 young men, all under 25, are back in Ukraine.”";
    expect(sideByVoice(text, sentenceOf(text, "70"), ...at(text, "70"), undefined)).toBe("ukraine");
  });

  it("reads people 'at home' as come home", () => {
    const text = "“Today 52 more of our soldiers are at home,” the minister wrote.";
    expect(sideByVoice(text, sentenceOf(text, "52"), ...at(text, "52"), "ukraine")).toBe("ukraine");
  });

  it("reads 'returned to Ukraine' past a relative clause on where they had been held", () => {
    const text =
      "Twelve teenagers who had been held in occupied Crimea returned to Ukraine on Friday.";
    const [, end] = at(text, "Twelve teenagers");
    expect(cameBack(text, end, text.length)).toBe(true);
  });
});

describe("bodies a speaker says its side received", () => {
  it("reads 'gave the number of bodies it received as N' as the speaker's own", () => {
    const text = "The Russian ministry gave the number of bodies it received as 44.";
    expect(bodiesSide(text, ...at(text, "44"), "russia")).toBe("russia");
    expect(bodiesSide(text, ...at(text, "44"), undefined)).toBe("ukraine");
  });
});

describe("bodies that went the other way", () => {
  it("reads the side that received them when a country's full style or 'side' names it", () => {
    const fed = "The Russian Federation received the bodies of 44 of its servicemen.";
    expect(bodiesSide(fed, ...at(fed, "44"))).toBe("russia");
    const side = "Later the Ukrainian side received 700 bodies.";
    expect(bodiesSide(side, ...at(side, "700"))).toBe("ukraine");
  });

  it("gives bodies a side handed over to the other side", () => {
    const pair = "Meanwhile Kyiv returned 12 and 8 to the other side.";
    expect(bodiesSide(pair, ...at(pair, "12"))).toBe("russia");
    expect(bodiesSide(pair, ...at(pair, "8"))).toBe("russia");
    const turn = "Ukraine in turn handed over the bodies of 35 soldiers.";
    expect(bodiesSide(turn, ...at(turn, "35"))).toBe("russia");
  });

  it("gives what a side got back for its handover to that side", () => {
    const got =
      "Moscow handed over 600 bodies in March and 400 in April, receiving 22 and 9 in return.";
    expect(bodiesSide(got, ...at(got, "600"))).toBe("ukraine");
    expect(bodiesSide(got, ...at(got, "22"))).toBe("russia");
    expect(bodiesSide(got, ...at(got, "9"))).toBe("russia");
    const and = "On Friday Russia handed over 900 bodies and received 14.";
    expect(bodiesSide(and, ...at(and, "14"))).toBe("russia");
  });
});

describe("a figure set straight before the country it went to", () => {
  it("takes the country of a clause whose verb was left out", () => {
    const people = "Sixty detainees went back to Russia and forty to Ukraine.";
    expect(sideToAfter(people, at(people, "forty")[1])).toBe("ukraine");
    const bodies =
      "The remains of 700 people were passed to the Ukrainian authorities and the remains of 35 people to the Russian authorities.";
    expect(bodiesSide(bodies, ...at(bodies, "35"))).toBe("russia");
    expect(bodiesSide(bodies, ...at(bodies, "700"))).toBe("ukraine");
  });

  it("reads no side past a verb of its own", () => {
    const deported = "She counted 40 children deported to Russia since spring.";
    expect(sideToAfter(deported, at(deported, "40")[1])).toBeNull();
  });
});

describe("bodies in brackets after a whole", () => {
  it("puts a bracketed list on the side of the whole before it", () => {
    const text = "70 — bodies returned to Russia over the two batches (45 and 25).";
    expect(bodiesSide(text, ...at(text, "45"))).toBe("russia");
    const ours = "900 — bodies returned to Ukraine over the two batches (500 and 400).";
    expect(bodiesSide(ours, ...at(ours, "500"))).toBe("ukraine");
  });
});
