/**
 * Store writes: how many changes per second go through Store.update with the crash-safety
 * guarantee kept (each resolves only once the whole file is fsynced and renamed into place),
 * on the bundled store and on a generated 10k-fact store. The changes add an audit entry but do
 * not say which lists they touch, so each rewrites the store file as well as appending to the
 * journal: the cost of an editor's write. Activity alone (a fact-check run recorded, the file
 * untouched) is measured at 100k facts in section 6 (adapters.ts). what claiming a Slack request as
 * handled (the replay guard, written before every ack) costs against a generated 100k-fact
 * store, in time and in bytes written; and the SIGKILL crash test run many times, counting
 * acknowledged writes lost and invalid files left (both must be 0).
 *
 *   node --import tsx bench/writes.ts [--quick]
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { BUNDLED_STORE } from "../src/app/desk.ts";
import { storeHandled } from "../src/app/handled.ts";
import { Store } from "../src/store/store.ts";
import { type CrashResult, crashTest } from "../test/store/crash.ts";
import { generateStore } from "./generate.ts";
import { median, ms, percentile } from "./stats.ts";

export interface WritesRow {
  store: string;
  facts: number;
  fileKb: number;
  /** One change at a time, each awaited before the next is asked for. */
  sequential: { writesPerSec: number; p50: number; p99: number };
  /** `burst` changes asked for at once; the queue still writes each one durably, in order. */
  burst: { size: number; writesPerSec: number };
}

const change = (i: number) => (d: Store["data"]) => {
  d.audit.push({
    at: new Date().toISOString(),
    by: "bench",
    action: "write",
    target: String(i),
    before: null,
    after: i,
  });
};

async function measure(
  label: string,
  file: string,
  writes: number,
  burst: number,
  runs: number,
): Promise<WritesRow> {
  const { store } = await Store.open({ file, bundled: BUNDLED_STORE });
  await store.update(change(-1)); // warm up
  const seqRates: number[] = [];
  const latencies: number[] = [];
  const burstRates: number[] = [];
  let i = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let w = 0; w < writes; w++) {
      const s = performance.now();
      await store.update(change(i++));
      latencies.push(performance.now() - s);
    }
    seqRates.push(writes / ((performance.now() - t0) / 1000));
    const b0 = performance.now();
    await Promise.all(Array.from({ length: burst }, () => store.update(change(i++))));
    burstRates.push(burst / ((performance.now() - b0) / 1000));
  }
  await store.close(); // lets the file (and its lock) go
  return {
    store: label,
    facts: store.data.facts.length,
    fileKb: statSync(file).size / 1024,
    sequential: {
      writesPerSec: median(seqRates),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    },
    burst: { size: burst, writesPerSec: median(burstRates) },
  };
}

export interface WritesOptions {
  writes?: number;
  burst?: number;
  runs?: number;
  generatedFacts?: number;
}

export async function benchWrites(options: WritesOptions = {}): Promise<WritesRow[]> {
  const writes = options.writes ?? 100;
  const burst = options.burst ?? 50;
  const runs = options.runs ?? 3;
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-writes-"));
  try {
    const rows = [await measure("bundled", path.join(dir, "bundled.json"), writes, burst, runs)];
    const generatedFacts = options.generatedFacts ?? 10_000;
    const generated = path.join(dir, "generated.json");
    writeFileSync(generated, JSON.stringify(generateStore(generatedFacts)));
    rows.push(
      await measure(
        `generated ${generatedFacts / 1000}k`,
        generated,
        Math.max(10, Math.round(writes / 4)),
        Math.max(10, Math.round(burst / 4)),
        runs,
      ),
    );
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface ClaimsRow {
  facts: number;
  storeMb: number;
  claims: number;
  /** Per claim, each awaited before the next, as the middleware does before each ack. */
  p50: number;
  p99: number;
  mean: number;
  /** Bytes this process handed to write(2) per claim (Linux /proc/self/io), null elsewhere. */
  bytesPerClaim: number | null;
  /** Whether claiming left the store file itself as it was (same size and mtime). */
  storeUntouched: boolean;
}

/** Bytes written by this process so far, from /proc/self/io (Linux); null where there is none. */
function bytesWritten(): number | null {
  try {
    const m = /^wchar:\s*(\d+)$/m.exec(readFileSync("/proc/self/io", "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * The replay guard's cost: `claims` distinct request ids claimed one after another through the
 * same Handled the Slack middleware uses, against a generated store of `facts` facts.
 */
export async function benchClaims(facts = 100_000, claims = 200): Promise<ClaimsRow> {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-claims-"));
  try {
    const file = path.join(dir, "generated.json");
    writeFileSync(file, JSON.stringify(generateStore(facts)));
    const { store } = await Store.open({ file, bundled: BUNDLED_STORE });
    const handled = storeHandled(store);
    await handled.claim("event:T0BENCH:warm-up");
    const before = statSync(file);
    const latencies: number[] = [];
    const w0 = bytesWritten();
    const t0 = performance.now();
    for (let i = 0; i < claims; i++) {
      const s = performance.now();
      if (!(await handled.claim(`event:T0BENCH:Ev${String(i).padStart(8, "0")}`)))
        throw new Error(`claim ${i} was taken for a replay`);
      latencies.push(performance.now() - s);
    }
    const total = performance.now() - t0;
    const w1 = bytesWritten();
    const after = statSync(file);
    await store.close();
    return {
      facts: store.data.facts.length,
      storeMb: after.size / 2 ** 20,
      claims,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      mean: total / claims,
      bytesPerClaim: w0 === null || w1 === null ? null : (w1 - w0) / claims,
      storeUntouched: after.size === before.size && after.mtimeMs === before.mtimeMs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) =>
  bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;

export function formatClaims(r: ClaimsRow): string {
  return `replay claims (one per Slack request, before its ack) against ${r.facts} facts (store ${r.storeMb.toFixed(1)} MB): ${r.claims} claims, ms per claim mean ${ms(r.mean)} p50 ${ms(r.p50)} p99 ${ms(r.p99)}, written per claim ${r.bytesPerClaim === null ? "n/a (no /proc/self/io)" : kb(r.bytesPerClaim)}, store file ${r.storeUntouched ? "untouched" : "rewritten"}`;
}

/** The SIGKILL crash test, `runs` kills against one store file. */
export async function benchCrash(runs = 100, seed = 11): Promise<CrashResult> {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-crash-bench-"));
  try {
    return await crashTest(path.join(dir, "live.json"), BUNDLED_STORE, runs, seed);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function formatWrites(rows: readonly WritesRow[]): string {
  const lines = [
    "store          facts  file KB │ one at a time: writes/s  p50/p99 ms │ burst: size  writes/s",
  ];
  for (const r of rows) {
    lines.push(
      [
        r.store.padEnd(13),
        String(r.facts).padStart(6),
        r.fileKb.toFixed(0).padStart(8),
        "│",
        r.sequential.writesPerSec.toFixed(0).padStart(23),
        `${ms(r.sequential.p50)}/${ms(r.sequential.p99)}`.padStart(11),
        "│",
        String(r.burst.size).padStart(11),
        r.burst.writesPerSec.toFixed(0).padStart(9),
      ].join(" "),
    );
  }
  return lines.join("\n");
}

export function formatCrash(r: CrashResult, ms: number): string {
  const ok = r.lost === 0 && r.invalid === 0 && r.kills === r.runs;
  return `crash test (SIGKILL at random moments while writing; audit entries to the journal, every fifth write a resolution to the resolutions file too, every tenth a claimant to the store file as well, every seventh followed by a compaction of the journal by age, a third of the rest a review decision to the overlay of review decisions): runs ${r.runs}, kills ${r.kills}, acknowledged writes ${r.acknowledged}, writes lost ${r.lost}, invalid files ${r.invalid}, torn journal lines dropped ${r.torn} (${(ms / 1000).toFixed(0)} s) ${ok ? "✓" : "✗ FAILED"}`;
}

if (process.argv[1] === import.meta.filename) {
  const quick = process.argv.includes("--quick");
  console.log(formatWrites(await benchWrites(quick ? { writes: 30, burst: 20, runs: 1 } : {})));
  console.log(formatClaims(await benchClaims(100_000, quick ? 20 : 200)));
  const t0 = performance.now();
  const crash = await benchCrash(quick ? 15 : 100);
  console.log(formatCrash(crash, performance.now() - t0));
}
