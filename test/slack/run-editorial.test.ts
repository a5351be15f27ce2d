// startSlack with the digest and the editors configured: the scheduler posts through the Web
// API (on nock), honours Retry-After, records the post once; editors come from the user group.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import nock from "nock";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type OpenedDesk, openDesk } from "../../src/app/desk.ts";
import type { HttpConfig } from "../../src/config.ts";
import { checkLimits } from "../../src/render/blocks/index.ts";
import { formatIn } from "../../src/scheduler/clock.ts";
import { createLogger } from "../../src/slack/logger.ts";
import { startSlack } from "../../src/slack/run.ts";
import { BUNDLED } from "../helpers/store.ts";
import { API, API_ORIGIN, commandBody, HOOKS, nextId, SECRET, send } from "./harness.ts";
import { liveMarkup, textsOf } from "./markup.ts";

const config: HttpConfig = {
  mode: "http",
  botToken: "xoxb-test",
  signingSecret: SECRET,
  port: 0,
  slackApiUrl: API,
  db: "unused",
  logLevel: "info",
  digest: { channel: "C0DIGEST", time: "08:00", tz: "Europe/Kyiv" },
  editors: { userIds: [], usergroup: { handle: "editors" } },
};
/** 12:00 in Kyiv: today's 08:00 slot has passed, so start-up posts today's digest. */
const NOON_KYIV = new Date("2025-05-26T09:00:00Z");
const clientOptions = { retryConfig: { retries: 0 } };

let dir: string;
let desk: OpenedDesk;

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect("127.0.0.1");
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "factdesk-run-"));
  desk = await openDesk({ file: path.join(dir, "live.json"), bundled: BUNDLED });
});
afterEach(async () => {
  nock.cleanAll();
  await rm(dir, { recursive: true, force: true });
});
afterAll(() => nock.enableNetConnect());

const authTest = () =>
  nock(API_ORIGIN)
    .post("/api/auth.test")
    .reply(200, { ok: true, user_id: "U0BOT", bot_id: "B0BOT" });

async function start(logs: string[], sleeps: number[] = []) {
  authTest();
  return startSlack(config, desk, {
    logger: createLogger("info", (l) => logs.push(l)),
    clientOptions,
    digest: {
      now: () => NOON_KYIV,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    },
    now: () => NOON_KYIV,
  });
}

describe("the daily digest, started with the app", () => {
  it("posts today's digest once, waits out a 429's Retry-After, and records it only when Slack says ok", async () => {
    const posts: Record<string, string>[] = [];
    const api = nock(API_ORIGIN)
      .post("/api/chat.postMessage")
      .reply(429, { ok: false, error: "ratelimited" }, { "Retry-After": "9" })
      .post("/api/chat.postMessage")
      .reply(200, (_, body) => {
        posts.push(Object.fromEntries(new URLSearchParams(String(body))));
        return { ok: true, ts: "1748250000.000100", channel: "C0DIGEST" };
      });
    const logs: string[] = [];
    const sleeps: number[] = [];
    const running = await start(logs, sleeps);
    try {
      expect(running.digest).not.toBeNull();
      await vi.waitFor(() => expect(desk.store.data.digests).toHaveLength(1), { timeout: 3000 });
      expect(api.isDone()).toBe(true);
      expect(sleeps).toEqual([9000]);
      expect(desk.store.data.digests[0]).toMatchObject({
        day: "2025-05-26",
        channel: "C0DIGEST",
        ts: "1748250000.000100",
      });
      const post = posts[0] as Record<string, string>;
      expect(post.channel).toBe("C0DIGEST");
      const blocks = JSON.parse(post.blocks ?? "[]");
      expect(checkLimits(blocks, { text: post.text })).toEqual([]);
      expect(liveMarkup(textsOf(blocks, post.text))).toEqual([]);
      expect(post.text).toMatch(/^Factdesk digest, May 26, 2025: /);
      // croner counts from the real clock, so the next run is tomorrow as the machine sees it.
      const next = running.digest?.nextRun();
      expect(next && next.getTime() > Date.now()).toBe(true);
      expect(logs.filter((l) => l.includes("Digest:"))).toEqual([
        `[INFO] factdesk Digest: daily at 08:00 (Europe/Kyiv) in C0DIGEST; next run ${formatIn(next as Date, "Europe/Kyiv")}`,
      ]);
      expect(formatIn(next as Date, "Europe/Kyiv")).toMatch(
        /^\d{4}-\d{2}-\d{2} 08:00 Europe\/Kyiv$/,
      );
    } finally {
      await running.stop();
    }

    // A restart the same day posts nothing: no interceptor is left to answer a second post.
    const again = await start([]);
    try {
      expect(await again.digest?.runDue()).toBe("already-posted");
      expect(desk.store.data.digests).toHaveLength(1);
    } finally {
      await again.stop();
    }
  });

  it("a post Slack refuses is retried, never recorded, and stop() cuts the backoff short", async () => {
    nock(API_ORIGIN)
      .post("/api/chat.postMessage")
      .reply(200, { ok: false, error: "channel_not_found" });
    const logs: string[] = [];
    authTest();
    // The real sleep: a minute's backoff that only stop() can end within the test's time.
    const running = await startSlack(config, desk, {
      logger: createLogger("info", (l) => logs.push(l)),
      clientOptions,
      digest: { now: () => NOON_KYIV, baseDelayMs: 60_000 },
    });
    await vi.waitFor(() => expect(logs.join("\n")).toMatch(/retrying in 60 s/), { timeout: 3000 });
    const started = performance.now();
    await running.stop();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(desk.store.data.digests).toEqual([]);
    expect(logs.join("\n")).toMatch(/digest post failed \(channel_not_found\)/);
    expect(logs.join("\n")).toMatch(/digest for 2025-05-26 not posted: stopping/);
  });

  it("starts no digest without a channel", async () => {
    authTest();
    const logs: string[] = [];
    const running = await startSlack(
      { ...config, digest: { ...config.digest, channel: null } } as HttpConfig,
      desk,
      {
        logger: createLogger("info", (l) => logs.push(l)),
        clientOptions,
      },
    );
    try {
      expect(running.digest).toBeNull();
      expect(logs.some((l) => l.includes("Digest:"))).toBe(false);
    } finally {
      await running.stop();
    }
  });
});

describe("editors from the user group, through the running app", () => {
  it("a member gets /review; when Slack cannot say, the same user is refused", async () => {
    nock(API_ORIGIN)
      .post("/api/chat.postMessage")
      .reply(200, { ok: true, ts: "1.1", channel: "C0DIGEST" });
    const running = await start([]);
    const replies: Record<string, unknown>[] = [];
    nock(HOOKS)
      .persist()
      .post(/.*/)
      .reply(200, (_, body) => {
        replies.push(body as Record<string, unknown>);
        return "ok";
      });
    const review = async () => {
      replies.length = 0;
      const url = `http://127.0.0.1:${running.port}/slack/events`;
      await send(url, commandBody("/review", "", `/commands/${nextId()}`, "U0BORIS"));
      await vi.waitFor(() => expect(replies).toHaveLength(1), { timeout: 3000 });
      return JSON.stringify(replies[0]);
    };
    try {
      nock(API_ORIGIN)
        .post("/api/usergroups.list")
        .reply(200, { ok: true, usergroups: [{ id: "S0EDITORS", handle: "editors" }] })
        .post("/api/usergroups.users.list")
        .reply(200, { ok: true, users: ["U0BORIS"] });
      expect(await review()).toContain("Review queue");
    } finally {
      await running.stop();
    }

    // A fresh app (a cold cache) whose lookup fails: not an editor, and nothing breaks.
    const cold = await start([]);
    try {
      nock(API_ORIGIN)
        .post("/api/usergroups.list")
        .reply(200, { ok: false, error: "missing_scope" });
      replies.length = 0;
      await send(
        `http://127.0.0.1:${cold.port}/slack/events`,
        commandBody("/review", "", `/commands/${nextId()}`, "U0BORIS"),
      );
      await vi.waitFor(() => expect(replies).toHaveLength(1), { timeout: 3000 });
      expect(JSON.stringify(replies[0])).toContain("The review queue is for the desk's editors");
    } finally {
      await cold.stop();
    }
  });
});
