/**
 * Editors' resolutions of disputes, kept beside the store in `<store file>.resolutions.json`
 * rather than in it: settling a dispute is an editor's everyday click, and the store file is
 * rewritten whole (about 46 MB at 100,000 facts, half a second) where this one is a few KB.
 *
 * A small lowdb-style file: one JSON object, `{"resolutions":[…]}` (a resolution a line, so it
 * reads in a diff), validated against the zod schema whenever the store opens, and written
 * whole the way the store file is (a temporary sibling, fsync, rename, fsync the folder;
 * owner-only), so a crash leaves the old file or the new one, never half of one. A file that is
 * not valid JSON or not valid against the schema stops start-up naming the file and the
 * problem, and is never overwritten. Read and written only by the process holding the store's
 * lock, which opens it.
 *
 * A store file written before this file has its resolutions moved on first start: written here
 * (fsynced) first, then the store file rewritten without them, so a crash in between leaves
 * them in both, and the next start adds here only those this file lacks (missingRows).
 */
import { z } from "zod";
import { DurableTextFile } from "./durable-file.ts";
import { attempt, parseSchemaText } from "./errors.ts";
import { Resolution } from "./schema.ts";

export const resolutionsFileOf = (storeFile: string): string => `${storeFile}.resolutions.json`;

const ResolutionsFileSchema = z.object({ resolutions: z.array(Resolution) }).strict();

/** The file's text: one resolution a line inside the one object. */
export function resolutionsText(rows: readonly Resolution[]): string {
  if (rows.length === 0) return '{"resolutions":[]}\n';
  return `{"resolutions":[\n${rows.map((r) => JSON.stringify(r)).join(",\n")}\n]}\n`;
}

/** The file's resolutions, or a StoreError naming the file and what is wrong with it. */
export function parseResolutionsText(text: string, file: string): Resolution[] {
  return parseSchemaText(text, file, ResolutionsFileSchema).resolutions;
}

/** The resolutions file of one store. */
export class ResolutionsFile {
  readonly file: string;
  readonly #out: DurableTextFile;

  constructor(storeFile: string) {
    this.file = resolutionsFileOf(storeFile);
    this.#out = new DurableTextFile(this.file);
  }

  /** Its resolutions, checked; null if there is no file yet. Writes nothing. */
  async read(): Promise<Resolution[] | null> {
    const text = await attempt(this.file, "read it", () => this.#out.read());
    return text === null ? null : parseResolutionsText(text, this.file);
  }

  /** Replaces the file with `rows` (temp, fsync, rename, fsync the folder). */
  async write(rows: readonly Resolution[]): Promise<void> {
    await attempt(this.file, "write it", () => this.#out.write(resolutionsText(rows)));
  }
}

/**
 * The rows of `from` not already in `have`, counted as a multiset of their JSON: a move cut
 * short by a crash (rows in the new file, the store file not yet rewritten without them) is
 * finished by the next open without adding any row twice.
 */
export function missingRows<T>(have: readonly T[], from: readonly T[]): T[] {
  const count = new Map<string, number>();
  for (const row of have) {
    const k = JSON.stringify(row);
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const out: T[] = [];
  for (const row of from) {
    const k = JSON.stringify(row);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else out.push(row);
  }
  return out;
}
