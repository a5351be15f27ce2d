// "Per side" a word or two past the figure's noun ("prisoners returned per side") still says
// the figure is each side's: read with no side, a doubled figure was supported by the store's
// both-sides total. Our own wording throughout.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string) =>
  factcheck(k, text, { refDate: null }).claims.find((c) => c.kind !== "day");

describe("'per side' after a verb", () => {
  it("reads the figure as each side's, so both sides' total does not support it", () => {
    const f = figure("Last May, 2,000 captives were returned per side.");
    expect(f?.side).toBe("each");
    expect(f?.verdict).not.toBe("supported");
  });

  it("is never a correction on its own when no exchange is named", () => {
    expect(figure("Last May, 2,000 captives were returned per side.")?.verdict).not.toBe(
      "contradicted",
    );
  });

  it("still supports each side's own figure", () => {
    const f = figure("Last May, 1,000 captives were returned per side.");
    expect(f?.side).toBe("each");
    expect(f?.verdict).toBe("supported");
  });
});
