// Requests Slack did not sign, stale ones, and Slack's retries never reach the desk.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeDesk } from "./fixtures.ts";
import {
  ASKER,
  BOT_USER,
  CHANNEL,
  commandBody,
  eventBody,
  nextId,
  send,
  useTestApp,
} from "./harness.ts";

const desk = fakeDesk();
const app = useTestApp(desk);
const { seen } = app;

beforeEach(() => {
  desk.calls.length = 0;
});

const path = () => `/commands/T0TEAM/${nextId()}/secret`;
const now = () => Math.floor(Date.now() / 1000);

/** A signed, fresh request that is answered: shows the ones refused before it were not. */
async function answeredControl(): Promise<void> {
  const p = path();
  expect((await send(app.url, commandBody("/totals", "", p))).status).toBe(200);
  await app.posted(p);
}

describe("request verification", () => {
  it("refuses a bad signature with 401 and does nothing", async () => {
    const res = await send(app.url, commandBody("/swap", "may-24", path()), {
      secret: "ffffffffffffffffffffffffffffffff",
    });
    expect(res.status).toBe(401);
    await answeredControl();
    expect(desk.calls).toEqual(["totals"]);
  });

  it("refuses a body changed after signing", async () => {
    const body = commandBody("/swap", "may-24", path());
    const ts = now();
    const { signature } = await import("./harness.ts");
    const res = await fetch(app.url, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(ts),
        "x-slack-signature": signature(body, ts),
      },
      body: body.replace("may-24", "may-25"),
    });
    expect(res.status).toBe(401);
  });

  it("refuses a correctly signed request older than five minutes", async () => {
    const res = await send(app.url, commandBody("/swap", "may-24", path()), { ts: now() - 6 * 60 });
    expect(res.status).toBe(401);
    await answeredControl();
    expect(desk.calls).toEqual(["totals"]);
  });

  it("accepts a signed request four minutes old (clock skew)", async () => {
    const res = await send(app.url, commandBody("/totals", "", path()), { ts: now() - 4 * 60 });
    expect(res.status).toBe(200);
  });
});

describe("retries", () => {
  it("a retried command is acked and posts nothing", async () => {
    const retried = path();
    const res = await send(app.url, commandBody("/swap", "may-24", retried), {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    expect(res.status).toBe(200);
    await answeredControl();
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.some((c) => c.path === retried)).toBe(false);
    expect(desk.calls).toEqual(["totals"]);
    expect(app.logs.join("\n")).toContain("ignored Slack's retry #1 (http_timeout)");
  });

  it("a retried mention posts no second answer", async () => {
    const mention = (retry?: string) =>
      send(
        app.url,
        eventBody({
          type: "app_mention",
          user: ASKER,
          channel: CHANNEL,
          ts: "1716500000.000100",
          text: `<@${BOT_USER}> may 24`,
        }),
        { json: true, headers: retry ? { "x-slack-retry-num": retry } : {} },
      );
    expect((await mention()).status).toBe(200);
    await vi.waitFor(
      () => expect(seen.filter((c) => c.path === "/api/chat.postMessage")).toHaveLength(1),
      { timeout: 3000 },
    );
    expect((await mention("1")).status).toBe(200);
    expect((await mention("2")).status).toBe(200);
    await answeredControl();
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.filter((c) => c.path === "/api/chat.postMessage")).toHaveLength(1);
  });
});
