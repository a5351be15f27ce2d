/**
 * A lowdb adapter that writes the way a newsroom's record must be written: the whole file to
 * a temporary sibling, fsync, rename over the old file, fsync the directory. A reader (or a
 * process killed mid-write) sees the old file or the new one, never half of one, and a write
 * resolves only once it is on disk. lowdb's own JSONFile (steno) renames but never fsyncs.
 */
import { open, rename, unlink } from "node:fs/promises";
import path from "node:path";
import type { Adapter } from "lowdb";

export class DurableTextFile implements Adapter<string> {
  readonly file: string;
  #counter = 0;

  constructor(file: string) {
    this.file = file;
  }

  async read(): Promise<string | null> {
    return (await this.readBytes())?.toString("utf8") ?? null;
  }

  /** The file's bytes, or null if there is no file. */
  async readBytes(): Promise<Buffer | null> {
    try {
      const handle = await open(this.file, "r");
      try {
        return await handle.readFile();
      } finally {
        await handle.close();
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
  }

  async write(text: string): Promise<void> {
    const dir = path.dirname(this.file);
    const temp = path.join(
      dir,
      `.${path.basename(this.file)}.${process.pid}.${this.#counter++}.tmp`,
    );
    // Owner only: the store holds who reported what and every editor's change.
    const handle = await open(temp, "w", 0o600);
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } catch (err) {
      await handle.close();
      await unlink(temp).catch(() => {});
      throw err;
    }
    await handle.close();
    await rename(temp, this.file);
    // The rename itself is only durable once the directory entry is flushed.
    const dirHandle = await open(dir, "r");
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
  }
}
