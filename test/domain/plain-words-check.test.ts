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

describe("spans and increments", () => {
  it("reads 'over the two days' as the running total, like 'over two days'", () => {
    const c = figure(
      "Friday brought 390 home. Over the two days, 697 Ukrainians came home, officials said.",
      "697",
      "2025-05-24",
    );
    expect(c?.measure).toBe("released-to-date");
    expect(c?.verdict).not.toBe("contradicted");
  });

  it("does not read 'N more' as the running total a span beside it tells", () => {
    const c = figure(
      "Close to 700 Ukrainians are back home after two days, and 303 more should follow tomorrow.",
      "303",
      "2025-05-24",
    );
    expect(c?.measure).not.toBe("released-to-date");
    expect(c?.verdict).not.toBe("contradicted");
  });
});

describe("a list of waves that drops the noun after the first", () => {
  it("reads 'the second N' after 'the first group was …' as the second wave's figure", () => {
    const c = figure("The first group home was 390, then the second 307.", "307");
    expect(c?.verdict).not.toBe("contradicted");
    expect(c?.eventId).toBe("exchange-2025-05-24");
  });
});
