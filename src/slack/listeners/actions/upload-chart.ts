/**
 * Show as charts: draw the answer's charts and upload them (files.uploadV2) where whoever
 * clicked can see them: into the thread of a reply that is a real message (its own thread, or
 * the thread under it; a DM's reply stays in the DM), and into the clicker's DM with the bot
 * when the reply was ephemeral, which no file can be attached to.
 */
import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import type { TotalsAnswer } from "../../../domain/answers.ts";
import { decodeRerun } from "../../../render/blocks/index.ts";
import { channelMention, userMention } from "../../../render/blocks/parts.ts";
import { type ChartTarget, uploadCharts, uploadError } from "../../charts.ts";
import type { SlackDeps } from "../../deps.ts";
import { notice } from "../../notices.ts";
import { answerRerun, apology, isDirect } from "../../reply.ts";
import { STALE_BUTTON } from "./share-answer.ts";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

export const CHARTS_IN_DM = "The charts are in your DM with me.";
export const CHARTS_FAILED =
  "Sorry, Slack did not take the charts, so nothing was posted. It has been logged; please try again in a moment.";

export function uploadChart(deps: SlackDeps) {
  return async ({ ack, body, action, respond, client, logger }: Args): Promise<void> => {
    await ack();
    const rerun = decodeRerun(action.value);
    const answer = rerun ? answerRerun(deps.desk, rerun) : null;
    if (answer?.kind !== "totals") {
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        ...apology(STALE_BUTTON),
      });
      return;
    }
    const user = body.user.id;
    const channel = body.channel?.id ?? body.container?.channel_id;
    const message = body.message as { ts?: string; thread_ts?: string } | undefined;
    const container = body.container as { message_ts?: string; thread_ts?: string } | undefined;
    const thread = message?.thread_ts ?? container?.thread_ts;
    const messageTs = message?.ts ?? container?.message_ts;
    const inMessage = body.container?.is_ephemeral === false && channel;
    try {
      const charts = await drawAll(answer);
      let target: ChartTarget;
      if (inMessage) {
        const threadTs = thread ?? (isDirect(channel) ? undefined : messageTs);
        target = {
          channel,
          threadTs,
          comment: `Charts for /totals, as ${userMention(user)} asked.`,
        };
      } else {
        // An ephemeral reply cannot hold a file: the DM with the asker (opened by posting to it).
        const opened = await client.chat.postMessage({
          channel: user,
          text: `Charts for /totals, as you asked${channel && !isDirect(channel) ? ` in ${channelMention(channel)}` : ""}.`,
        });
        if (!opened.channel) throw new Error("chat.postMessage gave no DM channel");
        target = { channel: opened.channel };
      }
      const t0 = performance.now();
      await uploadCharts(client, target, charts);
      logger.info(
        `upload_chart: ${charts.length} charts drawn in ${Math.round(charts.reduce((s, c) => s + c.ms.svg + c.ms.png, 0))} ms, uploaded in ${Math.round(performance.now() - t0)} ms`,
      );
      if (!inMessage && !isDirect(channel))
        await respond({
          response_type: "ephemeral",
          replace_original: false,
          ...notice(CHARTS_IN_DM),
        });
    } catch (err) {
      logger.error(`upload_chart: the charts were not posted (${uploadError(err)})`);
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        ...apology(CHARTS_FAILED),
      }).catch(() => {});
    }
  };
}

/** The chart code (Vega, resvg: a second or so to load) loads with the first chart, not at start. */
async function drawAll(a: TotalsAnswer) {
  const { dealChart, draw, totalsChart } = await import("../../../render/charts/index.ts");
  return [await draw(totalsChart(a)), await draw(dealChart(a))];
}
