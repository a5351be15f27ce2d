/**
 * Buttons on replies: Share in channel, Show the rest, Report a problem, Show as charts; and
 * the editors' buttons that settle disputes and work the review queue.
 */
import type { BlockAction, ButtonAction, StaticSelectAction } from "@slack/bolt";
import { DISPUTE_ACTION_IDS } from "../../../render/blocks/dispute-actions.ts";
import { ACTION_IDS } from "../../../render/blocks/index.ts";
import { REVIEW_ACTION_IDS } from "../../../render/blocks/review.ts";
import type { SlackDeps } from "../../deps.ts";
import type { Registrar } from "../route.ts";
import { moreAnswer } from "./more-answer.ts";
import { reportProblem } from "./report-problem.ts";
import {
  approveSourceButton,
  classifyFigure,
  correctFact,
  decideEvent,
  decideFact,
} from "./review-fact.ts";
import { settleDispute } from "./settle-dispute.ts";
import { shareAnswer } from "./share-answer.ts";
import { uploadChart } from "./upload-chart.ts";

const DISPUTE_BUTTONS = [...DISPUTE_ACTION_IDS.trust, DISPUTE_ACTION_IDS.both];

/** Every action_id this app answers; the renderers' buttons must use exactly these. */
export const ACTIONS: string[] = [
  ACTION_IDS.share,
  ACTION_IDS.more,
  ACTION_IDS.report,
  ACTION_IDS.choice,
  ACTION_IDS.chart,
  ...DISPUTE_BUTTONS,
  ...Object.values(REVIEW_ACTION_IDS),
];

export function register(app: Registrar, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, shareAnswer(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.more, moreAnswer(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.report, reportProblem(deps));
  // A reading offered for an unsure question, or "See the whole exchange": answered like "more".
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.choice, moreAnswer(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.chart, uploadChart(deps));
  for (const id of DISPUTE_BUTTONS) app.action<BlockAction<ButtonAction>>(id, settleDispute(deps));
  app.action<BlockAction<ButtonAction>>(REVIEW_ACTION_IDS.approve, decideFact(deps, "approve"));
  app.action<BlockAction<ButtonAction>>(REVIEW_ACTION_IDS.reject, decideFact(deps, "reject"));
  app.action<BlockAction<ButtonAction>>(REVIEW_ACTION_IDS.correct, correctFact(deps));
  app.action<BlockAction<ButtonAction>>(REVIEW_ACTION_IDS.approveSource, approveSourceButton(deps));
  app.action<BlockAction<ButtonAction>>(
    REVIEW_ACTION_IDS.approveEvent,
    decideEvent(deps, "approve"),
  );
  app.action<BlockAction<ButtonAction>>(REVIEW_ACTION_IDS.rejectEvent, decideEvent(deps, "reject"));
  app.action<BlockAction<StaticSelectAction>>(REVIEW_ACTION_IDS.classify, classifyFigure(deps));
}
