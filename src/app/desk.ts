/**
 * The one core every door calls: Slack listeners, the CLI and the scheduler all go through a
 * Desk, so they answer from the same store with the same domain code.
 */
import path from "node:path";
import type {
  Answer,
  DisputesAnswer,
  FactcheckAnswer,
  HelpAnswer,
  SourcesAnswer,
  SwapAnswer,
  TotalsAnswer,
} from "../domain/answers.ts";
import { factcheckAnswer } from "../domain/check/index.ts";
import { deepFreeze } from "../domain/freeze.ts";
import * as q from "../domain/queries.ts";
import { analyse, type Knowledge, withResolutions } from "../domain/queries.ts";
import type { LastDigest } from "../render/blocks/home.ts";
import { type DigestLedger, storeLedger } from "../scheduler/digest.ts";
import type { AppendOptions, Collection, FactStore, OpenReport } from "../store/fact-store.ts";
import { openStore } from "../store/open.ts";
import type { Digest, FactcheckRun } from "../store/schema.ts";
import type { FetchOptions } from "./fetch-article.ts";
import { type Ingester, openIngester } from "./ingest.ts";
import { type Newsroom, openNewsroom } from "./newsroom.ts";

export interface FactcheckOptions {
  /**
   * The draft's own date (YYYY-MM-DD): anchors "on Friday" and dates without a year. Without
   * one, a day with no year takes the archive's year (the store is an archive, not today's news).
   */
  refDate?: string | null;
}

export interface Desk {
  /** `/swap <arg>`: an exchange by date or alias; help with the nearest exchanges otherwise. */
  swap(arg: string): SwapAnswer | HelpAnswer;
  totals(): TotalsAnswer;
  sources(): SourcesAnswer;
  disputes(): DisputesAnswer;
  /** Help for a command ("swap", "totals", …) or general help when topic is null. */
  help(topic: string | null): HelpAnswer;
  /**
   * A free-text question (an @mention, a DM, the prompt): answered in its first line, read
   * against `earlier` (the thread's questions before it, oldest first) when it follows them.
   */
  ask(question: string, earlier?: readonly string[]): Answer;
  /** Every checkable figure in a draft, with its verdict, quote and correction. */
  factcheck(text: string, opts?: FactcheckOptions): FactcheckAnswer;
  /**
   * Records a fact-check run (for the digest); resolves once it is durable, or with
   * `sync: "soon"` once a crash of the process can no longer lose it (see AppendOptions).
   */
  recordFactcheck(
    answer: FactcheckAnswer,
    by: string,
    at?: string,
    options?: AppendOptions,
  ): Promise<FactcheckRun>;
  /**
   * Claims a Slack request: true for its first delivery, false for a replay. Kept where the
   * desk keeps its store, so a replay is refused after a restart and on another instance.
   */
  claim(key: string): Promise<boolean>;
  /** What editors and readers change, with "today" in the digest's zone. */
  newsroom(options: { tz: string; now?: () => Date }): Newsroom;
  /** The newest digest posted (any channel), for the Home tab; null before the first. */
  lastDigest(): LastDigest | null;
  /** What the daily digest is built from and where its posts are recorded. */
  digestLedger(): DigestLedger;
  /**
   * Adds sources from Slack (a message, a link); null for a desk that keeps no sources of its
   * own to add to (a hand-made test desk), which the doors then say they cannot do.
   */
  ingester(options: { fetch?: FetchOptions; now?: () => Date }): Ingester | null;
}

/** What the digest keeps of one fact-check: counts per verdict and the figures got wrong. */
export function factcheckRun(answer: FactcheckAnswer, by: string, at: string): FactcheckRun {
  return {
    at,
    by,
    claims: answer.claims.length,
    verdicts: { ...answer.counts },
    wrong: answer.claims.filter((c) => c.verdict === "contradicted").map((c) => c.read),
  };
}

export interface DeskOptions {
  /** The live store (FACTDESK_DB): a file, or a postgres:// URL for a shared database. */
  file: string;
  /** The bundled store shipped in data/. */
  bundled?: string;
  /**
   * How long a file store's journal keeps fact-check runs, closed reports and digests, in days
   * (FACTDESK_JOURNAL_DAYS; default 90). The audit log is kept whole.
   */
  journalDays?: number;
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
  store: FactStore;
  report: OpenReport;
  /** The analysed store, rebuilt after every write (this instance's or another's). */
  knowledge(): Knowledge;
  /** Waits for the writes already asked for, then lets the store file go. */
  close(): Promise<void>;
}

/**
 * What the analysed store is built from. Recording a fact-check run, a digest or a report does
 * not change any answer, so it must not cost a re-analysis of the whole archive.
 */
const KNOWLEDGE_INPUTS: readonly Collection[] = [
  "sources",
  "claimants",
  "events",
  "facts",
  "resolutions",
];

/** What the analysis proper (the catalog's indexes, the disputes) is built from. */
const ANALYSIS_INPUTS: readonly Collection[] = ["sources", "claimants", "events", "facts"];

/** Opens (or creates) the live store and answers from it; a bad store throws StoreError. */
export async function openDesk(options: DeskOptions): Promise<OpenedDesk> {
  const { store, report } = await openStore({
    db: options.file,
    bundled: options.bundled ?? BUNDLED_STORE,
    journalDays: options.journalDays,
  });
  let cached: { version: number; analysed: number; k: Knowledge } | null = null;
  const knowledge = (): Knowledge => {
    const version = store.revisionOf(KNOWLEDGE_INPUTS);
    if (cached?.version === version) return cached.k;
    // Only resolutions changed (an editor settled a dispute): the analysis stands.
    const analysed = store.revisionOf(ANALYSIS_INPUTS);
    const k =
      cached?.analysed === analysed ? withResolutions(cached.k, store.data) : analyse(store.data);
    cached = { version, analysed, k };
    return k;
  };
  const memo = memoised(knowledge);
  return {
    store,
    report,
    knowledge,
    swap: (arg) => memo(`swap ${arg}`, (k) => q.swap(k, arg)),
    // Built once per analysed store and frozen by the domain itself (its WeakMap on the
    // Knowledge): a memo entry here would only hold the same object a second time.
    totals: () => q.totals(knowledge()),
    sources: () => memo("sources", q.sources),
    disputes: () => memo("disputes", q.disputes),
    help: (topic) => memo(`help ${JSON.stringify(topic)}`, (k) => q.help(k, topic)),
    ask: (question, earlier = []) => q.ask(knowledge(), question, earlier),
    // The same draft against the same store gets the same answer: a desk re-checking a
    // paragraph (or a sentence pasted by several reporters) is answered from the memo. Drafts
    // longer than the memo's keys are checked afresh every time.
    factcheck: (text, opts = {}) => {
      const refDate = opts.refDate ?? null;
      return memo(`factcheck ${refDate ?? "-"} ${text}`, (k) =>
        factcheckAnswer(k, text, { refDate }),
      );
    },
    recordFactcheck: async (answer, by, at = new Date().toISOString(), options = {}) => {
      const run = factcheckRun(answer, by, at);
      await store.append("factchecks", [run], options);
      return run;
    },
    claim: (key) => store.claim(key),
    newsroom: ({ tz, now }) => openNewsroom({ store, knowledge, tz, now }),
    lastDigest: () => {
      let latest: Digest | null = null;
      for (const d of store.data.digests) if (!latest || d.postedAt > latest.postedAt) latest = d;
      return latest ? { day: latest.day, channel: latest.channel } : null;
    },
    digestLedger: () => storeLedger(store, knowledge),
    ingester: (o) => openIngester({ store, knowledge }, o),
    close: () => store.close(),
  };
}

/**
 * The answers asked of one analysed store, kept until the store changes: a newsroom asks
 * `/totals` and `/swap may-24` over and over, and each is the same until the next write.
 * Bounded in entries and in key length; cached answers are frozen, so a reader that tried to
 * change one would throw rather than change it for everyone after.
 */
const MEMO_ENTRIES = 256;
const MEMO_KEY_CHARS = 200;

function memoised(knowledge: () => Knowledge) {
  let of: Knowledge | null = null;
  const answers = new Map<string, Answer | FactcheckAnswer>();
  return <A extends Answer | FactcheckAnswer>(key: string, ask: (k: Knowledge) => A): A => {
    const k = knowledge();
    if (k !== of) {
      of = k;
      answers.clear();
    }
    if (key.length > MEMO_KEY_CHARS) return ask(k);
    const hit = answers.get(key);
    if (hit) return hit as A;
    const answer = deepFreeze(ask(k));
    if (answers.size >= MEMO_ENTRIES) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
