// Readings a reporter's question leaves open or makes plain: the exchanges a comparison sets
// against each other, and more; questions written here, in our own words (issue 12).
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("the exchanges a comparison sets against each other", () => {
  it("takes a month holding two exchanges as naming neither of them", () => {
    const a = ask(
      "For a piece on the May 2025 swaps: per side, how much bigger was the thousand-for-thousand deal compared with March 19?",
    );
    expect(a.line).toMatch(/^825 more/);
  });
  it("sets the deal, called by its name, against an exchange dated before it", () => {
    const a = ask(
      "Taking the April 19 swap as a baseline, how much bigger per side was the thousand-for-thousand deal?",
    );
    expect(a.line).toMatch(/^754 more/);
  });
});

describe("a split checked as a whole", () => {
  it("says yes when each figure is the store's for its own group", () => {
    const a = ask(
      "per the Russian defence ministry, May 23 was 270 servicemen plus 120 civilians?",
    );
    expect(a.line).toMatch(/^Yes\b/);
  });
  it("says no when a part is another figure, with the store's figure for that part", () => {
    const a = ask(
      "per the Russian defence ministry, May 23 was 270 servicemen plus 150 civilians?",
    );
    expect(a.line).toMatch(/^No\b/);
    expect(a.line).toMatch(/270 POWs and servicemen.*120 civilians/);
  });
});

describe("a difference of running totals set apart by who gives them", () => {
  it("takes each count from its own claimant: one's latest, the other's as of a month", () => {
    const a = ask(
      "subtract the ombudsman's September 2024 total from the Coordination HQ's latest: what's the gap?",
    );
    expect(a.line).toMatch(/^More than 1,078\b/);
  });
  it("reads 'minus' as a difference", () => {
    const a = ask(
      "the Coordination HQ's newest total minus the ombudsman's figure of September 2024?",
    );
    expect(a.line).toMatch(/^More than 1,078\b/);
  });
  it("is unsure of a latest total no one is named for when the sources dispute it, offering each", () => {
    const a = ask("the latest running total minus the ombudsman's September 2024 figure?");
    expect(a.status).toBe("unsure");
    expect(a.choices.map((c) => c.line).join("\n")).toMatch(/^880 apart/m);
    expect(a.choices.map((c) => c.line).join("\n")).toMatch(/^More than 1,078 apart/m);
  });
});

describe("the day a running total is counted from", () => {
  it("answers from the total's own quote, when asked as a choice of two months", () => {
    const a = ask("does the 4,552 total get counted from February 2022 or from March 2022?");
    expect(a.line).toMatch(/^Since February 2022\b/);
  });
  it("says each source's start when totals named by no one start on different days", () => {
    const a = ask("since when are the totals of Ukrainians brought home counted?");
    expect(a.line).toMatch(/since February 2022 for 4,552/);
    expect(a.line).toMatch(/since March 2022 for more than 4,750/);
  });
  it("gives no start for a total whose quote says none", () => {
    const a = ask("is the 3,672 counted from February or March 2022?");
    expect(a.status).toBe("not-held");
    expect(a.line).not.toMatch(/2022/);
  });
});

describe("a running total that takes in a span or an event whole", () => {
  it("is counted as of its last day: none is held past the deal's first day", () => {
    const a = ask(
      "is there a running tally of Ukrainians brought home that covers the whole thousand-for-thousand?",
    );
    expect(a.status).toBe("not-held");
    expect(a.line).toMatch(/by May 25, 2025/);
  });
  it("reads a span of days the same way", () => {
    const a = ask("any cumulative count of returned Ukrainians taking in May 23 to 25?");
    expect(a.status).toBe("not-held");
  });
});

describe("'is there a figure for …' asks the figure, not a yes", () => {
  it("answers with the figure held", () => {
    const a = ask("is there a figure for the civilians Russia took back on May 23?");
    expect(a.line).toMatch(/^Russia received 120 civilians/);
  });
});

describe("a day of the month said in words", () => {
  it("reads 'the twenty-fourth of May' as May 24, not the whole month", () => {
    const a = ask("the twenty-fourth of may: how many came home?");
    expect(a.line).toMatch(/^307\b.*May 24, 2025/);
  });
  it("reads 'May twenty-third' as May 23", () => {
    const a = ask("may twenty-third, how many came back to Ukraine?");
    expect(a.line).toMatch(/^390\b/);
  });
  it("leaves a small count before a month alone, and 'may' the verb", () => {
    expect(ask("two May exchanges: how many in all?").line).not.toMatch(/May 2\b/);
    expect(ask("the second may have been bigger?").line).not.toMatch(/May 2\b/);
  });
});

describe("a place in the series asked after its subject", () => {
  it("reads 'May 25 was which wave?' as the wave's number", () => {
    expect(ask("May 25 was which wave?").line).toMatch(/^The 3rd wave/);
  });
  it("reads 'which stage number' as the wave's number", () => {
    expect(ask("which stage number saw 307 go each way?").line).toMatch(/^The 2nd wave/);
  });
});

describe("a place in a year's series, the year said before the noun", () => {
  it("reads 'which 2025 swap number' as the exchange's number within that year", () => {
    expect(ask("which 2025 swap number was the one on May 6?").line).toMatch(
      /^The 5th exchange of 2025/,
    );
  });
  it("leaves a full date's year alone: 'the January 3, 2024 swap' keeps its number in the war", () => {
    expect(ask("jan 3 2024 swap: what number was it?").line).toMatch(/^The 49th exchange/);
  });
});

describe("a follow-up's lead word asks nothing of its own", () => {
  it("reads 'so which date was that?' as a day asked", () => {
    const a = ask("how many were freed in the April exchange?", "so which date was that?");
    expect(a.line).toMatch(/^April 19, 2025/);
  });
});

describe("waves named with one noun for all", () => {
  it("adds 'days one and three' up as two waves", () => {
    const a = ask("days one and three of the big swap, added up, each side?");
    expect(a.line).toMatch(/^693 people each side/);
  });
  it("sets 'the second and the last wave' against each other", () => {
    const a = ask("how far apart per side were the second and the last wave?");
    expect(a.line).toMatch(/^4 more/);
  });
});

describe("the days between two events", () => {
  it("reads 'days between A and B' as the days apart", () => {
    expect(ask("days between the Istanbul talks and the last wave?").line).toMatch(/^9 days/);
  });
  it("reads 'how long was the gap between A and B' as the days apart, not a difference of figures", () => {
    const a = ask("how long was the gap between the talks in Istanbul and wave 2?");
    expect(a.line).toMatch(/^8 days/);
  });
  it("leaves a count of people in the days between alone", () => {
    const a = ask(
      "how many Ukrainians came home in the days between the Istanbul talks and May 25?",
    );
    expect(a.line).not.toMatch(/^\d+ days/);
  });
});

describe("follow-ups to a running total", () => {
  it("names who gives the total of the month asked before", () => {
    const a = ask("cumulative Ukrainians home by September 2024?", "who says so?");
    expect(a.line).toMatch(/^Ukraine's human rights ombudsman\b.*gives 3,672/);
  });
  it("keeps the count of exchanges asked before, and names no one the sources leave unnamed", () => {
    const a = ask("how many exchanges had there been by mid-2024?", "and who gives that?");
    expect(a.status).toBe("not-held");
    expect(a.line).toMatch(/no source names them/);
  });
  it("reads 'the September 2024 number' as the total of that month, after an interjection", () => {
    const a = ask(
      "how many Ukrainians had come home in all by the end of 2024?",
      "great, thanks - so what have we got for September 2024?",
    );
    expect(a.line).toMatch(/3,672/);
  });
});

describe("a difference asked by its noun", () => {
  it("reads 'change between two totals' as their difference, not a statement checked", () => {
    const a = ask("change between the mid-2024 and September 2024 counts of freed Ukrainians?");
    expect(a.line).toMatch(/^About 272\b/);
  });
});

describe("the first two waves", () => {
  it("reads 'the first two legs' as the deal's first two days, for the side asked", () => {
    const a = ask("tally for Russia's side after the first two legs?");
    expect(a.line).toMatch(/^697 people returned to Russia/);
  });
});

describe("a place asked after its verb", () => {
  it("reads 'moved to which country?' as the place the freed were taken", () => {
    const a = ask("freed Russian servicemen were moved to which country first?");
    expect(a.line).toMatch(/^Belarus\b/);
  });
});

describe("a name checked where the sources name two", () => {
  it("says yes, by its sources, to the side more sources give, with the other side beside it", () => {
    const a = ask("our script says Turkey mediated the Istanbul talks. fine?");
    expect(a.line).toMatch(/^Yes, by .*: Turkey\b/);
    expect(a.line).toMatch(/disputed: United States/);
  });
  it("keeps the dispute when the side's own quotes do not say it in the claim's words", () => {
    const a = ask("our script says Turkey brokered the Istanbul talks. fine?");
    expect(a.line).toMatch(/^Disputed\b/);
  });
  it("keeps the dispute for the side fewer sources give", () => {
    const a = ask(
      "our script says the US brokered the Istanbul talks, through the Trump administration. fine?",
    );
    expect(a.line).toMatch(/^Disputed\b/);
  });
  it("says yes by its source when asked only whether a side is sourced", () => {
    const a = ask("is 'Trump arranged the Istanbul talks' sourced?");
    expect(a.line).toMatch(/^Yes, by the report on Zelensky's briefing: United States \(Trump\)/);
  });
});

describe("a day counted from the event named after 'the day before'", () => {
  it("counts from the swap, not from the meeting named later, and checks the meeting on that day", () => {
    const a = ask("on the day before the swap began, a high-level meeting coordinated it - right?");
    expect(a.line).toMatch(/^Yes: The high-level meeting .* May 22, 2025/);
  });
  it("reads 'day after' without its article at the start of a question", () => {
    const a = ask("day after the istanbul talks, any exchange?");
    expect(a.line).toMatch(/May 17, 2025/);
  });
});

describe("'how many swap' with a day after it", () => {
  it("asks the people swapped that day, not the count of exchanges", () => {
    const a = ask("today is may 24 here: how many exchange yesterday?");
    expect(a.line).toMatch(/^390 people each side/);
  });
});

describe("desk shorthand for how many", () => {
  it("reads 'prisoners freed Fri?' as how many, on the deal's Friday", () => {
    const a = ask("prisoners freed Fri?");
    expect(a.line).toMatch(/^390 people/);
  });
  it("leaves 'sat' the verb alone", () => {
    expect(ask("the delegations sat down in Istanbul on which day?").line).not.toMatch(/Saturday/);
  });
});

describe("a party's yes to a proposal", () => {
  it("is no where a source says that party turned that very thing down", () => {
    const a = ask("did Moscow accept a permanent truce?");
    expect(a.line).toMatch(/^No: the sources say Russia refused it/);
    expect(a.line).toMatch(/permanent truce/);
  });
  it("is never no for the deal the party agreed to instead", () => {
    expect(ask("did Russia agree to the 1,000-for-1,000 swap?").line).not.toMatch(/^No\b/);
  });
  it("is never no by a refusal someone else made", () => {
    expect(ask("did Ukraine agree to a permanent truce?").line).not.toMatch(/^No\b/);
  });
});

describe("talks to come", () => {
  it("says both ways when some sources plan further meetings and another says none are planned", () => {
    const a = ask("any further negotiations scheduled after the Istanbul round?");
    expect(a.status).toBe("disputed");
    expect(a.line).toMatch(/^Disputed: more talks planned .* against none planned/);
  });
  it("checks what a named person said of them against that person's own sentence", () => {
    expect(ask("copy: Peskov says more talks are planned - ok?").line).toMatch(/^No: .*Peskov/);
  });
  it("leaves a day asked for them unanswered", () => {
    expect(ask("when are the next talks scheduled?").line).not.toMatch(/^Disputed/);
  });
});

describe("'date exact?' asks a day", () => {
  it("answers the day of the exchange the thread is about, not its figure", () => {
    const a = ask("how many each side in the early-May swap?", "the day exactly?");
    expect(a.line).toMatch(/^Disputed: May 6, 2025 .* May 7, 2025/);
  });
});

describe("a post on social media", () => {
  it("is the tweet the store files: 'when did Trump post that …' asks the tweet's day", () => {
    const a = ask("on which day did Trump post that both sides had agreed to direct talks?");
    expect(a.line).toMatch(/^May 20, 2025/);
  });
});

describe("a name the thread's meeting holds none of", () => {
  it("is the deal's when the question speaks of the swap itself", () => {
    const a = ask(
      "on which day was the coordination meeting for the swap?",
      "and who oversees the process for Kyiv?",
    );
    expect(a.line).toMatch(/^Rustem Umerov/);
  });
});

describe("a follow-up's lead word before a preposition", () => {
  it("reads 'and on what date was that?' as a day asked", () => {
    const a = ask("how many came home in the April exchange?", "and on what date was that?");
    expect(a.line).toMatch(/^April 19, 2025/);
  });
});

describe("whether a wave was all one group, in a second language's words", () => {
  it("checks 'all was soldier? or civil also' against what the sources say it was made of", () => {
    const a = ask("may 23 the 390 all was soldier? civil also?");
    expect(a.line).toMatch(/^Disputed: .*390 prisoners of war.*120 civilians/);
  });
});
