// What grows with use (fact-check runs, reports, digests, the audit log) is kept in an
// append-only journal beside the store file (`<store>.journal.jsonl`), so that recording a
// fact-check does not rewrite the archive. A store written before the journal has its activity
// moved on first start, never lost or doubled even if the move is cut short; a bad journal line
// stops start-up naming the file and the line; a torn last line (an append a crash cut short)
// is dropped and logged.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { generateStore } from "../../bench/generate.ts";
import { SYNC_DELAY_MS } from "../../src/store/handled.ts";
import { journalFileOf } from "../../src/store/journal.ts";
import { LineFile } from "../../src/store/jsonl.ts";
import { resolutionsFileOf } from "../../src/store/resolutions.ts";
import {
  type AuditEntry,
  type StoreData,
  StoreData as StoreSchema,
} from "../../src/store/schema.ts";
import { checkRowByRow, readStoreFiles, Store, StoreError } from "../../src/store/store.ts";
import { runCli } from "../helpers/cli.ts";
import { BUNDLED, bundledData } from "../helpers/store.ts";

let dir: string;
let file: string;
let journal: string;
const opened: Store[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-journal-"));
  file = path.join(dir, "live.json");
  journal = journalFileOf(file);
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

const entry = (i: number): AuditEntry => ({
  at: "2026-11-30T10:00:00.000Z",
  by: "U1",
  action: "test",
  target: String(i),
  before: null,
  after: i,
});

/** A store file as the release before the journal wrote it: activity inside. */
function legacyStore(): StoreData {
  const data = bundledData();
  data.audit = [entry(1), entry(2), entry(2)];
  data.factchecks = [
    {
      at: "2026-11-30T09:00:00.000Z",
      by: "U2",
      claims: 3,
      verdicts: { supported: 2, contradicted: 1 },
      wrong: ["390"],
    },
  ];
  data.reports = [
    {
      id: "rep-1",
      by: "U3",
      at: "2026-11-30T09:01:00.000Z",
      answer: "swap",
      note: "typo",
      status: "open",
    },
  ];
  data.digests = [
    { day: "2026-11-29", channel: "C1", ts: "1.2", postedAt: "2026-11-29T08:00:00.000Z" },
  ];
  return data;
}

const journalLines = () => readFileSync(journal, "utf8").split("\n").slice(0, -1);

describe("the activity journal", () => {
  it("recording activity appends a line and leaves the store file as it was", async () => {
    const { store } = await open();
    const before = readFileSync(file, "utf8");
    const inode = statSync(file).ino;
    await store.update((d) => void d.audit.push(entry(1)), ["audit"]);
    await store.update((d) => void d.audit.push(entry(2)), ["audit"]);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(statSync(file).ino).toBe(inode);
    expect(journalLines().map((l) => JSON.parse(l))).toEqual([
      { audit: [entry(1)] },
      { audit: [entry(2)] },
    ]);
    expect(statSync(journal).mode & 0o777).toBe(0o600);
    await store.close();
    const { store: again } = await open();
    expect(again.data.audit).toEqual([entry(1), entry(2)]);
  });

  it("appends: one line per batch, in order with the writes around them, without a change to compare", async () => {
    const { store } = await open();
    const before = readFileSync(file, "utf8");
    const writes = [
      store.append("audit", [entry(1)]),
      store.append("audit", [entry(2), entry(3)]),
      store.update((d) => void d.audit.push(entry(4)), ["audit"]),
      store.append("audit", [entry(5)]),
    ];
    await Promise.all(writes);
    expect(store.data.audit).toEqual([1, 2, 3, 4, 5].map(entry));
    expect(Object.isFrozen(store.data.audit[0])).toBe(true);
    // The first alone; the three that queued behind it (a change among them) as one write.
    expect(journalLines().map((l) => JSON.parse(l))).toEqual([
      { audit: [entry(1)] },
      { audit: [entry(2), entry(3), entry(4), entry(5)] },
    ]);
    expect(readFileSync(file, "utf8")).toBe(before);
    await store.close();
    const { store: again } = await open();
    expect(again.data.audit).toEqual([1, 2, 3, 4, 5].map(entry));
  });

  it("appends synced soon: in the journal (the page cache) when they resolve, synced together after, kept on close", async () => {
    const { store } = await open();
    const sync = vi.spyOn(LineFile.prototype, "sync");
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    try {
      await store.append("audit", [entry(1)], { sync: "soon" });
      expect(journalLines().map((l) => JSON.parse(l))).toEqual([{ audit: [entry(1)] }]);
      await store.append("audit", [entry(2)], { sync: "soon" });
      expect(store.data.audit).toEqual([entry(1), entry(2)]);
      expect(sync).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
      expect(sync).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
    // One not yet synced is synced on close.
    await store.append("audit", [entry(3)], { sync: "soon" });
    await store.close();
    expect(sync).toHaveBeenCalledTimes(3);
    expect(journalLines().map((l) => JSON.parse(l))).toEqual([
      { audit: [entry(1)] },
      { audit: [entry(2)] },
      { audit: [entry(3)] },
    ]);
    const { store: again } = await open();
    expect(again.data.audit).toEqual([entry(1), entry(2), entry(3)]);
  });

  it("an append that cannot be written is refused and leaves memory as it was; the next write puts the journal right", async () => {
    const { store } = await open();
    await store.append("audit", [entry(1)]);
    vi.spyOn(LineFile.prototype, "appendNow").mockImplementationOnce(() => {
      throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    });
    await expect(store.append("audit", [entry(2)], { sync: "soon" })).rejects.toThrow(
      /cannot write it .*no space left/,
    );
    expect(store.data.audit).toEqual([entry(1)]);
    await store.append("audit", [entry(3)]);
    expect(store.data.audit).toEqual([entry(1), entry(3)]);
    await store.close();
    const { store: again } = await open();
    expect(again.data.audit).toEqual([entry(1), entry(3)]);
  });

  it("a write to the file's part and its audit entry: the resolution in its file, the entry in the journal", async () => {
    const { store } = await open();
    await store.update((d) => {
      d.resolutions.push({
        id: "res-1",
        disputeId: "d-1",
        trustedFactIds: [],
        verdict: "both-stand",
        note: null,
        by: "U1",
        at: "2026-11-30T10:00:00.000Z",
      });
      d.audit.push(entry(1));
    });
    const inFile = JSON.parse(readFileSync(file, "utf8"));
    expect(inFile.resolutions).toEqual([]);
    expect(inFile.audit).toEqual([]);
    const own = JSON.parse(readFileSync(resolutionsFileOf(file), "utf8"));
    expect(own.resolutions.map((r: { id: string }) => r.id)).toEqual(["res-1"]);
    const onDisk = await readStoreFiles(file);
    expect(onDisk.audit).toEqual([entry(1)]);
    expect(onDisk.resolutions.map((r) => r.id)).toEqual(["res-1"]);
  });

  it("rows once written are frozen: an edit in place is refused, a replaced row rewrites the journal whole", async () => {
    const { store } = await open();
    await store.update((d) => void d.audit.push(entry(1), entry(2)), ["audit"]);
    await expect(
      store.update(
        (d) => {
          (d.audit[0] as { by: string }).by = "someone else";
        },
        ["audit"],
      ),
    ).rejects.toThrow(TypeError);
    expect(store.data.audit).toEqual([entry(1), entry(2)]);
    await store.update(
      (d) => {
        d.audit[0] = { ...entry(1), by: "U9" };
      },
      ["audit"],
    );
    expect((await readStoreFiles(file)).audit).toEqual([{ ...entry(1), by: "U9" }, entry(2)]);
  });

  it("a write copies only the activity lists it says it touches, and one that touched another anyway is still kept", async () => {
    const { store } = await open();
    await store.update((d) => void d.audit.push(entry(1), entry(2)), ["audit"]);
    const run = legacyStore().factchecks[0] as StoreData["factchecks"][number];
    // A fact-check run, said to touch the runs alone: appended, the audit log not copied.
    const slice = vi.spyOn(Array.prototype, "slice");
    await store.update((d) => void d.factchecks.push(run), ["factchecks"]);
    const copied = slice.mock.contexts.filter((c) => c === store.data.audit);
    slice.mockRestore();
    expect(copied).toEqual([]);
    expect(journalLines().map((l) => JSON.parse(l))).toEqual([
      { audit: [entry(1), entry(2)] },
      { factchecks: [run] },
    ]);
    // A change that says it touches the runs but adds an audit entry too: the journal is
    // rewritten whole, so the entry is on disk all the same.
    await store.update(
      (d) => {
        d.factchecks.push(run);
        d.audit.push(entry(3));
      },
      ["factchecks"],
    );
    await store.close();
    const { store: reopened } = await open();
    expect(reopened.data.audit).toEqual([entry(1), entry(2), entry(3)]);
    // And one that replaces an audit row in place, saying so, with the runs it touches.
    await reopened.update(
      (d) => {
        d.audit.splice(1, 1, entry(4));
        d.factchecks.push(run);
      },
      ["factchecks", "audit"],
    );
    await reopened.close();
    const { store: again } = await open();
    expect(again.data.audit).toEqual([entry(1), entry(4), entry(3)]);
    expect(again.data.factchecks).toEqual([run, run, run]);
  });

  it("a store written before the journal has its activity moved on first start, and once", async () => {
    const legacy = legacyStore();
    writeFileSync(file, JSON.stringify(legacy));
    const { store, report } = await open();
    expect(report.activityMoved).toBe(6);
    expect(store.data.audit).toEqual(legacy.audit);
    expect(store.data.factchecks).toEqual(legacy.factchecks);
    expect(store.data.reports).toEqual(legacy.reports);
    expect(store.data.digests).toEqual(legacy.digests);
    const inFile = JSON.parse(readFileSync(file, "utf8"));
    for (const c of ["audit", "factchecks", "reports", "digests"]) expect(inFile[c]).toEqual([]);
    expect(inFile.facts).toEqual(legacy.facts);
    await store.close();
    const { store: again, report: second } = await open();
    expect(second.activityMoved).toBe(0);
    expect(again.data.audit).toEqual(legacy.audit);
  });

  it("a move cut short (rows in the journal, the file not yet rewritten) is finished without doubling a row", async () => {
    const legacy = legacyStore();
    writeFileSync(file, JSON.stringify(legacy));
    // The journal got the audit log (one entry twice, as the file has it) but not the rest.
    writeFileSync(journal, `${JSON.stringify({ audit: legacy.audit })}\n`);
    const { store, report } = await open();
    expect(report.activityMoved).toBe(3);
    expect(store.data.audit).toEqual(legacy.audit);
    expect(store.data.factchecks).toEqual(legacy.factchecks);
    expect((await readStoreFiles(file)).audit).toEqual(legacy.audit);
  });

  it("a torn last line is dropped, logged, and the journal rewritten without it", async () => {
    const { store } = await open();
    await store.update((d) => void d.audit.push(entry(1)), ["audit"]);
    await store.close();
    writeFileSync(journal, `${readFileSync(journal, "utf8")}{"audit":[{"at":"2026`);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { store: again, report } = await open();
    expect(report.journalTorn).toContain(`${journal}: line 2 has no newline`);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("line 2 has no newline"));
    expect(again.data.audit).toEqual([entry(1)]);
    expect(readFileSync(journal, "utf8")).toBe(`${JSON.stringify({ audit: [entry(1)] })}\n`);
    await again.update((d) => void d.audit.push(entry(2)), ["audit"]);
    expect((await readStoreFiles(file)).audit).toEqual([entry(1), entry(2)]);
  });

  it("a bad line stops start-up naming the file and the line, and nothing is written", async () => {
    const { store } = await open();
    await store.update((d) => void d.audit.push(entry(1)), ["audit"]);
    await store.close();
    const good = readFileSync(journal, "utf8");
    for (const bad of ["{nope\n", `${JSON.stringify({ audit: [{ at: "yesterday" }] })}\n`]) {
      const text = `${good}${bad}${good}`;
      writeFileSync(journal, text);
      const storeText = readFileSync(file, "utf8");
      const err = await Store.open({ file, bundled: BUNDLED }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as Error).message).toMatch(new RegExp(`^${journal}: line 2: `));
      expect(readFileSync(journal, "utf8")).toBe(text);
      expect(readFileSync(file, "utf8")).toBe(storeText);
    }
  });

  it("the command line and the bot's start refuse a bad journal in one line naming it", async () => {
    const { store } = await open();
    await store.close();
    writeFileSync(journal, '{"audit":[]}\n{"runs":[]}\n');
    for (const argv of [["swap", "may-24"], ["start"]]) {
      const r = await runCli(argv, { env: { FACTDESK_DB: file } });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(`factdesk: ${journal}: line 2: invalid at`);
    }
  });

  it("an old store with activity to move and a bad journal: the store file is left as it was", async () => {
    const text = JSON.stringify(legacyStore());
    writeFileSync(file, text);
    writeFileSync(journal, "{\n");
    await expect(Store.open({ file, bundled: BUNDLED })).rejects.toThrow(`${journal}: line 1`);
    expect(readFileSync(file, "utf8")).toBe(text);
    expect(readFileSync(journal, "utf8")).toBe("{\n");
  });

  it("a journal without its store file refuses to start a new store over it", async () => {
    writeFileSync(journal, `${JSON.stringify({ audit: [entry(1)] })}\n`);
    const err = await Store.open({ file, bundled: BUNDLED }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toContain(`${journal}: a journal without its store file`);
  });
});

describe("the store file checked row by row at open", () => {
  it("keeps what the schema would return, defaults filled in, and gives up on anything invalid", () => {
    const data = JSON.parse(JSON.stringify(legacyStore()));
    // A fact written before `planned` existed: the schema fills it in.
    delete data.facts[0].planned;
    expect(checkRowByRow(data)).toEqual(StoreSchema.parse(data));
    expect(checkRowByRow(data)?.facts[0]?.planned).toBe(false);
    expect(checkRowByRow(generateStore(500))).toEqual(StoreSchema.parse(generateStore(500)));
    const bad = JSON.parse(JSON.stringify(data));
    bad.facts[3].value.n = -1;
    expect(checkRowByRow(bad)).toBeNull();
    expect(checkRowByRow({ ...data, extra: 1 })).toBeNull();
    expect(checkRowByRow({ ...data, facts: {} })).toBeNull();
    expect(checkRowByRow([])).toBeNull();
  });
});
