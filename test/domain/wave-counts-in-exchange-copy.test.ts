// A count of waves told in copy about an exchange without a deal word in its own sentence
// ("How was it organised? In four waves.") is the deal's count of waves, in our own wording;
// waves of drones, waves still to come and waves done so far are not read so.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const verdicts = (text: string) =>
  factcheck(k, text, { refDate: "2025-05-27" })
    .claims.filter((c) => c.kind !== "day")
    .map((c) => [c.read, c.verdict]);
const LEAD = "Last weekend the two sides swapped prisoners, a thousand each.";

describe("wave counts in exchange copy", () => {
  it("checks a count of waves whose sentence names no deal", () => {
    expect(verdicts(`${LEAD} How was it organised? In four waves, one a day.`)).toContainEqual([
      "four",
      "contradicted",
    ]);
    expect(verdicts(`${LEAD} How was it organised? In three waves, one a day.`)).toContainEqual([
      "three",
      "supported",
    ]);
  });

  it("checks the count after a named wave's place among them", () => {
    expect(verdicts(`${LEAD} This round was the second of three.`)).toContainEqual([
      "three",
      "supported",
    ]);
  });

  it("leaves waves so far, waves to come and waves of drones unread", () => {
    const unread = (text: string) =>
      verdicts(`${LEAD} ${text}`).filter(([read]) => read !== "a thousand");
    expect(unread("Two stages are done already.")).toEqual([]);
    expect(unread("Overnight Russia sent four waves of drones.")).toEqual([]);
    expect(unread("Two more waves are planned.")).toEqual([]);
  });
});
