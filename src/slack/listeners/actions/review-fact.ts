/**
 * The review queue's buttons. Approve and Reject write at once and redraw the queue in place
 * with a line saying what happened; Correct opens a modal for the new value. Only editors, and
 * the check is made on every click, not when the queue was drawn.
 */
import type { ReviewChoice } from "../../../app/newsroom.ts";
import { newsroomDay } from "../../../app/newsroom.ts";
import { correctModal } from "../../../render/blocks/modals.ts";
import { renderReview } from "../../../render/blocks/review.ts";
import type { SlackDeps } from "../../deps.ts";
import {
  alreadyReviewed,
  FACT_GONE,
  NO_STORE,
  NOT_A_NUMBER,
  NOT_EDITOR_REVIEW,
  NOT_SAVED,
  reviewed,
} from "../../notices.ts";
import { type ButtonArgs, openModal, origin, tell } from "./open-modal.ts";

/** Approve or Reject. */
export function decideFact(deps: SlackDeps, kind: "approve" | "reject") {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, action, respond, logger } = args;
    await ack();
    if (!(await deps.isEditor(body.user.id))) return tell(args, NOT_EDITOR_REVIEW);
    const newsroom = deps.newsroom;
    if (!newsroom) return tell(args, NO_STORE);
    const factId = action.value ?? "";
    const choice: ReviewChoice = { kind };
    let result: Awaited<ReturnType<typeof newsroom.reviewFact>>;
    try {
      result = await newsroom.reviewFact({ factId, choice, by: body.user.id });
    } catch (err) {
      logger.error(`review_${kind}: the store refused the write:`, err);
      return tell(args, NOT_SAVED);
    }
    let status: string;
    if (result.ok) status = reviewed(kind, newsroom.reviewItem(factId)?.valueText ?? factId);
    else if (result.reason === "already-reviewed")
      status = alreadyReviewed(
        newsroom.reviewItem(factId)?.valueText ?? factId,
        result.by,
        result.at ? newsroomDay(result.at) : null,
      );
    else return tell(args, FACT_GONE);
    await respond({
      response_type: "ephemeral",
      replace_original: true,
      ...renderReview(newsroom.review(), { status }),
    }).catch((err: unknown) => logger.error(`review_${kind}: could not redraw the queue:`, err));
  };
}

/** Correct…: the modal with the figure and its qualifier. */
export function correctFact(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, action } = args;
    await ack();
    if (!(await deps.isEditor(body.user.id))) return tell(args, NOT_EDITOR_REVIEW);
    if (!deps.newsroom) return tell(args, NO_STORE);
    const item = deps.newsroom.reviewItem(action.value ?? "");
    if (!item) return tell(args, FACT_GONE);
    if (!item.number) return tell(args, NOT_A_NUMBER);
    await openModal(
      args,
      "review_correct",
      correctModal(item, { f: item.factId, ...origin(body) }),
    );
  };
}
