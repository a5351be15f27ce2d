// Questions whose answer is a name, a place or a day the sources give outside the figures, and
// both sides' total worked out from each side's figure (issue 12).
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);
const first = (a: AskAnswer) => a.line.split(" — ")[0] ?? "";

describe("who said it, where and when, from the sources' own words", () => {
  it("names the speaker of a remark the question paraphrases", () => {
    expect(
      first(ask("who warned a ceasefire breakthrough needs Trump and Putin to talk directly?")),
    ).toMatch(/^Marco Rubio/);
    expect(
      first(
        ask(
          "which Russian minister said Moscow would finish the exchange before its ceasefire ideas?",
        ),
      ),
    ).toMatch(/^Sergei Lavrov/);
    expect(first(ask("who joked that war and negotiations happen at the same time?"))).toMatch(
      /^Vladimir Medinsky/,
    );
  });

  it("names who made the swap public on social media early, quoting the source", () => {
    const a = ask("who posted about the swap on social media before it was confirmed?");
    expect(first(a)).toMatch(/^Donald Trump/);
    expect(a.citations[0]?.quote).toContain("disclosed the ongoing swap on social media");
  });

  it("gives the building the talks were held in", () => {
    const a = ask("what palace in istanbul hosted the talks?");
    expect(first(a)).toMatch(/Dolmabahçe Palace/);
  });

  it("dates Trump's tweet on the talks from the source, not today", () => {
    expect(first(ask("what day did trump tweet that the sides agreed to direct talks?"))).toContain(
      "May 20, 2025",
    );
  });

  it("does not take 'the post' in a figure question for Trump's tweet", () => {
    const a = ask("for the post: how many prisoners did each side free in the big exchange?");
    expect(first(a)).toMatch(/^1,000\b/);
  });
});

describe("both sides together, from each side's figure", () => {
  it("doubles each side's stored figure and shows what it doubles", () => {
    const a = ask("may 24 swap, both sides combined?");
    expect(first(a)).toMatch(/^614 people in all, both sides together \(307 each side × 2\)/);
    expect(a.derivation?.expression).toBe(
      "307 × 2 = 614 (each side's figure, both sides together)",
    );
    expect(a.derivation?.parts[0]?.citation.quote).toMatch(/307/);
  });

  it("carries 'both sides' into a follow-up about another day", () => {
    expect(first(ask("may 24 swap, both sides combined?", "and the sunday?"))).toMatch(/^606\b/);
  });

  it("doubles a day the sources date differently, and says they do", () => {
    const a = ask("how many in total, both sides, on may 6?");
    expect(first(a)).toMatch(/^410 people in all, both sides together \(205 each side × 2\)/);
    expect(a.disputes.length + a.notes.length).toBeGreaterThan(0);
  });
});

describe("a photograph's caption", () => {
  it("says where the source's photograph was taken, and checks a caption against it", () => {
    expect(
      first(ask("in which city was the getty photo of the POWs getting off the bus taken?")),
    ).toMatch(/^Chernihiv, Ukraine, where the photograph of the second wave/);
    expect(ask("caption says the photo was taken in kyiv - right?").line).toMatch(
      /^No: the photograph was taken in Chernihiv/,
    );
    expect(ask("was the photo of the returnees taken in chernihiv?").line).toMatch(/^Yes: /);
  });
});
