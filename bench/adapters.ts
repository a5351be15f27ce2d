/**
 * The two store adapters side by side on one generated archive (100k facts by default): the
 * lowdb file and PostgreSQL (FACTDESK_BENCH_PG, else FACTDESK_TEST_PG, else the local server;
 * a database of its own, dropped after). Each measured in fresh processes, medians of `runs`.
 * Without a PostgreSQL server its row says so and the bench goes on.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { BUNDLED_STORE } from "../src/app/desk.ts";
import { importDatabase } from "../src/store/postgres/transfer.ts";
import { mergeBundled, parseStoreText } from "../src/store/store.ts";
import { generateStore } from "./generate.ts";
import { median, ms } from "./stats.ts";

export interface AdapterRow {
  adapter: string;
  facts: number;
  startupMs: number;
  rssMb: number;
  queryP99: number;
  writesPerSec: number;
  writeP50: number;
  writeP99: number;
  /** Server CPU per fact-check run recorded, median (ms). */
  writeCpuP50: number;
  claimP50: number;
  claimP99: number;
  resolutionMs: number;
  /** An editor's review decision: the write, median (ms). */
  reviewMs: number;
  /** The next answer after it (the archive re-analysed), median (ms). */
  reviewAnswerMs: number;
  seenElsewhereMs: number | null;
  fetchedElsewhereMs: number | null;
}

const SERVER =
  process.env.FACTDESK_BENCH_PG ||
  process.env.FACTDESK_TEST_PG ||
  "postgres://postgres@127.0.0.1:5432/test";

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 3_000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function measure(db: string, writeSeconds: number): AdapterRow {
  const out = execFileSync(
    process.execPath,
    [
      "--expose-gc",
      "--import",
      "tsx",
      path.join(import.meta.dirname, "adapter-child.ts"),
      db,
      String(writeSeconds),
    ],
    { encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(out.trim().split("\n").at(-1) as string);
}

function medianRow(adapter: string, samples: AdapterRow[]): AdapterRow {
  const med = (f: (r: AdapterRow) => number) => median(samples.map(f));
  const orNull = (xs: (number | null)[]) => {
    const known = xs.flatMap((x) => (x === null ? [] : [x]));
    return known.length > 0 ? median(known) : null;
  };
  return {
    adapter,
    facts: samples[0]?.facts ?? 0,
    startupMs: med((r) => r.startupMs),
    rssMb: med((r) => r.rssMb),
    queryP99: med((r) => r.queryP99),
    writesPerSec: med((r) => r.writesPerSec),
    writeP50: med((r) => r.writeP50),
    writeP99: med((r) => r.writeP99),
    writeCpuP50: med((r) => r.writeCpuP50),
    claimP50: med((r) => r.claimP50),
    claimP99: med((r) => r.claimP99),
    resolutionMs: med((r) => r.resolutionMs),
    reviewMs: med((r) => r.reviewMs),
    reviewAnswerMs: med((r) => r.reviewAnswerMs),
    seenElsewhereMs: orNull(samples.map((s) => s.seenElsewhereMs)),
    fetchedElsewhereMs: orNull(samples.map((s) => s.fetchedElsewhereMs)),
  };
}

export async function benchAdapters(
  facts = 100_000,
  runs = 3,
  writeSeconds = 5,
): Promise<{ rows: AdapterRow[]; skipped: string | null }> {
  // The bundled facts merged in beforehand, as a live store has them: otherwise the first open
  // of each copy would merge (and, for the file, rewrite) and be timed as start-up.
  const data = generateStore(facts);
  mergeBundled(data, parseStoreText(readFileSync(BUNDLED_STORE, "utf8"), BUNDLED_STORE));
  const rows: AdapterRow[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), "factdesk-adapters-"));
  try {
    const samples: AdapterRow[] = [];
    for (let r = 0; r < runs; r++) {
      // A fresh copy each run: the writes of one run would otherwise grow the next one's file.
      const file = path.join(dir, `store-${r}.json`);
      writeFileSync(file, JSON.stringify(data));
      samples.push(measure(file, writeSeconds));
    }
    rows.push(medianRow("lowdb file", samples));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const name = `factdesk_bench_${process.pid}`;
  try {
    await admin(`CREATE DATABASE ${name}`);
  } catch (err) {
    return { rows, skipped: `PostgreSQL: no server at ${SERVER} (${(err as Error).message})` };
  }
  try {
    const url = new URL(SERVER);
    url.pathname = `/${name}`;
    await importDatabase(url.toString(), data);
    const samples: AdapterRow[] = [];
    for (let r = 0; r < runs; r++) samples.push(measure(url.toString(), writeSeconds));
    rows.push(medianRow("PostgreSQL", samples));
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  return { rows, skipped: null };
}

export function formatAdapters(result: { rows: AdapterRow[]; skipped: string | null }): string {
  const head =
    "adapter      facts   start-up  RSS MB  query p99 │ activity writes/s  p50/p99 ms  CPU ms │ claim p50/p99 ms │ resolution ms │ review ms: decision / next answer │ another instance: fetched / answers";
  const lines = result.rows.map((r) =>
    [
      r.adapter.padEnd(11),
      String(r.facts).padStart(7),
      `${ms(r.startupMs)} ms`.padStart(10),
      r.rssMb.toFixed(0).padStart(7),
      ms(r.queryP99).padStart(10),
      "│",
      r.writesPerSec.toFixed(0).padStart(17),
      `${ms(r.writeP50)}/${ms(r.writeP99)}`.padStart(12),
      ms(r.writeCpuP50).padStart(7),
      "│",
      `${ms(r.claimP50)}/${ms(r.claimP99)}`.padStart(16),
      "│",
      ms(r.resolutionMs).padStart(13),
      "│",
      `${ms(r.reviewMs)} / ${ms(r.reviewAnswerMs)}`.padStart(33),
      "│",
      r.seenElsewhereMs === null
        ? "—"
        : `${ms(r.fetchedElsewhereMs ?? Number.NaN)} / ${ms(r.seenElsewhereMs)} ms`,
    ].join(" "),
  );
  return [head, ...lines, ...(result.skipped ? [result.skipped] : [])].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes("--quick");
  const result = await benchAdapters(quick ? 10_000 : 100_000, quick ? 1 : 3, quick ? 2 : 5);
  console.log(formatAdapters(result));
}
