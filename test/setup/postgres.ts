/**
 * Global setup: whether a PostgreSQL server answers at FACTDESK_TEST_PG (default: the one every
 * development and CI machine runs), asked once for the whole run. Where none answers, the
 * PostgreSQL tests skip and this says so, once, with how to run them.
 */
import pg from "pg";
import type { TestProject } from "vitest/node";

export const DEFAULT_TEST_PG = "postgres://postgres@127.0.0.1:5432/test";

declare module "vitest" {
  export interface ProvidedContext {
    /** The server the PostgreSQL tests use, or null when none answers (they skip). */
    postgres: string | null;
  }
}

async function answers(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (err) {
    return (err as Error).message || String(err);
  } finally {
    await client.end().catch(() => {});
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.FACTDESK_TEST_PG || DEFAULT_TEST_PG;
  const problem = await answers(url);
  if (problem !== null) {
    const shown = url.replace(/:[^:@/]*@/, ":***@");
    console.warn(
      `PostgreSQL tests skipped: no server at ${shown} (${problem}). To run them: pg_ctlcluster --skip-systemctl-redirect 15 main start, or FACTDESK_TEST_PG=postgres://user@host:5432/db npm test (README, "Several instances on PostgreSQL").`,
    );
  }
  project.provide("postgres", problem === null ? url : null);
}
