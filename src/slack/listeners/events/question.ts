/** A question typed to the bot (a mention or a DM), answered in a thread from the desk. */
import type { Logger, webApi } from "@slack/bolt";
import { renderBlocks } from "../../../render/blocks/index.ts";
import { unescapeSlack } from "../../../render/escape.ts";
import type { SlackDeps } from "../../deps.ts";
import { replyWith, showsEditorButtons } from "../../reply.ts";

/** The question without the mentions that addressed it to the bot. */
export function questionText(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, "g") : null;
  const stripped = own ? text.replace(own, " ") : text.replace(/^\s*<@[A-Z0-9]+(\|[^>]*)?>/, " ");
  return unescapeSlack(stripped).replace(/\s+/g, " ").trim();
}

export async function answerInThread(
  deps: SlackDeps,
  io: { client: webApi.WebClient; logger: Logger },
  message: {
    channel: string;
    ts: string;
    thread_ts?: string;
    question: string;
    share: boolean;
    /** Who asked, when only they see the thread (a DM): editors get their buttons there. */
    privateTo?: string;
  },
): Promise<void> {
  // A thread in a channel is read by everyone, so it never carries an editor's buttons.
  const editor = message.privateTo ? await showsEditorButtons(deps, message.privateTo) : false;
  await replyWith(
    io.logger,
    "question",
    () => renderBlocks(deps.desk.ask(message.question), { share: message.share, editor }),
    (reply) =>
      io.client.chat.postMessage({
        channel: message.channel,
        thread_ts: message.thread_ts ?? message.ts,
        ...reply,
        unfurl_links: false,
        unfurl_media: false,
      }),
  );
}
