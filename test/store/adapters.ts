/**
 * The two store adapters as the shared store tests drive them: how to make a fresh store for
 * one test, read back what is durable (as another process would), and spoil it on purpose.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { BUNDLED_STORE } from "../../src/app/desk.ts";
import type { Collection, FactStore } from "../../src/store/fact-store.ts";
import { openStore } from "../../src/store/open.ts";
import { tableOf } from "../../src/store/postgres/tables.ts";
import type { StoreData } from "../../src/store/schema.ts";
import { readStoreFiles } from "../../src/store/store.ts";
import { createDatabase, sql, testPostgres } from "../helpers/postgres.ts";

export interface AdapterUnderTest {
  name: string;
  /** Null when it can run here; otherwise why not (the suite skips). */
  skip: string | null;
  /** A place for a store no other test uses; gone after `cleanup`. */
  place(): Promise<{ db: string; cleanup(): Promise<void> }>;
  /** One collection as durable storage holds it now. */
  durable<C extends Collection>(db: string, c: C): Promise<StoreData[C]>;
  /** Removes one bundled fact from durable storage, as an older live store would lack it. */
  dropFact(db: string, id: string): Promise<void>;
  /** Marks the stored data as written by a newer release. */
  makeNewer(db: string): Promise<void>;
}

export const open = (db: string) => openStore({ db, bundled: BUNDLED_STORE });

export const fileAdapter: AdapterUnderTest = {
  name: "lowdb file",
  skip: null,
  async place() {
    const dir = await mkdtemp(path.join(tmpdir(), "factdesk-contract-"));
    return {
      db: path.join(dir, "live", "factdesk.json"),
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  },
  async durable(db, c) {
    // The file, with the activity its journal holds beside it.
    return (await readStoreFiles(db))[c];
  },
  async dropFact(db, id) {
    const data = JSON.parse(await readFile(db, "utf8"));
    data.facts = data.facts.filter((f: { id: string }) => f.id !== id);
    await writeFile(db, JSON.stringify(data));
  },
  async makeNewer(db) {
    const data = JSON.parse(await readFile(db, "utf8"));
    data.schemaVersion = 99;
    await writeFile(db, JSON.stringify(data));
  },
};

export function postgresAdapter(): AdapterUnderTest {
  const server = testPostgres();
  return {
    name: "PostgreSQL",
    skip: server ? null : "no PostgreSQL server (see the line global setup printed)",
    async place() {
      const database = await createDatabase(server as string, "store");
      return { db: database.url, cleanup: database.drop };
    },
    async durable(db, c) {
      const rows = await sql<{ doc: unknown }>(
        db,
        `SELECT doc FROM ${tableOf(c).name} ORDER BY seq`,
      );
      return rows.map((r) => r.doc) as StoreData[typeof c];
    },
    async dropFact(db, id) {
      await sql(db, "DELETE FROM facts WHERE key = $1", [id]);
    },
    async makeNewer(db) {
      await sql(db, "UPDATE store_meta SET schema_version = 99");
    },
  };
}

export type Opened = FactStore;
