/**
 * A slash command: ack at once (Slack allows 3 s), then answer through response_url,
 * ephemeral to the asker, with the Share in channel button.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { Desk } from "../../../app/desk.ts";
import type { Answer } from "../../../domain/answers.ts";
import { renderBlocks } from "../../../render/blocks/index.ts";
import { unescapeSlack } from "../../../render/escape.ts";
import type { SlackDeps } from "../../deps.ts";
import { isDirect, replyWith, showsEditorButtons } from "../../reply.ts";
import { ephemeral } from "../../respond.ts";

export type Query = (desk: Desk, text: string) => Answer;

const HELP = /^(help|\?|-h|--help)$/i;

export function answerCommand(name: string, query: Query, deps: SlackDeps) {
  const topic = name.replace(/^\//, "");
  return async ({
    command,
    ack,
    respond,
    logger,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const text = unescapeSlack(command.text ?? "").trim();
    const editor = await showsEditorButtons(deps, command.user_id);
    await replyWith(
      logger,
      name,
      () =>
        renderBlocks(HELP.test(text) ? deps.desk.help(topic) : query(deps.desk, text), {
          share: !isDirect(command.channel_id),
          editor,
        }),
      (reply) => respond(ephemeral(reply)),
    );
  };
}
