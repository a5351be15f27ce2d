// Wrong first lines of the fourteenth set (issue 12) taken down by class: a side switched in a
// thread, and someone's words asked by what they were put out in. Our own words, not the set's.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { ownSideNamed } from "../../src/domain/ask/own-side.ts";
import { wordsNounAsked } from "../../src/domain/ask/words-noun.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a breakdown asked of the other side", () => {
  it("reads 'our' and 'Kyiv's' as Ukraine's side, and a question naming both as neither", () => {
    expect(ownSideNamed("and the same for our lads?")).toBe("ukraine");
    expect(ownSideNamed("Kyiv's side of it?")).toBe("ukraine");
    expect(ownSideNamed("what Moscow took back")).toBe("russia");
    expect(ownSideNamed("Russia's vs Ukraine's")).toBeNull();
  });
  it("never gives Russia's servicemen/civilians split for the Ukrainians of that day", () => {
    const a = ask(
      "how many soldiers did the Russian side receive on May 23?",
      "break that down for the Ukrainians who came home the same day",
    );
    expect(a.line).not.toMatch(/\b270\b|\b120\b/);
    expect(a.line).toMatch(/does not hold/);
  });
  it("still gives Russia's split when Russia is asked", () => {
    const a = ask("servicemen/civilians breakdown of what Russia received on May 23?");
    expect(a.line).toMatch(/270/);
    expect(a.line).toMatch(/120/);
  });
});

describe("someone's words asked by what they were put out in", () => {
  it("tells a post asked for from a count asked of it", () => {
    expect(wordsNounAsked("the president's Telegram message that evening?")).toBe(true);
    expect(wordsNounAsked("need a pull-quote from Zelensky")).toBe(true);
    expect(wordsNounAsked("how many did his X post say were back?")).toBe(false);
    expect(wordsNounAsked("how many came home on the first day?")).toBe(false);
  });
  it("answers with the sentence that quotes the post, never a figure of that day", () => {
    const a = ask("give me Zelensky's post on X when the first Ukrainians got back");
    expect(a.line).toMatch(/bringing our people home/);
    expect(a.line).not.toMatch(/\b390\b/);
  });
  it("leaves a quote asked of its speaker to the name it asks", () => {
    const a = ask("pull-quote: 'we are bringing our people home' - who said it?");
    expect(a.line).toMatch(/^Volodymyr Zelensky/);
  });
});

describe("a day written day/month is never a figure", () => {
  it("does not check a count of 24 for a caption dated 24/5", () => {
    const a = ask("caption: 'freed Ukrainians hug relatives, 24/5' - fine?");
    expect(a.line).not.toMatch(/^No\b/);
  });
});

describe("a superlative said of an exchange as of its day", () => {
  it("is not belied by a bigger exchange that came after it, when a source says it so", () => {
    const a = ask(
      "did Brussels Morning describe the April 19 swap as the 'largest swap since 2022'?",
    );
    expect(a.line).toMatch(/^Yes\b/);
    expect(a.line).toMatch(/came after/);
  });
  it("still says no to 'the biggest of the war' for an exchange a later one outdid", () => {
    expect(ask("is it fair to call the April 19 swap the biggest of the war?").line).toMatch(
      /^No\b/,
    );
  });
  it("still says no when an exchange before it was bigger", () => {
    expect(ask("was the May 6 swap the largest since 2022?").line).toMatch(/^No\b/);
  });
});

describe("a day said relative to the piece's own day", () => {
  it("counts 'last Friday' back from the piece's day, not the piece's day itself", () => {
    const a = ask("our May 22 story says the Istanbul talks were held 'last Friday' — right?");
    expect(a.line).not.toMatch(/^No\b/);
  });
  it("says yes when the stored day falls in 'last week' of the piece", () => {
    const a = ask("in a 20/5 piece: 'the Istanbul talks took place last week' – correct?");
    expect(a.line).toMatch(/^Yes\b/);
    expect(a.line).toMatch(/May 16, 2025/);
  });
  it("is unsure, never yes, when the stored day is outside it", () => {
    const a = ask("in a 29/5 piece: 'the Istanbul talks took place yesterday' – correct?");
    expect(a.line).not.toMatch(/^Yes\b/);
  });
});

describe("a running total asked as of an exchange the question dates", () => {
  it("is the total as of that exchange, never the latest one", () => {
    const a = ask(
      "one more bar, january 2024. what was the tally of ukrainians home since 2022 at that point?",
    );
    expect(a.line).not.toMatch(/4,750|4,552/);
    expect(a.line).toMatch(/does not hold/);
  });
});

describe("whether both sides got the same number", () => {
  it("sets the two sides' figures side by side, never the exchange's total", () => {
    const a = ask("graphic for the 3 January 2024 swap: did both sides get an equal number?");
    expect(a.line).toMatch(/^No\b/);
    expect(a.line).not.toMatch(/\b480\b/);
  });
  it("says yes on a figure given for each side", () => {
    expect(ask("April 19: identical numbers for both sides?").line).toMatch(/^Yes: 246/);
  });
  it("leaves 'same for both sides combined' to the question before", () => {
    expect(
      ask("how many Ukrainians came home on May 24?", "same for both sides combined?").line,
    ).not.toMatch(/^(?:Yes|No)\b/);
  });
});
