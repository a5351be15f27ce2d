/** Show the rest: the next page of a long answer, to whoever clicked, ephemerally. */
import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import { decodeRerun, renderBlocks } from "../../../render/blocks/index.ts";
import type { SlackDeps } from "../../deps.ts";
import { answerRerun, apology, isDirect, replyWith, showsEditorButtons } from "../../reply.ts";
import { STALE_BUTTON } from "./share-answer.ts";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

export function moreAnswer(deps: SlackDeps) {
  return async ({ ack, body, action, respond, logger }: Args): Promise<void> => {
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
    const editor = await showsEditorButtons(deps, body.user.id);
    await replyWith(
      logger,
      "more_answer",
      () =>
        renderBlocks(answerRerun(deps.desk, rerun), {
          start: rerun.s,
          share: !isDirect(body.channel?.id),
          editor,
        }),
      (reply) => respond({ response_type: "ephemeral", replace_original: false, ...reply }),
    );
  };
}
