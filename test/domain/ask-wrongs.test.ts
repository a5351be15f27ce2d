// Wrong answers stated with confidence, and the reading parts that were guessed: questions
// written here, in our own words (issue 12).
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a difference reads each side of 'than' apart", () => {
  it("sets the deal against a single earlier exchange named by its month", () => {
    const a = ask(
      "how many more Ukrainians were freed under the thousand swap than in the jan 2024 one?",
    );
    expect(a.line).toMatch(/^770 more/);
  });
  it("sets a wave against another exchange named by its alias", () => {
    const a = ask(
      "per side, how many more on day one of the big swap than in the early may exchange?",
    );
    expect(a.line).toMatch(/^185 more/);
  });
  it("reads a bare place after 'than in the' as another wave of the same deal", () => {
    const a = ask("how many more each side in the second wave than in the last?");
    expect(a.line).toMatch(/^4 more/);
  });
});

describe("a tally up to a day of the deal is the deal so far", () => {
  it("reads 'by the close of day two' as the first two waves added, not day two alone", () => {
    const a = ask("both sides together, how many had been traded by the close of day two?");
    expect(a.line).toMatch(/^1,394\b/);
  });
  it("reads a tally 'in the thousand-for-thousand through May 24' as the deal so far", () => {
    const a = ask(
      "cumulative count of Ukrainians returned in the thousand-for-thousand deal through May 24?",
    );
    expect(a.line).toMatch(/^697\b/);
    expect(a.line).not.toMatch(/4,750|4,552/);
  });
});

describe("a follow-up that asks only for both sides", () => {
  it("reads 'so total?' as both sides of the same exchange, not the side asked before", () => {
    const a = ask(
      "how many came home to Ukraine on January 3, 2024?",
      "what about Russia?",
      "total?",
    );
    expect(a.line).toMatch(/in all/);
    expect(a.line).not.toMatch(/^Russia received/);
  });
});

describe("'how big' is a size asked, not the big swap named", () => {
  it("answers the exchange the month names", () => {
    const a = ask("how big was the march exchange?");
    expect(a.line).toMatch(/March 19, 2025/);
    expect(a.line).not.toMatch(/1,000/);
  });
});

describe("a check says yes only to what it checked", () => {
  it("puts the name in 'it was X who …' against the one the store gives", () => {
    const a = ask("so it was Lavrov who announced the 1,000-for-1,000 deal, correct?");
    expect(a.line).toMatch(/^No: .*Medinsky/);
  });
  it("never says yes of a person no source names", () => {
    const a = ask("the minister Smithson is running the exchange for Kyiv?");
    expect(a.line).toMatch(/Smithson/);
    expect(a.line).not.toMatch(/^Yes\b/);
  });
  it("reads a statement with a question mark as a check", () => {
    const a = ask("307 were freed on the sunday?");
    expect(a.asked).toBe("check");
    expect(a.line).toMatch(/^No: .*303/);
  });
  it("does not vouch for what a sentence adds beyond the day of an exchange", () => {
    const a = ask("the april 19 swap included foreign fighters - correct?");
    expect(a.line).not.toMatch(/^Yes\b/);
  });
  it("checks every figure of a sentence on the weekday it names", () => {
    const a = ask("draft says 'Russia got back 270 servicemen plus 150 civilians on Friday' — ok?");
    expect(a.line).toMatch(/^No: .*120/);
  });
  it("says only in part when one figure checks and another is not in the store", () => {
    const a = ask("copy: 'Russia got back 270 servicemen and 25 wounded on Friday'. ok?");
    expect(a.line).not.toMatch(/^Yes\b/);
    expect(a.status).toBe("unsure");
  });
  it("says neither yes nor no when the day said was not pinned", () => {
    const a = ask("the 250 drones were launched the night before the monday talks?");
    expect(a.line).not.toMatch(/^Yes\b/);
  });
});

describe("words asked are never answered with a figure", () => {
  it("says the store has nothing from an outlet no source names", () => {
    const a = ask("what did the BBC report about the second day of the exchange?");
    expect(a.status).toBe("not-held");
    expect(a.line).toMatch(/BBC/);
  });
  it("does not answer 'what did X say' with a count", () => {
    const a = ask("what did the Kremlin say in its memorandum?");
    expect(a.line).not.toMatch(/\d{3}/);
  });
  it("still reads 'and what does X say?' in a thread as the figure before, by X", () => {
    const a = ask(
      "how many Ukrainians had come home since 2022 according to Brussels Morning?",
      "and what does the coordination HQ say?",
    );
    expect(a.line).toMatch(/4,750/);
  });
});

describe("a count of something the store does not count", () => {
  it("is not answered with the thread's earlier count", () => {
    const a = ask(
      "how many missiles were fired in the overnight attack?",
      "how many cities were struck?",
    );
    expect(a.status).toBe("not-held");
    expect(a.line).not.toMatch(/\d/);
  });
});

describe("days asked about one event from another", () => {
  it("counts the days between two events, each dated by the store", () => {
    const a = ask(
      "how many days were there between the istanbul talks and the start of the big swap?",
    );
    expect(a.line).toMatch(/^7 days/);
  });
  it("does not date the event a question counts from ('before X') as the answer", () => {
    const a = ask("when did the delegations last sit down together before istanbul?");
    expect(a.line).not.toMatch(/May 16/);
  });
  it("does not date the swap for a briefing about it", () => {
    const a = ask("the kremlin's press conference on the exchange: what dates?");
    expect(a.line).not.toMatch(/May 2[345]/);
  });
});

describe("a gap between two parties' totals", () => {
  it("takes the figure each named party gives", () => {
    const a = ask(
      "how far apart are the brussels morning tally and the coordination headquarters tally?",
    );
    expect(a.line).toMatch(/^More than 198 apart/);
  });
  it("never puts a figure in an unsure line about what is compared", () => {
    const a = ask("what's the difference, roughly?");
    if (a.status === "unsure") expect(a.line).not.toMatch(/\btwo\b|\d/);
  });
});

describe("an event asked for by what a source calls it", () => {
  it("finds the source's own line with those words and gives its day", () => {
    const a = ask(
      "which exchange did Brussels Morning's summary table describe as 'included severely injured'?",
    );
    expect(a.line).toMatch(/^March 19, 2025/);
  });
  it("holds nothing when no line of the sources says it", () => {
    const a = ask("which swap does the Epoch Times call 'the greatest homecoming ever'?");
    expect(a.status).toBe("not-held");
  });
});

describe("who took a photograph", () => {
  it("gives the credit line of the source named", () => {
    expect(ask("photographer of the picture in the epoch times story?").line).toMatch(
      /^Paula Bronstein/,
    );
  });
  it("reads 'who took it?' in a thread as the credit of the source the answer before cited, never a place", () => {
    const a = ask("where was the epoch times photo of the second wave taken?", "who took it?");
    expect(a.line).toMatch(/^Paula Bronstein/);
  });
});

describe("more of what a question asks, read from its words", () => {
  it("reads 'in which year' as a date asked", () => {
    const a = ask("what month and year was Ukraine's coordination HQ for POWs set up?");
    expect(a.line).toMatch(/^March 2022/);
  });
  it("reads a question ending 'was it?' as a follow-up about the exchange before", () => {
    const a = ask(
      "how many came home on january 3, 2024?",
      "what exchange number of the war was it?",
    );
    expect(a.line).toMatch(/49th/);
  });
  it("holds no count of deaths, and says so", () => {
    const a = ask(
      "how many missiles were fired in the overnight attack?",
      "were there any deaths?",
    );
    expect(a.status).toBe("not-held");
  });
});

describe("a check that says someone did not go", () => {
  it("is yes when the store's quote says they stayed away", () => {
    const a = ask("who headed russia's team at the talks?", "so Putin was not there?");
    expect(a.line).toMatch(/^Yes: .*declined to attend/);
  });
  it("is no when the store's quote says they went", () => {
    expect(ask("Medinsky didn't go to istanbul?").line).toMatch(/^No:/);
  });
});

describe("roles", () => {
  it("puts a role said in a check against the stored one", () => {
    const a = ask("so Umerov is the ukrainian interior minister?");
    expect(a.line).toMatch(/^No: .*defence minister/);
  });
  it("says yes to a stored role", () => {
    expect(ask("Peskov is the Kremlin spokesman, correct?").line).toMatch(/^Yes:/);
  });
  it("answers 'which institute' of a person named with their stored role", () => {
    expect(ask("which institute is Kuzan an analyst at?").line).toMatch(/Lawfare Institute/);
  });
  it("answers 'X's title' for the person named, with every title the sources give", () => {
    const a = ask("what's Medinsky's title?");
    expect(a.line).toMatch(/Kremlin aide/);
    expect(a.line).toMatch(/negotiator/);
  });
  it("does not take a role said as a label for the claim checked", () => {
    const a = ask("Copy: 'Ombudsman Dmytro Lubinets says 9,000 civilians are held'. ok?");
    expect(a.line).not.toMatch(/^Yes/);
  });
});

describe("words quoted, said to be someone's", () => {
  it("is no when another person said them", () => {
    const a = ask("the 'particularly high salience' quote was Lubinets's, right?");
    expect(a.line).toMatch(/^No: .*Kuzan/);
  });
  it("is yes when that person said them, an article put before the words or not", () => {
    expect(ask("the 'quite laborious process' line was Peskov's?").line).toMatch(/^Yes: .*Peskov/);
  });
});

describe("which event the words name", () => {
  it("reads 'the exact number' after copy as the figure asked, not a check of the rounded one", () => {
    const a = ask("our draft says 'about 300 came home on Saturday'. what is the precise figure?");
    expect(a.line).toMatch(/^307\b/);
  });
  it("does not take a word that names another event ('talks') as a title word of this one", () => {
    const a = ask("headline: 'talks mediated by Washington'. fine to run?");
    expect(a.line).toMatch(/Istanbul talks/);
  });
  it("reads 'the Istanbul deal' in a count as the deal agreed there", () => {
    expect(ask("how many POWs is the istanbul deal meant to free?").line).toMatch(/1,000/);
  });
  it("keeps a day after the talks a day, not the deal", () => {
    expect(ask("two days after the istanbul talks, any swap? figures").line).not.toMatch(/1,000/);
  });
  it("never says no to a name when nothing is stored to put it against", () => {
    expect(ask("did Trump broker the Lavrov announcement?").line).not.toMatch(/^No: The store/);
  });
});

describe("words only a passage of the sources holds", () => {
  it("quotes the passage for 'for what?' after a stored answer, marked as the sources' words", () => {
    const a = ask(
      "where were the released russian troops transferred, per the defence ministry?",
      "what for?",
    );
    expect(a.line).toMatch(/closest passage/);
    expect(a.line).toMatch(/medical and psychological evaluation/);
  });
  it("reads 'per X, who …' as what X said, not X as the answer", () => {
    const a = ask("per Rubio, who needed to speak directly for a ceasefire breakthrough?");
    expect(a.line).toMatch(/Putin/);
  });
  it("keeps a stored answer for 'according to <source>, who …'", () => {
    const a = ask("According to rki.news, who proposed the talks in Istanbul?");
    expect(a.line).not.toMatch(/closest passage/);
  });
  it("offers no passage that does not name the person asked about", () => {
    const a = ask("what did Peskov post on Telegram about the drones?");
    expect(a.line).not.toMatch(/Zelensky/);
  });
});

describe("a role or words the sources give another way", () => {
  it("says no, with who holds it, when a role is given to a person no source names", () => {
    const a = ask("so the Ukrainian defence minister Kowalski is handling the exchange?");
    expect(a.line).toMatch(/^No: Rustem Umerov/);
  });
  it("answers 'X or \"Y\"?' asked of words the sources state two ways with the disagreement", () => {
    const a = ask("do the sources call Trump 'president' or 'former president'?");
    expect(a.line).toMatch(/^Disputed:/);
  });
});

describe("someone's words, from the passage that quotes them", () => {
  it("takes the passage with the quote, the scene set by the sentence before", () => {
    const a = ask("what did Zelensky announce on X when the exchange started?");
    expect(a.line).toMatch(/bringing our people home/);
  });
});

describe("a reason asked", () => {
  it("is never answered with a passage: the store gives no reasons", () => {
    expect(ask("why did Putin not go to the talks?").line).not.toMatch(/closest passage/);
  });
});

describe("a date only a passage gives", () => {
  it("shows the passage with its one date, never states the date as the answer", () => {
    const a = ask(
      "when did Zelensky welcome home the civilians and soldiers freed by separatists?",
    );
    expect(a.status).toBe("unsure");
    expect(a.line).toMatch(/^The sources' closest passage/);
    expect(a.line).toMatch(/December 2019/);
  });
  it("offers no passage for a plan to come", () => {
    expect(ask("when is the next round of direct talks?").line).not.toMatch(/closest passage/);
  });
  it("needs two of the question's own words, not one shared stem", () => {
    expect(ask("when had they last met face to face?").line).not.toMatch(/March 19/);
  });
});
