/**
 * The one-line replies of the editors' workflow: refusals, confirmations, "someone was first".
 * Worded here, in one place, so a refusal reads the same from a button, a modal or a command.
 */
import type { DisputeView, ResolutionView } from "../domain/answers.ts";
import type { Rendered } from "../render/blocks/index.ts";
import { userMention } from "../render/blocks/parts.ts";
import { escapeMrkdwn as esc } from "../render/escape.ts";

export function notice(mrkdwn: string, fallback = mrkdwn): Rendered {
  return { text: fallback, blocks: [{ type: "section", text: { type: "mrkdwn", text: mrkdwn } }] };
}

export const NOT_EDITOR_DISPUTE =
  "Only the desk's editors can settle a dispute, so nothing was changed. If one of these figures looks wrong to you, use *Report a problem* on the reply and an editor will see it today.";

export const NOT_EDITOR_REVIEW =
  "The review queue is for the desk's editors, so nothing was changed. If a figure looks wrong to you, use *Report a problem* on any answer and an editor will see it today.";

export const NO_STORE =
  "This desk has no live store to record that in. Nothing was changed; please tell whoever runs Factdesk.";

export const DISPUTE_GONE =
  "That dispute is no longer in the store (its facts have changed since this reply). Run `/disputes` for the current ones.";

export const FACT_GONE =
  "That fact is no longer in the store. Run `/review` for the current queue.";

export const NOT_A_NUMBER =
  "Only a number can be corrected here; approve or reject this one instead.";

export const NOT_SAVED =
  "Sorry, that could not be saved: the store refused the write. Nothing was changed; it has been logged, please try again in a moment.";

export const REPORTED =
  ":memo: Thanks, your report is with the editors: it is in `/review` now and goes into the next digest.";

/** Over a user's per-minute allowance: said kindly, with how long to wait. */
export function slowDown(
  what: "reports" | "fact-checks",
  perMinute: number,
  retryInS: number,
): string {
  const wait = retryInS <= 1 ? "a second" : `${retryInS} seconds`;
  return what === "reports"
    ? `Thanks, that is ${perMinute} reports from you in the last minute, the most the desk takes. Nothing is lost: please send this one again in ${wait}.`
    : `That is ${perMinute} fact-checks from you in the last minute, the most the desk runs for one person. Please try again in ${wait}.`;
}

export function whatWasDecided(r: ResolutionView): string {
  return r.verdict === "trust" ? `trusts *${esc(r.trustedValue ?? "one figure")}*` : "both stand";
}

/** "Already resolved by @anna on May 26, 2025: trusts 307." */
export function alreadyResolved(d: DisputeView): string {
  const r = d.resolution;
  if (!r) return DISPUTE_GONE;
  return `Already resolved by ${userMention(r.by)} on ${esc(r.at)}: ${whatWasDecided(r)}. Nothing else was changed (*${esc(d.title)}*).`;
}

export function resolved(d: DisputeView): string {
  const r = d.resolution;
  const what = r ? whatWasDecided(r) : "resolved";
  return `:white_check_mark: Resolved *${esc(d.title)}*: ${what}. Replies now show your resolution beside every source's figure.`;
}

const VERB = { approve: "Approved", reject: "Rejected", correct: "Corrected" } as const;

export function reviewed(kind: keyof typeof VERB, valueText: string): string {
  return `:white_check_mark: ${VERB[kind]} *${esc(valueText)}*.`;
}

/** "Already reviewed by @anna on May 26, 2025." */
export function alreadyReviewed(valueText: string, by: string | null, at: string | null): string {
  const who = by ? ` by ${userMention(by)}` : "";
  const when = at ? ` on ${esc(at)}` : "";
  return `*${esc(valueText)}* was already reviewed${who}${when}. Nothing was changed.`;
}
