/** What every modal submission shares: its args, and the answer once the modal has closed. */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { Rendered } from "../../../render/blocks/index.ts";
import { followUp } from "../../follow-up.ts";
import { NOT_SAVED, notice } from "../../notices.ts";

export type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The value typed into an input, trimmed; null when empty. */
export function inputValue(args: SubmitArgs, block: string): string | null {
  const v = args.view.state.values[block]?.[block];
  const text = (v?.value ?? v?.selected_option?.value ?? "").trim();
  return text || null;
}

/**
 * A store write, or null after telling the user it failed: a full disk or a broken file must
 * not leave them believing their change was recorded.
 */
export async function saved<T>(
  args: SubmitArgs,
  origin: { r?: string | undefined; ch?: string | undefined },
  write: () => Promise<T>,
): Promise<T | null> {
  try {
    return await write();
  } catch (err) {
    args.logger.error(`${args.view.callback_id}: the store refused the write:`, err);
    await answer(args, origin, NOT_SAVED);
    return null;
  }
}

export function answer(
  args: SubmitArgs,
  origin: { r?: string | undefined; ch?: string | undefined },
  reply: Rendered | string,
  options: { replaceOriginal?: boolean } = {},
): Promise<void> {
  return followUp(
    { client: args.client, logger: args.logger },
    { user: args.body.user.id, responseUrl: origin.r, channel: origin.ch },
    typeof reply === "string" ? notice(reply) : reply,
    options,
  );
}
