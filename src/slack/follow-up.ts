/**
 * A reply after a modal closes. A view_submission carries no response_url, so the modal keeps
 * the one from the click that opened it (valid 30 minutes) and answers through that: it
 * reaches the asker even in a channel the bot is not in. Without one, an ephemeral post.
 */
import type { Logger, webApi } from "@slack/bolt";
import type { Rendered } from "../render/blocks/index.ts";

export interface FollowUpTarget {
  user: string;
  /** The response_url of the message the modal was opened from. */
  responseUrl?: string | undefined;
  channel?: string | undefined;
}

/** Only Slack's own https endpoints: the URL came back through Slack, but is still checked. */
export const isResponseUrl = (url: string | undefined): url is string =>
  Boolean(url && url.length <= 500 && /^https:\/\/[^\s/]+\/[^\s]*$/.test(url));

export async function followUp(
  io: { client: webApi.WebClient; logger: Logger },
  target: FollowUpTarget,
  reply: Rendered,
  options: { replaceOriginal?: boolean } = {},
): Promise<void> {
  try {
    if (isResponseUrl(target.responseUrl)) {
      const res = await fetch(target.responseUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          response_type: "ephemeral",
          replace_original: options.replaceOriginal === true,
          ...reply,
        }),
      });
      if (res.ok) return;
      io.logger.warn(`follow-up: response_url answered ${res.status}; trying an ephemeral post`);
    }
    if (target.channel) {
      await io.client.chat.postEphemeral({ channel: target.channel, user: target.user, ...reply });
      return;
    }
    io.logger.warn(`follow-up: no way to reach ${target.user}: ${reply.text}`);
  } catch (err) {
    io.logger.error("follow-up: could not tell the user:", err);
  }
}
