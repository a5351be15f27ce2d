// The bound on requests handled at once (src/slack/pace.ts): the middleware on its own, then in
// the app, where a request over the bound is acked at once and answered once a place frees.
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { runLoad, startSink } from "../../bench/slack-load.ts";
import type { HttpConfig } from "../../src/config.ts";
import { createApp } from "../../src/slack/app.ts";
import { createLogger } from "../../src/slack/logger.ts";
import { paceRequests } from "../../src/slack/pace.ts";
import { useTempDesk } from "../helpers/desk.ts";

/** A promise and the function that settles it. */
function gate() {
  let open!: () => void;
  let fail!: (err: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { done, open, fail };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("paceRequests", () => {
  it("lets `limit` requests through, and each next one, in the order they came, as a place frees", async () => {
    const pace = paceRequests(2);
    const started: number[] = [];
    const gates = Array.from({ length: 5 }, gate);
    // The middleware reads only `next` of its arguments.
    type Args = Parameters<typeof pace.middleware>[0];
    const call = (i: number) =>
      pace.middleware({
        next: async () => {
          started.push(i);
          await gates[i]?.done;
        },
      } as unknown as Args);
    const runs = [0, 1, 2, 3, 4].map(call);
    await tick();
    expect(started).toEqual([0, 1]);
    expect([pace.open, pace.waiting]).toEqual([2, 3]);
    gates[1]?.open();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    // A handler that fails gives its place up too; the failure is its caller's.
    gates[0]?.fail(new Error("listener failed"));
    await expect(runs[0]).rejects.toThrow("listener failed");
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    expect([pace.open, pace.waiting]).toEqual([2, 1]);
    for (const g of gates) g.open();
    await Promise.all(runs.slice(1));
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect([pace.open, pace.waiting]).toEqual([0, 0]);
  });

  it("a request with an ack is acked at once, and waits for a place after it", async () => {
    const pace = paceRequests(1);
    const events: string[] = [];
    const gates = Array.from({ length: 3 }, gate);
    type Args = Parameters<typeof pace.middleware>[0];
    const call = (i: number) => {
      const args = {
        ack: async () => {
          events.push(`ack ${i}`);
        },
        next: async () => {
          // What a handler does: ack first thing (through the arguments the pace handed on).
          await (args as unknown as { ack: () => Promise<void> }).ack();
          events.push(`handle ${i}`);
          await gates[i]?.done;
        },
      };
      return pace.middleware(args as unknown as Args);
    };
    const runs = [0, 1, 2].map(call);
    await tick();
    expect(events).toEqual(["ack 0", "ack 1", "ack 2", "handle 0"]);
    expect([pace.open, pace.waiting]).toEqual([1, 2]);
    gates[0]?.open();
    await tick();
    expect(events.slice(4)).toEqual(["handle 1"]);
    for (const g of gates) g.open();
    await Promise.all(runs);
    expect(events.slice(5)).toEqual(["handle 2"]);
    expect([pace.open, pace.waiting]).toEqual([0, 0]);
  });

  it("a handler that does not await its ack gives up its place once the place came", async () => {
    const pace = paceRequests(1);
    const held = gate();
    type Args = Parameters<typeof pace.middleware>[0];
    type Acking = { ack: () => Promise<void> };
    // A request whose handler is `handle`, given the arguments the pace handed on.
    const call = (handle: (args: Acking) => Promise<void>) => {
      const args: Record<string, unknown> = { ack: async () => {} };
      args.next = () => handle(args as unknown as Acking);
      return pace.middleware(args as unknown as Args);
    };
    const first = call(async ({ ack }) => {
      await ack();
      await held.done;
    });
    await tick();
    // Acks without waiting for its place, and ends while the first still holds it.
    const second = call(async (args) => {
      void args.ack();
    });
    await tick();
    expect([pace.open, pace.waiting]).toEqual([1, 1]);
    held.open();
    await Promise.all([first, second]);
    expect([pace.open, pace.waiting]).toEqual([0, 0]);
  });

  it("refuses a limit below one", () => {
    expect(() => paceRequests(0)).toThrow(/at least 1/);
  });
});

describe("in the app", () => {
  const desk = useTempDesk("pace");

  it("a command over the bound is acked at once, and answered once an earlier one has been", async () => {
    const sink = await startSink();
    const held = gate();
    let asked = 0;
    const config: HttpConfig = {
      mode: "http",
      botToken: "xoxb-test-token",
      signingSecret: "0123456789abcdef0123456789abcdef",
      port: 0,
      slackApiUrl: `${sink.origin}/api/`,
      db: "unused",
      logLevel: "error",
    };
    const app = createApp({
      config,
      desk: desk(),
      logger: createLogger("error", () => {}),
      bot: { botId: "B0BOT", botUserId: "U0BOT" },
      clientOptions: { retryConfig: { retries: 0 } },
      // The first command's answer waits on this (after its ack), holding the one place.
      isEditor: async () => {
        if (asked++ === 0) await held.done;
        return false;
      },
      unansweredLimit: 1,
    });
    const server = (await app.start({ port: 0, host: "127.0.0.1" })) as { address(): AddressInfo };
    try {
      const load = (n: number) =>
        runLoad({
          url: `http://127.0.0.1:${server.address().port}/slack/events`,
          secret: config.signingSecret,
          requests: n,
          concurrency: 1,
          command: () => ({ command: "/totals", text: "" }),
          sink,
        });
      const first = load(1);
      while (asked === 0) await tick();
      const second = load(1);
      await new Promise((r) => setTimeout(r, 500));
      const opened = performance.timeOrigin + performance.now();
      held.open();
      const [a, b] = await Promise.all([first, second]);
      expect([a.acks.length, a.replies.length, b.acks.length, b.replies.length]).toEqual([
        1, 1, 1, 1,
      ]);
      expect(a.errors + a.replyErrors + b.errors + b.replyErrors).toBe(0);
      // The second was acked while the first held the one place, and answered only after.
      const sent = b.sentAt[0] as number;
      expect(sent + (b.acks[0] as number)).toBeLessThan(opened);
      expect(sent + (b.replies[0] as number)).toBeGreaterThanOrEqual(opened);
    } finally {
      held.open();
      await app.stop();
      await sink.close();
    }
  });
});
