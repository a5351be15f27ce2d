/**
 * Server CPU per command, two versions of Factdesk side by side: each its own server process
 * (bench/slack-server.ts of each tree, on its own copy of the store), with the bare app that
 * acks and replies beside them, loaded in turn with short batches of the same commands, many
 * times over, so that a machine whose load swings from second to second weighs on every side
 * alike. Prints, per side, the median CPU per command and the median of its per-round ratios
 * to the bare app's (and to the first tree's), with their quartiles.
 *
 *   node --import tsx bench/cpu-ab.ts <tree A> <tree B> [--store bundled|100k] [--command /factcheck]
 *     [--concurrency 1] [--batch 200] [--rounds 30] [--warmup 1500]
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { flag } from "./flags.ts";
import { generateStore } from "./generate.ts";
import { commandRequests, runLoad, startSink } from "./slack-load.ts";
import { BENCH_SECRET } from "./slack-server.ts";
import { median, percentile } from "./stats.ts";

const [treeA, treeB] = process.argv.slice(2, 4) as [string, string];
const store = flag("--store", "bundled");
const command = flag("--command", "/factcheck");
const concurrency = Number(flag("--concurrency", "1"));
const batch = Number(flag("--batch", "200"));
const rounds = Number(flag("--rounds", "30"));
const warmup = Number(flag("--warmup", "1500"));

const sink = await startSink();
const dirs: string[] = [];
const archive =
  store === "bundled" ? null : JSON.stringify(generateStore(Number(store.replace(/k$/, "000"))));

interface Side {
  name: string;
  child: ChildProcess;
  url: string;
}

async function spawn(name: string, tree: string, kind: string): Promise<Side> {
  const dir = mkdtempSync(path.join(tmpdir(), "factdesk-cpu-ab-"));
  dirs.push(dir);
  if (archive && kind === "factdesk") writeFileSync(path.join(dir, "live.json"), archive);
  const child = fork(
    path.join(tree, "bench", "slack-server.ts"),
    [kind, dir, `${sink.origin}/api/`],
    {
      cwd: tree,
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    },
  );
  const port = await ask<number>(child, null, (m) => m.port as number | undefined);
  return { name, child, url: `http://127.0.0.1:${port}/slack/events` };
}

function ask<T>(
  child: ChildProcess,
  what: string | null,
  pick: (m: Record<string, unknown>) => T | undefined,
) {
  return new Promise<T>((resolve) => {
    const on = (m: Record<string, unknown>) => {
      const v = pick(m);
      if (v === undefined) return;
      child.off("message", on);
      resolve(v);
    };
    child.on("message", on);
    if (what) child.send(what);
  });
}

const cpu = async (s: Side) => {
  const c = await ask(s.child, "cpu", (m) => m.cpu as { user: number; system: number } | undefined);
  return (c.user + c.system) / 1000;
};
const load = (s: Side, n: number, c: number) =>
  runLoad({
    url: s.url,
    secret: BENCH_SECRET,
    requests: n,
    concurrency: c,
    command: commandRequests(command),
    sink,
    awaitReplies: true,
    validReply: () => true,
    deadlineMs: 120_000,
  });

const sides = [
  await spawn("bare", treeA, "bare-respond"),
  await spawn("A", treeA, "factdesk"),
  await spawn("B", treeB, "factdesk"),
];
const perCmd: Record<string, number[]> = { bare: [], A: [], B: [] };
const rps: Record<string, number[]> = { bare: [], A: [], B: [] };
const p99: Record<string, number[]> = { bare: [], A: [], B: [] };
try {
  for (const s of sides) {
    await load(s, 3, 1);
    await load(s, warmup, 10);
  }
  for (let r = 0; r < rounds; r++) {
    // A different order each round.
    const order = r % 3 === 0 ? [0, 1, 2] : r % 3 === 1 ? [2, 0, 1] : [1, 2, 0];
    for (const i of r % 2 ? order.reverse() : order) {
      const s = sides[i] as Side;
      await ask(s.child, "settle", (m) => (m.settled ? true : undefined));
      const c0 = await cpu(s);
      const res = await load(s, batch, concurrency);
      await ask(s.child, "settle", (m) => (m.settled ? true : undefined));
      (perCmd[s.name] as number[]).push(((await cpu(s)) - c0) / batch);
      (rps[s.name] as number[]).push(res.replies.length / (res.wallMs / 1000));
      (p99[s.name] as number[]).push(percentile(res.acks, 99));
    }
  }
} finally {
  for (const s of sides) s.child.disconnect();
  await sink.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
const q = (xs: number[]) =>
  `${median(xs).toFixed(3)} (${percentile(xs, 25).toFixed(3)}–${percentile(xs, 75).toFixed(3)})`;
const ratio = (a: number[], b: number[]) => a.map((x, i) => x / (b[i] as number));
console.log(
  `${command} ${store} c=${concurrency}: ${rounds} rounds of ${batch}; A ${treeA}, B ${treeB}`,
);
for (const name of ["bare", "A", "B"]) {
  const c = perCmd[name] as number[];
  console.log(
    `${name.padEnd(5)} CPU ms/cmd ${q(c)} · ×bare ${q(ratio(c, perCmd.bare as number[]))} · cmds/s ×bare ${q(ratio(rps[name] as number[], rps.bare as number[]))} · p99 ×bare ${q(ratio(p99[name] as number[], p99.bare as number[]))}`,
  );
}
console.log(`B/A CPU ${q(ratio(perCmd.B as number[], perCmd.A as number[]))}`);
