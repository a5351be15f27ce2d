// Two voices counting the same bodies: whose side the count is on, and the rival figure with it.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { proposeIngest } from "../../src/domain/ingest.ts";
import { bodiesSide } from "../../src/domain/ingest-sides.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const sideOf = (text: string, figure: string, party?: "ukraine" | "russia") => {
  const start = text.indexOf(figure);
  return bodiesSide(text, start, start + figure.length, party);
};

describe("bodies a side says it handed over", () => {
  it("puts 'Kyiv says it has handed Moscow N bodies' on Russia's side", () => {
    expect(sideOf("Kyiv says it has handed Moscow 58 bodies.", "58", "ukraine")).toBe("russia");
    expect(sideOf("Moscow said it returned 640 bodies in July.", "640", "russia")).toBe("ukraine");
  });

  it("puts 'the number of bodies it has returned to Russia at N' on Russia's side", () => {
    const text = "The office puts the number of bodies it has returned to Russia at 58.";
    expect(sideOf(text, "58", "ukraine")).toBe("russia");
  });

  it("does not take an 'it' that is no side named as the giver", () => {
    // "it" is Russia, told in the sentence before; the speaker is Kyiv's office.
    const text = "Russia pledged 6,000. With this handover it has returned 2,300, the office said.";
    expect(sideOf(text, "2,300", "ukraine")).toBe("ukraine");
  });
});

describe("bodies a side receives, told in a timeline's present tense", () => {
  it("puts both figures of 'Russia receives 12 and 17' on Russia's side", () => {
    const text =
      "July 3 and July 9 - Two handovers: 900 and 950 to Ukraine; Russia receives 12 and 17.";
    expect(sideOf(text, "12")).toBe("russia");
    expect(sideOf(text, "17")).toBe("russia");
  });
});

describe("a rival count in another voice", () => {
  it("counts what the figure it answers counts, on its side", () => {
    const text =
      "On June 13, Ukraine received 1,000 bodies. Kyiv says it handed back 58 bodies that day, Moscow says 61.";
    const result = proposeIngest(analyse(bundledData()), {
      text,
      sha256: createHash("sha256").update(text, "utf8").digest("hex"),
      outlet: "Harbour Gazette",
      published: "2025-06-20",
      url: null,
      now: "2025-06-20T12:00:00.000Z",
      by: "cli",
    });
    if (!result.ok) throw new Error("expected a proposal");
    const of = (n: number) =>
      result.proposal.facts
        .map((f) => f.fact)
        .find((f) => f.value.type === "number" && f.value.n === n);
    expect(of(58)?.side).toBe("russia");
    expect(of(61)?.side).toBe("russia");
    expect(of(61)?.counted).toBe("bodies");
    expect(of(61)?.eventId).toBe(of(58)?.eventId);
  });
});
