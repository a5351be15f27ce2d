/**
 * Slack's side of a load run, on loopback only: signed slash-command requests sent to a Bolt
 * HTTP receiver at a fixed concurrency, and a local HTTP sink standing in for response_url,
 * so every reply is real I/O and can be timed. Bounded in count and in time; used by the
 * Slack round-trip bench and by the load test in the suite.
 */
import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/** Only loopback is ever a target. */
const LOOPBACK = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\]):\d+\//;

export function assertLoopback(url: string): void {
  if (!LOOPBACK.test(url)) throw new Error(`refusing to send load anywhere but loopback: ${url}`);
}

export function sign(secret: string, body: string, ts: number): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
}

/** A slash command as Slack sends it (form-encoded), answering to `responseUrl`. */
export function slashCommand(command: string, text: string, responseUrl: string, n = 0): string {
  return new URLSearchParams({
    token: "legacy-token",
    team_id: "T0TEAM",
    team_domain: "newsroom",
    channel_id: "C0NEWSROOM",
    channel_name: "newsroom",
    user_id: "U0ASKER",
    user_name: "reporter",
    command,
    text,
    api_app_id: "A0APP",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: `${n}.${Date.now()}.trigger`,
  }).toString();
}

export interface Reply {
  /** performance.now() when the post arrived. */
  at: number;
  body: string;
}

/**
 * A local response_url: records each post by path and answers 200 "ok", like Slack's hooks.
 * With `answer`, it can stand in for other parts of Slack too (the Web API, its failures).
 */
export interface Sink {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Every post so far. */
  posts: number;
  /** Resolves with the first post to `path`; rejects after `timeoutMs`. */
  next(path: string, timeoutMs: number): Promise<Reply>;
  close(): Promise<void>;
}

/** What the sink answers a post with; a promise that never settles leaves the post hanging. */
export interface SinkAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export async function startSink(
  answer: (path: string, body: string) => SinkAnswer | Promise<SinkAnswer> = () => ({
    status: 200,
    body: "ok",
  }),
): Promise<Sink> {
  const arrived = new Map<string, Reply>();
  const waiting = new Map<string, (r: Reply) => void>();
  let posts = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      posts++;
      const path = req.url ?? "/";
      const reply = { at: performance.now(), body: Buffer.concat(chunks).toString("utf8") };
      const w = waiting.get(path);
      if (w) {
        waiting.delete(path);
        w(reply);
      } else if (!arrived.has(path)) arrived.set(path, reply);
      void Promise.resolve(answer(path, reply.body)).then(({ status, body, headers }) => {
        if (res.destroyed) return;
        const type = body.startsWith("{") ? "application/json" : "text/plain";
        res.writeHead(status, { "content-type": type, ...headers }).end(body);
      });
    });
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get posts() {
      return posts;
    },
    next(path, timeoutMs) {
      const done = arrived.get(path);
      if (done) {
        arrived.delete(path);
        return Promise.resolve(done);
      }
      return new Promise<Reply>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(path);
          reject(new Error(`no reply posted to ${path} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(path, (r) => {
          clearTimeout(timer);
          resolve(r);
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface LoadOptions {
  /** The receiver's URL, on loopback. */
  url: string;
  secret: string;
  requests: number;
  concurrency: number;
  /** The command and text of request i. */
  command: (i: number) => { command: string; text: string };
  /** When given, each request's response_url points here. */
  sink?: Sink;
  /** Whether to await and time each request's reply at the sink (default true with a sink). */
  awaitReplies?: boolean;
  /** What a reply must look like to count as answered (default: any post). */
  validReply?: (body: string) => boolean;
  /** The whole run stops (counting the rest as errors) after this long. */
  deadlineMs?: number;
  /** Per reply wait. */
  replyTimeoutMs?: number;
}

export interface LoadResult {
  requests: number;
  concurrency: number;
  /** Milliseconds from send to the HTTP ack, per request that was acked. */
  acks: number[];
  /** When each of those was sent (ms since the epoch, comparable across processes). */
  sentAt: number[];
  /** Milliseconds from send to the response_url post, per request whose reply arrived. */
  replies: number[];
  /** Requests not acked with 200 and an empty body, or never sent before the deadline. */
  errors: number;
  /** Replies that never arrived or did not look like a reply. */
  replyErrors: number;
  /** From the first send until every ack (and reply, with a sink) was in. */
  wallMs: number;
  /** The first few errors, for a report. */
  examples: string[];
}

function post(
  agent: http.Agent,
  url: URL,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => {
          text += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on("error", reject);
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error("no ack within 10 s")));
    req.on("error", reject);
    req.end(body);
  });
}

/** What each command is asked: /swap rotates through dates, names and an unknown exchange. */
const COMMAND_TEXTS: Record<string, readonly string[]> = {
  "/swap": ["may-24", "latest", "istanbul", "2025-05-23", "march 5", "no such exchange"],
  "/totals": [""],
  "/factcheck": [
    "Russia and Ukraine each released 390 prisoners on May 23, 2025, in the first wave.",
  ],
};

/** A run's i-th request of one command, its text taken in turn from what that command is asked. */
export function commandRequests(command: string): LoadOptions["command"] {
  const texts = COMMAND_TEXTS[command] ?? [""];
  return (i) => ({ command, text: texts[i % texts.length] as string });
}

/** Sends `requests` signed slash commands, `concurrency` at a time, and times each ack (and reply). */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  assertLoopback(options.url);
  if (options.sink) assertLoopback(`${options.sink.origin}/`);
  const url = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const deadline = performance.now() + (options.deadlineMs ?? 120_000);
  const result: LoadResult = {
    requests: options.requests,
    concurrency: options.concurrency,
    acks: [],
    sentAt: [],
    replies: [],
    errors: 0,
    replyErrors: 0,
    wallMs: 0,
    examples: [],
  };
  const note = (e: string) => {
    if (result.examples.length < 5) result.examples.push(e);
  };
  const run = `${process.pid}-${Math.floor(Math.random() * 1e9)}`;
  const replyWaits: Promise<void>[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.requests) {
      const i = next++;
      if (performance.now() > deadline) {
        result.errors++;
        note(`request ${i} not sent: deadline passed`);
        continue;
      }
      const { command, text } = options.command(i);
      const path = `/r/${run}/${i}`;
      const responseUrl = options.sink
        ? `${options.sink.origin}${path}`
        : `http://127.0.0.1:9${path}`;
      const body = slashCommand(command, text, responseUrl, i);
      const ts = Math.floor(Date.now() / 1000);
      const t0 = performance.now();
      const reply =
        options.sink && options.awaitReplies !== false
          ? options.sink.next(path, options.replyTimeoutMs ?? 30_000)
          : undefined;
      try {
        const res = await post(agent, url, body, {
          "content-type": "application/x-www-form-urlencoded",
          "x-slack-request-timestamp": String(ts),
          "x-slack-signature": sign(options.secret, body, ts),
        });
        if (res.status === 200 && res.body === "") {
          result.acks.push(performance.now() - t0);
          result.sentAt.push(performance.timeOrigin + t0);
        } else {
          result.errors++;
          note(`request ${i} (${command}): HTTP ${res.status} ${res.body.slice(0, 200)}`);
        }
      } catch (err) {
        result.errors++;
        note(`request ${i} (${command}): ${(err as Error).message}`);
      }
      if (reply) {
        replyWaits.push(
          reply.then(
            (r) => {
              if (options.validReply && !options.validReply(r.body)) {
                result.replyErrors++;
                note(`reply ${i} (${command}) did not look like a reply: ${r.body.slice(0, 200)}`);
              } else result.replies.push(r.at - t0);
            },
            (err: Error) => {
              result.replyErrors++;
              note(err.message);
            },
          ),
        );
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    await Promise.all(replyWaits);
  } finally {
    result.wallMs = performance.now() - started;
    agent.destroy();
  }
  return result;
}
