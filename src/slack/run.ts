/**
 * `factdesk start` with Slack credentials: check the bot token, start the app in the
 * configured mode, and say so in one line; then the daily digest, when it has a channel.
 */
import type { AddressInfo } from "node:net";
import { type Logger, webApi } from "@slack/bolt";
import type { Desk } from "../app/desk.ts";
import { ConfigError, type SlackConfig } from "../config.ts";
import type { LastDigest } from "../render/blocks/home.ts";
import { formatIn } from "../scheduler/clock.ts";
import type { DigestScheduler } from "../scheduler/digest.ts";
import { createApp, EVENTS_PATH } from "./app.ts";
import { type DigestOverrides, digestScheduler } from "./digest-schedule.ts";
import type { IsEditor } from "./editors.ts";
import { keepServing } from "./keep-serving.ts";
import { createLogger } from "./logger.ts";

export interface RunningSlack {
  mode: SlackConfig["mode"];
  /** The port HTTP mode listens on (useful when PORT=0 picked one). */
  port: number | null;
  /** The daily digest's scheduler, when DIGEST_CHANNEL is set. */
  digest: DigestScheduler | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  lastDigest?: () => LastDigest | null;
  clientOptions?: webApi.WebClientOptions;
  isEditor?: IsEditor;
  /** The clock of editorial changes and `/digest`. */
  now?: () => Date;
  /** The digest scheduler's clock, sleeps and retries. */
  digest?: DigestOverrides;
}

/** Errors that mean the token itself is wrong, not that Slack is unreachable. */
const BAD_TOKEN = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
]);

/** Slack could not be reached at start-up: the CLI says so in one line and exits 1. */
export class SlackStartError extends Error {
  override name = "SlackStartError";
}

/** The low-level reason under a failed request ("ECONNREFUSED"), when fetch hides it. */
function causeOf(err: unknown): string {
  const cause = (err as { original?: { cause?: { code?: string; message?: string } } }).original
    ?.cause;
  return cause ? ` (${cause.code ?? cause.message})` : "";
}

async function whoAmI(config: SlackConfig, logger: Logger, clientOptions: webApi.WebClientOptions) {
  const client = new webApi.WebClient(config.botToken, {
    logger,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    retryConfig: { retries: 2 },
    // A Slack that accepts the connection and never answers must not hold start-up for ever.
    timeout: 10_000,
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
    throw new SlackStartError(
      `could not reach Slack to check the bot token: ${oneLine((err as Error).message)}${causeOf(err)}`,
    );
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

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
    lastDigest: options.lastDigest,
    clientOptions,
    isEditor: options.isEditor,
    now: options.now,
  });
  const startDigest = (): DigestScheduler | null => {
    const scheduler = digestScheduler({
      config,
      desk,
      logger,
      clientOptions,
      overrides: options.digest,
    });
    if (!scheduler || !config.digest) return scheduler;
    // Not awaited: a catch-up post retrying with backoff must not hold up start-up.
    scheduler.start().catch((err: unknown) => logger.error("the daily digest failed:", err));
    const next = scheduler.nextRun();
    logger.info(
      `Digest: daily at ${config.digest.time} (${config.digest.tz}) in ${config.digest.channel}; next run ${next ? formatIn(next, config.digest.tz) : "not scheduled"}`,
    );
    return scheduler;
  };
  // Installed once the app has started: from then on a stray rejection or exception is logged
  // and the bot keeps serving (a start that fails still stops the CLI with its one line).
  let release = () => {};
  const stopAll = async (digest: DigestScheduler | null) => {
    digest?.stop();
    await digest?.idle();
    await app.stop();
    release();
  };
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
      throw new SlackStartError(
        `could not open a Socket Mode connection: ${oneLine((err as Error).message)}`,
      );
    }
    release = keepServing(logger);
    logger.info(`Slack: Socket Mode${team}, no public URL needed`);
    const digest = startDigest();
    return { mode: "socket", port: null, digest, stop: () => stopAll(digest) };
  }
  const server = (await app.start(config.port)) as { address(): AddressInfo | string | null };
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  release = keepServing(logger);
  logger.info(`Slack: HTTP mode${team}, listening on port ${port} at ${EVENTS_PATH}`);
  const digest = startDigest();
  return { mode: "http", port, digest, stop: () => stopAll(digest) };
}
