// Editors' resolutions are kept in a small validated file of their own beside the store
// (`<store>.resolutions.json`), so that settling a dispute does not rewrite the archive. A store
// written before it has its resolutions moved on first start, never lost or doubled even if the
// move is cut short; a bad file stops start-up naming the file and the problem, and nothing is
// written; a failed write leaves memory and disk as they were.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resolveDispute } from "../../src/app/editorial.ts";
import { analyse } from "../../src/domain/queries.ts";
import { DurableTextFile } from "../../src/store/durable-file.ts";
import { journalFileOf } from "../../src/store/journal.ts";
import {
  parseResolutionsText,
  ResolutionsFile,
  resolutionsFileOf,
  resolutionsText,
} from "../../src/store/resolutions.ts";
import type { Resolution, StoreData } from "../../src/store/schema.ts";
import { readStoreFiles, Store, StoreError } from "../../src/store/store.ts";
import { migrateStore } from "../../src/store/transfer.ts";
import { runCli } from "../helpers/cli.ts";
import { BUNDLED, bundledData } from "../helpers/store.ts";

let dir: string;
let file: string;
let resolutions: string;
const opened: Store[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-resolutions-"));
  file = path.join(dir, "live.json");
  resolutions = resolutionsFileOf(file);
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

async function open() {
  const opening = await Store.open({ file, bundled: BUNDLED });
  opened.push(opening.store);
  return opening;
}

const resolution = (i: number): Resolution => ({
  id: `res-${i}`,
  disputeId: `d-${i}`,
  trustedFactIds: [],
  verdict: "both-stand",
  note: i === 2 ? "two sources, one count" : null,
  by: "U1",
  at: "2026-11-30T10:00:00.000Z",
});

/** A store file as the releases before the resolutions file wrote it: resolutions inside. */
function legacyStore(): StoreData {
  const data = bundledData();
  data.resolutions = [resolution(1), resolution(2), resolution(3)];
  return data;
}

const RESOLVE = ["resolutions", "audit"] as const;

describe("the resolutions file", () => {
  it("an editor's resolution writes its own small file and the journal, never the store file", async () => {
    const { store } = await open();
    const before = readFileSync(file, "utf8");
    const inode = statSync(file).ino;
    const k = analyse(store.data);
    const dispute = k.findings.disputes[0];
    expect(dispute).toBeDefined();
    const result = await resolveDispute(store, () => k, {
      disputeId: dispute?.id as string,
      choice: { kind: "both-stand" },
      note: null,
      by: "U_ED",
      now: "2026-11-30T10:00:00.000Z",
    });
    expect(result.ok).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(statSync(file).ino).toBe(inode);
    const own = parseResolutionsText(readFileSync(resolutions, "utf8"), resolutions);
    expect(own.map((r) => r.disputeId)).toEqual([dispute?.id]);
    expect(statSync(resolutions).mode & 0o777).toBe(0o600);
    const journal = readFileSync(journalFileOf(file), "utf8");
    expect(journal).toContain('"action":"resolve"');
    await store.close();
    const { store: again } = await open();
    expect(again.data.resolutions.map((r) => r.by)).toEqual(["U_ED"]);
    expect(again.data.resolutions[0]).toEqual(store.data.resolutions[0]);
  });

  it("is one object with a resolution a line, and reads back what it wrote", () => {
    const rows = [resolution(1), resolution(2)];
    const text = resolutionsText(rows);
    expect(text.split("\n")).toHaveLength(5);
    expect(parseResolutionsText(text, "x")).toEqual(rows);
    expect(parseResolutionsText(resolutionsText([]), "x")).toEqual([]);
  });

  it("a write that touches no resolution leaves the file as it was; a refused resolution writes nothing", async () => {
    const { store } = await open();
    await store.update((d) => void d.resolutions.push(resolution(1)), RESOLVE);
    const mtime = statSync(resolutions).mtimeMs;
    const inode = statSync(resolutions).ino;
    await store.update((d) => void d.facts.push({ ...(d.facts[0] as StoreData["facts"][number]) }));
    await store.update(() => "already resolved", RESOLVE);
    expect(statSync(resolutions).ino).toBe(inode);
    expect(statSync(resolutions).mtimeMs).toBe(mtime);
  });

  it("rows once written are frozen: an edit in place is refused and leaves memory and disk as they were", async () => {
    const { store } = await open();
    await store.update((d) => void d.resolutions.push(resolution(1)), RESOLVE);
    const text = readFileSync(resolutions, "utf8");
    await expect(
      store.update((d) => {
        (d.resolutions[0] as { note: string | null }).note = "changed";
      }, RESOLVE),
    ).rejects.toThrow(TypeError);
    expect(store.data.resolutions).toEqual([resolution(1)]);
    expect(readFileSync(resolutions, "utf8")).toBe(text);
    // A replaced row is a change like any other.
    await store.update((d) => {
      d.resolutions[0] = { ...resolution(1), note: "replaced" };
    }, RESOLVE);
    expect((await readStoreFiles(file)).resolutions).toEqual([
      { ...resolution(1), note: "replaced" },
    ]);
  });

  it("a store written before the file has its resolutions moved on first start, and once", async () => {
    const legacy = legacyStore();
    writeFileSync(file, JSON.stringify(legacy));
    const { store, report } = await open();
    expect(report.resolutionsMoved).toBe(3);
    expect(store.data.resolutions).toEqual(legacy.resolutions);
    expect(JSON.parse(readFileSync(file, "utf8")).resolutions).toEqual([]);
    expect(JSON.parse(readFileSync(file, "utf8")).facts).toEqual(legacy.facts);
    expect(parseResolutionsText(readFileSync(resolutions, "utf8"), resolutions)).toEqual(
      legacy.resolutions,
    );
    await store.close();
    const { store: again, report: second } = await open();
    expect(second.resolutionsMoved).toBe(0);
    expect(again.data.resolutions).toEqual(legacy.resolutions);
  });

  it("a move cut short after the resolutions file was written: finished on the next start, none doubled", async () => {
    const legacy = legacyStore();
    writeFileSync(file, JSON.stringify(legacy));
    // The crash came after the resolutions file was fsynced, before the store file was rewritten.
    writeFileSync(resolutions, resolutionsText(legacy.resolutions));
    const { store, report } = await open();
    expect(report.resolutionsMoved).toBe(0);
    expect(store.data.resolutions).toEqual(legacy.resolutions);
    expect(JSON.parse(readFileSync(file, "utf8")).resolutions).toEqual([]);
    expect((await readStoreFiles(file)).resolutions).toEqual(legacy.resolutions);
  });

  it("a move cut short before the resolutions file was written: nothing lost", async () => {
    const legacy = legacyStore();
    writeFileSync(file, JSON.stringify(legacy));
    // A temporary file the crash left behind is not the resolutions file.
    writeFileSync(path.join(dir, `.live.json.resolutions.json.${process.pid}.0.tmp`), "{");
    expect((await readStoreFiles(file)).resolutions).toEqual(legacy.resolutions);
    const { store, report } = await open();
    expect(report.resolutionsMoved).toBe(3);
    expect(store.data.resolutions).toEqual(legacy.resolutions);
  });

  it("resolutions in both, some not yet in the file: only those are added", async () => {
    const legacy = legacyStore();
    writeFileSync(file, JSON.stringify(legacy));
    const later = { ...resolution(4), at: "2026-11-30T11:00:00.000Z" };
    writeFileSync(resolutions, resolutionsText([resolution(2), later]));
    const { store, report } = await open();
    expect(report.resolutionsMoved).toBe(2);
    expect(store.data.resolutions).toEqual([resolution(2), later, resolution(1), resolution(3)]);
  });

  it("a bad file stops start-up naming the file and the problem, and nothing is written", async () => {
    const { store } = await open();
    await store.update((d) => void d.resolutions.push(resolution(1)), RESOLVE);
    await store.close();
    const storeText = readFileSync(file, "utf8");
    const bads: [string, RegExp][] = [
      ['{"resolutions":[\n{"id":"res-1",\n', /: not valid JSON \(.*\(line 3, column 1\)\)$/],
      ['{"resolutions":[{"id":"res-1"}]}\n', /: invalid at resolutions\.0\.disputeId: /],
      ['{"resolutions":[],"extra":1}\n', /: invalid at \(top level\): /],
      ["[]\n", /: invalid at \(top level\): /],
    ];
    for (const [bad, why] of bads) {
      writeFileSync(resolutions, bad);
      const err = await Store.open({ file, bundled: BUNDLED }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as Error).message.startsWith(`${resolutions}: `)).toBe(true);
      expect((err as Error).message).toMatch(why);
      expect(readFileSync(resolutions, "utf8")).toBe(bad);
      expect(readFileSync(file, "utf8")).toBe(storeText);
      // The lock went with the refusal.
      expect(readdirSync(dir).filter((f) => f.includes("lock"))).toEqual([]);
    }
  });

  it("an old store with resolutions to move and a bad file: the store file is left as it was", async () => {
    const text = JSON.stringify(legacyStore());
    writeFileSync(file, text);
    writeFileSync(resolutions, "{");
    await expect(Store.open({ file, bundled: BUNDLED })).rejects.toThrow(`${resolutions}: `);
    expect(readFileSync(file, "utf8")).toBe(text);
    expect(readFileSync(resolutions, "utf8")).toBe("{");
    expect(() => readFileSync(journalFileOf(file))).toThrow();
  });

  it("the command line and the bot's start refuse a bad file in one line naming it", async () => {
    const { store } = await open();
    await store.close();
    writeFileSync(resolutions, '{"resolutions":[{"id":"BAD"}]}\n');
    for (const argv of [["swap", "may-24"], ["start"]]) {
      const r = await runCli(argv, { env: { FACTDESK_DB: file } });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(`factdesk: ${resolutions}: invalid at resolutions.0.id`);
    }
  });

  it("resolutions without their store file refuse to start a new store over them", async () => {
    writeFileSync(resolutions, resolutionsText([resolution(1)]));
    const err = await Store.open({ file, bundled: BUNDLED }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toContain(
      `${resolutions}: resolutions without their store file`,
    );
    expect(() => readFileSync(file)).toThrow();
  });

  it("a failed write of the file: refused, memory as it was, and the next write puts it right", async () => {
    const { store } = await open();
    await store.update((d) => void d.resolutions.push(resolution(1)), RESOLVE);
    const write = vi
      .spyOn(ResolutionsFile.prototype, "write")
      .mockRejectedValueOnce(new StoreError(`${resolutions}: cannot write it (ENOSPC)`));
    await expect(
      store.update((d) => void d.resolutions.push(resolution(2)), RESOLVE),
    ).rejects.toThrow("ENOSPC");
    expect(store.data.resolutions).toEqual([resolution(1)]);
    write.mockRestore();
    await store.update((d) => void d.resolutions.push(resolution(3)), RESOLVE);
    expect((await readStoreFiles(file)).resolutions).toEqual([resolution(1), resolution(3)]);
  });

  it("a failed store file write after the resolutions file was written: the resolution is undone on disk by the next write", async () => {
    const { store } = await open();
    // A write that touches the facts and adds a resolution; the store file's write fails.
    const original = DurableTextFile.prototype.write;
    vi.spyOn(DurableTextFile.prototype, "write").mockImplementation(async function (
      this: InstanceType<typeof DurableTextFile>,
      text: string,
    ) {
      if (this.file === file) throw Object.assign(new Error("no space"), { code: "ENOSPC" });
      return original.call(this, text);
    });
    await expect(
      store.update((d) => {
        d.resolutions.push(resolution(1));
        d.facts.push({ ...(d.facts[0] as StoreData["facts"][number]), id: "extra-fact" });
      }),
    ).rejects.toThrow(`${file}: cannot write it (no space)`);
    expect(store.data.resolutions).toEqual([]);
    expect(store.data.facts.some((f) => f.id === "extra-fact")).toBe(false);
    // The resolutions file went out before the store file failed: it holds a resolution that
    // was never acknowledged.
    expect(parseResolutionsText(readFileSync(resolutions, "utf8"), "x")).toEqual([resolution(1)]);
    vi.restoreAllMocks();
    // The resolutions file held the undone resolution; the next write replaces it from memory.
    await store.update((d) => void d.resolutions.push(resolution(2)), RESOLVE);
    expect((await readStoreFiles(file)).resolutions).toEqual([resolution(2)]);
  });
});

describe("migrate-store and the resolutions file", () => {
  it("reads the file's resolutions, and a store it writes has them moved on its first start", async () => {
    const { store } = await open();
    await store.update((d) => void d.resolutions.push(resolution(1), resolution(2)), RESOLVE);
    await store.close();
    const to = path.join(dir, "moved.json");
    const moved = await migrateStore(file, to);
    expect(moved.resolutions).toBe(2);
    const { store: there, report } = await Store.open({ file: to, bundled: BUNDLED });
    opened.push(there);
    expect(report.resolutionsMoved).toBe(2);
    expect(there.data.resolutions).toEqual([resolution(1), resolution(2)]);
    expect(parseResolutionsText(readFileSync(resolutionsFileOf(to), "utf8"), "x")).toHaveLength(2);
  });

  it("refuses a target with a resolutions file already beside it", async () => {
    const { store } = await open();
    await store.close();
    const to = path.join(dir, "moved.json");
    writeFileSync(resolutionsFileOf(to), resolutionsText([resolution(9)]));
    await expect(migrateStore(file, to)).rejects.toThrow(
      `${resolutionsFileOf(to)}: already exists; migrate into a new file`,
    );
  });
});
