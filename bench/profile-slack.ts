/**
 * Where a Factdesk server's CPU goes per slash command, under the round-trip bench's load:
 * the server in its own process (bench/slack-server.ts, as section 1 runs it), warmed up, then
 * V8's sampling profiler started over the inspector for the timed commands only, so neither
 * start-up, the archive's first analysis nor the JIT's warm-up is in the profile. Prints the
 * top functions by self time and by total time (per command, in µs of samples: wall-clock
 * samples of the main thread, so upper bounds on a loaded machine), and the server's CPU time
 * per command over the same commands. Writes the .cpuprofile beside it for a closer look.
 *
 *   node --import tsx bench/profile-slack.ts [--kind factdesk|bare-respond] [--store bundled|100k] [--command /factcheck]
 *     [--concurrency 1] [--requests 3000] [--warmup 1500] [--out file.cpuprofile] [--top 40]
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { flag } from "./flags.ts";
import { generateStore } from "./generate.ts";
import { commandRequests, runLoad, startSink } from "./slack-load.ts";
import { BENCH_SECRET } from "./slack-server.ts";

const kind = flag("--kind", "factdesk");
const store = flag("--store", "bundled");
const command = flag("--command", "/factcheck");
const concurrency = Number(flag("--concurrency", "1"));
const requests = Number(flag("--requests", "3000"));
const warmup = Number(flag("--warmup", "1500"));
const top = Number(flag("--top", "40"));
const out = flag("--out", path.join(tmpdir(), `${kind}-${command.slice(1)}-${store}.cpuprofile`));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const dir = mkdtempSync(path.join(tmpdir(), "factdesk-profile-"));
const sink = await startSink();
if (store !== "bundled")
  writeFileSync(
    path.join(dir, "live.json"),
    JSON.stringify(generateStore(Number(store.replace(/k$/, "000")))),
  );
const child: ChildProcess = fork(
  path.join(import.meta.dirname, "slack-server.ts"),
  [kind, dir, `${sink.origin}/api/`],
  { execArgv: ["--import", "tsx"], stdio: ["ignore", "ignore", "inherit", "ipc"] },
);
const message = <T>(pick: (m: Record<string, unknown>) => T | undefined) =>
  new Promise<T>((resolve) => {
    const on = (m: Record<string, unknown>) => {
      const v = pick(m);
      if (v === undefined) return;
      child.off("message", on);
      resolve(v);
    };
    child.on("message", on);
  });
const port = await message((m) => m.port as number | undefined);
const url = `http://127.0.0.1:${port}/slack/events`;
const load = (n: number, c: number) =>
  runLoad({
    url,
    secret: BENCH_SECRET,
    requests: n,
    concurrency: c,
    command: commandRequests(command),
    sink,
    awaitReplies: true,
    validReply: () => true,
    deadlineMs: 120_000,
  });
const ask = async <T>(what: string, pick: (m: Record<string, unknown>) => T | undefined) => {
  const reply = message(pick);
  child.send(what);
  return reply;
};
const cpu = async () => {
  const c = await ask("cpu", (m) => m.cpu as { user: number; system: number } | undefined);
  return (c.user + c.system) / 1000;
};
try {
  await load(3, 1);
  await load(warmup, 10);
  await load(300, concurrency);
  await ask("settle", (m) => (m.settled ? true : undefined));
  await ask("profile-start", (m) => (m.profiling ? true : undefined));
  const cpu0 = await cpu();
  const r = await load(requests, concurrency);
  await ask("settle", (m) => (m.settled ? true : undefined));
  const cpuMs = ((await cpu()) - cpu0) / requests;
  const profile = await ask("profile-stop", (m) => m.profile as Profile | undefined);
  writeFileSync(out, JSON.stringify(profile));
  console.log(
    `${kind} ${command} ${store} c=${concurrency}: ${requests} commands, server CPU ${cpuMs.toFixed(3)} ms a command, ${(r.replies.length / (r.wallMs / 1000)).toFixed(0)} cmds/s; profile ${out}`,
  );
  report(profile, requests);
} finally {
  child.disconnect();
  await sink.close();
  rmSync(dir, { recursive: true, force: true });
}

function report(p: Profile, n: number): void {
  const byId = new Map(p.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of p.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const name = (node: ProfileNode) => {
    const f = node.callFrame;
    const file = f.url.replace(/^.*\/node_modules\//, "~/").replace(/^.*\/wt-[^/]+\//, "");
    return `${f.functionName || "(anonymous)"} ${file}:${f.lineNumber + 1}`;
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, t] of self) {
    const node = byId.get(id) as ProfileNode;
    selfBy.set(name(node), (selfBy.get(name(node)) ?? 0) + t);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at) as ProfileNode);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + t);
    }
  }
  const all = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = [...self].filter(([id]) => byId.get(id)?.callFrame.functionName === "(idle)");
  const idleUs = idle.reduce((a, [, t]) => a + t, 0);
  console.log(
    `samples ${(all / n).toFixed(1)} µs a command, of which idle ${(idleUs / n).toFixed(1)}, busy ${((all - idleUs) / n).toFixed(1)}`,
  );
  const list = (title: string, m: Map<string, number>) => {
    console.log(`\n${title} (µs a command)`);
    for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
      if (!k.startsWith("(idle)") && !k.startsWith("(root)"))
        console.log(`${(t / n).toFixed(1).padStart(8)}  ${k}`);
  };
  list("self", selfBy);
  list("total", totalBy);
}
