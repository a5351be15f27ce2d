/** A question in a DM with the bot: answered in a thread, like a mention. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SlackDeps } from "../../deps.ts";
import { answerInThread, questionText } from "./question.ts";

export function directMessage(deps: SlackDeps) {
  return async ({
    event,
    context,
    client,
    logger,
  }: SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs): Promise<void> => {
    // Edits, deletions, joins and other bots' posts carry a subtype or a bot_id: not questions.
    if (event.channel_type !== "im" || event.subtype !== undefined || event.bot_id) return;
    await answerInThread(
      deps,
      { client, logger },
      {
        channel: event.channel,
        ts: event.ts,
        thread_ts: event.thread_ts,
        question: questionText(event.text ?? "", context.botUserId),
        share: false,
        privateTo: event.user,
      },
    );
  };
}
