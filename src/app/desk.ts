/**
 * The one core every door calls: Slack listeners, the CLI and the scheduler all go through a
 * Desk, so they answer from the same store with the same domain code.
 */
import type {
  Answer,
  DisputesAnswer,
  HelpAnswer,
  SourcesAnswer,
  SwapAnswer,
  TotalsAnswer,
} from "../domain/answers.ts";

export interface Desk {
  /** `/swap <arg>`: an exchange by date or alias; help with the nearest exchanges otherwise. */
  swap(arg: string): SwapAnswer | HelpAnswer;
  totals(): TotalsAnswer;
  sources(): SourcesAnswer;
  disputes(): DisputesAnswer;
  /** Help for a command ("swap", "totals", …) or general help when topic is null. */
  help(topic: string | null): HelpAnswer;
  /** A free-text question (an @mention): routed to the query it maps to, or help. */
  ask(question: string): Answer;
}
