// Slack failing under a running app: the Web API answering 429 with Retry-After, 500s, or
// not at all, and response_url failing or hanging. Through the real Bolt receiver (signed
// requests in, nock for everything out). Each has a clear outcome: retried as Slack asks,
// or reported in the log with the asker still answered where possible; never a crash, never
// a second answer, and never an ack held up.
import type { AddressInfo } from "node:net";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { HttpConfig } from "../../src/config.ts";
import { createApp } from "../../src/slack/app.ts";
import { createLogger } from "../../src/slack/logger.ts";
import { fakeDesk } from "../slack/fixtures.ts";
import {
  API,
  API_ORIGIN,
  BOT_USER,
  CHANNEL,
  commandBody,
  eventBody,
  HOOKS,
  nextId,
  SECRET,
  send,
} from "../slack/harness.ts";

interface Running {
  url: string;
  logs: string[];
  stop(): Promise<void>;
}

const running: Running[] = [];

/** The app as `factdesk start` builds it, with the Web API client options a test needs. */
async function startApp(clientOptions: Record<string, unknown>): Promise<Running> {
  const config: HttpConfig = {
    mode: "http",
    botToken: "xoxb-test-token",
    signingSecret: SECRET,
    port: 0,
    slackApiUrl: API,
    db: "unused",
    logLevel: "info",
  };
  const logs: string[] = [];
  const app = createApp({
    config,
    desk: fakeDesk(),
    logger: createLogger("info", (line) => logs.push(line)),
    bot: { botId: "B0BOT", botUserId: BOT_USER },
    clientOptions,
    isEditor: async () => false,
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as { address(): AddressInfo };
  const r = {
    url: `http://127.0.0.1:${server.address().port}/slack/events`,
    logs,
    stop: async () => {
      await app.stop();
    },
  };
  running.push(r);
  return r;
}

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect("127.0.0.1");
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.stop()));
  nock.cleanAll();
});
afterAll(() => {
  nock.enableNetConnect();
});

const mention = (text: string) =>
  eventBody({
    type: "app_mention",
    user: "U0ASKER",
    channel: CHANNEL,
    ts: `1716500000.${String(nextId()).padStart(6, "0")}`,
    text: `<@${BOT_USER}> ${text}`,
  });

const errors = (logs: string[]) => logs.filter((l) => l.startsWith("[ERROR]"));

/** Records each call to chat.postMessage and answers per `answers` (the last one repeats). */
function postMessage(
  answers: ((body: unknown) => nock.ReplyFnResult | Promise<nock.ReplyFnResult>)[],
) {
  const calls: { at: number; body: Record<string, unknown> }[] = [];
  nock(API_ORIGIN)
    .persist()
    .post("/api/chat.postMessage")
    .reply(async (_path, body) => {
      const parsed = Object.fromEntries(new URLSearchParams(String(body)));
      calls.push({ at: performance.now(), body: parsed });
      const answer = answers[Math.min(calls.length, answers.length) - 1] as (typeof answers)[0];
      return answer(parsed);
    });
  return calls;
}

const ok = (): nock.ReplyFnResult => [200, { ok: true, ts: "1716500000.999999", channel: CHANNEL }];

describe("the Web API, while answering a mention in its thread", () => {
  it("429 with Retry-After: waits as long as Slack asks, then posts the answer once", async () => {
    const calls = postMessage([
      () => [429, { ok: false, error: "ratelimited" }, { "Retry-After": "1" }],
      ok,
    ]);
    const app = await startApp({ retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 10 } });
    const res = await send(app.url, mention("how many were freed on May 24?"), { json: true });
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000);
    await vi.waitFor(() => expect(calls).toHaveLength(2), { timeout: 4000 });
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(990);
    expect(calls[1]?.body.thread_ts).toBeDefined();
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toHaveLength(2);
    expect(errors(app.logs)).toEqual([]);
  });

  it("500s: retried, and the answer posted once when Slack recovers", async () => {
    const calls = postMessage([() => [500, "oops"], () => [500, "oops"], ok]);
    const app = await startApp({ retryConfig: { retries: 3, minTimeout: 10, maxTimeout: 10 } });
    await send(app.url, mention("totals"), { json: true });
    await vi.waitFor(() => expect(calls).toHaveLength(3), { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toHaveLength(3);
    expect(JSON.parse(String(calls[2]?.body.blocks)).length).toBeGreaterThan(0);
    expect(errors(app.logs)).toEqual([]);
  });

  it("500s that do not stop: reported in the log, an apology tried, and the app still answers", async () => {
    const calls = postMessage([() => [500, "oops"]]);
    const app = await startApp({ retryConfig: { retries: 1, minTimeout: 10, maxTimeout: 10 } });
    await send(app.url, mention("totals"), { json: true });
    await vi.waitFor(
      () => expect(app.logs.join("\n")).toContain("question: the apology failed too"),
      { timeout: 3000 },
    );
    expect(app.logs.join("\n")).toContain("question: Slack did not take the reply");
    // The answer and the apology, each tried twice; nothing after that.
    expect(calls).toHaveLength(4);
    expect(String(calls[2]?.body.text)).toMatch(/^Sorry, something went wrong/);

    // The app is still there: a slash command is acked and answered.
    const hook = nock(HOOKS).post("/after-the-outage").reply(200, "ok");
    const res = await send(app.url, commandBody("/totals", "", "/after-the-outage"));
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(hook.isDone()).toBe(true), { timeout: 3000 });
  });

  it("a call that never answers: given up after the client's timeout and reported; acks go on", async () => {
    const calls = postMessage([() => new Promise(() => {})]);
    const app = await startApp({ timeout: 200, retryConfig: { retries: 0 } });
    const t0 = performance.now();
    await send(app.url, mention("totals"), { json: true });
    await vi.waitFor(() => expect(calls).toHaveLength(1), { timeout: 2000 });
    // Meanwhile a command is acked at once.
    nock(HOOKS).post("/meanwhile").reply(200, "ok");
    const res = await send(app.url, commandBody("/swap", "may-24", "/meanwhile"));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(500);
    await vi.waitFor(
      () => expect(app.logs.join("\n")).toContain("question: Slack did not take the reply"),
      { timeout: 3000 },
    );
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(app.logs.join("\n")).toMatch(/aborted|timeout/i);
  });
});

it("by default, a Web API call Slack never answers is given up after 30 s, then retried", () => {
  const app = createApp({
    config: {
      mode: "http",
      botToken: "xoxb-test-token",
      signingSecret: SECRET,
      port: 0,
      slackApiUrl: API,
      db: "unused",
      logLevel: "error",
    },
    desk: fakeDesk(),
    logger: createLogger("error", () => {}),
    bot: { botId: "B0BOT", botUserId: BOT_USER },
    isEditor: async () => false,
  });
  const client = app.client as unknown as { timeout: number; retryConfig: { retries: number } };
  expect(client.timeout).toBe(30_000);
  expect(client.retryConfig.retries).toBeGreaterThan(0);
});

describe("response_url", () => {
  it("a 500: reported in the log, the apology tried once, and the next command answered", async () => {
    const app = await startApp({ retryConfig: { retries: 0 } });
    const failing = nock(HOOKS).post("/broken").times(2).reply(500, "no");
    const res = await send(app.url, commandBody("/totals", "", "/broken"));
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(failing.isDone()).toBe(true), { timeout: 3000 });
    await vi.waitFor(
      () => expect(app.logs.join("\n")).toContain("/totals: the apology failed too"),
      { timeout: 3000 },
    );
    expect(app.logs.join("\n")).toContain("Failed to respond to the response_url: 500");

    const next = nock(HOOKS).post("/fine").reply(200, "ok");
    await send(app.url, commandBody("/totals", "", "/fine"));
    await vi.waitFor(() => expect(next.isDone()).toBe(true), { timeout: 3000 });
  });

  it("one that hangs holds up neither its own ack nor anyone else's answer", async () => {
    const app = await startApp({ retryConfig: { retries: 0 } });
    const slow = nock(HOOKS).post("/slow").delay(3000).reply(200, "ok");
    const fast = nock(HOOKS).post("/fast").reply(200, "ok");
    const first = await send(app.url, commandBody("/totals", "", "/slow"));
    expect(first.status).toBe(200);
    expect(first.ms).toBeLessThan(500);
    const t0 = performance.now();
    const second = await send(app.url, commandBody("/swap", "may-24", "/fast"));
    expect(second.ms).toBeLessThan(500);
    await vi.waitFor(() => expect(fast.isDone()).toBe(true), { timeout: 2000 });
    // Answered well before the first command's response_url (3 s) has even answered.
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(slow.isDone()).toBe(true);
  });
});
