import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { journalFileOf } from "../../src/store/journal.ts";
import { resolutionsFileOf } from "../../src/store/resolutions.ts";
import { readStoreFiles } from "../../src/store/store.ts";
import { BUNDLED } from "../helpers/store.ts";
import { crashTest } from "./crash.ts";

it("loses no acknowledged write and never leaves an invalid file when killed mid-write: the store file, its journal, its resolutions file and its overlay of review decisions", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-crash-"));
  try {
    const file = path.join(dir, "live.json");
    const result = await crashTest(file, BUNDLED, 12, 7);
    expect(result.kills).toBe(12);
    expect(result.acknowledged).toBeGreaterThan(12);
    expect(result.invalid).toBe(0);
    expect(result.lost).toBe(0);
    // The audit entries went to the journal, not into the store file.
    expect(await readFile(journalFileOf(file), "utf8")).toContain('"crash-test"');
    expect(await readFile(file, "utf8")).not.toContain('"action":"write"');
    // The year-old runs were compacted away as they came (one may be left by the last kill,
    // between its write and its compaction), the audit entries kept (result.lost above).
    const runs = (await readStoreFiles(file)).factchecks.filter((r) => r.by === "crash-test");
    expect(runs.length).toBeLessThanOrEqual(1);
    // The resolutions went to their own file, not into the store file.
    expect(await readFile(resolutionsFileOf(file), "utf8")).toContain('"id":"crash-0"');
    expect(JSON.parse(await readFile(file, "utf8")).resolutions).toEqual([]);
    // The review decisions went to their overlay, and the store file's writes folded them in.
    const decided = (await readStoreFiles(file)).facts.filter((f) =>
      f.note?.startsWith("crash-review-"),
    );
    expect(decided.length).toBeGreaterThan(0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 120_000);
