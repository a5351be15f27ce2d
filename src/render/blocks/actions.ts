/** The buttons every reply carries, and the action ids the Slack listeners answer. */
import { truncate } from "../escape.ts";
import type { Block } from "./limits.ts";
import { encodeRerun, type Rerun } from "./rerun.ts";

export const ACTION_IDS = {
  /** Post the same answer in the channel, attributed to whoever clicked. */
  share: "share_answer",
  /** Show the part of a long answer that did not fit. */
  more: "more_answer",
  /** Tell an editor something in this answer looks wrong. */
  report: "report_problem",
  /** A reading offered for an unsure question, or the whole exchange: its answer, to the clicker. */
  choice: "ask_choice",
  /** Upload the answer's charts into the asker's thread or DM. */
  chart: "upload_chart",
} as const;

/** "/swap exchange-2025-05-24": which answer a problem report is about, as the reader asked it. */
export function describeRerun(r: Rerun): string {
  const what =
    r.c === "help"
      ? `help${r.a ? ` ${r.a}` : ""}`
      : r.c === "ask"
        ? `ask: ${(r.t ?? []).join(" → ")}`
        : `/${r.c}${r.a ? ` ${r.a}` : ""}`;
  return r.s ? `${what} (from part ${r.s + 1})` : what;
}

export function reportButton(about: string) {
  return {
    type: "button" as const,
    action_id: ACTION_IDS.report,
    text: { type: "plain_text" as const, text: "Report a problem" },
    value: truncate(about, 500),
  };
}

export function answerActions(options: {
  share: Rerun | null;
  more: Rerun | null;
  /** What the answer was, for a problem report; null: no Report a problem button. */
  report: string | null;
  /** The answer whose charts the Charts button uploads; absent: no button. */
  chart?: Rerun | null;
}): Block | null {
  const elements = [];
  if (options.chart)
    elements.push({
      type: "button" as const,
      action_id: ACTION_IDS.chart,
      text: { type: "plain_text" as const, text: "Show as charts" },
      value: encodeRerun(options.chart),
    });
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
  if (options.report) elements.push(reportButton(options.report));
  return elements.length > 0 ? { type: "actions", block_id: "answer_actions", elements } : null;
}
