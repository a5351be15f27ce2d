/**
 * PostgreSQL for tests: the server global setup found (or null: skip), and a database of each
 * test file's own, created from it and dropped afterwards, so runs on one machine (and what an
 * earlier run left behind) never meet.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/** The server to test against, or null when none answers. */
export const testPostgres = (): string | null => inject("postgres");

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(server: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(server: string, label = "t"): Promise<TestDatabase> {
  const name = `factdesk_${label}_${process.pid}_${randomBytes(4).toString("hex")}`;
  await admin(server, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE: a test that failed may have left a connection open.
    drop: async () => {
      await admin(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** Runs SQL against a test database (to read what is durable, or to spoil a row on purpose). */
export function sql<R extends pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  return admin(url, async (c) => (await c.query<R>(text, values)).rows);
}
