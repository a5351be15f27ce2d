/**
 * Hand-made answers and a fake Desk built from them: realistic shapes, with quotes and names
 * carrying Slack markup (<!channel>, <@U123>, &, <https://x|y>) to prove it is never live.
 */
import { vi } from "vitest";
import { type Desk, factcheckRun } from "../../src/app/desk.ts";
import type { ResolveResult } from "../../src/app/editorial.ts";
import { memoryHandled } from "../../src/app/handled.ts";
import type { Newsroom } from "../../src/app/newsroom.ts";
import type {
  Answer,
  Check,
  Citation,
  ClaimantRef,
  DigestAnswer,
  DisputesAnswer,
  DisputeView,
  EventSummary,
  Figure,
  HelpAnswer,
  SourceRef,
  SourceSummary,
  SourcesAnswer,
  SwapAnswer,
  TotalsAnswer,
} from "../../src/domain/answers.ts";
import type { ReviewAnswer, ReviewItem } from "../../src/domain/review.ts";
import type { DigestLedger } from "../../src/scheduler/digest.ts";
import type { Digest } from "../../src/store/schema.ts";

export const MARKUP = ["<!channel>", "<@U123>", "<https://x|y>", "<!here>"] as const;

const outlet = (id: string, name: string, url: string | null = null): SourceRef => ({
  id,
  outlet: name,
  title: `${name} on the exchange`,
  published: "May 24, 2025",
  url,
  status: "reviewed",
});

const press = (id: string, name: string): ClaimantRef => ({ id, name, party: "press" });

export const SOURCES = {
  epoch: outlet("epoch", "The Epoch Times", "https://www.theepochtimes.com/a?x=1&y=2"),
  rki: outlet("rki", "rki.news & <!channel> Wire"),
  bm: outlet("bm", "Brussels Morning"),
};

export const CLAIMANTS = {
  mod: { id: "ru-mod", name: "Russia's Defence Ministry", party: "russia" },
  hq: { id: "ua-hq", name: "Ukraine's Coordination HQ <@U123>", party: "ukraine" },
  epoch: press("epoch", "The Epoch Times"),
};

export function cite(partial: Partial<Citation> & Pick<Citation, "factId" | "quote">): Citation {
  return {
    verified: true,
    source: SOURCES.epoch,
    claimant: CLAIMANTS.epoch,
    said: "307",
    eventDate: "May 24, 2025",
    asOf: null,
    status: "reviewed",
    ...partial,
  };
}

export const event = (
  id: string,
  title: string,
  dateText: string | null,
  date: string | null,
): EventSummary => ({
  id,
  kind: "exchange",
  title,
  dateText,
  date,
  aliases: [id.replace(/^exchange-/, "")],
  partOf: null,
});

export const EVENTS = {
  may23: event("exchange-2025-05-23", "First wave", "May 23, 2025", "2025-05-23"),
  may24: event(
    "exchange-2025-05-24",
    "Second wave of the 1,000-for-1,000 exchange",
    "May 24, 2025",
    "2025-05-24",
  ),
  may25: event("exchange-2025-05-25", "Third wave", "May 25, 2025", "2025-05-25"),
  deal: {
    ...event("deal-1000-for-1000", "The 1,000-for-1,000 exchange", "May 23–25, 2025", "2025-05-23"),
    kind: "deal" as const,
  },
};

export const DISPUTE: DisputeView = {
  id: "value:exchange-2025-05-24:released",
  kind: "value",
  title: "Prisoners returned on May 24",
  sentence:
    "Ukraine's Coordination HQ gives 307, but Russia's Defence Ministry gives 270 <!channel>: both cannot be true.",
  eventId: EVENTS.may24.id,
  eventTitle: EVENTS.may24.title,
  betweenParties: true,
  sides: [
    {
      valueText: "307",
      claimants: [CLAIMANTS.hq],
      citations: [
        cite({
          factId: "hq-307",
          quote: "Ukraine's HQ said 307 came home <@U123> & families waited",
          claimant: CLAIMANTS.hq,
          source: SOURCES.rki,
        }),
      ],
    },
    {
      valueText: "270",
      claimants: [CLAIMANTS.mod],
      citations: [
        cite({
          factId: "mod-270",
          quote: "The ministry reported 270 <https://x|y> servicemen",
          claimant: CLAIMANTS.mod,
          source: SOURCES.rki,
          said: "270",
        }),
      ],
    },
  ],
  resolution: null,
};

const FIGURE: Figure = {
  key: "released|people|each",
  label: "Prisoners released by each side",
  measure: "released",
  counted: "people",
  side: "each",
  planned: false,
  readings: [
    {
      valueText: "307",
      claimants: [CLAIMANTS.hq],
      citations: [
        cite({
          factId: "epoch-307",
          quote: "Russia and Ukraine swapped 307 of their prisoners on May 24 <!channel>",
          claimant: CLAIMANTS.hq,
        }),
        cite({
          factId: "bm-307",
          quote: "another 307 were swapped",
          source: SOURCES.bm,
          claimant: CLAIMANTS.hq,
          status: "unreviewed",
        }),
      ],
    },
    {
      valueText: "270",
      claimants: [CLAIMANTS.mod],
      citations: [
        cite({
          factId: "stale-270",
          quote: "THIS QUOTE NO LONGER MATCHES ITS SOURCE",
          verified: false,
          claimant: CLAIMANTS.mod,
          source: SOURCES.rki,
        }),
      ],
    },
  ],
  disputeIds: [DISPUTE.id],
};

const CHECK = (ok: boolean): Check => ({
  label: "The 1,000-for-1,000 exchange: the waves against the total",
  parts: [],
  sum: ok ? 1000 : 997,
  expression: ok ? "390 + 307 + 303 = 1,000" : "390 + 307 + 300 = 997",
  against: { valueText: "1,000", citation: cite({ factId: "deal", quote: "1,000 each" }) },
  ok,
});

export const SWAP: SwapAnswer = {
  kind: "swap",
  query: "may-24",
  event: { ...EVENTS.may24, partOf: EVENTS.deal.id },
  matchNote: null,
  figures: [FIGURE],
  checks: [CHECK(true)],
  disputes: [DISPUTE],
  parent: EVENTS.deal,
  parts: [],
};

const waveFigure = (value: string): Figure => ({
  ...FIGURE,
  readings: [
    {
      valueText: value,
      claimants: [CLAIMANTS.epoch],
      citations: [cite({ factId: `w${value}`, quote: `released ${value}` })],
    },
  ],
  disputeIds: [],
});

export const TOTALS: TotalsAnswer = {
  kind: "totals",
  deal: {
    event: EVENTS.deal,
    total: waveFigure("1,000"),
    waves: [
      { event: EVENTS.may23, figure: waveFigure("390") },
      { event: EVENTS.may24, figure: waveFigure("307") },
      { event: EVENTS.may25, figure: waveFigure("303") },
    ],
    checks: [CHECK(true), CHECK(false)],
  },
  year: 2025,
  exchanges: [
    { event: EVENTS.may23, figure: waveFigure("390") },
    { event: EVENTS.may24, figure: waveFigure("307") },
  ],
  timeline: [{ asOf: "May 23, 2025", figure: waveFigure("more than 4,750") }],
  exchangeCount: [],
  disputes: [DISPUTE],
};

const source = (i: number): SourceSummary => ({
  ...outlet(`s${i}`, `Outlet ${i} <@U123>`),
  author: "A. Reporter & Co",
  facts: i,
  claimants: [CLAIMANTS.hq, CLAIMANTS.mod],
  notes: i % 2 ? "Undated <!channel> article" : null,
});

export const sourcesAnswer = (n: number): SourcesAnswer => ({
  kind: "sources",
  sources: Array.from({ length: n }, (_, i) => source(i + 1)),
  total: n,
  offset: 0,
});

export const disputesAnswer = (n: number): DisputesAnswer => ({
  kind: "disputes",
  disputes: Array.from({ length: n }, (_, i) => ({
    ...DISPUTE,
    id: `${DISPUTE.id}:${i}`,
    title: `Dispute number ${i + 1}`,
  })),
  checks: [CHECK(true)],
  total: n,
  open: n,
  offset: 0,
});

export function helpAnswer(
  topic: string | null,
  problem: string | null = null,
  query: string | null = null,
): HelpAnswer {
  return {
    kind: "help",
    topic,
    problem,
    query,
    usage: ["/swap may-24 — one exchange by date", "/totals — the deal wave by wave"],
    suggestions: [EVENTS.may24, EVENTS.may23],
  };
}

export interface FakeDesk extends Desk {
  calls: string[];
}

/** A Desk answering from the fixtures; `swap("explode")` throws, as a broken store might. */
export function fakeDesk(
  options: { disputes?: number; sources?: number; newsroom?: Newsroom } = {},
): FakeDesk {
  const calls: string[] = [];
  const handled = memoryHandled();
  const newsroom = options.newsroom ?? fakeNewsroom();
  const digests: Digest[] = [];
  const ledger: DigestLedger = {
    sync: async () => {},
    posted: (channel, day) => digests.some((d) => d.channel === channel && d.day === day),
    build: () => digestAnswer(),
    record: async (d) => {
      digests.push(d);
    },
    exclusive: (_name, work) => work(),
  };
  const swap = (arg: string): SwapAnswer | HelpAnswer => {
    calls.push(`swap:${arg}`);
    if (arg === "explode")
      throw new Error("the store is on fire\n    at secret/stack/trace.ts:1:1");
    if (/may.?24|exchange-2025-05-24/i.test(arg)) return { ...SWAP, query: arg };
    return helpAnswer(
      "swap",
      arg.trim()
        ? "I don't know that exchange. Try a date or one of these:"
        : "Tell me which exchange.",
      arg.trim() ? arg : null,
    );
  };
  const called = <T>(call: string, answer: T): T => {
    calls.push(call);
    return answer;
  };
  return {
    calls,
    swap,
    totals: () => called("totals", TOTALS),
    sources: () => called("sources", sourcesAnswer(options.sources ?? 3)),
    disputes: () => called("disputes", disputesAnswer(options.disputes ?? 2)),
    help: (topic) => called(`help:${topic}`, helpAnswer(topic)),
    ask: (question): Answer => {
      calls.push(`ask:${question}`);
      if (/may 24/i.test(question)) return swap("may-24");
      if (/dispute/i.test(question)) return disputesAnswer(options.disputes ?? 2);
      return helpAnswer(null, "I couldn't tell which exchange or total you mean.", question);
    },
    // A check that finds nothing to check: what the doors do with a check, not what it says.
    factcheck: (text) => {
      calls.push(`factcheck:${text}`);
      return {
        kind: "factcheck",
        claims: [],
        counts: { supported: 0, contradicted: 0, disputed: 0, unverified: 0 },
        words: text.split(/\s+/).filter(Boolean).length,
      };
    },
    recordFactcheck: async (answer, by, at = "2025-05-26T10:00:00.000Z") => {
      calls.push(`record:${by}`);
      return factcheckRun(answer, by, at);
    },
    claim: (key) => handled.claim(key),
    newsroom: () => newsroom,
    lastDigest: () => {
      const last = digests.at(-1);
      return last ? { day: last.day, channel: last.channel } : null;
    },
    digestLedger: () => ledger,
    // Sources are the fixtures': nothing to add them to.
    ingester: () => null,
  };
}

/** A newsroom whose every method is a vi.fn() answering from the fixtures; override any. */
export function fakeNewsroom(overrides: Partial<Newsroom> = {}): Newsroom {
  const newsroom: Newsroom = {
    dispute: vi.fn(() => DISPUTE),
    resolve: vi.fn(
      async (input): Promise<ResolveResult> => ({
        ok: true,
        resolution: {
          id: "res-1",
          disputeId: input.disputeId,
          trustedFactIds: input.choice.kind === "trust" ? ["hq-307"] : [],
          verdict: input.choice.kind === "trust" ? "trust" : "both-stand",
          note: input.note,
          by: input.by,
          at: "2025-05-26T10:00:00.000Z",
        },
      }),
    ),
    review: vi.fn(() => reviewAnswer(2)),
    reviewItem: vi.fn(() => REVIEW_ITEM),
    reviewFact: vi.fn(async () => ({ ok: false as const, reason: "unknown-fact" as const })),
    report: vi.fn(async (r: { by: string; answer: string; note: string }) => ({
      id: "rep-1",
      at: "2025-05-26T10:00:00.000Z",
      status: "open" as const,
      ...r,
    })),
    digest: vi.fn(() => digestAnswer()),
    reviewEvent: vi.fn(async () => ({ ok: false as const, reason: "unknown-event" as const })),
    approveSource: vi.fn(async () => ({ ok: true as const, events: 1, facts: 2, left: 1 })),
    classify: vi.fn(async () => ({ ok: false as const, reason: "unknown-fact" as const })),
  };
  return { ...newsroom, ...overrides };
}

/** A dispute with more sides than most: every trust button it can carry. */
export const FOUR_SIDED: DisputeView = {
  ...DISPUTE,
  id: "date:exchange-2025-05-06",
  title: "Date of the early-May exchange",
  sides: ["May 6, 2025", "May 7, 2025", "May 8, 2025 <!here>", "May 9, 2025"].map((v, i) => ({
    valueText: v,
    claimants: [CLAIMANTS.epoch],
    citations: [cite({ factId: `d${i}`, quote: `on ${v}` })],
  })),
};

export const REVIEW_ITEM: ReviewItem = {
  factId: "ingested-480",
  label: "Prisoners released by each side <!channel>",
  eventTitle: EVENTS.may24.title,
  valueText: "nearly 480",
  number: { n: 480, qualifier: "nearly" },
  citation: cite({
    factId: "ingested-480",
    quote: "nearly 480 <@U123> prisoners came home",
    status: "unreviewed",
  }),
  sourceId: "ingested-source",
  eventId: "exchange-2025-05-24",
  eventProposed: false,
  unclassified: false,
  store: { verdict: "differs", figures: ["307"] },
  clean: false,
};

export function reviewAnswer(facts: number, reports = 1): ReviewAnswer {
  return {
    kind: "review",
    facts: Array.from({ length: facts }, (_, i) => ({
      ...REVIEW_ITEM,
      factId: `ingested-${i}`,
      number: i % 3 === 2 ? null : REVIEW_ITEM.number,
      valueText: i % 3 === 2 ? "Turkey" : REVIEW_ITEM.valueText,
    })),
    reports: Array.from({ length: reports }, (_, i) => ({
      id: `rep-${i}`,
      by: "U0READER",
      at: "May 26, 2025",
      answer: "/swap <!channel> may-24",
      note: `307 looks low <@U123> & wrong ${i}`,
    })),
  };
}

/** The queue as ingest leaves it: a source with a proposed event, a clean fact, an unclassified one. */
export function groupedReviewAnswer(): ReviewAnswer {
  const event = {
    eventId: "exchange-2025-06-10",
    title: "Exchange of June 10, 2025",
    kind: "exchange",
    day: "June 10, 2025",
    alias: "june-10",
    partOf: null,
    quote: "Ukraine and Russia exchanged 164 seriously wounded prisoners each on Tuesday",
    sourceId: "meridian-2025-06-10",
  };
  const clean = {
    ...REVIEW_ITEM,
    factId: "meridian-2025-06-10-f1",
    sourceId: event.sourceId,
    eventId: event.eventId,
    eventTitle: event.title,
    eventProposed: true,
    store: { verdict: "new" as const, figures: [] },
    clean: true,
  };
  const unplaced = { ...clean, factId: "meridian-2025-06-10-f2", unclassified: true, clean: false };
  return {
    kind: "review",
    facts: [clean, unplaced],
    reports: [],
    events: [event],
    groups: [
      {
        sourceId: event.sourceId,
        outlet: "Meridian Wire Service",
        title: "Ukraine, Russia swap the seriously wounded",
        url: "https://example.org/meridian/2025/06/10",
        published: "June 10, 2025",
        events: [event],
        byEvent: [
          {
            eventId: event.eventId,
            eventTitle: event.title,
            proposed: true,
            items: [clean, unplaced],
          },
        ],
        clean: 1,
      },
    ],
  };
}

export function digestAnswer(partial: Partial<DigestAnswer> = {}): DigestAnswer {
  return {
    kind: "digest",
    day: "May 27, 2025",
    since: "2025-05-26T05:00:00.000Z",
    quiet: false,
    sourcesAdded: [SOURCES.rki],
    factsAdded: 4,
    factsApproved: 1,
    factsRejected: 1,
    disputesOpened: [DISPUTE],
    disputesResolved: [
      {
        ...FOUR_SIDED,
        resolution: {
          by: "U0EDITOR",
          at: "May 26, 2025",
          verdict: "trust",
          trustedValue: "May 7, 2025",
          note: "Kyiv's own statement <!channel>",
        },
      },
    ],
    openDisputes: [
      { dispute: DISPUTE, openSince: "May 24, 2025", daysOpen: 3 },
      { dispute: FOUR_SIDED, openSince: "May 27, 2025", daysOpen: 0 },
    ],
    factchecks: {
      runs: 2,
      claims: 7,
      contradicted: 3,
      mostWrong: [{ figure: "370 <@U123>", times: 2 }],
    },
    reports: [{ by: "U0READER", note: "307 looks low <!channel>", answer: "/swap may-24" }],
    awaitingReview: 4,
    totals: TOTALS,
    ...partial,
  };
}
