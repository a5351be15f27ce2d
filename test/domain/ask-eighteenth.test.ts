// Wrong answers on the fourteenth questions set (issue 12), each fixed by a general reading;
// the questions here are written in our own words, with other days and figures.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { dayWordsAsDigits } from "../../src/domain/ask/day-words.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a day said in words", () => {
  it("reads 'the twenty-fourth of May' as the month even when a question follows it", () => {
    expect(dayWordsAsDigits("The twenty-fourth of May, what came home?")).toBe(
      "24 May, what came home?",
    );
  });
  it("still leaves 'twenty may' alone when 'may' is the verb", () => {
    expect(dayWordsAsDigits("twenty may come home")).toBe("twenty may come home");
  });
});

describe("a photo's credit asked in desk shorthand", () => {
  it("reads 'credit on the pic' after a caption check as the photographer asked", () => {
    const a = ask(
      "caption: 'prisoners step off a bus in Chernihiv, 24/5' - ok?",
      "who gets the credit for this pic?",
    );
    expect(a.line).not.toMatch(/\b307\b/);
  });
});

describe("words put forward as a person's, to be confirmed", () => {
  it("checks 'X's phrase - '…'?' against who said the words, never a figure", () => {
    const a = ask("Zelensky's phrase for it - 'quite laborious process'?");
    expect(a.asked).toBe("check");
    expect(a.line).toMatch(/^No: Dmitry Peskov/);
    expect(a.line).not.toMatch(/1,000/);
  });
  it("does not confirm owned words no source holds", () => {
    const a = ask("Peskov's words on the deal: 'a swift and simple affair'?");
    expect(a.line).not.toMatch(/^Yes/);
    expect(a.line).not.toMatch(/1,000/);
  });
});

describe("'had' in a question on an exchange's own day", () => {
  it("reads 'how many had come home' on a swap day as that day's figure", () => {
    const a = ask("On the twenty-fourth of May, how many did Kyiv say had come home?");
    expect(a.line).toMatch(/^307\b/);
  });
  it("still reads 'had come home by' a day as the running total", () => {
    const a = ask("how many had come home by May 24?");
    expect(a.line).not.toMatch(/^307\b/);
  });
});

describe("a gap asked with its question word late", () => {
  it("reads '<event> came how many days after <event>?' as the days between them", () => {
    const a = ask("the opening wave came how many days after the talks in Istanbul?");
    expect(a.line).toMatch(/^7 days, from May 16, 2025/);
  });
});

describe("a date asked for a piece of the page", () => {
  it("reads 'date for our timeline?' as a day asked, never the exchange's figure", () => {
    const a = ask("the April exchange, date for our timeline?");
    expect(a.asked).toBe("date");
    expect(a.line).toMatch(/^April 19, 2025/);
  });
});

describe("a person's title asked in two words", () => {
  it("reads '<Surname>'s title?' as the person's role, never a figure", () => {
    const a = ask("who announced the deal on the 16th?", "Medinsky's title?");
    expect(a.asked).toBe("name");
    expect(a.line).toMatch(/^Vladimir Medinsky/);
    expect(a.line).not.toMatch(/1,000/);
  });
});
