/**
 * Kill a writing process with SIGKILL at random moments, many times, and check after each
 * kill that the store file is valid and holds every write that was acknowledged.
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseStoreText } from "../../src/store/store.ts";

const writer = path.join(import.meta.dirname, "crash-writer.ts");

export interface CrashResult {
  runs: number;
  kills: number;
  acknowledged: number;
  lost: number;
  invalid: number;
}

function runOnce(
  file: string,
  bundled: string,
  killAfterAcks: number,
  extraMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", writer, file, bundled], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let last = -1;
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
          last = Number(m[1]);
          acks++;
          if (acks === killAfterAcks) setTimeout(() => child.kill("SIGKILL"), extraMs);
        }
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf("\n");
      }
    });
    child.on("exit", (_code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`writer exited without being killed: ${err}`));
      else resolve(last);
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
  const result: CrashResult = { runs, kills: 0, acknowledged: 0, lost: 0, invalid: 0 };
  let acknowledgedUpTo = -1;
  for (let r = 0; r < runs; r++) {
    const last = await runOnce(
      file,
      bundled,
      1 + Math.floor(random() * 30),
      Math.floor(random() * 8),
    );
    result.kills++;
    acknowledgedUpTo = Math.max(acknowledgedUpTo, last);
    let data: ReturnType<typeof parseStoreText>;
    try {
      data = parseStoreText(await readFile(file, "utf8"), file);
    } catch {
      result.invalid++;
      continue;
    }
    const written = new Set(
      data.audit.filter((a) => a.by === "crash-test").map((a) => Number(a.target)),
    );
    for (let i = 0; i <= acknowledgedUpTo; i++) if (!written.has(i)) result.lost++;
  }
  result.acknowledged = acknowledgedUpTo + 1;
  return result;
}
