// The hand check of fact rows at open (src/store/fact-rows.ts) is a filter in front of zod:
// it may vouch only for a row the Fact schema accepts and returns unchanged. Held to the
// schema here over every fact of the bundled store and of a generated archive (which it must
// vouch for, or it saves nothing) and over each of those bent every way a field can be bent.
import { describe, expect, it } from "vitest";
import { generateStore } from "../../bench/generate.ts";
import { plainlyValidFact } from "../../src/store/fact-rows.ts";
import { Fact, StoreData as StoreSchema } from "../../src/store/schema.ts";
import { checkRowByRow } from "../../src/store/store.ts";
import { bundledData } from "../helpers/store.ts";

type Row = Record<string, unknown>;
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));

/** Values a field may be bent to: wrong types, edges of each check, look-alikes of good ones. */
const BENT: unknown[] = [
  null,
  "",
  "x",
  "X",
  "Bad id",
  "-lead",
  "a.b_c-d",
  "2025-05-24",
  "2025-5-24",
  "2025-05-24T08:00:00.000Z",
  "2025-05-24T08:00:00+02:00",
  "yesterday",
  "released",
  "people",
  "each",
  "exact",
  "reviewed",
  "rejected",
  0,
  -0,
  1,
  -1,
  1.5,
  2 ** 60,
  true,
  false,
  {},
  [],
  { on: "2025-05-24" },
  { on: "2025-05-24", note: "x" },
  { from: "2025-05-20", to: "2025-05-24" },
  { from: "2025-05-20", to: "2025-05-24", note: "about" },
  { from: "2025-05-20", to: "2025-05-24", note: 1 },
  { from: "2025-05-20" },
  { type: "number", n: 1, qualifier: "exact", said: "1" },
  { type: "number", n: 1, qualifier: "exact", said: "1", n2: 2 },
  { type: "number", n: -1, qualifier: "exact", said: "1" },
  { type: "number", n: 1, qualifier: "roughly", said: "1" },
  { type: "number", n: 1, qualifier: "exact", said: "" },
  { type: "date", date: "2025-05-24", said: "May 24" },
  { type: "date", date: "May 24", said: "May 24" },
  { type: "text", key: "turkey", said: "Turkey" },
  { type: "text", key: "", said: "Turkey" },
  { type: "text", key: "turkey", said: "Turkey", n: 1 },
  { type: "other", said: "x" },
  { text: "abc", start: 0, end: 3 },
  { text: "abc", start: 0, end: 4 },
  { text: "abc", start: 1.5, end: 4.5 },
  { text: "", start: 0, end: 0 },
  { text: "abc", start: -3, end: 0 },
  { text: "abc", start: 0, end: 3, extra: 1 },
];

/** Every path to a field of a row, nested objects included. */
function paths(row: unknown, prefix: string[] = []): string[][] {
  if (typeof row !== "object" || row === null || Array.isArray(row)) return [];
  const out: string[][] = [];
  for (const [k, v] of Object.entries(row)) {
    out.push([...prefix, k]);
    out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

function bend(row: Row, at: string[], value: unknown, remove = false): Row {
  const out = copy(row);
  let o = out as Row;
  for (const k of at.slice(0, -1)) o = o[k] as Row;
  const last = at.at(-1) as string;
  if (remove) delete o[last];
  else o[last] = value;
  return out;
}

/** The check vouches only for what zod accepts and returns as it is. */
function agrees(row: unknown): void {
  if (!plainlyValidFact(row)) return;
  const parsed = Fact.safeParse(row);
  expect(parsed.success, JSON.stringify(row)).toBe(true);
  expect(parsed.data, JSON.stringify(row)).toEqual(row);
  expect(Object.keys(parsed.data as object).length).toBe(Object.keys(row as object).length);
}

describe("the hand check of fact rows", () => {
  const bundled = bundledData().facts;
  const generated = generateStore(2_000).facts;

  it("vouches for every fact of the bundled store and of a generated archive, as zod takes them", () => {
    for (const f of [...bundled, ...generated]) {
      expect(plainlyValidFact(f), f.id).toBe(true);
      agrees(f);
    }
  });

  it("vouches for no row zod would refuse or change, however a field is bent", () => {
    // Facts of every shape: each kind of value, as-of days and ranges, notes, edited facts.
    const samples = new Map<string, Row>();
    for (const f of [...bundled, ...generated]) {
      const shape = paths(f)
        .map((p) => p.join("."))
        .sort()
        .join(",");
      if (!samples.has(shape)) samples.set(shape, f as unknown as Row);
    }
    const edited = copy(bundled[0]) as unknown as Row;
    edited.addedAt = "2026-11-30T08:00:00.000Z";
    samples.set("edited", edited);
    let vouched = 0;
    let refused = 0;
    for (const row of samples.values()) {
      for (const at of paths(row)) {
        const bentRows = [bend(row, at, undefined, true), ...BENT.map((v) => bend(row, at, v))];
        for (const b of bentRows) {
          agrees(b);
          if (plainlyValidFact(b)) vouched++;
          else refused++;
        }
      }
      agrees({ ...row, extra: 1 });
      expect(plainlyValidFact({ ...row, extra: 1 })).toBe(false);
    }
    // Both ways taken: the bends include good values as well as bad ones.
    expect(vouched).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(vouched);
    for (const odd of [null, [], "fact", 1, Object.create({ id: "x" })]) agrees(odd);
  });

  it("leaves to zod what it does not vouch for: a store with bent facts reads as the schema reads it", () => {
    const data = copy(bundledData());
    // `planned` missing (the schema fills it in) and a note (optional): both kept as zod returns them.
    delete (data.facts[0] as Partial<Row>).planned;
    (data.facts[1] as unknown as Row).note = "checked twice";
    (data.facts[2] as unknown as Row).addedAt = "2026-11-30T08:00:00+02:00";
    expect(plainlyValidFact(data.facts[0])).toBe(false);
    expect(checkRowByRow(data)).toEqual(StoreSchema.parse(data));
    const bad = copy(data);
    (bad.facts[4] as unknown as Row).addedAt = "not a time";
    expect(checkRowByRow(bad)).toBeNull();
  });
});
