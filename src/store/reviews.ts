/**
 * Editors' review decisions, kept beside the store in `<store file>.reviews.json` until the
 * store file is next written: approving, rejecting, correcting or classifying a proposed fact,
 * approving or rejecting a proposed event, approving a source. Each of those replaces a few rows
 * of the store file's lists (a fact's status, an event's), and the store file is rewritten whole
 * (about 46 MB at 100,000 facts, half a second), where this one is a few KB.
 *
 * An overlay: the rows as those decisions left them, `{"sources":[…],"events":[…],"facts":[…]}`
 * (a row a line, so it reads in a diff), each replacing the row of the same id in the store
 * file when the store opens. It holds only rows that replaced a row of the store file in place;
 * a write that adds or removes a row, touches the claimants, or does not say what it touches
 * rewrites the store file instead, with every decision in it, and then empties this file. So
 * does a decision that would take this file past OVERLAY_MAX_BYTES.
 *
 * Like the resolutions file (resolutions.ts): validated against the zod schema whenever the
 * store opens (a file that is not valid JSON or not valid stops start-up naming the file and the
 * problem, and nothing is written), written whole the way the store file is (a temporary
 * sibling, fsync, rename, fsync the folder; owner-only), so a crash leaves the old file or the
 * new one. Read and written only by the process holding the store's lock, which opens it.
 *
 * Emptied after the store file is written, never before, so a crash in between leaves a store
 * file that holds every decision and an overlay that holds them again: the same rows, except a
 * row the write being made (never acknowledged) replaced, which goes back to its last
 * acknowledged version when the overlay is applied at the next open.
 */
import { z } from "zod";
import { DurableTextFile } from "./durable-file.ts";
import { attempt, parseSchemaText } from "./errors.ts";
import { Event, Fact, Source, type StoreData } from "./schema.ts";

export const reviewsFileOf = (storeFile: string): string => `${storeFile}.reviews.json`;

/** The store file's lists an editor's decision replaces rows of. */
export const REVIEWED = ["sources", "events", "facts"] as const;
export type Reviewed = (typeof REVIEWED)[number];

export type ReviewRows = { [K in Reviewed]: StoreData[K] };

/**
 * Past this size the overlay is folded into the store file instead of growing: a decision that
 * would make it larger rewrites the store file once (and empties the overlay), so each of the
 * next ones rewrites a file of at most this size.
 */
export const OVERLAY_MAX_BYTES = 1024 * 1024;

const ReviewsFileSchema = z
  .object({ sources: z.array(Source), events: z.array(Event), facts: z.array(Fact) })
  .strict();

export const noReviews = (): ReviewRows => ({ sources: [], events: [], facts: [] });

export const hasReviews = (rows: ReviewRows): boolean => REVIEWED.some((c) => rows[c].length > 0);

/** The file's text: one row a line inside the one object. */
export function reviewsText(rows: ReviewRows): string {
  const list = (c: Reviewed) =>
    rows[c].length === 0
      ? `"${c}":[]`
      : `"${c}":[\n${(rows[c] as unknown[]).map((r) => JSON.stringify(r)).join(",\n")}\n]`;
  return `{${REVIEWED.map(list).join(",\n")}}\n`;
}

/** The file's rows, or a StoreError naming the file and what is wrong with it. */
export function parseReviewsText(text: string, file: string): ReviewRows {
  return parseSchemaText(text, file, ReviewsFileSchema);
}

/**
 * `rows` laid over `data`: each row replaces the row of its id, in place. A row whose id the
 * store file no longer has (removed by a write the overlay was not yet emptied after, which was
 * never acknowledged) is left out. Returns how many rows were replaced.
 */
export function applyReviews(data: Pick<StoreData, Reviewed>, rows: ReviewRows): number {
  let applied = 0;
  for (const c of REVIEWED) {
    const over = rows[c] as { id: string }[];
    if (over.length === 0) continue;
    const list = data[c] as { id: string }[];
    const at = new Map<string, number>();
    list.forEach((row, i) => {
      at.set(row.id, i);
    });
    for (const row of over) {
      const i = at.get(row.id);
      if (i === undefined) continue;
      list[i] = row;
      applied++;
    }
  }
  return applied;
}

/** The reviews overlay of one store. */
export class ReviewsFile {
  readonly file: string;
  readonly #out: DurableTextFile;

  constructor(storeFile: string) {
    this.file = reviewsFileOf(storeFile);
    this.#out = new DurableTextFile(this.file);
  }

  /** Its rows, checked; null if there is no file. Writes nothing. */
  async read(): Promise<ReviewRows | null> {
    const text = await attempt(this.file, "read it", () => this.#out.read());
    return text === null ? null : parseReviewsText(text, this.file);
  }

  /** Replaces the file with `text` (reviewsText; temp, fsync, rename, fsync the folder). */
  async write(text: string): Promise<void> {
    await attempt(this.file, "write it", () => this.#out.write(text));
  }
}
