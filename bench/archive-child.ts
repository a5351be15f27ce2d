/**
 * One measurement of one archive, in a fresh process so start-up time and resident memory
 * are the bot's own: load and validate the store file, analyse it, then time each query.
 * Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { factcheck } from "../src/domain/check/index.ts";
import { buildDigest } from "../src/domain/digest.ts";
import { analyse, disputes, swap, totals } from "../src/domain/queries.ts";
import type { StoreData } from "../src/store/schema.ts";
import { readStoreFile } from "../src/store/store.ts";
import { percentile, time } from "./stats.ts";

const file = process.argv[2] as string;
const draftFile = process.argv[3] as string;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
// As the store reads its file (its own function): a window of the bytes at a time, a row at a
// time, never the whole file as bytes or as one string.
const data = (await readStoreFile(file)) as StoreData;
const k = analyse(data);
const startupMs = performance.now() - t0;
// Its CPU time too (every thread: the collector's helpers count), which a busy machine disturbs
// far less than the wall clock.
const cpu = process.cpuUsage(cpu0);
const startupCpuMs = (cpu.user + cpu.system) / 1000;
if (global.gc) global.gc();
const rssMb = process.memoryUsage().rss / 2 ** 20;

const days = [...k.catalog.eventsByDay.keys()];
const n = 400;
const q = (xs: number[]) => ({ p50: percentile(xs, 50), p99: percentile(xs, 99) });
const draft = readFileSync(draftFile, "utf8");
const result = {
  facts: data.facts.length,
  startupMs,
  startupCpuMs,
  rssMb,
  swap: q(time(n, (i) => swap(k, days[(i * 7919) % days.length] as string))),
  totals: q(time(n, () => totals(k))),
  disputes: q(time(n, () => disputes(k))),
  factcheck10k: q(time(15, () => factcheck(k, draft, { refDate: "2025-05-26" }))),
  digest: q(time(20, () => buildDigest(k, { day: "2026-11-22", now: "2026-11-22T08:00:00.000Z" }))),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
