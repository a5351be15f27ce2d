// Wrong figures stated as the answer on the tenth questions set (fresh9, issue 12), each read
// in general; the questions here are written in our own words.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a running total said of Russia's own people is not checked against Ukraine's", () => {
  it("does not say no to 'Moscow has brought home 6,000 of its own' with Ukraine's totals", () => {
    const a = ask(
      "copy line: 'Moscow has brought home 6,000 of its own since 2022' - can we run it?",
    );
    expect(a.status).toBe("not-held");
    expect(a.line).not.toMatch(/4,750|4,552/);
  });
  it("reads 'Russia brought back' as Russia's side in a how-many question", () => {
    const a = ask("how many soldiers has russia brought back since 2022?");
    expect(a.line).not.toMatch(/4,750|4,552/);
  });
  it("keeps Ukraine's side for the bare 'brought home'", () => {
    const a = ask("how many ukrainians brought home since 2022 by may 23, 2025?");
    expect(a.line).toMatch(/4,750/);
  });
});

describe("people home within one year are not the running total since 2022", () => {
  it("does not answer 'how many came home in 2025 so far, up to the Istanbul talks' with a total since 2022", () => {
    const a = ask("how many ukrainians came home in 2025 so far, up to the istanbul talks?");
    expect(a.status).toBe("not-held");
    expect(a.line).not.toMatch(/4,750|4,552/);
  });
  it("reads 'year-to-date' the same way", () => {
    const a = ask("year-to-date tally of freed ukrainians as of mid-may 2025?");
    expect(a.line).not.toMatch(/4,750|4,552/);
  });
  it("still gives the total since 2022 when that is asked", () => {
    const a = ask("how many ukrainians had come home since 2022 by may 23, 2025?");
    expect(a.line).toMatch(/4,750/);
  });
});

describe("days asked between two things is never one exchange's count of people", () => {
  // (An end named by its figure, "the 205 exchange", is read as that exchange since ask10: the
  // days are counted, from each of its disputed days, and still no wave's count is given.)
  it("counts the days, not a wave's figure, when one end is named by its figure", () => {
    const a = ask("number of days between the 205 exchange and the opening day of the big deal?");
    expect(a.line).toMatch(/^17 days\b/);
    expect(a.line).not.toMatch(/\b(?:303|606|390|307)\b/);
  });
  it("still counts the days when both ends are read", () => {
    const a = ask("days between the april swap and the istanbul talks?");
    expect(a.line).toMatch(/^27 days/);
  });
  it("counts the days the same way with the other end named by a figure", () => {
    const a = ask("days between the 175 exchange and the start of the big swap?");
    expect(a.line).toMatch(/^65 days\b/);
    expect(a.line).not.toMatch(/\b(?:175|350|390)\b[^,]*people/);
  });
});
