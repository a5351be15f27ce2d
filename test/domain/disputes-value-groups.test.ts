// The value rule groups one event's figures by measure, what is counted and the day as written.
// Guards the grouping's order and its edges: groups come out in the order their first figure
// was met, a figure with no count ("counted" null) is its own group, and two days written the
// same way (a range given the wrong way round reads as the right way) are one group.
import { expect, it } from "vitest";
import { buildCatalog } from "../../src/domain/catalog.ts";
import { findDisputes } from "../../src/domain/disputes.ts";
import { emptyStore, type Fact } from "../../src/store/schema.ts";
import { fact, num } from "../helpers/store.ts";

function disputesOf(facts: Fact[]) {
  const data = emptyStore();
  data.sources = ["src-a", "src-b"].map((id) => ({
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
  ];
  data.facts = facts;
  return findDisputes(buildCatalog(data)).disputes;
}

const b = { sourceId: "src-b", claimantId: "press-b" };

it("gives the value disputes of one event in the order each group's first figure came", () => {
  const ds = disputesOf([
    fact({ id: "m1", counted: "military", value: num(300) }),
    fact({ id: "p1", counted: "people", value: num(390) }),
    fact({ id: "p2", counted: "people", value: num(270), ...b }),
    fact({ id: "m2", counted: "military", value: num(200), ...b }),
  ]);
  expect(ds.map((d) => d.id)).toEqual([
    "value:ev:released:military:each",
    "value:ev:released:people:each",
  ]);
  expect(ds[0]?.sides.map((s) => s.factIds)).toEqual([["m1"], ["m2"]]);
  expect(ds[1]?.sides.map((s) => s.factIds)).toEqual([["p1"], ["p2"]]);
});

it("keeps a figure with nothing counted apart from one counting people", () => {
  const ds = disputesOf([
    fact({ id: "n1", counted: null, value: num(390) }),
    fact({ id: "p1", counted: "people", value: num(270), ...b }),
  ]);
  expect(ds).toEqual([]);
});

it("groups two running figures whose days read the same, and parts those that do not", () => {
  const range = (from: string, to: string) => ({ from, to });
  const same = disputesOf([
    fact({
      id: "r1",
      measure: "released-to-date",
      asOf: range("2025-05-23", "2025-05-25"),
      value: num(697),
    }),
    fact({
      id: "r2",
      measure: "released-to-date",
      asOf: range("2025-05-25", "2025-05-23"),
      value: num(500),
      ...b,
    }),
  ]);
  expect(same.map((d) => d.sides.map((s) => s.factIds))).toEqual([[["r1"], ["r2"]]]);
  const apart = disputesOf([
    fact({ id: "r1", measure: "released-to-date", asOf: { on: "2025-05-23" }, value: num(697) }),
    fact({
      id: "r2",
      measure: "released-to-date",
      asOf: { on: "2025-05-24" },
      value: num(500),
      ...b,
    }),
  ]);
  expect(apart).toEqual([]);
});
