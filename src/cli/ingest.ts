/**
 * `factdesk ingest FILE --outlet NAME --published YYYY-MM-DD [--url URL] [--title T]`: a new
 * source and the facts it states, proposed as unreviewed, written in one change. Prints the
 * source, each proposed fact with its event and value, what was not stored, and the disputes
 * the new facts open.
 */
import { z } from "zod";
import type { OpenedDesk } from "../app/desk.ts";
import { type FetchOptions, FetchRefused, fetchArticle } from "../app/fetch-article.ts";
import { ingestSource, sourceAt } from "../app/ingest.ts";
import type { DisputeView } from "../domain/answers.ts";
import type { Article } from "../domain/article.ts";
import { countWords } from "../domain/check/read/sentences.ts";
import { formatNewsroomDate, isIsoDate } from "../domain/dates.ts";
import type { IngestProposal } from "../domain/ingest.ts";
import { figureLabel, valueText } from "../domain/labels.ts";
import { readInput, UsageError } from "./usage.ts";

export interface IngestOptions {
  /** The text's file, or - for standard input; absent with --url. */
  file?: string | undefined;
  outlet?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  title?: string | undefined;
  author?: string | undefined;
  json: boolean;
  /** How a link is fetched (tests inject DNS). */
  fetch?: FetchOptions;
  /** Today, YYYY-MM-DD: the date of a fetched page that gives none. */
  today?: string;
}

interface Io {
  stdout: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

const Url = z.string().url();

export async function runIngest(
  getDesk: () => Promise<OpenedDesk>,
  io: Io,
  options: IngestOptions,
): Promise<number> {
  if (options.url !== undefined && !Url.safeParse(options.url).success) {
    throw new UsageError(`--url must be a full link (https://…), not "${options.url}"`);
  }
  const published = options.published?.trim();
  if (published !== undefined && !isIsoDate(published)) {
    throw new UsageError(
      `--published must be the day it was published, written YYYY-MM-DD, not "${published}"`,
    );
  }
  let text: string;
  let article: Article | null = null;
  let dateNote: string | null = null;
  const name = options.file ?? options.url ?? "";
  if (options.file === undefined) {
    // `ingest --url URL`: the page fetched and its article read out of it.
    if (!options.url) throw new UsageError("give a file (or - for standard input), or --url URL");
    const desk = await getDesk();
    const known = sourceAt(desk.store, options.url);
    if (known)
      throw new UsageError(
        `${options.url} is already in the store (source ${known}); nothing added`,
      );
    try {
      article = await fetchArticle(options.url, options.fetch);
    } catch (err) {
      if (err instanceof FetchRefused) throw new UsageError(`not ingested: ${err.message}`);
      throw err;
    }
    text = article.text;
  } else {
    text = await readInput(options.file, io);
    if (text.trim() === "") throw new UsageError(`${options.file}: the file is empty`);
  }
  const outlet =
    options.outlet?.trim() ||
    article?.siteName ||
    (options.url && article ? new URL(article.url).hostname.replace(/^www\./, "") : "");
  if (!outlet) throw new UsageError("--outlet NAME is required: the outlet that published it");
  let day = published ?? article?.published ?? null;
  if (!day && article) {
    day = options.today ?? new Date().toISOString().slice(0, 10);
    dateNote = `the page gives no date: filed as published ${day} (give --published to correct it)`;
  }
  if (!day)
    throw new UsageError("--published must be the day it was published, written YYYY-MM-DD");

  const desk = await getDesk();
  const outcome = await ingestSource(desk, {
    text,
    outlet,
    published: day,
    url: options.url ?? null,
    title: options.title ?? article?.title ?? null,
    author: options.author ?? article?.byline ?? null,
    by: "cli",
  });
  if (!outcome.ok) {
    throw new UsageError(
      `${name} is already in the store (source ${outcome.sourceId}, same ${options.url && desk.store.data.sources.find((s) => s.id === outcome.sourceId)?.url === options.url ? "link" : "sha256"}); nothing added`,
    );
  }
  const { proposal, opened } = outcome;
  if (options.json) {
    const { text: _text, ...source } = proposal.source;
    io.stdout.write(
      `${JSON.stringify(
        {
          source,
          events: proposal.events ?? [],
          facts: proposal.facts.map((p) => ({
            ...p.fact,
            eventTitle: p.eventTitle,
            verdict: p.check.verdict,
            store: p.check.store,
          })),
          skipped: proposal.skipped,
          newDisputes: opened,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    io.stdout.write(`${ingestText(proposal, text, opened, dateNote)}\n`);
  }
  return 0;
}

function ingestText(
  p: IngestProposal,
  text: string,
  opened: DisputeView[],
  dateNote: string | null,
): string {
  const s = p.source;
  const lines = [
    `Added source ${s.id} (unreviewed): ${s.outlet}, ${formatNewsroomDate((s.published as { on: string }).on)}`,
  ];
  if (s.title) lines.push(`  “${s.title}”`);
  if (s.url) lines.push(`  ${s.url}`);
  if (s.author) lines.push(`  by ${s.author}`);
  if (dateNote) lines.push(`  (${dateNote})`);
  lines.push(
    `  ${countWords(text).toLocaleString("en-US")} words · sha256 ${s.sha256.slice(0, 12)}…`,
  );
  const events = p.events ?? [];
  lines.push("", `New events (unreviewed until an editor approves them): ${events.length}`);
  for (const e of events) {
    lines.push(`  • ${e.title} [${e.kind}] — /swap ${e.aliases[0] ?? e.id}`);
    if (e.quote) lines.push(`      “${e.quote.text}”`);
  }
  lines.push("", `Proposed facts (unreviewed until an editor approves them): ${p.facts.length}`);
  for (const { fact, eventTitle, check } of p.facts) {
    const store =
      check.verdict === "supported"
        ? "agrees with the store"
        : check.verdict === "contradicted"
          ? `differs from the store (${check.store})`
          : check.verdict === "disputed"
            ? `the store's sources disagree (${check.store})`
            : "new to the store";
    lines.push(
      `  • ${valueText(fact)} — ${lowerFirst(figureLabel(fact.measure, fact.counted, fact.side))} — ${eventTitle}: ${store}`,
    );
    lines.push(`      “${fact.quote.text}”`);
  }
  if (p.skipped.length > 0) {
    lines.push("", `Found but not stored: ${p.skipped.length}`);
    for (const x of p.skipped) lines.push(`  • “${x.claim}” — ${x.why}`);
  }
  lines.push("", opened.length === 0 ? "No new disputes." : `New disputes: ${opened.length}`);
  for (const d of opened) lines.push(`  ! ${d.title}`, `    ${d.sentence}`);
  return lines.join("\n");
}

/** "Prisoners released" → "prisoners released"; "POWs …" stays. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);
