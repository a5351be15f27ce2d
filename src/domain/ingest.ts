/**
 * Ingesting a new source: its text and metadata, read by the same extractor and matched to
 * events by the same rules as a fact-check, become a proposed source and unreviewed facts.
 * Pure: the caller reads the file, hashes nothing itself, and writes the result in one change.
 *
 * - The source: status "unreviewed", the text byte for byte, its sha256, addedBy as given.
 * - One fact per claim the store tracks (a count of people released, held or returned, an
 *   exchange's number, a running total) that can be tied to an event by its day or name, or,
 *   for running totals, to the store's tally. The quote is the claim's sentence exactly as in
 *   the source, with its offsets; the value is the claim's; the claimant is the outlet itself
 *   (who the outlet attributes it to is for the reviewing editor to set).
 * - Claims with no event to tie them to, and figures the store does not track, are reported
 *   and not stored.
 */
import type { Claimant, DateOrRange, Fact, Source, StoreData } from "../store/schema.ts";
import type { ClaimCheck } from "./answers.ts";
import { type Claim, extractClaims, judgeClaim, linkEvent } from "./check/index.ts";
import type { Knowledge } from "./queries.ts";

export interface IngestInput {
  text: string;
  /** sha256 of the text (UTF-8), hex. */
  sha256: string;
  outlet: string;
  /** YYYY-MM-DD. */
  published: string;
  url?: string | null;
  title?: string | null;
  author?: string | null;
  /** ISO timestamp of the ingest. */
  now: string;
  by: string;
}

export interface ProposedFact {
  fact: Fact;
  /** The event's title, for the report. */
  eventTitle: string;
  /** What the store already says of the same figure. */
  check: ClaimCheck;
}

export interface SkippedClaim {
  claim: string;
  sentence: string;
  why: string;
}

export interface IngestProposal {
  source: Source;
  /** The outlet's own voice, added when the store does not have it yet. */
  claimant: Claimant | null;
  facts: ProposedFact[];
  skipped: SkippedClaim[];
}

export type IngestResult =
  | { ok: true; proposal: IngestProposal }
  | { ok: false; reason: "duplicate"; sourceId: string };

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40) || "source";

/** The proposed source and facts for a text; refuses a text the store already holds. */
export function proposeIngest(k: Knowledge, input: IngestInput): IngestResult {
  const data = k.catalog.data;
  const same = data.sources.find((s) => s.sha256 === input.sha256);
  if (same) return { ok: false, reason: "duplicate", sourceId: same.id };

  const outletSlug = slug(input.outlet);
  let sourceId = `${outletSlug}-${input.published}-${input.sha256.slice(0, 8)}`;
  if (k.catalog.sources.has(sourceId)) sourceId = `${sourceId}-${data.sources.length}`;
  const source: Source = {
    id: sourceId,
    outlet: input.outlet,
    title: input.title ?? null,
    author: input.author ?? null,
    published: { on: input.published },
    url: input.url ?? null,
    file: null,
    text: input.text,
    sha256: input.sha256,
    status: "unreviewed",
    addedAt: input.now,
    addedBy: input.by,
  };
  const existingClaimant = data.claimants.find(
    (c) => c.party === "press" && c.name === input.outlet,
  );
  const claimantId = existingClaimant?.id ?? `press-${outletSlug}`;
  const claimant: Claimant | null = existingClaimant
    ? null
    : { id: claimantId, name: input.outlet, party: "press" };

  const facts: ProposedFact[] = [];
  const skipped: SkippedClaim[] = [];
  const claims = extractClaims(input.text, { refDate: input.published });
  for (const claim of claims) {
    const check = judgeClaim(k, claim, input.published);
    if (
      claim.measure === null ||
      claim.number.kind === "money" ||
      claim.number.kind === "percent"
    ) {
      skipped.push({
        claim: claim.span.text,
        sentence: claim.sentence.text,
        why: "not a figure the store tracks",
      });
      continue;
    }
    const event = linkEvent(k, claim, input.published);
    if (!event) {
      skipped.push({
        claim: claim.span.text,
        sentence: claim.sentence.text,
        why: claim.date
          ? `no event in the store on ${claim.date}`
          : "no day or event named that the store can tie it to",
      });
      continue;
    }
    facts.push({
      fact: factOf(claim, sourceId, event.id, claimantId, input, facts.length + 1),
      eventTitle: event.title,
      check,
    });
  }
  return { ok: true, proposal: { source, claimant, facts, skipped } };
}

function factOf(
  claim: Claim,
  sourceId: string,
  eventId: string,
  claimantId: string,
  input: IngestInput,
  n: number,
): Fact {
  const cumulative =
    claim.measure === "returned-since-2022" ||
    claim.measure === "exchange-count" ||
    claim.measure === "held" ||
    claim.measure === "released-to-date";
  const asOf: DateOrRange | null = cumulative
    ? claim.date
      ? { on: claim.date }
      : claim.range
        ? { from: claim.range.from, to: claim.range.to }
        : { on: input.published }
    : null;
  const value: Fact["value"] = {
    type: "number",
    n: claim.number.n,
    qualifier: claim.number.qualifier,
    said: claim.number.text,
    ...(claim.number.n2 !== undefined && claim.number.kind !== "ratio"
      ? { n2: claim.number.n2 }
      : {}),
  };
  return {
    id: `${sourceId}-f${n}`,
    sourceId,
    eventId,
    measure: claim.measure as Fact["measure"],
    counted: claim.counted,
    side: claim.side,
    value,
    eventDate: cumulative ? null : claim.date,
    asOf,
    claimantId,
    quote: { text: claim.sentence.text, start: claim.sentence.start, end: claim.sentence.end },
    planned: claim.planned,
    status: "unreviewed",
    note: "Proposed by ingest: check the figure, its event and whom the outlet attributes it to.",
    addedAt: input.now,
  };
}

/** Applies a proposal to the store's data: one change, for one store.update. */
export function applyIngest(data: StoreData, proposal: IngestProposal): void {
  if (data.sources.some((s) => s.sha256 === proposal.source.sha256)) {
    throw new Error(`${proposal.source.id}: this text is already in the store`);
  }
  data.sources.push(proposal.source);
  if (proposal.claimant && !data.claimants.some((c) => c.id === proposal.claimant?.id)) {
    data.claimants.push(proposal.claimant);
  }
  data.facts.push(...proposal.facts.map((p) => p.fact));
}
