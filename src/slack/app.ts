/**
 * The Bolt app: Socket Mode when an app-level token is configured, otherwise HTTP at
 * /slack/events with early acks (processBeforeResponse false), so every ack leaves before
 * the answer is built.
 */
import {
  type AnyMiddlewareArgs,
  App,
  HTTPReceiver,
  type HTTPReceiverOptions,
  type Logger,
  type Middleware,
  type Receiver,
  SocketModeReceiver,
  type webApi,
} from "@slack/bolt";
import type { Desk } from "../app/desk.ts";
import type { FetchOptions } from "../app/fetch-article.ts";
import type { Handled } from "../app/handled.ts";
import type { Newsroom } from "../app/newsroom.ts";
import type { SlackConfig } from "../config.ts";
import { userLimits } from "../domain/rate-limit.ts";
import type { LastDigest } from "../render/blocks/home.ts";
import { chain } from "./chain.ts";
import { editors, type IsEditor } from "./editors.ts";
import { registerListeners } from "./listeners/index.ts";
import { router } from "./listeners/route.ts";
import { createLogger, toLogLevel } from "./logger.ts";
import { onlySlackHooks, slackHooks } from "./outbound.ts";
import { paceRequests } from "./pace.ts";
import { REQUEST_TS, skipReplays } from "./replays.ts";
import { guardRequests } from "./request-guard.ts";
import { jsonRespond, postJson } from "./respond.ts";

export const EVENTS_PATH = "/slack/events";

export interface CreateAppOptions {
  config: SlackConfig;
  desk: Desk;
  /** The last digest for the Home tab; by default the desk's. */
  lastDigest?: () => LastDigest | null;
  logger?: Logger;
  /** The bot's identity when already known (from auth.test); otherwise Bolt asks Slack. */
  bot?: { botId: string; botUserId: string };
  /** Merged over what the config sets (tests pass `retryConfig: { retries: 0 }`). */
  clientOptions?: webApi.WebClientOptions;
  receiverOptions?: Partial<HTTPReceiverOptions>;
  /** Who is an editor; by default EDITOR_USER_IDS and EDITOR_USERGROUP through the app's client. */
  isEditor?: IsEditor;
  /** The clock editorial changes and `/digest` read (tests fix it). */
  now?: () => Date;
  /** Where handled requests are claimed; by default where the desk keeps its store. */
  handled?: Handled;
  /** How links are fetched for /ingest (tests inject DNS). */
  fetch?: FetchOptions;
  /** How many requests may be handled at once, after their ack (pace.ts; UNANSWERED_LIMIT). */
  unansweredLimit?: number;
  /**
   * Runs first, around the whole handling of each request (the reply and what follows it, the
   * run a /factcheck records): the round-trip bench and the load test count the requests still
   * being handled with it. A middleware added with app.use() runs after the router, which
   * answers every request it knows without going on, so it would never see those.
   */
  around?: Middleware<AnyMiddlewareArgs>;
}

/** The editors' side of a desk, with "today" in the digest's zone. */
export function newsroomOf(desk: Desk, config: SlackConfig, now?: () => Date): Newsroom {
  return desk.newsroom({ tz: config.digest?.tz ?? "UTC", now });
}

/** Slack re-sends a request it thinks went unanswered; the first delivery already answered it. */
const skipRetries: Middleware<AnyMiddlewareArgs> = async (args) => {
  const { context, logger, next } = args;
  if (context.retryNum) {
    const ack = (args as { ack?: () => Promise<void> }).ack;
    if (ack) await ack();
    logger.info(
      `ignored Slack's retry #${context.retryNum} (${context.retryReason ?? "no reason"})`,
    );
    return;
  }
  await next();
};

/**
 * Bolt could not route a signed request (a body that is an object but not one Slack would send:
 * an event without its team, an action without its actions). Bolt's default answers 500, which
 * tells Slack to retry; the request is malformed, so it gets a 400 and one line saying why.
 */
const answerMalformed: HTTPReceiverOptions["processEventErrorHandler"] = async ({
  error,
  response,
  logger,
}) => {
  if (response.headersSent) {
    logger.error("a request failed after it was acknowledged:", error);
    return false;
  }
  logger.warn(
    `refused a signed request Bolt could not process (${oneLine(String(error))}): answered 400`,
  );
  response.writeHead(400);
  response.end();
  return false;
};

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim().slice(0, 200);

export function createApp(options: CreateAppOptions): App {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const clientOptions: webApi.WebClientOptions = {
    // A Web API call Slack never answers is given up (and retried) rather than held for ever.
    timeout: 30_000,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    ...options.clientOptions,
  };
  const receiver: Receiver =
    config.mode === "socket"
      ? new SocketModeReceiver({
          appToken: config.appToken,
          logger,
          installerOptions: { clientOptions: { ...clientOptions } },
        })
      : new HTTPReceiver({
          signingSecret: config.signingSecret,
          endpoints: EVENTS_PATH,
          port: config.port,
          processBeforeResponse: false,
          // The guard below verifies every POST's signature before Bolt sees it.
          signatureVerification: false,
          logger,
          processEventErrorHandler: answerMalformed,
          // The signed timestamp names a modal submission (see replays.ts).
          customPropertiesExtractor: (req) => ({
            [REQUEST_TS]: req.headers["x-slack-request-timestamp"],
          }),
          ...options.receiverOptions,
        });
  if (receiver instanceof HTTPReceiver && config.mode === "http") {
    // Bolt's server reads this property on every request, so the guard sees each one first.
    receiver.requestListener = guardRequests(receiver.requestListener, {
      signingSecret: config.signingSecret,
      logger,
    });
  }
  const app = new App({
    token: config.botToken,
    receiver,
    logger,
    logLevel: toLogLevel(config.logLevel),
    // No listener reads context.conversation: Bolt's conversation store would look each request
    // up in memory (and keep what it stored) for nothing.
    convoStore: false,
    // Bolt writes into the options it is given; hand it its own copy.
    clientOptions: { ...clientOptions },
    ...options.bot,
  });
  const desk = options.desk;
  app.error(async (error) => {
    logger.error("a listener failed:", error);
  });
  const isEditor =
    options.isEditor ?? editors({ config: config.editors, client: app.client, logger });
  const ingestUsers = new Set(config.editors?.ingestUserIds ?? []);
  // Behind one router (route.ts), the last of the global middlewares, not Bolt's listeners.
  // Replies posted as Bolt posts them, but through node:http rather than fetch, serialised
  // once for a memoised answer's reply (respond.ts). A fetch of the client's own
  // (clientOptions.fetch) keeps Bolt's respond(), which posts through it.
  const routes = router(
    clientOptions.fetch ? {} : { respond: (url) => jsonRespond(postJson, url) },
  );
  registerListeners(routes.registrar, {
    desk,
    lastDigest: options.lastDigest ?? (() => desk.lastDigest()),
    isEditor,
    ingester:
      desk.ingester({
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.now ? { now: options.now } : {}),
      }) ?? undefined,
    canIngest: async (user) => ingestUsers.has(user) || (await isEditor(user).catch(() => false)),
    newsroom: newsroomOf(options.desk, config, options.now),
    digestChannel: config.digest?.channel ?? null,
    limits: userLimits({
      reports: config.limits?.reportsPerMinute,
      factchecks: config.limits?.factchecksPerMinute,
    }),
  });
  // One global middleware (chain.ts): Bolt copies every argument for each one it runs.
  app.use(
    chain([
      ...(options.around ? [options.around] : []),
      skipRetries,
      onlySlackHooks(slackHooks(clientOptions.slackApiUrl)),
      skipReplays(options.handled ?? { claim: (key) => desk.claim(key) }),
      // After the claim: a request is acked at once, then its handling waits for a place
      // while too many are being handled; a replay is acked above without waiting.
      paceRequests(options.unansweredLimit).middleware,
      routes.middleware,
    ]),
  );
  return app;
}
