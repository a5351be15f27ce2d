/**
 * The buttons an editor settles a dispute with: trust one side's figure, or let both stand.
 * Each side has its own action_id because Slack wants them unique within a block; the value
 * names the dispute and the choice, and the listener reads the dispute afresh from the store.
 */
import { z } from "zod";
import type { DisputeView } from "../../domain/answers.ts";
import { truncate } from "../escape.ts";
import { type Block, LIMITS } from "./limits.ts";
import { esc } from "./parts.ts";

/** Sides beyond this many get no button of their own (none in the store has more than 3). */
export const MAX_TRUST_BUTTONS = 4;

export const DISPUTE_ACTION_IDS = {
  trust: Array.from({ length: MAX_TRUST_BUTTONS }, (_, i) => `dispute_trust_${i + 1}`),
  both: "dispute_both_stand",
} as const;

export const BOTH_STAND = "Both stand (different dates or scopes)";

const Choice = z.object({
  /** The dispute id. */
  d: z.string().min(1).max(1500),
  /** The side trusted, by index; absent: both stand. */
  s: z.number().int().nonnegative().max(50).optional(),
});

export type DisputeChoice = z.infer<typeof Choice>;

export function encodeChoice(c: DisputeChoice): string {
  return JSON.stringify(c);
}

export function decodeChoice(value: string | undefined): DisputeChoice | null {
  if (!value || value.length > 2000) return null;
  try {
    const parsed = Choice.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** "Trust 307": plain text, but escaped like everything else the bot did not write. */
export function trustLabel(valueText: string): string {
  return truncate(`Trust ${esc(valueText)}`, LIMITS.buttonText);
}

/** The buttons under an open dispute; null for a resolved one or one too long to carry an id. */
export function disputeActions(d: DisputeView): Block | null {
  if (d.resolution || d.id.length > 1500) return null;
  const button = (action_id: string, text: string, value: DisputeChoice) => ({
    type: "button" as const,
    action_id,
    text: { type: "plain_text" as const, text },
    value: encodeChoice(value),
  });
  const elements = d.sides
    .slice(0, MAX_TRUST_BUTTONS)
    .map((side, i) =>
      button(DISPUTE_ACTION_IDS.trust[i] as string, trustLabel(side.valueText), { d: d.id, s: i }),
    );
  elements.push(button(DISPUTE_ACTION_IDS.both, BOTH_STAND, { d: d.id }));
  return { type: "actions", elements };
}
