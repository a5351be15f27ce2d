/**
 * The review queue's buttons. Approve and Reject write at once and redraw the queue in place
 * with a line saying what happened; Correct opens a modal for the new value. Only editors, and
 * the check is made on every click, not when the queue was drawn.
 */
import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  StaticSelectAction,
} from "@slack/bolt";
import type { ReviewChoice } from "../../../app/newsroom.ts";
import { newsroomDay } from "../../../app/newsroom.ts";
import { correctModal } from "../../../render/blocks/modals.ts";
import { renderReview } from "../../../render/blocks/review.ts";
import { escapeMrkdwn as esc } from "../../../render/escape.ts";
import { Counted, Side } from "../../../store/schema.ts";
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

/** Redraws the queue in place with a line saying what happened. */
async function redraw(
  args: Pick<ButtonArgs, "respond" | "logger">,
  deps: SlackDeps,
  status: string,
) {
  const newsroom = deps.newsroom;
  if (!newsroom) return;
  await args
    .respond({
      response_type: "ephemeral",
      replace_original: true,
      ...renderReview(newsroom.review(), { status }),
    })
    .catch((err: unknown) => args.logger.error("review: could not redraw the queue:", err));
}

/** "Approve source": its proposed events and clean facts in one click. */
export function approveSourceButton(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, action, logger } = args;
    await ack();
    if (!(await deps.isEditor(body.user.id))) return tell(args, NOT_EDITOR_REVIEW);
    const newsroom = deps.newsroom;
    if (!newsroom) return tell(args, NO_STORE);
    let r: Awaited<ReturnType<typeof newsroom.approveSource>>;
    try {
      r = await newsroom.approveSource({ sourceId: action.value ?? "", by: body.user.id });
    } catch (err) {
      logger.error("review_approve_source: the store refused the write:", err);
      return tell(args, NOT_SAVED);
    }
    if (!r.ok) return tell(args, FACT_GONE);
    await redraw(
      args,
      deps,
      `:white_check_mark: Approved ${r.events} event${r.events === 1 ? "" : "s"} and ${r.facts} fact${r.facts === 1 ? "" : "s"}${r.left ? `; ${r.left} left below for a closer look` : ""}.`,
    );
  };
}

/** "Approve event" / "Reject event" on an event ingest proposed. */
export function decideEvent(deps: SlackDeps, kind: "approve" | "reject") {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, action, logger } = args;
    await ack();
    if (!(await deps.isEditor(body.user.id))) return tell(args, NOT_EDITOR_REVIEW);
    const newsroom = deps.newsroom;
    if (!newsroom) return tell(args, NO_STORE);
    let r: Awaited<ReturnType<typeof newsroom.reviewEvent>>;
    try {
      r = await newsroom.reviewEvent({
        eventId: action.value ?? "",
        action: kind,
        by: body.user.id,
      });
    } catch (err) {
      logger.error(`review_${kind}_event: the store refused the write:`, err);
      return tell(args, NOT_SAVED);
    }
    if (!r.ok && r.reason === "unknown-event") return tell(args, FACT_GONE);
    const status = r.ok
      ? `${kind === "approve" ? ":white_check_mark: Approved" : ":x: Rejected"} ${esc(r.event.title)}${r.facts ? ` and its ${r.facts} proposed facts` : ""}.`
      : `${esc(r.event.title)} was already reviewed.`;
    await redraw(args, deps, status);
  };
}

type SelectArgs = SlackActionMiddlewareArgs<BlockAction<StaticSelectAction>> & AllMiddlewareArgs;

/** "Classify…" on an unclassified figure: what it counts and for whom. */
export function classifyFigure(deps: SlackDeps) {
  return async (args: SelectArgs): Promise<void> => {
    const { ack, body, action, logger } = args;
    await ack();
    const t = args as unknown as ButtonArgs;
    if (!(await deps.isEditor(body.user.id))) return tell(t, NOT_EDITOR_REVIEW);
    const newsroom = deps.newsroom;
    if (!newsroom) return tell(t, NO_STORE);
    const [counted = "", side = "", ...rest] = (action.selected_option?.value ?? "").split("|");
    const factId = rest.join("|");
    const c = Counted.safeParse(counted);
    const s = side === "" ? { success: true as const, data: null } : Side.safeParse(side);
    if (!c.success || !s.success) return tell(t, FACT_GONE);
    let r: Awaited<ReturnType<typeof newsroom.classify>>;
    try {
      r = await newsroom.classify({ factId, counted: c.data, side: s.data, by: body.user.id });
    } catch (err) {
      logger.error("review_classify: the store refused the write:", err);
      return tell(t, NOT_SAVED);
    }
    if (!r.ok && r.reason !== "already-reviewed") return tell(t, FACT_GONE);
    await redraw(
      t,
      deps,
      r.ok
        ? `Classified ${esc(newsroom.reviewItem(factId)?.valueText ?? factId)} as ${esc(newsroom.reviewItem(factId)?.label ?? counted)}: approve it below.`
        : "That figure was already reviewed.",
    );
  };
}
