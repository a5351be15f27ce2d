// The words around a figure in a later article: whose side, what it counts, and what is no fact.
import { describe, expect, it } from "vitest";
import { findEventMentions } from "../../src/domain/ingest-events.ts";
import {
  anAge,
  asideOn,
  countedNear,
  eachSideAfter,
  eventOfListedWave,
  eventOfWave,
  inOutletName,
  notAClaim,
  peopleEachSide,
  runningTotal,
  sameNumberNext,
} from "../../src/domain/ingest-refine.ts";
import type { Event } from "../../src/store/schema.ts";

const at = (text: string, figure: string) => {
  const start = text.indexOf(figure);
  return [start, start + figure.length] as const;
};

describe("reading around a figure", () => {
  it("takes 'on each side' after a quoted figure as each side's", () => {
    const text = "The minister said the swap would free “no fewer than 500” men on each side.";
    expect(eachSideAfter(text, at(text, "500")[1])).toBe(true);
    const other = "It freed 500 men, and each family was told by phone.";
    expect(eachSideAfter(other, at(other, "500")[1])).toBe(false);
  });

  it("takes a figure written as a mirrored scoreline ('212-212') as each side's", () => {
    const text = "Monday's leg ended 212-212, the wounded first.";
    expect(eachSideAfter(text, at(text, "212")[1])).toBe(true);
    const uneven = "Monday's leg ended 212-208, the wounded first.";
    expect(eachSideAfter(uneven, at(uneven, "212")[1])).toBe(false);
  });

  it("reads an age four words after the figure ('52 Russian prisoners of war aged 18 to 25')", () => {
    const text = "The ministry says 52 Russian prisoners of war aged 18 to 25 came back.";
    expect(countedNear(text, ...at(text, "52"), "")).toBe("under-25");
  });

  it("reads 'all of them with serious wounds' after a figure as the seriously wounded", () => {
    const text =
      "The office says 64 soldiers crossed back this morning, all of them with severe injuries.";
    expect(countedNear(text, ...at(text, "64"), "")).toBe("seriously-wounded");
  });

  it("reads what a scoreline counts from the words set beside it, in its own line", () => {
    const text =
      "The legs:\n— 2 May: 95-95, the under-25s\n— 4 May: 88-88, the seriously wounded\nThen a civilians' leg, 12-12.";
    expect(countedNear(text, ...at(text, "95"), "")).toBe("under-25");
    expect(countedNear(text, ...at(text, "88"), "")).toBe("seriously-wounded");
    expect(countedNear(text, ...at(text, "12"), "")).toBe("civilians");
  });

  it("hears a live blog's next entry answering with 'the same number'", () => {
    const text =
      "20:10 — Kyiv's count: 61 Ukrainians came home.\n\n19:00 — Moscow says it received the same number of its soldiers.";
    expect(sameNumberNext(text, text.indexOf("home.") + 5)).toBe(true);
    const other =
      "20:10 — Kyiv's count: 61 Ukrainians came home.\n\n19:00 — Moscow says 40 came back, not the same number.";
    expect(sameNumberNext(other, other.indexOf("home.") + 5)).toBe(false);
  });

  it("counts the young by an adjective after the figure or an 'all under 25' aside", () => {
    const young = "Yesterday 40 young Russian soldiers went home.";
    expect(countedNear(young, ...at(young, "40"), young)).toBe("under-25");
    const aside =
      "The agency said 60 captives from each side, all of them aged 25 or younger, were freed.";
    expect(countedNear(aside, ...at(aside, "60"), aside)).toBe("under-25");
    const older = "The agency said 60 captives, all of them officers, were freed at 25 sites.";
    expect(countedNear(older, ...at(older, "60"), older)).toBeNull();
  });

  it("counts a part by what its predicate says it was: badly hurt, or aged 18 to 24", () => {
    const text =
      "Of those freed, 55 of the prisoners were badly injured and 31 were aged between 18 and 24, the ministry said.";
    expect(countedNear(text, ...at(text, "55"), text)).toBe("seriously-wounded");
    expect(countedNear(text, ...at(text, "31"), text)).toBe("under-25");
  });

  it("counts the fallen whose bodies were among a figure", () => {
    const text = "Three men whose remains were among the 900 handed over last month were buried.";
    expect(countedNear(text, ...at(text, "900"), text)).toBe("bodies");
  });

  it("counts a bare figure of the day its sentence gives to the wounded", () => {
    const text =
      "The badly wounded were the priority of the third stage on 9 July, when 64 returned home.";
    expect(countedNear(text, ...at(text, "64"), text)).toBe("seriously-wounded");
  });

  it("counts a figure by its own noun after it before the words of the figure before it", () => {
    const list =
      "On Sunday 90 soldiers came home, after 60 other young soldiers on Friday and 45 badly wounded on Saturday.";
    expect(countedNear(list, ...at(list, "60"), list)).toBe("under-25");
    expect(countedNear(list, ...at(list, "45"), list)).toBe("seriously-wounded");
  });

  it("counts bodies by 'the remains of', and a figure joined to one of bodies", () => {
    const text = "It noted the return of the remains of 800 Ukrainian and 15 Russian soldiers.";
    expect(countedNear(text, ...at(text, "800"), text)).toBe("bodies");
    expect(countedNear(text, ...at(text, "15"), text)).toBe("bodies");
    const of =
      "It noted the handover of the remains of 800 people said to be soldiers, and of 15 Russian soldiers.";
    expect(countedNear(of, ...at(of, "15"), of)).toBe("bodies");
    const apart = "It noted the remains of 800 soldiers. Also, 15 Russian soldiers were freed.";
    expect(countedNear(apart, ...at(apart, "15"), apart)).toBeNull();
  });

  it("counts citizens as civilians only when the words say how they were held", () => {
    const held = "Five citizens of Belarus, residents of Gomel who had been detained, were freed.";
    const [s, e] = at(held, "Five");
    expect(countedNear(held, s, e, held)).toBe("civilians");
    const pows = "Today 120 citizens of Ukraine returned home from captivity.";
    const [s2, e2] = at(pows, "120");
    expect(countedNear(pows, s2, e2, pows)).toBeNull();
  });

  it("files no age in apposition and no later day of a list", () => {
    const age = "“It was hard,” said Bondarenko, 52, who was held for two years.";
    expect(notAClaim(age, ...at(age, "52"))).toBe("an age");
    const days = "Earlier returns came on March 3, 9 and 20.";
    expect(notAClaim(days, ...at(days, "9"))).toBe("a day in a list of days");
    const one = "She was one of six freed.";
    expect(notAClaim(one, ...at(one, "one"))).not.toBeNull();
    const count = "Kyiv said 52, with Moscow silent.";
    expect(notAClaim(count, ...at(count, "52"))).toBeNull();
  });

  it("files no age told on a birthday, as bounds, or as a limit all share", () => {
    const birthday = "Many happy returns to our producer Olha, 41 today, in the studio.";
    expect(notAClaim(birthday, ...at(birthday, "41"))).toBe("an age");
    const bounds = "It covers soldiers between the ages of 19 and 24, and the sick.";
    expect(notAClaim(bounds, ...at(bounds, "19"))).toBe("an age");
    expect(notAClaim(bounds, ...at(bounds, "24"))).toBe("an age");
    const limit = "Eighty conscripts, all under twenty-one, came back on Monday.";
    expect(notAClaim(limit, ...at(limit, "twenty-one"))).toBe("an age");
    const count = "Eighty conscripts under 21 came back on Monday.";
    expect(notAClaim(count, ...at(count, "Eighty"))).toBeNull();
  });

  it("files no count of handovers as a count of the dead", () => {
    const batches = "So far Moscow has sent two batches of remains, 900 in March.";
    expect(notAClaim(batches, ...at(batches, "two"))).toBe("a count of handovers, not of anyone");
    expect(notAClaim(batches, ...at(batches, "900"))).toBeNull();
  });

  it("files no addend of a sum written out and no difference between two figures", () => {
    const sum = "Of those freed, 310 were conscripts (140 + 170) and the rest officers.";
    expect(notAClaim(sum, ...at(sum, "140"))).toBe("an addend of a sum written out");
    expect(notAClaim(sum, ...at(sum, "170"))).toBe("an addend of a sum written out");
    expect(notAClaim(sum, ...at(sum, "310"))).toBeNull();
    const more = "That makes nine a side more than the pledge, and 12 fewer than the list.";
    expect(notAClaim(more, ...at(more, "nine"))).toBe("a difference between two figures");
    expect(notAClaim(more, ...at(more, "12"))).toBe("a difference between two figures");
    const over = "Kyiv said more than 300 came home.";
    expect(notAClaim(over, ...at(over, "300"))).toBeNull();
  });

  it("files no second half of a scoreline and no document's number", () => {
    const legs = "The Thursday leg ended 77-77 at dusk.";
    const second = legs.lastIndexOf("77");
    expect(notAClaim(legs, second, second + 2)).toBe("the other half of a scoreline");
    expect(notAClaim(legs, ...at(legs, "77"))).toBeNull();
    const uneven = "The Thursday leg ended 80-77 at dusk.";
    expect(notAClaim(uneven, ...at(uneven, "77"))).toBeNull();
    const release = "Statement No: 93, 4 May 2025, on the return of 60 detainees.";
    expect(notAClaim(release, ...at(release, "93"))).toBe("a document's number");
    expect(notAClaim(release, ...at(release, "60"))).toBeNull();
  });

  it("files no business measure: cubic metres, bcm, a rate to the dollar", () => {
    const gas =
      "Storage reached 9.8 billion cubic metres, against a goal of 12 bcm, as 300 came home.";
    expect(notAClaim(gas, ...at(gas, "9.8 billion"))).toBe("a measure, not a count");
    expect(notAClaim(gas, ...at(gas, "12"))).toBe("a measure, not a count");
    expect(notAClaim(gas, ...at(gas, "300"))).toBeNull();
    const rate = "The currency traded at 40.10 to the dollar.";
    expect(notAClaim(rate, ...at(rate, "40.10"))).toBe("a measure, not a count");
  });

  it("files no early figure the story then replaces", () => {
    const text =
      "The governor had said that morning that “about 80” men were crossing. The ministry gave the final figure, 86, later.";
    expect(notAClaim(text, ...at(text, "about 80"))).toBe(
      "an early figure the story later replaces",
    );
    expect(notAClaim(text, ...at(text, "86"))).toBeNull();
    const kept = "The governor had said that 80 men were crossing. They reached Sumy by night.";
    expect(notAClaim(kept, ...at(kept, "80"))).toBeNull();
  });

  it("files no length of an operation told as an adjective ('a four-day exchange')", () => {
    const text = "He came home on its last day, a four-day exchange of 80 men.";
    expect(notAClaim(text, ...at(text, "four"))).toBe("how long, not how many");
    expect(notAClaim(text, ...at(text, "80"))).toBeNull();
  });

  it("files no days listed before their month, weight, clock time, phone number or retracted figure", () => {
    const days = "The agency noted the releases of 4, 6 and 9 March.";
    expect(notAClaim(days, ...at(days, "4"))).toBe("a day in a list of days");
    expect(notAClaim(days, ...at(days, "6"))).toBe("a day in a list of days");
    const kg = "He came back having lost some 15 kilograms.";
    expect(notAClaim(kg, ...at(kg, "15"))).toBe("a measure, not a count");
    const clock = "Show notes: 12:40 What the envoys said";
    expect(notAClaim(clock, ...at(clock, "40"))).toBe("a time");
    const phone = "Families can call 0 44 281 9090 for news.";
    expect(notAClaim(phone, ...at(phone, "0 44 281 9090"))).toBe("a phone number");
    const retracted =
      "Correction: last week we reported that the March swap freed 140 people each. It freed 104.";
    expect(notAClaim(retracted, ...at(retracted, "140"))).toBe("a figure the outlet retracts");
    expect(notAClaim(retracted, ...at(retracted, "104"))).toBeNull();
  });

  it("files no age told as the youngest, 'was 30 when', or 'aged from 7 to 15'", () => {
    const youngest = "Most were marines. The oldest was 58.";
    expect(anAge(youngest, ...at(youngest, "58"))).toBe("an age");
    const when = "Petro was 30 when the war began.";
    expect(anAge(when, ...at(when, "30"))).toBe("an age");
    const span = "The pupils, aged from 7 to 15, came home.";
    expect(anAge(span, ...at(span, "15"))).toBe("an age");
    const now = "On Friday Ostap Kovalenko, now 31, was among the 90 freed.";
    expect(anAge(now, ...at(now, "31"))).toBe("an age");
    expect(anAge(now, ...at(now, "90"))).toBeNull();
    const put = "The ministry put it at more than 4,600 by then.";
    const number = "Kyiv put the number at 18.";
    expect(anAge(number, ...at(number, "18"))).toBeNull();
    expect(anAge(put, ...at(put, "more than 4,600"))).toBeNull();
  });

  it("files no figure an earlier version of the story gave", () => {
    const text =
      "Twelve sailors came home on Friday, the navy said. An earlier version of this report, citing a local official, said fifteen sailors had come home.";
    expect(notAClaim(text, ...at(text, "fifteen"))).toBe("a figure the outlet retracts");
    expect(notAClaim(text, ...at(text, "Twelve"))).toBeNull();
  });

  it("files no figure that is part of the outlet's own name ('Dnipro 24 will follow …')", () => {
    const text = "KHARKIV (Kharkiv 7 TV) — 40 men came home. Kharkiv 7 will follow the next stage.";
    const second = text.lastIndexOf("7");
    expect(inOutletName(text, ...at(text, "7"), "Kharkiv 7 TV")).toBe(true);
    expect(inOutletName(text, second, second + 1, "Kharkiv 7 TV")).toBe(true);
    expect(inOutletName(text, ...at(text, "40"), "Kharkiv 7 TV")).toBe(false);
  });

  it("files no age told as 'the youngest was 20 and the oldest 61'", () => {
    const text = "The youngest man on the buses was 20 and the oldest 61, the ministry said.";
    expect(anAge(text, ...at(text, "61"))).toBe("an age");
    const many = "The oldest group, 140 men, came home last.";
    expect(anAge(many, ...at(many, "140"))).toBeNull();
  });

  it("files no count of times, nor 'one' standing for a thing named before", () => {
    const times = "Every list is read twice and every name is checked three times.";
    expect(notAClaim(times, ...at(times, "three"))).toBe("how many times, not a count");
    const pronoun = "Relatives should give a DNA sample, even if they gave one in 2023.";
    expect(notAClaim(pronoun, ...at(pronoun, "one"))).toBe(
      "a word standing for a thing named before",
    );
    const counted = "Only one handover took place in July.";
    expect(notAClaim(counted, ...at(counted, "one"))).toBeNull();
  });

  it("files no figure a correction notice says the corrected article gave", () => {
    const text = [
      "Correction: the exchange of 9 September",
      'A report on this site under the headline "Kyiv gets 250 men back" contained an error.',
      "The article stated that 250 soldiers were freed. The correct figure is 205.",
    ].join("\n\n");
    expect(notAClaim(text, ...at(text, "250"))).toBe("a figure the outlet retracts");
    const second = text.lastIndexOf("250");
    expect(notAClaim(text, second, second + 3)).toBe("a figure the outlet retracts");
    expect(notAClaim(text, ...at(text, "205"))).toBeNull();
    // Not in a news story citing another outlet's article.
    const news = "An article in a Moscow daily stated that 250 soldiers were freed.";
    expect(notAClaim(news, ...at(news, "250"))).toBeNull();
  });

  it("files no age told of 'the youngest freed man' or 'when she was 22'", () => {
    const pair = "The youngest freed man is 20 and the oldest of the wounded is 61.";
    expect(anAge(pair, ...at(pair, "20"))).toBe("an age");
    expect(anAge(pair, ...at(pair, "61"))).toBe("an age");
    const when = "She joined the navy in 2021, when she was 22.";
    expect(anAge(when, ...at(when, "22"))).toBe("an age");
    const many = "The youngest group so far is the one in which 95 came home.";
    expect(anAge(many, ...at(many, "95"))).toBeNull();
  });
});

describe("running totals in later copy", () => {
  const sentenceOf = (text: string) => ({ start: 0, end: text.length, text });
  it("reads a region's or children's total since the invasion as a running total", () => {
    const back = "Since the full-scale invasion, 88 residents of the district have come home.";
    expect(runningTotal(back, sentenceOf(back), ...at(back, "88"))).toBe("returned-since-2022");
    const held = "The office says 230 people from the city are listed as prisoners of war.";
    expect(runningTotal(held, sentenceOf(held), ...at(held, "230"))).toBe("held");
  });

  it("reads a label line ('… freed since 2022, by its count: N') as a running total", () => {
    const line = "Soldiers released since 2022, by the ombudsman's reckoning: 5,410.";
    expect(runningTotal(line, sentenceOf(line), ...at(line, "5,410"))).toBe("returned-since-2022");
    const stage = "Soldiers released on Monday, by the ombudsman's reckoning: 95.";
    expect(runningTotal(stage, sentenceOf(stage), ...at(stage, "95"))).toBeNull();
  });

  it("reads the verb before a figure, and 'still in Russia', as running totals", () => {
    const bodies =
      "Before this month, the country had brought home the bodies of more than 5,100 soldiers since 2022.";
    expect(runningTotal(bodies, sentenceOf(bodies), ...at(bodies, "5,100"))).toBe(
      "returned-since-2022",
    );
    const repatriated = "Officials say over 8,000 bodies have been repatriated since 2022.";
    expect(runningTotal(repatriated, sentenceOf(repatriated), ...at(repatriated, "8,000"))).toBe(
      "returned-since-2022",
    );
    const still = "Its organisers say more than 300 men from the town are still in Russia.";
    expect(runningTotal(still, sentenceOf(still), ...at(still, "300"))).toBe("held");
  });

  it("leaves a deal so far and a day's figure alone", () => {
    const deal = "Since the beginning of July, 700 have come home under the deal.";
    expect(runningTotal(deal, sentenceOf(deal), ...at(deal, "700"))).toBeNull();
    const day = "On Friday 95 soldiers came home.";
    expect(runningTotal(day, sentenceOf(day), ...at(day, "95"))).toBeNull();
  });
});

describe("the day of a wave named by its place in a span", () => {
  const day = (on: string): Event => ({
    id: `exchange-${on}`,
    kind: "exchange",
    title: on,
    date: { on },
    partOf: null,
    aliases: [],
  });
  const events = [day("2025-03-10"), day("2025-03-11"), day("2025-03-12")];

  it("takes the reader's wave within a range as that day's exchange", () => {
    const range = { from: "2025-03-10", to: "2025-03-12" };
    expect(eventOfWave({ range, wave: "wave2", waveNamed: true }, events)?.id).toBe(
      "exchange-2025-03-11",
    );
    expect(eventOfWave({ range, wave: "end", waveNamed: true }, events)?.id).toBe(
      "exchange-2025-03-12",
    );
    expect(eventOfWave({ range, wave: "wave2", waveNamed: false }, events)).toBeNull();
  });

  it("takes a figure's place in a list of waves after a span, one figure a day", () => {
    const text =
      "From 10 to 12 March each side freed 600 captives, in stages of 200, 1,150 and 250.";
    const sentence = { start: 0, end: text.length };
    const mentions = findEventMentions(text, "2025-03-20");
    const of = (figure: string) =>
      eventOfListedWave(text, sentence, text.indexOf(figure), mentions, events)?.id ?? null;
    expect([of("200"), of("1,150"), of("250")]).toEqual([
      "exchange-2025-03-10",
      "exchange-2025-03-11",
      "exchange-2025-03-12",
    ]);
    const short = "From 10 to 12 March each side freed 600 captives, in stages of 200 and 400.";
    const m2 = findEventMentions(short, "2025-03-20");
    expect(
      eventOfListedWave(short, { start: 0, end: short.length }, short.indexOf("200"), m2, events),
    ).toBeNull();
  });
});

describe("what a figure counts, as trackers and releases put it", () => {
  it("reads the seriously wounded said after a comma, of a share, or as the whole a part is of", () => {
    const tracker = "Earlier: 3 May (70 each, seriously wounded and ill).";
    expect(countedNear(tracker, ...at(tracker, "70"), tracker)).toBe("seriously-wounded");
    const share = "The office said 22 of the 90 men returned were seriously wounded.";
    expect(countedNear(share, ...at(share, "22"), share)).toBe("seriously-wounded");
    const among =
      "Medics examined the badly wounded prisoners on both sides, including 12 Ukrainians and 9 Russians carried on stretchers.";
    expect(countedNear(among, ...at(among, "12"), among)).toBe("seriously-wounded");
    expect(countedNear(among, ...at(among, "9 "), among)).toBe("seriously-wounded");
  });

  it("reads the young after 'each,' and the fallen named by 'whose bodies'", () => {
    const young = "Then 4 May (55 each, soldiers under 25).";
    expect(countedNear(young, ...at(young, "55"), young)).toBe("under-25");
    const fallen = "Six servicemen from Poltava whose bodies came back last week were buried.";
    expect(countedNear(fallen, ...at(fallen, "Six"), fallen)).toBe("bodies");
  });
});

describe("'remains' as a verb", () => {
  it("does not count a bare figure as bodies because its clause 'remains' the largest", () => {
    const text = "The spring swap, 800 for 800, remains the largest of the year.";
    expect(countedNear(text, ...at(text, "800 for 800"), text)).not.toBe("bodies");
    const noun = "The remains of 40 were handed over; 12 went the other way.";
    expect(countedNear(noun, ...at(noun, "12"), noun.slice(noun.indexOf(";")))).not.toBe(null);
  });
});

describe("a whole told against its part", () => {
  it("counts 'out of about N' as the part's noun counts", () => {
    const text =
      "Kyiv says 900 children have been brought home, out of about 15,000 it says were taken.";
    expect(countedNear(text, ...at(text, "15,000"), text)).toBe("children");
  });
});

describe("asides on a figure", () => {
  it("takes '(with 20 going the other way)' as an aside, but not a list's next item", () => {
    const fact = (said: string, text: string) =>
      ({
        fact: {
          value: { type: "number", n: Number(said), said },
          quote: { start: 0, end: text.length, text },
          measure: "released",
        },
      }) as never;
    const aside = "On 2 May 600 bodies came back (with 20 going the other way).";
    const one = [fact("600", aside)];
    expect(
      asideOn(aside, { start: 0, end: aside.length }, aside.indexOf("20"), one),
    ).not.toBeNull();
    const list =
      "Earlier stages: 2 May (120 each, the badly wounded) and 3 May (90 each, the young).";
    const items = [fact("120", list)];
    expect(asideOn(list, { start: 0, end: list.length }, list.indexOf("90"), items)).toBeNull();
  });
});

describe("a side's share of a deal with no noun of its own", () => {
  it("counts people when the words before speak of exchanging prisoners or soldiers", () => {
    const text =
      "The two sides agreed to swap all captured soldiers under 21. The deal promised “at least 800” a side.";
    const at = text.indexOf("800");
    expect(peopleEachSide(text, at, at + 3)).toBe(true);
    const bodies =
      "Russia said it would return the fallen. The deal promised “at least 800” a side.";
    const b = bodies.indexOf("800");
    expect(peopleEachSide(bodies, b, b + 3)).toBe(false);
    const noSide = "The sides swapped captured soldiers. The deal promised 800 in all.";
    const c = noSide.indexOf("800");
    expect(peopleEachSide(noSide, c, c + 3)).toBe(false);
  });
});

describe("a figure a correction takes back, wherever the article still tells it", () => {
  it("retracts the body's telling of the figure the notice says was wrong", () => {
    const text = [
      "Ukraine received 640 bodies on Monday. Russia was given the remains of 63 of its soldiers, officials said.",
      "",
      "Correction: A previous version of this report said Russia was given the remains of 63 soldiers. The right figure is 36.",
    ].join("\n");
    const first = text.indexOf("63");
    expect(notAClaim(text, first, first + 2)).toBe("a figure the outlet retracts");
    expect(notAClaim(text, ...at(text, "640"))).toBeNull();
    const right = text.indexOf("36.");
    expect(notAClaim(text, right, right + 2)).toBeNull();
  });
});

describe("a year said in words", () => {
  it("files neither half of 'twenty twenty-three' as a count", () => {
    const text =
      "She had been held since the winter of twenty twenty-three, and twenty men came home with her.";
    const a = text.indexOf("twenty twenty");
    expect(notAClaim(text, a, a + 6)).toBe("a year said in words");
    const b = text.indexOf("twenty-three");
    expect(notAClaim(text, b, b + 12)).toBe("a year said in words");
    const c = text.indexOf("twenty men");
    expect(notAClaim(text, c, c + 6)).toBeNull();
  });
});
