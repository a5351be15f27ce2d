// Floors on the later-exchange articles (test/eval/later/*.yaml), so a change that loses ground
// is noticed. The dev half was tuned on from the start; the sealed half, the fresh set and the
// third set (fresh2) and the fourth (fresh3) have each been run once and read since, so they are dev sets too, held here
// at what ingest reaches now (issue 14).
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";
import { formatLater, type LaterHalf, scoreLater } from "./later.ts";

describe("ingest of later articles, dev half", () => {
  const score = scoreLater(analyse(bundledData()), "dev");
  const report = formatLater(score);

  it("proposes the new events with the right day and kind", () => {
    expect(score.eventsRight / score.events, report).toBeGreaterThanOrEqual(0.95);
    expect(score.eventsRight, report).toBeGreaterThanOrEqual(43);
  });

  it("invents no event from a date that is not one", () => {
    expect(score.invented, report).toBe(0);
  });

  it("proposes the facts, and places them", () => {
    expect(score.factsProposed / score.facts, report).toBeGreaterThanOrEqual(0.87);
    expect(score.factsRight / score.facts, report).toBeGreaterThanOrEqual(0.87);
  });
});

/** Floors for the spent sets: events right, facts right, and at most so many facts no editor listed. */
const FLOORS: readonly { half: LaterHalf; events: number; facts: number; stray: number }[] = [
  { half: "dev", events: 43, facts: 53, stray: 0 },
  { half: "sealed", events: 43, facts: 51, stray: 0 },
  { half: "fresh", events: 34, facts: 76, stray: 1 },
  { half: "fresh2", events: 42, facts: 66, stray: 2 },
  { half: "fresh3", events: 47, facts: 73, stray: 3 },
];

describe("ingest of later articles, the spent sets", () => {
  const k = analyse(bundledData());
  for (const floor of FLOORS) {
    it(`holds its floors on ${floor.half}, and invents no event`, () => {
      const score = scoreLater(k, floor.half);
      const report = formatLater(score);
      expect(score.invented, report).toBe(0);
      expect(score.eventsRight, report).toBeGreaterThanOrEqual(floor.events);
      expect(score.factsRight, report).toBeGreaterThanOrEqual(floor.facts);
      expect(score.stray, report).toBeLessThanOrEqual(floor.stray);
    });
  }
});

// The fifth set (fresh4) was run once at the end of the session that wrote it (45 events right,
// one invented); its misses have been read since (branch later2) and it is a dev set now, held
// where it stands.
describe("ingest of later articles, fifth set (run once, read since)", () => {
  it("holds its figures", () => {
    const score = scoreLater(analyse(bundledData()), "fresh4");
    const report = formatLater(score);
    expect(score.invented, report).toBe(0);
    expect(score.eventsRight, report).toBeGreaterThanOrEqual(58);
    expect(score.factsRight, report).toBeGreaterThanOrEqual(76);
    expect(score.stray, report).toBeLessThanOrEqual(2);
  });
});

// The sixth set (fresh5) was run once at the end of the session that wrote it (49 of 64 events
// right, 5 invented, 38 of 108 facts right); its misses have been read since (branch later3) and
// it is a dev set now, held where it stands.
describe("ingest of later articles, sixth set (run once, read since)", () => {
  it("holds its figures", () => {
    const score = scoreLater(analyse(bundledData()), "fresh5");
    const report = formatLater(score);
    expect(score.invented, report).toBe(0);
    expect(score.eventsRight, report).toBeGreaterThanOrEqual(61);
    expect(score.factsRight, report).toBeGreaterThanOrEqual(80);
    expect(score.stray, report).toBeLessThanOrEqual(5);
  });
});

// The seventh set (fresh6) was run once at d936da3, with every branch of its session merged: 51 of
// 59 events right, 3 invented, 50 of 102 facts right, 7 no editor listed. Read since (branch
// later5): 0 invented, 53 events, 55 facts; branch later6: 67 facts; branch later10: 54 events
// (days said in words), 4 no editor listed (ages told as bounds or a shared limit). Held there.
describe("ingest of later articles, seventh set (run once, read since)", () => {
  it("holds its figures", () => {
    const score = scoreLater(analyse(bundledData()), "fresh6");
    const report = formatLater(score);
    expect(score.invented, report).toBe(0);
    expect(score.eventsRight, report).toBeGreaterThanOrEqual(54);
    expect(score.factsRight, report).toBeGreaterThanOrEqual(67);
    expect(score.stray, report).toBeLessThanOrEqual(4);
  });
});

// The eighth set (fresh7) was run once at b2e7cf4, with branch later6 merged: 42 of 62 events
// right, 4 invented, 34 of 105 facts right, 15 no editor listed. Read since (branch later7):
// 53 events, none invented, 45 facts, 15 no editor listed; branch later8: 55 events, 67 facts,
// 2 no editor listed. Branch later38: a total in the clause that dates a staged exchange from its
// first stage to its last is that whole exchange's: 68 facts.
describe("ingest of later articles, eighth set (read since)", () => {
  it("holds its figures (68 facts with a whole exchange's total filed on it)", () => {
    const score = scoreLater(analyse(bundledData()), "fresh7");
    const report = formatLater(score);
    expect(score.invented, report).toBe(0);
    expect(score.eventsRight, report).toBeGreaterThanOrEqual(56);
    expect(score.factsRight, report).toBeGreaterThanOrEqual(68);
    expect(score.stray, report).toBeLessThanOrEqual(2);
  });
});

// The ninth set (fresh8) was run once at efa97cc, with every branch of its session merged: 44 of
// 66 events right, 6 invented, 45 of 137 facts right, 17 no editor listed. Read since (branch
// later9): 2 invented (a running count's "as of" day, an exchange bodies were not part of, an
// aside of a ministry's that says nothing of the story), then none, 45 events and 47 facts (a
// correction notice's own day and the day it retracts, the retracted day's deed moved to the day
// put right); 16 no editor listed (a figure a correction takes back, still told in the body),
// then 14 (a year said in words, "twenty twenty-two", is no count). Branch later10: 63 events,
// 81 facts, 5 no editor listed (a publisher's own figures scored as the body it is; tables with
// pipes or slashes, days in words, diary lines; addends, differences and restatements dropped).
describe("ingest of later articles, ninth set (run once)", () => {
  it("holds its figures", () => {
    const score = scoreLater(analyse(bundledData()), "fresh8");
    const report = formatLater(score);
    expect(score.invented, report).toBe(0);
    expect(score.eventsRight, report).toBeGreaterThanOrEqual(63);
    expect(score.factsRight, report).toBeGreaterThanOrEqual(83);
    expect(score.stray, report).toBeLessThanOrEqual(5);
  });
});

// The tenth and eleventh sets (fresh9: an aid group's situation reports, Russian regional papers
// in translation, TV transcripts, newsletters, a data desk, an op-ed; fresh10: a parliamentary
// committee, a Turkish outlet's English service, regional TV sites, agency digests, Q&A
// explainers, self-correcting live blogs) were run once at b418f17, with every branch of their
// session merged: fresh9 65 of 74 events right, 5 invented, 54 of 146 facts, 14 no editor
// listed; fresh10 62 of 71, 5 invented, 50 of 110, 10. Held there, never worse; read since:
// a soldier's home leave and a birthday in captivity are no events (fresh9 5 -> 3 invented).
// Branch later13: none invented on either (a counted day set off by the day it names, a final
// stage with an exchange after it, a legislature's statement heading, a day put right outside a
// notice, stages told as done or "in the" stages read as the whole): fresh9 67 events, 56
// facts; fresh10 63 events, 53 facts. Then a data desk's tables (a note "Unless noted, the
// figures below are those of …", a table's caption saying what it counts, a column's side kept
// for bodies): fresh9 70 facts. Then bodies "the other way:" and "transferred to the Russian
// side" read as Russia's: fresh9 73, fresh10 54 (and fresh8 82). Then "So with today's group,
// N are home under the deal": the deal's figure to date, fresh9 75. Then a live page dated in
// its own heading line ("… live blog, Sunday 24 August 2025"), its entries of that day, and
// "N defenders are home" an exchange: fresh10 64 events, 56 facts; "to each side" read past
// "of the 1,200 prisoners agreed": 57. "…, all of them with serious wounds": fresh9 76.
// "Ukraine received 1,000 bodies and returned 19": the 19 Russia's, fresh9 77 (fresh8 83).
// "173 Ukrainian prisoners of war aged 18 to 25": the under-25s, fresh10 58.
// Branch later32: "the ministry gives 37, not 34, for the bodies it received": the ministry's own
// count, on its own side, and the 34 it denies no new claim: fresh9 79 facts, 13 no editor listed.
// Branch later35: "Kyiv says it has handed Moscow 72 bodies; Moscow says 74": a side's own
// handing over on the other side, and the rival count in another voice on the side, event and
// count of the figure it answers: fresh10 59 facts.
// Branch later38: a list's items, one a line, under a lead-in "According to X, …:" told in X's
// voice: fresh10 62 facts; a total in the clause that dates a staged exchange from its first
// stage to its last filed on that whole exchange, not as a sum so far of its talks: 64.
describe("ingest of later articles, tenth and eleventh sets (run once)", () => {
  it.each([
    ["fresh9", 69, 0, 80, 13],
    ["fresh10", 65, 0, 64, 10],
  ] as const)("%s holds its one run's figures", (half, events, invented, facts, stray) => {
    const score = scoreLater(analyse(bundledData()), half);
    const report = formatLater(score);
    expect(score.invented, report).toBeLessThanOrEqual(invented);
    expect(score.eventsRight, report).toBeGreaterThanOrEqual(events);
    expect(score.factsRight, report).toBeGreaterThanOrEqual(facts);
    expect(score.stray, report).toBeLessThanOrEqual(stray);
  });
});

// The twelfth and thirteenth sets (fresh11: oblast posts, councils, a governor in translation, a
// hospital, families, about June–August 2025; fresh12: weeklies and foreign press) were run once
// at f9aaae1, with every branch of their session merged: fresh11 40 of 42 events right, 5
// invented, 35 of 84 facts, 7 no editor listed; fresh12 43 of 76, 5 invented, 47 of 135, 8.
// Held there, never worse; read since (branch later15): a hospital's, a families' association's
// or a veterans' union's own statement heading is no statement of the story (fresh11 5 -> 1
// invented), nor an official meeting the families of those still held a meeting of the story
// (1 -> 0); nor the day doctors or a health ministry told of the care of the freed a statement
// (fresh12 5 -> 3); days a long read counts out ("the first Friday of July", "three weeks and a
// day later", "eight days after that first Monday"): fresh12 0 invented, 47 events, 49 facts;
// "The day after, 91 were freed" counted from the day told: fresh12 49 events, fresh9 68 and 78.
// Branch later32: "four weeks ago today", "exactly a week after", "exactly a month ago" as days,
// "N days after the round / that / the fourth" counted from the event told last when it is the
// one named, delegations that "sat down" on a day as talks, an official's telephone call a call:
// fresh12 59 events, 51 facts.
// Then a bracketed figure in a list of stages filed on the day just before it ("the second the
// following day (91)"), counted as the list's first bracket is ("(174 a side)"): fresh12 56 facts.
// Then an official's "no date yet" said on a day, and "On <day>, spokesman X said …" with no deed
// or figure told, read as statements: fresh12 60 events, fresh9 69, fresh10 65 (fresh5 61, fresh7 56).
// Then "it came ten days after the first, which freed 127" counted back from the exchange told
// before, and a day set off by ", on the 34th anniversary of …,": fresh12 63 events, 59 facts.
// Then a list's next item ("…, 91 the day after, 206 on 14 June") not governed by the "after"
// of the item before it: fresh12 64 events, 60 facts.
// Then a pledge told of bodies ("3,214 of the 6,000 it promised", "offered 3,000 more") counted as
// bodies for Ukraine, Russia's claim when the outlet tells it: fresh12 62 facts, fresh9 80.
// Branch later35: a count since the war told beside the exchange's place in the series ("called
// Monday's swap the 71st exchange since 2022 and said N Ukrainians had now been freed", "With it,
// N … have returned") and "taking its running total since 2022 to N" filed with the running
// totals, not with the exchange or the talks the sentence dates: fresh12 66 facts. Then
// "Independence Day", "Ukraine's Independence Day", "the Day of Independence of Ukraine" read as
// 24 August (its eve the 23rd), and a headline's "Two exchanges" tied to no one exchange:
// fresh12 65 events, 67 facts.
// Branch later36: "N of the M promised / agreed" read as the agreement's figure to date (the day
// of the promise not the day the sum is true on; "on each side" read past the share): fresh11 36,
// fresh12 70 facts. Then "In all, Russia has now returned N bodies" after "the second such
// handover": the pledge's figure to date, fresh12 71.
describe("ingest of later articles, twelfth and thirteenth sets (run once)", () => {
  it.each([
    ["fresh11", 40, 0, 36, 7],
    ["fresh12", 65, 0, 71, 8],
  ] as const)("%s holds its one run's figures", (half, events, invented, facts, stray) => {
    const score = scoreLater(analyse(bundledData()), half);
    const report = formatLater(score);
    expect(score.invented, report).toBeLessThanOrEqual(invented);
    expect(score.eventsRight, report).toBeGreaterThanOrEqual(events);
    expect(score.factsRight, report).toBeGreaterThanOrEqual(facts);
    expect(score.stray, report).toBeLessThanOrEqual(stray);
  });
});

// The fourteenth set (fresh13: ombudsman and NGO releases, local TV, a wire factbox and timeline,
// a state agency in translation, a live blog, a monthly long read, about June–September 2025) was
// run once at b75a9eb, with every branch of its session merged: 49 of 60 events right, 9
// invented, 47 of 96 facts, 7 no editor listed. Read since (branch later33): held where it
// stands, never worse. Branch later35: "the Day of Independence of Ukraine" as 24 August: 55
// events, 58 facts; "which took place yesterday, ten days after the first stage" read as
// yesterday (not ten days on from it): 59 facts, 6 no editor listed; a timeline's "Russia
// receives 27 and 41" on Russia's side: 61 facts. Branch later36: "230 of the at least 1,200
// agreed in July have been exchanged on each side" as the deal's figure to date: 62 facts.
// Branch later38: a timeline's "June 10-26 - … exchanged in five stages, 758 on each side" on
// that whole exchange: 63 facts.
describe("ingest of later articles, fourteenth set (run once)", () => {
  it("fresh13 holds its figures (63 facts with a whole exchange's total filed on it)", () => {
    const score = scoreLater(analyse(bundledData()), "fresh13");
    const report = formatLater(score);
    expect(score.invented, report).toBe(0);
    expect(score.eventsRight, report).toBeGreaterThanOrEqual(55);
    expect(score.factsRight, report).toBeGreaterThanOrEqual(63);
    expect(score.stray, report).toBeLessThanOrEqual(6);
  });
});

// The fifteenth set (fresh14: a translated Telegram digest, a committee summary, an agency Q&A
// and its correction, a family feature, a month-in-review, a situation report with a table, a
// radio bulletin, about June–August 2025) was run once at e34a611, with every branch of the
// session's first round merged: 45 of 63 events right, 4 invented, 37 of 116 facts, 7 no editor
// listed. Read since (branch later37): a count from "the first stage" runs from the day that stage
// was given, a span told by its first and last stages is one exchange, and a count's starting
// day ("the first three stages, from June 9") no event: 0 invented, 40 facts; the deed of a day
// counted from a stage read from the rest of its clause (bodies, not a stage): 47 events; with
// branch later36's shares of a promise merged: 41 facts. Branch later38: a table laid out with
// spaces read (its rows' stages and figures, no total row) and "figures are those published by
// X unless marked otherwise": 52 events, 54 facts.
describe("ingest of later articles, fifteenth set (run once)", () => {
  it("fresh14 holds its figures after its space-laid table is read (52 events, 54 facts)", () => {
    const score = scoreLater(analyse(bundledData()), "fresh14");
    const report = formatLater(score);
    expect(score.invented, report).toBe(0);
    expect(score.eventsRight, report).toBeGreaterThanOrEqual(52);
    expect(score.factsRight, report).toBeGreaterThanOrEqual(54);
    expect(score.stray, report).toBeLessThanOrEqual(7);
  });
});

// The sixteenth set (fresh15: a September–November 2025 timeline; wire copy and a correction
// notice, a Kyiv paper, translated ministry statements, live blogs, regional papers, a factbox, an
// opinion piece, a weekly round-up) was run once at 630fc62: 36 of 48 events right, 3 invented,
// 26 of 75 facts, 7 no editor listed. Read since (branch later39): two days joined by "and"
// ("the stages of October 7 and 9") are two stages, not a span; a man's day told before the span
// of the stage he came home in is no event; a round-up's line naming its own issue ("Our Sunday
// round-up, 9 November 2025.", its "round" once read as talks) is its day out: 0 invented, 38 events;
// stages counted ("Five stages so far.") then told by ordinals alone, talks "held at Istanbul's
// Ciragan Palace on …": 42 events; "over three consecutive days" and "a thousand here, a few
// hundred there" count no one: 4 no editor listed; a factbox heading "THE STAGES SO FAR (figures
// from X)" gives its list's items X's voice: 30 facts.
describe("ingest of later articles, sixteenth set (run once)", () => {
  it("fresh15 invents no event and holds its figures", () => {
    const score = scoreLater(analyse(bundledData()), "fresh15");
    const report = formatLater(score);
    expect(score.invented, report).toBe(0);
    expect(score.eventsRight, report).toBeGreaterThanOrEqual(42);
    expect(score.factsRight, report).toBeGreaterThanOrEqual(30);
    expect(score.stray, report).toBeLessThanOrEqual(4);
  });
});

// The seventeenth set (fresh16: a June–August 2025 timeline of its writer's own; wire copy, Kyiv
// outlets, a translated ministry statement, regional papers, a live blog and its correction
// notice, a data desk's table and a weekly's Q&A) was written and reviewed blind, committed before
// it ran (7de07c8), and run once at 1d0abd6 before any branch of its session was merged: 47 of 59
// events right, 8 invented, 50 of 118 facts, 8 no editor listed. Held there, never worse.
// (later41: the days of one operation "over three days" told one by one, two stages on days
// running, and a corrected blog's own day are no longer events: 0 invented, 49 events, 55 facts.)
describe("ingest of later articles, seventeenth set (run once)", () => {
  it("fresh16 holds its one-run figures", () => {
    const score = scoreLater(analyse(bundledData()), "fresh16");
    const report = formatLater(score);
    expect(score.invented, report).toBe(0);
    expect(score.eventsRight, report).toBeGreaterThanOrEqual(49);
    expect(score.factsRight, report).toBeGreaterThanOrEqual(55);
    expect(score.stray, report).toBeLessThanOrEqual(8);
  });
});
