// "The Nth exchange of the war" with no day of its own: in copy about one deal (or filed while
// a deal is under way) the count is the one the war had reached with that deal, so a wrong count
// is put right; where a nearby sentence ties its figures to another exchange, it is left alone.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string, refDate?: string) =>
  factcheck(k, text, { refDate: refDate ?? null }).claims.find((c) => c.read === read);

describe("an exchange's ordinal read by the deal the draft is about", () => {
  it("puts right a wrong ordinal in a draft filed while the deal was under way", () => {
    const c = figure(
      "Buses crossed the border again this afternoon. Officials in Kyiv described it as the 66th exchange since the full-scale invasion.",
      "66th",
      "2025-05-24",
    );
    expect(c?.verdict).toBe("contradicted");
    expect(c?.right).toBe("64th");
  });

  it("supports the right ordinal the same way", () => {
    const c = figure(
      "Buses crossed the border again this afternoon. Officials in Kyiv described it as the 64th exchange since the full-scale invasion.",
      "64th",
      "2025-05-24",
    );
    expect(c?.verdict).toBe("supported");
  });

  it("leaves an ordinal alone when the sentence before ties its figures to another exchange", () => {
    const c = figure(
      "In the January 2024 swap Ukraine got 230 of its people back. Kyiv called that one the 52nd exchange of the war.",
      "52nd",
      "2025-05-24",
    );
    expect(c?.verdict).toBe("unverified");
  });

  it("leaves an ordinal alone in an undated draft with no deal to read it by", () => {
    const c = figure("Kyiv called it the 66th exchange since the full-scale invasion.", "66th");
    expect(c?.verdict).toBe("unverified");
  });
});
