/** The correction modal submitted: a new figure and qualifier for an unreviewed number. */
import { newsroomDay } from "../../../app/newsroom.ts";
import {
  CORRECTABLE_QUALIFIERS,
  CorrectMeta,
  decodeMeta,
  INPUTS,
} from "../../../render/blocks/modals.ts";
import { renderReview } from "../../../render/blocks/review.ts";
import type { SlackDeps } from "../../deps.ts";
import {
  alreadyReviewed,
  FACT_GONE,
  NO_STORE,
  NOT_A_NUMBER,
  NOT_EDITOR_REVIEW,
  reviewed,
} from "../../notices.ts";
import { answer, inputValue, type SubmitArgs, saved } from "./submission.ts";

type Qualifier = (typeof CORRECTABLE_QUALIFIERS)[number];

export function correctFact(deps: SlackDeps) {
  return async (args: SubmitArgs): Promise<void> => {
    const n = Number(inputValue(args, INPUTS.number));
    const qualifier = inputValue(args, INPUTS.qualifier) as Qualifier | null;
    // Slack's number input already refuses most bad input; what is left is said in the modal.
    if (!Number.isSafeInteger(n) || n < 0) {
      await args.ack({
        response_action: "errors",
        errors: { [INPUTS.number]: "A whole number, 0 or more." },
      });
      return;
    }
    if (!qualifier || !CORRECTABLE_QUALIFIERS.includes(qualifier)) {
      await args.ack({
        response_action: "errors",
        errors: { [INPUTS.qualifier]: "Choose how the source puts the figure." },
      });
      return;
    }
    await args.ack();
    const meta = decodeMeta(CorrectMeta, args.view.private_metadata);
    if (!meta) {
      args.logger.warn("correct_fact: a submission without its fact; ignored");
      return;
    }
    const by = args.body.user.id;
    if (!(await deps.isEditor(by))) return answer(args, meta, NOT_EDITOR_REVIEW);
    const newsroom = deps.newsroom;
    if (!newsroom) return answer(args, meta, NO_STORE);
    const result = await saved(args, meta, () =>
      newsroom.reviewFact({ factId: meta.f, choice: { kind: "correct", n, qualifier }, by }),
    );
    if (!result) return;
    if (!result.ok && result.reason !== "already-reviewed")
      return answer(args, meta, result.reason === "unknown-fact" ? FACT_GONE : NOT_A_NUMBER);
    const valueText = newsroom.reviewItem(meta.f)?.valueText ?? meta.f;
    const status = result.ok
      ? reviewed("correct", valueText)
      : alreadyReviewed(valueText, result.by, result.at ? newsroomDay(result.at) : null);
    // The queue the button was in is redrawn without this fact.
    return answer(args, meta, renderReview(newsroom.review(), { status }), {
      replaceOriginal: true,
    });
  };
}
