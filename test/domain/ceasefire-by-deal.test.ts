// The ceasefire Kyiv asked for, told with no talks named: in copy about a deal (or filed while
// one is under way) it is the one sought at the talks that agreed that deal, so a wrong length
// is put right; in copy no deal places, it is left unverified.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string, refDate?: string) =>
  factcheck(k, text, { refDate: refDate ?? null }).claims.find((c) => c.read === read);

describe("the ceasefire sought, read by the deal the draft is about", () => {
  it("puts right a wrong length in copy filed during the deal", () => {
    const c = figure(
      "More buses are due at the border tonight. Kyiv had pressed for a 45-day ceasefire before settling for the prisoner deal.",
      "45",
      "2025-05-24",
    );
    expect(c?.verdict).toBe("contradicted");
    expect(c?.right).toBe("30");
  });

  it("supports the right length the same way", () => {
    const c = figure(
      "More buses are due at the border tonight. Kyiv had pressed for a 30-day ceasefire before settling for the prisoner deal.",
      "30",
      "2025-05-24",
    );
    expect(c?.verdict).toBe("supported");
  });

  it("leaves the length alone in undated copy that names no deal", () => {
    const c = figure("Kyiv had pressed for a 45-day ceasefire.", "45");
    expect(c?.verdict).not.toBe("contradicted");
  });
});
