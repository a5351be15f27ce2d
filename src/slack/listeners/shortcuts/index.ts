/**
 * Shortcuts. "Fact-check with Factdesk" on any message: check its text and show the result to
 * the person who asked alone: ephemeral in the message's channel (in its thread when it is in
 * one), or, when the bot cannot post there (not in the channel), as a DM from the app.
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import type { FactcheckAnswer } from "../../../domain/answers.ts";
import type { SlackDeps } from "../../deps.ts";
import { replyWith } from "../../reply.ts";
import { factcheckReply, overFactcheckLimit, recordRun } from "../commands/factcheck.ts";
import type { Registrar } from "../route.ts";
import { ADD_SOURCE_ID, addSource } from "./add-source.ts";

export const SHORTCUT_IDS = {
  factcheck: "factcheck_message",
  addSource: ADD_SOURCE_ID,
} as const;

/** Every shortcut callback_id this app answers; manifest.yml must declare exactly these. */
export const SHORTCUTS: string[] = Object.values(SHORTCUT_IDS);

type Args = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

export function factcheckMessage(deps: SlackDeps) {
  return async ({ shortcut, ack, client, logger }: Args): Promise<void> => {
    await ack();
    const user = shortcut.user.id;
    const channel = shortcut.channel.id;
    const threadTs =
      typeof shortcut.message.thread_ts === "string" ? shortcut.message.thread_ts : undefined;
    let answer: FactcheckAnswer | null = null;
    const refused = overFactcheckLimit(deps, user, shortcut.message.text ?? "");
    await replyWith(
      logger,
      SHORTCUT_IDS.factcheck,
      () =>
        refused ??
        factcheckReply(
          deps.desk,
          shortcut.message.text ?? "",
          (a) => {
            answer = a;
          },
          // The message's own day is the draft's date: "on Friday" is the Friday before it.
          { refDate: dayOfTs(shortcut.message.ts) },
        ),
      async (reply) => {
        try {
          await client.chat.postEphemeral({
            channel,
            user,
            ...(threadTs ? { thread_ts: threadTs } : {}),
            ...reply,
          });
        } catch (err) {
          // Not in the channel, say: the app's DM with the asker reaches them alone too.
          logger.warn(`${SHORTCUT_IDS.factcheck}: ephemeral reply failed, sending a DM:`, err);
          await client.chat.postMessage({ channel: user, ...reply, unfurl_links: false });
        }
      },
    );
    await recordRun(deps.desk, answer, user, logger);
  };
}

export function register(app: Registrar, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>(SHORTCUT_IDS.factcheck, factcheckMessage(deps));
  app.shortcut<MessageShortcut>(SHORTCUT_IDS.addSource, addSource(deps));
}

/** The UTC day of a Slack message timestamp ("1716451200.000100"), or null. */
export function dayOfTs(ts: string | undefined): string | null {
  const seconds = Number(ts);
  if (!ts || !Number.isFinite(seconds) || seconds <= 0) return null;
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}
