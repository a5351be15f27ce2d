// Start-up against a Slack that refuses, throttles, fails or never answers: a fake Slack Web API
// on 127.0.0.1 (real HTTP, no nock), reached through SLACK_API_URL. `factdesk start` either
// starts, after honouring Retry-After, or stops once with one line and exit status 1: no stack
// trace, no retrying forever, no half-started server left listening.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Sink, type SinkAnswer, startSink } from "../../bench/slack-load.ts";
import type { HttpConfig } from "../../src/config.ts";
import { createLogger } from "../../src/slack/logger.ts";
import { startSlack } from "../../src/slack/run.ts";
import { runCli } from "../helpers/cli.ts";
import { fakeDesk } from "../slack/fixtures.ts";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const SECRET = "0123456789abcdef0123456789abcdef";
const OK_AUTH = { ok: true, user_id: "U0BOT", bot_id: "B0BOT", team: "Newsroom" };

let dir: string;
let slack: Sink;
/** How the fake Slack answers the n-th call (from 0) of a method. */
let script: (method: string, n: number) => SinkAnswer | Promise<SinkAnswer>;
let calls: { method: string; at: number }[] = [];

const json = (body: unknown, status = 200, headers?: Record<string, string>): SinkAnswer => ({
  status,
  body: JSON.stringify(body),
  headers,
});

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-startup-"));
  slack = await startSink((p) => {
    const method = p.replace(/^\/api\//, "");
    const n = calls.filter((c) => c.method === method).length;
    calls.push({ method, at: performance.now() });
    return script(method, n);
  });
});
afterAll(async () => {
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  calls = [];
});

const env = (extra: Record<string, string> = {}) => ({
  SLACK_BOT_TOKEN: "xoxb-test-token",
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: `${slack.origin}/api/`,
  FACTDESK_DB: path.join(dir, "live.json"),
  PORT: "0",
  LOG_LEVEL: "error",
  ...extra,
});

const start = (extra: Record<string, string> = {}) => runCli(["start"], { env: env(extra) });

const http: HttpConfig = {
  mode: "http",
  botToken: "xoxb-test-token",
  signingSecret: SECRET,
  port: 0,
  slackApiUrl: "",
  db: "unused",
  logLevel: "error",
};
const quiet = () => createLogger("error", () => {});

describe("factdesk start, when Slack refuses the token", () => {
  it("invalid_auth: one line, exit 1, asked once", async () => {
    script = () => json({ ok: false, error: "invalid_auth" });
    const r = await start();
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "factdesk: SLACK_BOT_TOKEN was refused by Slack (invalid_auth): check the token\n",
    );
    expect(calls.map((c) => c.method)).toEqual(["auth.test"]);
  });

  it.each(["token_revoked", "account_inactive", "not_authed"])("%s: the same", async (code) => {
    script = () => json({ ok: false, error: code });
    const r = await start();
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `factdesk: SLACK_BOT_TOKEN was refused by Slack (${code}): check the token\n`,
    );
  });

  it("through `npm start` (bin/factdesk.js): exits 1 with that one line, no stack trace", async () => {
    script = () => json({ ok: false, error: "invalid_auth" });
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "factdesk.js"), "start"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => {
      stdout += c;
    });
    child.stderr.on("data", (c) => {
      stderr += c;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "factdesk: SLACK_BOT_TOKEN was refused by Slack (invalid_auth): check the token\n",
    );
    expect(calls.map((c) => c.method)).toEqual(["auth.test"]);
  }, 20_000);
});

// Each waits out the production retry policy (two retries, 1 s then 2 s apart), so run together.
describe.concurrent("factdesk start, when Slack is not answering properly", () => {
  it("a 500 on every try: retried twice, then one line, exit 1", async () => {
    let tries = 0;
    script = () => {
      tries++;
      return { status: 500, body: "Internal Server Error" };
    };
    const r = await start();
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "factdesk: could not reach Slack to check the bot token: An HTTP protocol error occurred: statusCode = 500\n",
    );
    expect(tries).toBe(3);
  }, 15_000);

  it("nothing listening at SLACK_API_URL: retried, then one line with the reason, exit 1", async () => {
    const closed = await startSink();
    const url = `${closed.origin}/api/`;
    await closed.close();
    // Its own store file: the test beside it runs at the same time, and a store has one process.
    const r = await start({ SLACK_API_URL: url, FACTDESK_DB: path.join(dir, "live-2.json") });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "factdesk: could not reach Slack to check the bot token: A request error occurred: fetch failed (ECONNREFUSED)\n",
    );
  }, 15_000);
});

describe("startSlack's check of the token", () => {
  it("429 with Retry-After: waits as long as Slack asks, then starts", async () => {
    script = (_, n) =>
      n === 0
        ? json({ ok: false, error: "ratelimited" }, 429, { "retry-after": "1" })
        : json(OK_AUTH);
    const running = await startSlack({ ...http, slackApiUrl: `${slack.origin}/api/` }, fakeDesk(), {
      logger: quiet(),
      clientOptions: { retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 10 } },
    });
    try {
      expect(running.mode).toBe("http");
      expect(calls.map((c) => c.method)).toEqual(["auth.test", "auth.test"]);
      expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(990);
    } finally {
      await running.stop();
    }
  });

  it("an auth.test that never answers: gives up after the client's timeout, in one line", async () => {
    script = () => new Promise<SinkAnswer>(() => {});
    const t0 = performance.now();
    const started = startSlack({ ...http, slackApiUrl: `${slack.origin}/api/` }, fakeDesk(), {
      logger: quiet(),
      clientOptions: { timeout: 300, retryConfig: { retries: 0 } },
    });
    await expect(started).rejects.toThrow(/^could not reach Slack to check the bot token: [^\n]+$/);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});
