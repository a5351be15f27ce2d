/**
 * The one core every door calls: Slack listeners, the CLI and the scheduler all go through a
 * Desk, so they answer from the same store with the same domain code.
 */
import path from "node:path";
import type {
  Answer,
  DisputesAnswer,
  HelpAnswer,
  SourcesAnswer,
  SwapAnswer,
  TotalsAnswer,
} from "../domain/answers.ts";
import * as q from "../domain/queries.ts";
import { analyse, type Knowledge } from "../domain/queries.ts";
import { type OpenReport, Store } from "../store/store.ts";

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

export interface DeskOptions {
  /** The live store file (FACTDESK_DB). */
  file: string;
  /** The bundled store shipped in data/. */
  bundled?: string;
}

export const BUNDLED_STORE = path.resolve(import.meta.dirname, "..", "..", "data", "factdesk.json");
export const DEFAULT_LIVE_STORE = path.resolve(
  import.meta.dirname,
  "..",
  "..",
  "data",
  "live",
  "factdesk.json",
);

export interface OpenedDesk extends Desk {
  store: Store;
  report: OpenReport;
  /** The analysed store, rebuilt after every write. */
  knowledge(): Knowledge;
}

/** Opens (or creates) the live store and answers from it; a bad store throws StoreError. */
export async function openDesk(options: DeskOptions): Promise<OpenedDesk> {
  const { store, report } = await Store.open({
    file: options.file,
    bundled: options.bundled ?? BUNDLED_STORE,
  });
  let cached: { version: number; k: Knowledge } | null = null;
  const knowledge = (): Knowledge => {
    if (cached?.version !== store.version)
      cached = { version: store.version, k: analyse(store.data) };
    return cached.k;
  };
  return {
    store,
    report,
    knowledge,
    swap: (arg) => q.swap(knowledge(), arg),
    totals: () => q.totals(knowledge()),
    sources: () => q.sources(knowledge()),
    disputes: () => q.disputes(knowledge()),
    help: (topic) => q.help(knowledge(), topic),
    ask: (question) => q.ask(knowledge(), question),
  };
}
