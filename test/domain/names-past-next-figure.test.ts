// An exchange named only past the next figure of a run-on sentence is likelier that figure's:
// it may support a figure before it, but never puts it right.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string) =>
  factcheck(k, text).claims.find((c) => c.read === read);

describe("a name told past the next figure", () => {
  it("does not correct an earlier figure by the exchange named for a later one", () => {
    const c = figure(
      "audio note. the April nineteenth swap, 246 each side, and on top of that 31 wounded Ukrainians. well over five hundred altogether the one in March before it came to one hundred seventy five overall and the early May one had 205 each",
      "well over five hundred",
    );
    expect(c?.verdict).not.toBe("contradicted");
  });

  it("still corrects figures paired by 'and' before the name they share", () => {
    expect(
      figure("Kyiv got 248 back and Moscow 230 in what was called the 49th exchange.", "248")
        ?.verdict,
    ).toBe("contradicted");
  });
});
