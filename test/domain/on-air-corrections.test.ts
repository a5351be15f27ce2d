// A presenter correcting the programme's own earlier words on air: the figure said before is
// the withdrawn version's, no claim, and the figure put in its place is checked.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figures = (text: string, refDate: string) =>
  factcheck(k, text, { refDate })
    .claims.filter((c) => c.kind !== "day")
    .map((c) => [c.read, c.verdict]);

describe("an on-air correction", () => {
  it("'Earlier we said X …' drops X", () => {
    const got = figures(
      "PRESENTER: Before we go on, earlier in this bulletin we said 303 people crossed back today. The figure is 390 each side.",
      "2025-05-23",
    );
    expect(got.map((g) => g[0])).not.toContain("303");
    expect(got).toContainEqual(["390", "supported"]);
    expect(got.map((g) => g[1])).not.toContain("contradicted");
  });

  it("'as we said earlier' stands by the figure", () => {
    const got = figures(
      "PRESENTER: As we said earlier, 303 people crossed back from each side today.",
      "2025-05-23",
    );
    expect(got.map((g) => g[0])).toContain("303");
  });
});
