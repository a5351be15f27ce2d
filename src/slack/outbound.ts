/**
 * Where the bot may post a reply it was told to post somewhere: only Slack. A response_url
 * comes in the signed payload and a modal carries one in its private_metadata; both need a
 * valid signature, but neither is a reason to post to an arbitrary host. Slack's reply URLs
 * are https://hooks.slack.com/…; with SLACK_API_URL set (a fake Slack in tests, on loopback),
 * that host and its hooks. sibling, in its scheme, stand in for it.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

export type IsSlackHook = (url: unknown) => boolean;

const SLACK_HOOKS = "hooks.slack.com";
const MAX_URL = 500;

/** The check for an app whose Web API is at `apiUrl` (none, or Slack's own: hooks.slack.com). */
export function slackHooks(apiUrl?: string | null): IsSlackHook {
  let api: URL | null = null;
  try {
    api = apiUrl ? new URL(apiUrl) : null;
  } catch {
    api = null;
  }
  if (api?.hostname === "slack.com") api = null;
  return (url) => {
    if (typeof url !== "string" || url.length > MAX_URL) return false;
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return false;
    }
    if (u.username || u.password) return false;
    if (u.protocol === "https:" && u.host === SLACK_HOOKS) return true;
    return (
      api !== null &&
      u.protocol === api.protocol &&
      (u.host === api.host || u.host === `hooks.${api.host}`)
    );
  };
}

/** For logs: the host alone, never the path (a response_url is a credential for 30 minutes). */
export function hostOf(url: unknown): string {
  try {
    return new URL(String(url)).host || "(none)";
  } catch {
    return "(not a URL)";
  }
}

/** Every response_url a payload carries (a slash command's, a click's, a modal's list). */
function responseUrls(body: unknown): unknown[] {
  if (!body || typeof body !== "object") return [];
  const b = body as { response_url?: unknown; response_urls?: unknown };
  const urls: unknown[] = b.response_url === undefined ? [] : [b.response_url];
  if (Array.isArray(b.response_urls))
    for (const r of b.response_urls) urls.push((r as { response_url?: unknown })?.response_url);
  return urls;
}

/**
 * A request whose response_url is not Slack's is acked and refused before any listener, so
 * neither respond() nor a modal opened from it can post there.
 */
export function onlySlackHooks(isSlackHook: IsSlackHook): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const bad = responseUrls(args.body).find((u) => !isSlackHook(u));
    if (bad === undefined) return args.next();
    const ack = (args as { ack?: () => Promise<void> }).ack;
    if (ack) await ack();
    args.logger.warn(
      `refused a request whose response_url is not a Slack hook (host ${hostOf(bad)}); nothing was posted`,
    );
  };
}
