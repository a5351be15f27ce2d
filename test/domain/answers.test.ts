// A figure given as the answer to a how-many question means the question's words: the answer
// alone ("A: 309.") says nothing of what it counts.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { answerReading } from "../../src/domain/check/read/answers.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string, refDate: string | null = null) =>
  factcheck(k, text, { refDate }).claims.find((c) => c.read === read);

describe("answers read with their question", () => {
  it("a short answer's figure is checked as the question asks it, with no rewrite offered", () => {
    const wrong = figure(
      "Q: How many prisoners did each side hand over on May 24, 2025? A: 370.",
      "370",
    );
    expect(wrong).toMatchObject({ verdict: "contradicted", right: "307", correction: null });
    const right = figure(
      "Quiz. How many Ukrainians returned home today? Answer: 390.",
      "390",
      "2025-05-23",
    );
    expect(right?.verdict).toBe("supported");
  });

  it("a question that names no one the store counts gives its answer nothing to check", () => {
    const text = "Q: How many of your member families had someone return? A: About two hundred.";
    expect(figure(text, "About two hundred", "2025-05-26")).toBeUndefined();
  });

  it("a count up to today from the war's start is its running total, verb or none", () => {
    const said =
      "A (spokesperson): As of today, more than 4,750 citizens, counting from March 2022.";
    expect(figure(said, "more than 4,750", "2025-05-23")?.verdict).toBe("disputed");
  });

  it("what the question does not ask for is not read into the answer", () => {
    // A difference is not a count any source states.
    expect(
      answerReading("How many more came home on Friday than on Sunday?", "87.", {
        start: 0,
        end: 2,
      }),
    ).toBeNull();
    // "697 – in three days": a second figure may be the slip; the pair is read as written.
    expect(
      answerReading("How many Ukrainians are home now?", "697, in just three days.", {
        start: 0,
        end: 3,
      }),
    ).toBeNull();
    // A long answer that only mentions a figure is its own sentence.
    expect(
      answerReading(
        "How many came home?",
        "The ministry will publish the lists after 390 are checked.",
        { start: 41, end: 44 },
      ),
    ).toBeNull();
  });

  it("a question with its words turned ('how many civilians does Russia hold?') is put back in order", () => {
    const [held] = factcheck(
      k,
      "FAQ: How many Ukrainian civilians does Russia hold? More than 16,000, the ombudsman says.",
    ).claims;
    expect(held?.verdict).toBe("supported");
  });

  it("an answer's day is of what a 'when' question asks about", () => {
    const [day] = factcheck(k, "FAQ: When were the Istanbul talks held? On May 15, 2025.").claims;
    expect(day).toMatchObject({ verdict: "contradicted", right: "May 16, 2025" });
    const [right] = factcheck(
      k,
      "Q: When were the Istanbul talks held? A: On May 16, 2025.",
    ).claims;
    expect(right?.verdict).toBe("supported");
  });

  it("spoken figures told with their day or in order, with no verb, are the exchange's counts", () => {
    const run = factcheck(
      k,
      "Q: How was the exchange structured? A: Three waves. Three hundred and ninety, then three hundred and seven, then three hundred and three, each side.",
      { refDate: "2025-05-26" },
    ).claims;
    expect(run.filter((c) => /hundred/.test(c.read)).map((c) => c.verdict)).toEqual([
      "supported",
      "supported",
      "supported",
    ]);
    // A sentence with a verb of its own is read on its words, not as a bare spoken count.
    const told = factcheck(k, "Q: How was the exchange? A: We waited 390 minutes, then left.", {
      refDate: "2025-05-26",
    }).claims;
    expect(told.filter((c) => c.verdict === "supported")).toEqual([]);
  });

  it("'how many came back today?' asks after people freed, though it names no noun", () => {
    const [answer] = factcheck(k, "Q: How many came back today? A: Today it was 307.", {
      refDate: "2025-05-24",
    }).claims;
    expect(answer?.verdict).toBe("supported");
    // Read loosely: a wrong answer to a noun-less question is not put right on that alone.
    const [loose] = factcheck(k, "Q: How many came back today? A: Today it was 370.", {
      refDate: "2025-05-24",
    }).claims;
    expect(loose?.verdict).not.toBe("supported");
    expect(loose?.verdict).not.toBe("contradicted");
  });

  it("a street number is no count", () => {
    const claims = factcheck(
      k,
      "My son was one of the 307 who came back on Saturday, says a father who came to our office at 2118 Bloor Street West.",
      { refDate: "2025-05-26" },
    ).claims;
    expect(claims.find((c) => c.read.startsWith("2118"))).toBeUndefined();
  });
});
