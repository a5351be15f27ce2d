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
