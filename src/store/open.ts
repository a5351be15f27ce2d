/**
 * Opens the store FACTDESK_DB names: a postgres:// URL opens the shared PostgreSQL store
 * (several instances), anything else the lowdb file (one process, nothing to install).
 */
import { type FactStore, isDatabaseUrl, type OpenReport } from "./fact-store.ts";
import { Store } from "./store.ts";

export interface OpenStoreOptions {
  /** A file path, or a postgres:// URL. */
  db: string;
  /** The bundled store shipped with the release; seeds and tops up the live one. */
  bundled: string;
  /** How long fact-check runs, closed reports and digests are kept (days), file or database. */
  journalDays?: number;
}

export async function openStore(
  options: OpenStoreOptions,
): Promise<{ store: FactStore; report: OpenReport }> {
  if (isDatabaseUrl(options.db)) {
    // Loaded only when asked for: a file store never loads the database driver.
    const { PostgresStore } = await import("./postgres/adapter.ts");
    return PostgresStore.open({
      url: options.db,
      bundled: options.bundled,
      journalDays: options.journalDays,
    });
  }
  return Store.open({
    file: options.db,
    bundled: options.bundled,
    journalDays: options.journalDays,
  });
}
