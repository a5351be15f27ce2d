// The sidecar of replay claims is compacted behind the claims (store/handled.ts): they go on
// appending to the old file while the compacted copy is written, and the copy takes them in as
// it is renamed over it. Killed with SIGKILL at random moments, many of them while a compaction
// is written, the process must leave a valid file holding every claim it acknowledged that is
// still inside the window.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { handledFileOf, parseHandledText } from "../../src/store/handled.ts";
import { claimKey, LIVE } from "./claimer-child.ts";

const claimer = path.join(import.meta.dirname, "claimer-child.ts");
/** Each run starts a process (a few seconds under load): enough for a kill mid-compaction now and then. */
const RUNS = 6;

/** Claimers not yet gone: killed if the test ends early (it never stops on its own). */
const running = new Set<ChildProcess>();

/** Runs the claimer on `storeFile` until `killAfter` acks (and `extraMs` more), then kills it. */
function runOnce(storeFile: string, killAfter: number, extraMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", claimer, storeFile], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.add(child);
    child.once("exit", () => running.delete(child));
    let last = -1;
    let buffer = "";
    let err = "";
    let killing = false;
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.stdout.on("data", (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        const m = /^ack (\d+)$/.exec(line);
        if (m) last = Number(m[1]);
      }
      if (!killing && last + 1 >= killAfter) {
        killing = true;
        setTimeout(() => child.kill("SIGKILL"), extraMs);
      }
    });
    child.on("exit", (_code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`claimer exited without being killed: ${err}`));
      // Acks still in the pipe when it was killed were acknowledged too.
      else {
        for (const line of buffer.split("\n")) {
          const m = /^ack (\d+)$/.exec(line);
          if (m) last = Number(m[1]);
        }
        resolve(last);
      }
    });
  });
}

it("a kill at any moment, a compaction under way or not, loses no acknowledged claim still inside the window and leaves a valid file", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-handled-kill-"));
  let seed = 5;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  let midCompaction = 0;
  let compacted = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      const folder = await mkdtemp(path.join(dir, "run-"));
      const storeFile = path.join(folder, "live.json");
      // Past two windows' worth, so that the file is due for compaction at least once.
      const last = await runOnce(
        storeFile,
        2 * LIVE + Math.floor(random() * 3 * LIVE),
        Math.floor(random() * 5),
      );
      expect(last).toBeGreaterThanOrEqual(2 * LIVE);
      const sidecar = handledFileOf(storeFile);
      // A compacted copy not yet renamed into place: the kill came while it was written.
      if ((await readdir(folder)).some((f) => f.endsWith(".tmp"))) midCompaction++;
      const text = await readFile(sidecar, "utf8");
      const read = parseHandledText(text, sidecar);
      // Fewer lines than claims made: compacted at least once before the kill.
      if (read.lines < last + 1) compacted++;
      const kept = new Set(read.claims.map((h) => h.key));
      // The claims made after `last` - LIVE + 1 are inside the window of the latest claim (the
      // one acknowledged last, or the one after it, made but not yet acknowledged).
      const missing: number[] = [];
      for (let i = last - LIVE + 2; i <= last; i++) if (!kept.has(claimKey(i))) missing.push(i);
      expect(missing).toEqual([]);
    }
    expect(compacted).toBeGreaterThan(0);
    // Not every kill lands mid-compaction; say how many did, so a run where none did is seen.
    console.log(
      `handled-kill: ${compacted} of ${RUNS} files compacted before the kill; ${midCompaction} kills came while a compaction was written`,
    );
  } finally {
    for (const child of running) child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  }
}, 240_000);
