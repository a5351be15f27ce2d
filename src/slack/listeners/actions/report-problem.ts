/** Report a problem: anyone may; the modal asks what looks wrong. */
import { reportModal } from "../../../render/blocks/modals.ts";
import type { SlackDeps } from "../../deps.ts";
import { NO_STORE } from "../../notices.ts";
import { type ButtonArgs, openModal, origin, tell } from "./open-modal.ts";

export function reportProblem(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    if (!deps.newsroom) return tell(args, NO_STORE);
    const about = (args.action.value ?? "").slice(0, 500) || "an answer";
    await openModal(args, "report_problem", reportModal({ a: about, ...origin(args.body) }));
  };
}
