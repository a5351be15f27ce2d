/**
 * Rows between memory and the tables: which rows a change replaced (by reference, so a write
 * at 100,000 facts compares pointers, not documents), writing them, and reading back the rows
 * other instances wrote.
 */
import type pg from "pg";
import { deepFreeze } from "../../domain/freeze.ts";
import { StoreError, schemaProblem } from "../errors.ts";
import type { Collection } from "../fact-store.ts";
import type { StoreData } from "../schema.ts";
import { TABLES, type Table } from "./tables.ts";

type Row = object;

export interface RowChanges {
  upserts: Row[];
  deleted: string[];
}

/**
 * What changed between two versions of one collection. Rows are compared by reference: a
 * change replaces a row it alters (rows are frozen), so an unchanged row is the same object.
 */
export function diffRows(table: Table, before: readonly Row[], after: readonly Row[]): RowChanges {
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  if (start === endB && start === endA) return { upserts: [], deleted: [] };
  const keyOf = table.key;
  if (!keyOf) {
    // An append-only log: anything but new rows at the end is a change the table cannot hold.
    if (endB !== before.length || start !== before.length)
      throw new Error(`${table.collection} is append-only: a change may only add rows at its end`);
    return { upserts: after.slice(start), deleted: [] };
  }
  const old = new Set(before.slice(start, endB));
  const upserts = after.slice(start, endA).filter((r) => !old.has(r));
  const gone = before.slice(start, endB).filter((r) => !after.includes(r));
  const deleted: string[] = [];
  if (gone.length > 0) {
    const kept = new Set(after.map(keyOf));
    for (const r of gone) if (!kept.has(keyOf(r))) deleted.push(keyOf(r));
  }
  // One statement cannot write a key twice: the last row for a key is the one kept in memory.
  const last = new Map<string, Row>();
  for (const r of upserts) last.set(keyOf(r), r);
  return { upserts: [...last.values()], deleted };
}

/** Large batches go in slices, so one statement's parameters stay a sensible size. */
const SLICE = 2_000;

export async function writeRows(
  client: pg.ClientBase,
  table: Table,
  rev: number,
  changes: RowChanges,
): Promise<void> {
  const keyOf = table.key;
  for (let i = 0; i < changes.upserts.length; i += SLICE) {
    const rows = changes.upserts.slice(i, i + SLICE);
    await client.query(
      `INSERT INTO ${table.name} (key, rev, doc)
       SELECT k, $2, d FROM unnest($1::text[], $3::jsonb[]) AS r(k, d)
       ON CONFLICT (key) DO UPDATE SET rev = EXCLUDED.rev, doc = EXCLUDED.doc`,
      [rows.map((r) => (keyOf ? keyOf(r) : null)), rev, rows.map((r) => JSON.stringify(r))],
    );
  }
  if (changes.deleted.length > 0) {
    await client.query(`DELETE FROM ${table.name} WHERE key = ANY($1::text[])`, [changes.deleted]);
    await client.query("INSERT INTO tombstones (rev, tbl, key) SELECT $1, $2, unnest($3::text[])", [
      rev,
      table.name,
      changes.deleted,
    ]);
  }
}

/** A row as the schema has it, or a StoreError naming the database, the table and the row. */
export function parseRow(location: string, table: Table, key: string | null, doc: unknown): Row {
  const parsed = table.schema.safeParse(doc);
  if (!parsed.success) {
    const which = key === null ? "" : ` "${key}"`;
    throw new StoreError(`${location}: ${table.name} row${which}: ${schemaProblem(parsed.error)}`);
  }
  // Frozen so a change that edits a row in place fails loudly instead of going unwritten.
  return deepFreeze(parsed.data as Row);
}

/** Every row of every table, in the order they were written. */
export async function loadAll(
  client: pg.ClientBase,
  location: string,
): Promise<Omit<StoreData, "schemaVersion">> {
  const data = {} as Record<Collection, Row[]>;
  for (const table of TABLES) {
    const { rows } = await client.query<{ key: string | null; doc: unknown }>(
      `SELECT key, doc FROM ${table.name} ORDER BY seq`,
    );
    data[table.collection] = rows.map((r) => parseRow(location, table, r.key, r.doc));
  }
  return data as unknown as Omit<StoreData, "schemaVersion">;
}

export interface RemoteChange {
  table: Table;
  key: string | null;
  /** The row now, or null for one removed. */
  row: Row | null;
}

/**
 * The rows written after revision `since`, and the store's revision they bring it to, read
 * in one statement so they are one consistent snapshot.
 */
export async function rowsSince(
  client: pg.ClientBase | pg.Pool,
  location: string,
  since: number,
): Promise<{ rev: number; changes: RemoteChange[] }> {
  const parts = TABLES.map(
    (t, i) => `SELECT ${i} AS t, seq, key, doc FROM ${t.name} WHERE rev > $1`,
  );
  const { rows } = await client.query<{
    t: number;
    seq: string;
    key: string | null;
    doc: unknown;
    rev: string;
  }>(
    `WITH meta AS (SELECT rev FROM store_meta)
     SELECT c.t, c.seq, c.key, c.doc, meta.rev FROM meta LEFT JOIN (
       ${parts.join(" UNION ALL ")}
       UNION ALL SELECT -1, 0, tb.key, to_jsonb(tb.tbl) FROM tombstones tb WHERE tb.rev > $1
     ) c ON true ORDER BY c.t, c.seq`,
    [since],
  );
  const changes: RemoteChange[] = [];
  let rev = since;
  for (const r of rows) {
    rev = Number(r.rev);
    if (r.t === null || r.t === undefined) continue;
    if (r.t === -1) {
      const table = TABLES.find((t) => t.name === r.doc);
      if (table) changes.push({ table, key: r.key, row: null });
      continue;
    }
    const table = TABLES[r.t] as Table;
    changes.push({ table, key: r.key, row: parseRow(location, table, r.key, r.doc) });
  }
  return { rev, changes };
}

/**
 * A log without keys is only ever appended to, or compacted by age: a tombstone of its table
 * names the time before which its rows were deleted (`at`), and they go here too.
 */
function dropBefore(list: Row[], time: string): void {
  const cutoff = Date.parse(time);
  const kept = list.filter((r) => !(Date.parse((r as { at: string }).at) < cutoff));
  if (kept.length === list.length) return;
  list.length = kept.length;
  for (let i = 0; i < kept.length; i++) list[i] = kept[i] as Row;
}

/** Applies rows another instance wrote to memory; returns the collections that changed. */
export function applyRemote(data: StoreData, changes: readonly RemoteChange[]): Set<Collection> {
  const touched = new Set<Collection>();
  const indexes = new Map<Collection, Map<string, number>>();
  const indexOf = (table: Table): Map<string, number> => {
    let index = indexes.get(table.collection);
    if (!index) {
      const keyOf = table.key as (row: unknown) => string;
      index = new Map(data[table.collection].map((r, i) => [keyOf(r), i]));
      indexes.set(table.collection, index);
    }
    return index;
  };
  for (const { table, key, row } of changes) {
    const list = data[table.collection] as Row[];
    touched.add(table.collection);
    if (!table.key) {
      if (row) list.push(row);
      else if (key !== null) dropBefore(list, key);
      continue;
    }
    if (key === null) continue;
    const index = indexOf(table);
    const at = index.get(key);
    if (row === null) {
      if (at === undefined) continue;
      list.splice(at, 1);
      indexes.delete(table.collection);
    } else if (at === undefined) {
      index.set(key, list.length);
      list.push(row);
    } else list[at] = row;
  }
  return touched;
}
