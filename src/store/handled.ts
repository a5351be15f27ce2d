/**
 * Requests from Slack already handled, kept beside the store in `<store file>.handled.json`
 * rather than in it. A request is claimed before it is acknowledged, and the store is written
 * whole: a claim in the store cost a write of the whole archive (about 46 MB at 100,000 facts)
 * before every ack.
 *
 * The sidecar is a log, one claim per line (`{"key":…,"at":…}`): a claim appends its line, so
 * it costs the same however many requests came in the last ten minutes. The line is written
 * (one write(2), into the page cache) before the claim resolves, and fdatasynced a few
 * milliseconds after, together with the other claims written meanwhile. The trade-off: a
 * claim is durable against a crash of the process (a SIGKILL, an OOM kill: the kernel still
 * writes the page out) the moment its request is acked, and against a crash of the machine or
 * a power cut only once its sync is done, some 5 ms later (SYNC_DELAY_MS). A power cut inside that
 * window can forget claims, so a replay of one of those requests, sent again within the
 * signature window after the machine is back, would be answered a second time; nothing else is
 * lost (the request's own writes are fsynced as before). Waiting for the sync before each ack
 * cost about a third of a millisecond per request, the largest part of what Factdesk's ack
 * took beyond a bare Bolt app's (issue 15). The first claim of a new file and claims made
 * after a failed write go the slow way: on disk before they resolve. When the file holds more
 * than twice the claims still inside the window, it is compacted behind the claims, which go
 * on appending meanwhile (#compactSoon); at open, when it holds any claim that is not, before
 * any claim is taken. Either way the live claims are written the way the store is (a temporary
 * sibling, fsync, rename, fsync the folder; owner-only). A file in the earlier form (one
 * `{"handled":[…]}` object) is read and rewritten as a log at open.
 *
 * Read and validated when the store is opened: a last line without its newline is an append
 * cut short by a crash (its claim never resolved, so its request was never handled) and is
 * dropped; any other bad line stops start-up, naming the file and the line, and nothing is
 * written.
 * Read and written only by the process holding the store's lock, which opens it.
 */
import { z } from "zod";
import { DurableTextFile } from "./durable-file.ts";
import { attempt, StoreError, schemaProblem } from "./errors.ts";
import { LineFile, parseLines, tornMessage } from "./jsonl.ts";
import { HandledRequest } from "./schema.ts";

/**
 * How long a claim is kept: Slack's five-minute signature window in the past, plus the five
 * minutes of clock skew accepted ahead, so nothing Bolt would still accept has been forgotten.
 */
export const KEEP_HANDLED_MS = 10 * 60 * 1000;

/**
 * How long a claim written waits for its fdatasync, so that one sync covers the claims of a few
 * milliseconds: synced as soon as written, requests arriving one at a time each cost a sync of
 * their own (its CPU in the kernel as much as the wait), where acks that waited for the sync
 * used to share one. The window in which a power cut can forget a claim is this long, plus the
 * sync itself.
 */
export const SYNC_DELAY_MS = 5;

/** The log is compacted once it holds more than this many times the live claims... */
export const COMPACT_RATIO = 2;
/** ...and more than this many lines (a few stale lines are not worth a rename). */
export const COMPACT_MIN_LINES = 64;

/** Where the claims of the store `storeFile` are kept. */
export const handledFileOf = (storeFile: string): string => `${storeFile}.handled.json`;

const LegacyHandledFile = z.object({ handled: z.array(HandledRequest) }).strict();

/** What a sidecar holds: its claims, how many lines, and the torn last line dropped, if any. */
export interface HandledText {
  claims: HandledRequest[];
  /** Lines read (the torn one not counted). */
  lines: number;
  /** Whether the file is in the earlier one-object form. */
  legacy: boolean;
  /** The last line, cut short by a crash and dropped; null if there was none. */
  torn: string | null;
}

/** The sidecar's claims, or a StoreError naming the file, the line and what is wrong with it. */
export function parseHandledText(text: string, file: string): HandledText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The earlier form: the whole file one object, `{"handled":[…]}`.
  let whole: unknown;
  try {
    whole = JSON.parse(body);
  } catch {
    whole = undefined;
  }
  if (typeof whole === "object" && whole !== null && !Array.isArray(whole) && "handled" in whole) {
    const parsed = LegacyHandledFile.safeParse(whole);
    if (!parsed.success) throw new StoreError(`${file}: ${schemaProblem(parsed.error)}`);
    return { claims: parsed.data.handled, lines: 1, legacy: true, torn: null };
  }
  const read = parseLines(body, file, (raw) => {
    const parsed = HandledRequest.safeParse(raw);
    return parsed.success ? parsed.data : { problem: schemaProblem(parsed.error) };
  });
  return { claims: read.items, lines: read.lines, legacy: false, torn: read.torn };
}

/** Pure: the claims still inside the window, and whether `key` is new among them. */
export function claimIn(
  handled: readonly HandledRequest[],
  key: string,
  now: Date,
): { fresh: boolean; kept: HandledRequest[] } {
  const since = now.getTime() - KEEP_HANDLED_MS;
  const kept = handled.filter((h) => Date.parse(h.at) >= since);
  if (kept.some((h) => h.key === key)) return { fresh: false, kept };
  return { fresh: true, kept: [...kept, { key, at: now.toISOString() }] };
}

const lineOf = (h: HandledRequest) => `${JSON.stringify({ key: h.key, at: h.at })}\n`;

/** The lines of `claims` a few thousand at a time: 100,000 at once held the process ~0.1 s. */
function* piecesOf(claims: readonly HandledRequest[]): Generator<string> {
  for (let i = 0; i < claims.length; i += 2048) {
    yield claims
      .slice(i, i + 2048)
      .map(lineOf)
      .join("");
  }
}

/** The claims of one store, in memory and in its sidecar file. */
export class HandledLog {
  readonly file: string;
  readonly #out: LineFile;
  /** Claims by key, oldest claim first (a key claimed again moves to the end). */
  readonly #entries = new Map<string, HandledRequest>();
  /** Why writes are refused (the store closed, its lock lost), or null while they are not. */
  readonly #refused: () => StoreError | null;
  /** Claims made but not yet handed to a write. */
  #unwritten: HandledRequest[] = [];
  /** Lines in the file on disk (none while there is no file). */
  #lines = 0;
  /** The time of the latest claim: what compaction prunes against. */
  #now = 0;
  /** The write not yet started, which a claim made now joins. */
  #queued: Promise<void> | null = null;
  /** Writes asked for (the slow way) and not yet finished: claims written now must follow them. */
  #writing = 0;
  /** Whether a sync of lines already written is asked for and not yet started. */
  #syncQueued = false;
  /** The last write asked for; the next one starts after it. */
  #tail: Promise<void> = Promise.resolve();
  /** Whether a compaction behind the claims is asked for and not yet finished. */
  #compactQueued = false;
  /** While one is being written: the claims appended since it took the live ones. */
  #since: HandledRequest[] | null = null;

  private constructor(file: string, refused: () => StoreError | null, appendable: boolean) {
    this.file = file;
    // Appendable once it exists and ends in a whole line.
    this.#out = new LineFile(file, appendable);
    this.#refused = refused;
  }

  /**
   * Reads the sidecar of `storeFile` (none yet: no claims); a bad one throws a StoreError and
   * nothing is written. One with stale claims, a torn last line or in the earlier form is
   * compacted before this resolves; `onTorn` is told of a torn line dropped.
   */
  static async open(
    storeFile: string,
    refused: () => StoreError | null,
    onTorn: (message: string) => void = () => {},
    now: Date = new Date(),
  ): Promise<HandledLog> {
    const file = handledFileOf(storeFile);
    const text = await attempt(file, "read it", () => new DurableTextFile(file).read());
    const log = new HandledLog(file, refused, text !== null);
    if (text === null) return log;
    const read = parseHandledText(text, file);
    for (const h of read.claims) log.#remember(h);
    log.#lines = read.lines;
    log.#now = now.getTime();
    log.#prune();
    if (read.torn !== null) {
      onTorn(tornMessage(file, read.lines + 1, read.torn, "its claim never resolved"));
    }
    if (read.legacy || read.torn !== null || read.lines !== log.#entries.size) {
      await attempt(file, "write it", () => log.#compact());
    }
    return log;
  }

  get entries(): readonly HandledRequest[] {
    return [...this.#entries.values()];
  }

  /** Lines in the file on disk: the live claims, and stale ones until the next compaction. */
  get lines(): number {
    return this.#lines;
  }

  /**
   * Takes in claims kept elsewhere (the store file, before the sidecar), keeping those already
   * here, and resolves once they are on disk. Nothing is pruned: a move loses nothing, and the
   * next compaction drops what has aged out. Resolves to how many were new here.
   */
  async adopt(claims: readonly HandledRequest[]): Promise<number> {
    let added = 0;
    for (const h of claims) {
      if (this.#entries.has(h.key)) continue;
      const claim = { key: h.key, at: h.at };
      this.#entries.set(h.key, claim);
      this.#unwritten.push(claim);
      added++;
    }
    if (added === 0) return 0;
    await this.#flush();
    return added;
  }

  /**
   * True for the first delivery of `key`, once its claim is written (in the page cache, synced
   * to disk just after: see the top of this file); false for a replay of one claimed in the
   * window. Claims are decided in the order they are made, and written in that order. A claim
   * whose write fails rejects, but stays in memory (so a replay in this process is still
   * caught) and goes to disk with the next write.
   */
  claim(key: string, now: Date): Promise<boolean> {
    const refused = this.#refused();
    if (refused) return Promise.reject(refused);
    this.#now = Math.max(this.#now, now.getTime());
    this.#prune(now.getTime());
    const had = this.#entries.get(key);
    if (had && Date.parse(had.at) >= now.getTime() - KEEP_HANDLED_MS) {
      return Promise.resolve(false);
    }
    const claim = { key, at: now.toISOString() };
    this.#remember(claim);
    if (this.#writing === 0 && this.#out.appendable) {
      try {
        this.#out.appendNow(lineOf(claim));
        this.#lines++;
        this.#since?.push(claim);
        this.#syncSoon();
        if (this.#dueForCompaction(this.#lines)) this.#compactSoon();
        return Promise.resolve(true);
      } catch {
        // Not written (the file is not appendable now): the slow way below replaces it whole.
      }
    }
    this.#unwritten.push(claim);
    return this.#flush().then(() => true);
  }

  /**
   * Asks for an fdatasync of the lines written so far, SYNC_DELAY_MS from now and after the
   * writes and syncs already asked for; one asked for and not yet started covers every line
   * written before it starts. A failed sync leaves the file not appendable, and the file is
   * replaced whole at once.
   */
  #syncSoon(): void {
    if (this.#syncQueued) return;
    this.#syncQueued = true;
    const delay = new Promise<void>((resolve) => setTimeout(resolve, SYNC_DELAY_MS));
    const before = this.#tail;
    this.#tail = Promise.all([delay, before]).then(async () => {
      this.#syncQueued = false;
      try {
        await this.#out.sync();
      } catch {
        // The claims are in memory: the rewrite (or the next claim's) puts them on disk.
        this.#flush().catch(() => {});
      }
    });
  }

  /**
   * Compacts the file behind the claims: they go on appending to the file as it is, and the
   * compacted copy (the live claims, then those appended while it was written) takes its place
   * in one step (LineFile.replaceWhileAppending). A claim never waits for a compaction: it did
   * until 2026-12-01, going the slow way while the file was rewritten, and the rewrite holds
   * every claim of ten minutes (a claim made during one of 1,000 live claims waited up to 79
   * ms on a loaded machine, during one of 100,000 up to 0.9 s). After the syncs asked for
   * before it; the claims appended meanwhile are synced when it ends, with the new file.
   */
  #compactSoon(): void {
    if (this.#compactQueued) return;
    this.#compactQueued = true;
    const compact = async () => {
      try {
        // A failed write since: the slow way's rewrite replaces the file instead.
        if (this.#refused() || !this.#out.appendable || this.#writing > 0) return;
        if (!this.#dueForCompaction(this.#lines)) return;
        this.#prune();
        const live = [...this.#entries.values()];
        const since: HandledRequest[] = [];
        this.#since = since;
        await this.#out.replaceWhileAppending(
          piecesOf(live),
          () => since.map(lineOf).join(""),
          () => {
            this.#lines = live.length + since.length;
            this.#since = null;
          },
        );
      } catch {
        // Before the switch the file is as it was, every claim in it; after, it is not
        // appendable and the next claim rewrites it whole from memory.
      } finally {
        this.#since = null;
        this.#compactQueued = false;
      }
    };
    this.#tail = this.#tail.then(compact);
  }

  #dueForCompaction(lines: number): boolean {
    return lines > COMPACT_MIN_LINES && lines > COMPACT_RATIO * this.#entries.size;
  }

  /** Resolves once every write asked for so far has finished (or failed). */
  drain(): Promise<void> {
    return this.#tail;
  }

  /** Lets go of the file once every write has finished; later writes are refused by `refused`. */
  async close(): Promise<void> {
    await this.#tail;
    await this.#out.close();
  }

  #remember(h: HandledRequest): void {
    this.#entries.delete(h.key);
    this.#entries.set(h.key, h);
  }

  /**
   * Forgets claims older than the window. With `at` (a claim's time) only from the oldest end
   * up to the first live one, so a claim costs the same however many are kept; without, all.
   */
  #prune(at?: number): void {
    const since = (at ?? this.#now) - KEEP_HANDLED_MS;
    for (const [key, h] of this.#entries) {
      if (Date.parse(h.at) >= since) {
        if (at !== undefined) break;
        continue;
      }
      this.#entries.delete(key);
    }
  }

  /** Writes the unwritten claims the slow way: on disk (fsynced) before it resolves. */
  #flush(): Promise<void> {
    if (this.#queued) return this.#queued;
    this.#writing++;
    const write = this.#tail.then(async () => {
      this.#queued = null;
      const refused = this.#refused();
      if (refused) throw refused;
      const batch = this.#unwritten.splice(0);
      // A failed append leaves the file not appendable (perhaps half a line on disk): the next
      // write rewrites it whole, with these claims, which stay in memory.
      await attempt(this.file, "write it", () => this.#write(batch));
    });
    this.#queued = write;
    this.#tail = write.then(
      () => {
        this.#writing--;
      },
      () => {
        this.#writing--;
      },
    );
    return write;
  }

  async #write(batch: readonly HandledRequest[]): Promise<void> {
    const lines = this.#lines + batch.length;
    if (!this.#out.appendable || this.#dueForCompaction(lines)) {
      await this.#compact();
      return;
    }
    if (batch.length > 0) {
      this.#out.appendNow(batch.map(lineOf).join(""));
      this.#lines = lines;
    }
    await this.#out.sync();
  }

  /** Rewrites the file with the claims still inside the window (every one in memory, pruned). */
  async #compact(): Promise<void> {
    this.#prune();
    const live = [...this.#entries.values()];
    await this.#out.replace(live.map(lineOf).join(""));
    this.#lines = live.length;
  }
}
