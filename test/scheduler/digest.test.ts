import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { WebClient } from "@slack/web-api";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { analyse } from "../../src/domain/queries.ts";
import { dayIn, minutesIn, parseTime } from "../../src/scheduler/clock.ts";
import {
  DigestScheduler,
  type PostDigest,
  PostError,
  storeLedger,
} from "../../src/scheduler/digest.ts";
import { slackPoster } from "../../src/scheduler/slack-poster.ts";
import { Store } from "../../src/store/store.ts";
import { BUNDLED } from "../helpers/store.ts";

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "factdesk-digest-"));
  store = (await Store.open({ file: path.join(dir, "live.json"), bundled: BUNDLED })).store;
});
afterEach(async () => {
  vi.useRealTimers();
  await store.close();
  nock.cleanAll();
  await rm(dir, { recursive: true, force: true });
});

const knowledge = () => analyse(store.data);

function scheduler(
  post: PostDigest,
  now: () => Date,
  extra: Partial<ConstructorParameters<typeof DigestScheduler>[0]> = {},
) {
  const sleeps: number[] = [];
  const s = new DigestScheduler({
    ledger: storeLedger(store, knowledge),
    post,
    channel: "C123",
    time: "07:30",
    tz: "Europe/London",
    now,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...extra,
  });
  return { s, sleeps };
}

describe("clock", () => {
  it("reads the day and minutes in the digest's zone", () => {
    const at = new Date("2025-05-24T23:30:00Z");
    expect(dayIn(at, "Europe/Kyiv")).toBe("2025-05-25");
    expect(dayIn(at, "America/New_York")).toBe("2025-05-24");
    expect(minutesIn(at, "Europe/London")).toBe(30);
    expect(parseTime("07:30")).toBe(450);
    expect(() => parseTime("7:30pm")).toThrow(/HH:mm/);
  });
});

describe("exactly once a day", () => {
  it("posts once when the slot has passed, and not again on a second run or a restart", async () => {
    const post = vi.fn<PostDigest>(async () => ({ ts: "1.1" }));
    const now = () => new Date("2025-05-26T09:00:00Z"); // 10:00 in London
    expect(await scheduler(post, now).s.runDue()).toBe("posted");
    expect(await scheduler(post, now).s.runDue()).toBe("already-posted");
    await store.close(); // a restart: the store is one process's at a time
    const reopened = (await Store.open({ file: path.join(dir, "live.json"), bundled: BUNDLED }))
      .store;
    expect(reopened.data.digests).toEqual([
      expect.objectContaining({ day: "2025-05-26", channel: "C123", ts: "1.1" }),
    ]);
    expect(post).toHaveBeenCalledTimes(1);
  });

  it("waits for the slot, and two runs at once post once", async () => {
    let resolvePost: (v: { ts: string }) => void = () => {};
    const post = vi.fn<PostDigest>(() => new Promise((r) => (resolvePost = r)));
    let now = new Date("2025-05-26T06:00:00Z"); // 07:00 in London
    const { s } = scheduler(post, () => now);
    expect(await s.runDue()).toBe("not-yet");
    now = new Date("2025-05-26T06:31:00Z");
    const a = s.runDue();
    const b = s.runDue();
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(1));
    resolvePost({ ts: "2.2" });
    expect(await a).toBe("posted");
    expect(await b).toBe("posted");
    expect(store.data.digests).toHaveLength(1);
  });

  it("a bot that was down at the slot posts once when it comes back the same day", async () => {
    const post = vi.fn<PostDigest>(async () => ({ ts: "3.3" }));
    const { s } = scheduler(post, () => new Date("2025-05-26T17:00:00Z"));
    expect(await s.start()).toBe("posted");
    s.stop();
    expect(post).toHaveBeenCalledTimes(1);
  });
});

describe("the daily job, across daylight-saving changes", () => {
  it.each([
    ["spring forward", "2025-03-29T12:00:00Z", "2025-03-30T06:30:00.000Z"],
    ["fall back", "2025-10-25T12:00:00Z", "2025-10-26T07:30:00.000Z"],
  ])("%s: fires at 07:30 London time the next day", async (_name, start, next) => {
    vi.useFakeTimers({ now: new Date(start) });
    const post = vi.fn<PostDigest>(async () => ({ ts: "4.4" }));
    const { s } = scheduler(post, () => new Date());
    await s.start(); // today's slot has passed: the catch-up posts today's
    expect(s.nextRun()?.toISOString()).toBe(next);
    await vi.advanceTimersByTimeAsync(new Date(next).getTime() - Date.now() + 1000);
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(2));
    await s.idle();
    s.stop();
    expect(store.data.digests.map((d) => d.day)).toEqual([start.slice(0, 10), next.slice(0, 10)]);
  });
});

describe("failed posts", () => {
  it("honours Retry-After, retries with backoff, and records only the post Slack accepted", async () => {
    const post = vi
      .fn<PostDigest>()
      .mockRejectedValueOnce(new PostError("rate limited", 30))
      .mockRejectedValueOnce(new PostError("channel_not_found"))
      .mockResolvedValueOnce({ ts: "5.5" });
    const { s, sleeps } = scheduler(post, () => new Date("2025-05-26T09:00:00Z"), {
      baseDelayMs: 1000,
    });
    expect(await s.runDue()).toBe("posted");
    expect(sleeps).toEqual([30_000, 2000]);
    expect(store.data.digests).toHaveLength(1);
  });

  it("gives up after its retries without recording a post", async () => {
    const post = vi.fn<PostDigest>().mockRejectedValue(new PostError("channel_not_found"));
    const { s } = scheduler(post, () => new Date("2025-05-26T09:00:00Z"), { retries: 2 });
    expect(await s.runDue()).toBe("failed");
    expect(post).toHaveBeenCalledTimes(3);
    expect(store.data.digests).toHaveLength(0);
  });

  it("maps the Web API's rate limit and errors through nock", async () => {
    nock.disableNetConnect();
    const api = nock("https://slack.test")
      .post("/api/chat.postMessage")
      .reply(429, { ok: false, error: "ratelimited" }, { "Retry-After": "7" })
      .post("/api/chat.postMessage")
      .reply(200, { ok: false, error: "channel_not_found" })
      .post("/api/chat.postMessage")
      .reply(200, { ok: true, ts: "6.6", channel: "C123" });
    const client = new WebClient("xoxb-test", {
      slackApiUrl: "https://slack.test/api/",
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    const post = slackPoster(client, (d) => ({ text: `Digest ${d.day}`, blocks: [] }));
    const { s, sleeps } = scheduler(post, () => new Date("2025-05-26T09:00:00Z"), {
      baseDelayMs: 1000,
    });
    expect(await s.runDue()).toBe("posted");
    expect(sleeps).toEqual([7000, 2000]);
    expect(store.data.digests[0]?.ts).toBe("6.6");
    expect(api.isDone()).toBe(true);
    nock.enableNetConnect();
  });
});
