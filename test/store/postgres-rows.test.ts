// Which rows a change replaced, added or removed: what the PostgreSQL adapter writes, worked
// out by reference (no server needed).
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../src/domain/freeze.ts";
import { diffRows } from "../../src/store/postgres/rows.ts";
import { tableOf } from "../../src/store/postgres/tables.ts";

const facts = tableOf("facts");
const audit = tableOf("audit");
const row = (id: string, status = "reviewed") => deepFreeze({ id, status });

describe("diffRows", () => {
  const before = ["a", "b", "c", "d"].map((id) => row(id));

  it("finds nothing when every row is the same object", () => {
    expect(diffRows(facts, before, [...before])).toEqual({ upserts: [], deleted: [] });
  });

  it("finds rows added at the end", () => {
    const e = row("e");
    expect(diffRows(facts, before, [...before, e])).toEqual({ upserts: [e], deleted: [] });
  });

  it("finds a row replaced in the middle, by identity, without deleting its key", () => {
    const after = [...before];
    const c = row("c", "rejected");
    after[2] = c;
    expect(diffRows(facts, before, after)).toEqual({ upserts: [c], deleted: [] });
  });

  it("finds a row removed, by key", () => {
    const after = before.filter((r) => r.id !== "b");
    expect(diffRows(facts, before, after)).toEqual({ upserts: [], deleted: ["b"] });
  });

  it("writes a key once when a change replaced it twice", () => {
    const c1 = row("c", "rejected");
    const c2 = row("c", "reviewed");
    const after = [...before.slice(0, 2), c1, before[3] as object, c2];
    expect(diffRows(facts, before, after).upserts).toEqual([c2]);
  });

  it("refuses anything but appends to an append-only log", () => {
    const entries = [deepFreeze({ at: "1" }), deepFreeze({ at: "2" })];
    expect(diffRows(audit, entries, [...entries, { at: "3" }]).upserts).toEqual([{ at: "3" }]);
    expect(() => diffRows(audit, entries, [entries[0] as object])).toThrow(/append-only/);
    expect(() => diffRows(audit, entries, [{ at: "0" }, ...entries])).toThrow(/append-only/);
  });

  it("rows are frozen, so a change that edits one in place fails instead of going unwritten", () => {
    const r = row("x");
    expect(() => {
      (r as { status: string }).status = "rejected";
    }).toThrow(TypeError);
  });
});
