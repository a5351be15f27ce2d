/**
 * A reporter's question answered: the first line (the answer, who says so and when) as the
 * message's first section, what was understood beneath it, then the quotes, the sum a derived
 * figure comes from, the nearest running totals, the disputes, the choices when unsure (as
 * buttons that ask the question that way) and a button for the whole exchange.
 */
import type { AskAnswer } from "../../domain/answers.ts";
import { truncate } from "../escape.ts";
import { userText } from "../user-text.ts";
import { ACTION_IDS } from "./actions.ts";
import { citationBlocks, disputeUnit } from "./citations.ts";
import type { Doc } from "./doc.ts";
import { type Block, LIMITS, type Unit } from "./limits.ts";
import { compact, context, esc, section } from "./parts.ts";
import { encodeRerun, THREAD_QUESTION_MAX } from "./rerun.ts";

/** The most quotes shown under one answer; the rest are counted. */
export const ASK_QUOTES = 6;

/** A button in a block of its own: action ids need only be unique within a block. */
function buttonBlock(blockId: string, text: string, value: string): Block {
  return {
    type: "actions",
    block_id: blockId,
    elements: [
      {
        type: "button" as const,
        action_id: ACTION_IDS.choice,
        text: { type: "plain_text" as const, text: truncate(text, LIMITS.buttonText) },
        value,
      },
    ],
  };
}

export function askDoc(a: AskAnswer, options: { editor?: boolean } = {}): Doc {
  const lead =
    a.status === "disputed" ? ":warning: " : a.status === "unsure" ? ":grey_question: " : "";
  const understood = a.understood
    .map((p) => (p.from ? `${esc(p.value)} (“${userText(p.from, 80)}”)` : esc(p.value)))
    .join(" · ");
  const head = compact([
    section(`${lead}*${esc(a.line)}*`),
    context([
      `Read as: ${understood}`,
      a.context.length > 0
        ? `After: ${a.context.map((c) => `“${userText(c, 80)}”`).join(" → ")}`
        : null,
    ]),
  ]);
  const units: Unit[] = [];
  if (a.choices.length > 0) {
    const lines = a.choices.map((c) => `• *${esc(c.label)}*: ${esc(c.line)}`);
    const buttons = a.choices
      .slice(0, 3)
      .map((c, i) =>
        buttonBlock(
          `ask_choice_${i}`,
          c.label,
          encodeRerun({ c: "ask", t: [c.question.slice(0, THREAD_QUESTION_MAX)] }),
        ),
      );
    units.push({
      blocks: compact([section(`*Did you mean:*\n${lines.join("\n")}`), ...buttons]),
      noun: ["choice", "choices"],
    });
  }
  if (a.derivation)
    units.push({
      blocks: compact([section(`*Worked out:* ${esc(a.derivation.expression)}`)]),
      noun: ["sum", "sums"],
    });
  for (const c of a.citations.slice(0, ASK_QUOTES))
    units.push({ blocks: citationBlocks(c), noun: ["quote", "quotes"] });
  if (a.citations.length > ASK_QUOTES)
    units.push({
      blocks: compact([
        context([`…and ${a.citations.length - ASK_QUOTES} more quotes: see the whole exchange.`]),
      ]),
      noun: ["note", "notes"],
    });
  if (a.nearest && (a.nearest.before || a.nearest.after)) {
    const lines: string[] = [];
    for (const [label, p] of [
      ["Before", a.nearest.before],
      ["After", a.nearest.after],
    ] as const) {
      const c = p?.figure.readings[0]?.citations[0];
      if (p && c)
        lines.push(
          `${label}: *${esc(p.figure.readings[0]?.valueText ?? "")}* as of ${esc(p.asOf)} — ${c.claimant.party === "press" ? esc(c.source.outlet) : `${esc(c.claimant.name)}, via ${esc(c.source.outlet)}`}`,
        );
    }
    units.push({
      blocks: compact([section(`*Nearest stored counts*\n${lines.join("\n")}`)]),
      noun: ["count", "counts"],
    });
  }
  for (const n of a.notes)
    units.push({ blocks: compact([context([esc(n)])]), noun: ["note", "notes"] });
  units.push(...a.disputes.map((d) => disputeUnit(d, options)));
  if (a.event) {
    const whole = buttonBlock(
      "ask_whole",
      `See the whole ${a.event.kind === "exchange" || a.event.kind === "deal" ? "exchange" : "event"}`,
      encodeRerun({ c: "swap", a: a.event.id.slice(0, 200) }),
    );
    units.push({ blocks: [whole], noun: ["link", "links"] });
  }
  return { head, units, text: esc(a.line) };
}
