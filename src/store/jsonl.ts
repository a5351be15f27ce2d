/**
 * Files of JSON lines kept beside the store: the requests already handled (handled.ts) and the
 * activity journal (journal.ts). Both are read the same way and written the same way, so both
 * fail the same way:
 *
 * - Read and validated line by line when the store opens. A last line without its newline is
 *   an append cut short by a crash (its write never resolved, so nothing was acknowledged for
 *   it) and is dropped, and the caller logs it; any other bad line stops start-up with a
 *   StoreError naming the file and the line, and nothing is written.
 * - Written by appending whole lines and fsyncing (never editing a line in place), or, when
 *   the file is compacted, rewritten the way the store is: a temporary sibling, fsync, rename,
 *   fsync the folder; owner-only. The replay claims may append first and fsync after
 *   (appendNow, then sync): see handled.ts for why, and what that costs.
 */
import {
  close as closeFd,
  fdatasync,
  open as openFd,
  openSync,
  renameSync,
  write as writeFd,
  writeSync,
} from "node:fs";
import { open, unlink } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { DurableTextFile } from "./durable-file.ts";
import { oneLine, StoreError } from "./errors.ts";

const syncData = promisify(fdatasync);
const closeDescriptor = promisify(closeFd);
const openDescriptor = promisify(openFd);
const writeDescriptor = promisify(writeFd);

export interface ParsedLines<T> {
  items: T[];
  /** Whole lines read (the torn one not counted). */
  lines: number;
  /** The last line, cut short by a crash and dropped; null if there was none. */
  torn: string | null;
}

/**
 * Every whole line of `body` through `parse` (which throws a message, not a StoreError, for a
 * line that is valid JSON but not valid), or a StoreError naming the file and the line.
 */
export function parseLines<T>(
  body: string,
  file: string,
  parse: (raw: unknown) => T | { problem: string },
): ParsedLines<T> {
  const text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  const lines = text.split("\n");
  // After the last newline: "" if the file ends with one, else an append cut short.
  const last = lines.pop() ?? "";
  const items: T[] = [];
  lines.forEach((line, i) => {
    const where = `${file}: line ${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      const problem = oneLine((err as Error).message);
      throw new StoreError(
        `${where}: not valid JSON (${line === "" ? "an empty line" : problem.length > 200 ? `${problem.slice(0, 200)}…` : problem})`,
      );
    }
    const item = parse(raw);
    if (typeof item === "object" && item !== null && "problem" in item) {
      throw new StoreError(`${where}: ${(item as { problem: string }).problem}`);
    }
    items.push(item as T);
  });
  return { items, lines: lines.length, torn: last === "" ? null : last };
}

/** What the caller logs about a torn last line it dropped. */
export function tornMessage(file: string, line: number, torn: string, what: string): string {
  const cut = torn.length > 80 ? `${torn.slice(0, 80)}…` : torn;
  return `${file}: line ${line} has no newline (an append cut short by a crash; ${what}) and was dropped: ${JSON.stringify(cut)}`;
}

/**
 * One file of lines, written only by appending whole lines or by replacing it whole. After a
 * failed append what is on disk is unknown (perhaps half a line), so the next write must
 * replace it: `appendable` says whether an append is safe.
 */
/** Names the temporary files of replaceWhileAppending apart within a process. */
let tempCounter = 0;

export class LineFile {
  readonly file: string;
  readonly #out: DurableTextFile;
  /** The descriptor appendNow writes through (opened on its first use). */
  #fd: number | null = null;
  /** Whether appendNow has written since the last sync. */
  #unsynced = false;
  #appendable: boolean;

  constructor(file: string, appendable: boolean) {
    this.file = file;
    this.#out = new DurableTextFile(file);
    this.#appendable = appendable;
  }

  get appendable(): boolean {
    return this.#appendable;
  }

  /**
   * Appends `text` (whole lines) and puts it on disk (fdatasync: the data and the file's new
   * length, which is all an append changes that a reader needs) before resolving; the caller
   * replaces the file if this throws. One write(2) and one fdatasync through the descriptor
   * appendNow uses: a FileHandle's writeFile and fsync cost a /factcheck's recorded run 0.12-0.15
   * ms of CPU, these 0.09-0.10.
   */
  async append(text: string): Promise<void> {
    this.appendNow(text);
    await this.sync();
  }

  /**
   * Appends `text` (whole lines) with one write(2) and returns without waiting for the disk:
   * once it returns the lines are in the kernel's page cache, which a crash of this process
   * (SIGKILL, an OOM kill) does not lose, but a crash of the machine or a power cut before the
   * next `sync` may. Throws, leaving the file not appendable, if the write fails.
   */
  appendNow(text: string): void {
    if (!this.#appendable) throw new Error(`${this.file}: not appendable; replace it`);
    try {
      this.#fd ??= openSync(this.file, "a", 0o600);
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      while (written < bytes.length) written += writeSync(this.#fd, bytes, written);
      this.#unsynced = true;
    } catch (err) {
      this.#appendable = false;
      throw err;
    }
  }

  /**
   * Puts on disk (fdatasync) what appendNow wrote since the last sync; nothing to do if it
   * wrote nothing. A failure leaves the file not appendable: the next write replaces it.
   */
  async sync(): Promise<void> {
    const fd = this.#fd;
    if (!this.#unsynced || fd === null) return;
    this.#unsynced = false;
    try {
      await syncData(fd);
    } catch (err) {
      this.#appendable = false;
      throw err;
    }
  }

  /** Replaces the file whole with `text` (temp, fsync, rename, fsync the folder). */
  async replace(text: string): Promise<void> {
    await this.close();
    this.#appendable = false;
    await this.#out.write(text);
    this.#appendable = true;
  }

  /**
   * Replaces the file whole with `text` (written a piece at a time, so that a long one does
   * not hold up the process) while appends go on: until the new file is in place,
   * appendNow still writes to the old one, which is the file until then, so a line it wrote is
   * never missing from the file. The new file is written beside it and fdatasynced; then, with
   * nothing awaited in between, the lines `since()` returns (those appended to the old file
   * after `text` was taken) are written to it, it is renamed over the old one, appendNow writes
   * to it from then on, and `switched()` is called. Resolves once that is on disk (the new
   * file fdatasynced again and the folder fsynced). If it fails before the rename, the old file
   * is left as it was, and appendable; after, the file is not appendable (the next write
   * replaces it). The caller has no sync of its own in flight meanwhile.
   */
  async replaceWhileAppending(
    text: Iterable<string>,
    since: () => string,
    switched: () => void,
  ): Promise<void> {
    if (!this.#appendable) throw new Error(`${this.file}: not appendable; replace it`);
    const dir = path.dirname(this.file);
    const temp = path.join(
      dir,
      `.${path.basename(this.file)}.${process.pid}.live${tempCounter++}.tmp`,
    );
    // Owner only, as the store's own files.
    const fd = await openDescriptor(temp, "w", 0o600);
    try {
      // A piece at a time, each made just before it is written: appends go on between them.
      for (const piece of text) {
        const bytes = Buffer.from(piece, "utf8");
        let done = 0;
        while (done < bytes.length) done += (await writeDescriptor(fd, bytes, done)).bytesWritten;
      }
      await syncData(fd);
      // From here to the rename nothing is awaited: a line appended meanwhile would be lost.
      const more = Buffer.from(since(), "utf8");
      let written = 0;
      while (written < more.length) written += writeSync(fd, more, written);
      renameSync(temp, this.file);
    } catch (err) {
      await closeDescriptor(fd).catch(() => {});
      await unlink(temp).catch(() => {});
      throw err;
    }
    const old = this.#fd;
    this.#fd = fd;
    this.#unsynced = true;
    switched();
    if (old !== null) await closeDescriptor(old).catch(() => {});
    try {
      await this.sync();
      // The rename itself is only durable once the folder's entry is flushed.
      const folder = await open(dir, "r");
      try {
        await folder.sync();
      } finally {
        await folder.close();
      }
    } catch (err) {
      this.#appendable = false;
      throw err;
    }
  }

  /** Lets go of the file; the caller has waited for its writes and syncs to finish. */
  async close(): Promise<void> {
    const fd = this.#fd;
    this.#fd = null;
    this.#unsynced = false;
    if (fd !== null) await closeDescriptor(fd).catch(() => {});
  }
}
