/**
 * `factdesk check FILE` (or `-` for standard input): every figure in a draft against the
 * store. Prints a report (or, with --json, one object per claim), records the run for the
 * digest, and exits 1 when anything is contradicted so a publishing pipeline can stop.
 */
import type { OpenedDesk } from "../app/desk.ts";
import { isIsoDate } from "../domain/dates.ts";
import { factcheckText } from "../render/text.ts";
import { readInput, UsageError } from "./usage.ts";

export interface CheckOptions {
  file: string;
  date?: string | undefined;
  by?: string | undefined;
  json: boolean;
}

interface Io {
  stdout: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export async function runCheck(
  getDesk: () => Promise<OpenedDesk>,
  io: Io,
  options: CheckOptions,
): Promise<number> {
  // No --date: the draft is read against the archive, not against today.
  const refDate = options.date ?? null;
  if (refDate !== null && !isIsoDate(refDate)) {
    throw new UsageError(`--date must be a real day written YYYY-MM-DD, not "${refDate}"`);
  }
  const text = await readInput(options.file, io);
  const desk = await getDesk();
  const answer = desk.factcheck(text, { refDate });
  await desk.recordFactcheck(answer, options.by?.trim() || "cli");
  io.stdout.write(
    `${options.json ? JSON.stringify(answer.claims, null, 2) : factcheckText(answer)}\n`,
  );
  return answer.counts.contradicted > 0 ? 1 : 0;
}
