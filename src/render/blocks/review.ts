/**
 * `/review`, for editors: the problems readers reported, then the unreviewed facts oldest
 * first, each with its quote, its source and Approve / Reject / Correct. Long queues show what
 * fits; each action redraws the queue, so the next ones move up.
 */
import type { ReviewAnswer, ReviewItem } from "../../domain/review.ts";
import { truncate } from "../escape.ts";
import { userText } from "../user-text.ts";
import { citationMeta, WITHHELD } from "./citations.ts";
import type { Rendered } from "./index.ts";
import { type Block, packUnits, type Unit } from "./limits.ts";
import {
  compact,
  context,
  esc,
  header,
  plural,
  quote,
  section,
  sectionsFromLines,
  userMention,
} from "./parts.ts";

export const REVIEW_ACTION_IDS = {
  approve: "review_approve",
  reject: "review_reject",
  correct: "review_correct",
} as const;

const REPORTS_SHOWN = 10;

function factUnit(item: ReviewItem): Unit {
  const c = item.citation;
  const button = (action_id: string, text: string, style?: "primary" | "danger") => ({
    type: "button" as const,
    action_id,
    text: { type: "plain_text" as const, text },
    value: item.factId,
    ...(style ? { style } : {}),
  });
  const buttons = [
    button(REVIEW_ACTION_IDS.approve, "Approve", "primary"),
    button(REVIEW_ACTION_IDS.reject, "Reject", "danger"),
    ...(item.number ? [button(REVIEW_ACTION_IDS.correct, "Correct…")] : []),
  ];
  const blocks = compact([
    section(
      `*${esc(item.valueText)}* · ${esc(item.label)} · ${esc(item.eventTitle)}\n${c.verified ? quote(c.quote, 700) : WITHHELD}`,
    ),
    context([citationMeta(c), `\`${esc(truncate(item.factId, 80))}\``]),
  ]);
  // A fact id too long for a button value cannot be acted on from here; it still shows.
  if (item.factId.length <= 2000) blocks.push({ type: "actions", elements: buttons });
  return { blocks, noun: ["fact", "facts"] };
}

export function renderReview(a: ReviewAnswer, options: { status?: string | null } = {}): Rendered {
  const reports = a.reports
    .slice(0, REPORTS_SHOWN)
    .map(
      (r) =>
        `• ${userMention(r.by)} on ${esc(r.at)} about “${userText(r.answer, 100)}”: ${userText(r.note, 300)}`,
    );
  const hiddenReports = a.reports.length - reports.length;
  const head: Block[] = compact([
    header("Review queue"),
    context([
      `*${plural(a.facts.length, "fact", "facts")}* to review`,
      `*${plural(a.reports.length, "open problem report", "open problem reports")}*`,
    ]),
    options.status ? section(options.status) : null,
    ...(reports.length > 0
      ? sectionsFromLines([
          "*Problems readers reported*",
          ...reports,
          ...(hiddenReports > 0 ? [`_…and ${hiddenReports} more_`] : []),
        ])
      : []),
    a.facts.length === 0
      ? section("No facts await review: everything ingested has been approved or rejected.")
      : null,
  ]);
  const page = packUnits(head, a.facts.map(factUnit), { reserve: 1, reserveChars: 200 });
  const blocks = [
    ...page.blocks,
    ...compact([
      page.rest ? context([`…and ${page.rest}: they move up as you work through these.`]) : null,
    ]),
  ];
  return {
    text: `Review queue: ${plural(a.facts.length, "fact", "facts")}, ${plural(a.reports.length, "problem report", "problem reports")}`,
    blocks,
  };
}
