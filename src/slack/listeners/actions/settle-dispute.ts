/**
 * A dispute button (Trust A, Trust B, Both stand): an editor gets the modal with the choice
 * and a note; anyone else a polite refusal. Nothing is written on click: only the submission
 * writes, and it checks again.
 */
import { decodeChoice } from "../../../render/blocks/dispute-actions.ts";
import { resolveModal } from "../../../render/blocks/modals.ts";
import type { SlackDeps } from "../../deps.ts";
import { alreadyResolved, DISPUTE_GONE, NO_STORE, NOT_EDITOR_DISPUTE } from "../../notices.ts";
import { type ButtonArgs, openModal, origin, tell } from "./open-modal.ts";
import { STALE_BUTTON } from "./share-answer.ts";

export function settleDispute(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, action } = args;
    await ack();
    const choice = decodeChoice(action.value);
    if (!choice) return tell(args, STALE_BUTTON);
    if (!(await deps.isEditor(body.user.id))) return tell(args, NOT_EDITOR_DISPUTE);
    if (!deps.newsroom) return tell(args, NO_STORE);
    const dispute = deps.newsroom.dispute(choice.d);
    if (!dispute) return tell(args, DISPUTE_GONE);
    if (dispute.resolution) return tell(args, alreadyResolved(dispute));
    if (choice.s !== undefined && !dispute.sides[choice.s]) return tell(args, STALE_BUTTON);
    await openModal(
      args,
      "settle_dispute",
      resolveModal(dispute, {
        d: dispute.id,
        ...(choice.s !== undefined ? { s: choice.s } : {}),
        ...origin(body),
      }),
    );
  };
}
