/**
 * Slack round trip: signed slash-command requests over loopback into the real Bolt HTTP
 * receiver of Factdesk, at several concurrencies, for /swap, /totals and /factcheck, on the
 * bundled store and on a generated 100,000-fact archive; the same load, in the same run,
 * against the fair baseline of issue 15: a bare Bolt app with the same receiver whose command
 * handler acks and posts a one-line reply to response_url, as Factdesk answers. Each server
 * runs in its own process; this process plays Slack (the load, and a local response_url sink).
 *
 * - ack latency: from sending the request to its HTTP response.
 * - cmds/s: a command is done when its reply has reached response_url.
 * - CPU ms: the server process's CPU time per command (user + system), which other work on
 *   the machine disturbs far less than latency; it includes the work a command leaves behind
 *   after its reply (the run /factcheck records in the store).
 * Each figure is the median of `reps` runs, alternating which server goes first.
 *
 * A third server, the bare app that only acks, is measured at one concurrency to show what
 * the reply itself costs.
 *
 *   node --import tsx bench/slack.ts [--quick] [--profile] [--no-archive] [--requests N] [--reps N]
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateStore } from "./generate.ts";
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
  /** The store Factdesk answered from: "bundled", or "100k" for the generated archive. */
  store: string;
  concurrency: number;
  requests: number;
  factdesk: Figures;
  /** The fair baseline: the bare app that acks and posts a one-line reply to response_url. */
  baseline: Figures;
  /** Factdesk's time from send to the reply at response_url. */
  reply: { p50: number; p99: number };
  /** Factdesk against the baseline. */
  throughputRatio: number;
  p99Ratio: number;
  /** The bare app that only acks, where measured. */
  bareAck: Figures | null;
}

export interface SlackBenchOptions {
  requests?: number;
  concurrencies?: readonly number[];
  commands?: readonly string[];
  reps?: number;
  /** The concurrency at which the bare app that only acks is measured (null: never). */
  referenceConcurrency?: number | null;
  /** Facts in the generated archive Factdesk is also measured on (null: not measured). */
  archiveFacts?: number | null;
  /** Write a CPU profile of the Factdesk server process into this folder. */
  profileDir?: string;
}

interface Server {
  kind: ServerKind;
  /** For Factdesk, the store it answers from. */
  store: string;
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
  store = "bundled",
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
    store,
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

/** "100k" for 100,000 facts. */
const storeName = (facts: number) => (facts % 1000 === 0 ? `${facts / 1000}k` : String(facts));

export async function benchSlack(options: SlackBenchOptions = {}): Promise<SlackRow[]> {
  const requests = options.requests ?? 1_000;
  const concurrencies = options.concurrencies ?? [1, 10, 50];
  const commands = options.commands ?? ["/swap", "/totals", "/factcheck"];
  const reps = options.reps ?? 3;
  const reference = options.referenceConcurrency === undefined ? 10 : options.referenceConcurrency;
  const archiveFacts = options.archiveFacts === undefined ? 100_000 : options.archiveFacts;
  const dir = mkdtempSync(path.join(tmpdir(), "factdesk-slack-bench-"));
  const sink: Sink = await startSink();
  const apiUrl = `${sink.origin}/api/`;
  const profile = options.profileDir ? ["--cpu-prof", "--cpu-prof-dir", options.profileDir] : [];
  const servers = await Promise.all([
    spawnServer("factdesk", dir, apiUrl, profile),
    spawnServer("bare", dir, apiUrl),
    spawnServer("bare-respond", dir, apiUrl),
  ]);
  const [factdesk, bare, baseline] = servers as [Server, Server, Server];
  const stores = [factdesk];
  if (archiveFacts) {
    // The archive in a folder of its own: the server opens <dir>/live.json as its live store.
    const folder = mkdtempSync(path.join(dir, "archive-"));
    writeFileSync(path.join(folder, "live.json"), JSON.stringify(generateStore(archiveFacts)));
    const archived = await spawnServer("factdesk", folder, apiUrl, [], storeName(archiveFacts));
    servers.push(archived);
    stores.push(archived);
  }

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
    // Warm every server up (JIT, sockets, the desk's analysed store) before anything is timed:
    // first one command at a time, so the archive's first analysis (over a second at 100k
    // facts) is not met by a burst Bolt would give up on after 3 s.
    for (const server of servers)
      for (const command of commands) {
        await run(server, command, 1, 3);
        await run(server, command, 10, 400);
      }
    for (const store of stores) {
      for (const command of commands) {
        for (const concurrency of concurrencies) {
          const f: Figures[] = [];
          const b: Figures[] = [];
          const ack: Figures[] = [];
          const replies: number[][] = [];
          // Factdesk and its baseline in every row; the bare app that only acks once, beside
          // the bundled store's rows at the reference concurrency.
          const order =
            concurrency === reference && store === factdesk
              ? [baseline, store, bare]
              : [baseline, store];
          for (let rep = 0; rep < reps; rep++) {
            // Rotate which goes first, so none always gets the warmer (or busier) machine.
            for (let j = 0; j < order.length; j++) {
              const server = order[(rep + j) % order.length] as Server;
              const r = await run(server, command, concurrency, requests);
              if (server === store) {
                f.push(r.figures);
                replies.push(r.replies);
              } else if (server === baseline) b.push(r.figures);
              else ack.push(r.figures);
            }
          }
          const fm = medianOf(f);
          const bm = medianOf(b);
          rows.push({
            command,
            store: store.store,
            concurrency,
            requests,
            factdesk: fm,
            baseline: bm,
            reply: {
              p50: median(replies.map((r) => percentile(r, 50))),
              p99: median(replies.map((r) => percentile(r, 99))),
            },
            throughputRatio: fm.rps / bm.rps,
            p99Ratio: fm.p99 / bm.p99,
            bareAck: ack.length ? medianOf(ack) : null,
          });
        }
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
    "command    store    conc  reqs │ Factdesk ack p50/p99 ms cmds/s CPU ms │ bare ack+reply p50/p99 ms cmds/s CPU ms │ cmds/s ×base p99 ×base │ reply p50/p99 ms errors",
  ];
  for (const r of rows) {
    lines.push(
      [
        r.command.padEnd(10),
        r.store.padEnd(7),
        String(r.concurrency).padStart(4),
        String(r.requests).padStart(5),
        "│",
        `${ms(r.factdesk.p50)}/${ms(r.factdesk.p99)}`.padStart(23),
        r.factdesk.rps.toFixed(0).padStart(6),
        r.factdesk.cpuMs.toFixed(3).padStart(6),
        "│",
        `${ms(r.baseline.p50)}/${ms(r.baseline.p99)}`.padStart(25),
        r.baseline.rps.toFixed(0).padStart(6),
        r.baseline.cpuMs.toFixed(3).padStart(6),
        "│",
        `×${r.throughputRatio.toFixed(2)}`.padStart(12),
        `×${r.p99Ratio.toFixed(2)}`.padStart(9),
        "│",
        `${ms(r.reply.p50)}/${ms(r.reply.p99)}`.padStart(16),
        String(r.factdesk.errors + r.baseline.errors).padStart(6),
        meetsTargets(r) ? " meets" : ` misses ${misses(r)}`,
      ].join(" "),
    );
  }
  const met = rows.filter(meetsTargets);
  lines.push(
    `targets (against the bare app that acks and posts a one-line reply: Factdesk cmds/s ≥ ×${TARGETS.throughputRatio}, ack p99 ≤ ×${TARGETS.p99Ratio}, no errors): met in ${met.length} of ${rows.length} rows`,
  );
  const refs = rows.filter((r) => r.bareAck);
  if (refs.length) {
    lines.push(
      `server CPU per command at concurrency ${refs[0]?.concurrency} (bundled store), with the bare app that only acks: what the reply itself costs`,
    );
    for (const r of refs) {
      const a = r.bareAck as Figures;
      lines.push(
        `  ${r.command.padEnd(10)} bare ack ${a.cpuMs.toFixed(3)} ms · bare ack + reply ${r.baseline.cpuMs.toFixed(3)} ms · Factdesk ${r.factdesk.cpuMs.toFixed(3)} ms (×${(r.factdesk.cpuMs / r.baseline.cpuMs).toFixed(2)} the baseline) │ bare ack cmds/s ${a.rps.toFixed(0)}, ack p99 ${ms(a.p99)} ms`,
      );
    }
  }
  return lines.join("\n");
}

/** Which target a row misses: "cmds/s", "p99", "errors". */
function misses(r: SlackRow): string {
  const out: string[] = [];
  if (r.throughputRatio < TARGETS.throughputRatio) out.push("cmds/s");
  if (r.p99Ratio > TARGETS.p99Ratio) out.push("p99");
  if (r.factdesk.errors > 0) out.push("errors");
  return out.join(", ");
}

if (process.argv[1] === import.meta.filename) {
  const quick = process.argv.includes("--quick");
  const archiveFacts = process.argv.includes("--no-archive") ? null : undefined;
  const profileDir = process.argv.includes("--profile")
    ? mkdtempSync(path.join(tmpdir(), "factdesk-profile-"))
    : undefined;
  const flag = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const rows = await benchSlack({
    requests: flag("--requests") ?? (quick ? 300 : 1_000),
    reps: flag("--reps") ?? (quick ? 1 : 3),
    profileDir,
    archiveFacts,
  });
  console.log(formatSlack(rows));
  if (profileDir) console.log(`CPU profile of the Factdesk server: ${profileDir}`);
}
