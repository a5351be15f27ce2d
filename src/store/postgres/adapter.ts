/**
 * The PostgreSQL adapter: the same store as the file, shared by several instances. Each
 * instance keeps the whole store in memory, as the file adapter does, so every answer is read
 * without a query; the database is the truth and the memory a copy kept current:
 *
 * - A write takes the row lock on store_meta (every instance's writes queue there, so a change
 *   always runs against the latest data), fetches what other instances wrote since this one
 *   last looked, applies the change in memory, writes only the rows it replaced or added with
 *   the new revision, and NOTIFYs; it resolves once COMMIT returns.
 * - The other instances hear the NOTIFY (notify.ts) and fetch the rows newer than their last
 *   revision, so their cached analysis is rebuilt before the next answer.
 *
 * Changes that fail (a change that throws, a failed statement) leave memory as it was before;
 * a COMMIT whose outcome is unknown is treated as failed and, had it landed, is fetched back
 * like any other instance's write.
 *
 * The activity tables are compacted by age as the file's journal is (compactActivity): at open
 * and once a day, fact-check runs, closed reports and digests older than the retention
 * (FACTDESK_JOURNAL_DAYS) are deleted under the same row lock as a write, each channel's latest
 * digest, every open report and the whole audit log kept. Other instances drop them too: the
 * reports and digests through their tombstones, the runs (a log without keys) through one
 * tombstone naming the time before which they went.
 */
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type pg from "pg";
import { deepFreeze } from "../../domain/freeze.ts";
import { attempt, StoreError } from "../errors.ts";
import {
  type ActivityCollection,
  type AppendOptions,
  COLLECTIONS,
  type Collection,
  type FactStore,
  type OpenReport,
} from "../fact-store.ts";
import { activityOf, compactActivity, JOURNAL_DAYS } from "../journal.ts";
import { MigrationError, migrate } from "../migrate.ts";
import { SCHEMA_VERSION, type StoreData } from "../schema.ts";
import { parseStoreText } from "../store.ts";
import { PostgresClaims } from "./claims.ts";
import { migrateDatabase, START_LOCK } from "./migrations.ts";
import { CHANNEL, type Listener, listen, type StoreNotice } from "./notify.ts";
import { createPool, dbError, redactUrl } from "./pool.ts";
import { applyRemote, diffRows, loadAll, rowsSince, writeRows } from "./rows.ts";
import { TABLES, tableOf } from "./tables.ts";

interface Pending {
  change: (data: StoreData) => unknown;
  touches: readonly Collection[] | undefined;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/** Advisory lock ids from names, the same in every instance. */
const LOCK_ID = "hashtextextended($1, 0)";

/** The collections the bundled store tops up, by id, as the file adapter's mergeBundled does. */
const MERGED = ["sources", "claimants", "events", "facts"] as const;

export interface PostgresOpenOptions {
  url: string;
  bundled: string;
  log?: (line: string) => void;
  /**
   * How long fact-check runs, closed reports and digests are kept, in days
   * (FACTDESK_JOURNAL_DAYS; default JOURNAL_DAYS). Compacted at open and daily after.
   */
  journalDays?: number;
}

/** How often a running instance compacts the activity tables by age. */
const COMPACT_EVERY_MS = 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What compaction by age may drop rows of (never the audit log), as the file's journal. */
const COMPACTED = ["factchecks", "reports", "digests"] as const;

export class PostgresStore implements FactStore {
  readonly location: string;
  readonly #pool: pg.Pool;
  readonly #claims: PostgresClaims;
  readonly #instance = randomUUID();
  readonly #log: (line: string) => void;
  #listener: Listener | null = null;
  #data: StoreData;
  /** The store revision memory holds: every write up to it has been applied here. */
  #seen: number;
  #version = 0;
  readonly #revisions = new Map<Collection | "*", number>();

  private constructor(
    url: string,
    pool: pg.Pool,
    data: StoreData,
    seen: number,
    log: (line: string) => void,
  ) {
    this.location = redactUrl(url);
    this.#pool = pool;
    this.#claims = new PostgresClaims(pool);
    this.#data = data;
    this.#seen = seen;
    this.#log = log;
  }

  get data(): StoreData {
    return this.#data;
  }

  get version(): number {
    return this.#version;
  }

  /** The store revision this instance has caught up to (for tests and the bench). */
  get revision(): number {
    return this.#seen;
  }

  revisionOf(collections: readonly Collection[]): number {
    let sum = this.#revisions.get("*") ?? 0;
    for (const c of collections) sum += this.#revisions.get(c) ?? 0;
    return sum;
  }

  #bump(touched: Iterable<Collection | "*">): void {
    this.#version++;
    for (const c of touched) this.#revisions.set(c, (this.#revisions.get(c) ?? 0) + 1);
  }

  static async open(
    options: PostgresOpenOptions,
  ): Promise<{ store: PostgresStore; report: OpenReport }> {
    const { url } = options;
    const log = options.log ?? ((line: string) => console.warn(`factdesk: ${line}`));
    const bundled = parseStoreText(
      await attempt(options.bundled, "read the bundled store", () =>
        readFile(options.bundled, "utf8"),
      ),
      options.bundled,
    );
    const pool = createPool(url);
    let store: PostgresStore | null = null;
    let listener: Listener | null = null;
    try {
      const report = await prepare(pool, url, bundled);
      // Listening before the load: a write that lands in between is heard and fetched after.
      let heard: StoreNotice | null = null;
      listener = await listen(
        url,
        (notice) => {
          if (store) store.#heard(notice);
          else heard = notice ?? heard;
        },
        log,
      ).catch((err) => {
        throw dbError(url, "listen for other instances' writes", err);
      });
      const { data, rev } = await load(pool, url);
      store = new PostgresStore(url, pool, data, rev, log);
      store.#listener = listener;
      if (heard) store.#heard(heard);
      store.#journalDays = options.journalDays ?? JOURNAL_DAYS;
      // Compacted by age now and once a day after; a failure is logged and tried again.
      report.activityCompacted = await store.#compactQuietly();
      const opened = store;
      store.#compactTimer = setInterval(() => void opened.#compactQuietly(), COMPACT_EVERY_MS);
      store.#compactTimer.unref();
      return { store, report };
    } catch (err) {
      await listener?.close();
      await pool.end().catch(() => {});
      throw err instanceof StoreError ? err : dbError(url, "open the store", err);
    }
  }

  #syncing = false;

  /** Another instance wrote (or a missed notice is possible): fetch what is new, once. */
  #heard(notice: StoreNotice | null): void {
    if (notice && (notice.from === this.#instance || notice.rev <= this.#seen)) return;
    if (this.#syncing || this.#closed) return;
    this.#syncing = true;
    this.sync()
      .catch((err: Error) => this.#log(`could not fetch another instance's writes: ${err.message}`))
      .finally(() => {
        this.#syncing = false;
      });
  }

  sync(): Promise<void> {
    return this.#serial(async () => {
      const { rev, changes } = await rowsSince(this.#pool, this.location, this.#seen);
      if (rev <= this.#seen) return;
      const touched = applyRemote(this.#data, changes);
      this.#seen = rev;
      this.#bump(touched);
    });
  }

  /** Writes and fetches change memory one at a time. */
  #tail: Promise<unknown> = Promise.resolve();
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(work);
    this.#tail = run.catch(() => {});
    return run;
  }

  claim(key: string, now: Date = new Date()): Promise<boolean> {
    if (this.#broken) return Promise.reject(this.#broken);
    return this.#claims.claim(key, now).catch((err) => {
      throw dbError(this.location, "record a handled request", err);
    });
  }

  async exclusive<T>(name: string, work: () => Promise<T>): Promise<T | null> {
    const client = await this.#pool.connect();
    const lockName = `factdesk:${name}`;
    try {
      const { rows } = await client.query<{ ok: boolean }>(
        `SELECT pg_try_advisory_lock(${LOCK_ID}) AS ok`,
        [lockName],
      );
      if (!rows[0]?.ok) return null;
      try {
        return await work();
      } finally {
        await client.query(`SELECT pg_advisory_unlock(${LOCK_ID})`, [lockName]).catch(() => {});
      }
    } finally {
      client.release();
    }
  }

  update<T>(change: (data: StoreData) => T, touches?: readonly Collection[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#pending.push({ change, touches, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#draining) this.#drained = this.#drain();
    });
  }

  /** A transaction per write either way: "soon" is "now" here. */
  async append<C extends ActivityCollection>(
    collection: C,
    rows: readonly StoreData[C][number][],
    _options?: AppendOptions,
  ): Promise<void> {
    await this.update(
      (data) => {
        (data[collection] as unknown[]).push(...rows);
      },
      [collection],
    );
  }

  #pending: Pending[] = [];
  #draining = false;
  #drained: Promise<void> = Promise.resolve();
  #closed = false;
  #broken: StoreError | null = null;

  /** Group commit, as the file adapter: what queued during one transaction goes in the next. */
  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#pending.length > 0) {
        const batch = this.#pending.splice(0);
        await this.#serial(() => this.#commit(batch));
      }
    } finally {
      this.#draining = false;
    }
  }

  async #commit(batch: Pending[]): Promise<void> {
    if (this.#broken) {
      for (const p of batch) p.reject(this.#broken);
      return;
    }
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (err) {
      const e = dbError(this.location, "write", err);
      for (const p of batch) p.reject(e);
      return;
    }
    const data = this.#data;
    let before: Record<Collection, object[]> | null = null;
    try {
      const rev = await this.#beginAndCatchUp(client);

      before = snapshot(data);
      const results: unknown[] = [];
      for (let i = 0; i < batch.length; i++) {
        const p = batch[i] as Pending;
        try {
          results.push(p.change(data));
        } catch (err) {
          // This change alone fails; the others have not been acknowledged and run again.
          restore(data, before);
          before = null;
          await client.query("ROLLBACK");
          p.reject(err);
          this.#pending.unshift(...batch.slice(0, i), ...batch.slice(i + 1));
          return;
        }
      }
      const changed = new Set<Collection>();
      for (const table of TABLES) {
        const diff = diffRows(table, before[table.collection], data[table.collection]);
        if (diff.upserts.length === 0 && diff.deleted.length === 0) continue;
        changed.add(table.collection);
        for (const row of diff.upserts) deepFreeze(row);
        await writeRows(client, table, rev, diff);
      }
      if (changed.size === 0) {
        await client.query("ROLLBACK");
      } else {
        const notice: StoreNotice = { rev, from: this.#instance };
        await client.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(notice)]);
        await client.query("COMMIT");
        this.#seen = rev;
      }
      before = null;
      const touched = new Set<Collection | "*">(changed);
      for (const p of batch) for (const c of p.touches ?? ["*" as const]) touched.add(c);
      this.#bump(touched);
      batch.forEach((p, i) => {
        p.resolve(results[i]);
      });
    } catch (err) {
      if (before) restore(data, before);
      await client.query("ROLLBACK").catch(() => {});
      this.#bump(["*"]);
      const e = dbError(this.location, "write", err);
      for (const p of batch) p.reject(e);
    } finally {
      client.release();
    }
  }

  #journalDays = JOURNAL_DAYS;
  #compactTimer: ReturnType<typeof setInterval> | null = null;

  /**
   * Deletes the fact-check runs, closed problem reports and digests older than the retention
   * (compactActivity: the audit log, open reports and each channel's latest digest are kept),
   * from the tables and from memory, in one transaction under the row lock writes take; other
   * instances drop them when they next fetch. Nothing to drop: nothing is written. Resolves to
   * the number of rows dropped.
   */
  compactJournal(now: Date = new Date()): Promise<number> {
    if (this.#broken) return Promise.reject(this.#broken);
    return this.#serial(() => this.#compact(now));
  }

  /**
   * Opens a transaction under the store's row lock, taking the next revision: what other
   * instances wrote first is applied before this instance's change runs. Returns the revision.
   */
  async #beginAndCatchUp(client: pg.PoolClient): Promise<number> {
    await client.query("BEGIN");
    const { rows } = await client.query<{ rev: string }>(
      "UPDATE store_meta SET rev = rev + 1 RETURNING rev",
    );
    const rev = Number(rows[0]?.rev);
    const remote = await rowsSince(client, this.location, this.#seen);
    const fetched = applyRemote(this.#data, remote.changes);
    this.#seen = rev - 1;
    if (fetched.size > 0) this.#bump(fetched);
    return rev;
  }

  async #compact(now: Date): Promise<number> {
    const client = await this.#pool.connect().catch((err) => {
      throw dbError(this.location, "compact the activity tables", err);
    });
    const data = this.#data;
    try {
      const rev = await this.#beginAndCatchUp(client);
      const kept = compactActivity(activityOf(data), now, this.#journalDays);
      let dropped = 0;
      for (const c of COMPACTED) {
        if (kept[c] === data[c]) continue;
        const keep = new Set<object>(kept[c]);
        const gone = (data[c] as object[]).filter((r) => !keep.has(r));
        dropped += gone.length;
        const table = tableOf(c);
        if (table.key) {
          const keyOf = table.key;
          await writeRows(client, table, rev, { upserts: [], deleted: gone.map(keyOf) });
        } else {
          // The runs have no keys: they go by their time, as compactActivity chose them, and one
          // tombstone names that time for the other instances.
          const cutoff = new Date(now.getTime() - this.#journalDays * DAY_MS).toISOString();
          await client.query(
            `DELETE FROM ${table.name} WHERE (doc->>'at')::timestamptz < $1::timestamptz`,
            [cutoff],
          );
          await client.query("INSERT INTO tombstones (rev, tbl, key) VALUES ($1, $2, $3)", [
            rev,
            table.name,
            cutoff,
          ]);
        }
      }
      if (dropped === 0) {
        await client.query("ROLLBACK");
        return 0;
      }
      const notice: StoreNotice = { rev, from: this.#instance };
      await client.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(notice)]);
      await client.query("COMMIT");
      this.#seen = rev;
      for (const c of COMPACTED) {
        if (kept[c] === data[c]) continue;
        // The list itself stays (readers may hold it); its rows are what is kept.
        const list = data[c] as object[];
        const keep = kept[c] as object[];
        list.length = keep.length;
        for (let i = 0; i < keep.length; i++) list[i] = keep[i] as object;
      }
      this.#bump(COMPACTED);
      return dropped;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err instanceof StoreError
        ? err
        : dbError(this.location, "compact the activity tables", err);
    } finally {
      client.release();
    }
  }

  async #compactQuietly(): Promise<number> {
    try {
      return await this.compactJournal();
    } catch (err) {
      if (!this.#closed)
        this.#log(
          `${this.location}: the activity tables were not compacted (${(err as Error).message}); tried again in a day`,
        );
      return 0;
    }
  }

  async close(): Promise<void> {
    if (this.#compactTimer) clearInterval(this.#compactTimer);
    this.#compactTimer = null;
    if (this.#closed) return;
    while (this.#draining) await this.#drained;
    this.#closed = true;
    this.#broken ??= new StoreError(`${this.location}: the store is closed; writes are refused`);
    while (this.#draining) await this.#drained;
    await this.#tail;
    await this.#listener?.close();
    await this.#pool.end().catch(() => {});
  }
}

function snapshot(data: StoreData): Record<Collection, object[]> {
  const copy = {} as Record<Collection, object[]>;
  for (const c of COLLECTIONS) copy[c] = data[c].slice();
  return copy;
}

/** Puts back the lists as they were; the arrays themselves stay (readers may hold them). */
function restore(data: StoreData, before: Record<Collection, object[]>): void {
  for (const c of COLLECTIONS) {
    const list = data[c] as object[];
    list.splice(0, list.length, ...before[c]);
  }
}

/** Migrations, then the bundled store seeds an empty database or tops up a live one. */
async function prepare(pool: pg.Pool, url: string, bundled: StoreData): Promise<OpenReport> {
  const report: OpenReport = {
    created: false,
    migratedFrom: null,
    merged: { sources: 0, claimants: 0, events: 0, facts: 0 },
    backup: null,
    handledMoved: 0,
    handledTorn: null,
    activityMoved: 0,
    journalTorn: null,
    resolutionsMoved: 0,
    activityCompacted: 0,
  };
  const client = await pool.connect().catch((err) => {
    throw dbError(url, "connect", err);
  });
  try {
    // Two instances starting at once: one migrates and seeds, the other waits and finds it done.
    await client.query(`SELECT pg_advisory_lock(${LOCK_ID})`, [START_LOCK]);
    try {
      await migrateDatabase(client).catch((err) => {
        throw dbError(url, "migrate the database", err);
      });
      const { rows } = await client.query<{ schema_version: number }>(
        "SELECT schema_version FROM store_meta",
      );
      const version = rows[0]?.schema_version;
      if (version !== undefined && version > SCHEMA_VERSION)
        throw new StoreError(
          `${redactUrl(url)}: schemaVersion ${version} is newer than this release understands (${SCHEMA_VERSION}); upgrade Factdesk instead of downgrading the store`,
        );
      await client.query("BEGIN");
      try {
        if (version !== undefined && version < SCHEMA_VERSION) {
          await upgradeRows(client, url, version);
          report.migratedFrom = version;
        }
        if (version === undefined) {
          await client.query("INSERT INTO store_meta (rev, schema_version) VALUES (1, $1)", [
            SCHEMA_VERSION,
          ]);
          for (const table of TABLES)
            await writeRows(client, table, 1, {
              upserts: bundled[table.collection],
              deleted: [],
            });
          report.created = true;
          await client.query("COMMIT");
        } else {
          const { rows: meta } = await client.query<{ rev: string }>(
            "UPDATE store_meta SET rev = rev + 1 RETURNING rev",
          );
          const rev = Number(meta[0]?.rev);
          for (const c of MERGED) {
            const table = tableOf(c);
            const rows = bundled[c] as { id: string }[];
            const added = await client.query(
              `INSERT INTO ${table.name} (key, rev, doc)
               SELECT k, $2, d FROM unnest($1::text[], $3::jsonb[]) AS r(k, d)
               ON CONFLICT (key) DO NOTHING`,
              [rows.map((r) => r.id), rev, rows.map((r) => JSON.stringify(r))],
            );
            report.merged[c] = added.rowCount ?? 0;
          }
          if (report.migratedFrom !== null || Object.values(report.merged).some((n) => n > 0)) {
            await client.query("SELECT pg_notify($1, $2)", [
              CHANNEL,
              JSON.stringify({ rev, from: "start" }),
            ]);
            await client.query("COMMIT");
          } else await client.query("ROLLBACK");
        }
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw err;
      }
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${LOCK_ID})`, [START_LOCK]).catch(() => {});
    }
  } finally {
    client.release();
  }
  return report;
}

/**
 * Rows written by an older release, through the same steps as an older file (migrate.ts):
 * the whole store is read as the file would be, each step applied, and only the rows a step
 * changed are written back, with the store's version; inside the caller's transaction.
 */
async function upgradeRows(client: pg.ClientBase, url: string, from: number): Promise<void> {
  const raw: Record<string, unknown> = { schemaVersion: from };
  const seqs = new Map<Collection, string[]>();
  for (const table of TABLES) {
    const { rows } = await client.query<{ seq: string; doc: unknown }>(
      `SELECT seq, doc FROM ${table.name} ORDER BY seq`,
    );
    raw[table.collection] = rows.map((r) => r.doc);
    seqs.set(
      table.collection,
      rows.map((r) => r.seq),
    );
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(raw);
  } catch (err) {
    if (err instanceof MigrationError) throw new StoreError(`${redactUrl(url)}: ${err.message}`);
    throw err;
  }
  const { rows } = await client.query<{ rev: string }>(
    "UPDATE store_meta SET rev = rev + 1, schema_version = $1 RETURNING rev",
    [SCHEMA_VERSION],
  );
  const rev = Number(rows[0]?.rev);
  for (const table of TABLES) {
    const before = raw[table.collection] as unknown[];
    const after = migrated[table.collection] as unknown[];
    const at = seqs.get(table.collection) as string[];
    if (after.length !== before.length)
      throw new StoreError(
        `${redactUrl(url)}: a migration step adds or removes ${table.collection}; the database adapter cannot apply it yet`,
      );
    for (let i = 0; i < after.length; i++) {
      if (JSON.stringify(after[i]) === JSON.stringify(before[i])) continue;
      await client.query(`UPDATE ${table.name} SET doc = $1, rev = $2 WHERE seq = $3`, [
        JSON.stringify(after[i]),
        rev,
        at[i],
      ]);
    }
  }
}

/** Every table as of one snapshot, validated row by row against the zod schema. */
export async function load(pool: pg.Pool, url: string): Promise<{ data: StoreData; rev: number }> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ rev: string }>("SELECT rev FROM store_meta");
    const rev = Number(rows[0]?.rev ?? 0);
    const lists = await loadAll(client, redactUrl(url));
    await client.query("COMMIT");
    return { data: { schemaVersion: SCHEMA_VERSION, ...lists }, rev };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
