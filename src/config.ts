/**
 * Configuration from the environment, validated once at start-up. A bad value stops start-up
 * with one line naming the variable and the reason; secrets are never echoed back.
 */
import path from "node:path";
import { z } from "zod";

export type LogLevelName = "debug" | "info" | "warn" | "error";

interface Common {
  port: number;
  /** Base URL of the Slack Web API (always ending in "/"), or null for Slack's own. */
  slackApiUrl: string | null;
  /** The live store file. */
  db: string;
  logLevel: LogLevelName;
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
});

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
