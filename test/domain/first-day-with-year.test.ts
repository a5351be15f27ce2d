// "The first day of the May 2025 swap": a month with its year before the deal's name still fixes
// the deal's first day, as "the May swap" does; a year the deal did not begin in fixes nothing.
// Our own wording throughout.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string) =>
  factcheck(k, text, { refDate: null }).claims.find((c) => c.kind !== "day");

describe("the first day of a deal named with its month and year", () => {
  it("puts right another wave's figure told as the first day's", () => {
    const f = figure("On the first day of the May 2025 swap, each side handed back 307 captives.");
    expect(f?.date).toBe("2025-05-23");
    expect(f?.verdict).toBe("contradicted");
    expect(f?.right).toBe("390");
  });

  it("supports the first day's own figure", () => {
    const f = figure("On the first day of the May 2025 swap, 390 captives went back per side.");
    expect(f?.verdict).toBe("supported");
  });

  it("fixes no day when the year is not the one the deal began in", () => {
    const f = figure("On the first day of the May 2023 swap, each side handed back 307 captives.");
    expect(f?.date).toBeNull();
    expect(f?.verdict).not.toBe("contradicted");
  });
});
