// A lead-in that names its source and ends with a colon ("According to X, two handovers took
// place:") gives that source to the list's items below it, one a line; a paragraph after the
// list, or a list under a lead-in with no source, does not take it.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/domain/check/index.ts";
import { speakersOf } from "../../src/domain/ingest-claimants.ts";

function speakerOfFigure(text: string, figure: string): string | null {
  const sentences = splitSentences(text);
  const at = text.indexOf(figure);
  const s = sentences.find((x) => x.start <= at && at < x.end);
  if (!s) throw new Error("no sentence");
  return speakersOf(text, sentences)(s.start, at - s.start)?.name ?? null;
}

const LIST = [
  "The council's press office met on Friday.",
  "",
  "According to the Ministry of Defence of Russia, two handovers have taken place:",
  "– on 3 March, 44 servicemen came back;",
  "– on 8 March, 57 servicemen came back.",
  "",
  "The council expects 120 more by April.",
].join("\n");

describe("a list under a lead-in that names its source", () => {
  it("gives each item the lead-in's source", () => {
    expect(speakerOfFigure(LIST, "44")).toMatch(/defen[cs]e ministry|ministry of defen[cs]e/i);
    expect(speakerOfFigure(LIST, "57")).toMatch(/defen[cs]e ministry|ministry of defen[cs]e/i);
  });

  it("stops at the paragraph after the list", () => {
    expect(speakerOfFigure(LIST, "120") ?? "").not.toMatch(
      /defen[cs]e ministry|ministry of defen[cs]e/i,
    );
  });

  it("gives nothing when the lead-in names no source", () => {
    const text = ["Two handovers have taken place:", "– on 3 March, 44 servicemen came back;"].join(
      "\n",
    );
    expect(speakerOfFigure(text, "44")).toBeNull();
  });
});
