import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/domain/check/read/sentences.ts";

// The split of a draft is kept for the next reader of the same draft: each must still get
// sentences of its own, whatever an earlier caller did to the ones it was given.
describe("splitSentences keeps its last splits apart from its callers", () => {
  const draft = "Kyiv said 84 came back on Tuesday. Moscow gave no figure.\nMore later.";

  it("gives the same sentences for the same draft, in new objects each time", () => {
    const first = splitSentences(draft);
    const second = splitSentences(draft);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second[0]).not.toBe(first[0]);
  });

  it("is not changed by what a caller does to its copy", () => {
    const mine = splitSentences(draft);
    (mine[0] as { text: string }).text = "changed";
    mine.pop();
    const theirs = splitSentences(draft);
    expect(theirs.map((s) => s.text)).toEqual([
      "Kyiv said 84 came back on Tuesday.",
      "Moscow gave no figure.",
      "More later.",
    ]);
  });

  it("reads a second draft, and the first again, each as its own", () => {
    const other = "Two sides met twice. Then 12 more were freed.";
    expect(splitSentences(other).map((s) => s.start)).toEqual([0, 21]);
    const starts = [0, draft.indexOf("Moscow"), draft.indexOf("More")];
    expect(splitSentences(draft).map((s) => s.start)).toEqual(starts);
    expect(splitSentences("A third. And fourth.")).toHaveLength(2);
    expect(splitSentences(draft).map((s) => draft.slice(s.start, s.end))).toEqual([
      "Kyiv said 84 came back on Tuesday.",
      "Moscow gave no figure.",
      "More later.",
    ]);
  });
});
