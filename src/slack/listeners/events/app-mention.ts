/** `@Factdesk how many were freed on May 24?` in a channel: answered in the thread. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SlackDeps } from "../../deps.ts";
import { isDirect } from "../../reply.ts";
import { answerInThread, questionText } from "./question.ts";

export function appMention(deps: SlackDeps) {
  return async ({
    event,
    context,
    client,
    logger,
  }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs): Promise<void> => {
    // In a DM the message listener answers; answering here too would reply twice.
    if (isDirect(event.channel)) return;
    await answerInThread(
      deps,
      { client, logger },
      {
        channel: event.channel,
        ts: event.ts,
        thread_ts: event.thread_ts,
        question: questionText(event.text, context.botUserId),
        share: true,
      },
    );
  };
}
