// The dispute rules on small, made-up stores: each rule fires when facts cannot all be true
// and stays quiet when qualifiers make them fit.
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/domain/catalog.ts";
import { findDisputes } from "../../src/domain/disputes.ts";
import { emptyStore, type Fact, type StoreData } from "../../src/store/schema.ts";
import { fact, num } from "../helpers/store.ts";

function storeWith(facts: Fact[], extra: Partial<StoreData> = {}): StoreData {
  const data = emptyStore();
  data.sources = ["src-a", "src-b", "src-c"].map((id) => ({
    id,
    outlet: `Outlet ${id.slice(-1).toUpperCase()}`,
    title: null,
    author: null,
    published: { on: "2025-05-24" },
    url: null,
    file: null,
    text: "x",
    sha256: "0".repeat(64),
    status: "reviewed" as const,
    addedAt: "2026-11-22T00:00:00.000Z",
    addedBy: "test",
  }));
  data.claimants = [
    { id: "press-a", name: "Outlet A", party: "press" },
    { id: "press-b", name: "Outlet B", party: "press" },
    { id: "ua", name: "Kyiv", party: "ukraine" },
    { id: "ru", name: "Moscow", party: "russia" },
  ];
  data.events = [
    {
      id: "ev",
      kind: "exchange",
      title: "The exchange",
      date: { on: "2025-05-24" },
      partOf: null,
      aliases: [],
    },
    { id: "tally", kind: "tally", title: "Totals", date: null, partOf: null, aliases: [] },
  ];
  data.facts = facts;
  return { ...data, ...extra };
}

const run = (facts: Fact[], extra?: Partial<StoreData>) =>
  findDisputes(buildCatalog(storeWith(facts, extra)));

describe("value rule", () => {
  it("fires when two figures for the same thing cannot both be true", () => {
    const { disputes } = run([
      fact({ id: "a", value: num(390) }),
      fact({ id: "b", value: num(270), sourceId: "src-b", claimantId: "press-b" }),
    ]);
    expect(disputes).toHaveLength(1);
    expect(disputes[0]?.kind).toBe("value");
    expect(disputes[0]?.sentence).toMatch(
      /Outlet A gives 390 each side, but Outlet B gives 270 each side/,
    );
  });

  it("reads qualifiers: over 200 fits 205, nearly 480 fits 478", () => {
    expect(
      run([fact({ id: "a", value: num(205) }), fact({ id: "b", value: num(200, "more-than") })])
        .disputes,
    ).toHaveLength(0);
    expect(
      run([fact({ id: "a", value: num(478) }), fact({ id: "b", value: num(480, "nearly") })])
        .disputes,
    ).toHaveLength(0);
    expect(
      run([fact({ id: "a", value: num(481) }), fact({ id: "b", value: num(480, "nearly") })])
        .disputes,
    ).toHaveLength(1);
  });

  it("compares 'each side' with one side's figure", () => {
    const { disputes } = run([
      fact({ id: "a", value: num(390), counted: "military", side: "each" }),
      fact({ id: "b", value: num(270), counted: "military", side: "russia", claimantId: "ru" }),
      fact({ id: "c", value: num(390), counted: "military", side: "ukraine", claimantId: "ua" }),
    ]);
    expect(disputes.map((d) => d.id)).toEqual(["value:ev:released:military:russia"]);
  });

  it("says when the disagreement is between the parties, not the outlets", () => {
    const { disputes } = run([
      fact({ id: "a", value: num(300), side: "ukraine", claimantId: "ua" }),
      fact({ id: "b", value: num(250), side: "ukraine", claimantId: "ru", sourceId: "src-b" }),
    ]);
    expect(disputes[0]?.betweenParties).toBe(true);
    expect(disputes[0]?.sentence).toMatch(/between the parties/);
  });
});

describe("date rule", () => {
  it("fires when sources give one exchange different dates", () => {
    const { disputes } = run([
      fact({ id: "a", value: num(205), eventDate: "2025-05-06" }),
      fact({
        id: "b",
        value: num(200, "more-than"),
        eventDate: "2025-05-07",
        sourceId: "src-b",
        claimantId: "ua",
      }),
    ]);
    expect(disputes.map((d) => d.kind)).toEqual(["date"]);
    expect(disputes[0]?.sentence).toMatch(/May 6, 2025.*May 7, 2025/);
  });
});

describe("claim rule", () => {
  it("fires on different answers to the same question, and not on the same answer", () => {
    const text = (key: string) => ({ type: "text" as const, key, said: key });
    const base = { measure: "mediator" as const, counted: null, side: null };
    expect(
      run([
        fact({ id: "a", ...base, value: text("Turkey") }),
        fact({ id: "b", ...base, value: text("Turkey"), sourceId: "src-b" }),
      ]).disputes,
    ).toHaveLength(0);
    const { disputes } = run([
      fact({ id: "a", ...base, value: text("Turkey") }),
      fact({
        id: "b",
        ...base,
        value: text("United States"),
        sourceId: "src-b",
        claimantId: "press-b",
      }),
    ]);
    expect(disputes[0]?.kind).toBe("claim");
    expect(disputes[0]?.sentence).toMatch(/“Turkey”.*“United States”/);
  });
});

describe("cumulative rule", () => {
  const total = (id: string, n: number, asOf: string, q: "exact" | "more-than" = "exact") =>
    fact({
      id,
      eventId: "tally",
      measure: "returned-since-2022",
      side: "ukraine",
      value: num(n, q),
      asOf: { on: asOf },
    });

  it("fires for totals of about the same day that disagree, allowing for exchanges in between", () => {
    const { disputes } = run([
      total("a", 4552, "2025-05-20"),
      total("b", 4750, "2025-05-25", "more-than"),
      fact({ id: "w", value: num(390), eventId: "ev" }),
    ]);
    expect(disputes).toHaveLength(1);
    expect(disputes[0]?.kind).toBe("cumulative");
    expect(disputes[0]?.sentence).toMatch(
      /only if the later count includes the 390 returned on May 24, 2025/,
    );
  });

  it("stays quiet for totals far apart that grow, and fires when a total falls", () => {
    expect(
      run([total("a", 3400, "2024-06-01"), total("b", 3672, "2024-09-15")]).disputes,
    ).toHaveLength(0);
    const falls = run([total("a", 3700, "2024-06-01"), total("b", 3600, "2024-12-15")]).disputes;
    expect(falls[0]?.sentence).toMatch(/cannot fall/);
  });
});

describe("arithmetic checks", () => {
  it("checks a deal's waves against its total and flags a sum that does not hold", () => {
    const events = [
      {
        id: "deal",
        kind: "deal" as const,
        title: "The deal",
        date: { from: "2025-05-23", to: "2025-05-24" },
        partOf: null,
        aliases: [],
      },
      {
        id: "w1",
        kind: "exchange" as const,
        title: "Wave 1",
        date: { on: "2025-05-23" },
        partOf: "deal",
        aliases: [],
      },
      {
        id: "w2",
        kind: "exchange" as const,
        title: "Wave 2",
        date: { on: "2025-05-24" },
        partOf: "deal",
        aliases: [],
      },
    ];
    const facts = (second: number) => [
      fact({ id: "t", eventId: "deal", value: num(700) }),
      fact({ id: "a", eventId: "w1", value: num(390) }),
      fact({ id: "b", eventId: "w2", value: num(second) }),
    ];
    const ok = findDisputes(buildCatalog(storeWith(facts(310), { events })));
    expect(ok.checks.map((c) => [c.sum, c.ok])).toEqual([[700, true]]);
    const bad = findDisputes(buildCatalog(storeWith(facts(307), { events })));
    expect(bad.disputes[0]?.kind).toBe("arithmetic");
    expect(bad.disputes[0]?.sentence).toMatch(/390 \+ 307 = 697, but Outlet A gives 700/);
  });
});
