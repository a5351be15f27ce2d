/**
 * A reply after a modal closes. A view_submission carries no response_url, so the modal keeps
 * the one from the click that opened it (valid 30 minutes) and answers through that: it
 * reaches the asker even in a channel the bot is not in. When that is not a Slack URL, or Slack
 * cannot be reached or refuses, an ephemeral post in the channel; when that fails too, a DM, so
 * the user always learns whether what they sent was saved.
 */
import type { Logger, webApi } from "@slack/bolt";
import type { Rendered } from "../render/blocks/index.ts";
import { hostOf, slackHooks } from "./outbound.ts";

export interface FollowUpTarget {
  user: string;
  /** The response_url of the message the modal was opened from. */
  responseUrl?: string | undefined;
  channel?: string | undefined;
}

/** Through the response_url; false (after logging why) when it cannot be used. */
async function viaResponseUrl(
  io: { client: webApi.WebClient; logger: Logger },
  url: string,
  body: Record<string, unknown>,
): Promise<boolean> {
  // The app's own Web API base says which hosts stand in for Slack (SLACK_API_URL in tests).
  if (!slackHooks(io.client.slackApiUrl)(url)) {
    io.logger.warn(
      `follow-up: refused to post to ${hostOf(url)}, which is not a Slack hook; trying an ephemeral post`,
    );
    return false;
  }
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (res.ok) return true;
    io.logger.warn(`follow-up: response_url answered ${res.status}; trying an ephemeral post`);
  } catch (err) {
    io.logger.warn(
      `follow-up: response_url unreachable (${(err as Error).message}); trying an ephemeral post`,
    );
  }
  return false;
}

export async function followUp(
  io: { client: webApi.WebClient; logger: Logger },
  target: FollowUpTarget,
  reply: Rendered,
  options: { replaceOriginal?: boolean } = {},
): Promise<void> {
  if (target.responseUrl !== undefined) {
    const body = {
      response_type: "ephemeral",
      replace_original: options.replaceOriginal === true,
      ...reply,
    };
    if (await viaResponseUrl(io, target.responseUrl, body)) return;
  }
  if (target.channel) {
    try {
      await io.client.chat.postEphemeral({ channel: target.channel, user: target.user, ...reply });
      return;
    } catch (err) {
      io.logger.warn("follow-up: the ephemeral post failed; sending a DM:", err);
    }
  }
  try {
    // A message to a user id lands in the app's DM with them.
    await io.client.chat.postMessage({ channel: target.user, ...reply, unfurl_links: false });
  } catch (err) {
    io.logger.error(`follow-up: could not tell ${target.user}: ${reply.text}`, err);
  }
}
