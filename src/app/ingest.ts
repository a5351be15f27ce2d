/**
 * Ingesting a source from any door (the terminal, a link, a Slack message): the text and its
 * metadata in, the proposal written in one store change, and what it brought back: the new
 * events, the proposed facts, what was found but not stored, and the disputes it opened. The
 * same text (same sha256) or the same link is recognised, never added twice.
 */
import { createHash } from "node:crypto";
import type { DisputeView } from "../domain/answers.ts";
import { applyIngest, type IngestProposal, proposeIngest } from "../domain/ingest.ts";
import type { Knowledge } from "../domain/queries.ts";
import { disputeView } from "../domain/views.ts";
import type { FactStore as Store } from "../store/fact-store.ts";
import { type FetchOptions, fetchArticle } from "./fetch-article.ts";

export interface IngestRequest {
  text: string;
  outlet: string;
  published: string;
  url?: string | null;
  title?: string | null;
  author?: string | null;
  by: string;
  now?: string;
}

export type IngestOutcome =
  | { ok: true; proposal: IngestProposal; opened: DisputeView[] }
  | { ok: false; reason: "duplicate"; sourceId: string };

export async function ingestSource(
  desk: { store: Store; knowledge(): Knowledge },
  req: IngestRequest,
): Promise<IngestOutcome> {
  const before = desk.knowledge();
  const sha256 = createHash("sha256").update(req.text, "utf8").digest("hex");
  const result = proposeIngest(before, {
    text: req.text,
    sha256,
    outlet: req.outlet,
    published: req.published,
    url: req.url ?? null,
    title: req.title ?? null,
    author: req.author ?? null,
    now: req.now ?? new Date().toISOString(),
    by: req.by,
  });
  if (!result.ok) return result;
  const { proposal } = result;
  try {
    await desk.store.update((data) => applyIngest(data, proposal));
  } catch (err) {
    const same = desk.store.data.sources.find((s) => s.sha256 === sha256);
    if (same && /already in the store/.test((err as Error).message))
      return { ok: false, reason: "duplicate", sourceId: same.id };
    throw err;
  }
  // The desk re-analyses on the new store version. Proposed events answer nothing until they
  // are approved, so the disputes opened now are those with the store's approved events.
  const after = desk.knowledge();
  const known = new Set(before.findings.disputes.map((d) => d.id));
  const opened = after.findings.disputes
    .filter((d) => !known.has(d.id))
    .map((d) => disputeView(after.catalog, d));
  return { ok: true, proposal, opened };
}

/** A source already stored under this link, if any. */
export function sourceAt(store: Store, url: string): string | null {
  return store.data.sources.find((s) => s.url === url)?.id ?? null;
}

/** What the Slack doors ask of ingestion: a text (a message) or a link. */
export interface Ingester {
  text(req: IngestRequest): Promise<IngestOutcome>;
  /** Fetches and reads the page first; refuses (FetchRefused) what is not a public article. */
  url(url: string, by: string): Promise<IngestOutcome>;
}

export function openIngester(
  desk: { store: Store; knowledge(): Knowledge },
  options: { fetch?: FetchOptions; now?: () => Date } = {},
): Ingester {
  const now = options.now ?? (() => new Date());
  return {
    text: (req) => ingestSource(desk, { now: now().toISOString(), ...req }),
    async url(url, by) {
      const known = sourceAt(desk.store, url);
      if (known) return { ok: false, reason: "duplicate", sourceId: known };
      const article = await fetchArticle(url, options.fetch);
      return ingestSource(desk, {
        text: article.text,
        outlet: article.siteName ?? new URL(article.url).hostname.replace(/^www\./, ""),
        published: article.published ?? now().toISOString().slice(0, 10),
        url,
        title: article.title,
        author: article.byline,
        by,
        now: now().toISOString(),
      });
    },
  };
}
