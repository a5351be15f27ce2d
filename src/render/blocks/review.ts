/**
 * `/review`, for editors: the problems readers reported, then the unreviewed facts oldest
 * first, each with its quote, its source and Approve / Reject / Correct. Long queues show what
 * fits; each action redraws the queue, so the next ones move up.
 */
import type {
  ProposedEventView,
  ReviewAnswer,
  ReviewGroup,
  ReviewItem,
} from "../../domain/review.ts";
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
  approveSource: "review_approve_source",
  approveEvent: "review_approve_event",
  rejectEvent: "review_reject_event",
  classify: "review_classify",
} as const;

/** What an unclassified figure may be placed as, from the review queue. */
export const CLASSIFY_CHOICES: readonly { counted: string; side: string | null; label: string }[] =
  [
    { counted: "bodies", side: "ukraine", label: "Bodies returned to Ukraine" },
    { counted: "bodies", side: "russia", label: "Bodies returned to Russia" },
    { counted: "people", side: "each", label: "Prisoners, each side" },
    { counted: "people", side: "ukraine", label: "Prisoners returned to Ukraine" },
    { counted: "people", side: "russia", label: "Prisoners returned to Russia" },
    { counted: "military", side: "ukraine", label: "Servicemen returned to Ukraine" },
    { counted: "civilians", side: "ukraine", label: "Civilians returned to Ukraine" },
    { counted: "children", side: "ukraine", label: "Children returned to Ukraine" },
    { counted: "under-25", side: "ukraine", label: "Under-25s returned to Ukraine" },
    {
      counted: "seriously-wounded",
      side: "ukraine",
      label: "Seriously wounded returned to Ukraine",
    },
  ];

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
  const store = item.store
    ? item.store.verdict === "agrees"
      ? `:white_check_mark: agrees with the store (${esc(item.store.figures.join(", "))})`
      : item.store.verdict === "differs"
        ? `:warning: *differs from the store* (${esc(item.store.figures.join(", "))})`
        : "new to the store"
    : null;
  const blocks = compact([
    section(
      `*${esc(item.valueText)}* · ${esc(item.label)} · ${esc(item.eventTitle)}${item.eventProposed ? " _(proposed event)_" : ""}\n${c.verified ? quote(c.quote, 700) : WITHHELD}`,
    ),
    context([citationMeta(c), store, `\`${esc(truncate(item.factId, 80))}\``]),
  ]);
  // A fact id too long for a button value cannot be acted on from here; it still shows.
  if (item.factId.length <= 2000) {
    // An option's value holds the choice and the fact id: at most 150 characters.
    const classify =
      item.unclassified && item.factId.length <= 100
        ? [
            {
              type: "static_select",
              action_id: REVIEW_ACTION_IDS.classify,
              placeholder: { type: "plain_text", text: "Classify…" },
              options: CLASSIFY_CHOICES.map((x) => ({
                text: { type: "plain_text", text: x.label },
                value: `${x.counted}|${x.side ?? ""}|${item.factId}`,
              })),
            },
          ]
        : [];
    const elements: unknown[] = item.unclassified
      ? [...classify, button(REVIEW_ACTION_IDS.reject, "Reject", "danger")]
      : buttons;
    blocks.push({ type: "actions", elements } as Block);
  }
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
      a.events?.length ? `*${plural(a.events.length, "proposed event", "proposed events")}*` : null,
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
    a.facts.length === 0 && !a.events?.length
      ? section("No facts await review: everything ingested has been approved or rejected.")
      : null,
  ]);
  const units = a.groups?.length ? a.groups.flatMap(groupUnits) : a.facts.map(factUnit);
  const page = packUnits(head, units, { reserve: 1, reserveChars: 200 });
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

/** A source's heading with its one-click approval, its proposed events, then its facts by event. */
function groupUnits(g: ReviewGroup): Unit[] {
  const head: Block[] = compact([
    section(
      `*${esc(g.outlet)}*, ${esc(g.published)}${g.title ? ` — “${esc(truncate(g.title, 200))}”` : ""}`,
    ),
    context([
      g.url ? esc(truncate(g.url, 300)) : null,
      `${plural(g.events.length, "proposed event", "proposed events")} · ${plural(g.clean, "clean fact", "clean facts")}`,
    ]),
  ]);
  if (g.sourceId.length <= 2000 && (g.clean > 0 || g.events.length > 0))
    head.push({
      type: "actions",
      elements: [
        {
          type: "button",
          action_id: REVIEW_ACTION_IDS.approveSource,
          text: {
            type: "plain_text",
            text: `Approve source: ${g.events.length} events, ${g.clean} clean facts`.slice(0, 75),
          },
          value: g.sourceId,
          style: "primary",
        },
      ],
    } as Block);
  const units: Unit[] = [{ blocks: head, noun: ["source", "sources"] }];
  for (const e of g.events) units.push(eventUnit(e));
  for (const ev of g.byEvent) for (const item of ev.items) units.push(factUnit(item));
  return units;
}

function eventUnit(e: ProposedEventView): Unit {
  const blocks: Block[] = compact([
    section(
      `:new: *${esc(e.title)}* (${esc(e.kind)}, ${esc(e.day)}) · \`/swap ${esc(e.alias)}\` once approved${e.quote ? `\n${quote(e.quote, 600)}` : ""}`,
    ),
  ]);
  if (e.eventId.length <= 2000)
    blocks.push({
      type: "actions",
      elements: [
        {
          type: "button",
          action_id: REVIEW_ACTION_IDS.approveEvent,
          text: { type: "plain_text", text: "Approve event" },
          value: e.eventId,
          style: "primary",
        },
        {
          type: "button",
          action_id: REVIEW_ACTION_IDS.rejectEvent,
          text: { type: "plain_text", text: "Reject event" },
          value: e.eventId,
          style: "danger",
        },
      ],
    } as Block);
  return { blocks, noun: ["event", "events"] };
}
