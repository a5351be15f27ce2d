/** `/digest`: today's digest, to the asker alone; nothing is posted or recorded. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { renderDigest } from "../../../render/blocks/digest.ts";
import type { SlackDeps } from "../../deps.ts";
import { NO_STORE, notice } from "../../notices.ts";
import { replyWith, showsEditorButtons } from "../../reply.ts";
import { ephemeral } from "../../respond.ts";

export function digestCommand(deps: SlackDeps) {
  return async ({
    command,
    ack,
    respond,
    logger,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const editor = await showsEditorButtons(deps, command.user_id);
    const newsroom = deps.newsroom;
    await replyWith(
      logger,
      "/digest",
      () =>
        newsroom
          ? renderDigest(newsroom.digest(deps.digestChannel ?? null), { editor })
          : notice(NO_STORE),
      (reply) => respond(ephemeral(reply)),
    );
  };
}
