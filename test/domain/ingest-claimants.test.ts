// Who a later article says a figure comes from: read from the words around it, with the
// vocabulary as data and speakers it does not know named as the text names them.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/domain/check/index.ts";
import { pageSource, speakersOf } from "../../src/domain/ingest-claimants.ts";

function speakerOfFigure(text: string, figure: string): string | null {
  const sentences = splitSentences(text);
  const at = text.indexOf(figure);
  const s = sentences.find((x) => x.start <= at && at < x.end);
  if (!s) throw new Error("no sentence");
  return speakersOf(text, sentences)(s.start, at - s.start)?.name ?? null;
}

describe("speakers of figures in later articles", () => {
  it("reads two speakers named together as one claimant, and 'both sides said'", () => {
    expect(
      speakerOfFigure(
        "Twelve teenagers came home on Monday, the head of the office, Olena Marchuk, and the Safe Home initiative said.",
        "Twelve",
      ),
    ).toBe("Olena Marchuk and the Safe Home initiative");
    expect(
      speakerOfFigure("The sides swapped 40 wounded men each on Sunday, both sides said.", "40"),
    ).toBe("Officials of both sides");
    expect(speakerOfFigure("About 60 men were swapped, Kyiv and Moscow said.", "60")).toBe(
      "Officials of both sides",
    );
  });

  it("names a governor by the region the text names, an office by its title, and 'the Commissioner's office' after it", () => {
    expect(
      speakerOfFigure(
        "Eight residents of the Belgorod region came home, the governor of the region said.",
        "Eight",
      ),
    ).toBe("the governor of the Belgorod region");
    const text =
      "The handover took place on Monday, the office of the Russian Commissioner for Human Rights reported.\n\nAccording to the Commissioner's office, 90 residents have come back.";
    expect(speakerOfFigure(text, "90")).toBe("office of the Russian Commissioner for Human Rights");
  });

  it("names a body within another by its own name", () => {
    expect(
      speakerOfFigure(
        "According to the city council's Open Doors project, 140 families were housed.",
        "140",
      ),
    ).toBe("Open Doors project");
  });

  it("carries a speaker through a quotation opened with straight marks, and names 'Minister X' in full", () => {
    const text =
      'The host, Foreign Minister Lena Brandt, opened the session. Minister Brandt stated: "We have done good work. Nine hundred people will go home because of it."';
    expect(speakerOfFigure(text, "Nine hundred")).toBe("Lena Brandt");
  });

  it("reads the ombudsman's title in full, and 'the Office of the Commissioner' as its release's own", () => {
    const text =
      "The Commissioner wrote that 30 men are home. The Office of the Commissioner recalls that 12 civilians came back in May.";
    const sentences = splitSentences(text);
    const own = {
      outlet: "Ukrainian Parliament Commissioner for Human Rights",
      speaker: {
        claimantId: "ua-ombudsman",
        name: "Ukraine's human rights ombudsman",
        party: "ukraine" as const,
      },
    };
    const s = sentences[1] as { start: number };
    expect(
      speakersOf(text, sentences, own)(s.start, text.indexOf("12") - s.start)?.claimantId,
    ).toBe("ua-ombudsman");
  });

  it("names a person the vocabulary does not know, without the title", () => {
    expect(speakerOfFigure("Foreign Minister Andrii Sybiha said 300 would come home.", "300")).toBe(
      "Andrii Sybiha",
    );
  });

  it("takes 'the Russian ministry' for the ministry of that side named before", () => {
    const text =
      "Moscow's Defence Ministry said 80 bodies were moved. The second transfer brought 75, according to the Russian ministry.";
    expect(speakerOfFigure(text, "75")).toBe(speakerOfFigure(text, "80"));
    expect(speakerOfFigure(text, "75")).toMatch(/defence ministry/i);
  });

  it("reads a side's media and both sides' officials as speakers", () => {
    expect(speakerOfFigure("Russian state media reported that 14 bodies went back.", "14")).toBe(
      "Russian media",
    );
    expect(
      speakerOfFigure(
        "About 300 men were swapped on Monday, Russian and Ukrainian officials said.",
        "300",
      ),
    ).toBe("Officials of both sides");
  });

  it("does not take a saying inside a relative clause, nor one past a semicolon, for the figure's", () => {
    expect(
      speakerOfFigure(
        "Kyiv took back 600 bodies it said were of its soldiers, the Coordination Headquarters said.",
        "600",
      ),
    ).toMatch(/Coordination Headquarters/);
    expect(
      speakerOfFigure(
        "The Coordination Headquarters said it expects 500 more bodies soon; Moscow says no date is set.",
        "500",
      ),
    ).toMatch(/Coordination Headquarters/);
  });

  it("names the speaker past an aside, inside the quotation it opened, and a thing's organisers", () => {
    expect(
      speakerOfFigure(
        "Foreign Minister Andrii Sybiha, who led Kyiv's team, told reporters that 400 would be freed.",
        "400",
      ),
    ).toBe("Andrii Sybiha");
    const quoted =
      "Foreign Minister Andrii Sybiha spoke to reporters: “We have a deal. Some 400 people will come home.”";
    expect(speakerOfFigure(quoted, "400")).toBe("Andrii Sybiha");
    expect(
      speakerOfFigure(
        "The Sunday march in Lviv will go on, its organisers said: 250 local men are still held.",
        "250",
      ),
    ).toBe("march organisers");
  });

  it("gives a side's count to the speaker of that side who cites it, and a list to its giver", () => {
    const text =
      "Ombudsman Dmytro Lubinets met the press. He repeated that, by Ukraine's count, more than 9,000 civilians are held.";
    expect(speakerOfFigure(text, "9,000")).toMatch(/ombudsman|Lubinets/i);
    const list =
      "Envoy Irina Sokolova met him on Monday. Sokolova, according to state agencies, passed him a list of 45 residents whom Moscow says are held.";
    expect(speakerOfFigure(list, "45")).toBe("Irina Sokolova");
  });

  it("gives 'X, according to Y, received N' to Y, who tells it, unless it is a list X gave", () => {
    const text =
      "Kyiv got 900 bodies back on Friday. Moscow, according to the Coordination Headquarters, received 31 bodies of its own.";
    expect(speakerOfFigure(text, "31")).toMatch(/Coordination Headquarters/);
  });

  it("reads a country's own count ('By Russia's count') as that country's officials", () => {
    expect(
      speakerOfFigure(
        "By Russia's count, more than 400 of its soldiers have come back this year.",
        "400",
      ),
    ).toBe("Russian officials");
  });

  it("names a ministry given with its country as the text names it, on that country's side", () => {
    const sentences = (t: string) => splitSentences(t);
    const text =
      "On Monday 300 bodies came back, according to Russia's Ministry of Emergency Situations.";
    const at = text.indexOf("300");
    expect(speakersOf(text, sentences(text))(0, at)).toMatchObject({
      name: "Russia's Ministry of Emergency Situations",
      party: "russia",
    });
  });

  it("reads 'the Russian side' in a Russian body's own statement as that body", () => {
    const text = "The Russian side recalls that 900 bodies were prepared for transfer.";
    const sentences = splitSentences(text);
    const speaker = {
      claimantId: "ru-mod",
      name: "Russia's Defence Ministry",
      party: "russia" as const,
    };
    const ours = speakersOf(text, sentences, { outlet: "Ministry of Defence of Russia", speaker });
    expect(ours(0, text.indexOf("900"))?.name).toBe("Russia's Defence Ministry");
    // In a paper's copy, the side's officials.
    expect(speakerOfFigure(text, "900")).toBe("Russian officials");
  });

  it("names a 'High Commissioner for Human Rights' by name", () => {
    const text =
      "Belarusian High Commissioner for Human Rights Ana Popescu said that eight residents were returned home.";
    expect(speakerOfFigure(text, "eight")).toBe("Ana Popescu");
  });

  it("reads 'the HQ' as the headquarters named before", () => {
    const text =
      "Ukraine received 700 bodies on Monday, the Coordination HQ says. According to the HQ, 22 bodies went to the other side.";
    expect(speakerOfFigure(text, "22")).toMatch(/Coordination Headquarters/);
  });

  it("names the regional police by the region its sentence names", () => {
    const text =
      "Of the 800 bodies, 25 were those of soldiers from Volyn region, the regional police said.";
    expect(speakerOfFigure(text, "25")).toBe("Volyn regional police");
  });

  it("reads Ukraine's presidential office as a speaker of its own", () => {
    const text = "Six teenagers returned to Ukraine on Monday, Ukraine’s presidential office said.";
    expect(speakerOfFigure(text, "Six")).toBe("Ukraine's presidential office");
  });

  it("names a foreign ministry with no country by the mediator its sentence opens with", () => {
    const text =
      "Qatar has brokered the return of 40 children to their families, the Ministry of Foreign Affairs said. The ministry said 120 children have been reunited through its mediation.";
    expect(speakerOfFigure(text, "40")).toBe("Qatar Ministry of Foreign Affairs");
    expect(speakerOfFigure(text, "120")).toBe("Qatar Ministry of Foreign Affairs");
    // Not a side's ministry: "Russia has …, the Foreign Ministry said" stays unnamed here.
    expect(
      speakerOfFigure("Russia has freed 40 soldiers, the Foreign Ministry said.", "40"),
    ).not.toBe("Russia Ministry of Foreign Affairs");
  });

  it("names a third country's minister after the sentence, and not as one side's", () => {
    const text =
      "Russia and Ukraine swapped 150 prisoners each on Friday, Hungarian Foreign Minister Anna Kovacs announced.";
    const sentences = splitSentences(text);
    const who = speakersOf(text, sentences)(0, text.indexOf("150"));
    expect(who).toMatchObject({ name: "Anna Kovacs", party: "independent" });
  });

  it("keeps a passive aside ('announced by Moscow for 9 May') to its own words", () => {
    const text =
      "The sixth stage, announced by Moscow for 9 May, was put off and went ahead on 12 May, with 95 a side.";
    expect(speakerOfFigure(text, "95")).toBeNull();
  });

  it("reads the speaker past a setting with no comma after it", () => {
    expect(
      speakerOfFigure("During the same talks Russia said it would free 300 more.", "300"),
    ).toBe("Russian officials");
    expect(
      speakerOfFigure("At that meeting Ukraine said it expects 400 to come home.", "400"),
    ).toBe("Ukrainian officials");
  });

  it("reads 'by the headquarters' count' as the headquarters named before", () => {
    const text =
      "Ninety soldiers came home, the Coordination Headquarters for the Treatment of Prisoners of War said.\n\nBy the headquarters' count, 4,100 have been freed since 2022.";
    expect(speakerOfFigure(text, "4,100")).toMatch(/Coordination Headquarters/);
  });

  it("names 'The regional administration' by the region its sentence names, not by 'The'", () => {
    expect(
      speakerOfFigure(
        "The regional administration says 120 people from Poltava region are still missing.",
        "120",
      ),
    ).toBe("Poltava regional military administration");
  });

  it("names a region's military administration with its region", () => {
    expect(
      speakerOfFigure(
        "According to the regional military administration, 57 residents of Sumy region are held.",
        "57",
      ),
    ).toBe("Sumy regional military administration");
  });

  it("carries 'it said' and 'the administration said' to the speaker named before", () => {
    const text =
      "Nine of those freed came from Poltava, the regional military administration said. Since 2022, 212 have returned, it said.\n\nLater, 4 more were listed, the administration said.";
    expect(speakerOfFigure(text, "212")).toBe("Poltava regional military administration");
    expect(speakerOfFigure(text, "4 more")).toBe("Poltava regional military administration");
  });

  it("reads a side's negotiators, and a country as its government", () => {
    expect(
      speakerOfFigure("The talks ended, with Russian negotiators saying 700 would go free.", "700"),
    ).toBe("Russian negotiators");
    expect(speakerOfFigure("Ukraine says 8,000 civilians are held.", "8,000")).toBe(
      "Ukrainian officials",
    );
  });

  it("never reads a speaker inside a quotation", () => {
    expect(
      speakerOfFigure(
        "Russia's Defence Ministry spoke first. “We returned 75 from the territory controlled by the Kyiv regime,” it said.",
        "75",
      ),
    ).toBe("Russia's Defence Ministry");
  });

  it("keeps a count to its parenthesis and a pledge to what follows it", () => {
    const text =
      "Round four: 300 prisoners a side (about 600 people, by Kyiv's count), plus a Russian pledge of 2,000 bodies.";
    expect(speakerOfFigure(text, "300")).toBeNull();
    expect(speakerOfFigure(text, "600")).toBe("Ukrainian officials");
    expect(speakerOfFigure(text, "2,000")).toBe("Russian officials");
  });

  it("leaves 'which, according to …' to what it qualifies", () => {
    expect(
      speakerOfFigure(
        "Kyiv received 500 bodies which, according to the Russian side, are Ukrainian soldiers, the Headquarters said.",
        "500",
      ),
    ).toBe("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War");
  });

  it("names the person a post names after a comma, or after a longer title", () => {
    expect(
      speakerOfFigure(
        "Both teams agreed to free 700 each, according to Moldova's foreign minister, Ana Petrescu.",
        "700",
      ),
    ).toBe("Ana Petrescu");
    expect(
      speakerOfFigure(
        "“We counted 90 at the crossing,” said the head of the monitoring mission, Ms. Anna Berg.",
        "90",
      ),
    ).toBe("Anna Berg");
    expect(speakerOfFigure("Poland's chief negotiator Jan Nowak said 50 would follow.", "50")).toBe(
      "Jan Nowak",
    );
    expect(
      speakerOfFigure("A Polish senator, Ewa Lis, said Warsaw had taken back 15 of them.", "15"),
    ).toBe("Ewa Lis");
    expect(
      speakerOfFigure(
        "Totals differ; the Lviv regional military administration put it at 310.",
        "310",
      ),
    ).toBe("Lviv regional military administration");
    expect(
      speakerOfFigure(
        "Presidential aide Igor Danilov, leading the team again, said Minsk would hand over 80.",
        "80",
      ),
    ).toBe("Igor Danilov");
  });

  it("gives a quotation's sentences the speaker named after it closes", () => {
    const text =
      'The Coordination Headquarters gave no figure. "Today 60 of our men came home. In return, 60 were handed over," the Russian Defence Ministry said.';
    expect(speakerOfFigure(text, "60 of our")).toMatch(/defence ministry/i);
    const curly =
      "The envoy spoke. “Of the 900 agreed, a third are free. The rest will follow,” said Envoy Maria Lind.";
    expect(speakerOfFigure(curly, "900")).toBe("Maria Lind");
  });

  it("carries a speaker on to a sentence that says it goes on, or after one led by 'According to'", () => {
    const more =
      "Forty soldiers came home, the Russian Defence Ministry said. In addition, six residents of a border town were returned.";
    expect(speakerOfFigure(more, "six")).toMatch(/defence ministry/i);
    const led =
      "According to the Lviv regional military administration, 300 people from the region are home. Twelve of them came back this week.";
    expect(speakerOfFigure(led, "Twelve")).toMatch(/Lviv regional military administration/);
    const not =
      "According to the Lviv regional military administration, 300 people from the region are home. Twelve came back this week. Five more are expected.";
    expect(speakerOfFigure(not, "Five")).toBeNull();
    const quoted =
      "“Every return matters,” said Envoy Maria Lind. “Of the 900 agreed, a third are free.”";
    expect(speakerOfFigure(quoted, "900")).toBe("Maria Lind");
  });

  it("gives a transcript's speaker every figure of the turns under their label, and the host none", () => {
    const text = [
      "PRESENTER (Olha Demchuk): With me is Taras Melnyk, a spokesman for Ukraine's Coordination Headquarters.",
      "MELNYK: Good evening. On 3 May we brought home 75 soldiers. Then 40 more came back.",
      "PRESENTER: The deal speaks of 500 on each side.",
    ].join("\n\n");
    expect(speakerOfFigure(text, "75")).toBe("Taras Melnyk");
    expect(speakerOfFigure(text, "40")).toBe("Taras Melnyk");
    expect(speakerOfFigure(text, "500")).toBeNull();
    // The outlet's own correspondent speaks in the outlet's voice.
    const report = [
      "ANCHOR: Forty men came home today. Our correspondent Petro Savka reports.",
      "SAVKA: In all, 1,300 bodies have been returned this year.",
    ].join("\n\n");
    expect(speakerOfFigure(report, "1,300")).toBeNull();
    // A place in capitals before a colon is no speaker's label.
    const place = "In Kyiv, talks were held.\n\nKYIV: Some 70 soldiers came home on Friday.";
    expect(speakerOfFigure(place, "70")).toBeNull();
  });

  it("reads a round-up's post lines, 'Name, Platform, time: “…”', as that name's words", () => {
    const text = [
      "Here is what was posted on Sunday.",
      'Andrii Sybiha, X, 10:05: "Our people are home. 95 defenders are back."',
      "Qatar Ministry of Foreign Affairs, X, 11:40: “Qatar's mediation has led to the exchange of 190 captives.”",
      "Some 30 relatives waited at the border.",
    ].join("\n\n");
    expect(speakerOfFigure(text, "95")).toBe("Andrii Sybiha");
    expect(speakerOfFigure(text, "190")).toBe("Qatar Ministry of Foreign Affairs");
    expect(speakerOfFigure(text, "30")).toBeNull();
  });

  it("reads a page's note on where its figures come from as the source of the figures after it", () => {
    const text =
      "The month in numbers. The figures are from Ukraine's Coordination Headquarters unless otherwise stated.\n\n90 — soldiers freed on 3 May.";
    const page = pageSource(text);
    expect(page?.speaker.name).toMatch(/Coordination Headquarters/);
    expect(page?.from).toBeLessThan(text.indexOf("90"));
    expect(pageSource("Figures of the day. Some 40 came home, officials said.")).toBeNull();
    const other =
      "Numbers from the Red Cross, unless stated otherwise: 12 visits in May, 30 in June.";
    expect(pageSource(other)?.speaker.name).toBe("Red Cross");
  });

  it("reads the note the other way round, 'Unless noted, the figures below are those of …', and its own totals", () => {
    const text =
      "Our desk's summary. Unless noted, the figures below are those of the Red Cross; totals are our own sums.\n\n| Day | Freed |\n| 3 May | 90 |";
    const page = pageSource(text);
    expect(page?.speaker.name).toBe("Red Cross");
    expect(page?.ownTotals).toBe(true);
    expect(
      pageSource("Unless noted, the figures below are those of the Red Cross.")?.ownTotals,
    ).toBe(false);
  });

  it("names a region's administration by the region, not by a sentence's opening 'The region'", () => {
    const text =
      "The region last saw its men come home in May, when 31 residents of Sumy region returned, according to the Regional Military Administration.";
    expect(speakerOfFigure(text, "31")).toBe("Sumy regional military administration");
  });

  it("reads 'he' as the person named last, not a country whose offer the sentence reports", () => {
    const text =
      "Envoy Pavel Orlov spoke after the talks. At the talks, Moscow offered to return 900 bodies, he recalled.";
    expect(speakerOfFigure(text, "900")).toBe("Pavel Orlov");
  });

  it("reads the speaker past an adverb before the verb ('Russia separately offered')", () => {
    expect(speakerOfFigure("Russia separately offered to return 700 bodies.", "700")).toBe(
      "Russian officials",
    );
  });

  it("reads the speaker of a bulleted line past its bullet", () => {
    const text =
      "WHAT WAS SAID\n• Russia also pledged at the talks to hand over 2,500 more bodies; none have come yet.\n- Ukraine promised 300 in return.";
    expect(speakerOfFigure(text, "2,500")).toBe("Russian officials");
    expect(speakerOfFigure(text, "300")).toBe("Ukrainian officials");
    // The promise speaks for its own clause, not for the deed after the semicolon.
    const deed = "• Russia also offered to return 900 more bodies; it handed over 400 on May 9.";
    expect(speakerOfFigure(deed, "900")).toBe("Russian officials");
    expect(speakerOfFigure(deed, "400")).toBeNull();
  });

  it("reads the speaker after a setting that names talks by their day", () => {
    expect(
      speakerOfFigure("At the March 3 talks Russia pledged to hand over 4,000 bodies.", "4,000"),
    ).toBe("Russian officials");
  });

  it("reads a promise set off after its speaker as the speaker's, and only what it promises", () => {
    const text = "Russia, which had also pledged to return 4,000 bodies, handed over 900 on 2 May.";
    expect(speakerOfFigure(text, "4,000")).toBe("Russian officials");
    expect(speakerOfFigure(text, "900")).toBeNull();
  });
});

describe("a pledge's figure", () => {
  it("is the claim of whoever pledged it, not of the voice that counts what was kept", () => {
    expect(
      speakerOfFigure("Then the big one: 4,000 bodies pledged by Moscow, 900 delivered.", "4,000"),
    ).toBe("Russian officials");
    const kept =
      "By our own tally, Russia has so far handed back 900 of the 4,000 bodies it promised in Riyadh.";
    expect(speakerOfFigure(kept, "4,000")).toBe("Russian officials");
    expect(speakerOfFigure(kept, "900")).not.toBe("Russian officials");
  });
});

describe("a body's own total named as the sentence's subject", () => {
  it("reads 'The ministry's running total … stands at N' as the ministry's figure", () => {
    const text =
      "Ukraine's Defence Ministry confirmed the swap. The ministry's yearly total, soldiers freed since 2022, now stands at 5,410.";
    expect(speakerOfFigure(text, "5,410")).toMatch(/Defence Ministry/);
  });
});

describe("an offer reported by another voice", () => {
  it("gives the offer's figure to the voice at the sentence's end, named as the side's delegation", () => {
    expect(
      speakerOfFigure(
        "Moscow also offered to return 2,500 more bodies, Ukraine's delegation said.",
        "2,500",
      ),
    ).toBe("Ukraine's delegation");
    // With no voice after it, the offer is the offerer's.
    expect(speakerOfFigure("Moscow also offered to return 2,500 more bodies.", "2,500")).toBe(
      "Russian officials",
    );
  });
});

describe("a body that 'counts' an event as the Nth", () => {
  it("reads 'It counts … as the 40th' as the body named just before", () => {
    const text =
      "The headquarters said 5,410 soldiers have come home since 2022. It counts Tuesday's swap as the 40th of the war.";
    expect(speakerOfFigure(text, "40th")).toMatch(/Coordination Headquarters/);
  });
});

describe("unnamed officials telling what both countries did", () => {
  it("reads 'officials said' after 'Ukraine and Russia swapped …' as both sides' officials", () => {
    expect(
      speakerOfFigure(
        "Ukraine and Russia swapped 70 soldiers each on Monday, officials said.",
        "70",
      ),
    ).toBe("Officials of both sides");
    // Not when one country did it.
    expect(
      speakerOfFigure("Russia handed over 900 bodies on Monday, officials said.", "900"),
    ).not.toBe("Officials of both sides");
  });
});
