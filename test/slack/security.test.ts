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

  it("refuses a request with no signature, or one of another version, with 401 and a log line", async () => {
    const logged = app.logs.length;
    for (const headers of [
      { "x-slack-signature": undefined as unknown as string },
      { "x-slack-signature": "v1=0123" },
      { "x-slack-signature": "v0=" },
      { "x-slack-signature": "v0" },
      { "x-slack-request-timestamp": "not a time" },
    ]) {
      const sent = commandBody("/swap", "may-24", path());
      const h: Record<string, string> = {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(now()),
        "x-slack-signature": (await import("./harness.ts")).signature(sent, now()),
        ...headers,
      };
      for (const [k, v] of Object.entries(h)) if (v === undefined) delete h[k];
      const res = await fetch(app.url, { method: "POST", headers: h, body: sent });
      expect(res.status, JSON.stringify(headers)).toBe(401);
    }
    const lines = app.logs.slice(logged).filter((l) => l.includes("signature does not verify"));
    expect(lines.length).toBe(5);
    await answeredControl();
    expect(desk.calls).toEqual(["totals"]);
  });

  it("answers Slack's unsigned SSL check, and nothing that rides along with it reaches a listener", async () => {
    const p = path();
    const smuggled = `ssl_check=1&${commandBody("/swap", "may-24", p)}`;
    const res = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: smuggled,
    });
    expect(res.status).toBe(200);
    // The same body signed by anyone but Slack is refused outright.
    const forged = await send(app.url, commandBody("/swap", "may-24", path()), {
      secret: "ffffffffffffffffffffffffffffffff",
    });
    expect(forged.status).toBe(401);
    await answeredControl();
    expect(desk.calls).toEqual(["totals"]);
    expect(seen.some((c) => c.path === p)).toBe(false);
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
