/**
 * Drives the real Bolt HTTP receiver: the app listens on an ephemeral loopback port and gets
 * requests signed the way Slack signs them; Web API calls and response_url posts go to nock.
 * nock is imported here, before any App exists, so it intercepts the fetch the App captures.
 * A test file that only needs the running app calls useTestApp(); the rest are its parts.
 */
import { createHmac } from "node:crypto";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { afterAll, beforeAll, beforeEach, expect, vi } from "vitest";
import type { Desk } from "../../src/app/desk.ts";
import type { HttpConfig } from "../../src/config.ts";
import type { LastDigest } from "../../src/render/blocks/home.ts";
import type { Block } from "../../src/render/blocks/index.ts";
import { createApp } from "../../src/slack/app.ts";
import type { IsEditor } from "../../src/slack/editors.ts";
import { createLogger } from "../../src/slack/logger.ts";

export const SECRET = "0123456789abcdef0123456789abcdef";
export const API_ORIGIN = "https://slack.test";
export const API = `${API_ORIGIN}/api/`;
export const HOOKS = "https://hooks.slack.test";
export const BOT_USER = "U0BOT";
export const ASKER = "U0ASKER";
export const CHANNEL = "C0NEWSROOM";

export interface TestApp {
  url: string;
  logs: string[];
  stop(): Promise<void>;
}

export interface TestAppOptions {
  lastDigest?: () => LastDigest | null;
  /** Merged over the test config: editors, the digest. */
  config?: Partial<HttpConfig>;
  isEditor?: IsEditor;
  now?: () => Date;
}

export async function startTestApp(desk: Desk, options: TestAppOptions = {}): Promise<TestApp> {
  const config: HttpConfig = {
    mode: "http",
    botToken: "xoxb-test-token",
    signingSecret: SECRET,
    port: 0,
    slackApiUrl: API,
    db: "unused",
    logLevel: "info",
    ...options.config,
  };
  const logs: string[] = [];
  const app = createApp({
    config,
    desk,
    lastDigest: options.lastDigest,
    logger: createLogger("info", (line) => logs.push(line)),
    bot: { botId: "B0BOT", botUserId: BOT_USER },
    clientOptions: { retryConfig: { retries: 0 } },
    isEditor: options.isEditor,
    now: options.now,
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as {
    address(): AddressInfo;
  };
  return {
    url: `http://127.0.0.1:${server.address().port}/slack/events`,
    logs,
    stop: async () => {
      await app.stop();
    },
  };
}

export function signature(body: string, ts: number, secret = SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
}

export interface Sent {
  status: number;
  body: string;
  ms: number;
}

export async function send(
  url: string,
  body: string,
  options: {
    json?: boolean;
    ts?: number;
    secret?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Sent> {
  const ts = options.ts ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": options.json ? "application/json" : "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": signature(body, ts, options.secret),
      ...options.headers,
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}

let counter = 0;
export const nextId = () => ++counter;

export function commandBody(
  command: string,
  text: string,
  responsePath: string,
  user = ASKER,
): string {
  return new URLSearchParams({
    token: "legacy-token",
    team_id: "T0TEAM",
    team_domain: "newsroom",
    channel_id: CHANNEL,
    channel_name: "newsroom",
    user_id: user,
    user_name: "reporter",
    command,
    text,
    api_app_id: "A0APP",
    is_enterprise_install: "false",
    response_url: `${HOOKS}${responsePath}`,
    trigger_id: `${nextId()}.trigger`,
  }).toString();
}

export function eventBody(event: Record<string, unknown>): string {
  return JSON.stringify({
    token: "legacy-token",
    team_id: "T0TEAM",
    api_app_id: "A0APP",
    type: "event_callback",
    event_id: `Ev${nextId()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { team_id: "T0TEAM", user_id: BOT_USER, is_bot: true, is_enterprise_install: false },
    ],
    event: { event_ts: `${Date.now() / 1000}`, ...event },
  });
}

export function actionBody(options: {
  actionId: string;
  value: string;
  responsePath: string;
  user?: string;
  ephemeral?: boolean;
  channel?: string;
}): string {
  const channel = options.channel ?? CHANNEL;
  const payload = {
    type: "block_actions",
    user: { id: options.user ?? "U0SHARER", username: "editor", team_id: "T0TEAM" },
    api_app_id: "A0APP",
    token: "legacy-token",
    container: {
      type: "message",
      message_ts: "1716500000.000200",
      channel_id: channel,
      is_ephemeral: options.ephemeral ?? true,
    },
    trigger_id: `${nextId()}.trigger`,
    team: { id: "T0TEAM", domain: "newsroom" },
    channel: { id: channel, name: "newsroom" },
    response_url: `${HOOKS}${options.responsePath}`,
    actions: [
      {
        type: "button",
        action_id: options.actionId,
        block_id: "answer_actions",
        value: options.value,
        text: { type: "plain_text", text: "Share in channel" },
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A modal submitted: its callback_id, the metadata it was opened with, what was typed. */
export function viewBody(options: {
  callbackId: string;
  privateMetadata: string;
  user: string;
  /** block_id → value typed (the action_id is the block_id, as the app's modals use). */
  values?: Record<string, string | null>;
  /** block_id → option chosen in a select. */
  selected?: Record<string, string>;
}): string {
  const values: Record<string, Record<string, unknown>> = {};
  for (const [block, value] of Object.entries(options.values ?? {}))
    values[block] = { [block]: { type: "plain_text_input", value } };
  for (const [block, value] of Object.entries(options.selected ?? {}))
    values[block] = {
      [block]: {
        type: "static_select",
        selected_option: { value, text: { type: "plain_text", text: value } },
      },
    };
  const payload = {
    type: "view_submission",
    team: { id: "T0TEAM", domain: "newsroom" },
    user: { id: options.user, username: "someone", name: "someone", team_id: "T0TEAM" },
    api_app_id: "A0APP",
    token: "legacy-token",
    trigger_id: `${nextId()}.trigger`,
    view: {
      id: `V${nextId()}`,
      team_id: "T0TEAM",
      type: "modal",
      callback_id: options.callbackId,
      private_metadata: options.privateMetadata,
      blocks: [],
      state: { values },
      hash: "1.abc",
      title: { type: "plain_text", text: "Factdesk" },
      app_id: "A0APP",
      bot_id: "B0BOT",
    },
    response_urls: [],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** What a nocked endpoint received, keyed by path, JSON or form bodies alike. */
export interface Captured {
  path: string;
  body: Record<string, unknown> & { text?: string; blocks?: Block[] };
}

function parseBody(body: unknown): Captured["body"] {
  if (typeof body !== "string") return body as Captured["body"];
  try {
    return JSON.parse(body);
  } catch {
    const out: Record<string, unknown> = Object.fromEntries(new URLSearchParams(body));
    if (typeof out.blocks === "string") out.blocks = JSON.parse(out.blocks);
    if (typeof out.view === "string") out.view = JSON.parse(out.view);
    return out;
  }
}

/** Records every response_url post and every Web API call (answering ok) into `seen`. */
export function captureSlack(seen: Captured[] = []): Captured[] {
  nock(HOOKS)
    .persist()
    .post(/.*/)
    .reply(200, (path, body) => {
      seen.push({ path, body: parseBody(body) });
      return "ok";
    });
  nock(API_ORIGIN)
    .persist()
    .post(/^\/api\//)
    .reply(200, (path, body) => {
      seen.push({ path, body: parseBody(body) });
      return { ok: true, ts: "1716500000.999999", channel: CHANNEL };
    });
  return seen;
}

/** The app a suite drives through its receiver, and what Slack was sent. */
export interface UsedApp {
  /** Where signed requests go. */
  readonly url: string;
  /** What the app logged, since it started. */
  readonly logs: string[];
  /** Every response_url post and Web API call since the current test began. */
  readonly seen: Captured[];
  /** Waits for the one post to `path` (a response_url path or "/api/<method>"), returns it. */
  posted(path: string): Promise<Captured["body"]>;
  /** Puts interceptors `intercept` registers ahead of the recording catch-all. */
  interceptFirst(intercept: () => void): void;
}

/**
 * The one Slack test set-up: for the enclosing suite (a file or a describe), nock takes every
 * Web API call and response_url post and only loopback may be reached; the app starts over
 * `desk` (or what `desk()` returns once the suite's earlier beforeAll hooks have run) and is
 * stopped after; `seen` is emptied before each test.
 */
export function useTestApp(desk: Desk | (() => Desk), options: TestAppOptions = {}): UsedApp {
  const seen: Captured[] = [];
  let app: TestApp | null = null;
  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect("127.0.0.1");
    captureSlack(seen);
    app = await startTestApp(typeof desk === "function" ? desk() : desk, options);
  });
  afterAll(async () => {
    await app?.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  });
  beforeEach(() => {
    seen.length = 0;
  });
  const running = (): TestApp => {
    if (!app) throw new Error("useTestApp: the app starts in beforeAll; use it inside a test");
    return app;
  };
  return {
    get url() {
      return running().url;
    },
    get logs() {
      return running().logs;
    },
    seen,
    async posted(path) {
      await vi.waitFor(() => expect(seen.some((c) => c.path === path)).toBe(true), {
        timeout: 3000,
      });
      const posts = seen.filter((c) => c.path === path);
      expect(posts).toHaveLength(1);
      return (posts[0] as Captured).body;
    },
    interceptFirst(intercept) {
      nock.cleanAll();
      intercept();
      captureSlack(seen);
    },
  };
}
