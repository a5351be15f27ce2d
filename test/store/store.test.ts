import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Store, StoreError } from "../../src/store/store.ts";

const bundled = path.resolve(import.meta.dirname, "..", "..", "data", "factdesk.json");
let dir: string;
let live: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "factdesk-store-"));
  live = path.join(dir, "live", "factdesk.json");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function bundledData() {
  return JSON.parse(await readFile(bundled, "utf8"));
}

describe("Store.open", () => {
  it("creates the live store from the bundled one when it does not exist", async () => {
    const { store, report } = await Store.open({ file: live, bundled });
    expect(report.created).toBe(true);
    expect(store.data.facts.length).toBe((await bundledData()).facts.length);
    expect(JSON.parse(await readFile(live, "utf8")).facts.length).toBe(store.data.facts.length);
  });

  it("refuses unparsable JSON, naming the file, and leaves the file as it was", async () => {
    await (await Store.open({ file: live, bundled })).store.close();
    await writeFile(live, '{"schemaVersion": 1, "facts": [');
    const err = await Store.open({ file: live, bundled }).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toContain(live);
    expect(err.message).toMatch(/not valid JSON/);
    expect(await readFile(live, "utf8")).toBe('{"schemaVersion": 1, "facts": [');
  });

  it("refuses a schema-invalid store, naming the bad path", async () => {
    const data = await bundledData();
    data.facts[3].quote.start = "twelve";
    await (await Store.open({ file: live, bundled })).store.close();
    const text = JSON.stringify(data);
    await writeFile(live, text);
    const err = await Store.open({ file: live, bundled }).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toContain(live);
    expect(err.message).toContain("facts.3.quote.start");
    expect(await readFile(live, "utf8")).toBe(text);
  });

  it("refuses a file from a newer release instead of downgrading it", async () => {
    const data = await bundledData();
    data.schemaVersion = 99;
    await (await Store.open({ file: live, bundled })).store.close();
    await writeFile(live, JSON.stringify(data));
    const err = await Store.open({ file: live, bundled }).catch((e) => e);
    expect(err.message).toMatch(/schemaVersion 99 is newer/);
  });

  it("merges facts a later release adds, by id, keeping what the bot wrote", async () => {
    const { store } = await Store.open({ file: live, bundled });
    await store.update((d) => {
      d.facts[0] = { ...(d.facts[0] as (typeof d.facts)[0]), status: "rejected" };
      d.audit.push({
        at: "2026-11-22T10:00:00.000Z",
        by: "U1",
        action: "reject",
        target: "x",
        before: null,
        after: null,
      });
    });
    await store.close();
    // Simulate an older live file that lacks the last bundled fact.
    const onDisk = JSON.parse(await readFile(live, "utf8"));
    const missing = onDisk.facts.pop();
    await writeFile(live, JSON.stringify(onDisk));

    const { store: reopened, report } = await Store.open({ file: live, bundled });
    expect(report.merged.facts).toBe(1);
    expect(reopened.data.facts.some((f) => f.id === missing.id)).toBe(true);
    expect(reopened.data.facts[0]?.status).toBe("rejected");
    expect(reopened.data.audit).toHaveLength(1);
  });

  it("never writes into the bundled store", async () => {
    const err = await Store.open({ file: bundled, bundled }).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toMatch(/bundled store/);
  });
});

describe("Store.update", () => {
  it("applies changes one at a time, in order, and each is on disk when it resolves", async () => {
    const { store } = await Store.open({ file: live, bundled });
    const writes = Array.from({ length: 20 }, (_, i) =>
      store
        .update((d) => {
          d.audit.push({
            at: "2026-11-22T10:00:00.000Z",
            by: `U${i}`,
            action: "test",
            target: String(i),
            before: null,
            after: i,
          });
          return i;
        })
        .then(async (i) => {
          const disk = JSON.parse(await readFile(live, "utf8"));
          expect(disk.audit.length).toBeGreaterThanOrEqual(i + 1);
          return i;
        }),
    );
    expect(await Promise.all(writes)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(store.data.audit.map((a) => a.by)).toEqual(
      Array.from({ length: 20 }, (_, i) => `U${i}`),
    );
  });

  it("writes a burst of changes together, each resolving once it is on disk", async () => {
    const { store } = await Store.open({ file: live, bundled });
    const before = store.version;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.update((d) => {
          d.reports.push({
            id: `rep-${i}`,
            by: "U1",
            at: "2026-11-22T10:00:00.000Z",
            answer: "a",
            note: String(i),
            status: "open",
          });
          return i;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
    // One write for the first change, one for the 19 that queued behind it.
    expect(store.version - before).toBe(2);
    const disk = JSON.parse(await readFile(live, "utf8"));
    expect(disk.reports.map((r: { note: string }) => r.note)).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i)),
    );
  });

  it("a change that throws in a burst is refused alone; the others are written in order", async () => {
    const { store } = await Store.open({ file: live, bundled });
    const push = (note: string) =>
      store.update((d) => {
        d.reports.push({
          id: `rep-${note}`,
          by: "U1",
          at: "2026-11-22T10:00:00.000Z",
          answer: "a",
          note,
          status: "open",
        });
      });
    const a = push("a");
    const b = push("b");
    const bad = store.update((d) => {
      d.reports.pop();
      throw new Error("bad change");
    });
    const c = push("c");
    await expect(bad).rejects.toThrow("bad change");
    await Promise.all([a, b, c]);
    const disk = JSON.parse(await readFile(live, "utf8"));
    expect(disk.reports.map((r: { note: string }) => r.note)).toEqual(["a", "b", "c"]);
  });

  it("a change that throws does not stop the ones after it", async () => {
    const { store } = await Store.open({ file: live, bundled });
    const bad = store.update(() => {
      throw new Error("nope");
    });
    const good = store.update((d) => d.facts.length);
    await expect(bad).rejects.toThrow("nope");
    expect(await good).toBeGreaterThan(0);
  });
});

describe("Store.close", () => {
  const entry = (by: string) => ({
    at: "2026-11-22T10:00:00.000Z",
    by,
    action: "test",
    target: "x",
    before: null,
    after: null,
  });

  it("waits for the writes already asked for, then refuses more", async () => {
    const { store } = await Store.open({ file: live, bundled });
    const write = store.update((d) => {
      d.audit.push(entry("U1"));
    });
    await store.close();
    await write;
    expect(JSON.parse(await readFile(live, "utf8")).audit.map((a: { by: string }) => a.by)).toEqual(
      ["U1"],
    );
    await expect(store.update(() => undefined)).rejects.toThrow(/the store is closed/);
  });

  it("writes nothing of its own: a large archive is not rewritten at every close", async () => {
    const { store } = await Store.open({ file: live, bundled });
    await store.update((d) => {
      d.audit.push(entry("U1"));
    });
    const before = await stat(live);
    await store.close();
    const after = await stat(live);
    expect([after.ino, after.mtimeMs, after.size]).toEqual([
      before.ino,
      before.mtimeMs,
      before.size,
    ]);
  });
});

describe("faults", () => {
  it("refuses a truncated file, naming it, and does not touch it", async () => {
    await (await Store.open({ file: live, bundled })).store.close();
    const full = await readFile(live, "utf8");
    const truncated = full.slice(0, Math.floor(full.length / 2));
    await writeFile(live, truncated);
    const err = await Store.open({ file: live, bundled }).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toContain(live);
    expect(await readFile(live, "utf8")).toBe(truncated);
  });

  it("a change that throws half-way leaves memory as it is on disk", async () => {
    const { store } = await Store.open({ file: live, bundled });
    const before = store.data.facts.length;
    await expect(
      store.update((d) => {
        d.facts.pop();
        throw new Error("half-way");
      }),
    ).rejects.toThrow("half-way");
    expect(store.data.facts.length).toBe(before);
  });

  it("when the file's folder disappears, keeps answering from memory and refuses writes, never emptying", async () => {
    const { store } = await Store.open({ file: live, bundled });
    const facts = store.data.facts.length;
    await rm(path.dirname(live), { recursive: true });
    await expect(store.update((d) => d.reports.length)).rejects.toThrow(/ENOENT/);
    expect(store.data.facts.length).toBe(facts);
    await expect(store.update((d) => d.reports.length)).rejects.toThrow(
      /disappeared.*writes are refused/,
    );
  });
});

describe("revisions", () => {
  it("moves only for the collections a change says it touches", async () => {
    const { store } = await Store.open({ file: live, bundled });
    const facts = store.revisionOf(["facts"]);
    await store.update((d) => d.factchecks.length, ["factchecks"]);
    expect(store.revisionOf(["facts"])).toBe(facts);
    expect(store.revisionOf(["factchecks"])).toBe(1);
    await store.update((d) => d.facts.length);
    expect(store.revisionOf(["facts"])).toBe(facts + 1);
  });
});
