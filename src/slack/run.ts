/**
 * `factdesk start` with Slack credentials: check the bot token, start the app in the
 * configured mode, and say so in one line.
 */
import type { AddressInfo } from "node:net";
import { type Logger, webApi } from "@slack/bolt";
import type { Desk, OpenedDesk } from "../app/desk.ts";
import { ConfigError, type SlackConfig } from "../config.ts";
import type { LastDigest } from "../render/blocks/home.ts";
import { createApp, EVENTS_PATH } from "./app.ts";
import { createLogger } from "./logger.ts";

export interface RunningSlack {
  mode: SlackConfig["mode"];
  /** The port HTTP mode listens on (useful when PORT=0 picked one). */
  port: number | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  lastDigest?: () => LastDigest | null;
  clientOptions?: webApi.WebClientOptions;
}

/** Errors that mean the token itself is wrong, not that Slack is unreachable. */
const BAD_TOKEN = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
]);

async function whoAmI(config: SlackConfig, logger: Logger, clientOptions: webApi.WebClientOptions) {
  const client = new webApi.WebClient(config.botToken, {
    logger,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    retryConfig: { retries: 2 },
    ...clientOptions,
  });
  try {
    const res = await client.auth.test();
    if (!res.user_id || !res.bot_id) throw new Error("auth.test did not name a bot user");
    return { botId: res.bot_id, botUserId: res.user_id, team: res.team ?? null };
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error;
    if (code && BAD_TOKEN.has(code))
      throw new ConfigError(`SLACK_BOT_TOKEN was refused by Slack (${code}): check the token`);
    throw new Error(
      `could not reach Slack to check the bot token: ${oneLine((err as Error).message)}`,
    );
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** The newest digest the store recorded, when the desk has a store. */
function lastDigestOf(desk: Desk): (() => LastDigest | null) | undefined {
  const store = (desk as Partial<Pick<OpenedDesk, "store">>).store;
  if (!store) return undefined;
  return () => {
    const latest = store.data.digests.reduce<(typeof store.data.digests)[number] | null>(
      (best, d) => (!best || d.postedAt > best.postedAt ? d : best),
      null,
    );
    return latest ? { day: latest.day, channel: latest.channel } : null;
  };
}

export async function startSlack(
  config: SlackConfig,
  desk: Desk,
  options: StartOptions = {},
): Promise<RunningSlack> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clientOptions = options.clientOptions ?? {};
  const bot = await whoAmI(config, logger, clientOptions);
  const app = createApp({
    config,
    desk,
    logger,
    bot: { botId: bot.botId, botUserId: bot.botUserId },
    lastDigest: options.lastDigest ?? lastDigestOf(desk),
    clientOptions,
  });
  const team = bot.team ? ` for ${bot.team}` : "";
  if (config.mode === "socket") {
    try {
      await app.start();
    } catch (err) {
      const code = (err as { data?: { error?: string } }).data?.error;
      if (code && BAD_TOKEN.has(code))
        throw new ConfigError(
          `SLACK_APP_TOKEN was refused by Slack (${code}): check the app-level token and its connections:write scope`,
        );
      throw new Error(
        `could not open a Socket Mode connection: ${oneLine((err as Error).message)}`,
      );
    }
    logger.info(`Slack: Socket Mode${team}, no public URL needed`);
    return {
      mode: "socket",
      port: null,
      stop: async () => {
        await app.stop();
      },
    };
  }
  const server = (await app.start(config.port)) as { address(): AddressInfo | string | null };
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info(`Slack: HTTP mode${team}, listening on port ${port} at ${EVENTS_PATH}`);
  return {
    mode: "http",
    port,
    stop: async () => {
      await app.stop();
    },
  };
}
