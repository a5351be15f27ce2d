/** `/review`: the editors' queue; anyone else is told, politely, that it is for editors. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { renderReview } from "../../../render/blocks/review.ts";
import type { SlackDeps } from "../../deps.ts";
import { NO_STORE, NOT_EDITOR_REVIEW, notice } from "../../notices.ts";
import { replyWith } from "../../reply.ts";
import { ephemeral } from "../../respond.ts";

export function reviewCommand(deps: SlackDeps) {
  return async ({
    command,
    ack,
    respond,
    logger,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const editor = await deps.isEditor(command.user_id).catch(() => false);
    const newsroom = deps.newsroom;
    await replyWith(
      logger,
      "/review",
      () =>
        !editor
          ? notice(NOT_EDITOR_REVIEW)
          : newsroom
            ? renderReview(newsroom.review())
            : notice(NO_STORE),
      (reply) => respond(ephemeral(reply)),
    );
  };
}
