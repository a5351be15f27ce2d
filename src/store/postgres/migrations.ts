/**
 * The database's schema, in numbered steps run at start-up. Each step runs once, in its own
 * transaction, recorded in factdesk_migrations; every instance runs them under one advisory
 * lock, so two starting at once do not both create a table. Append steps; never edit one that
 * has shipped.
 */
import type pg from "pg";
import { TABLES } from "./tables.ts";

/** Named in pg_advisory_lock: held while migrating and seeding at start-up. */
export const START_LOCK = "factdesk:start";

const table = (name: string) => `
  CREATE TABLE ${name} (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key text UNIQUE,
    rev bigint NOT NULL,
    doc jsonb NOT NULL
  );
  CREATE INDEX ${name}_rev ON ${name} (rev);`;

export const MIGRATIONS: readonly { version: number; why: string; sql: string }[] = [
  {
    version: 1,
    why: "the store's collections as tables of zod-shaped rows, and the replay claims",
    sql: `
      CREATE TABLE store_meta (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        -- Goes up by one with every write; its row lock serialises writers across instances.
        rev bigint NOT NULL,
        schema_version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- Rows a write removed, so other instances drop them too.
      CREATE TABLE tombstones (rev bigint NOT NULL, tbl text NOT NULL, key text NOT NULL);
      CREATE INDEX tombstones_rev ON tombstones (rev);
      ${TABLES.map((t) => table(t.name)).join("\n")}
      ALTER TABLE facts
        ADD COLUMN event_id text GENERATED ALWAYS AS (doc->>'eventId') STORED,
        ADD COLUMN source_id text GENERATED ALWAYS AS (doc->>'sourceId') STORED,
        ADD COLUMN status text GENERATED ALWAYS AS (doc->>'status') STORED;
      CREATE INDEX facts_event ON facts (event_id);
      CREATE INDEX facts_source ON facts (source_id);
      -- One resolution per dispute, whichever instance the editor clicked on.
      ALTER TABLE resolutions
        ADD COLUMN dispute_id text GENERATED ALWAYS AS (doc->>'disputeId') STORED UNIQUE;
      -- One digest per channel and day, across instances.
      ALTER TABLE digests
        ADD COLUMN channel text GENERATED ALWAYS AS (doc->>'channel') STORED,
        ADD COLUMN day text GENERATED ALWAYS AS (doc->>'day') STORED,
        ADD UNIQUE (channel, day);
      ALTER TABLE audit ADD COLUMN target text GENERATED ALWAYS AS (doc->>'target') STORED;
      CREATE INDEX audit_target ON audit (target);
      -- An editor's review is an audit entry (who, when, before, after); the view names them.
      CREATE VIEW reviews AS
        SELECT seq, doc->>'at' AS at, doc->>'by' AS by, doc->>'action' AS action,
               doc->>'target' AS fact_id, doc->'before' AS before, doc->'after' AS after
        FROM audit WHERE doc->>'action' IN ('approve', 'reject', 'correct');
      -- Slack requests already handled: the primary key is what stops a second instance
      -- applying one request twice.
      CREATE TABLE handled (key text PRIMARY KEY, at timestamptz NOT NULL);
      CREATE INDEX handled_at ON handled (at);
    `,
  },
];

/** Runs the steps this database lacks; the caller holds START_LOCK. Returns the versions run. */
export async function migrateDatabase(client: pg.ClientBase): Promise<number[]> {
  await client.query(`
    CREATE TABLE IF NOT EXISTS factdesk_migrations (
      version integer PRIMARY KEY,
      why text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  const { rows } = await client.query<{ version: number }>(
    "SELECT version FROM factdesk_migrations",
  );
  const done = new Set(rows.map((r) => r.version));
  const newest = Math.max(0, ...done);
  const known = Math.max(...MIGRATIONS.map((m) => m.version));
  if (newest > known) {
    throw new Error(
      `the database is at migration ${newest}, newer than this release knows (${known}); upgrade Factdesk instead`,
    );
  }
  const ran: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    await client.query("BEGIN");
    try {
      await client.query(m.sql);
      await client.query("INSERT INTO factdesk_migrations (version, why) VALUES ($1, $2)", [
        m.version,
        m.why,
      ]);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    }
    ran.push(m.version);
  }
  return ran;
}
