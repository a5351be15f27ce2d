// A bare figure a day owns ("Saturday's batch was 307", "day one was 390") in copy about an
// exchange is that day's count, in our own wording; running words are not read so.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { dayOwnedFigure } from "../../src/domain/check/read/day-owned-figures.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const verdicts = (text: string, refDate: string) =>
  factcheck(k, text, { refDate })
    .claims.filter((c) => c.kind !== "day")
    .map((c) => [c.read, c.verdict]);

describe("figures owned by a day", () => {
  it("reads a day's possessive batch and a day-one list as each day's count", () => {
    expect(
      verdicts(
        "The buses kept coming all weekend as prisoners were swapped. Saturday's batch was 307.",
        "2025-05-26",
      ),
    ).toContainEqual(["307", "supported"]);
    expect(
      verdicts("Prisoners were freed in waves. Day one was 390, day two 307.", "2025-05-26"),
    ).toEqual(expect.arrayContaining([["390", "supported"]]));
  });

  it("leaves running counts, times and units to other readers", () => {
    expect(dayOwnedFigure("Yesterday's total was ", ".")).toBe(false);
    expect(dayOwnedFigure("Friday's was ", " km away.")).toBe(false);
    expect(dayOwnedFigure("They left on Saturday at ", ":30.")).toBe(false);
    expect(dayOwnedFigure("Friday's was ", ".")).toBe(true);
  });
});
