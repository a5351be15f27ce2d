// Days, dates and places in a series stated as claims: weekdays and dates told with a count,
// ordinals of waves and days, days a stored disagreement leaves open. Our own wording
// throughout. Precision first: a day is contradicted only when its reading is certain.
import { describe, expect, it } from "vitest";
import type { ClaimCheck } from "../../src/domain/answers.ts";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const days = (text: string, refDate: string | null = null): ClaimCheck[] =>
  factcheck(k, text, { refDate }).claims.filter((c) => c.kind === "day");
const dayVerdicts = (text: string, refDate: string | null = null) =>
  days(text, refDate).map((c) => [c.claim, c.verdict]);

describe("a day told with a count, no cue word beside it", () => {
  it("a timeline's day with '(today)' after it is checked, not taken for a dateline", () => {
    expect(
      dayVerdicts("Where things stand\n25 May (today): 303 apiece", "2025-05-25"),
    ).toContainEqual(["25 May", "supported"]);
    // A wire's dateline is still no claim.
    expect(dayVerdicts("KYIV, 25 May (AP) - The swap ended.", "2025-05-25")).toEqual([]);
  });

  it("each weekday of a list of counts is the day of that count's swap", () => {
    expect(
      dayVerdicts(
        "All told 1,000 went each way: three hundred and three left on Sunday, after 390 apiece on Friday and 307 on Saturday.",
        "2025-05-27",
      ),
    ).toEqual([
      ["Sunday", "supported"],
      ["Friday", "supported"],
      ["Saturday", "supported"],
    ]);
  });

  it("a weekday with no swap, told with the first wave's count, is put right", () => {
    const [d] = days(
      "Since the weekend a further 610 have crossed, besides the 390 who reached home on Thursday.",
      "2025-05-27",
    );
    expect(d).toMatchObject({ claim: "Thursday", verdict: "contradicted" });
    expect(d?.right).toContain("May 23");
  });

  it("a day the sources disagree on (the early-May swap) is disputed", () => {
    expect(
      dayVerdicts("We watched 205 men come back across the border on May 6, one for one."),
    ).toEqual([["May 6", "disputed"]]);
  });

  it("a list whose days all run a day early is put right day by day", () => {
    const got = days(
      "The swap is over: 390 went home on Thursday, 307 on Friday and 303 on Saturday.",
      "2025-05-28",
    );
    expect(got.map((d) => [d.claim, d.verdict, d.right])).toEqual([
      ["Thursday", "contradicted", "May 23, 2025"],
      ["Friday", "contradicted", "May 24, 2025"],
      ["Saturday", "contradicted", "May 25, 2025"],
    ]);
  });

  it("one day told with another wave's count is not marked wrong: the count may be the slip", () => {
    expect(
      dayVerdicts("Kyiv took back 307 of its soldiers on Friday, officials said.", "2025-05-23"),
    ).not.toContainEqual(["Friday", "contradicted"]);
  });

  it("'six days ago today' counts from today, and the wave named is the day's", () => {
    const [d] = days(
      "Six days ago today the second wave of the swap brought 307 men home.",
      "2025-05-31",
    );
    expect(d).toMatchObject({ claim: "Six days ago", verdict: "contradicted" });
  });
});

describe("which wave, stage or day of the deal", () => {
  const ordinals = (text: string, refDate: string | null = null) =>
    days(text, refDate)
      .filter((d) => /^(?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th))$/i.test(d.claim))
      .map((d) => [d.claim, d.verdict, d.right ?? null]);

  it("an ordinal that fits the day its clause gives is supported", () => {
    expect(
      ordinals("The second leg went ahead today, with 307 going each way.", "2025-05-24"),
    ).toEqual([["second", "supported", null]]);
  });

  it("a headline's ordinal is supported by its count; the draft's own day is never one of two a correction rests on", () => {
    expect(
      ordinals(
        "BULLETIN - Kyiv and Moscow trade 307 captives apiece on second day of swap",
        "2025-05-24",
      ),
    ).toEqual([["second", "supported", null]]);
    expect(
      ordinals(
        "BULLETIN - Kyiv and Moscow trade 307 captives apiece on third day of swap",
        "2025-05-24",
      ),
    ).toEqual([["third", "unverified", null]]);
  });

  it("a day and a count that agree on another wave put the ordinal right, and the day is left open", () => {
    const got = days("The third wave, on Saturday, brought 307 men home.", "2025-05-27");
    expect(got.map((d) => [d.claim, d.verdict])).toEqual([
      ["third", "contradicted"],
      ["Saturday", "unverified"],
    ]);
  });

  it("one signal against the ordinal is not enough: the ordinal may be right and the day the slip", () => {
    expect(ordinals("The swap's third stage came on Saturday.", "2025-05-27")).not.toContainEqual(
      expect.arrayContaining(["contradicted"]),
    );
    expect(ordinals("Notes: 3rd day of the swap.", "2025-05-24")).toEqual([
      ["3rd", "unverified", null],
    ]);
  });

  it("a wave past the deal's last is put right", () => {
    expect(
      ordinals(
        "The handover ended on Sunday, the exchange's fourth day, reporters were told.",
        "2025-05-26",
      ),
    ).toEqual([["fourth", "contradicted", "third"]]);
  });

  it("a round of talks, or a wave of drones, is not a wave of the swap", () => {
    expect(
      ordinals(
        "A second round of talks on the prisoner swap is planned, after a second wave of drones.",
        "2025-05-24",
      ),
    ).toEqual([]);
  });

  it("the clause that says what the stage was ('which …') gives its day", () => {
    expect(
      ordinals(
        "Officials say the handover is over after the third stage, which returned 303 men on Sunday.",
        "2025-05-26",
      ),
    ).toEqual([["third", "supported", null]]);
  });

  it("'this afternoon' is the draft's own day", () => {
    expect(
      ordinals(
        "The final batch, the third group of the deal, crosses this afternoon, 303 per side.",
        "2025-05-25",
      ),
    ).toEqual([["third", "supported", null]]);
  });

  it("a headline's 'on second day' is the swap's day, and another sentence's day is not its day", () => {
    expect(
      ordinals(
        "WIRE - Kyiv and Moscow swap 307 apiece on second day\n- Moscow spoke of a draft on May 22",
        "2025-05-24",
      ),
    ).toEqual([["second", "supported", null]]);
  });
});

describe("words that name the event a day is the day of", () => {
  it("a day beside Istanbul or the palace is the talks' day", () => {
    expect(
      dayVerdicts(
        "The envoys met in Istanbul, on May 15, and left with a swap agreed.",
        "2025-05-20",
      ),
    ).toEqual([["May 15", "contradicted"]]);
    expect(
      dayVerdicts("Yesterday's meeting at Dolmabahce was brief, the envoys said.", "2025-05-17"),
    ).toEqual([["Yesterday", "supported"]]);
  });

  it("'1st wave' is the deal's start, as 'first wave' is", () => {
    expect(dayVerdicts("jot: 1st wave went thurs (390 a side)", "2025-05-26")).toEqual([
      ["1st", "supported"],
      ["thurs", "contradicted"],
    ]);
  });

  it("'complete the exchange on' a day a year off is the deal's end with the wrong year", () => {
    const [d] = days("Both sides complete the 1,000-for-1,000 swap on May 25, 2024.");
    expect(d).toMatchObject({ verdict: "contradicted", right: "May 25, 2025" });
  });

  it("Lavrov's remarks and a call with Putin name their own days", () => {
    expect(
      dayVerdicts(
        "Moscow papers printed Lavrov's remarks on Thursday: a ceasefire draft after the swap.",
        "2025-05-23",
      ),
    ).toEqual([["Thursday", "contradicted"]]);
    expect(dayVerdicts("Trump's call with Putin on May 19 came first.", "2025-05-21")).toEqual([
      ["May 19", "supported"],
    ]);
  });
});

describe("days as spoken copy says them", () => {
  it("'May seventh', 'May twenty-second' and 'January third, 2024' are days", () => {
    expect(
      dayVerdicts(
        "HOST: So our men came back on May seventh, over two hundred of them?",
        "2025-05-09",
      ),
    ).toEqual([["May seventh", "disputed"]]);
    expect(
      dayVerdicts(
        "Lavrov said on May twenty-second that a ceasefire draft would follow the swap.",
        "2025-05-27",
      ),
    ).toEqual([["May twenty-second", "contradicted"]]);
    expect(
      dayVerdicts(
        "ANCHOR: January third, 2024 — some four hundred and eighty prisoners were exchanged.",
      ),
    ).toEqual([["January third, 2024", "supported"]]);
  });

  it("a capitalised month alone makes a spoken day: 'they may first ask' is none", () => {
    expect(
      dayVerdicts("They may first ask for 390 prisoners to be swapped.", "2025-05-20"),
    ).toEqual([]);
  });

  it("'the wounded: 31 of ours, 15 of theirs' are parts, never put right by the swap's whole", () => {
    const got = factcheck(
      k,
      "On April 19 it was 246 each, plus the wounded: 31 of ours, 15 of theirs.",
      {
        refDate: "2025-04-21",
      },
    ).claims.filter((c) => c.kind !== "day");
    expect(got.map((c) => c.verdict)).not.toContain("contradicted");
  });

  it("a call named by whose it is reads 'Trump's calls', not 'the trump's'", () => {
    const [d] = days("Trump's call with Putin on May 20 came first.", "2025-05-21");
    expect(d?.reason).toMatch(/^Trump's calls/);
  });
});

describe("a day with a digit dropped, told with its exchange's count", () => {
  it("'April 9' for the April 19 swap's 246 is put right, dated or not", () => {
    const [dated] = days("Each side freed 246 soldiers on April 9.", "2025-05-02");
    expect(dated).toMatchObject({ verdict: "contradicted", right: "April 19, 2025" });
    const [undated] = days("Each side freed 246 soldiers on April 9.");
    expect(undated).toMatchObject({ verdict: "contradicted", right: "April 19, 2025" });
  });

  it("a day far off that is no digit slip is left open", () => {
    expect(dayVerdicts("Each side freed 246 soldiers on April 2.", "2025-05-02")).toEqual([
      ["April 2", "unverified"],
    ]);
  });
});

describe("the deal's start and end in other words", () => {
  it("'beginning on' and 'ending on' give the deal's first and last days", () => {
    expect(
      dayVerdicts(
        "One agency had the swap beginning on Thursday and ending on Sunday.",
        "2025-05-27",
      ),
    ).toEqual([
      ["Thursday", "contradicted"],
      ["Sunday", "supported"],
    ]);
  });

  it("'the first group' in apposition names the deal's start", () => {
    const got = days(
      "Those who crossed on Thursday, the first group of all, were POWs.",
      "2025-05-24",
    );
    expect(got.find((d) => d.claim === "Thursday")).toMatchObject({
      verdict: "contradicted",
      right: "May 23, 2025",
    });
  });
});

describe("a day counted from an event is not that event's day", () => {
  it("'settled nine days before the last wave, on 16 May' is not the last wave's day", () => {
    const text =
      "The deal was settled seven days before the opening wave, on 16 May 2025, at the talks in Istanbul.";
    expect(dayVerdicts(text)).not.toContainEqual(["16 May 2025", "contradicted"]);
    // Attached to its event, the day is still checked: "the talks of May 15" are a day off.
    expect(
      dayVerdicts("The exchange began a week after the talks of May 15, 2025."),
    ).toContainEqual(["May 15, 2025", "contradicted"]);
  });
});

describe("a day and figures that disagree, with nothing to say which is the slip", () => {
  it("'the 390 it took back on Saturday: 270 soldiers and 120 civilians' puts neither right", () => {
    const text =
      "Moscow said the 390 people it took back on Saturday were 270 soldiers and 120 civilians.";
    const all = factcheck(k, text, { refDate: "2025-05-27" }).claims;
    expect(all.filter((c) => c.verdict === "contradicted")).toEqual([]);
    expect(all.find((c) => c.claim.startsWith("390"))?.reason).toMatch(
      /\(390, 270, 120\) is the store's for the first wave.*May 23, 2025.*either the day or the figures/,
    );
    // One figure told with the day is still put right, as the wave's count a day off.
    const one = factcheck(k, "Each side freed 390 prisoners on Saturday.", {
      refDate: "2025-05-27",
    }).claims;
    expect(one.find((c) => c.claim.startsWith("390"))?.verdict).toBe("contradicted");
  });
});

describe("which weekend 'last weekend' and 'this weekend' mean", () => {
  it("'last weekend' written on a Sunday is the weekend before; 'this weekend' on a Wednesday is the one to come", () => {
    // June 1, 2025 was a Sunday: last weekend was May 24–25.
    const sunday = factcheck(
      k,
      "Last weekend's exchange ended with the release of 303 people by each side.",
      {
        refDate: "2025-06-01",
      },
    ).claims;
    expect(sunday.filter((c) => c.verdict === "contradicted")).toEqual([]);
    // May 21, 2025 was a Wednesday: "this weekend" is May 24–25, when the swap went on.
    const wednesday = factcheck(
      k,
      "This weekend's exchange is set to free 303 people by each side.",
      {
        refDate: "2025-05-21",
      },
    ).claims;
    expect(wednesday.filter((c) => c.verdict === "contradicted")).toEqual([]);
  });
});

describe("a span told of the whole deal with 'freed' or 'released'", () => {
  it("'1,000 from each side were freed between May 23 and May 26' is put right at its end", () => {
    const text =
      "To be precise: 1,000 people from each side were freed between May 23 and May 26, 2025.";
    const wrong = factcheck(k, text).claims.filter((c) => c.verdict === "contradicted");
    expect(wrong.map((c) => c.claim)).toEqual(["26"]);
    const right = text.replace("May 26", "May 25");
    expect(factcheck(k, right).claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
  });
});

describe("a timeline's lines: a weekday abbreviated, and a call told as 'phones Putin'", () => {
  it("checks 'Tue 20 May: Trump phones Putin and Zelensky' against the calls of May 19", () => {
    const box =
      "The week so far\nFri 16 May: talks in Istanbul\nTue 20 May: Trump phones Putin, then Zelensky\nFri 23 May: 390 home on each side";
    const checked = dayVerdicts(box, "2025-05-24");
    expect(checked).toContainEqual(["20 May", "contradicted"]);
    expect(checked).toContainEqual(["16 May", "supported"]);
    expect(dayVerdicts(box.replace("Tue 20 May", "Mon 19 May"), "2025-05-24")).toContainEqual([
      "19 May",
      "supported",
    ]);
  });
});

describe("Trump's post on the talks, a statement the store keeps", () => {
  it("'Trump's post of 21 May on the direct talks' is put right to May 20; a post on the swap is not his talks post", () => {
    expect(
      dayVerdicts("Trump's post of 21 May spoke of the first direct talks in three years."),
    ).toContainEqual(["21 May", "contradicted"]);
    expect(
      dayVerdicts("Trump's post of 20 May spoke of the first direct talks in three years."),
    ).toContainEqual(["20 May", "supported"]);
    // The sources give no day for his post disclosing the swap: nothing to put right.
    expect(dayVerdicts("Trump posted on May 23, 2025 that the swap had begun.")).not.toContainEqual(
      ["May 23, 2025", "contradicted"],
    );
  });
});

describe("an undated weekday told of the deal named outright", () => {
  it("'the 1,000-for-1,000 exchange began on Thursday' is put right; 'the swap began on Thursday' is not", () => {
    expect(
      dayVerdicts("The 1,000-for-1,000 exchange began on Thursday with 390 freed on each side."),
    ).toContainEqual(["Thursday", "contradicted"]);
    expect(dayVerdicts("The 1,000-for-1,000 exchange ended on Sunday.")).toContainEqual([
      "Sunday",
      "supported",
    ]);
    // Which swap "the swap" is, an undated draft does not say.
    expect(dayVerdicts("The swap began on Thursday.")).toContainEqual(["Thursday", "unverified"]);
  });
});

describe("a weekday told after a count of weeks back", () => {
  it("'A week ago yesterday, on Sunday, the last 303 were freed' is not put right as last Sunday", () => {
    const text = "A week ago yesterday, on Sunday, the last 303 prisoners on each side were freed.";
    expect(dayVerdicts(text, "2025-06-02")).not.toContainEqual(["Sunday", "contradicted"]);
    // Told plainly, the day is still checked: "on Sunday" written on Monday June 2 is June 1.
    expect(
      dayVerdicts("On Sunday the last 303 prisoners on each side were freed.", "2025-06-02"),
    ).toContainEqual(["Sunday", "contradicted"]);
  });
});

describe("a start told with 'starting on', a span beside '2,000', the calls of a day", () => {
  it("'1,000 each over three days, starting on 24 May' puts the start right", () => {
    const text =
      "In May 2025 both sides freed 1,000 people each over three days, starting on 24 May.";
    expect(dayVerdicts(text)).toContainEqual(["24 May", "contradicted"]);
    expect(dayVerdicts(text.replace("24 May", "23 May"))).not.toContainEqual([
      "23 May",
      "contradicted",
    ]);
  });

  it("'2,000 people changed hands between May 23 and 26' is the whole deal's span, not a part's", () => {
    const text =
      "Each side freed 1,000, so 2,000 people changed hands in all between May 23 and 26.";
    expect(days(text).filter((d) => d.verdict === "contradicted")).toHaveLength(1);
  });

  it("'a day after the calls of May 19, Trump posted …' leaves May 19 to the calls", () => {
    const text =
      "A day after the calls of May 19, Trump posted that both sides had agreed to direct talks.";
    expect(dayVerdicts(text)).toContainEqual(["May 19", "supported"]);
  });
});

describe("a day told beside a wrong figure", () => {
  it("'Saturday: 370' shows the day as right and puts only the figure right", () => {
    const text = "Swap diary, by day. Friday: 390 | Saturday: 370 | Sunday: 303";
    const all = factcheck(k, text, { refDate: "2025-05-28" }).claims;
    expect(all.find((c) => c.claim === "Saturday")).toMatchObject({
      verdict: "supported",
      kind: "day",
      correction: null,
    });
    expect(all.find((c) => c.claim.startsWith("370"))?.verdict).toBe("contradicted");
  });

  it("'Saturday: 390', Friday's figure a day off, leaves the day unvouched", () => {
    const text = "Swap diary, by day. Friday: 390 | Saturday: 390 | Sunday: 303";
    expect(dayVerdicts(text, "2025-05-28")).not.toContainEqual(["Saturday", "supported"]);
  });
});

describe("a day in brackets after its figure", () => {
  it("a fact box's '390 per side (23 May)' shows the bracketed day as that wave's", () => {
    expect(dayVerdicts("Record wave: 390 per side (23 May)", "2025-05-28")).toContainEqual([
      "23 May",
      "supported",
    ]);
  });

  it("a bracket that opens on no day ('(plus 15 wounded)') leaves the day before the figure its own", () => {
    expect(
      dayVerdicts("Swaps this spring, per side: 19 April: 246 (plus 15 wounded)", "2025-05-28"),
    ).toContainEqual(["19 April", "supported"]);
  });
});
