// Load, bounded and on loopback only: 2,000 signed slash commands at concurrency 50 into the
// real Bolt HTTP receiver (createApp over a desk on a temp copy of the bundled store); every
// one acked inside Slack's 3 s with no error, and answered exactly once at its response_url.
//
// No nock here: its interceptors would triple the run time, and nothing needs faking. The
// response_urls and the app's Web API base URL all point at a local sink on 127.0.0.1, so no
// request can leave loopback; a Web API call the commands should not make gets an answer the
// client cannot parse, which the test sees as a logged error.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runLoad, type Sink, startSink } from "../../bench/slack-load.ts";
import { BENCH_SECRET, type RunningServer, startFactdeskServer } from "../../bench/slack-server.ts";
import { type OpenedDesk, openDesk } from "../../src/app/desk.ts";
import { checkLimits } from "../../src/render/blocks/index.ts";
import { createLogger } from "../../src/slack/logger.ts";
import { liveMarkup, textsOf } from "../slack/markup.ts";

const REQUESTS = 2_000;
const CONCURRENCY = 50;

const COMMANDS: readonly { command: string; text: string }[] = [
  { command: "/swap", text: "may-24" },
  { command: "/swap", text: "latest" },
  { command: "/swap", text: "<!channel> no such exchange &amp; more" },
  { command: "/totals", text: "" },
  { command: "/disputes", text: "" },
  { command: "/sources", text: "" },
  { command: "/factcheck", text: "Each side released 390 prisoners on May 23, 2025." },
  { command: "/swap", text: "help" },
];

let dir: string;
let desk: OpenedDesk;
let app: RunningServer;
let sink: Sink;
const logs: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "factdesk-load-"));
  sink = await startSink();
  desk = await openDesk({ file: path.join(dir, "live.json") });
  app = await startFactdeskServer(dir, `${sink.origin}/api/`, {
    desk,
    logger: createLogger("info", (line) => logs.push(line)),
  });
});

afterAll(async () => {
  // /factcheck records each run after answering: let the last writes finish first.
  await app?.settle();
  await app?.stop();
  await sink?.close();
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

/** A reply Slack would take: ephemeral, within Block Kit limits, no live mention. */
function problemsOf(body: string): string[] {
  const reply = JSON.parse(body) as {
    response_type?: string;
    text?: string;
    blocks?: Parameters<typeof checkLimits>[0];
  };
  const blocks = reply.blocks ?? [];
  return [
    ...(reply.response_type === "ephemeral" ? [] : [`response_type ${reply.response_type}`]),
    ...checkLimits(blocks, { text: reply.text }),
    ...liveMarkup(textsOf(blocks, reply.text)).map((t) => `live markup: ${t.slice(0, 80)}`),
  ];
}

it(`acks ${REQUESTS} commands at concurrency ${CONCURRENCY}, each inside 3 s, and answers each once`, async () => {
  const bad: string[] = [];
  const base = { url: app.url, secret: BENCH_SECRET, sink };
  // One of each command first, one at a time: the load generator shares this process, and
  // its own cold start (not the app's) is not what Slack would see.
  const warm = await runLoad({
    ...base,
    requests: COMMANDS.length,
    concurrency: 1,
    command: (i) => COMMANDS[i] as { command: string; text: string },
  });
  expect(warm.errors + warm.replyErrors).toBe(0);
  const before = sink.posts;
  const result = await runLoad({
    ...base,
    requests: REQUESTS,
    concurrency: CONCURRENCY,
    command: (i) => COMMANDS[i % COMMANDS.length] as { command: string; text: string },
    sink,
    validReply: (body) => {
      const problems = problemsOf(body);
      if (problems.length && bad.length < 5) bad.push(problems.join("; "));
      return problems.length === 0;
    },
    deadlineMs: 45_000,
    replyTimeoutMs: 10_000,
  });
  expect(result.examples).toEqual([]);
  expect(bad).toEqual([]);
  expect(result.errors).toBe(0);
  expect(result.replyErrors).toBe(0);
  expect(result.acks).toHaveLength(REQUESTS);
  expect(result.replies).toHaveLength(REQUESTS);
  expect(Math.max(...result.acks)).toBeLessThan(3_000);
  // Exactly one post per command: no retry, no apology on top of an answer.
  expect(sink.posts - before).toBe(REQUESTS);
  // Every /factcheck recorded its run for the digest, none lost in the crowd.
  await app.settle();
  const factchecks = (n: number) =>
    Array.from({ length: n }, (_, i) => COMMANDS[i % COMMANDS.length]).filter(
      (c) => c?.command === "/factcheck",
    ).length;
  expect(desk.store.data.factchecks).toHaveLength(
    factchecks(COMMANDS.length) + factchecks(REQUESTS),
  );
  expect(logs.filter((l) => l.startsWith("[ERROR]") || l.startsWith("[WARN]"))).toEqual([]);
}, 60_000);
