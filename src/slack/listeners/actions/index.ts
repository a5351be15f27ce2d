/** Buttons on replies: Share in channel, and Show the rest of a long answer. */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTION_IDS } from "../../../render/blocks/index.ts";
import type { SlackDeps } from "../../deps.ts";
import { moreAnswer } from "./more-answer.ts";
import { shareAnswer } from "./share-answer.ts";

/** Every action_id this app answers; the renderers' buttons must use exactly these. */
export const ACTIONS: string[] = [ACTION_IDS.share, ACTION_IDS.more];

export function register(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, shareAnswer(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.more, moreAnswer(deps));
}
