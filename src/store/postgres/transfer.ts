/**
 * A whole store into or out of a database, for `factdesk migrate-store`: one transaction each
 * way, so a copy that fails half-way leaves nothing behind to be mistaken for a store.
 */
import { StoreError } from "../errors.ts";
import { SCHEMA_VERSION, type StoreData } from "../schema.ts";
import { load } from "./adapter.ts";
import { migrateDatabase, START_LOCK } from "./migrations.ts";
import { createPool, dbError, redactUrl } from "./pool.ts";
import { writeRows } from "./rows.ts";
import { TABLES } from "./tables.ts";

/** Reads every row (validated) from the store at `url`; a database with none is refused. */
export async function exportDatabase(url: string): Promise<StoreData> {
  const pool = createPool(url);
  try {
    const { rows } = await pool
      .query<{ t: string | null }>("SELECT to_regclass('store_meta')::text AS t")
      .catch((err) => {
        throw dbError(url, "connect", err);
      });
    if (!rows[0]?.t) throw new StoreError(`${redactUrl(url)}: holds no Factdesk store`);
    return (await load(pool, url)).data;
  } catch (err) {
    throw err instanceof StoreError ? err : dbError(url, "read the store", err);
  } finally {
    await pool.end().catch(() => {});
  }
}

/** Writes `data` as the store at `url`; refused if the database already holds one. */
export async function importDatabase(url: string, data: StoreData): Promise<void> {
  const pool = createPool(url);
  const client = await pool.connect().catch(async (err) => {
    await pool.end().catch(() => {});
    throw dbError(url, "connect", err);
  });
  try {
    await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [START_LOCK]);
    await migrateDatabase(client);
    await client.query("BEGIN");
    const { rows } = await client.query("SELECT 1 FROM store_meta FOR UPDATE");
    if (rows.length > 0)
      throw new StoreError(
        `${redactUrl(url)}: already holds a Factdesk store; migrate into an empty database`,
      );
    await client.query("INSERT INTO store_meta (rev, schema_version) VALUES (1, $1)", [
      SCHEMA_VERSION,
    ]);
    for (const table of TABLES)
      await writeRows(client, table, 1, { upserts: data[table.collection], deleted: [] });
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err instanceof StoreError ? err : dbError(url, "write the store", err);
  } finally {
    client.release();
    await pool.end().catch(() => {});
  }
}
