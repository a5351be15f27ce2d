/**
 * Share in channel: rebuild the answer the button stands for and post it where everyone sees
 * it, attributed to whoever clicked (their id comes from Slack's payload, so it is a safe
 * mention).
 */
import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import { decodeRerun, renderBlocks } from "../../../render/blocks/index.ts";
import type { SlackDeps } from "../../deps.ts";
import { answerRerun, apology, replyWith } from "../../reply.ts";

export const STALE_BUTTON =
  "That button is from an older version of this reply. Run the command again to get a fresh one.";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

export function shareAnswer(deps: SlackDeps) {
  return async ({ ack, body, action, respond, client, logger }: Args): Promise<void> => {
    await ack();
    const rerun = decodeRerun(action.value);
    if (!rerun) {
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        ...apology(STALE_BUTTON),
      });
      return;
    }
    const channel = body.channel?.id ?? body.container?.channel_id;
    // An ephemeral reply can only reach the channel through its response_url; a reply that is
    // already a real message (an answer in a thread) is posted to the channel itself.
    const fromEphemeral = body.container?.is_ephemeral !== false || !channel;
    await replyWith(
      logger,
      "share_answer",
      () =>
        renderBlocks(answerRerun(deps.desk, rerun), {
          start: rerun.s,
          share: false,
          sharedBy: body.user.id,
        }),
      (reply) =>
        fromEphemeral
          ? respond({ response_type: "in_channel", replace_original: false, ...reply })
          : client.chat.postMessage({ channel: channel as string, ...reply, unfurl_links: false }),
    );
  };
}
