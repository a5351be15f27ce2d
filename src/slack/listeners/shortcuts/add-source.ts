/**
 * "Add as a source" on a message: a message that is (mostly) a link adds the article at the
 * link; any other message adds its own text, byte for byte as Slack gives it (with its
 * &amp;, &lt; and &gt; read back), dated by the message's day. Editors and INGEST_USER_IDS
 * only; the asker alone gets the summary, ephemeral where the message is, or as a DM.
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import type { SlackDeps } from "../../deps.ts";
import { replyWith } from "../../reply.ts";
import { ingestReply, linkIn } from "../commands/ingest.ts";
import { dayOfTs } from "./index.ts";

export const ADD_SOURCE_ID = "ingest_message";

type Args = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/** Slack's escapes in message text, read back. */
const slackUnescape = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** A message whose words, once its link is taken out, are too few to be the article itself. */
export function isMostlyLink(text: string): boolean {
  const rest = text.replace(/<https?:\/\/[^>]+>/g, " ").replace(/\bhttps?:\/\/\S+/g, " ");
  return rest.trim().split(/\s+/).filter(Boolean).length < 40;
}

export function addSource(deps: SlackDeps) {
  return async ({ shortcut, ack, client, logger }: Args): Promise<void> => {
    await ack();
    const user = shortcut.user.id;
    const channel = shortcut.channel.id;
    const raw = shortcut.message.text ?? "";
    const url = linkIn(raw);
    const day = dayOfTs(shortcut.message.ts) ?? new Date().toISOString().slice(0, 10);
    const author = shortcut.message.user ?? null;
    const reply =
      url && isMostlyLink(raw)
        ? await ingestReply(deps, user, { url }, logger)
        : await ingestReply(
            deps,
            user,
            {
              request: {
                text: slackUnescape(raw),
                outlet: "Slack message",
                published: day,
                author,
                title: null,
                url: null,
                by: user,
              },
            },
            logger,
          );
    const threadTs =
      typeof shortcut.message.thread_ts === "string" ? shortcut.message.thread_ts : undefined;
    await replyWith(
      logger,
      ADD_SOURCE_ID,
      () => reply,
      async (r) => {
        try {
          await client.chat.postEphemeral({
            channel,
            user,
            ...(threadTs ? { thread_ts: threadTs } : {}),
            ...r,
          });
        } catch (err) {
          logger.warn(`${ADD_SOURCE_ID}: ephemeral reply failed, sending a DM:`, err);
          await client.chat.postMessage({ channel: user, ...r, unfurl_links: false });
        }
      },
    );
  };
}
