// Copy written plainly (children's explainers, hometown profiles) says "hurt" for the wounded and
// moves from one swap to another by month alone; a figure read in the wrong frame must not be
// put right against another group's or another exchange's figure.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string, refDate?: string) =>
  factcheck(k, text, { refDate: refDate ?? null }).claims.find((c) => c.read === read);

describe("'hurt' counts the wounded", () => {
  it("reads 'hurt soldiers' as the wounded of that side, not the side's whole release", () => {
    const text =
      "On April 19 the sides freed 246 people each and, with them, 31 hurt Ukrainian troops and 15 hurt Russian troops.";
    const ua = figure(text, "31");
    const ru = figure(text, "15");
    expect(ua?.verdict).not.toBe("contradicted");
    expect(ru?.verdict).not.toBe("contradicted");
    expect(ua?.side).toBe("ukraine");
  });
});

describe("'In <month>,' moves the telling to that month's exchange", () => {
  it("does not carry an earlier sentence's day onto a figure told 'In March'", () => {
    const c = figure(
      "Back on May 7 the two sides made a smaller trade. In March, 175 from each side went home.",
      "175",
    );
    expect(c?.verdict).not.toBe("contradicted");
    expect(c?.date ?? null).toBeNull();
  });

  it("does not carry a March day onto a figure told 'In April', even a month later", () => {
    const c = figure(
      "The March 19 swap sent 175 home on each side. In April, 240 from each side were freed.",
      "240",
    );
    expect(c?.verdict).not.toBe("contradicted");
  });
});
