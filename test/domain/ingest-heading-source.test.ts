// A factbox's section heading that names in brackets where the list below it comes from
// ("RELEASES SO FAR (figures from X)"): each item of that list is told in X's voice.
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

const box = [
  "FACTBOX - Swaps this spring",
  "",
  "RELEASES SO FAR (figures from Ukraine's Coordination Headquarters)",
  "- 3 Mar: 120 for 120 - wounded men.",
  "- 6 Mar: 95 for 95.",
  "",
  "OTHER NEWS",
  "- 9 Mar: 700 bodies came back.",
].join("\n");

describe("a heading naming its list's source in brackets", () => {
  it("gives each item of the list below it that source", () => {
    expect(speakerOfFigure(box, "120")).toMatch(/Coordination Headquarters/);
    expect(speakerOfFigure(box, "95")).toMatch(/Coordination Headquarters/);
  });

  it("ends with the list: the next section's items are not the source's", () => {
    expect(speakerOfFigure(box, "700") ?? "").not.toMatch(/Coordination Headquarters/);
  });
});
