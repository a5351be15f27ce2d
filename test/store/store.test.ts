import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Store, StoreError } from "../../src/store/store.ts";

// What only the file adapter does: its file's faults and guards. What every store does is in
// contract.test.ts, run against this adapter and PostgreSQL alike.

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

  it("never writes into the bundled store", async () => {
    const err = await Store.open({ file: bundled, bundled }).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toMatch(/bundled store/);
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
