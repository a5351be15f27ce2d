/**
 * The modals of the editors' workflow: settle a dispute (with a note), correct a figure, report
 * a problem. Each carries in private_metadata what its submission needs, because a
 * view_submission knows nothing of the message it was opened from.
 */
import type { types } from "@slack/bolt";
import { z } from "zod";
import type { DisputeView } from "../../domain/answers.ts";
import type { ReviewItem } from "../../domain/review.ts";
import type { Qualifier } from "../../store/schema.ts";
import { truncate } from "../escape.ts";
import { userText } from "../user-text.ts";
import { citationMeta, WITHHELD } from "./citations.ts";
import { BOTH_STAND } from "./dispute-actions.ts";
import type { Block } from "./limits.ts";
import { compact, context, esc, quote, section } from "./parts.ts";

export type Modal = types.ModalView;

/** callback_ids of the modals; the view listeners answer exactly these. */
export const VIEW_IDS = {
  resolve: "resolve_dispute",
  correct: "correct_fact",
  report: "report_note",
} as const;

/** block_id and action_id of each input, read back on submission. */
export const INPUTS = {
  note: "note",
  number: "number",
  qualifier: "qualifier",
} as const;

export const NOTE_MAX = 2000;

/** Where the answer to a submission goes: the click's response_url, or the channel. */
const Origin = {
  r: z.string().max(500).optional(),
  ch: z.string().max(40).optional(),
};

export const ResolveMeta = z.object({
  d: z.string().min(1).max(1500),
  s: z.number().int().nonnegative().max(50).optional(),
  ...Origin,
});
export const CorrectMeta = z.object({ f: z.string().min(1).max(500), ...Origin });
export const ReportMeta = z.object({ a: z.string().max(500), ...Origin });

export type ResolveMeta = z.infer<typeof ResolveMeta>;
export type CorrectMeta = z.infer<typeof CorrectMeta>;
export type ReportMeta = z.infer<typeof ReportMeta>;

export function decodeMeta<T>(schema: z.ZodType<T>, text: string | undefined): T | null {
  if (!text || text.length > 3000) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const plain = (text: string) => ({ type: "plain_text" as const, text });

function modal(
  callback_id: string,
  title: string,
  submit: string,
  meta: object,
  blocks: Block[],
): Modal {
  return {
    type: "modal",
    callback_id,
    title: plain(truncate(title, 24)),
    submit: plain(truncate(submit, 24)),
    close: plain("Cancel"),
    private_metadata: JSON.stringify(meta),
    blocks,
  };
}

function noteInput(label: string, options: { optional: boolean; hint?: string }): Block {
  return {
    type: "input",
    block_id: INPUTS.note,
    optional: options.optional,
    label: plain(label),
    ...(options.hint ? { hint: plain(options.hint) } : {}),
    element: {
      type: "plain_text_input",
      action_id: INPUTS.note,
      multiline: true,
      max_length: NOTE_MAX,
    },
  };
}

export function resolveModal(d: DisputeView, meta: ResolveMeta): Modal {
  const side = meta.s === undefined ? null : d.sides[meta.s];
  const choice = side
    ? `*Trust ${esc(side.valueText)}*${side.claimants.length > 0 ? ` (${side.claimants.map((c) => esc(c.name)).join(", ")})` : ""}: every source's figure stays shown, with your call beside them.`
    : `*${BOTH_STAND}*: each figure is right for its own as-of date or scope; all stay shown.`;
  const sides = d.sides.map(
    (s) =>
      `*${esc(s.valueText)}*${s.claimants.length > 0 ? `: ${s.claimants.map((c) => esc(c.name)).join(", ")}` : ""}`,
  );
  return modal(
    VIEW_IDS.resolve,
    "Settle a dispute",
    "Resolve",
    meta,
    compact([
      section(`:warning: *${esc(d.title)}*\n${esc(d.sentence)}`),
      context([truncate(`The sources: ${sides.join(" · ")}`, 1900)]),
      section(`Your choice: ${choice}`),
      noteInput("Note (optional)", {
        optional: true,
        hint: "Why this call: it is shown with the resolution, and kept in the audit log.",
      }),
    ]),
  );
}

const QUALIFIERS: readonly { value: Exclude<Qualifier, "range">; text: string }[] = [
  { value: "exact", text: "exactly" },
  { value: "about", text: "about" },
  { value: "nearly", text: "nearly" },
  { value: "more-than", text: "more than" },
  { value: "at-least", text: "at least" },
  { value: "up-to", text: "up to" },
  { value: "fewer-than", text: "fewer than" },
];

export const CORRECTABLE_QUALIFIERS = QUALIFIERS.map((q) => q.value);

export function correctModal(item: ReviewItem, meta: CorrectMeta): Modal {
  const option = (q: (typeof QUALIFIERS)[number]) => ({ text: plain(q.text), value: q.value });
  const current = QUALIFIERS.find((q) => q.value === item.number?.qualifier);
  const c = item.citation;
  return modal(
    VIEW_IDS.correct,
    "Correct a figure",
    "Save correction",
    meta,
    compact([
      section(
        `*${esc(item.label)}* · ${esc(item.eventTitle)}\nRead as *${esc(item.valueText)}* from:\n${c.verified ? quote(c.quote, 1500) : WITHHELD}`,
      ),
      context([citationMeta(c)]),
      {
        type: "input",
        block_id: INPUTS.number,
        label: plain("The figure"),
        element: {
          type: "number_input",
          action_id: INPUTS.number,
          is_decimal_allowed: false,
          min_value: "0",
          ...(item.number ? { initial_value: String(item.number.n) } : {}),
        },
      },
      {
        type: "input",
        block_id: INPUTS.qualifier,
        label: plain("As the source puts it"),
        element: {
          type: "static_select",
          action_id: INPUTS.qualifier,
          options: QUALIFIERS.map(option),
          ...(current ? { initial_option: option(current) } : {}),
        },
      },
    ]),
  );
}

export function reportModal(meta: ReportMeta): Modal {
  return modal(
    VIEW_IDS.report,
    "Report a problem",
    "Send to editors",
    meta,
    compact([
      section(
        "Tell the editors what looks wrong: a figure, a quote, a source, a date. They see it in `/review` and in the next digest.",
      ),
      context([`About: ${userText(meta.a, 300)}`]),
      noteInput("What looks wrong?", { optional: false }),
    ]),
  );
}
