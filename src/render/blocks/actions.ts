/** The buttons every reply carries, and the action ids the Slack listeners answer. */
import type { Block } from "./limits.ts";
import { encodeRerun, type Rerun } from "./rerun.ts";

export const ACTION_IDS = {
  /** Post the same answer in the channel, attributed to whoever clicked. */
  share: "share_answer",
  /** Show the part of a long answer that did not fit. */
  more: "more_answer",
} as const;

export function answerActions(options: { share: Rerun | null; more: Rerun | null }): Block | null {
  const elements = [];
  if (options.more)
    elements.push({
      type: "button" as const,
      action_id: ACTION_IDS.more,
      text: { type: "plain_text" as const, text: "Show the rest" },
      value: encodeRerun(options.more),
    });
  if (options.share)
    elements.push({
      type: "button" as const,
      action_id: ACTION_IDS.share,
      text: { type: "plain_text" as const, text: "Share in channel" },
      value: encodeRerun(options.share),
    });
  return elements.length > 0 ? { type: "actions", block_id: "answer_actions", elements } : null;
}
