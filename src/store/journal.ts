/**
 * What grows with use — fact-check runs, problem reports, digests posted, the audit log — kept
 * out of the store file in `<store file>.journal.jsonl`, so that recording a fact-check does not
 * rewrite the archive (46 MB at 100,000 facts). Facts, sources, claimants and events stay in the
 * validated lowdb file; editors' resolutions are in a small validated file of their own
 * (resolutions.ts).
 *
 * One line per write: `{"factchecks":[…],"audit":[…]}`, the rows that write added, each checked
 * against its zod schema when the store opens. A write appends its line and fsyncs before it
 * resolves (the writes that queued meanwhile go in the same line, one fsync for all), so a
 * write's rows are on disk together or not at all: a crash mid-append leaves a torn last line,
 * which is dropped and logged (its write never resolved). Lines are never edited in place: a
 * change that does anything but add rows at the end of a list (none of the desk's do) replaces
 * the file whole, as compaction does (jsonl.ts).
 */
import { z } from "zod";
import { DurableTextFile } from "./durable-file.ts";
import { attempt, ioError, StoreError, schemaProblem } from "./errors.ts";
import { SYNC_DELAY_MS } from "./handled.ts";
import { LineFile, parseLines, tornMessage } from "./jsonl.ts";
import { missingRows } from "./resolutions.ts";
import { AuditEntry, Digest, FactcheckRun, Report, type StoreData } from "./schema.ts";

/** The lists kept in the journal rather than in the store file. */
export const ACTIVITY = ["factchecks", "reports", "digests", "audit"] as const;
export type Activity = (typeof ACTIVITY)[number];
export const isActivity = (c: string): c is Activity => (ACTIVITY as readonly string[]).includes(c);

export type ActivityRows = { [K in Activity]: StoreData[K] };

export const journalFileOf = (storeFile: string): string => `${storeFile}.journal.jsonl`;

const JournalLine = z
  .object({
    factchecks: z.array(FactcheckRun).optional(),
    reports: z.array(Report).optional(),
    digests: z.array(Digest).optional(),
    audit: z.array(AuditEntry).optional(),
  })
  .strict();
type JournalLine = z.infer<typeof JournalLine>;

/**
 * How long fact-check runs, closed problem reports and digests are kept, in days, unless
 * FACTDESK_JOURNAL_DAYS says otherwise: a quarter, long enough for any digest, report or
 * question about last month's fact-checks. The audit log is never dropped.
 */
export const JOURNAL_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** FACTDESK_JOURNAL_DAYS read: unset or empty is the default; anything else a whole number ≥ 1. */
export function journalDaysFrom(value: string | undefined): number {
  const v = value?.trim() ?? "";
  if (v === "") return JOURNAL_DAYS;
  if (!/^\d+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v)))
    throw new StoreError(
      `FACTDESK_JOURNAL_DAYS must be a whole number of days, at least 1 (how long fact-check runs, closed reports and digests are kept; default ${JOURNAL_DAYS}), not ${JSON.stringify(value)}`,
    );
  return Number(v);
}

/**
 * The activity kept when the journal is compacted at `now` with a retention of `days`: fact-check
 * runs, closed problem reports and digests from the last `days` days, every open report (an
 * editor has not dealt with it yet: it stays in the review queue), the latest digest of each
 * channel (the next digest counts from it), and the whole audit log (an editor's action is
 * recorded forever). Rows keep their order; lists with nothing to drop are returned as they were.
 */
export function compactActivity(rows: ActivityRows, now: Date, days: number): ActivityRows {
  const cutoff = now.getTime() - days * DAY_MS;
  const recent = (at: string) => !(Date.parse(at) < cutoff);
  const latest = new Map<string, StoreData["digests"][number]>();
  for (const d of rows.digests) {
    const had = latest.get(d.channel);
    if (!had || Date.parse(d.postedAt) >= Date.parse(had.postedAt)) latest.set(d.channel, d);
  }
  const keepLatest = new Set(latest.values());
  const filter = <T>(list: T[], keep: (row: T) => boolean): T[] =>
    list.every(keep) ? list : list.filter(keep);
  return {
    factchecks: filter(rows.factchecks, (r) => recent(r.at)),
    reports: filter(rows.reports, (r) => r.status === "open" || recent(r.at)),
    digests: filter(rows.digests, (d) => keepLatest.has(d) || recent(d.postedAt)),
    audit: rows.audit,
  };
}

/** Rows per line when a list is written out whole (a move, a compaction). */
const ROWS_PER_LINE = 1_000;

export const noActivity = (): ActivityRows => ({
  factchecks: [],
  reports: [],
  digests: [],
  audit: [],
});

export const activityOf = (data: StoreData): ActivityRows => ({
  factchecks: data.factchecks,
  reports: data.reports,
  digests: data.digests,
  audit: data.audit,
});

export const hasActivity = (rows: ActivityRows): boolean =>
  ACTIVITY.some((c) => rows[c].length > 0);

const lineOf = (rows: Partial<ActivityRows>): string => `${JSON.stringify(rows)}\n`;

/** Every row of `rows`, as lines of at most ROWS_PER_LINE rows each. */
function linesOf(rows: ActivityRows): string {
  let out = "";
  for (const c of ACTIVITY) {
    const list = rows[c] as unknown[];
    for (let i = 0; i < list.length; i += ROWS_PER_LINE) {
      out += lineOf({ [c]: list.slice(i, i + ROWS_PER_LINE) });
    }
  }
  return out;
}

export interface JournalText {
  rows: ActivityRows;
  lines: number;
  torn: string | null;
}

/** The journal's rows, or a StoreError naming the file, the line and what is wrong with it. */
export function parseJournalText(text: string, file: string): JournalText {
  const read = parseLines<JournalLine>(text, file, (raw) => {
    const parsed = JournalLine.safeParse(raw);
    return parsed.success ? parsed.data : { problem: schemaProblem(parsed.error) };
  });
  const rows = noActivity();
  for (const line of read.items) {
    for (const c of ACTIVITY) {
      const add = line[c];
      if (add) for (const row of add) (rows[c] as unknown[]).push(row);
    }
  }
  return { rows, lines: read.lines, torn: read.torn };
}

/** Reads the journal of `storeFile` without writing anything; none yet: no rows. */
export async function readJournal(storeFile: string): Promise<JournalText> {
  const file = journalFileOf(storeFile);
  const text = await attempt(file, "read it", () => new DurableTextFile(file).read());
  if (text === null) return { rows: noActivity(), lines: 0, torn: null };
  return parseJournalText(text, file);
}

/**
 * The rows of `from` not already in `have`, counted as a multiset of their JSON: a move cut
 * short by a crash (rows in the journal, the store file not yet rewritten without them) is
 * finished by the next open without adding any row twice.
 */
export function missingFrom(have: ActivityRows, from: ActivityRows): ActivityRows {
  const out = noActivity();
  for (const c of ACTIVITY) (out[c] as unknown[]) = missingRows<unknown>(have[c], from[c]);
  return out;
}

/** The journal of one open store: appends lines, or replaces the file whole. */
export class Journal {
  readonly file: string;
  readonly #out: LineFile;
  /** Lines on disk. */
  #lines: number;

  private constructor(file: string, appendable: boolean, lines: number) {
    this.file = file;
    this.#out = new LineFile(file, appendable);
    this.#lines = lines;
  }

  /**
   * Reads and checks the journal of `storeFile` (a bad line throws, naming file and line, and
   * nothing is written). A torn last line is dropped (`onTorn` is told) and the file replaced
   * without it before this resolves.
   */
  static async open(
    storeFile: string,
    onTorn: (message: string) => void,
  ): Promise<{ journal: Journal; rows: ActivityRows }> {
    const file = journalFileOf(storeFile);
    const text = await attempt(file, "read it", () => new DurableTextFile(file).read());
    if (text === null) return { journal: new Journal(file, false, 0), rows: noActivity() };
    const read = parseJournalText(text, file);
    const journal = new Journal(file, read.torn === null, read.lines);
    if (read.torn !== null) {
      onTorn(tornMessage(file, read.lines + 1, read.torn, "its write never resolved"));
      // The whole lines as they were, byte for byte; only the torn tail goes.
      const whole = text.slice(0, text.lastIndexOf("\n") + 1);
      await attempt(file, "write it", () => journal.#out.replace(whole));
    }
    return { journal, rows: read.rows };
  }

  get lines(): number {
    return this.#lines;
  }

  /**
   * Whether the next write may append: false while there is no file (its first write is a
   * replace, so that the folder entry is fsynced too) and after a failed append (perhaps half a
   * line on disk): replace the file then.
   */
  get appendable(): boolean {
    return this.#out.appendable;
  }

  /** Appends one line with the rows a write added, and fsyncs. */
  async append(added: Partial<ActivityRows>): Promise<void> {
    await attempt(this.file, "write it", () => this.#out.append(lineOf(added)));
    this.#lines++;
  }

  /**
   * Appends one line with the rows a write added (one write(2), into the page cache) and
   * returns without waiting for the disk: `sync` or `syncSoon` puts it there. Throws a
   * StoreError, leaving the journal not appendable (the next write replaces it), if the write
   * fails.
   */
  appendNow(added: Partial<ActivityRows>): void {
    try {
      this.#out.appendNow(lineOf(added));
    } catch (err) {
      throw ioError(this.file, "write it", err);
    }
    this.#lines++;
  }

  /** fdatasync of every line written so far; a failure leaves the journal not appendable. */
  async sync(): Promise<void> {
    await attempt(this.file, "write it", () => this.#out.sync());
  }

  /** The fdatasync syncSoon asked for, until it has run. */
  #soon: Promise<void> | null = null;

  /**
   * An fdatasync SYNC_DELAY_MS from now (one already asked for and not yet run covers this
   * too), so that lines appended one at a time a few milliseconds apart share one. A failed
   * sync leaves the journal not appendable: the next write replaces it whole from memory,
   * which holds the rows.
   */
  syncSoon(): void {
    this.#soon ??= new Promise<void>((resolve) => setTimeout(resolve, SYNC_DELAY_MS)).then(
      async () => {
        this.#soon = null;
        await this.#out.sync().catch(() => {});
      },
    );
  }

  /** Waits for the sync syncSoon asked for, if any. */
  async drain(): Promise<void> {
    while (this.#soon) await this.#soon;
  }

  /** Appends `rows` in lines of at most ROWS_PER_LINE rows (a move), and fsyncs once. */
  async appendAll(rows: ActivityRows): Promise<void> {
    const text = linesOf(rows);
    if (text === "") return;
    await attempt(this.file, "write it", () => this.#out.append(text));
    this.#lines += text.split("\n").length - 1;
  }

  /** Replaces the file with every row of `rows` (temp, fsync, rename). */
  async replace(rows: ActivityRows): Promise<void> {
    // Not while a sync of the file being replaced is on its way (its descriptor is closed here).
    await this.drain();
    const text = linesOf(rows);
    await attempt(this.file, "write it", () => this.#out.replace(text));
    this.#lines = text.split("\n").length - 1;
  }

  /** Lets go of the file, once what was appended is on disk. */
  async close(): Promise<void> {
    await this.drain();
    await this.#out.sync().catch(() => {});
    await this.#out.close();
  }
}
