/**
 * The two receivers the Slack round-trip bench compares, each on 127.0.0.1 at an ephemeral
 * port: Factdesk's own app (createApp over a Desk on a temp copy of the bundled store), and a
 * bare Bolt app with the same receiver whose command handler only acks.
 *
 * Run directly, it starts one of them in this process and reports {"port":N} (over IPC when
 * spawned with a channel, else on stdout), so the bench can load it from another process
 * (Slack is another party; its load generator should not share the server's CPU). Over IPC it
 * also answers "cpu" with its CPU time, and "settle" once its background work is done. It stops when the channel (or standard input) closes.
 *
 *   node --import tsx bench/slack-server.ts factdesk|bare <dir> <api-url>
 */

import type { Server } from "node:http";
import { Session } from "node:inspector/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { App, HTTPReceiver, type Logger } from "@slack/bolt";
import { type OpenedDesk, openDesk } from "../src/app/desk.ts";
import type { HttpConfig } from "../src/config.ts";
import { createApp, EVENTS_PATH } from "../src/slack/app.ts";
import { createLogger } from "../src/slack/logger.ts";

export const BENCH_SECRET = "0123456789abcdef0123456789abcdef";
const BOT = { botId: "B0BOT", botUserId: "U0BOT" };

/** "bare-respond": the bare app that also posts a fixed one-line reply to response_url. */
export type ServerKind = "factdesk" | "bare" | "bare-respond";

export interface RunningServer {
  url: string;
  /** Resolves once work left after the replies (the store writes /factcheck queues) is done. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

async function listen(app: App, settle = async () => {}): Promise<RunningServer> {
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as Server;
  // bench/slack-tail.ts: how long each request took inside this process, from its arrival to
  // the end of its HTTP response (the ack), when asked for (FACTDESK_BENCH_GC=1).
  if (process.env.FACTDESK_BENCH_GC === "1")
    server.prependListener("request", (_req, res) => {
      const t0 = performance.now();
      res.once("finish", () => inServer.push(performance.now() - t0));
    });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${EVENTS_PATH}`,
    settle,
    stop: async () => {
      await app.stop();
    },
  };
}

/** Factdesk as `factdesk start` runs it in HTTP mode, over a live store at `dir`/live.json. */
export async function startFactdeskServer(
  dir: string,
  apiUrl: string,
  options: { logger?: Logger; desk?: OpenedDesk } = {},
): Promise<RunningServer> {
  const file = path.join(dir, "live.json");
  const desk = options.desk ?? (await openDesk({ file }));
  const config: HttpConfig = {
    mode: "http",
    botToken: "xoxb-bench-token",
    signingSecret: BENCH_SECRET,
    port: 0,
    slackApiUrl: apiUrl,
    db: file,
    logLevel: "error",
    // A load run is one user sending everything: the per-user limits would be what it measures.
    limits: { reportsPerMinute: 1_000_000, factchecksPerMinute: 1_000_000 },
  };
  // Requests whose handling has not finished: a /factcheck records its run after its reply
  // has reached response_url, so the load can see every reply before the last run is queued.
  // Counted around the whole handling (createApp's `around`): a middleware added with app.use()
  // runs after the router, which never goes on past a command it answers, so it counted none.
  let inFlight = 0;
  const app = createApp({
    config,
    desk,
    logger: options.logger ?? createLogger("error"),
    bot: BOT,
    clientOptions: { retryConfig: { retries: 0 } },
    around: async ({ next }) => {
      inFlight++;
      try {
        await next();
      } finally {
        inFlight--;
      }
    },
  });
  // Then the write queue, which runs in order: a no-op change resolves once every write before
  // it has. It declares that it touches nothing: an undeclared change may touch anything, so it
  // would rewrite the whole store file and drop the analysed store, and the next run would pay
  // for both (at 100k facts a 46 MB write and a 1.5 s re-analysis after every run).
  return listen(app, async () => {
    while (inFlight > 0) await new Promise((r) => setTimeout(r, 2));
    await desk.store.update(() => undefined, []);
  });
}

/** The same receiver and logger, and a command handler that only acks. */
export async function startBareServer(apiUrl: string, respond = false): Promise<RunningServer> {
  const logger = createLogger("error");
  const app = new App({
    token: "xoxb-bench-token",
    receiver: new HTTPReceiver({
      signingSecret: BENCH_SECRET,
      endpoints: EVENTS_PATH,
      processBeforeResponse: false,
      logger,
    }),
    logger,
    clientOptions: { slackApiUrl: apiUrl, retryConfig: { retries: 0 } },
    ...BOT,
  });
  app.command(/.*/, async ({ ack, respond: reply }) => {
    await ack();
    if (respond) await reply({ response_type: "ephemeral", text: "ok" });
  });
  return listen(app);
}

let session: Session | null = null;

async function profileStart(): Promise<void> {
  session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
}

async function profileStop(): Promise<unknown> {
  const { profile } = await (session as Session).post("Profiler.stop");
  (session as Session).disconnect();
  return profile;
}

/**
 * Garbage-collection pauses of this process (epoch ms at start, ms long, V8's kind) since the
 * last "gc" request, for bench/slack-tail.ts to set beside the slowest acks. Only when asked
 * for (FACTDESK_BENCH_GC=1), so the table's servers run without an observer.
 */
const gcPauses: { at: number; ms: number; kind: number }[] = [];
const gcSince = () => gcPauses.splice(0);
/** Milliseconds from each request's arrival to its ack, since the last "in-server" request. */
const inServer: number[] = [];

if (process.argv[1] === import.meta.filename) {
  if (process.env.FACTDESK_BENCH_GC === "1")
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        gcPauses.push({
          at: performance.timeOrigin + e.startTime,
          ms: e.duration,
          kind: (e as { detail?: { kind?: number } }).detail?.kind ?? 0,
        });
    }).observe({ entryTypes: ["gc"] });
  const [kind, dir, apiUrl] = process.argv.slice(2) as [ServerKind, string, string];
  const running =
    kind === "factdesk"
      ? await startFactdeskServer(dir, apiUrl)
      : await startBareServer(apiUrl, kind === "bare-respond");
  const stop = () => void running.stop().finally(() => process.exit(0));
  if (process.send) {
    // Spawned with an IPC channel: the port goes there, and "cpu" asks for this process's CPU time.
    process.on("message", (m) => {
      if (m === "cpu") process.send?.({ cpu: process.cpuUsage() });
      if (m === "gc") process.send?.({ gc: gcSince() });
      if (m === "in-server") process.send?.({ inServer: inServer.splice(0) });
      // bench/slack-gc.ts: the heap a full collection leaves (with --expose-gc), so that what
      // each command keeps for good can be told from what it only allocates.
      if (m === "heap") {
        (globalThis as { gc?: () => void }).gc?.();
        process.send?.({ heap: process.memoryUsage().heapUsed });
      }
      if (m === "settle") void running.settle().then(() => process.send?.({ settled: true }));
      // bench/profile-slack.ts: V8's sampler over the timed commands only.
      if (m === "profile-start")
        void profileStart().then(() => process.send?.({ profiling: true }));
      if (m === "profile-stop") void profileStop().then((profile) => process.send?.({ profile }));
    });
    process.on("disconnect", stop);
    process.send({ port: Number(new URL(running.url).port) });
  } else {
    process.stdout.write(`${JSON.stringify({ port: Number(new URL(running.url).port) })}\n`);
    process.stdin.resume();
    process.stdin.on("end", stop);
  }
}
