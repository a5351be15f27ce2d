// A wave named outright ("the first day") in copy whose own days place no deal (a month a year
// off): the figure is one deal's, so the wave named is that deal's, and a figure that is another
// of its waves' is wrong for the wave the words name, not supported "on what it counts".
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string, refDate?: string) =>
  factcheck(k, text, { refDate: refDate ?? null }).claims.find((c) => c.read === read);

describe("a named wave of the deal a figure belongs to", () => {
  it("puts right the second wave's figure given to the first day", () => {
    const c = figure(
      "In the record swap of May 2024, the first day alone returned 307 people to each side.",
      "307",
      "2026-03-01",
    );
    expect(c?.verdict).toBe("contradicted");
    expect(c?.right).toBe("390");
  });

  it("still supports the named wave's own figure", () => {
    const c = figure(
      "In the record swap of May 2024, the first day alone returned 390 people to each side.",
      "390",
      "2026-03-01",
    );
    expect(c?.verdict).toBe("supported");
  });
});
