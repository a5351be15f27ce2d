/**
 * One process per store file. lowdb keeps the whole store in memory and writes it back whole,
 * so two processes on one file each overwrite the other's writes, silently (a rolling deploy
 * that overlaps old and new does exactly that). The store takes an exclusive lock at open
 * (proper-lockfile: a `<file>.lock` directory, created atomically, its mtime refreshed while
 * held) and writes who holds it beside it, so a second process can say whom it is waiting for.
 * A lock left by a killed process is recovered at once when its holder, on this host, is gone,
 * and otherwise once its mtime is stale. The lock covers the files kept beside the store too
 * (the handled requests, `<file>.handled.json`; the journal, `<file>.journal.jsonl`; the
 * resolutions, `<file>.resolutions.json`; the review decisions, `<file>.reviews.json`): only
 * the holder opens, reads or writes them.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import lockfile from "proper-lockfile";

/** Who holds the lock: read by a second process to name the holder. */
interface Holder {
  pid: number;
  host: string;
  since: string;
}

/** The store could not be locked: another process has it. */
export class StoreLockedError extends Error {}

const holderFile = (file: string) => `${file}.lock-holder`;

async function readHolder(file: string): Promise<Holder | null> {
  try {
    const h = JSON.parse(await readFile(holderFile(file), "utf8")) as Partial<Holder>;
    return typeof h.pid === "number" && typeof h.host === "string"
      ? { pid: h.pid, host: h.host, since: String(h.since ?? "") }
      : null;
  } catch {
    return null;
  }
}

/** Whether a process with this id exists here (EPERM: it does, under another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

const describe = (h: Holder | null) =>
  h ? `process ${h.pid} on ${h.host}${h.since ? ` since ${h.since}` : ""}` : "another process";

const OPTIONS = { realpath: false, stale: 10_000, update: 2_000 } as const;

/**
 * Takes the lock on `file` or throws StoreLockedError naming the holder. `onLost` is called if
 * the lock is taken away while held (its directory removed, the disk gone): the caller must
 * stop writing. Resolves to the release function.
 */
export async function lockStore(
  file: string,
  onLost: (err: Error) => void,
): Promise<() => Promise<void>> {
  const attempt = () => lockfile.lock(file, { ...OPTIONS, onCompromised: onLost });
  let release: () => Promise<void>;
  try {
    release = await attempt();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A folder this process cannot write to: it cannot write the store either, so there is
    // nothing to guard; reads go on, and a write is refused with the store's own message.
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") return async () => {};
    if (code !== "ELOCKED") throw err;
    const holder = await readHolder(file);
    // A holder on this host that no longer exists was killed: its lock is recovered now
    // rather than after the stale time.
    if (!holder || holder.host !== hostname() || alive(holder.pid))
      throw new StoreLockedError(
        `${file}: in use by ${describe(holder)}; only one Factdesk process may use a store file (stop that one first, or set FACTDESK_DB to another file)`,
      );
    await rm(`${file}.lock`, { recursive: true, force: true });
    release = await attempt();
  }
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  await writeFile(holderFile(file), `${JSON.stringify(me)}\n`, { mode: 0o600 });
  return async () => {
    await rm(holderFile(file), { force: true });
    await release();
  };
}
