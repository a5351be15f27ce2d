// "A day earlier" counted from the last event told, not from a deal's day told in passing
// (issue 14).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { proposeIngest } from "../../src/domain/ingest.ts";
import { findEventMentions } from "../../src/domain/ingest-events.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const TEXT = [
  "Odesa, 30 August 2025",
  "",
  "The families' council welcomes the third stage of the swap, carried out yesterday. Eighty-four soldiers came home, and Russia got 84 of its men back.",
  "",
  "So far 300 people have been released in all, under the agreement reached in Geneva on 10 August.",
  "",
  "A day earlier, Ukraine received the bodies of 950 fallen soldiers. Russia received the bodies of 37 of its servicemen, the council said.",
].join("\n");

describe("a day counted from another", () => {
  it("counts 'a day earlier' from the last event told, not from a deal's day in passing", () => {
    const days = findEventMentions(TEXT, "2025-08-30").map((m) => `${m.kind} ${m.from}`);
    expect(days).toContain("bodies 2025-08-28");
    expect(days).not.toContain("bodies 2025-08-09");
  });

  it("files the figures of the next sentence on that day too", () => {
    const result = proposeIngest(analyse(bundledData()), {
      text: TEXT,
      sha256: createHash("sha256").update(TEXT, "utf8").digest("hex"),
      outlet: "Families' Council",
      published: "2025-08-30",
      url: null,
      now: "2025-08-30T12:00:00.000Z",
      by: "cli",
    });
    if (!result.ok) throw new Error("expected a proposal");
    const fact = result.proposal.facts.find((f) => f.fact.quote.text.includes("37"));
    expect(fact?.fact.eventId).toBe("bodies-2025-08-28");
  });
});
