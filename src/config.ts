/**
 * Configuration from the environment, validated once at start-up. A bad value stops start-up
 * with one line naming the variable and the reason; secrets are never echoed back.
 */
import path from "node:path";
import { z } from "zod";
import { isTimeZone, parseTime } from "./scheduler/clock.ts";

export type LogLevelName = "debug" | "info" | "warn" | "error";

interface Common {
  port: number;
  /** Base URL of the Slack Web API (always ending in "/"), or null for Slack's own. */
  slackApiUrl: string | null;
  /** The live store file. */
  db: string;
  logLevel: LogLevelName;
  /**
   * The daily digest and who edits. Always set by loadConfig; optional so a hand-made config
   * (a test, a bench) need not name them, and absent means no digest and no editors.
   */
  digest?: DigestConfig;
  editors?: EditorsConfig;
  /** Per user and minute: problem reports and fact-checks (default 10 each). */
  limits?: LimitsConfig;
}

export interface LimitsConfig {
  reportsPerMinute: number;
  factchecksPerMinute: number;
}

export interface DigestConfig {
  /** The channel id the digest is posted to; null: no scheduled digest (`/digest` still works). */
  channel: string | null;
  /** HH:mm in `tz`. */
  time: string;
  /** An IANA zone. */
  tz: string;
}

export interface EditorsConfig {
  /** Slack user ids named one by one. */
  userIds: string[];
  /** A user group whose members are editors: its id (S…) or its handle without the "@". */
  usergroup: { id: string } | { handle: string } | null;
  /** INGEST_USER_IDS: who may add sources besides the editors. */
  ingestUserIds?: string[];
}

export interface SocketConfig extends Common {
  mode: "socket";
  botToken: string;
  appToken: string;
  signingSecret: string | null;
}

export interface HttpConfig extends Common {
  mode: "http";
  botToken: string;
  signingSecret: string;
}

export interface LocalConfig extends Common {
  mode: "local";
}

export type Config = SocketConfig | HttpConfig | LocalConfig;
export type SlackConfig = SocketConfig | HttpConfig;

export class ConfigError extends Error {
  override name = "ConfigError";
}

export const DEFAULT_DB = path.resolve(import.meta.dirname, "..", "data", "live", "factdesk.json");

/** The start of a value, enough to recognise a token kind without leaking the secret. */
const prefixOf = (v: string) => `"${v.slice(0, 5)}…"`;

const token = (prefix: string, kind: string) =>
  z
    .string()
    .refine((v) => !/\s/.test(v), { error: "must not contain spaces or line breaks" })
    .refine((v) => v.startsWith(prefix) && v.length > prefix.length, {
      error: (issue) =>
        `must be ${kind} starting with "${prefix}" (this one starts with ${prefixOf(String(issue.input))})`,
    });

const Env = z.object({
  SLACK_BOT_TOKEN: token("xoxb-", "a bot token").optional(),
  SLACK_APP_TOKEN: token("xapp-", "an app-level token").optional(),
  SLACK_SIGNING_SECRET: z
    .string()
    .regex(/^[0-9a-f]{16,}$/i, { error: "must be the app's signing secret (hex digits)" })
    .optional(),
  PORT: z
    .string()
    .regex(/^\d+$/, { error: "must be a whole number" })
    .transform(Number)
    .refine((n) => n <= 65_535, { error: "must be at most 65535" })
    .default(3000),
  SLACK_API_URL: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL like https://slack.com/api/" })
    .transform((u) => (u.endsWith("/") ? u : `${u}/`))
    .optional(),
  FACTDESK_DB: z.string().default(DEFAULT_DB),
  LOG_LEVEL: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(
      z.enum(["debug", "info", "warn", "error"], { error: "must be debug, info, warn or error" }),
    )
    .default("info"),
  DIGEST_CHANNEL: z
    .string()
    .regex(/^[CG][A-Z0-9]{2,}$/, {
      error: "must be a channel id like C0123ABCDE (channel details → About, at the bottom)",
    })
    .optional(),
  DIGEST_TIME: z
    .string()
    .refine(isTime, { error: (i) => `must be a time as HH:mm like 08:00, not "${i.input}"` })
    .default("08:00"),
  DIGEST_TZ: z
    .string()
    .refine(isTimeZone, {
      error: (i) => `must be an IANA time zone like Europe/Kyiv or UTC, not "${i.input}"`,
    })
    .default("UTC"),
  EDITOR_USER_IDS: userIds(),
  INGEST_USER_IDS: userIds(),
  REPORTS_PER_MINUTE: perMinute(),
  FACTCHECKS_PER_MINUTE: perMinute(),
  EDITOR_USERGROUP: z
    .string()
    .regex(/^@?[a-z0-9][a-z0-9._-]*$/i, {
      error: "must be a user group handle like @editors, or its id like S0123ABCD",
    })
    .transform(toUsergroup)
    .optional(),
});

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** Slack user ids, comma-separated; none when unset. */
function userIds() {
  return z
    .string()
    .transform((s) =>
      s
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .superRefine((ids, ctx) => {
      const bad = ids.find((id) => !USER_ID.test(id));
      if (bad !== undefined)
        ctx.addIssue({
          code: "custom",
          message: `must be Slack user ids separated by commas (like U0123ABCD,U0456EFGH); "${bad}" is not one`,
        });
    })
    .default([]);
}

/** A per-user, per-minute allowance: a whole number from 1 to 1000, 10 when unset. */
function perMinute() {
  return z
    .string()
    .regex(/^\d+$/, { error: "must be a whole number of times a minute, like 10" })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 1000, { error: "must be from 1 to 1000" })
    .default(10);
}

function isTime(s: string): boolean {
  try {
    parseTime(s);
    return true;
  } catch {
    return false;
  }
}

/** Ids are upper case with a digit (S0123ABCD); handles are lower case, so "sales" is a handle. */
function toUsergroup(v: string): NonNullable<EditorsConfig["usergroup"]> {
  if (/^S(?=[A-Z]*\d)[A-Z0-9]{6,}$/.test(v)) return { id: v };
  return { handle: v.replace(/^@/, "").toLowerCase() };
}

/** Reads and checks the environment; throws a one-line ConfigError for a missing or bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty line in a .env file (`SLACK_APP_TOKEN=`) means "not set", not "set to nothing".
  const present = Object.fromEntries(
    Object.keys(Env.shape).flatMap((k) => {
      const v = env[k]?.trim();
      return v ? [[k, v]] : [];
    }),
  );
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "environment");
    throw new ConfigError(`${name} ${oneLine(issue?.message ?? "is invalid")}`);
  }
  const e = parsed.data;
  const common: Common = {
    port: e.PORT,
    slackApiUrl: e.SLACK_API_URL ?? null,
    db: e.FACTDESK_DB,
    logLevel: e.LOG_LEVEL,
    digest: { channel: e.DIGEST_CHANNEL ?? null, time: e.DIGEST_TIME, tz: e.DIGEST_TZ },
    editors: {
      userIds: e.EDITOR_USER_IDS,
      usergroup: e.EDITOR_USERGROUP ?? null,
      ...(e.INGEST_USER_IDS.length > 0 ? { ingestUserIds: e.INGEST_USER_IDS } : {}),
    },
    limits: {
      reportsPerMinute: e.REPORTS_PER_MINUTE,
      factchecksPerMinute: e.FACTCHECKS_PER_MINUTE,
    },
  };
  const bot = e.SLACK_BOT_TOKEN;
  const secret = e.SLACK_SIGNING_SECRET;
  if (e.SLACK_APP_TOKEN) {
    if (!bot)
      throw new ConfigError(
        "SLACK_BOT_TOKEN is missing: Socket Mode (SLACK_APP_TOKEN is set) also needs the bot token (xoxb-…)",
      );
    return {
      ...common,
      mode: "socket",
      botToken: bot,
      appToken: e.SLACK_APP_TOKEN,
      signingSecret: secret ?? null,
    };
  }
  if (bot && secret) return { ...common, mode: "http", botToken: bot, signingSecret: secret };
  if (bot)
    throw new ConfigError(
      "SLACK_SIGNING_SECRET is missing: HTTP mode (a bot token without SLACK_APP_TOKEN) needs it to verify Slack's requests; or set SLACK_APP_TOKEN for Socket Mode",
    );
  if (secret)
    throw new ConfigError(
      "SLACK_BOT_TOKEN is missing: SLACK_SIGNING_SECRET is set, but the bot cannot reply without its bot token (xoxb-…)",
    );
  return { ...common, mode: "local" };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
