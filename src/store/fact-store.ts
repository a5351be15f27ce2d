/**
 * What every store offers the desk, whichever adapter holds the data: the lowdb file (one
 * process, the default) or PostgreSQL (several instances on one database). The domain reads
 * `data` synchronously, as one consistent snapshot in memory; every change goes through
 * `update`, which applies it to that snapshot and resolves once it is durable.
 */
import type { StoreData } from "./schema.ts";

/** A top-level list in the store, for saying which ones a change may touch. */
export type Collection = Exclude<keyof StoreData, "schemaVersion" | "handled">;

export const COLLECTIONS: readonly Collection[] = [
  "sources",
  "claimants",
  "events",
  "facts",
  "resolutions",
  "digests",
  "audit",
  "reports",
  "factchecks",
];

/** The lists that grow with use (kept in a file store's journal rather than its file). */
export type ActivityCollection = "factchecks" | "reports" | "digests" | "audit";

export interface AppendOptions {
  /**
   * "now" (the default): resolves once the rows are durable, as `update` does. "soon": once
   * they are written where a crash of the process cannot lose them (for a file, the kernel's
   * page cache), and made durable a few milliseconds later together with the rows appended
   * meanwhile, so rows that come one at a time (a fact-check run recorded after each Slack
   * reply) do not each cost an fsync; a crash of the machine or a power cut in those
   * milliseconds can lose them. For what nothing acknowledged depends on. A store that cannot
   * tell the two apart (a database commits each transaction) takes "soon" as "now".
   */
  sync?: "now" | "soon";
}

export interface OpenReport {
  created: boolean;
  migratedFrom: number | null;
  merged: { sources: number; claimants: number; events: number; facts: number };
  backup: string | null;
  /** Handled requests moved out of the store file into its sidecar (files from issue 13). */
  handledMoved: number;
  /**
   * The sidecar's last line, cut short by a crash mid-append and dropped (its claim never
   * resolved, so its request was never handled), as logged; null if there was none.
   */
  handledTorn: string | null;
  /**
   * Rows of activity (fact-check runs, reports, digests, audit entries) moved out of the store
   * file into its journal (files written before the journal); 0 for a database.
   */
  activityMoved: number;
  /** The journal's last line, cut short by a crash and dropped, as logged; null if none. */
  journalTorn: string | null;
  /**
   * Resolutions moved out of the store file into `<file>.resolutions.json` (files written
   * before it); 0 for a database.
   */
  resolutionsMoved: number;
  /**
   * Fact-check runs, closed reports and digests older than the retention dropped from the
   * journal (or, for a database, its tables) when the store opened (FACTDESK_JOURNAL_DAYS).
   */
  activityCompacted: number;
}

export interface FactStore {
  /** Where the store lives, for messages: the file, or the database URL without its password. */
  readonly location: string;
  /**
   * Read-only by convention: change it only through update(). Rows are replaced, never changed
   * in place (the PostgreSQL adapter freezes them and writes the rows that were replaced).
   */
  readonly data: StoreData;
  /** Goes up with every write this process sees, its own or another instance's. */
  readonly version: number;
  /**
   * Changes with every write that may have touched any of these collections: a reader whose
   * derived view depends only on facts is not rebuilt because a fact-check run was recorded.
   */
  revisionOf(collections: readonly Collection[]): number;
  /**
   * Applies `change` and resolves once the result is durable. Changes run one at a time, in
   * order, each against the latest data (another instance's writes included); a change that
   * throws, or a write that fails, leaves the store as it was. `touches` names the collections
   * the change may alter (default: any).
   */
  update<T>(change: (data: StoreData) => T, touches?: readonly Collection[]): Promise<T>;
  /**
   * Adds `rows` at the end of the activity list `collection`, in order with every other write:
   * what `update` does for a change that only pushes them, without a change to run, nor the
   * lists to copy and compare to find what it added (a cost that grows with the list: 90 days
   * of fact-check runs). A write that fails leaves the store as it was. See AppendOptions.
   */
  append<C extends ActivityCollection>(
    collection: C,
    rows: readonly StoreData[C][number][],
    options?: AppendOptions,
  ): Promise<void>;
  /**
   * Claims the Slack request `key`: true for its first delivery, once the claim is durable;
   * false for a replay of one claimed in the last ten minutes, by this instance or any other.
   */
  claim(key: string, now?: Date): Promise<boolean>;
  /** Brings `data` up to date with what other instances have written (a file has none). */
  sync(): Promise<void>;
  /**
   * Runs `work` while no other instance runs work of the same name, or resolves null at once
   * if one is. Held by a process, so a process that dies lets it go.
   */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<T | null>;
  /** Waits for the writes already asked for, then refuses more and lets the store go. */
  close(): Promise<void>;
}

/** `postgres://…` or `postgresql://…` names a database; anything else is a file path. */
export const isDatabaseUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);
