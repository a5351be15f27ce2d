// Days the copy names by what they mark rather than by their date (read in ingested articles only).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { eventStart } from "../../src/domain/catalog.ts";
import { findDates } from "../../src/domain/dates.ts";
import { proposeIngest } from "../../src/domain/ingest.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const days = (text: string, spelledDays = true) =>
  findDates(text, { refDate: "2024-09-02", spelledDays }).map((d) => [d.text, d.date]);

describe("Ukraine's Independence Day", () => {
  it("is 24 August of the copy's year, however it is named", () => {
    expect(days("Sixty soldiers came home on Independence Day.")).toEqual([
      ["Independence Day", "2024-08-24"],
    ]);
    expect(days("On Ukraine's Independence Day the buses crossed.")).toEqual([
      ["Ukraine's Independence Day", "2024-08-24"],
    ]);
    expect(days("On the Day of Independence of Ukraine, 60 came back.")).toEqual([
      ["the Day of Independence of Ukraine", "2024-08-24"],
    ]);
  });

  it("reads its eve as the day before", () => {
    expect(days("The swap came on the eve of Independence Day.")).toEqual([
      ["the eve of Independence Day", "2024-08-23"],
    ]);
  });

  it("leaves another country's independence day alone", () => {
    expect(days("He spent American Independence Day in a cell.")).toEqual([]);
  });

  it("is not read by the fact-check's reader, whose sets were scored without it", () => {
    expect(days("Sixty soldiers came home on Independence Day.", false)).toEqual([]);
  });
});

describe("an exchange told on a named day", () => {
  it("is proposed on that day, with its figure", () => {
    const text = "On the Day of Independence of Ukraine, 58 prisoners were released by each side.";
    const result = proposeIngest(analyse(bundledData()), {
      text,
      sha256: createHash("sha256").update(text, "utf8").digest("hex"),
      outlet: "Harbour Gazette",
      published: "2025-08-26",
      url: null,
      now: "2025-08-26T12:00:00.000Z",
      by: "cli",
    });
    if (!result.ok) throw new Error("expected a proposal");
    const event = result.proposal.events?.find((e) => e.kind === "exchange");
    expect(event && eventStart(event)).toBe("2025-08-24");
    const fact = result.proposal.facts.find((f) => f.fact.value.type === "number");
    expect(fact?.fact.eventId).toBe(event?.id);
  });
});
