// startSlack: checks the bot token, starts the configured mode, and fails in one clear line.
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ConfigError, type HttpConfig, type SocketConfig } from "../../src/config.ts";
import { createLogger } from "../../src/slack/logger.ts";
import { startSlack } from "../../src/slack/run.ts";
import { fakeDesk } from "./fixtures.ts";
import { API, API_ORIGIN, commandBody, eventBody, SECRET, send } from "./harness.ts";

const common = { slackApiUrl: API, db: "unused", logLevel: "info" as const };
const http: HttpConfig = {
  ...common,
  mode: "http",
  botToken: "xoxb-test",
  signingSecret: SECRET,
  port: 0,
};
const socket: SocketConfig = {
  ...common,
  mode: "socket",
  botToken: "xoxb-test",
  appToken: "xapp-test",
  signingSecret: null,
  port: 0,
};
const clientOptions = { retryConfig: { retries: 0 } };

const authTest = (reply: Record<string, unknown>) =>
  nock(API_ORIGIN).post("/api/auth.test").reply(200, reply);

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect("127.0.0.1");
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe("startSlack", () => {
  it("serves HTTP on the configured port and logs the mode in one line", async () => {
    authTest({ ok: true, user_id: "U0BOT", bot_id: "B0BOT", team: "Newsroom" });
    const logs: string[] = [];
    const running = await startSlack(http, fakeDesk(), {
      logger: createLogger("info", (l) => logs.push(l)),
      clientOptions,
    });
    try {
      expect(running.mode).toBe("http");
      expect(running.port).toBeGreaterThan(0);
      expect(logs).toEqual([
        `[INFO] factdesk Slack: HTTP mode for Newsroom, listening on port ${running.port} at /slack/events`,
      ]);
      const res = await send(
        `http://127.0.0.1:${running.port}/slack/events`,
        commandBody("/totals", "help", "/never-answered"),
        { secret: "ffffffffffffffffffffffffffffffff" },
      );
      expect(res.status).toBe(401);
    } finally {
      await running.stop();
    }
  });

  it("shows the desk's newest digest on the Home tab", async () => {
    authTest({ ok: true, user_id: "U0BOT", bot_id: "B0BOT" });
    const views: string[] = [];
    nock(API_ORIGIN)
      .post("/api/views.publish")
      .reply(200, (_, body) => {
        views.push(String(new URLSearchParams(String(body)).get("view")));
        return { ok: true };
      });
    const desk = { ...fakeDesk(), lastDigest: () => ({ day: "2025-05-27", channel: "C0NEW" }) };
    const running = await startSlack(http, desk, {
      logger: createLogger("error", () => {}),
      clientOptions,
    });
    try {
      await send(
        `http://127.0.0.1:${running.port}/slack/events`,
        eventBody({ type: "app_home_opened", user: "U0ASKER", channel: "D0HOME", tab: "home" }),
        { json: true },
      );
      await vi.waitFor(() => expect(views).toHaveLength(1), { timeout: 3000 });
      expect(views[0]).toContain("May 27, 2025 in <#C0NEW>");
    } finally {
      await running.stop();
    }
  });

  it("stops with a one-line ConfigError when Slack refuses the bot token", async () => {
    authTest({ ok: false, error: "invalid_auth" });
    const started = startSlack(http, fakeDesk(), {
      logger: createLogger("error", () => {}),
      clientOptions,
    });
    await expect(started).rejects.toThrow(ConfigError);
    authTest({ ok: false, error: "invalid_auth" });
    await expect(
      startSlack(http, fakeDesk(), { logger: createLogger("error", () => {}), clientOptions }),
    ).rejects.toThrow(/^SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\): check the token$/);
  });

  it("stops with a one-line ConfigError when Slack refuses the app-level token", async () => {
    authTest({ ok: true, user_id: "U0BOT", bot_id: "B0BOT" });
    const open = nock(API_ORIGIN)
      .post("/api/apps.connections.open")
      .reply(200, { ok: false, error: "invalid_auth" });
    const started = startSlack(socket, fakeDesk(), {
      logger: createLogger("error", () => {}),
      clientOptions,
    });
    await expect(started).rejects.toThrow(ConfigError);
    await expect(started).rejects.toThrow(/^SLACK_APP_TOKEN was refused by Slack \(invalid_auth\)/);
    expect(open.isDone()).toBe(true);
  });

  it("says so in one line when Slack cannot be reached", async () => {
    nock(API_ORIGIN).post("/api/auth.test").replyWithError("connect ECONNREFUSED\n  at somewhere");
    await expect(
      startSlack(http, fakeDesk(), { logger: createLogger("error", () => {}), clientOptions }),
    ).rejects.toThrow(/^could not reach Slack to check the bot token: [^\n]+$/);
  });
});
