// Asking in plain words (issue 12), read from the spent third set's misses: each rule is tested
// here with questions written for it, never the blind set's own.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { readQuestion } from "../../src/domain/ask/read.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("names", () => {
  it("'in all of this' is the story as a whole, not both sides' figure", () => {
    expect(readQuestion(k, "in all of this, how many came back on the 24th?").side).not.toBe(
      "total",
    );
    expect(readQuestion(k, "how many were swapped in all on the 24th?").side).toBe("total");
  });
  it("a name is one side's or none: 'both sides' does not hide whose it is", () => {
    expect(
      ask("for the swap as a whole, who was in charge of it for Kyiv, on both sides' telling?")
        .line,
    ).toMatch(/^Rustem Umerov/);
  });
});

describe("a tally up to one of the deal's waves", () => {
  it("is the deal so far, not the war's running total or that wave alone", () => {
    const a = ask("cumulative figure through the second wave?");
    expect(a.line).toMatch(/^697 people had come home to Ukraine by May 24, 2025/);
    expect(ask("what was the tally by day 1?").line).toMatch(/^390 people each side/);
  });
  it("stays the war's running total when the war is named", () => {
    expect(ask("running total since the invasion, after day two?").line).not.toMatch(/697/);
  });
});

describe("who stands behind a figure, a count or a day", () => {
  it("'who numbered it', 'whose claim', 'whose post' ask who gives it", () => {
    expect(ask("who numbered the January 2024 swap the 49th?").line).toMatch(
      /^Ukrainian officials, via the report on Zelensky.s briefing gives the 49th/,
    );
    expect(ask("whose claim is the 3,672?").line).toMatch(/^Ukraine's human rights ombudsman/);
    expect(ask("whose tweet had 697 people home?").line).toMatch(/^Volodymyr Zelensky/);
  });
  it("which outlet dates an exchange to a day: the outlets that give that day, no figures", () => {
    const a = ask("which outlet has the march exchange on the 19th?");
    expect(a.line).toMatch(/^Brussels Morning gives March 19, 2025/);
    expect(ask("which paper puts the early-May swap on the 7th?").line).toMatch(/^rki\.news/);
    expect(ask("which outlet says the april swap was on the 21st?").status).toBe("not-held");
  });
  it("'who called it the 64th' asks who gives the number, not who called something else", () => {
    expect(ask("who called the 23 May swap the 64th?").line).toMatch(
      /^Ukraine's Coordination Headquarters/,
    );
  });
  it("an exchange's number the store holds names that count, though a day is said too", () => {
    expect(ask("who says the 23 May exchange was the 64th?").line).toMatch(
      /^Ukraine.s Coordination Headquarters, via rki\.news gives the 64th/,
    );
  });
});

describe("a follow-up's 'they' or 'it' is the source the answer before cited", () => {
  it("keeps to that source's figures", () => {
    const a = ask("which paper dates the early-May swap to the 7th?", "what figure did it give?");
    expect(a.line).toMatch(
      /^More than 200 .* — Ukraine's Coordination Headquarters, via rki\.news/,
    );
    expect(a.line).not.toMatch(/205/);
  });
  it("a running total asked of them is theirs, as of the day in the thread", () => {
    const a = ask(
      "who called the 23 May swap the 64th?",
      "and the cumulative figure they reported?",
    );
    expect(a.line).toMatch(/more than 4,750 .*as of May 23, 2025 \(Ukraine's Coordination/);
  });
  it("'according to' a source keeps to its figures", () => {
    expect(ask("according to rki.news, how many returned home on May 23?").line).toMatch(
      /^390 .* — Ukrainian officials, via rki\.news$/,
    );
  });
});

describe("an exchange named by its number in the series", () => {
  it("a question word said last asks what it would ask first", () => {
    expect(readQuestion(k, "the swap before the big one was when?").asked).toBe("date");
    expect(readQuestion(k, "the talks were chaired by who?").asked).toBe("name");
  });
  it("'the 49th one' in a follow-up is that exchange, not the one the thread was about", () => {
    const a = ask(
      "what number was the Friday exchange in the series?",
      "the 49th one, when was it?",
    );
    expect(a.line).toMatch(/^January 3, 2024, a Wednesday/);
  });
});

describe("'wounded included': the main figure and the wounded given on top of it, added", () => {
  it("one side: its figure plus its wounded, with the sum shown", () => {
    const a = ask("counting the injured, how many did Russia get back on 19 April?");
    expect(a.line).toMatch(
      /^Russia received 261 .* the wounded included \(246 each side \+ 15 wounded\)/,
    );
    expect(a.derivation?.expression).toBe("246 each side + 15 wounded = 261");
  });
  it("both sides: the two sums, and the source's own rounder total beside them", () => {
    const a = ask("april 19 swap, both sides together, wounded too — how many?");
    expect(a.line).toMatch(/^538 .* in all \(both sides\)/);
    expect(a.line).toMatch(/the source's own total: more than 500/);
  });
  it("a copy line checked against the sum", () => {
    expect(ask("is it right that Kyiv got 277 back on 19 April, incl. wounded?").line).toMatch(
      /^Yes: 277/,
    );
    expect(ask("is it right that Kyiv got 246 back on 19 April, incl. wounded?").line).toMatch(
      /^No: 277/,
    );
  });
  it("'and the wounded?' still asks the wounded alone", () => {
    expect(ask("how many came home on 19 April?", "and the wounded?").line).toMatch(/^31 wounded/);
  });
});

describe("one figure for each exchange listed", () => {
  it("'wave by wave' lists the deal's waves, each side's figure each", () => {
    const a = ask("give me the 1000-for-1000 wave by wave, each side");
    expect(a.line).toBe(
      "Each side: 390 on May 23, 2025; 307 on May 24, 2025; 303 on May 25, 2025 — The Epoch Times; the recap of the exchange",
    );
  });
  it("both sides together for each wave doubles each side's figure, shown", () => {
    const a = ask("the big swap, broken down by day?", "both sides combined, each day?");
    expect(a.line).toMatch(/^Both sides together: 780 \(390 × 2\) on May 23, 2025; 614 /);
    expect(a.derivation?.expression).toContain("303 × 2 = 606");
  });
  it("months that hold one exchange each, in the order asked, a disputed day said", () => {
    const a = ask("per side figures for April and March 2025, please");
    expect(a.line).toMatch(/^Each side: 246 on April 19, 2025; 175 on March 19, 2025 — /);
    const may = ask("what were the numbers in March, April and May, before the 1,000-for-1,000?");
    expect(may.line).toMatch(/205 on May 6, 2025 \(its day disputed: May 6, 2025 or May 7, 2025\)/);
  });
  it("a month with two exchanges in it is not guessed", () => {
    expect(ask("per side figures for April and May 2025?").line).not.toMatch(/^Each side/);
  });
  it("'each day' is not a side", () => {
    expect(readQuestion(k, "how many came home each day?").side).toBe("ukraine");
    expect(readQuestion(k, "how many did each side release?").side).toBe("each");
  });
});

describe("an exchange's number in the series", () => {
  it("'the swap from January 2024' is that month's exchange, not a span since it", () => {
    expect(ask("the exchange from January 2024 — what number was it?").line).toMatch(
      /^The 49th exchange since the full-scale invasion on January 3, 2024/,
    );
  });
  it("a deal with no number of its own has the one it began with", () => {
    expect(ask("which exchange number was the thousand-for-thousand deal?").line).toMatch(
      /^The 64th exchange since the full-scale invasion on May 23, 2025/,
    );
    expect(ask("the swap on 23rd, what number since the war began?").line).toMatch(/^The 64th/);
  });
  it("'which one is it?' after two readings asks which is right, not a number in a series", () => {
    expect(
      ask("1,000-for-1,000: a thousand in total, or a thousand from each side, which one is it?")
        .line,
    ).toMatch(/^1,000 people each side/);
  });
});

describe("running totals as of a month, and follow-ups about them", () => {
  it("a total as of a month with no exchange in it is the running total then", () => {
    expect(ask("mid-2024 total returned?").line).toMatch(/3,400/);
    expect(ask("total home, sept 2024?").line).toMatch(
      /^3,672 Ukrainians had come home since 2022/,
    );
  });
  it("'in those' and 'that number' keep the thread's running total", () => {
    expect(
      ask(
        "how many swaps had there been by September 2024?",
        "how many people did those bring home?",
      ).line,
    ).toMatch(/^3,672 Ukrainians/);
    expect(
      ask("by September 2024 how many Ukrainians were back?", "how many different swaps was that?")
        .line,
    ).toMatch(/^57 exchanges/);
  });
});

describe("who the question says is speaking", () => {
  it("a claimant named keeps the answer to their figures", () => {
    expect(
      ask("russian defense ministry: how many soldiers did they get on the friday?").line,
    ).toMatch(
      /^Russia received 270 POWs and servicemen on May 23, 2025 — Russia's Defence Ministry/,
    );
  });
  it("a claimant named who gives no such figure leaves the answer to the others, each named", () => {
    expect(ask("how many came home on the 24th, as Medinsky tells it?").line).toMatch(
      /^307 people came home to Ukraine on May 24, 2025 — The Epoch Times/,
    );
  });
  it("wire shorthand: 'hw', 'cnt', 'ukr', 'day2', '+'", () => {
    expect(readQuestion(k, "hw many ukr soldiers home day2").day).toBe("2025-05-24");
    expect(ask("rus mod day1 civs cnt", "+ servicemen?").line).toMatch(/^Russia received 270/);
  });
});

describe("who said the words quoted", () => {
  it("a stored quote's speaker, the quote's own 'will' asking no plan", () => {
    const a = ask(
      "who said \u201cthere will be a massive thousand-for-thousand prisoner exchange\u201d?",
    );
    expect(a.line).toMatch(/^Vladimir Medinsky, Russia's negotiator \(\u201cIn the coming days/);
  });
  it("words in no stored quote: the source sentence holding them, and the one person it names", () => {
    expect(ask("whose words were 'bringing our people home'?").line).toMatch(
      /^Volodymyr Zelensky \(\u201cUkrainian President Volodymyr Zelensky announced on X/,
    );
  });
  it("words no source holds are not put in anyone's mouth", () => {
    expect(ask("who said 'the swap was a complete failure'?").status).toBe("not-held");
  });
  it("a figure put in quotes is the figure asked about", () => {
    expect(ask("who is behind the 'nearly 480 POWs' figure?").line).not.toMatch(/not hold/);
  });
  it("a claimant the sources leave unnamed is said to be unnamed, not given as a name", () => {
    const a = ask("who's behind the about 3,400 figure?");
    expect(a.status).toBe("not-held");
    expect(a.line).toMatch(/^The store does not hold who it is: no source names them — an unnamed/);
  });
  it("the next 'who' in the thread asks for its own words", () => {
    const a = ask(
      "who said 'a massive thousand-for-thousand prisoner exchange'?",
      "and who called it a 'quite laborious process'?",
    );
    expect(a.line).toMatch(/^Dmitry Peskov/);
  });
});

describe("what a side's figure was made of", () => {
  it("both parts asked at once, from the claimant who gives both, a whole called all POWs said", () => {
    const a = ask("Russia's returnees on the Friday: soldiers or civilians, how many of each?");
    expect(a.line).toMatch(
      /^Russia received 270 POWs and servicemen and 120 civilians on May 23, 2025/,
    );
    expect(a.line).toMatch(/disputed: The Epoch Times calls all 390 prisoners of war$/);
    expect(a.status).toBe("disputed");
  });
  it("the civilians alone, with the same dispute beside them", () => {
    expect(ask("how many civilians went back to Russia on day one?").line).toMatch(
      /^Russia received 120 civilians .*; disputed: The Epoch Times calls all 390/,
    );
  });
  it("POWs asked where the sources count prisoners only: their figure, said as such", () => {
    expect(ask("POWs brought home to Ukraine on the Sunday?").line).toMatch(
      /^303 people came home to Ukraine on May 25, 2025 \(the sources count prisoners here, not POWs apart\)/,
    );
  });
});

describe("what is asked, read from more ways of asking it", () => {
  it("'… talks date', with nothing after it, asks a day", () => {
    expect(ask("trump putin call date").line).toMatch(/May 19, 2025/);
  });
  it("'1st or 2nd meeting' is a place in a series, not two days of a month", () => {
    expect(readQuestion(k, "was Istanbul the 1st or 2nd direct meeting since 2022?").asked).toBe(
      "ordinal",
    );
    expect(readQuestion(k, "was the early-May swap the 6th or 7th?").asked).not.toBe("ordinal");
  });
  it("'in which wave did they come' asks a wave's place", () => {
    expect(ask("the 307, in which wave did they come home?").line).toMatch(/^The 2nd wave of 3/);
  });
  it("'the next direct talks' asks a plan", () => {
    expect(ask("when are the next face-to-face talks?").line).toMatch(/does not hold a plan/);
  });
  it("a 'who' with its verb mid-sentence asks a name, though 'which one' follows", () => {
    expect(
      ask("I'd like to know who brokered the April exchange, I forget which one it was").line,
    ).toMatch(/^United Arab Emirates/);
  });
  it("'wondering when' asks a day, and a body set up is the founding the store holds", () => {
    expect(
      ask("I'm wondering when Kyiv set up its special office for prisoners of war").line,
    ).toMatch(/^March 2022/);
  });
  it("'what number goes on the graphic' asks a figure, not a place in the series", () => {
    expect(readQuestion(k, "march swap, what number goes in the chart?").asked).toBe("figure");
  });
});

describe("copy put to the store, however it is asked", () => {
  it("the sentence quoted is what is checked, with 'Good?', 'Fine?', 'Check?' after it", () => {
    expect(ask("Draft: 'Russia received 270 servicemen on May 23.' Good?").line).toMatch(
      /^Yes, by Russia.s Defence Ministry, via rki\.news: 270/,
    );
    expect(ask("our caption says 'The March 19 swap was mediated by the UAE'. fine?").line).toMatch(
      /^Yes: United Arab Emirates/,
    );
    expect(ask("We wrote 'Kyiv got 303 back on May 25'. Check?").line).toMatch(/^Yes: 303/);
  });
  it("'do our sources back that?' asks a check", () => {
    expect(
      readQuestion(k, "Copy says 390 came home on the Friday. Do our sources back that up?").asked,
    ).toBe("check");
  });
});

describe("'the biggest swap' checked", () => {
  it("yes when no exchange the store holds released more, with a source's own words", () => {
    const a = ask(
      "can we say in the headline that the thousand-for-thousand was the largest swap?",
    );
    expect(a.line).toMatch(
      /^Yes: the 1,000-for-1,000 exchange is the biggest exchange the store holds/,
    );
    expect(a.line).toMatch(/“the largest exchange of the ongoing war”/);
  });
  it("no, with the one that was bigger, for an exchange the claim dates", () => {
    expect(ask("is it right that the swap of 6 May was the biggest?").line).toMatch(
      /^No: the 1,000-for-1,000 exchange was bigger \(1,000 each side, against 205/,
    );
  });
});

describe("a day checked for the swap named, though another event has that day", () => {
  it("'the swap began on Thursday, May 22' is no: it began on the 23rd", () => {
    expect(ask("our copy says the exchange started on Thursday, May 22 — correct?").line).toMatch(
      /^No: It began on May 23, 2025, a Friday/,
    );
  });
  it("a weekday alone is still checked as the weekday", () => {
    expect(ask("did the swap kick off on a Saturday?").line).toMatch(/^No: it began on May 23/);
  });
});
describe("a weekday checked for the day the swap began or ended", () => {
  it("is the deal's first or last day, not the day that weekday names", () => {
    expect(ask("did the swap end on a saturday?").line).toMatch(
      /^No: it ended on May 25, 2025, a Sunday/,
    );
    expect(ask("did the exchange start on friday?").line).toMatch(/^Yes: it began on May 23/);
  });
});

describe("words the sources disagree on, checked", () => {
  it("a title put in copy that the sources give two ways is said as the disagreement", () => {
    const a = ask("the script says former President Donald Trump — do the sources back that up?");
    expect(a.status).toBe("disputed");
    expect(a.line).toMatch(
      /^Disputed: “President Trump” .* against “former U\.S\. President Donald Trump”/,
    );
  });
  it("'is that actually right' mid-sentence asks a check", () => {
    const a = ask(
      "one wire says Istanbul was their first face-to-face negotiation since the full-scale invasion began — is that really right, or not?",
    );
    expect(a.line).toMatch(/^Disputed: “only the second direct meeting”/);
  });
  it("a claim that shares only a few of those words is not taken for it", () => {
    expect(ask("were these the first direct talks in more than three years?").line).not.toMatch(
      /^Disputed/,
    );
  });
});

describe("whether a person was at the talks", () => {
  it("no from a quote that says they declined to go, yes from one that sends them to lead", () => {
    expect(ask("was Putin present in person at the Istanbul talks?").line).toMatch(
      /^No: “Russian President Vladimir Putin declined to attend/,
    );
    expect(ask("did medinsky go to istanbul?").line).toMatch(/^Yes: .*sending Medinsky to lead/);
  });
  it("no quote about that person: not settled, never a guess", () => {
    expect(ask("did Zelensky attend the talks in person?").line).not.toMatch(/^(?:Yes|No)\b/);
  });
});

describe("whether a source gives a figure", () => {
  it("yes with its figure, no when the store holds none from it", () => {
    expect(ask("does the epoch times say how many came home on May 24?").line).toMatch(
      /^Yes: 307 people came home to Ukraine on May 24, 2025 — The Epoch Times$/,
    );
    const no = ask("does rki.news give how many came home on May 25?");
    expect(no.line).toBe("No: the store holds no such figure from rki.news");
    expect(no.notes.join(" ")).toMatch(/Other sources: 303/);
  });
  it("'the same source' is the one the answer before cited", () => {
    expect(
      ask(
        "who says 480 POWs were swapped in January 2024?",
        "does that source also give how many Russia got?",
      ).line,
    ).toMatch(/^Yes: Russia received 248/);
  });
});
