/**
 * `npm run bench`: every measurement of issue 6 in one run and one printed table.
 *
 *   1. Slack round trip: Factdesk's Bolt HTTP receiver against a bare Bolt app, over loopback.
 *   2. Archive scale: generated stores of 1k, 10k and 100k facts, start-up, memory, queries.
 *   3. Digest build time (in the archive rows), store writes per second, what a replay claim
 *      costs against a 100k-fact store, the SIGKILL crash test.
 *   And the fact-check bench, when bench/factcheck.ts is there.
 *   5. Charts: drawing one (Vega-Lite → SVG → PNG) and uploading it (files.uploadV2).
 *   6. Store adapters: the lowdb file and PostgreSQL side by side at 100k facts.
 *
 *   npm run bench                  # the full run (a few minutes)
 *   npm run bench -- --quick       # smaller counts, for a quick look
 */
import os from "node:os";
import { benchAdapters, formatAdapters } from "./adapters.ts";
import { benchArchive, formatArchive } from "./archive.ts";
import { benchCharts, formatCharts } from "./charts.ts";
import { benchSlack, FULL, formatSlack, QUICK } from "./slack.ts";
import {
  benchClaims,
  benchCrash,
  benchWrites,
  formatClaims,
  formatCrash,
  formatWrites,
} from "./writes.ts";

const quick = process.argv.includes("--quick");
const started = performance.now();
const out: string[] = [];
const section = (title: string, body: string) => {
  out.push("", `── ${title} ${"─".repeat(Math.max(0, 96 - title.length))}`, body);
  process.stderr.write(`done: ${title} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
};
const secs = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

const cpus = os.cpus();
out.push(
  `Factdesk bench${quick ? " (--quick: smaller counts)" : ""} · ${new Date().toISOString().slice(0, 16)}Z`,
  `machine: ${cpus.length} cores · ${cpus[0]?.model.trim() ?? "unknown CPU"} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · ${os.platform()} ${os.release()} · load average at start ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);

let t0 = performance.now();
const slack = await benchSlack(quick ? QUICK : FULL);
section(
  `1. Slack round trip: signed slash commands over 127.0.0.1 into Bolt's HTTP receiver, Factdesk against a bare app that acks and replies, run back to back in alternating order; medians of ${(quick ? QUICK : FULL).reps} runs of ${(quick ? QUICK : FULL).requests} (${secs(t0)})`,
  formatSlack(slack),
);

t0 = performance.now();
const scales = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const archive = benchArchive(scales, quick ? 1 : 3);
section(
  `2. Archive scale: generated stores, each measured in fresh processes; medians of ${quick ? 1 : 3} (${secs(t0)})`,
  [
    formatArchive(archive),
    "targets at 100k facts: start-up < 2 s, RSS < 300 MB, every query p99 < 5 ms, fact-check of 10k words < 150 ms; queries flat, nothing faster than linear",
  ].join("\n"),
);

t0 = performance.now();
const writes = await benchWrites(quick ? { writes: 30, burst: 20, runs: 1 } : {});
const claims = await benchClaims(100_000, quick ? 20 : 200);
const c0 = performance.now();
const crash = await benchCrash(quick ? 15 : 100);
section(
  `3. Digest and store writes: digest build time is the archive rows' last column; writes fsync before they resolve (${secs(t0)})`,
  [
    `digest build p50: ${archive.map((r) => `${r.facts} facts ${r.digest.p50.toFixed(1)} ms`).join(" · ")}`,
    formatWrites(writes),
    formatClaims(claims),
    formatCrash(crash, performance.now() - c0),
  ].join("\n"),
);

t0 = performance.now();
// The fact-check bench belongs to the fact-check work; run it when it is there.
const factcheckModule = "./factcheck.ts";
const fc = (await import(factcheckModule).catch(() => null)) as {
  benchFactcheck?: (runs?: number) => Promise<unknown[]>;
  formatRows?: (rows: unknown[]) => string;
} | null;
if (fc?.benchFactcheck && fc.formatRows) {
  const rows = await fc.benchFactcheck(quick ? 3 : undefined);
  section(`4. Fact-check: drafts against the bundled store (${secs(t0)})`, fc.formatRows(rows));
} else {
  section("4. Fact-check", "skipped: bench/factcheck.ts (benchFactcheck) is not in this tree yet");
}

t0 = performance.now();
const charts = await benchCharts(quick ? { cold: 1, warm: 5, uploads: 3 } : {});
section(
  `5. Charts: the bundled store's, drawn to PNG and uploaded to a fake Slack on 127.0.0.1 (${secs(t0)})`,
  formatCharts(charts),
);

t0 = performance.now();
const adapters = await benchAdapters(quick ? 10_000 : 100_000, quick ? 1 : 3, quick ? 2 : 5);
section(
  `6. Store adapters: the lowdb file and PostgreSQL on one generated archive, fresh processes, medians of ${quick ? 1 : 3} (${secs(t0)})`,
  [
    formatAdapters(adapters),
    "activity writes: fact-check runs recorded one at a time, each durable before the next; resolution: the write and the next answer from the re-analysed store; review: an editor approving a proposed fact, the write, then the next answer (the archive re-analysed); another instance: a second desk on the same database, the resolution in its memory, then in its answers",
  ].join("\n"),
);

out.push("", `total ${secs(started)}`);
console.log(out.join("\n"));
