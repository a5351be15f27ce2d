/**
 * The dispute modal submitted: checked again for an editor (the click may be old, the group
 * may have changed), then resolved through the store's one write queue, which resolves a
 * dispute once; a second editor is told who was first.
 */
import { decodeMeta, INPUTS, ResolveMeta } from "../../../render/blocks/modals.ts";
import type { SlackDeps } from "../../deps.ts";
import {
  alreadyResolved,
  DISPUTE_GONE,
  NO_STORE,
  NOT_EDITOR_DISPUTE,
  resolved,
} from "../../notices.ts";
import { answer, inputValue, type SubmitArgs, saved } from "./submission.ts";

export function resolveDispute(deps: SlackDeps) {
  return async (args: SubmitArgs): Promise<void> => {
    await args.ack();
    const meta = decodeMeta(ResolveMeta, args.view.private_metadata);
    if (!meta) {
      args.logger.warn("resolve_dispute: a submission without its dispute; ignored");
      return;
    }
    const by = args.body.user.id;
    if (!(await deps.isEditor(by))) return answer(args, meta, NOT_EDITOR_DISPUTE);
    if (!deps.newsroom) return answer(args, meta, NO_STORE);
    const newsroom = deps.newsroom;
    const result = await saved(args, meta, () =>
      newsroom.resolve({
        disputeId: meta.d,
        choice: meta.s === undefined ? { kind: "both-stand" } : { kind: "trust", side: meta.s },
        note: inputValue(args, INPUTS.note),
        by,
      }),
    );
    if (!result) return;
    const now = newsroom.dispute(meta.d);
    if (!now || (!result.ok && result.reason !== "already-resolved"))
      return answer(args, meta, DISPUTE_GONE);
    return answer(args, meta, result.ok ? resolved(now) : alreadyResolved(now));
  };
}
