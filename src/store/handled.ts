/**
 * Requests from Slack already handled, kept beside the store in `<store file>.handled.json`
 * rather than in it. A request is claimed before it is acknowledged, and the store is written
 * whole: a claim in the store cost a write of the whole archive (about 46 MB at 100,000 facts)
 * before every ack. The sidecar holds only the claims of the last ten minutes, so a claim
 * costs a write of those, however large the archive grows.
 *
 * It is written the way the store is (a temporary sibling, fsync, rename, fsync the folder;
 * owner-only), read and validated when the store is opened (a bad one stops start-up, naming
 * it), and read and written only by the process holding the store's lock, which opens it.
 */
import { z } from "zod";
import { DurableTextFile } from "./durable-file.ts";
import { attempt, jsonProblem, StoreError, schemaProblem } from "./errors.ts";
import { HandledRequest } from "./schema.ts";

/**
 * How long a claim is kept: Slack's five-minute signature window in the past, plus the five
 * minutes of clock skew accepted ahead, so nothing Bolt would still accept has been forgotten.
 */
export const KEEP_HANDLED_MS = 10 * 60 * 1000;

/** Where the claims of the store `storeFile` are kept. */
export const handledFileOf = (storeFile: string): string => `${storeFile}.handled.json`;

const HandledFileData = z.object({ handled: z.array(HandledRequest) }).strict();

/** The sidecar's claims, or a StoreError naming the file and what is wrong with it. */
export function parseHandledText(text: string, file: string): HandledRequest[] {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new StoreError(`${file}: not valid JSON (${jsonProblem(json, err as Error)})`);
  }
  const parsed = HandledFileData.safeParse(raw);
  if (!parsed.success) throw new StoreError(`${file}: ${schemaProblem(parsed.error)}`);
  return parsed.data.handled;
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

/** The claims of one store, in memory and in its sidecar file. */
export class HandledLog {
  readonly file: string;
  readonly #out: DurableTextFile;
  #entries: HandledRequest[];
  /** Why writes are refused (the store closed, its lock lost), or null while they are not. */
  readonly #refused: () => StoreError | null;
  /** The write not yet started, which a claim made now joins. */
  #queued: Promise<void> | null = null;
  /** The last write asked for; the next one starts after it. */
  #tail: Promise<void> = Promise.resolve();

  private constructor(file: string, entries: HandledRequest[], refused: () => StoreError | null) {
    this.file = file;
    this.#out = new DurableTextFile(file);
    this.#entries = entries;
    this.#refused = refused;
  }

  /** Reads the sidecar of `storeFile` (none yet: no claims); a bad one throws a StoreError. */
  static async open(storeFile: string, refused: () => StoreError | null): Promise<HandledLog> {
    const file = handledFileOf(storeFile);
    const text = await attempt(file, "read it", () => new DurableTextFile(file).read());
    return new HandledLog(file, text === null ? [] : parseHandledText(text, file), refused);
  }

  get entries(): readonly HandledRequest[] {
    return this.#entries;
  }

  /**
   * Takes in claims kept elsewhere (the store file, before the sidecar), keeping those already
   * here, and resolves once they are on disk. Nothing is pruned: a move loses nothing, and the
   * next claim drops what has aged out. Resolves to how many were new here.
   */
  async adopt(claims: readonly HandledRequest[]): Promise<number> {
    const have = new Set(this.#entries.map((h) => h.key));
    const added: HandledRequest[] = [];
    for (const h of claims) {
      if (have.has(h.key)) continue;
      have.add(h.key);
      added.push({ key: h.key, at: h.at });
    }
    if (added.length === 0) return 0;
    this.#entries = [...this.#entries, ...added];
    await this.#flush();
    return added.length;
  }

  /**
   * True for the first delivery of `key`, once its claim is on disk; false for a replay of
   * one already claimed. Claims are decided in the order they are made; those made while a
   * write is on its way are written together by the next one. A claim whose write fails
   * rejects, but stays in memory (so a replay in this process is still caught) and goes to
   * disk with the next write.
   */
  claim(key: string, now: Date): Promise<boolean> {
    const refused = this.#refused();
    if (refused) return Promise.reject(refused);
    const { fresh, kept } = claimIn(this.#entries, key, now);
    this.#entries = kept;
    return fresh ? this.#flush().then(() => true) : Promise.resolve(false);
  }

  /** Resolves once every write asked for so far has finished (or failed). */
  drain(): Promise<void> {
    return this.#tail;
  }

  #flush(): Promise<void> {
    if (this.#queued) return this.#queued;
    const write = this.#tail.then(async () => {
      this.#queued = null;
      const refused = this.#refused();
      if (refused) throw refused;
      const text = `${JSON.stringify({ handled: this.#entries })}\n`;
      await attempt(this.file, "write it", () => this.#out.write(text));
    });
    this.#queued = write;
    this.#tail = write.catch(() => {});
    return write;
  }
}
