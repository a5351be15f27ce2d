/**
 * The daily digest, when DIGEST_CHANNEL is set. It posts through a Web API client of its own
 * that makes no retries and rejects rate-limited calls instead of waiting them out, so every
 * failure and a 429's Retry-After reach the scheduler, which owns the backoff and records a
 * post only once Slack has accepted it.
 */
import { type Logger, webApi } from "@slack/bolt";
import type { Desk } from "../app/desk.ts";
import type { SlackConfig } from "../config.ts";
import { renderDigest } from "../render/blocks/digest.ts";
import { DigestScheduler, type DigestSchedulerOptions } from "../scheduler/digest.ts";
import { slackPoster } from "../scheduler/slack-poster.ts";
import { uploadCharts } from "./charts.ts";

/** What a test may fix: the clock, the sleeps between retries, how many. */
export type DigestOverrides = Partial<
  Pick<DigestSchedulerOptions, "now" | "sleep" | "retries" | "baseDelayMs" | "maxDelayMs">
>;

export function digestScheduler(input: {
  config: SlackConfig;
  desk: Desk;
  logger: Logger;
  clientOptions?: webApi.WebClientOptions;
  overrides?: DigestOverrides;
  /** false: post the digest without its chart; `done` hears how each chart upload ended. */
  chart?: false | { done?: (outcome: "uploaded" | "empty" | "failed") => void };
}): DigestScheduler | null {
  const { config, logger } = input;
  const digest = config.digest;
  if (!digest?.channel) return null;
  const client = new webApi.WebClient(config.botToken, {
    logger,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    ...input.clientOptions,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  return new DigestScheduler({
    ledger: input.desk.digestLedger(),
    // Everyone in the channel sees the buttons; only editors get past them (checked on click).
    post: slackPoster(
      client,
      (d) => renderDigest(d, { editor: true }),
      input.chart === false
        ? undefined
        : {
            // Loaded with the first digest, not at start (Vega and resvg take a second or so).
            draw: async (d) => (await import("../render/charts/index.ts")).drawDigest(d),
            upload: (target, charts) => uploadCharts(client, target, charts),
            log: (line) => logger.info(line),
            ...(input.chart ? { done: input.chart.done } : {}),
          },
    ),
    channel: digest.channel,
    time: digest.time,
    tz: digest.tz,
    log: (line) => logger.info(line),
    ...input.overrides,
  });
}
