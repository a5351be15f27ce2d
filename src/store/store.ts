/**
 * The live store: one lowdb file, validated on every load, written by one serialised queue.
 * The bundled store (data/factdesk.json, tracked in git) seeds it and is never written to.
 * Requests from Slack already handled are kept beside it (handled.ts), so that claiming one
 * before it is handled does not rewrite the whole archive; so is what grows with use (fact-check
 * runs, reports, digests, the audit log: journal.ts), so that recording one does not either,
 * and so are editors' resolutions (resolutions.ts, a small validated file of their own), so
 * that settling a dispute does not, and editors' review decisions (reviews.ts, an overlay of the
 * rows they replaced), so that approving a fact does not. The file is rewritten only by writes
 * that add or remove its facts, sources, claimants or events, or do not say what they touch.
 */
import { copyFile, mkdir, readdir, readFile, realpath, unlink } from "node:fs/promises";
import path from "node:path";
import { Low } from "lowdb";
import { deepFreeze } from "../domain/freeze.ts";
import { DurableTextFile } from "./durable-file.ts";
import { attempt, ioError, parseJsonText, StoreError, schemaProblem } from "./errors.ts";
import { plainlyValidFact } from "./fact-rows.ts";
import {
  type AppendOptions,
  COLLECTIONS,
  type Collection,
  type FactStore,
  type OpenReport,
} from "./fact-store.ts";
import { HandledLog } from "./handled.ts";
import {
  ACTIVITY,
  type Activity,
  type ActivityRows,
  activityOf,
  compactActivity,
  hasActivity,
  isActivity,
  JOURNAL_DAYS,
  Journal,
  journalFileOf,
  missingFrom,
  noActivity,
  readJournal,
} from "./journal.ts";
import { parseFileByRows, parseObjectByRows } from "./json-bytes.ts";
import { lockStore, StoreLockedError } from "./lock.ts";
import { MigrationError, migrate, needsMigration } from "./migrate.ts";
import { tableOf } from "./postgres/tables.ts";
import { missingRows, ResolutionsFile, resolutionsFileOf } from "./resolutions.ts";
import {
  applyReviews,
  hasReviews,
  noReviews,
  OVERLAY_MAX_BYTES,
  REVIEWED,
  type Reviewed,
  type ReviewRows,
  ReviewsFile,
  reviewsFileOf,
  reviewsText,
} from "./reviews.ts";
import {
  emptyStore,
  type HandledRequest,
  type Resolution,
  SCHEMA_VERSION,
  type StoreData,
  StoreData as StoreSchema,
} from "./schema.ts";
import { shareStrings } from "./shared-strings.ts";

export type { Collection, OpenReport };
export { StoreError };

const KEEP_BACKUPS = 5;

export function parseStoreText(text: string, file: string): StoreData {
  return storeFromJson(parseJsonText(text, file), file);
}

/**
 * A store file's bytes, parsed and checked: as parseStoreText, without ever holding the whole
 * file as one string (json-bytes.ts), which at 100,000 facts is 46–92 MB of start-up's peak.
 */
export function parseStoreBytes(bytes: Buffer, file: string): StoreData {
  return storeFromJson(parseStoreJsonBytes(bytes, file), file);
}

/**
 * The store file read and checked as the store opens it: a window of its bytes at a time
 * (json-bytes.ts), so that neither the whole file's bytes nor its text is ever held. Null if
 * there is no file.
 */
export async function readStoreFile(file: string): Promise<StoreData | null> {
  const raw = await readStoreJson(file);
  return raw === undefined ? null : storeFromJson(raw, file);
}

/**
 * The store file's JSON, parsed a window of its bytes at a time; undefined if there is no
 * file. A file that is not a JSON object the windowed parse recognises is read whole and
 * parsed as text, for the message that has always named its problem.
 */
async function readStoreJson(file: string): Promise<unknown> {
  const read = await attempt(file, "read it", async () => {
    try {
      return { rows: parseFileByRows(file) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw err;
    }
  });
  if (read === undefined) return undefined;
  if (read.rows !== null) return read.rows;
  const bytes = await attempt(file, "read it", () => new DurableTextFile(file).readBytes());
  return bytes === null ? undefined : parseStoreJsonBytes(bytes, file);
}

/** The file's JSON from its bytes, row by row where it can be; a StoreError if it is not JSON. */
function parseStoreJsonBytes(bytes: Buffer, file: string): unknown {
  return parseObjectByRows(bytes) ?? parseJsonText(bytes.toString("utf8"), file);
}

/** The file's JSON migrated to this release's schema and checked against it. */
function storeFromJson(raw: unknown, file: string): StoreData {
  let migrated: unknown;
  try {
    migrated = migrate(raw);
  } catch (err) {
    if (err instanceof MigrationError) throw new StoreError(`${file}: ${err.message}`);
    throw err;
  }
  const checked = checkRowByRow(migrated);
  if (checked) return shareStrings(checked);
  // Not valid: the whole store through the schema, for the message it has always given.
  const parsed = StoreSchema.safeParse(migrated);
  if (!parsed.success) throw new StoreError(`${file}: ${schemaProblem(parsed.error)}`);
  return shareStrings(parsed.data);
}

/** The schema of one row of each list, for checking a store row by row. */
const ROW_SCHEMAS = COLLECTIONS.map((c) => [c, tableOf(c).schema] as const);

/**
 * The store checked one row at a time, keeping the rows as JSON.parse made them, or null if
 * anything is not valid. The schema's own copy of each row is dropped at once (so it dies
 * young), where a copy of the whole tree would double the heap the open leaves behind (about
 * 100 MB at 100,000 facts). A row the schema changed (a default filled in: `planned` on a
 * fact) is kept as the schema returned it; the schema has no transforms, so any other checked
 * row is what the schema would return. A test checks both ways agree.
 */
export function checkRowByRow(migrated: unknown): StoreData | null {
  if (typeof migrated !== "object" || migrated === null || Array.isArray(migrated)) return null;
  const m = migrated as Record<string, unknown>;
  const empty: Record<string, unknown> = { ...m };
  for (const [c] of ROW_SCHEMAS) {
    if (!Array.isArray(m[c])) return null;
    empty[c] = [];
  }
  const top = StoreSchema.safeParse(empty);
  if (!top.success) return null;
  const out = top.data as Record<string, unknown>;
  for (const [c, schema] of ROW_SCHEMAS) {
    const rows = m[c] as unknown[];
    const kept = new Array<unknown>(rows.length);
    // Facts are most of an archive: a row the hand check vouches for is kept without zod.
    const plain = c === "facts" ? plainlyValidFact : null;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (plain?.(row)) {
        kept[i] = row;
        continue;
      }
      const parsed = schema.safeParse(row);
      if (!parsed.success) return null;
      kept[i] =
        Object.keys(parsed.data as object).length === Object.keys(row as object).length
          ? row
          : parsed.data;
    }
    out[c] = kept;
  }
  return out as StoreData;
}

/** lowdb adapter: JSON in a durable file, validated (and migrated) on read. */
class StoreFile {
  readonly #file: DurableTextFile;
  constructor(file: string) {
    this.#file = new DurableTextFile(file);
  }
  read(): Promise<StoreData | null> {
    return readStoreFile(this.#file.file);
  }
  /**
   * The file's part of `data`: everything but the activity, which is in the journal, and the
   * resolutions, which are in their own file.
   */
  async write(data: StoreData): Promise<void> {
    // Compact: indentation would double the size of a file rewritten whole.
    await this.#file.write(`${JSON.stringify({ ...data, ...noActivity(), resolutions: [] })}\n`);
  }
}

/**
 * A file store as it is on disk, read without writing anything (a torn last line of the journal
 * is left out, as opening the store would drop it): the file, with its journal's activity and
 * its resolutions file's resolutions. For moving a store (migrate-store) and for tests of what
 * is on disk.
 */
export async function readStoreFiles(file: string): Promise<StoreData> {
  const bytes = await attempt(file, "read it", () => readFile(file));
  const data = parseStoreBytes(bytes, file);
  const journal = await readJournal(file);
  const activity = withMissing(journal.rows, missingFrom(journal.rows, activityOf(data)));
  const kept = (await new ResolutionsFile(file).read()) ?? [];
  const resolutions = [...kept, ...missingRows(kept, data.resolutions)];
  const reviews = await new ReviewsFile(file).read();
  if (reviews) applyReviews(data, reviews);
  return { ...data, ...activity, resolutions };
}

/** `have` and then `more`, list by list. */
function withMissing(have: ActivityRows, more: ActivityRows): ActivityRows {
  const out = noActivity();
  for (const c of ACTIVITY) (out[c] as unknown[]) = [...have[c], ...more[c]];
  return out;
}

export interface OpenOptions {
  /** The live store file (FACTDESK_DB). */
  file: string;
  /** The bundled store shipped with the release; seeds and tops up the live one. */
  bundled: string;
  /**
   * How long fact-check runs, closed reports and digests are kept in the journal, in days
   * (FACTDESK_JOURNAL_DAYS; default JOURNAL_DAYS). Compacted at open and daily after.
   */
  journalDays?: number;
}

/** How often a running store compacts its journal by age. */
const COMPACT_EVERY_MS = 24 * 60 * 60 * 1000;

interface Pending {
  change: (data: StoreData) => unknown;
  /** The collections the change may touch; undefined means any of them. */
  touches: readonly Collection[] | undefined;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  /** An append (Store.append): what `change` pushes, so that a batch of them need not compare. */
  append?: { collection: Activity; rows: readonly unknown[]; soon: boolean };
}

/** The lowdb adapter: one process holds the file (locked), so it is the only instance. */
export class Store implements FactStore {
  readonly file: string;
  readonly #db: Low<StoreData>;
  /** Requests already handled, in their own small file beside the store. */
  #handled: HandledLog | null = null;
  /** Fact-check runs, reports, digests and the audit log, appended beside the store. */
  #journal: Journal | null = null;
  /** Editors' resolutions, in their own small file beside the store. */
  #resolutions: ResolutionsFile | null = null;
  /**
   * Set when the resolutions file may hold rows memory does not (its write went out but a later
   * file's failed): the next write rewrites it from memory.
   */
  #resolutionsStale = false;
  /** Editors' review decisions: the overlay of rows they replaced in the store file's lists. */
  #reviewsFile: ReviewsFile | null = null;
  /** What the overlay on disk holds, by list and id: the rows as they are in memory. */
  #reviews: Record<Reviewed, Map<string, { id: string }>> = emptyOverlayMaps();
  /**
   * Set when the overlay on disk may not be what #reviews says (a write of it, or of the store
   * file and then it, failed part way): the next write rewrites or empties it.
   */
  #reviewsStale = false;
  /**
   * Set when the journal on disk holds rows memory does not (a write whose journal line went
   * out but whose store file write failed): the next write replaces the journal from memory.
   */
  #journalStale = false;
  #version = 0;
  /** Writes that touched (or may have touched) each collection. */
  readonly #revisions = new Map<Collection | "*", number>();

  private constructor(file: string, db: Low<StoreData>) {
    this.file = file;
    this.#db = db;
  }

  /** Lets the file go, once close() has drained the writes. */
  #unlock: () => Promise<void> = async () => {};

  /** The lock was taken away while held: writing on would overwrite whoever has it now. */
  #lockLost = (err: Error): void => {
    this.#broken ??= new StoreError(
      `${this.file}: lost the lock on the store file (${err.message}); writes are refused until restart`,
    );
  };

  /** The file the handled requests are kept in. */
  get handledFile(): string {
    return this.#log().file;
  }

  /**
   * The handled requests still remembered: claims older than the window go, oldest first, at
   * the next claim (and all of them at open and at each compaction of the sidecar).
   */
  get handled(): readonly HandledRequest[] {
    return this.#log().entries;
  }

  #log(): HandledLog {
    if (!this.#handled) throw new Error("the store is not open");
    return this.#handled;
  }

  /**
   * Claims the request `key` as handled: true for its first delivery, once the claim is on
   * disk; false for a replay of one claimed in the last ten minutes, in this process or before
   * a restart. Writes only the sidecar, never the store file. Refused once the store is closed
   * or its lock lost.
   */
  claim(key: string, now: Date = new Date()): Promise<boolean> {
    return this.#log().claim(key, now);
  }

  /**
   * Resolves once the claims made so far are on disk: their syncs, and a compaction of the
   * sidecar under way, done (or failed).
   */
  claimsWritten(): Promise<void> {
    return this.#log().drain();
  }

  get location(): string {
    return this.file;
  }

  /** One process holds the file: there is nothing another instance could have written. */
  async sync(): Promise<void> {}

  readonly #exclusive = new Set<string>();

  /** Only this process can hold the file, so exclusion within it is exclusion everywhere. */
  async exclusive<T>(name: string, work: () => Promise<T>): Promise<T | null> {
    if (this.#exclusive.has(name)) return null;
    this.#exclusive.add(name);
    try {
      return await work();
    } finally {
      this.#exclusive.delete(name);
    }
  }

  /** Read-only by convention: change it only through update(). */
  get data(): StoreData {
    return this.#db.data;
  }

  /** Goes up by one with every acknowledged write; lets readers cache derived views. */
  get version(): number {
    return this.#version;
  }

  /**
   * Changes with every write that may have touched any of these collections: a reader whose
   * derived view depends only on facts is not rebuilt because a fact-check run was recorded.
   */
  revisionOf(collections: readonly Collection[]): number {
    let sum = this.#revisions.get("*") ?? 0;
    for (const c of collections) sum += this.#revisions.get(c) ?? 0;
    return sum;
  }

  #bump(touches: readonly Collection[] | undefined): void {
    for (const c of touches ?? ["*" as const])
      this.#revisions.set(c, (this.#revisions.get(c) ?? 0) + 1);
  }

  static async open(options: OpenOptions): Promise<{ store: Store; report: OpenReport }> {
    const file = path.resolve(options.file);
    const bundledFile = path.resolve(options.bundled);
    await guardAgainstTrackedFile(file, bundledFile);

    await attempt(file, "create its folder", () => mkdir(path.dirname(file), { recursive: true }));
    // Before the file is read: what this process reads must be what no other one is writing.
    let lost: (err: Error) => void = () => {};
    let unlock: () => Promise<void>;
    try {
      unlock = await lockStore(file, (err) => lost(err));
    } catch (err) {
      if (err instanceof StoreLockedError) throw new StoreError(err.message);
      throw ioError(file, "lock it", err);
    }
    try {
      const opened = await Store.#openLocked(file, bundledFile);
      const store = opened.store;
      store.#unlock = unlock;
      lost = store.#lockLost;
      store.#journalDays = options.journalDays ?? JOURNAL_DAYS;
      // The journal compacted by age now and once a day after; a failure (a read-only folder,
      // a full disk) is logged and leaves the journal as it was, and answers go on.
      opened.report.activityCompacted = await store.#compactQuietly();
      store.#compactTimer = setInterval(() => void store.#compactQuietly(), COMPACT_EVERY_MS);
      store.#compactTimer.unref();
      return opened;
    } catch (err) {
      await unlock().catch(() => {});
      throw err;
    }
  }

  static async #openLocked(
    file: string,
    bundledFile: string,
  ): Promise<{ store: Store; report: OpenReport }> {
    const bundled = parseStoreText(
      await attempt(bundledFile, "read the bundled store", () => readFile(bundledFile, "utf8")),
      bundledFile,
    );
    const adapter = new StoreFile(file);
    const db = new Low<StoreData>(adapter, emptyStore());
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

    const resolutionsFile = new ResolutionsFile(file);
    const reviewsFile = new ReviewsFile(file);
    if (!(await Store.#readExisting(file, db, report))) {
      // A journal without its store: its audit log and runs belong to a store that is gone, and
      // would be read as this new one's.
      if ((await readJournal(file).catch(() => null))?.lines !== 0) {
        throw new StoreError(
          `${journalFileOf(file)}: a journal without its store file (${file}); move it away to start a new store, or put the store file back`,
        );
      }
      // So do resolutions without their store (of disputes in facts that are gone).
      if ((await resolutionsFile.read().catch(() => null)) !== null) {
        throw new StoreError(
          `${resolutionsFileOf(file)}: resolutions without their store file (${file}); move them away to start a new store, or put the store file back`,
        );
      }
      // And review decisions, of rows that are gone.
      if ((await reviewsFile.read().catch(() => null)) !== null) {
        throw new StoreError(
          `${reviewsFileOf(file)}: review decisions without their store file (${file}); move them away to start a new store, or put the store file back`,
        );
      }
      db.data = structuredClone(bundled);
      report.created = true;
    } else {
      report.merged = mergeBundled(db.data, bundled);
    }
    // Read and checked before anything is written: a bad file stops start-up, naming it, with
    // every file as it was.
    const kept = (await resolutionsFile.read()) ?? [];
    // The review decisions too, laid over the rows they replaced.
    const reviewed = (await reviewsFile.read()) ?? noReviews();
    applyReviews(db.data, reviewed);
    // Read (and checked) before anything is written: a bad sidecar stops start-up with the
    // store file as it was.
    let store: Store | null = null;
    const handled = await HandledLog.open(
      file,
      () => (store ? store.#broken : null),
      (message) => {
        report.handledTorn = message;
        console.warn(`factdesk: ${message}`);
      },
    );
    // The journal too (a bad line stops start-up here, naming it).
    const { journal, rows: journaled } = await Journal.open(file, (message) => {
      report.journalTorn = message;
      console.warn(`factdesk: ${message}`);
    });
    // Claims in the store file itself (written by the issue-13 release) move to the sidecar:
    // on disk there first, then out of the store, so a crash in between leaves them in both,
    // and the next open finds them again and adds only those the sidecar lacks.
    const moved = db.data.handled;
    if (moved !== undefined) {
      report.handledMoved = await handled.adopt(moved);
      delete db.data.handled;
    }
    // Activity in the store file itself (files written before the journal) moves the same way:
    // into the journal first (fsynced), then out of the file, so a crash in between leaves it in
    // both, and the next open adds to the journal only the rows it lacks.
    const inFile = activityOf(db.data);
    const moving = missingFrom(journaled, inFile);
    const activity = withMissing(journaled, moving);
    if (hasActivity(moving)) {
      report.activityMoved = ACTIVITY.reduce((n, c) => n + moving[c].length, 0);
      if (journal.appendable) await journal.appendAll(moving);
      else await journal.replace(activity);
    }
    const activityInFile = hasActivity(inFile);
    for (const c of ACTIVITY) {
      for (const row of activity[c]) deepFreeze(row);
      (db.data[c] as unknown[]) = activity[c];
    }
    // Resolutions in the store file itself (files written before their own file) move the same
    // way: into the resolutions file first (fsynced), then out of the store file, so a crash in
    // between leaves them in both and the next open adds only those the resolutions file lacks.
    const resolutionsInFile = db.data.resolutions.length > 0;
    const movingResolutions = missingRows(kept, db.data.resolutions);
    const resolutions = [...kept, ...movingResolutions];
    if (movingResolutions.length > 0) {
      report.resolutionsMoved = movingResolutions.length;
      await resolutionsFile.write(resolutions);
    }
    for (const row of resolutions) deepFreeze(row);
    db.data.resolutions = resolutions;
    let folded = false;
    if (
      report.created ||
      report.migratedFrom !== null ||
      moved !== undefined ||
      activityInFile ||
      resolutionsInFile ||
      Object.values(report.merged).some((n) => n > 0)
    ) {
      await attempt(file, report.created ? "create it" : "write it", () => db.write());
      // The store file now holds every decision: the overlay goes (after, never before).
      if (hasReviews(reviewed)) await reviewsFile.write(reviewsText(noReviews()));
      folded = true;
    }
    store = new Store(file, db);
    store.#handled = handled;
    store.#journal = journal;
    store.#resolutions = resolutionsFile;
    store.#reviewsFile = reviewsFile;
    if (!folded) {
      // The overlay's rows as they now are in memory (one whose id is gone was left out).
      for (const c of REVIEWED) {
        const ids = new Set((reviewed[c] as { id: string }[]).map((r) => r.id));
        if (ids.size === 0) continue;
        for (const row of db.data[c] as { id: string }[]) {
          if (!ids.has(row.id)) continue;
          deepFreeze(row);
          store.#reviews[c].set(row.id, row);
        }
      }
    }
    return { store, report };
  }

  /**
   * Reads the store file into `db` (false if there is none), backing it up first if it is an
   * older version. Read and parsed once, a row at a time from a window of the bytes (never the
   * whole file, as bytes or as one string), in a function of its own so that the parsed tree
   * does not outlive it: only the checked data stays.
   */
  static async #readExisting(
    file: string,
    db: Low<StoreData>,
    report: OpenReport,
  ): Promise<boolean> {
    // A window of the file's bytes at a time: at 100,000 facts the whole file (46 MB) beside the
    // parsed tree and the schema's work set the process's peak.
    const raw = await readStoreJson(file);
    if (raw === undefined) return false;
    if (needsMigration(raw)) {
      const from = (raw as { schemaVersion: number }).schemaVersion;
      report.migratedFrom = from;
      report.backup = await attempt(file, "back it up before migrating", () => backup(file, from));
    }
    db.data = storeFromJson(raw, file);
    return true;
  }

  /**
   * Applies `change` and resolves once the result is on disk. Changes run one at a time in
   * the order they were asked for; a change that throws, or a write that fails, leaves the
   * store as it was on disk. `touches` names the collections the change may alter (default:
   * any); it only tells readers which cached views are still good.
   */
  update<T>(change: (data: StoreData) => T, touches?: readonly Collection[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#pending.push({ change, touches, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#draining) this.#drained = this.#drain();
    });
  }

  /**
   * Adds rows at the end of an activity list, through the write queue like any write. A batch
   * of appends alone is one line appended to the journal, without the copy and comparison of
   * the lists `update` makes to find what a change added; with `sync: "soon"` it resolves once
   * the line is written (a SIGKILL no longer loses it) and is fdatasynced SYNC_DELAY_MS later
   * with the lines appended meanwhile (see AppendOptions).
   */
  append<C extends Activity>(
    collection: C,
    rows: readonly StoreData[C][number][],
    options: AppendOptions = {},
  ): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#pending.push({
        change: (data) => {
          (data[collection] as unknown[]).push(...rows);
        },
        touches: [collection],
        resolve: resolve as (value: unknown) => void,
        reject,
        append: { collection, rows, soon: options.sync === "soon" },
      });
      if (!this.#draining) this.#drained = this.#drain();
    });
  }

  #pending: Pending[] = [];
  #draining = false;
  /** Settles when the queue is next empty. */
  #drained: Promise<void> = Promise.resolve();

  /**
   * Waits until every write asked for so far is on disk (or has failed). Later writes are
   * refused: a closed store is one another process may now open.
   */
  async close(): Promise<void> {
    if (this.#compactTimer) clearInterval(this.#compactTimer);
    this.#compactTimer = null;
    if (this.#closed) return;
    // Waits for the queue rather than queueing an empty write: with a large archive that
    // would rewrite the whole file for nothing.
    while (this.#draining) await this.#drained;
    await this.#handled?.drain();
    this.#closed = true;
    this.#broken ??= new StoreError(`${this.file}: the store is closed; writes are refused`);
    // Anything asked for meanwhile is refused now; what had already started settles first.
    while (this.#draining) await this.#drained;
    await this.#handled?.close();
    await this.#journal?.close();
    await this.#unlock();
  }

  #closed = false;

  #journalDays = JOURNAL_DAYS;
  #compactTimer: ReturnType<typeof setInterval> | null = null;

  /**
   * Drops from memory and from the journal the fact-check runs, closed problem reports and
   * digests older than the retention (compactActivity: the audit log, open reports and each
   * channel's latest digest are kept), through the write queue like any write. The journal is
   * never rewritten in place: the compacted copy is written to a temporary sibling, fsynced and
   * renamed over it, so a crash leaves the old journal or the new one. Nothing to drop: nothing
   * is written. Resolves to the number of rows dropped.
   */
  compactJournal(now: Date = new Date()): Promise<number> {
    // Most days most of it is recent: nothing to queue (nor a version to bump) for nothing.
    const kept = compactActivity(activityOf(this.data), now, this.#journalDays);
    if (COMPACTED.every((c) => kept[c] === this.data[c])) return Promise.resolve(0);
    return this.update((data) => {
      const kept = compactActivity(activityOf(data), now, this.#journalDays);
      let dropped = 0;
      for (const c of COMPACTED) {
        dropped += data[c].length - kept[c].length;
        (data[c] as unknown[]) = kept[c];
      }
      return dropped;
    }, COMPACTED);
  }

  async #compactQuietly(): Promise<number> {
    try {
      return await this.compactJournal();
    } catch (err) {
      if (!this.#closed)
        console.warn(
          `factdesk: ${journalFileOf(this.file)}: not compacted (${(err as Error).message}); kept whole, tried again in a day`,
        );
      return 0;
    }
  }

  /**
   * Group commit: the changes that queued up while the last write was on its way are applied
   * in order and written together, one fsync for all, and each resolves only once that write
   * is on disk. Under a burst this turns N whole-file rewrites into one.
   */
  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#pending.length > 0) await this.#commit(this.#pending.splice(0));
    } finally {
      this.#draining = false;
    }
  }

  async #commit(batch: Pending[]): Promise<void> {
    const broken = this.#broken;
    if (broken) {
      for (const p of batch) p.reject(broken);
      return;
    }
    if (batch.every((p) => p.append) && this.#journal?.appendable && !this.#journalStale) {
      await this.#commitAppends(batch);
      return;
    }
    const data = this.#db.data;
    // The activity lists and the resolutions as they were (their rows are frozen, so copying
    // the lists is enough), and whether a change may have touched the store file's part
    // (undeclared: it may).
    // Only the activity lists the batch says it touches are copied (an undeclared change may
    // touch any): a fact-check run recorded need not copy and compare the whole audit log.
    const declared = batch.every((p) => p.touches !== undefined)
      ? new Set<Collection>(batch.flatMap((p) => p.touches ?? []))
      : null;
    const before = snapshotActivity(data, declared);
    const resolutionsBefore = data.resolutions.slice();
    const touchesFile = batch.some(
      (p) => p.touches === undefined || p.touches.some((c) => inStoreFile(c)),
    );
    // A batch whose every change says what it touches may replace rows of the file's lists in
    // place (an editor's review decision): those go to the overlay, not the store file. Its
    // lists as they were, to see which rows it replaced (by reference: a change replaces a row
    // it alters, as the PostgreSQL adapter requires): the copy kept since the last write, so
    // that a decision does not copy 100,000 facts (a megabyte of garbage each) to find one.
    const fileBefore =
      touchesFile && batch.every((p) => p.touches !== undefined) ? this.#fileLists() : null;
    const results: unknown[] = [];
    for (let i = 0; i < batch.length; i++) {
      const p = batch[i] as Pending;
      try {
        results.push(p.change(data));
      } catch (err) {
        // This change alone fails. Back to what is on disk, and the others run again, in order,
        // without it: they have not been acknowledged, so running them again is safe.
        await this.#restore(
          err as Error,
          before,
          resolutionsBefore,
          touchesFile,
          fileBefore,
          false,
        );
        this.#version++;
        this.#bump(undefined);
        p.reject(err);
        this.#pending.unshift(...batch.slice(0, i), ...batch.slice(i + 1));
        return;
      }
    }
    const { added, rewritten } = activityChanges(before, activityOf(this.#db.data));
    const resolutionsChanged =
      this.#resolutionsStale || !sameRows(resolutionsBefore, this.#db.data.resolutions);
    // The file's part: untouched, a few rows replaced in place (the overlay, if it stays small),
    // or anything else (the store file rewritten, with the overlay's rows, and the overlay
    // emptied after).
    const found = fileBefore ? replacedInPlace(fileBefore, this.#db.data) : null;
    const replaced = found?.rows ?? null;
    let overlay: { text: string; rows: ReviewRows } | null = null;
    if (replaced && (hasReviews(replaced) || this.#reviewsStale)) {
      const rows = this.#overlayWith(replaced);
      const text = reviewsText(rows);
      if (text.length <= OVERLAY_MAX_BYTES) overlay = { text, rows };
    }
    const writeFile =
      touchesFile && (replaced === null || (overlay === null && hasReviews(replaced)));
    const emptyOverlay = writeFile && (this.#reviewsStale || this.#overlaySize() > 0);
    const journal = this.#journal as Journal;
    let journalWritten = false;
    let resolutionsWritten = false;
    let reviewsWritten = false;
    let fileWriteStarted = false;
    try {
      // The journal first: a crash between the two leaves an audit entry for a change the
      // files do not hold (never acknowledged), rather than a change with no audit entry.
      if (rewritten || this.#journalStale || (!journal.appendable && added !== null)) {
        await journal.replace(activityOf(this.#db.data));
        this.#journalStale = false;
        journalWritten = true;
      } else if (added !== null) {
        await journal.append(added);
        journalWritten = true;
      }
      if (resolutionsChanged) {
        // Perhaps on disk even if this throws (renamed, the folder not yet fsynced).
        resolutionsWritten = true;
        await (this.#resolutions as ResolutionsFile).write(this.#db.data.resolutions);
        this.#resolutionsStale = false;
      }
      const reviews = this.#reviewsFile as ReviewsFile;
      if (overlay) {
        reviewsWritten = true;
        await reviews.write(overlay.text);
      }
      if (writeFile) {
        fileWriteStarted = true;
        await attempt(this.file, "write it", () => this.#db.write());
      }
      if (emptyOverlay) {
        // Only once the store file holds every decision: emptied first, a crash would lose them.
        reviewsWritten = true;
        await reviews.write(reviewsText(noReviews()));
      }
    } catch (err) {
      // The journal and the resolutions file may now hold rows memory is about to drop: the
      // next write replaces them. So may the overlay.
      if (journalWritten) this.#journalStale = true;
      if (resolutionsWritten) this.#resolutionsStale = true;
      if (reviewsWritten) this.#reviewsStale = true;
      await this.#restore(
        err as Error,
        before,
        resolutionsBefore,
        touchesFile,
        fileBefore,
        fileWriteStarted,
      );
      this.#version++;
      this.#bump(undefined);
      for (const p of batch) p.reject(err);
      return;
    }
    // The copy of the file's lists brought up to date: at the rows replaced, or afresh.
    if (touchesFile && found && !writeFile) this.#syncFileLists(found.at);
    else if (touchesFile) this.#syncFileLists();
    if (overlay) {
      this.#reviews = emptyOverlayMaps();
      for (const c of REVIEWED)
        for (const row of overlay.rows[c] as { id: string }[]) {
          deepFreeze(row);
          this.#reviews[c].set(row.id, row);
        }
      this.#reviewsStale = false;
    } else if (writeFile) {
      this.#reviews = emptyOverlayMaps();
      this.#reviewsStale = false;
    }
    // Frozen once written, so that a later change can only replace a row, which the next
    // write sees by reference (deepFreeze passes over rows already frozen).
    if (rewritten) for (const c of ACTIVITY) for (const row of this.#db.data[c]) deepFreeze(row);
    else if (added) for (const c of ACTIVITY) for (const row of added[c] ?? []) deepFreeze(row);
    if (resolutionsChanged) for (const row of this.#db.data.resolutions) deepFreeze(row);
    this.#version++;
    for (const p of batch) this.#bump(p.touches);
    batch.forEach((p, i) => {
      p.resolve(results[i]);
    });
  }

  /**
   * A batch of appends alone: one journal line with their rows, in order. Memory takes the rows
   * only once the line is written (and, unless every append in the batch said "soon", synced),
   * so a failure leaves memory as it was; the journal, which may then hold the line, is
   * replaced from memory by the next write.
   */
  async #commitAppends(batch: Pending[]): Promise<void> {
    const journal = this.#journal as Journal;
    const added: Partial<Record<Activity, unknown[]>> = {};
    for (const p of batch) {
      const { collection, rows } = p.append as NonNullable<Pending["append"]>;
      const list = added[collection] ?? [];
      list.push(...rows);
      added[collection] = list;
    }
    const soon = batch.every((p) => p.append?.soon);
    try {
      journal.appendNow(added as Partial<ActivityRows>);
      if (!soon) await journal.sync();
    } catch (err) {
      // Memory is as it was; the journal may hold the line (or half of it).
      this.#journalStale = true;
      for (const p of batch) p.reject(err);
      return;
    }
    const data = this.#db.data;
    for (const c of ACTIVITY) {
      const rows = added[c];
      if (!rows) continue;
      for (const row of rows) deepFreeze(row);
      (data[c] as unknown[]).push(...rows);
    }
    if (soon) journal.syncSoon();
    this.#version++;
    for (const p of batch) this.#bump(p.touches);
    for (const p of batch) p.resolve(undefined);
  }

  /**
   * The file's lists as of the last write (memory as it is on disk, overlay included), kept
   * between writes and brought up to date after each one that touched them; null until a
   * write first needs it, and after memory was read back from disk.
   */
  #fileCopy: FileRows | null = null;

  #fileLists(): FileRows {
    this.#fileCopy ??= snapshotFile(this.#db.data);
    return this.#fileCopy;
  }

  /**
   * Brings the copy up to date with memory: at `at` (the indexes of the rows a write replaced
   * in place, by list), or every row, or the lists copied afresh when their lengths changed.
   */
  #syncFileLists(at?: Record<Reviewed, number[]>): void {
    const copy = this.#fileCopy;
    if (!copy) return;
    const data = this.#db.data;
    if (at) {
      for (const c of REVIEWED) {
        const now = data[c] as unknown[];
        const was = copy[c] as unknown[];
        for (const i of at[c]) was[i] = now[i];
      }
      return;
    }
    for (const c of FILE_LISTS) {
      const now = data[c] as unknown[];
      const was = copy[c] as unknown[];
      if (now.length !== was.length) {
        (copy[c] as unknown[]) = now.slice();
        continue;
      }
      for (let i = 0; i < now.length; i++) if (was[i] !== now[i]) was[i] = now[i];
    }
  }

  /** The overlay's rows with `replaced` laid over them (a row replaced again keeps its place). */
  #overlayWith(replaced: ReviewRows): ReviewRows {
    const out = noReviews();
    for (const c of REVIEWED) {
      const rows = new Map(this.#reviews[c]);
      for (const row of replaced[c] as { id: string }[]) rows.set(row.id, row);
      (out[c] as unknown[]) = [...rows.values()];
    }
    return out;
  }

  #overlaySize(): number {
    return REVIEWED.reduce((n, c) => n + this.#reviews[c].size, 0);
  }

  /** What the overlay on disk holds (or should: see #reviewsStale), as lists. */
  #overlayRows(): ReviewRows {
    const out = noReviews();
    for (const c of REVIEWED) (out[c] as unknown[]) = [...this.#reviews[c].values()];
    return out;
  }

  /** Set when the file can no longer be read back: reads go on from memory, writes are refused. */
  #broken: StoreError | null = null;

  /**
   * Back to what is on disk, so a half-applied change does not linger in memory. If the file
   * itself is gone or unreadable, memory is kept (never replaced by an empty store) and
   * every later write is refused with the reason.
   */
  async #restore(
    cause: Error,
    before: ActivityRows,
    resolutionsBefore: readonly Resolution[],
    touchedFile: boolean,
    fileBefore: FileRows | null = null,
    fileWritten = true,
  ): Promise<void> {
    const data = this.#db.data;
    // The lists themselves stay (readers may hold them); their rows are put back.
    for (const c of ACTIVITY) {
      const list = data[c] as unknown[];
      // A list not copied (the batch did not say it touches it) is as it was.
      if (before[c] === list) continue;
      list.splice(0, list.length, ...before[c]);
    }
    data.resolutions.splice(0, data.resolutions.length, ...resolutionsBefore);
    // A change that may not have touched the file's part has nothing there to undo.
    if (!touchedFile) return;
    // Changes that said what they touch replace rows rather than edit them: with the store file
    // not written, the file's lists as they were are what is on disk (with the overlay).
    if (fileBefore && !fileWritten) {
      for (const c of FILE_LISTS) {
        const list = data[c] as unknown[];
        const was = fileBefore[c] as unknown[];
        list.length = was.length;
        for (let i = 0; i < was.length; i++) list[i] = was[i];
      }
      return;
    }
    try {
      const fromDisk = await new StoreFile(this.file).read();
      if (fromDisk) {
        for (const c of ACTIVITY) (fromDisk[c] as unknown[]) = data[c];
        fromDisk.resolutions = data.resolutions;
        // With the review decisions laid over it, as the next open would read them.
        applyReviews(fromDisk, this.#overlayRows());
        this.#db.data = fromDisk;
        this.#fileCopy = null;
        return;
      }
      this.#broken = new StoreError(
        `${this.file}: the store file has disappeared (${cause.message}); writes are refused until restart`,
      );
    } catch (err) {
      this.#broken = new StoreError(
        `${this.file}: cannot read the store back after a failed write (${(err as Error).message}); writes are refused until restart`,
      );
    }
  }
}

/** The store file's lists. */
const FILE_LISTS = ["sources", "claimants", "events", "facts"] as const;
type FileRows = Pick<StoreData, (typeof FILE_LISTS)[number]>;

const emptyOverlayMaps = (): Record<Reviewed, Map<string, { id: string }>> => ({
  sources: new Map(),
  events: new Map(),
  facts: new Map(),
});

/** The file's lists as they are now (the lists copied; the rows are shared). */
function snapshotFile(data: StoreData): FileRows {
  return {
    sources: data.sources.slice(),
    claimants: data.claimants.slice(),
    events: data.events.slice(),
    facts: data.facts.slice(),
  };
}

/**
 * The rows a write replaced in place in the file's lists (each at its index, with the same id,
 * by reference) and their indexes, or null if it did anything else there: added, removed or
 * moved a row, touched the claimants, or changed the schema version. Null means the store file
 * must be rewritten.
 */
function replacedInPlace(
  before: FileRows,
  after: StoreData,
): { rows: ReviewRows; at: Record<Reviewed, number[]> } | null {
  if (after.schemaVersion !== SCHEMA_VERSION) return null;
  if (!sameRows(before.claimants, after.claimants)) return null;
  const rows = noReviews();
  const at: Record<Reviewed, number[]> = { sources: [], events: [], facts: [] };
  for (const c of REVIEWED) {
    const b = before[c] as { id: string }[];
    const a = after[c] as { id: string }[];
    if (a.length !== b.length) return null;
    for (let i = 0; i < a.length; i++) {
      const row = a[i] as { id: string };
      if (row === b[i]) continue;
      if (row.id !== (b[i] as { id: string }).id) return null;
      (rows[c] as unknown[]).push(row);
      at[c].push(i);
    }
  }
  return { rows, at };
}

/** What compaction by age may drop rows of (never the audit log). */
const COMPACTED = ["factchecks", "reports", "digests"] as const satisfies readonly Activity[];

/** Whether the collection is kept in the store file (not the journal, not the resolutions file). */
const inStoreFile = (c: Collection): boolean => !isActivity(c) && c !== "resolutions";

/** The same rows in the same order (by reference: rows once written are frozen). */
function sameRows(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The activity lists as they are: copies of those in `only` (every one without it), and the
 * others as they stand, with their lengths, so a change that touched one anyway is still seen.
 */
function snapshotActivity(data: StoreData, only: ReadonlySet<Collection> | null): ActivityRows {
  const out = noActivity();
  for (const c of ACTIVITY) {
    if (!only || only.has(c)) (out[c] as unknown[]) = data[c].slice();
    else {
      (out[c] as unknown[]) = data[c];
      uncopiedLength.set(data[c], data[c].length);
    }
  }
  return out;
}

/** Lengths of the lists snapshotActivity did not copy, when it did not. */
const uncopiedLength = new WeakMap<readonly unknown[], number>();

/**
 * What a write did to the activity lists: the rows it added at their ends (null: none), or
 * `rewritten` if it did anything else (replaced, removed or reordered a row), which the journal
 * cannot append. Rows are compared by reference: they are frozen, so a changed row is a new one.
 */
function activityChanges(
  before: ActivityRows,
  after: ActivityRows,
): { added: Partial<ActivityRows> | null; rewritten: boolean } {
  let added: Partial<ActivityRows> | null = null;
  for (const c of ACTIVITY) {
    const b = before[c] as unknown[];
    const a = after[c] as unknown[];
    // Not copied, as the batch said it would not touch it: unchanged, unless its length says
    // otherwise (then the journal is rewritten whole, which is right whatever was done).
    if (a === b) {
      if (a.length !== uncopiedLength.get(b)) return { added: null, rewritten: true };
      continue;
    }
    if (a.length < b.length) return { added: null, rewritten: true };
    for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return { added: null, rewritten: true };
    if (a.length > b.length) {
      added ??= {};
      (added as Record<Activity, unknown[]>)[c] = a.slice(b.length);
    }
  }
  return { added, rewritten: false };
}

/** Facts a later release adds to the bundled store reach a running newsroom by id; what the bot wrote is kept. */
export function mergeBundled(live: StoreData, bundled: StoreData): OpenReport["merged"] {
  const add = <T extends { id: string }>(into: T[], from: T[]): number => {
    const have = new Set(into.map((x) => x.id));
    const missing = from.filter((x) => !have.has(x.id));
    into.push(...structuredClone(missing));
    return missing.length;
  };
  return {
    sources: add(live.sources, bundled.sources),
    claimants: add(live.claimants, bundled.claimants),
    events: add(live.events, bundled.events),
    facts: add(live.facts, bundled.facts),
  };
}

async function guardAgainstTrackedFile(file: string, bundled: string): Promise<void> {
  const real = async (p: string) => realpath(p).catch(() => p);
  if ((await real(file)) === (await real(bundled))) {
    throw new StoreError(
      `${file}: this is the bundled store, which is tracked in git; set FACTDESK_DB to a file of its own (default data/live/factdesk.json)`,
    );
  }
}

async function backup(file: string, fromVersion: number): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const target = `${file}.v${fromVersion}.${stamp}.bak`;
  await copyFile(file, target);
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.v`;
  const backups = (await readdir(dir))
    .filter((f) => f.startsWith(prefix) && f.endsWith(".bak"))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - KEEP_BACKUPS))) {
    await unlink(path.join(dir, old));
  }
  return target;
}
