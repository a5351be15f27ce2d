/**
 * Slack round trip: signed slash-command requests over loopback into the real Bolt HTTP
 * receiver of Factdesk, at several concurrencies, for /swap, /totals and /factcheck; the same
 * load, in the same run, against a bare Bolt app whose handler only acks. Each server runs in
 * its own process; this process plays Slack (the load, and a local response_url sink).
 *
 * - ack latency: from sending the request to its HTTP response.
 * - cmds/s: for Factdesk a command is done when its reply has reached response_url; the bare
 *   app only acks, so its last ack ends its run.
 * - CPU ms: the server process's CPU time per command (user + system), which other work on
 *   the machine disturbs far less than latency; it includes the work a command leaves behind
 *   after its reply (the run /factcheck records in the store).
 * Each figure is the median of `reps` runs, alternating which server goes first.
 *
 * A third server, the bare app that also posts a one-line reply to response_url, is measured
 * at one concurrency to show what answering through response_url costs by itself.
 *
 *   node --import tsx bench/slack.ts [--quick] [--profile]
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type LoadResult, runLoad, type Sink, startSink } from "./slack-load.ts";
import { BENCH_SECRET, type ServerKind } from "./slack-server.ts";
import { median, ms, percentile } from "./stats.ts";

export const TARGETS = { throughputRatio: 0.8, p99Ratio: 1.25 } as const;

/** What each command is asked: /swap rotates through dates, names and an unknown exchange. */
const TEXTS: Record<string, readonly string[]> = {
  "/swap": ["may-24", "latest", "istanbul", "2025-05-23", "march 5", "no such exchange"],
  "/totals": [""],
  "/factcheck": [
    "Russia and Ukraine each released 390 prisoners on May 23, 2025, in the first wave.",
  ],
};

export interface Figures {
  p50: number;
  p99: number;
  /** Commands per second. */
  rps: number;
  /** Server CPU milliseconds per command. */
  cpuMs: number;
  errors: number;
}

export interface SlackRow {
  command: string;
  concurrency: number;
  requests: number;
  factdesk: Figures;
  bare: Figures;
  /** Factdesk's time from send to the reply at response_url. */
  reply: { p50: number; p99: number };
  throughputRatio: number;
  p99Ratio: number;
  /** The bare app that also posts a one-line reply, where measured. */
  bareRespond: Figures | null;
}

export interface SlackBenchOptions {
  requests?: number;
  concurrencies?: readonly number[];
  commands?: readonly string[];
  reps?: number;
  /** The concurrency at which the bare app that also replies is measured (null: never). */
  referenceConcurrency?: number | null;
  /** Write a CPU profile of the Factdesk server process into this folder. */
  profileDir?: string;
}

interface Server {
  kind: ServerKind;
  url: string;
  /** CPU milliseconds used so far. */
  cpu(): Promise<number>;
  /** Resolves once the server's work left after the replies is done. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

async function spawnServer(
  kind: ServerKind,
  dir: string,
  apiUrl: string,
  nodeArgs: string[] = [],
): Promise<Server> {
  const child: ChildProcess = fork(
    path.join(import.meta.dirname, "slack-server.ts"),
    [kind, dir, apiUrl],
    { execArgv: [...nodeArgs, "--import", "tsx"], stdio: ["ignore", "ignore", "inherit", "ipc"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const message = <T>(pick: (m: Record<string, unknown>) => T | undefined) =>
    new Promise<T>((resolve, reject) => {
      const on = (m: Record<string, unknown>) => {
        const v = pick(m);
        if (v === undefined) return;
        child.off("message", on);
        child.off("exit", gone);
        resolve(v);
      };
      const gone = (code: number | null) => reject(new Error(`${kind} server exited (${code})`));
      child.on("message", on);
      child.once("exit", gone);
    });
  const port = await message((m) => m.port as number | undefined);
  return {
    kind,
    url: `http://127.0.0.1:${port}/slack/events`,
    cpu: async () => {
      const reply = message((m) => m.cpu as { user: number; system: number } | undefined);
      child.send("cpu");
      const { user, system } = await reply;
      return (user + system) / 1000;
    },
    settle: async () => {
      const done = message((m) => (m.settled ? true : undefined));
      child.send("settle");
      await done;
    },
    stop: async () => {
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const isReply = (body: string) => {
  try {
    const r = JSON.parse(body) as { response_type?: string; blocks?: unknown[]; text?: string };
    return r.response_type === "ephemeral" && (Array.isArray(r.blocks) || Boolean(r.text));
  } catch {
    return false;
  }
};

const medianOf = (xs: Figures[]): Figures => ({
  p50: median(xs.map((x) => x.p50)),
  p99: median(xs.map((x) => x.p99)),
  rps: median(xs.map((x) => x.rps)),
  cpuMs: median(xs.map((x) => x.cpuMs)),
  errors: xs.reduce((n, x) => n + x.errors, 0),
});

export async function benchSlack(options: SlackBenchOptions = {}): Promise<SlackRow[]> {
  const requests = options.requests ?? 1_000;
  const concurrencies = options.concurrencies ?? [1, 10, 50];
  const commands = options.commands ?? ["/swap", "/totals", "/factcheck"];
  const reps = options.reps ?? 3;
  const reference = options.referenceConcurrency === undefined ? 10 : options.referenceConcurrency;
  const dir = mkdtempSync(path.join(tmpdir(), "factdesk-slack-bench-"));
  const sink: Sink = await startSink();
  const apiUrl = `${sink.origin}/api/`;
  const profile = options.profileDir ? ["--cpu-prof", "--cpu-prof-dir", options.profileDir] : [];
  const servers = await Promise.all([
    spawnServer("factdesk", dir, apiUrl, profile),
    spawnServer("bare", dir, apiUrl),
    spawnServer("bare-respond", dir, apiUrl),
  ]);
  const [factdesk, bare, bareRespond] = servers as [Server, Server, Server];

  /** One run: `n` commands at `concurrency`, with the server's CPU time over the run. */
  const run = async (server: Server, command: string, concurrency: number, n: number) => {
    const replies = server.kind !== "bare";
    const cpu0 = await server.cpu();
    const r: LoadResult = await runLoad({
      url: server.url,
      secret: BENCH_SECRET,
      requests: n,
      concurrency,
      command: (i) => {
        const texts = TEXTS[command] ?? [""];
        return { command, text: texts[i % texts.length] as string };
      },
      sink,
      awaitReplies: replies,
      validReply: isReply,
      deadlineMs: 120_000,
    });
    // Work the commands left behind (the runs /factcheck records) is theirs: count its CPU
    // here, not in the next run. The throughput above stops at the last reply.
    await server.settle();
    const cpuMs = ((await server.cpu()) - cpu0) / n;
    const done = replies ? r.replies.length : r.acks.length;
    const figures: Figures = {
      p50: percentile(r.acks, 50),
      p99: percentile(r.acks, 99),
      rps: done / (r.wallMs / 1000),
      cpuMs,
      errors: r.errors + (replies ? r.replyErrors : 0),
    };
    if (figures.errors > 0)
      process.stderr.write(`${server.kind} ${command}: ${r.examples.join("; ")}\n`);
    return { figures, replies: r.replies };
  };

  const rows: SlackRow[] = [];
  try {
    // Warm every server up (JIT, sockets, the desk's analysed store) before anything is timed.
    for (const server of servers)
      for (const command of commands) await run(server, command, 10, 400);
    for (const command of commands) {
      for (const concurrency of concurrencies) {
        const f: Figures[] = [];
        const b: Figures[] = [];
        const br: Figures[] = [];
        const replies: number[][] = [];
        const order = concurrency === reference ? [bare, factdesk, bareRespond] : [bare, factdesk];
        for (let rep = 0; rep < reps; rep++) {
          // Rotate which goes first, so none always gets the warmer (or busier) machine.
          for (let j = 0; j < order.length; j++) {
            const server = order[(rep + j) % order.length] as Server;
            const r = await run(server, command, concurrency, requests);
            if (server === factdesk) {
              f.push(r.figures);
              replies.push(r.replies);
            } else if (server === bare) b.push(r.figures);
            else br.push(r.figures);
          }
        }
        const fm = medianOf(f);
        const bm = medianOf(b);
        rows.push({
          command,
          concurrency,
          requests,
          factdesk: fm,
          bare: bm,
          reply: {
            p50: median(replies.map((r) => percentile(r, 50))),
            p99: median(replies.map((r) => percentile(r, 99))),
          },
          throughputRatio: fm.rps / bm.rps,
          p99Ratio: fm.p99 / bm.p99,
          bareRespond: br.length ? medianOf(br) : null,
        });
      }
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export const meetsTargets = (r: SlackRow) =>
  r.throughputRatio >= TARGETS.throughputRatio &&
  r.p99Ratio <= TARGETS.p99Ratio &&
  r.factdesk.errors === 0;

export function formatSlack(rows: readonly SlackRow[]): string {
  const lines = [
    "command    conc  reqs │ Factdesk ack p50/p99 ms cmds/s CPU ms │ bare ack p50/p99 ms cmds/s CPU ms │ cmds/s ×bare p99 ×bare │ reply p50/p99 ms errors",
  ];
  for (const r of rows) {
    lines.push(
      [
        r.command.padEnd(10),
        String(r.concurrency).padStart(4),
        String(r.requests).padStart(5),
        "│",
        `${ms(r.factdesk.p50)}/${ms(r.factdesk.p99)}`.padStart(23),
        r.factdesk.rps.toFixed(0).padStart(6),
        r.factdesk.cpuMs.toFixed(3).padStart(6),
        "│",
        `${ms(r.bare.p50)}/${ms(r.bare.p99)}`.padStart(19),
        r.bare.rps.toFixed(0).padStart(6),
        r.bare.cpuMs.toFixed(3).padStart(6),
        "│",
        `×${r.throughputRatio.toFixed(2)}`.padStart(12),
        `×${r.p99Ratio.toFixed(2)}`.padStart(9),
        "│",
        `${ms(r.reply.p50)}/${ms(r.reply.p99)}`.padStart(16),
        String(r.factdesk.errors + r.bare.errors).padStart(6),
        meetsTargets(r) ? "" : " misses",
      ].join(" "),
    );
  }
  const met = rows.filter(meetsTargets).length;
  lines.push(
    `targets (Factdesk cmds/s ≥ ×${TARGETS.throughputRatio} bare, ack p99 ≤ ×${TARGETS.p99Ratio} bare, no errors): met in ${met} of ${rows.length} rows`,
  );
  const refs = rows.filter((r) => r.bareRespond);
  if (refs.length) {
    lines.push(
      `what answering through response_url costs by itself (concurrency ${refs[0]?.concurrency}): the bare app that also posts a one-line reply`,
    );
    for (const r of refs) {
      const br = r.bareRespond as Figures;
      lines.push(
        `  ${r.command.padEnd(10)} server CPU per command: bare ack ${r.bare.cpuMs.toFixed(3)} ms · bare ack + reply ${br.cpuMs.toFixed(3)} ms · Factdesk ${r.factdesk.cpuMs.toFixed(3)} ms │ Factdesk vs bare ack + reply: cmds/s ×${(r.factdesk.rps / br.rps).toFixed(2)}, ack p99 ×${(r.factdesk.p99 / br.p99).toFixed(2)}`,
      );
    }
  }
  return lines.join("\n");
}

if (process.argv[1] === import.meta.filename) {
  const quick = process.argv.includes("--quick");
  const profileDir = process.argv.includes("--profile")
    ? mkdtempSync(path.join(tmpdir(), "factdesk-profile-"))
    : undefined;
  const rows = await benchSlack(quick ? { requests: 300, reps: 1, profileDir } : { profileDir });
  console.log(formatSlack(rows));
  if (profileDir) console.log(`CPU profile of the Factdesk server: ${profileDir}`);
}
