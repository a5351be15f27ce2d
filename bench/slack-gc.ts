/**
 * What a Slack round-trip row asks of each server's garbage collector, in measures a loaded
 * machine does not distort: V8's own account of every collection (`--trace-gc-nvp`) during a
 * fixed number of timed commands — how many scavenges and mark-compacts, the bytes allocated,
 * the bytes that survived a scavenge and the bytes promoted to the old generation per command,
 * and the old generation's size — with the server's CPU per command. Pauses are printed too,
 * but they are wall-clock and only comparable between servers measured in the same minutes.
 *
 * Run for Factdesk on the bundled store, on a generated archive, and for the bare app that acks
 * and replies, each warmed as section 1 warms them, then `--reps` runs of `--requests`.
 *
 *   node --import tsx bench/slack-gc.ts [--command /factcheck] [--facts 100000]
 *     [--concurrency 50] [--requests 3000] [--reps 2] [--warmup 1000]
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { flag } from "./flags.ts";
import { generateStore } from "./generate.ts";
import { commandRequests, runLoad, startSink } from "./slack-load.ts";
import { BENCH_SECRET, type ServerKind } from "./slack-server.ts";
import { median } from "./stats.ts";

const command = flag("--command", "/factcheck");
const facts = Number(flag("--facts", "100000"));
const concurrency = Number(flag("--concurrency", "50"));
const requests = Number(flag("--requests", "3000"));
const reps = Number(flag("--reps", "2"));
const warmup = Number(flag("--warmup", "1000"));

interface Gc {
  kind: string;
  pause: number;
  allocated: number;
  promoted: number;
  survived: number;
  sizeAfter: number;
}

/** One nvp line: "pause=1.2 … gc=s … allocated=… promoted=… new_space_survived=…". */
function parseGc(line: string): Gc | null {
  if (!line.includes(" gc=")) return null;
  const field = (name: string) => {
    const m = new RegExp(`(?:^|\\s)${name}=([^\\s]+)`).exec(line);
    return m ? (m[1] as string) : "";
  };
  return {
    kind: field("gc"),
    pause: Number(field("pause")),
    allocated: Number(field("allocated")),
    promoted: Number(field("promoted")),
    survived: Number(field("new_space_survived")),
    sizeAfter: Number(field("total_size_after")),
  };
}

interface Traced {
  name: string;
  url: string;
  gcs: Gc[];
  ask<T>(m: string, pick: (r: Record<string, unknown>) => T | undefined): Promise<T>;
  stop(): Promise<void>;
}

async function spawnTraced(name: string, kind: ServerKind, dir: string, apiUrl: string) {
  const child: ChildProcess = fork(
    path.join(import.meta.dirname, "slack-server.ts"),
    [kind, dir, apiUrl],
    {
      execArgv: ["--trace-gc-nvp", "--expose-gc", "--import", "tsx"],
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    },
  );
  const gcs: Gc[] = [];
  let rest = "";
  child.stdout?.setEncoding("utf8");
  child.stdout?.on("data", (chunk: string) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop() ?? "";
    for (const l of lines) {
      const g = parseGc(l);
      if (g) gcs.push(g);
    }
  });
  const ask = <T>(m: string, pick: (r: Record<string, unknown>) => T | undefined) =>
    new Promise<T>((resolve) => {
      const on = (r: Record<string, unknown>) => {
        const v = pick(r);
        if (v === undefined) return;
        child.off("message", on);
        resolve(v);
      };
      child.on("message", on);
      if (m) child.send(m);
    });
  const port = await ask("", (r) => r.port as number | undefined);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const traced: Traced = {
    name,
    url: `http://127.0.0.1:${port}/slack/events`,
    gcs,
    ask,
    stop: async () => {
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return traced;
}

const dir = mkdtempSync(path.join(tmpdir(), "factdesk-gc-"));
const sink = await startSink();
const apiUrl = `${sink.origin}/api/`;
const folder = mkdtempSync(path.join(dir, "archive-"));
writeFileSync(path.join(folder, "live.json"), JSON.stringify(generateStore(facts)));
const servers = [
  await spawnTraced("factdesk bundled", "factdesk", dir, apiUrl),
  await spawnTraced(`factdesk ${facts / 1000}k`, "factdesk", folder, apiUrl),
  await spawnTraced("bare ack+reply", "bare-respond", dir, apiUrl),
];

const load = (s: Traced, n: number, c: number) =>
  runLoad({
    url: s.url,
    secret: BENCH_SECRET,
    requests: n,
    concurrency: c,
    command: commandRequests(command),
    sink,
    awaitReplies: true,
    deadlineMs: 300_000,
  });
const cpu = async (s: Traced) => {
  const c = await s.ask("cpu", (r) => r.cpu as { user: number; system: number } | undefined);
  return (c.user + c.system) / 1000;
};

const kb = (b: number) => (b / 1024).toFixed(1);
try {
  for (const s of servers) {
    await load(s, 3, 1);
    await load(s, warmup, 10);
    await load(s, Math.min(requests, 300), concurrency);
  }
  console.log(`${command} at concurrency ${concurrency}, ${reps} runs of ${requests} per server`);
  console.log(
    "server             run │ scavenges  mark-compacts │ KB allocated  survived  promoted  kept per command │ heap MB after │ pause ms: scavenge median/max, mark-compact max │ CPU ms/cmd",
  );
  for (let rep = 0; rep < reps; rep++)
    for (const s of rep % 2 === 0 ? servers : [...servers].reverse()) {
      await s.ask("settle", (r) => (r.settled ? true : undefined));
      const heap0 = await s.ask("heap", (r) => r.heap as number | undefined);
      await new Promise((r) => setTimeout(r, 100));
      const from = s.gcs.length;
      const c0 = await cpu(s);
      await load(s, requests, concurrency);
      await s.ask("settle", (r) => (r.settled ? true : undefined));
      const cpuMs = ((await cpu(s)) - c0) / requests;
      const g = s.gcs.slice(from);
      const kept = ((await s.ask("heap", (r) => r.heap as number | undefined)) - heap0) / requests;
      const scav = g.filter((x) => x.kind === "s");
      const major = g.filter((x) => x.kind === "mc" || x.kind === "ms");
      const sum = (xs: Gc[], f: (x: Gc) => number) => xs.reduce((t, x) => t + f(x), 0);
      console.log(
        [
          s.name.padEnd(18),
          String(rep + 1).padStart(3),
          "│",
          String(scav.length).padStart(9),
          String(major.length).padStart(14),
          "│",
          kb(sum(g, (x) => x.allocated) / requests).padStart(12),
          kb(sum(scav, (x) => x.survived) / requests).padStart(9),
          kb(sum(g, (x) => x.promoted) / requests).padStart(9),
          kb(kept).padStart(5),
          "            │",
          (g.length ? (g[g.length - 1] as Gc).sizeAfter / 2 ** 20 : 0).toFixed(0).padStart(13),
          "│",
          `${median(scav.map((x) => x.pause)).toFixed(1)}/${Math.max(0, ...scav.map((x) => x.pause)).toFixed(1)}, ${Math.max(0, ...major.map((x) => x.pause)).toFixed(1)}`.padStart(
            47,
          ),
          "│",
          cpuMs.toFixed(3).padStart(10),
        ].join(" "),
      );
    }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await sink.close();
  rmSync(dir, { recursive: true, force: true });
}
