/**
 * Moves a whole store between a lowdb file and PostgreSQL (either way, or file to file), for
 * `factdesk migrate-store`. The source is read as it is, validated; the target must not hold a
 * store yet, so a mistyped command never overwrites one. Replay claims are not moved: they
 * matter for ten minutes, and the old instance is stopped before its store is moved.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { DurableTextFile } from "./durable-file.ts";
import { attempt, StoreError } from "./errors.ts";
import { isDatabaseUrl } from "./fact-store.ts";
import { journalFileOf } from "./journal.ts";
import { lockStore, StoreLockedError } from "./lock.ts";
import { resolutionsFileOf } from "./resolutions.ts";
import { reviewsFileOf } from "./reviews.ts";
import type { StoreData } from "./schema.ts";
import { readStoreFiles } from "./store.ts";

/** How many rows of each collection were moved. */
export type Moved = Record<Exclude<keyof StoreData, "schemaVersion" | "handled">, number>;

async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  let unlock: () => Promise<void>;
  try {
    unlock = await lockStore(file, () => {});
  } catch (err) {
    if (err instanceof StoreLockedError)
      throw new StoreError(`${err.message} (stop the bot before moving its store)`);
    throw err;
  }
  try {
    return await work();
  } finally {
    await unlock();
  }
}

async function readStore(from: string): Promise<StoreData> {
  if (isDatabaseUrl(from)) {
    const { exportDatabase } = await import("./postgres/transfer.ts");
    return exportDatabase(from);
  }
  const file = path.resolve(from);
  return withFileLock(file, async () => {
    // The file with its journal (fact-check runs, reports, digests, the audit log), its
    // resolutions file and its overlay of review decisions.
    const data = await readStoreFiles(file);
    delete data.handled;
    return data;
  });
}

async function writeStore(to: string, data: StoreData): Promise<void> {
  if (isDatabaseUrl(to)) {
    const { importDatabase } = await import("./postgres/transfer.ts");
    return importDatabase(to, data);
  }
  const file = path.resolve(to);
  await attempt(file, "create its folder", () => mkdir(path.dirname(file), { recursive: true }));
  await withFileLock(file, async () => {
    const out = new DurableTextFile(file);
    if ((await attempt(file, "read it", () => out.read())) !== null)
      throw new StoreError(`${file}: already exists; migrate into a new file`);
    // A journal, resolutions or reviews file left from another store would be read as this one's.
    for (const beside of [journalFileOf(file), resolutionsFileOf(file), reviewsFileOf(file)]) {
      if ((await attempt(beside, "read it", () => new DurableTextFile(beside).read())) !== null)
        throw new StoreError(`${beside}: already exists; migrate into a new file`);
    }
    // One file with everything: its first open moves the activity to the journal and the
    // resolutions to their file, as for any store written before them.
    await attempt(file, "write it", () => out.write(`${JSON.stringify(data)}\n`));
  });
}

export async function migrateStore(from: string, to: string): Promise<Moved> {
  const data = await readStore(from);
  await writeStore(to, data);
  return {
    sources: data.sources.length,
    claimants: data.claimants.length,
    events: data.events.length,
    facts: data.facts.length,
    resolutions: data.resolutions.length,
    digests: data.digests.length,
    audit: data.audit.length,
    reports: data.reports.length,
    factchecks: data.factchecks.length,
  };
}
