// Which dates in a source are events of the story, and which are not (issue 14).
import { describe, expect, it } from "vitest";
import { findEventMentions, proposeEvents } from "../../src/domain/ingest-events.ts";
import { bundledData } from "../helpers/store.ts";

const days = (text: string, published: string) =>
  findEventMentions(text, published).map(
    (m) => `${m.kind} ${m.from}${m.from === m.to ? "" : `..${m.to}`}`,
  );

describe("findEventMentions", () => {
  it("reads exchanges, talks, meetings, returns of bodies and of children", () => {
    expect(days("Ukraine and Russia exchanged 95 prisoners each on Friday.", "2025-07-04")).toEqual(
      ["exchange 2025-07-04"],
    );
    expect(
      days(
        "At the second round of talks in Istanbul on June 2, they agreed to swap.",
        "2025-06-03",
      ),
    ).toEqual(["talks 2025-06-02"]);
    expect(days("Round three, July 23: an agreement to exchange 1,200.", "2025-07-26")).toEqual([
      "talks 2025-07-23",
    ]);
    expect(
      days(
        "The ombudsmen met on August 6 and agreed that civilians would be included.",
        "2025-08-14",
      ),
    ).toEqual(["meeting 2025-08-06"]);
    expect(
      days(
        "It was the fourth repatriation; earlier batches arrived on June 11, 13 and 16.",
        "2025-07-17",
      ),
    ).toEqual(["bodies 2025-06-11", "bodies 2025-06-13", "bodies 2025-06-16"]);
    expect(
      days("Eight children were returned to Ukraine on Thursday, July 31.", "2025-08-01"),
    ).toEqual(["return 2025-07-31"]);
    expect(days("It ran in four stages between June 9 and June 14.", "2025-06-21")).toEqual([
      "deal 2025-06-09..2025-06-14",
    ]);
  });

  it("reads talks named by an agreement, a delegation, the day before 'talks', or an ordinal", () => {
    expect(days("The bodies came under the Geneva agreement of May 3.", "2025-05-20")).toEqual([
      "talks 2025-05-03",
    ]);
    expect(
      days(
        "A draft was handed over to the other delegation on 4 May, officials said.",
        "2025-05-20",
      ),
    ).toEqual(["talks 2025-05-04"]);
    expect(
      days("It was the third transfer since the May 4 talks in Geneva.", "2025-05-20"),
    ).toEqual(["talks 2025-05-04"]);
    expect(
      days(
        "This was the fourth round of talks. The third, on May 4, produced a return of bodies.",
        "2025-05-20",
      ),
    ).toEqual(["talks 2025-05-04"]);
    expect(
      days(
        "The envoy met her counterpart from the other side on Tuesday near the border.",
        "2025-05-15",
      ),
    ).toEqual(["meeting 2025-05-13"]);
    expect(days("Live: this is the fourth round of direct talks in Geneva.", "2025-05-20")).toEqual(
      ["talks 2025-05-20"],
    );
  });

  it("reads talks that are their clause's subject, and an ordinal that leaves its noun behind", () => {
    expect(
      days(
        "GENEVA, May 5 — The third round of talks between the envoys ran for two hours in a hotel on Sunday, May 4, and broke up without a truce.",
        "2025-05-05",
      ),
    ).toEqual(["talks 2025-05-04"]);
    expect(
      days("The first round took place on April 2 and the second on May 4.", "2025-05-20"),
    ).toEqual(["talks 2025-04-02", "talks 2025-05-04"]);
  });

  it("reads a release told as a noun, people who crossed, and a span written with one month", () => {
    expect(
      days("The agency welcomed the release of 40 prisoners by each side on 3 May.", "2025-05-20"),
    ).toEqual(["exchange 2025-05-03"]);
    expect(
      days(
        "We met the wounded men who crossed on May 3, the handover of 500 bodies on May 4, and more.",
        "2025-05-20",
      ),
    ).toEqual(["exchange 2025-05-03", "bodies 2025-05-04"]);
    expect(days("Between 3 and 5 May, each side freed 500 prisoners.", "2025-05-20")).toEqual([
      "deal 2025-05-03..2025-05-05",
    ]);
    expect(days("He came home in the swap of May 3–5, his mother said.", "2025-05-20")).toEqual([
      "deal 2025-05-03..2025-05-05",
    ]);
  });

  it("keeps an exchange's day after 'under the agreement,' or after 'met' someone", () => {
    expect(
      days("Under the agreement, on May 9, 300 prisoners were exchanged.", "2025-05-12"),
    ).toEqual(["exchange 2025-05-09"]);
    expect(
      days("The president met families of the men who came home on Friday.", "2025-05-12"),
    ).toEqual(["exchange 2025-05-09"]);
  });

  it("reads a statement from the words after its day, not from what it speaks of", () => {
    expect(
      days(
        "On Friday, May 9, the ministry issued a statement accusing the other side of delaying the return of bodies.",
        "2025-05-12",
      ),
    ).toEqual(["statement 2025-05-09"]);
  });

  it("reads a text headed as a statement as a statement on the day it was published", () => {
    expect(
      days(
        "On the exchange of prisoners\n\nStatement of the Ministry of Foreign Affairs\n\nThe ministry regrets the delay.",
        "2025-05-12",
      ),
    ).toEqual(["statement 2025-05-12"]);
    expect(days("A statement of regret\n\nThe ministry regrets the delay.", "2025-05-12")).toEqual(
      [],
    );
    // A ministry's comment, headed so, with its department's long style.
    expect(
      days(
        "Comment by the Information and Press Department of the Ministry of Foreign Affairs of the Republic of Nowhere on recent remarks about humanitarian questions\n\n4 May 2025\n\nWe regret the remarks.",
        "2025-05-04",
      ),
    ).toEqual(["statement 2025-05-04"]);
    expect(days("A comment on the week\n\nThe ministry regrets the delay.", "2025-05-12")).toEqual(
      [],
    );
  });

  it("takes the kind from the day's own stretch of words, and 'followed' from the day before", () => {
    expect(
      days(
        "The bodies arrived a day after the first stage of the swap, in which the wounded came home on Monday. The youngest followed on Tuesday.",
        "2025-05-16",
      ),
    ).toEqual(["exchange 2025-05-12", "exchange 2025-05-13"]);
    expect(
      days("Earlier, on 3 and 4 May, two stages of the exchange took place.", "2025-05-10"),
    ).toEqual(["exchange 2025-05-03", "exchange 2025-05-04"]);
  });

  it.each([
    ["a dateline", "KYIV, June 10 (Meridian) — Officials spoke about prisoners."],
    [
      "a dateline in brackets",
      "VIENNA / KYIV (10 June 2025) – The agency welcomes every release of prisoners.",
    ],
    ["a line giving the day it came out", "Episode 12\n\nReleased 10 June 2025 · 40 minutes"],
    ["a press release's heading", "PRESS RELEASE\n\nThe director visited the office on 9 June."],
    ["a live page's date", "Monday 9 June — live updates, latest first"],
    [
      "a birthday",
      "Her son turns 24 on June 3, his third birthday in captivity since the exchange.",
    ],
    ["one born", "Born on 9 October 2010, he was returned with other children."],
    ["'since'", "Families have waited for an exchange since February 24, 2022."],
    ["a year", "The Third Geneva Convention of 1949 obliges parties to release the wounded."],
    ["a month", "He was captured in April 2022 and freed in an exchange."],
    ["an anniversary", "The repatriation took place on the eleventh anniversary of July 17, 2014."],
    ["a hearing", "The court has set its next hearing for June 25 on the prisoners."],
    ["a plan", "A prisoner exchange could take place today, officials hinted."],
    ["a day after publication", "The next stage of the exchange is on June 30."],
    ["the day something was said", "The exchange will go on, she said on Tuesday."],
    ["a law", "The law on prisoners of war was passed on March 3 after an exchange."],
    ["a day counted from another event", "The bodies came three days after the last exchange."],
    ["'since' a day that names no talks", "No prisoners have been exchanged since June 2."],
    [
      "bodies still on their way",
      "On 8 June, trucks carrying 900 bodies reached the crossing, but no one came to take them.",
    ],
  ])("no event from %s", (_why, text) => {
    expect(days(text, "2025-06-10")).toEqual([]);
  });
});

describe("findEventMentions, later voices", () => {
  it("reads 'all three rounds: the first on …, the second on …' as the days of those rounds", () => {
    expect(
      days(
        "Geneva has hosted all three rounds: the first on 3 March, the second on 9 April and the third today.",
        "2025-05-20",
      ),
    ).toEqual(["talks 2025-03-03", "talks 2025-04-09", "talks 2025-05-20"]);
  });

  it("reads bodies from the clause when the day's own words say only 'returned'", () => {
    expect(
      days(
        "The remains of 640 people, the other side says its soldiers, were returned to Kyiv today.",
        "2025-03-12",
      ),
    ).toEqual(["bodies 2025-03-12"]);
  });

  it("reads a return of civilians both ways, or with children only as a part, as an exchange", () => {
    expect(
      days(
        "On 3 March, 12 civilians, including four children, came home; nine civilians went to Russia.",
        "2025-03-05",
      ),
    ).toEqual(["exchange 2025-03-03"]);
    expect(
      days("The return of 14 civilians took place on Monday with Swiss help.", "2025-03-05"),
    ).toEqual(["exchange 2025-03-03"]);
    expect(days("Six children were brought home on Monday.", "2025-03-05")).toEqual([
      "return 2025-03-03",
    ]);
  });

  it("reads a meeting named with its host or its parties before its place and day", () => {
    expect(
      days(
        "The swap was arranged at a meeting between the two ombudsmen in Vienna on 2 March.",
        "2025-03-05",
      ),
    ).toEqual(["talks 2025-03-02"]);
    // A round named before its place keeps its ordinal for the title.
    const [round] = findEventMentions(
      "They swapped 90 each, as agreed at the third round of talks in Vienna on 2 March.",
      "2025-03-05",
    );
    expect(round).toMatchObject({ kind: "talks", from: "2025-03-02", ordinal: "third" });
  });

  it("reads the day someone said something 'that …', and a plan spoken of on a day, as statements", () => {
    expect(
      days(
        "The envoy announced on March 2 that the other side was ready to send 500 more bodies.",
        "2025-03-05",
      ),
    ).toEqual(["statement 2025-03-02"]);
    expect(
      days(
        "On Monday, the envoy said his side was ready to hand over the bodies of 500 soldiers next week.",
        "2025-03-05",
      ),
    ).toEqual(["statement 2025-03-03"]);
    // Nothing was settled that day.
    expect(
      days("The Kremlin said on Monday that a date was being discussed.", "2025-03-05"),
    ).toEqual([]);
  });

  it("reads a timeline's lines: talks, statements and exchanges by the words each day leads", () => {
    const text = [
      "Key dates",
      "",
      "1 March: The two delegations meet in Vienna.",
      "2 March: 90 prisoners are exchanged each way.",
      "4 March: Moscow says it is open to more talks but names no date.",
    ].join("\n");
    expect(days(text, "2025-03-06")).toEqual([
      "talks 2025-03-01",
      "exchange 2025-03-02",
      "statement 2025-03-04",
    ]);
  });

  it("reads a staged exchange as a whole from its stages' days, when no span is written for it", () => {
    const text =
      "The sides freed 120 each on Sunday, completing a three-stage exchange. The last stage followed releases on Friday and on Saturday.";
    expect(days(text, "2025-03-09")).toContain("deal 2025-03-07..2025-03-09");
    // Two days named for three stages: no whole.
    expect(
      days("The sides freed 120 each on Sunday, completing a three-stage exchange.", "2025-03-09"),
    ).toEqual(["exchange 2025-03-09"]);
  });

  it("reads a live page's entry in which a government speaks of talks as a statement of the page's day", () => {
    const text = [
      "Live: the war on Tuesday",
      "",
      "17:05 Moscow says a new round of talks is possible but has not been scheduled.",
      "",
      "12:40 Kyiv says 80 soldiers came home in an exchange today.",
    ].join("\n");
    expect(days(text, "2025-03-04")).toEqual(["exchange 2025-03-04", "statement 2025-03-04"]);
  });

  it("takes no national day or anniversary for an event", () => {
    expect(
      days(
        "The prisoners came home days after the country marked Flag Day on 2 March.",
        "2025-03-05",
      ),
    ).toEqual([]);
  });
});

describe("findEventMentions, days that are not the story's", () => {
  it("takes a day and month with no year, months past the report, for last year's", () => {
    // A spring report looking back at an autumn swap.
    expect(days("The swap of 9 October was the last one so far.", "2026-04-02")).toEqual([
      "exchange 2025-10-09",
    ]);
    expect(
      days("Bodies were returned to Kyiv on 18 November, officials said.", "2026-02-10"),
    ).toEqual(["bodies 2025-11-18"]);
  });

  it("reads 'the swap of D1 to D2' across two months as one span", () => {
    expect(
      days("It was the biggest since the staged swap of 29 September to 2 October.", "2026-01-15"),
    ).toEqual(["deal 2025-09-29..2025-10-02"]);
  });

  it("reads two days running of one operation as its span, and named stages as days", () => {
    expect(
      days("Mediators escorted 400 captives on 6 and 7 March as they were freed.", "2026-03-09"),
    ).toEqual(["deal 2026-03-06..2026-03-07"]);
    expect(
      days("On 6 and 7 March the first two stages of the exchange took place.", "2026-03-09"),
    ).toEqual(["exchange 2026-03-06", "exchange 2026-03-07"]);
  });

  it("does not read the verb 'remains' as the remains of the fallen", () => {
    expect(
      days("The swap of 2–4 August still remains the largest of the year.", "2025-12-01"),
    ).toEqual(["deal 2025-08-02..2025-08-04"]);
  });

  it("takes no day for a person described by an earlier exchange", () => {
    expect(
      days("On 3 March a sergeant released in a previous swap visited the family.", "2025-09-01"),
    ).toEqual([]);
  });

  it("takes no statement from a spokesman reporting, later, a return that took place", () => {
    expect(
      days(
        "The ombudsman said on Friday that twelve teenagers were returned to their parents.",
        "2025-09-06",
      ),
    ).toEqual([]);
    expect(
      days("The ministry said on Friday that it was ready to return twelve more.", "2025-09-06"),
    ).toEqual(["statement 2025-09-05"]);
  });
});

describe("findEventMentions, timelines and spans", () => {
  it("reads a dated line far down a report as a timeline's entry, not as a dateline", () => {
    const text = [
      "Monthly monitor",
      "Research Unit | Issued 3 April 2026",
      "Overview. A quiet month with one handover.",
      "",
      "12 March — Repatriation of remains. 640 bodies were returned.",
      "",
      "20 March — The two ombudsmen met at the border crossing.",
    ].join("\n");
    expect(days(text, "2026-04-03")).toEqual(["bodies 2026-03-12", "meeting 2026-03-20"]);
  });

  it("reads bulleted stage lines, 'N for N' as an exchange, and a line headed 'Statement'", () => {
    const text = [
      "Key dates",
      "",
      "• 6 March: 75 for 75, all of them wounded.",
      "• 9 March — Statement. The president offered a general swap.",
    ].join("\n");
    expect(days(text, "2026-03-20")).toEqual(["exchange 2026-03-06", "statement 2026-03-09"]);
  });

  it("reads talks over a span of days named beside the talks", () => {
    expect(
      days("Both steps were agreed at the Geneva talks of 3–4 May, officials said.", "2026-05-20"),
    ).toEqual(["talks 2026-05-03..2026-05-04"]);
  });

  it("reads the named stages of a completed exchange as its whole", () => {
    const text =
      "With Sunday's group, the release of 300 men agreed in March has been completed. Earlier, 100 came home on Friday and 100 on Saturday.";
    expect(days(text, "2026-04-05")).toContain("deal 2026-04-03..2026-04-05");
  });

  it("reads a proposal named by its day, and a plan spoken of after a speaker's description", () => {
    expect(
      days("The minister's proposal of 2 March for a full exchange went unanswered.", "2026-03-20"),
    ).toEqual(["statement 2026-03-02"]);
    expect(
      days(
        "Earlier, on 2 March, the envoy, who led the delegation in Riyadh, said his side was ready to hand over 500 bodies.",
        "2026-03-20",
      ),
    ).toEqual(["statement 2026-03-02"]);
    expect(
      days("The Kremlin said on 4 March that it would consider the offer.", "2026-03-20"),
    ).toEqual(["statement 2026-03-04"]);
  });
});

describe("findEventMentions, talks told by their length", () => {
  it("reads 'two days of talks … ended this afternoon' as talks up to the day of the report", () => {
    expect(
      days(
        "Three days of talks between the two delegations in Riyadh ended this afternoon with a deal on prisoners.",
        "2026-04-09",
      ),
    ).toEqual(["talks 2026-04-07..2026-04-09"]);
    // Not talks that go on.
    expect(days("Two days of talks in Riyadh are planned for next week.", "2026-04-09")).toEqual(
      [],
    );
    // Nor a return of bodies from what the talks agreed on.
    expect(
      days(
        "Two days of talks in Riyadh ended this evening with agreement on a swap and on handing back the bodies of the dead.",
        "2026-04-09",
      ),
    ).toEqual(["talks 2026-04-08..2026-04-09"]);
  });
});

describe("findEventMentions, an agreement reached by the parties", () => {
  it("reads 'the agreement reached by the parties in <place> on <day>' as that day's talks", () => {
    expect(
      days(
        "The handovers followed the agreement reached by the two sides in Riyadh on 3 September.",
        "2025-09-12",
      ),
    ).toEqual(["talks 2025-09-03"]);
  });
});

describe("findEventMentions, a part of today", () => {
  it("reads 'this afternoon', 'this morning' as the day of the report", () => {
    expect(days("The third leg of the swap ended 64-64 this afternoon.", "2025-09-13")).toEqual([
      "exchange 2025-09-13",
    ]);
    expect(
      days("Forty soldiers came home this morning, the ombudsman said.", "2025-09-13"),
    ).toEqual(["exchange 2025-09-13"]);
    // Not a programme of the day.
    expect(days("In this morning's programme: the swap debate.", "2025-09-13")).toEqual([]);
  });
});

describe("findEventMentions, children both ways", () => {
  it("reads children returned as an exchange when a later sentence sends others the other way under the same deal", () => {
    const one = "Six children returned to Ukraine on Tuesday under a deal brokered by the Vatican.";
    expect(days(one, "2025-10-08")).toEqual(["return 2025-10-07"]);
    const both = `${one} Moscow's envoy said three children were taken back to Russia under the same deal.`;
    expect(days(both, "2025-10-08")).toEqual(["exchange 2025-10-07"]);
  });
});

describe("proposeEvents", () => {
  const events = bundledData().events;
  const input = { sourceId: "src", now: "2025-06-12T00:00:00.000Z" };

  it("proposes what the store does not know, unreviewed, with its words", () => {
    const text = "On June 12, Ukraine received 1,200 bodies of fallen soldiers.";
    const { events: proposed } = proposeEvents(text, "2025-06-12", events, input);
    expect(proposed).toHaveLength(1);
    expect(proposed[0]).toMatchObject({
      id: "bodies-2025-06-12",
      kind: "bodies",
      status: "unreviewed",
      date: { on: "2025-06-12" },
      sourceId: "src",
    });
    expect(proposed[0]?.aliases).toContain("june-12 bodies");
    const q = proposed[0]?.quote;
    expect(q && text.slice(q.start, q.end)).toBe(q?.text);
  });

  it("proposes nothing for days the store already has (the 1,000-for-1,000, May 6)", () => {
    const text =
      "It follows the 1,000-for-1,000 swap that ended on May 25 and the May 6 swap of 205 prisoners.";
    expect(proposeEvents(text, "2025-06-10", events, input).events).toEqual([]);
  });

  it("proposes no exchange on a day the store files its talks under", () => {
    const text =
      "The first direct talks in three years ended on Friday with one agreement: each side will free 1,000 prisoners of war, the largest exchange since the invasion.";
    expect(proposeEvents(text, "2025-05-17", events, input).events).toEqual([]);
  });

  it("files the stages of a span as its parts, and knows a proposed event the second time", () => {
    const text =
      "It ran in four stages between June 9 and June 14: soldiers under 25 were exchanged on June 9 and the wounded were swapped on June 10.";
    const first = proposeEvents(text, "2025-06-21", events, input).events;
    expect(first.map((e) => [e.id, e.partOf])).toEqual([
      ["deal-2025-06-09-2025-06-14", null],
      ["exchange-2025-06-09", "deal-2025-06-09-2025-06-14"],
      ["exchange-2025-06-10", "deal-2025-06-09-2025-06-14"],
    ]);
    const again = proposeEvents(text, "2025-06-21", [...events, ...first], {
      ...input,
      sourceId: "other",
    });
    expect(again.events).toEqual([]);
    expect(again.mentioned.map((e) => e.id)).toContain("exchange-2025-06-10");
  });
});

describe("an exchange put off is not an exchange", () => {
  it("the day the word came that it would not take place is a statement's", () => {
    // Our wording: a stage announced and then put off.
    expect(
      days(
        "On Tuesday the ombudsman said the swap planned for that day would not take place.",
        "2025-07-09",
      ),
    ).toEqual(["statement 2025-07-08"]);
    expect(
      days(
        "The next stage of the prisoner exchange has been postponed, Kyiv said on Monday.",
        "2025-07-08",
      ),
    ).not.toContain("exchange 2025-07-07");
    // Held after all: the day it took place is the exchange's.
    expect(
      days(
        "The exchange, postponed twice, took place on Thursday: 84 prisoners each.",
        "2025-07-11",
      ),
    ).toContain("exchange 2025-07-10");
  });
});

describe("days that are no exchange, however the sentence speaks of one", () => {
  it("reads a stage that 'will take place, but not today' as the word that it was put off", () => {
    // Our wording.
    const found = days(
      '"The swap will go ahead, but not today," the ombudsman said in a post on Wednesday morning.',
      "2025-07-09",
    );
    expect(found).not.toContain("exchange 2025-07-09");
  });

  it("takes a day someone told an audience something on as the telling's, not the plan's", () => {
    const found = days(
      '"The next stage can take place within days, once the lists are checked," the minister told reporters late on Friday.',
      "2025-07-14",
    );
    expect(found).toEqual([]);
  });

  it("keeps a figure's thousands comma inside the words of its day", () => {
    expect(
      days(
        "On 5 March the other side received 1,500 bodies of fallen servicemen, officials said.",
        "2025-03-09",
      ),
    ).toEqual(["bodies 2025-03-05"]);
  });
});

describe("a day named by an apposition", () => {
  it("reads past an anniversary or a national day set off after the day, to what happened on it", () => {
    // Our wording.
    expect(
      days(
        "On 28 June, the 29th anniversary of the constitution, 95 soldiers came home in a new stage.",
        "2025-07-02",
      ),
    ).toEqual(["exchange 2025-06-28"]);
    expect(days("On 23 August, National Flag Day, 60 civilians were freed.", "2025-08-30")).toEqual(
      ["exchange 2025-08-23"],
    );
  });

  it("keeps an anniversary with nothing done on it out", () => {
    expect(
      days(
        "On 28 June, the 29th anniversary of the constitution, families held a rally.",
        "2025-07-02",
      ),
    ).toEqual([]);
  });
});

describe("a wire lead's deed, told on its dateline's day", () => {
  it("is an event of the day it was told, when the lead gives it no day of its own", () => {
    // Our wording.
    const lead =
      "LVIV, March 12 (Wire) - Ukraine received the bodies of 640 soldiers from Russia, the ministry said on Wednesday, the second such return this year.";
    expect(days(lead, "2025-03-12")).toEqual(["bodies 2025-03-12"]);
  });

  it("is so under a dateline that ends a sentence of its own, the agency between slashes", () => {
    // Our wording.
    const lead =
      "ROSTOV, March 12. /Wire/. Russia received the bodies of 40 of its soldiers from Ukraine, the ministry said on Wednesday.";
    expect(days(lead, "2025-03-12")).toEqual(["bodies 2025-03-12"]);
  });

  it("is not when the day is another than the dateline's, or what was told comes after it", () => {
    const earlier =
      "LVIV, March 12 (Wire) - Ukraine received the bodies of 640 soldiers from Russia, the ministry said on Monday.";
    expect(days(earlier, "2025-03-12")).toEqual([]);
    const that =
      "LVIV, March 12 (Wire) - The ministry said on Wednesday that it expects the bodies of 640 soldiers to be received.";
    // (A statement of its own, by an older rule; not the bodies' return.)
    expect(days(that, "2025-03-12")).not.toContain("bodies 2025-03-12");
    const plan =
      "LVIV, March 12 (Wire) - Ukraine will receive the bodies of 640 soldiers, the ministry said on Wednesday.";
    expect(days(plan, "2025-03-12")).toEqual([]);
  });
});

describe("talks named before their day", () => {
  it("are the talks of that day, whatever plan the words after the day tell of", () => {
    // Our wording.
    expect(
      days("At the meeting on May 30, the Russian side said it would free 300 more.", "2025-06-05"),
    ).toEqual(["talks 2025-05-30"]);
    // Talks that could take place on a day are no event.
    expect(
      days("Talks could take place on May 30, an aide said, and would last a day.", "2025-06-05"),
    ).toEqual([]);
  });
});

describe("a stage held after a delay", () => {
  it("is the exchange of its day when the sentence says it brought people home", () => {
    // Our wording: the delay is told beside the day, the stage was still held.
    expect(
      days(
        "Three stages in May and a fourth on 9 June, after a row over a postponed list, brought 500 soldiers a side home.",
        "2025-07-01",
      ),
    ).toContain("exchange 2025-06-09");
    // Put off, with nothing brought home: the word that it was.
    expect(
      days("On 9 June the headquarters said the exchange had been postponed.", "2025-07-01"),
    ).not.toContain("exchange 2025-06-09");
  });
});

describe("a live page's day headings", () => {
  // Our wording: a page over three days, last updated on the third.
  const page = [
    "LIVE: The next stage of the exchange",
    "",
    "Tuesday 8 July",
    "",
    "10:15 - Relatives are waiting at the hospital. Nothing official yet.",
    "",
    "17:40 - The ombudsman says the stage will not take place today.",
    "",
    "Wednesday 9 July",
    "",
    "11:00 - A Kremlin aide tells reporters that the exchanges are continuing.",
    "",
    "Thursday 10 July",
    "",
    "12:30 - The headquarters says 120 soldiers came home in the sixth stage.",
    "",
    "18:00 - With this group, 960 have come home since May, by our count.",
  ].join("\n");

  it("dates an entry's 'today' by the heading above it, not by the page's last update", () => {
    expect(days(page, "2025-07-10")).toContain("statement 2025-07-08");
    expect(days(page, "2025-07-10")).not.toContain("statement 2025-07-10");
  });

  it("takes an entry that names no day as its heading's: a stage done, a voice's position", () => {
    const found = days(page, "2025-07-10");
    expect(found).toContain("exchange 2025-07-10");
    expect(found).toContain("statement 2025-07-09");
    // Waiting relatives and a running count are no event: nothing more than those three.
    expect(found).toHaveLength(3);
  });

  it("reads no day heading in a page without timed entries", () => {
    const text =
      "Tuesday 8 July\n\nThe headquarters says 120 soldiers came home in the sixth stage.";
    expect(days(text, "2025-07-10")).toEqual([]);
  });
});

describe("a live page's heading", () => {
  it("gives the days the page covers, not an event of its own", () => {
    // Our wording: a live blog over three days, its entries below.
    const text =
      "LIVE: Third stage of the prisoner exchange and the return of bodies - 14-16 July\n\nMonday 14 July\n\n09:10 - Buses with freed prisoners crossed into Ukraine; 95 came home, the headquarters said.";
    expect(days(text, "2025-07-16")).not.toContain("bodies 2025-07-14..2025-07-16");
    // The same span in a sentence of the story is an event.
    expect(
      days("The fallen were returned between 14 and 16 July, the headquarters said.", "2025-07-17"),
    ).toContain("deal 2025-07-14..2025-07-16");
  });
});

describe("days that are not a handover's", () => {
  it("reads a dateline naming two cities as a dateline", () => {
    const text =
      "ODESA/ROSTOV, July 9 (Wire) - The two countries swapped prisoners twice this month, officials said.";
    expect(days(text, "2025-07-09")).toEqual([]);
  });

  it("reads the day something was published, or the fallen were buried, as no event", () => {
    expect(
      days(
        "Forty men returned from captivity on 3 July, the governor said in a post published on his page on Saturday.",
        "2025-07-05",
      ),
    ).toEqual(["exchange 2025-07-03"]);
    expect(
      days(
        "A report printed in this paper on 9 July misstated how many bodies were returned.",
        "2025-07-11",
      ),
    ).toEqual([]);
    expect(
      days(
        "Four men whose bodies were handed over on 2 July were buried in their village cemetery on Sunday.",
        "2025-07-21",
      ),
    ).toEqual(["bodies 2025-07-02"]);
  });
});

describe("the stages of an exchange", () => {
  it("reads days listed after 'stages on' as stages, whatever comes before", () => {
    const text =
      "The swap brought the number freed under the deal to 700, after stages on July 3, 9 and 15.";
    expect(days(text, "2025-07-20")).toEqual([
      "exchange 2025-07-03",
      "exchange 2025-07-09",
      "exchange 2025-07-15",
    ]);
  });

  it("reads a sentence giving only another day and who came home as the next stage", () => {
    const text =
      "On 3 July we brought home 120 young soldiers. On 8 July it was 70 seriously wounded men. On 15 July, 95 more prisoners.";
    expect(days(text, "2025-07-16")).toEqual([
      "exchange 2025-07-03",
      "exchange 2025-07-08",
      "exchange 2025-07-15",
    ]);
    // Not after a paragraph's end, nor when the sentence says more than who came.
    expect(
      days("On 3 July we brought home 120 young soldiers.\n\nOn 8 July, 70 men.", "2025-07-16"),
    ).toEqual(["exchange 2025-07-03"]);
  });

  it("reads stages between two days two weeks or more apart as the first and last stage", () => {
    expect(
      days(
        "Over the five stages between 1 and 29 July, each side freed 700 prisoners.",
        "2025-08-01",
      ),
    ).toEqual(["exchange 2025-07-01", "exchange 2025-07-29"]);
    // Days close together are one staged exchange.
    expect(
      days(
        "Over the three stages between 1 and 4 July, each side freed 300 prisoners.",
        "2025-08-01",
      ),
    ).toEqual(["deal 2025-07-01..2025-07-04"]);
  });

  it("does so too when each of the two days is written with its month", () => {
    expect(
      days("Three stages from July 2 to July 30 brought 500 soldiers home each way.", "2025-08-04"),
    ).toEqual(["exchange 2025-07-02", "exchange 2025-07-30"]);
    expect(
      days(
        "Two stages between July 2 and July 5 brought 500 soldiers home each way.",
        "2025-08-04",
      ),
    ).toEqual(["deal 2025-07-02..2025-07-05"]);
  });

  it("reads one exchange carried out 'in N stages between' two days as the whole span", () => {
    // The exchange is the subject, its stages only its manner: one operation over the span,
    // however far apart the days ("Over the N stages between …" counts the stages themselves).
    expect(
      days(
        "Under the deal, 640 captives a side were swapped in four stages between 3 March and 1 April.",
        "2026-04-20",
      ),
    ).toEqual(["deal 2026-03-03..2026-04-01"]);
    expect(
      days(
        "Some 300 soldiers each way were exchanged in three stages from 5 to 27 May.",
        "2026-06-01",
      ),
    ).toEqual(["deal 2026-05-05..2026-05-27"]);
    // Bodies told in the next part of the sentence are not the span's.
    expect(
      days(
        "In all, 500 soldiers a side were exchanged in three stages between 5 May and 2 June, and the remains of 900 were returned.",
        "2026-06-10",
      ),
    ).toEqual(["deal 2026-05-05..2026-06-02"]);
  });

  it("reads two days running as their two operations when each is told on its own", () => {
    expect(
      days(
        "Mediators oversaw the release of captives on 6 and 7 March. On 6 March, 200 were released; on 7 March, another 150 were released.",
        "2026-03-08",
      ),
    ).toEqual(["exchange 2026-03-06", "exchange 2026-03-07"]);
  });
});

describe("an exchange told as a scoreline", () => {
  it("reads the same figure both ways ('212-212') as people exchanged on the day", () => {
    expect(days("Monday's first leg ended 212-212, the wounded first.", "2025-09-12")).toEqual([
      "exchange 2025-09-08",
    ]);
    expect(days("On 3 September: 1,040-1,040, the largest leg.", "2025-09-12")).toEqual([
      "exchange 2025-09-03",
    ]);
  });

  it("reads a timeline's line led by a long dash", () => {
    expect(
      days("The legs so far:\n— 2 September: 95-95, the young\n— 4 September: 88-88", "2025-09-12"),
    ).toEqual(["exchange 2025-09-02", "exchange 2025-09-04"]);
  });

  it("reads a span followed by one figure for each of its days as that many days' exchanges", () => {
    expect(days("The three legs, 8 to 10 September: 95-95, 88-88, 120-120.", "2025-09-12")).toEqual(
      ["exchange 2025-09-08", "exchange 2025-09-09", "exchange 2025-09-10"],
    );
    // Fewer figures than days: the span as one operation.
    expect(days("The swap of 8 to 10 September: 303-303 in all.", "2025-09-12")).toEqual([
      "deal 2025-09-08..2025-09-10",
    ]);
  });

  it("takes no exchange from a match's score or a draw", () => {
    expect(days("On Saturday the club won 3-1, and drew 1-1 on Sunday.", "2025-09-12")).toEqual([]);
    expect(days("Saturday ended 10-10 in a draw in the handball.", "2025-09-12")).toEqual([]);
  });
});

describe("words that look like an event's and are not", () => {
  it("takes no exchange from the day of a market's move, whatever the sentence says of a swap", () => {
    expect(
      days(
        "The hryvnia weakened 1.5% to 42.10 per dollar on Tuesday as talk of a prisoner exchange faded.",
        "2025-09-05",
      ),
    ).toEqual([]);
    expect(
      days(
        "Kyiv's euro bonds rose 2 cents to 61.5 cents on Monday after the two sides exchanged 150 prisoners each.",
        "2025-09-05",
      ),
    ).toEqual([]);
  });

  it("reads a number before 'remains' the verb as no count of the dead", () => {
    expect(
      days(
        "The swap of 9–11 March stays on record; the swap of March 9–11 remains the biggest so far.",
        "2025-04-02",
      ),
    ).toEqual(["deal 2025-03-09..2025-03-11", "deal 2025-03-09..2025-03-11"]);
    // The noun still counts the dead.
    expect(days("On 3 April, 900 remains were handed over.", "2025-04-04")).toEqual([
      "bodies 2025-04-03",
    ]);
  });

  it("reads the 'today' of a programme's lead story as the broadcast's day, no event", () => {
    expect(
      days("Our top story today: the prisoners are coming home as well.", "2025-07-09"),
    ).toEqual([]);
    expect(days("Today's main story: 80 soldiers came home today.", "2025-07-09")).toEqual([
      "exchange 2025-07-09",
    ]);
  });
});

describe("dates that are not events: a running count, a negation, an aside", () => {
  it("reads no exchange from the day a running count stands at", () => {
    expect(
      days(
        "Tally. As of 15 July 2025, 4,120 soldiers have come home from captivity in 52 swaps since the war began.",
        "2025-07-20",
      ),
    ).toEqual([]);
  });

  it("reads no return of bodies from an exchange that bodies were not part of", () => {
    expect(
      days(
        "No remains were part of the prisoner exchange of 3–5 March, which freed only living soldiers.",
        "2025-04-10",
      ).filter((d) => d.startsWith("bodies")),
    ).toEqual([]);
  });

  it("reads no statement from a ministry saying something beside the story", () => {
    expect(
      days(
        "Experts of the Health Ministry, which said on Tuesday that families may call a hotline for counselling, will help.",
        "2025-07-20",
      ),
    ).toEqual([]);
    // what is said of talks is still a statement
    expect(
      days("The Kremlin said on Tuesday that a new round of talks was possible.", "2025-07-20"),
    ).toEqual(["statement 2025-07-15"]);
  });
});

describe("a correction notice puts a day right", () => {
  it("moves what the text told of the wrong day to the right one, and reads no day of the notice", () => {
    const text = [
      "ODESA - Forty-two soldiers came home in an exchange on Tuesday, 8 April, the headquarters said.",
      "",
      "Correction, 11 April 2025, 09:30: This report first said the swap was on Tuesday, 8 April. It took place on Wednesday, 9 April.",
    ].join("\n");
    expect(days(text, "2025-04-11")).toEqual(["exchange 2025-04-09"]);
  });
});

describe("days said in words, as a broadcast's transcript has them", () => {
  it("reads the talks and the exchange of days spelt out", () => {
    expect(
      days(
        "The swap agreed in Geneva on the eleventh of May ended on the ninth of June, when ninety came home on each side.",
        "2025-06-12",
      ),
    ).toEqual(["talks 2025-05-11", "exchange 2025-06-09"]);
  });
});

describe("a diary's lines, each led by a weekday and its day", () => {
  const week = [
    "The week on the border",
    "",
    "Wednesday 4 June. The foreign minister said his country was ready to host a fourth round.",
    "",
    "Thursday 5 June. Forty civilians came home through Poland; Ukraine handed over thirty-one in return.",
    "",
    "Friday 6 June. A quiet day on swaps. The weather turned.",
    "",
    "Saturday 7 June. Officials hinted that the next stage could follow within a week.",
    "",
    "Tue 10 June — 84 prisoners were exchanged on each side.",
  ].join("\n");

  it("reads what each line tells as that day's event, words of a plan as a statement", () => {
    expect(days(week, "2025-06-14")).toEqual([
      "statement 2025-06-04",
      "exchange 2025-06-05",
      "exchange 2025-06-10",
    ]);
  });
});

describe("a table's rows, each led by a day", () => {
  it("reads a row with figures handed over as that day's exchange, and a total row as none", () => {
    const report = [
      "Section 2. Handovers, one a line (day | who | returned to Ukraine | handed to Russia):",
      "4 March | soldiers under 25 | 75 | 75",
      "9 March | the seriously ill | 31 | 30",
      "Total | | 106 | 105",
    ].join("\n");
    expect(days(report, "2025-04-02")).toEqual(["exchange 2025-03-04", "exchange 2025-03-09"]);
  });

  it("reads a table written with slashes the same way, and two exchanges the text counts apart as no one exchange", () => {
    const report = [
      "In March two exchanges took place: the final stage of the February deal, and a swap of civilians.",
      "",
      "Table 1. Exchanges (day / who / to Ukraine / to the Russian Federation / mediator):",
      "4 March / soldiers / 75 / 75 / Qatar",
      "9 March / civilians / 12 / 9 / Qatar",
    ].join("\n");
    expect(days(report, "2025-04-02")).toEqual(["exchange 2025-03-04", "exchange 2025-03-09"]);
  });
});

describe("a handover that names no one, among bodies", () => {
  it("reads it as a return of bodies when its paragraph tells of bodies and of no living people", () => {
    expect(
      days(
        "Moscow promised to give back 4,000 bodies. So far it has given back 1,900; the first handover, on 3 May, brought back 900.",
        "2025-06-01",
      ),
    ).toEqual(["bodies 2025-05-03"]);
    expect(
      days(
        "Moscow promised to free 400 soldiers and 4,000 bodies. The first handover, on 3 May, brought back 90.",
        "2025-06-01",
      ),
    ).not.toContain("bodies 2025-05-03");
  });
});

describe("days the later sets showed were read wrongly (fresh9, fresh10)", () => {
  it("reads a counted day set off by the day it names as that day, not one counted from the last day written", () => {
    const text = [
      "The swap agreed at the Geneva talks on 4 March was finished today.",
      "Two days earlier, on Wednesday, Kyiv took back the bodies of 800 soldiers.",
    ].join("\n\n");
    expect(days(text, "2025-05-09")).toEqual([
      "talks 2025-03-04",
      "exchange 2025-05-09",
      "bodies 2025-05-07",
      "bodies 2025-05-07",
    ]);
  });

  it("reads no staged whole over a final stage and an exchange after it", () => {
    const text = [
      "Five sailors came home on Thursday in a swap of civilians.",
      "Ten days ago, on 26 May, the final stage of that exchange of prisoners of war freed 150 soldiers.",
    ].join("\n\n");
    expect(days(text, "2025-06-06")).toEqual([
      "exchange 2025-06-05",
      "exchange 2025-05-26",
      "exchange 2025-05-26",
    ]);
  });

  it("reads no statement from the heading of a legislature's committee", () => {
    const heading = (who: string) =>
      `Statement of ${who} on the outcome of the talks in Geneva\n\nThe talks held in Geneva on 3 May 2025 led to an agreement to swap 500 for 500.`;
    expect(days(heading("the Senate Committee on Security"), "2025-05-04")).toEqual([
      "talks 2025-05-03",
    ]);
    expect(days(heading("the Ministry of Defence"), "2025-05-04")).toEqual([
      "talks 2025-05-03",
      "statement 2025-05-04",
    ]);
  });

  it("reads no statement from the heading of a clinic's, a relatives' group's or a veterans' league's own statement", () => {
    const heading = (who: string) =>
      `Statement of ${who}\n\nThe talks held in Geneva on 3 May 2025 led to an agreement to swap 500 for 500.`;
    for (const who of [
      "the Poltava City Clinic on the care of the men who came home",
      'the Union of Relatives of Missing Sailors "Maiak" on the return of the crew',
      "the Sumy District League of Army Veterans",
    ])
      expect(days(heading(who), "2025-05-11")).toEqual(["talks 2025-05-03"]);
    expect(days(heading("the Coordination Headquarters"), "2025-05-11")).toEqual([
      "talks 2025-05-03",
      "statement 2025-05-11",
    ]);
  });

  it("reads no meeting from an official meeting the relatives of those still held", () => {
    const met = (whom: string) =>
      `The governor met ${whom} on Thursday, 8 May, and promised to send every name to Kyiv.`;
    expect(days(met("the relatives of the sailors still held in Russia"), "2025-05-12")).toEqual(
      [],
    );
    expect(days(met("with families of the missing"), "2025-05-12")).toEqual([]);
    expect(days(met("his Russian counterpart"), "2025-05-12")).toEqual(["meeting 2025-05-08"]);
    expect(
      days("The ombudsman met relatives of men who came home on Friday.", "2025-05-12"),
    ).toEqual(["exchange 2025-05-09"]);
  });

  it("reads no statement from the day surgeons or a health ministry told of the care of the freed", () => {
    expect(
      days(
        "Surgeons at the clinic in Dnipro, where they are being treated, said on Thursday that 12 of the 90 men freed in the swap needed operations.",
        "2025-05-12",
      ),
    ).toEqual([]);
    expect(
      days(
        "A spokesman for the Ministry of Health in Warsaw said on Friday that some twenty former prisoners had been treated so far.",
        "2025-05-12",
      ),
    ).toEqual([]);
    expect(
      days(
        "The Kremlin said on Thursday that it was ready for another exchange of prisoners.",
        "2025-05-12",
      ),
    ).toEqual(["statement 2025-05-08"]);
  });

  it("reads 'The day after,' set off by a comma as the day after the one just told", () => {
    const text =
      "The first handover, on Monday 3 March, freed 60 sailors. The day after, 45 wounded prisoners were released by each side.";
    expect(days(text, "2025-03-09")).toEqual(["exchange 2025-03-03", "exchange 2025-03-04"]);
    expect(
      days("Two days after the first handover of 3 March, 45 were freed.", "2025-03-09"),
    ).not.toContain("exchange 2025-03-05");
  });

  it("moves a day put right outside a notice: 'we wrote that … It was on …', and '…, not on …'", () => {
    const issue = [
      "Two weeks ago we wrote that the swap of civilians took place on 3 April. It was on 2 April; our apologies.",
    ].join("\n\n");
    expect(days(issue, "2025-04-16")).toEqual(["exchange 2025-04-02"]);
    const live = [
      "10:00 — The last handover of the dead came on Sunday, when 900 bodies were returned to Ukraine.",
      "11:30 — CORRECTION to the 10:00 entry: the handover took place on Saturday, 12 April, not on Sunday.",
    ].join("\n");
    expect(days(live, "2025-04-16").every((d) => d === "bodies 2025-04-12")).toBe(true);
  });

  it("reads stages between two days weeks apart as the whole exchange when it is told as done, or told 'in the' stages", () => {
    const done = [
      "Friday's swap of 150 a side closed out the March deal. By our count, the five stages between 10 March and 4 April freed 900 people on each side.",
    ].join("\n\n");
    expect(days(done, "2025-04-09")).toContain("deal 2025-03-10..2025-04-04");
    expect(days(done, "2025-04-09")).not.toContain("exchange 2025-03-10");
    const listed =
      "The swaps agreed so far have freed 1,500: 600 in the exchange of 2–3 March and 900 in the five stages from March 10 to April 4.";
    expect(days(listed, "2025-04-20")).toContain("deal 2025-03-10..2025-04-04");
    const going =
      "No swap took place this week. Over the four stages between 10 March and 4 April, each side freed 700.";
    expect(days(going, "2025-04-20")).toEqual(["exchange 2025-03-10", "exchange 2025-04-04"]);
  });
});

describe("days counted from the event told just before them", () => {
  it("reads a newsletter's chain of stages, each counted from the one before or from the round", () => {
    // Our wording.
    const text = [
      "Five weeks ago today, the two delegations sat down in a lakeside hotel in Geneva.",
      "The first stage came six days after the round (120 a side), the second the following day (80), the third four days after that (95) and the fourth exactly a week after the third (110).",
    ].join("\n\n");
    expect(days(text, "2025-10-31")).toEqual([
      "talks 2025-09-26",
      "exchange 2025-10-02",
      "exchange 2025-10-03",
      "exchange 2025-10-07",
      "exchange 2025-10-14",
    ]);
  });

  it("reads an official's telephone call on a day counted from a stage as a call, not a stage", () => {
    // Our wording.
    const text =
      "On 3 October 90 came home in the fourth stage. On the Saturday after the fourth stage, the foreign minister spoke by telephone with both envoys to offer another round.";
    expect(days(text, "2025-10-31")).toEqual(["exchange 2025-10-03", "call 2025-10-04"]);
  });

  it("reads each day of a list of figures and days, past 'the day after' of the item before", () => {
    // Our wording.
    const text =
      "The ministry reported 120 freed on 2 October, 80 the day after, 95 on 7 October and 110 on 14 October.";
    expect(days(text, "2025-10-31")).toEqual([
      "exchange 2025-10-02",
      "exchange 2025-10-03",
      "exchange 2025-10-07",
      "exchange 2025-10-14",
    ]);
  });

  it("leaves a day counted from something the text did not just tell", () => {
    // Our wording: the count runs from the talks, the day told last is a statement's.
    const text = [
      "The talks in Geneva ended on 2 October without a ceasefire.",
      "On 9 October the Kremlin said it was studying a proposal. The first stage came eight days after the talks, when 120 a side came home.",
    ].join("\n\n");
    expect(days(text, "2025-10-31")).not.toContain("exchange 2025-10-17");
  });
});

describe("an official's words on a day, told with no deed", () => {
  it("reads 'said on <day> that there was no date yet' and 'On <day>, spokesman X said …' as statements", () => {
    // Our wording.
    expect(
      days(
        "The Kremlin's press secretary Oleg Varin said on Wednesday that there was no date yet for new talks.",
        "2025-10-10",
      ),
    ).toEqual(["statement 2025-10-08"]);
    expect(
      days(
        "On Monday, Kremlin spokesman Oleg Varin said a new round in Geneva was possible.",
        "2025-10-10",
      ),
    ).toEqual(["statement 2025-10-06"]);
  });

  it("leaves a day that leads an official's report of a deed or a figure to that deed", () => {
    // Our wording.
    expect(
      days(
        "On Monday, Ukraine's foreign minister Ivan Petrenko said 90 prisoners had been freed.",
        "2025-10-10",
      ),
    ).not.toContain("statement 2025-10-06");
    expect(
      days("The Kremlin said on Monday that a date was being discussed.", "2025-10-10"),
    ).toEqual([]);
  });
});

describe("a stage counted back from the exchange told before it", () => {
  it("reads 'it came eight days after the third, which freed 150' as an exchange eight days before", () => {
    // Our wording.
    const text =
      "On Monday 60 civilians came home in a swap mediated by the Vatican. It came eight days after the third stage of the June exchange, in which 150 prisoners were released by each side.";
    expect(days(text, "2025-10-15")).toEqual(["exchange 2025-10-13", "exchange 2025-10-05"]);
  });

  it("leaves a count back with no deed told of the earlier stage, or no exchange told before it", () => {
    // Our wording.
    expect(
      days(
        "On Monday 60 civilians came home. It came eight days after the third stage.",
        "2025-10-15",
      ),
    ).toEqual(["exchange 2025-10-13"]);
    expect(
      days(
        "Talks in Geneva opened on Monday. It came eight days after the third stage, which freed 150 a side.",
        "2025-10-15",
      ),
    ).not.toContain("exchange 2025-10-05");
  });

  it("reads past 'on the 30th anniversary of …' set off after a day, to what came home on it", () => {
    // Our wording.
    expect(
      days(
        "This morning, on the 30th anniversary of Moldova's independence, 75 prisoners of war came home and 75 soldiers went the other way, the ministry said.",
        "2025-10-15",
      ),
    ).toEqual(["exchange 2025-10-15"]);
  });
});

describe("a live page dated in its own heading line", () => {
  it("reads an entry saying people 'are home' as an exchange of the page's day", () => {
    const text = [
      "LIVE: Swap on the border — updates",
      "",
      "Odesa Evening Post live blog, Saturday 12 April 2025",
      "",
      "09:10 — Reports of buses near the border. Not confirmed.",
      "",
      "12:45 — Official now: 88 of our soldiers are home.",
    ].join("\n");
    expect(days(text, "2025-04-12")).toEqual(["exchange 2025-04-12"]);
  });
});
