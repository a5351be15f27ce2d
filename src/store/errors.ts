/**
 * How a store problem is told: one line naming the file and what is wrong with it, for the
 * store file and for the files kept beside it.
 */
import type { z } from "zod";

/** A store problem that must stop start-up; the message names the file and what is wrong. */
export class StoreError extends Error {}

/** JSON.parse's complaint on one line, with the line and column where it has a position. */
export function jsonProblem(text: string, err: Error): string {
  const message = oneLine(err.message);
  const at = /at position (\d+)/.exec(message);
  if (!at) return message.length > 200 ? `${message.slice(0, 200)}…` : message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${message.replace(/\s*\(line \d+ column \d+\)/, "")} (line ${line}, column ${column})`;
}

/** The first thing a schema found wrong, where it is, and how many more there are. */
export function schemaProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : "(top level)";
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : "";
  return `invalid at ${where}: ${issue?.message ?? "unknown problem"}${more}`;
}

export const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** A file's JSON, not yet checked; a StoreError naming the file if it is not JSON. */
export function parseJsonText(text: string, file: string): unknown {
  // An editor that saves with a byte-order mark has not changed the data.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch (err) {
    throw new StoreError(`${file}: not valid JSON (${jsonProblem(json, err as Error)})`);
  }
}

/** A file's JSON checked against its schema; a StoreError naming the file and the problem. */
export function parseSchemaText<T>(text: string, file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(parseJsonText(text, file));
  if (!parsed.success) throw new StoreError(`${file}: ${schemaProblem(parsed.error)}`);
  return parsed.data;
}

/**
 * A file-system failure (a folder in place of the file, a read-only folder, a full disk) as a
 * StoreError naming the file, so it is reported in one line instead of crashing start-up.
 */
export function ioError(file: string, doing: string, err: unknown): unknown {
  const e = err as NodeJS.ErrnoException;
  if (err instanceof StoreError || typeof e?.code !== "string") return err;
  const hint =
    e.code === "EACCES" || e.code === "EPERM" || e.code === "EROFS"
      ? "; the store needs a folder this process can write to (set FACTDESK_DB to a file in one)"
      : "";
  return new StoreError(`${file}: cannot ${doing} (${oneLine(e.message)})${hint}`);
}

export async function attempt<T>(file: string, doing: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    throw ioError(file, doing, err);
  }
}
