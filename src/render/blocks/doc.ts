/** What each answer renderer produces before it is fitted into one message. */
import type { Block, Unit } from "./limits.ts";

export interface Doc {
  /** Always shown, on every page: the header and what frames the answer. */
  head: Block[];
  /** Shown in order, as many as fit. */
  units: Unit[];
  /** The notification fallback: plain words, escaped. */
  text: string;
  /**
   * The most characters of blocks a page of this answer holds, when less than Slack's limit: a
   * summary first, the rest behind the button.
   */
  pageChars?: number;
}
