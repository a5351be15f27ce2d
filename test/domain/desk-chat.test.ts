// Desk chat: terse messages between reporters and the desk, in our own wording, and how the
// fact-check reads their shorthand.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const verdicts = (text: string, refDate: string | null = null) =>
  factcheck(k, text, { refDate })
    .claims.filter((c) => c.kind !== "day")
    .map((c) => [c.read, c.side, c.verdict]);

describe("a bare 'both' after a figure", () => {
  it("'N each way, 2N both' reads the second figure as both sides together", () => {
    const got = verdicts("Saturday's leg, May 24: 307 per side and 614 both.", "2025-05-26");
    expect(got).toContainEqual(["614", "total", "supported"]);
    expect(got.map((g) => g[2])).not.toContain("contradicted");
  });
});

describe("a chat thread's later message takes a figure back", () => {
  const figures = (text: string, refDate: string) =>
    factcheck(k, text, { refDate })
      .claims.filter((c) => c.kind !== "day")
      .map((c) => [c.read, c.verdict]);

  it("a writer owning up drops their own earlier figures of that kind, not the desk's", () => {
    const text = [
      "[09:02] Ana: second group in, 614 each side, so 1,228 in all",
      "[09:05] desk: HQ has 307 per side",
      "[09:07] Ana: my mistake, 307 per side and 614 in all",
    ].join("\n");
    const got = figures(text, "2025-05-24");
    expect(got.map((g) => g[0])).not.toContain("1,228");
    expect(got.map((g) => g[1])).not.toContain("contradicted");
    expect(got).toContainEqual(["307", "supported"]);
  });

  it("another's 'no' drops the counts it answers, but keeps what it says again", () => {
    const text = [
      "[18:01] desk: for the box: 614 each side on the second day, 1,394 home so far",
      "[18:09] Lev: no, 1,394 was both sides. per side it was 307",
    ].join("\n");
    const got = figures(text, "2025-05-24");
    expect(got.map((g) => g[0])).not.toContain("614");
    expect(got.map((g) => g[0])).toContain("1,394");
  });

  it("an ordinal put right leaves the counts of the same message standing", () => {
    const text = [
      "[08:40] desk: filed: 307 each side on Sat. it was the 62nd exchange since the invasion",
      "[08:55] Lev: 64th!! will fix",
    ].join("\n");
    const got = figures(text, "2025-05-26");
    expect(got.map((g) => g[0])).not.toContain("62nd");
    expect(got).toContainEqual(["307", "supported"]);
  });
});
