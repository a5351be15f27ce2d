/**
 * Kill a writing process with SIGKILL at random moments, many times, and check after each
 * kill that the store file, its journal and its resolutions file are valid and together hold
 * every write that was acknowledged: the audit entries (journal, appended, and rewritten whole
 * by the compactions by age among the writes), the resolutions (resolutions file, rewritten)
 * the claimants (store file, rewritten) and review decisions (the overlay of replaced rows,
 * rewritten, and folded into the store file by its writes), and the replay claim made before
 * each write (the claims sidecar, appended without an fsync: in the page cache, which a
 * SIGKILL does not lose). They are read as
 * opening the store reads them: a torn last line of the journal, an append the kill cut short,
 * is left out (it was never acknowledged); any other bad line, or a bad store or resolutions
 * file, counts as an invalid file.
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { handledFileOf, parseHandledText } from "../../src/store/handled.ts";
import { journalFileOf } from "../../src/store/journal.ts";
import { readStoreFiles } from "../../src/store/store.ts";
import {
  claimKey,
  FILE_WRITE_EVERY,
  reviewNote,
  reviewsFact,
  touchesStoreFile,
} from "./crash-writer.ts";

const writer = path.join(import.meta.dirname, "crash-writer.ts");

export interface CrashResult {
  runs: number;
  kills: number;
  acknowledged: number;
  lost: number;
  invalid: number;
  /** Kills after which the journal ended in a torn line (an append cut short), dropped on read. */
  torn: number;
}

function runOnce(
  file: string,
  bundled: string,
  killAfterAcks: number,
  extraMs: number,
): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", writer, file, bundled], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const acked: number[] = [];
    let acks = 0;
    let buffer = "";
    let err = "";
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.stdout.on("data", (d: Buffer) => {
      buffer += d.toString();
      let nl = buffer.indexOf("\n");
      while (nl !== -1) {
        const m = /^ack (\d+)$/.exec(buffer.slice(0, nl));
        if (m) {
          acked.push(Number(m[1]));
          acks++;
          if (acks === killAfterAcks) setTimeout(() => child.kill("SIGKILL"), extraMs);
        }
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf("\n");
      }
    });
    child.on("exit", (_code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`writer exited without being killed: ${err}`));
      else resolve(acked);
    });
  });
}

export async function crashTest(
  file: string,
  bundled: string,
  runs: number,
  seed = 1,
): Promise<CrashResult> {
  let rnd = seed;
  const random = () => {
    rnd = (rnd * 1103515245 + 12345) % 2 ** 31;
    return rnd / 2 ** 31;
  };
  const result: CrashResult = { runs, kills: 0, acknowledged: 0, lost: 0, invalid: 0, torn: 0 };
  // Every write acknowledged so far, in any run (a write cut short between its journal line
  // and the other files, never acknowledged, may leave its audit entry without its resolution).
  const acknowledged = new Set<number>();
  for (let r = 0; r < runs; r++) {
    const acked = await runOnce(
      file,
      bundled,
      1 + Math.floor(random() * 30),
      Math.floor(random() * 8),
    );
    result.kills++;
    for (const i of acked) acknowledged.add(i);
    let data: Awaited<ReturnType<typeof readStoreFiles>>;
    let claimed: Set<string>;
    try {
      const journal = await readFile(journalFileOf(file), "utf8").catch(() => "");
      if (journal !== "" && !journal.endsWith("\n")) result.torn++;
      data = await readStoreFiles(file);
      // The claims as opening the store reads them: a torn last line (never resolved) dropped.
      const sidecar = handledFileOf(file);
      const claims = await readFile(sidecar, "utf8").catch(() => "");
      claimed = new Set(parseHandledText(claims, sidecar).claims.map((h) => h.key));
    } catch {
      result.invalid++;
      continue;
    }
    const audited = new Set(
      data.audit.filter((a) => a.by === "crash-test").map((a) => Number(a.target)),
    );
    const resolved = new Set(data.resolutions.map((r) => r.id));
    const claimants = new Set(data.claimants.map((c) => c.id));
    // A fact's note names the last review decision written to it: write i is there, or a later
    // one to the same fact.
    const reviewed = (i: number) => {
      const note = data.facts[i % data.facts.length]?.note ?? "";
      const m = /^crash-review-(\d+)$/.exec(note);
      return note === reviewNote(i) || (m !== null && Number(m[1]) > i);
    };
    for (const i of acknowledged) {
      if (!audited.has(i) || !claimed.has(claimKey(i))) result.lost++;
      else if (i % FILE_WRITE_EVERY === 0 && !resolved.has(`crash-${i}`)) result.lost++;
      else if (touchesStoreFile(i) && !claimants.has(`crash-${i}`)) result.lost++;
      else if (reviewsFact(i) && !reviewed(i)) result.lost++;
    }
  }
  result.acknowledged = acknowledged.size;
  return result;
}
