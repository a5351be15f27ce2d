/**
 * Answer objects: what every query returns, and the only thing renderers see. Slack (Block
 * Kit) and the terminal (plain text) both render from these, so they never disagree. Plain
 * data: no functions, no classes, safe to print with --json.
 */
import type { Counted, Event, Measure, Qualifier, Side } from "../store/schema.ts";

export interface SourceRef {
  id: string;
  outlet: string;
  title: string | null;
  /** As a newsroom writes it: "May 24, 2025", or "May 16–22, 2025 (date not printed)". */
  published: string;
  url: string | null;
  status: "reviewed" | "unreviewed";
}

export interface ClaimantRef {
  id: string;
  name: string;
  party: string;
}

/** One quoted figure from one source. */
export interface Citation {
  factId: string;
  /** Verbatim from the source text. */
  quote: string;
  /** False when the quote no longer matches the source at its offsets; never shown as a citation then. */
  verified: boolean;
  source: SourceRef;
  claimant: ClaimantRef;
  /** The words that state the figure: "nearly 480". */
  said: string;
  /** The date the source gives for the event, as a newsroom writes it. */
  eventDate: string | null;
  /** When the figure was true, for running totals. */
  asOf: string | null;
  status: "reviewed" | "unreviewed";
  /** The stored figure itself, for charts: absent when the fact is a date or words. */
  number?: { n: number; qualifier: Qualifier; n2?: number };
  /** `asOf` as ISO days (one day: from = to), for charts. */
  asOfDays?: { from: string; to: string } | null;
}

/** One value that one or more sources give for a figure. */
export interface Reading {
  /** "307", "nearly 480", "Turkey". */
  valueText: string;
  /** Distinct claimants behind this value (three outlets quoting one ministry count once). */
  claimants: ClaimantRef[];
  citations: Citation[];
}

export interface Figure {
  /** measure|counted|side: stable within an event. */
  key: string;
  /** "Released by each side", "Who mediated the talks". */
  label: string;
  measure: Measure;
  counted: Counted | null;
  side: Side | null;
  planned: boolean;
  /** Distinct values, most-supported first. More than one means the sources differ. */
  readings: Reading[];
  /** Ids of disputes that touch this figure. */
  disputeIds: string[];
}

export interface ResolutionView {
  by: string;
  at: string;
  verdict: "trust" | "both-stand";
  /** The value the editor trusted, when verdict is "trust". */
  trustedValue: string | null;
  note: string | null;
}

export type DisputeKind = "value" | "date" | "cumulative" | "claim" | "arithmetic";

export interface DisputeSide {
  valueText: string;
  claimants: ClaimantRef[];
  citations: Citation[];
}

export interface DisputeView {
  /** Stable: derived from the rule and the facts involved, so resolutions survive restarts. */
  id: string;
  kind: DisputeKind;
  /** "Date of the early-May exchange". */
  title: string;
  /** One sentence on what differs and why it matters. */
  sentence: string;
  eventId: string;
  eventTitle: string;
  /** True when the figures come from different parties to the war, not only different outlets. */
  betweenParties: boolean;
  sides: DisputeSide[];
  resolution: ResolutionView | null;
}

/** A derived figure: a sum shown with the quoted figures it comes from. */
export interface CheckPart {
  label: string;
  valueText: string;
  n: number;
  citation: Citation;
}

export interface Check {
  label: string;
  parts: CheckPart[];
  sum: number;
  /** "390 + 307 + 303 = 1,000". */
  expression: string;
  against: { valueText: string; citation: Citation };
  ok: boolean;
}

export interface EventSummary {
  id: string;
  kind: Event["kind"];
  title: string;
  /** "May 24, 2025"; "May 23–25, 2025"; null when undated. */
  dateText: string | null;
  /** ISO date the event is filed under (first day of a range). */
  date: string | null;
  aliases: string[];
  partOf: string | null;
}

export interface SwapAnswer {
  kind: "swap";
  query: string;
  event: EventSummary;
  /** Why this event was chosen when the match was not exact ("May 7 is the date rki.news gives…"). */
  matchNote: string | null;
  figures: Figure[];
  checks: Check[];
  disputes: DisputeView[];
  parent: EventSummary | null;
  parts: EventSummary[];
}

export interface DealWave {
  event: EventSummary;
  figure: Figure | null;
}

export interface TimelinePoint {
  asOf: string;
  figure: Figure;
}

export interface TotalsAnswer {
  kind: "totals";
  deal: {
    event: EventSummary;
    total: Figure | null;
    waves: DealWave[];
    checks: Check[];
  } | null;
  /** Exchanges of the deal's year, oldest first, with each one's headline figure. */
  year: number | null;
  exchanges: { event: EventSummary; figure: Figure | null }[];
  /** Running "returned since 2022" claims, oldest first. */
  timeline: TimelinePoint[];
  /** Running count of exchanges, oldest first. */
  exchangeCount: TimelinePoint[];
  disputes: DisputeView[];
  /** How many there are in all, when a list above holds only the latest of them. */
  exchangesTotal?: number;
  timelineTotal?: number;
  disputesTotal?: number;
}

export interface SourceSummary extends SourceRef {
  author: string | null;
  facts: number;
  claimants: ClaimantRef[];
  notes: string | null;
}

export interface SourcesAnswer {
  kind: "sources";
  sources: SourceSummary[];
  /** Sources in the store in all, and where this page starts. */
  total?: number;
  offset?: number;
}

export interface DisputesAnswer {
  kind: "disputes";
  disputes: DisputeView[];
  /** Arithmetic that holds, shown so an editor sees what was checked. */
  checks: Check[];
  /** Disputes in all (open first), how many are open, and where this page starts. */
  total?: number;
  open?: number;
  offset?: number;
  checksTotal?: number;
}

export interface HelpAnswer {
  kind: "help";
  /** "swap", "totals", … or null for general help. */
  topic: string | null;
  /** What went wrong, in one friendly line, or null for plain help. */
  problem: string | null;
  /** What the user typed, verbatim (renderers escape it). */
  query: string | null;
  usage: string[];
  /** The nearest known events to what was asked. */
  suggestions: EventSummary[];
}

export type Verdict = "supported" | "contradicted" | "disputed" | "unverified";

/** One checkable figure in a draft and what the store says of it. */
export interface ClaimCheck {
  sentence: string;
  /** The text span that states the figure. */
  claim: string;
  /** Offsets of the span in the checked text. */
  start: number;
  end: number;
  verdict: Verdict;
  /** The value as the draft states it: "nearly 480". */
  read: string;
  /** What the figure is about, in words. */
  about: string;
  eventId: string | null;
  /** The store's value(s) for it, when it has any. */
  store: string | null;
  citations: Citation[];
  /** For a contradicted claim: the sentence with the store's figure in place. */
  correction: string | null;
  disputeIds: string[];
  /** One line on why this verdict. */
  reason: string;
  /** What the figure measures, counts and for whom, as the extractor read it (null: untracked). */
  measure?: Measure | null;
  counted?: Counted | null;
  side?: Side | null;
  /** The day the figure is about (ISO), when the draft gives or implies one. */
  date?: string | null;
  /** For a contradicted claim: the store's figure that puts it right. */
  right?: string;
  /** How the figure was read, part by part, with the words each part came from. */
  reading?: ClaimReading;
  /** "day": a day stated as a claim ("the talks on May 16"), not a figure. */
  kind?: "figure" | "day";
}

/** One part of a claim's reading: what was understood, and from which words. */
export interface ReadingPart {
  /** "each side", "prisoners", "May 24, 2025 (second wave of the 1,000-for-1,000 exchange)". */
  value: string;
  /** The draft's words it came from ("each", "POWs", "May 24"), or null when implied. */
  from: string | null;
  /** How it was settled when the words alone do not: "year from the store". */
  note?: string;
}

/**
 * How the fact-check read a figure: the event, what is counted, for whom, and over what span.
 * `unclear` names the parts that were not certain: any of them rules out "contradicted".
 */
export interface ClaimReading {
  event: ReadingPart;
  counted: ReadingPart;
  side: ReadingPart;
  scope: ReadingPart;
  /** Set when the figure is a part of a larger one ("including 120 civilians"). */
  part: ReadingPart | null;
  unclear: string[];
}

/** Not (yet) in the Answer union: renderers gain it with the fact-check door. */
export interface FactcheckAnswer {
  kind: "factcheck";
  claims: ClaimCheck[];
  counts: Record<Verdict, number>;
  /** Words in the checked text, for the summary line. */
  words: number;
}

export interface OpenDispute {
  dispute: DisputeView;
  /** "May 23, 2025". */
  openSince: string;
  daysOpen: number;
}

export interface DigestAnswer {
  kind: "digest";
  /** The day the digest is for, as a newsroom writes it. */
  day: string;
  /** When the previous digest went out, or null for the first. */
  since: string | null;
  /** Nothing changed and nothing was checked: the digest is one line. */
  quiet: boolean;
  sourcesAdded: SourceRef[];
  factsAdded: number;
  factsApproved: number;
  factsRejected: number;
  disputesOpened: DisputeView[];
  disputesResolved: DisputeView[];
  openDisputes: OpenDispute[];
  factchecks: {
    runs: number;
    claims: number;
    contradicted: number;
    /** The figures drafts most often got wrong, most frequent first. */
    mostWrong: { figure: string; times: number }[];
  };
  /** Problems readers reported since the last digest. */
  reports: { by: string; note: string; answer: string }[];
  /** Unreviewed facts waiting for an editor. */
  awaitingReview: number;
  /** Events ingest proposed since the last digest (titles), and how many still await review. */
  eventsAdded?: string[];
  eventsAwaitingReview?: number;
  totals: TotalsAnswer;
}

/** One of the likeliest readings of an unsure question, offered as a button or a suggestion. */
export interface AskChoice {
  /** What this reading takes the question to mean: "each side", "the deal so far". */
  label: string;
  /** The question as this reading asks it: sent back when the choice is picked. */
  question: string;
  /** The first line this reading answers with. */
  line: string;
}

/**
 * A reporter's question answered: the first line (`line`) states the figure, day or name with
 * who says so and the day, or says plainly that the store does not hold it; below it, the
 * quotes behind every figure stated, how a worked-out figure was worked out, the nearest stored
 * running totals, any dispute touching it, and the exchange to see whole.
 */
export interface AskAnswer {
  kind: "ask";
  /** The question as typed (renderers escape it). */
  query: string;
  /** The earlier questions of the thread it was read against, oldest first. */
  context: string[];
  asked: "figure" | "date" | "name" | "ordinal" | "check";
  /** answered; disputed (both sides in the first line); not-held; unsure (choices offered). */
  status: "answered" | "disputed" | "not-held" | "unsure";
  line: string;
  /** What was understood, part by part, with the words each came from. */
  understood: ReadingPart[];
  /** Every figure in the first line has its quote here. */
  citations: Citation[];
  /** A worked-out figure and the quoted figures it comes from: "1,000 − 697 = 303". */
  derivation: { expression: string; parts: CheckPart[] } | null;
  /** For a running total: the stored claims nearest the day asked, before and after it. */
  nearest: { before: TimelinePoint | null; after: TimelinePoint | null } | null;
  disputes: DisputeView[];
  /** "Is X right?": the fact-check's verdict on X. */
  check: ClaimCheck | null;
  /** Lines that help when the answer is not held ("The store has 120 civilians received by Russia"). */
  notes: string[];
  choices: AskChoice[];
  /** The exchange (or event) to see whole. */
  event: EventSummary | null;
  /** The reading, kept by a thread so that a follow-up is read against it. */
  reading: AskReadingData;
}

/** The reading of a question as plain data (domain/ask/read.ts owns its shape). */
export type AskReadingData = Record<string, unknown>;

export type Answer =
  | SwapAnswer
  | TotalsAnswer
  | SourcesAnswer
  | DisputesAnswer
  | HelpAnswer
  | AskAnswer;
