// A process that claims requests in the sidecar of replay claims (store/handled.ts) as fast as
// it can, and says "ack N" once claim N has resolved. Its clock runs fast: claim N is made at
// START + N * STEP_MS, so claims age out of the ten-minute window as it goes, about LIVE of them
// are live at a time, and the file is compacted every LIVE claims or so, while claims go on
// being made. handled-kill.test.ts kills it with SIGKILL at random moments.
import { HandledLog, KEEP_HANDLED_MS } from "../../src/store/handled.ts";

/** Claims live at a time: each compaction rewrites about this many lines. */
export const LIVE = 1000;
export const STEP_MS = KEEP_HANDLED_MS / LIVE;
export const START = Date.parse("2026-12-01T00:00:00.000Z");
export const claimKey = (i: number): string => `command:T1:kill-${i}`;

// Only when run as the child: the test imports the figures above.
const storeFile = process.argv[1] === import.meta.filename ? process.argv[2] : undefined;
if (storeFile) {
  const log = await HandledLog.open(storeFile, () => null, undefined, new Date(START));
  for (let i = 0; ; i++) {
    await log.claim(claimKey(i), new Date(START + i * STEP_MS));
    process.stdout.write(`ack ${i}\n`);
    // As requests come in: between two, the process gets to its timers and its I/O (the syncs
    // and the compaction); a loop of claims alone would never let them run.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
