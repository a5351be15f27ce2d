// Floors on the dev half of the later-exchange articles (test/eval/later/dev.yaml), set at what
// ingest reached when issue 14 was built, so a change that loses ground is noticed. The sealed
// half is never opened here.
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";
import { formatLater, scoreLater } from "./later.ts";

describe("ingest of later articles, dev half", () => {
  const score = scoreLater(analyse(bundledData()), "dev");
  const report = formatLater(score);

  it("proposes the new events with the right day and kind", () => {
    expect(score.eventsRight / score.events, report).toBeGreaterThanOrEqual(0.95);
  });

  it("invents no event from a date that is not one", () => {
    expect(score.invented, report).toBe(0);
  });

  it("proposes the facts, and places them", () => {
    expect(score.factsProposed / score.facts, report).toBeGreaterThanOrEqual(0.87);
    expect(score.factsRight / score.facts, report).toBeGreaterThanOrEqual(0.87);
  });
});
