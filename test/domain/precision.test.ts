// The constructions issue 9 found read wrongly on copy nobody here wrote (its own wording),
// each with what a sub-editor would accept. Precision first: none of them may come out
// contradicted unless every part of its reading is certain and the sentence really is wrong.
import { describe, expect, it } from "vitest";
import type { ClaimCheck } from "../../src/domain/answers.ts";
import { factcheck } from "../../src/domain/check/index.ts";
import { DAYS_SO_FAR } from "../../src/domain/check/vocabulary.ts";
import { analyse, withResolutions } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figures = (text: string, refDate: string | null = null): ClaimCheck[] =>
  factcheck(k, text, { refDate }).claims.filter((c) => c.kind !== "day");
const days = (text: string, refDate: string | null = null): ClaimCheck[] =>
  factcheck(k, text, { refDate }).claims.filter((c) => c.kind === "day");
const verdicts = (text: string, refDate: string | null = null) =>
  figures(text, refDate).map((c) => [c.read, c.verdict]);

describe("each side, both sides, and parts", () => {
  it("'Kyiv and Moscow freed X in total' is both sides together, not the side one of them freed", () => {
    const [c] = figures("Kyiv and Moscow freed 307 prisoners in total on Saturday.", "2025-05-24");
    expect(c).toMatchObject({ verdict: "contradicted", side: "total" });
    expect(
      verdicts("Kyiv and Moscow freed 614 prisoners in total on Saturday.", "2025-05-24"),
    ).toEqual([["614", "supported"]]);
  });

  it("'a total of X were exchanged' is a swap's total; 'a total of X were freed' may be one side's", () => {
    expect(verdicts("On April 19, 2025, a total of 246 servicemen were exchanged.")).toEqual([
      ["246", "contradicted"],
    ]);
    expect(verdicts("On April 19, 2025, a total of 246 servicemen were freed.")).toEqual([
      ["246", "supported"],
    ]);
  });

  it("'both sides released X' may be each side's figure", () => {
    expect(
      verdicts(
        "The exchange ended on Sunday when both sides released their last 303 prisoners.",
        "2025-05-26",
      ),
    ).toEqual([["303", "supported"]]);
    expect(verdicts("On April 19 both sides released 246 POWs.", "2025-04-20")).toEqual([
      ["246", "supported"],
    ]);
  });

  it("'a total of 303 Ukrainian defenders' is Ukraine's side", () => {
    const [c] = figures(
      "Ukraine got back a total of 303 Ukrainian defenders on Sunday.",
      "2025-05-26",
    );
    expect(c).toMatchObject({ side: "ukraine", verdict: "supported" });
  });

  it("parts that add up to a stored whole are supported, with the sum shown", () => {
    const got = figures(
      "On May 23 each side released 390 prisoners. Among those freed were 3 women and 387 men.",
      "2025-05-24",
    );
    expect(got.map((c) => c.verdict)).toEqual(["supported", "supported", "supported"]);
    expect(got[1]?.store).toContain("3 + 387 = 390");
    const soFar = figures(
      "Both sides said they had each freed 270 soldiers and 120 civilians so far.",
      "2025-05-23",
    );
    expect(soFar.map((c) => c.verdict)).not.toContain("contradicted");
    expect(soFar[0]?.store).toContain("270 + 120 = 390");
  });

  it("one side's own breakdown of servicemen puts a wrong part right; a noun after 'were' is the figure's", () => {
    expect(
      verdicts("Moscow says it received 207 servicemen and 120 civilians.", "2025-05-23"),
    ).toEqual([
      ["207", "contradicted"],
      ["120", "disputed"],
    ]);
    const got = verdicts(
      "Moscow says it took back the same number, and that two hundred and seventy of them were servicemen and one hundred and twenty were civilians.",
      "2025-05-23",
    );
    expect(got.map(([, v]) => v)).not.toContain("contradicted");
    // Among the whole first wave (all POWs by one source), a part of soldiers is not put right.
    expect(
      verdicts("Among the 390 freed on May 23 were 200 soldiers.", "2025-05-24").map(([, v]) => v),
    ).not.toContain("contradicted");
  });

  it("'were exchanged in total 205' is both sides' (the verb is mutual); 'freed in total' may be one side's", () => {
    expect(verdicts("Today were exchanged in total 205 prisoners of war.", "2025-05-07")).toEqual([
      ["205", "contradicted"],
    ]);
    expect(
      verdicts(
        "On 19 March an exchange of prisoners of war took place, in total 175 persons.",
        "2025-03-20",
      ),
    ).toEqual([["175", "contradicted"]]);
    expect(verdicts("On 19 March Ukraine freed in total 175 persons.", "2025-03-20")).toEqual([
      ["175", "supported"],
    ]);
  });

  it("'Kyiv says 390 of its people are home' is Ukraine's side, not any side", () => {
    expect(figures("Kyiv says 390 of its people are home.", "2025-05-23")[0]).toMatchObject({
      verdict: "supported",
      side: "ukraine",
    });
  });

  it("'four more swaps, bringing its count to 70' counts swaps, not people", () => {
    const [, seventy] = figures(
      "Since last May's exchange, Kyiv has held four more swaps, bringing its count to 70 by the end of 2025.",
      "2026-02-14",
    );
    expect(seventy).toMatchObject({ read: "70", verdict: "unverified", counted: "exchanges" });
  });

  it("'came home' is home for whoever says it", () => {
    expect(
      figures("Russia's Defence Ministry said 270 servicemen came home.", "2025-05-23")[0],
    ).toMatchObject({ side: "russia" });
    const [, servicemen] = figures(
      "Among those freed today were 120 civilians, according to Russia's Defence Ministry. It says 270 servicemen also came home.",
      "2025-05-23",
    );
    expect(servicemen?.verdict).not.toBe("contradicted");
    expect(figures("Zelensky said 390 Ukrainians came home.", "2025-05-23")[0]).toMatchObject({
      side: "ukraine",
      verdict: "supported",
    });
  });

  it("'the deal', filed between the talks and the first wave, is the deal agreed: it supports, never corrects", () => {
    expect(
      verdicts("The deal is a thousand from each side, so two thousand in all.", "2025-05-20"),
    ).toEqual([
      ["a thousand", "supported"],
      ["two thousand", "supported"],
    ]);
    expect(
      verdicts(
        "Each side is due to hand over 1,000 people, dwarfing the 205-a-side swap earlier this month.",
        "2025-05-22",
      ).map(([, v]) => v),
    ).not.toContain("contradicted");
  });

  it("'the deal covers 1,000 from each side' is the deal's size; a gap between waves in the same sentence is not a release", () => {
    expect(verdicts("The deal covers 1,000 prisoners from each side.", "2025-05-20")).toEqual([
      ["1,000", "supported"],
    ]);
    const gap = verdicts(
      "Share of the deal by day: the first wave delivered 390 of the 1,000 agreed per side; the gap between the largest and the smallest wave was 87 people per side.",
    );
    expect(gap.find(([read]) => read === "87")?.[1]).not.toBe("contradicted");
  });

  it("civilians in a wave one source calls all POWs are disputed, as the servicemen are, until an editor settles it", () => {
    const text = "Russia's Defence Ministry says it received 270 servicemen and 120 civilians.";
    const got = figures(text, "2025-05-23");
    expect(got.map((c) => c.verdict)).toEqual(["disputed", "disputed"]);
    expect(got[1]?.citations.map((c) => c.factId)).toEqual([
      "rki-may23-120-civilians",
      "et-may23-390-pows",
    ]);
    expect(got[1]?.reason).toMatch(/calls all 390 on that side prisoners of war/);
    const data = bundledData();
    const disputeId = got[1]?.disputeIds[0] as string;
    data.resolutions.push({
      id: "res-test",
      disputeId,
      trustedFactIds: ["rki-may23-270-servicemen"],
      verdict: "trust",
      note: null,
      by: "U1",
      at: "2026-11-30T10:00:00Z",
    });
    const settled = factcheck(withResolutions(k, data), text, { refDate: "2025-05-23" }).claims;
    expect(settled.find((c) => c.read === "120")?.verdict).toBe("supported");
  });

  it("'since Feb 2022' is the war's running total; 'returned over 57 exchanges' is across them, not more than 57", () => {
    expect(
      figures("Ukraine has brought home 4,552 people since Feb 2022.", "2025-05-22")[0]?.measure,
    ).toBe("returned-since-2022");
    const swaps = figures(
      "By September 2024, the ombudsman counted 3,762 compatriots returned over 57 exchanges.",
      "2025-05-22",
    ).find((c) => c.read === "57");
    expect(swaps?.verdict).toBe("supported");
  });

  it("a wave named beside a figure whose own day is another is not grounds to correct it", () => {
    const got = verdicts(
      "Those 307, freed in the second leg of the exchange, follow the 390 who crossed on Thursday.",
      "2025-05-24",
    );
    expect(got.find(([read]) => read === "390")?.[1]).toBe("unverified");
  });

  it("an ordinal day beside the day of another wave of the same deal is unverified, not corrected", () => {
    expect(
      days(
        "By the end of the third day (24 May), 697 persons per side had been returned.",
        "2025-05-27",
      )[0]?.verdict,
    ).toBe("unverified");
    expect(
      days("The third day of the exchange, 22 May, saw 303 freed on each side.", "2025-05-27").find(
        (c) => c.read === "22 May",
      )?.verdict,
    ).toBe("contradicted");
  });

  it("a part is never corrected by the whole", () => {
    for (const text of [
      "More than 500 prisoners were freed on April 19. Of these, 246 were part of the official exchange and another 31 were freed outside it.",
      "It began on Friday, May 23, when both sides freed 390 prisoners each, including 120 civilians.",
    ])
      expect(
        figures(text, "2025-05-26").map((c) => c.verdict),
        text,
      ).not.toContain("contradicted");
  });
});

describe("days in an archive", () => {
  it("an undated draft's day takes the archive's year, and says so", () => {
    const [c] = figures("On May 24, Russia and Ukraine each released 390 prisoners.");
    expect(c).toMatchObject({ verdict: "contradicted", date: "2025-05-24", right: "307" });
    expect(c?.reading?.event.note).toMatch(/year taken from the store/);
  });

  it("a timetable in the present tense is ahead of the draft: 'the swap starts on Friday'", () => {
    // Our wording, filed on Thursday May 22, 2025: Friday is the next day, not the last one.
    const got = days(
      "Officials say the swap starts on Friday, with buses at the border.",
      "2025-05-22",
    );
    expect(got.map((d) => d.verdict)).toEqual(["supported"]);
    expect(
      days("Officials say the swap starts on Saturday.", "2025-05-22").map((d) => d.verdict),
    ).not.toContain("supported");
  });

  it("'will last four days' is how long the deal is to take, not 'the last four days'", () => {
    const [c] = figures(
      "Under the Istanbul deal, the 1,000-for-1,000 exchange will last four days.",
      "2025-05-22",
    ).filter((x) => x.read === "four");
    expect(c).toMatchObject({ measure: "duration-days" });
  });

  it("'a year ago today' in an anniversary piece is the draft's day a year back", () => {
    const [c] = figures(
      "One year ago today, the two countries swapped 370 prisoners apiece in the exchange's second wave.",
      "2026-05-24",
    );
    expect(c).toMatchObject({ date: "2025-05-24", verdict: "contradicted", right: "307" });
    expect(verdicts("Two years ago today, each side freed 307 prisoners.", "2027-05-24")).toEqual([
      ["307", "supported"],
    ]);
  });

  it("'on this day last year' is the draft's day a year back", () => {
    expect(
      verdicts("On this day last year, 307 prisoners from each side crossed.", "2026-05-25"),
    ).toEqual([["307", "contradicted"]]);
    expect(
      verdicts("On this day last year, 303 prisoners from each side crossed.", "2026-05-25"),
    ).toEqual([["303", "supported"]]);
  });

  it("the day a deal was completed is its last, with an aside between the deal and the verb", () => {
    // Our wording: an appositive about the deal's size before 'was completed'.
    const wrong = days("The swap, of 1,000 people a side, was completed on 23 May.", "2025-07-01");
    expect(wrong).toMatchObject([{ verdict: "contradicted", right: "May 25, 2025" }]);
    const right = days("The swap, of 1,000 people a side, was completed on 25 May.", "2025-07-01");
    expect(right.map((d) => d.verdict)).toEqual(["supported"]);
  });

  it("'the last group, with an aside of its size, crossed on Saturday' is still the last wave's day", () => {
    const [day] = days(
      "The last group, three hundred and three people from each country, crossed on Saturday.",
      "2025-05-27",
    );
    expect(day).toMatchObject({ verdict: "contradicted", right: "May 25, 2025" });
  });

  it("a day told with its own figure after 'after' is that figure's, not the last wave's", () => {
    // Our wording: the last wave's figure, then the wave before it with its own day.
    const got = days(
      "The two countries closed the swap on Sunday, with 303 apiece in the final stage after 307 apiece on Saturday.",
      "2025-05-26",
    );
    expect(got.map((d) => [d.read, d.verdict])).toEqual([
      ["Sunday", "supported"],
      ["Saturday", "supported"],
    ]);
  });

  it("'the final 303 prisoners … on Saturday' gives the day of the deal's last wave", () => {
    const [day] = days("The last 303 prisoners of each side crossed on Saturday.", "2025-05-27");
    expect(day).toMatchObject({ verdict: "contradicted", right: "May 25, 2025" });
    expect(
      days("The last 303 prisoners of each side crossed on Sunday.", "2025-05-27").map(
        (d) => d.verdict,
      ),
    ).toEqual(["supported"]);
  });

  it("a draft filed a year later takes the archive's day, not its own year's", () => {
    const text = "A YEAR ON: THE RECORD SWAP\nMay 23: 390 each side\nMay 24: 370 each side";
    const [may23] = days(text, "2026-05-23");
    expect(may23).toMatchObject({ verdict: "supported" });
    expect(may23?.reading?.event.note).toMatch(/year taken from the store/);
    expect(verdicts(text, "2026-05-23")).toEqual([
      ["390", "supported"],
      ["370", "contradicted"],
    ]);
    // Filed in the archive's own year, the draft's year stands.
    expect(days("The swap began on May 23.", "2025-05-26")[0]?.reading?.event.note).toMatch(
      /draft's date/,
    );
  });

  it("a list of figures by day is each day's exchange, with no verb needed", () => {
    expect(verdicts("Done: 390 Fri, 303 Sat, 307 Sun. Full tally tonight.", "2025-05-25")).toEqual([
      ["390", "supported"],
      ["303", "contradicted"],
      ["307", "contradicted"],
    ]);
    // A list of times is not one of days.
    expect(verdicts("Briefings at 10 and 14 on the day.", "2025-05-25")).toEqual([]);
  });

  it("'talks in Istanbul took place 15 May' is a day of the talks, read without its full stop", () => {
    const [c] = days("Talks in Istanbul took place 15 May.");
    expect(c).toMatchObject({ verdict: "contradicted", read: "15 May" });
    expect(days("Talks in Istanbul were held on 16 May.")[0]).toMatchObject({
      verdict: "supported",
      read: "16 May",
    });
  });

  it("'finished the exchange on Saturday, May 24' is the day the deal ended, not any exchange day", () => {
    expect(
      days("Ukraine and Russia finished the exchange on Saturday, May 24, with 303 freed.")[0],
    ).toMatchObject({ verdict: "contradicted" });
    expect(
      days("Ukraine and Russia finished the exchange on Sunday, with 303 freed.", "2025-05-26")[0],
    ).toMatchObject({ verdict: "supported" });
  });

  it("a table's cells are apart: a 'talks:' cell does not make the row's days the talks'", () => {
    const got = days(
      "SWAPS IN 2025\nMarch 19 | 175 | mediator: UAE\nMay 23–25 | 1,000 | talks: Istanbul",
    );
    expect(got.map((c) => c.verdict)).not.toContain("contradicted");
  });

  it("a span given for the whole deal that reaches outside it is put right; its first days are not", () => {
    expect(
      days("The 1,000-for-1,000 exchange was carried out between May 22 and 25.")[0],
    ).toMatchObject({
      verdict: "contradicted",
      right: "May 23, 2025 to May 25, 2025",
    });
    expect(
      days("Ukraine and Russia traded 1,000 each between Thursday and Sunday.", "2025-05-27")[0]
        ?.verdict,
    ).toBe("contradicted");
    expect(
      days("Each side freed 797 people over the first two days, May 23 and 24, 2025.")[0]?.verdict,
    ).not.toBe("contradicted");
    expect(
      days("The 1,000-for-1,000 exchange was carried out between May 23 and 25.")[0]?.verdict,
    ).not.toBe("contradicted");
  });

  it("'on May 23, 24 and 25' lists days, not counts", () => {
    expect(
      verdicts("That is how many prisoners each side handed over on May 23, 24 and 25.").map(
        ([read]) => read,
      ),
    ).toEqual([]);
  });

  it("'23 May the first stage' is a day and a stage, not May 1", () => {
    const got = days("On 23 May the first stage of the exchange was realised.", "2025-05-23");
    expect(got.map((c) => [c.read, c.verdict])).toEqual([
      ["23 May", "supported"],
      ["first stage", "supported"],
    ]);
  });

  it("ranges and lists take the year given once", () => {
    expect(
      verdicts("Each side freed 797 people over the first two days, May 23 and 24, 2025."),
    ).toEqual([["797", "contradicted"]]);
    expect(verdicts("Each side released 1,000 prisoners between May 23 and May 25, 2025.")).toEqual(
      [["1,000", "supported"]],
    );
  });

  it("a running total needs no draft date to be supported", () => {
    expect(
      verdicts("Ukraine says more than 16,000 of its civilians are detained in Russia."),
    ).toEqual([["more than 16,000", "supported"]]);
  });

  it("a running total that fits one side of a stored dispute is disputed", () => {
    expect(
      verdicts(
        "Ukraine says more than 4,700 of its citizens have come home since 2022.",
        "2025-05-06",
      ),
    ).toEqual([["more than 4,700", "disputed"]]);
  });

  it("the future stays in the future", () => {
    const [sunday] = days("The final stage is expected on Sunday, May 25.", "2025-05-23");
    expect(sunday).toMatchObject({ date: "2025-05-25" });
    const [saturday] = days("The second wave of the exchange is due on Saturday.", "2025-05-23");
    expect(saturday).toMatchObject({ date: "2025-05-24", verdict: "supported" });
  });

  it("a day binds to its own clause", () => {
    const got = figures(
      "Kyiv said Russia would return 303 prisoners, after the release of 307 on Saturday.",
      "2025-05-25",
    );
    expect(got.find((c) => c.read === "303")?.date).not.toBe("2025-05-24");
    expect(got.map((c) => c.verdict)).not.toContain("contradicted");
  });

  it("a draft is never supported by an event after its own date, nor by a hedge an exact figure rules out", () => {
    expect(verdicts("Each side freed 303 prisoners.", "2025-04-19")).toEqual([
      ["303", "unverified"],
    ]);
    const [c] = figures("Of these, 246 were part of the official exchange.", "2025-05-06");
    expect(c?.eventId).not.toBe("exchange-2025-05-06");
  });
});

describe("a wave fixed by its own day", () => {
  it("the last wave's day fixes the wave, so another wave's figure on it is wrong", () => {
    const [c] = figures(
      "Three hundred and seven prisoners from each side were handed over on Sunday, completing the exchange.",
      "2025-05-25",
    );
    expect(c).toMatchObject({ verdict: "contradicted", right: "303" });
  });

  it("'yesterday's final wave' names the last wave, whichever day owns it", () => {
    const claims = factcheck(
      k,
      "Yesterday's final wave saw 307 freed from each side, closing out the deal.",
      { refDate: "2025-05-26" },
    ).claims;
    expect(claims.find((c) => c.read === "307")).toMatchObject({
      verdict: "contradicted",
      right: "303",
    });
    expect(claims.find((c) => c.kind === "day")?.verdict).toBe("supported");
  });

  it("the deal's own figure on its last day is still the deal's", () => {
    expect(
      verdicts(
        "The exchange was completed on Sunday, with 1,000 freed by each side.",
        "2025-05-25",
      ),
    ).toEqual([["1,000", "supported"]]);
  });
});

describe("the day of the talks, however the deal is said to be made", () => {
  it("'struck in Istanbul on May 15' and 'announced the deal in Istanbul on May 17' are the talks' days", () => {
    for (const text of [
      "The full deal, struck in Istanbul on May 15, covers 1,000 a side.",
      "Umerov, who announced the deal in Istanbul on May 17, thanked the agencies involved.",
    ])
      expect(days(text, "2025-05-26")).toMatchObject([
        { verdict: "contradicted", right: "May 16, 2025" },
      ]);
    expect(
      days("The deal, struck in Istanbul on May 16, covers 1,000 a side.", "2025-05-26"),
    ).toMatchObject([{ verdict: "supported" }]);
  });
});

describe("a day told with its figure in a list", () => {
  it("'390 of them on Thursday' puts the day right when no exchange was on it", () => {
    const [thursday] = days(
      "1,000 Ukrainians have returned home, 390 of them on Thursday, 307 on Friday and 303 on Saturday.",
      "2025-05-26",
    );
    expect(thursday).toMatchObject({
      claim: "Thursday",
      verdict: "contradicted",
      right: "May 23, 2025",
    });
  });
});

describe("a weekday in an undated draft", () => {
  it("agrees with the store's one such event when the weekday is its", () => {
    expect(days("The last wave came on Sunday.")).toMatchObject([
      { verdict: "supported", date: "2025-05-25" },
    ]);
    expect(days("How big was that first wave, on the Friday?")).toMatchObject([
      { verdict: "supported", date: "2025-05-23" },
    ]);
  });

  it("another weekday is shown beside the store's day, never marked wrong", () => {
    const [c] = days("The last wave came on Saturday.");
    expect(c?.verdict).toBe("unverified");
    expect(c?.reason).toMatch(/Sunday, May 25, 2025/);
  });
});

describe("who took back whom, and a sentence that opens on the whole", () => {
  it("'Russia took back 390' is an exchange's figure for Russia's side", () => {
    expect(figures("Russia took back 390 people on May 23.")).toMatchObject([
      { verdict: "supported", side: "russia" },
    ]);
  });

  it("'Of the 390 …, 270 were … and 120 were …': later figures are parts, never put right by the whole", () => {
    const checks = figures(
      "KYIV — Of the 390 people Russia took back on May 23, its Defence Ministry told reporters, 270 were servicemen and 120 were civilians.",
    );
    expect(checks.map((c) => c.verdict)).not.toContain("contradicted");
    // "120 were civilians": its own noun, matched to the store's 120 civilians for that side
    // (disputed: another source calls all 390 prisoners of war).
    expect(checks.find((c) => c.read === "120")).toMatchObject({
      verdict: "disputed",
      reading: { counted: { value: "civilians" } },
    });
  });
});

describe("a year one off, shown by the figure beside it", () => {
  it("puts the day right and reads the figure against the exchange of that day", () => {
    const checks = factcheck(
      k,
      "On 19 April 2024, more than 500 prisoners were exchanged, including 246 from each side.",
    ).claims;
    expect(checks.find((c) => c.kind === "day")).toMatchObject({
      claim: "19 April 2024",
      verdict: "contradicted",
      right: "April 19, 2025",
    });
    expect(checks.find((c) => c.read === "more than 500")?.verdict).toBe("supported");
  });

  it("a figure no exchange of that day gives leaves the year alone", () => {
    expect(days("On 19 April 2024, 77 prisoners were exchanged.").map((c) => c.verdict)).toEqual([
      "unverified",
    ]);
  });
});

describe("a year one off, shown by the wave the words name", () => {
  it("puts the day right and reads the figure against that wave", () => {
    const checks = factcheck(
      k,
      "Looking back to May 25, 2024: 330 a side crossed in the final wave of the Istanbul deal.",
    ).claims;
    expect(checks.find((c) => c.kind === "day")).toMatchObject({
      verdict: "contradicted",
      right: "May 25, 2025",
    });
    expect(checks.find((c) => c.read === "330")).toMatchObject({
      verdict: "contradicted",
      right: "303",
    });
  });

  it("a named wave on another day of the year before is no slip", () => {
    const checks = factcheck(k, "On May 20, 2024, 330 a side crossed in the final wave.").claims;
    expect(checks.map((c) => c.verdict)).not.toContain("contradicted");
  });
});

describe("a deal named in another clause", () => {
  it("is not the deal of a figure its own month puts far from it", () => {
    const checks = factcheck(
      k,
      "In January 2023, when Kyiv recovered 248 soldiers, the swap seemed large; the 1,000-for-1,000 deal of May 2025 dwarfed it.",
      { refDate: "2025-06-24" },
    ).claims;
    expect(checks.find((c) => c.read === "248")?.verdict).not.toBe("contradicted");
  });
});

describe("a bare weekday that may be the coming one", () => {
  it("is not put right when the coming one is the event's day", () => {
    const [sunday] = days("SECOND LEG DONE | LAST LEG SUNDAY", "2025-05-24");
    expect(sunday).toMatchObject({ verdict: "unverified" });
    expect(sunday?.reason).toContain("May 25, 2025");
  });

  it("is still put right when neither reading is the event's day", () => {
    const [wednesday] = days("The last leg of the swap came on Wednesday.", "2025-05-26");
    expect(wednesday?.verdict).toBe("contradicted");
  });
});

describe("a span that runs past the deal's end", () => {
  it("is put right at its end, not supported as the first wave's day", () => {
    const [day] = days("The exchange ran from May 23 to May 26.", "2025-06-01");
    expect(day).toMatchObject({ verdict: "contradicted", claim: "26" });
    expect(days("The exchange ran from May 23 to May 25.", "2025-06-01")[0]?.verdict).toBe(
      "supported",
    );
  });
});

describe("other events and other measures in the sentence", () => {
  it("a clause after the figure's that opens with 'after' names other events", () => {
    const got = figures(
      "It is the sixth swap of 2025, after exchanges in January, February, March, April and early May.",
      "2025-05-23",
    );
    expect(got.map((c) => c.verdict)).not.toContain("contradicted");
  });

  it("an average is no count: 'the three waves averaged 333 per side'", () => {
    expect(figures("The three waves averaged 333 per side.", "2025-05-26")).toEqual([]);
    // "Mean" the verb is not an average.
    expect(
      figures("The three stages mean 2,000 people changed hands in all.", "2025-05-26").map(
        (c) => c.read,
      ),
    ).toContain("2,000");
  });
});

describe("a fact box's lines", () => {
  it("say after the dash whose figure it is, so one side's figure is not called both sides'", () => {
    const box =
      "KEY FIGURES\n780 — freed on day one, both sides together\n307 — freed on day two, both sides together";
    const [first, second] = figures(box);
    expect(first).toMatchObject({ verdict: "supported", side: "total" });
    expect(second?.verdict).not.toBe("supported");
  });

  it("words after another figure on the line are that figure's", () => {
    const [c] = figures(
      "BY THE NUMBERS\n2,000 — prisoners to be exchanged under the deal, 1,000 from each side",
    );
    expect(c?.side).not.toBe("each");
  });
});

describe("when the Coordination Headquarters was set up", () => {
  it("is held to the month the source gives", () => {
    expect(
      days("The Coordination Headquarters, set up in March 2023, said the swap went well."),
    ).toMatchObject([{ claim: "March 2023", verdict: "contradicted", right: "March 2022" }]);
    expect(
      days("Since March 2022, when the Coordination Headquarters was established, swaps grew."),
    ).toMatchObject([{ claim: "March 2022", verdict: "supported" }]);
  });

  it("reads only a date the founding verb is dated by", () => {
    expect(
      days("The Coordination Headquarters said in March 2023 that swaps were set up weekly."),
    ).toEqual([]);
  });
});

describe("since when the sides had not met", () => {
  it("is held to 002's 'since March of 2022'", () => {
    expect(days("It was the first direct talks since March 2023.")).toMatchObject([
      { verdict: "contradicted", right: "March 2022" },
    ]);
    expect(days("It was the first face-to-face meeting since March 2022.")).toMatchObject([
      { verdict: "supported" },
    ]);
  });
});

describe("precision on the fifth blind set's false corrections", () => {
  it("the deal's own total beside a named last wave is not put right by that wave", () => {
    const [c] = figures(
      "URGENT - Kyiv: 1,000 Ukrainians home after final day of swap - 303 on Sunday",
      "2025-05-25",
    );
    expect(c?.verdict).not.toBe("contradicted");
  });

  it("a figure that fits the wave of the draft's own day is not corrected by the wave the words name", () => {
    const [c] = figures(
      "URGENT - Russia, Ukraine free 307 prisoners each on third day of exchange",
      "2025-05-24",
    );
    expect(c?.verdict).toBe("unverified");
    expect(
      figures(
        "URGENT - Russia, Ukraine free 390 prisoners each on third day of exchange",
        "2025-05-24",
      )[0]?.verdict,
    ).toBe("contradicted");
  });

  it("a day in the possessive is its own figure's, and 'a day after Friday's' is Saturday", () => {
    expect(
      verdicts(
        "Meduza notes that Saturday's exchange came a day after Friday's 390 and that 307 Ukrainians returned, 614 in all.",
        "2025-05-24",
      ),
    ).toEqual([
      ["390", "supported"],
      ["307", "supported"],
      ["614", "supported"],
    ]);
  });

  it("'on a Friday' is a weekday, not the Friday before the draft", () => {
    expect(
      days("Looking back: the talks on a Friday, then the calls.", "2025-05-28"),
    ).toMatchObject([{ verdict: "supported", date: "2025-05-16" }]);
  });

  it("a running total set beside another with its day is not corrected by the wrong day", () => {
    const [c] = figures(
      "Since February 2022, 4,552 Ukrainians have been brought home through exchanges, up from 3,627 in September 2024.",
    );
    expect(c?.verdict).not.toBe("contradicted");
  });

  it("'thurs (390 each)' is a day in notes", () => {
    expect(
      figures("note for ed: 1st wave was thurs (390 each), 2nd one today", "2025-05-24")[0]
        ?.verdict,
    ).not.toBe("contradicted");
  });
});

describe("a timeline's days", () => {
  const timeline =
    "2025 SWAPS AT A GLANCE\nMarch 19 — 175 each\nMay 6 — 205 each\nMarch 19, 2024 — 175 each\nMay 21 — lists checked name by name";
  it("a line's day with a swap's count is that swap's day; a wrong year is put right", () => {
    expect(days(timeline).map((c) => [c.claim, c.verdict])).toEqual([
      ["March 19", "supported"],
      ["May 6", "disputed"],
      ["March 19, 2024", "contradicted"],
    ]);
  });

  it("a year heading a list of swaps is not a count of swaps", () => {
    expect(figures(timeline).map((c) => c.read)).not.toContain("2025");
  });
});

describe("a month with its year", () => {
  it("is put right only when the year is one off the named event's", () => {
    const [wrong] = days("In the exchange of May 2024, each side freed 1,000 prisoners.");
    expect(wrong).toMatchObject({ verdict: "contradicted", right: "May 2025" });
    const [right] = days("In the exchange of May 2025, each side freed 1,000 prisoners.");
    expect(right?.verdict).toBe("supported");
  });

  it("a month a year off the deal is put right where the words name the deal, not a count's start", () => {
    // The year a count starts from ("since the 2022 invasion") does not take the sentence's cue.
    const [wrong] = days(
      "The record swap of the war, the thousand-for-thousand one, was carried out in May 2024, well after the 2022 invasion.",
    );
    expect(wrong).toMatchObject({ verdict: "contradicted", right: "May 2025" });
    const [right] = days("Back in May 2025, the biggest exchange of the war took place.");
    expect(right).toMatchObject({ verdict: "supported", eventId: "deal-1000-for-1000" });
  });

  it("a month that is a running total's as-of day is shown only as borne out by the store's as-of", () => {
    // (It was once not shown at all, as an unsure day of no event; judge/as-of-days.ts now checks
    // it against the tally's own as-of, and it is never shown unverified.)
    expect(
      days(
        "By September 2024, the ombudsman's count of Ukrainians returned from captivity had reached 3,672.",
      ).map((c) => [c.read, c.verdict]),
    ).toEqual([["September 2024", "supported"]]);
  });

  it("a month that names no stored event, or a plain exchange with none of its figures, is never wrong", () => {
    expect(days("The talks in June 2024 went nowhere.").map((c) => c.verdict)).not.toContain(
      "contradicted",
    );
    expect(days("An exchange in May 2024 freed 75 prisoners.").map((c) => c.verdict)).not.toContain(
      "contradicted",
    );
  });
});

describe("days as labels and in apposition", () => {
  it("a timeline's day labels the line after it; a day between commas is the next clause's", () => {
    const timeline = days(
      "Swaps this year:\n- March 19: 175 prisoners of war exchanged each.\n- May 22: the first wave, 390 each side exchanged.",
      "2025-05-26",
    );
    // The wave's ordinal is a claim of its own: "first", held to the count beside it.
    expect(timeline.map((d) => [d.read, d.verdict])).toEqual([
      ["March 19", "supported"],
      ["May 22", "contradicted"],
      ["first wave", "supported"],
    ]);
    const apposed = days(
      "Today, 24 May, the second stage of the exchange agreed in Istanbul was carried out.",
      "2025-05-24",
    );
    expect(apposed.map((d) => [d.read, d.verdict])).toEqual([
      ["24 May", "supported"],
      ["second stage", "supported"],
    ]);
  });

  it("a speaker's day before a colon is not a label: 'Lavrov yesterday: … once the swap ends'", () => {
    expect(
      days("Lavrov yesterday: draft ceasefire paper once swap ends.", "2025-05-24").filter(
        (d) => d.verdict === "contradicted",
      ),
    ).toEqual([]);
  });
});

describe("which event a day is the day of", () => {
  it("a cue that names the wave beats one that only says people came home", () => {
    expect(
      days("The first wave of the May exchange came on May 24.", "2025-05-26").map((d) => [
        d.read,
        d.verdict,
      ]),
    ).toEqual([
      ["first wave", "unverified"],
      ["May 24", "contradicted"],
    ]);
  });

  it("a cue belongs to the day it is said of: in '… over the weekend, completing the exchange on Monday', the end is Monday's", () => {
    const got = days(
      "A further 610 came home over the weekend, completing the exchange on Monday.",
      "2025-05-27",
    );
    expect(got.find((d) => d.read === "Monday")?.verdict).toBe("contradicted");
    expect(got.find((d) => d.read === "over the weekend")?.verdict).not.toBe("contradicted");
  });
});

describe("bare figures and both sides", () => {
  it("a bare figure in a sentence about an exchange is matched, but never put right on what it is guessed to count", () => {
    const right = figures("Kyiv says 390 of its own are home.", "2025-05-23");
    expect(right.map((c) => c.verdict)).toEqual(["supported"]);
    const wrong = figures("Kyiv says 309 of its own are home.", "2025-05-23");
    expect(wrong.map((c) => c.verdict)).toEqual(["unverified"]);
    expect(wrong[0]?.reason).toMatch(/what “309” counts/);
  });

  it("a figure labelled 'Bus 7' or 'No. 5' is not a count", () => {
    expect(
      figures(
        "Bus 7 pulled in as the exchange went on; School No. 5 hosted families.",
        "2025-05-24",
      ),
    ).toEqual([]);
  });

  it("'a combined 175' and 'between the two sides' are both sides together", () => {
    for (const text of [
      "On March 19, the two sides freed a combined 175 prisoners.",
      "On March 19, 2025, 175 prisoners were exchanged between the two sides.",
    ]) {
      const [c] = figures(text, "2025-05-26");
      expect(c, text).toMatchObject({ verdict: "contradicted", side: "total" });
    }
  });
});

describe("notes' short forms", () => {
  it("'ukr civilians' and 'RU POWs' are Ukrainian and Russian; 'crossed' and 'each way' speak of an exchange", () => {
    const [held] = figures("lubinets: over 1,600 ukr civilians detained in russia.", "2025-05-20");
    expect(held).toMatchObject({ measure: "held", counted: "civilians", side: "ukraine" });
    const [crossed] = figures("Meanwhile 780 prisoners each way crossed today.", "2025-05-23");
    expect(crossed).toMatchObject({ measure: "released", verdict: "contradicted" });
  });

  it("'3,672 returned in 75 exchanges by sept 2024' counts the war's exchanges", () => {
    const got = figures("by sept 2024 the ombudsman had 3,672 returned in 75 exchanges.");
    expect(got.map((c) => [c.read, c.measure, c.verdict])).toEqual([
      ["3,672", "returned-since-2022", "supported"],
      ["75", "exchange-count", "contradicted"],
    ]);
  });
});

describe("a wave named by its place among the deal's", () => {
  it("'the second of three waves' is the deal's second wave", () => {
    expect(
      verdicts("Olena's brother was among 390 Ukrainians freed in the second of three waves."),
    ).toContainEqual(["390", "contradicted"]);
    expect(
      verdicts("Olena's brother was among 307 Ukrainians freed in the second of three waves."),
    ).toContainEqual(["307", "supported"]);
  });
});

describe("the deal so far, after its first days", () => {
  it("'697 are home after two days' is the deal so far; 'after two days of talks' is not", () => {
    expect(verdicts("Kyiv says 697 of its people are home after two days.", "2025-05-24")).toEqual([
      ["697", "supported"],
    ]);
    expect(verdicts("Kyiv says 796 of its people are home after two days.", "2025-05-24")).toEqual([
      ["796", "contradicted"],
    ]);
    expect(DAYS_SO_FAR.test("home after two days.")).toBe(true);
    expect(DAYS_SO_FAR.test("after two days of talks")).toBe(false);
    expect(DAYS_SO_FAR.test("two days later, and after two days later")).toBe(false);
  });
});

describe("since the invasion, said of an ordinal", () => {
  it("'… the 64th exchange since the invasion' counts exchanges; the figure before it is the wave's", () => {
    // Our wording: the wave's own figure, then the headquarters' count of swaps.
    expect(
      verdicts(
        "Kyiv said about 390 of its people were home on Friday, in what it called the 64th exchange since the invasion.",
        "2025-05-24",
      ).map(([r, v]) => [r, v]),
    ).toContainEqual(["about 390", "supported"]);
    // A later "since" still starts a running total.
    expect(
      verdicts(
        "It was the 64th exchange since the invasion, and more than 4,750 people have been freed since March 2022.",
        "2025-05-23",
      ),
    ).toContainEqual(["more than 4,750", "disputed"]);
  });
});

describe("a list's item that says what it counts", () => {
  it("'246 POWs, plus 31 wounded Ukrainian and 15 wounded Russian soldiers': the wounded are counted as such", () => {
    const got = verdicts(
      "In the April 19 swap each country handed back 246 POWs, plus 31 wounded Ukrainian and 15 wounded Russian soldiers.",
      "2025-04-25",
    ).filter(([r]) => r !== "April 19");
    expect(got).toEqual([
      ["246", "supported"],
      ["31", "supported"],
      ["15", "supported"],
    ]);
  });
});

describe("a ticker's short days", () => {
  it("'307 SAT | 303 MON': a notes' weekday before a ticker's bar is a day", () => {
    // Our wording, filed on the Monday after the swap: the wrong day is not the figure's slip.
    const got = verdicts("SWAP TALLY: 390 FRI, 307 SAT, 303 MON | TALKS NEXT?", "2025-05-26");
    expect(got).not.toContainEqual(["303", "contradicted"]);
  });
});

describe("a list after a dash", () => {
  it("'N have come home since Friday - 390 on Friday, …': the list's days are not the total's", () => {
    const got = verdicts(
      "Since Friday, a thousand Ukrainians have come home - 390 on Friday, 307 on Saturday and 303 today.",
      "2025-05-25",
    );
    expect(got[0]).toEqual(["a thousand", "supported"]);
    // Each item after the dash is its own day's wave, not the total since Friday.
    expect(got.slice(1)).toEqual([
      ["390", "supported"],
      ["307", "supported"],
      ["303", "supported"],
    ]);
  });
});

describe("a street written small", () => {
  it("'on Market st.' ends its sentence before a capital, so the next one's verb is not its", () => {
    // Our wording: a count at a vigil, then a relative's words about the exchange.
    const got = verdicts(
      "From the vigil: about 40 people at the hall on Market st. Her cousin came home yesterday with the first group.",
      "2025-05-24",
    );
    expect(got).not.toContainEqual(["about 40", "contradicted"]);
  });
});

describe("a floor the source sets", () => {
  it("a source's 'over 500' neither bears out nor rules out a draft's higher floor", () => {
    // Our wording. April's swap: the store has "over 500" in all, and 246 a side without the wounded.
    const got = (text: string) => verdicts(text, "2025-05-02").filter(([r]) => r !== "April 19");
    expect(got("On April 19 the two sides swapped more than 650 people in all.")).toEqual([
      ["more than 650", "unverified"],
    ]);
    const [high] = figures(
      "On April 19 the two sides swapped more than 650 people in all.",
      "2025-05-02",
    ).filter((c) => c.read !== "April 19");
    expect(high?.reason).toMatch(/only “Over 500”.*neither bears out nor rules out/);
    expect(got("On April 19 the two sides swapped more than 510 people in all.")).toEqual([
      ["more than 510", "unverified"],
    ]);
    expect(got("On April 19 the two sides swapped more than 500 people in all.")).toEqual([
      ["more than 500", "supported"],
    ]);
    expect(got("On April 19 the two sides swapped 538 people in all.")).toEqual([
      ["538", "supported"],
    ]);
  });
});

describe("running totals and counts held", () => {
  it("a digit dropped from a large stored figure is a typo of it: 'over 1,600 civilians held' for over 16,000", () => {
    const [c] = figures("Lubinets says over 1,600 Ukrainian civilians are detained in Russia.");
    expect(c).toMatchObject({ verdict: "contradicted", measure: "held" });
    expect(c?.reason).toMatch(/with a digit dropped/);
  });

  it("'a count from September 2024' is dated then; '3,672 returned in 57 exchanges' is a running total", () => {
    const got = figures(
      "The last count from that office, from September 2024, was 3,672 people returned in 57 exchanges.",
      "2025-05-23",
    );
    expect(got.map((c) => [c.read, c.measure, c.verdict])).toEqual([
      ["3,672", "returned-since-2022", "supported"],
      ["57", "exchange-count", "supported"],
    ]);
  });

  it("an undated total is weighed only against the stored totals it matches, and their dispute", () => {
    // Our wording, with no day and no draft date: totals grow, so an older one neither bears out
    // nor rules out this one, and a dispute between two older totals is not this one's.
    const [c] = figures("Kyiv says it has now brought home 4,552 people since 2022.");
    expect(c).toMatchObject({ verdict: "disputed" });
    expect(c?.reason).toMatch(/4,552 vs more than 4,750/);
    expect(c?.reason).not.toMatch(/3,400|3,672/);
    // A mistyped total is still caught.
    expect(figures("Kyiv says it has now brought home 4,525 people since 2022.")[0]?.verdict).toBe(
      "contradicted",
    );
  });

  it("'mid-2024 total: 3,672' is dated by its label, a word between the day and the colon", () => {
    const [c, n] = figures(
      "Running totals for the graphic\nmid-2024 total: 3,672 returned in 57 exchanges",
    );
    expect(c).toMatchObject({ read: "3,672", verdict: "contradicted" });
    // The label heads its line: the count of exchanges after it is mid-2024's too.
    expect(n).toMatchObject({ read: "57", verdict: "contradicted", right: "54" });
  });

  it("'before the May exchange', 'on the eve of the big swap': a total dated by the deal the archive holds", () => {
    // Our wording, in a piece written months later: the deal's days come from the store.
    const before = figures(
      "Kyiv's count of people brought home since 2022 stood at 4,552 just before the May exchange.",
      "2025-10-01",
    );
    expect(before.map((c) => [c.read, c.verdict])).toEqual([["4,552", "disputed"]]);
    const eve = figures(
      "On the eve of the big swap, Kyiv's count of people brought home since 2022 stood at 4,552.",
      "2025-10-01",
    );
    expect(eve.map((c) => [c.read, c.verdict])).toEqual([["4,552", "disputed"]]);
    // The deal's own days are not claims of the draft's.
    expect(
      days(
        "Kyiv's count of people brought home since 2022 stood at 4,552 just before the May exchange.",
        "2025-10-01",
      ),
    ).toEqual([]);
    // Running copy's "before the swap" is that day's wave, not the deal's eve.
    expect(
      figures("Overnight before the swap Russia launched 250 drones.", "2025-05-24").map(
        (c) => c.date,
      ),
    ).not.toContain("2025-05-22");
  });

  it("a floor with the source's digits swapped is a slip of the source's floor: 'more than 4,570'", () => {
    // Our wording, on the day the headquarters gave "more than 4,750".
    const [c] = figures(
      "Kyiv's prisoner-of-war headquarters now counts more than 4,570 citizens freed since March 2022.",
      "2025-05-23",
    );
    expect(c).toMatchObject({ verdict: "contradicted", right: "more than 4,750" });
    expect(c?.reason).toMatch(/two digits swapped/);
    // A lower floor that is no slip of the source's is not put right.
    expect(
      figures(
        "Kyiv's prisoner-of-war headquarters now counts more than 4,000 citizens freed since March 2022.",
        "2025-05-23",
      )[0]?.verdict,
    ).not.toBe("contradicted");
  });

  it("an answer's figure and day are of the wave its question named", () => {
    const text = "When was the final wave?\nOn May 24, when 303 were freed from each side.";
    expect(figures(text).map((c) => [c.read, c.verdict])).toEqual([["303", "supported"]]);
    expect(days(text).map((d) => [d.read, d.verdict])).toEqual([["May 24", "contradicted"]]);
  });
});

describe("figures with no verb, in a text about exchanges", () => {
  it("a timeline line's count of people is an exchange figure, put right where its line gives the day", () => {
    const got = figures(
      "Earlier swaps between the two sides:\n- March 19: 157 POWs from each side.\n- April 19: 246 POWs from each side.",
      "2025-05-26",
    );
    expect(got.map((c) => [c.read, c.verdict])).toEqual([
      ["157", "contradicted"],
      ["246", "supported"],
    ]);
  });

  it("with no day of its own it is matched, never corrected; other fates are not exchange figures", () => {
    const [loose] = figures("The exchange went ahead.\nKey figure: 309 Ukrainians.", "2025-05-23");
    expect(loose?.verdict).toBe("unverified");
    expect(
      figures("Prisoner swap latest. 250 Ukrainian soldiers killed near the line.", "2025-05-23"),
    ).toMatchObject([{ measure: null }]);
  });

  it("a day of a list of days is not a count: 'in two stages, 23 and 24 May'", () => {
    expect(
      figures("The exchange was conducted in two stages, 23 and 24 May.", "2025-05-26").map(
        (c) => c.read,
      ),
    ).toEqual(["two"]);
  });

  it("a range a year off holds the figure: the year is the slip, the figure is the store's", () => {
    const [c] = figures("The exchange of May 23-25, 2024 saw 1,000 prisoners freed by each side.");
    expect(c).toMatchObject({ read: "1,000", verdict: "supported" });
    expect(c?.reason).toMatch(/check the day/);
  });
});

describe("whose figure", () => {
  it("'ukr got 248 back, RU got 230', 'Kyiv had recovered', 'returned from the Kyiv regime', 'counting both directions'", () => {
    const notes = figures("jan 3 2024: ukr got 248 back, RU got 230.");
    expect(notes.map((c) => [c.read, c.side, c.verdict])).toEqual([
      ["248", "ukraine", "contradicted"],
      ["230", "russia", "contradicted"],
    ]);
    expect(figures("On January 3, 2024, Kyiv had recovered 230 of its soldiers.")[0]).toMatchObject(
      { side: "ukraine", verdict: "supported" },
    );
    expect(
      figures("On May 6, 2025, 410 servicemen were returned from the Kyiv regime.")[0],
    ).toMatchObject({ side: "russia", verdict: "contradicted" });
    expect(
      figures("Counting both directions, May 23, 2025 saw 390 people freed.")[0],
    ).toMatchObject({ side: "total", verdict: "contradicted" });
  });
});

describe("the deal a draft is about", () => {
  it("a whole-deal figure with no day is read as the deal the draft's dated figures belong to", () => {
    const got = figures("exchange started fri may 23. ran over four days, 1,000 a side.");
    const four = got.find((c) => c.read === "four");
    expect(four).toMatchObject({ verdict: "contradicted", measure: "duration-days" });
    expect(four?.reason).toMatch(/the deal the rest of the draft is about/);
  });

  it("with no dated figure to say which deal, it stays unverified", () => {
    const got = figures("The exchange ran over four days, 1,000 a side.");
    expect(got.find((c) => c.read === "four")?.verdict).toBe("unverified");
  });
});

describe("days of things said and done around the deal", () => {
  it("Lavrov's word on a ceasefire draft is the store's statement of May 23; another speaker's day is not checked", () => {
    const lavrov = days(
      "Lavrov said on Thursday that Moscow would hand Kyiv a ceasefire draft once the swap ends.",
      "2025-05-24",
    );
    expect(lavrov.map((d) => [d.read, d.verdict, d.right ?? null])).toEqual([
      ["Thursday", "contradicted", "May 23, 2025"],
    ]);
    expect(days("Zelensky said on Thursday that the swap would go ahead.", "2025-05-24")).toEqual(
      [],
    );
  });

  it("the high-level meeting that coordinated the swap was on May 22; an exchange that day is still not in the store", () => {
    expect(
      days("Zelensky said a high-level meeting on May 21 coordinated the swap.", "2025-05-22").map(
        (d) => [d.verdict, d.right ?? null],
      ),
    ).toEqual([["contradicted", "May 22, 2025"]]);
    expect(
      days("An exchange of prisoners took place on May 22.", "2025-05-26").map((d) => d.verdict),
    ).toEqual(["unverified"]);
  });

  it("'had spoken by phone' is the call; 'the Istanbul meeting of May 16, 2024' is the talks, a year off", () => {
    expect(
      days("On May 20, Trump had spoken by phone with Putin.", "2025-05-26").map((d) => d.verdict),
    ).toEqual(["contradicted"]);
    expect(
      days("The Istanbul meeting of May 16, 2024 produced only a prisoner swap.").map(
        (d) => d.verdict,
      ),
    ).toEqual(["contradicted"]);
  });
});

describe("which round of talks", () => {
  it("'the first direct talks' and 'only the second direct meeting' follow one side of the sources' disagreement", () => {
    for (const text of [
      "Istanbul hosted the first direct talks since the invasion.",
      "Istanbul was only the second direct meeting of the delegations.",
    ]) {
      const got = factcheck(k, text, {}).claims.filter((c) => c.measure === "first-direct-talks");
      expect(
        got.map((c) => c.verdict),
        text,
      ).toEqual(["disputed"]);
      expect(got[0]?.citations.length, text).toBeGreaterThanOrEqual(2);
      expect(got[0]?.reading?.counted.value, text).toBe("which round of direct talks");
    }
  });
});

describe("which exchange of the war, or of the year", () => {
  it("'the fourth in this year', 'the third exchange this year' count the year's exchanges", () => {
    for (const text of [
      "Today, May 6, 205 defenders returned home. This is the third exchange this year.",
      "The previous exchange, on May 6, returned 205 service members and was the fourth in this year.",
    ]) {
      const got = figures(text, "2025-05-23").filter((c) => c.measure === "exchanges-this-year");
      expect(
        got.map((c) => c.verdict),
        text,
      ).toEqual(["contradicted"]);
    }
  });

  it("'today's exchange is already the 64th' and 'the war's 46th' name the exchange before the figure", () => {
    const got = figures("Today's exchange is already the 64th.", "2025-05-23");
    expect(got).toMatchObject([{ measure: "exchange-ordinal", verdict: "supported" }]);
  });

  it("'the swap is its 66th', 'counts the swap as the 62nd' and notes' 'exch' name the exchange too", () => {
    for (const text of [
      "Kyiv says Friday's swap is its 66th.",
      "The headquarters counts Friday's exchange as the 62nd.",
      "Today's swap, per HQ: 66th exch of the war.",
    ]) {
      const got = figures(text, "2025-05-23");
      expect(got, text).toMatchObject([
        { measure: "exchange-ordinal", verdict: "contradicted", right: "64th" },
      ]);
    }
  });

  it("'since 2022' after an ordinal counts the war's exchanges; 'this yr' counts the year's", () => {
    expect(
      figures("Ukraine called Friday's exchange the 66th exchange since 2022.", "2025-05-23"),
    ).toMatchObject([{ measure: "exchange-ordinal", verdict: "contradicted" }]);
    const [war, year] = figures("HQ: 64th exch, 7th this yr.", "2025-05-23");
    expect(war).toMatchObject({ measure: "exchange-ordinal" });
    expect(year).toMatchObject({ measure: "exchanges-this-year" });
  });

  it("a dated draft's count of the year's exchanges is not vouched for by an earlier exchange's", () => {
    // The early-May swap was the year's fifth; a note written on the day of a later swap that
    // calls that one the fifth is not supported by it.
    const [c] = figures(
      "Swap under way. Coordination HQ: the fifth exchange this year.",
      "2025-05-23",
    );
    expect(c?.measure).toBe("exchanges-this-year");
    expect(c?.verdict).not.toBe("supported");
    expect(
      figures("Swap done. Coordination HQ: the fifth exchange this year.", "2025-05-07")[0]
        ?.verdict,
    ).toBe("supported");
  });
});

describe("a bare figure paired with another wave's day", () => {
  it("'three hundred and seven on Friday' is wrong whichever was meant, and is not rewritten", () => {
    const got = figures(
      "Three hundred and three prisoners crossed back on each side today. That follows three hundred and seven on Friday, our correspondent says, bringing the number returned to each country to one thousand.",
      "2025-05-25",
    );
    const friday = got.find((c) => c.read === "three hundred and seven");
    expect(friday).toMatchObject({ verdict: "contradicted", correction: null });
    expect(friday?.reason).toMatch(/check the date/);
  });
});

describe("a day with no exchange, beside a figure that names one", () => {
  it("'on Thursday, 22.05, when home came 390' gives the first wave's figure a day off: the day is wrong", () => {
    const got = days(
      "The first exchange took place on 22.05, when home came 390 people.",
      "2025-05-24",
    );
    expect(got.map((d) => [d.read, d.verdict, d.right ?? null])).toEqual([
      ["22.05", "contradicted", "May 23, 2025"],
    ]);
  });

  it("with no figure to name the exchange, the day stays unverified", () => {
    expect(days("An exchange took place on 12.05.", "2025-05-24").map((d) => d.verdict)).toEqual([
      "unverified",
    ]);
  });
});

describe("so far, and since", () => {
  it("'took the number freed by each side to 697' is the deal so far", () => {
    const [c] = figures(
      "Today's second wave took the number freed by each side to 697.",
      "2025-05-24",
    );
    expect(c).toMatchObject({ measure: "released-to-date", verdict: "supported" });
  });

  it("'more than 4,750 have now been freed' may be the war's total, and is never put right by the deal's", () => {
    const got = figures(
      "This is the 64th exchange since the full-scale invasion; more than 4,750 citizens of Ukraine have now been freed.",
      "2025-05-23",
    );
    expect(got.find((c) => c.read === "more than 4,750")?.verdict).not.toBe("contradicted");
  });

  it("'the biggest swap since 2022' dates a superlative, not a running total", () => {
    const got = figures(
      "2,000 Ukrainians were freed over the weekend in the biggest swap since 2022; the last 330 came home on Sunday.",
      "2025-05-26",
    );
    expect(got.find((c) => c.read === "330")?.verdict).toBe("contradicted");
  });
});

describe("the day each figure of a list runs on into", () => {
  it("'390 on 23.05, 307 on 24.05 and 330 on 25.05' gives each figure the day after it", () => {
    const got = figures(
      "From Friday to Sunday 1 000 Ukrainians returned home: 390 on 23.05, 307 on 24.05 and 330 on 25.05.",
      "2025-05-26",
    );
    expect(got.map((c) => [c.read, c.verdict])).toEqual([
      ["1 000", "supported"],
      ["390", "supported"],
      ["307", "supported"],
      ["330", "contradicted"],
    ]);
  });

  it("a day in the possessive is the next figure's: 'yesterday's 390 plus today's 307'", () => {
    const got = figures("That's yesterday's 390 plus today's 307 brought home.", "2025-05-24");
    expect(got.map((c) => [c.read, c.date])).toEqual([
      ["390", "2025-05-23"],
      ["307", "2025-05-24"],
    ]);
  });

  it("'on the Saturday' in a story is the Saturday after the day the story has reached", () => {
    const got = figures(
      "390 prisoners from each side crossed on Friday, May 23, and another 307 each followed on the Saturday.",
      "2025-05-31",
    );
    expect(got.map((c) => [c.read, c.date, c.verdict])).toEqual([
      ["390", "2025-05-23", "supported"],
      ["307", "2025-05-24", "supported"],
    ]);
  });
});

describe("the overnight attack", () => {
  it("drones and missiles beside a wave are the attack of that night's, each counted on its own", () => {
    const got = figures(
      "Zelensky said Russia had fired 250 ballistic missiles and 14 strike drones overnight before the second wave.",
      "2025-05-26",
    );
    expect(got.map((c) => [c.read, c.verdict, c.right ?? null])).toEqual([
      ["250", "contradicted", "14"],
      ["14", "contradicted", "about 250"],
    ]);
    expect(
      figures(
        "Overnight before the second wave Russia launched some 250 drones and 14 ballistic missiles.",
        "2025-05-26",
      ).map((c) => c.verdict),
    ).toEqual(["supported", "supported"]);
  });
});

describe("the wounded", () => {
  it("'among the wounded exchanged were 15 Ukrainians and 31 Russians' counts wounded, by side", () => {
    const got = figures(
      "On April 19, 2025, among the wounded exchanged were 31 Ukrainians and 15 Russians.",
    );
    expect(got.map((c) => [c.read, c.counted, c.side, c.verdict])).toEqual([
      ["31", "wounded", "ukraine", "supported"],
      ["15", "wounded", "russia", "supported"],
    ]);
  });
});

describe("years since the last direct talks", () => {
  it("'the first direct talks in more than three years' is worked out from 'since March 2022', with its quote", () => {
    const got = factcheck(k, "These were the first direct talks in more than three years.", {
      refDate: "2025-05-20",
    }).claims;
    expect(got.map((c) => [c.read, c.verdict])).toEqual([["three", "supported"]]);
    expect(got[0]?.citations[0]?.quote).toMatch(/since March of 2022/);
  });

  it("a count of years the span cannot be is contradicted; the round of talks is not disputed by it", () => {
    const got = factcheck(k, "Istanbul: first direct talks in over 4 yrs.", {
      refDate: "2025-05-20",
    }).claims;
    expect(got.map((c) => [c.read, c.verdict])).toEqual([["4", "contradicted"]]);
  });
});

describe("what the fourth blind set showed (precision)", () => {
  it("a speaker's abandoned figure is not a claim: 'two hundred and seven — sorry, three hundred and seven'", () => {
    const got = figures(
      "GUEST: Today another two hundred and seven — sorry, three hundred and seven — came home each way.",
      "2025-05-24",
    );
    expect(got.map((c) => [c.read, c.verdict])).toEqual([["three hundred and seven", "supported"]]);
  });

  it("'by Sunday night it was done: 1,000 prisoners each way' is the deal so far on Sunday", () => {
    const [c] = figures(
      "The swap began last Friday, and by Sunday night it was done: 1,000 prisoners each way.",
      "2025-05-30",
    );
    expect(c).toMatchObject({ read: "1,000", verdict: "supported" });
  });

  it("'Of the 1,000 Ukrainians returned, …' is the whole being divided, not a later day's figure", () => {
    const got = figures(
      "Of the 1,000 Ukrainians returned, 697 came home in the first two days and the remaining 303 on the Sunday.",
      "2025-06-10",
    );
    expect(got.find((c) => c.read === "1,000")?.verdict).not.toBe("contradicted");
  });

  it("a wave the words name and the draft's own day that disagree are not grounds for a correction", () => {
    const text = "Today, the third day of the exchange, another 307 came home.";
    expect(figures(text, "2025-05-24").map((c) => c.verdict)).toEqual(["unverified"]);
    expect(days(text, "2025-05-24").map((d) => d.verdict)).not.toContain("contradicted");
  });

  it("'697 in three days' of a three-day deal may have the days wrong, not the figure", () => {
    const got = figures("Zelenskyy put the total so far at 697 in three days.", "2025-05-24");
    expect(got.find((c) => c.read === "697")?.verdict).not.toBe("contradicted");
  });

  it("'six days ago today' counts from today; 'today' is not a day of its own", () => {
    expect(
      days("Six days ago today, the swap's second wave brought 307 Ukrainians home.", "2025-05-30")
        .map((d) => d.verdict)
        .filter((v) => v === "contradicted"),
    ).toEqual([]);
  });
});

describe("readings and words", () => {
  it("'the number of Ukrainians returned' is Ukraine's side, so both sides' total does not support it", () => {
    expect(
      verdicts(
        "Another 303 arrive today, bringing the number of Ukrainians returned since Friday to 2,000.",
        "2025-05-25",
      ),
    ).not.toContainEqual(["2,000", "supported"]);
  });

  it("totals of other days are the count growing, not sources disagreeing", () => {
    const text =
      "An analysis counted 54 swaps by mid-2024, and by that September the ombudsman counted 57 exchanges.";
    expect(verdicts(text)).toContainEqual(["57", "supported"]);
    // A figure told under another total's period is not supported by that other total.
    expect(
      verdicts(
        "By the middle of 2024 Kyiv counted 57 exchanges, and 3,672 people freed by that September.",
      ),
    ).not.toContainEqual(["57", "supported"]);
  });

  it("a returnee's age is not a figure", () => {
    expect(
      verdicts("Among the 390 who came home on May 23, 2025 was Petro, 34, a medic from Sumy.").map(
        (v) => v[0],
      ),
    ).toEqual(["390"]);
    expect(
      verdicts("On May 23, 2025 each side freed 390 prisoners; the oldest of them was 61.").map(
        (v) => v[0],
      ),
    ).toEqual(["390"]);
  });

  it("a footnote's mark and a clock time written with a dot are not figures", () => {
    expect(verdicts("On May 23, 2025 each side freed 390 prisoners.[17]")).toEqual([
      ["390", "supported"],
    ]);
    expect(
      verdicts("At 17.30 on May 23, 2025 Moscow said it had received 390 people.").map((v) => v[0]),
    ).toEqual(["390"]);
  });

  it("a wrong year on the day the deal named outright began, or on its span, is put right", () => {
    expect(
      days(
        "Kyiv and Moscow began the biggest prisoner swap of the war on May 23, 2024.",
        "2025-05-27",
      ).map((d) => [d.verdict, d.right]),
    ).toEqual([["contradicted", "May 23, 2025"]]);
    expect(
      days("The 1,000-for-1,000 exchange ran over 23–25 May 2024.", "2025-05-27").map(
        (d) => d.right,
      ),
    ).toEqual(["May 23–25, 2025"]);
    // An exchange not named as the deal is one of many: a year off is not corrected on the day alone.
    expect(
      days("An exchange of prisoners took place on May 23, 2024.", "2025-05-27").map(
        (d) => d.verdict,
      ),
    ).not.toContain("contradicted");
  });

  it("'from May 22 to May 24' written as one range is a span of days, not a count from its first", () => {
    // Our wording: the deal's span in a relative clause, with the whole deal's figure after it.
    const [c] = figures(
      "The swap, which lasted from May 23 to May 25, returned 2,000 Ukrainians to Kyiv.",
      "2025-07-01",
    );
    expect(c).toMatchObject({ read: "2,000", verdict: "contradicted", right: "1,000" });
    expect(
      verdicts(
        "The swap, which lasted from May 23 to May 25, returned 1,000 Ukrainians to Kyiv.",
        "2025-07-01",
      ),
    ).toEqual([["1,000", "supported"]]);
    // "From May 23" alone still starts a count.
    expect(
      verdicts("From May 23, 2025 onwards some 2,000 Ukrainians came home.").map((v) => v[1]),
    ).not.toContain("contradicted");
  });

  it("a span a day off the deal's does not keep the deal's own figures from their support", () => {
    expect(
      verdicts(
        "It ran over the weekend of May 24–26, with 1,000 prisoners freed by each side.",
        "2025-06-02",
      ),
    ).toEqual([["1,000", "supported"]]);
    // A wave's figure is not matched so: the span may hold an exchange the archive lacks.
    expect(
      verdicts("Over June 10–12, 2025, 390 prisoners were freed by each side.", "2025-06-20"),
    ).not.toContainEqual(["390", "supported"]);
  });

  it("translated copy's 'per camp' is each side, and 'compatriots' are people", () => {
    expect(verdicts("The first wave, 390 per camp, was the largest.", "2025-05-26")).toEqual([
      ["390", "supported"],
    ]);
    expect(verdicts("On May 23, 2025, 390 compatriots came home to Ukraine.")).toEqual([
      ["390", "supported"],
    ]);
  });

  it("'exchanged … in total' and 'exchanged together' are both sides', with words or a day between", () => {
    const [onDay] = figures(
      "Kyiv and Moscow exchanged on 24 May in total 307 prisoners.",
      "2025-05-25",
    );
    expect(onDay).toMatchObject({ verdict: "contradicted", side: "total" });
    expect(
      verdicts(
        "Between May 23 and 25 the two countries exchanged together 2 000 persons.",
        "2025-05-26",
      ),
    ).toEqual([["2 000", "supported"]]);
  });

  it("a deal that 'ended between 23 and 26 May' is put right on its last day alone", () => {
    const wrong = days("The swap was completed in stages between 23 and 26 May.", "2025-05-27");
    expect(wrong.map((d) => [d.claim, d.verdict, d.right])).toEqual([
      ["26 May", "contradicted", "May 25, 2025"],
    ]);
    expect(
      days("The swap was completed in stages between 23 and 25 May.", "2025-05-27").map(
        (d) => d.verdict,
      ),
    ).not.toContain("contradicted");
  });

  it("a day with no exchange may be the slip: a figure that fits the deal without it is supported", () => {
    const text =
      "The exchange of one thousand prisoners each, agreed in Istanbul on May 17, is still to come.";
    const [c] = figures(text, "2025-05-20");
    expect(c).toMatchObject({ verdict: "supported", eventId: "deal-1000-for-1000" });
    expect(c?.reading?.event.note).toMatch(/no exchange on/);
    // The day itself is still put right, and a figure the deal does not fit is not supported.
    expect(days(text, "2025-05-20").map((d) => d.verdict)).toEqual(["contradicted"]);
    expect(
      verdicts(
        "The exchange of 1,200 prisoners each, agreed on May 17, is still to come.",
        "2025-05-20",
      ),
    ).not.toContainEqual(["1,200", "supported"]);
  });

  it("a timeline's day that leads its figure is checked with it, unless the sources dispute the day", () => {
    const text =
      "KEY DATES\nMay 23 – first 390 cross each way\nMay 6, 2025: 205 POWs from each side";
    expect(days(text).map((d) => [d.claim, d.verdict])).toEqual([
      ["May 23", "supported"],
      ["May 6, 2025", "disputed"],
    ]);
  });

  it("a day set before a running total as its label is the total's as-of day", () => {
    // The ombudsman's 3,672 is as of September 2024: a wrong year is not set against today's total.
    const [wrongYear] = figures(
      "From the ombudsman, Sept 2023: 3,672 Ukrainians freed since 2022.",
      "2025-05-20",
    );
    expect(wrongYear?.verdict).not.toBe("contradicted");
    const [misdated] = figures(
      "From the ombudsman, Sept 2024: 4,552 Ukrainians freed since 2022.",
      "2025-05-20",
    );
    expect(misdated).toMatchObject({ verdict: "contradicted", right: "3,672" });
  });

  it("notes' 'Thu' is a day of its own, not the day of the figure before it", () => {
    expect(
      verdicts("Recap for the desk: yesterday 307, Fri 390.", "2025-05-25"),
    ).not.toContainEqual(["390", "contradicted"]);
    expect(
      verdicts("Recap for the desk: yesterday 307, Thu 390.", "2025-05-25"),
    ).not.toContainEqual(["390", "contradicted"]);
  });

  it("'Fri+Sat' is a span of two days, and a side-less figure for it may be both sides together", () => {
    const text = "Roughly 1,400 people crossed the line over Fri+Sat.";
    expect(verdicts(text, "2025-05-24")).toEqual([["Roughly 1,400", "supported"]]);
    expect(verdicts("Over the first two days 1,394 people crossed.", "2025-05-24")).toEqual([
      ["1,394", "supported"],
    ]);
    // A side that has its people back is one side: both sides' figure is wrong for it.
    expect(
      verdicts("By Saturday night Kyiv now has 1,394 back, per Zelensky.", "2025-05-24"),
    ).toEqual([["1,394", "contradicted"]]);
  });

  it("a figure led by its own day is that day's, under a heading that says 'so far'", () => {
    const text = "Tally so far: Fri 390 each way, today 307 each way.";
    expect(verdicts(text, "2025-05-24")).toEqual([
      ["390", "supported"],
      ["307", "supported"],
    ]);
  });

  it("a side named after another figure in an aside is that figure's, not the whole's", () => {
    const text =
      "Back on January 3, 2024, nearly 480 POWs were traded - 248 going to Ukraine, 230 to Russia.";
    expect(verdicts(text)).toContainEqual(["nearly 480", "supported"]);
  });

  it("'the final 303' is the last wave's figure, whatever span the sentence speaks of", () => {
    const text = "Spread over four days, the operation ended this evening with the final 303.";
    expect(verdicts(text, "2025-05-25")).not.toContainEqual(["303", "contradicted"]);
    expect(verdicts(text, "2025-05-25")).toContainEqual(["303", "supported"]);
    // A wrong figure for the last wave is still put right by the last wave's.
    const [wrong] = figures(
      "The last 330 prisoners from each side were freed on Sunday.",
      "2025-05-26",
    );
    expect(wrong).toMatchObject({ verdict: "contradicted", right: "303" });
  });

  it("'the final 303 … on Saturday' names one wave and the day another: neither is corrected", () => {
    const [c] = figures(
      "The final 303 prisoners from each side crossed on Saturday.",
      "2025-05-26",
    );
    expect(c?.verdict).toBe("unverified");
    expect(c?.reason).toMatch(/which wave/);
  });

  it("a part pointing back to an unknown side's whole is not put right by one side's part", () => {
    // The 120 civilians are Russia's intake; "of those" points back to the people Kyiv got home.
    const text =
      "Zelensky posted on 23 May that 697 people had been brought home over two days.[12] Of those, about 60 were civilians, his ombudsman said.";
    expect(verdicts(text, "2025-05-25")).toContainEqual(["about 60", "unverified"]);
    // The same split given in full is still set against the stored split.
    expect(
      verdicts(
        "Moscow's ministry said it got back 270 soldiers and 210 civilians on May 23, 2025.",
      ),
    ).toContainEqual(["210", "contradicted"]);
  });

  it("an exchange counted inside a deal is not the war's count", () => {
    expect(figures("It was the first exchange under this agreement.", "2025-05-23")).toEqual([]);
  });

  it("a year-shaped count of people is a count", () => {
    expect(figures("Ukraine freed 2000 hostages.", "2025-05-26")).toHaveLength(1);
  });

  it("every verdict shows its reading, with the words each part came from", () => {
    const [c] = figures("On May 24, 2025 each side released 370 prisoners.");
    expect(c?.reading).toMatchObject({
      side: { value: "each side", from: "each side" },
      counted: { value: "prisoners", from: "prisoners" },
      event: { from: "May 24, 2025" },
      scope: { value: "one exchange" },
    });
  });
});

// The eighth blind set's four false corrections, one class: a figure given the day of another
// clause or of a heading (our wording throughout).
describe("a day from another clause or a heading", () => {
  it("'on top of the 390 who crossed yesterday' keeps its day to itself", () => {
    const text =
      "Day two: another 307 prisoners were freed by each side, on top of the 390 who crossed yesterday.";
    expect(verdicts(text, "2025-05-24")).not.toContainEqual(["307", "contradicted"]);
  });

  it("'yesterday's seven hundred and eighty' owns its day, spoken as much as in digits", () => {
    const text =
      "Add yesterday's seven hundred and eighty and you get one thousand three hundred and ninety-four people who have swapped sides.";
    expect(verdicts(text, "2025-05-24")).not.toContainEqual([
      "one thousand three hundred and ninety-four",
      "contradicted",
    ]);
  });

  it("'307 a side the next' is the wave after the item before it", () => {
    const text =
      "Recap: 390 were swapped on the first day, 307 a side the next and 303 a side on the third.";
    expect(verdicts(text)).not.toContainEqual(["307", "contradicted"]);
    const wrong =
      "Recap: 390 were swapped on the first day, 370 a side the next and 303 a side on the third.";
    expect(figures(wrong).find((c) => c.read === "370")).toMatchObject({
      verdict: "contradicted",
      right: "307",
    });
  });

  it("a heading's 'for tmrw:' is the day the notes are for, not the figures'", () => {
    const text = "notes for tmrw: the early-May swap = 205 ea (BM).";
    expect(verdicts(text, "2025-05-22")).not.toContainEqual(["205", "contradicted"]);
  });
});

// The tenth blind set's remaining false corrections (our wording throughout).
describe("a tally 'before that exchange' beside the exchange's own figure", () => {
  it("'the swap of May 23–25, in which 1,000 went home to each side' is the swap's own figure", () => {
    const text =
      "The council praised the swap of May 23–25, 2025, in which 1,000 captives went home to each side, and recalled that Kyiv had counted 4,552 of its people freed before that swap.";
    expect(verdicts(text)).not.toContainEqual(["1,000", "contradicted"]);
    const wrong = text.replace("4,552", "4,525");
    expect(figures(wrong).find((c) => c.read === "4,525")).toMatchObject({
      verdict: "contradicted",
      right: "4,552",
    });
  });
});

describe("'the first of N' counts what follows it", () => {
  it("'the first of 14 coaches' is not a count of the deal's waves", () => {
    const text =
      "At dawn the first of 14 coaches rolled over the border: 390 Ukrainians were home on May 23, 2025, the first of three waves.";
    expect(verdicts(text)).not.toContainEqual(["14", "contradicted"]);
    const counted = "Sunday's wave was the second of two in the 1,000-for-1,000 deal.";
    expect(verdicts(counted, "2025-05-26")).toContainEqual(["two", "contradicted"]);
  });
});

describe("a figure the copy denies", () => {
  it("'the 49th, not the 94th' and '307 rather than 370' check only the figure given", () => {
    const text =
      "Last January's swap was the 49th, not the 94th, and the second wave freed 307 a side rather than 370.";
    expect(verdicts(text, "2025-07-01").map(([read]) => read)).not.toContain("94th");
    expect(verdicts(text, "2025-07-01").map(([read]) => read)).not.toContain("370");
    // "Not more than 400" is a claim of its own, not a denial.
    expect(verdicts("Not more than 400 were freed on May 23, 2025.").length).toBe(1);
  });
});

describe("a correction notice listing what the withdrawn version said", () => {
  it("'It also said …' after 'An earlier version said …' is still the withdrawn version's", () => {
    const text =
      "An earlier version of this story said 370 people per side came home on 24 May 2025. The right figure is 307 a side. It also called the swap the 46th since 2022.";
    const read = verdicts(text).map(([r]) => r);
    expect(read).not.toContain("46th");
    expect(read).toContain("307");
    // Without the notice, "It also called it the 46th" is the copy's own claim.
    expect(
      verdicts(
        "Kyiv said 390 came home on May 23, 2025. It also called the swap the 46th since 2022.",
      ),
    ).toContainEqual(["46th", "contradicted"]);
  });
});

describe("a running total told 'as of' a day", () => {
  it("'more than 4,750 had been freed as of 23 May 2025' is the war's tally, not the wave's", () => {
    const text =
      "According to the Coordination Headquarters, more than 4,750 citizens had been freed as of 23 May 2025.";
    expect(figures(text).find((c) => c.read === "more than 4,750")).toMatchObject({
      measure: "returned-since-2022",
    });
    expect(verdicts(text)).not.toContainEqual(["more than 4,750", "contradicted"]);
  });
});

describe("a figure in brackets keeps its own side", () => {
  it("'246 by each side (with 31 wounded Ukrainians …)' does not make the 31 each side's", () => {
    const text =
      "On 19 April 2025, 246 prisoners of war were released by each side (with 31 wounded Ukrainians and 15 wounded Russians also handed over).";
    expect(verdicts(text)).toEqual([
      ["246", "supported"],
      ["31", "supported"],
      ["15", "supported"],
    ]);
  });
});

describe("corrections notices: the copy's own days and what it takes back", () => {
  it("'a story on May 26' and 'our May 24 report' date the copy, not an exchange", () => {
    const notice =
      "Correction: a story on May 26 misstated the second wave. Our May 24 report also gave the first wave as 390 in total; in fact each side freed 390 on May 23, 2025.";
    expect(factcheck(k, notice).claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
    // The notice's own claim is still checked: "each side freed 390 on May 24" is a day off.
    const wrong =
      "Correction: our May 26 story misstated the first wave. Each side freed 390 on May 24, 2025.";
    expect(verdicts(wrong)).toContainEqual(["390", "contradicted"]);
  });

  it("'It previously said May 15' and 'this piece originally put the total at 4,525' are taken back", () => {
    const notice =
      "We have amended this article. It previously said the Istanbul talks were held on May 15; they took place on May 16, 2025. This piece originally put the total freed since 2022 at 4,525.";
    expect(factcheck(k, notice).claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
    expect(days(notice).map((d) => d.claim)).not.toContain("May 15");
    // Not the copy's own words: "Kyiv originally put the total at 4,525" is a claim about Kyiv.
    expect(
      verdicts("Kyiv put the total freed since 2022 at 4,525 before the May 2025 exchange."),
    ).toContainEqual(["4,525", "contradicted"]);
  });
});

describe("a figure of an earlier exchange, and a side set off by a dash", () => {
  it("'beat the previous record of 246 per side' is not put right against the deal", () => {
    const text =
      "The 1,000-for-1,000 swap beat the previous record of 246 per side several times over.";
    expect(verdicts(text)).not.toContainEqual(["246", "contradicted"]);
    // Without the mark it is read as the deal's own figure, and put right.
    expect(verdicts("The 1,000-for-1,000 swap freed 246 per side.")).toContainEqual([
      "246",
      "contradicted",
    ]);
  });

  it("'246 to each side — plus 31 wounded Ukrainians' keeps the 31 Ukraine's", () => {
    const text =
      "On April 19, 2025, 246 prisoners of war were returned to each side — plus 31 wounded Ukrainians and 15 wounded Russians.";
    expect(verdicts(text)).toEqual([
      ["246", "supported"],
      ["31", "supported"],
      ["15", "supported"],
    ]);
  });
});

describe("a bare figure that is, exactly, a running total the store keeps", () => {
  it("'4552 pre-swap, 4750+ (HQ 23/5)' in notes is not put right as the first wave", () => {
    const notes = "notes: 390/307/303 = 1000 ea. totals 4552 pre-swap (BM), 4750+ (HQ 23/5).";
    const c = figures(notes).find((x) => x.read === "4750+");
    expect(c?.verdict).not.toBe("contradicted");
    expect(c?.reason).toMatch(/exactly, the store's more than 4,750 for the running totals/);
    // A bare figure that is no stored total is still put right where its reading is sure.
    expect(
      verdicts("Friday's first wave: 309 each, according to Kyiv, on May 23, 2025."),
    ).toContainEqual(["309", "contradicted"]);
  });
});

describe("a side named with an adverb between", () => {
  it("'Kyiv also received 31 seriously wounded soldiers' is Ukraine's", () => {
    const text =
      "On 19 April 2025 each side released 246 POWs; Kyiv also received 31 seriously wounded soldiers.";
    expect(figures(text).find((c) => c.read === "31")).toMatchObject({
      side: "ukraine",
      verdict: "supported",
    });
    const wrong = text.replace("31", "13");
    expect(figures(wrong).find((c) => c.read === "13")).toMatchObject({
      verdict: "contradicted",
      right: "31",
    });
  });
});

describe("a corrections notice: what the copy said is taken back, what is right is checked", () => {
  it("'Our report on Saturday's swap said 370 crossed each way' is withdrawn; the fix is checked", () => {
    const notice =
      "Correction: Our report on Saturday's swap said 370 prisoners crossed each way that day. The right figure for May 24, 2025 is 307 a side. The report also said the exchange lasted four days; it lasted three. A graphic on the Istanbul talks gave their date as 15 May.";
    const all = factcheck(k, notice).claims;
    expect(all.filter((c) => c.verdict === "contradicted")).toEqual([]);
    expect(all.map((c) => c.read)).not.toContain("370");
    expect(all.find((c) => c.read === "307")?.verdict).toBe("supported");
    // The notice's own figure is still put right when it is wrong.
    const wrongFix = notice.replace("307 a side", "317 a side");
    expect(verdicts(wrongFix)).toContainEqual(["317", "contradicted"]);
    // "…: Kyiv said 390 …" past a colon is a speaker's, not the withdrawn copy's.
    const speaker =
      "Correction to our noon bulletin: Kyiv said 309 Ukrainian prisoners came home on May 23, 2025.";
    expect(verdicts(speaker)).toContainEqual(["309", "contradicted"]);
  });
});

describe("more of a notice's words, and a whole a part is among", () => {
  it("'We have corrected a feature that said …' and 'This morning's preview said …' are withdrawn", () => {
    const notice =
      "We have corrected a feature that said the swap would run over four days. This morning's preview also called it the 46th exchange since the invasion.";
    expect(
      factcheck(k, notice, { refDate: "2025-05-23" }).claims.filter(
        (c) => c.verdict === "contradicted",
      ),
    ).toEqual([]);
  });

  it("'120 civilians were among the 390 it received' counts everyone in the 390", () => {
    const text = "Moscow said 120 civilians were among the 390 it received on May 23, 2025.";
    expect(verdicts(text)).not.toContainEqual(["390", "contradicted"]);
  });
});

describe("a notice's withdrawn words, whichever reading finds them", () => {
  it("'For the record: Friday's edition said … over two days' and 'a profile said … set up in March 2023'", () => {
    const notice =
      "For the record: Friday's edition said the prisoner exchange would be completed over two days. A profile last week said the Coordination Headquarters was set up in March 2023; it was created in March 2022.";
    const all = factcheck(k, notice, { refDate: "2025-05-25" }).claims;
    expect(all.filter((c) => c.verdict === "contradicted")).toEqual([]);
    expect(all.map((c) => c.claim)).not.toContain("March 2023");
    // Not in a notice, the same founding date is put right.
    expect(
      factcheck(k, "The Coordination Headquarters was set up in March 2023.").claims.map((c) => [
        c.claim,
        c.verdict,
      ]),
    ).toContainEqual(["March 2023", "contradicted"]);
  });
});

describe("a withdrawn version's day", () => {
  it("does not carry to the next sentence", () => {
    const notice =
      "An earlier version of this piece said Russia and Ukraine exchanged 175 prisoners a side on April 19 and 246 a side on March 19. The figures were swapped: March's swap was 175 each, April's 246 each.";
    expect(factcheck(k, notice).claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
  });
});

describe("a day told after the next figure in a sequence", () => {
  it("'390 a side, followed by 307 the next day and a final 303 on May 25' leaves May 25 to the 303", () => {
    const text =
      "The photograph was taken in Chernihiv on May 24, 2025. It was 390 a side, followed by 307 the next day and a final 303 on May 25.";
    expect(verdicts(text)).not.toContainEqual(["390", "contradicted"]);
    expect(figures(text).find((c) => c.read === "390")?.date).not.toBe("2025-05-25");
    // Told as a parallel list, a trailing day still dates both: "248 back, Moscow 230, in January 2024".
    expect(verdicts("Kyiv got 230 back, Moscow 284, in the January 2024 swap.")).toContainEqual([
      "284",
      "contradicted",
    ]);
  });
});

describe("a day from before a semicolon", () => {
  it("is only carried into a clause with a subject of its own, and never corrects by itself", () => {
    const text =
      "That figure came from Moscow's ministry, which said the 390 arrivals it reported on May 24 were 207 servicemen and 120 civilians; Kyiv gave no such breakdown for the 390 Ukrainians it got back.";
    expect(verdicts(text)).not.toContainEqual(["390", "contradicted"]);
    // Within its own clause the day still decides: "Kyiv got 390 back on May 24" is a day off.
    expect(verdicts("Kyiv got 390 Ukrainians back on May 24, 2025.")).toContainEqual([
      "390",
      "contradicted",
    ]);
  });
});

describe("a footnote's mark ends its sentence", () => {
  it("'… 1,000 persons.[1] Earlier, on 19 March, …' does not give the 1,000 the next sentence's day", () => {
    const text =
      "The largest exchange was carried out from 23 to 25 May 2025, when each side released 1,000 persons.[1] Earlier, on 19 March, 175 persons were released on each side.";
    expect(verdicts(text)).not.toContainEqual(["1,000", "contradicted"]);
    // "Of those, …" after it still reads the part against the sentence before.
    const parts =
      "Each side freed 390 on May 23, 2025.[2] Of those Russia received, 120 were civilians.";
    expect(verdicts(parts).map(([read]) => read)).toContain("120");
  });
});

describe("a figure in brackets after an ordinal whose noun is left out", () => {
  it("'from the first wave (390 a side) to the last (330 a side)' does not put 330 right as the first wave's", () => {
    const text =
      "From the first wave (390 a side) to the last (330 a side), the numbers fell each day.";
    const c = figures(text).find((x) => x.read === "330");
    expect(c?.verdict).toBe("unverified");
    expect(c?.reason).toMatch(/which exchange: the one “the last” names/);
    // Named in full, the last wave's figure is checked: "the last wave (330 a side)" is put right.
    expect(verdicts("The last wave (330 a side) came on May 25, 2025.")).toContainEqual([
      "330",
      "contradicted",
    ]);
  });
});

describe("an open-ended figure with no exchange named", () => {
  it("'more than 700' is not vouched for by another exchange's 780", () => {
    const [c] = figures("All told, more than 700 prisoners were swapped.");
    expect(c?.verdict).toBe("unverified");
  });

  it("the store's own floor in the same words still bears it out", () => {
    const [c] = figures("Over 500 prisoners changed hands, officials said.");
    expect(c?.verdict).toBe("supported");
  });
});

describe("a count of days beside the deal so far", () => {
  const all = (text: string, refDate: string) =>
    factcheck(k, text, { refDate }).claims.map((c) => [c.read, c.verdict, c.right ?? null]);

  it("a second-day draft's 'in three days' beside the two-day total is the slip", () => {
    const got = all("The president said 697 people have come home in three days.", "2025-05-24");
    expect(got).toContainEqual(["697", "supported", null]);
    expect(got).toContainEqual(["three", "contradicted", "two"]);
  });

  it("on the deal's last day the same words leave the days alone", () => {
    const got = all("The president said 697 people have come home in three days.", "2025-05-25");
    expect(got.find((g) => g[0] === "three")?.[1]).not.toBe("contradicted");
  });
});

describe("a count of days beside the deal so far, on a day of its own", () => {
  it("'On May 24 he said 697 were home in three days' puts the days right, whatever the draft's date", () => {
    const got = factcheck(
      k,
      "On May 24 the president said 697 people had come home in three days of the swap.",
      { refDate: "2025-05-27" },
    ).claims.map((c) => [c.read, c.verdict, c.right ?? null]);
    expect(got).toContainEqual(["three", "contradicted", "two"]);
  });
});

describe("a row headed 'Total' under a deal's waves", () => {
  const box = (total: string) =>
    [
      "The weekend in brief",
      "Fri: 390 freed by each side",
      "Sat: another 307 each way",
      "Sun: the final 303 on each side",
      total,
    ].join("\n");

  it("is the whole deal, so a doubled figure per side is put right", () => {
    const got = figures(box("Total: 2,000 per side"), "2025-05-26");
    expect(got.find((c) => c.read === "2,000")).toMatchObject({
      verdict: "contradicted",
      right: "1,000",
    });
  });

  it("the right whole stays supported", () => {
    const got = figures(box("Total: 1,000 per side"), "2025-05-26");
    expect(got.find((c) => c.read === "1,000")?.verdict).toBe("supported");
  });
});

describe("a line's label before its colon says whose figure it is", () => {
  it("'Handed over by each side: 2,000' is each side's, so the deal's 2,000 in all does not bear it out", () => {
    const [c] = figures("Handed over by each side: 2,000", "2025-05-26");
    expect(c?.side).toBe("each");
    expect(c?.verdict).not.toBe("supported");
  });
});
