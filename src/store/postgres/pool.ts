/**
 * Connections to the shared database. One pool per store; a separate client listens for other
 * instances' writes (notify.ts), because a pooled client may be handed to anyone.
 */
import pg from "pg";
import { StoreError } from "../errors.ts";

/** The URL as messages may show it: never the password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://(unparsable URL)";
  }
}

export function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    // Writes are serialised by the store; a few connections cover claims and reads beside them.
    max: 6,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    application_name: "factdesk",
    // The catch-up query spans every table; on small or freshly-made tables the planner's
    // guesses switch JIT on, and compiling it cost 150-200 ms for a query that runs in 1 ms.
    options: "-c jit=off",
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  // Once the pool is ending, pg-pool has already let its clients go while they still close.
  pool.on("error", (err) => {
    if (pool.ending) return;
    console.warn(
      `factdesk: ${redactUrl(url)}: an idle database connection was lost: ${err.message}`,
    );
  });
  return pool;
}

/** A failure to reach or use the database, as one line naming it (never its password). */
export function dbError(url: string, doing: string, err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const e = err as { code?: string; message?: string };
  const reason = (e.message ?? String(err)).replace(/\s+/g, " ").trim();
  const code = e.code ? ` [${e.code}]` : "";
  return new StoreError(`${redactUrl(url)}: cannot ${doing} (${reason}${code})`);
}
