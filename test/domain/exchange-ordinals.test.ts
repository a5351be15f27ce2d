// The war's count of swaps said as an ordinal with its noun left out ("officials called it the
// 64th"), in our own wording; ordinals that count something else are left alone.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { elidedExchangeOrdinal } from "../../src/domain/check/read/exchange-ordinals.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const read = (text: string, refDate: string) =>
  factcheck(k, text, { refDate }).claims.map((c) => [c.read, c.verdict]);

describe("an exchange's ordinal with its noun left out", () => {
  it("is checked as the war's count of exchanges", () => {
    expect(
      read(
        "Prisoners were swapped on Friday 23 May 2025. Kyiv's officials called it the 64th.",
        "2025-05-24",
      ),
    ).toContainEqual(["64th", "supported"]);
  });

  it("leaves low ordinals, counted nouns and taken-back figures alone", () => {
    expect(elidedExchangeOrdinal(26, "swap ended Mon ", ".")).toBe(false);
    expect(elidedExchangeOrdinal(47, "Trump, the ", " president, said")).toBe(false);
    expect(elidedExchangeOrdinal(65, "this is the ", ", no, sorry, the 64th")).toBe(false);
    expect(elidedExchangeOrdinal(63, "", " — Kyiv's count of exchanges")).toBe(true);
    expect(elidedExchangeOrdinal(64, "rki says it's the ", " overall")).toBe(true);
  });
});
