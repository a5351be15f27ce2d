/**
 * What the slowest 1% of a Slack round-trip row are made of: one row of section 1 (a command,
 * a store, a concurrency), Factdesk and the bare app that acks and replies, run as the bench
 * runs them (warmed, then reps back to back in alternating order), with each server reporting
 * its garbage-collection pauses and how long each request took inside it. Per run: ack
 * p50/p99/max as the load saw them; the same from each request's arrival in the server to its
 * ack; the server's CPU per command and this process's (it plays Slack, replies included); the
 * server's GC pauses (count, total, longest); how many of the run's slowest 1% of acks waited
 * through a pause of the server and how much of their time that was, and how many were among
 * the run's first requests.
 *
 *   node --import tsx bench/slack-tail.ts [--command /totals] [--store bundled|100k]
 *     [--concurrency 50] [--requests 600] [--reps 10] [--warmup 1000]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { flag } from "./flags.ts";
import { generateStore } from "./generate.ts";
import { type Server, spawnServer } from "./slack.ts";
import { commandRequests, runLoad, startSink } from "./slack-load.ts";
import { BENCH_SECRET } from "./slack-server.ts";
import { median, percentile } from "./stats.ts";

const command = flag("--command", "/totals");
const store = flag("--store", "bundled");
const concurrency = Number(flag("--concurrency", "50"));
const requests = Number(flag("--requests", "600"));
const reps = Number(flag("--reps", "10"));
const warmup = Number(flag("--warmup", "1000"));

process.env.FACTDESK_BENCH_GC = "1";
const dir = mkdtempSync(path.join(tmpdir(), "factdesk-tail-"));
const sink = await startSink();
const apiUrl = `${sink.origin}/api/`;
let folder = dir;
if (store !== "bundled") {
  folder = mkdtempSync(path.join(dir, "archive-"));
  const facts = Number(store.replace(/k$/, "000"));
  writeFileSync(path.join(folder, "live.json"), JSON.stringify(generateStore(facts)));
}
const factdesk = await spawnServer("factdesk", folder, apiUrl, [], store);
const bare = await spawnServer("bare-respond", dir, apiUrl);

const load = (s: Server, n: number, c: number) =>
  runLoad({
    url: s.url,
    secret: BENCH_SECRET,
    requests: n,
    concurrency: c,
    command: commandRequests(command),
    sink,
    awaitReplies: true,
    deadlineMs: 120_000,
  });

async function run(s: Server) {
  await s.gc();
  await s.inServer();
  const cpu0 = await s.cpu();
  const own0 = process.cpuUsage();
  const r = await load(s, requests, concurrency);
  const own = process.cpuUsage(own0);
  await s.settle();
  const cpuMs = ((await s.cpu()) - cpu0) / requests;
  const pauses = await s.gc();
  const inside = await s.inServer();
  const p99 = percentile(r.acks, 99);
  const slow = r.acks.map((a, i) => ({ a, i })).filter((x) => x.a >= p99);
  // A slow ack "met a pause" when a GC pause of the server started while it was in flight.
  const met = slow.filter(({ a, i }) => {
    const from = r.sentAt[i] as number;
    return pauses.some((p) => p.at + p.ms >= from && p.at <= from + a);
  });
  const early = slow.filter(({ i }) => i < concurrency * 2);
  // How much of the slowest acks' time the server spent collecting garbage while they waited.
  const overlap = (from: number, to: number) =>
    pauses.reduce((t, p) => t + Math.max(0, Math.min(to, p.at + p.ms) - Math.max(from, p.at)), 0);
  const gcShare =
    slow.reduce(
      (t, { a, i }) => t + overlap(r.sentAt[i] as number, (r.sentAt[i] as number) + a),
      0,
    ) / slow.reduce((t, { a }) => t + a, 0);
  const big = pauses.filter((p) => p.ms >= 1);
  return {
    p50: percentile(r.acks, 50),
    p99,
    max: Math.max(...r.acks),
    cpuMs,
    gcs: pauses.length,
    gcMs: pauses.reduce((t, p) => t + p.ms, 0),
    gcMax: Math.max(0, ...pauses.map((p) => p.ms)),
    major: pauses.filter((p) => p.kind === 4).length,
    big: big.length,
    slow: slow.length,
    met: met.length,
    early: early.length,
    gcShare,
    // This process plays Slack: what sending, reading acks and taking in replies cost it.
    loadMs: (own.user + own.system) / 1000 / requests,
    in50: percentile(inside, 50),
    in99: percentile(inside, 99),
    inMax: Math.max(...inside),
  };
}

const f3 = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const line = (who: string, x: Awaited<ReturnType<typeof run>>) =>
  `${who.padEnd(9)} p50 ${f3(x.p50).padStart(6)} p99 ${f3(x.p99).padStart(6)} max ${f3(x.max).padStart(6)} · in the server p50 ${f3(x.in50)} p99 ${f3(x.in99)} max ${f3(x.inMax)} · CPU ${x.cpuMs.toFixed(3)} ms (load's ${x.loadMs.toFixed(3)}) · GC ${String(x.gcs).padStart(3)} pauses (${x.major} major, ${x.big} ≥1 ms) ${f3(x.gcMs).padStart(5)} ms, longest ${f3(x.gcMax).padStart(5)} · slowest 1%: ${x.slow}, ${x.met} met a GC pause (${(100 * x.gcShare).toFixed(0)}% of their time), ${x.early} among the first ${concurrency * 2}`;

try {
  for (const s of [factdesk, bare]) {
    await load(s, 3, 1);
    await load(s, warmup, 10);
  }
  for (const s of [bare, factdesk]) await load(s, Math.min(requests, 300), concurrency);
  const ratios: number[] = [];
  const gcShares: { factdesk: number[]; bare: number[] } = { factdesk: [], bare: [] };
  console.log(`${command} ${store} concurrency ${concurrency}, ${reps} reps of ${requests}`);
  for (let rep = 0; rep < reps; rep++) {
    const pair = rep % 2 === 0 ? [bare, factdesk] : [factdesk, bare];
    const out: Record<string, Awaited<ReturnType<typeof run>>> = {};
    for (const s of pair) out[s.kind] = await run(s);
    const f = out.factdesk as Awaited<ReturnType<typeof run>>;
    const b = out["bare-respond"] as Awaited<ReturnType<typeof run>>;
    ratios.push(f.p99 / b.p99);
    gcShares.factdesk.push(f.gcShare);
    gcShares.bare.push(b.gcShare);
    console.log(
      `rep ${rep + 1} (${pair[0]?.kind} first): p99 ratio ×${(f.p99 / b.p99).toFixed(2)}`,
    );
    console.log(`  ${line("factdesk", f)}`);
    console.log(`  ${line("bare", b)}`);
  }
  console.log(
    `GC's share of the slowest 1%'s time, median of the reps: Factdesk ${(100 * median(gcShares.factdesk)).toFixed(0)}%, bare ${(100 * median(gcShares.bare)).toFixed(0)}%`,
  );
  console.log(
    `p99 ratio median ×${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
  );
} finally {
  await Promise.all([factdesk.stop(), bare.stop()]);
  await sink.close();
  rmSync(dir, { recursive: true, force: true });
}
