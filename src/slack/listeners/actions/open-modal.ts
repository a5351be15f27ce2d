/**
 * What every button that opens a modal shares: the args it gets, how it refuses in one
 * ephemeral line, and opening the modal while the click's trigger_id is still valid (3 s).
 */
import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import type { Modal } from "../../../render/blocks/modals.ts";
import { notice } from "../../notices.ts";

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

export const MODAL_FAILED = "Slack did not open the form in time. Please click the button again.";

/** One ephemeral line to whoever clicked, leaving the message they clicked as it was. */
export async function tell(args: Pick<ButtonArgs, "respond" | "logger">, mrkdwn: string) {
  await args
    .respond({ response_type: "ephemeral", replace_original: false, ...notice(mrkdwn) })
    .catch((err: unknown) => args.logger.error("could not answer a button click:", err));
}

/** Where the modal's submission answers: the clicked message's response_url, or its channel. */
export function origin(body: ButtonArgs["body"]): { r?: string; ch?: string } {
  const ch = body.channel?.id ?? body.container?.channel_id;
  return {
    ...(body.response_url && body.response_url.length <= 500 ? { r: body.response_url } : {}),
    ...(typeof ch === "string" ? { ch } : {}),
  };
}

export async function openModal(args: ButtonArgs, what: string, view: Modal): Promise<void> {
  try {
    await args.client.views.open({ trigger_id: args.body.trigger_id, view });
  } catch (err) {
    args.logger.error(`${what}: views.open failed:`, err);
    await tell(args, MODAL_FAILED);
  }
}
