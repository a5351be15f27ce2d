// "Is this right?" questions the fact-check alone cannot settle: who made up a wave, a name or a
// day put against the stored one, a figure said of the wrong group, a figure said to add up.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);
const first = (a: AskAnswer) => a.line.split(" — ")[0] ?? "";

describe("who a wave was made of", () => {
  it("says the sources disagree when one calls them all POWs and another counts civilians", () => {
    const a = ask("were the people freed on may 23 all soldiers?");
    expect(a.line).toMatch(/^Disputed: The Epoch Times calls all 390 prisoners of war/);
    expect(a.line).toContain("120 civilians among them");
    expect(a.citations.map((c) => c.quote).join(" ")).toContain("270 servicemen and 120 civilians");
  });

  it("never answers yes by the day alone when no breakdown is stored", () => {
    const a = ask("any civilians among those freed on may 25?");
    expect(a.line).not.toMatch(/^(?:Yes|No)\b/);
    expect(a.line).toMatch(/does not hold/);
  });
});

describe("a name or a day put against the stored one", () => {
  it("says no to the wrong head of a delegation and names the right one", () => {
    expect(ask("copy says Putin led Russia's delegation in Istanbul - right?").line).toMatch(
      /^No: Vladimir Medinsky/,
    );
    expect(ask("did Medinsky lead the Russian delegation at the talks?").line).toMatch(
      /^Yes: Vladimir Medinsky/,
    );
  });

  it("checks the day of a call against the stored day, taking the event's year", () => {
    expect(first(ask("trump phoned putin on may 19, yes?"))).toMatch(/^Yes: .*May 19, 2025/);
    expect(first(ask("did trump call putin on may 21?"))).toMatch(/^No: .*May 19, 2025/);
  });
});

describe("figures said of something else, or said to add up", () => {
  it("says no when the figure is the store's for another group, and names that group", () => {
    const a = ask("copy says 16,000 ukrainian soldiers are held in russia - ok?");
    expect(first(a)).toMatch(/^No: 16,000 is the store's figure for civilians held/);
    expect(a.citations[0]?.quote).toMatch(/16,000 Ukrainian civilians/);
  });

  it("checks a two-day figure said to add up", () => {
    expect(first(ask("zelensky's 697 home in two days - does that add up?"))).toMatch(/^Yes: 697/);
  });
});

describe("differences, totals and counts asked in other words", () => {
  it("reads 'day one' and 'day two' as the deal's waves, with each side's figure as one side's", () => {
    const a = ask("how many more came home on day one than on day two?");
    expect(first(a)).toMatch(/^83 more people to Ukraine \(390 .* against 307 /);
    expect(a.derivation?.expression).toBe("390 − 307 = 83");
  });

  it("takes two months that each hold one exchange as the two exchanges compared", () => {
    expect(first(ask("how many more per side were freed in april than in march?"))).toMatch(
      /^71 more people each side \(246 .*April 19.* against 175 .*March 19/,
    );
  });

  it("gives the whole deal's total from what happened, not the figure announced before it", () => {
    const a = ask("how many were freed in the whole thing, both sides together?");
    expect(first(a)).toMatch(/^2,000 people in all, both sides together \(1,000 each side × 2\)/);
    expect(a.notes.join(" ")).toMatch(/Announced before it took place: nearly 2,000/);
  });

  it("says the store does not hold how many POWs Russia holds, not a figure of another count", () => {
    const a = ask("how many ukrainian POWs is russia holding rn");
    expect(a.line).toMatch(/^The store does not hold a figure for POWs held/);
  });

  it("never gives a reason the sources do not, and never a figure for a why", () => {
    expect(ask("why did putin stay away from istanbul?").line).toMatch(/does not hold a reason/);
  });

  it("names who announced the deal agreed at the talks", () => {
    expect(first(ask("who announced on may 16 that each side would free 1,000 POWs?"))).toMatch(
      /^Rustem Umerov and Vladimir Medinsky/,
    );
  });

  it("names the body behind an exchange's number in the series", () => {
    expect(first(ask("which body is the source for the 64th exchange figure?"))).toMatch(
      /^Ukraine's Coordination Headquarters/,
    );
  });
});

describe("a wave named by its size", () => {
  it("finds the smallest and the biggest wave from each side's figures, and lists them", () => {
    const small = ask("how many per side in the smallest of the three waves?");
    expect(first(small)).toMatch(/^The smallest wave: 303 people each side on May 25, 2025/);
    expect(small.notes[0]).toBe(
      "Each side's figure for each wave: 390 on May 23, 2025, 307 on May 24, 2025, 303 on May 25, 2025.",
    );
    expect(first(ask("when was the biggest day of the swap?"))).toMatch(
      /^The biggest wave: May 23, 2025/,
    );
  });
});

describe("the difference between two running totals", () => {
  it("reads 'diff' as a difference, and hedges it when a count is hedged", () => {
    const a = ask("diff between the sept 2024 total and the mid 2024 total, ukrainians freed");
    expect(first(a)).toMatch(/^About 272 Ukrainians came home between the two counts/);
    expect(a.derivation?.expression).toBe("3,672 − 3,400 = 272");
  });
});

describe("running totals asked in other words", () => {
  it("answers 'the running total before the April swap' as of the day before it, never with the swap", () => {
    const a = ask("what was the running total before the april swap?");
    expect(a.line).toMatch(
      /^The store does not hold a count by April 18, 2025 \(latest before: 3,672/,
    );
    expect(a.line).not.toMatch(/500/);
  });

  it("reads 'total freed since the invasion' as the running total, not both sides together", () => {
    expect(ask("total freed since the invasion as of today?").line).toMatch(
      /^Disputed: more than 4,750/,
    );
  });

  it("reads 'the running tally of exchanges' as the count of exchanges", () => {
    expect(first(ask("running tally of exchanges by sept 2024?"))).toMatch(/^57 exchanges/);
  });
});

describe("sides, roles and sources asked plainly", () => {
  it("reads who let them go as where they went: released by Russia is home to Ukraine", () => {
    expect(first(ask("how many did russia hand over on may 24?"))).toMatch(
      /^307 people came home to Ukraine/,
    );
    expect(first(ask("how many did ukraine free on may 23?"))).toMatch(/^Russia received 390/);
  });

  it("names a person from the one telling word a question has", () => {
    expect(first(ask("who was the ombudsman?"))).toMatch(/^Dmytro Lubinets/);
  });

  it("answers 'what's the source for' a figure with who gives it", () => {
    expect(first(ask("what's the source for 4,552?"))).toMatch(
      /^Ukrainian officials, via Brussels Morning gives 4,552/,
    );
  });

  it("compares two exchanges asked as 'which was bigger'", () => {
    expect(first(ask("which exchange was bigger, march or april?"))).toMatch(
      /^The exchange of April 19, 2025: 246 each side \(against 175\)/,
    );
  });

  it("says nothing is held for a group no source counts, instead of asking which exchange", () => {
    expect(ask("how many kids were returned?").line).toMatch(
      /^The store does not hold a figure for children/,
    );
  });

  it("finds a figure filed under the day of the wave the question names", () => {
    expect(first(ask("how many drones did russia launch before the second wave?"))).toMatch(
      /^About 250 strike drones/,
    );
  });
});

describe("days, labels and figures of another kind", () => {
  it("lists what the store dates to a day, whatever its kind, taking the year from the store", () => {
    expect(first(ask("what happened on may 22?"))).toMatch(
      /^On May 22, 2025: the high-level meeting that coordinated the swap/,
    );
    expect(first(ask("what happened on may 24?"))).toMatch(
      /^On May 24, 2025: Second wave .*; the overnight attack before the second wave/,
    );
  });

  it("never reads where a line sits in the copy as a figure of the claim", () => {
    const a = ask("Para 3: copy says 390 were exchanged on the Sunday. Right?");
    expect(a.line).not.toMatch(/^\s*3 is/);
    expect(a.line).toMatch(/^No: (?:the store has )?303\b/);
  });

  it("checks a figure the store holds for a running total by what it is, never 'no' from a wave's figure", () => {
    const a = ask("was the 4,750 figure as of may 23?");
    expect(a.line).toMatch(/^Disputed: .*more than 4,750 \(as of May 23, 2025\)/);
  });

  it("says no running total of POWs alone is held, and what the totals count", () => {
    expect(ask("how many POWs has ukraine got back since 2022?").line).toMatch(
      /^The store does not hold a running total of POWs and servicemen alone: the sources' totals count soldiers and civilians together \(/,
    );
  });
});

describe("who says a claim", () => {
  it("checks the claim and names the sources on each side of a disagreement", () => {
    const a = ask("who says the istanbul talks were the first direct talks since 2022?");
    expect(a.line).toMatch(/^Disputed: /);
    expect(a.line).toContain("rki.news");
    expect(a.line).toContain("Brussels Morning");
    expect(a.check?.verdict).toBe("disputed");
  });
});

describe("a follow-up that names only a span", () => {
  it("keeps the thread's running total, and gives both counts a source states in one sentence", () => {
    const a = ask(
      "how many ukrainians had come home in swaps by september 2024?",
      "over how many exchanges?",
      "and mid-2024?",
    );
    expect(first(a)).toMatch(
      /^About 3,400 Ukrainians had come home since 2022 \(in 54 exchanges\)/,
    );
    expect(first(ask("how many exchanges by sept 2024?"))).toMatch(
      /^57 exchanges \(which had freed 3,672 Ukrainians\)/,
    );
  });
});

describe("dates and words as other desks type them", () => {
  it("reads '23.5.' and 'the swap from 19 April' as those days, and 'exchange #' as its number", () => {
    expect(first(ask("How many prisoners did Ukraine get back on 23.5.?"))).toMatch(
      /^390 .*May 23, 2025/,
    );
    expect(first(ask("Which country was mediator in the swap from 19 April?"))).toMatch(
      /^United Arab Emirates mediated the April 19 exchange/,
    );
    expect(first(ask("exchnage # for may 23 swap"))).toMatch(/^The 64th exchange/);
  });

  it("folds a slip of the story's own words, never 'may' into anything", () => {
    expect(first(ask("how many civilans were relased on may 23?"))).toMatch(
      /^Russia received 120 civilians on May 23, 2025/,
    );
  });
});

describe("follow-ups in shorthand", () => {
  it("reads 'rus side?' as Russia's side of the exchange before", () => {
    expect(first(ask("jan 3 2024 swap ukr got back how many", "rus side?"))).toMatch(
      /^Russia received 248 people on January 3, 2024/,
    );
  });

  it("sets two waves against each other with 'vs' in a follow-up", () => {
    expect(
      first(ask("difference between day one and day two, per side?", "and day two vs day three?")),
    ).toMatch(/^4 more people each side \(307 .* against 303 /);
  });
});

describe("days asked as an either/or, and agreements asked at length", () => {
  it("answers 'may 6 or may 7??' with the day, disputed, not with a figure", () => {
    expect(ask("prev swap b4 istanbul - may 6 or may 7??").line).toMatch(
      /^Disputed: May 6, 2025 \(Brussels Morning\), or May 7, 2025/,
    );
  });

  it("reads 'when exactly did they agree to the big 1,000-for-1,000 swap' as the day it was agreed", () => {
    expect(
      first(ask("when exactly did Ukraine and Russia agree to the big 1,000-for-1,000 swap?")),
    ).toMatch(
      /^May 16, 2025, a Friday: the 1,000-for-1,000 exchange was agreed at the Istanbul talks/,
    );
  });
});
