// A figure whose sentence names two days for it, with nothing tying it to one: when it is the
// store's own figure for the other day, the reading is unsure, so it is not put right.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string, refDate?: string) =>
  factcheck(k, text, { refDate: refDate ?? null }).claims.find((c) => c.read === read);

describe("two days named for one figure", () => {
  it("leaves unverified a figure set between a relative day and a written one that disagree", () => {
    const c = figure(
      "Today (25/05) a further 307 soldiers were brought home.",
      "307",
      "2025-05-24",
    );
    expect(c?.verdict).toBe("unverified");
    expect(c?.reason).toMatch(/which day/);
  });

  it("leaves unverified a figure whose weekday and date point at different waves", () => {
    const c = figure(
      "uh, yesterday, that's Friday May 24, they moved three ninety each side",
      "three ninety",
      "2025-05-24",
    );
    expect(c?.verdict).toBe("unverified");
  });

  it("reads 'the day after' a deed from the deed's exchange, not from the day before it", () => {
    const c = figure(
      "The paper has 307 freed on May 25, 'the day after both sides handed over 390 people each'.",
      "307",
    );
    expect(c?.verdict).toBe("unverified");
    expect(c?.reason).toMatch(/May 24, 2025/);
  });

  it("does not count a figure the speaker takes back as holding the other day", () => {
    const c = figure(
      "so the numbers from yesterday it was 350 no sorry 390 each way and today is the second wave.",
      "390",
      "2025-05-24",
    );
    expect(c?.verdict).not.toBe("contradicted");
  });

  it("still puts right figures each paired with its own day", () => {
    expect(
      figure("On Friday 307 each came home and on Saturday 390 each.", "307", "2025-05-26")
        ?.verdict,
    ).toBe("contradicted");
    expect(figure("Friday's 307 and Saturday's 390 came home.", "390", "2025-05-26")?.verdict).toBe(
      "contradicted",
    );
  });

  it("still puts right a figure set beside another day's only to compare", () => {
    expect(
      figure("Second wave today: 390 each way, the same as yesterday's.", "390", "2025-05-24")
        ?.verdict,
    ).toBe("contradicted");
  });

  it("does not take a day still to come, or the dateline, as a rival", () => {
    expect(
      figure("today's batch 307 each side, the next one tomorrow.", "307", "2025-05-23")?.verdict,
    ).toBe("contradicted");
    expect(
      figure(
        "KYIV, May 26 — The swap ended on Sunday with the last 307 people handed over.",
        "307",
        "2025-05-26",
      )?.verdict,
    ).toBe("contradicted");
  });
});
