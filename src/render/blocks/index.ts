/**
 * Answer object → Block Kit, from the same answers the terminal renders. Every reply fits
 * Slack's limits: a long answer shows what fits, says how much is left, and carries a button
 * for the rest.
 */
import type { Answer } from "../../domain/answers.ts";
import { truncate } from "../escape.ts";
import { answerActions, describeRerun } from "./actions.ts";
import { askDoc } from "./ask.ts";
import { renderedOnce } from "./cache.ts";
import { disputesDoc } from "./disputes.ts";
import type { Doc } from "./doc.ts";
import { helpDoc } from "./help.ts";
import { type Block, packUnits } from "./limits.ts";
import { compact, context, userMention } from "./parts.ts";
import { rerunOf } from "./rerun.ts";
import { sourcesDoc } from "./sources.ts";
import { swapDoc } from "./swap.ts";
import { totalsDoc } from "./totals.ts";

export { ACTION_IDS } from "./actions.ts";
export { DISPUTE_ACTION_IDS } from "./dispute-actions.ts";
export { renderFactcheck } from "./factcheck.ts";
export { type Block, checkLimits, LIMITS } from "./limits.ts";
export { decodeRerun, encodeRerun, type Rerun, rerunOf } from "./rerun.ts";

export interface RenderOptions {
  /** The first part to show: the pages after the first of a long answer. */
  start?: number;
  /** Whether the reply carries a Share in channel button (default true). */
  share?: boolean;
  /** The Slack id of whoever shared this answer into the channel. */
  sharedBy?: string | null;
  /** Whoever reads this reply is an editor: open disputes carry the buttons that settle them. */
  editor?: boolean;
  /** Whether the reply carries a Report a problem button (default true). */
  report?: boolean;
}

export interface Rendered {
  /** The notification fallback. */
  text: string;
  blocks: Block[];
}

function docFor(answer: Answer, options: RenderOptions): Doc {
  const editor = { editor: options.editor === true };
  switch (answer.kind) {
    case "swap":
      return swapDoc(answer, editor);
    case "totals":
      return totalsDoc(answer, editor);
    case "sources":
      return sourcesDoc(answer);
    case "disputes":
      return disputesDoc(answer, editor);
    case "help":
      return helpDoc(answer);
    case "ask":
      return askDoc(answer, editor);
  }
}

/** Room kept for the footer: "…and N more", "Shared by", the buttons. */
const FOOTER_BLOCKS = 3;
const FOOTER_CHARS = 500;

/** "I don't know that exchange" is for the asker alone: there is nothing in it to share. */
function shareable(answer: Answer, options: RenderOptions): boolean {
  return options.share !== false && !(answer.kind === "help" && answer.problem);
}

export function renderBlocks(answer: Answer, options: RenderOptions = {}): Rendered {
  const key = [
    options.start ?? 0,
    options.share !== false,
    options.sharedBy ?? "",
    options.editor === true,
    options.report !== false,
  ].join("|");
  return renderedOnce(answer, key, () => buildBlocks(answer, options));
}

function buildBlocks(answer: Answer, options: RenderOptions): Rendered {
  const doc = docFor(answer, options);
  const start = options.start ?? 0;
  const rerun = rerunOf(answer);
  const head = start > 0 ? [...doc.head, ...compact([context(["_…continued_"])])] : doc.head;
  const page = packUnits(head, doc.units, {
    start,
    reserve: FOOTER_BLOCKS,
    reserveChars: FOOTER_CHARS,
    chars: doc.pageChars,
  });
  const blocks = [...page.blocks];
  const footer = compact([
    page.rest
      ? context([`…and ${page.rest}.${page.next !== null ? " *Show the rest* below." : ""}`])
      : null,
    options.sharedBy ? context([`Shared by ${userMention(options.sharedBy)}`]) : null,
    answerActions({
      share: !shareable(answer, options) ? null : start > 0 ? { ...rerun, s: start } : rerun,
      more: page.next !== null ? { ...rerun, s: page.next } : null,
      report:
        options.report === false ? null : describeRerun(start > 0 ? { ...rerun, s: start } : rerun),
      chart: answer.kind === "totals" && start === 0 ? rerun : null,
    }),
  ]);
  blocks.push(...footer);
  return { text: truncate(doc.text || "Factdesk", 3000), blocks };
}
